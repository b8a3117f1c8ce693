"""macOS autostart: a LaunchAgent property list, written into a temporary home folder."""

from __future__ import annotations

import plistlib
import sys
from pathlib import Path

import pytest

from desk_coach.adapters.autostart.macos import LABEL, MacLaunchAgent

COMMAND = ["/Applications/Desk Coach.app/Contents/MacOS/desk-coach"]


def test_enable_writes_a_launch_agent_that_runs_at_login(tmp_path):
    agent = MacLaunchAgent(home=tmp_path, command=COMMAND)
    assert not agent.is_enabled()
    agent.set_enabled(True)

    path = tmp_path / "Library" / "LaunchAgents" / f"{LABEL}.plist"
    assert agent.path == path
    with path.open("rb") as stream:
        plist = plistlib.load(stream)
    assert plist["Label"] == LABEL == path.stem
    assert plist["ProgramArguments"] == COMMAND
    assert plist["RunAtLoad"] is True
    assert plist.get("KeepAlive", False) is False  # quitting Desk Coach must not bring it back
    assert path.read_bytes().startswith(b"<?xml")
    assert agent.is_enabled()


def test_disable_removes_the_agent(tmp_path):
    agent = MacLaunchAgent(home=tmp_path, command=COMMAND)
    agent.set_enabled(True)
    agent.set_enabled(False)
    assert not agent.path.exists() and not agent.is_enabled()
    agent.set_enabled(False)  # already off: nothing to do, no error


def test_the_home_folder_defaults_to_the_users(isolated_home):
    assert MacLaunchAgent().path == isolated_home / "Library" / "LaunchAgents" / f"{LABEL}.plist"


def test_without_a_command_it_names_this_python(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["pytest"])
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    agent = MacLaunchAgent(home=tmp_path)
    agent.set_enabled(True)
    with agent.path.open("rb") as stream:
        assert plistlib.load(stream)["ProgramArguments"] == [
            str(Path(sys.executable).absolute()), "-m", "desk_coach"]


@pytest.mark.parametrize(
    "content",
    [
        b"not a plist",
        plistlib.dumps({"Label": LABEL, "ProgramArguments": COMMAND, "RunAtLoad": True, "Disabled": True}),
        plistlib.dumps({"Label": LABEL, "ProgramArguments": COMMAND}),
        plistlib.dumps(["a", "list"]),
    ],
)
def test_a_broken_or_disabled_agent_counts_as_off_and_enable_replaces_it(tmp_path, content):
    agent = MacLaunchAgent(home=tmp_path, command=COMMAND)
    agent.path.parent.mkdir(parents=True)
    agent.path.write_bytes(content)
    assert not agent.is_enabled()
    agent.set_enabled(True)
    assert agent.is_enabled()


def test_a_binary_plist_left_by_other_tools_is_read(tmp_path):
    agent = MacLaunchAgent(home=tmp_path, command=COMMAND)
    agent.path.parent.mkdir(parents=True)
    agent.path.write_bytes(plistlib.dumps({"Label": LABEL, "RunAtLoad": True}, fmt=plistlib.FMT_BINARY))
    assert agent.is_enabled()
