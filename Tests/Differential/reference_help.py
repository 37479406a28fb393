"""Shared helpers for the CommandReference differential tests: the snapshot folder, and AWS CLI (v1, installed
awscli) help rendered in-process as reStructuredText, split per option.

Rendering in-process runs the same document event handlers `aws SERVICE OPERATION help` runs, but stops before
the man-page formatter, so code blocks ("JSON Syntax::", "Shorthand Syntax::") can be read back exactly.
"""

import functools
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SNAPSHOTS = REPO / 'Tests' / 'CommandReferenceTests' / 'Snapshots'
INSTALLED = SNAPSHOTS / 'installed'


@functools.lru_cache(maxsize=None)
def driver():
    from awscli.clidriver import create_clidriver
    return create_clidriver()


@functools.lru_cache(maxsize=None)
def session():
    import botocore.session
    return botocore.session.get_session()


def operation_command(service, operation_name):
    """The awscli operation command for a botocore service and a model operation name."""
    table = driver()._get_command_table()
    for command in table.values():
        model = getattr(command, 'service_model', None)
        if model is None:
            continue
        if getattr(command, '_service_name', None) != service and model.service_name != service:
            continue
        for op in command._get_command_table().values():
            if getattr(op, '_operation_model', None) is not None and op._operation_model.name == operation_name:
                return op
    raise LookupError(f'{service} {operation_name}')


@functools.lru_cache(maxsize=None)
def help_rst(service, operation_name):
    """The reStructuredText awscli generates for `aws SERVICE OPERATION help`."""
    from awscli.bcdoc import docevents
    command = operation_command(service, operation_name)
    help_command = command.create_help_command()
    handler = help_command.EventHandlerClass(help_command)
    try:
        docevents.generate_events(help_command.session, help_command)
    finally:
        handler.unregister()
    return help_command.doc.getvalue().decode('utf-8')


def member_options(service, operation_name):
    """Model member name -> awscli CLI option name, for the command's model-backed arguments."""
    command = operation_command(service, operation_name)
    result = {}
    for name, argument in command.arg_table.items():
        member = getattr(argument, '_serialized_name', None)
        if member:
            result[member] = '--' + name
    return result


def option_sections(rst):
    """Option name -> the ReST text of its entry in the Options section."""
    lines = rst.split('\n')
    try:
        start = lines.index('Options')
    except ValueError:
        return {}
    sections = {}
    current = None
    for line in lines[start + 2:]:
        if line in ('Global Options', 'Examples', 'Output', 'See Also'):
            break
        if line.startswith('``'):
            current = line.split('``')[1]
            sections[current] = []
        elif current is not None:
            sections[current].append(line)
    return {name: '\n'.join(body) for name, body in sections.items()}


def code_block(section, title):
    """The contents of the `title::` code block in an option section, dedented, or None."""
    lines = section.split('\n')
    marker = title + '::'
    if marker not in lines:
        return None
    body = []
    for line in lines[lines.index(marker) + 1:]:
        if line.strip() and not line.startswith('  '):
            break
        body.append(line)
    while body and not body[0].strip():
        body.pop(0)
    while body and not body[-1].strip():
        body.pop()
    return '\n'.join(line[2:] if line.startswith('  ') else line.strip() for line in body)
