"""argot follows the AWS CLI generation installed on the machine: with the pinned AWS CLI v1 on PATH and no
ARGOT_AWS_CLI, every line below gets the same verdict (and, when accepted, the same request parameters) from
`argot parse` as from awscli 1.45.11 run in-process with the call intercepted (Scripts/record-invocations.py's
recorder: nothing is sent). The same lines under ARGOT_AWS_CLI=v2 follow AWS CLI v2's rules instead.
"""

import base64
import importlib.util
import json
import os
import shutil

import pytest

from argot_binary import REPO, run_argot

LINES = [
    # v2-only global options, choices, command options and commands: v1 rejects them.
    "aws ec2 describe-instances --no-cli-pager",
    "aws ec2 describe-instances --cli-auto-prompt",
    "aws ec2 describe-instances --cli-binary-format raw-in-base64-out",
    "aws ec2 describe-instances --output yaml",
    "aws ec2 describe-instances --output yaml-stream",
    "aws directconnect describe-connections --cli-input-yaml file://input.yaml",
    "aws directconnect describe-connections --generate-cli-skeleton yaml-input",
    "aws ddb select my-table",
    "aws logs tail my-group",
    # v1's own switch, and v1's blob rule: a string in a blob position is sent as its bytes.
    "aws ec2 describe-instances --v2-debug",
    "aws firehose put-record --delivery-stream-name s --record Data=hello",
    "aws firehose put-record-batch --delivery-stream-name s --records Data=abc Data=def",
    "aws kms encrypt --key-id alias/k --plaintext secret-text",
    # What both generations accept, as a control.
    "aws ec2 describe-instances --output table --no-paginate",
    "aws directconnect describe-connections --generate-cli-skeleton input",
]

V2_ACCEPTS = {
    "aws ec2 describe-instances --no-cli-pager",
    "aws ec2 describe-instances --output yaml",
    "aws ec2 describe-instances --cli-binary-format raw-in-base64-out",
}


@pytest.fixture(scope="module")
def recorder():
    pytest.importorskip("awscli")
    if shutil.which("aws") is None:
        pytest.skip("no aws on PATH")
    spec = importlib.util.spec_from_file_location("record_invocations", os.path.join(REPO, "Scripts", "record-invocations.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Recorder()


def argot(line, rules=None, cwd=None):
    env = {"ARGOT_AWS_CLI": rules or ""}
    result = run_argot("parse", "--line", line, env=env, check=False)
    return result


def test_argot_detects_the_installed_v1():
    if shutil.which("aws") is None:
        pytest.skip("no aws on PATH")
    report = json.loads(run_argot("doctor", "--json", env={"ARGOT_AWS_CLI": ""}, check=False).stdout)
    assert report["aws"]["installedGeneration"] == "v1"
    assert report["aws"]["rules"] == "v1"
    assert report["models"]["botocoreDataDirectory"] is not None


@pytest.mark.parametrize("line", LINES)
def test_same_verdict_and_request_as_the_installed_aws_v1(recorder, line):
    expected = recorder.run(line)
    result = argot(line)
    if expected["outcome"] == "ok":
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout) == expected["params"]
    elif expected["outcome"] == "no-call":
        assert result.returncode == 0, result.stderr
    else:
        assert result.returncode != 0, (expected, result.stdout)
        if "exists only in AWS CLI v2" not in result.stderr:
            # The CLI's own commands argot reads as unknown operations or services for v1.
            assert "logs tail" in line or "ddb" in line, result.stderr


def test_v2_only_words_say_which_generation_has_them():
    result = argot("aws ec2 describe-instances --no-cli-pager")
    assert "--no-cli-pager: it exists only in AWS CLI v2; this aws is" in result.stderr


@pytest.mark.parametrize("line", sorted(V2_ACCEPTS))
def test_the_same_lines_follow_v2_when_asked(line):
    assert argot(line, rules="v2").returncode == 0
    assert argot(line, rules="v1").returncode == 252


# The AWS CLI v1/v2 behaviour vectors recorded from both real CLIs (Scripts/record-awscli-v2.py; no v2 tree is
# needed here): argot under ARGOT_AWS_CLI=v1 gives v1's verdict, under v2 gives v2's, and the same request.
BEHAVIOUR = os.path.join(REPO, "Tests", "Differential", "Fixtures", "awscli-v1-v2-behaviour.json")

# Where argot knowingly differs, with the reason (Documentation/CLILayer.md §6).
KNOWN = {
    ("paramfile-https-url", "v1"): "v1 fetches http(s):// values as parameter files; argot never fetches a URL "
    "(it leaves the value unchecked with a url-param-file note, CLIGenerationTests.v1FetchesURLValues)",
    ("paramfile-http-url", "v1"): "as paramfile-https-url",
    ("skeleton-output-invalid", "v1"): "the CLI validates the output skeleton's sample values as input; argot "
    "prints the skeleton (argot skeleton) and does not judge it",
    ("skeleton-output-invalid", "v2"): "as for v1",
}


def behaviour_cases():
    with open(BEHAVIOUR, encoding="utf-8") as handle:
        document = json.load(handle)
    for vector in document["vectors"]:
        for generation in ("v1", "v2"):
            if generation in vector:
                yield pytest.param(vector, generation, document["files"], id=f"{vector['name']}-{generation}")


def same_request(ours, theirs, generation):
    """argot prints every blob as the base64 text of its bytes. The fixture keeps v2's blobs and fileb:// bytes as
    {"$bytes": base64} and strings sent as their own bytes (v1, v2's raw-in-base64-out) as the text itself."""
    if isinstance(theirs, dict) and set(theirs) == {"$bytes"}:
        return ours == theirs["$bytes"]
    if isinstance(theirs, dict):
        return isinstance(ours, dict) and ours.keys() == theirs.keys() and all(
            same_request(ours[key], theirs[key], generation) for key in theirs)
    if isinstance(theirs, list):
        return isinstance(ours, list) and len(ours) == len(theirs) and all(
            same_request(a, b, generation) for a, b in zip(ours, theirs))
    if ours == theirs:
        return True
    # A blob sent as the string's own bytes (v1, or v2 with --cli-binary-format raw-in-base64-out).
    if isinstance(ours, str) and isinstance(theirs, str):
        try:
            return base64.b64decode(ours, validate=True) == theirs.encode("utf-8")
        except ValueError:
            return False
    return False


# The requests the CLI's own commands make are derived by the CLI, which argot does not model (it checks their
# names and options only).
VERDICT_ONLY = {"command-logs-tail", "command-configure-list-profiles"}


@pytest.mark.parametrize("vector,generation,files", list(behaviour_cases()))
def test_each_generation_as_the_real_cli_behaves(vector, generation, files, tmp_path):
    if (vector["name"], generation) in KNOWN:
        pytest.skip(KNOWN[(vector["name"], generation)])
    for name, content in files.items():
        (tmp_path / name).write_bytes(base64.b64decode(content))
    argv = [word.replace("{dir}", str(tmp_path)) for word in vector["argv"]]
    result = run_argot("parse", "--", "aws", *argv, env={"ARGOT_AWS_CLI": generation}, check=False)
    expected = vector[generation]
    accepted = "operation" in expected or expected.get("rc") == 0
    assert (result.returncode == 0) == accepted, (expected, result.stderr)
    if "operation" in expected and vector["name"] not in VERDICT_ONLY:
        ours = json.loads(result.stdout)
        assert same_request(ours, expected["params"], generation), (ours, expected["params"])
