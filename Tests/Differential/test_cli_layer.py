"""Checks of Schemas/cli/cli-layer.json.

1. The file is valid against Schemas/cli/cli-layer.schema.json.
2. Scripts/extract-cli-layer.py reproduces it byte for byte.
3. Self-consistency: the plain derivation from the botocore models, with
   cli-layer.json applied, yields exactly the command and option names the
   installed AWS CLI offers (as printed by Scripts/dump-awscli-names.py), for
   every top-level command, operation, waiter and custom command.

The derivation below is written from Documentation/CLILayer.md, not from the
extraction script: it is the executable form of what the Swift engine must do
with the file. It uses its own xform_name (rules + the file's override table)
and checks that against botocore's.

Run: python3 -m pytest Tests/Differential/test_cli_layer.py
"""

import collections
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import jsonschema
import pytest

REPO = Path(__file__).resolve().parents[2]
LAYER = REPO / 'Schemas' / 'cli' / 'cli-layer.json'
SCHEMA = REPO / 'Schemas' / 'cli' / 'cli-layer.schema.json'
EXTRACT = REPO / 'Scripts' / 'extract-cli-layer.py'
DUMP = REPO / 'Scripts' / 'dump-awscli-names.py'


# --------------------------------------------------------------------------
# The two scripts run in the background while the other tests work.

class _Background:
    def __init__(self):
        self._dir = tempfile.TemporaryDirectory(prefix='argot-cli-layer-')
        self.extract_output = Path(self._dir.name) / 'cli-layer.json'
        self.extract = subprocess.Popen(
            [sys.executable, str(EXTRACT), '-o', str(self.extract_output)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.dump = subprocess.Popen(
            [sys.executable, str(DUMP)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self._dump_result = None

    def extracted(self):
        _out, err = self.extract.communicate(timeout=300)
        assert self.extract.returncode == 0, err.decode()
        return self.extract_output.read_bytes()

    def names(self):
        if self._dump_result is None:
            out, err = self.dump.communicate(timeout=300)
            assert self.dump.returncode == 0, err.decode()
            self._dump_result = json.loads(out)
        return self._dump_result

    def close(self):
        for process in (self.extract, self.dump):
            if process.poll() is None:
                process.kill()
                process.communicate()
        self._dir.cleanup()


@pytest.fixture(scope='module')
def background():
    runner = _Background()
    yield runner
    runner.close()


@pytest.fixture(scope='module')
def layer():
    with open(LAYER, encoding='utf-8') as handle:
        return json.load(handle)


@pytest.fixture(scope='module')
def session(tmp_path_factory):
    """A botocore session that sees only the installed models."""
    with pytest.MonkeyPatch.context() as patch:
        for key in list(os.environ):
            if key.startswith('AWS_') or key.startswith('BOTO_'):
                patch.delenv(key)
        home = str(tmp_path_factory.mktemp('home'))
        patch.setenv('HOME', home)
        patch.setenv('AWS_CONFIG_FILE', os.path.join(home, 'none'))
        patch.setenv('AWS_SHARED_CREDENTIALS_FILE', os.path.join(home, 'none'))
        import botocore.session
        yield botocore.session.Session()


# --------------------------------------------------------------------------
# 1. Schema


def test_schema_is_valid_draft7(background):
    schema = json.loads(SCHEMA.read_text(encoding='utf-8'))
    jsonschema.Draft7Validator.check_schema(schema)


def test_layer_matches_schema(background, layer):
    schema = json.loads(SCHEMA.read_text(encoding='utf-8'))
    errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(layer),
                    key=lambda e: list(e.absolute_path))
    assert not errors, '\n'.join(
        '%s: %s' % ('/'.join(map(str, e.absolute_path)), e.message) for e in errors[:20])


def test_global_options_follow_the_v2_reference(layer):
    names = [o['name'] for o in layer['globalOptions'] if o.get('availability') != 'v1']
    assert [o['name'] for o in layer['globalOptions'] if o.get('availability') == 'v1'] == ['--v2-debug']
    assert names == [
        '--debug', '--endpoint-url', '--no-verify-ssl', '--no-paginate', '--output',
        '--query', '--profile', '--region', '--version', '--color', '--no-sign-request',
        '--ca-bundle', '--cli-read-timeout', '--cli-connect-timeout', '--cli-binary-format',
        '--no-cli-pager', '--cli-auto-prompt', '--no-cli-auto-prompt']
    by_name = {o['name']: o for o in layer['globalOptions']}
    assert by_name['--output']['choices'] == ['json', 'text', 'table', 'yaml', 'yaml-stream']
    assert by_name['--color']['choices'] == ['on', 'off', 'auto']
    assert by_name['--cli-binary-format']['choices'] == ['base64', 'raw-in-base64-out']
    assert by_name['--cli-read-timeout']['type'] == 'integer'
    for option in layer['globalOptions']:
        assert (option['type'] == 'boolean') == (not option['takesValue']), option['name']
    skeleton = [o for o in layer['commandOptions'] if o['name'] == '--generate-cli-skeleton'][0]
    assert skeleton['choices'] == ['input', 'yaml-input', 'output']
    assert skeleton['nargs'] == '?' and skeleton['implicitValue'] == 'input'


# --------------------------------------------------------------------------
# 2. Reproducibility


def test_extraction_reproduces_the_committed_file(background, layer):
    import awscli
    import botocore
    installed = {'awscli': awscli.__version__, 'botocore': botocore.__version__}
    assert installed == layer['generatedFrom'], (
        'the committed file was extracted from %s, this machine has %s'
        % (layer['generatedFrom'], installed))
    produced = background.extracted()
    committed = LAYER.read_bytes()
    assert produced == committed, (
        'Scripts/extract-cli-layer.py output differs from the committed '
        'Schemas/cli/cli-layer.json; regenerate it and review the diff')


# --------------------------------------------------------------------------
# 3. Self-consistency with the installed AWS CLI

_FIRST_CAP = re.compile('(.)([A-Z][a-z]+)')
_END_CAP = re.compile('([a-z0-9])([A-Z])')
_PLURAL_ACRONYM = re.compile('[A-Z]{2,}s$')


def make_xform(overrides):
    """xform_name(name, '-') as documented: override table, then the rules."""

    def xform(name):
        if '-' in name:
            return name
        if name in overrides:
            return overrides[name]
        match = _PLURAL_ACRONYM.search(name)
        if match is not None:
            name = name[:-len(match.group())] + '-' + match.group().lower()
        return _END_CAP.sub(r'\1-\2', _FIRST_CAP.sub(r'\1-\2', name)).lower()

    return xform


class Deriver:
    """Plain derivation + a CLI layer -> names, per Documentation/CLILayer.md.

    'session' is anything with botocore's model-loading methods (a botocore
    session, or RecordedModels in test_cli_layer_v2.py); 'version' selects
    what the layer marks with 'availability'.
    """

    def __init__(self, layer, session, version='v1'):
        self.layer = layer
        self.session = session
        self.version = version
        self.xform = make_xform(layer['naming']['xformNameOverrides'])
        self.xform_inputs = set()
        self.command_options = [o['name'] for o in layer['commandOptions'] if self.here(o)]
        self.pagination_options = [o for o in layer['paginationOptions'] if self.here(o)]

    def here(self, item):
        """The item exists in the AWS CLI version this deriver stands for."""
        return item.get('availability', self.version) == self.version

    def name(self, model_name):
        self.xform_inputs.add(model_name)
        return self.xform(model_name)

    # -- operations

    def plain_options(self, service_model, paginators, operation_name):
        """Ordered {option: hidden}; positional names map to None."""
        operation = service_model.operation_model(operation_name)
        table = collections.OrderedDict()
        shape = operation.input_shape
        members = shape.members if shape is not None else {}
        for member, member_shape in members.items():
            name = self.name(member)
            table['--' + name] = False
            if member_shape.type_name == 'boolean':
                table['--no-' + name] = False
        config = paginators(operation_name)
        if config is not None:
            tokens = config['input_token']
            tokens = list(tokens) if isinstance(tokens, list) else [tokens]
            if 'limit_key' in config:
                tokens.append(config['limit_key'])
            for token in tokens:
                table['--' + self.name(token)] = True
            for option in self.pagination_options:
                if option.get('onlyWithLimitKey') and 'limit_key' not in config:
                    continue
                table[option['name']] = False
        if operation.has_streaming_output:
            table['outfile'] = None
        else:
            for name in self.command_options:
                table[name] = False
        return table

    def apply(self, table, override):
        result = collections.OrderedDict()
        overrides = override.get('options', {})
        for name, hidden in table.items():
            change = overrides.get(name)
            if change is None:
                result[name] = hidden
                continue
            if change.get('removed'):
                continue
            if hidden is not None and 'hidden' in change:
                hidden = change['hidden']
            if change.get('positional') is True:
                hidden = None
            result[change.get('name', name)] = hidden
            for alias in change.get('aliases', []):
                result[alias] = True
        for option in override.get('addedOptions', []):
            result[option['name']] = None if option.get('positional') else bool(option.get('hidden'))
        return result

    @staticmethod
    def entry(table, hidden_command):
        options = sorted(n for n, h in table.items() if h is False)
        undocumented = sorted(n for n, h in table.items() if h is True)
        positional = sorted(n for n, h in table.items() if h is None)
        out = {'options': options, 'undocumented': undocumented}
        if positional:
            out['positional'] = positional
        if hidden_command:
            out['hidden'] = True
        return out

    # -- custom commands

    def custom(self, node, path, into):
        children = node.get('subcommands', {})
        if not children or node['options']:
            table = collections.OrderedDict()
            for option in filter(self.here, node['options']):
                table[option['name']] = None if option.get('positional') else bool(option.get('hidden'))
            into[' '.join(path)] = self.entry(table, node.get('hidden', False))
        for name, child in children.items():
            if self.here(child):
                self.custom(child, path + [name], into)

    # -- services

    def service_command(self, service_name, entry):
        model = self.session.get_service_model(service_name)
        try:
            paginator_model = self.session.get_paginator_model(service_name)
        except Exception:  # DataNotFoundError: no paginators-1.json
            paginator_model = None

        def paginators(operation_name):
            if paginator_model is None:
                return None
            try:
                return paginator_model.get_paginator(operation_name)
            except ValueError:
                return None
        out = {}
        operations = entry.get('operations', {})
        for operation_name in model.operation_names:
            cli_name = self.name(operation_name)
            override = operations.get(cli_name, {})
            if override.get('removed'):
                continue
            table = self.apply(self.plain_options(model, paginators, operation_name), override)
            deprecated = bool(model.operation_model(operation_name).deprecated)
            out[cli_name] = self.entry(table, override.get('hidden', deprecated))
        for cli_name, alias in entry.get('operationAliases', {}).items():
            table = self.apply(self.plain_options(model, paginators, alias['operation']), alias)
            out[cli_name] = self.entry(table, alias['hidden'])
        try:
            waiter_model = self.session.get_waiter_model(service_name)
            waiter_names = waiter_model.waiter_names
        except Exception:  # DataNotFoundError: no waiters-2.json
            waiter_names = []
        waiters = entry.get('waiters', {})
        for waiter_name in waiter_names:
            operation_name = waiter_model.get_waiter(waiter_name).operation
            cli_name = self.name(waiter_name)
            override = waiters.get(cli_name, {})
            table = self.apply(self.plain_options(model, paginators, operation_name), override)
            deprecated = bool(model.operation_model(operation_name).deprecated)
            out['wait ' + cli_name] = self.entry(table, override.get('hidden', deprecated))
        for name, node in entry.get('commands', {}).items():
            if self.here(node):
                self.custom(node, [name], out)
        return out

    def everything(self):
        services = {}
        hidden = set()
        for service_name in self.session.get_available_services():
            entry = self.layer['services'].get(service_name, {})
            if entry.get('removed'):
                continue
            cli_name = entry.get('cliName', service_name)
            services[cli_name] = self.service_command(service_name, entry)
            if entry.get('hidden'):
                hidden.add(cli_name)
            for alias, alias_entry in entry.get('aliases', {}).items():
                services[alias] = self.service_command(service_name, alias_entry)
                if alias_entry['hidden']:
                    hidden.add(alias)
        for name, node in self.layer['customCommands'].items():
            if not self.here(node):
                continue  # e.g. the v2-only commands the v1 file also lists
            entries = {}
            self.custom(node, [], entries)
            services[name] = entries
            if node.get('hidden'):
                hidden.add(name)
        return {'commands': sorted(services), 'hiddenCommands': sorted(hidden),
                'services': services}


@pytest.fixture(scope='module')
def derived(layer, session):
    deriver = Deriver(layer, session)
    return deriver, deriver.everything()


def test_xform_rules_and_overrides_match_botocore(derived):
    from botocore import xform_name
    deriver, _ = derived
    wrong = sorted(n for n in deriver.xform_inputs if deriver.xform(n) != xform_name(n, '-'))
    assert not wrong, wrong[:20]
    assert len(deriver.xform_inputs) > 25000


def test_layer_applied_to_models_gives_the_cli_names(background, derived, capsys):
    _deriver, expected = derived
    actual = background.names()
    problems = []
    if expected['commands'] != actual['commands']:
        problems.append('top-level commands: missing %s, extra %s' % (
            sorted(set(actual['commands']) - set(expected['commands'])),
            sorted(set(expected['commands']) - set(actual['commands']))))
    if expected['hiddenCommands'] != actual['hiddenCommands']:
        problems.append('hidden top-level commands: %s vs %s'
                        % (expected['hiddenCommands'], actual['hiddenCommands']))
    commands = options = 0
    for top in sorted(set(expected['services']) | set(actual['services'])):
        mine = expected['services'].get(top, {})
        theirs = actual['services'].get(top, {})
        for path in sorted(set(mine) | set(theirs)):
            label = ('%s %s' % (top, path)).strip()
            if path not in theirs:
                problems.append('%s: derived but not in the CLI' % label)
                continue
            if path not in mine:
                problems.append('%s: in the CLI but not derived' % label)
                continue
            if mine[path] != theirs[path]:
                diff = {}
                for key in ('options', 'undocumented', 'positional'):
                    a, b = set(mine[path].get(key, [])), set(theirs[path].get(key, []))
                    if a != b:
                        diff[key] = {'derived only': sorted(a - b), 'CLI only': sorted(b - a)}
                if mine[path].get('hidden') != theirs[path].get('hidden'):
                    diff['hidden'] = (mine[path].get('hidden'), theirs[path].get('hidden'))
                problems.append('%s: %s' % (label, diff))
                continue
            commands += 1
            options += sum(len(theirs[path].get(k, []))
                           for k in ('options', 'undocumented', 'positional'))
    with capsys.disabled():
        print('\ncli-layer self-consistency: %d top-level commands, %d commands and '
              '%d option names match awscli %s; %d mismatches'
              % (len(actual['commands']), commands, options, actual['awscli'], len(problems)))
    assert not problems, '\n'.join(problems[:40])
    assert commands > 18000
