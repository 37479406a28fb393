"""Helpers for the shell tests: the argot binary, an environment for it, and polling without fixed sleeps.

The tests drive real shells (bash, zsh, fish, tmux) with the scripts `argot init SHELL` prints. argot runs with
a private model cache shared by the session (the first question about a service builds it) and a private
HOME, so the user's ~/.aws files and shell startup files play no part.
"""

import functools
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "Terminal"))

import terminal_session  # noqa: E402
from terminal_session import TmuxServer, argot_path, require  # noqa: E402, F401
from argot_binary import REPO  # noqa: E402, F401

# Generous: the machine is small and shared; nothing here waits this long when things work.
TIMEOUT = 60


def environment(**extra):
    """The environment the shells run in: argot's cache and a private HOME; PATH kept (aws, the shells)."""
    return terminal_session.environment(terminal_session.session_dir("argot-shells-"), **{"TERM": "dumb", **extra})


def init_script(shell):
    """What `argot init SHELL` prints."""
    result = subprocess.run([argot_path(), "init", shell], capture_output=True, text=True, timeout=TIMEOUT)
    assert result.returncode == 0, result.stderr
    return result.stdout


def botocore_installed():
    """Whether the installed botocore's models are there (lines across several services need them)."""
    return terminal_session.botocore_installed(environment(), TIMEOUT)


poll = functools.partial(terminal_session.poll, timeout=TIMEOUT, interval=0.05)


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


class Tmux(TmuxServer):
    """An interactive bash or zsh in a detached tmux session, with the given rc file (and for bash a test
    inputrc that lists on the first Tab, as bash-completion's own tests do)."""

    def __init__(self, shell, rc):
        require(shell)
        super().__init__(tempfile.mkdtemp(prefix="argot-tmux-"))
        if shell == "bash":
            inputrc = write(os.path.join(self.folder, "inputrc"), INPUTRC)
            rcfile = write(os.path.join(self.folder, "bashrc"), "PS1='$ '\n" + rc)
            env = environment(INPUTRC=inputrc, TERM="screen")
            command = f"bash --noprofile --rcfile {rcfile} -i"
        else:
            write(os.path.join(self.folder, ".zshrc"), "PS1='$ '\n" + rc)
            env = environment(ZDOTDIR=self.folder, TERM="screen")
            command = "zsh -d -i"
        self.tmux("-f", "/dev/null", "new-session", "-d", "-x", "200", "-y", "50", command, env=env)
        poll(lambda: self.screen().rstrip().endswith("$"), message=f"the {shell} prompt")

    def screen(self):
        return self.tmux("capture-pane", "-p", "-J", check=False)

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
