"""Proves that the committed Python number fixture is what the installed Python's int() and float() do.

Re-runs Scripts/record-python-numbers.py into a temporary file and checks it equals
Tests/ShorthandTests/Fixtures/python-numbers.json case by case, then byte for byte. The Swift test
PythonNumberTests checks argot's PythonNumber against every case.

Run: python3 -m pytest Tests/Differential/test_python_numbers.py
"""

import json
import os
import subprocess
import sys

import pytest

from argot_binary import REPO

FIXTURE = os.path.join('Tests', 'ShorthandTests', 'Fixtures', 'python-numbers.json')


def test_fixture_is_the_installed_python_behaviour(tmp_path):
    with open(os.path.join(REPO, FIXTURE), encoding='utf-8') as handle:
        committed = json.load(handle)
    if committed['python'] != '%d.%d' % sys.version_info[:2]:
        pytest.skip(f"fixture recorded with Python {committed['python']}")
    output = tmp_path / 'recorded.json'
    script = os.path.join(REPO, 'Scripts', 'record-python-numbers.py')
    subprocess.run([sys.executable, script, '--output', str(output)], check=True)
    recorded = json.loads(output.read_text(encoding='utf-8'))
    assert len(recorded['cases']) == len(committed['cases'])
    for fresh, stored in zip(recorded['cases'], committed['cases']):
        assert fresh == stored, repr(stored['text'][:60])
    with open(os.path.join(REPO, FIXTURE), 'rb') as handle:
        assert output.read_bytes() == handle.read()


def test_fixture_covers_what_python_rejects_and_accepts():
    with open(os.path.join(REPO, FIXTURE), encoding='utf-8') as handle:
        cases = json.load(handle)['cases']
    assert len(cases) >= 200
    assert any(case['int'] is None and case['float'] is None for case in cases)
    assert any(case['int'] == '12' and not case['text'].isascii() for case in cases)
    assert any(case['float'] in ('inf', 'nan') for case in cases)
