"""Proves that the committed invocation fixture is what the installed AWS CLI does.

Re-runs Scripts/record-invocations.py (which drives awscli's own driver in-process on every recorded command
line, capturing the final API parameters before any request) into a temporary file and checks it equals
Tests/InvocationTests/Fixtures/awscli-invocations.json case by case, then byte for byte. The Swift test
DifferentialTests replays the same fixture through argot's InvocationParser.

Run: python3 -m pytest Tests/Differential/test_invocation_fixture.py
"""

import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RECORDER = os.path.join(ROOT, 'Scripts', 'record-invocations.py')
FIXTURE = os.path.join(ROOT, 'Tests', 'InvocationTests', 'Fixtures', 'awscli-invocations.json')

awscli = pytest.importorskip('awscli')
botocore = pytest.importorskip('botocore')


def test_fixture_is_the_installed_awscli_behaviour(tmp_path):
    with open(FIXTURE, encoding='utf-8') as handle:
        committed = json.load(handle)
    if (committed['awscli'], committed['botocore']) != (awscli.__version__, botocore.__version__):
        pytest.skip(
            f"fixture recorded with awscli {committed['awscli']} / botocore {committed['botocore']}, "
            f"installed {awscli.__version__} / {botocore.__version__}"
        )
    output = tmp_path / 'invocations.json'
    subprocess.run([sys.executable, RECORDER, '--output', str(output)], check=True, cwd=tmp_path)
    recorded = json.loads(output.read_text(encoding='utf-8'))
    assert recorded['files'] == committed['files']
    assert len(recorded['cases']) == len(committed['cases'])
    assert len(committed['cases']) >= 300
    for fresh, stored in zip(recorded['cases'], committed['cases']):
        assert fresh == stored, stored['line']
    assert output.read_bytes() == open(FIXTURE, 'rb').read()
