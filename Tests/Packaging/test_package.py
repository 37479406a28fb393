"""Scripts/package.sh builds the Debian package and the tarball; the package is installed on this machine (as
root, when no argot package is installed yet), fresh bash, zsh and fish with no argot line in their startup files
complete `aws directconnect create-bgp-peer --new-bgp-peer asn=1,a<Tab>`, `man argot-complete` shows its page,
Neovim and Emacs find the editor integrations with no path set, and purging the package leaves none of its
files behind.

The package holds the binary under test (ARGOT_BINARY, the debug build the suite has already made), so that the
test costs seconds, not a release build; ARGOT_PACKAGE_BINARY names another (the static release build).
"""

import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "Terminal"))

from terminal_session import TmuxServer, argot_path, poll, require  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))
TIMEOUT = 60
LINE = "aws directconnect create-bgp-peer --new-bgp-peer asn=1,a"
KEYS = ["addressFamily", "amazonAddress", "asnLong", "authKey"]
INPUTRC = "set bell-style none\nset show-all-if-ambiguous on\nset completion-query-items -1\nset page-completions off\n"


def packaged_binary():
    if os.environ.get("ARGOT_PACKAGE_BINARY"):
        return os.environ["ARGOT_PACKAGE_BINARY"]
    # The binary under test (ARGOT_BINARY, as for every suite): a release build left from earlier may be older.
    return argot_path()


@pytest.fixture(scope="module")
def packages():
    folder = tempfile.mkdtemp(prefix="argot-package-")
    result = subprocess.run([os.path.join(ROOT, "Scripts", "package.sh"), "--binary", packaged_binary(),
                             "--output", folder], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    deb, tarball = result.stdout.split()
    return deb, tarball


def test_the_tarball_holds_the_binary_man_pages_completions_and_editor_files(packages):
    _, tarball = packages
    with tarfile.open(tarball) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    top = os.path.basename(tarball)[: -len(".tar.gz")]
    assert re.fullmatch(r"argot-[0-9][^-]*-linux-[a-z0-9]+", top)
    assert {"bin/argot", "share/man/man1/argot.1.gz", "share/man/man1/argot-complete.1.gz",
            "share/bash-completion/completions/aws.bash", "share/zsh/site-functions/_aws",
            "share/fish/vendor_completions.d/aws.fish", "share/nvim/site/pack/argot/start/argot/lua/argot/init.lua",
            "share/emacs/site-lisp/argot-eglot.el"} <= names
    # One page per subcommand, from the command definitions.
    help_text = subprocess.run([argot_path(), "--help"], capture_output=True, text=True, timeout=TIMEOUT).stdout
    subcommands = re.findall(r"^  ([a-z]+) ", help_text.split("SUBCOMMANDS:")[1], re.M)
    assert {f"share/man/man1/argot-{name}.1.gz" for name in subcommands if name != "help"} <= names


def test_the_completion_files_are_what_argot_init_prints(packages):
    deb, _ = packages
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["dpkg-deb", "-x", deb, folder], check=True, timeout=TIMEOUT)
        for shell, path in [("bash", "etc/bash_completion.d/argot"),
                            ("zsh", "usr/share/zsh/vendor-functions/_aws"),
                            ("fish", "usr/share/fish/vendor_completions.d/aws.fish")]:
            printed = subprocess.run([argot_path(), "init", shell], capture_output=True, text=True,
                                     timeout=TIMEOUT).stdout
            with open(os.path.join(folder, path)) as file:
                installed = file.read()
            assert installed in printed and len(installed) > 1000, shell


def shell_session(folder, shell):
    """A fresh interactive shell in tmux, with /usr/bin first on PATH (the installed argot) and startup files
    that do not mention argot (zsh's one line is compinit, which Debian's /etc/zsh/zshrc leaves to the user)."""
    require(shell)
    home = os.path.join(folder, shell)
    os.makedirs(home)
    with open(os.path.join(home, ".inputrc"), "w") as file:
        file.write(INPUTRC)
    with open(os.path.join(home, ".zshrc"), "w") as file:
        file.write("autoload -Uz compinit && compinit\nPS1='$ '\n")
    with open(os.path.join(home, ".bashrc"), "w") as file:
        file.write("PS1='$ '\n")
    # An `aws` on PATH, as a user of argot has one (fish loads the completions of commands that exist only).
    bin_folder = os.path.join(home, "bin")
    os.makedirs(bin_folder)
    with open(os.path.join(bin_folder, "aws"), "w") as file:
        file.write("#!/bin/sh\nexit 0\n")
    os.chmod(os.path.join(bin_folder, "aws"), 0o755)
    env = {"HOME": home, "PATH": "/usr/bin:/bin:" + bin_folder, "TERM": "screen", "LANG": "C.UTF-8", "ZDOTDIR": home,
           "XDG_CONFIG_HOME": os.path.join(home, ".config"), "XDG_DATA_HOME": os.path.join(home, ".local"),
           "ARGOT_NO_BOTOCORE": "1", "ARGOT_CACHE_DIR": os.path.join(home, "cache"), "ARGOT_AWS_CLI": "v2"}
    # bash as a login shell (as terminals and tmux start it): /etc/profile.d starts bash-completion.
    command = {"bash": "bash -l", "zsh": "zsh -i", "fish": "fish -i"}[shell]
    server = TmuxServer(home)
    server.tmux("-f", "/dev/null", "new-session", "-d", "-x", "200", "-y", "50",
                "env -i " + " ".join(f"{k}={v}" for k, v in env.items()) + " " + command)
    poll(lambda: server.screen().rstrip().endswith(("$", ">", "#")), TIMEOUT, 0.05, f"the {shell} prompt")
    return server


def screen_of(server):
    return server.tmux("capture-pane", "-p", "-J", check=False)


TmuxServer.screen = screen_of


@pytest.fixture(scope="module")
def installed(packages):
    deb, _ = packages
    if os.geteuid() != 0:
        pytest.skip("installing a package needs root")
    status = subprocess.run(["dpkg-query", "-W", "-f", "${Status}", "argot"], capture_output=True, text=True)
    if "installed" in status.stdout:
        pytest.skip("an argot package is already installed here")
    listed = subprocess.run(["dpkg-deb", "-c", deb], capture_output=True, text=True, check=True).stdout
    paths = ["/" + line.split(None, 5)[5].lstrip("./").rstrip("/") for line in listed.splitlines()]
    before = {path for path in paths if os.path.lexists(path)}
    dpkg("-i", deb)
    try:
        yield {"paths": paths, "before": before}
    finally:
        dpkg("--purge", "argot", check=False)


def dpkg(*args, check=True):
    """Runs dpkg, waiting while another dpkg or apt holds its lock (the machine may be installing something)."""
    deadline = time.monotonic() + 120
    while True:
        result = subprocess.run(["dpkg", *args], capture_output=True, text=True, timeout=120)
        if result.returncode == 0 or "lock" not in result.stderr or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert result.returncode == 0 or not check, result.stderr
    return result


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_a_fresh_shell_completes_aws_with_the_installed_files(installed, shell):
    folder = tempfile.mkdtemp(prefix="argot-installed-")
    server = shell_session(folder, shell)
    try:
        server.send("-l", LINE)
        server.send("Tab")
        poll(lambda: all(key in server.screen() for key in KEYS), TIMEOUT, 0.05,
             f"{KEYS} listed by {shell}")
    finally:
        server.close()


def test_man_shows_the_page_of_a_subcommand(installed):
    page = subprocess.run(["man", "argot-complete"], capture_output=True, text=True, timeout=TIMEOUT,
                          env=dict(os.environ, MANPAGER="cat", MANWIDTH="100"))
    assert page.returncode == 0, page.stderr
    assert "argot complete" in page.stdout
    assert "Print the completion candidates at a cursor" in page.stdout
    assert "--line" in page.stdout


def test_editors_find_the_installed_integrations_without_a_path(installed):
    """Neovim loads `argot` from its system packpath and Emacs `argot-eglot` from site-lisp, with no path set."""
    env = {"HOME": tempfile.mkdtemp(prefix="argot-editors-"), "PATH": "/usr/bin:/bin"}
    if shutil.which("nvim"):
        nvim = subprocess.run(["nvim", "--headless", "-u", "/dev/null", "-c",
                               "lua io.stdout:write(debug.getinfo(require('argot').setup).source)", "-c", "qa!"],
                              capture_output=True, text=True, timeout=TIMEOUT, env=env, stdin=subprocess.DEVNULL)
        assert "/usr/share/nvim/site/pack/argot/start/argot/lua/argot/init.lua" in nvim.stdout, nvim
    if shutil.which("emacs"):
        emacs = subprocess.run(["emacs", "--batch", "--eval",
                                "(progn (package-initialize) (require 'argot-eglot)"
                                " (princ (locate-library \"argot-eglot\")))"],
                               capture_output=True, text=True, timeout=TIMEOUT, env=env, stdin=subprocess.DEVNULL)
        if "Cannot open load file" in emacs.stderr and "eglot" in emacs.stderr:
            pytest.skip("eglot is not installed (Debian: elpa-eglot)")
        assert emacs.stdout.startswith("/usr/share/emacs/site-lisp/argot-eglot.el"), emacs


def test_purging_the_package_leaves_nothing_behind(installed):
    assert os.path.exists("/usr/bin/argot")
    dpkg("--purge", "argot")
    left = [path for path in installed["paths"] if path not in installed["before"] and os.path.lexists(path)]
    assert left == []
    assert not os.path.exists("/usr/bin/argot")
