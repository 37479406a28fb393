"""Writes a generated source file, or with --check only says whether the committed one is current.

Shared by the Scripts/embed-*.py generators, whose --check mode Scripts/test.sh runs.
"""

import os
import sys


def write_or_check(path, text, root, command):
    """Writes `text` to `path`; with --check on the command line, exits non-zero naming `command` when the file
    at `path` differs from `text` (byte for byte) or is missing."""
    if "--check" in sys.argv:
        try:
            with open(path, encoding="utf-8", newline="") as current:
                up_to_date = current.read() == text
        except FileNotFoundError:
            up_to_date = False
        if not up_to_date:
            sys.exit(f"{os.path.relpath(path, root)} is out of date: run {command}")
        return
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(text)
