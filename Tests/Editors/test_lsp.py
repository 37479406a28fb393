"""argot serve as a language server, through pipes: every LSP method it answers, checked against
Schemas/protocol/openrpc.json, the examples of Documentation/Protocol.md replayed, and the script reading rules
(continuations, quotes, expansions, heredocs, several commands per line, file:// values, UTF-16 columns).

Runs the real binary (ARGOT_BINARY or .build/debug/argot) with the embedded Direct Connect default.
"""

import json
import os
import re
import tempfile

import jsonschema
import pytest

from lsp_client import LSPClient
from protocol_schemas import ROOT, check_params, check_reply, validator

BGP = "aws directconnect create-bgp-peer --virtual-interface-id dxvif-1 --new-bgp-peer "


def uri_of(path):
    return "file://" + path


@pytest.fixture
def client():
    with LSPClient() as process:
        yield process


def diagnostics_of(client, text, uri="file:///tmp/argot-test/script.sh", language="sh"):
    client.open(uri, text, language)
    return client.wait_for_diagnostics(uri, 1)["diagnostics"]


def codes(diagnostics):
    return [d["code"] for d in diagnostics]


def test_initialize_announces_lsp_and_argot_capabilities(client):
    params = {"processId": None, "rootUri": None, "capabilities": {}, "initializationOptions": {"diagnosticsDelay": 5}}
    check_params("initialize", params)
    reply = client.request("initialize", params)
    check_reply("initialize", reply)
    capabilities = reply["result"]["capabilities"]
    assert capabilities["textDocumentSync"]["change"] == 2
    assert {"-", "=", ",", " "} <= set(capabilities["completionProvider"]["triggerCharacters"])
    assert capabilities["hoverProvider"] is True
    assert "quickfix" in capabilities["codeActionProvider"]["codeActionKinds"]
    assert capabilities["positionEncoding"] == "utf-16"
    for method in ["textDocument/hover", "textDocument/completion", "textDocument/codeAction",
                   "textDocument/didOpen", "textDocument/didChange", "textDocument/didClose", "textDocument/didSave"]:
        assert method in capabilities["methods"]
    # What argot clients read keeps working.
    assert "argot/parse" in capabilities["methods"] and capabilities["batches"] is True
    assert client.call("argot/parse", {"line": BGP + "asn=1"})["command"]["operation"] == "create-bgp-peer"


def test_documentation_examples_are_real(client):
    """Each `<!-- lsp-example -->` pair of Protocol.md: the client's message, then the server's next message."""
    text = (ROOT / "Documentation" / "Protocol.md").read_text()
    pairs = re.findall(r"<!-- lsp-example -->\s*```json\n(.*?)\n```\s*```json\n(.*?)\n```", text, re.S)
    assert len(pairs) >= 5
    client.lsp_initialize()
    for sent_text, expected_text in pairs:
        sent = json.loads(sent_text)
        expected = json.loads(expected_text)
        if "params" in sent and sent["method"] in {m for m in ("textDocument/didOpen", "textDocument/didChange")}:
            check_params(sent["method"], sent["params"])
        client.send(sent)
        answer = client.next_message()
        assert answer == expected, sent["method"]
        if "id" in sent:
            check_reply(sent["method"], answer)
        else:
            validator({"$ref": "#/components/schemas/PublishDiagnosticsParams"}).validate(answer["params"])


def test_bad_shorthand_value_is_reported_at_its_characters(client):
    client.lsp_initialize()
    found = diagnostics_of(client, "#!/bin/bash\n" + BGP + "asn=64512,addressFamily=ipv9\n")
    assert codes(found) == ["invalid-enum"]
    start = len(BGP) + len("asn=64512,addressFamily=")
    assert found[0]["range"] == {"start": {"line": 1, "character": start}, "end": {"line": 1, "character": start + 4}}
    assert found[0]["severity"] == 2 and found[0]["source"] == "argot"


def test_unknown_names_come_with_the_closest_one(client):
    client.lsp_initialize()
    found = diagnostics_of(client, "aws directconect describe-locations\naws directconnect describe-location\n"
                                   "aws directconnect describe-locations --regoin us-east-1\n")
    # The word after an unknown option is taken as its value, not reported again.
    assert codes(found) == ["unknown-service", "unknown-operation", "unknown-option"]
    assert found[0]["data"]["suggestions"] == ["directconnect"]
    assert "describe-locations" in found[1]["message"]
    assert found[2]["range"]["start"] == {"line": 2, "character": 37}


def test_missing_required_options_point_at_the_command(client):
    client.lsp_initialize()
    found = diagnostics_of(client, "aws directconnect create-interconnect --interconnect-name i1\n")
    assert codes(found) == ["missing-required-option"] * 2
    assert [d["message"] for d in found] == ["missing required option --bandwidth", "missing required option --location"]
    assert found[0]["range"] == {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 37}}


def test_scripts_are_read_as_the_shell_reads_them(client):
    client.lsp_initialize()
    script = "\n".join([
        "#!/bin/sh",
        "# aws directconnect nope  (a comment)",
        "set -e",
        "aws directconnect create-bgp-peer \\",
        "    --virtual-interface-id \"$VIF\" \\",
        "    --new-bgp-peer 'asn=x,addressFamily=ipv4'",
        "cat <<EOF",
        "aws directconnect nope inside a heredoc",
        "EOF",
        "ID=$(aws directconnect describe-locations --bogus) && aws directconect x; echo ok | aws directconnect y",
        "sudo -u ops AWS_PROFILE=p aws directconnect describe-locations --output jsn",
        "aws directconnect create-bgp-peer --virtual-interface-id \"${VIF}\" --new-bgp-peer \"asn=$ASN\"",
        "aws directconnect create-bgp-peer $COMMON_OPTIONS",
        "",
    ])
    found = diagnostics_of(client, script)
    placed = [(d["code"], d["range"]["start"]["line"], d["range"]["start"]["character"]) for d in found]
    assert placed == [
        ("invalid-integer", 5, 24),
        ("unknown-option", 9, 42),
        ("unknown-service", 9, 58),
        ("unknown-operation", 9, 102),
        ("invalid-choice", 10, 72),
    ]


def test_file_values_are_read_from_the_scripts_folder(client):
    client.lsp_initialize()
    folder = tempfile.mkdtemp(prefix="argot-lsp-")
    with open(os.path.join(folder, "peer.json"), "w") as file:
        file.write('{"asn": 64512, "addressFamily": "ipv6"}')
    uri = uri_of(os.path.join(folder, "deploy.sh"))
    text = (BGP.replace("--new-bgp-peer ", "--new-bgp-peer file://peer.json") + "\n"
            + BGP.replace("--new-bgp-peer ", "--new-bgp-peer file://missing.json") + "\n"
            + "aws directconnect create-bgp-peer --cli-input-json file://nowhere.json\n")
    found = diagnostics_of(client, text, uri=uri)
    assert codes(found) == ["file-unreadable", "file-unreadable"]
    assert [d["range"]["start"]["line"] for d in found] == [1, 2]
    assert "missing.json" in found[0]["message"]
    # The file appears on disk and the script is saved: checked again.
    with open(os.path.join(folder, "missing.json"), "w") as file:
        file.write('{"asn": 1}')
    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    assert codes(client.wait_for_diagnostics(uri, 1)["diagnostics"]) == ["file-unreadable"]


def test_files_the_script_writes_are_assumed_and_the_hover_says_so(client):
    client.lsp_initialize()
    folder = tempfile.mkdtemp(prefix="argot-lsp-")
    uri = uri_of(os.path.join(folder, "deploy.sh"))
    command = BGP.replace("--new-bgp-peer ", "--new-bgp-peer file://peer.json")
    text = ("aws --version\n"
            + "cat <<EOF > peer.json\n"
            + '{"asn": 64512, "addressFamily": "ipv6"}\n'
            + "EOF\n"
            + command + "\n"
            + BGP.replace("--new-bgp-peer ", "--new-bgp-peer file://never.json") + "\n")
    found = diagnostics_of(client, text, uri=uri)
    assert codes(found) == ["file-unreadable"]
    assert [d["range"]["start"]["line"] for d in found] == [5]
    hover = client.call("textDocument/hover", client.position_params(uri, 4, len(command) - 3))
    assert "argot assumed `peer.json` is there when this runs: the script writes it on line 2" in (
        hover["contents"]["value"])


def test_columns_count_utf16_code_units(client):
    client.lsp_initialize()
    found = diagnostics_of(client, "echo '🔑🔑'; " + BGP + "asn=abc\n")
    start = len("echo '🔑🔑'; ".encode("utf-16-le")) // 2 + len(BGP) + len("asn=")
    assert found[0]["range"]["start"] == {"line": 0, "character": start}
    assert found[0]["range"]["end"] == {"line": 0, "character": start + 3}


def test_incremental_changes_update_the_diagnostics(client):
    client.lsp_initialize()
    uri = "file:///tmp/argot-test/edit.sh"
    assert codes(diagnostics_of(client, BGP + "asn=abc\n", uri=uri)) == ["invalid-integer"]
    column = len(BGP) + len("asn=")
    client.change(uri, 2, [{"range": {"start": {"line": 0, "character": column},
                                      "end": {"line": 0, "character": column + 3}}, "text": "64512"}])
    assert client.wait_for_diagnostics(uri, 2)["diagnostics"] == []
    # A change without a range replaces the text.
    client.change(uri, 3, [{"text": "aws directconnect nope\n"}])
    assert codes(client.wait_for_diagnostics(uri, 3)["diagnostics"]) == ["unknown-operation"]
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    cleared = client.wait_for_diagnostics(uri)
    assert cleared["diagnostics"] == [] and "version" not in cleared


def test_changes_while_typing_are_coalesced_and_the_last_one_wins(client):
    client.lsp_initialize({"diagnosticsDelay": 300})
    uri = "file:///tmp/argot-test/typing.sh"
    client.open(uri, BGP + "asn=")
    client.wait_for_diagnostics(uri, 1)
    for version, character in enumerate("12345678", start=2):
        column = len(BGP) + len("asn=") + version - 2
        client.change(uri, version, [{"range": {"start": {"line": 0, "character": column},
                                                "end": {"line": 0, "character": column}}, "text": character}])
    published = []
    while not published or published[-1]["params"]["version"] != 9:
        message = client.next_message()
        if message.get("method") == "textDocument/publishDiagnostics":
            published.append(message)
    assert published[-1]["params"]["diagnostics"] == []
    # Eight keystrokes sent back to back within the 300 ms delay: one or two computations, not eight.
    assert len(published) <= 2, [m["params"]["version"] for m in published]


def test_requests_see_the_changes_sent_before_them(client):
    client.lsp_initialize()
    uri = "file:///tmp/argot-test/order.sh"
    client.open(uri, "aws directconnect create-bgp-peer --new-bgp-peer asn=1")
    line = "aws directconnect create-bgp-peer --new-bgp-peer asn=1,"
    client.change(uri, 2, [{"range": {"start": {"line": 0, "character": len(line) - 1},
                                      "end": {"line": 0, "character": len(line) - 1}}, "text": ","}])
    result = client.call("textDocument/completion", client.position_params(uri, 0, len(line)))
    labels = [item["label"] for item in result["items"]]
    assert "addressFamily" in labels and "asn" not in labels[:1]
    edit = result["items"][0]["textEdit"]
    assert edit["range"] == {"start": {"line": 0, "character": len(line)}, "end": {"line": 0, "character": len(line)}}


def test_completion_replaces_only_the_part_being_typed(client):
    client.lsp_initialize()
    uri = "file:///tmp/argot-test/complete.sh"
    text = "aws directconnect create-bgp-peer \\\n  --new-bgp-peer asn=1,addressFamily=ip"
    client.open(uri, text)
    params = client.position_params(uri, 1, len("  --new-bgp-peer asn=1,addressFamily=ip"))
    check_params("textDocument/completion", params)
    reply = client.request("textDocument/completion", params)
    check_reply("textDocument/completion", reply)
    items = reply["result"]["items"]
    assert [item["label"] for item in items] == ["ipv4", "ipv6"]
    assert items[0]["textEdit"]["range"] == {"start": {"line": 1, "character": 37}, "end": {"line": 1, "character": 39}}
    # Option names after the dashes, and nothing outside aws commands.
    options = client.call("textDocument/completion", client.position_params(uri, 1, 4))
    assert options["items"] and all(item["label"].startswith("--") for item in options["items"])
    client.open("file:///tmp/argot-test/other.sh", "echo hello ")
    assert client.call("textDocument/completion",
                       client.position_params("file:///tmp/argot-test/other.sh", 0, 11))["items"] == []


def test_hover_explains_options_and_keys(client):
    client.lsp_initialize()
    uri = "file:///tmp/argot-test/hover.sh"
    client.open(uri, BGP + "asn=1,addressFamily=ipv4 --output json")
    params = client.position_params(uri, 0, len(BGP) + 12)
    check_params("textDocument/hover", params)
    reply = client.request("textDocument/hover", params)
    check_reply("textDocument/hover", reply)
    value = reply["result"]["contents"]["value"]
    assert value.startswith("**addressFamily** (string) in --new-bgp-peer")
    assert "`ipv4`, `ipv6`" in value
    assert reply["result"]["range"] == {"start": {"line": 0, "character": len(BGP) + 6},
                                        "end": {"line": 0, "character": len(BGP) + 24}}
    option = client.call("textDocument/hover", client.position_params(uri, 0, len(BGP) - 5))
    assert "Shorthand syntax" in option["contents"]["value"]
    output = client.call("textDocument/hover", client.position_params(uri, 0, len(BGP) + 28))
    assert output["contents"]["value"].startswith("**--output** (string)")
    nothing = client.request("textDocument/hover", client.position_params(uri, 5, 0))
    assert nothing["result"] is None
    check_reply("textDocument/hover", nothing)


def test_code_actions_convert_values_and_add_options(client):
    client.lsp_initialize()
    uri = "file:///tmp/argot-test/actions.sh"
    text = ("aws directconnect create-interconnect --interconnect-name i1 --bandwidth 1Gbps --location EqDC2 "
            "--tags key=team,value=net key=env\n"
            "aws directconnect create-interconnect --interconnect-name i1 --tags '[{\"key\": \"a\", \"value\": \"b c\"}]'\n"
            "aws directconnect create-bgp-peer --virtual-interface-id v --new-bgp-peer asn=1 --ouput json\n")
    client.open(uri, text)
    params = {"textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 110},
                                                       "end": {"line": 0, "character": 110}},
              "context": {"diagnostics": []}}
    check_params("textDocument/codeAction", params)
    reply = client.request("textDocument/codeAction", params)
    check_reply("textDocument/codeAction", reply)
    [to_json] = reply["result"]
    assert to_json["title"] == "Write --tags as JSON"
    [edit] = to_json["edit"]["changes"][uri]
    assert edit["newText"] == "'[{\"key\":\"team\",\"value\":\"net\"},{\"key\":\"env\"}]'"
    actions = client.call("textDocument/codeAction", {**params, "range": {"start": {"line": 1, "character": 75},
                                                                          "end": {"line": 1, "character": 75}}})
    titles = [action["title"] for action in actions]
    assert titles == ["Write --tags in shorthand", "Add the required options --bandwidth, --location"]
    assert actions[0]["edit"]["changes"][uri][0]["newText"] == "'key=a,value=b c'"
    assert actions[1]["edit"]["changes"][uri][0]["newText"] == " --bandwidth string --location string"
    fixes = client.call("textDocument/codeAction", {**params, "range": {"start": {"line": 2, "character": 82},
                                                                        "end": {"line": 2, "character": 82}},
                                                    "context": {"diagnostics": [], "only": ["quickfix"]}})
    assert [fix["title"] for fix in fixes] == ["Change to --output"]
    assert fixes[0]["isPreferred"] is True
    # A misspelt shorthand key: the closest member of its structure.
    client.change(uri, 2, [{"range": {"start": {"line": 3, "character": 0}, "end": {"line": 3, "character": 0}},
                            "text": BGP + "asn=1,adressFamily=ipv6\n"}])
    column = len(BGP) + len("asn=1,") + 3
    keys = client.call("textDocument/codeAction", {**params, "range": {"start": {"line": 3, "character": column},
                                                                       "end": {"line": 3, "character": column}}})
    assert keys[0]["title"] == "Change to addressFamily"
    assert keys[0]["edit"]["changes"][uri][0]["range"] == {"start": {"line": 3, "character": column - 3},
                                                           "end": {"line": 3, "character": column + 9}}


def test_words_bash_brace_expands_are_warnings_with_a_quote_fix(client):
    client.lsp_initialize()
    uri = "file:///tmp/argot-test/braces.sh"
    # bash makes the first value two words: `dxvif-1` and `dxvif-2`.
    command = "aws directconnect describe-virtual-interfaces --virtual-interface-id "
    text = (command + "dxvif-{1,2}\n"
            + command + "'dxvif-{1,2}'\n"
            "aws directconnect describe-tags --resource-arns arn:x*\n")
    found = diagnostics_of(client, text, uri=uri)
    assert [(d["code"], d["severity"], d["range"]["start"]["line"]) for d in found] == [
        ("brace-expansion", 2, 0), ("unquoted-glob", 2, 2)]
    assert found[0]["range"]["start"]["character"] == text.index("{")
    column = len(command) + 2
    params = {"textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": column},
                                                       "end": {"line": 0, "character": column}},
              "context": {"diagnostics": [], "only": ["quickfix"]}}
    fixes = client.call("textDocument/codeAction", params)
    assert [fix["title"] for fix in fixes] == ["Quote it"]
    [edit] = fixes[0]["edit"]["changes"][uri]
    assert edit["newText"] == "'dxvif-{1,2}'"
    assert edit["range"]["start"] == {"line": 0, "character": len(command)}


def test_cli_input_files_by_modeline_and_settings(client):
    folder = tempfile.mkdtemp(prefix="argot-lsp-input-")
    client.lsp_initialize({"inputFiles": {"bgp/*.json": "directconnect create-bgp-peer"}})
    yaml_uri = uri_of(os.path.join(folder, "peer.yaml"))
    yaml = "# argot: aws directconnect create-bgp-peer\nvirtualInterfaceId: dxvif-1\nnewBGPPeer:\n  asn: x\n"
    found = diagnostics_of(client, yaml, uri=yaml_uri, language="yaml")
    assert codes(found) == ["invalid-type"]
    assert found[0]["range"]["start"]["line"] == 3
    json_uri = uri_of(os.path.join(folder, "bgp", "peer.json"))
    found = diagnostics_of(client, '{"virtualInterfaceId": "v", "newBGPPeer": {"asn": 1}, "bogus": 2}',
                           uri=json_uri, language="json")
    assert codes(found) == ["unknown-parameter"]
    assert found[0]["range"]["start"] == {"line": 0, "character": 54}
    # Not associated: nothing.
    other = uri_of(os.path.join(folder, "other.json"))
    assert diagnostics_of(client, '{"bogus": 1}', uri=other, language="json") == []
    # New settings associate it.
    client.notify("workspace/didChangeConfiguration",
                  {"settings": {"argot": {"inputFiles": {"other.json": "directconnect describe-connections"}}}})
    published = client.wait_for_diagnostics_where(other, lambda found: found != [])
    assert codes(published["diagnostics"]) == ["unknown-parameter"]
    # A modeline naming an unknown operation says so on the modeline.
    bad = uri_of(os.path.join(folder, "bad.yaml"))
    found = diagnostics_of(client, "# argot: aws directconnect create-bgp-pear\n", uri=bad, language="yaml")
    assert codes(found) == ["unknown-operation"]
    assert found[0]["range"]["start"] == {"line": 0, "character": 0}


def test_bad_requests_are_answered_and_the_server_carries_on(client):
    client.lsp_initialize()
    reply = client.request("textDocument/hover", client.position_params("file:///not/open.sh", 0, 0))
    assert reply["error"]["code"] == -32602 and reply["error"]["data"]["field"] == "textDocument.uri"
    check_reply("textDocument/hover", reply)
    reply = client.request("textDocument/completion", {"textDocument": {"uri": "file:///x.sh"}})
    assert reply["error"]["code"] == -32602 and "position" in reply["error"]["message"]
    with pytest.raises(jsonschema.ValidationError):
        check_params("textDocument/completion", {"textDocument": {"uri": "file:///x.sh"}})
    client.notify("textDocument/didChange", {"textDocument": {"uri": 5}})
    client.notify("textDocument/didOpen", {"textDocument": {"uri": "file:///y.sh"}})
    client.change("file:///never-opened.sh", 2, [{"text": "x"}])
    assert client.shutdown_and_exit() == 0
    assert b"textDocument/didChange" in client.stderr


def test_notifications_before_initialize_are_dropped():
    with LSPClient() as client:
        client.open("file:///tmp/argot-test/early.sh", "aws directconnect nope\n")
        client.lsp_initialize()
        reply = client.request("textDocument/hover", client.position_params("file:///tmp/argot-test/early.sh", 0, 0))
        assert reply["error"]["code"] == -32602


def test_empty_settings_may_come_as_an_empty_array(client):
    """Lua clients turn an empty table into `[]`."""
    reply = client.request("initialize", {"processId": None, "capabilities": {}, "initializationOptions": []})
    assert "result" in reply, reply
    client.notify("workspace/didChangeConfiguration", {"settings": {"argot": []}})
    client.assert_alive()


def test_with_the_installed_botocore_models():
    """The models' prose in hover, and checks inside an EC2 value (skipped without botocore)."""
    pytest.importorskip("botocore")
    with LSPClient(botocore=True) as client:
        info = client.lsp_initialize()
        if info["models"]["botocoreDataDirectory"] is None:
            pytest.skip("no installed botocore found by argot")
        line = ("aws ec2 run-instances --image-id ami-1 --block-device-mappings "
                "'DeviceName=/dev/sda1,Ebs={VolumeSize=100,VolumeType=gp9}'")
        found = diagnostics_of(client, line + "\n", uri="file:///tmp/argot-test/ec2.sh")
        assert codes(found) == ["invalid-enum"]
        assert found[0]["range"]["start"]["character"] == line.index("gp9")
        hover = client.call("textDocument/hover",
                            client.position_params("file:///tmp/argot-test/ec2.sh", 0, line.index("VolumeSize") + 2))
        assert hover["contents"]["value"].startswith("**VolumeSize** (integer) in --block-device-mappings")
        assert "GiB" in hover["contents"]["value"]
        options = client.call("textDocument/hover",
                              client.position_params("file:///tmp/argot-test/ec2.sh", 0, line.index("--image-id") + 3))
        assert "AMI" in options["contents"]["value"]


def test_query_keys_complete_and_hover_from_the_output_shape():
    """`--query`: completion offers the output's keys at the end of the expression; hover explains a key."""
    pytest.importorskip("botocore")
    with LSPClient(botocore=True) as client:
        info = client.lsp_initialize()
        if info["models"]["botocoreDataDirectory"] is None:
            pytest.skip("no installed botocore found by argot")
        uri = "file:///tmp/argot-test/query.sh"
        line = "aws ec2 describe-instances --query 'Reservations[].Instances[].Sta"
        client.open(uri, line)
        result = client.call("textDocument/completion", client.position_params(uri, 0, len(line)))
        assert {item["label"] for item in result["items"]} == {"State", "StateReason", "StateTransitionReason"}
        edit = next(item for item in result["items"] if item["label"] == "State")["textEdit"]
        assert edit["range"]["start"]["character"] == len(line) - 3
        full = "aws ec2 describe-instances --query 'Reservations[].Instances[].State.Name'\n"
        client.change(uri, 2, [{"text": full}])
        hover = client.call("textDocument/hover", client.position_params(uri, 0, full.index("State.") + 2))
        assert hover["contents"]["value"].startswith("**State** (structure) — in the output of `aws ec2 describe-instances`")
        assert hover["range"]["start"]["character"] == full.index("State.")
        assert hover["range"]["end"]["character"] == full.index("State.") + len("State")
        name = client.call("textDocument/hover", client.position_params(uri, 0, full.index("Name'") + 1))
        assert name["contents"]["value"].startswith("**Name** (string)")


def test_models_that_are_not_the_installed_aws_own_are_announced_once(tmp_path):
    """An `aws` whose botocore models cannot be found: one window/showMessage after `initialized`, and the
    initialize result says which aws and rules argot follows."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    python = bin_dir / "python3"
    python.write_text("")
    python.chmod(0o755)
    aws = bin_dir / "aws"
    aws.write_text(f"#!{python}\nimport awscli.clidriver\n")
    aws.chmod(0o755)
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "AWS_DATA_PATH": ""}
    with LSPClient(botocore=True, env=env) as client:
        info = client.lsp_initialize()
        assert info["models"]["awsCLI"]["program"] == str(aws)
        assert info["models"]["awsCLI"]["rules"] == "v2"
        assert "argot doctor" in info["models"]["fallback"]
        message = client.next_message()
        assert message["method"] == "window/showMessage", message
        check_params("window/showMessage", message["params"])
        assert message["params"]["type"] == 2
        assert str(aws) in message["params"]["message"]
        # Once: a later request is answered with no second message before it.
        reply = client.request("argot/services", {})
        assert "result" in reply
        assert not [n for n in client.notifications if n.get("method") == "window/showMessage"]


def test_the_installed_aws_is_reported_without_a_message():
    pytest.importorskip("awscli")
    with LSPClient(botocore=True) as client:
        info = client.lsp_initialize()
        if info["models"]["awsCLI"]["program"] is None:
            pytest.skip("no aws on PATH")
        assert info["models"]["fallback"] is None
        assert info["models"]["awsCLI"]["rules"] in ("v1", "v2")
        reply = client.request("argot/services", {})
        assert "result" in reply
        assert not [n for n in client.notifications if n.get("method") == "window/showMessage"]


def test_the_first_hover_has_the_prose_with_a_warm_model_cache(tmp_path):
    """A second server on the same cache reads lean models for parsing; its first hover on an option still has
    the option's documentation (it used to come only from the second hover on)."""
    pytest.importorskip("botocore")
    cache = str(tmp_path / "cache")
    uri = "file:///tmp/argot-test/warm.sh"
    line = BGP + "asn=1"
    hovers = []
    for _ in range(2):
        with LSPClient(botocore=True, cache_dir=cache) as client:
            if client.lsp_initialize()["models"]["botocoreDataDirectory"] is None:
                pytest.skip("no installed botocore found by argot")
            client.open(uri, line + "\n")
            client.wait_for_diagnostics(uri)
            position = client.position_params(uri, 0, line.index("--virtual-interface-id") + 3)
            hovers.append(client.call("textDocument/hover", position)["contents"]["value"])
    assert hovers[0] == hovers[1]
    assert hovers[1].startswith("**--virtual-interface-id** (string)\n\nThe ID of the virtual interface.")


def test_hover_shortens_long_value_lists_and_completion_keeps_them(tmp_path):
    pytest.importorskip("botocore")
    with LSPClient(botocore=True, cache_dir=str(tmp_path / "cache")) as client:
        if client.lsp_initialize()["models"]["botocoreDataDirectory"] is None:
            pytest.skip("no installed botocore found by argot")
        uri = "file:///tmp/argot-test/long.sh"
        line = "aws ec2 run-instances --image-id ami-1 --instance-type "
        client.open(uri, line + "\n")
        client.wait_for_diagnostics(uri)
        hover = client.call("textDocument/hover", client.position_params(uri, 0, line.index("--instance-type") + 3))
        text = hover["contents"]["value"]
        values = client.call("textDocument/completion", client.position_params(uri, 0, len(line)))["items"]
        assert len(values) > 1000
        listed = re.search(r"Valid values: (.*) … and ([0-9,]+) more$", text)
        assert listed, text[-400:]
        shown = listed.group(1).split(", ")
        assert len(shown) == 20
        assert len(shown) + int(listed.group(2).replace(",", "")) == len(values)
        assert len(text) < 1000


def completion_edits(client, uri, line, character):
    items = client.call("textDocument/completion", client.position_params(uri, line, character))["items"]
    return {item["label"]: item["textEdit"] for item in items}


def hover_text(client, uri, line, character):
    hover = client.call("textDocument/hover", client.position_params(uri, line, character))
    return hover and hover["contents"]["value"]


def test_cli_input_json_hover_and_completion(client):
    """Member names (those not written yet), enum values and hover in a --cli-input-json file being typed."""
    client.lsp_initialize({"inputFiles": {"*.bgp.json": "directconnect create-bgp-peer"}})
    uri = "file:///tmp/argot-test/peer.bgp.json"
    lines = ['{', '  "virtualInterfaceId": "dxvif-1",', '  "newBGPPeer": {', '    "asn": 1,',
             '    "addressFamily": "ip",', '    "a', '  }', '}']
    client.open(uri, "\n".join(lines) + "\n", language="json")
    keys = completion_edits(client, uri, 5, 6)
    assert sorted(keys) == ["amazonAddress", "asnLong", "authKey"]
    assert keys["authKey"] == {"range": {"start": {"line": 5, "character": 4}, "end": {"line": 5, "character": 6}},
                               "newText": '"authKey": '}
    values = completion_edits(client, uri, 4, len('    "addressFamily": "ip'))
    assert sorted(values) == ["ipv4", "ipv6"]
    assert values["ipv6"]["newText"] == '"ipv6"'
    assert values["ipv6"]["range"]["start"]["character"] == lines[4].index('"ip"')
    assert values["ipv6"]["range"]["end"]["character"] == lines[4].index('"ip"') + 4
    top = completion_edits(client, uri, 7, 0)
    assert top == {}
    hover = hover_text(client, uri, 4, 8)
    assert hover.startswith("**addressFamily** (string) in aws directconnect create-bgp-peer")
    assert "Valid values: `ipv4`, `ipv6`" in hover
    assert hover_text(client, uri, 3, 6).startswith("**asn** (integer")
    assert hover_text(client, uri, 2, 5).startswith("**newBGPPeer** (structure")


def test_cli_input_yaml_hover_and_completion(client):
    client.lsp_initialize()
    uri = "file:///tmp/argot-test/peer.yaml"
    lines = ["# argot: aws directconnect create-bgp-peer", "virtualInterfaceId: dxvif-1", "newBGPPeer:",
             "  asn: 1", "  addressFamily: ip", "  a", ""]
    client.open(uri, "\n".join(lines), language="yaml")
    keys = completion_edits(client, uri, 5, 3)
    assert sorted(keys) == ["amazonAddress", "asnLong", "authKey"]
    assert keys["asnLong"]["newText"] == "asnLong: "
    assert keys["asnLong"]["range"] == {"start": {"line": 5, "character": 2}, "end": {"line": 5, "character": 3}}
    values = completion_edits(client, uri, 4, len(lines[4]))
    assert {label: edit["newText"] for label, edit in values.items()} == {"ipv4": "ipv4", "ipv6": "ipv6"}
    assert sorted(completion_edits(client, uri, 6, 0)) == []
    hover = hover_text(client, uri, 4, 4)
    assert hover.startswith("**addressFamily** (string) in aws directconnect create-bgp-peer")
    assert hover_text(client, uri, 2, 3).startswith("**newBGPPeer** (structure)")


def test_cli_input_files_complete_inside_nested_lists_and_structures():
    """ec2 run-instances: BlockDeviceMappings is a list of structures holding Ebs (skipped without botocore)."""
    pytest.importorskip("botocore")
    with LSPClient(botocore=True) as client:
        info = client.lsp_initialize({"inputFiles": {"*.run.json": "ec2 run-instances"}})
        if info["models"]["botocoreDataDirectory"] is None:
            pytest.skip("no installed botocore found by argot")
        yaml_lines = ["# argot: aws ec2 run-instances", "ImageId: ami-1", "BlockDeviceMappings:",
                      "- DeviceName: /dev/sda1", "  Ebs:", "    VolumeSize: 8", "    VolumeType: g", "    Enc"]
        uri = "file:///tmp/argot-test/run.yaml"
        client.open(uri, "\n".join(yaml_lines), language="yaml")
        assert sorted(completion_edits(client, uri, 6, len(yaml_lines[6]))) == ["gp2", "gp3"]
        assert sorted(completion_edits(client, uri, 7, len(yaml_lines[7]))) == ["Encrypted"]
        assert "GiB" in hover_text(client, uri, 5, 6)
        text = '{"ImageId": "ami-1", "BlockDeviceMappings": [{"DeviceName": "/dev/sda1", "Ebs": {"VolumeType": "g'
        json_uri = "file:///tmp/argot-test/x.run.json"
        client.open(json_uri, text, language="json")
        edits = completion_edits(client, json_uri, 0, len(text))
        assert sorted(edits) == ["gp2", "gp3"] and edits["gp3"]["newText"] == '"gp3"'
        keys = completion_edits(client, json_uri, 0, text.index('"Ebs"') + 1)
        assert "Ebs" in keys and "NoDevice" in keys and "DeviceName" not in keys
