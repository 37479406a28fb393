#!/usr/bin/env python3
"""Build Schemas/cli/cli-layer.json (AWS CLI v1) or cli-layer-v2.json (v2).

argot derives commands and options from the botocore service models (the
"plain derivation", described in Documentation/CLILayer.md). The AWS CLI
changes that derivation here and there: renamed services, removed
operations, renamed or hidden arguments, extra arguments, whole custom
commands. This script finds every such change by walking the real command
tables of the installed ``awscli`` (the objects ``aws`` builds when it parses
a command line) and comparing each table with the plain derivation computed
from the same botocore models. Only the differences are written out.

Hand-written parts come from Scripts/cli-layer-manual.json: the global
options, the per-command options, the pagination options (with their
descriptions), and the top-level commands only AWS CLI v2 has. For v2,
Scripts/cli-layer-manual-v2.json adds what only newer v2 releases have, and
Scripts/awscli-v2-pin.json names the pinned v2 source tree.

Usage::

    python3 Scripts/extract-cli-layer.py            # v1: rewrite the committed file
    python3 Scripts/extract-cli-layer.py -o FILE    # write elsewhere
    python3 Scripts/extract-cli-layer.py --stats    # also print counts
    python3 Scripts/extract-cli-layer.py --check    # compare, write nothing
    python3 Scripts/extract-cli-layer.py --cli v2 --source TREE --python VENV/bin/python

v1 is the awscli the running interpreter imports. v2 runs from a source tree
of aws/aws-cli (Scripts/setup-awscli-v2.sh prepares one): the script runs
itself again under --python with TREE on PYTHONPATH.

The output is deterministic: same awscli/botocore, same bytes.
"""

import argparse
import atexit
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
MANUAL = os.path.join(HERE, 'cli-layer-manual.json')
MANUAL_V2 = os.path.join(HERE, 'cli-layer-manual-v2.json')
V2_PIN = os.path.join(HERE, 'awscli-v2-pin.json')
DEFAULT_OUTPUTS = {
    'v1': os.path.join(REPO, 'Schemas', 'cli', 'cli-layer.json'),
    'v2': os.path.join(REPO, 'Schemas', 'cli', 'cli-layer-v2.json'),
}
FORMAT_VERSION = 1
# Set when the script runs itself again under the v2 interpreter.
REEXEC_MARK = 'ARGOT_EXTRACT_CLI_LAYER_SOURCE'


def _arguments(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--cli', choices=('v1', 'v2'), default='v1',
                        help='which major version to extract (default: v1)')
    parser.add_argument('--source', help='v2: an aws/aws-cli source tree at the pinned tag')
    parser.add_argument('--python', default=sys.executable,
                        help='v2: interpreter with the tree\'s dependencies installed')
    parser.add_argument('-o', '--output',
                        help='where to write (default: the committed file)')
    parser.add_argument('--check', action='store_true',
                        help='compare with the output file instead of writing it')
    parser.add_argument('--stats', action='store_true', help='print counts')
    return parser.parse_args(argv)


def _run_under_source():
    """For --cli v2: run this script again with the v2 tree importable."""
    args = _arguments()
    if args.cli != 'v2' or os.environ.get(REEXEC_MARK):
        return
    if not args.source:
        sys.exit('--cli v2 needs --source (an aws/aws-cli v2 source tree)')
    source = os.path.abspath(args.source)
    env = dict(os.environ, PYTHONPATH=source)
    env[REEXEC_MARK] = source
    sys.exit(subprocess.call([args.python, os.path.abspath(__file__)] + sys.argv[1:], env=env))


_run_under_source()


def _isolate_environment():
    """Make the walk independent of this machine's AWS configuration."""
    for key in list(os.environ):
        if key.startswith('AWS_') or key.startswith('BOTO_'):
            del os.environ[key]
    home = tempfile.mkdtemp(prefix='argot-awscli-home-')
    atexit.register(shutil.rmtree, home, True)
    os.environ['HOME'] = home
    os.environ['AWS_CONFIG_FILE'] = os.path.join(home, 'no-config')
    os.environ['AWS_SHARED_CREDENTIALS_FILE'] = os.path.join(home, 'no-creds')
    os.environ['AWS_DEFAULT_REGION'] = 'us-east-1'


_isolate_environment()

# AWS CLI v2 vendors its own botocore as awscli.botocore and makes it
# importable as ``botocore``, so awscli comes first.
import awscli  # noqa: E402
import botocore  # noqa: E402

# botocore.xform_name memoizes into a module-level dict that ships
# pre-filled with hand-made exceptions. Copy it before anything calls
# xform_name, so that only the shipped entries are recorded.
_SHIPPED_XFORM_CACHE = dict(botocore._xform_cache)

from botocore import xform_name  # noqa: E402

from awscli.arguments import BooleanArgument, CLIArgument, ListArgument  # noqa: E402
from awscli.clidriver import ServiceCommand, ServiceOperation, create_clidriver  # noqa: E402
from awscli.customizations.waiters import WaitCommand  # noqa: E402

MAJOR = 'v' + awscli.__version__.split('.')[0]
# Per-command options of the plain derivation, in the order the CLI adds them.
GENERIC_OPTIONS = {
    'v1': ('cli-input-json', 'generate-cli-skeleton'),
    'v2': ('cli-input-json', 'cli-input-yaml', 'generate-cli-skeleton'),
}[MAJOR]

# Argument classes the plain derivation creates. An argument of any other
# class is a customization, even when it keeps a derived name.
PLAIN_ARGUMENT_CLASSES = (CLIArgument, ListArgument, BooleanArgument)
NO_VALUE_ACTIONS = {'store_true', 'store_false', 'store_const', 'append_const',
                    'count', 'help', 'version'}
# The argparse actions of awscli's own, by what they do with a value: s3's
# AppendFilter collects each occurrence (--exclude/--include may be
# repeated); v2's ecs MonitorResourcesAction stores one (optional) value.
CUSTOM_ACTIONS = {'AppendFilter': 'append', 'MonitorResourcesAction': 'store'}
# Option spec fields compared between the CLI and the plain derivation, in
# the order they are written.
SPEC_FIELDS = ('type', 'takesValue', 'nargs', 'implicitValue', 'repeatable',
               'positional', 'required', 'choices', 'hidden')


class Inconsistency(Exception):
    pass


# --------------------------------------------------------------------------
# Reading argument objects


class _RecordingParser:
    """Stands in for argparse to see how an argument object registers."""

    def __init__(self):
        self.calls = []

    def add_argument(self, *names, **kwargs):
        self.calls.append((names, kwargs))


def _option_name(arg_name, argument):
    cli_name = argument.cli_name
    if getattr(argument, 'positional_arg', False) or not cli_name.startswith('-'):
        return arg_name
    return '--' + arg_name


def _cli_type_name(argument):
    try:
        return argument.cli_type_name
    except NotImplementedError:
        return 'string'


def _argument_required(argument, parser_kwargs):
    try:
        return bool(argument.required)
    except NotImplementedError:
        return bool(parser_kwargs.get('required', False))


def argument_spec(arg_name, argument):
    """The completer/validator-relevant facts of one argument object."""
    recorder = _RecordingParser()
    argument.add_to_parser(recorder)
    if len(recorder.calls) != 1:
        raise Inconsistency('%s registers %d parser entries'
                            % (arg_name, len(recorder.calls)))
    _names, kwargs = recorder.calls[0]
    action = kwargs.get('action')
    repeatable = action in ('append', 'extend')
    if action is not None and not isinstance(action, str):
        if not (isinstance(action, type) and issubclass(action, argparse.Action)
                and action.__name__ in CUSTOM_ACTIONS):
            raise Inconsistency('%s uses an unknown argparse action' % arg_name)
        action = CUSTOM_ACTIONS[action.__name__]
        repeatable = action == 'append'
    name = _option_name(arg_name, argument)
    spec = {'name': name, 'type': _cli_type_name(argument)}
    spec['takesValue'] = action not in NO_VALUE_ACTIONS
    if repeatable:
        spec['repeatable'] = True
    nargs = kwargs.get('nargs')
    if nargs == 1:
        nargs = None  # one value per occurrence, like no nargs at all
    if nargs is not None:
        if not spec['takesValue']:
            raise Inconsistency('%s: nargs on a flag' % arg_name)
        spec['nargs'] = nargs if isinstance(nargs, str) else int(nargs)
        if nargs == '?' and kwargs.get('const') is not None:
            spec['implicitValue'] = kwargs['const']
    if not name.startswith('-'):
        spec['positional'] = True
    spec['required'] = _argument_required(argument, kwargs)
    choices = kwargs.get('choices')
    if choices:
        spec['choices'] = list(choices)
    spec['hidden'] = bool(getattr(argument, '_UNDOCUMENTED', False))
    return spec


def compact_spec(spec):
    """Drop fields that hold their default value."""
    out = {}
    for key in ('name', 'member') + SPEC_FIELDS:
        if key not in spec:
            continue
        value = spec[key]
        if key in ('repeatable', 'positional', 'required', 'hidden') and not value:
            continue
        out[key] = value
    return out


# --------------------------------------------------------------------------
# The plain derivation


def _member_spec(name, shape, required):
    spec = {'name': '--' + name, 'type': shape.type_name, 'takesValue': True,
            'required': required, 'hidden': False}
    if shape.type_name == 'list':
        spec['nargs'] = '*'
    return spec


def _model_key(service_model):
    """Arguments that load a service's paginator or waiter model (v2's
    session takes no API version: it has one per service)."""
    if MAJOR == 'v2':
        return (service_model.service_name,)
    return (service_model.service_name, service_model.api_version)


def _paginator_config(session, service_model, operation_name):
    try:
        model = session.get_paginator_model(*_model_key(service_model))
    except Exception:
        return None
    try:
        return model.get_paginator(operation_name)
    except ValueError:
        return None


def _as_list(value):
    return value if isinstance(value, list) else [value]


def plain_operation(session, operation_model):
    """Ordered option table (name -> spec) of the plain derivation.

    Every spec carries 'member' (model member name, or None for generic
    options) and 'negated' (True for the --no-x form of a boolean).
    """
    table = collections.OrderedDict()
    input_shape = operation_model.input_shape
    if input_shape is not None:
        required = input_shape.required_members
        for member, shape in input_shape.members.items():
            name = xform_name(member, '-')
            is_required = (member in required
                           and not shape.metadata.get('idempotencyToken', False))
            if shape.type_name == 'boolean':
                spec = _member_spec(name, shape, is_required)
                spec['takesValue'] = False
                table[name] = dict(spec, member=member, negated=False)
                table['no-' + name] = dict(spec, name='--no-' + name, required=False,
                                           member=member, negated=True)
            else:
                table[name] = dict(_member_spec(name, shape, is_required),
                                   member=member, negated=False)
    config = _paginator_config(session, operation_model.service_model,
                               operation_model.name)
    if config is not None:
        tokens = _as_list(config['input_token'])
        if 'limit_key' in config:
            tokens = tokens + [config['limit_key']]
        for token in tokens:
            table[xform_name(token, '-')]['hidden'] = True
        page_type = 'integer'
        if 'limit_key' in config:
            page_type = input_shape.members[config['limit_key']].type_name
        generic = {'takesValue': True, 'required': False, 'hidden': False,
                   'member': None, 'negated': False}
        table['starting-token'] = dict(generic, name='--starting-token', type='string')
        if 'limit_key' in config:
            table['page-size'] = dict(generic, name='--page-size', type=page_type)
        table['max-items'] = dict(generic, name='--max-items', type=page_type)
    if operation_model.has_streaming_output:
        table['outfile'] = {'name': 'outfile', 'type': 'string', 'takesValue': True,
                            'positional': True, 'required': True, 'hidden': False,
                            'member': None, 'negated': False}
    else:
        for name in GENERIC_OPTIONS:
            table[name] = {'name': '--' + name, 'member': None, 'negated': False,
                           'generic': True}
    return table


def plain_operation_names(service_model):
    return collections.OrderedDict(
        (xform_name(name, '-'), name) for name in service_model.operation_names)


def plain_waiter_names(session, service_model):
    try:
        model = session.get_waiter_model(*_model_key(service_model))
    except Exception:
        return collections.OrderedDict()
    return collections.OrderedDict(
        (xform_name(name, '-'), model.get_waiter(name).operation)
        for name in model.waiter_names)


# --------------------------------------------------------------------------
# Comparing an operation command with the derivation


def _polarity(argument):
    """True for the --no-x half of a plain boolean pair."""
    return isinstance(argument, BooleanArgument) and argument._action == 'store_false'


def _is_generic(argument):
    return type(argument).__name__ in ('PageArgument', 'StreamingOutputArgument',
                                       'CliInputJSONArgument', 'CliInputYAMLArgument',
                                       'GenerateCliSkeletonArgument')


def _hidden(obj):
    return bool(getattr(obj, '_UNDOCUMENTED', False))


def _spec_changes(actual, plain):
    """Fields of 'actual' that differ from 'plain' (None: the field is unset)."""
    changes = collections.OrderedDict()
    for key in SPEC_FIELDS:
        if key in ('repeatable', 'positional', 'required', 'hidden'):
            a, p = bool(actual.get(key)), bool(plain.get(key))
        else:
            a, p = actual.get(key), plain.get(key)
        if a != p:
            changes[key] = a
    return changes


def diff_operation(session, operation_model, arg_table, stats):
    """Differences between an operation command's arg table and the plain one.

    Returns {'options': {plain option name: override}, 'addedOptions': [spec]}
    with empty parts left out.
    """
    plain = plain_operation(session, operation_model)
    by_member = {(s['member'], s['negated']): n for n, s in plain.items() if s['member']}
    claims = collections.defaultdict(list)  # plain name -> [(arg name, argument)]
    leftovers = []
    for arg_name, argument in arg_table.items():
        member = getattr(argument, '_serialized_name', None)
        if isinstance(argument, CLIArgument) and member is not None:
            plain_name = by_member.get((member, _polarity(argument)))
            if plain_name is not None and (type(argument) in PLAIN_ARGUMENT_CLASSES
                                           or arg_name == plain_name):
                claims[plain_name].append((arg_name, argument))
                continue
            if type(argument) in PLAIN_ARGUMENT_CLASSES:
                raise Inconsistency('%s: %s bound to unknown member %s'
                                    % (operation_model.name, arg_name, member))
        leftovers.append((arg_name, argument))

    overrides = {}
    for plain_name, spec in plain.items():
        if not spec['member']:
            continue
        entry = collections.OrderedDict([('member', spec['member'])])
        candidates = claims.get(plain_name, [])
        # The primary argument is the documented one, preferably under the
        # derived name; other arguments bound the same way are hidden aliases.
        ranked = sorted(candidates, key=lambda c: (_hidden(c[1]), c[0] != plain_name))
        primary = ranked[0] if ranked else None
        if primary is not None and primary[0] != plain_name:
            entry['name'] = _option_name(*primary)
            stats['renamedOptions'] += 1
        aliases = []
        for arg_name, argument in candidates:
            if primary is not None and arg_name == primary[0]:
                continue
            if not _hidden(argument):
                raise Inconsistency('%s: second documented name %s'
                                    % (operation_model.name, arg_name))
            aliases.append(_option_name(arg_name, argument))
        if primary is None:
            entry['removed'] = True
            stats['removedOptions'] += 1
        else:
            entry.update(_spec_changes(argument_spec(*primary), spec))
        if aliases:
            entry['aliases'] = sorted(aliases)
            stats['optionAliases'] += len(aliases)
        if len(entry) > 1:
            overrides[spec['name']] = entry

    # What is left: generic options, and customizations (a custom argument
    # may be bound to a member, and may take the name of a derived option,
    # which the loop above has then marked as removed).
    added = []
    generic_seen = set()
    for arg_name, argument in leftovers:
        spec = argument_spec(arg_name, argument)
        plain_spec = plain.get(arg_name)
        if plain_spec is not None and plain_spec['member'] is None \
                and _is_generic(argument):
            generic_seen.add(arg_name)
            if not plain_spec.get('generic'):
                changes = _spec_changes(spec, plain_spec)
                if changes:
                    overrides[plain_spec['name']] = changes
            continue
        member = getattr(argument, '_serialized_name', None)
        if member is not None and isinstance(argument, CLIArgument):
            spec['member'] = member
        added.append(compact_spec(spec))
        stats['addedOptions'] += 1

    for plain_name, spec in plain.items():
        if spec['member'] is None and plain_name not in generic_seen:
            overrides[spec['name']] = {'removed': True}
            stats['removedOptions'] += 1

    result = collections.OrderedDict()
    if overrides:
        result['options'] = collections.OrderedDict(sorted(overrides.items()))
    if added:
        result['addedOptions'] = added
    return result


# --------------------------------------------------------------------------
# Custom commands


def command_node(command, stats):
    """A custom (non model-driven) command, recursively."""
    node = collections.OrderedDict()
    if getattr(command, '_UNDOCUMENTED', False):
        node['hidden'] = True
    if isinstance(command, ServiceOperation):
        raise Inconsistency('model-driven command inside a custom command: %s'
                            % command.name)
    # Subcommands first: the CLI builds them before the argument table, and
    # some customizations (s3 sync) add arguments only then.
    children = getattr(command, 'subcommand_table', None) or {}
    options = [compact_spec(argument_spec(n, a))
               for n, a in (command.arg_table or {}).items()]
    stats['customCommandOptions'] += len(options)
    node['options'] = options
    if children:
        node['subcommands'] = collections.OrderedDict(
            (name, command_node(child, stats))
            for name, child in sorted(children.items()))
    stats['customCommands'] += 1
    return node


# --------------------------------------------------------------------------
# Services


def service_command_override(session, service_command, stats):
    """Differences between one top-level service command and the derivation."""
    service_model = service_command.service_model
    table = service_command._get_command_table()
    plain_ops = plain_operation_names(service_model)
    plain_waiters = plain_waiter_names(session, service_model)
    out = collections.OrderedDict()
    if getattr(service_command, '_UNDOCUMENTED', False):
        out['hidden'] = True
    operations = {}
    aliases = {}
    commands = {}
    for cli_name, operation_name in plain_ops.items():
        stats['operations'] += 1
        command = table.get(cli_name)
        if command is None or not isinstance(command, ServiceOperation) \
                or command._operation_model.name != operation_name:
            operations[cli_name] = {'removed': True}
            stats['removedOperations'] += 1
            continue
        entry = collections.OrderedDict()
        plain_hidden = bool(command._operation_model.deprecated)
        hidden = bool(getattr(command, '_UNDOCUMENTED', False))
        if hidden != plain_hidden:
            entry['hidden'] = hidden
        entry.update(diff_operation(session, command._operation_model,
                                    command.arg_table, stats))
        if entry:
            operations[cli_name] = entry
    for cli_name, command in table.items():
        if isinstance(command, ServiceOperation):
            if plain_ops.get(cli_name) == command._operation_model.name:
                continue
            entry = collections.OrderedDict()
            entry['operation'] = command._operation_model.name
            entry['hidden'] = bool(getattr(command, '_UNDOCUMENTED', False))
            entry.update(diff_operation(session, command._operation_model,
                                        command.arg_table, stats))
            aliases[cli_name] = entry
            stats['operationAliases'] += 1
        elif isinstance(command, WaitCommand) and cli_name == 'wait':
            waiters = _diff_waiters(session, command, plain_waiters, stats)
            if waiters:
                out['waiters'] = waiters
        else:
            commands[cli_name] = command_node(command, stats)
            stats['serviceCommands'] += 1
    if plain_waiters and not isinstance(table.get('wait'), WaitCommand):
        raise Inconsistency('%s has waiters but no wait command' % service_model.service_name)
    if operations:
        out['operations'] = collections.OrderedDict(sorted(operations.items()))
    if aliases:
        out['operationAliases'] = collections.OrderedDict(sorted(aliases.items()))
    if commands:
        out['commands'] = collections.OrderedDict(sorted(commands.items()))
    return out


def _diff_waiters(session, wait_command, plain_waiters, stats):
    table = wait_command.subcommand_table
    service_name = wait_command._service_model.service_name
    if set(table) != set(plain_waiters):
        raise Inconsistency('waiter set of %s differs from the model' % service_name)
    out = {}
    for cli_name, operation_name in plain_waiters.items():
        stats['waiters'] += 1
        command = table[cli_name]
        if command._operation_model.name != operation_name:
            raise Inconsistency('waiter %s polls another operation' % cli_name)
        entry = collections.OrderedDict()
        if _hidden(command) != bool(command._operation_model.deprecated):
            entry['hidden'] = _hidden(command)
        entry.update(diff_operation(session, command._operation_model,
                                    command.arg_table, stats))
        if entry:
            out[cli_name] = entry
    return collections.OrderedDict(sorted(out.items()))


# --------------------------------------------------------------------------


def _load_manual():
    with open(MANUAL, encoding='utf-8') as handle:
        return json.load(handle, object_pairs_hook=collections.OrderedDict)


OTHER = {'v1': 'v2', 'v2': 'v1'}[MAJOR]
# Global options the CLI has that the manual list leaves out on purpose.
def _this_version(option):
    """The manual option exists in the CLI being walked."""
    return option.get('availability') != OTHER


def _choices_here(option):
    marks = option.get('choicesAvailability', {})
    return [c for c in option.get('choices', []) if marks.get(c) != OTHER]


def _global_options(manual):
    """The manual global options, plus for v2 what only newer v2 releases have."""
    options = manual['globalOptions']
    if MAJOR != 'v2':
        return options
    with open(MANUAL_V2, encoding='utf-8') as handle:
        extra = json.load(handle, object_pairs_hook=collections.OrderedDict)
    merged = []
    for option in options:
        option = collections.OrderedDict(option)
        added = extra['addedChoices'].get(option['name'])
        if added:
            option['choices'] = option['choices'] + list(added)
            marks = collections.OrderedDict(option['choicesAvailability'])
            marks.update(added)
            option['choicesAvailability'] = marks
        merged.append(option)
    return merged + extra['globalOptions']


def _check_manual_against_cli(global_options, driver):
    """The hand-written option lists must agree with the CLI's own table."""
    cli_data = driver.session.get_data('cli')['options']
    by_name = {o['name']: o for o in global_options}
    for name, data in cli_data.items():
        option = by_name.get('--' + name)
        if option is None:
            raise Inconsistency('%s global option --%s missing' % (MAJOR, name))
        if not _this_version(option):
            raise Inconsistency('--%s exists in %s' % (name, MAJOR))
        flag = data.get('action') in NO_VALUE_ACTIONS
        if flag == option['takesValue']:
            raise Inconsistency('--%s takesValue disagrees with %s' % (name, MAJOR))
        if data.get('choices', []) != _choices_here(option):
            raise Inconsistency('--%s choices disagree with %s' % (name, MAJOR))
    for option in global_options:
        if _this_version(option) and option['name'][2:] not in cli_data:
            raise Inconsistency('%s is not a %s global option' % (option['name'], MAJOR))


def _check_generic_options(driver, manual):
    """Generic options as the CLI builds them agree with the manual lists."""
    table = driver._get_command_table()
    command = table['ec2']._get_command_table()['describe-instances']
    specs = {n: argument_spec(n, a) for n, a in command.arg_table.items()}
    for option in manual['commandOptions']:
        if (option['name'][2:] in specs) != _this_version(option):
            raise Inconsistency('%s: availability disagrees with %s' % (option['name'], MAJOR))
    skeleton = specs['generate-cli-skeleton']
    manual_skeleton = [o for o in manual['commandOptions']
                       if o['name'] == '--generate-cli-skeleton'][0]
    if sorted(skeleton['choices']) != sorted(_choices_here(manual_skeleton)) \
            or skeleton.get('nargs') != manual_skeleton['nargs'] \
            or skeleton.get('implicitValue') != manual_skeleton['implicitValue']:
        raise Inconsistency('--generate-cli-skeleton differs from %s' % MAJOR)
    for option in manual['paginationOptions']:
        spec = specs[option['name'][2:]]
        if spec['type'] != option['type'] or spec['takesValue'] != option['takesValue']:
            raise Inconsistency('%s differs from %s' % (option['name'], MAJOR))


def _command_names(node):
    """Option and subcommand names of a command node, recursively."""
    return ([o['name'] for o in node['options']],
            {k: _command_names(v) for k, v in node.get('subcommands', {}).items()})


def _mark_v2_only(custom_commands, services):
    """Mark the custom commands, and their options, that v1 lacks (per the
    committed v1 layer) as v2 only."""
    with open(DEFAULT_OUTPUTS['v1'], encoding='utf-8') as handle:
        v1 = json.load(handle)

    def present(node):
        return node is not None and node.get('availability') != 'v2'

    def mark(node):
        node['availability'] = 'v2'
        node.move_to_end('availability', last=False)
        if 'hidden' in node:
            node.move_to_end('hidden', last=False)

    def compare(node, v1_node):
        if not present(v1_node):
            mark(node)
            return
        v1_options = {o['name'] for o in v1_node['options']}
        for option in node['options']:
            if option['name'] not in v1_options:
                option['availability'] = 'v2'
        for name, child in node.get('subcommands', {}).items():
            compare(child, v1_node.get('subcommands', {}).get(name))

    for name, node in custom_commands.items():
        compare(node, v1['customCommands'].get(name))
    for service_name, entry in services.items():
        v1_entry = v1['services'].get(service_name, {})
        scopes = [(entry, v1_entry)] + [
            (alias, v1_entry.get('aliases', {}).get(alias_name, {}))
            for alias_name, alias in entry.get('aliases', {}).items()]
        for scope, v1_scope in scopes:
            for name, node in scope.get('commands', {}).items():
                compare(node, v1_scope.get('commands', {}).get(name))


def _naming_overrides():
    """Shipped xform_name exceptions (for '-') that the regexes would not produce."""
    import re
    first_cap = re.compile('(.)([A-Z][a-z]+)')
    end_cap = re.compile('([a-z0-9])([A-Z])')
    special = re.compile('[A-Z]{2,}s$')

    def by_rule(name):
        match = special.search(name)
        if match is not None:
            name = name[:-len(match.group())] + '-' + match.group().lower()
        return end_cap.sub(r'\1-\2', first_cap.sub(r'\1-\2', name)).lower()

    out = {}
    for (name, sep), value in _SHIPPED_XFORM_CACHE.items():
        if sep == '-' and by_rule(name) != value:
            out[name] = value
    return collections.OrderedDict(sorted(out.items()))


def _v2_source():
    """The pinned aws/aws-cli tag and commit; the walked tree must be that tag."""
    with open(V2_PIN, encoding='utf-8') as handle:
        pin = json.load(handle, object_pairs_hook=collections.OrderedDict)
    if pin['tag'] != awscli.__version__:
        raise Inconsistency('the v2 tree is %s, the pin says %s'
                            % (awscli.__version__, pin['tag']))
    return collections.OrderedDict(
        (key, pin[key]) for key in ('repository', 'tag', 'commit'))


def build():
    manual = _load_manual()
    driver = create_clidriver()
    session = driver.session
    global_options = _global_options(manual)
    _check_manual_against_cli(global_options, driver)
    _check_generic_options(driver, manual)
    stats = collections.Counter()
    table = driver._get_command_table()

    by_service = collections.defaultdict(list)
    custom = {}
    for name, command in table.items():
        if isinstance(command, ServiceCommand):
            by_service[command.service_model.service_name].append((name, command))
        else:
            custom[name] = command

    services = {}
    for service_name, commands in by_service.items():
        stats['services'] += 1
        documented = [c for c in commands if not getattr(c[1], '_UNDOCUMENTED', False)]
        primary = next((c for c in commands if c[0] == service_name), None)
        if primary is None or getattr(primary[1], '_UNDOCUMENTED', False):
            primary = (documented or commands)[0]
        entry = collections.OrderedDict()
        if primary[0] != service_name:
            entry['cliName'] = primary[0]
            stats['renamedServices'] += 1
        entry.update(service_command_override(session, primary[1], stats))
        others = {}
        for name, command in commands:
            if command is primary[1]:
                continue
            alias = service_command_override(session, command, collections.Counter())
            alias.setdefault('hidden', False)
            alias.move_to_end('hidden', last=False)
            others[name] = alias
            stats['serviceAliases'] += 1
        if others:
            entry['aliases'] = collections.OrderedDict(sorted(others.items()))
        if entry:
            services[service_name] = entry

    available = set(session.get_available_services())
    for service_name in sorted(available - set(by_service)):
        services[service_name] = {'removed': True}

    custom_commands = {name: command_node(command, stats) for name, command in custom.items()}
    stats['topLevelCustomCommands'] = len(custom_commands)
    for name, node in manual['v2CustomCommands'].items():
        if node.get('availability') != 'v2':
            raise Inconsistency('v2 command %s lacks availability' % name)
        if MAJOR == 'v2':
            # The hand-written copy used by the v1 file must say what v2 says.
            if name not in custom_commands \
                    or _command_names(custom_commands[name]) != _command_names(node):
                raise Inconsistency('hand-written v2 command %s differs from v2' % name)
            continue
        if name in table:
            raise Inconsistency('v2 command %s clashes with v1' % name)
        custom_commands[name] = node
        stats['topLevelV2Commands'] += 1
    custom_commands = collections.OrderedDict(sorted(custom_commands.items()))
    if MAJOR == 'v2':
        _mark_v2_only(custom_commands, services)

    document = collections.OrderedDict()
    document['$schema'] = './cli-layer.schema.json'
    document['formatVersion'] = FORMAT_VERSION
    document['generatedFrom'] = collections.OrderedDict(
        [('awscli', awscli.__version__), ('botocore', botocore.__version__)])
    if MAJOR == 'v2':
        document['generatedFrom']['source'] = _v2_source()
    document['naming'] = collections.OrderedDict(
        [('xformNameOverrides', _naming_overrides())])
    document['globalOptions'] = global_options
    document['commandOptions'] = manual['commandOptions']
    document['paginationOptions'] = manual['paginationOptions']
    document['services'] = collections.OrderedDict(sorted(services.items()))
    document['customCommands'] = custom_commands
    return document, stats


def render(document):
    """Compact but diffable: one line per option spec / small object."""
    return _render(document, 0) + '\n'


def _render(value, indent):
    flat = json.dumps(value, ensure_ascii=False, separators=(', ', ': '))
    if len(flat) + 2 * indent <= 130 or not isinstance(value, (dict, list)) or not value:
        return flat
    if isinstance(value, list) and not any(isinstance(v, (dict, list)) for v in value):
        return flat  # a list of names or choices stays on one line
    pad = '  ' * (indent + 1)
    if isinstance(value, dict):
        items = ['%s%s: %s' % (pad, json.dumps(k, ensure_ascii=False), _render(v, indent + 1))
                 for k, v in value.items()]
        return '{\n' + ',\n'.join(items) + '\n' + '  ' * indent + '}'
    items = [pad + _render(v, indent + 1) for v in value]
    return '[\n' + ',\n'.join(items) + '\n' + '  ' * indent + ']'


def main(argv=None):
    args = _arguments(argv)
    if args.cli != MAJOR:
        sys.exit('asked for %s, but the awscli on the path is %s' % (args.cli, awscli.__version__))
    output = args.output or DEFAULT_OUTPUTS[MAJOR]
    document, stats = build()
    text = render(document)
    if args.check:
        with open(output, encoding='utf-8') as handle:
            same = handle.read() == text
        print('%s: %s' % (output, 'up to date' if same else 'differs from the extraction'),
              file=sys.stderr)
        return 0 if same else 1
    with open(output, 'w', encoding='utf-8') as handle:
        handle.write(text)
    if args.stats:
        for key in sorted(stats):
            print('%-24s %d' % (key, stats[key]), file=sys.stderr)
        print('%-24s %d' % ('bytes', len(text.encode('utf-8'))), file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main())
