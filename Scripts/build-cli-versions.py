#!/usr/bin/env python3
"""Build Schemas/cli/cli-versions.json: what differs between AWS CLI v1 and v2 beyond the two layers.

The engine reads one CLI layer, the one of the detected ``aws`` (Schemas/cli/cli-layer.json for v1,
cli-layer-v2.json for v2). This file lets it name what the *other* version has ("--no-cli-pager exists only
in AWS CLI v2") and apply the rules that are behaviour rather than names (blob input, parameter files).

Sources:

- the two committed layers: global options, per-command options and choices carrying an ``availability``
  mark; custom commands, their subcommands and options present in one layer only; hidden option aliases
  of operations present in one layer only;
- the installed AWS CLI v1 (the reference implementation): its global option table (for the v1-only
  ``--v2-debug``) and its parameter-file rules (URL prefixes and the options exempt from URL fetching);
- Scripts/cli-versions-manual.json: the v1-only global option's description, blob input rules and v2's
  parameter-file prefixes (checked against the recorded behaviour of both CLIs by
  Tests/Differential/test_cli_versions.py).

Usage::

    python3 Scripts/build-cli-versions.py            # rewrite the committed file
    python3 Scripts/build-cli-versions.py --check    # compare, write nothing

Deterministic: same inputs, same bytes.
"""

import argparse
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SCHEMAS = os.path.join(REPO, 'Schemas', 'cli')
LAYERS = {'v1': 'cli-layer.json', 'v2': 'cli-layer-v2.json'}
MANUAL = os.path.join(HERE, 'cli-versions-manual.json')
OUTPUT = os.path.join(SCHEMAS, 'cli-versions.json')
FORMAT_VERSION = 1


class Inconsistency(Exception):
    pass


def _load(path):
    with open(path, encoding='utf-8') as handle:
        return json.load(handle, object_pairs_hook=collections.OrderedDict)


def _exists_in(item, version):
    return item.get('availability', version) == version


# --------------------------------------------------------------------------
# Names


def _global_options(layers, manual, v1_cli_options):
    """Global options only one version has, in the v2 reference order, v1's extras last."""
    out = []
    v1_names = {o['name'] for o in layers['v1']['globalOptions'] if _exists_in(o, 'v1')}
    v2_names = {o['name'] for o in layers['v2']['globalOptions'] if _exists_in(o, 'v2')}
    for option in layers['v2']['globalOptions']:
        if option['name'] in v2_names and option['name'] not in v1_names:
            out.append(collections.OrderedDict([('name', option['name']), ('availability', 'v2')]))
    for option in manual['v1OnlyGlobalOptions']:
        name = option['name']
        data = v1_cli_options.get(name[2:])
        if data is None or name in v2_names:
            raise Inconsistency('%s is not a v1-only global option' % name)
        if (data.get('action') == 'store_true') == option['takesValue']:
            raise Inconsistency('%s: takesValue disagrees with v1' % name)
        entry = collections.OrderedDict([('name', name), ('availability', 'v1')])
        entry.update((k, v) for k, v in option.items() if k != 'name')
        out.append(entry)
    known = {o['name'][2:] for o in layers['v1']['globalOptions']}
    known |= {o['name'][2:] for o in manual['v1OnlyGlobalOptions']}
    if set(v1_cli_options) - known:
        raise Inconsistency('v1 global options unaccounted for: %s'
                            % sorted(set(v1_cli_options) - known))
    return out


def _choices(layers):
    """Values of global and per-command options that only one version accepts."""
    out = collections.OrderedDict()
    for version in ('v1', 'v2'):
        layer = layers[version]
        for option in layer['globalOptions'] + layer['commandOptions']:
            for choice, availability in option.get('choicesAvailability', {}).items():
                key = (option['name'], choice)
                if out.get(key, availability) != availability:
                    raise Inconsistency('%s %s: the layers disagree' % key)
                out[key] = availability
    return [collections.OrderedDict([('option', o), ('choice', c), ('availability', a)])
            for (o, c), a in out.items()]


def _command_options(layers):
    out = []
    for option in layers['v2']['commandOptions']:
        if option.get('availability') == 'v2':
            out.append(collections.OrderedDict([('name', option['name']), ('availability', 'v2')]))
    return out


def _custom_commands(layer, version):
    """{path: option names} of the custom commands (and subcommands) the version has."""
    paths = collections.OrderedDict()

    def walk(node, path):
        if not _exists_in(node, version):
            return
        paths[path] = [o['name'] for o in node['options'] if _exists_in(o, version)]
        for name, child in node.get('subcommands', {}).items():
            walk(child, path + (name,))

    for name, node in layer['customCommands'].items():
        walk(node, (name,))
    for service, entry in layer['services'].items():
        scopes = [(entry.get('cliName', service), entry)]
        scopes += list(entry.get('aliases', {}).items())
        for top, scope in scopes:
            for name, node in scope.get('commands', {}).items():
                walk(node, (top, name))
    return paths


def _operation_aliases(layer):
    """{(command, operation, alias)} hidden option spellings of operation commands."""
    out = set()
    for service, entry in layer['services'].items():
        scopes = [(entry.get('cliName', service), entry)]
        scopes += list(entry.get('aliases', {}).items())
        for top, scope in scopes:
            for group in ('operations', 'operationAliases'):
                for operation, body in scope.get(group, {}).items():
                    for option in body.get('options', {}).values():
                        for alias in option.get('aliases', []):
                            out.add((top, operation, alias))
    return out


def _commands(layers):
    """Command paths only one version has (the shortest such path), and options only one version
    has on commands both have."""
    commands = {v: _custom_commands(layers[v], v) for v in ('v1', 'v2')}
    paths = []
    options = []
    for version, other in (('v1', 'v2'), ('v2', 'v1')):
        for path, names in commands[version].items():
            if path not in commands[other]:
                if not any(path[:i] in commands[version] and path[:i] not in commands[other]
                           for i in range(1, len(path))):
                    paths.append((path, version))
                continue
            for name in names:
                if name not in commands[other][path]:
                    options.append((path, name, version))
    aliases = {v: _operation_aliases(layers[v]) for v in ('v1', 'v2')}
    for version, other in (('v1', 'v2'), ('v2', 'v1')):
        for top, operation, alias in aliases[version] - aliases[other]:
            options.append(((top, operation), alias, version))
    command_list = [collections.OrderedDict([('path', list(p)), ('availability', a)])
                    for p, a in sorted(paths)]
    option_list = [collections.OrderedDict([('path', list(p)), ('option', n), ('availability', a)])
                   for p, n, a in sorted(options)]
    return command_list, option_list


# --------------------------------------------------------------------------
# Behaviour


def _param_files(manual):
    import awscli.clidriver  # noqa: F401  (awscli.paramfile imports cleanly only after the driver)
    from awscli import paramfile

    v1 = collections.OrderedDict()
    v1['prefixes'] = sorted(paramfile.LOCAL_PREFIX_MAP) + sorted(paramfile.REMOTE_PREFIX_MAP)
    v1['urlPrefixes'] = sorted(paramfile.REMOTE_PREFIX_MAP)
    v1['urlConfigKey'] = 'cli_follow_urlparam'
    v1['urlExempt'] = sorted(paramfile.PARAMFILE_DISABLED)
    v2 = collections.OrderedDict(manual['paramFilesV2'])
    if set(v2['prefixes']) != set(paramfile.LOCAL_PREFIX_MAP):
        raise Inconsistency('v2 parameter-file prefixes are expected to be v1\'s local ones')
    return collections.OrderedDict([('v1', v1), ('v2', v2)])


def build():
    import awscli
    import botocore
    from awscli.clidriver import create_clidriver

    layers = {v: _load(os.path.join(SCHEMAS, f)) for v, f in LAYERS.items()}
    installed = collections.OrderedDict([('awscli', awscli.__version__),
                                         ('botocore', botocore.__version__)])
    if installed != layers['v1']['generatedFrom']:
        raise Inconsistency('installed awscli %s differs from the v1 layer\'s %s'
                            % (dict(installed), dict(layers['v1']['generatedFrom'])))
    manual = _load(MANUAL)
    v1_cli_options = create_clidriver().session.get_data('cli')['options']

    document = collections.OrderedDict()
    document['$schema'] = './cli-versions.schema.json'
    document['formatVersion'] = FORMAT_VERSION
    document['layers'] = collections.OrderedDict(
        (v, collections.OrderedDict([('file', LAYERS[v])] + list(layers[v]['generatedFrom'].items())))
        for v in ('v1', 'v2'))
    document['globalOptions'] = _global_options(layers, manual, v1_cli_options)
    document['choices'] = _choices(layers)
    document['commandOptions'] = _command_options(layers)
    document['commands'], document['options'] = _commands(layers)
    document['blobInput'] = manual['blobInput']
    document['paramFiles'] = _param_files(manual)
    return document


def render(document):
    """One line per list item or small object, like the layers."""
    return _render(document, 0) + '\n'


def _render(value, indent):
    flat = json.dumps(value, ensure_ascii=False, separators=(', ', ': '))
    if len(flat) + 2 * indent <= 130 or not isinstance(value, (dict, list)) or not value:
        return flat
    if isinstance(value, list) and not any(isinstance(v, (dict, list)) for v in value):
        items = [json.dumps(v, ensure_ascii=False) for v in value]
        pad = '  ' * (indent + 1)
        return '[\n' + ',\n'.join(pad + item for item in items) + '\n' + '  ' * indent + ']'
    pad = '  ' * (indent + 1)
    if isinstance(value, dict):
        items = ['%s%s: %s' % (pad, json.dumps(k, ensure_ascii=False), _render(v, indent + 1))
                 for k, v in value.items()]
        return '{\n' + ',\n'.join(items) + '\n' + '  ' * indent + '}'
    items = [pad + _render(v, indent + 1) for v in value]
    return '[\n' + ',\n'.join(items) + '\n' + '  ' * indent + ']'


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('-o', '--output', default=OUTPUT, help='where to write')
    parser.add_argument('--check', action='store_true', help='compare instead of writing')
    args = parser.parse_args(argv)
    for key in list(os.environ):
        if key.startswith('AWS_') or key.startswith('BOTO_'):
            del os.environ[key]
    os.environ['AWS_CONFIG_FILE'] = os.devnull
    os.environ['AWS_SHARED_CREDENTIALS_FILE'] = os.devnull
    text = render(build())
    if args.check:
        with open(args.output, encoding='utf-8') as handle:
            same = handle.read() == text
        print('%s: %s' % (args.output, 'up to date' if same else 'differs from the build'),
              file=sys.stderr)
        return 0 if same else 1
    with open(args.output, 'w', encoding='utf-8') as handle:
        handle.write(text)
    return 0


if __name__ == '__main__':
    sys.exit(main())
