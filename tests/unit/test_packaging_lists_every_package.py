"""The wheel ships what the checkout has: every folder of code or data is in pyproject's list."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_folder_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    found = set()
    for top, name in ((ROOT / "desk_coach", "desk_coach"), (ROOT / "resources", "desk_coach.resources")):
        for folder in [top, *(p for p in top.rglob("*") if p.is_dir())]:
            if folder.name == "__pycache__" or not any(f.is_file() for f in folder.iterdir()):
                continue
            found.add(".".join([name, *folder.relative_to(top).parts]))
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
