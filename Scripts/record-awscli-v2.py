#!/usr/bin/env python3
"""Record the AWS CLI v2 fixtures, so that tests need neither v2 nor its source tree.

Three fixtures, in Tests/Differential/Fixtures/:

- ``awscli-v2-names.json.gz``: every top-level command, command path and option name the pinned v2
  offers, in the format of Scripts/dump-awscli-names.py (that script, run under v2).
- ``awscli-v2-models.json.gz``: what the plain derivation (Documentation/CLILayer.md §1) reads from v2's
  own botocore models: per service the operations with their input member names and types, the
  deprecated and streaming-output marks, the paginators' input tokens and limit keys, and the waiters.
  With Schemas/cli/cli-layer-v2.json it gives back the names above (Tests/Differential/test_cli_layer_v2.py).
- ``awscli-v1-v2-behaviour.json``: command lines run through the real ``aws`` main of both versions,
  with what each did: the API parameters it was about to send (blobs as base64), or its exit code and
  error message, or what it printed (skeletons). The request is stopped before anything is sent.

The .json.gz files are written with a zero timestamp and no file name, and their JSON has sorted keys, so
the same CLI gives the same decompressed bytes.

Usage::

    python3 Scripts/record-awscli-v2.py --source TREE --python VENV/bin/python [--only names|models|behaviour]

TREE is an aws/aws-cli source tree at the tag in Scripts/awscli-v2-pin.json and VENV a virtualenv with its
runtime dependencies (Scripts/setup-awscli-v2.sh makes both). The v1 half of the behaviour fixture comes
from the awscli that the interpreter running this script imports.
"""

import argparse
import base64
import gzip
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
FIXTURES = os.path.join(REPO, 'Tests', 'Differential', 'Fixtures')
NAMES = os.path.join(FIXTURES, 'awscli-v2-names.json.gz')
MODELS = os.path.join(FIXTURES, 'awscli-v2-models.json.gz')
BEHAVIOUR = os.path.join(FIXTURES, 'awscli-v1-v2-behaviour.json')
PIN = os.path.join(HERE, 'awscli-v2-pin.json')
DUMP_NAMES = os.path.join(HERE, 'dump-awscli-names.py')
# Exit code of a run stopped by the capture hook (a request about to be sent), after it wrote the
# parameters the CLI passed to the client.
CAPTURED = 97

# Command lines (without 'aws'), run by both versions. Each shows a difference between v1 and v2,
# or a behaviour both share that the engine must keep. '{dir}' is a scratch folder holding the
# files below.
FILES = {
    'hello.txt': b'hello',
    'aGVsbG8.txt': b'aGVsbG8=',
    'bytes.bin': bytes([0, 1, 2, 254, 255]),
    'records.json': b'[{"Data": "abc"}]',
    'input.yaml': b'AllRegions: true\nRegionNames:\n- eu-west-1\n',
}
VECTORS = [
    # Blob arguments: v1 sends the text as it is; v2 base64-decodes it (--cli-binary-format base64,
    # the default) unless told raw-in-base64-out; fileb:// bytes pass unchanged in both.
    ('blob-top-level-text', ['kinesis', 'put-record', '--stream-name', 's', '--partition-key', 'k',
                             '--data', 'hello']),
    ('blob-top-level-base64', ['kinesis', 'put-record', '--stream-name', 's', '--partition-key', 'k',
                               '--data', 'aGVsbG8=']),
    ('blob-raw-in-base64-out', ['--cli-binary-format', 'raw-in-base64-out', 'kinesis', 'put-record',
                                '--stream-name', 's', '--partition-key', 'k', '--data', 'hello']),
    ('blob-explicit-base64', ['--cli-binary-format', 'base64', 'kinesis', 'put-record',
                              '--stream-name', 's', '--partition-key', 'k', '--data', 'aGVsbG8=']),
    ('blob-in-shorthand', ['firehose', 'put-record-batch', '--delivery-stream-name', 's',
                           '--records', 'Data=abc']),
    ('blob-in-shorthand-base64', ['firehose', 'put-record-batch', '--delivery-stream-name', 's',
                                  '--records', 'Data=YWJj']),
    ('blob-in-json', ['firehose', 'put-record-batch', '--delivery-stream-name', 's',
                      '--records', '[{"Data": "abc"}]']),
    ('blob-file-text', ['kinesis', 'put-record', '--stream-name', 's', '--partition-key', 'k',
                        '--data', 'file://{dir}/hello.txt']),
    ('blob-file-base64-text', ['kinesis', 'put-record', '--stream-name', 's', '--partition-key', 'k',
                               '--data', 'file://{dir}/aGVsbG8.txt']),
    ('blob-fileb', ['kinesis', 'put-record', '--stream-name', 's', '--partition-key', 'k',
                    '--data', 'fileb://{dir}/bytes.bin']),
    ('blob-in-paramfile-json', ['firehose', 'put-record-batch', '--delivery-stream-name', 's',
                                '--records', 'file://{dir}/records.json']),
    ('blob-lambda-payload-json', ['lambda', 'invoke', '--function-name', 'f', '--payload', '{"a": 1}',
                                  '{dir}/out.json']),
    # Parameter files: v1 fetches http:// and https:// URLs (here: a closed local port, so the
    # fetch fails at once); v2 takes the URL as the value.
    ('paramfile-https-url', ['iam', 'create-role', '--role-name', 'r',
                             '--assume-role-policy-document', 'https://127.0.0.1:9/policy.json']),
    ('paramfile-http-url', ['sns', 'publish', '--topic-arn', 'arn:aws:sns:us-east-1:123456789012:t',
                            '--message', 'http://127.0.0.1:9/message.txt']),
    ('paramfile-url-excluded', ['cloudformation', 'create-stack', '--stack-name', 's',
                                '--template-url', 'https://127.0.0.1:9/template.json']),
    # Options and choices only one version has.
    ('global-no-cli-pager', ['--no-cli-pager', 'sts', 'get-caller-identity']),
    ('global-cli-auto-prompt-off', ['--no-cli-auto-prompt', 'sts', 'get-caller-identity']),
    ('global-output-yaml', ['--output', 'yaml', 'sts', 'get-caller-identity']),
    ('global-output-off', ['--output', 'off', 'sts', 'get-caller-identity']),
    ('global-cli-error-format', ['--cli-error-format', 'json', 'sts', 'get-caller-identity']),
    ('global-v2-debug', ['--v2-debug', 'sts', 'get-caller-identity']),
    ('cli-input-yaml', ['ec2', 'describe-regions', '--cli-input-yaml', 'file://{dir}/input.yaml']),
    ('cli-input-json', ['firehose', 'put-record-batch', '--cli-input-json',
                        '{"DeliveryStreamName": "s", "Records": [{"Data": "YWJj"}]}']),
    # Commands only one version has.
    ('command-logs-tail', ['logs', 'tail', 'group', '--since', '2026-01-01T00:00:00Z']),
    ('command-ecr-get-login', ['ecr', 'get-login', '--no-include-email']),
    ('command-configure-list-profiles', ['configure', 'list-profiles']),
    # Shorthand: same grammar, different error rendering.
    ('shorthand-syntax-error', ['ec2', 'create-tags', '--resources', 'i-1', '--tags', 'Key=[a']),
    ('shorthand-list-of-structures', ['ec2', 'create-tags', '--resources', 'i-1',
                                      '--tags', 'Key=a,Value=b', 'Key=c,Value=']),
    ('shorthand-nested', ['directconnect', 'create-bgp-peer', '--virtual-interface-id', 'v',
                          '--new-bgp-peer', 'asn=64600,addressFamily=ipv4,authKey=k']),
    ('shorthand-unclosed-quote', ['ec2', 'create-tags', '--resources', 'i-1',
                                  '--tags', "Key='a,Value=b"]),
    ('shorthand-file-value', ['ec2', 'create-tags', '--resources', 'i-1',
                              '--tags', 'Key=a,Value@=file://{dir}/hello.txt']),
    ('shorthand-list-values', ['ec2', 'describe-instances',
                               '--filters', 'Name=instance-type,Values=t3.micro,t3.small']),
    ('shorthand-bad-integer', ['directconnect', 'create-bgp-peer', '--virtual-interface-id', 'v',
                               '--new-bgp-peer', 'asn=abc']),
    # Skeletons: v2 fills enums with the first value (v1 picks one at random, so v1's input
    # skeletons are recorded only where the shape has no enum) and has yaml-input.
    ('skeleton-input-no-enum', ['kinesis', 'put-record', '--generate-cli-skeleton']),
    ('skeleton-yaml-input', ['kinesis', 'put-record', '--generate-cli-skeleton', 'yaml-input']),
    ('skeleton-input-enum', ['dynamodb', 'create-table', '--generate-cli-skeleton', 'input']),
    ('skeleton-yaml-input-enum', ['dynamodb', 'create-table', '--generate-cli-skeleton', 'yaml-input']),
    ('skeleton-output', ['ec2', 'describe-regions', '--generate-cli-skeleton', 'output']),
    ('skeleton-output-invalid', ['sts', 'get-caller-identity', '--generate-cli-skeleton', 'output']),
]
# v1 picks enum values at random in input skeletons: its result is not recorded for these.
V1_RANDOM = {'skeleton-input-enum'}


# --------------------------------------------------------------------------
# Run inside one CLI (a child process)


def _isolated_environment(home):
    env = {key: value for key, value in os.environ.items()
           if not key.startswith('AWS_') and not key.startswith('BOTO_')}
    env.update({
        'HOME': home,
        'AWS_CONFIG_FILE': os.path.join(home, 'no-config'),
        'AWS_SHARED_CREDENTIALS_FILE': os.path.join(home, 'no-creds'),
        'AWS_DEFAULT_REGION': 'us-east-1',
        'AWS_ACCESS_KEY_ID': 'AKIDEXAMPLE',
        'AWS_SECRET_ACCESS_KEY': 'not-a-secret',
        'AWS_EC2_METADATA_DISABLED': 'true',
        'AWS_PAGER': '',
        'AWS_MAX_ATTEMPTS': '1',
        'LC_ALL': 'C.UTF-8',
        'COLUMNS': '100',
    })
    return env


def _jsonable(value):
    if isinstance(value, (bytes, bytearray)):
        return {'$bytes': base64.b64encode(bytes(value)).decode('ascii')}
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if hasattr(value, 'read'):
        return {'$stream': True}
    return {'$repr': type(value).__name__}


def _run_cli_with_capture(capture_path, argv):
    """Run aws's own main; stop the first request before it is sent and write its parameters."""
    import awscli.clidriver as clidriver

    seen = {}

    def remember(params, model, **_kwargs):
        seen['operation'] = model.name
        seen['params'] = _jsonable(params)

    def capture(**_kwargs):
        # Only a request about to leave stops the run: an output skeleton
        # answers its call itself before this point.
        with open(capture_path, 'w', encoding='utf-8') as handle:
            json.dump(seen, handle, sort_keys=True)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(CAPTURED)

    original = clidriver.create_clidriver

    def create_clidriver(*args, **kwargs):
        driver = original(*args, **kwargs)
        driver.session.register('before-parameter-build', remember)
        driver.session.register('before-send', capture)
        return driver

    clidriver.create_clidriver = create_clidriver
    sys.argv = ['aws'] + argv
    sys.exit(clidriver.main())


def _dump_models():
    """What the plain derivation reads from the models of the CLI being run."""
    import awscli  # noqa: F401  (v2: makes its vendored botocore importable)
    import botocore.session
    from botocore.exceptions import DataNotFoundError

    session = botocore.session.Session()
    services = {}
    for service_name in session.get_available_services():
        model = session.get_service_model(service_name)
        operations = {}
        for operation_name in model.operation_names:
            operation = model.operation_model(operation_name)
            entry = {'members': []}
            if operation.input_shape is not None:
                entry['members'] = [[name, shape.type_name]
                                    for name, shape in operation.input_shape.members.items()]
            if operation.deprecated:
                entry['deprecated'] = True
            if operation.has_streaming_output:
                entry['streamingOutput'] = True
            operations[operation_name] = entry
        service = {'operations': operations,
                   'operationOrder': list(model.operation_names)}
        try:
            paginator_model = session.get_paginator_model(service_name)
        except DataNotFoundError:
            paginator_model = None
        if paginator_model is not None:
            paginators = {}
            for operation_name in model.operation_names:
                try:
                    config = paginator_model.get_paginator(operation_name)
                except ValueError:
                    continue
                tokens = config['input_token']
                paginator = {'inputToken': tokens if isinstance(tokens, list) else [tokens]}
                if 'limit_key' in config:
                    paginator['limitKey'] = config['limit_key']
                paginators[operation_name] = paginator
            service['paginators'] = paginators
        try:
            waiter_model = session.get_waiter_model(service_name)
            service['waiters'] = [[name, waiter_model.get_waiter(name).operation]
                                  for name in waiter_model.waiter_names]
        except DataNotFoundError:
            pass
        services[service_name] = service
    return {'services': services}


def _child(step, argv):
    if step == 'models':
        json.dump(_dump_models(), sys.stdout, sort_keys=True, separators=(',', ':'))
    elif step == 'run':
        _run_cli_with_capture(argv[0], argv[1:])


# --------------------------------------------------------------------------
# Driving the children


class CLI:
    """One AWS CLI: an interpreter and what goes on PYTHONPATH."""

    def __init__(self, python, source=None):
        self.python = python
        self.source = source

    def env(self, home):
        env = _isolated_environment(home)
        if self.source:
            env['PYTHONPATH'] = self.source
        else:
            env.pop('PYTHONPATH', None)
        return env

    def run(self, arguments, home, cwd):
        return subprocess.run([self.python] + arguments, env=self.env(home), cwd=cwd,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)

    def versions(self, home):
        code = ('import awscli, botocore, json; '
                'print(json.dumps([awscli.__version__, botocore.__version__]))')
        result = self.run(['-c', code], home, home)
        result.check_returncode()
        return json.loads(result.stdout)


def _normalize(text, scratch):
    text = text.decode('utf-8', 'replace').replace(scratch, '{dir}')
    lines = [line.rstrip() for line in text.strip('\n').split('\n')]
    out = []
    for line in lines:
        # A failed URL fetch names the connection error of this machine; keep what aws says first.
        marker = line.find('Unable to retrieve ')
        if marker >= 0:
            url_end = line.find(':', line.find('://', marker) + 3)
            url_end = line.find(':', url_end + 1) if url_end >= 0 else -1
            line = line[:url_end + 1] + ' <connection error>' if url_end >= 0 else line
        out.append(line)
    return '\n'.join(out) if out != [''] else ''


def run_vector(cli, argv, home, scratch):
    capture = os.path.join(home, 'capture.json')
    if os.path.exists(capture):
        os.remove(capture)
    argv = [word.replace('{dir}', scratch) for word in argv]
    result = cli.run([os.path.abspath(__file__), '--child', 'run', capture] + argv, home, scratch)
    outcome = {}
    if result.returncode == CAPTURED:
        with open(capture, encoding='utf-8') as handle:
            outcome.update(json.load(handle))
    else:
        outcome['rc'] = result.returncode
        stdout = _normalize(result.stdout, scratch)
        if stdout:
            outcome['stdout'] = stdout
    stderr = _normalize(result.stderr, scratch)
    if stderr:
        outcome['stderr'] = stderr
    return outcome


def record_behaviour(v1, v2, home):
    scratch = tempfile.mkdtemp(prefix='argot-v1v2-')
    try:
        for name, data in FILES.items():
            with open(os.path.join(scratch, name), 'wb') as handle:
                handle.write(data)
        vectors = []
        for name, argv in VECTORS:
            entry = {'name': name, 'argv': argv}
            for label, cli in (('v1', v1), ('v2', v2)):
                if label == 'v1' and name in V1_RANDOM:
                    continue
                entry[label] = run_vector(cli, argv, home, scratch)
                out_file = os.path.join(scratch, 'out.json')
                if os.path.exists(out_file):
                    os.remove(out_file)
            vectors.append(entry)
        return {'files': {k: base64.b64encode(v).decode('ascii') for k, v in FILES.items()},
                'vectors': vectors}
    finally:
        shutil.rmtree(scratch, True)


def write_gzip_json(path, document):
    raw = (json.dumps(document, sort_keys=True, indent=1) + '\n').encode('utf-8')
    buffer = io.BytesIO()
    with gzip.GzipFile(filename='', mode='wb', fileobj=buffer, mtime=0, compresslevel=9) as handle:
        handle.write(raw)
    with open(path, 'wb') as handle:
        handle.write(buffer.getvalue())


def main():
    if len(sys.argv) > 2 and sys.argv[1] == '--child':
        _child(sys.argv[2], sys.argv[3:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--source', required=True, help='aws/aws-cli source tree at the pinned tag')
    parser.add_argument('--python', required=True, help='interpreter with its dependencies')
    parser.add_argument('--only', choices=('names', 'models', 'behaviour'), action='append')
    parser.add_argument('--output-dir', default=FIXTURES, help='where to write the fixtures')
    args = parser.parse_args()
    steps = args.only or ['names', 'models', 'behaviour']
    with open(PIN, encoding='utf-8') as handle:
        pin = json.load(handle)
    v2 = CLI(args.python, os.path.abspath(args.source))
    v1 = CLI(sys.executable)
    home = tempfile.mkdtemp(prefix='argot-awscli-home-')
    try:
        v2_versions = v2.versions(home)
        if v2_versions[0] != pin['tag']:
            sys.exit('the tree is awscli %s, the pin says %s' % (v2_versions[0], pin['tag']))
        source = {'repository': pin['repository'], 'tag': pin['tag'], 'commit': pin['commit']}
        v2_header = {'awscli': v2_versions[0], 'botocore': v2_versions[1], 'source': source}
        os.makedirs(args.output_dir, exist_ok=True)
        if 'names' in steps:
            result = v2.run([DUMP_NAMES], home, home)
            result.check_returncode()
            names = json.loads(result.stdout)
            names['source'] = source
            write_gzip_json(os.path.join(args.output_dir, os.path.basename(NAMES)), names)
        if 'models' in steps:
            result = v2.run([os.path.abspath(__file__), '--child', 'models'], home, home)
            result.check_returncode()
            models = dict(v2_header, **json.loads(result.stdout))
            write_gzip_json(os.path.join(args.output_dir, os.path.basename(MODELS)), models)
        if 'behaviour' in steps:
            v1_versions = v1.versions(home)
            document = {'v1': {'awscli': v1_versions[0], 'botocore': v1_versions[1]},
                        'v2': v2_header}
            document.update(record_behaviour(v1, v2, home))
            path = os.path.join(args.output_dir, os.path.basename(BEHAVIOUR))
            with open(path, 'w', encoding='utf-8') as handle:
                json.dump(document, handle, sort_keys=True, indent=2, ensure_ascii=False)
                handle.write('\n')
    finally:
        shutil.rmtree(home, True)
    return 0


if __name__ == '__main__':
    sys.exit(main())
