"""Loads a language's catalogues with Qt and makes :func:`translate.translate` use them.

Desk Coach's own texts come from ``resources/i18n/desk_coach_<lang>.qm`` (code) and
``content_<lang>.qm`` (exercises, self-check, settings); Qt's own buttons ("Cancel", "OK") from
Qt's ``qtbase_<lang>.qm``, installed on the application when there is one. Numbers in texts
(``%n``) and the default ``QLocale`` follow the language, so dates, times and figures do too.
Works without a QCoreApplication: the command line loads the same catalogues.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk_coach.wording import translate
from desk_coach.wording.language import ENGLISH, PSEUDO_LANGUAGES, is_right_to_left
from desk_coach.wording.pseudo import pseudo_text

log = logging.getLogger(__name__)

CATALOGUES = ("desk_coach", "content")

_loaded: list[QTranslator] = []
_installed_qt: list[QTranslator] = []
_language = ENGLISH


def catalogue_folder() -> Path:
    return Path(str(resources.files("desk_coach.resources") / "i18n"))


def available_languages() -> list[str]:
    """Languages with a compiled catalogue of Desk Coach's own texts, and English."""
    found = {path.stem.removeprefix("desk_coach_") for path in catalogue_folder().glob("desk_coach_*.qm")}
    return sorted(found | {ENGLISH})


def current_language() -> str:
    return _language


def use_language(language: str) -> None:
    """Speak ``language`` from now on (texts already shown stay as they are)."""
    global _language
    _drop_qt_translators()
    _loaded.clear()
    _language = language
    if language in PSEUDO_LANGUAGES:
        rtl = is_right_to_left(language)
        translate.set_backend(
            lambda _c, source, _d, n: pseudo_text(translate.english(source, -1), n, rtl=rtl)
        )
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        translate.set_number_format(None)
        return
    for name in CATALOGUES:
        translator = QTranslator()
        path = catalogue_folder() / f"{name}_{language}.qm"
        if language != ENGLISH and translator.load(str(path)):
            _loaded.append(translator)
        elif language != ENGLISH:
            log.warning("no catalogue %s for language %s", path, language)
    QLocale.setDefault(QLocale(language))
    translate.set_backend(_lookup if _loaded else None)
    translate.set_number_format(_locale_number if language != ENGLISH else None)
    _install_qt_translations(language)


def _locale_number(value: float, decimals: int) -> str:
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)


def _lookup(context: str, source: str, disambiguation: str | None, n: int) -> str:
    for translator in _loaded:
        text = translator.translate(context, source, disambiguation, n)
        if text:
            return text.replace("%n", QLocale().toString(n)) if n >= 0 else text
    return translate.english(source, n)


def _install_qt_translations(language: str) -> None:
    app = QCoreApplication.instance()
    if app is None or language == ENGLISH:
        return
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load(f"qtbase_{language}", folder):
        QCoreApplication.installTranslator(translator)
        _installed_qt.append(translator)


def _drop_qt_translators() -> None:
    for translator in _installed_qt:
        QCoreApplication.removeTranslator(translator)
    _installed_qt.clear()
