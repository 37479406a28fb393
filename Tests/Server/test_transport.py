"""`argot serve` driven through pipes by a real client process: framing split at every byte, batches, 10,000
pipelined requests, cancellation, bad inputs (each checked for its error code and for the server answering
afterwards), the lifecycle and exit statuses, the log, and loading a big service while others are answered.

Run: python3 -m pytest Tests/Server
"""

import json
import os
import random
import time

import pytest

from argot_server import Server, frame
from protocol_schemas import check_reply

BGP = {"service": "directconnect", "operation": "create-bgp-peer"}
SHORTHAND = {**BGP, "option": "--new-bgp-peer", "text": "asn=64600,addressFamily=ipv6"}
SHORTHAND_RESULT = {"syntax": "shorthand", "value": {"asn": 64600, "addressFamily": "ipv6"}, "diagnostics": []}


def request(request_id, method, params=None):
    message = {"jsonrpc": "2.0", "id": request_id, "method": method}
    if params is not None:
        message["params"] = params
    return message


def by_id(replies):
    result = {}
    for reply in replies:
        assert reply["id"] not in result, f"answered twice: {reply}"
        result[reply["id"]] = reply
    return result


@pytest.mark.parametrize("framing", ["content-length", "lines"])
def test_frames_split_at_every_byte(framing):
    messages = [
        request(1, "initialize"),
        request(2, "argot/shorthand", SHORTHAND),
        {"jsonrpc": "2.0", "method": "initialized"},
        request("é-3", "argot/schema", {**BGP, "format": "json-schema"}),
        request(4, "argot/format", {**BGP, "option": "--new-bgp-peer", "value": {"asn": 1}}),
    ]
    stream = b"".join(frame(json.dumps(message, ensure_ascii=False), framing) for message in messages)
    with Server(framing=framing) as server:
        for index in range(len(stream)):
            server.write(stream[index:index + 1])
        replies = by_id(server.collect(4))
        assert replies.keys() == {1, 2, "é-3", 4}
        assert replies[2]["result"] == SHORTHAND_RESULT
        assert replies[4]["result"]["text"] == "asn=1"
        assert server.close() == 0


def test_frames_split_at_random_places():
    generator = random.Random(7)
    messages = [request(index, "argot/shorthand", SHORTHAND) for index in range(200)]
    stream = b"".join(frame(json.dumps(message), "content-length") for message in messages)
    with Server() as server:
        server.initialize()
        position = 0
        while position < len(stream):
            size = generator.randint(1, 97)
            server.write(stream[position:position + size])
            position += size
        replies = by_id(server.collect(200))
        assert sorted(replies) == list(range(200))
        assert all(reply["result"] == SHORTHAND_RESULT for reply in replies.values())


def test_headers_other_than_content_length_are_accepted():
    with Server() as server:
        server.initialize()
        body = json.dumps(request(5, "argot/shorthand", SHORTHAND)).encode()
        server.write(b"content-type: application/vscode-jsonrpc; charset=utf-8\r\nCONTENT-LENGTH: %d\r\n\r\n"
                     % len(body) + body)
        assert server.reply()["result"] == SHORTHAND_RESULT


@pytest.mark.parametrize("framing", ["content-length", "lines"])
def test_batches(framing):
    with Server(framing=framing) as server:
        server.initialize()
        server.send([
            request(1, "argot/shorthand", SHORTHAND),
            {"jsonrpc": "2.0", "method": "initialized"},
            request(2, "argot/schema", {"service": "directconect", "operation": "x"}),
            5,
            request(3, "argot/format", {**BGP, "option": "--new-bgp-peer", "value": {"asn": 2}}),
            request(4, "nope"),
        ])
        batch = server.reply()
        assert isinstance(batch, list) and len(batch) == 5
        assert batch[0] == {"jsonrpc": "2.0", "id": 1, "result": SHORTHAND_RESULT}
        assert batch[1]["id"] == 2 and batch[1]["error"]["code"] == -32010
        assert batch[2]["id"] is None and batch[2]["error"]["code"] == -32600
        assert batch[3]["id"] == 3 and batch[3]["result"]["words"] == ["asn=2"]
        assert batch[4]["id"] == 4 and batch[4]["error"]["code"] == -32601
        # Only notifications: no answer at all; the next reply is the next request's.
        server.send([{"jsonrpc": "2.0", "method": "initialized"}, {"jsonrpc": "2.0", "method": "whatever"}])
        server.send([])
        empty = server.reply()
        assert empty["id"] is None and empty["error"]["code"] == -32600
        server.assert_alive()


@pytest.mark.parametrize("framing", ["content-length", "lines"])
def test_ten_thousand_pipelined_requests_are_each_answered_once(framing):
    count = 10_000
    methods = [
        ("argot/shorthand", SHORTHAND),
        ("argot/format", {**BGP, "option": "--new-bgp-peer", "value": {"asn": 7}}),
        ("argot/validate", {"line": "aws directconnect create-bgp-peer --new-bgp-peer asn=1"}),
        ("argot/operations", {"service": "directconnect"}),
    ]
    with Server(framing=framing) as server:
        server.initialize()
        stream = b"".join(
            frame(json.dumps(request(index, *methods[index % len(methods)])), framing) for index in range(count))
        server.write(stream)
        replies = by_id(server.collect(count, timeout=300))
        assert sorted(replies) == list(range(count))
        for index, reply in replies.items():
            assert "result" in reply, reply
        assert replies[0]["result"] == SHORTHAND_RESULT
        assert replies[1]["result"]["words"] == ["asn=7"]
        assert replies[2]["result"] == {"diagnostics": []}
        assert len(replies[3]["result"]["operations"]) == 63
        with pytest.raises(AssertionError):
            server.reply(timeout=0.5)
        server.assert_alive()


def test_cancellation():
    count = 2000
    with Server() as server:
        server.initialize()
        stream = b"".join(
            frame(json.dumps(request(index, "argot/doc", {**BGP, "width": 40 + index % 100})), "content-length")
            + frame(json.dumps({"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": index}}),
                    "content-length")
            for index in range(count))
        server.write(stream)
        replies = by_id(server.collect(count, timeout=300))
        assert sorted(replies) == list(range(count))
        cancelled = [reply for reply in replies.values() if "error" in reply]
        assert all(reply["error"] == {"code": -32800, "message": "Request cancelled"} for reply in cancelled)
        assert all("text" in reply["result"] for reply in replies.values() if "result" in reply)
        assert cancelled, "no request was cancelled before it was answered"
        with pytest.raises(AssertionError):
            server.reply(timeout=0.5)
        # Cancelling what is unknown or already answered changes nothing.
        server.notify("$/cancelRequest", {"id": 0})
        server.notify("$/cancelRequest", {"id": "never"})
        server.notify("$/cancelRequest", {})
        server.assert_alive()


def nested(depth):
    return b'{"jsonrpc":"2.0","id":1,"method":"argot/services","params":{"a":' + b"[" * depth + b"]" * depth + b"}}"


BAD_INPUTS = [
    # (name, bytes written as they are, expected code, expected id)
    ("malformed JSON", frame(b'{"jsonrpc": "2.0", "method": "foobar, "params": "bar", "baz]', "content-length"), -32700, None),
    ("truncated JSON", frame(b'{"jsonrpc":"2.0","id":1,"meth', "content-length"), -32700, None),
    ("binary", frame(bytes(range(256)) * 4, "content-length"), -32700, None),
    ("invalid UTF-8 in a string", frame(b'{"jsonrpc":"2.0","id":1,"method":"argot/services","params":{"x":"\xff\xfe"}}',
                                        "content-length"), -32700, None),
    ("oversized", frame(b'{"jsonrpc":"2.0","id":1,"method":"argot/services","params":{"x":"' + b"a" * 20000 + b'"}}',
                        "content-length"), -32600, None),
    ("deeply nested", frame(nested(600), "content-length"), -32700, None),
    ("bad Content-Length", b"Content-Length: twelve\r\n\r\n", -32700, None),
    ("headers without Content-Length", b"Content-Type: x\r\n\r\n", -32700, None),
    # jansson reads only arrays and objects at the top level, so a bare scalar is a parse error.
    ("not an object", frame(b"42", "content-length"), -32700, None),
    ("not a request", frame(b'"hello"', "content-length"), -32700, None),
    ("batch of a scalar", frame(b"[1]", "content-length"), -32600, None),
    ("no jsonrpc member", frame(b'{"id":1,"method":"argot/services"}', "content-length"), -32600, 1),
    ("wrong jsonrpc version", frame(b'{"jsonrpc":"1.0","id":1,"method":"argot/services"}', "content-length"), -32600, 1),
    ("null id", frame(b'{"jsonrpc":"2.0","id":null,"method":"argot/services"}', "content-length"), -32600, None),
    ("fractional id", frame(b'{"jsonrpc":"2.0","id":1.5,"method":"argot/services"}', "content-length"), -32600, None),
    ("method not a string", frame(b'{"jsonrpc":"2.0","id":1,"method":5}', "content-length"), -32600, 1),
    ("params a string", frame(b'{"jsonrpc":"2.0","id":1,"method":"argot/services","params":"x"}', "content-length"),
     -32600, 1),
    ("params an array", frame(b'{"jsonrpc":"2.0","id":1,"method":"argot/services","params":[1]}', "content-length"),
     -32602, 1),
    ("wrong params type", frame(json.dumps(request(1, "argot/schema", {"service": 1, "operation": "x"})),
                                "content-length"), -32602, 1),
    ("missing params", frame(json.dumps(request(1, "argot/shorthand", BGP)), "content-length"), -32602, 1),
    ("unknown method", frame(json.dumps(request(1, "argot/teleport")), "content-length"), -32601, 1),
    ("completion point out of range", frame(json.dumps(request(1, "argot/complete", {"line": "aws ", "point": 9})),
                                            "content-length"), -32602, 1),
    ("unknown service", frame(json.dumps(request(1, "argot/operations", {"service": "directconect"})),
                              "content-length"), -32010, 1),
    ("unknown operation", frame(json.dumps(request(1, "argot/doc", {"service": "directconnect", "operation": "x"})),
                                "content-length"), -32011, 1),
    ("unknown option", frame(json.dumps(request(1, "argot/shorthand", {**BGP, "option": "--nope", "text": "a=1"})),
                             "content-length"), -32012, 1),
]


@pytest.mark.parametrize("name,data,code,expected_id", BAD_INPUTS, ids=[case[0] for case in BAD_INPUTS])
def test_bad_input_is_answered_and_the_server_carries_on(name, data, code, expected_id):
    with Server(args=["--max-message-size", "16384"]) as server:
        server.initialize()
        server.write(data)
        reply = server.reply()
        if isinstance(reply, list):  # a batch is answered with an array
            assert len(reply) == 1
            reply = reply[0]
        assert reply["error"]["code"] == code, reply
        assert reply["id"] == expected_id
        check_reply("argot/schema" if code not in (-32010, -32011, -32012) else
                    {-32010: "argot/operations", -32011: "argot/doc", -32012: "argot/shorthand"}[code], reply)
        if code == -32010:
            assert reply["error"]["data"] == {"service": "directconect", "suggestions": ["directconnect"]}
        server.assert_alive()
        server.assert_alive()
        assert server.close() == 0


@pytest.mark.parametrize("line,code", [
    (b'{"jsonrpc": "2.0", "method": "foobar, "params": "bar", "baz]', -32700),
    (b'{"jsonrpc":"2.0","id":1,"method"', -32700),
    (b"{\xff\xfe\x00garbage", -32700),
    (b'{"jsonrpc":"2.0","id":1,"method":"argot/services","params":"' + b"x" * 20000 + b'"}', -32600),
    (b"[" * 600 + b"]" * 600, -32700),
    (json.dumps(request(1, "argot/skeleton", {**BGP, "kind": "xml"})).encode(), -32602),
], ids=["malformed", "truncated", "binary", "oversized", "deeply nested", "bad params"])
def test_bad_lines_in_newline_mode(line, code):
    with Server(framing="lines", args=["--max-message-size", "16384"]) as server:
        server.initialize()
        server.write(line + b"\n")
        assert server.reply()["error"]["code"] == code
        server.assert_alive()


def test_end_of_input_inside_a_message():
    with Server() as server:
        server.initialize()
        server.write(b"Content-Length: 100\r\n\r\n{\"jsonrpc\"")
        assert server.close() == 0
        truncated = server.reply()
        assert truncated["error"]["code"] == -32700 and "ended" in truncated["error"]["message"]


def test_exit_statuses():
    with Server() as server:
        server.initialize()
        assert server.shutdown_and_exit() == 0
    with Server() as server:
        server.initialize()
        server.notify("exit")
        assert server.wait() == 1
    with Server() as server:
        server.notify("exit")
        assert server.wait() == 1
    with Server() as server:
        assert server.close() == 0
    with Server() as server:
        server.initialize()
        server.call("argot/services")
        assert server.close() == 0


@pytest.mark.parametrize("framing", ["content-length", "newline"])
def test_requests_right_behind_initialize_and_shutdown_are_judged_in_order(framing):
    # The lifecycle judges requests in the order they arrive, although they run concurrently: requests written
    # in the same breath as initialize are served, and those right behind shutdown are refused.
    messages = [request(0, "initialize")]
    messages += [request(index, "argot/shorthand", SHORTHAND) for index in range(1, 101)]
    messages += [request(101, "shutdown")]
    messages += [request(index, "argot/services") for index in range(102, 152)]
    stream = b"".join(frame(json.dumps(message), framing) for message in messages)
    with Server(framing=framing) as server:
        server.write(stream)
        replies = by_id(server.collect(len(messages)))
        assert "result" in replies[0]
        assert all(replies[index].get("result") == SHORTHAND_RESULT for index in range(1, 101)), [
            replies[index] for index in range(1, 101) if "error" in replies[index]][:1]
        assert replies[101]["result"] is None
        assert all(replies[index]["error"]["code"] == -32600 for index in range(102, 152))
        assert server.close() == 0


def test_exit_writes_the_answers_still_pending():
    with Server() as server:
        server.initialize()
        assert server.call("shutdown") is None
        # Requests after shutdown are refused, but each still gets its answer before the process ends.
        stream = b"".join(frame(json.dumps(request(index, "argot/services")), "content-length") for index in range(300))
        server.write(stream + frame(json.dumps({"jsonrpc": "2.0", "method": "exit"}), "content-length"))
        assert server.wait() == 0
        replies = by_id(server.collect(300))
        assert all(reply["error"]["code"] == -32600 for reply in replies.values())


def test_standard_output_carries_only_protocol_messages():
    with Server() as server:
        server.initialize()
        server.call("argot/doc", BGP)
        server.write(b"\x00\x01 not a message\r\n\r\n")
        server.reply()
        assert server.shutdown_and_exit() == 0
        raw = bytes(server.raw)
        position = 0
        while position < len(raw):
            assert raw.startswith(b"Content-Length: ", position), raw[position:position + 40]
            end = raw.index(b"\r\n\r\n", position)
            length = int(raw[position + 16:end])
            json.loads(raw[end + 4:end + 4 + length])
            position = end + 4 + length
        assert b"argot serve: ready" in server.stderr


def test_log_file(tmp_path):
    log = tmp_path / "argot.log"
    with Server(args=["--log", str(log)]) as server:
        server.initialize()
        assert server.shutdown_and_exit() == 0
        assert server.stderr == b""
    text = log.read_text()
    assert "ready" in text and "initialize from pytest" in text and "exit requested (status 0)" in text


def test_max_message_size_is_reported_and_enforced():
    with Server(args=["--max-message-size", "2048"]) as server:
        info = server.initialize()
        assert info["capabilities"]["maximumMessageSize"] == 2048
        server.send(request(1, "argot/shorthand", {**SHORTHAND, "text": "authKey=" + "k" * 4000}))
        reply = server.reply()
        assert reply["id"] is None and reply["error"]["code"] == -32600
        server.assert_alive()


def test_requests_before_initialize_are_refused_then_served():
    with Server() as server:
        assert server.request("argot/shorthand", SHORTHAND)["error"]["code"] == -32002
        assert server.request("shutdown")["error"]["code"] == -32002
        server.initialize()
        assert server.call("argot/shorthand", SHORTHAND) == SHORTHAND_RESULT


def test_loading_a_big_service_does_not_hold_up_loaded_ones():
    """With the installed botocore and an empty cache, EC2 (a 4 MB model) loads while Direct Connect, already
    loaded, keeps answering: every Direct Connect answer arrives before the EC2 one."""
    pytest.importorskip("botocore")
    with Server(botocore=True) as server:
        info = server.initialize()
        if info["models"]["botocoreDataDirectory"] is None:
            pytest.skip("no installed botocore found by argot")
        server.call("argot/shorthand", SHORTHAND)
        messages = [request("ec2-schema", "argot/schema", {"service": "ec2", "operation": "run-instances"}),
                    request("ec2-doc", "argot/doc", {"service": "ec2", "operation": "describe-instances"})]
        messages += [request(index, "argot/shorthand", SHORTHAND) for index in range(200)]
        server.write(b"".join(frame(json.dumps(message), "content-length") for message in messages))
        order = [reply["id"] for reply in server.collect(len(messages), timeout=300)]
        last_direct_connect = max(order.index(index) for index in range(200))
        assert last_direct_connect < order.index("ec2-schema"), order
        assert last_direct_connect < order.index("ec2-doc"), order
