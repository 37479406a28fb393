"""The argot command end to end, through the built binary, on the embedded default and the installed models."""

import json

import pytest

from argot_binary import run_argot

EMBEDDED = {"ARGOT_NO_BOTOCORE": "1"}
BGP = ["aws", "directconnect", "create-bgp-peer", "--virtual-interface-id", "dxvif-fg1vuj3d", "--new-bgp-peer"]


@pytest.mark.parametrize("command", ["services", "operations", "schema", "doc", "parse", "validate", "skeleton", "serve"])
def test_every_subcommand_has_help(command):
    result = run_argot(command, "--help", env=EMBEDDED)
    assert "USAGE:" in result.stdout


def test_seed_bgp_peer_parses_to_the_request_the_aws_cli_sends():
    result = run_argot("parse", "--", *BGP, "asn=64600,addressFamily=ipv6", env=EMBEDDED)
    assert json.loads(result.stdout) == {
        "virtualInterfaceId": "dxvif-fg1vuj3d",
        "newBGPPeer": {"asn": 64600, "addressFamily": "ipv6"},
    }
    assert result.stderr == ""


def test_seed_interconnect_with_two_tags():
    result = run_argot(
        "parse", "--", "aws", "directconnect", "create-interconnect", "--interconnect-name", "i1",
        "--bandwidth", "10Gbps", "--location", "EqDC2", "--tags", "key=team,value=net", "key=env,value=prod",
        env=EMBEDDED)
    assert json.loads(result.stdout) == {
        "interconnectName": "i1", "bandwidth": "10Gbps", "location": "EqDC2",
        "tags": [{"key": "team", "value": "net"}, {"key": "env", "value": "prod"}],
    }


def test_bad_value_names_the_option_and_points_at_it():
    result = run_argot("parse", "--", *BGP, "asn=abc,addressFamily=ipv6", env=EMBEDDED, check=False)
    assert result.returncode == 252
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == 'argot: error: --new-bgp-peer: asn: expected an integer, got "abc"'
    assert lines[1] == "  asn=abc,addressFamily=ipv6"
    assert lines[2] == "      ^~~"


def test_unknown_key_gets_did_you_mean():
    result = run_argot("validate", "--", *BGP, "asn=1,adressFamily=ipv6", env=EMBEDDED, check=False)
    assert result.returncode == 252
    assert 'did you mean "addressFamily"' in result.stderr


def test_enum_value_is_a_warning_not_an_error():
    result = run_argot("parse", "--", *BGP, "asn=1,addressFamily=ipv7", env=EMBEDDED, check=False)
    assert result.returncode == 0
    assert "warning" in result.stderr and "ipv4" in result.stderr
    assert json.loads(result.stdout)["newBGPPeer"]["addressFamily"] == "ipv7"


@pytest.mark.parametrize("args", [["schema", "directconect", "create-bgp-peer"], ["doc", "directconnect", "create-bgp-pear"]])
def test_unknown_names_exit_non_zero_with_the_closest_names(args):
    result = run_argot(*args, env=EMBEDDED, check=False)
    assert result.returncode == 252
    assert result.stdout == ""
    assert "did you mean" in result.stderr


def test_skeleton_is_the_aws_cli_v2_input_skeleton():
    result = run_argot("skeleton", "directconnect", "create-bgp-peer", env=EMBEDDED)
    expected = {"virtualInterfaceId": "", "newBGPPeer": {"asn": 0, "asnLong": 0, "authKey": "", "addressFamily": "ipv4",
                                                          "amazonAddress": "", "customerAddress": ""}}
    assert result.stdout == json.dumps(expected, indent=4) + "\n"


def test_schema_carries_the_seed_page_syntax_lines():
    document = json.loads(run_argot("schema", "directconnect", "create-bgp-peer", env=EMBEDDED).stdout)
    by_name = {parameter["name"]: parameter for parameter in document["parameters"]}
    assert by_name["--new-bgp-peer"]["shorthandSyntax"] == (
        "asn=integer,asnLong=long,authKey=string,addressFamily=string,amazonAddress=string,customerAddress=string")
    interconnect = json.loads(run_argot("schema", "directconnect", "create-interconnect", env=EMBEDDED).stdout)
    tags = next(p for p in interconnect["parameters"] if p["name"] == "--tags")
    assert tags["shorthandSyntax"] == "key=string,value=string ..."
    globals_ = {option["name"]: option for option in document["globalOptions"]}
    # The seed page's choices; AWS CLI v2 2.36.7 (whose layer argot follows for v2) has added `off` since.
    assert globals_["--output"]["enum"] == ["json", "text", "table", "yaml", "yaml-stream", "off"]
    assert globals_["--color"]["enum"] == ["on", "off", "auto"]


def test_doc_page_has_the_seed_layout():
    page = run_argot("doc", "directconnect", "create-bgp-peer", env=EMBEDDED).stdout
    for heading in ("SYNOPSIS", "OPTIONS", "OUTPUT"):
        assert heading in page
    assert "[--cli-input-json | --cli-input-yaml]" in page
    assert "Shorthand Syntax:" in page and "JSON Syntax:" in page


def test_services_on_the_embedded_default():
    assert run_argot("services", env=EMBEDDED).stdout.split() == ["directconnect"]
    everything = run_argot("operations", "directconnect", "--hidden", env=EMBEDDED).stdout.split("\n")
    assert len([line for line in everything if line and not line.startswith("wait ")]) == 63
    offered = run_argot("operations", "directconnect", env=EMBEDDED).stdout.split("\n")
    # Deprecated operations stay accepted but are not offered, as in the AWS CLI.
    assert len([line for line in offered if line and not line.startswith("wait ")]) == 59
