#!/usr/bin/env python3
"""Print every command and option name the installed AWS CLI (v1) offers.

This is the oracle for differential tests of argot's command/option naming:
it walks the real command tables of the installed ``awscli`` package (the
same objects ``aws`` itself builds when it parses a command line) and prints
one JSON document on stdout.

Usage::

    python3 Scripts/dump-awscli-names.py > names.json

It walks whichever awscli the interpreter imports: Scripts/record-awscli-v2.py runs it under AWS CLI
v2 (a source tree on PYTHONPATH) to record Tests/Differential/Fixtures/awscli-v2-names.json.gz.

Output format (keys sorted, two-space indentation, trailing newline)::

    {
      "awscli": "1.45.11",            # version of the walked awscli
      "botocore": "1.43.11",          # version of its botocore
      "commands": [...],              # every top-level command name, sorted
      "hiddenCommands": [...],        # the subset of "commands" that is
                                      # undocumented (not offered by the
                                      # completer, still runnable)
      "services": {
        "<top-level command>": {
          "<command path>": {
            "options": [...],         # documented option names, "--x"
            "undocumented": [...],    # accepted but hidden option names
            "positional": [...],      # positional argument names (only
                                      # present when there are some)
            "hidden": true            # only present when the command itself
                                      # is undocumented
          }
        }
      }
    }

"services" has an entry for every top-level command, model-driven services
(``ec2``, ``s3api``, ...) and custom ones (``s3``, ``configure``, ...)
alike. "<command path>" is the path below the top-level command, words
joined by one space: ``run-instances``, ``wait instance-running``,
``push`` (``aws deploy push``). The empty path ``""`` stands for the
top-level command itself. A command appears when it has no subcommands of
its own, or when it has options of its own (a pure group such as
``aws ec2 wait`` does not appear, its subcommands do). ``help``, which the
CLI accepts at every level, is never listed.

"options" and "undocumented" hold each option once, as typed on the command
line (``--dry-run``, ``--no-dry-run``), sorted. Global options (``--region``,
``--output``, ...) are not repeated per command. Option lists reflect a
clean environment: no config file, no credentials file, no ``AWS_*``
variables, so neither user aliases nor ``[preview]`` settings nor plugins
change the result.
"""

import atexit
import json
import os
import shutil
import sys
import tempfile


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


def _hidden(obj):
    return bool(getattr(obj, '_UNDOCUMENTED', False))


def _subcommands(command):
    """Subcommand table of a command object, in the order aws builds it."""
    from awscli.clidriver import ServiceCommand, ServiceOperation

    if isinstance(command, ServiceCommand):
        return command._get_command_table()
    if isinstance(command, ServiceOperation):
        return {}
    table = getattr(command, 'subcommand_table', None)
    return table or {}


def _arguments(command):
    from awscli.clidriver import ServiceCommand

    if isinstance(command, ServiceCommand):
        return {}
    return getattr(command, 'arg_table', None) or {}


def _describe(command):
    options, undocumented, positional = [], [], []
    for name, argument in _arguments(command).items():
        if getattr(argument, 'positional_arg', False) or not argument.cli_name.startswith('-'):
            positional.append(name)
        elif _hidden(argument):
            undocumented.append('--' + name)
        else:
            options.append('--' + name)
    entry = {'options': sorted(options), 'undocumented': sorted(undocumented)}
    if positional:
        entry['positional'] = sorted(positional)
    if _hidden(command):
        entry['hidden'] = True
    return entry


def _walk(command, path, into):
    # The subcommand table is built before the argument table, as the CLI
    # does when it runs a command: some customizations (``s3 sync``) only add
    # arguments once the subcommand table exists.
    children = _subcommands(command)
    arguments = _arguments(command)
    if not children or arguments:
        into[' '.join(path)] = _describe(command)
    for name, child in children.items():
        _walk(child, path + [name], into)


def dump():
    _isolate_environment()
    import awscli
    import botocore
    from awscli.clidriver import create_clidriver

    driver = create_clidriver()
    table = driver._get_command_table()
    services = {}
    for name, command in table.items():
        entries = {}
        _walk(command, [], entries)
        services[name] = entries
    return {
        'awscli': awscli.__version__,
        'botocore': botocore.__version__,
        'commands': sorted(table),
        'hiddenCommands': sorted(n for n, c in table.items() if _hidden(c)),
        'services': services,
    }


def main():
    json.dump(dump(), sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
