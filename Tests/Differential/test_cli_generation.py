"""argot follows the AWS CLI generation installed on the machine: with the pinned AWS CLI v1 on PATH and no
ARGOT_AWS_CLI, every line below gets the same verdict (and, when accepted, the same request parameters) from
`argot parse` as from awscli 1.45.11 run in-process with the call intercepted (Scripts/record-invocations.py's
recorder: nothing is sent). The same lines under ARGOT_AWS_CLI=v2 follow AWS CLI v2's rules instead.
"""

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
