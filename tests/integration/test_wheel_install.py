"""The built wheel works on its own: entry point, shipped resources and migrations.

A checkout hides packaging mistakes (a data file left out of the wheel is still found next to
the code), so this test builds a wheel of the repository, installs it into a fresh virtual
environment and runs Desk Coach from there, from a folder outside the checkout.

Dependencies: the fresh venv is made with ``--system-site-packages`` and the wheel is installed
with ``--no-deps``, so PySide6, SQLAlchemy, alembic and the rest are not downloaded and installed
again (that would take minutes and need the network); they are reused from the environment that
runs the tests. ``--system-site-packages`` only exposes the *base* interpreter's packages, though,
and the tests usually run inside a venv of their own, so a ``.pth`` file also lists that
environment's site-packages folders. Plain folder lines in a ``.pth`` file do not run the
``.pth`` files inside those folders, so the editable install of the checkout stays inactive and
``desk_coach`` can only be imported from the installed wheel; the test checks that it is.
"""

from __future__ import annotations

import json
import site
import subprocess
import sys
import textwrap
from pathlib import Path

import desk_coach

REPO_ROOT = Path(__file__).resolve().parents[2]

PROBE = textwrap.dedent(
    """
    import json
    from importlib import resources as importlib_resources

    import desk_coach
    from desk_coach import resources
    from desk_coach.adapters.storage import migrate

    sizes = {
        name: len(resources.resource(name).read_bytes())
        for name in (
            "settings/schema.toml",
            "exercises/library.toml",
            "screen/screen.toml",
            "exercises/illustrations/CH1.svg",
            "sounds/switch.wav",
        )
    }
    texts = {name: resources.resource_text(name)[:200] for name in ("settings/schema.toml",)}
    migrations = importlib_resources.files("desk_coach.adapters.storage") / "migrations"
    print(json.dumps({
        "package": desk_coach.__file__,
        "resources": resources.__file__,
        "sizes": sizes,
        "texts": texts,
        "migrations": str(migrate.SCRIPT_LOCATION),
        "migrations_env": (migrations / "env.py").is_file(),
        "versions": sorted(p.name for p in (migrations / "versions").iterdir() if p.name.endswith(".py")),
    }))
    """
)


def _run(args: list[str], cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result


def test_installed_wheel_runs_and_finds_its_resources(tmp_path):
    wheels, venv, work = tmp_path / "wheels", tmp_path / "venv", tmp_path / "work"
    work.mkdir()

    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheels), str(REPO_ROOT)],
         cwd=work, timeout=120)
    (wheel,) = wheels.glob("desk_coach-*.whl")

    _run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)], cwd=work)
    python = venv / "bin" / "python"
    venv_site = Path(
        _run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], cwd=work)
        .stdout.strip()
    )
    test_env_sites = [path for path in site.getsitepackages() if Path(path).is_dir()]
    (venv_site / "_test_environment.pth").write_text("\n".join(test_env_sites) + "\n", encoding="utf-8")

    # The test environment's pip installs into the new venv (made without a pip of its own).
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--quiet",
          "--disable-pip-version-check", str(wheel)], cwd=work, timeout=120)

    version = _run([str(venv / "bin" / "desk-coach"), "--version"], cwd=work)
    assert desk_coach.__version__ in version.stdout + version.stderr

    report = json.loads(_run([str(python), "-c", PROBE], cwd=work).stdout)
    installed = venv.resolve()
    for key in ("package", "resources", "migrations"):
        path = Path(report[key]).resolve()
        assert path.is_relative_to(installed), f"{key} came from {path}, not from the installed wheel"
        assert not path.is_relative_to(REPO_ROOT), f"{key} came from the checkout: {path}"
    assert all(size > 0 for size in report["sizes"].values()), report["sizes"]
    assert report["texts"]["settings/schema.toml"].strip()
    assert report["migrations_env"] is True
    assert report["versions"], "no migration scripts in the installed wheel"
