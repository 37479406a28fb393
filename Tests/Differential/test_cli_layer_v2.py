"""Checks of Schemas/cli/cli-layer-v2.json, the CLI layer of AWS CLI v2.

AWS CLI v2 is not installed here: it runs from a source tree of aws/aws-cli at the tag pinned in
Scripts/awscli-v2-pin.json. Scripts/record-awscli-v2.py recorded, from that tree, every command and option
name v2 offers and what the plain derivation reads from v2's own botocore models. These tests need only
those fixtures:

1. the file is valid against Schemas/cli/cli-layer.schema.json and names the pinned source;
2. self-consistency: v2's models (recorded) with the v2 layer applied, by the same Deriver the v1 test
   uses, give exactly the recorded v2 names;
3. what the layer marks as v2-only is absent from the v1 layer, and present in v2.

With a v2 tree at hand (ARGOT_AWSCLI_V2_SOURCE = the tree, ARGOT_AWSCLI_V2_PYTHON = the interpreter of
its virtualenv), the extraction and the two fixtures are also reproduced from it.

Run: python3 -m pytest Tests/Differential/test_cli_layer_v2.py
"""

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from test_cli_layer import Deriver, make_xform

REPO = Path(__file__).resolve().parents[2]
LAYER_V1 = REPO / 'Schemas' / 'cli' / 'cli-layer.json'
LAYER_V2 = REPO / 'Schemas' / 'cli' / 'cli-layer-v2.json'
SCHEMA = REPO / 'Schemas' / 'cli' / 'cli-layer.schema.json'
PIN = REPO / 'Scripts' / 'awscli-v2-pin.json'
EXTRACT = REPO / 'Scripts' / 'extract-cli-layer.py'
RECORD = REPO / 'Scripts' / 'record-awscli-v2.py'
FIXTURES = REPO / 'Tests' / 'Differential' / 'Fixtures'
NAMES = FIXTURES / 'awscli-v2-names.json.gz'
MODELS = FIXTURES / 'awscli-v2-models.json.gz'

V2_SOURCE = os.environ.get('ARGOT_AWSCLI_V2_SOURCE')
V2_PYTHON = os.environ.get('ARGOT_AWSCLI_V2_PYTHON')
needs_v2_tree = pytest.mark.skipif(
    not (V2_SOURCE and V2_PYTHON),
    reason='set ARGOT_AWSCLI_V2_SOURCE and ARGOT_AWSCLI_V2_PYTHON to check against a v2 source tree')


def _read_gzip_json(path):
    with gzip.open(path, 'rt', encoding='utf-8') as handle:
        return json.load(handle)


@pytest.fixture(scope='module')
def layer():
    return json.loads(LAYER_V2.read_text(encoding='utf-8'))


@pytest.fixture(scope='module')
def layer_v1():
    return json.loads(LAYER_V1.read_text(encoding='utf-8'))


@pytest.fixture(scope='module')
def pin():
    return json.loads(PIN.read_text(encoding='utf-8'))


@pytest.fixture(scope='module')
def names():
    return _read_gzip_json(NAMES)


@pytest.fixture(scope='module')
def models():
    return _read_gzip_json(MODELS)


# --------------------------------------------------------------------------
# v2's models, as recorded, behind the part of botocore's session API the Deriver uses


class _Shape:
    def __init__(self, type_name):
        self.type_name = type_name


class _InputShape:
    def __init__(self, members):
        self.members = {name: _Shape(type_name) for name, type_name in members}


class _OperationModel:
    def __init__(self, data):
        self.input_shape = _InputShape(data['members'])
        self.deprecated = data.get('deprecated', False)
        self.has_streaming_output = data.get('streamingOutput', False)


class _ServiceModel:
    def __init__(self, data):
        self._data = data
        self.operation_names = data['operationOrder']

    def operation_model(self, name):
        return _OperationModel(self._data['operations'][name])


class _PaginatorModel:
    def __init__(self, data):
        self._data = data

    def get_paginator(self, operation_name):
        if operation_name not in self._data:
            raise ValueError(operation_name)  # as botocore's PaginatorModel does
        entry = self._data[operation_name]
        config = {'input_token': entry['inputToken']}
        if 'limitKey' in entry:
            config['limit_key'] = entry['limitKey']
        return config


class _Waiter:
    def __init__(self, operation):
        self.operation = operation


class _WaiterModel:
    def __init__(self, pairs):
        self._operations = dict(pairs)
        self.waiter_names = [name for name, _ in pairs]

    def get_waiter(self, name):
        return _Waiter(self._operations[name])


class RecordedModels:
    """v2's botocore models as recorded by Scripts/record-awscli-v2.py (models fixture)."""

    def __init__(self, document):
        self._services = document['services']

    def get_available_services(self):
        return sorted(self._services)

    def get_service_model(self, service_name):
        return _ServiceModel(self._services[service_name])

    def get_paginator_model(self, service_name):
        data = self._services[service_name].get('paginators')
        if data is None:
            raise LookupError('%s has no paginators' % service_name)
        return _PaginatorModel(data)

    def get_waiter_model(self, service_name):
        data = self._services[service_name].get('waiters')
        if data is None:
            raise LookupError('%s has no waiters' % service_name)
        return _WaiterModel(data)


# --------------------------------------------------------------------------
# 1. Schema and provenance


def test_v2_layer_matches_schema(layer):
    schema = json.loads(SCHEMA.read_text(encoding='utf-8'))
    errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(layer),
                    key=lambda e: list(e.absolute_path))
    assert not errors, '\n'.join(
        '%s: %s' % ('/'.join(map(str, e.absolute_path)), e.message) for e in errors[:20])


def test_layer_and_fixtures_come_from_the_pinned_tree(layer, pin, names, models):
    source = {key: pin[key] for key in ('repository', 'tag', 'commit')}
    assert layer['generatedFrom']['source'] == source
    assert layer['generatedFrom']['awscli'] == pin['tag']
    assert names['source'] == source and names['awscli'] == pin['tag']
    assert models['source'] == source and models['awscli'] == pin['tag']
    assert names['botocore'] == models['botocore'] == layer['generatedFrom']['botocore']


def test_v2_global_options(layer):
    by_name = {o['name']: o for o in layer['globalOptions']}
    assert by_name['--output']['choices'] == ['json', 'text', 'table', 'yaml', 'yaml-stream', 'off']
    assert by_name['--cli-binary-format']['choices'] == ['base64', 'raw-in-base64-out']
    assert by_name['--cli-binary-format']['default'] == 'base64'
    assert by_name['--cli-error-format']['availability'] == 'v2'
    # Listed, as the v1 layer lists v2's options: marked for the generation that has it, so v2 can name it.
    assert by_name['--v2-debug']['availability'] == 'v1'
    skeleton = [o for o in layer['commandOptions'] if o['name'] == '--generate-cli-skeleton'][0]
    assert skeleton['choices'] == ['input', 'yaml-input', 'output']
    assert [o['name'] for o in layer['commandOptions']] == [
        '--cli-input-json', '--cli-input-yaml', '--generate-cli-skeleton']


# --------------------------------------------------------------------------
# 2. Self-consistency with the recorded v2


@pytest.fixture(scope='module')
def derived(layer, models):
    deriver = Deriver(layer, RecordedModels(models), version='v2')
    return deriver, deriver.everything()


def test_v2_layer_applied_to_v2_models_gives_the_v2_names(derived, names, capsys):
    _deriver, expected = derived
    problems = []
    if expected['commands'] != names['commands']:
        problems.append('top-level commands: missing %s, extra %s' % (
            sorted(set(names['commands']) - set(expected['commands'])),
            sorted(set(expected['commands']) - set(names['commands']))))
    if expected['hiddenCommands'] != names['hiddenCommands']:
        problems.append('hidden top-level commands: %s vs %s'
                        % (expected['hiddenCommands'], names['hiddenCommands']))
    commands = options = 0
    for top in sorted(set(expected['services']) | set(names['services'])):
        mine = expected['services'].get(top, {})
        theirs = names['services'].get(top, {})
        for path in sorted(set(mine) | set(theirs)):
            label = ('%s %s' % (top, path)).strip()
            if mine.get(path) != theirs.get(path):
                problems.append('%s: derived %s, v2 %s' % (label, mine.get(path), theirs.get(path)))
                continue
            commands += 1
            options += sum(len(theirs[path].get(k, []))
                           for k in ('options', 'undocumented', 'positional'))
    with capsys.disabled():
        print('\ncli-layer-v2 self-consistency: %d top-level commands, %d commands and %d option '
              'names match awscli %s; %d mismatches'
              % (len(names['commands']), commands, options, names['awscli'], len(problems)))
    assert not problems, '\n'.join(problems[:40])
    assert commands > 18000


def test_v2_only_custom_commands_are_in_the_v2_names(names):
    services = names['services']
    for top, path in [('logs', 'tail'), ('configure', 'sso'), ('configure', 'sso-session'),
                      ('configure', 'export-credentials'), ('configure', 'list-profiles'),
                      ('ddb', 'put'), ('ddb', 'select'), ('sso', 'login'), ('sso', 'logout'),
                      ('ec2-instance-connect', 'ssh'), ('ec2-instance-connect', 'open-tunnel')]:
        assert path in services[top], (top, path)
    assert 'get-login' not in services['ecr']
    assert 'login' in names['commands'] and 'update' in names['commands']


def test_xform_overrides_cover_the_v2_names(derived, layer):
    # Without v2's botocore, the rule part is checked against the v1 table: the two tables may
    # differ only by entries, never by a rule change.
    deriver, _ = derived
    v1_overrides = json.loads(LAYER_V1.read_text(encoding='utf-8'))['naming']['xformNameOverrides']
    v2_overrides = layer['naming']['xformNameOverrides']
    for name, value in v1_overrides.items():
        assert v2_overrides.get(name, value) == value, name
    rules_only = make_xform({})
    assert sum(1 for n in deriver.xform_inputs if rules_only(n) != deriver.xform(n)) == \
        len(set(v2_overrides) & deriver.xform_inputs)


# --------------------------------------------------------------------------
# 3. Availability marks


def _custom_paths(layer, prefix_for):
    """{path words: node} of every custom command and subcommand in a layer."""
    paths = {}

    def walk(node, path):
        paths[path] = node
        for name, child in node.get('subcommands', {}).items():
            walk(child, path + (name,))

    for name, node in layer['customCommands'].items():
        walk(node, (name,))
    for service, entry in layer['services'].items():
        scopes = [(prefix_for(service, entry), entry)]
        scopes += [(alias, body) for alias, body in entry.get('aliases', {}).items()]
        for top, scope in scopes:
            for name, node in scope.get('commands', {}).items():
                walk(node, (top, name))
    return paths


def _cli_name(service, entry):
    return entry.get('cliName', service)


def test_v2_only_marks_agree_with_the_v1_layer(layer, layer_v1):
    v1 = {p: n for p, n in _custom_paths(layer_v1, _cli_name).items()
          if n.get('availability') != 'v2'}
    v2 = _custom_paths(layer, _cli_name)
    marked = 0
    for path, node in v2.items():
        inherited = any(v2.get(path[:i], {}).get('availability') == 'v2'
                        for i in range(1, len(path)))
        if node.get('availability') == 'v2':
            marked += 1
            assert path not in v1, path
        elif not inherited:
            assert path in v1, path
            v1_options = {o['name'] for o in v1[path]['options']}
            for option in node['options']:
                assert (option.get('availability') == 'v2') == (option['name'] not in v1_options), \
                    (path, option['name'])
    assert ('logs', 'tail') in v2 and v2[('logs', 'tail')]['availability'] == 'v2'
    assert ('configure', 'sso') in v2 and v2[('configure', 'sso')]['availability'] == 'v2'
    assert ('ecr', 'get-login') in v1 and ('ecr', 'get-login') not in v2
    assert marked > 20


# --------------------------------------------------------------------------
# With a v2 source tree: everything above is reproducible from it


@needs_v2_tree
def test_extraction_reproduces_the_v2_layer():
    result = subprocess.run(
        [sys.executable, str(EXTRACT), '--cli', 'v2', '--source', V2_SOURCE, '--python', V2_PYTHON,
         '--check'], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
    assert result.returncode == 0, result.stderr.decode()


@needs_v2_tree
def test_rerecording_reproduces_the_v2_fixtures(tmp_path):
    subprocess.run(
        [sys.executable, str(RECORD), '--source', V2_SOURCE, '--python', V2_PYTHON,
         '--only', 'names', '--only', 'models', '--output-dir', str(tmp_path)],
        check=True, timeout=900)
    for fixture in (NAMES, MODELS):
        assert _read_gzip_json(tmp_path / fixture.name) == _read_gzip_json(fixture), fixture.name
