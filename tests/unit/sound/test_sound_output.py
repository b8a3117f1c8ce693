"""The lean cue players through their seams: a fake libpulse-simple, a fake winsound module, and
the factory on every platform. (tests/integration/sound plays through a real PulseAudio.)"""

from __future__ import annotations

import io
import logging
import sys
import threading
import types
import wave
from array import array

import pytest
from desk_coach.resources import resource

from desk_coach.adapters.sound_output import create_sound_player, cues, pulse
from desk_coach.adapters.sound_output.cues import Clip, SoundUnavailable, decode_wav, scaled
from desk_coach.adapters.sound_output.pulse import PulsePlayer
from desk_coach.adapters.sound_output.windows import WindowsPlayer, wav_bytes

CUES = {"switch": "sounds/switch.wav", "done": "sounds/done.wav"}


def wav(frames: bytes, *, width: int = 2, channels: int = 1, rate: int = 8000) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(width)
        out.setframerate(rate)
        out.writeframes(frames)
    return buffer.getvalue()


def shipped(name: str) -> Clip:
    return decode_wav(resource(CUES[name]).read_bytes())


class FakeLibrary:
    """``PulseSimple`` as the player uses it: records clips; may block, or fail like a dead server."""

    def __init__(self, error: Exception | None = None) -> None:
        self.played: list[Clip] = []
        self.error = error
        self.gate: threading.Event | None = None  # set: play returns
        self.started = threading.Semaphore(0)
        self.threads: list[threading.Thread] = []

    def play(self, clip: Clip) -> None:
        self.threads.append(threading.current_thread())
        self.started.release()
        if self.gate is not None:
            assert self.gate.wait(5)
        if self.error is not None:
            raise self.error
        self.played.append(clip)


# -- decoding and volume --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["switch", "done"])
def test_the_shipped_cues_decode_with_the_format_their_header_gives(name):
    clip = shipped(name)
    with wave.open(io.BytesIO(resource(CUES[name]).read_bytes())) as header:
        assert (clip.rate, clip.channels) == (header.getframerate(), header.getnchannels()) == (22_050, 1)
        assert len(clip.samples) == header.getnframes()
    assert 0.4 < clip.seconds < 0.6


def test_8_bit_wavs_become_16_bit_and_other_widths_are_refused():
    clip = decode_wav(wav(bytes([128, 255, 0]), width=1, channels=1, rate=11_025))
    assert (clip.rate, list(clip.samples)) == (11_025, [0, 127 << 8, -128 << 8])
    stereo = decode_wav(wav(array("h", [1, -1, 2, -2]).tobytes(), channels=2))
    assert (stereo.channels, list(stereo.samples), stereo.seconds) == (2, [1, -1, 2, -2], 2 / 8000)
    with pytest.raises(ValueError, match="24-bit"):
        decode_wav(wav(bytes(6), width=3))


def test_volume_scales_the_samples():
    clip = Clip(8000, 1, array("h", [10_000, -10_000, 3, 32_767]))
    assert list(scaled(clip, 0.5).samples) == [5_000, -5_000, 2, 16_384]
    assert scaled(clip, 1.0) is clip
    assert list(scaled(clip, 7).samples) == list(clip.samples)  # clamped to 0-1
    assert list(scaled(clip, -1).samples) == [0, 0, 0, 0]


# -- the Linux player, through a fake libpulse-simple --------------------------------------------------


def test_a_cue_is_played_scaled_on_a_thread_of_its_own():
    library = FakeLibrary()
    player = PulsePlayer(CUES, 0.5, library)
    player("done")
    assert player.wait_idle(5)
    (clip,) = library.played
    full = shipped("done")
    assert (clip.rate, clip.channels) == (full.rate, full.channels)
    assert list(clip.samples) == [round(s * 0.5) for s in full.samples]
    assert library.threads[0] is not threading.main_thread() and library.threads[0].daemon


def test_the_caller_never_waits_for_a_cue_and_a_third_one_is_dropped():
    library = FakeLibrary()
    library.gate = threading.Event()  # the first cue "plays" until the gate opens
    player = PulsePlayer(CUES, 0.7, library)
    player("switch")  # returns at once although playing blocks
    assert library.started.acquire(timeout=5)
    player("done")  # waits for the switch cue
    player("done")  # one playing, one waiting: dropped
    assert not player.wait_idle(0.1)
    library.gate.set()
    assert player.wait_idle(5)
    assert [len(c.samples) for c in library.played] == [len(shipped(n).samples) for n in ("switch", "done")]
    player("switch")  # room again
    assert player.wait_idle(5) and len(library.played) == 3


def test_each_file_is_read_once(monkeypatch):
    reads = []

    def counting(relative):
        reads.append(relative)
        return resource(relative)

    monkeypatch.setattr(cues, "resource", counting)
    library = FakeLibrary()
    player = PulsePlayer(CUES, 0.7, library)
    for name in ("done", "switch", "done", "done", "switch"):
        player(name)
        assert player.wait_idle(5)
    assert sorted(reads) == ["sounds/done.wav", "sounds/switch.wav"]
    assert len(library.played) == 5
    assert library.played[0] is library.played[2]  # the scaled clip is kept, not remade


def test_silence_costs_nothing(monkeypatch):
    monkeypatch.setattr(cues, "resource", lambda relative: pytest.fail("read a file"))
    library = FakeLibrary()
    for volume, name in ((0.0, "done"), (0.7, "beep")):  # muted; a cue it has no file for
        player = PulsePlayer(CUES, volume, library)
        player(name)
        assert player.wait_idle(1)
    assert library.played == [] and library.threads == []


def test_no_server_is_said_once_at_info_and_never_raised(caplog):
    caplog.set_level(logging.DEBUG, logger="desk_coach")
    dead = FakeLibrary(SoundUnavailable("no PulseAudio or PipeWire server answered"))
    player = PulsePlayer(CUES, 0.7, dead)
    for name in ("switch", "done", "switch"):
        player(name)
        assert player.wait_idle(5)
    louder = [(r.levelno, r.getMessage()) for r in caplog.records if r.levelno >= logging.INFO]
    assert louder == [(logging.INFO, "routine cues are silent: no PulseAudio or PipeWire server answered")]


def test_a_broken_player_or_cue_file_is_a_warning_not_a_crash(caplog, monkeypatch):
    player = PulsePlayer(CUES, 0.7, FakeLibrary(RuntimeError("boom")))
    player("done")
    player("switch")
    assert player.wait_idle(5)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and warnings[0].exc_info is not None

    caplog.clear()
    library = FakeLibrary()
    player = PulsePlayer({"done": "sounds/missing.wav"}, 0.7, library)
    player("done")
    player("done")
    assert player.wait_idle(5)
    assert library.played == []
    assert [r.levelno for r in caplog.records if r.levelno >= logging.INFO] == [logging.WARNING]


def test_a_cue_with_no_thread_to_play_on_is_skipped(monkeypatch, caplog):
    def no_thread(self):
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(threading.Thread, "start", no_thread)
    player = PulsePlayer(CUES, 0.7, FakeLibrary())
    player("done")
    assert player.wait_idle(0) and "no thread" in caplog.text


def test_the_ctypes_binding_reports_a_dead_server_as_unavailable():
    def new(*args):
        args[-1]._obj.value = 6  # the int* error argument: PA_ERR_CONNECTIONREFUSED
        return None  # no stream

    freed = []
    binding = object.__new__(pulse.PulseSimple)  # its calls, without loading the library
    binding._lib = types.SimpleNamespace(
        pa_simple_new=new, pa_simple_free=freed.append,
        pa_strerror=lambda code: b"Connection refused" if code == 6 else None,
    )
    with pytest.raises(SoundUnavailable, match=r"server answered \(Connection refused\)"):
        binding.play(shipped("done"))
    assert freed == []  # nothing to free


def test_a_missing_libpulse_simple_is_none(monkeypatch, caplog):
    caplog.set_level(logging.INFO)

    def missing(name):
        raise OSError(f"{name}: cannot open shared object file")

    monkeypatch.setattr(pulse.ctypes, "CDLL", missing)
    pulse.load_pulse_simple.cache_clear()
    try:
        assert pulse.load_pulse_simple() is None
        assert pulse.load_pulse_simple() is None
    finally:
        pulse.load_pulse_simple.cache_clear()
    assert caplog.text.count("libpulse-simple.so.0 is not available") == 1


# -- the Windows player, through a fake winsound ------------------------------------------------------


class FakeWinsound(types.ModuleType):
    SND_FILENAME, SND_ASYNC, SND_NODEFAULT, SND_MEMORY = 0x20000, 0x1, 0x2, 0x4

    def __init__(self, error: Exception | None = None) -> None:
        super().__init__("winsound")
        self.calls: list[tuple[bytes, int]] = []
        self.error = error

    def PlaySound(self, sound, flags):  # winsound's name
        if flags & self.SND_MEMORY and flags & self.SND_ASYNC:
            raise RuntimeError("Cannot play asynchronously from memory")  # as winsound does
        if self.error is not None:
            raise self.error
        self.calls.append((sound, flags))


def test_windows_plays_an_in_memory_wav_at_the_volume_off_the_callers_thread():
    winsound = FakeWinsound()
    player = WindowsPlayer(CUES, 0.25, winsound)
    player("switch")
    player("done")
    assert player.wait_idle(5)
    assert [flags for _, flags in winsound.calls] == [winsound.SND_MEMORY | winsound.SND_NODEFAULT] * 2
    for (data, _), name in zip(winsound.calls, ("switch", "done"), strict=True):
        played, full = decode_wav(data), shipped(name)
        assert (played.rate, played.channels) == (full.rate, full.channels)
        assert list(played.samples) == [round(s * 0.25) for s in full.samples]


def test_windows_without_a_sound_device_is_said_once(caplog):
    caplog.set_level(logging.DEBUG, logger="desk_coach")
    player = WindowsPlayer(CUES, 0.5, FakeWinsound(RuntimeError("Failed to play sound")))
    player("done")
    player("done")
    assert player.wait_idle(5)
    assert [r.levelno for r in caplog.records if r.levelno >= logging.INFO] == [logging.INFO]
    assert "Failed to play sound" in caplog.text


def test_wav_bytes_round_trips():
    clip = Clip(16_000, 2, array("h", [1, -2, 300, -32_768]))
    assert decode_wav(wav_bytes(clip)) == clip


# -- the factory ---------------------------------------------------------------------------------------


def test_linux_gets_the_pulse_player_when_libpulse_simple_loads(monkeypatch):
    library = FakeLibrary()
    monkeypatch.setattr(pulse, "load_pulse_simple", lambda: library)
    player = create_sound_player(CUES, 0.4, fallback=lambda: pytest.fail("fell back"), platform="linux")
    assert isinstance(player, PulsePlayer) and player.volume == 0.4 and player.files == CUES
    assert isinstance(create_sound_player(CUES, 0.4, platform="freebsd14"), PulsePlayer)


def test_without_libpulse_simple_the_fallback_plays(monkeypatch):
    monkeypatch.setattr(pulse, "load_pulse_simple", lambda: None)
    fallback = object()
    assert create_sound_player(CUES, 0.4, fallback=lambda: fallback, platform="linux") is fallback
    assert create_sound_player(CUES, 0.4, platform="linux") is None


def test_macos_uses_the_fallback_and_never_tries_libpulse(monkeypatch):
    monkeypatch.setattr(pulse, "load_pulse_simple", lambda: pytest.fail("tried libpulse on macOS"))
    fallback = object()
    assert create_sound_player(CUES, 0.4, fallback=lambda: fallback, platform="darwin") is fallback
    assert create_sound_player(CUES, 0.4, platform="darwin") is None


def test_windows_gets_the_winsound_player(monkeypatch):
    winsound = FakeWinsound()
    monkeypatch.setitem(sys.modules, "winsound", winsound)
    player = create_sound_player(CUES, 0.4, fallback=lambda: pytest.fail("fell back"), platform="win32")
    assert isinstance(player, WindowsPlayer)
    player("done")
    assert player.wait_idle(5) and len(winsound.calls) == 1
