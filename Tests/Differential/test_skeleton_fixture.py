"""Checks of the skeleton vectors in Tests/SkeletonTests/Fixtures (the Swift tests compare against them).

1. The input and output fixtures are what the installed AWS CLI prints: Scripts/record-skeletons.py records them
   again, and the result must be identical.
2. The YAML the AWS CLI v2 printed (and the Swift module reproduces byte for byte) reads back, with a YAML 1.2
   reader built on PyYAML, as the same data as the JSON input skeleton (blobs and timestamps aside).
3. The ruamel string vectors read back as the strings they were made from.
4. Where AWS CLI v2 or ruamel.yaml is available (ARGOT_AWSCLI_V2_PYTHON: a Python that imports AWS CLI v2 from its
   source; or ruamel.yaml importable), the YAML fixtures are recorded again and must be identical.

Run: python3 -m pytest Tests/Differential/test_skeleton_fixture.py
"""

import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / 'Tests' / 'SkeletonTests' / 'Fixtures'
RECORD = REPO / 'Scripts' / 'record-skeletons.py'
RECORD_SCALARS = REPO / 'Scripts' / 'record-yaml-scalars.py'


def load(name):
    with open(FIXTURES / name, encoding='utf-8') as stream:
        return json.load(stream)


# --------------------------------------------------------------------------
# Recording again takes a while: both recordings run in the background from the first test that needs one.

class _Recordings:
    def __init__(self):
        self._dir = tempfile.TemporaryDirectory(prefix='argot-skeletons-')
        self.paths = {kind: Path(self._dir.name) / f'{kind}.json' for kind in ('input', 'output')}
        self.processes = {
            kind: subprocess.Popen([sys.executable, str(RECORD), '--kind', kind, '-o', str(path)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for kind, path in self.paths.items()
        }

    def result(self, kind):
        process = self.processes[kind]
        _, error = process.communicate()
        assert process.returncode == 0, error.decode()
        with open(self.paths[kind], encoding='utf-8') as stream:
            return json.load(stream)


@pytest.fixture(scope='module')
def recordings():
    return _Recordings()


def _assert_same_vectors(recorded, committed):
    assert [(v['service'], v['operation']) for v in recorded['skeletons']] == \
        [(v['service'], v['operation']) for v in committed['skeletons']]
    different = [v['command'] for v, w in zip(recorded['skeletons'], committed['skeletons']) if v != w]
    assert not different, f'{len(different)} vectors differ, e.g. {different[:5]}'
    assert recorded == committed


def test_input_fixture_is_what_the_awscli_prints(recordings):
    committed = load('awscli-input-skeletons.json')
    assert committed['operations'] >= 363 and committed['services'] >= 41
    commands = {v['command'] for v in committed['skeletons']}
    for command in ('aws ec2 run-instances', 'aws s3api put-object', 'aws dynamodb create-table',
                    'aws directconnect create-bgp-peer'):
        assert command in commands
    for service in ('iam', 'lambda', 'cloudformation', 'ecs', 'sqs'):
        assert any(v['service'] == service for v in committed['skeletons'])
    assert (FIXTURES / 'awscli-input-skeletons.json').stat().st_size < 2_000_000
    _assert_same_vectors(recordings.result('input'), committed)


def test_output_fixture_is_what_the_awscli_prints(recordings):
    committed = load('awscli-output-skeletons.json')
    assert committed['operations'] >= 20
    _assert_same_vectors(recordings.result('output'), committed)


# --------------------------------------------------------------------------
# A YAML 1.2 reader: ruamel (which the AWS CLI v2 uses) writes `yes`, `no`, `on` plain, as YAML 1.2 allows;
# PyYAML's default reader is YAML 1.1 and would take them for booleans.

class Yaml12Loader(yaml.SafeLoader):
    pass


Yaml12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ('bool', r'^(?:true|True|TRUE|false|False|FALSE)$', 'tTfF'),
    ('int', r'^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$', '-+0123456789'),
    ('float', r'^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)'
              r'|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$', '-+0123456789.'),
    ('null', r'^(?:~|null|Null|NULL|)$', ['~', 'n', 'N', '']),
    ('merge', r'^(?:<<)$', '<'),
]:
    Yaml12Loader.add_implicit_resolver(f'tag:yaml.org,2002:{tag}', re.compile(pattern), list(first))
for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items():
    for tag, pattern in resolvers:
        if tag == 'tag:yaml.org,2002:timestamp':
            Yaml12Loader.add_implicit_resolver(tag, pattern, [first])


def read_yaml(text):
    return yaml.load(text, Loader=Yaml12Loader)


def as_json_data(value):
    """What the JSON skeleton holds where YAML has a blob or a timestamp."""
    if isinstance(value, dict):
        return {key: as_json_data(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json_data(item) for item in value]
    if isinstance(value, bytes):
        assert value == b''
        return None
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return value


def test_yaml_fixture_reads_as_the_json_skeleton():
    inputs = {(v['service'], v['operation']): v['text'] for v in load('awscli-input-skeletons.json')['skeletons']}
    vectors = load('awscli-yaml-skeletons.json')['skeletons']
    assert len(vectors) == len(inputs)
    for vector in vectors:
        from_yaml = as_json_data(read_yaml(vector['text']))
        from_json = json.loads(inputs[(vector['service'], vector['operation'])])
        # Same data, same key order.
        assert json.dumps(from_yaml) == json.dumps(from_json), vector['command']


def test_yaml_fixture_has_comments():
    vectors = load('awscli-yaml-skeletons.json')['skeletons']
    bgp = next(v for v in vectors if v['command'] == 'aws directconnect create-bgp-peer')
    assert 'addressFamily: ipv4 # The address family for the BGP peer. Valid values are: ipv4, ipv6.\n' in bgp['text']
    assert sum('# [REQUIRED]' in v['text'] for v in vectors) > 300


def test_yaml_scalar_vectors_read_back():
    document = load('yaml-scalar-vectors.json')
    for vector in document['vectors']:
        value, context = vector['value'], vector['context']
        expected = {
            'value': {'value': value},
            'nested': {'outer': {'aRatherLongMemberName': [{'innerMember': value}]}},
            'item': {'list': [value]},
            'key': {value: 0},
        }[context]
        if any(ch in value for ch in '\x85\u2028\u2029'):
            # ruamel writes NEL/LS/PS as raw line breaks inside single quotes (NEL then reads back as a space,
            # and a key becomes complex): the Swift writer deliberately escapes them in double quotes instead,
            # so these vectors are not its output.
            continue
        if '  ' in value and '  \n' in vector['yaml']:
            # ruamel folds a plain scalar right after two spaces, which then read back as one: a ruamel bug the
            # Swift writer does not copy (it keeps that line whole).
            assert read_yaml(vector['yaml']) != expected
            continue
        assert read_yaml(vector['yaml']) == expected, vector


# --------------------------------------------------------------------------
# Recording the YAML fixtures again needs tools that are not installed by default.

def test_yaml_fixture_is_what_awscli_v2_prints():
    python = os.environ.get('ARGOT_AWSCLI_V2_PYTHON')
    if not python:
        pytest.skip('set ARGOT_AWSCLI_V2_PYTHON to a Python that imports AWS CLI v2 from its source')
    import botocore
    data = Path(botocore.__file__).parent / 'data'
    with tempfile.TemporaryDirectory() as directory:
        output = Path(directory) / 'yaml.json'
        subprocess.run([python, str(RECORD), '--kind', 'yaml-input', '--botocore-data', str(data), '-o', str(output)],
                       check=True, capture_output=True)
        with open(output, encoding='utf-8') as stream:
            recorded = json.load(stream)
    _assert_same_vectors(recorded, load('awscli-yaml-skeletons.json'))


def test_yaml_scalar_vectors_are_what_ruamel_writes():
    python = os.environ.get('ARGOT_AWSCLI_V2_PYTHON') or sys.executable
    probe = subprocess.run([python, '-c', 'import ruamel.yaml'], capture_output=True)
    if probe.returncode != 0:
        pytest.skip('ruamel.yaml is not installed')
    with tempfile.TemporaryDirectory() as directory:
        output = Path(directory) / 'scalars.json'
        subprocess.run([python, str(RECORD_SCALARS), '-o', str(output)], check=True, capture_output=True)
        with open(output, encoding='utf-8') as stream:
            recorded = json.load(stream)
    committed = load('yaml-scalar-vectors.json')
    assert recorded['vectors'] == committed['vectors']
