"""The one function every user-visible text goes through.

Written like Qt's ``QCoreApplication.translate(context, source, disambiguation, n)`` and called
with literal arguments, so the catalogue tool (``packaging/catalogues.py``) finds each text by
reading the code: the context groups texts for translators, the disambiguation tells two
meanings of one English text apart (and, on content, names the entry and field), ``n`` picks the
plural form and replaces ``%n``. A line ``#: ...`` just above the call is a note for translators.

Until a language is loaded (``qt_catalogues.use_language``) the English source is returned,
with English plurals: a source may write its plural as ``%n set(s)``, which reads "1 set" and
"3 sets" here and is what the English catalogue gives too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Backend = Callable[[str, str, "str | None", int], str]

_backend: Backend | None = None

_ENGLISH_PLURAL = re.compile(r"\((s|es)\)")


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the user's language; ``%n`` replaced by ``n`` when ``n`` is given."""
    if _backend is not None:
        return _backend(context, source, disambiguation, n)
    return english(source, n)


def english(source: str, n: int = -1) -> str:
    """The English text of a source: its plural chosen by ``n``, ``%n`` replaced."""
    if n < 0:
        return _ENGLISH_PLURAL.sub(r"\1", source)
    text = _ENGLISH_PLURAL.sub("" if n == 1 else r"\1", source)
    return text.replace("%n", str(n))


def set_backend(backend: Backend | None) -> None:
    """Where :func:`translate` looks texts up (Qt's installed translators); None for English."""
    global _backend
    _backend = backend


# --------------------------------------------------------------------------- figures in the locale


def _plain_number(value: float, decimals: int) -> str:
    if decimals == 0:
        return str(round(value))
    return f"{value:.{decimals}f}"


_number: Callable[[float, int], str] = _plain_number


def number(value: float, decimals: int = 0) -> str:
    """A figure with the language's digits and decimal sign: "2.5" in English, "2,5" in German."""
    return _number(value, decimals)


def set_number_format(formatter: Callable[[float, int], str] | None) -> None:
    global _number
    _number = formatter or _plain_number
