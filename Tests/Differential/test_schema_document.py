"""The `argot schema` document against its JSON Schema, botocore and AWS CLI help.

The documents are snapshots the Swift tests write (`ParameterSchemaDocumentTests`, `DifferentialExportTests`):
`schema-*.json` from the embedded Direct Connect default and `installed/schema-*.json` from the installed botocore.

1. `Schemas/argot-schema.schema.json` is a valid draft-07 schema, every snapshot validates against it, and
   broken documents do not.
2. For the installed snapshots: types, required flags, enums, constraints and nested member names agree with
   botocore's model; the option order agrees with awscli help; the "Shorthand Syntax:" and "JSON Syntax:" texts
   agree with the blocks awscli help prints.

Run: python3 -m pytest Tests/Differential/test_schema_document.py
"""

import copy
import json

import jsonschema
import pytest

from reference_help import INSTALLED, REPO, SNAPSHOTS, code_block, help_rst, member_options, option_sections, session

SCHEMA = REPO / 'Schemas' / 'argot-schema.schema.json'
EMBEDDED_DOCUMENTS = sorted(SNAPSHOTS.glob('schema-*.json'))
INSTALLED_DOCUMENTS = sorted(INSTALLED.glob('schema-*.json'))


@pytest.fixture(scope='module')
def validator():
    schema = json.loads(SCHEMA.read_text())
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def load(path):
    return json.loads(path.read_text())


def test_there_are_documents():
    assert len(EMBEDDED_DOCUMENTS) >= 2


@pytest.mark.parametrize('path', EMBEDDED_DOCUMENTS + INSTALLED_DOCUMENTS, ids=lambda p: p.name)
def test_document_is_valid(validator, path):
    errors = sorted(validator.iter_errors(load(path)), key=lambda e: list(e.path))
    assert not errors, '\n'.join(f'{list(e.path)}: {e.message}' for e in errors[:5])


def _option(document, name):
    return next(p for p in document['parameters'] if p['name'] == name)


BREAKAGES = {
    'missing format': lambda d: d.pop('format'),
    'wrong format': lambda d: d.update(format='argot-schema/2'),
    'unknown top-level key': lambda d: d.update(extra=1),
    'option without shorthandSyntax': lambda d: _option(d, '--new-bgp-peer').pop('shorthandSyntax'),
    'option with unknown key': lambda d: _option(d, '--new-bgp-peer').update(colour='red'),
    'required not boolean': lambda d: _option(d, '--new-bgp-peer').update(required='no'),
    'unknown type name': lambda d: _option(d, '--new-bgp-peer').update(type='struct'),
    'unknown origin': lambda d: _option(d, '--new-bgp-peer').update(origin='model'),
    'flag set to false': lambda d: _option(d, '--new-bgp-peer').update(recursive=False),
    'member node without type': lambda d: _option(d, '--new-bgp-peer')['members'][0].pop('type'),
    'member node with unknown key': lambda d: _option(d, '--new-bgp-peer')['members'][0].update(cli='--asn'),
    'enum not a list': lambda d: _option(d, '--new-bgp-peer')['members'][3].update(enum='ipv4'),
}


@pytest.mark.parametrize('breakage', sorted(BREAKAGES))
def test_broken_documents_are_rejected(validator, breakage):
    document = copy.deepcopy(load(SNAPSHOTS / 'schema-directconnect-create-bgp-peer.json'))
    BREAKAGES[breakage](document)
    assert not validator.is_valid(document)


# ---------------------------------------------------------------------------------------------------------------
# Installed botocore: the document against the model and awscli help.

def pinned():
    import botocore
    if botocore.__version__ != '1.43.11':
        pytest.skip(f'snapshots were recorded with botocore 1.43.11, found {botocore.__version__}')


def cli_type(shape):
    if shape.type_name == 'structure' and getattr(shape, 'is_document_type', False):
        return 'document'
    return shape.type_name


def check_node(node, shape, path):
    """The node's facts equal the botocore shape's, recursively."""
    assert node['type'] == cli_type(shape), path
    assert node['shape'] == shape.name, path
    assert node['enum'] == (getattr(shape, 'enum', None) or None), path
    assert node['min'] == shape.metadata.get('min'), path
    assert node['max'] == shape.metadata.get('max'), path
    assert node['pattern'] == shape.metadata.get('pattern'), path
    if node.get('recursive'):
        assert 'members' not in node and 'element' not in node, path
        return
    if shape.type_name == 'structure' and not getattr(shape, 'is_document_type', False):
        assert [m['name'] for m in node['members']] == list(shape.members), path
        required = set(shape.required_members)
        for child in node['members']:
            assert child['required'] == (child['name'] in required), path + '.' + child['name']
            check_node(child, shape.members[child['name']], path + '.' + child['name'])
    elif shape.type_name == 'list':
        check_node(node['element'], shape.member, path + '[]')
    elif shape.type_name == 'map':
        check_node(node['key'], shape.key, path + '.key')
        check_node(node['value'], shape.value, path + '.value')


@pytest.mark.parametrize('path', INSTALLED_DOCUMENTS, ids=lambda p: p.name)
def test_document_matches_model(path):
    pinned()
    document = load(path)
    operation = session().get_service_model(document['service']['name']).operation_model(
        document['operation']['name'])
    members = operation.input_shape.members
    seen = []
    for option in document['parameters']:
        if option['origin'] != 'member':
            continue
        shape = members[option['member']]
        seen.append(option['member'])
        assert option['type'] == cli_type(shape)
        check_node({key: value for key, value in option.items() if key != 'name'}, shape, option['name'])
    assert seen == list(members)


@pytest.mark.parametrize('path', INSTALLED_DOCUMENTS, ids=lambda p: p.name)
def test_document_matches_aws_cli_help(path):
    pinned()
    document = load(path)
    service, operation = document['service']['name'], document['operation']['name']
    sections = option_sections(help_rst(service, operation))
    # Help order (awscli v1 has no --cli-input-yaml).
    documented = [p['name'] for p in document['parameters'] if not p['hidden'] and p['name'] != '--cli-input-yaml']
    assert documented == list(sections)
    names = member_options(service, operation)
    for option in document['parameters']:
        if option['origin'] != 'member' or option['hidden']:
            continue
        section = sections[names[option['member']]]
        json_block = code_block(section, 'JSON Syntax')
        assert option['jsonSyntax'] == (json_block or ''), option['name']
        shorthand = code_block(section, 'Shorthand Syntax')
        normalized = '\n'.join(line.rstrip() for line in (shorthand or '').lstrip().split('\n'))
        assert option['shorthandSyntax'].rstrip('\n') == normalized, option['name']
