"""zsh: a real interactive zsh in a zpty pseudo-terminal completes lines with argot's `_aws` (compsys, compadd
with descriptions and groups); the coprocess is driven directly."""

import os
import subprocess
import tempfile

import pytest

from shells import HERE, TIMEOUT, REPO, Tmux, argot_path, botocore_installed, environment, init_script, poll, require, write

SEED_BGP = "aws directconnect create-bgp-peer --virtual-interface-id dxvif-1 --new-bgp-peer asn=64600,addressFamily=ipv6"
SEED_INTERCONNECT = (
    "aws directconnect create-interconnect --interconnect-name x --bandwidth 10Gbps --location EqDC2 "
    "--tags key=a,value=b"
)


def complete(line, setup=None, extra=""):
    """The matches zsh's completion added for `line` + Tab: [(word, group, suffix, display)]."""
    require("zsh")
    folder = tempfile.mkdtemp(prefix="argot-zsh-")
    if setup is None:
        setup = f'eval "$({argot_path()} init zsh)"\n'
    setup_file = write(os.path.join(folder, "setup.zsh"), setup + extra)
    result = subprocess.run(
        ["zsh", "-f", os.path.join(HERE, "zsh_capture.zsh"), setup_file, line, str(TIMEOUT)],
        capture_output=True,
        text=True,
        env=environment(),
        timeout=TIMEOUT + 10,
    )
    assert result.returncode == 0, result.stderr + result.stdout
    matches = []
    for entry in result.stdout.split("\n"):
        fields = entry.split("\t")
        if len(fields) == 4:
            matches.append(tuple(fields))
    return matches


def words(matches):
    return [match[0] for match in matches]


def test_seed_commands_and_shorthand_positions():
    assert words(complete("aws dire")) == ["directconnect"]
    # compset -P moves the fixed prefix into IPREFIX: the matches are the keys, the word becomes the whole text.
    key = complete(SEED_BGP[: -len("ressFamily=ipv6")])
    assert key == [(SEED_BGP.split()[-1][: -len("ipv6")], "-default-", "nospace", key[0][3])]
    assert words(complete(SEED_BGP[: -len("ipv6")])) == ["asn=64600,addressFamily=ipv4", "asn=64600,addressFamily=ipv6"]
    assert words(complete("aws directconnect create-bgp-peer --new-bgp-peer asn=1,addr")) == ["asn=1,addressFamily="]
    assert words(complete(SEED_INTERCONNECT + " k")) == ["key="]
    assert words(complete(SEED_INTERCONNECT[: -len("value=b")] + "v")) == ["key=a,value="]
    assert all(suffix == "nospace" for _, _, suffix, _ in complete("aws directconnect create-bgp-peer --new-bgp-peer asn=1,"))


def test_option_equals_value_quotes_and_options():
    assert words(complete("aws --output=t")) == ["--output=text", "--output=table"]
    # An open quote stays open: zsh adds no closing quote, and the fixed prefix is read inside it.
    assert words(complete("aws directconnect create-bgp-peer --new-bgp-peer 'asn=1,addressFamily=")) == [
        "asn=1,addressFamily=ipv4",
        "asn=1,addressFamily=ipv6",
    ]
    options = complete("aws directconnect create-bgp-peer --")
    assert words(options)[:2] == ["--virtual-interface-id", "--new-bgp-peer"]
    assert {suffix for _, _, suffix, _ in options} == {"space"}


def test_descriptions_and_groups():
    if not botocore_installed():
        pytest.skip("descriptions come from the installed botocore's documentation")
    keys = complete(
        "aws directconnect create-bgp-peer --new-bgp-peer asn=1,",
        extra="zstyle ':completion:*' group-name ''\n",
    )
    assert keys[0][:3] == ("asn=1,asnLong=", "key", "nospace")
    assert keys[0][3].startswith("asnLong=") and "-- The long ASN for a new BGP peer." in keys[0][3]
    # Descriptions line up in their group.
    columns = {display.index("--") for _, _, _, display in keys}
    assert len(columns) == 1
    # Values then options, each in its own unsorted group, in the engine's order.
    mixed = complete(
        "aws directconnect create-bgp-peer --generate-cli-skeleton ",
        extra="zstyle ':completion:*' group-name ''\n",
    )
    groups = [group for _, group, _, _ in mixed]
    assert groups[:3] == ["value", "value", "value"] and set(groups[3:]) == {"option"}
    assert words(mixed)[:4] == ["input", "yaml-input", "output", "--virtual-interface-id"]


def test_lines_across_several_services():
    if not botocore_installed():
        pytest.skip("the installed botocore's models are needed")
    assert words(complete("aws ec2 run-instances --instance-ty")) == ["--instance-type"]
    assert words(complete("aws lambda invoke --function-name f --invocation-type ")) == [
        "Event",
        "RequestResponse",
        "DryRun",
    ]
    assert words(complete("aws ec2 wait instance-r")) == ["instance-running"]
    assert "cp" in words(complete("aws s3 c"))


def test_alias_function_and_fpath():
    alias = complete("aws directconnect create-bgp-peer --new-bgp-peer asn=1,addr", extra="alias aws='aws --region us-east-1'\n")
    assert words(alias) == ["asn=1,addressFamily="]
    function = complete("aws --output=t", extra="aws() { command aws --region us-east-1 \"$@\"; }\n")
    assert words(function) == ["--output=text", "--output=table"]
    other = complete("a dire", extra="alias a=aws\n")
    assert words(other) == ["directconnect"]
    # Installed as a file on $fpath, autoloaded by compinit.
    folder = tempfile.mkdtemp(prefix="argot-fpath-")
    with open(os.path.join(REPO, "integrations", "zsh", "_aws"), encoding="utf-8") as handle:
        write(os.path.join(folder, "_aws"), handle.read())
    setup = (
        f"ARGOT_COMMAND={argot_path()}\nfpath=({folder} $fpath)\n"
        "unfunction compdef; autoload -Uz compinit && compinit -u -D\n"
    )
    assert words(complete("aws directconnect create-bgp-peer --new-bgp-peer asn=1,addr", setup=setup)) == [
        "asn=1,addressFamily="
    ]


def run_zsh(script, timeout=TIMEOUT):
    require("zsh")
    folder = tempfile.mkdtemp(prefix="argot-zsh-")
    path = write(os.path.join(folder, "script.zsh"), init_script("zsh") + "\n" + script)
    return subprocess.run(["zsh", "-f", path], capture_output=True, text=True, env=environment(), timeout=timeout)


ASK = r"""
ask() {
    local reply
    if _argot_aws_ask "zsh"$'\t'$'\t'"$1"; then
        local -a lines=("${(@f)reply}") fields
        fields=("${(@ps:\t:)lines[2]}")
        print -r -- "${fields[3]} pid=$_argot_aws_pid"
    else
        print "failed"
    fi
}
"""


def test_coprocess_started_once_reused_restarted_and_stopped_on_timeout():
    result = run_zsh(
        ASK
        + r"""
ask 'aws dire'
first=$_argot_aws_pid
ask 'aws --output=t'
jobs
coproc cat
print -p mine; read -p back; print "user coproc: $back"
ask 'aws dire'
kill -KILL $first
while kill -0 $first 2>/dev/null; do sleep 0.01; done
ask 'aws dire'
second=$_argot_aws_pid
(( second != first )) && print restarted
kill -STOP $second
# The stop may take effect a little later on a loaded machine: wait until the server is stopped.
until [[ ${${(s: :)"$(</proc/$second/stat)"}[3]} == T ]]; do sleep 0.01; done
ARGOT_COMPLETE_TIMEOUT=0.5 ask 'aws dire'
for (( i = 0; i < 600; i++ )); do kill -0 $second 2>/dev/null || break; sleep 0.05; done
kill -0 $second 2>/dev/null && print "stopped server still alive" || print "stopped server gone"
ask 'aws dire'
(( _argot_aws_pid != second && _argot_aws_pid != 0 )) && print "new server"
"""
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    pid = lines[0].split("pid=")[1]
    assert lines[0] == f"directconnect pid={pid}"
    assert lines[1] == f"text pid={pid}"
    # Not in the job table; the user's own coproc works and ours survives it.
    assert lines[2] == "user coproc: mine"
    assert lines[3] == f"directconnect pid={pid}"
    assert lines[4].startswith("directconnect pid=") and lines[4] != lines[0]
    assert lines[5] == "restarted"
    assert lines[6] == "failed"
    assert lines[7] == "stopped server gone"
    assert lines[8].startswith("directconnect pid=")
    assert lines[9] == "new server"


def test_commands_do_not_inherit_the_server_pipes():
    result = run_zsh(
        ASK
        + r"""
ask 'aws dire' >/dev/null
sh -c "test -e /proc/self/fd/$_argot_aws_to || test -e /proc/self/fd/$_argot_aws_from" && print inherited || print private
sleep 30 >/dev/null 2>&1 &!
print $_argot_aws_pid
"""
    )
    assert result.returncode == 0, result.stderr
    verdict, pid = result.stdout.split()
    assert verdict == "private"
    # The shell has ended; the background job lives on, and the server still sees the end of its input.
    poll(lambda: not os.path.exists(f"/proc/{pid}") or "State:\tZ" in open(f"/proc/{pid}/status").read(),
         message="the server to end with its shell")


def test_fallback_when_the_server_does_not_answer():
    # A server that never answers: the completion still works through one-shot argot complete.
    folder = tempfile.mkdtemp(prefix="argot-slow-")
    slow = write(
        os.path.join(folder, "argot"),
        f'#!/bin/sh\nif [ "$1" = serve ]; then exec sleep 600; fi\nexec {argot_path()} "$@"\n',
    )
    os.chmod(slow, 0o755)
    setup = f'eval "$({argot_path()} init zsh)"\nARGOT_COMMAND={slow}\nARGOT_COMPLETE_TIMEOUT=0.5\n'
    assert words(complete("aws directconnect create-bgp-peer --new-bgp-peer asn=1,addr", setup=setup)) == [
        "asn=1,addressFamily="
    ]


@pytest.fixture
def tmux_zsh():
    sessions = []

    def start(rc):
        session = Tmux("zsh", rc)
        sessions.append(session)
        return session

    yield start
    for session in sessions:
        session.close()


def test_zle_lists_groups_and_descriptions_in_tmux(tmux_zsh):
    if not botocore_installed():
        pytest.skip("descriptions come from the installed botocore's documentation")
    zsh = tmux_zsh(
        "autoload -Uz compinit && compinit -u -d $ZDOTDIR/.zcompdump\n"
        "zstyle ':completion:*' group-name ''\n"
        "zstyle ':completion:*:descriptions' format '[%d]'\n"
        f'eval "$({argot_path()} init zsh)"\n'
    )
    screen = zsh.type_and_wait(
        "aws directconnect create-bgp-peer --generate-cli-skeleton ",
        "Tab",
        expect=r"--virtual-interface-id +-- The ID of the virtual interface",
    ).string
    # Titled groups in the engine's order: the option's values, then the options.
    assert screen.index("[value]") < screen.index("yaml-input") < screen.index("[option]")
    zsh.send("C-c")
    zsh.type_and_wait("aws directconnect create-bgp-peer --new-bgp-peer asn=1,addr", "Tab", expect=r"asn=1,addressFamily=$")
    # The next Tab inserts the values' common prefix (zsh's LIST_AMBIGUOUS), the one after lists them.
    zsh.type_and_wait("", "Tab", expect=r"addressFamily=ipv$")
    screen = zsh.type_and_wait("", "Tab", expect=r"^ipv4 +ipv6").string
    assert "[value]" in screen and "addressFamily=ipv" in screen


def test_eval_before_compinit_registers_at_the_first_prompt(tmux_zsh):
    zsh = tmux_zsh(f'eval "$({argot_path()} init zsh)"\nautoload -Uz compinit && compinit -u -d $ZDOTDIR/.zcompdump\n')
    zsh.type_and_wait("aws directc", "Tab", expect=r"^\$ aws directconnect $")


def test_paths_where_the_s3_commands_take_them():
    folder = tempfile.mkdtemp(prefix="argot-zsh-paths-")
    write(os.path.join(folder, "README.md"), "")
    write(os.path.join(folder, "my file.txt"), "")
    os.makedirs(os.path.join(folder, "photos"))
    matches = complete(f"aws s3 cp {folder}/")
    assert words(matches) == [f"{folder}/README.md", f"{folder}/my file.txt", f"{folder}/photos/", ]
    # A folder takes no space after its `/`; the files do.
    assert [suffix for _, _, suffix, _ in matches] == ["space", "space", "nospace"]
    assert words(complete(f"aws s3 cp {folder}/README.md s")) == ["s3://"]
    assert words(complete("aws s3 ls ")) == ["s3://"]
    # No options at a path: nothing for zsh to insert in common but what the paths share.
    assert not any(word.startswith("--") for word in words(complete(f"aws s3 sync {folder}/R")))
