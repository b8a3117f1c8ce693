"""The break's countdown without Qt, on a fake clock: what the face reads, pauses, the end."""

from __future__ import annotations

import pytest

from desk_coach.ui.break_countdown import BreakCountdown
from desk_coach.wording.figures import countdown_words


class FakeClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0"), (0.2, "1"), (59.5, "1:00"), (60, "1:00"), (61, "1:01"), (3600, "60:00")],
)
def test_countdown_words_rounds_up(seconds, text):
    assert countdown_words(seconds) == text


def test_nothing_counts_before_the_start():
    clock = FakeClock()
    countdown = BreakCountdown(120, clock)
    clock.now += 60
    assert countdown.face == "2:00" and not countdown.running and not countdown.paused
    countdown.start()
    clock.now += 30
    assert countdown.face == "1:30" and countdown.progress(120) == 30


def test_a_pause_holds_the_count():
    clock = FakeClock()
    countdown = BreakCountdown(120, clock)
    countdown.start()
    clock.now += 20
    assert countdown.pause() and countdown.paused
    assert not countdown.pause()  # already held
    clock.now += 300
    assert countdown.remaining_s == 100
    assert countdown.resume() and countdown.running
    assert not countdown.resume()
    clock.now += 10
    assert countdown.remaining_s == 90


def test_it_ends_once_and_then_does_nothing():
    clock = FakeClock()
    countdown = BreakCountdown(60, clock)
    countdown.start()
    clock.now += 90
    assert countdown.remaining_s == 0 and countdown.progress(60) == 60
    assert countdown.finish() and countdown.done
    assert not countdown.finish()
    assert not countdown.resume() and not countdown.pause() and not countdown.paused


def test_a_break_needs_a_length():
    with pytest.raises(ValueError):
        BreakCountdown(0, FakeClock())
