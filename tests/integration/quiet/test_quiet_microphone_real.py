"""The microphone sensor against a real PulseAudio server: a null sink (its monitor is what is
played back) and a null source (a microphone), recorded with parecord.

Needs pulseaudio and pulseaudio-utils (pactl, parecord); skipped without them.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from desktop import wait_until
from quiet_probes import PulseUnavailable, Recorder, pulse_server

from desk_coach.adapters.quiet.microphone_linux import PulseMicrophoneSensor
from desk_coach.domain.quiet import QuietReason

MICROPHONE = {QuietReason.MICROPHONE}


@pytest.fixture
def pulse(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private PulseAudio server; the environment to reach it."""
    try:
        with pulse_server(tmp_path) as env:
            yield env
    except PulseUnavailable as missing:
        pytest.skip(str(missing))


def pactl(env: dict[str, str], what: str) -> str:
    return subprocess.run(
        ["pactl", "list", "short", what], env=env, capture_output=True, text=True, check=True
    ).stdout


def recording(sensor: PulseMicrophoneSensor, expected: set[QuietReason], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while sensor.refresh_and_wait() != expected:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_recording_the_microphone_is_sensed_recording_playback_is_not(pulse: dict[str, str]) -> None:
    sensor = PulseMicrophoneSensor(env=pulse)
    try:
        assert sensor.refresh_and_wait() == frozenset()
        playback = Recorder(pulse, "speakers.monitor")  # a screen recorder taking what is played back
        try:
            wait_until(lambda: pactl(pulse, "source-outputs").strip(), timeout=10, what="the playback stream")
            assert sensor.refresh_and_wait() == frozenset()  # the stream is there, and ignored
            call = Recorder(pulse, "mic")
            try:
                assert recording(sensor, MICROPHONE)
                assert sensor.recording == ("mic",)
                assert sensor.active_reasons() == MICROPHONE  # the cached answer, between two refreshes
            finally:
                call.stop()
            assert recording(sensor, set())
        finally:
            playback.stop()
    finally:
        sensor.close()
