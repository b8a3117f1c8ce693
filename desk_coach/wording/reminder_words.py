"""A reminder in the user's language, as the notifiers show it: title, body, button labels."""

from __future__ import annotations

from desk_coach.domain.reminders import ACTION_LABELS, Reminder, ReminderAction, action_label
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
    """The label of an answer's button: "Start", "Snooze", "Skip" ("Start now" on strict mode's heads-up)."""
    if reminder is not None:
        return say(action_label(reminder, action))
    return say(ACTION_LABELS[action])
