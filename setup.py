"""The build step pyproject.toml cannot declare: the translation catalogues.

Before the package's files are gathered, every ``resources/i18n/*.ts`` is compiled into the
``.qm`` Qt loads at run time (``packaging/catalogues.py compile``, with the lrelease of the
PySide6 wheel the build requires), so a wheel, an editable install and the bundle all carry the
compiled catalogues while the repository keeps only their sources.
"""

import runpy
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

TOP = Path(__file__).resolve().parent


class BuildWithCatalogues(build_py):
    def run(self) -> None:
        catalogues = runpy.run_path(str(TOP / "packaging" / "catalogues.py"))
        catalogues["compile_all"]()
        super().run()


setup(cmdclass={"build_py": BuildWithCatalogues})
