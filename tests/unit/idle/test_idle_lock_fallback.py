"""The lock fallback: the sensor's own answer first, then each source in turn."""

from __future__ import annotations

from dataclasses import dataclass

from desk_coach.adapters.idle.lock_fallback import LockFallbackSensor


@dataclass
class Fake:
    description: str
    locked: bool | None = None
    idle: float | None = 2.0
    can_sense_activity: bool = True
    closed: bool = False

    def idle_seconds(self) -> float | None:
        return self.idle

    def is_locked(self) -> bool | None:
        return self.locked

    def close(self) -> None:
        self.closed = True


def test_the_first_answer_wins_in_order():
    sensor, screen_saver, logind = Fake("X11"), Fake("screen saver"), Fake("logind", locked=True)
    combined = LockFallbackSensor(sensor, [screen_saver, logind])
    assert combined.is_locked() is True  # from logind
    screen_saver.locked = False
    assert combined.is_locked() is False  # the screen saver comes first
    sensor.locked = True
    assert combined.is_locked() is True  # the sensor's own answer beats both
    assert combined.idle_seconds() == 2.0
    assert combined.description == "X11; lock state also from screen saver, then logind"


def test_nobody_knows_gives_none_and_close_closes_everything():
    parts = [Fake("a"), Fake("b"), Fake("c")]
    combined = LockFallbackSensor(parts[0], parts[1:])
    assert combined.is_locked() is None
    combined.close()
    assert all(part.closed for part in parts)
