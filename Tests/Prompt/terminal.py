"""A real terminal for the prompt tests: a private tmux server whose one pane runs a program, with polling
helpers (never fixed sleeps) to wait for what the screen shows.

argot runs with a private HOME and model cache, so the user's ~/.aws files and shell startup files play no
part. The binary is ARGOT_BINARY, else the newest .build/{release,debug}/argot.
"""

import functools
import os
import re
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "Terminal"))

import terminal_session  # noqa: E402
from terminal_session import TmuxServer, argot_path, require  # noqa: E402, F401

# Generous: the machine is small and shared; nothing waits this long when things work.
TIMEOUT = 90


def environment(**extra):
    """The environment of the programs in the pane."""
    folder = terminal_session.session_dir("argot-prompt-")
    return terminal_session.environment(folder, **{"ARGOT_COMMAND": argot_path(), "TERM": "screen", **extra})


def botocore_installed():
    """Whether the installed botocore's models are used (the embedded default has no documentation prose)."""
    return terminal_session.botocore_installed(environment(), TIMEOUT)


poll = functools.partial(terminal_session.poll, timeout=TIMEOUT, interval=0.1)


class Terminal(TmuxServer):
    """One tmux pane of `width`×40 (120 unless given) running `command` (a list of words) in `environment()`."""

    def __init__(self, command, folder, width=120, **env):
        super().__init__(folder)
        words = ["env", "-i"] + [f"{key}={value}" for key, value in environment(**env).items()] + list(command)
        # A pane whose program ends stays (with its last screen) instead of taking the server down with it.
        config = os.path.join(folder, "tmux.conf")
        with open(config, "w") as handle:
            handle.write("set -g remain-on-exit on\n")
        self.tmux("-f", config, "new-session", "-d", "-x", str(width), "-y", "40", shlex.join(words))
        self.last_screen = ""

    def type(self, text):
        """Literal text."""
        self.send("-l", text)

    def screen(self):
        self.last_screen = self.tmux("capture-pane", "-p")
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
