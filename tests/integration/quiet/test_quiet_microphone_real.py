"""The microphone sensor against a real PulseAudio server: a null sink (its monitor is what is
played back) and a null source (a microphone), recorded with parecord.

Needs pulseaudio and pulseaudio-utils (pactl, parecord); skipped without them.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_coach.adapters.quiet.microphone_linux import PulseMicrophoneSensor
from desk_coach.domain.quiet import QuietReason

MICROPHONE = {QuietReason.MICROPHONE}
PROGRAMS = ("pulseaudio", "pactl", "parecord")


@pytest.fixture
def pulse(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private PulseAudio server; the environment to reach it."""
    missing = [name for name in PROGRAMS if shutil.which(name) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (Debian packages pulseaudio, pulseaudio-utils)")
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {name: value for name, value in os.environ.items() if not name.startswith("PULSE_")}
    env |= {
        "XDG_RUNTIME_DIR": str(runtime),
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    log = open(tmp_path / "pulseaudio.log", "wb")  # noqa: SIM115 - closed below
    server = subprocess.Popen(
        [
            "pulseaudio",
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "--log-target=stderr",
            "-L",
            "module-native-protocol-unix",
            "-L",
            "module-null-sink sink_name=speakers",
            "-L",
            "module-null-source source_name=mic",
        ],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 10
        while subprocess.run(["pactl", "info"], env=env, capture_output=True, check=False).returncode:
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail("PulseAudio did not start: " + (tmp_path / "pulseaudio.log").read_text())
            time.sleep(0.05)
        yield env
    finally:
        server.terminate()
        server.wait(10)
        log.close()


def pactl(env: dict[str, str], what: str) -> str:
    return subprocess.run(
        ["pactl", "list", "short", what], env=env, capture_output=True, text=True, check=True
    ).stdout


class Recorder:
    def __init__(self, env: dict[str, str], source: str) -> None:
        self.proc = subprocess.Popen(
            ["parecord", "-d", source, "--raw", os.devnull],
            env=env,
            stdin=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


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
            time.sleep(1.0)
            assert sensor.refresh_and_wait() == frozenset()
            assert pactl(pulse, "source-outputs").strip()  # the stream is there, and ignored
            call = Recorder(pulse, "mic")
            try:
                assert recording(sensor, MICROPHONE)
                assert sensor.recording == ("mic",)
                times = []
                for _ in range(500):
                    began = time.perf_counter()
                    assert sensor.active_reasons() == MICROPHONE
                    times.append((time.perf_counter() - began) * 1000)
            finally:
                call.stop()
            assert recording(sensor, set())
        finally:
            playback.stop()
    finally:
        sensor.close()
    cost = statistics.median(times)
    print(f"microphone sensor (pactl), cached: {cost:.4f} ms per poll (median); refresh every 15 s")
    assert cost < 5


def test_the_cost_of_the_poll_that_starts_and_collects_pactl(pulse: dict[str, str]) -> None:
    sensor = PulseMicrophoneSensor(env=pulse, refresh_seconds=0.0)
    starts, collects, whole = [], [], []
    try:
        for _ in range(20):
            began = time.perf_counter()
            sensor.active_reasons()  # starts the two pactl
            starts.append((time.perf_counter() - began) * 1000)
            while any(run.proc.poll() is None for run in sensor.commands._running):
                time.sleep(0.001)
            whole.append((time.perf_counter() - began) * 1000)
            began = time.perf_counter()
            sensor.active_reasons()  # collects them (and, refresh_seconds being 0, starts the next)
            collects.append((time.perf_counter() - began) * 1000)
            sensor.commands.close()
    finally:
        sensor.close()
    print(
        f"microphone sensor (pactl): starting a refresh {statistics.median(starts):.2f} ms, "
        f"collecting one {statistics.median(collects):.2f} ms (incl. the next start), "
        f"two pactl running side by side {statistics.median(whole):.1f} ms of wall time"
    )
