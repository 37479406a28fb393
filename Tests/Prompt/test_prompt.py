"""argot prompt on a real terminal (tmux): the questions, inline validation, completion inside values, the
printed command and what `argot parse` makes of it, Ctrl-C and signals, and no terminal at all."""

import os
import shlex
import signal
import subprocess

import pytest

from terminal import TIMEOUT, Terminal, argot_path, botocore_installed, environment, parse, wait_for_file

BGP_LINE = (
    "aws directconnect create-bgp-peer --virtual-interface-id dxvif-1 "
    "--new-bgp-peer asn=64600,addressFamily=ipv6"
)
INTERCONNECT_LINE = (
    "aws directconnect create-interconnect --interconnect-name 'ix one' --bandwidth 10Gbps --location EqDC2 "
    "--tags key=env,value=prod 'key=team,value=net ops'"
)


def prompt_in_pane(folder, *arguments):
    """A pane running `argot prompt ARGUMENTS`: its stdout goes to out.txt, its status to status.txt."""
    script = f'cd {shlex.quote(folder)} && "$ARGOT_COMMAND" prompt {shlex.join(arguments)} > out.txt; echo $? > status.txt'
    return Terminal(["sh", "-c", script], folder)


def finished(folder):
    status = wait_for_file(os.path.join(folder, "status.txt"))
    with open(os.path.join(folder, "out.txt"), encoding="utf-8") as handle:
        return status.strip(), handle.read()


def test_create_bgp_peer_asks_validates_completes_and_prints(tmp_path):
    folder = str(tmp_path)
    terminal = prompt_in_pane(folder, "aws", "directconnect", "create-bgp-peer")
    try:
        terminal.wait_for(r"^--virtual-interface-id\s+string")
        if botocore_installed():  # the embedded default carries no prose
            terminal.wait_for(r"The ID of the virtual interface\.")
        terminal.type("dxvif-1")
        terminal.send("Enter")
        terminal.wait_for(r"^--new-bgp-peer\s+structure")
        terminal.wait_for(r"Shorthand: asn=integer,asnLong=long")

        # asn=abc: the error and a caret under `abc`, the input kept; Enter does not accept it.
        terminal.type("asn=abc")
        terminal.wait_for(r'^❯ asn=abc\n      \^~~\n  asn: expected an integer, got "abc"')
        terminal.send("Enter")
        terminal.wait_for(r"Fix the value, then press Enter\.")
        terminal.wait_for(r"^❯ asn=abc$")

        # Corrected, then Tab completes the key and offers the address families.
        terminal.send("BSpace", "BSpace", "BSpace")
        terminal.type("64600,addressF")
        terminal.send("Tab")
        terminal.wait_for(r"^❯ asn=64600,addressFamily=$")
        terminal.wait_until_gone(r"expected an integer")
        terminal.send("Tab")
        terminal.wait_for(r"^▸ ipv4\b.*\n  ipv6\b")
        terminal.send("Down")
        terminal.wait_for(r"^▸ ipv6\b")
        terminal.send("Enter")
        terminal.wait_for(r"^❯ asn=64600,addressFamily=ipv6$")
        terminal.send("Enter")
        terminal.wait_for(r"^More parameters for create-bgp-peer")
        terminal.wait_for(r"^▸ done")
        terminal.send("Enter")
        status, output = finished(folder)
        terminal.wait_until_gone(r"^More parameters")
    finally:
        terminal.close()
    assert (status, output) == ("0", BGP_LINE + "\n")
    assert parse(output.strip()) == {
        "virtualInterfaceId": "dxvif-1",
        "newBGPPeer": {"asn": 64600, "addressFamily": "ipv6"},
    }


def test_create_interconnect_with_two_tags(tmp_path):
    folder = str(tmp_path)
    terminal = prompt_in_pane(folder, "aws", "directconnect", "create-interconnect")
    steps = [
        (r"^--interconnect-name\s+string\s+required \(1 of 3\)", ["ix one"]),
        (r"^--bandwidth\s+string\s+required \(2 of 3\)", ["10Gbps"]),
        (r"^--location\s+string\s+required \(3 of 3\)", ["EqDC2"]),
        (r"^--lag-id\s+string\s+optional", [""]),
        (r"^--tags\s+list\s+optional", ["key=env,value=prod"]),
        (r"^  1: key=env,value=prod$", ["key=team,value=net ops"]),
        (r"^  2: 'key=team,value=net ops'$", [""]),
        (r"^--provider-name\s+string\s+optional", [""]),
        (r"^--request-mac-sec\s+flag\s+optional", [""]),
        (r"^More parameters for create-interconnect", [""]),
    ]
    try:
        for screen, values in steps:
            terminal.wait_for(screen)
            for value in values:
                if value:
                    terminal.type(value)
                terminal.send("Enter")
        status, output = finished(folder)
    finally:
        terminal.close()
    assert (status, output) == ("0", INTERCONNECT_LINE + "\n")
    assert parse(output.strip()) == {
        "interconnectName": "ix one",
        "bandwidth": "10Gbps",
        "location": "EqDC2",
        "tags": [{"key": "env", "value": "prod"}, {"key": "team", "value": "net ops"}],
    }


def test_service_and_operation_are_picked_by_fuzzy_filter(tmp_path):
    folder = str(tmp_path)
    terminal = prompt_in_pane(folder)
    try:
        terminal.wait_for(r"^Service\s")
        terminal.type("dirconn")
        terminal.wait_for(r"^▸ directconnect\b")
        terminal.send("Enter")
        terminal.wait_for(r"^Operation of directconnect")
        terminal.type("crbgp")
        terminal.wait_for(r"^▸ create-bgp-peer\b")
        if botocore_installed():
            terminal.wait_for(r"Creates a BGP peer")
        terminal.send("Enter")
        terminal.wait_for(r"^--virtual-interface-id\s")
        terminal.send("C-c")
        status, output = finished(folder)
    finally:
        terminal.close()
    assert (status, output) == ("130", "")


def test_cli_auto_prompt_opens_prefilled(tmp_path):
    folder = str(tmp_path)
    terminal = prompt_in_pane(
        folder, "aws", "directconnect", "create-bgp-peer", "--cli-auto-prompt", "--virtual-interface-id", "dxvif-1"
    )
    try:
        terminal.wait_for(r"^aws directconnect create-bgp-peer --virtual-interface-id dxvif-1$")
        terminal.wait_for(r"^--new-bgp-peer\s")
        terminal.type("asn=64600,addressFamily=ipv6")
        terminal.send("Enter")
        terminal.wait_for(r"^More parameters")
        terminal.send("Enter")
        status, output = finished(folder)
    finally:
        terminal.close()
    assert (status, output) == ("0", BGP_LINE + "\n")


RUNNER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "run_prompt.py")


def runner_pane(folder):
    """A pane running run_prompt.py over `argot prompt aws directconnect create-bgp-peer`."""
    # The pane stays alive after the report (tmux may blank a dead pane).
    script = f"cd {shlex.quote(folder)} && python3 {shlex.quote(RUNNER)} aws directconnect create-bgp-peer; exec sleep 3600"
    return Terminal(["sh", "-c", script], folder)


def test_ctrl_c_prints_nothing_and_restores_the_terminal(tmp_path):
    folder = str(tmp_path)
    terminal = runner_pane(folder)
    try:
        terminal.wait_for(r"^--virtual-interface-id\s")
        terminal.type("dxvif")
        terminal.send("C-c")
        terminal.wait_for(r"^status=130 restored=yes out=0$")
        terminal.wait_until_gone(r"^--virtual-interface-id\s")
    finally:
        terminal.close()


@pytest.mark.parametrize("signal_number", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGQUIT, signal.SIGSEGV])
def test_a_signal_restores_the_terminal(tmp_path, signal_number):
    folder = str(tmp_path)
    terminal = runner_pane(folder)
    try:
        terminal.wait_for(r"^--virtual-interface-id\s")
        pid = int(wait_for_file(os.path.join(folder, "pid.txt")))
        os.kill(pid, signal_number)
        terminal.wait_for(rf"^status={128 + signal_number} restored=yes out=0$")
        terminal.wait_until_gone(r"^--virtual-interface-id\s")
    finally:
        terminal.close()


@pytest.mark.parametrize("stdin", [subprocess.PIPE, subprocess.DEVNULL])
def test_without_a_terminal_it_exits_at_once(stdin):
    # A pipe that is never written to or closed: waiting for input would hang until the timeout.
    process = subprocess.Popen(
        [argot_path(), "prompt", "aws", "directconnect", "create-bgp-peer"],
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(),
        start_new_session=True,
    )
    try:
        output, errors = process.communicate(timeout=TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 2
    assert output == ""
    assert "argot prompt needs a terminal: standard input is not a terminal" in errors


def test_help_needs_no_terminal():
    result = subprocess.run(
        [argot_path(), "prompt", "--help"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=environment(),
        timeout=TIMEOUT,
    )
    assert result.returncode == 0
    assert "USAGE: argot prompt [--line <line>] [--shell <shell>] [<command> ...]" in result.stdout


def test_f1_global_options_and_the_cli_s_own_commands(tmp_path):
    folder = str(tmp_path)
    with open(os.path.join(folder, "report.csv"), "w", encoding="utf-8") as handle:
        handle.write("a,b\n")
    terminal = prompt_in_pane(folder, "aws", "s3", "cp")
    try:
        # s3 cp asks its two paths first; Tab completes local files as the shells do.
        terminal.wait_for(r"^paths\s+string")
        terminal.type("rep")
        terminal.send("Tab")
        terminal.wait_for(r"^❯ report\.csv$")
        terminal.send("Enter")
        terminal.type("s3:")
        terminal.send("Tab")
        terminal.wait_for(r"^❯ s3://$")
        terminal.type("bucket/report.csv")
        terminal.send("Enter")
        terminal.wait_for(r"^More parameters for cp")
        # A global option from the menu, with its choices; F1 shows its whole documentation.
        terminal.type("output")
        terminal.send("Enter")
        terminal.wait_for(r"^--output\s+string")
        terminal.wait_for(r"F1 documentation")
        terminal.send("F1")
        terminal.wait_for(r"F1 less")
        terminal.send("F1")
        terminal.wait_for(r"F1 documentation")
        terminal.type("tab")
        terminal.send("Enter")
        terminal.wait_for(r"^aws s3 cp report\.csv s3://bucket/report\.csv --output table$")
        terminal.send("Enter")
        status, output = finished(folder)
    finally:
        terminal.close()
    assert (status, output) == ("0", "aws s3 cp report.csv s3://bucket/report.csv --output table\n")
