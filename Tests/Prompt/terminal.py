"""A real terminal for the prompt tests: a private tmux server whose one pane runs a program, with polling
helpers (never fixed sleeps) to wait for what the screen shows.

argot runs with a private HOME and model cache, so the user's ~/.aws files and shell startup files play no
part. The binary is ARGOT_BINARY, else the newest .build/{release,debug}/argot.
"""

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "Differential"))

from argot_binary import argot_path  # noqa: E402

# Generous: the machine is small and shared; nothing waits this long when things work.
TIMEOUT = 90

_session_dir = None


def session_dir():
    """A folder for the whole test session (HOME and the model cache, shared so models are read once)."""
    global _session_dir
    if _session_dir is None:
        _session_dir = tempfile.mkdtemp(prefix="argot-prompt-")
        os.makedirs(os.path.join(_session_dir, "home"))
        os.makedirs(os.path.join(_session_dir, "cache"))
    return _session_dir


def environment(**extra):
    """The environment of the programs in the pane."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.path.join(session_dir(), "home"),
        "ARGOT_CACHE_DIR": os.path.join(session_dir(), "cache"),
        "ARGOT_COMMAND": argot_path(),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "TERM": "screen",
    }
    for name in ("PYENV_ROOT", "PYENV_VERSION", "AWS_DATA_PATH", "ARGOT_NO_BOTOCORE"):
        if name in os.environ:
            env[name] = os.environ[name]
    env.update({key: str(value) for key, value in extra.items()})
    return env


_botocore = None


def botocore_installed():
    """Whether the installed botocore's models are used (the embedded default has no documentation prose)."""
    global _botocore
    if _botocore is None:
        result = subprocess.run(
            [argot_path(), "services"], capture_output=True, text=True, env=environment(), timeout=TIMEOUT
        )
        _botocore = result.returncode == 0 and "ec2" in result.stdout.split()
    return _botocore


def require(program):
    if shutil.which(program) is None:
        pytest.skip(f"{program} is not installed (Scripts/install.sh --test)")


def poll(check, timeout=TIMEOUT, interval=0.1, message="condition"):
    """Calls check() until it returns something truthy; fails after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = check()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {message}")


class Terminal:
    """One tmux pane of `width`×40 (120 unless given) running `command` (a list of words) in `environment()`."""

    def __init__(self, command, folder, width=120, **env):
        require("tmux")
        self.folder = folder
        self.socket = os.path.join(folder, "tmux.sock")
        words = ["env", "-i"] + [f"{key}={value}" for key, value in environment(**env).items()] + list(command)
        # A pane whose program ends stays (with its last screen) instead of taking the server down with it.
        config = os.path.join(folder, "tmux.conf")
        with open(config, "w") as handle:
            handle.write("set -g remain-on-exit on\n")
        self._tmux("-f", config, "new-session", "-d", "-x", str(width), "-y", "40", shlex.join(words))
        self.last_screen = ""

    def _tmux(self, *args):
        return subprocess.run(
            ["tmux", "-S", self.socket, *args], capture_output=True, text=True, timeout=TIMEOUT, check=True
        ).stdout

    def close(self):
        subprocess.run(["tmux", "-S", self.socket, "kill-server"], capture_output=True, timeout=TIMEOUT)

    def send(self, *keys):
        """tmux key names (`Enter`, `Tab`, `C-c`, `M-a`, `BSpace`, `Down`)."""
        self._tmux("send-keys", *keys)

    def type(self, text):
        """Literal text."""
        self._tmux("send-keys", "-l", text)

    def screen(self):
        self.last_screen = self._tmux("capture-pane", "-p")
        return self.last_screen

    def lines(self):
        return self.screen().split("\n")

    def wait_for(self, pattern, message=None):
        """Waits until a screen line matches the regular expression; returns the match."""
        regex = re.compile(pattern, re.MULTILINE)

        def check():
            return regex.search(self.screen())

        try:
            return poll(check, message=message or pattern)
        except AssertionError as error:
            raise AssertionError(f"{error}\n--- screen ---\n{self.last_screen}") from None

    def wait_until_gone(self, pattern):
        regex = re.compile(pattern, re.MULTILINE)
        try:
            poll(lambda: not regex.search(self.screen()), message=f"{pattern} to go")
        except AssertionError as error:
            raise AssertionError(f"{error}\n--- screen ---\n{self.last_screen}") from None


def wait_for_file(path):
    """Waits until `path` exists and ends in a newline; returns its text."""

    def check():
        if not os.path.exists(path):
            return None
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        return text if text.endswith("\n") else None

    return poll(check, message=f"{path}")


def parse(line):
    """`argot parse --line LINE` as JSON (status 0 required)."""
    import json

    result = subprocess.run(
        [argot_path(), "parse", "--line", line], capture_output=True, text=True, env=environment(), timeout=TIMEOUT
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
