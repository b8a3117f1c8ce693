"""Loading PySide6 without the import hook it leaves behind.

Importing PySide6 replaces ``builtins.__import__`` with its ``__feature__`` hook. For every
module imported from then on, that hook reads the module's whole source (``inspect.getsource``)
to see whether it mentions PySide6, and the text stays cached in ``linecache``. For the few
hundred modules the coach loads after its tray icon shows (SQLAlchemy above all) this cost
about 19 MB of resident memory and slowed every import. Desk Coach never switches a feature
(``from __feature__ import snake_case``), so the standard import is put back once Qt is in.
"""

from __future__ import annotations

import builtins

#: The interpreter's own import function, as it was before PySide6 was first imported.
_STANDARD_IMPORT = builtins.__import__


def load_qt() -> bool:
    """Import the Qt modules the tray needs; True if PySide6's import hook was taken out."""
    import PySide6.QtWidgets  # noqa: F401 - the import is the point

    hook_installed = builtins.__import__ is not _STANDARD_IMPORT
    captured_before_qt = getattr(_STANDARD_IMPORT, "__name__", "") == "__import__"
    if hook_installed and captured_before_qt:
        builtins.__import__ = _STANDARD_IMPORT
        return True
    return False
