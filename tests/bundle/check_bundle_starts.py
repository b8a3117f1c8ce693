"""The one-folder bundle PyInstaller builds from packaging/desk-coach.spec, run as a user would.

Not part of `./dev test`: pytest collects only test_*.py files on its own, so this module runs
when named, after a build. `./dev bundle` builds and then runs it; by hand:

    .venv/bin/python -m pytest tests/bundle/check_bundle_starts.py

It checks dist/desk-coach/desk-coach, or the executable named by DESK_COACH_BUNDLE. Inside a
fresh headless desktop (Xvfb, D-Bus, tray host, notification daemon) and a fresh home, the
bundled app must embed its tray icon, create its database through its own migrations, open
the first-run self-check, send a break reminder when its timer fires, answer `status`, `plan`
and `break` from a second bundled process, draw the exercise illustration in the routine
window, play a routine cue through a private PulseAudio server (recorded from the speakers'
monitor), and stop with exit status 0 each time. The screenshots go to build/bundle-check/.
The other checks look inside the bundle: every resource and migration file, APScheduler's
metadata, and the Qt libraries its Qt files link to.
"""

from __future__ import annotations

import array
import json
import os
import re
import signal
import sqlite3
import subprocess
import time
import tomllib
from contextlib import closing
from pathlib import Path

import pytest
from desktop import HeadlessDesktop, TrayIcon
from notify_probe import NotifyMonitor
from PySide6.QtGui import QImage
from schema_text import normalised_schema

from desk_coach import __version__
from desk_coach.adapters.storage.migrate import alembic_revisions, upgrade_to_head

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("DESK_COACH_BUNDLE") or ROOT / "dist" / "desk-coach" / "desk-coach")
SHOTS = ROOT / "build" / "bundle-check"
APP_CLASS = "desk-coach"
RESOURCES = ROOT / "resources"
MIGRATIONS = ROOT / "desk_coach" / "adapters" / "storage" / "migrations"

# Every exercise drawing has this green accent, and nothing else in the routine window is green;
# the figures are outlined in slate. Without its drawing the card shows only the exercise's name.
DRAWING_GREEN = (0x1F, 0x8A, 0x70)
DRAWING_SLATE = (0x37, 0x47, 0x4F)

RATE = 22_050  # the recording: 16-bit mono, the cues' own rate
FULL_SCALE = 32_768


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not (BUNDLE.is_file() and os.access(BUNDLE, os.X_OK)):
        pytest.fail(f"no bundle at {BUNDLE}: build it with './dev bundle' (or set DESK_COACH_BUNDLE)")
    return BUNDLE


def internal(bundle: Path) -> Path:
    """The bundle's folder of libraries and data (PyInstaller's sys._MEIPASS)."""
    return bundle.parent / "_internal"


def shipped_files(folder: Path, *, code: bool) -> list[Path]:
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and path.suffix != ".pyc"
        and (code or path.suffix != ".py")
    )


# -- what the bundle holds -------------------------------------------------------------------------


def test_the_bundle_holds_the_resources_migrations_and_scheduler_metadata(bundle: Path) -> None:
    inside = internal(bundle)
    # The translation catalogues travel compiled (.qm); their sources (.ts) stay behind.
    resources = [p for p in shipped_files(RESOURCES, code=False) if p.suffix != ".ts"]
    migrations = shipped_files(MIGRATIONS, code=True)
    assert any(p.suffix == ".wav" for p in resources) and any(p.suffix == ".svg" for p in resources)
    catalogues = {f"{name}_{language}.qm" for name in ("desk_coach", "content") for language in ("de", "es")}
    assert {p.name for p in resources} >= catalogues
    assert not list((inside / "desk_coach" / "resources" / "i18n").glob("*.ts"))
    qt_translations = inside / "PySide6" / "Qt" / "translations"
    assert (qt_translations / "qtbase_de.qm").is_file() and (qt_translations / "qtbase_es.qm").is_file()
    assert any(p.name == "env.py" for p in migrations) and any(p.name == "script.py.mako" for p in migrations)
    wrong = []
    bundled_migrations = inside / "desk_coach" / "adapters" / "storage" / "migrations"
    for source, target in [
        *((p, inside / "desk_coach" / "resources" / p.relative_to(RESOURCES)) for p in resources),
        *((p, bundled_migrations / p.relative_to(MIGRATIONS)) for p in migrations),
    ]:
        if not target.is_file():
            wrong.append(f"missing: {target.relative_to(inside)}")
        elif target.read_bytes() != source.read_bytes():
            wrong.append(f"differs from the source tree: {target.relative_to(inside)}")
    assert not wrong, "\n".join(wrong)

    # APScheduler 3 finds the "debug" executor the coach's timers use through its entry points.
    dist_infos = [p for p in inside.glob("*.dist-info") if p.name.lower().startswith("apscheduler-")]
    assert len(dist_infos) == 1, f"APScheduler's metadata is not in the bundle: {dist_infos}"
    entry_points = (dist_infos[0] / "entry_points.txt").read_text(encoding="utf-8")
    assert re.search(r"^debug\s*=\s*apscheduler\.executors\.debug:", entry_points, re.M)


def test_every_qt_module_desk_coach_imports_is_bundled_with_its_libraries(bundle: Path) -> None:
    pyside = internal(bundle) / "PySide6"
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "desk_coach").rglob("*.py"))
    modules = set(re.findall(r"\bPySide6\.(Qt\w+)", source))
    assert {"QtCore", "QtWidgets", "QtSvg", "QtCharts", "QtMultimedia", "QtNetwork"} <= modules
    missing = sorted(m for m in modules if not list(pyside.glob(f"{m}.*.so")))
    assert not missing, f"Qt modules Desk Coach imports but the bundle lacks: {missing}"

    # The spec leaves some Qt plugins and libraries out: whatever stayed must find the Qt
    # libraries it links to inside the bundle (not on this machine, which may have its own Qt).
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal(bundle)}:{pyside / 'Qt' / 'lib'}")
    broken = []
    for library in sorted(pyside.rglob("*.so*")):
        if library.is_symlink():
            continue
        ldd = subprocess.run(["ldd", str(library)], env=env, capture_output=True, text=True, check=False)
        out = ldd.stdout
        for name, where in re.findall(r"^\s*(libQt6\S+) => (.+?)(?: \(0x[0-9a-f]+\))?$", out, re.M):
            if where == "not found" or not Path(where).resolve().is_relative_to(internal(bundle).resolve()):
                broken.append(f"{library.relative_to(pyside)}: {name} => {where}")
    assert not broken, "\n".join(broken)


# -- the bundle at work in a desktop ---------------------------------------------------------------


def run_bundled(bundle: Path, desktop: HeadlessDesktop, *args: str) -> subprocess.CompletedProcess[str]:
    """One bundled `desk-coach ARGS` command inside the desktop; it must succeed."""
    result = subprocess.run(
        [str(bundle), *args],
        env=desktop.env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 0, f"desk-coach {' '.join(args)} exited {result.returncode}:\n{result.stderr}"
    return result


def wait_for_icon(desktop: HeadlessDesktop) -> TrayIcon:
    def our_icon() -> TrayIcon | None:
        icons = [icon for icon in desktop.tray_icons() if icon.wm_class and icon.wm_class[-1] == APP_CLASS]
        return icons[0] if icons else None

    return desktop.wait_until(our_icon, timeout=30, what="the bundled app's icon embedded in the tray")


def window_named(desktop: HeadlessDesktop, title: str, timeout: float = 15) -> str:
    return desktop.wait_until(
        lambda: desktop.run(
            "xdotool", "search", "--onlyvisible", "--name", f"^{title}", check=False
        ).stdout.split(),
        timeout=timeout,
        what=f"the {title!r} window",
    )[0]


def stamped_revision(database: Path) -> str | None:
    if not database.exists():
        return None
    with closing(sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)) as db:
        try:
            rows = db.execute("SELECT version_num FROM alembic_version").fetchall()
        except sqlite3.OperationalError:
            return None
    return rows[0][0] if len(rows) == 1 else None


def schema(database: Path) -> set[tuple[object, ...]]:
    """The tables, indexes and triggers of a database file, with the SQL that made them.

    Each table's definitions as a sorted set: a table rebuilt by a migration lists its CHECK
    constraints in an order that changes from one process to the next (SQLAlchemy keeps them
    in a set), though the schema is the same."""
    with closing(sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)) as db:
        rows = db.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        return set(normalised_schema(rows.fetchall()))


def source_schema(folder: Path) -> set[tuple[object, ...]]:
    """The schema the source tree's migrations build in an empty database."""
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{folder / 'reference.db'}")
    try:
        with engine.begin() as connection:
            upgrade_to_head(connection)
    finally:
        engine.dispose()
    return schema(folder / "reference.db")


def stop(app: subprocess.Popen) -> int:
    """Quit the app as a logout or `kill` would, and return its exit status."""
    app.send_signal(signal.SIGTERM)
    return app.wait(timeout=20)


def count_colour(image: QImage, colour: tuple[int, int, int], tolerance: int) -> int:
    """How many pixels of ``image`` are within ``tolerance`` (summed over R, G, B) of ``colour``."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    data = bytes(rgb.constBits())
    r0, g0, b0 = colour
    found = 0
    for y in range(height):
        row = data[y * stride : y * stride + width * 3]
        for x in range(0, width * 3, 3):
            if abs(row[x] - r0) + abs(row[x + 1] - g0) + abs(row[x + 2] - b0) <= tolerance:
                found += 1
    return found


def drawing_pixels(desktop: HeadlessDesktop, window: str, path: Path) -> tuple[int, int]:
    """Capture ``window`` into ``path``; its (green accent, slate outline) pixel counts."""
    desktop.run("import", "-window", window, str(path), timeout=30)
    image = QImage(str(path))
    assert not image.isNull(), f"cannot read the window capture {path}"
    return count_colour(image, DRAWING_GREEN, 40), count_colour(image, DRAWING_SLATE, 12)


def start_pulseaudio(desktop: HeadlessDesktop) -> None:
    """A private sound server in the desktop's runtime folder: one null sink, the speakers."""
    desktop.spawn(
        "pulseaudio",
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
        ],
    )
    desktop.wait_until(
        lambda: desktop.run("pactl", "info", check=False).returncode == 0,
        timeout=15,
        what="PulseAudio to answer",
    )


def samples(recording: Path) -> array.array:
    """The 16-bit samples recorded so far (the file grows while parecord runs)."""
    raw = recording.read_bytes() if recording.exists() else b""
    return array.array("h", raw[: len(raw) - len(raw) % 2])


def audible(recorded: array.array) -> list[int]:
    """The indices of the samples louder than 5 % of full scale."""
    return [i for i, sample in enumerate(recorded) if abs(sample) > FULL_SCALE // 20]


def test_the_bundle_runs_the_coach_in_a_desktop(
    desktop: HeadlessDesktop, bundle: Path, tmp_path: Path
) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    home = Path(os.environ["XDG_DATA_HOME"]).parent
    paths = dict(re.findall(r"^(\w+):\s+(.+)$", run_bundled(bundle, desktop, "paths").stdout, re.M))
    database, log_file = Path(paths["database"]), Path(paths["log"])
    assert database.is_relative_to(home) and log_file.is_relative_to(home), paths
    assert not database.exists()
    _, head = alembic_revisions()  # the newest migration in the source tree, as Alembic reads it

    # First start in a fresh home: tray icon, a database migrated to head, the self-check, and
    # (with the test-only timing: a break is due after 3 s of sitting) a reminder on the bus.
    monitor = NotifyMonitor(desktop)
    app = desktop.spawn(
        "desk-coach-first",
        [
            str(bundle),
            "--verbose",
            "run",
            "--test-interval",
            "3",
            "--test-idle",
            "60",
        ],
    )
    icon = wait_for_icon(desktop)
    assert 16 <= icon.geometry.width <= 64 and 16 <= icon.geometry.height <= 64
    desktop.wait_until(
        lambda: stamped_revision(database) == head,
        timeout=30,
        what=f"the database stamped at the head revision {head}",
    )
    expected = source_schema(tmp_path)
    assert schema(database) == expected, "the bundle's migrations built another schema than the source tree's"
    window_named(desktop, "Self-check")  # its questions and drawings come from resources/screen
    status = json.loads(run_bundled(bundle, desktop, "status", "--json").stdout)
    assert {"state", "summary"} <= set(status), status
    desktop.xdotool("mousemove", "600", "400")  # someone at the desk
    reminder = desktop.wait_until(
        lambda: next((call for call in monitor.calls() if call.app_name == "Desk Coach"), None),
        timeout=30,
        what="the break reminder, sent when its timer fires",
    )
    icon_file = Path(reminder.app_icon)  # the notification names the icon by its file
    assert icon_file.is_file() and icon_file.resolve().is_relative_to(internal(bundle).resolve()), icon_file
    desktop.screenshot(SHOTS / "first-start.png")
    assert stop(app) == 0

    # Coaching is set up with a trainer's self-check (the bundled example file); until one is
    # stored every break is a walk.
    run_bundled(
        bundle, desktop, "screen", "--from-json", str(RESOURCES / "screen" / "example-trainer-screen.json")
    )

    # Second start, with a sound server: a plan, a guided routine with its drawing and a cue.
    start_pulseaudio(desktop)
    recording = tmp_path / "speakers.raw"
    recorder = desktop.spawn(
        "parecord",
        [
            "parecord",
            "--device=speakers.monitor",
            "--raw",
            "--format=s16le",
            f"--rate={RATE}",
            "--channels=1",
            str(recording),
        ],
    )
    app = desktop.spawn("desk-coach-second", [str(bundle), "--verbose"])
    wait_for_icon(desktop)

    plan = json.loads(run_bundled(bundle, desktop, "plan", "--json").stdout)
    library = tomllib.loads((RESOURCES / "exercises" / "library.toml").read_text(encoding="utf-8"))
    known = {exercise["id"] for exercise in library["exercise"]}
    planned = [item["exercise_id"] for item in plan["daily_routine"]["items"]]
    assert planned and set(planned) <= known, planned

    assert "Break started" in run_bundled(bundle, desktop, "break").stdout
    routine = window_named(desktop, "Stretch routine")
    capture = SHOTS / "routine-window.png"

    def drawn() -> tuple[int, int] | None:
        green, slate = drawing_pixels(desktop, routine, capture)
        return (green, slate) if green >= 20 and slate >= 200 else None

    green, slate = desktop.wait_until(
        drawn, timeout=15, what=f"the exercise drawing in the routine window (see {capture})"
    )
    desktop.screenshot(SHOTS / "routine-screen.png")

    # Space starts the routine, says "I'm ready" and counts repetitions; the first hold or set
    # that ends plays the "done" cue (a hold may last a minute).
    desktop.xdotool("windowfocus", "--sync", routine)
    deadline = time.monotonic() + 90
    while not audible(samples(recording)):
        if app.poll() is not None:
            pytest.fail(f"the bundled app stopped during the routine (exit status {app.returncode})")
        if time.monotonic() > deadline:
            pytest.fail("no routine cue reached the speakers within 90 s (see the app's log below)")
        desktop.xdotool("key", "space")
        time.sleep(0.5)
    time.sleep(1.5)  # the rest of the cue
    recorder.send_signal(signal.SIGTERM)
    recorder.wait(timeout=10)
    recorded = samples(recording)
    loud = audible(recorded)
    peak = max(abs(sample) for sample in recorded)
    cue_seconds = (loud[-1] - loud[0]) / RATE
    assert 0.1 <= cue_seconds <= 1.5, f"the sound lasted {cue_seconds:.2f} s; the cues last about 0.5 s"
    assert peak >= FULL_SCALE // 10, f"the cue peaked at {peak / FULL_SCALE:.1%} of full scale"

    assert stop(app) == 0
    log = log_file.read_text(encoding="utf-8")
    assert log.count(f"Desk Coach {__version__} started") == 2 and log.count("Desk Coach stopped") == 2, log
    problems = [line for line in log.splitlines() if " ERROR " in line or "Traceback" in line]
    assert not problems, "\n".join(problems)
    print(
        f"routine window: {green} green and {slate} slate drawing pixels ({capture}); "
        f"cue: {cue_seconds:.2f} s at {peak / FULL_SCALE:.0%} of full scale"
    )
