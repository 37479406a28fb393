"""`argot index` end to end: building, status, quiet output, rebuilding a damaged file, and answers afterwards."""

import os
import tempfile

import pytest

from argot_binary import run_argot


def installed_botocore():
    result = run_argot("index", "--status", check=False)
    return "botocore: unknown" not in result.stdout and "embedded default" not in result.stdout


@pytest.fixture
def cache():
    with tempfile.TemporaryDirectory(prefix="argot-index-test-") as folder:
        yield folder


def index_file(cache, service):
    return os.path.join(cache, "index", service + ".argotindex")


def test_index_builds_the_named_services_quietly_and_reports_them(cache):
    if not installed_botocore():
        pytest.skip("no installed botocore")
    result = run_argot("index", "sqs", "sns", cache_dir=cache)
    assert result.stdout == "" and result.stderr == ""
    assert os.path.exists(index_file(cache, "sqs")) and os.path.exists(index_file(cache, "sns"))
    status = run_argot("index", "--status", cache_dir=cache).stdout
    assert f"index: {os.path.join(cache, 'index')}" in status
    assert "botocore: 1." in status
    assert ", indexed 2 (" in status
    # Building again keeps the current files.
    before = os.stat(index_file(cache, "sqs")).st_mtime_ns
    run_argot("index", "sqs", cache_dir=cache)
    assert os.stat(index_file(cache, "sqs")).st_mtime_ns == before


def test_a_damaged_file_is_reported_then_rebuilt_with_one_log_line(cache):
    if not installed_botocore():
        pytest.skip("no installed botocore")
    reference = run_argot("schema", "sqs", "send-message", cache_dir=cache).stdout
    path = index_file(cache, "sqs")
    with open(path, "r+b") as file:
        file.seek(40)
        byte = file.read(1)
        file.seek(40)
        file.write(bytes([byte[0] ^ 0xFF]))
    assert "damaged: sqs (" in run_argot("index", "--status", cache_dir=cache).stdout
    result = run_argot("schema", "sqs", "send-message", cache_dir=cache)
    assert result.stdout == reference
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "discarded the damaged model index" in lines[0] and path in lines[0]
    again = run_argot("schema", "sqs", "send-message", cache_dir=cache)
    assert again.stdout == reference and again.stderr == ""


def test_another_services_file_in_place_never_gives_a_wrong_answer(cache):
    if not installed_botocore():
        pytest.skip("no installed botocore")
    run_argot("index", "sqs", "sns", cache_dir=cache)
    with open(index_file(cache, "sns"), "rb") as source, open(index_file(cache, "sqs"), "wb") as target:
        target.write(source.read())
    result = run_argot("schema", "sqs", "send-message", cache_dir=cache)
    assert '"QueueUrl"' in result.stdout
    assert len(result.stderr.splitlines()) == 1


def test_an_unknown_service_fails_with_its_name(cache):
    result = run_argot("index", "no-such-service", cache_dir=cache, check=False)
    assert result.returncode == 1
    assert "no-such-service" in result.stderr


def test_index_without_a_cache_says_so():
    result = run_argot("index", "sqs", env={"ARGOT_CACHE_DIR": "off"}, check=False)
    assert result.returncode != 0
    assert "cache is off" in result.stderr
