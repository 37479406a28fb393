#!/usr/bin/env python3
"""Records what the pinned AWS CLI (v1, in-process) makes of every example command it ships.

The examples are the `aws …` lines of `awscli/examples/**/*.rst` in the installed awscli package (continuation
lines joined). A line that reads local files (`file://`, `fileb://`), uses shell features (`$`, backquotes, pipes,
redirections, `;`, `&&`), names a profile or runs one of the CLI's own commands (`aws s3 cp`, `aws configure`;
they have no request of one operation) is listed as skipped, with the reason.

Every other line runs through a fresh AWS CLI driver with fake credentials and no network: a handler registered
last on `before-parameter-build` (after the CLI's own rewrites there and botocore's) records the operation and
the request parameters, runs botocore's parameter validation and stops the call before any request is made.
Idempotency tokens botocore fills in are recorded as the placeholder UUID `00000000-0000-4000-8000-000000000000`. The driver is made once; each line
runs in a forked child (per service, a child that has loaded the service's model first), so no state passes from
one line to the next and the run takes minutes, not hours.

Usage: Scripts/record-example-commands.py [--output PATH] [--limit N]
(default: Tests/Differential/Fixtures/awscli-example-commands.json.gz)
"""

import argparse
import base64
import contextlib
import decimal
import gzip
import io
import json
import os
import re
import shlex
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUTPUT = os.path.join(HERE, '..', 'Tests', 'Differential', 'Fixtures', 'awscli-example-commands.json.gz')
TOKEN = '00000000-0000-4000-8000-000000000000'

os.environ.update({
    'AWS_ACCESS_KEY_ID': 'AKIDEXAMPLE', 'AWS_SECRET_ACCESS_KEY': 'secret', 'AWS_DEFAULT_REGION': 'us-east-1',
    'AWS_EC2_METADATA_DISABLED': 'true', 'AWS_CONFIG_FILE': os.devnull, 'AWS_SHARED_CREDENTIALS_FILE': os.devnull,
    'AWS_PAGER': '', 'PAGER': 'cat', 'HOME': tempfile.mkdtemp(prefix='argot-examples-home-'),
})
for name in ('AWS_PROFILE', 'AWS_DEFAULT_PROFILE', 'AWS_CLI_FILE_ENCODING', 'AWS_DEFAULT_OUTPUT'):
    os.environ.pop(name, None)

import awscli  # noqa: E402
import botocore  # noqa: E402
import botocore.handlers  # noqa: E402
from awscli.clidriver import create_clidriver  # noqa: E402
from botocore.validate import ParamValidator  # noqa: E402


class _FixedToken:
    """Stands in for botocore's `uuid` module so that filled-in idempotency tokens are recognisable."""

    @staticmethod
    def uuid4():
        return TOKEN


botocore.handlers.uuid = _FixedToken

SHELL_FEATURES = [
    ('$', 'a shell expansion ($)'),
    ('`', 'a command substitution (backquote)'),
    ('|', 'a pipe'),
    ('>', 'a redirection'),
    ('<', 'a redirection'),
    (';', 'a second command (;)'),
    ('&', 'a background job or &&'),
]


def example_lines(root):
    """(relative path, line number, command) for each `aws` command of the examples, continuations joined."""
    found = []
    for folder, _, names in sorted(os.walk(root)):
        for name in sorted(names):
            if not name.endswith('.rst'):
                continue
            path = os.path.join(folder, name)
            lines = open(path, encoding='utf-8').read().split('\n')
            index = 0
            while index < len(lines):
                start = index
                text = lines[index].strip()
                while text.endswith('\\') and index + 1 < len(lines):
                    index += 1
                    text = text[:-1].rstrip() + ' ' + lines[index].strip()
                index += 1
                if text.startswith('aws '):
                    found.append((os.path.relpath(path, root), start + 1, text))
    return found


def outside_quotes(text):
    """The text with single-quoted parts removed (the shell keeps them literal)."""
    return re.sub(r"'[^']*'", "''", text)


def skip_reason(command, custom_commands):
    bare = outside_quotes(command)
    for mark, reason in SHELL_FEATURES:
        if mark in bare:
            return reason
    if 'file://' in command or 'fileb://' in command:
        return 'reads a local file'
    try:
        words = shlex.split(command)
    except ValueError:
        return 'not a complete shell command (unbalanced quotes)'
    if any(word == '--profile' or word.startswith('--profile=') for word in words):
        return 'names a profile of the machine the example ran on'
    path = [word for word in words[1:] if not word.startswith('-')][:2]
    if len(path) >= 1 and path[0] in custom_commands:
        return 'a command the AWS CLI implements itself'
    if len(path) >= 2 and (path[0], path[1]) in custom_commands:
        return 'a command the AWS CLI implements itself'
    return None


def custom_command_names():
    """Top-level commands and (service, subcommand) pairs that the CLI implements itself (found in a child, so
    that the models it loads do not make every later fork slow)."""
    names = run_in_child(_custom_command_names)
    return {name if isinstance(name, str) else tuple(name) for name in names}


def _custom_command_names():
    driver = create_clidriver()
    names = set()
    table = driver._get_command_table()
    for name, command in table.items():
        if not hasattr(command, '_operation_caller') and not hasattr(command, 'service_model'):
            names.add(name)
            continue
        try:
            subcommands = command._get_command_table() if hasattr(command, '_get_command_table') else {}
        except Exception:
            subcommands = {}
        for sub, subcommand in subcommands.items():
            if type(subcommand).__name__ != 'ServiceOperation':
                names.add((name, sub))
    return sorted(names, key=repr)


def encode(value, shape):
    """JSON-able params: blobs as {"$bytes": base64 of the bytes the CLI would send}."""
    if isinstance(value, (bytes, bytearray)):
        return {'$bytes': base64.b64encode(bytes(value)).decode()}
    if shape is not None and shape.type_name == 'blob' and isinstance(value, str):
        return {'$bytes': base64.b64encode(value.encode('utf-8')).decode()}
    if hasattr(value, 'read'):
        return {'$file': getattr(value, 'name', '')}
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            if shape is not None and shape.type_name == 'structure':
                child = shape.members.get(key)
            elif shape is not None and shape.type_name == 'map':
                child = shape.value
            else:
                child = None
            result[key] = encode(item, child)
        return result
    if isinstance(value, (list, tuple)):
        child = shape.member if shape is not None and shape.type_name == 'list' else None
        return [encode(item, child) for item in value]
    if isinstance(value, float) and (value != value or value in (float('inf'), float('-inf'))):
        return {'$float': repr(value)}
    if isinstance(value, decimal.Decimal):
        return float(value)  # cloudwatch put-metric-data --value sends a Decimal
    if hasattr(value, 'isoformat'):
        return value.isoformat()
    return value


class Stop(Exception):
    pass


captured = {}


def capture(params, model, **kwargs):
    report = ParamValidator().validate(params, model.input_shape) if model.input_shape else None
    captured['operation'] = f"{model.service_model.service_name}.{model.name}"
    captured['params'] = encode(params, model.input_shape)
    if report and report.has_errors():
        captured['validation'] = report.generate_report()
    raise Stop()


def run_one(driver, command):
    """What the CLI does with one command line, as a JSON-able dict."""
    captured.clear()
    out, err = io.StringIO(), io.StringIO()
    code = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = driver.main(shlex.split(command)[1:])
        except SystemExit as exit:
            code = exit.code
        except Stop:
            pass
    if 'operation' in captured:
        result = {'operation': captured['operation'], 'params': captured['params']}
        if 'validation' in captured:
            result['accepted'] = False
            result['message'] = captured['validation']
        else:
            result['accepted'] = True
        return result
    text = err.getvalue().strip()
    lines = [line for line in text.splitlines() if line.strip()]
    return {'accepted': code in (0, None), 'message': lines[-1][-300:] if lines else ''}


def run_in_child(function, *arguments):
    """Runs function(*arguments) in a forked child and returns its JSON-able result."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        try:
            data = json.dumps(function(*arguments)).encode()
        except BaseException as error:  # noqa: BLE001 - everything is reported to the parent
            data = json.dumps({'crashed': repr(error)[:300]}).encode()
        with os.fdopen(write, 'wb') as handle:
            handle.write(data)
        os._exit(0)
    os.close(write)
    with os.fdopen(read, 'rb') as handle:
        data = handle.read()
    os.waitpid(pid, 0)
    return json.loads(data) if data else {'crashed': 'no result'}


def run_service(driver, service, commands):
    """In a child: loads the service's model once, then runs each command in a grandchild."""
    session = driver.session
    # Clients are made once per service child and kept (making one costs more than running a line); the
    # handler that records the request is registered before any is made, since a client copies the handlers.
    clients = {}
    make_client = session.create_client

    def create_client(*arguments, **options):
        key = repr((arguments, sorted(options.items(), key=lambda item: item[0])))
        if key not in clients:
            clients[key] = make_client(*arguments, **options)
        return clients[key]

    session.create_client = create_client
    with contextlib.suppress(Exception):
        service_command = driver._get_command_table()[service]
        service_command._get_command_table()
        create_client(service_command.service_model.service_name, region_name=None, endpoint_url=None, verify=None)
    return [run_in_child(run_one, driver, command) for command in commands]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--output', default=DEFAULT_OUTPUT)
    parser.add_argument('--limit', type=int, default=0, help='record only the first N commands (for trying out)')
    parser.add_argument('--work', help='a folder for each service\'s results: services found there are not run '
                        'again, so several runs (one --reverse) can share the work')
    parser.add_argument('--reverse', action='store_true', help='run the services in reverse order')
    arguments = parser.parse_args()
    root = os.path.join(os.path.dirname(awscli.__file__), 'examples')
    lines = example_lines(root)
    if arguments.limit:
        lines = lines[:arguments.limit]
    if arguments.work:
        arguments.work = os.path.abspath(arguments.work)
    arguments.output = os.path.abspath(arguments.output)
    os.chdir(tempfile.mkdtemp(prefix='argot-examples-cwd-'))  # no file an example names exists here
    custom = custom_command_names()
    cases = []
    runnable = {}
    for path, number, command in lines:
        case = {'file': path, 'line': number, 'command': command}
        reason = skip_reason(command, custom)
        if reason:
            case['skipped'] = reason
        else:
            words = [word for word in shlex.split(command)[1:] if not word.startswith('-')]
            runnable.setdefault(words[0] if words else '', []).append(len(cases))
        cases.append(case)
    driver = create_clidriver()
    driver.session.get_component('event_emitter').register_last('before-parameter-build', capture)
    for service in sorted(runnable, reverse=arguments.reverse):
        indexes = runnable[service]
        done = os.path.join(arguments.work, service + '.json') if arguments.work else None
        if done and os.path.exists(done):
            with open(done, encoding='utf-8') as handle:
                results = json.load(handle)
        else:
            results = run_in_child(run_service, driver, service, [cases[index]['command'] for index in indexes])
            if isinstance(results, dict):
                results = [results] * len(indexes)
            if done:
                with open(done + '.part', 'w', encoding='utf-8') as handle:
                    json.dump(results, handle)
                os.replace(done + '.part', done)
        for index, result in zip(indexes, results):
            if 'Unable to retrieve http' in result.get('message', ''):
                # v1 fetched an http(s):// value and could not reach it: the verdict is the network's.
                cases[index]['skipped'] = 'AWS CLI v1 fetches an http(s):// value from the network'
                continue
            cases[index].update(result)
        print(f'{service}: {len(indexes)}', file=sys.stderr)
    document = {'awscli': awscli.__version__, 'botocore': botocore.__version__, 'cases': cases}
    text = json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False) + '\n'
    with open(arguments.output, 'wb') as handle:
        handle.write(gzip.compress(text.encode('utf-8'), mtime=0))


if __name__ == '__main__':
    main()
