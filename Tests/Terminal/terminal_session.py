"""What the terminal tests (Tests/Shells, Tests/Prompt) share: a private HOME and model cache for the test
session, the environment their programs run in, polling without fixed sleeps, and a private tmux server.

Each of those folders puts this one on sys.path (as they do Tests/Differential for argot_binary.py) and keeps
its own parts (its timeouts, its TERM, its shells or prompt) in its own helper module.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Differential"))

from argot_binary import argot_path  # noqa: E402

# Generous: the machine is small and shared; no tmux command takes this long when things work.
TMUX_TIMEOUT = 90

_session_dirs = {}


def session_dir(prefix):
    """A temporary folder for the whole test session, one per `prefix`, with `home` and `cache` (the model cache,
    shared so models are read once)."""
    if prefix not in _session_dirs:
        folder = tempfile.mkdtemp(prefix=prefix)
        os.makedirs(os.path.join(folder, "home"))
        os.makedirs(os.path.join(folder, "cache"))
        _session_dirs[prefix] = folder
    return _session_dirs[prefix]


def environment(folder, **variables):
    """An environment with `folder`'s HOME and model cache, PATH kept (aws, the shells), a UTF-8 locale, the
    variables that say where Python and botocore are and which AWS CLI generation argot follows
    (`ARGOT_AWS_CLI`, which Scripts/test.sh sets), then `variables`."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.path.join(folder, "home"),
        "ARGOT_CACHE_DIR": os.path.join(folder, "cache"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
    }
    for name in ("PYENV_ROOT", "PYENV_VERSION", "AWS_DATA_PATH", "ARGOT_NO_BOTOCORE", "ARGOT_AWS_CLI"):
        if name in os.environ:
            env[name] = os.environ[name]
    env.update({key: str(value) for key, value in variables.items()})
    return env


_botocore = None


def botocore_installed(env, timeout):
    """Whether argot, run in `env`, uses the installed botocore's models (the embedded default has only Direct
    Connect and no documentation prose); asked once a session."""
    global _botocore
    if _botocore is None:
        result = subprocess.run([argot_path(), "services"], capture_output=True, text=True, env=env, timeout=timeout)
        _botocore = result.returncode == 0 and "ec2" in result.stdout.split()
    return _botocore


def require(program):
    if shutil.which(program) is None:
        pytest.skip(f"{program} is not installed (Scripts/install.sh --test)")


def poll(check, timeout, interval, message="condition"):
    """Calls check() until it returns something truthy; fails after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = check()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {message}; last: {last!r}")


class TmuxServer:
    """A private tmux server whose socket is in `folder`; `close()` ends it."""

    def __init__(self, folder):
        require("tmux")
        self.folder = folder
        self.socket = os.path.join(folder, "tmux.sock")

    def tmux(self, *args, check=True, env=None):
        """Runs `tmux ARGS` against this server; returns its standard output."""
        return subprocess.run(
            ["tmux", "-S", self.socket, *args], capture_output=True, text=True, timeout=TMUX_TIMEOUT, check=check, env=env
        ).stdout

    def send(self, *keys):
        """tmux key names (`Enter`, `Tab`, `C-c`, `M-a`, `BSpace`, `Down`), or `-l` and literal text."""
        self.tmux("send-keys", *keys)

    def close(self):
        subprocess.run(["tmux", "-S", self.socket, "kill-server"], capture_output=True, timeout=TMUX_TIMEOUT)
