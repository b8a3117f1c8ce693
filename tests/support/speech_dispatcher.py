"""The real speech-dispatcher in a private folder, with a voice that writes down what it is asked to say.

Its configuration, socket, logs and home are its own (nothing of the machine's or the user's is read
or touched): one output module, speech-dispatcher's own ``sd_generic``, whose "synthesiser" command
appends ``<language> <text>`` to ``said.txt`` instead of making sound; the sound device it opens is
ALSA's null device (a private ``.asoundrc``), so it runs where there is no audio at all (CI).
A client reaches it through ``SPEECHD_ADDRESS`` (``env``), as Qt's speechd engine and ``spd-say`` do.

Debian package: speech-dispatcher (the daemon, ``sd_generic``; libspeechd2 with it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

DAEMON = "speech-dispatcher"
LANGUAGES = ("en", "de", "es")

_CONFIG = """LogLevel 4
LogDir "{folder}/log"
DefaultVolume 100
AudioOutputMethod "alsa"
AddModule "recorder" "sd_generic" "recorder.conf"
DefaultModule recorder
DefaultLanguage "en"
"""
# speechd quotes $DATA for the shell; its own config parser wants the quotes escaped.
_RECORDER = """GenericExecuteSynth "echo \\'$LANGUAGE\\' \\'$DATA\\' >> {folder}/said.txt"
GenericStripPunctChars ""
""" + "".join(f'AddVoice "{code}" "MALE1" "{code}"\nGenericLanguage "{code}" "{code}" "utf-8"\n'
              for code in LANGUAGES)


class SpeechDispatcher:
    """``start()`` the daemon; ``said()`` is every (language, text) it was asked to speak, in order."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="dc-speechd-"))  # a unix socket's path must stay short
        self.socket = self.folder / "speechd.sock"
        self._daemon: subprocess.Popen[bytes] | None = None

    @property
    def env(self) -> dict[str, str]:
        """What a client needs to speak to this daemon."""
        return {"SPEECHD_ADDRESS": f"unix_socket:{self.socket}"}

    def start(self) -> SpeechDispatcher:
        program = shutil.which(DAEMON)
        assert program, "speech-dispatcher is missing (Debian package: speech-dispatcher); the test needs it"
        for sub in ("conf/modules", "log", "home", "run"):
            (self.folder / sub).mkdir(parents=True)
        (self.folder / "conf/speechd.conf").write_text(_CONFIG.format(folder=self.folder))
        (self.folder / "conf/modules/recorder.conf").write_text(_RECORDER.format(folder=self.folder))
        (self.folder / "home/.asoundrc").write_text("pcm.!default { type null }\n")
        env = {**os.environ, "HOME": str(self.folder / "home"), "XDG_RUNTIME_DIR": str(self.folder / "run")}
        self._daemon = subprocess.Popen(
            [program, "--run-single", "--timeout", "0", "--config-dir", str(self.folder / "conf"),
             "--socket-path", str(self.socket), "--log-dir", str(self.folder / "log")],
            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)  # its output modules go with it
        deadline = time.monotonic() + 30
        while not self.socket.exists():
            assert self._daemon.poll() is None, f"speech-dispatcher quit: {self.log()[-2000:]}"
            assert time.monotonic() < deadline, "speech-dispatcher never opened its socket"
            time.sleep(0.05)
        return self

    def said(self) -> list[tuple[str, str]]:
        """(language, text) of each piece spoken; sd_generic speaks a long message sentence by sentence."""
        path = self.folder / "said.txt"
        lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        return [(language, text.strip()) for language, _, text in (line.partition(" ") for line in lines)]

    def heard(self) -> str:
        """Everything spoken, the pieces joined by one space: a line split into sentences reads whole."""
        return " ".join(text for _, text in self.said() if text)

    def log(self) -> str:
        path = self.folder / "log" / "speech-dispatcher.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def stop(self) -> None:
        daemon, self._daemon = self._daemon, None
        if daemon is not None:
            os.killpg(daemon.pid, 15)
            daemon.wait(10)
        shutil.rmtree(self.folder, ignore_errors=True)
