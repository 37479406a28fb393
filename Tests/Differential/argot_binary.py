"""Locates and runs the built argot binary for the differential tests."""

import os
import subprocess
import tempfile

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def argot_path():
    """The binary named by ARGOT_BINARY, else the newest of .build/{release,debug}/argot."""
    explicit = os.environ.get("ARGOT_BINARY")
    if explicit:
        return explicit
    candidates = [os.path.join(REPO, ".build", kind, "argot") for kind in ("release", "debug")]
    existing = [path for path in candidates if os.path.exists(path)]
    if not existing:
        pytest.skip("argot is not built (swift build --product argot)")
    return max(existing, key=os.path.getmtime)


def run_argot(*args, cache_dir=None, env=None, check=True):
    """Runs argot with a private model cache; returns the CompletedProcess."""
    environment = dict(os.environ)
    environment["ARGOT_CACHE_DIR"] = cache_dir or tempfile.mkdtemp(prefix="argot-test-cache-")
    environment.update(env or {})
    result = subprocess.run(
        [argot_path(), *args], capture_output=True, text=True, env=environment, timeout=900
    )
    if check and result.returncode != 0:
        raise AssertionError(f"argot {' '.join(args)} exited {result.returncode}: {result.stderr}")
    return result
