"""Every example command shipped in the pinned awscli package, through the AWS CLI and through argot.

`Scripts/record-example-commands.py` ran each `aws …` line of `awscli/examples/**/*.rst` through awscli 1.45.11's
own driver (the API call intercepted, nothing sent) and recorded the verdict and the request parameters in
`Fixtures/awscli-example-commands.json.gz`; lines that read local files, use shell features, name a profile or
run one of the CLI's own commands are recorded as skipped, with the reason. Here argot (`argot/parse` of one
`argot serve`, following AWS CLI v1) reads the same words, and the verdicts and parameters are compared.

The commands where argot and the AWS CLI still differ are listed, each with its reason, in the table of
`Documentation/Invocation.md` ("Example commands that differ"); the test fails when a command outside the list
differs, and when a listed command starts agreeing (the list must then shrink).
"""

import gzip
import json
import os
import re
import subprocess
import tempfile

import pytest

from argot_binary import REPO, argot_path

FIXTURE = os.path.join(REPO, "Tests", "Differential", "Fixtures", "awscli-example-commands.json.gz")
DOCUMENT = os.path.join(REPO, "Documentation", "Invocation.md")
TOKEN = "00000000-0000-4000-8000-000000000000"
TARGET = 0.998


def load_cases():
    with gzip.open(FIXTURE, "rt", encoding="utf-8") as handle:
        return json.load(handle)["cases"]


def listed_differences():
    """{file:line → reason} from the table of Documentation/Invocation.md."""
    text = open(DOCUMENT, encoding="utf-8").read()
    section = text.split("## Example commands that differ", 1)[1]
    listed = {}
    for match in re.finditer(r"^\| `([^`]+:\d+)` \| (.+?) \|$", section, re.M):
        listed[match.group(1)] = match.group(2)
    return listed


class Server:
    """One `argot serve` over newline-delimited JSON."""

    def __init__(self, env, folder):
        self.process = subprocess.Popen([argot_path(), "serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, text=True, env=env, cwd=folder)
        self.next_id = 0
        self.request("initialize", {"clientInfo": {"name": "test_example_commands"}})

    def request(self, method, params):
        self.next_id += 1
        self.process.stdin.write(json.dumps({"jsonrpc": "2.0", "id": self.next_id, "method": method,
                                             "params": params}) + "\n")
        self.process.stdin.flush()
        reply = json.loads(self.process.stdout.readline())
        assert "result" in reply, reply
        return reply["result"]

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=60)


def normalized(awscli, argot):
    """The AWS CLI's parameters made comparable with argot's: an idempotency token the CLI filled in (the recorder's placeholder UUID)
    counts as present when argot leaves it out (argot prints no random value)."""
    if isinstance(awscli, dict) and isinstance(argot, dict):
        if set(awscli) == {"$bytes"}:
            return awscli
        result = {}
        for key, value in awscli.items():
            if value == TOKEN and key not in argot:
                continue
            result[key] = normalized(value, argot.get(key))
        return result
    if isinstance(awscli, list) and isinstance(argot, list):
        return [normalized(item, other) for item, other in zip(awscli, argot)] + awscli[len(argot):]
    return awscli


def argot_params(value, awscli):
    """argot's parameters with blobs in the fixture's form (`{"$bytes": base64}`); argot prints a blob as the
    base64 text of its bytes."""
    if isinstance(awscli, dict) and set(awscli) == {"$bytes"} and isinstance(value, str):
        return {"$bytes": value}
    if isinstance(value, dict) and isinstance(awscli, dict):
        return {key: argot_params(item, awscli.get(key)) for key, item in value.items()}
    if isinstance(value, list) and isinstance(awscli, list):
        return [argot_params(item, other) for item, other in zip(value, awscli)] + value[len(awscli):]
    return value


def operation_aliases():
    """Command names the CLI layer gives to an operation under another name (`rds add-option-to-option-group` is
    ModifyOptionGroup)."""
    with open(os.path.join(REPO, "Schemas", "cli", "cli-layer.json"), encoding="utf-8") as handle:
        layer = json.load(handle)
    return {alias: entry["operation"] for service in layer["services"].values()
            for alias, entry in service.get("operationAliases", {}).items()}


ALIASES = operation_aliases()
UNIQUE = re.compile(r"^(.*)-\d{9,11}-\d{1,7}$")


def without_unique_strings(value):
    """Caller references the CLI makes unique (`PREFIX-SECONDS-RANDOM`, cloudfront) as `PREFIX-UNIQUE`."""
    if isinstance(value, dict):
        return {key: without_unique_strings(item) for key, item in value.items()}
    if isinstance(value, list):
        return [without_unique_strings(item) for item in value]
    if isinstance(value, str):
        return UNIQUE.sub(r"\1-UNIQUE", value)
    return value


def compare(case, result):
    """None when argot and the AWS CLI agree, else what differs."""
    errors = [item for item in result["diagnostics"] if item["severity"] == "error"]
    accepted = not errors
    if accepted != case["accepted"]:
        if case["accepted"]:
            return "argot refuses: " + "; ".join(item["message"] for item in errors)[:300]
        return "argot accepts; the AWS CLI: " + case.get("message", "")[:300]
    operation = (result.get("command") or {}).get("operation") or ""
    if "operation" in case and not operation.startswith("wait "):
        # The CLI's command name is the operation's name with dashes (`GetDistributionConfig` → the first call of
        # `update-distribution --default-root-object` is not UpdateDistribution).
        called = case["operation"].split(".", 1)[1].lower()
        operation = ALIASES.get(operation, operation)
        if operation.replace("-", "").lower() != called:
            return f"the AWS CLI first calls {case['operation']}; argot shows {operation}"
    if accepted and "params" in case:
        theirs = without_unique_strings(case["params"])
        ours = without_unique_strings(argot_params(result.get("params") or {}, theirs))
        if normalized(theirs, ours) != ours:
            return f"parameters: AWS CLI {json.dumps(theirs, sort_keys=True)[:400]} argot {json.dumps(ours, sort_keys=True)[:400]}"
    return None


@pytest.fixture(scope="module")
def outcomes():
    cases = load_cases()
    folder = tempfile.mkdtemp(prefix="argot-examples-")
    env = dict(os.environ, ARGOT_AWS_CLI="v1", ARGOT_CACHE_DIR=os.path.join(folder, "cache"),
               AWS_CONFIG_FILE=os.devnull, AWS_SHARED_CREDENTIALS_FILE=os.devnull, HOME=folder)
    for name in ("ARGOT_NO_BOTOCORE", "AWS_PROFILE", "AWS_DEFAULT_PROFILE"):
        env.pop(name, None)
    # An empty working folder, as the recording had: no file an example names exists.
    server = Server(env, folder)
    found = {}
    try:
        import shlex
        for case in cases:
            if "skipped" in case:
                continue
            result = server.request("argot/parse", {"argv": shlex.split(case["command"])})
            found[f"{case['file']}:{case['line']}"] = compare(case, result)
    finally:
        server.close()
    return cases, found


def test_the_fixture_covers_the_examples():
    cases = load_cases()
    run = [case for case in cases if "skipped" not in case]
    assert len(cases) > 6500 and len(run) > 5500
    assert {case["accepted"] for case in run} == {True, False}


def test_argot_agrees_with_the_aws_cli_on_the_examples(outcomes):
    cases, found = outcomes
    listed = listed_differences()
    differing = {key: reason for key, reason in found.items() if reason is not None}
    unexpected = {key: reason for key, reason in differing.items() if key not in listed}
    agreeing = sorted(key for key in listed if found.get(key, "not run") is None)
    assert not unexpected, "\n".join(f"{key}: {reason}" for key, reason in sorted(unexpected.items())[:40])
    assert not agreeing, "listed in Invocation.md but now agreeing: " + ", ".join(agreeing)
    agreement = 1 - len(differing) / len(found)
    assert agreement >= TARGET, f"{agreement:.4f} of {len(found)}"
