"""The catalogue tool keeps translators' work: a changed text keeps its old translation as a
draft, a text no longer used keeps its translation, and the check names what is left to do."""

import importlib.util
import sys
from pathlib import Path

import pytest

TOP = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def catalogues():
    spec = importlib.util.spec_from_file_location("catalogues_tool", TOP / "packaging" / "catalogues.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["catalogues_tool"] = module
    spec.loader.exec_module(module)
    yield module
    del sys.modules["catalogues_tool"]


def test_code_texts_are_found_with_their_plurals_and_notes(catalogues, tmp_path: Path, monkeypatch) -> None:
    package = tmp_path / "desk_coach"
    package.mkdir()
    (package / "window.py").write_text(
        "from desk_coach.wording.translate import translate\n"
        "def title(count):\n"
        "    #: The window's title; {name} is the exercise.\n"
        "    a = translate('RoutineWindow', 'Hold {name}')\n"
        "    b = translate('RoutineWindow', '%n set(s)', None, len(count))\n"
        "    c = translate('RoutineWindow', 'May', 'short')\n"
        "    d = translate(context, 'not literal')\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(catalogues, "TOP", tmp_path)
    messages = {message.source: message for message in catalogues.code_messages(package)}
    assert set(messages) == {"Hold {name}", "%n set(s)", "May"}
    assert messages["Hold {name}"].notes == ["The window's title; {name} is the exercise."]
    assert messages["%n set(s)"].numerus and not messages["Hold {name}"].numerus
    assert messages["May"].disambiguation == "short"


def _entry(catalogues, source: str, place: str, translation: str, kind: str = ""):
    return catalogues.Entry(catalogues.Message("library", source, place), kind, [translation])


def test_update_keeps_drafts_and_vanished(catalogues, tmp_path: Path) -> None:
    old = {
        entry.message.key: entry
        for entry in (
            _entry(catalogues, "Hold 30 s", "exercise[HF1].name", "30 s halten"),
            _entry(catalogues, "Swap legs", "exercise[HF1].steps[1]", "Beine wechseln"),
            _entry(catalogues, "Gone", "exercise[XX].name", "Weg"),
        )
    }
    now = [
        catalogues.Message("library", "Hold 30 s", "exercise[HF1].name"),
        catalogues.Message("library", "Swap legs after each hold", "exercise[HF1].steps[1]"),
        catalogues.Message("library", "New step", "exercise[HF1].steps[2]"),
    ]
    entries = catalogues.merge(now, old, "de")
    path = tmp_path / "content_de.ts"
    catalogues.write_ts(path, "de", entries)
    read = catalogues.read_ts(path)
    kept = read[("library", "Hold 30 s", "exercise[HF1].name")]
    assert (kept.kind, kept.forms) == ("", ["30 s halten"])
    draft = read[("library", "Swap legs after each hold", "exercise[HF1].steps[1]")]
    assert (draft.kind, draft.forms, draft.old_source) == ("unfinished", ["Beine wechseln"], "Swap legs")
    assert read[("library", "New step", "exercise[HF1].steps[2]")].kind == "unfinished"
    assert read[("library", "Gone", "exercise[XX].name")].kind == "vanished"


def test_the_check_names_untranslated_and_stale_texts(catalogues, tmp_path: Path, monkeypatch) -> None:
    message = catalogues.Message("library", "Swap legs after each hold", "exercise[HF1].steps[1]")
    fresh = catalogues.Message("library", "New step", "exercise[HF1].steps[2]")
    monkeypatch.setattr(catalogues, "catalogues", lambda: iter([("content", [message, fresh])]))
    monkeypatch.setattr(catalogues, "FOLDER", tmp_path)
    monkeypatch.setattr(catalogues, "TOP", tmp_path)
    entries = [
        catalogues.Entry(message, "unfinished", ["Beine wechseln"], "Swap legs"),
        catalogues.Entry(fresh, "unfinished", [""]),
    ]
    catalogues.write_ts(tmp_path / "content_de.ts", "de", entries)
    found = catalogues.problems(["de"])
    assert len(found) == 2
    assert "stale [library] 'Swap legs after each hold'" in found[0]
    assert "untranslated [library] 'New step'" in found[1]
