"""The command line speaks the system's language: its tests run in English unless a test asks
for another, whatever the language of the machine they run on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desk_coach.wording import translate


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield
    translate.set_backend(None)
    translate.set_number_format(None)
