"""How the app builds its cue player: the factory, the user's volume, QtMultimedia only as fallback."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from desk_coach.adapters import sound_output
from desk_coach.bootstrap import CuePlayer
from desk_coach.ui.routine import sounds


def cues_with(enabled: bool, volume: int) -> CuePlayer:
    """The app's cue player over settings with these sounds."""
    settings = SimpleNamespace(sounds=SimpleNamespace(enabled=enabled, volume=volume))
    return CuePlayer(lambda: settings)


def test_the_app_asks_the_factory_once_with_the_users_volume(monkeypatch, qtbot):
    calls = []
    lean = object()

    def factory(files, volume, *, fallback):
        calls.append((files, volume, fallback))
        return lean

    monkeypatch.setattr(sound_output, "create_sound_player", factory)
    cues = cues_with(True, 35)
    assert cues() is lean
    assert cues() is lean  # kept
    ((files, volume, fallback),) = calls
    assert (files, volume) == (sounds.SOUNDS, 0.35)
    qt_player = fallback()  # built only if the factory falls back
    assert isinstance(qt_player, sounds.QtSoundPlayer) and qt_player._volume == 0.35
    assert qt_player._effects is None  # and QtMultimedia not loaded until a cue plays


def test_sounds_off_builds_no_player(monkeypatch):
    monkeypatch.setattr(sound_output, "create_sound_player", lambda *a, **k: pytest.fail("built a player"))
    assert cues_with(False, 60)() is None
