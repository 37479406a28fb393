#!/usr/bin/env python3
"""Records the AWS CLI's shorthand behaviour as test vectors for argot's Shorthand module.

Every expected result in the output comes from running the installed AWS CLI (v1) itself:

- "syntax": inputs run through `awscli.shorthand.ShorthandParser().parse` (value, or error class, message
  and caret index);
- "arguments": argument words run through the real CLI argument objects (`CLIArgument._unpack_argument`,
  which emits `process-cli-arg` and so runs `ParamShorthandParser`: JSON detection, the special cases,
  parsing and `BackCompatVisitor` typing against the argument's botocore shape);
- "docs": `ParamShorthandDocGen().generate_shorthand_example` for arguments that take shorthand.

Inputs are generated deterministically (fixed seed) from the botocore models: valid shorthand built from
each argument's shape, plus mutations (bad numbers, unclosed brackets and quotes, trailing and doubled
commas, duplicate and unknown keys, wrong booleans, unicode, `\\,`, whitespace) and random syntax fuzz.

Syntax error messages are rebuilt from the exception's own fields in the AWS CLI 1.45.55 format, because
the installed 1.45.11 prints the placeholder `{self._error_location()}` instead of the caret diagram.

Usage: record-shorthand-vectors.py [OUTPUT]   (default: Tests/ShorthandTests/Fixtures/awscli-shorthand-vectors.json)
"""

import base64
import json
import math
import os
import random
import sys

import awscli
import botocore
from awscli.argprocess import ParamShorthandDocGen, ParamShorthandParser, _supports_shorthand_syntax
from awscli.clidriver import create_clidriver
from awscli.shorthand import ShorthandParser, ShorthandParseSyntaxError

SEED = 20250613

# Services whose CLI command name is the botocore service name, chosen for breadth: deep nesting, maps,
# lists of structures, documents, legacy special cases, unions, recursion.
SERVICES = [
    'apigateway', 'appmesh', 'athena', 'autoscaling', 'backup', 'batch', 'bedrock-agent', 'bedrock-runtime',
    'ce', 'cloudformation', 'cloudwatch', 'codebuild', 'codepipeline', 'cognito-idp', 'directconnect',
    'dynamodb', 'ec2', 'ecs', 'eks', 'elasticache', 'elb', 'elbv2', 'emr', 'events', 'firehose', 'glue',
    'iam', 'iot', 'kinesis', 'kms', 'lambda', 'logs', 'quicksight', 'rds', 'redshift', 'route53',
    'route53resolver', 'sagemaker', 'secretsmanager', 'sns', 'sqs', 'ssm', 'stepfunctions', 'wafv2',
    'workspaces',
]
ARGUMENTS_PER_SERVICE = 9
DOCS_PER_SERVICE = 24

WORDS = [
    'abc', 'my-name', 'Value1', 'x/y:z', 'a b', 'with  two  spaces', 'arn:aws:iam::123456789012:role/demo',
    '\u00fcn\u00efc\u00f6d\u00e9', '\u2713', 'caf\u00e9 \u00e0 la carte', '10.0.0.0/16', 'sg-0123', 'a.b_c#d',
    'tab\there', 'x+y&z', 'semi;colon', 'pct%20', 'tilde~', '*', '!bang', '$HOME', 'dots...',
]
SPECIAL_WORDS = [
    'a\\,b', "'quoted, text'", '"double, quoted"', "'it\\'s'", '"say \\"hi\\""', "'back\\\\slash'",
    '""', "''", 'a=b', '  lead', 'trail  ', 'x]y', 'x}y', 'x[y', 'x{y', '\\c', 'end\\', "'\U0001F600'",
    '\U0001F600', "a'b", '\u00a0nbsp', 'line\nbreak', '@at', 'a@b',
]
INTEGERS_GOOD = ['0', '1', '7', '42', '-1', '65535', '+3', ' 12', '1_000', '007', '\u0663', '\uff11\uff12']
INTEGERS_BAD = ['abc', '1.5', '', '1e3', '0x10', '1__0', '9' * 25, 'true', '- 1']
FLOATS_GOOD = ['1.5', '2', '-0.25', '1e3', '.5', '5.', '1_0.5', 'INF', 'nan', '3.14159']
FLOATS_BAD = ['abc', '', '1.2.3', '1e', 'one']
BOOLEANS = ['true', 'false', 'True', 'FALSE', 'yes', 'no', '1', 'tRuE']
SYNTAX_ALPHABET = list("ab=,[]{}'\"\\ @:#/-._") + ['\n', '\t', '\u2713', '\U0001F600', 'x', 'y', '=', ',', 'k']


# MARK: - Models and arguments

def load_arguments():
    """(service, cli service, operation model name, cli op name, member, argument) for every candidate."""
    driver = create_clidriver()
    commands = driver._get_command_table()
    found = []
    for service in SERVICES:
        command = commands[service]
        for op_name, op_command in sorted(command._get_command_table().items()):
            arg_table = getattr(op_command, 'arg_table', None)
            operation_model = getattr(op_command, '_operation_model', None)
            if arg_table is None or operation_model is None or operation_model.input_shape is None:
                continue
            if operation_model.service_model.service_name != service:
                continue
            members = operation_model.input_shape.members
            for arg_name, arg in sorted(arg_table.items()):
                if type(arg).__name__ not in ('CLIArgument', 'ListArgument'):
                    continue
                member = getattr(arg, '_serialized_name', None)
                model = getattr(arg, 'argument_model', None)
                if member not in members or model is None or members[member].name != model.name:
                    continue
                found.append((service, operation_model.name, op_name, member, arg))
    return found


# MARK: - Generating shorthand from shapes

class Generator:
    def __init__(self, rng):
        self.rng = rng

    def scalar(self, shape, mode):
        """Text for a scalar of this shape; mode 'good' or 'bad' (bad numbers/booleans, odd strings)."""
        rng = self.rng
        kind = shape.type_name
        if kind in ('integer', 'long'):
            if mode == 'bad' and rng.random() < 0.5:
                return rng.choice(INTEGERS_BAD)
            if rng.random() < 0.25:
                return rng.choice(INTEGERS_GOOD)
            low = int(shape.metadata.get('min', 0))
            high = int(min(shape.metadata.get('max', low + 100), low + 100000))
            return str(rng.randint(low, max(low, high)))
        if kind in ('float', 'double'):
            if mode == 'bad' and rng.random() < 0.5:
                return rng.choice(FLOATS_BAD)
            return rng.choice(FLOATS_GOOD)
        if kind == 'boolean':
            return rng.choice(BOOLEANS if mode == 'bad' else BOOLEANS[:4])
        if kind == 'timestamp':
            return rng.choice(['2024-01-02T03:04:05Z', '1700000000'])
        if kind == 'blob':
            return 'aGVsbG8='
        enum = shape.metadata.get('enum')
        if enum and rng.random() < 0.85:
            return rng.choice(enum)
        if mode == 'bad' and rng.random() < 0.4:
            return rng.choice(SPECIAL_WORDS)
        return rng.choice(WORDS)

    def quote_if_needed(self, text, position):
        """Quotes generated words that the grammar can't take bare in this position (mostly)."""
        if text in SPECIAL_WORDS:
            return text
        bad_start = not text or text[0] in '"\',=[{ \t\n' or (position == 'bracketed' and text[0] in ']}')
        bad_chars = any(c in '"\',' for c in text) or any(ord(c) > 0xFFFF for c in text)
        if position == 'bracketed':
            bad_chars = bad_chars or any(c in ']}' for c in text)
        if position == 'second':
            bad_chars = bad_chars or '=' in text
        if not (bad_start or bad_chars or text != text.rstrip()):
            return text
        return "'" + text.replace('\\', '\\\\').replace("'", "\\'") + "'"

    def members(self, shape):
        names = list(shape.members)
        required = [n for n in shape.required_members if n in shape.members]
        chosen = list(required)
        optional = [n for n in names if n not in chosen]
        self.rng.shuffle(optional)
        chosen += optional[:self.rng.randint(1, 4)]
        return [n for n in names if n in chosen]  # model order

    def value(self, shape, depth, position, mode):
        """Text of a value in a position: 'top' (after key= at top level), 'bracketed', 'second'."""
        kind = shape.type_name
        if kind == 'structure':
            if shape.metadata.get('document') or depth > 4:
                return None
            parts = []
            for name in self.members(shape):
                text = self.value(shape.members[name], depth + 1, 'bracketed', mode)
                if text is not None:
                    parts.append(f'{name}={text}')
            return '{' + ','.join(parts) + '}'
        if kind == 'map':
            if depth > 4:
                return None
            keys = shape.key.metadata.get('enum') or ['k1', 'key-2', 'Name', 'a:b']
            chosen = self.rng.sample(list(keys), min(len(keys), self.rng.randint(1, 3)))
            parts = []
            for key in chosen:
                text = self.value(shape.value, depth + 1, 'bracketed', mode)
                if text is not None:
                    parts.append(f'{key}={text}')
            return '{' + ','.join(parts) + '}'
        if kind == 'list':
            if depth > 4:
                return None
            member = shape.member
            count = self.rng.randint(1, 3)
            if member.type_name in ('structure', 'list', 'map'):
                items = [self.value(member, depth + 1, 'bracketed', mode) for _ in range(count)]
                items = [i for i in items if i is not None]
                return '[' + ','.join(items) + ']'
            items = [self.scalar(member, mode) for _ in range(count)]
            if position == 'top' and self.rng.random() < 0.6:
                texts = [self.quote_if_needed(t, 'top' if i == 0 else 'second') for i, t in enumerate(items)]
                return ','.join(texts)
            return '[' + ','.join(self.quote_if_needed(t, 'bracketed') for t in items) + ']'
        return self.quote_if_needed(self.scalar(shape, mode), position)

    def top(self, shape, mode):
        """A whole shorthand word for a structure or map shape."""
        if shape.type_name == 'map':
            keys = shape.key.metadata.get('enum') or ['k1', 'key-2', 'Name', 'a:b', 'x.y']
            chosen = self.rng.sample(list(keys), min(len(keys), self.rng.randint(1, 3)))
            parts = [f'{k}={self.value(shape.value, 1, "top", mode) or "v"}' for k in chosen]
            return ','.join(parts)
        parts = []
        for name in self.members(shape):
            text = self.value(shape.members[name], 1, 'top', mode)
            if text is not None:
                parts.append(f'{name}={text}')
        return ','.join(parts) or 'Unknown=1'


def mutate(text, rng):
    """A broken or unusual variant of a shorthand word."""
    choice = rng.randrange(11)
    if choice == 0 and len(text) > 1:
        return text[:rng.randrange(1, len(text))]
    if choice == 1:
        closers = [i for i, c in enumerate(text) if c in ']}']
        if closers:
            i = rng.choice(closers)
            return text[:i] + text[i + 1:]
    if choice == 2:
        i = rng.randrange(len(text) + 1)
        return text[:i] + rng.choice(['"', "'"]) + text[i:]
    if choice == 3:
        return text + ','
    if choice == 4:
        first = text.split(',')[0]
        return text + ',' + first
    if choice == 5:
        return text + ',Bogus=1'
    if choice == 6:
        i = rng.randrange(len(text) + 1)
        return text[:i] + rng.choice(['=', ',', '[', ']', '{', '}', ' ', '\n', '\U0001F600', '\\', '@', ',,']) + text[i:]
    if choice == 7:
        return text.replace('=', ' = ', 1).replace(',', ' , ', 1)
    if choice == 8:
        return text.replace(',', ',,', 1)
    if choice == 9:
        return ' ' + text
    return text.replace('=', '@=', 1)


# MARK: - Running the AWS CLI

def encode(value):
    """The AWS CLI's Python value as JSON, with tags for what JSON can't hold."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        if -(2 ** 63) <= value < 2 ** 63:
            return value
        return {'$bigint': str(value)}
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        return {'$float': repr(value)}
    if isinstance(value, (bytes, bytearray)):
        return {'$bytes': base64.b64encode(bytes(value)).decode()}
    if isinstance(value, dict):
        return {k: encode(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    raise TypeError(type(value))


def error_record(error):
    """Class, message and index of an exception raised while parsing."""
    record = {'class': type(error).__name__}
    if isinstance(error, ShorthandParseSyntaxError):
        # 1.45.55 format (1.45.11 prints the placeholder instead of the diagram).
        record['message'] = (
            f"Expected: '{error.expected}', received: '{error.actual}' for input:\n{error._error_location()}"
        )
    else:
        record['message'] = str(error)
    if hasattr(error, 'index'):
        record['index'] = error.index
    return record


def run_syntax(text):
    try:
        return {'input': text, 'value': encode(ShorthandParser().parse(text))}
    except Exception as error:  # noqa: BLE001 - every failure is a vector
        return {'input': text, 'error': error_record(error)}


def run_argument(arg, words):
    """What the AWS CLI makes of the words of an argument."""
    model = arg.argument_model
    value = words if model.type_name == 'list' else words[0]
    if not ParamShorthandParser()._should_parse_as_shorthand(arg, value):
        check = words[0].strip()
        return {'kind': 'json' if check.startswith(('[', '{')) else 'notShorthand'}
    try:
        return {'kind': 'shorthand', 'value': encode(arg._unpack_argument(value))}
    except Exception as error:  # noqa: BLE001
        inner = error.__context__ if type(error).__name__ == 'ParamError' and error.__context__ else error
        record = error_record(inner)
        if model.type_name == 'list':
            for index, word in enumerate(words):
                try:
                    ShorthandParser().parse(word)
                except Exception:  # noqa: BLE001
                    record['word'] = index
                    break
        return {'kind': 'shorthand', 'error': record}


# MARK: - Building the vectors

RESEARCH_SYNTAX = [
    'foo=bar,baz=qux', 'foo=', 'foo=,bar=', 'foo=\u2713,\u2713', 'foo=a,b,bar=c,d', 'foo=a,b=with space',
    'foo=a,b=with trailing space  ', 'aws:service:region:124:foo/bar=baz', '#key=value', 'foo=[]',
    'foo=[a=b,c=d]', 'foo  =  [ a , b  , c  ]', 'foo=[,,]', "foo=bar,'baz=qux'", "foo='bar\\'baz'",
    'foo="bar\\\\baz"', 'foo=a\\,b', 'foo=a,\\,bc', 'a=b,c=  d,  e,  f', 'Name=foo,\nValues=a,b,c',
    'a={b={c=d,e=f},g=h}', 'Name=[{foo=[a,b]}, {bar=[c,d]}]', 'foo@=a,b,bar=c,d', 'Bar@=baz,Name={foo@=bar}',
    'foo=a,b@=with space', 'foo', 'foo="bar', '"foo=bar', "foo='bar", 'foo=[bar', 'foo={bar}', 'foo={bar=bar',
    'foo=bar,', 'foo==bar,\nbar=baz', 'foo=bar,foo=qux', 'a=b,c==d', 'a={b', 'Key=a,,Value=b', '=b', 'a=b=c',
    'a=b,c}', 'a=[b c, d]', 'a=[b,]', 'a={b=c,}', 'a=b\\c', 'a=-1,b=1.5', 'a=\U0001F600', "a=x'y", ' a=b',
    'foo="' + '\\' * 100, "foo='" + '\\' * 100, "foo='bar\\'", "a='x\\\\'y'", "a='x\\'y\\'z", 'a="\\"',
    "a='\\\\\\''", 'a=]', 'a=}', 'a={a=1,b=2,a=3}', 'a=[{b=1},c]', 'a=b,,,c=d', 'a=b , c=d', 'a = b',
    'a @ = b', 'a@ =b', 'a=\x01', 'a=b\x7f', 'a=\u00a0b\u00a0', 'a=b\u3000', 'a=[b\u3000]', '', ' ', ',',
    'a=b,', 'a=[b],', 'a={b=c},', 'a=[b]c', 'a=[b] ,c=d', "a='b'c", "a=b,'c", 'a=b,"c"=d', 'a=b,c d=e',
    'a={b=[c,{d=e}]},f=g', 'a=[[b,c],[d]]', 'a={=b}', 'a=[{}]', 'a={}', 'a=[ ]', 'a={ }', 'a=[,]',
    'a=b\\,', 'a=\\,', 'a=b\\,,c', 'a=\\', "a='\\'", 'a@=file://nothing-loaded-without-at', 'a=\n', 'a=b\n',
    '\na=b', 'a=b,\nc=d', 'a=x,y=z,w', 'a=x,y,z=w', "a=x,'y',z=w", 'a=[x,y', 'a={x=[y', 'a={x={y=z}',
    'a=b,c=[d,e],f={g=h}', 'a=b]', 'a=b}', 'a=b[c', 'a=b{c', 'a=b=c,d=e=f', 'a=,b', 'a=,,b=c',
]


def syntax_fuzz(rng, count):
    cases = []
    for _ in range(count):
        length = rng.randint(1, 14)
        text = ''.join(rng.choice(SYNTAX_ALPHABET) for _ in range(length))
        if rng.random() < 0.7:
            text = rng.choice(['a=', 'k=', 'Key=', 'a@=', 'x=y,']) + text
        cases.append(text)
    return cases


def build():
    rng = random.Random(SEED)
    generator = Generator(rng)
    arguments = load_arguments()

    by_service = {}
    for entry in arguments:
        by_service.setdefault(entry[0], []).append(entry)

    vectors = {
        'generator': 'Scripts/record-shorthand-vectors.py',
        'awscli': awscli.__version__,
        'botocore': botocore.__version__,
        'seed': SEED,
        'syntax': [],
        'arguments': [],
        'docs': [],
    }

    syntax_inputs = list(RESEARCH_SYNTAX) + syntax_fuzz(rng, 420)

    for service in SERVICES:
        entries = by_service.get(service, [])
        shorthand = [e for e in entries if _supports_shorthand_syntax(e[4].argument_model)]
        others = [e for e in entries if not _supports_shorthand_syntax(e[4].argument_model)]
        # Documentation lines.
        docgen = ParamShorthandDocGen()
        for service_name, operation, op_cli, member, arg in sorted(
            rng.sample(shorthand, min(len(shorthand), DOCS_PER_SERVICE)), key=lambda e: (e[1], e[3])
        ):
            service_id = arg._operation_model.service_model.service_id.hyphenize()
            line = docgen.generate_shorthand_example(arg, service_id, op_cli)
            vectors['docs'].append(
                {'service': service_name, 'operation': operation, 'member': member, 'cli': arg.cli_name, 'line': line}
            )
        # Arguments.
        chosen = rng.sample(shorthand, min(len(shorthand), ARGUMENTS_PER_SERVICE))
        legacy = [e for e in shorthand if (e[1], e[3]) in LEGACY and e not in chosen]
        chosen += legacy
        chosen.sort(key=lambda e: (e[1], e[3]))
        for service_name, operation, op_cli, member, arg in chosen:
            model = arg.argument_model
            target = model.member if model.type_name == 'list' else model
            word_inputs = []
            for mode in ('good', 'good', 'bad'):
                if model.type_name == 'list':
                    words = [element_word(generator, target, mode) for _ in range(rng.randint(1, 3))]
                else:
                    words = [element_word(generator, target, mode)]
                word_inputs.append(words)
            broken = list(word_inputs[0])
            index = rng.randrange(len(broken))
            broken[index] = mutate(broken[index], rng)
            word_inputs.append(broken)
            broken = list(word_inputs[1])
            broken[0] = mutate(broken[0], rng)
            word_inputs.append(broken)
            for words in word_inputs:
                result = run_argument(arg, words)
                vectors['arguments'].append(
                    {'service': service_name, 'operation': operation, 'member': member, 'words': words, **result}
                )
                if rng.random() < 0.25:
                    syntax_inputs.append(words[0])
        # A few arguments that take no shorthand, and JSON-looking values.
        for service_name, operation, op_cli, member, arg in sorted(
            rng.sample(others, min(len(others), 1)), key=lambda e: (e[1], e[3])
        ):
            words = ['a=b']
            vectors['arguments'].append(
                {'service': service_name, 'operation': operation, 'member': member, 'words': words,
                 **run_argument(arg, words)}
            )
        if shorthand:
            service_name, operation, op_cli, member, arg = shorthand[0]
            for words in (['  {"a": 1}'], ['[1]'], ['\u00a0{']):
                vectors['arguments'].append(
                    {'service': service_name, 'operation': operation, 'member': member, 'words': words,
                     **run_argument(arg, words)}
                )

    lookup = {(e[0], e[1], e[3]): e for e in arguments}
    for service, operation, member, cases in FEATURED:
        service_name, operation, op_cli, member, arg = lookup[(service, operation, member)]
        for words in cases:
            vectors['arguments'].append(
                {'service': service_name, 'operation': operation, 'member': member, 'words': words,
                 **run_argument(arg, words)}
            )
            syntax_inputs.append(words[0])

    for text in syntax_inputs:
        vectors['syntax'].append(run_syntax(text))
    return vectors


# (operation, member) of the AWS CLI's legacy single-member list cases, and the single-Value structures.
LEGACY = {
    ('PutRecordBatch', 'Records'), ('RebootWorkspaces', 'RebootWorkspaceRequests'),
    ('RebuildWorkspaces', 'RebuildWorkspaceRequests'), ('TerminateWorkspaces', 'TerminateWorkspaceRequests'),
    ('RemoveTags', 'Tags'), ('DescribeInstanceHealth', 'Instances'),
    ('DeregisterInstancesFromLoadBalancer', 'Instances'), ('RegisterInstancesWithLoadBalancer', 'Instances'),
    ('ModifyInstanceAttribute', 'InstanceInitiatedShutdownBehavior'), ('ModifyInstanceAttribute', 'InstanceType'),
}


# Hand-picked arguments with hand-written words, recorded on top of the generated ones: the behaviours the
# research notes call out (typing, promotion, special cases, documents, two-word lists, duplicate keys).
FEATURED = [
    ('directconnect', 'CreateBGPPeer', 'newBGPPeer', [
        ['asn=64600,addressFamily=ipv6'], ['asn=abc'], ['asn=1,2'], ['asn={a=b}'], ['asn=[1]'],
        ['asn=99999999999999999999999'], ['asn= 7 ,authKey=x'], ['asnLong=1_000,asn=+5'], ["asn=' 12 '"],
        ['asn=\u0663\u0664'], ['asn='], ['asn=1.0'], ['asn=-0'], ['asn=9223372036854775807'],
        ['asn=-9223372036854775808'], ['asn=9223372036854775808'], ['bogus=1,asn=2'],
    ]),
    ('ec2', 'RunInstances', 'BlockDeviceMappings', [
        ['DeviceName=/dev/sda1,Ebs={VolumeSize=10,Encrypted=true,VolumeType=gp3}'],
        ['DeviceName=/dev/sda1,Ebs={VolumeSize=10,Encrypted=yes}'], ['Ebs={Encrypted=[true]}'],
        ['Ebs={Encrypted={a=b}}'], ['Ebs=x'], ['Ebs={Iops=1,2}'], ['DeviceName=a', 'DeviceName=b,NoDevice='],
        ['Ebs={Throughput=1e3}'], ['Ebs={VolumeSize=10,VolumeSize=11}'],
    ]),
    ('ec2', 'DescribeInstances', 'Filters', [
        ['Name=x,Values=a'], ['Name=x,Values=a,b'], ['Name=x,Values=[a,b]'], ['Name=x,Values=[]'],
        ['Name=x,Values=a', 'Name=y,Values=b,c'], ['Name=x,Values=a,Name=y'], ['Values=a\\,b,c'],
    ]),
    ('ec2', 'CreateTags', 'Tags', [
        ['Key=a,Value=b', 'Key=c,Value=d'], ['Key=a,Value=b,Key=c,Value=d'], ['Key=k,Value=a,b'],
        ["Key=k,Value='a,b'"], ['Key=k,Value="x y"'], ['Key=,Value='],
    ]),
    ('ec2', 'AuthorizeSecurityGroupIngress', 'IpPermissions', [
        ['IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=0.0.0.0/0,Description=ssh}]'],
        ['FromPort=22,ToPort=x'], ['IpRanges={CidrIp=1.2.3.4/32}'], ['IpRanges=[{CidrIp=1.2.3.4/32}'],
        ['FromPort=22,ToPort=22', 'IpProtocol=-1'],
    ]),
    ('ec2', 'ModifyInstanceAttribute', 'InstanceInitiatedShutdownBehavior', [
        ['terminate'], ['Value=stop'], ['a=b'], ['x y'], ['{"Value": "stop"}'],
    ]),
    ('sqs', 'SetQueueAttributes', 'Attributes', [
        ['VisibilityTimeout=15,DelaySeconds=0'], ['NotAnAttribute=1'], ['Policy=file://p.json'],
    ]),
    ('elb', 'RemoveTags', 'Tags', [['a', 'b'], ['Key=a'], ['{"Key": "a"}']]),
    ('elb', 'RegisterInstancesWithLoadBalancer', 'Instances', [['i-1', 'i-2,i-3']]),
    ('bedrock-runtime', 'Converse', 'toolConfig', [
        ['tools=[{toolSpec={name=x,inputSchema={json=abc}}}]'], ['tools=[{toolSpec={name=x}}]'],
        ['tools=[{toolSpec={name=x,inputSchema={}}}]'], ['toolChoice={auto={}}'],
    ]),
    ('dynamodb', 'PutItem', 'Item', [
        ['id={S=abc},n={N=1},flag={BOOL=true},set={SS=[a,b]}'], ['id={S=abc},l={L=[{S=x},{N=2}]}'],
        ['id={BOOL=maybe}'], ['id={NULL=True}'],
    ]),
    ('ecs', 'RegisterTaskDefinition', 'containerDefinitions', [
        ['name=web,image=nginx,cpu=256,memory=512,portMappings=[{containerPort=80,hostPort=80}],essential=true'],
        ['name=web,cpu=x'], ['name=web,environment=[{name=A,value=1},{name=B,value=2}]'],
        ['name=web,command=a,b'], ['name=web,command=a'], ['name=web,portMappings={containerPort=80}'],
    ]),
]


def element_word(generator, shape, mode):
    """One word for a structure/map argument or for one element of a list argument."""
    if shape.type_name in ('structure', 'map'):
        if shape.type_name == 'structure' and list(shape.members) == ['Value'] and generator.rng.random() < 0.5:
            return generator.rng.choice(WORDS)
        return generator.top(shape, mode)
    # A list of lists: each word still parses as key=value.
    return 'a=' + (generator.value(shape, 1, 'top', mode) or 'b')


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    output = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        root, 'Tests', 'ShorthandTests', 'Fixtures', 'awscli-shorthand-vectors.json'
    )
    vectors = build()
    with open(output, 'w', encoding='utf-8') as handle:
        json.dump(vectors, handle, ensure_ascii=False, indent=0, sort_keys=False)
        handle.write('\n')
    print(
        f"{len(vectors['syntax'])} syntax, {len(vectors['arguments'])} argument, {len(vectors['docs'])} doc vectors"
        f" -> {output}",
        file=sys.stderr,
    )


if __name__ == '__main__':
    main()
