"""The Linux cue player against a real, private PulseAudio server, recorded from its speakers.

Each test starts its own ``pulseaudio`` (one null sink, "speakers", in the cues' own format:
16-bit mono at 22050 Hz, so nothing is resampled) in a fresh runtime folder, points
``PULSE_SERVER`` at it, and records the sink's monitor with ``parecord`` while the player plays.
The sink never rewinds and the recorder asks for 20 ms blocks: otherwise the null sink renders
up to 2 s ahead, rewinds when a stream arrives, and its monitor, which cannot take back what it
has already handed out, records the cue cut or late. The null sink's silence is exact zeros.

Debian packages: pulseaudio, pulseaudio-utils (packaging/debian-test.txt), libpulse0. These
tests never skip: without those programs they fail and say what to install.
"""

from __future__ import annotations

import array
import logging
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from desk_coach.resources import resource

from desk_coach.adapters.sound_output import create_sound_player
from desk_coach.adapters.sound_output.cues import decode_wav, scaled
from desk_coach.adapters.sound_output.pulse import PulsePlayer

CUES = {"switch": "sounds/switch.wav", "done": "sounds/done.wav"}
RATE = 22_050
SINK = f"module-null-sink sink_name=speakers format=s16le rate={RATE} channels=1 norewinds=1"
PROGRAMS = {"pulseaudio": "pulseaudio", "pactl": "pulseaudio-utils", "parecord": "pulseaudio-utils"}


def program(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: install the Debian package {PROGRAMS[name]} (never skipped)")
    return path


def peak(samples: array.array) -> int:
    return max((abs(s) for s in samples), default=0)


def full_volume_peak(name: str) -> int:
    return peak(decode_wav(resource(CUES[name]).read_bytes()).samples)


def seconds(name: str) -> float:
    return decode_wav(resource(CUES[name]).read_bytes()).seconds


def expected(name: str, volume: float) -> array.array:
    """What the speakers should get: the cue's samples at ``volume``, from its first sound to its last."""
    return sounding(scaled(decode_wav(resource(CUES[name]).read_bytes()), volume).samples)


def same(recorded: array.array, wanted: array.array) -> bool:
    """Sample for sample, give or take one step of rounding (nothing is resampled or mixed)."""
    if len(recorded) != len(wanted):
        return False
    return all(abs(a - b) <= 1 for a, b in zip(recorded, wanted, strict=True))


class Server:
    """A private PulseAudio server; ``env`` reaches it (pactl, parecord, and this process)."""

    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.env = env
        self.log = folder / "pulseaudio.log"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [program("pulseaudio"), "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
                 "--log-target=stderr", "-L", "module-native-protocol-unix auth-anonymous=1", "-L", SINK],
                env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            )
        self.wait_until(lambda: self.pactl("info").returncode == 0, "the server to answer")

    def pactl(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([program("pactl"), *args], env=self.env, capture_output=True, text=True,
                              timeout=10)

    def wait_until(self, ready, what: str, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while not ready():
            if self.process.poll() is not None:
                pytest.fail(f"pulseaudio stopped ({self.process.returncode}):\n{self.log.read_text()}")
            if time.monotonic() > deadline:
                pytest.fail(f"waited {timeout} s for {what}:\n{self.log.read_text()}")
            time.sleep(0.05)

    def record(self, path: Path) -> Recording:
        return Recording(self, path)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class Recording:
    """``parecord`` from the speakers' monitor, from now until ``stop``."""

    def __init__(self, server: Server, path: Path) -> None:
        self.path = path
        with path.with_suffix(".log").open("wb") as log:
            self.process = subprocess.Popen(
                [program("parecord"), "--device=speakers.monitor", "--raw", "--format=s16le",
                 f"--rate={RATE}", "--channels=1", "--latency-msec=20", str(path)],
                env=server.env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            )
        server.wait_until(lambda: server.pactl("list", "short", "source-outputs").stdout.strip(),
                          "parecord to connect")

    def stop(self, heard: int) -> array.array:
        """Stop recording once ``heard`` samples of sound (first to last not silent) have reached the
        file, or after 10 s; the recorded 16-bit samples."""
        deadline = time.monotonic() + 10
        while len(_from_first_to_last_sound(self.samples())) < heard and time.monotonic() < deadline:
            time.sleep(0.02)  # what is still on its way from the sink
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(10)
        return self.samples()

    def samples(self) -> array.array:
        raw = self.path.read_bytes()
        return array.array("h", raw[: len(raw) - len(raw) % 2])


def _from_first_to_last_sound(recorded: array.array) -> array.array:
    loud = [i for i, sample in enumerate(recorded) if sample]
    return recorded[loud[0] : loud[-1] + 1] if loud else recorded[:0]


def sounding(recorded: array.array) -> array.array:
    """From the first to the last sample that is not silence (the null sink's silence is exact)."""
    heard = _from_first_to_last_sound(recorded)
    assert heard, "nothing reached the speakers"
    return heard


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    # A short path of its own: a unix socket path may not exceed 107 bytes.
    runtime = Path(tempfile.mkdtemp(prefix="dc-pulse-"))
    try:
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
        monkeypatch.setenv("PULSE_SERVER", f"unix:{runtime}/pulse/native")
        server = Server(runtime, dict(os.environ))
        try:
            yield server
        finally:
            server.stop()
    finally:
        shutil.rmtree(runtime, ignore_errors=True)


def lean_player(volume: float) -> PulsePlayer:
    player = create_sound_player(CUES, volume, fallback=lambda: pytest.fail("the lean player was not chosen"))
    assert isinstance(player, PulsePlayer)
    return player


def test_a_cue_reaches_the_speakers_whole_and_as_loud_as_the_volume_says(server: Server, tmp_path: Path):
    peaks = {}
    for volume in (0.7, 0.35):
        recording = server.record(tmp_path / f"done-{volume}.raw")
        player = lean_player(volume)
        player("done")
        assert player.wait_idle(10), "the cue was still playing after 10 s"
        server.wait_until(lambda: not server.pactl("list", "short", "sink-inputs").stdout.strip(),
                          "the cue's stream to close")
        recorded = sounding(recording.stop(heard=len(expected("done", volume))))
        length = len(recorded) / RATE
        assert abs(length - seconds("done")) < 0.02, f"{length:.3f} s reached the speakers"
        assert same(recorded, expected("done", volume)), "the cue reached the speakers altered"
        peaks[volume] = peak(recorded)
    loudest = 0.7 * full_volume_peak("done")
    assert abs(peaks[0.7] - loudest) <= 0.02 * loudest, (peaks, loudest)
    assert 0.48 <= peaks[0.35] / peaks[0.7] <= 0.52, peaks


def test_the_caller_never_waits_for_the_sound_server(server: Server):
    """The routine dialog plays cues from the GUI thread: a sound server that hangs must not hang it."""
    player = lean_player(0.7)
    server.process.send_signal(signal.SIGSTOP)  # the server hangs: nothing it is asked is answered
    try:
        player("done")  # returned: the caller did not wait for the server
        assert not player.wait_idle(0.2), "the cue cannot have been played by a hung server"
    finally:
        server.process.send_signal(signal.SIGCONT)
    assert player.wait_idle(10), "the cue was still playing 10 s after the server answered again"


def test_a_cue_that_comes_while_one_plays_follows_it(server: Server, tmp_path: Path):
    recording = server.record(tmp_path / "both.raw")
    player = create_sound_player(CUES, 0.7)
    assert isinstance(player, PulsePlayer)
    player("switch")
    player("done")
    assert player.wait_idle(10)
    recorded = sounding(recording.stop(heard=len(expected("switch", 0.7)) + len(expected("done", 0.7))))
    together = seconds("switch") + seconds("done")
    length = len(recorded) / RATE
    # One after the other, whole, in order: not mixed (that would last as long as the longer one).
    assert together - 0.02 <= length <= together + 0.3, f"{length:.3f} s for two cues of {together:.3f} s"
    first, second = expected("switch", 0.7), expected("done", 0.7)
    assert same(recorded[: len(first)], first), "the switch cue did not come first, whole"
    assert same(recorded[-len(second) :], second), "the done cue did not come second, whole"


def test_without_a_sound_server_cues_are_silent_and_said_once(monkeypatch, tmp_path: Path, caplog):
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path}/nobody-here")
    caplog.set_level(logging.DEBUG, logger="desk_coach")
    player = create_sound_player(CUES, 0.7)
    for name in ("switch", "done", "switch"):
        player(name)
        assert player.wait_idle(5)
    infos = [r for r in caplog.records if r.levelno >= logging.INFO]
    assert [r.levelno for r in infos] == [logging.INFO], [r.getMessage() for r in infos]
    assert "no PulseAudio or PipeWire server answered" in infos[0].getMessage()

