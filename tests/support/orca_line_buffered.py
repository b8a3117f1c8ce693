#!/usr/bin/python3
"""Run Orca (/usr/bin/orca, with the same arguments) with its ``--debug-file`` line-buffered.

Orca opens its debug file block-buffered, so what it spoke reaches the file only in 8 KiB blocks
or when it exits; a test reading what Orca said at a moment needs each line as it is written.
Runs with the system python, which has Orca's modules.
"""

import builtins
import runpy
import sys

ORCA = "/usr/bin/orca"
debug_file = sys.argv[sys.argv.index("--debug-file") + 1] if "--debug-file" in sys.argv else None
_open = builtins.open


def _line_buffered(file, mode="r", buffering=-1, *args, **kwargs):
    if debug_file is not None and file == debug_file and "w" in mode:
        buffering = 1
    return _open(file, mode, buffering, *args, **kwargs)


builtins.open = _line_buffered
sys.argv[0] = ORCA
runpy.run_path(ORCA, run_name="__main__")
