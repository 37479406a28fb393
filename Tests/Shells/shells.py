"""Helpers for the shell tests: the argot binary, an environment for it, and polling without fixed sleeps.

The tests drive real shells (bash, zsh, fish, tmux) with the scripts `argot init SHELL` prints. argot runs with
a private model cache shared by the session (the first question about a service builds it) and a private
HOME, so the user's ~/.aws files and shell startup files play no part.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "Differential"))

from argot_binary import REPO, argot_path  # noqa: E402

# Generous: the machine is small and shared; nothing here waits this long when things work.
TIMEOUT = 60

_session_dir = None


def session_dir():
    """A temporary folder for the whole test session (HOME, model cache)."""
    global _session_dir
    if _session_dir is None:
        _session_dir = tempfile.mkdtemp(prefix="argot-shells-")
        os.makedirs(os.path.join(_session_dir, "home"))
        os.makedirs(os.path.join(_session_dir, "cache"))
    return _session_dir


def environment(**extra):
    """The environment the shells run in: argot's cache and a private HOME; PATH kept (aws, the shells)."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.path.join(session_dir(), "home"),
        "ARGOT_CACHE_DIR": os.path.join(session_dir(), "cache"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "TERM": "dumb",
    }
    for name in ("PYENV_ROOT", "PYENV_VERSION", "AWS_DATA_PATH", "ARGOT_NO_BOTOCORE"):
        if name in os.environ:
            env[name] = os.environ[name]
    env.update({key: str(value) for key, value in extra.items()})
    return env


def init_script(shell):
    """What `argot init SHELL` prints."""
    result = subprocess.run([argot_path(), "init", shell], capture_output=True, text=True, timeout=TIMEOUT)
    assert result.returncode == 0, result.stderr
    return result.stdout


def require(program):
    if shutil.which(program) is None:
        pytest.skip(f"{program} is not installed (Scripts/install.sh --test)")


def botocore_installed():
    """Whether the installed botocore's models are there (lines across several services need them)."""
    result = subprocess.run(
        [argot_path(), "services"], capture_output=True, text=True, env=environment(), timeout=TIMEOUT
    )
    return result.returncode == 0 and "ec2" in result.stdout.split()


def poll(check, timeout=TIMEOUT, interval=0.05, message="condition"):
    """Calls check() until it returns something truthy; fails after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = check()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {message}; last: {last!r}")


def write(path, text):
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path


INPUTRC = """\
set bell-style none
set show-all-if-ambiguous on
set completion-query-items -1
set page-completions off
set completion-display-width 0
set horizontal-scroll-mode off
"""


class Tmux:
    """An interactive bash or zsh in a detached tmux session, with the given rc file (and for bash a test
    inputrc that lists on the first Tab, as bash-completion's own tests do)."""

    def __init__(self, shell, rc):
        require("tmux")
        require(shell)
        self.folder = tempfile.mkdtemp(prefix="argot-tmux-")
        self.socket = os.path.join(self.folder, "tmux.sock")
        if shell == "bash":
            inputrc = write(os.path.join(self.folder, "inputrc"), INPUTRC)
            rcfile = write(os.path.join(self.folder, "bashrc"), "PS1='$ '\n" + rc)
            env = environment(INPUTRC=inputrc, TERM="screen")
            command = f"bash --noprofile --rcfile {rcfile} -i"
        else:
            write(os.path.join(self.folder, ".zshrc"), "PS1='$ '\n" + rc)
            env = environment(ZDOTDIR=self.folder, TERM="screen")
            command = "zsh -d -i"
        subprocess.run(
            ["tmux", "-S", self.socket, "-f", "/dev/null", "new-session", "-d", "-x", "200", "-y", "50", command],
            check=True,
            env=env,
            timeout=TIMEOUT,
        )
        poll(lambda: self.screen().rstrip().endswith("$"), message=f"the {shell} prompt")

    def screen(self):
        return subprocess.run(
            ["tmux", "-S", self.socket, "capture-pane", "-p", "-J"], capture_output=True, text=True, timeout=TIMEOUT
        ).stdout

    def send(self, *keys):
        subprocess.run(["tmux", "-S", self.socket, "send-keys", *keys], check=True, timeout=TIMEOUT)

    def type_and_wait(self, text, *keys, expect):
        """Types text then keys and waits until the screen matches the regular expression `expect`."""
        if text:
            self.send("-l", text)
        if keys:
            self.send(*keys)
        return poll(lambda: re.search(expect, self.screen(), re.M), message=f"{expect!r} on screen")

    def clear_line(self):
        self.send("C-u")
        self.send("C-l")
        poll(lambda: self.screen().strip() == "$", message="a clear line")

    def close(self):
        subprocess.run(["tmux", "-S", self.socket, "kill-server"], capture_output=True, timeout=TIMEOUT)
