"""The pseudo-languages' text: every letter accented, a third longer, bracketed.

A text that reaches the screen without passing through :func:`translate.translate` shows plain
English among the brackets; a text that is cut off loses its closing bracket. Placeholders
(``{name}``, ``%n``, ``%1``) and markup (``<b>``, ``&amp;``) are kept as they are, so the
sentences still fill in. The right-to-left pseudo-language wraps each text in right-to-left
marks, so Qt lays it out as it would Arabic or Hebrew: a right-to-left mark first (a paragraph
takes its direction from its first strong character), then the text embedded right to left.
"""

from __future__ import annotations

import re

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
_KEPT = re.compile(r"\{[^{}]*\}|%n|%L?\d|<[^<>]*>|&[a-zA-Z#0-9]+;|&(?=\w)")
_RLM, _RLE, _PDF = "\u200f", "\u202b", "\u202c"
_WORD = 12


def pseudo_text(source: str, n: int = -1, *, rtl: bool = False) -> str:
    """``source`` in the pseudo-language; ``%n`` replaced by ``n`` when ``n`` is given."""
    if not source.strip():
        return source
    parts: list[str] = []
    last = 0
    for match in _KEPT.finditer(source):
        parts.append(source[last : match.start()].translate(_ACCENTED))
        parts.append(match.group())
        last = match.end()
    parts.append(source[last:].translate(_ACCENTED))
    body = "".join(parts)
    letters = sum(char.isalpha() for char in source)
    extra = max(1, letters // 3)
    # In words no longer than a long German one, so the padding wraps as translated text would.
    padding = " ".join("~" * min(_WORD, extra - start) for start in range(0, extra, _WORD))
    # Rich text is known to Qt by its opening tag, so the brackets and marks go inside it.
    tag = body[: body.index(">") + 1] if body.startswith("<") and ">" in body else ""
    marks = _RLM + _RLE if rtl else ""
    text = f"{tag}{marks}[{body[len(tag):]} {padding}]{_PDF if rtl else ''}"
    if n >= 0:
        text = text.replace("%n", str(n))
    return text
