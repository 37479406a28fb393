"""argot's `--cli-input-json` JSON Schemas against botocore's parameter validation and the AWS CLI.

The schemas are snapshots the Swift tests write: `input-schema-*.json` from the embedded Direct Connect default
(`InputJSONSchemaTests`) and `installed/input-schemas.json` from the installed botocore
(`DifferentialExportTests.inputSchemas`).

1. Every schema is valid draft-07 and every `pattern` in it compiles with Python's `re` (non-portable model
   patterns must have been moved to `x-modelPattern`).
2. Hand-written documents for `directconnect create-interconnect`: valid ones pass, broken ones fail.
3. For a dozen operations, a generated valid document and ~dozens of mutations of it are judged by botocore's
   `ParamValidator` (what the AWS CLI runs before sending) and by the schema with the checks botocore leaves to the
   service (enum, max, pattern, map sizes) removed: the verdicts must agree. The full schema must reject
   everything botocore rejects.
4. A few documents go through the real `aws` command with `--cli-input-json`: the schema's verdict matches
   whether the CLI reports a parameter validation error.

Run: python3 -m pytest Tests/Differential/test_input_schema.py
"""

import copy
import json
import os
import re
import shutil
import subprocess
import tempfile

import jsonschema
import pytest

from reference_help import INSTALLED, SNAPSHOTS, session

EMBEDDED = {path.name: json.loads(path.read_text()) for path in sorted(SNAPSHOTS.glob('input-schema-*.json'))}
INSTALLED_FILE = INSTALLED / 'input-schemas.json'
INSTALLED_SCHEMAS = json.loads(INSTALLED_FILE.read_text()) if INSTALLED_FILE.exists() else {}
ALL = list(EMBEDDED.items()) + list(INSTALLED_SCHEMAS.items())


def walk(value):
    if isinstance(value, dict):
        yield value
        for child in value.values():
            yield from walk(child)
    elif isinstance(value, list):
        for child in value:
            yield from walk(child)


@pytest.mark.parametrize('name,schema', ALL, ids=[name for name, _ in ALL])
def test_schema_is_valid_draft7(name, schema):
    jsonschema.Draft7Validator.check_schema(schema)
    assert schema['$schema'] == 'http://json-schema.org/draft-07/schema#'
    for node in walk(schema):
        if isinstance(node.get('pattern'), str):
            re.compile(node['pattern'])
        if '$ref' in node:
            assert node['$ref'].startswith('#/definitions/')
            assert node['$ref'][len('#/definitions/'):] in schema.get('definitions', {})


# ---------------------------------------------------------------------------------------------------------------
# Hand-written documents (embedded default, no botocore needed).

INTERCONNECT = EMBEDDED['input-schema-directconnect-create-interconnect.json']
VALID_INTERCONNECT = {
    'interconnectName': 'ix-1', 'bandwidth': '10Gbps', 'location': 'EqDC2',
    'tags': [{'key': 'team', 'value': 'net'}], 'requestMACSec': True,
}


def test_valid_interconnect_documents():
    validator = jsonschema.Draft7Validator(INTERCONNECT)
    assert validator.is_valid(VALID_INTERCONNECT)
    assert validator.is_valid({'interconnectName': 'a', 'bandwidth': 'b', 'location': 'c'})


@pytest.mark.parametrize('change,reason', [
    (lambda d: d.pop('location'), 'missing required member'),
    (lambda d: d.update(Location='x'), 'unknown member (keys are model names)'),
    (lambda d: d.update(tags=[]), 'tags has minItems 1'),
    (lambda d: d.update(tags=[{'value': 'v'}]), 'tag key is required'),
    (lambda d: d.update(tags=[{'key': 'k' * 129}]), 'tag key maxLength 128'),
    (lambda d: d.update(tags=[{'key': ''}]), 'tag key minLength 1'),
    (lambda d: d.update(tags={'key': 'k'}), 'tags is a list'),
    (lambda d: d.update(requestMACSec='true'), 'boolean, not a string'),
    (lambda d: d['tags'][0].update(colour='red'), 'unknown member in a nested structure'),
])
def test_invalid_interconnect_documents(change, reason):
    document = copy.deepcopy(VALID_INTERCONNECT)
    change(document)
    assert not jsonschema.Draft7Validator(INTERCONNECT).is_valid(document), reason


def test_bgp_peer_enum_and_integers():
    validator = jsonschema.Draft7Validator(EMBEDDED['input-schema-directconnect-create-bgp-peer.json'])
    assert validator.is_valid({'virtualInterfaceId': 'dxvif-1', 'newBGPPeer': {'asn': 64600, 'addressFamily': 'ipv6'}})
    assert not validator.is_valid({'newBGPPeer': {'addressFamily': 'ipv5'}})
    assert not validator.is_valid({'newBGPPeer': {'asn': '64600'}})
    assert not validator.is_valid({'newBGPPeer': {'asn': 1.5}})
    assert not validator.is_valid({'new-bgp-peer': {}})


# ---------------------------------------------------------------------------------------------------------------
# Against botocore's ParamValidator.

LEFT_TO_THE_SERVICE = {'enum', 'maxLength', 'maximum', 'maxItems', 'pattern', 'propertyNames'}


def relaxed(schema):
    """The schema without the checks botocore does not make before sending."""
    if isinstance(schema, list):
        return [relaxed(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {}
    is_map = isinstance(schema.get('additionalProperties'), dict)
    for key, value in schema.items():
        if key in LEFT_TO_THE_SERVICE:
            continue
        if is_map and key in ('minProperties', 'maxProperties'):
            continue
        if key in ('properties', 'definitions'):
            result[key] = {name: relaxed(child) for name, child in value.items()}
        else:
            result[key] = relaxed(value)
    return result


class Generator:
    """Builds a document botocore accepts: every member once (recursion only where required), the first member
    of a union, enum values, minimum sizes."""

    def value(self, shape, stack=()):
        if len(stack) > 12:
            raise RecursionError(shape.name)
        kind = shape.type_name
        meta = shape.metadata
        if kind == 'structure':
            if getattr(shape, 'is_document_type', False):
                return {'free': [1, 'two', None, {'x': True}]}
            names = list(shape.members)
            if getattr(shape, 'is_tagged_union', False):
                names = names[:1]
            result = {}
            required = set(shape.required_members)
            for name in names:
                member = shape.members[name]
                if member.name in stack and name not in required:
                    continue
                result[name] = self.value(member, stack + (shape.name,))
            return result
        if kind == 'list':
            count = max(1, int(meta.get('min', 1)))
            return [self.value(shape.member, stack + (shape.name,)) for _ in range(count)]
        if kind == 'map':
            key = self.value(shape.key, stack)
            return {key: self.value(shape.value, stack + (shape.name,))}
        if kind == 'string':
            if getattr(shape, 'enum', None):
                return shape.enum[0]
            return 'a' * max(1, int(meta.get('min', 1)))
        if kind in ('integer', 'long'):
            return int(meta.get('min', 1))
        if kind in ('float', 'double'):
            return float(meta.get('min', 1))
        if kind == 'boolean':
            return True
        if kind == 'blob':
            return 'YWJj'
        if kind == 'timestamp':
            return '2020-01-01T00:00:00Z'
        raise ValueError(kind)


def leaves(document, shape, path=()):
    """(path, shape) for every value in the document, depth first."""
    yield path, shape
    if shape.type_name == 'structure' and not getattr(shape, 'is_document_type', False):
        for name, value in document.items():
            yield from leaves(value, shape.members[name], path + (name,))
    elif shape.type_name == 'list':
        for index, value in enumerate(document):
            yield from leaves(value, shape.member, path + (index,))
    elif shape.type_name == 'map':
        for key, value in document.items():
            yield from leaves(value, shape.value, path + (key,))


def replaced(document, path, value):
    result = copy.deepcopy(document)
    if not path:
        return value
    target = result
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return result


def mutations(document, shape):
    """(description, document) pairs: broken and still-valid variants of a valid document."""
    yield 'as generated', document
    for name in shape.required_members:
        yield f'without required {name}', {k: v for k, v in document.items() if k != name}
    yield 'unknown top-level member', dict(document, NotAMember=1)
    for path, node in leaves(document, shape):
        where = '.'.join(str(step) for step in path) or '<top>'
        kind = node.type_name
        meta = node.metadata
        if kind == 'structure' and path and not getattr(node, 'is_document_type', False):
            yield f'{where}: unknown member', replaced(document, path, dict(_at(document, path), NotAMember=1))
            yield f'{where}: a list instead', replaced(document, path, [])
            if getattr(node, 'is_tagged_union', False) and len(node.members) > 1:
                second = list(node.members)[1]
                both = dict(_at(document, path))
                both[second] = Generator().value(node.members[second])
                yield f'{where}: two union members', replaced(document, path, both)
        elif kind == 'string':
            yield f'{where}: a number', replaced(document, path, 12345)
            if meta.get('min', 0) >= 1:
                yield f'{where}: shorter than min', replaced(document, path, 'a' * (int(meta['min']) - 1))
        elif kind in ('integer', 'long'):
            yield f'{where}: a string', replaced(document, path, '12')
            yield f'{where}: a fraction', replaced(document, path, 1.5)
            if 'min' in meta:
                yield f'{where}: below min', replaced(document, path, int(meta['min']) - 1)
        elif kind in ('float', 'double'):
            yield f'{where}: an integer', replaced(document, path, 3)
            yield f'{where}: a string', replaced(document, path, '3.0')
        elif kind == 'boolean':
            yield f'{where}: a string', replaced(document, path, 'true')
        elif kind == 'timestamp':
            yield f'{where}: epoch seconds', replaced(document, path, 1700000000)
            # botocore also takes booleans (as 0 and 1) and rejects strings that are not dates; the schema takes any
            # string or number and no booleans. Neither case is exercised here.
            yield f'{where}: an object', replaced(document, path, {'at': 1})
        elif kind == 'blob':
            yield f'{where}: a number', replaced(document, path, 7)
        elif kind == 'list' and path:
            yield f'{where}: an object', replaced(document, path, {})
            if meta.get('min', 0) >= 1:
                yield f'{where}: fewer than min', replaced(document, path, [])


def _at(document, path):
    for step in path:
        document = document[step]
    return document


@pytest.fixture(scope='module')
def pinned():
    import botocore
    if botocore.__version__ != '1.43.11':
        pytest.skip(f'snapshots were recorded with botocore 1.43.11, found {botocore.__version__}')


@pytest.mark.skipif(not INSTALLED_SCHEMAS, reason='no snapshot recorded from the installed botocore')
@pytest.mark.parametrize('key', sorted(INSTALLED_SCHEMAS))
def test_verdicts_agree_with_botocore(pinned, key):
    from botocore.validate import ParamValidator
    service, operation = key.split(' ')
    shape = session().get_service_model(service).operation_model(operation).input_shape
    schema = INSTALLED_SCHEMAS[key]
    strict = jsonschema.Draft7Validator(schema)
    lenient = jsonschema.Draft7Validator(relaxed(schema))
    base = Generator().value(shape)
    disagreements = []
    count = 0
    for description, document in mutations(base, shape):
        count += 1
        botocore_ok = not ParamValidator().validate(document, shape).has_errors()
        if lenient.is_valid(document) != botocore_ok:
            disagreements.append(f'{description}: botocore {"accepts" if botocore_ok else "rejects"}')
        if not botocore_ok and strict.is_valid(document):
            disagreements.append(f'{description}: the full schema accepts what botocore rejects')
    assert count >= 5
    assert not disagreements, '\n'.join(disagreements[:10])


# ---------------------------------------------------------------------------------------------------------------
# The real AWS CLI.

@pytest.mark.skipif(shutil.which('aws') is None, reason='no aws command')
@pytest.mark.parametrize('document,valid', [
    (VALID_INTERCONNECT, True),
    ({'interconnectName': 'a', 'bandwidth': 'b', 'location': 'c', 'Tags': []}, False),
    ({'interconnectName': 'a', 'bandwidth': 'b', 'location': 'c', 'tags': []}, False),
    ({'interconnectName': 'a', 'bandwidth': 'b', 'location': 'c', 'tags': [{'value': 'v'}]}, False),
])
def test_aws_cli_agrees(document, valid):
    assert jsonschema.Draft7Validator(INTERCONNECT).is_valid(document) == valid
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, 'input.json')
        with open(path, 'w') as handle:
            json.dump(document, handle)
        environment = dict(
            os.environ, AWS_ACCESS_KEY_ID='AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY='secret', AWS_MAX_ATTEMPTS='1',
            AWS_RETRY_MODE='standard', AWS_CONFIG_FILE=os.devnull, AWS_SHARED_CREDENTIALS_FILE=os.devnull,
            AWS_PAGER='')
        result = subprocess.run(
            ['aws', 'directconnect', 'create-interconnect', '--cli-input-json', 'file://' + path,
             '--region', 'us-east-1', '--endpoint-url', 'http://127.0.0.1:9', '--cli-connect-timeout', '1'],
            capture_output=True, text=True, env=environment, timeout=60)
    rejected = 'Parameter validation failed' in result.stderr
    assert result.returncode != 0  # nothing listens on the endpoint
    assert rejected == (not valid), result.stderr
