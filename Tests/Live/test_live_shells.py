"""Live completion in real shells: bash and zsh (tmux, through the coprocess) and fish (`complete -C`, one-shot
runs sharing the listing store), with `ARGOT_LIVE_COMPLETION=1` set before the `eval` line."""

import os
import re
import shlex
import subprocess
import tempfile
import time

import pytest

from emulator import TIMEOUT, argot_path
from shells import Tmux, init_script, require, write

LINE = "aws ec2 terminate-instances --instance-ids "


@pytest.fixture(scope="module", autouse=True)
def warm_model_cache(emulator):
    """The shells' coprocess gives up on a Tab after 2 s; the first question about ec2 on an empty model cache can
    take longer on a busy machine (the model index issue). Read ec2's model once so the Tabs time the listing."""
    subprocess.run([argot_path(), "complete", "--line", "aws ec2 terminate-instances --"], env=emulator.env,
                   capture_output=True, timeout=TIMEOUT * 5)


def live_rc(emulator, shell):
    names = [name for name in emulator.env if name.startswith("AWS_") or name == "ARGOT_CACHE_DIR"]
    exports = "".join(f"export {name}={shlex.quote(emulator.env[name])}\n" for name in names)
    setup = "autoload -Uz compinit && compinit -u -d $ZDOTDIR/.zcompdump\n" if shell == "zsh" else ""
    return exports + "export ARGOT_LIVE_COMPLETION=1\n" + setup + init_script(shell)


@pytest.mark.parametrize("shell", ["bash", "zsh"])
def test_tab_lists_the_instances(emulator, shell):
    terminal = Tmux(shell, live_rc(emulator, shell))
    try:
        # The first Tab may arrive while the listing runs (it answers within its budget, with nothing yet); the
        # line is typed again and Tab pressed until the instances are listed.
        deadline = time.monotonic() + TIMEOUT
        while True:
            terminal.send("C-u")
            terminal.send("-l", LINE)
            terminal.send("Tab")
            time.sleep(1)
            # zsh inserts the common prefix (`i-`) first and lists on the next Tab.
            terminal.send("Tab")
            time.sleep(1)
            if all(instance in terminal.screen() for instance in emulator.instances):
                break
            assert time.monotonic() < deadline, terminal.screen()
        screen = terminal.screen()
        if shell == "zsh":
            assert "web-server" in screen  # the Name tag, as the description
    finally:
        terminal.close()


def test_fish_lists_the_instances(emulator):
    require("fish")
    names = [name for name in emulator.env if name.startswith("AWS_") or name == "ARGOT_CACHE_DIR"]
    env = {**{name: emulator.env[name] for name in names}, "PATH": os.environ["PATH"], "HOME": emulator.env["HOME"],
           "ARGOT_LIVE_COMPLETION": "1", "LANG": "C.UTF-8"}
    for name in ("PYENV_ROOT", "PYENV_VERSION", "ARGOT_AWS_CLI"):
        if name in os.environ:
            env[name] = os.environ[name]
    folder = tempfile.mkdtemp(prefix="argot-live-fish-")
    script = write(os.path.join(folder, "script.fish"), f"{argot_path()} init fish | source\ncomplete -C'{LINE}'\n")
    deadline = time.monotonic() + TIMEOUT
    while True:
        result = subprocess.run(["fish", "-c", f"source {script}"], capture_output=True, text=True, env=env,
                                timeout=TIMEOUT)
        assert result.returncode == 0, result.stderr
        found = dict(line.split("\t", 1) for line in result.stdout.splitlines() if "\t" in line)
        if all(instance in found for instance in emulator.instances):
            break
        assert time.monotonic() < deadline, result.stdout
        time.sleep(0.5)
    assert {found[instance] for instance in emulator.instances} == {"web-server"}


def test_zsh_says_why_there_is_nothing():
    from emulator import ForbiddingEndpoint, credentials_environment

    forbidding = ForbiddingEndpoint()
    try:
        env = credentials_environment(forbidding.endpoint, tempfile.mkdtemp(prefix="argot-live-zsh-"))
        names = [name for name in env if name.startswith("AWS_") or name == "ARGOT_CACHE_DIR"]
        rc = "".join(f"export {name}={shlex.quote(env[name])}\n" for name in names)
        rc += "export ARGOT_LIVE_COMPLETION=1\nautoload -Uz compinit && compinit -u -d $ZDOTDIR/.zcompdump\n"
        terminal = Tmux("zsh", rc + init_script("zsh"))
        try:
            deadline = time.monotonic() + TIMEOUT
            while "access denied to ec2 describe-instances" not in terminal.screen():
                assert time.monotonic() < deadline, terminal.screen()
                terminal.send("C-u")
                terminal.send("-l", LINE)
                terminal.send("Tab")
                time.sleep(1)
            # The message stands where file names would otherwise be offered.
            assert "Package.swift" not in terminal.screen()
        finally:
            terminal.close()
    finally:
        forbidding.close()
