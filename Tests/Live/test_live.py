"""Live completion against a real AWS API emulator (moto's server): what exists in the account is offered, through
the JSON-RPC server, the language server, the one-shot CLI (as fish asks), and real bash and zsh; failures say
why in one line, and a Tab never waits past its budget."""

import json
import os
import re
import subprocess
import time

import pytest

from argot_server import Server
from emulator import TIMEOUT, ForbiddingEndpoint, SilentEndpoint, argot_path, credentials_environment
from lsp_client import LSPClient


def live_server(env, **extra):
    return Server(botocore=True, env={**env, "ARGOT_LIVE_COMPLETION": "1", **extra})


def complete_until(server, line, predicate, timeout=TIMEOUT):
    """Asks `argot/complete` until `predicate(result)` holds (a listing may still be running on the first asks)."""
    deadline = time.monotonic() + timeout
    while True:
        result = server.call("argot/complete", {"line": line})
        if predicate(result):
            return result
        assert time.monotonic() < deadline, f"{line!r}: last answer {result}"
        time.sleep(0.2)


def labels(result):
    return [item["label"] for item in result["items"]]


def test_resource_identifiers_with_descriptions(emulator):
    with live_server(emulator.env) as server:
        server.initialize()
        line = "aws ec2 terminate-instances --instance-ids "
        result = complete_until(server, line, lambda r: r["items"])
        assert sorted(labels(result)) == sorted(emulator.instances)
        assert {item["documentation"] for item in result["items"]} == {"web-server"}
        assert result["replace"] == {"start": len(line), "end": len(line)}
        # A prefix filters; a second value of the same list option is completed too.
        first = emulator.instances[0]
        assert labels(server.call("argot/complete", {"line": line + first[:6]})) == sorted(
            i for i in emulator.instances if i.startswith(first[:6]))
        assert set(labels(server.call("argot/complete", {"line": line + first + " "}))) >= set(emulator.instances[1:])
        functions = complete_until(server, "aws lambda invoke --function-name ", lambda r: r["items"])
        assert [(item["label"], item.get("documentation")) for item in functions["items"]] == [("argot-fn", "python3.12")]
        for line, expected in [
            ("aws dynamodb describe-table --table-name ", "argot-orders"),
            ("aws logs filter-log-events --log-group-name ", "/argot/app"),
            ("aws cloudformation describe-stacks --stack-name ", "argot-stack"),
            ("aws iam get-role --role-name ", "argot-lambda"),
            ("aws lambda create-function --role ", emulator.role_arn),
            ("aws s3api get-object --bucket ", "argot-demo-bucket"),
        ]:
            result = complete_until(server, line, lambda r: r["items"])
            assert expected in labels(result), (line, result)


def test_buckets_then_folders_then_objects(emulator):
    with live_server(emulator.env) as server:
        server.initialize()
        buckets = complete_until(server, "aws s3 cp s3://", lambda r: r["items"])
        assert labels(buckets) == ["s3://argot-demo-bucket/"]
        assert buckets["items"][0]["noSpace"] is True
        top = complete_until(server, "aws s3 ls s3://argot-demo-bucket/", lambda r: r["items"])
        assert labels(top) == ["s3://argot-demo-bucket/logs/", "s3://argot-demo-bucket/readme.txt"]
        assert [item["detail"] for item in top["items"]] == ["folder", "object"]
        logs = complete_until(server, "aws s3 cp s3://argot-demo-bucket/logs/2026-12-0", lambda r: r["items"])
        assert labels(logs) == ["s3://argot-demo-bucket/logs/2026-12-01.txt", "s3://argot-demo-bucket/logs/2026-12-02.txt"]
        assert logs["items"][0]["noSpace"] is False


def test_profile_region_and_endpoint_on_the_line_are_used(emulator):
    # The server's own environment points nowhere; the line's --endpoint-url reaches the emulator.
    env = credentials_environment("http://127.0.0.1:9", emulator.folder + "/elsewhere")
    env.pop("AWS_ENDPOINT_URL")
    with live_server(env) as server:
        server.initialize()
        line = f"aws ec2 terminate-instances --endpoint-url {emulator.endpoint} --region us-east-1 --instance-ids "
        result = complete_until(server, line, lambda r: r["items"])
        assert sorted(labels(result)) == sorted(emulator.instances)


def test_off_unless_switched_on(emulator):
    with Server(botocore=True, env=emulator.env) as server:
        server.initialize()
        result = server.call("argot/complete", {"line": "aws ec2 terminate-instances --instance-ids "})
        # The models' answer (the options that may follow), no identifiers, nothing said.
        assert [item for item in result["items"] if item["kind"] != "option"] == [] and "message" not in result
    # Nothing listed means nothing run: the listing store of this server's cache stays empty.
    with Server(botocore=True, env={**emulator.env, "ARGOT_CACHE_DIR": emulator.folder + "/off-cache"}) as server:
        server.initialize()
        server.call("argot/complete", {"line": "aws s3 cp s3://"})
    assert not os.path.exists(emulator.folder + "/off-cache/live")


def test_an_endpoint_that_never_answers_costs_one_budget():
    silent = SilentEndpoint()
    try:
        folder = os.path.join("/tmp", f"argot-live-silent-{os.getpid()}")
        env = credentials_environment(silent.endpoint, folder)
        with live_server(env, ARGOT_LIVE_BUDGET_MS="300") as server:
            server.initialize()
            # The command's model is read first (cold on a fresh cache), so only the listing's wait is timed.
            server.call("argot/complete", {"line": "aws ec2 terminate-instances --"})
            started = time.monotonic()
            result = server.call("argot/complete", {"line": "aws ec2 terminate-instances --instance-ids "})
            waited = time.monotonic() - started
            assert result["items"] == []
            assert result["isIncomplete"] is True
            assert result["message"] == "listing ec2 describe-instances…"
            # Far below the listing's own limit and aws' connect and read timeouts (60 s each): the budget (0.3 s)
            # ended the wait, whatever the load of the machine.
            assert waited < 30, waited
            # Cheap requests still answer while the listing hangs.
            assert labels(server.call("argot/complete", {"line": "aws ec2 terminate-inst"})) == ["terminate-instances"]
    finally:
        silent.close()


@pytest.mark.parametrize(
    "setup, message",
    [
        ("forbidden", "access denied to ec2 describe-instances"),
        ("no credentials", "no AWS credentials for ec2 describe-instances"),
        ("no network", "no network for ec2 describe-instances"),
    ],
)
def test_failures_give_no_values_and_one_line(setup, message):
    forbidding = ForbiddingEndpoint() if setup == "forbidden" else None
    try:
        folder = os.path.join("/tmp", f"argot-live-{setup.replace(' ', '-')}-{os.getpid()}")
        endpoint = forbidding.endpoint if forbidding else "http://127.0.0.1:9"
        env = credentials_environment(endpoint, folder)
        if setup == "no credentials":
            del env["AWS_ACCESS_KEY_ID"], env["AWS_SECRET_ACCESS_KEY"]
        with live_server(env) as server:
            server.initialize()
            result = complete_until(server, "aws ec2 terminate-instances --instance-ids ", lambda r: not r.get("isIncomplete"))
            assert result["items"] == []
            assert result["message"] == message
    finally:
        if forbidding:
            forbidding.close()


def test_one_shot_runs_share_the_listings(emulator):
    """fish runs `argot complete` on each Tab: the first starts the listing, a later one finds it."""
    env = {**emulator.env, "ARGOT_LIVE_COMPLETION": "1", "ARGOT_CACHE_DIR": emulator.folder + "/one-shot-cache"}
    line = "aws ec2 terminate-instances --instance-ids "
    deadline = time.monotonic() + TIMEOUT
    while True:
        result = subprocess.run([argot_path(), "complete", "--shell", "fish", "--line", line], capture_output=True,
                                text=True, env=env, timeout=TIMEOUT)
        assert result.returncode == 0, result.stderr
        if result.stdout.strip():
            break
        assert time.monotonic() < deadline
        time.sleep(0.3)
    lines = result.stdout.strip().split("\n")
    assert sorted(entry.split("\t")[0] for entry in lines) == sorted(emulator.instances)
    assert all(entry.endswith("\tweb-server") for entry in lines)
    # Without the switch, nothing is listed.
    plain = subprocess.run([argot_path(), "complete", "--line", line], capture_output=True, text=True,
                           env={**env, "ARGOT_LIVE_COMPLETION": "0"}, timeout=TIMEOUT)
    assert plain.returncode == 0
    assert not any(instance in plain.stdout for instance in emulator.instances)


def test_language_server_setting(emulator):
    with LSPClient(botocore=True, env=emulator.env) as client:
        client.lsp_initialize({"liveCompletion": True})
        uri = "file:///tmp/argot-live/terminate.sh"
        text = "#!/bin/sh\naws ec2 terminate-instances --instance-ids "
        client.open(uri, text)
        params = client.position_params(uri, 1, len("aws ec2 terminate-instances --instance-ids "))
        deadline = time.monotonic() + TIMEOUT
        while True:
            result = client.call("textDocument/completion", params)
            if result["items"]:
                break
            assert result["isIncomplete"] is True
            assert time.monotonic() < deadline
            time.sleep(0.2)
        assert sorted(item["label"] for item in result["items"]) == sorted(emulator.instances)
        assert result["isIncomplete"] is False
        # Switched off again by the setting: nothing listed.
        client.notify("workspace/didChangeConfiguration", {"settings": {"argot": {"liveCompletion": False}}})
        after = client.call("textDocument/completion", params)["items"]
        assert not any(item["label"] in emulator.instances for item in after)
