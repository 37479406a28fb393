"""Proves that the committed shorthand fixture is what the installed AWS CLI does.

Re-runs Scripts/record-shorthand-vectors.py (which drives awscli's own ShorthandParser, ParamShorthandParser,
BackCompatVisitor and ParamShorthandDocGen) into a temporary file and checks it equals
Tests/ShorthandTests/Fixtures/awscli-shorthand-vectors.json byte for byte.

Run: python3 -m pytest Tests/Differential/test_shorthand_vectors.py
"""

import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RECORDER = os.path.join(ROOT, 'Scripts', 'record-shorthand-vectors.py')
FIXTURE = os.path.join(ROOT, 'Tests', 'ShorthandTests', 'Fixtures', 'awscli-shorthand-vectors.json')

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
    output = tmp_path / 'vectors.json'
    subprocess.run([sys.executable, RECORDER, str(output)], check=True, cwd=tmp_path)
    recorded = json.loads(output.read_text(encoding='utf-8'))
    for section in ('syntax', 'arguments', 'docs'):
        assert len(recorded[section]) == len(committed[section]), section
        for index, (fresh, stored) in enumerate(zip(recorded[section], committed[section])):
            assert fresh == stored, f'{section}[{index}]'
    assert output.read_bytes() == open(FIXTURE, 'rb').read()


def test_fixture_size_and_coverage():
    with open(FIXTURE, encoding='utf-8') as handle:
        vectors = json.load(handle)
    assert os.path.getsize(FIXTURE) <= 1_600_000
    assert len(vectors['syntax']) + len(vectors['arguments']) >= 500
    classes = {v['error']['class'] for v in vectors['arguments'] + vectors['syntax'] if 'error' in v}
    assert {'ShorthandParseSyntaxError', 'DuplicateKeyInObjectError', 'ValueError', 'TypeError',
            'AttributeError', 'ShorthandParseError'} <= classes
