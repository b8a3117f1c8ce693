"""The self-check's summary, in the code's own words: how each movement check went and what
stays paused. The content's sentences (screen.toml) are translated with the content."""

from __future__ import annotations

from collections.abc import Callable

from desk_coach.domain.coaching.records import Side
from desk_coach.domain.coaching.screening import ScreeningSaid as S
from desk_coach.wording.translate import translate

SENTENCES: dict[str, Callable[[int], str]] = {
    #: Self-check summary, "What we found". {item}: a movement check's name, e.g. "Hip hinge".
    S.ITEM_HURT: lambda n: translate("ScreenSummary", "{item}: it hurt, so it was left out."),
    #: Self-check summary. {item}: a movement check's name; {score}: how it went, in the
    #: content's words, e.g. "moves freely" or "a little stiff".
    S.ITEM_SCORE: lambda n: translate("ScreenSummary", "{item}: {score}."),
    #: Self-check summary, when one side did less well. {item}: the check's name; {score}: how it
    #: went; {lower}, {higher}: "left" or "right"; {side}: what was checked on each side, e.g. "leg".
    S.ITEM_SCORE_UNEVEN: lambda n: translate(
        "ScreenSummary", "{item}: {score}; your {lower} {side} scored lower than your {higher}."
    ),
    #: Self-check summary: the user skipped this movement check. {item}: its name.
    S.ITEM_SKIPPED: lambda n: translate("ScreenSummary", "{item}: skipped."),
    #: Self-check summary: a health answer meant this check was not offered. {item}: its name.
    S.ITEM_LEFT_OUT: lambda n: translate("ScreenSummary", "{item}: left out after your answers."),
    #: Self-check summary, "What Desk Coach will focus on". {regions}: e.g. "hips and back".
    S.PAUSED_FOR_NOW: lambda n: translate("ScreenSummary", "Paused for now: the moves for your {regions}."),
    #: Self-check summary, "What Desk Coach will focus on", after a yes to the pregnancy question.
    S.PREGNANCY: lambda n: translate("ScreenSummary", "Pregnancy-friendly versions of each move."),
}

TERMS: dict[str, dict[str, Callable[[], str]]] = {
    "side": {
        #: A side of the body, inside "your right leg scored lower than your left".
        Side.LEFT: lambda: translate("Sides", "left"),
        #: A side of the body, inside "your right leg scored lower than your left".
        Side.RIGHT: lambda: translate("Sides", "right"),
    },
}
