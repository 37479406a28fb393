"""The shell widgets in bash, zsh and fish, sourced from integrations/ into real interactive shells in tmux:
the key runs argot prompt on the current line and the finished command replaces it; Ctrl-C keeps the line."""

import os
import shlex
import subprocess

import pytest

from terminal import TIMEOUT, Terminal, argot_path, environment, require

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
START = "aws directconnect create-bgp-peer --virtual-interface-id dxvif-1"
FINISHED = START + " --new-bgp-peer asn=64600,addressFamily=ipv4"


def widget(shell):
    return os.path.join(REPO, "integrations", shell, {"bash": "argot-prompt.bash", "zsh": "argot-prompt.zsh",
                                                      "fish": "argot-prompt.fish"}[shell])


def start_shell(shell, folder, key=None, script=None, width=120):
    """An interactive shell with only the widget (or `script`) sourced, and ARGOT_PROMPT_KEY set when `key` is
    given."""
    require(shell)
    source = shlex.quote(script or widget(shell))
    if shell == "bash":
        rc = os.path.join(folder, "bashrc")
        setting = f"ARGOT_PROMPT_KEY={shlex.quote(key)}\n" if key else ""
        with open(rc, "w") as handle:
            handle.write(f"PS1='$ '\n{setting}source {source}\n")
        return Terminal(["bash", "--noprofile", "--rcfile", rc, "-i"], folder, width=width)
    if shell == "zsh":
        with open(os.path.join(folder, ".zshrc"), "w") as handle:
            setting = f"ARGOT_PROMPT_KEY={shlex.quote(key)}\n" if key else ""
            # compinit first, as a user's .zshrc has it before `eval "$(argot init zsh)"`.
            handle.write(f"PS1='$ '\n{setting}autoload -U compinit && compinit -u\nsource {source}\n")
        return Terminal(["zsh", "-i"], folder, width=width, ZDOTDIR=folder)
    os.makedirs(os.path.join(folder, "fish"), exist_ok=True)
    with open(os.path.join(folder, "fish", "config.fish"), "w") as handle:
        setting = f"set -g ARGOT_PROMPT_KEY {key}\n" if key else ""
        handle.write(
            "set -g fish_greeting\nfunction fish_prompt; echo -n '$ '; end\n" + setting + f"source {source}\n"
        )
    return Terminal(["fish"], folder, width=width, XDG_CONFIG_HOME=folder)


def echo_line(terminal):
    """Prefixes the shell's line with `echo ` and runs it, so what the shell holds is printed as output."""
    terminal.send("C-a")
    terminal.type("echo ")
    terminal.send("Enter")


@pytest.mark.parametrize(
    "shell,key,keys",
    [
        ("bash", None, ["M-a"]),
        ("bash", r"\C-x\C-a", ["C-x", "C-a"]),
        ("zsh", None, ["M-a"]),
        ("zsh", "^X^A", ["C-x", "C-a"]),
        ("fish", None, ["M-a"]),
    ],
)
def test_widget_replaces_the_line(tmp_path, shell, key, keys):
    folder = str(tmp_path)
    terminal = start_shell(shell, folder, key)
    try:
        terminal.wait_for(r"^\$$")
        terminal.type(START)
        terminal.wait_for("^\\$ " + START + "$")
        terminal.send(*keys)
        terminal.wait_for(r"^--new-bgp-peer\s+structure")
        terminal.type("asn=64600,addressFamily=ipv4")
        terminal.send("Enter")
        terminal.wait_for(r"^More parameters for create-bgp-peer")
        terminal.send("Enter")
        terminal.wait_for("^\\$ " + FINISHED + "$")
        terminal.wait_until_gone(r"^More parameters")
        echo_line(terminal)
        terminal.wait_for("^" + FINISHED + "$")
    finally:
        terminal.close()


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_ctrl_c_leaves_the_line(tmp_path, shell):
    folder = str(tmp_path)
    terminal = start_shell(shell, folder)
    try:
        terminal.wait_for(r"^\$$")
        terminal.type(START)
        terminal.wait_for("^\\$ " + START + "$")
        terminal.send("M-a")
        terminal.wait_for(r"^--new-bgp-peer\s+structure")
        terminal.type("asn=1")
        terminal.send("C-c")
        terminal.wait_until_gone(r"^--new-bgp-peer\s")
        terminal.wait_for("^\\$ " + START + "$")
        echo_line(terminal)
        terminal.wait_for("^" + START + "$")
    finally:
        terminal.close()


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_init_script_carries_the_widget(tmp_path, shell):
    """`argot init SHELL` (the completion script with the widget appended) sets up the same key."""
    result = subprocess.run(
        [argot_path(), "init", shell], capture_output=True, text=True, env=environment(), timeout=TIMEOUT
    )
    if result.returncode != 0 or "argot-prompt" not in result.stdout and "__argot_prompt_widget" not in result.stdout:
        pytest.skip("this argot has no `init` carrying the prompt widget")
    folder = str(tmp_path)
    script = os.path.join(folder, f"init.{shell}")
    with open(script, "w") as handle:
        handle.write(result.stdout)
    terminal = start_shell(shell, folder, script=script)
    try:
        terminal.wait_for(r"^\$$")
        terminal.type(START)
        terminal.wait_for("^\\$ " + START + "$")
        terminal.send("M-a")
        terminal.wait_for(r"^--new-bgp-peer\s+structure")
        terminal.type("asn=64600,addressFamily=ipv4")
        terminal.send("Enter")
        terminal.wait_for(r"^More parameters for create-bgp-peer")
        terminal.send("Enter")
        terminal.wait_for("^\\$ " + FINISHED + "$")
    finally:
        terminal.close()


@pytest.mark.parametrize("shell", ["bash", "zsh"])
def test_widget_keeps_the_rest_of_the_line(tmp_path, shell):
    """Only the aws command is filled in: `cd … &&` before it and `| cat` after it stay as typed."""
    folder = str(tmp_path)
    terminal = start_shell(shell, folder, width=160)
    try:
        terminal.wait_for(r"^\$$")
        terminal.type("cd / && " + START + " | cat")
        terminal.wait_for("^\\$ cd / && " + START + " \\| cat$")
        terminal.send("M-a")
        terminal.wait_for(r"^--new-bgp-peer\s+structure")
        terminal.type("asn=64600,addressFamily=ipv4")
        terminal.send("Enter")
        terminal.wait_for(r"^More parameters for create-bgp-peer")
        terminal.send("Enter")
        terminal.wait_for("^\\$ cd / && " + FINISHED + " \\| cat$")
    finally:
        terminal.close()
