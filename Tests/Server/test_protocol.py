"""Real replies of `argot serve` against the protocol's JSON Schemas (Schemas/protocol/openrpc.json).

Every method is called through pipes on the real binary, with valid and invalid params; each request's params
are checked against the method's `x-params` schema (valid ones must pass, invalid ones must fail), and each reply
against the method's result schema or, for errors, the documented codes and `data` schemas. Run:
python3 -m pytest Tests/Server
"""

import json
import os
import re
import subprocess

import jsonschema
import pytest

from argot_server import Server, argot_path
from protocol_schemas import METHODS, OPENRPC, ROOT, check_error, check_params, check_reply

BGP = {"service": "directconnect", "operation": "create-bgp-peer"}
INTERCONNECT = {"service": "directconnect", "operation": "create-interconnect"}
BGP_LINE = "aws directconnect create-bgp-peer --virtual-interface-id dxvif-1 --new-bgp-peer asn=abc,adressFamily=ipv6"

# (method, params, expected error code or None)
CASES = [
    ("argot/services", None, None),
    ("argot/services", {}, None),
    ("argot/operations", {"service": "directconnect"}, None),
    ("argot/operations", {"service": "directconect"}, -32010),
    ("argot/schema", BGP, None),
    ("argot/schema", {**BGP, "format": "json-schema"}, None),
    ("argot/schema", {**BGP, "globalOptions": False}, None),
    ("argot/schema", {**INTERCONNECT, "format": "argot"}, None),
    ("argot/schema", {**BGP, "format": "yaml"}, -32602),
    ("argot/schema", {"service": "directconnect", "operation": "create-bgp-pear"}, -32011),
    ("argot/schema", {"service": "s3", "operation": "cp"}, -32013),
    ("argot/doc", BGP, None),
    ("argot/doc", {**INTERCONNECT, "width": 60}, None),
    ("argot/doc", {**BGP, "width": 10}, -32602),
    ("argot/skeleton", BGP, None),
    ("argot/skeleton", {**BGP, "kind": "yaml-input"}, None),
    ("argot/skeleton", {**BGP, "kind": "output"}, None),
    ("argot/skeleton", {**BGP, "requiredOnly": True, "oneUnionMember": True, "prefill": {"virtualInterfaceId": "v"}}, None),
    ("argot/skeleton", {"service": "directconnect"}, -32602),
    ("argot/parse", {"line": BGP_LINE}, None),
    ("argot/parse", {"argv": ["aws", "directconnect", "create-bgp-peer", "--new-bgp-peer", "asn=1"], "partial": True}, None),
    ("argot/parse", {"argv": ["aws", "directconect"]}, None),
    ("argot/parse", {"line": "aws s3 cp a b"}, None),
    ("argot/parse", {"argv": ["aws"], "line": "aws"}, -32602),
    ("argot/parse", {}, -32602),
    ("argot/validate", {"line": BGP_LINE}, None),
    ("argot/validate", {"argv": ["aws", "directconnect", "describe-locations"]}, None),
    ("argot/validate", {**BGP, "input": {"newBGPPeer": {"asn": "x"}, "bogus": 1}}, None),
    ("argot/validate", {**BGP, "input": "{\"newBGPPeer\": "}, None),
    ("argot/validate", {"service": "directconnect", "operation": "nope", "input": {}}, -32011),
    ("argot/validate", {"input": {}}, -32602),
    ("argot/shorthand", {**BGP, "option": "--new-bgp-peer", "text": "asn=64600,addressFamily=ipv6"}, None),
    ("argot/shorthand", {**BGP, "option": "--new-bgp-peer", "text": "asn=abc,adressFamily=ipv6,x"}, None),
    ("argot/shorthand", {**BGP, "option": "--new-bgp-peer", "text": "{\"asn\": 1"}, None),
    ("argot/shorthand", {**INTERCONNECT, "option": "--tags", "text": ["key=a,value=b", "key=c"], "partial": True}, None),
    ("argot/shorthand", {**BGP, "option": "--new-bgp-pear", "text": "asn=1"}, -32012),
    ("argot/shorthand", {**BGP, "option": "--virtual-interface-id", "text": "x"}, -32015),
    ("argot/shorthand", {**BGP, "option": "--new-bgp-peer", "text": 5}, -32602),
    ("argot/format", {**BGP, "option": "--new-bgp-peer", "value": {"asn": 64600, "authKey": "a b"}}, None),
    ("argot/format", {**INTERCONNECT, "option": "--tags", "value": [{"key": "a", "value": "b"}]}, None),
    ("argot/format", {**BGP, "option": "--new-bgp-peer", "value": {"asn": "not a number"}}, None),
    ("argot/format", {**BGP, "option": "--new-bgp-peer"}, -32602),
    ("argot/complete", {"line": "aws directconnect create-bgp-peer --new-bgp-peer asn=1,addr"}, None),
    ("argot/complete", {"line": "aws dir", "point": 5}, None),
    ("argot/complete", {"line": "aws ", "point": -1}, -32602),
    ("argot/complete", {"point": 1}, -32602),
    ("argot/nothing", None, -32601),
]


@pytest.fixture(scope="module")
def server():
    with Server() as process:
        reply = process.request("initialize", {"clientInfo": {"name": "pytest"}})
        check_params("initialize", {"clientInfo": {"name": "pytest"}})
        check_reply("initialize", reply)
        yield process


@pytest.mark.parametrize("method,params,code", CASES, ids=[f"{m} {json.dumps(p)[:60]}" for m, p, _ in CASES])
def test_reply_matches_the_schemas(server, method, params, code):
    if method in METHODS:
        if code in (None, -32010, -32011, -32012, -32013, -32015):
            check_params(method, params)
        elif code == -32602:
            with pytest.raises(jsonschema.ValidationError):
                check_params(method, params)
    reply = server.request(method, params)
    if code is None:
        assert "result" in reply, reply
    else:
        assert reply.get("error", {}).get("code") == code, reply
    check_reply(method, reply)


def test_every_method_has_a_schema_and_a_section():
    with Server() as fresh:
        result = fresh.initialize()
    documentation = (ROOT / "Documentation" / "Protocol.md").read_text()
    for method in result["capabilities"]["methods"] + result["capabilities"]["reservedMethods"]:
        assert method in METHODS, method
        assert f"### `{method}`" in documentation, method
    assert {m["name"] for m in OPENRPC["methods"]} >= set(result["capabilities"]["methods"])


def test_lifecycle_replies_match_the_schemas():
    with Server() as process:
        early = process.request("argot/services")
        assert early["error"]["code"] == -32002
        check_reply("argot/services", early)
        check_reply("initialize", process.request("initialize"))
        again = process.request("initialize")
        assert again["error"]["code"] == -32600
        check_reply("initialize", again)
        done = process.request("shutdown")
        check_reply("shutdown", done)
        late = process.request("argot/schema", BGP)
        assert late["error"]["code"] == -32600
        check_reply("argot/schema", late)
        process.notify("exit")
        assert process.wait() == 0


def test_cli_parse_json_uses_the_same_diagnostics(server):
    """`argot parse --json` prints the diagnostics the server answers with: one encoding."""
    environment = dict(os.environ, ARGOT_NO_BOTOCORE="1", ARGOT_CACHE_DIR=server.cache_dir)
    for extra, params in [(["--line", BGP_LINE], {"line": BGP_LINE}),
                          (["--", *BGP_LINE.split()], {"argv": BGP_LINE.split()})]:
        cli = subprocess.run([argot_path(), "parse", "--json", *extra], capture_output=True, text=True, env=environment)
        assert cli.returncode == 252, cli.stderr
        printed = json.loads(cli.stdout)
        served = server.call("argot/parse", params)
        assert printed["diagnostics"] == served["diagnostics"]
        assert printed["parameters"] == served["params"]


def test_protocol_document_examples_are_real(server):
    """Each example in Documentation/Protocol.md marked as a request/response pair is what the server answers."""
    text = (ROOT / "Documentation" / "Protocol.md").read_text()
    pairs = re.findall(r"<!-- example -->\s*```json\n(.*?)\n```\s*```json\n(.*?)\n```", text, re.S)
    assert len(pairs) >= 10
    for request_text, response_text in pairs:
        request = json.loads(request_text)
        expected = json.loads(response_text)
        reply = server.request(request["method"], request.get("params"), request_id=request["id"])
        assert reply == expected, request["method"]
        check_reply(request["method"], reply)


@pytest.fixture(scope="module")
def botocore_server():
    pytest.importorskip("botocore")
    with Server(botocore=True) as process:
        info = process.initialize()
        if info["models"]["botocoreDataDirectory"] is None:
            pytest.skip("no installed botocore found by argot")
        yield process


EC2 = {"service": "ec2", "operation": "run-instances"}


@pytest.mark.parametrize("method,params", [
    ("argot/operations", {"service": "ec2"}),
    ("argot/schema", EC2),
    ("argot/schema", {**EC2, "format": "json-schema"}),
    ("argot/doc", EC2),
    ("argot/skeleton", {**EC2, "kind": "yaml-input"}),
    ("argot/shorthand", {**EC2, "option": "--block-device-mappings",
                         "text": ["DeviceName=/dev/sda1,Ebs={VolumeSize=100,VolumeType=gp9}", "DeviceName=x,Ebs={"]}),
    ("argot/format", {**EC2, "option": "--tag-specifications",
                      "value": [{"ResourceType": "instance", "Tags": [{"Key": "a", "Value": "b"}]}]}),
    ("argot/validate", {"line": "aws ec2 run-instances --image-id ami-1 --count 2 --instance-type t9.huge"}),
    ("argot/parse", {"line": "aws ec2 wait instance-running --instance-ids i-1"}),
    ("argot/schema", {"service": "ec2", "operation": "wait instance-running"}),
    ("argot/services", None),
])
def test_botocore_replies_match_the_schemas(botocore_server, method, params):
    check_params(method, params)
    reply = botocore_server.request(method, params)
    assert "result" in reply, reply
    check_reply(method, reply)
