"""argot's "JSON Syntax:" blocks against the AWS CLI's own help.

`Tests/CommandReferenceTests/Snapshots/installed/json-syntax.json` is written by the Swift test
`DifferentialExportTests.jsonSyntaxBlocks` from the installed botocore (1.43.11): for every container option of
a few dozen commands, the block `JSONSyntaxBlock` renders and whether help shows it. Here the installed awscli
renders the same commands' help (in-process, as `aws SERVICE OPERATION help` does) and each block must match it
character for character; options without a block in awscli's help must have none in argot's.

Run: python3 -m pytest Tests/Differential/test_json_syntax.py
"""

import json

import pytest

from reference_help import INSTALLED, code_block, help_rst, member_options, option_sections, session

EXPORT = INSTALLED / 'json-syntax.json'

# Options whose model shape awscli changes with a customization before documenting it; argot documents the model.
CUSTOMIZED = {
    ('lambda', 'CreateFunction', 'Code'): 'awscli removes ZipFile from --code (it adds --zip-file instead)',
}

pytestmark = pytest.mark.skipif(not EXPORT.exists(), reason='no snapshot recorded from the installed botocore')


def entries():
    if not EXPORT.exists():
        return []
    return json.loads(EXPORT.read_text())


@pytest.fixture(scope='module', autouse=True)
def pinned_botocore():
    import botocore
    if botocore.__version__ != '1.43.11':
        pytest.skip(f'snapshots were recorded with botocore 1.43.11, found {botocore.__version__}')


def test_export_covers_enough_parameters():
    items = entries()
    assert len(items) >= 36
    kinds = set()
    model_cache = {}
    for item in items:
        model = model_cache.setdefault(item['service'], session().get_service_model(item['service']))
        shape = model.operation_model(item['operation']).input_shape.members[item['member']]
        kinds.add(shape.type_name)
        if shape.type_name == 'map':
            kinds.add('map of ' + shape.value.type_name)
        if getattr(shape, 'is_document_type', False):
            kinds.add('document')
    assert {'structure', 'list', 'map', 'map of structure', 'map of string'} <= kinds


@pytest.mark.parametrize('item', entries(), ids=lambda item: f"{item['service']}-{item['operation']}-{item['member']}")
def test_block_matches_aws_cli_help(item):
    reason = CUSTOMIZED.get((item['service'], item['operation'], item['member']))
    if reason:
        pytest.skip(reason)
    options = member_options(item['service'], item['operation'])
    option = options[item['member']]
    section = option_sections(help_rst(item['service'], item['operation']))[option]
    expected = code_block(section, 'JSON Syntax')
    if expected is None:
        assert not item['helpShowsJSONSyntax'], f'awscli shows no JSON syntax for {option}'
        return
    assert item['helpShowsJSONSyntax'], f'awscli shows JSON syntax for {option}'
    assert item['jsonSyntax'] == expected


def test_block_from_the_handler_directly():
    """The same layout from awscli's example writer, for a shape given by hand: a map of structures."""
    from awscli.bcdoc.restdoc import ReSTDocument
    from awscli.clidocs import OperationDocumentEventHandler
    from botocore.model import ServiceModel

    shapes = {
        'String': {'type': 'string'},
        'Family': {'type': 'string', 'enum': ['ipv4', 'ipv6']},
        'Tag': {'type': 'structure', 'members': {'key': {'shape': 'String'}, 'value': {'shape': 'String'}}},
        'TagMap': {'type': 'map', 'key': {'shape': 'Family'}, 'value': {'shape': 'Tag'}},
    }
    model = ServiceModel({'metadata': {'apiVersion': 'x', 'protocol': 'json', 'endpointPrefix': 'd',
                                       'serviceId': 'd'}, 'operations': {}, 'shapes': shapes})
    handler = OperationDocumentEventHandler.__new__(OperationDocumentEventHandler)
    doc = ReSTDocument(target='man')
    handler._json_example(doc, model.shape_for('TagMap'), stack=[])
    # The same text JSONSyntaxBlockTests.structureOfScalarsAndContainers expects for "byFamily".
    assert doc.getvalue().decode() == (
        '{"ipv4"|"ipv6": {\n'
        '      "key": "string",\n'
        '      "value": "string"\n'
        '    }\n'
        '  ...}'
    )
