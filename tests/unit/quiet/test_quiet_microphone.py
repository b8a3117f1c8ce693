"""Microphone use from the sound server's recording streams: pactl and pw-dump output, and the
background command that fetches it (with a fake pactl on the PATH)."""

from __future__ import annotations

import json
import logging
import stat
from pathlib import Path

import pytest

from desk_coach.adapters.quiet.microphone_linux import (
    PipeWireMicrophoneSensor,
    PulseMicrophoneSensor,
    parse_pactl,
    parse_pw_dump,
)
from desk_coach.domain.quiet import QuietReason

# `pactl list short sources` / `source-outputs` from PulseAudio 16 (a null sink and a null source):
# one stream records the sink's monitor (what is played back), one the source.
PULSE_SOURCES = (
    "0\tspeakers.monitor\tmodule-null-sink.c\ts16le 2ch 44100Hz\tRUNNING\n"
    "1\tmic\tmodule-null-source.c\ts16le 2ch 44100Hz\tRUNNING\n"
)
PULSE_OUTPUTS_BOTH = (
    "0\t1\t3\tprotocol-native.c\ts16le 2ch 44100Hz\n1\t0\t4\tprotocol-native.c\ts16le 2ch 44100Hz\n"
)
PULSE_OUTPUTS_MONITOR_ONLY = "1\t0\t4\tprotocol-native.c\ts16le 2ch 44100Hz\n"

# The same from PipeWire's PulseAudio service on a laptop.
PIPEWIRE_SOURCES = (
    "55\talsa_output.pci-0000_00_1f.3.analog-stereo.monitor\tPipeWire\ts32le 2ch 48000Hz\tSUSPENDED\n"
    "56\talsa_input.pci-0000_00_1f.3.analog-stereo\tPipeWire\ts32le 2ch 48000Hz\tRUNNING\n"
    "78\tbluez_output.AA_BB_CC_DD_EE_FF.1.monitor\tPipeWire\ts16le 2ch 48000Hz\tRUNNING\n"
)
PIPEWIRE_OUTPUTS = (
    "112\t78\t111\tPipeWire\tfloat32le 2ch 48000Hz\n"  # OBS recording the headphones' monitor
    "131\t56\t130\tPipeWire\tfloat32le 1ch 48000Hz\n"  # a call
)


def test_pactl_recording_from_a_source_is_a_microphone() -> None:
    assert parse_pactl([PULSE_SOURCES, PULSE_OUTPUTS_BOTH]) == ("mic",)
    assert parse_pactl([PIPEWIRE_SOURCES, PIPEWIRE_OUTPUTS]) == ("alsa_input.pci-0000_00_1f.3.analog-stereo",)


def test_pactl_recording_a_monitor_is_not_a_microphone() -> None:
    assert parse_pactl([PULSE_SOURCES, PULSE_OUTPUTS_MONITOR_ONLY]) == ()
    assert parse_pactl([PIPEWIRE_SOURCES, PIPEWIRE_OUTPUTS.splitlines()[0]]) == ()


def test_pactl_nothing_recording() -> None:
    assert parse_pactl([PULSE_SOURCES, ""]) == ()
    assert parse_pactl(["", "\n"]) == ()


def test_pactl_a_stream_of_an_unknown_or_no_source_still_records() -> None:
    assert parse_pactl([PULSE_SOURCES, "5\t9\t3\tprotocol-native.c\ts16le 1ch 16000Hz\n"]) == ("source #9",)
    assert parse_pactl([PULSE_SOURCES, "5\t4294967295\t3\tPipeWire\ts16le 1ch 16000Hz\n"]) == (
        "no source yet",
    )


def test_pactl_output_that_is_not_a_table_is_an_error() -> None:
    with pytest.raises(ValueError, match="not a source-output line"):
        parse_pactl([PULSE_SOURCES, "Connection failure: Connection refused\n"])


def node(id_: int, media_class: str, **props: object) -> dict[str, object]:
    return {
        "id": id_,
        "type": "PipeWire:Interface:Node",
        "info": {"state": "running", "props": {"media.class": media_class, **props}},
    }


def link(id_: int, output: int, input_: int) -> dict[str, object]:
    return {
        "id": id_,
        "type": "PipeWire:Interface:Link",
        "info": {"output-node-id": output, "input-node-id": input_, "state": "active"},
    }


PW_GRAPH = [
    {"id": 0, "type": "PipeWire:Interface:Core", "info": {"name": "pipewire-0"}},
    {"id": 30, "type": "PipeWire:Interface:Client", "info": {"props": {"application.name": "Firefox"}}},
    node(40, "Audio/Sink", **{"node.name": "alsa_output.pci-0000_00_1f.3.analog-stereo"}),
    node(41, "Audio/Source", **{"node.name": "alsa_input.pci-0000_00_1f.3.analog-stereo"}),
    node(42, "Stream/Output/Audio", **{"application.name": "Firefox"}),
    {"id": 99, "info": None},  # an object removed while pw-dump ran
]


def pw_dump(*objects: dict[str, object]) -> list[str]:
    return [json.dumps([*PW_GRAPH, *objects], indent=2)]


def test_pw_dump_a_stream_fed_by_a_source_is_a_microphone() -> None:
    call = node(50, "Stream/Input/Audio", **{"application.name": "Zoom", "node.name": "ZOOM VoiceEngine"})
    assert parse_pw_dump(pw_dump(call, link(60, 41, 50))) == ("Zoom",)


def test_pw_dump_streams_recording_playback_or_metering_are_not() -> None:
    monitor_by_link = node(50, "Stream/Input/Audio", **{"application.name": "OBS"})
    marked = node(51, "Stream/Input/Audio", **{"application.name": "Recorder", "stream.capture.sink": "true"})
    meter = node(52, "Stream/Input/Audio", **{"application.name": "pavucontrol", "stream.monitor": True})
    from_app = node(53, "Stream/Input/Audio", **{"application.name": "Visualiser"})
    objects = [monitor_by_link, marked, meter, from_app, link(60, 40, 50), link(61, 41, 52), link(62, 42, 53)]
    assert parse_pw_dump(pw_dump(*objects)) == ()
    assert parse_pw_dump(pw_dump()) == ()


def test_pw_dump_an_unlinked_recording_stream_counts() -> None:
    stream = node(50, "Stream/Input/Audio", **{"node.name": "pw-record"})
    assert parse_pw_dump(pw_dump(stream)) == ("pw-record",)


def test_pw_dump_output_that_is_not_json_is_an_error() -> None:
    with pytest.raises(ValueError, match="not JSON"):
        parse_pw_dump(["[{"])
    with pytest.raises(ValueError, match="not a list"):
        parse_pw_dump(["{}"])


# -- the sensor, with a fake pactl ------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def fake_program(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


@pytest.fixture
def pactl(tmp_path: Path) -> Path:
    """A pactl that answers from files, and counts its runs."""
    (tmp_path / "sources").write_text(PULSE_SOURCES)
    (tmp_path / "source-outputs").write_text(PULSE_OUTPUTS_BOTH)
    return fake_program(tmp_path, "pactl", f'echo "$LC_ALL $*" >> {tmp_path}/runs\ncat "{tmp_path}/$3"\n')


def runs(tmp_path: Path) -> list[str]:
    path = tmp_path / "runs"
    return path.read_text().splitlines() if path.exists() else []


def test_the_sensor_reports_a_recording_from_pactl(pactl: Path, tmp_path: Path) -> None:
    microphone = PulseMicrophoneSensor(str(pactl))
    try:
        assert microphone.refresh_and_wait() == {QuietReason.MICROPHONE}
        assert microphone.recording == ("mic",)
        assert sorted(runs(tmp_path)) == ["C list short source-outputs", "C list short sources"]
        (tmp_path / "source-outputs").write_text(PULSE_OUTPUTS_MONITOR_ONLY)
        assert microphone.refresh_and_wait() == frozenset()
    finally:
        microphone.close()


def test_a_poll_never_waits_and_pactl_runs_at_most_every_refresh_seconds(pactl: Path, tmp_path: Path) -> None:
    clock = FakeClock()
    microphone = PulseMicrophoneSensor(str(pactl), refresh_seconds=15.0, clock=clock)
    try:
        assert microphone.active_reasons() == frozenset()  # started, not waited for
        assert microphone.commands.running
        microphone.commands.refresh_and_wait()
        for _ in range(10):
            clock.now += 1
            assert microphone.active_reasons() == {QuietReason.MICROPHONE}
        assert len(runs(tmp_path)) == 2
        clock.now += 5  # 15 s after the answer: the next poll asks again, and still answers at once
        assert microphone.active_reasons() == {QuietReason.MICROPHONE}
        assert microphone.commands.running
        microphone.commands.refresh_and_wait()  # waits for that run, starts none
        assert len(runs(tmp_path)) == 4
    finally:
        microphone.close()


def test_a_failing_pactl_is_not_quiet_and_logged_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pactl = fake_program(tmp_path, "pactl", "echo 'Connection failure: Connection refused' >&2\nexit 1\n")
    microphone = PulseMicrophoneSensor(str(pactl), refresh_seconds=0.0)
    try:
        for _ in range(3):
            assert microphone.refresh_and_wait() == frozenset()
    finally:
        microphone.close()
    [record] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "exited 1: Connection failure: Connection refused" in record.getMessage()


def test_a_hanging_pactl_is_killed_after_the_timeout(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pactl = fake_program(tmp_path, "pactl", "exec sleep 30\n")
    microphone = PulseMicrophoneSensor(str(pactl), timeout=0.2)
    try:
        assert microphone.refresh_and_wait() == frozenset()
        assert not microphone.commands.running
    finally:
        microphone.close()
    assert "took longer than 0.2 s; killed" in caplog.text


def test_a_missing_program_is_not_quiet_and_logged_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    microphone = PulseMicrophoneSensor(str(tmp_path / "no-pactl"), refresh_seconds=0.0)
    for _ in range(3):
        assert microphone.active_reasons() == frozenset()
    microphone.close()
    assert len(caplog.records) == 1
    assert "cannot run" in caplog.text


def test_close_kills_a_running_command(tmp_path: Path) -> None:
    pactl = fake_program(tmp_path, "pactl", f"echo $$ > {tmp_path}/pid\nexec sleep 30\n")
    microphone = PulseMicrophoneSensor(str(pactl))
    microphone.active_reasons()
    proc = microphone.commands._running[0].proc
    microphone.close()
    assert proc.returncode is not None
    assert not microphone.commands.running


def test_pw_dump_sensor(tmp_path: Path) -> None:
    graph = tmp_path / "graph.json"
    call = node(50, "Stream/Input/Audio", **{"application.name": "Zoom"})
    graph.write_text(pw_dump(call, link(60, 41, 50))[0])
    program = fake_program(tmp_path, "pw-dump", f"cat {graph}\n")
    microphone = PipeWireMicrophoneSensor(str(program))
    try:
        assert microphone.refresh_and_wait() == {QuietReason.MICROPHONE}
        assert microphone.recording == ("Zoom",)
    finally:
        microphone.close()
