#!/usr/bin/env python3
"""Records what the real AWS CLI prints for `--generate-cli-skeleton`, as test vectors for the Skeleton module.

The AWS CLI runs in this process: one driver is created and every command goes through its `main`, exactly as
`aws SERVICE OPERATION --generate-cli-skeleton KIND` would, with standard output captured. Between commands the
session's event handlers are put back as they were: building an operation's arguments registers handlers on
`calling-command.*` (the skeleton argument's among them) that would otherwise answer for every later command.

Kinds:

  input       (default) with the installed AWS CLI v1. v1 picks a random enum value; `random.choice` is made to
              return the first value, which is the v2 rule. Writes Tests/SkeletonTests/Fixtures/
              awscli-input-skeletons.json: every Direct Connect operation plus a fixed, broad sample of others.
  output      with AWS CLI v1, for operations without required parameters (the command runs through a stub);
              operations that v1 cannot answer (its stub fails validation, e.g. on blobs or `min` lengths) are
              listed separately. Writes .../awscli-output-skeletons.json.
  yaml-input  needs AWS CLI v2, which is not on PyPI: run this script with a Python that imports AWS CLI v2
              from its source (PYTHONPATH=<v2 source tree>, with its requirements installed) and pass
              --botocore-data <data folder of the pinned botocore> so that v2 reads the same models as the
              Swift tests. The operations are those of the input fixture. Writes .../awscli-yaml-skeletons.json.

--all records every operation that has the option instead of the sample (for local sweeps; large).

Usage:
  python3 Scripts/record-skeletons.py [--kind input|output|yaml-input] [--all] [-o FILE]
"""

import argparse
import contextlib
import copy
import gzip
import hashlib
import io
import json
import os
import random
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / 'Tests' / 'SkeletonTests' / 'Fixtures'
DEFAULT_OUTPUT = {
    'input': FIXTURES / 'awscli-input-skeletons.json',
    'output': FIXTURES / 'awscli-output-skeletons.json',
    'yaml-input': FIXTURES / 'awscli-yaml-skeletons.json',
}

# Operations that must be in the sample whatever the selection below picks: (botocore service, operation).
REQUIRED = [
    ('ec2', 'RunInstances'), ('s3', 'PutObject'), ('dynamodb', 'CreateTable'), ('iam', 'CreateRole'),
    ('lambda', 'CreateFunction'), ('cloudformation', 'CreateStack'), ('ecs', 'RegisterTaskDefinition'),
    ('sqs', 'SendMessage'), ('sqs', 'CreateQueue'), ('dynamodb', 'PutItem'), ('ecs', 'CreateService'),
    ('iam', 'PutRolePolicy'), ('lambda', 'UpdateFunctionConfiguration'), ('cloudformation', 'UpdateStack'),
    ('autoscaling', 'PutScalingPolicy'), ('kms', 'Encrypt'), ('cloudwatch', 'GetMetricData'),
    ('bedrock-runtime', 'Converse'), ('s3', 'PutBucketLifecycleConfiguration'), ('ec2', 'CreateLaunchTemplate'),
]

# The services sampled, and how many operations each contributes (besides REQUIRED).
SERVICES = [
    'acm', 'apigateway', 'appsync', 'athena', 'autoscaling', 'backup', 'batch', 'bedrock', 'bedrock-agent',
    'bedrock-runtime', 'cloudformation', 'cloudfront', 'cloudtrail', 'cloudwatch', 'codebuild', 'codepipeline',
    'cognito-idp', 'config', 'datasync', 'dms', 'dynamodb', 'ec2', 'ecr', 'ecs', 'efs', 'eks', 'elasticache',
    'elbv2', 'emr', 'events', 'firehose', 'glue', 'iam', 'iot', 'kafka', 'kinesis', 'kms', 'lambda', 'logs',
    'organizations', 'rds', 'redshift', 'route53', 's3', 's3control', 'sagemaker', 'secretsmanager', 'ses',
    'sesv2', 'sns', 'sqs', 'ssm', 'stepfunctions', 'sts', 'wafv2',
]
PER_SERVICE = 6
# Sampled operations must stay small so that the fixture does too; REQUIRED ones may be large.
SAMPLE_LIMIT = 6000
# Per feature of the input shape, at least this many operations (taken from any sampled service).
FEATURE_MINIMUM = 6
FEATURE_LIMIT = 12000


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--kind', choices=['input', 'output', 'yaml-input'], default='input')
    parser.add_argument('--all', action='store_true', help='every operation, not the sample')
    parser.add_argument('-o', '--output', type=Path)
    parser.add_argument('--botocore-data', type=Path, help='models for AWS CLI v2 (yaml-input)')
    parser.add_argument('--operations-from', type=Path, help='the operations of this fixture (yaml-input)')
    return parser.parse_args()


def isolate_environment():
    """No user configuration, no network: what the tests see must not depend on the machine."""
    for name in list(os.environ):
        if name.startswith('AWS_') and name != 'AWS_DATA_PATH':
            del os.environ[name]
    os.environ.update({
        'AWS_DEFAULT_REGION': 'us-east-1', 'AWS_ACCESS_KEY_ID': 'AKIDEXAMPLE',
        'AWS_SECRET_ACCESS_KEY': 'secret', 'AWS_CONFIG_FILE': os.devnull,
        'AWS_SHARED_CREDENTIALS_FILE': os.devnull, 'AWS_PAGER': '',
    })


class Driver:
    """One AWS CLI driver, run command after command."""

    def __init__(self):
        import awscli
        import awscli.clidriver
        import botocore
        import botocore.utils
        # v1 chooses enum values at random; v2 takes the first one. Make v1 do what v2 does.
        botocore.utils.random = _FirstChoice()
        self.awscli_version = awscli.__version__
        self.botocore_version = botocore.__version__
        self.driver = awscli.clidriver.create_clidriver()
        self._commands = {}
        self._loaded = set()

    def commands(self, services=None):
        """{(botocore service, operation name): (cli service, cli operation, has --generate-cli-skeleton)}.

        Only the command tables of `services` (botocore names; all when None) are built: that is the slow part.
        """
        import awscli.clidriver
        for service_name, command in sorted(self.driver._get_command_table().items()):
            if not isinstance(command, awscli.clidriver.ServiceCommand):
                continue
            botocore_name = command._service_name
            if botocore_name in self._loaded or (services is not None and botocore_name not in services):
                continue
            self._loaded.add(botocore_name)
            with self._pristine(service_name):
                for operation_name, operation in command._get_command_table().items():
                    model = getattr(operation, '_operation_model', None)
                    if model is None:
                        continue
                    key = (model.service_model.service_name, model.name)
                    self._commands.setdefault(
                        key, (service_name, operation_name, 'generate-cli-skeleton' in operation.arg_table))
        return self._commands

    @contextlib.contextmanager
    def _pristine(self, service_name):
        """Undoes the handlers registered and the command table built inside the block."""
        session = self.driver.session
        # v1 wraps the emitter in an aliaser; v2's emitter also remembers which plugins it has loaded.
        emitter = getattr(session, '_original_handler', None) or session._events
        saved = {name: copy.copy(value) for name, value in emitter.__dict__.items()}
        try:
            yield
        finally:
            emitter.__dict__.update(saved)
            emitter._lookup_cache = {}
            command = self.driver._get_command_table().get(service_name)
            if hasattr(command, '_command_table'):
                command._command_table = None

    def run(self, words):
        self.driver._get_command_table()
        out, err = io.StringIO(), io.StringIO()
        with self._pristine(words[0]), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = self.driver.main(list(words))
            except SystemExit as exit:
                code = exit.code
        return code, out.getvalue(), err.getvalue()

    def skeleton(self, service, operation, kind):
        cli_service, cli_operation, _ = self.commands({service})[(service, operation)]
        return self.run([cli_service, cli_operation, '--generate-cli-skeleton', kind])


class _FirstChoice:
    """Stands in for the `random` module inside botocore.utils."""

    def __getattr__(self, name):
        return getattr(random, name)

    @staticmethod
    def choice(sequence):
        return sequence[0]


# --------------------------------------------------------------------------
# Choosing the sample.

def load_models(data_directory):
    """{service: parsed newest service-2.json} for the sampled services, straight from botocore's data."""
    models = {}
    for service in set(SERVICES) | {'directconnect'} | {s for s, _ in REQUIRED}:
        versions = sorted((data_directory / service).iterdir())
        path = versions[-1] / 'service-2.json.gz'
        with gzip.open(path, 'rt', encoding='utf-8') as stream:
            models[service] = json.load(stream)
    return models


def features(model, shape_name):
    """The kinds of value an input shape holds: union, document, recursion, blob, timestamp, float, map, ..."""
    found = set()
    shapes = model['shapes']

    def walk(name, stack):
        shape = shapes[name]
        kind = shape['type']
        if kind == 'structure':
            if shape.get('document'):
                found.add('document')
                return
            if shape.get('union'):
                found.add('union')
            if name in stack:
                found.add('recursion')
                return
            for member in shape.get('members', {}).values():
                walk(member['shape'], stack + [name])
        elif kind == 'list':
            if shapes[shape['member']['shape']]['type'] == 'list':
                found.add('list of lists')
            walk(shape['member']['shape'], stack)
        elif kind == 'map':
            found.add('map')
            walk(shape['value']['shape'], stack)
        elif kind in ('blob', 'timestamp'):
            found.add(kind)
        elif kind in ('float', 'double'):
            found.add('float')
        elif kind == 'string' and 'enum' in shape:
            found.add('enum')

    walk(shape_name, [])
    return found


def stable_order(service, names):
    return sorted(names, key=lambda name: hashlib.sha256(f'{service}/{name}'.encode()).hexdigest())


def choose_sample(driver, data_directory):
    commands = driver.commands(set(SERVICES) | {'directconnect'} | {service for service, _ in REQUIRED})
    models = load_models(data_directory)
    chosen = {}

    def add(service, operation, limit=None):
        if (service, operation) in chosen or not commands.get((service, operation), (0, 0, False))[2]:
            return False
        code, text, error = driver.skeleton(service, operation, 'input')
        if code != 0:
            print(f'{service} {operation}: rc {code}: {error.strip()}', file=sys.stderr)
            return False
        if limit is not None and len(text) > limit:
            return False
        chosen[(service, operation)] = text
        return True

    for service, operation in sorted(commands):
        if service == 'directconnect':
            add(service, operation)
    for service, operation in REQUIRED:
        if not add(service, operation):
            raise SystemExit(f'{service} {operation}: no input skeleton')
    candidates = []
    for service in SERVICES:
        names = stable_order(service, models[service]['operations'])
        taken = 0
        for name in names:
            if taken < PER_SERVICE and add(service, name, SAMPLE_LIMIT):
                taken += 1
            elif taken >= PER_SERVICE:
                candidates.append((service, name))
    # Top up the kinds of value that the plain sample has too few of.
    wanted = ['union', 'document', 'recursion', 'blob', 'timestamp', 'float', 'map', 'list of lists', 'enum']
    counts = {feature: 0 for feature in wanted}
    shape_features = {}
    for service, operation in list(chosen) + candidates:
        input_ref = models.get(service, {}).get('operations', {}).get(operation, {}).get('input')
        shape_features[(service, operation)] = features(models[service], input_ref['shape']) if input_ref else set()
    for key in chosen:
        for feature in shape_features.get(key, ()):
            counts[feature] += 1
    for service, operation in candidates:
        missing = [feature for feature in shape_features[(service, operation)] if counts[feature] < FEATURE_MINIMUM]
        if missing and add(service, operation, FEATURE_LIMIT):
            for feature in shape_features[(service, operation)]:
                counts[feature] += 1
    return chosen, counts


# --------------------------------------------------------------------------
# The kinds.

def record_input(driver, everything):
    if everything:
        chosen = {}
        for (service, operation), (_, _, has_option) in sorted(driver.commands().items()):
            if has_option:
                code, text, _ = driver.skeleton(service, operation, 'input')
                if code == 0:
                    chosen[(service, operation)] = text
        counts = None
    else:
        import botocore
        data = Path(botocore.__file__).parent / 'data'
        chosen, counts = choose_sample(driver, data)
    entries = []
    for (service, operation), text in sorted(chosen.items()):
        cli_service, cli_operation, _ = driver.commands()[(service, operation)]
        entries.append({'service': service, 'operation': operation,
                        'command': f'aws {cli_service} {cli_operation}', 'text': text})
    return {'features': counts} if counts else {}, entries


def record_output(driver, everything):
    """Operations without required input members, run with `--generate-cli-skeleton output`."""
    import botocore.session
    session = botocore.session.get_session()
    services = set(SERVICES) | {'directconnect'}
    services = sorted({s for s, _ in driver.commands(None if everything else services)} & (services | set(
        s for s, _ in driver.commands() if everything)))
    entries, failures = [], []
    for service in services:
        model = session.get_service_model(service)
        names = model.operation_names if everything else stable_order(service, model.operation_names)
        taken = 0
        for name in names:
            if not everything and taken >= 2 and service != 'directconnect':
                break
            command = driver.commands().get((service, name))
            if command is None or not command[2]:
                continue
            operation = model.operation_model(name)
            if operation.input_shape is not None and operation.input_shape.required_members:
                continue
            code, text, error = driver.skeleton(service, name, 'output')
            if code == 0:
                entries.append({'service': service, 'operation': name,
                                'command': f'aws {command[0]} {command[1]}', 'text': text})
                taken += 1
            else:
                failures.append({'service': service, 'operation': name,
                                 'error': error.strip().splitlines()[-1] if error.strip() else f'rc {code}'})
    return {'failures': failures}, entries


def record_yaml(driver, operations_from, tolerant):
    """The yaml-input skeletons of the operations in `operations_from`. With `tolerant` (a sweep of another
    fixture), operations that AWS CLI v2 cannot run on the pinned models are listed instead of stopping."""
    with open(operations_from, encoding='utf-8') as stream:
        reference = json.load(stream)
    entries, differences, skipped = [], [], []
    for vector in reference['skeletons']:
        service, operation = vector['service'], vector['operation']
        try:
            code, text, error = driver.skeleton(service, operation, 'yaml-input')
            # The same models must give v2 the same JSON as v1 with first-choice enums.
            json_code, json_text, _ = driver.skeleton(service, operation, 'input')
        except Exception as failure:  # v2 customizations that expect v2's own models (later: KeyError)
            if not tolerant:
                raise
            skipped.append(f'{service} {operation}: {type(failure).__name__}: {failure}')
            continue
        if code != 0 or json_code != 0:
            if not tolerant:
                raise SystemExit(f'{service} {operation}: rc {code}: {error}')
            skipped.append(f'{service} {operation}: rc {code}')
            continue
        if json_text != vector['text']:
            differences.append(f'{service} {operation}')
            continue
        entries.append({'service': service, 'operation': operation, 'command': vector['command'], 'text': text})
    if differences and not tolerant:
        raise SystemExit('AWS CLI v2 did not read the same models: ' + ', '.join(differences[:10]))
    return ({'skipped': skipped, 'different models': differences} if tolerant else {}), entries


def stage_models(data_directory, services, staging):
    """AWS CLI v2 reads plain JSON only: unpack the pinned models (and their paginators and waiters, which must
    agree with them) where AWS_DATA_PATH points."""
    for service in services:
        source = sorted((data_directory / service).iterdir())[-1]
        target = staging / service / source.name
        target.mkdir(parents=True)
        for path in source.iterdir():
            name = path.name
            if not name.startswith(('service-2.', 'paginators-1.', 'waiters-2.')):
                continue
            if name.endswith('.gz'):
                with gzip.open(path, 'rb') as stream, open(target / name[:-3], 'wb') as out:
                    shutil.copyfileobj(stream, out)
            else:
                shutil.copy(path, target / name)


def main():
    arguments = parse_arguments()
    isolate_environment()
    staging = None
    if arguments.kind == 'yaml-input':
        if not arguments.botocore_data:
            raise SystemExit('yaml-input needs --botocore-data')
        operations_from = arguments.operations_from or DEFAULT_OUTPUT['input']
        with open(operations_from, encoding='utf-8') as stream:
            services = {vector['service'] for vector in json.load(stream)['skeletons']}
        staging = Path(tempfile.mkdtemp(prefix='argot-skeleton-models-'))
        stage_models(arguments.botocore_data, services, staging)
        os.environ['AWS_DATA_PATH'] = str(staging)
    else:
        os.environ.pop('AWS_DATA_PATH', None)
    try:
        driver = Driver()
        major = driver.awscli_version.split('.')[0]
        if (arguments.kind == 'yaml-input') != (major == '2'):
            raise SystemExit(f'--kind {arguments.kind} cannot be recorded with AWS CLI {driver.awscli_version}')
        if arguments.kind == 'input':
            extra, entries = record_input(driver, arguments.all)
        elif arguments.kind == 'output':
            extra, entries = record_output(driver, arguments.all)
        else:
            extra, entries = record_yaml(driver, operations_from, tolerant=arguments.operations_from is not None)
    finally:
        if staging:
            shutil.rmtree(staging, ignore_errors=True)
    document = {
        'about': f'aws SERVICE OPERATION --generate-cli-skeleton {arguments.kind}, as the AWS CLI prints it; '
                 'recorded by Scripts/record-skeletons.py',
        'kind': arguments.kind,
        'awscli': driver.awscli_version if major == '1' else '2 (from source)',
        'botocore': driver.botocore_version if major == '1' else 'models of the pinned botocore',
        'enums': 'first value (the AWS CLI v2 rule)',
        'operations': len(entries),
        'services': len({entry['service'] for entry in entries}),
        **extra,
        'skeletons': entries,
    }
    output = arguments.output or DEFAULT_OUTPUT[arguments.kind]
    with open(output, 'w', encoding='utf-8') as stream:
        json.dump(document, stream, indent=1, ensure_ascii=True)
        stream.write('\n')
    print(f'{output}: {len(entries)} operations in {document["services"]} services', file=sys.stderr)


if __name__ == '__main__':
    main()
