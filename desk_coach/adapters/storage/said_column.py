"""Sentences in the history: a :class:`Said` kept in a text column as JSON, and read back.

Reasons, referrals and what-changed lines are stored as their code and values
(``domain/said.to_data``) so they read in whatever language the user has when they are shown.
A column written by a version before that holds an English sentence: it comes back as that
sentence, kept word for word (``recorded_text``), never as an error.
"""

from __future__ import annotations

import json

from desk_coach.domain.said import Said, from_data, recorded_text, to_data


def said_to_column(value: Said | str) -> str:
    """The JSON text of a sentence; a plain ``str`` (text no code stands for) is kept as recorded text."""
    sentence = recorded_text(value) if isinstance(value, str) else value
    return json.dumps(to_data(sentence), ensure_ascii=False, separators=(",", ":"))


def said_from_column(text: str | None) -> Said:
    """The sentence a column holds: the JSON :func:`said_to_column` wrote, or older plain text."""
    if not text:
        return recorded_text("")
    if text.startswith("{"):
        try:
            return from_data(json.loads(text))
        except ValueError:
            pass
    return recorded_text(text)
