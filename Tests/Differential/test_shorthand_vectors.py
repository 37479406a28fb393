"""Proves that the committed shorthand fixture is what the installed AWS CLI does.

Re-runs Scripts/record-shorthand-vectors.py (which drives awscli's own ShorthandParser, ParamShorthandParser,
BackCompatVisitor and ParamShorthandDocGen) into a temporary file and checks it equals
Tests/ShorthandTests/Fixtures/awscli-shorthand-vectors.json byte for byte.

Run: python3 -m pytest Tests/Differential/test_shorthand_vectors.py
"""

import json
import os

from argot_binary import REPO
from fixture_recording import rerecord, same_bytes

FIXTURE = os.path.join('Tests', 'ShorthandTests', 'Fixtures', 'awscli-shorthand-vectors.json')


def test_fixture_is_the_installed_awscli_behaviour(tmp_path):
    committed, recorded, output = rerecord('record-shorthand-vectors.py', FIXTURE, lambda path: [path], tmp_path)
    for section in ('syntax', 'arguments', 'docs'):
        assert len(recorded[section]) == len(committed[section]), section
        for index, (fresh, stored) in enumerate(zip(recorded[section], committed[section])):
            assert fresh == stored, f'{section}[{index}]'
    assert same_bytes(output, FIXTURE)


def test_fixture_size_and_coverage():
    with open(os.path.join(REPO, FIXTURE), encoding='utf-8') as handle:
        vectors = json.load(handle)
    assert os.path.getsize(os.path.join(REPO, FIXTURE)) <= 1_600_000
    assert len(vectors['syntax']) + len(vectors['arguments']) >= 500
    classes = {v['error']['class'] for v in vectors['arguments'] + vectors['syntax'] if 'error' in v}
    assert {'ShorthandParseSyntaxError', 'DuplicateKeyInObjectError', 'ValueError', 'TypeError',
            'AttributeError', 'ShorthandParseError'} <= classes
