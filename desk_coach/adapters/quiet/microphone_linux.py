"""Is the microphone in use? On Linux: does the sound server have a recording stream from a real source.

The sound server knows: a program recording from a microphone has a *source output* (PulseAudio
and PipeWire's PulseAudio service), a *Stream/Input/Audio* node (PipeWire). A stream that records a
*monitor* source - what is being played back, e.g. a screen recorder or a visualiser - is not a call,
so it does not count; neither do PipeWire's level meters (``stream.monitor``).

Two ways to ask, both through a short command (there is no cheap native client without a new
dependency):

- ``pactl list short source-outputs`` and ``pactl list short sources`` (the names tell the monitors:
  ``<sink>.monitor``): about 3-4 ms of the command's own time each, output of a few lines. Used when
  ``pactl`` is installed (pulseaudio-utils; works against PulseAudio and pipewire-pulse).
- ``pw-dump``: the whole PipeWire graph as JSON, hundreds of kB on a busy desktop, so tens of ms to
  produce and a few ms to parse. Used only when there is no ``pactl``.

Either way the commands run in the background (``BackgroundCommands``): a poll never waits for them.
The answer is refreshed at most every ``refresh_seconds`` (15 s), so a poll costs a clock read, the
one that starts a refresh about 1-2 ms per spawned process, the one that collects it the parse.
A call is therefore noticed up to 15 s late, which is fine for a reminder that waits.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping
from typing import Any

from desk_coach.adapters.quiet._support import NO_REASONS, BackgroundCommands, Clock, OnceLog, why
from desk_coach.domain.quiet import QuietReason

log = logging.getLogger(__name__)

MICROPHONE = frozenset({QuietReason.MICROPHONE})
MONITOR_SUFFIX = ".monitor"
REFRESH_SECONDS = 15.0
COMMAND_TIMEOUT = 5.0
INVALID_INDEX = "4294967295"  # PA_INVALID_INDEX: a stream not (yet) connected to a source


def parse_pactl(outputs: list[str]) -> tuple[str, ...]:
    """The sources being recorded from, monitors left out, given the output of
    ``pactl list short sources`` and ``pactl list short source-outputs`` (in that order).

    A source-output whose source is unknown (it appeared between the two commands, or it is not
    connected yet) counts as recording: it is a recording stream all the same.
    """
    sources_text, outputs_text = outputs
    names: dict[str, str] = {}
    for line in sources_text.splitlines():  # index, name, driver, sample spec, state
        fields = line.split("\t")
        if len(fields) >= 2 and fields[0].strip().isdigit():
            names[fields[0].strip()] = fields[1]
    recorded: list[str] = []
    for line in outputs_text.splitlines():  # index, source index, client index, driver, sample spec
        fields = line.split("\t")
        if len(fields) < 2 or not fields[0].strip().isdigit():
            if line.strip():
                raise ValueError(f"not a source-output line: {line!r}")
            continue
        source = fields[1].strip()
        name = names.get(source, f"source #{source}" if source != INVALID_INDEX else "no source yet")
        if not name.endswith(MONITOR_SUFFIX):
            recorded.append(name)
    return tuple(recorded)


def _truthy(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.lower() in ("true", "1"))


def _json_list(text: str) -> list[Any]:
    try:
        objects = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"not JSON: {error}") from None
    if not isinstance(objects, list):
        raise ValueError("not a list of objects")
    return objects


def parse_pw_dump(outputs: list[str]) -> tuple[str, ...]:
    """The recording streams fed by a real source (or by nothing yet), from ``pw-dump``'s JSON.

    Left out: streams marked as recording a sink (``stream.capture.sink``), level meters
    (``stream.monitor``), and streams whose every link comes from a sink's monitor ports or from
    another program's playback.
    """
    objects = _json_list(outputs[0])
    classes: dict[int, str] = {}
    streams: dict[int, dict[str, Any]] = {}
    feeders: dict[Any, set[Any]] = {}  # node -> the nodes linked into it, ids as pw-dump wrote them
    for obj in objects:
        info = obj.get("info") if isinstance(obj, dict) else None
        if not isinstance(info, dict):
            continue
        kind = obj.get("type", "")
        if kind == "PipeWire:Interface:Node":
            props = info.get("props") or {}
            classes[obj["id"]] = media_class = str(props.get("media.class", ""))
            if media_class == "Stream/Input/Audio":
                streams[obj["id"]] = props
        elif kind == "PipeWire:Interface:Link":
            feeders.setdefault(info.get("input-node-id"), set()).add(info.get("output-node-id"))
    recorded: list[str] = []
    for node, props in sorted(streams.items()):
        if _truthy(props.get("stream.capture.sink")) or _truthy(props.get("stream.monitor")):
            continue
        sources = [classes.get(feeder, "") for feeder in feeders.get(node, ())]
        if sources and not any(cls.startswith(("Audio/Source", "Audio/Duplex")) for cls in sources):
            continue
        recorded.append(str(props.get("application.name") or props.get("node.name") or f"node {node}"))
    return tuple(recorded)


class _CommandMicrophoneSensor:
    """Reports MICROPHONE while the sound server has a recording stream from a real source."""

    description = "microphone in use"

    def __init__(self, commands: BackgroundCommands[tuple[str, ...]]) -> None:
        self.commands = commands
        self._log = OnceLog(log)

    @property
    def recording(self) -> tuple[str, ...]:
        """What the last refresh found being recorded (source or program names)."""
        return self.commands.result or ()

    def active_reasons(self) -> frozenset[QuietReason]:
        try:
            recorded = self.commands.poll()
        except Exception as error:  # never raise into the scheduler; not quiet
            self._log("poll", "cannot tell whether the microphone is in use (%s); assuming it is not",
                      why(error))
            return NO_REASONS
        if self.commands.error is not None:
            self._log("command", "cannot tell whether the microphone is in use: %s; assuming it is not",
                      self.commands.error)
        return MICROPHONE if recorded else NO_REASONS

    def refresh_and_wait(self, timeout: float = 10.0) -> frozenset[QuietReason]:
        """Ask the sound server now and wait for the answer (tests, diagnostics); never raises."""
        try:
            self.commands.refresh_and_wait(timeout)
        except Exception as error:
            self._log("poll", "cannot tell whether the microphone is in use (%s); assuming it is not",
                      why(error))
            return NO_REASONS
        return self.active_reasons()

    def close(self) -> None:
        self.commands.close()


class PulseMicrophoneSensor(_CommandMicrophoneSensor):
    """Through ``pactl`` (PulseAudio, or PipeWire's PulseAudio service)."""

    description = "microphone in use (pactl source-outputs)"

    def __init__(self, pactl: str = "pactl", *, env: Mapping[str, str] | None = None,
                 refresh_seconds: float = REFRESH_SECONDS, timeout: float = COMMAND_TIMEOUT,
                 clock: Clock = time.monotonic) -> None:
        argvs = [[pactl, "list", "short", "sources"], [pactl, "list", "short", "source-outputs"]]
        super().__init__(BackgroundCommands(argvs, parse_pactl, env=env, refresh_seconds=refresh_seconds,
                                            timeout=timeout, clock=clock))


class PipeWireMicrophoneSensor(_CommandMicrophoneSensor):
    """Through ``pw-dump`` (PipeWire without pactl)."""

    description = "microphone in use (pw-dump)"

    def __init__(self, pw_dump: str = "pw-dump", *, env: Mapping[str, str] | None = None,
                 refresh_seconds: float = REFRESH_SECONDS, timeout: float = COMMAND_TIMEOUT,
                 clock: Clock = time.monotonic) -> None:
        super().__init__(BackgroundCommands([[pw_dump]], parse_pw_dump, env=env,
                                            refresh_seconds=refresh_seconds, timeout=timeout, clock=clock))
