"""Every window of the gallery (window_gallery.py) in the pseudo-languages, at 1x and at 2x:
no English left untranslated, no text cut off or elided, right to left mirrored (issue 14, 6).

How it runs: a scale factor needs a fresh QApplication (``QT_SCALE_FACTOR`` is read once, when
it is made), so each scale is one run of pytest on this very module in a subprocess, with
``DESK_COACH_GALLERY_SCALE`` set; only then are the gallery's own tests (one per language and
scene) defined. Both runs use the same offscreen screen of 1280 x 800 logical pixels (at 2x,
2560 x 1600 device pixels, through the offscreen platform's ``configfile``), so what differs
between them is the scale alone, whatever QApplication the rest of the suite made. The runs
write what they find to a JSON file; the tests here read it and fail with every finding named
``language scale shot: widget: text``. English is run too, for the fitting and the mirroring
alone (it has nothing to translate).

Every shot is saved as ``<language>-<scale>x-<shot>.png`` in ``$DESK_COACH_SHOTS`` (else the
test's tmp folder), and every finding in ``findings-<scale>x.json`` beside them:
``DESK_COACH_SHOTS=/tmp/shots pytest tests/ui/test_every_window_in_pseudo_languages.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from gallery_runs import findings_message, finish, start_run, write_findings

SCALE_ENV = "DESK_COACH_GALLERY_SCALE"
REPORT_ENV = "DESK_COACH_GALLERY_REPORT"
SHOTS_ENV = "DESK_COACH_SHOTS"
LANGUAGES = ("en", "en_XA", "ar_XB")
PSEUDO = ("en_XA", "ar_XB")
SCALES = (1, 2)
SCREEN = (1280, 800)  # logical pixels: a laptop's screen


# ------------------------------------------------------------------------------ the outer tests


def _start_gallery(scale: int, folder: Path):
    """One pytest run of this module at ``scale``, started; it writes its findings to the path
    returned, by language, shot and kind."""
    width, height = SCREEN
    shots = Path(os.environ.get(SHOTS_ENV) or folder / "shots")
    report = shots / f"findings-{scale}x.json"  # beside the pictures, for whoever looks at them
    shots.mkdir(parents=True, exist_ok=True)
    env = {SCALE_ENV: str(scale), REPORT_ENV: str(report), SHOTS_ENV: str(shots),
           "QT_SCALE_FACTOR": str(scale)}
    return start_run(__file__, folder / f"screen-{scale}x.json", (width * scale, height * scale), env), report


@pytest.fixture(scope="module")
def gallery_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[int, dict]:
    """Both scales' runs, side by side (each is one process, mostly waiting on Qt)."""
    folder = tmp_path_factory.mktemp("gallery")
    return finish({scale: _start_gallery(scale, folder) for scale in SCALES}, timeout=300)


def _findings(run: dict, kind: str, languages: tuple[str, ...]) -> list[str]:
    return [
        f"{shot}: {finding}"
        for shot, kinds in run["shots"].items()
        if shot.split("-")[0] in languages
        for finding in kinds.get(kind, [])
    ]


if not os.environ.get(SCALE_ENV):

    @pytest.mark.parametrize("scale", SCALES)
    def test_every_scene_builds_and_is_photographed(gallery_runs, scale):
        run = gallery_runs[scale]
        assert run["returncode"] == 0, f"the gallery run at {scale}x failed:\n{run['output']}"
        for language in LANGUAGES:
            assert any(shot.startswith(f"{language}-{scale}x-") for shot in run["shots"]), language

    @pytest.mark.parametrize("scale", SCALES)
    def test_no_english_is_left_in_the_pseudo_languages(gallery_runs, scale):
        findings = _findings(gallery_runs[scale], "leaks", PSEUDO)
        assert not findings, findings_message("texts in English (not through translate())", findings)

    @pytest.mark.parametrize("scale", SCALES)
    @pytest.mark.parametrize("languages", [("en",), PSEUDO], ids=["english", "pseudo"])
    def test_no_text_is_cut_off_or_elided(gallery_runs, scale, languages):
        findings = _findings(gallery_runs[scale], "clipped", languages)
        assert not findings, findings_message("texts cut off or elided", findings)

    @pytest.mark.parametrize("scale", SCALES)
    def test_right_to_left_mirrors_every_layout(gallery_runs, scale):
        findings = _findings(gallery_runs[scale], "not mirrored", ("ar_XB",))
        findings += _findings(gallery_runs[scale], "leading side", LANGUAGES)
        assert not findings, findings_message("widgets not mirrored", findings)


# ------------------------------------------------------------------- the gallery's own tests

else:
    from PySide6.QtCore import QLocale
    from text_fit import clipped, leaking_texts, leaks, mirrored
    from window_gallery import ALLOWED_EVERYWHERE, SCENES, Shot, close_databases

    from desk_coach.ui.language import apply_language

    SCALE = int(os.environ[SCALE_ENV])
    _REPORT: dict[str, dict[str, list[str]]] = {}

    @pytest.fixture(scope="module", autouse=True)
    def report():
        yield _REPORT
        write_findings(_REPORT, REPORT_ENV)

    #: The region each pseudo-language is spoken in. Qt's locale writes dates, month and day names
    #: (the pseudo-languages leave it en_US, whose names would read as English left untranslated);
    #: in these regions they are written without a Latin letter, so a name the locale writes
    #: passes and one written in the code does not.
    REGIONS = {
        "en_XA": QLocale(QLocale.Language.Greek, QLocale.Country.Greece),
        "ar_XB": QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt),
    }

    @pytest.fixture
    def language(request):
        apply_language(request.param)
        if request.param in REGIONS:
            QLocale.setDefault(REGIONS[request.param])
        yield request.param
        close_databases()
        apply_language("en")

    @pytest.mark.parametrize("language", LANGUAGES, indirect=True)
    @pytest.mark.parametrize("scene", list(SCENES))
    def test_scene(qtbot, tmp_path, language, scene):
        folder = Path(os.environ.get(SHOTS_ENV) or tmp_path)
        folder.mkdir(parents=True, exist_ok=True)
        shots = 0
        for shot in SCENES[scene](qtbot, tmp_path):
            _REPORT[f"{language}-{SCALE}x-{shot.name}"] = _look_at(shot, language, folder)
            shots += 1
        assert shots

    def _look_at(shot: Shot, language: str, folder: Path) -> dict[str, list[str]]:
        """What is wrong in one shot, by kind; the shot saved as a PNG."""
        allowed = [*ALLOWED_EVERYWHERE, *shot.allowed]
        found: dict[str, list[str]] = {}
        if shot.widget is None:
            if language in PSEUDO:
                found["leaks"] = [str(seen) for seen in leaking_texts(shot.told, "notification", allowed)]
            return found
        widget = shot.widget
        widget.grab().save(str(folder / f"{language}-{SCALE}x-{shot.name}.png"))
        if language in PSEUDO:
            found["leaks"] = [str(seen) for seen in leaks(widget, allowed)]
        found["clipped"] = [str(seen) for seen in clipped(widget)]
        if language == "ar_XB":
            found["not mirrored"] = mirrored(widget)
        if shot.leading is not None:
            found["leading side"] = _leading_side(shot, language == "ar_XB")
        return found

    def _leading_side(shot: Shot, rtl: bool) -> list[str]:
        """The widget a line starts with stands at the start: the left half, or the right one
        right to left."""
        from PySide6.QtCore import QPoint

        window = shot.widget
        leading = shot.leading
        middle = leading.mapTo(window, QPoint(leading.width() // 2, 0)).x()
        on_right = middle > window.width() / 2
        if on_right == rtl:
            return []
        side = "right" if on_right else "left"
        return [f"{type(leading).__name__}/{leading.objectName()} is on the {side} half ({middle} of "
                f"{window.width()} px)"]
