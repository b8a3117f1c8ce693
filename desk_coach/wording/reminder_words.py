"""A reminder in the user's language, as the notifiers show it: title, body, button labels."""

from __future__ import annotations

from desk_coach.domain.reminders import ACTION_LABELS, Reminder, ReminderAction
from desk_coach.domain.said import Said
from desk_coach.wording.say import say


def title_words(reminder: Reminder) -> str:
    return say(reminder.title)


def body_words(reminder: Reminder) -> str:
    return sentences_words(reminder.body)


def sentences_words(sentences: tuple[Said, ...]) -> str:
    """Whole sentences, one after the other."""
    return " ".join(text for text in (say(sentence) for sentence in sentences) if text)


def action_words(action: ReminderAction, reminder: Reminder | None = None) -> str:
    """The label of an answer's button: "Start", "Snooze", "Skip"; on ``reminder``, "Snooze 5 min" and
    strict mode's "Start now"."""
    return say(reminder.label(action) if reminder is not None else ACTION_LABELS[action])
