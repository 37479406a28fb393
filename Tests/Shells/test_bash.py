"""bash: the completion function with crafted COMP_* (and a compopt recorder), bash-completion's own dispatcher
loading the file lazily, the coprocess, and real readline in tmux."""

import os
import re
import subprocess
import tempfile
import time

import pytest

from shells import HERE, TIMEOUT, Tmux, argot_path, botocore_installed, environment, init_script, poll, require, write

SEED_BGP = "aws directconnect create-bgp-peer --virtual-interface-id dxvif-1 --new-bgp-peer asn=64600,addressFamily=ipv6"
SEED_INTERCONNECT = (
    "aws directconnect create-interconnect --interconnect-name x --bandwidth 10Gbps --location EqDC2 "
    "--tags key=a,value=b"
)


def run_cases(cases, setup=None, env=None):
    """Runs the completion function for each (type, point, line); returns [(compopts, replies, pid)]."""
    folder = tempfile.mkdtemp(prefix="argot-bash-")
    if setup is None:
        setup = init_script("bash")
    setup_file = write(os.path.join(folder, "setup.bash"), setup)
    lines = []
    for case in cases:
        if isinstance(case, str):
            case = (9, None, case)
        kind, point, line = case
        lines.append(f"{kind}\t{'-' if point is None else point}\t{line.replace(chr(10), chr(92) + 'n')}\n")
    cases_file = write(os.path.join(folder, "cases.txt"), "".join(lines))
    result = subprocess.run(
        ["bash", "--noprofile", "--norc", os.path.join(HERE, "bash_complete.bash"), setup_file, cases_file],
        capture_output=True,
        text=True,
        env=env or environment(),
        timeout=TIMEOUT,
    )
    assert result.returncode == 0, result.stderr
    assert "complete -o nosort -F _argot_aws_complete aws" in result.stdout
    answers = []
    for block in result.stdout.split("case\n")[1:]:
        compopts, replies, pid = [], [], None
        for entry in block.split("\n"):
            if entry.startswith("compopt "):
                compopts.append(entry[len("compopt "):])
            elif entry.startswith("reply "):
                replies.append(entry[len("reply "):])
            elif entry.startswith("pid "):
                pid = entry[len("pid "):]
        answers.append((compopts, replies, pid))
    assert len(answers) == len(cases), result.stdout + result.stderr
    return answers


def test_seed_commands_and_shorthand_positions():
    bgp_prefix = SEED_BGP[: -len("ressFamily=ipv6")]
    cases = [
        "aws dire",
        bgp_prefix,  # ... asn=64600,add
        SEED_BGP[: -len("ipv6")],  # ... addressFamily=
        SEED_BGP[: -1],  # ... addressFamily=ipv
        "aws directconnect create-bgp-peer --new-bgp-peer asn=1,addr",
        SEED_INTERCONNECT + " k",
        SEED_INTERCONNECT[: -len("value=b")] + "v",
        "aws directconnect create-bgp-peer --virtual-interface-id dxvif-1 --new",
    ]
    answers = run_cases(cases)
    assert answers[0] == ([], ["directconnect"], answers[0][2])
    # `=` is a word break: bash replaces only what follows it, so the candidate starts there.
    assert answers[1][:2] == (["-o nospace"], ["64600,addressFamily="])
    assert answers[2][:2] == (["-o nospace"], ["ipv4", "ipv6"])
    assert answers[3][:2] == (["-o nospace"], ["ipv4", "ipv6"])
    assert answers[4][:2] == (["-o nospace"], ["1,addressFamily="])
    assert answers[5][:2] == (["-o nospace"], ["key="])
    assert answers[6][:2] == (["-o nospace"], ["a,value="])
    assert answers[7][1] == ["--new-bgp-peer"]
    # One server answered every Tab.
    pids = {pid for _, _, pid in answers}
    assert len(pids) == 1 and pids != {"none"}


def test_option_equals_value_and_colon_word_breaks():
    folder = tempfile.mkdtemp(prefix="argot-files-")
    write(os.path.join(folder, "peer.json"), "{}")
    os.makedirs(os.path.join(folder, "subfolder"))
    answers = run_cases(
        [
            "aws --output=t",
            "aws --output t",
            f"aws directconnect create-bgp-peer --cli-input-json file://{folder}/pe",
            f"aws directconnect create-bgp-peer --cli-input-json file://{folder}/sub",
        ]
    )
    assert answers[0][1] == ["text", "table"]
    assert answers[1][1] == ["text", "table"]
    # `:` is a word break too: what follows `file:` is replaced.
    assert answers[2][:2] == ([], [f"//{folder}/peer.json"])
    # No space after a folder's `/`.
    assert answers[3][:2] == (["-o nospace"], [f"//{folder}/subfolder/"])


def test_descriptions_only_when_listing():
    line = "aws directconnect create-bgp-peer --new-bgp-peer asn=1,"
    tab, listing, shown, menu = run_cases([(9, None, line), (63, None, line), (33, None, line), (37, None, line)])
    assert tab[1][:2] == ["1,asnLong=", "1,authKey="]
    # The listing shows the keys alone (not `1,` before them, the rest of readline's word), with descriptions.
    assert listing[1][0].startswith("asnLong=  ") and "(The long ASN for a new BGP peer.)" in listing[1][0]
    assert [entry.split(" ")[0] for entry in listing[1]] == [candidate[2:] for candidate in tab[1]]
    # With show-all-if-ambiguous the shown entries' common prefix (empty) is shorter than the word `1,`, so
    # readline inserts nothing from them.
    assert shown[1] == listing[1]
    assert menu[1] == tab[1]


def test_cursor_inside_the_line_and_other_command_names():
    line = "aws directconnect create-bgp-peer --new-bgp-peer asn=1,addressF --virtual-interface-id x"
    inside, alias_name, continued = run_cases(
        [
            (9, line.index(" --virtual"), line),
            "a directconnect create-bgp-peer --new-bgp-peer asn=1,addressFamily=ipv",
            "aws directconnect \\\n  create-bgp-peer --new-bgp-peer asn=1,addressF",
        ]
    )
    assert inside[1] == ["1,addressFamily="]
    assert alias_name[1] == ["ipv4", "ipv6"]
    assert continued[1] == ["1,addressFamily="]


def test_lines_across_several_services():
    if not botocore_installed():
        pytest.skip("the installed botocore's models are needed")
    answers = run_cases(
        [
            "aws ec2 run-instances --instance-ty",
            "aws s3api get-object-a",
            "aws lambda invoke --function-name f --invocation-type ",
            "aws dynamodb create-table --billing-mode PAY",
            "aws s3 c",
            "aws ec2 wait instance-r",
            "aws ec2 run-instances --block-device-mappings DeviceName=x,Ebs=",
            "aws ec2 run-instances --block-device-mappings DeviceName=x,Ebs=\\{VolumeSize=8,VolumeT",
        ]
    )
    assert answers[0][1] == ["--instance-type"]
    assert "get-object-acl" in answers[1][1] and "get-object-attributes" in answers[1][1]
    assert answers[2][1] == ["Event", "RequestResponse", "DryRun"]
    assert answers[3][1] == ["PAY_PER_REQUEST"]
    assert "cp" in answers[4][1]
    assert answers[5][1] == ["instance-running"]
    # `{` starts a structure: escaped (bash would brace-expand `Ebs={A=1,B=2}`), no space after it, and the
    # engine reads the escaped brace on the next Tab.
    assert answers[6][:2] == (["-o nospace"], ["\\{"])
    assert answers[7][:2] == (["-o nospace"], ["8,VolumeType="])


def coprocess_script(body):
    """A bash script: argot's init, then `body`."""
    return init_script("bash") + "\ncompopt() { :; }\n" + body


def run_bash(script, env=None, timeout=TIMEOUT):
    folder = tempfile.mkdtemp(prefix="argot-bash-")
    path = write(os.path.join(folder, "script.bash"), script)
    return subprocess.run(
        ["bash", "--noprofile", "--norc", path], capture_output=True, text=True, env=env or environment(), timeout=timeout
    )


TAB = """
tab() { COMP_LINE=$1; COMP_POINT=${#1}; COMP_TYPE=9; COMPREPLY=(); _argot_aws_complete; echo "${COMPREPLY[*]} pid=$_argot_aws_pid"; }
"""


def test_coprocess_started_once_reused_and_restarted():
    result = run_bash(
        coprocess_script(
            TAB
            + """
tab 'aws dire'
tab 'aws --output=t'
first=$_argot_aws_pid
jobs
kill -KILL "$first"
while kill -0 "$first" 2>/dev/null; do sleep 0.01; done
tab 'aws dire'
[[ $_argot_aws_pid != "$first" ]] && echo restarted
"""
        )
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    first_pid = lines[0].split("pid=")[1]
    assert lines[0] == f"directconnect pid={first_pid}"
    assert lines[1] == f"text table pid={first_pid}"
    # Not in the job table, nothing printed by starting it.
    assert lines[2].startswith("directconnect pid=") and lines[2] != lines[0]
    assert lines[3] == "restarted"
    assert result.stderr == ""


def test_fallback_on_timeout_then_a_new_server():
    result = run_bash(
        coprocess_script(
            TAB
            + """
tab 'aws dire'
first=$_argot_aws_pid
kill -STOP "$first"
# The stop may take effect a little later on a loaded machine: wait until the server is stopped.
until [[ $(cut -d' ' -f3 "/proc/$first/stat") == T ]]; do sleep 0.01; done
ARGOT_COMPLETE_TIMEOUT=0.5 tab 'aws --output=t'
for ((i = 0; i < 600; i++)); do kill -0 "$first" 2>/dev/null || break; sleep 0.05; done
kill -0 "$first" 2>/dev/null && echo "stopped server still alive" || echo "stopped server gone"
tab 'aws directconnect create-bgp-peer --new-bgp-peer asn=1,addr'
[[ -n $_argot_aws_pid && $_argot_aws_pid != "$first" ]] && echo "new server"
"""
        )
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("directconnect pid=")
    # The stopped server did not answer in time: the one-shot argot complete did, and the server was stopped.
    assert lines[1] == "text table pid="
    assert lines[2] == "stopped server gone"
    assert lines[3].startswith("1,addressFamily= pid=")
    assert lines[4] == "new server"


def test_server_ends_with_the_shell():
    # Even while a background job started after it lives on (bash keeps coprocess pipes from commands).
    result = run_bash(coprocess_script(TAB + "tab 'aws dire' >/dev/null; sleep 30 >/dev/null 2>&1 & disown; echo $_argot_aws_pid"))
    assert result.returncode == 0, result.stderr
    pid = int(result.stdout.strip())
    poll(lambda: not os.path.exists(f"/proc/{pid}") or "zombie" in open(f"/proc/{pid}/status").read().lower(),
         message="the server to exit after its shell")


def test_bash_completion_loads_the_file_lazily():
    if not os.path.exists("/usr/share/bash-completion/bash_completion"):
        pytest.skip("bash-completion is not installed (Scripts/install.sh --test)")
    data = tempfile.mkdtemp(prefix="argot-xdg-")
    folder = os.path.join(data, "bash-completion", "completions")
    os.makedirs(folder)
    with open(os.path.join(os.path.dirname(HERE), "..", "integrations", "bash", "aws.bash"), encoding="utf-8") as f:
        write(os.path.join(folder, "aws.bash"), f.read())
    script = f"""
source /usr/share/bash-completion/bash_completion
ARGOT_COMMAND={argot_path()}
complete -p aws 2>/dev/null && echo "loaded too early"
compopt() {{ local IFS=" "; echo "compopt $*"; }}
dispatch() {{
    COMP_LINE=$1; COMP_POINT=${{#1}}; COMP_TYPE=9; COMP_KEY=9
    read -ra COMP_WORDS <<<"$1"; [[ $1 == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); COMPREPLY=()
    _command_offset $2
    echo "${{COMPREPLY[*]}}"
}}
dispatch 'aws dire' 0
complete -p aws
dispatch 'aws directconnect create-bgp-peer --new-bgp-peer asn=1,addr' 0
dispatch 'sudo aws dire' 1
"""
    result = run_bash(script, env=environment(XDG_DATA_HOME=data))
    assert result.returncode == 0, result.stderr
    # _command_offset passes the compspec's own options on with compopt.
    lines = [line for line in result.stdout.splitlines() if line != "compopt -o nosort"]
    assert lines[0] == "directconnect"
    assert lines[1] == "complete -o nosort -F _argot_aws_complete aws"
    assert lines[2:] == ["compopt -o nospace", "1,addressFamily=", "directconnect"]


# --- real readline in tmux -------------------------------------------------------------------------------

@pytest.fixture
def tmux_bash():
    sessions = []

    def start(extra_rc=""):
        session = Tmux("bash", f'eval "$({argot_path()} init bash)"\n' + extra_rc)
        sessions.append(session)
        return session

    yield start
    for session in sessions:
        session.close()


def test_readline_in_tmux(tmux_bash):
    bash = tmux_bash()
    # A unique key: inserted with no space after `=`.
    bash.type_and_wait(
        "aws directconnect create-bgp-peer --new-bgp-peer asn=1,addr",
        "Tab",
        expect=r"asn=1,addressFamily=$",
    )
    # The values after `key=`: listed (show-all-if-ambiguous), common prefix inserted.
    bash.send("Tab")
    screen = poll(lambda: "ipv6" in bash.screen() and bash.screen(), message="the list of values")
    assert re.search(r"^ipv4\s+ipv6\s*$", screen, re.M), screen
    bash.type_and_wait("6", "Tab", expect=r"addressFamily=ipv6$")
    # Descriptions when listing several candidates; the inserted text stays the candidates' common prefix.
    bash.clear_line()
    bash.type_and_wait(
        "aws directconnect create-bgp-peer --new-bgp-peer asn=1,a",
        "Tab",
        expect=r"^authKey=\s+\(The authentication key for BGP configuration\.\)",
    )
    assert re.search(r"^\$ aws directconnect create-bgp-peer --new-bgp-peer asn=1,a$", bash.screen(), re.M)
    # --opt=value and a service, with a space after a finished word; no job notice from the coprocess.
    bash.clear_line()
    bash.type_and_wait("aws --output=tex", "Tab", expect=r"--output=text $")
    bash.clear_line()
    bash.type_and_wait("aws directc", "Tab", expect=r"^\$ aws directconnect $")
    assert not re.search(r"^\[\d+\]", bash.screen(), re.M)
    bash.send("C-u")
    bash.type_and_wait("jobs; echo jobs-done", "Enter", expect=r"^jobs-done$")
    assert not re.search(r"argot", bash.screen())


def test_readline_keeps_an_open_quote_open(tmux_bash):
    bash = tmux_bash()
    bash.type_and_wait(
        "aws directconnect create-bgp-peer --new-bgp-peer 'asn=1,addr", "Tab", expect=r"^\$ .*'asn=1,addressFamily=$"
    )
    # The quote is still open, so the value goes on; the listing shows only what follows the `=`.
    bash.send("Tab")
    screen = poll(lambda: "ipv6" in bash.screen() and bash.screen(), message="the list of values")
    assert re.search(r"^ipv4\s+ipv6\s*$", screen, re.M), screen
    bash.type_and_wait("6,authKey=k'", "Enter", expect=r"^.*command not found|^\$ $")


def test_readline_completes_paths_where_the_s3_commands_take_them(tmux_bash):
    folder = tempfile.mkdtemp(prefix="argot-paths-")
    write(os.path.join(folder, "README.md"), "")
    write(os.path.join(folder, "my file.txt"), "")
    os.makedirs(os.path.join(folder, "photos"))
    bash = tmux_bash(f"cd {folder}\n")
    # The files, the folder and s3:// are listed; nothing is inserted (no `--` from the options).
    bash.type_and_wait("aws s3 cp ", "Tab", expect=r"^s3://\s+\(An object or prefix in S3")
    screen = bash.screen()
    assert re.search(r"^README\.md\n^my file\.txt\n^photos/\n", screen, re.M), screen
    assert re.search(r"^\$ aws s3 cp $", screen, re.M), screen
    bash.type_and_wait("./R", "Tab", expect=r"^\$ aws s3 cp \./README\.md $")
    bash.type_and_wait("s", "Tab", expect=r"^\$ aws s3 cp \./README\.md s3://$")
    bash.clear_line()
    # A name with a space is escaped as bash would; a folder takes no space after its `/`.
    bash.type_and_wait("aws s3 mv my", "Tab", expect=r"^\$ aws s3 mv my\\ file\.txt $")
    bash.clear_line()
    bash.type_and_wait("aws s3 sync ph", "Tab", expect=r"^\$ aws s3 sync photos/$")
    bash.clear_line()
    bash.type_and_wait("aws s3 ls ", "Tab", expect=r"^\$ aws s3 ls s3://$")


def test_readline_lists_long_lists_in_columns(tmux_bash):
    # The tests' inputrc lists one per line (completion-display-width 0); this one lets readline use columns.
    bash = tmux_bash("bind 'set completion-display-width -1'\n")
    # directconnect has more operations than the 50-line terminal: they are listed bare, several per line.
    bash.type_and_wait("aws directconnect ", "Tab", expect=r"^accept-direct-connect-gateway-association-proposal\s+\S+")
    assert "(" not in bash.screen()


def test_readline_with_an_alias_and_a_function(tmux_bash):
    bash = tmux_bash("alias aws='aws --region us-east-1'\n")
    bash.type_and_wait("aws directconnect create-bgp-peer --new-bgp-peer asn=1,addr", "Tab", expect=r"asn=1,addressFamily=$")
    function = tmux_bash("aws() { command aws --region us-east-1 \"$@\"; }\n")
    function.type_and_wait("aws --output=tab", "Tab", expect=r"--output=table $")
    other = tmux_bash("alias a=aws\ncomplete -o nosort -F _argot_aws_complete a\n")
    other.type_and_wait("a directconnect create-bgp-peer --new-bgp-peer asn=1,addr", "Tab", expect=r"asn=1,addressFamily=$")


def test_readline_with_bash_completion_loaded(tmux_bash):
    if not os.path.exists("/usr/share/bash-completion/bash_completion"):
        pytest.skip("bash-completion is not installed (Scripts/install.sh --test)")
    bash = tmux_bash("source /usr/share/bash-completion/bash_completion\n")
    bash.type_and_wait("aws directconnect create-bgp-peer --new-bgp-peer asn=1,addr", "Tab", expect=r"asn=1,addressFamily=$")
    bash.clear_line()
    bash.type_and_wait("sudo aws --output=tab", "Tab", expect=r"sudo aws --output=table $")
