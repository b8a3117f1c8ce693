"""What a screen reader gets from each window of Desk Coach, measured (issue 17's "before" and "after").

    .venv/bin/python tests/e2e/a11y_report.py [--out FILE.md] [--json FILE.json] [-k EXPRESSION]

starts a headless X desktop with an AT-SPI bus and Orca (tests/support/screen_reader.py), then runs
this module again under pytest inside it: each window is built and driven as the window gallery
(tests/ui/window_gallery.py) does, shown on the real X server with Qt's accessibility on, and at
each moment the report reads the window's accessible tree through pyatspi (controls, unnamed
focusable ones) and what Orca spoke since the moment before. The guided routine runs on its own
clock through a countdown and a switch of sides while the AT-SPI events are recorded; the tray
menu is popped up and walked with the arrow keys. The report is printed as Markdown.

It asserts nothing about the app: it measures. Its file name is not ``test_*`` so the suite does
not collect it; the inner run is told apart by ``DESK_COACH_A11Y_REPORT``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPORT = "DESK_COACH_A11Y_REPORT"  # the JSON-lines file the inner run writes its measurements to
ORCA_LOG = "DESK_COACH_ORCA_LOG"
ROOT = Path(__file__).resolve().parents[2]
#: Wizard pages, routine moments and windows the report keeps (the gallery's shot names).
SCENES = ("wizard", "routine-pain", "settings", "progress", "break", "messages", "status-window")
# routine-pain's last shots fail here; the messages' boxes share one title: each closes after its reading


# ------------------------------------------------------------------------------ the inner run

if os.environ.get(REPORT):
    sys.path.insert(0, str(ROOT / "tests" / "ui"))  # the window gallery and its tests' helpers
    import pytest
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QWidget
    from screen_reader import SpeechLog, Tree, probe

    def record(entry: dict[str, Any]) -> None:
        with open(os.environ[REPORT], "a", encoding="utf-8") as out:
            out.write(json.dumps(entry) + "\n")

    class Measure:
        """Reads the window shown now, and what Orca said since the last reading."""

        def __init__(self, qtbot: Any) -> None:
            self.qtbot = qtbot
            # No Orca (a run that reads the trees only): nothing is said, and nobody needs waiting for.
            self.speech = SpeechLog(Path(os.environ[ORCA_LOG])) if os.environ.get(ORCA_LOG) else None
            self.since = 0
            self.app = "^(?!orca$)"  # this process (its name on the bus is the first one Qt gave)
            if self.speech is not None:
                self.since = self.speech.mark()

        def wait(self, ms: int = 50) -> None:
            self.qtbot.wait(ms)

        def quiet(self, quiet_s: float = 2.5, timeout_s: float = 30.0) -> list[str]:
            """Run the event loop until Orca has said and done nothing new for ``quiet_s`` (its
            queue of events worked through, else a newer window's events make it skip these); what it said."""
            if self.speech is None:
                self.wait(300)  # the window's own events out, for the tree read next
                return []
            deadline, last, still = time.monotonic() + timeout_s, (-1, -1), time.monotonic()
            while time.monotonic() < deadline:
                count = self.speech.busy_mark()
                if count != last:
                    last, still = count, time.monotonic()
                elif time.monotonic() - still >= quiet_s:
                    break
                self.wait(100)
            said, self.since = self.speech.spoken(self.since), self.speech.mark()
            return said

        def tree(self, widget: QWidget | None) -> Tree:
            title = widget.window().windowTitle() if widget is not None else ""
            # Once the app has a display name Qt adds it to every title: "Self-check — Desk Coach".
            window = f"^{re.escape(title)}( — .*)?$"
            args = ["tree", "--app", self.app] + (["--window", window] if title else [])
            found = probe(args, timeout=60, meanwhile=self.wait)
            self.windows = found.get("windows")
            return Tree(found["nodes"])

        def watch(self, keys: list[str], seconds: float, meanwhile: Any = None) -> list[dict[str, Any]]:
            args = ["watch", "--app", self.app, "--keys", ",".join(keys), "--seconds", str(seconds)]
            return list(probe(args, timeout=120 + seconds, meanwhile=meanwhile or self.wait)["events"])

        def shot(self, scene: str, name: str, widget: QWidget | None, **extra: Any) -> None:
            if widget is not None and not widget.isVisible():
                widget.show()
            if widget is not None:
                widget.window().activateWindow()
            said = self.quiet()
            tree = self.tree(widget)
            if not tree.nodes:
                extra["apps"] = probe(["apps"], timeout=60, meanwhile=self.wait)["apps"]
                extra["app"] = self.app
                extra["windows"] = self.windows
                extra["title"] = widget.window().windowTitle() if widget is not None else ""
            record({"scene": scene, "shot": name, "window": tree.window["name"] if tree.nodes else None,
                    "role": tree.window["role"] if tree.nodes else None, "controls": len(tree.controls()),
                    "focusable": sum(1 for n in tree.nodes if n["focusable"]),
                    "unnamed": [f"{n['role']}" + (f" ({n['description']})" if n["description"] else "")
                                for n in tree.unnamed()],
                    "focused": [f"{n['role']} {n['name']!r}" for n in tree.nodes if "focused" in n["states"]],
                    "described": [[n["role"], n["name"], n["description"]] for n in tree.nodes[1:]
                                  if n["description"].strip() and "showing" in n["states"]],
                    "texts": tree.texts(), "spoken": said, **extra})

    @pytest.mark.parametrize("scene", SCENES)
    def test_measure_scene(scene: str, qtbot: Any, tmp_path: Path) -> None:
        from window_gallery import SCENES as GALLERY
        from window_gallery import close_databases

        measure = Measure(qtbot)
        try:
            for shot in GALLERY[scene](qtbot, tmp_path):
                if shot.widget is not None:
                    measure.shot(scene, shot.name, shot.widget)
                    if scene == "messages":
                        shot.widget.close()
        finally:
            close_databases()

    def test_measure_emergency_page(qtbot: Any) -> None:
        """The self-check shown from its first page, answered as a user would, yes to chest pain:
        what the emergency page gives (the gallery's scene shows the wizard only at that page)."""
        from test_screen_wizard import make, through_the_questions

        from desk_coach.adapters.screen_files import load_screen_content

        wizard, _ = make(qtbot, content=load_screen_content())
        wizard.show()
        qtbot.waitExposed(wizard)
        measure = Measure(qtbot)
        measure.shot("wizard-emergency", "wizard-emergency-first-page", wizard)
        through_the_questions(qtbot, wizard, yes={"em_chest_pain"})
        measure.shot("wizard-emergency", "wizard-emergency", wizard)

    def test_measure_routine_countdown_and_switch(qtbot: Any) -> None:
        """The stretch held on each side, on its own clock (a second each fifth of a second),
        from its start through the switch of sides: the events and what Orca said."""
        from test_guided_routine import FakeClock
        from window_gallery import _routine

        clock = FakeClock()
        measure = Measure(qtbot)
        dialog, _ = _routine(qtbot, clock)
        measure.shot("routine", "routine-start", dialog)
        phases: list[str] = []

        def tick() -> None:
            clock.now += 1
            dialog.refresh()
            phase = f"{dialog.player.index}:{dialog.player.phase.value}"
            if not phases or phases[-1] != phase:
                phases.append(phase)
            qtbot.wait(200)

        events = measure.watch([], seconds=16, meanwhile=tick)
        said = measure.quiet()
        kinds = Counter(event["type"] for event in events)
        record({"scene": "routine", "shot": "routine-countdown-and-switch", "phases": phases,
                "events": dict(kinds), "spoken": said,
                "changed": sorted({f"{e['type'].split(':')[-1]} on {e['role']}: {e['any_data'] or e['name']}"
                                   for e in events if "focused" not in e["type"]})[:40]})
        tree = measure.tree(dialog)
        record({"scene": "routine", "shot": "routine-after-switch", "window": tree.window["name"],
                "role": tree.window["role"], "controls": len(tree.controls()),
                "focusable": sum(1 for n in tree.nodes if n["focusable"]),
                "unnamed": [n["role"] for n in tree.unnamed()],
                "focused": [f"{n['role']} {n['name']!r}" for n in tree.nodes if "focused" in n["states"]],
                "spoken": []})
        dialog.skip_exercise()  # S: on to the next exercise, which says its name and first step
        measure.shot("routine", "routine-next-exercise", dialog)

    def test_measure_end_question(qtbot: Any) -> None:
        """Escape pressed on the keyboard during a hold: the question "End the routine now?"."""
        from test_guided_routine import FakeClock, advance
        from window_gallery import _routine

        clock = FakeClock()
        measure = Measure(qtbot)
        dialog, _ = _routine(qtbot, clock)
        advance(dialog, clock, 12)
        measure.quiet()
        events = measure.watch(["Escape"], seconds=1.0)
        focus = [f"{e['role']} {e['name']!r}" for e in events
                 if e["type"].endswith("focused") and e["detail1"]]
        measure.shot("routine", "routine-end-question", dialog, confirming=dialog.confirming, focus=focus)

    def test_measure_tray_menu(qtbot: Any) -> None:
        """The tray menu popped up with a break due, walked with the Down key."""
        from window_gallery import _status_due, _tray

        tray = _tray()
        status, summary = _status_due()
        tray.show_status(status, summary, can_snooze=True)
        measure = Measure(qtbot)
        tray.menu.popup(QPoint(200, 200))
        qtbot.waitExposed(tray.menu)
        measure.quiet()  # a popup menu is no window of the app on the bus: read it by its focus
        events = measure.watch(["Down", "Down", "Down"], seconds=1.0)
        focus = [f"{e['role']} {e['name']!r}" for e in events
                 if e["type"].endswith("focused") and e["detail1"]]
        said = measure.quiet()
        entries = [action.text() for action in tray.menu.actions() if not action.isSeparator()]
        record({"scene": "tray", "shot": "tray-menu-down-keys", "menu": entries,
                "status_line_enabled": tray.menu.actions()[0].isEnabled(), "focus": focus, "spoken": said})
        tray.menu.hide()


# ------------------------------------------------------------------------------ the outer run


def measure(log_dir: Path, only: str = "", with_orca: bool = True) -> list[dict[str, Any]]:
    """Start the desktop and Orca, run the inner measurement (its tests matching ``only``, a
    pytest ``-k`` expression; all when empty), return its records. Without Orca only the trees are
    read: quicker, and no turn on the one Orca the machine can run at a time."""
    sys.path.insert(0, str(ROOT / "tests" / "support"))
    from screen_reader import Orca, ScreenReaderDesktop

    results = log_dir / "a11y.jsonl"
    with ScreenReaderDesktop(log_dir=log_dir / "desktop-logs", timeout=20) as desktop:
        orca = Orca(desktop, log_dir).start() if with_orca else None
        env = desktop.env | {REPORT: str(results), ORCA_LOG: str(orca.log) if orca is not None else ""}
        run = subprocess.run([sys.executable, "-m", "pytest", __file__, "-q", "-p", "no:cacheprovider",
                              "-o", "addopts=", "-o", "qt_log_level_fail=CRITICAL",
                              "-k", only], cwd=ROOT, env=env, capture_output=True,
                             text=True, timeout=900, check=False)
        if run.returncode != 0:
            print(run.stdout[-6000:], run.stderr[-3000:], file=sys.stderr)
    return [json.loads(line) for line in results.read_text().splitlines()] if results.exists() else []


def markdown(records: list[dict[str, Any]]) -> str:
    lines = ["| moment | window (role) | controls | focusable | unnamed focusable | focus on |",
             "|---|---|---|---|---|---|"]
    for r in records:
        if "controls" in r:
            unnamed = ", ".join(f"{count} {role}" for role, count in Counter(r["unnamed"]).items()) or "0"
            lines.append(f"| {r['shot']} | {r['window']} ({r['role']}) | {r['controls']} | {r['focusable']} "
                         f"| {len(r['unnamed'])}: {unnamed} | {'; '.join(r['focused']) or '—'} |")
    lines += ["", "## What Orca spoke at each moment (since the moment before)", ""]
    for r in records:
        lines.append(f"### {r['shot']}")
        for key in ("phases", "events", "menu", "status_line_enabled", "confirming", "focus", "changed"):
            if key in r:
                lines.append(f"- {key}: {json.dumps(r[key], ensure_ascii=False)}")
        said = [" ".join(line.split()) for line in r.get("spoken", []) if line.strip()]  # one line each
        lines += [f"> {line}" for line in said] or ["> (nothing)"]
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    args = sys.argv[1:]
    out = Path(args[args.index("--out") + 1]) if "--out" in args else None
    keep = Path(args[args.index("--json") + 1]) if "--json" in args else None
    only = args[args.index("-k") + 1] if "-k" in args else ""
    with tempfile.TemporaryDirectory(prefix="desk-coach-a11y-") as folder:
        records = measure(Path(folder), only)
    text = markdown(records)
    if keep is not None:
        keep.write_text(json.dumps(records, indent=1, ensure_ascii=False), encoding="utf-8")
    if out is not None:
        out.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0 if records else 1


if __name__ == "__main__":
    sys.exit(main())
