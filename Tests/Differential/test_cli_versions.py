"""Checks of Schemas/cli/cli-versions.json (the v1/v2 differences) against both real CLIs.

1. The file is valid against its schema, and Scripts/build-cli-versions.py rebuilds it byte for byte
   (with the installed AWS CLI v1 of the v1 layer).
2. Every difference it states is what the two CLIs did with the command lines recorded in
   Tests/Differential/Fixtures/awscli-v1-v2-behaviour.json (by Scripts/record-awscli-v2.py): an option,
   choice or command of one version is refused by the other; blob values follow the stated rule
   (v1 raw, v2 base64 unless --cli-binary-format raw-in-base64-out); URLs are fetched by v1 only.
3. The v1 half of that fixture is real: the installed v1 gives the same results today.

Run: python3 -m pytest Tests/Differential/test_cli_versions.py
"""

import base64
import binascii
import importlib.util
import json
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import jsonschema
import pytest

REPO = Path(__file__).resolve().parents[2]
VERSIONS = REPO / 'Schemas' / 'cli' / 'cli-versions.json'
SCHEMA = REPO / 'Schemas' / 'cli' / 'cli-versions.schema.json'
BUILD = REPO / 'Scripts' / 'build-cli-versions.py'
RECORDER = REPO / 'Scripts' / 'record-awscli-v2.py'
BEHAVIOUR = REPO / 'Tests' / 'Differential' / 'Fixtures' / 'awscli-v1-v2-behaviour.json'


@pytest.fixture(scope='module')
def versions():
    return json.loads(VERSIONS.read_text(encoding='utf-8'))


@pytest.fixture(scope='module')
def behaviour():
    return json.loads(BEHAVIOUR.read_text(encoding='utf-8'))


def _installed_v1_matches(versions):
    try:
        import awscli
        import botocore
    except ImportError:
        return False
    layer = versions['layers']['v1']
    return (awscli.__version__, botocore.__version__) == (layer['awscli'], layer['botocore'])


# --------------------------------------------------------------------------
# 1. Schema and reproducibility


def test_versions_file_matches_schema(versions):
    schema = json.loads(SCHEMA.read_text(encoding='utf-8'))
    jsonschema.Draft7Validator.check_schema(schema)
    errors = list(jsonschema.Draft7Validator(schema).iter_errors(versions))
    assert not errors, [e.message for e in errors[:10]]


def test_build_reproduces_the_versions_file(versions):
    if not _installed_v1_matches(versions):
        pytest.skip('the installed awscli is not the v1 of the layers')
    result = subprocess.run([sys.executable, str(BUILD), '--check'],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    assert result.returncode == 0, result.stderr.decode()


def test_versions_file_names_both_layers(versions, behaviour):
    for version, name in (('v1', 'cli-layer.json'), ('v2', 'cli-layer-v2.json')):
        layer = json.loads((REPO / 'Schemas' / 'cli' / name).read_text(encoding='utf-8'))
        reference = versions['layers'][version]
        assert reference['file'] == name
        assert {k: v for k, v in reference.items() if k != 'file'} == layer['generatedFrom']
        assert behaviour[version] == layer['generatedFrom']


# --------------------------------------------------------------------------
# 2. The stated differences are what the CLIs do


def _accepted(result):
    """The CLI took the command line: it got as far as a request, or finished without error."""
    return 'operation' in result or result.get('rc') == 0


def _refused_as_unknown(result):
    """Refused at argument parsing (unknown option, invalid choice or command)."""
    if _accepted(result):
        return False
    text = result.get('stderr', '')
    return result['rc'] in (2, 252, 255) and any(
        marker in text for marker in ('Unknown options', 'Invalid choice', 'invalid choice'))


def _vectors_using(behaviour, word, follow=None):
    out = []
    for vector in behaviour['vectors']:
        argv = vector['argv']
        for index, item in enumerate(argv):
            if item == word and (follow is None or argv[index + 1:index + 2] == [follow]):
                out.append(vector)
                break
    return out


def _check_only_in(vector, availability):
    other = 'v1' if availability == 'v2' else 'v2'
    assert _accepted(vector[availability]), (vector['name'], availability, vector[availability])
    assert _refused_as_unknown(vector[other]), (vector['name'], other, vector[other])


def test_global_options_of_one_version_are_refused_by_the_other(versions, behaviour):
    checked = set()
    for entry in versions['globalOptions']:
        for vector in _vectors_using(behaviour, entry['name']):
            _check_only_in(vector, entry['availability'])
            checked.add(entry['name'])
    assert checked >= {'--cli-binary-format', '--no-cli-pager', '--no-cli-auto-prompt',
                       '--cli-error-format', '--v2-debug'}


def test_choices_of_one_version_are_refused_by_the_other(versions, behaviour):
    checked = set()
    for entry in versions['choices']:
        for vector in _vectors_using(behaviour, entry['option'], entry['choice']):
            _check_only_in(vector, entry['availability'])
            checked.add((entry['option'], entry['choice']))
    assert checked >= {('--output', 'yaml'), ('--output', 'off'),
                       ('--generate-cli-skeleton', 'yaml-input')}


def test_command_options_and_commands_of_one_version_are_refused_by_the_other(versions, behaviour):
    for entry in versions['commandOptions']:
        vectors = _vectors_using(behaviour, entry['name'])
        assert vectors, entry
        for vector in vectors:
            _check_only_in(vector, entry['availability'])
    by_path = {tuple(c['path']): c['availability'] for c in versions['commands']}
    checked = 0
    for vector in behaviour['vectors']:
        for length in (1, 2):
            availability = by_path.get(tuple(vector['argv'][:length]))
            if availability:
                _check_only_in(vector, availability)
                checked += 1
    assert checked >= 3
    assert by_path[('logs', 'tail')] == 'v2' and by_path[('ecr', 'get-login')] == 'v1'
    assert by_path[('configure', 'sso')] == 'v2' and by_path[('ddb',)] == 'v2'


def _blob_rule(rules, version, argv):
    if version == 'v1':
        return rules['v1']
    v2 = rules['v2']
    if v2['option'] in argv:
        return v2['values'][argv[argv.index(v2['option']) + 1]]
    return v2['values'][v2['default']]


# Where each blob vector puts its blob, and the text it gives (None: bytes from fileb://).
BLOBS = {
    'blob-top-level-text': (('Data',), 'hello'),
    'blob-top-level-base64': (('Data',), 'aGVsbG8='),
    'blob-raw-in-base64-out': (('Data',), 'hello'),
    'blob-explicit-base64': (('Data',), 'aGVsbG8='),
    'blob-in-shorthand': (('Records', 0, 'Data'), 'Data=abc'),
    'blob-in-shorthand-base64': (('Records', 0, 'Data'), 'Data=YWJj'),
    'blob-in-json': (('Records', 0, 'Data'), 'abc'),
    'blob-file-text': (('Data',), 'hello'),
    'blob-file-base64-text': (('Data',), 'aGVsbG8='),
    'blob-fileb': (('Data',), None),
    'blob-in-paramfile-json': (('Records', 0, 'Data'), 'abc'),
    'blob-lambda-payload-json': (('Payload',), '{"a": 1}'),
    'cli-input-json': (('Records', 0, 'Data'), 'YWJj'),
}


def _dig(value, path):
    for key in path:
        value = value[key]
    return value


def test_blob_values_follow_the_stated_rule(versions, behaviour):
    rules = versions['blobInput']
    assert rules['base64Decoder'] == 'python-b64decode'
    vectors = {v['name']: v for v in behaviour['vectors']}
    checked = 0
    for name, (path, text) in BLOBS.items():
        vector = vectors[name]
        for version in ('v1', 'v2'):
            result = vector[version]
            if _refused_as_unknown(result):
                continue  # an option of the other version, checked above
            if text is None:
                expected = {'$bytes': base64.b64encode(bytes([0, 1, 2, 254, 255])).decode()}
                assert _dig(result['params'], path) == expected, (name, version)
                checked += 1
                continue
            rule = _blob_rule(rules, version, vector['argv'])
            if rule == 'raw':
                assert _dig(result['params'], path) == text, (name, version, result)
            else:
                try:
                    decoded = base64.b64decode(text)
                except binascii.Error:
                    message = rules['invalidBase64Message'].replace('{value}', text)
                    assert 'params' not in result and result['stderr'].endswith(message), \
                        (name, version, result)
                else:
                    assert _dig(result['params'], path) == \
                        {'$bytes': base64.b64encode(decoded).decode()}, (name, version, result)
            checked += 1
    assert checked >= 24


def test_urls_are_parameter_files_in_v1_only(versions, behaviour):
    files = versions['paramFiles']
    assert files['v1']['urlPrefixes'] == ['http://', 'https://']
    assert not set(files['v2']['prefixes']) & set(files['v1']['urlPrefixes'])
    assert 'cloudformation.create-stack.template-url' in files['v1']['urlExempt']
    vectors = {v['name']: v for v in behaviour['vectors']}
    for name in ('paramfile-https-url', 'paramfile-http-url'):
        vector = vectors[name]
        url = vector['argv'][-1]
        assert 'Unable to retrieve %s' % url in vector['v1']['stderr'], vector['v1']
        assert url in vector['v2']['params'].values(), vector['v2']
    exempt = vectors['paramfile-url-excluded']
    assert exempt['v1']['params'] == exempt['v2']['params']


# --------------------------------------------------------------------------
# 3. The v1 half of the fixture is what the installed v1 does


def _load_recorder():
    spec = importlib.util.spec_from_file_location('record_awscli_v2', RECORDER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_installed_v1_still_behaves_as_recorded(versions, behaviour):
    if not _installed_v1_matches(versions):
        pytest.skip('the installed awscli is not the recorded v1')
    recorder = _load_recorder()
    v1 = recorder.CLI(sys.executable)
    with tempfile.TemporaryDirectory(prefix='argot-v1-home-') as home:
        def rerun(vector):
            # Each run gets its own scratch folder with the recorded files.
            with tempfile.TemporaryDirectory(prefix='argot-v1v2-') as scratch:
                for name, data in behaviour['files'].items():
                    Path(scratch, name).write_bytes(base64.b64decode(data))
                run_home = Path(home, vector['name'])
                run_home.mkdir()
                return vector['name'], recorder.run_vector(v1, vector['argv'], str(run_home), scratch)

        recorded = [v for v in behaviour['vectors'] if 'v1' in v]
        with ThreadPoolExecutor(max_workers=2) as pool:
            results = dict(pool.map(rerun, recorded))
    different = [v['name'] for v in recorded if results[v['name']] != v['v1']]
    assert not different, [(n, results[n]) for n in different[:5]]
    assert len(recorded) >= 30


def test_shorthand_is_one_language_with_two_error_renderings(behaviour):
    shorthand = [v for v in behaviour['vectors'] if v['name'].startswith('shorthand-')]
    errors = 0
    for vector in shorthand:
        v1, v2 = vector['v1'], vector['v2']
        assert ('params' in v1) == ('params' in v2), vector['name']
        if 'params' in v1:
            assert v1['params'] == v2['params'], vector['name']
            continue
        # Same message; v2 prefixes it and echoes the input with one leading space above a caret,
        # where v1 1.45.11 prints a placeholder.
        prefix = 'aws: [ERROR]: '
        assert v2['stderr'].startswith(prefix), vector['name']
        lines = v1['stderr'].split('\n')
        if lines[-1] == '{self._error_location()}':
            errors += 1
            value = vector['argv'][-1]
            head = lines[0]
            assert v2['stderr'].split('\n')[-3].endswith(head), vector['name']
            assert v2['stderr'].split('\n')[-2] == ' ' + value, vector['name']
            assert v2['stderr'].split('\n')[-1].strip() == '^', vector['name']
            assert (v1['rc'], v2['rc']) == (255, 252), vector['name']
        else:
            assert v2['stderr'] == prefix + v1['stderr'], vector['name']
    assert errors >= 2 and len(shorthand) >= 7
