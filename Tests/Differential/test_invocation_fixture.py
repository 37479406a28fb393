"""Proves that the committed invocation fixture is what the installed AWS CLI does.

Re-runs Scripts/record-invocations.py (which drives awscli's own driver in-process on every recorded command
line, capturing the final API parameters before any request) into a temporary file and checks it equals
Tests/InvocationTests/Fixtures/awscli-invocations.json case by case, then byte for byte. The Swift test
DifferentialTests replays the same fixture through argot's InvocationParser.

Run: python3 -m pytest Tests/Differential/test_invocation_fixture.py
"""

from fixture_recording import rerecord, same_bytes

FIXTURE = 'Tests/InvocationTests/Fixtures/awscli-invocations.json'


def test_fixture_is_the_installed_awscli_behaviour(tmp_path):
    committed, recorded, output = rerecord(
        'record-invocations.py', FIXTURE, lambda path: ['--output', path], tmp_path)
    assert recorded['files'] == committed['files']
    assert len(recorded['cases']) == len(committed['cases'])
    assert len(committed['cases']) >= 300
    for fresh, stored in zip(recorded['cases'], committed['cases']):
        assert fresh == stored, stored['line']
    assert same_bytes(output, FIXTURE)
