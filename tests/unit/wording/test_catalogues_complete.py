"""Every text of the code and the content is translated in every shipped language, and no
catalogue is behind the code: a text added or changed without `packaging/catalogues.py update`
and a translation fails this test, which lists each one."""

import importlib.util
import sys
from pathlib import Path

TOP = Path(__file__).resolve().parents[3]


def test_every_text_is_translated_and_no_catalogue_is_stale() -> None:
    spec = importlib.util.spec_from_file_location("catalogues_check", TOP / "packaging" / "catalogues.py")
    tool = importlib.util.module_from_spec(spec)
    sys.modules["catalogues_check"] = tool  # its dataclasses look their module up
    try:
        spec.loader.exec_module(tool)
        found = tool.problems()
    finally:
        del sys.modules["catalogues_check"]
    assert not found, f"{len(found)} texts to see to:\n" + "\n".join(found[:60])


def test_every_language_has_both_catalogues() -> None:
    folder = TOP / "resources" / "i18n"
    for language in ("de", "es"):
        for name in ("desk_coach", "content"):
            assert (folder / f"{name}_{language}.ts").is_file()
