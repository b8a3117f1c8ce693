"""Let PyInstaller's analysis find desk_coach.resources, which lives outside desk_coach/.

pyproject.toml maps the top-level resources/ folder to the package desk_coach.resources. A wheel
holds it at desk_coach/resources/, and an editable install finds it through its own import hook,
but PyInstaller searches folders only: adding the checkout's top folder to the package's search
path makes ``desk_coach.resources`` resolve to resources/__init__.py, as it does at run time.
"""

from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[3]


def pre_safe_import_module(api):
    api.append_package_path(str(CHECKOUT))
