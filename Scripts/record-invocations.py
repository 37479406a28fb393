#!/usr/bin/env python3
"""Records what the real AWS CLI (v1, in-process) makes of a few hundred command lines.

For each line an AWS CLI driver runs as `aws` would, with fake credentials and no network: a handler on
`provide-client-params` records the final API parameters, runs botocore's parameter validation on them, and
raises to stop before any request. The fixture keeps, per case: the line, the files it reads, and either the
parameters (and botocore's validation error, if any) or the error the CLI stopped with.

Blob values are stored as the base64 text of the bytes the CLI would send (a string in a blob position is sent
as its UTF-8 bytes by v1; argot replays these cases with `--cli-binary-format raw-in-base64-out`, which is the
v1 behaviour). bytes from fileb:// are stored the same way.

Usage: Scripts/record-invocations.py [--output PATH]
(default: Tests/InvocationTests/Fixtures/awscli-invocations.json)
"""

import argparse
import base64
import contextlib
import io
import json
import os
import shlex
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUTPUT = os.path.join(HERE, '..', 'Tests', 'InvocationTests', 'Fixtures', 'awscli-invocations.json')

os.environ.update({
    'AWS_ACCESS_KEY_ID': 'AKIDEXAMPLE', 'AWS_SECRET_ACCESS_KEY': 'secret', 'AWS_DEFAULT_REGION': 'us-east-1',
    'AWS_EC2_METADATA_DISABLED': 'true', 'AWS_CONFIG_FILE': os.devnull, 'AWS_SHARED_CREDENTIALS_FILE': os.devnull,
    'AWS_PAGER': '',
})
for name in ('AWS_PROFILE', 'AWS_CLI_FILE_ENCODING', 'AWS_DEFAULT_OUTPUT'):
    os.environ.pop(name, None)

import awscli  # noqa: E402
import botocore  # noqa: E402
from awscli.clidriver import create_clidriver  # noqa: E402
from botocore.validate import ParamValidator  # noqa: E402

# Files the cases read, relative to the working directory of the run.
FILES = {
    'peer.json': '{"asn": 64600, "addressFamily": "ipv6"}',
    'peer.txt': 'asn=64601,addressFamily=ipv4',
    'tags.json': '[{"key": "a", "value": "b"}]',
    'input.json': '{"virtualInterfaceId": "dxvif-file", "newBGPPeer": {"asn": 7, "addressFamily": "ipv4"}}',
    'input-list.json': '[1, 2]',
    'bad.json': '{"asn": 64600,',
    'name.txt': 'from-a-file',
    'ids.json': '["i-1", "i-2"]',
    'ids.txt': 'i-1',
    'data.bin': 'binary\u00e9',
    'policy.json': '{"Version": "2012-10-17", "Statement": []}',
    'filters.json': '[{"Name": "tag:Name", "Values": ["a", "b"]}]',
    'ec2-input.json': '{"DryRun": true, "MaxResults": 7, "Filters": [{"Name": "x", "Values": ["y"]}]}',
    'unknown-input.json': '{"Nope": 1}',
}


class Stop(Exception):
    pass


class Recorder:
    def __init__(self):
        self.captured = None
        self.driver = None

    def _fresh_driver(self):
        # One driver per line: some AWS CLI customizations keep state in the session between runs (ec2's
        # argument tables), so reusing a driver makes later lines fail in ways a real run never does.
        driver = create_clidriver()
        driver.session.register('provide-client-params', self._capture)
        return driver

    def _capture(self, params, model, **kwargs):
        report = ParamValidator().validate(params, model.input_shape) if model.input_shape else None
        self.captured = {
            'params': encode(params, model.input_shape),
            'validation': report.generate_report() if report and report.has_errors() else None,
        }
        raise Stop()

    def run(self, line):
        self.captured = None
        self.driver = self._fresh_driver()
        out, err = io.StringIO(), io.StringIO()
        args = shlex.split(line)[1:]
        exit_code = None
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                rc = self.driver.main(list(args))
            except SystemExit as e:
                exit_code = e.code
                rc = e.code
        result = {}
        if self.captured is not None:
            result['params'] = self.captured['params']
            if self.captured['validation']:
                result['outcome'] = 'validation-error'
                result['message'] = self.captured['validation']
            else:
                result['outcome'] = 'ok'
            return result
        text = err.getvalue().strip()
        if exit_code is not None:
            result['outcome'] = 'usage-error'
            result['message'] = text.splitlines()[-1] if text else ''
        elif rc == 0:
            result['outcome'] = 'no-call'  # e.g. --generate-cli-skeleton printed a skeleton
        else:
            result['outcome'] = 'error'
            result['message'] = text
        return result


def encode(value, shape):
    """JSON-able params: blobs as base64 text of their bytes, other bytes marked."""
    if shape is not None and shape.type_name == 'blob':
        if isinstance(value, str):
            return base64.b64encode(value.encode('utf-8')).decode()
        if isinstance(value, (bytes, bytearray)):
            return base64.b64encode(bytes(value)).decode()
    if isinstance(value, (bytes, bytearray)):
        return {'$bytes': base64.b64encode(bytes(value)).decode()}
    if hasattr(value, 'read'):
        return {'$file': getattr(value, 'name', '')}
    if isinstance(value, dict):
        members = getattr(shape, 'members', None) if shape is not None and shape.type_name == 'structure' else None
        result = {}
        for key, item in value.items():
            if members is not None:
                child = members.get(key)
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
    return value


# MARK: - Cases written by hand

DX = 'aws directconnect create-bgp-peer --virtual-interface-id dxvif-fg1vuj3d'
IC = 'aws directconnect create-interconnect --bandwidth 1Gbps --location EqDC2 --interconnect-name x'
HC = 'aws directconnect allocate-hosted-connection --connection-id dxcon-1 --owner-account 123456789012 --bandwidth 50Mbps --connection-name n'
CW = 'aws cloudwatch put-metric-alarm --alarm-name a --evaluation-periods 1 --comparison-operator GreaterThanThreshold'
HAND = [
    # The seed pages.
    DX + ' --new-bgp-peer asn=64600,addressFamily=ipv6',
    IC + ' --tags key=a,value=b key=c,value=d',
    IC,
    # Option forms.
    'aws directconnect create-interconnect --bandwidth=1Gbps --location=EqDC2 --interconnect-name=x',
    'aws --region us-west-2 directconnect --output json create-interconnect --bandwidth 1Gbps --location EqDC2 --interconnect-name x --debug',
    IC + ' --bandwidth 10Gbps',
    IC + ' --bandw 2Gbps',
    IC + ' --provider-name "Some Provider" --lag-id dxlag-1',
    IC + ' --tags',
    IC + ' --tags key=a',
    IC + ' --tags=key=a,value=b',
    IC + ' --tags key=a,value=b --tags key=z,value=y',
    'aws directconnect create-interconnect --tags key=a,value=b --bandwidth 1Gbps --location EqDC2 --interconnect-name x',
    'aws directconnect create-interconnect --bandwidth -5 --location EqDC2 --interconnect-name x',
    'aws directconnect create-interconnect --bandwidth "-x y" --location EqDC2 --interconnect-name x',
    'aws directconnect create-interconnect --bandwidth=-x --location EqDC2 --interconnect-name x',
    # JSON values.
    DX + ' --new-bgp-peer \'{"asn": 64600, "addressFamily": "ipv6"}\'',
    DX + ' --new-bgp-peer \'  {"asn": 1, "authKey": "k"}\'',
    IC + ' --tags \'[{"key": "a", "value": "b"}, {"key": "c"}]\'',
    IC + ' --tags \'{"key": "a", "value": "b"}\' \'{"key": "c", "value": "d"}\'',
    # Files.
    DX + ' --new-bgp-peer file://peer.json',
    DX + ' --new-bgp-peer file://peer.txt',
    IC + ' --tags file://tags.json',
    'aws directconnect create-interconnect --bandwidth 1Gbps --location EqDC2 --interconnect-name file://name.txt',
    # cli-input-json.
    'aws directconnect create-bgp-peer --cli-input-json file://input.json',
    'aws directconnect create-bgp-peer --cli-input-json file://input.json --virtual-interface-id dxvif-cli',
    'aws directconnect create-bgp-peer --cli-input-json \'{"virtualInterfaceId": "v", "newBGPPeer": {"asn": 5}}\' --new-bgp-peer asn=6',
    'aws directconnect create-bgp-peer --cli-input-json \'{"newBGPPeer": {"asn": 5, "bogus": 1}}\'',
    'aws directconnect create-bgp-peer --cli-input-json \'{"Unknown": 1}\'',
    'aws directconnect create-interconnect --cli-input-json \'{"bandwidth": "1Gbps", "location": "l"}\'',
    'aws directconnect create-interconnect --cli-input-json \'{"bandwidth": "1Gbps", "location": "l", "interconnectName": 5}\'',
    'aws ec2 describe-instances --cli-input-json file://ec2-input.json',
    'aws ec2 describe-instances --cli-input-json file://ec2-input.json --max-results 5 --no-dry-run',
    'aws ec2 describe-instances --cli-input-json file://unknown-input.json',
    # Skeletons.
    'aws directconnect create-bgp-peer --generate-cli-skeleton',
    'aws directconnect create-bgp-peer --generate-cli-skeleton input',
    'aws directconnect create-interconnect --generate-cli-skeleton input --bandwidth 1Gbps',
    'aws directconnect create-bgp-peer --generate-cli-skeleton bogus',
    # Mistakes.
    DX + ' --new-bgp-peer asn=abc',
    DX + ' --new-bgp-peer asn=64600,addressFamily=ipv6,bogus=1',
    DX + ' --new-bgp-peer asn=64600,asn=1',
    DX + ' --new-bgp-peer asn=64600,',
    DX + ' --new-bgp-peer "asn=1 2"',
    DX + ' --new-bgp-peer \'{"asn": 64600,\'',
    DX + ' --new-bgp-peer file://missing.json',
    DX + ' --new-bgp-peer file://bad.json',
    DX + ' --new-bgp-peer',
    DX + ' --new-bgp-peer asn=1 extra',
    DX + ' --new-bgp-pear asn=1',
    DX + ' --new-bgp-peer asn=1 --bogus',
    DX + ' --new-bgp-peer asn=1 --bogus=2',
    DX + ' --new-bgp-peer asn=1 -- x',
    'aws directconnect create-bgp-peer --new-bgp-peer asn=1',
    'aws directconnect create-interconnect --bandwidth 1Gbps',
    'aws directconnect create-interconnect --location',
    IC + ' --tags key=a,value=b,key=c',
    IC + ' --tags key=a,value=b key=c,vlaue=d',
    IC + ' --tags \'{"key": "a"}\' key=b',
    'aws directconnect describe-connections --connection-id',
    'aws directconnect describe-connections --connection-id a b',
    'aws directconnect bogus-operation',
    'aws directconnekt describe-connections',
    'aws directconnect create-interconnect --bandwidth 1Gbps --location EqDC2 --interconnect-name x --output yaml-streamx',
    'aws --cli-read-timeout abc directconnect describe-connections',
    'aws ec2 describe-instances --max-results abc',
    'aws ec2 describe-instances --max-results 5.5',
    'aws ec2 describe-instances --max-results " 7 "',
    'aws ec2 describe-instances --max-results 1_000',
    'aws ec2 describe-instances --max-results +3',
    'aws ec2 describe-instances --max-results -3',
    'aws ec2 describe-instances --dry-run --no-dry-run',
    'aws ec2 describe-instances --no-dry-run --dry-run',
    'aws ec2 describe-instances --dry-run=yes',
    'aws ec2 describe-instances --instance-ids i-1 i-2 --dry-run',
    'aws ec2 describe-instances --instance-ids i-1,i-2',
    'aws ec2 describe-instances --instance-ids \'["i-1", "i-2"]\'',
    'aws ec2 describe-instances --instance-ids file://ids.json',
    'aws ec2 describe-instances --instance-ids file://ids.txt',
    'aws ec2 describe-instances --filters Name=a,Values=b,c Name=d,Values=e',
    'aws ec2 describe-instances --filters Name=a,Values=b',
    'aws ec2 describe-instances --filters "Name=tag:Name,Values=[a,b]"',
    'aws ec2 describe-instances --filters file://filters.json',
    'aws ec2 describe-instances --filters Name=a,Values=b Name=c,Vals=d',
    'aws ec2 run-instances --image-id ami-1 --count 2 --instance-type t3.micro',
    'aws ec2 run-instances --image-id ami-1 --count 2:4',
    'aws ec2 run-instances --image-id ami-1 --min-count 1 --max-count 1 --block-device-mappings DeviceName=/dev/sda1,Ebs={VolumeSize=20,Encrypted=true}',
    'aws ec2 run-instances --image-id ami-1 --min-count 1 --max-count 1 --block-device-mappings DeviceName=/dev/sda1,Ebs={VolumeSize=big}',
    'aws ec2 run-instances --image-id ami-1 --min-count 1 --max-count 1 --block-device-mappings DeviceName=/dev/sda1,Ebs={Encrypted=yes}',
    'aws ec2 run-instances --image-id ami-1 --min-count 1 --max-count 1 --tag-specifications \'ResourceType=instance,Tags=[{Key=a,Value=b}]\'',
    'aws ec2 run-instances --image-id ami-1 --min-count 1 --max-count 1 --instance-initiated-shutdown-behavior terminate',
    'aws ec2 modify-instance-attribute --instance-id i-1 --instance-initiated-shutdown-behavior terminate',
    'aws ec2 modify-instance-attribute --instance-id i-1 --instance-initiated-shutdown-behavior Value=stop',
    'aws ec2 modify-instance-attribute --instance-id i-1 --disable-api-termination',
    'aws ec2 modify-instance-attribute --instance-id i-1 --no-disable-api-termination',
    'aws ec2 modify-instance-attribute --instance-id i-1 --user-data Value=aGVsbG8=',
    'aws ec2 create-tags --resources i-1 i-2 --tags Key=a,Value=b Key=c,Value=',
    'aws ec2 create-tags --resources i-1 --tags Key=a,Value=b,Key=c,Value=d',
    'aws ec2 wait instance-running --instance-ids i-1',
    'aws ec2 wait instance-runing --instance-ids i-1',
    'aws ec2 wait instance-running --bogus 1',
    'aws iam create-role --role-name r --assume-role-policy-document file://policy.json',
    'aws iam create-role --role-name r --assume-role-policy-document \'{"Version": "2012-10-17"}\' --tags Key=a,Value=b',
    'aws iam create-role --role-name r',
    'aws iam attach-role-policy --role-name r --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess',
    'aws iam list-roles --max-items 5',
    'aws sqs send-message --queue-url https://q --message-body hi --delay-seconds 5 --message-attributes \'{"a": {"DataType": "String", "StringValue": "x"}}\'',
    'aws sqs send-message --queue-url https://q --message-body hi --message-attributes a={DataType=String,StringValue=x}',
    'aws sqs set-queue-attributes --queue-url https://q --attributes VisibilityTimeout=10,DelaySeconds=5',
    'aws sqs set-queue-attributes --queue-url https://q --attributes \'{"VisibilityTimeout": "10"}\'',
    'aws sqs set-queue-attributes --queue-url https://q --attributes Bogus=1',
    'aws dynamodb put-item --table-name t --item \'{"id": {"S": "1"}, "n": {"N": "5"}}\'',
    'aws dynamodb put-item --table-name t --item id={S=1}',
    'aws dynamodb get-item --table-name t --key \'{"id": {"S": "1"}}\' --consistent-read',
    'aws dynamodb query --table-name t --key-condition-expression "id = :v" --expression-attribute-values \'{":v": {"S": "1"}}\' --limit 10',
    'aws dynamodb query --table-name t --limit 0',
    'aws dynamodb create-table --table-name t --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST',
    'aws dynamodb create-table --table-name t --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH --provisioned-throughput ReadCapacityUnits=5,WriteCapacityUnits=5',
    'aws dynamodb create-table --table-name t --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH --provisioned-throughput ReadCapacityUnits=five,WriteCapacityUnits=5',
    'aws lambda invoke --function-name f out.json',
    'aws lambda update-function-configuration --function-name f --environment Variables={A=1,B=2} --timeout 30 --memory-size 256',
    'aws lambda update-function-configuration --function-name f --environment \'{"Variables": {"A": "1"}}\'',
    'aws lambda update-function-code --function-name f --zip-file fileb://data.bin',
    'aws lambda update-function-code --function-name f --zip-file aGVsbG8=',
    'aws kms encrypt --key-id k --plaintext aGVsbG8=',
    'aws kms encrypt --key-id k --plaintext fileb://data.bin',
    'aws kms decrypt --ciphertext-blob fileb://data.bin',
    'aws kinesis put-record --stream-name s --data aGVsbG8= --partition-key p',
    'aws sns publish --topic-arn arn:aws:sns:us-east-1:1:t --message hi --message-attributes \'{"a": {"DataType": "String", "StringValue": "v"}}\'',
    'aws sns publish --message hi --message-attributes a={DataType=Number,StringValue=1}',
    'aws s3api put-bucket-tagging --bucket b --tagging \'TagSet=[{Key=a,Value=b}]\'',
    'aws s3api put-bucket-versioning --bucket b --versioning-configuration Status=Enabled',
    'aws s3api list-objects-v2 --bucket b --prefix p/ --max-keys 10',
    'aws s3api get-object --bucket b --key k out.txt',
    'aws s3api get-object --bucket b --key k',
    'aws s3api put-object --bucket b --key k --body data.bin',
    'aws s3api put-object --bucket b --key k --body missing.bin',
    'aws s3api put-object --bucket b --key k --metadata a=1,b=2 --content-length 5',
    'aws cloudformation create-stack --stack-name s --template-body file://policy.json --parameters ParameterKey=a,ParameterValue=b ParameterKey=c,ParameterValue=d',
    'aws cloudformation create-stack --stack-name s --parameters ParameterKey=a,ParameterValue=b,c',
    'aws cloudformation create-stack --stack-name s --capabilities CAPABILITY_IAM CAPABILITY_NAMED_IAM',
    'aws cloudformation create-stack --stack-name s --capabilities CAPABILITY_BOGUS',
    'aws logs put-log-events --log-group-name g --log-stream-name s --log-events timestamp=1,message=hi timestamp=2,message=yo',
    'aws logs filter-log-events --log-group-name g --start-time 5 --end-time abc',
    'aws logs get-log-events --log-group-name g --log-stream-name s --start-from-head',
    'aws ecs run-task --cluster c --task-definition td --overrides \'{"containerOverrides": [{"name": "x", "command": ["a", "b"]}]}\'',
    'aws ecs run-task --task-definition td --network-configuration "awsvpcConfiguration={subnets=[s-1,s-2],assignPublicIp=ENABLED}"',
    'aws ecs run-task --task-definition td --count 2',
    'aws route53 change-resource-record-sets --hosted-zone-id Z1 --change-batch \'{"Changes": [{"Action": "UPSERT", "ResourceRecordSet": {"Name": "a", "Type": "A", "TTL": 60, "ResourceRecords": [{"Value": "1.2.3.4"}]}}]}\'',
    'aws autoscaling update-auto-scaling-group --auto-scaling-group-name g --min-size 1 --max-size 3 --desired-capacity 2',
    'aws cloudwatch put-metric-data --namespace n --metric-data MetricName=m,Value=1.5,Unit=Count',
    'aws cloudwatch put-metric-data --namespace n --metric-data MetricName=m,Value=abc',
    'aws cloudwatch get-metric-statistics --namespace n --metric-name m --start-time 2024-01-01T00:00:00Z --end-time 2024-01-02 --period 60 --statistics Average Maximum',
    'aws cloudwatch get-metric-statistics --namespace n --metric-name m --start-time yesterday --end-time 2024-01-02 --period 60',
    'aws firehose put-record-batch --delivery-stream-name s --records aGVsbG8= d29ybGQ=',
    'aws elb remove-tags --load-balancer-names lb --tags a b',
    'aws elb register-instances-with-load-balancer --load-balancer-name lb --instances i-1 i-2',
    'aws workspaces reboot-workspaces --reboot-workspace-requests ws-1 ws-2',
    'aws events put-rule --name r --schedule-expression "rate(5 minutes)" --state ENABLED',
    'aws events put-targets --rule r --targets Id=1,Arn=arn:aws:lambda:us-east-1:1:function:f',
    'aws secretsmanager create-secret --name s --secret-string \'{"a":"b"}\'',
    'aws ssm put-parameter --name p --value v --type SecureString --overwrite',
    'aws ssm send-command --document-name AWS-RunShellScript --targets Key=instanceids,Values=i-1 --parameters commands=ls,uptime',
    'aws ssm send-command --document-name AWS-RunShellScript --parameters \'{"commands": ["ls"]}\'',
    'aws stepfunctions start-execution --state-machine-arn arn:aws:states:us-east-1:1:stateMachine:m --input \'{"a": 1}\'',
    'aws apigateway create-rest-api --name api --endpoint-configuration types=REGIONAL',
    'aws rds create-db-instance --db-instance-identifier d --db-instance-class db.t3.micro --engine mysql --allocated-storage 20 --no-publicly-accessible',
    'aws rds create-db-instance --db-instance-identifier d --db-instance-class db.t3.micro --engine mysql --vpc-security-group-ids sg-1 sg-2',
    'aws ecr put-lifecycle-policy --repository-name r --lifecycle-policy-text file://policy.json',
    'aws sts assume-role --role-arn arn:aws:iam::1:role/r --role-session-name s --duration-seconds 900',
    'aws sts assume-role --role-arn arn:aws:iam::1:role/r --role-session-name s --duration-seconds 10',
    'aws glue create-table --database-name d --table-input \'{"Name": "t", "StorageDescriptor": {"Columns": [{"Name": "c", "Type": "string"}]}}\'',
    'aws eks create-cluster --name c --role-arn arn --resources-vpc-config subnetIds=s-1,s-2,endpointPublicAccess=true',
    'aws codebuild start-build --project-name p --environment-variables-override name=A,value=1,type=PLAINTEXT',
    # Numbers as Python's int() and float() read them: digits of any script, `_`, whitespace int() strips or not.
    HC + ' --vlan \u0661\u0662',
    HC + ' --vlan "\u00a0\u0967_\u0968\u3000"',
    HC + ' --vlan \uff11\uff12',
    HC + ' --vlan \u00b2',
    HC + ' --vlan "\x1c12"',
    HC + ' --vlan 1__2',
    DX + ' --new-bgp-peer asn=\u0661\u0662',
    DX + ' --new-bgp-peer asn=\uff11_\uff12',
    DX + ' --new-bgp-peer asn=\u00b2',
    'aws ec2 describe-instances --max-results \u0967\u0966',
    CW + ' --threshold \u0661.\u0665',
    CW + ' --threshold " 2_5.0e-1 "',
    CW + ' --threshold 2_.5',
]


# MARK: - Cases generated from the models

SERVICES = [
    'acm', 'apigateway', 'appsync', 'athena', 'autoscaling', 'backup', 'batch', 'cloudformation', 'cloudfront',
    'cloudtrail', 'cloudwatch', 'codebuild', 'codecommit', 'codepipeline', 'cognito-idp', 'config', 'datasync',
    'directconnect', 'dms', 'dynamodb', 'ec2', 'ecr', 'ecs', 'efs', 'eks', 'elasticache', 'elbv2', 'emr', 'events',
    'firehose', 'glue', 'guardduty', 'iam', 'iot', 'kinesis', 'kms', 'lambda', 'logs', 'opensearch',
    'organizations', 'rds', 'redshift', 'route53', 's3api', 'sagemaker', 'secretsmanager', 'ses', 'sns', 'sqs',
    'ssm', 'stepfunctions', 'sts', 'transfer', 'waf', 'wafv2', 'workspaces', 'xray',
]


class Generator:
    """Builds command lines from the CLI's own argument tables, deterministically."""

    def __init__(self, driver):
        self.driver = driver
        self.table = driver._get_command_table()

    def cases(self, per_service):
        lines = []
        for service in SERVICES:
            command = self.table.get(service)
            if command is None or not hasattr(command, '_get_command_table'):
                continue
            operations = [name for name, op in sorted(command._get_command_table().items())
                          if hasattr(op, 'arg_table') and name != 'wait']
            picked = operations[::max(1, len(operations) // per_service)][:per_service]
            for number, name in enumerate(picked):
                op = command._get_command_table()[name]
                try:
                    arg_table = op.arg_table
                except Exception:
                    continue
                line = self.line(service, name, arg_table, variant=number)
                if line:
                    lines.append(line)
        return lines

    def line(self, service, operation, arg_table, variant):
        words = ['aws', service, operation]
        members = [(name, arg) for name, arg in arg_table.items()
                   if getattr(arg, 'argument_model', None) is not None and hasattr(arg, '_serialized_name')
                   and not name.startswith('no-')]
        required = [(n, a) for n, a in members if a.required]
        optional = [(n, a) for n, a in members if not a.required]
        chosen = required + optional[variant % 3: variant % 3 + 2]
        for name, arg in chosen:
            model = arg.argument_model
            if model.type_name == 'boolean':
                words.append('--' + name if variant % 2 == 0 else '--no-' + name)
                continue
            if model.type_name == 'blob' and model.serialization.get('streaming'):
                continue
            rendered = self.value(model, name, variant, depth=0, top=True)
            if rendered is None:
                return None
            words.append('--' + name)
            words.extend(rendered)
        if variant % 7 == 3 and required:
            # A mistake: drop the first required option.
            dropped = '--' + required[0][0]
            index = words.index(dropped)
            end = index + 1
            while end < len(words) and not words[end].startswith('--'):
                end += 1
            del words[index:end]
        return ' '.join(shlex.quote(word) for word in words)

    def scalar(self, model, name, variant):
        kind = model.type_name
        if kind in ('integer', 'long'):
            low = model.metadata.get('min', 1)
            return str(int(max(low, 1) + variant % 3))
        if kind in ('float', 'double'):
            return '1.5'
        if kind == 'boolean':
            return 'true'
        if kind == 'timestamp':
            return '2024-05-01T10:00:00Z'
        if kind == 'blob':
            return 'aGVsbG8='
        enum = getattr(model, 'enum', None)
        if enum:
            return enum[variant % len(enum)]
        low = int(model.metadata.get('min', 0) or 0)
        text = 'v-%s-%d' % (name.lower()[:12], variant)
        if low > len(text):
            text = text + 'x' * (low - len(text))
        return text

    def value(self, model, name, variant, depth, top=False):
        """The words for a value: a list of words at the top, one string below."""
        kind = model.type_name
        if model.is_document_type if hasattr(model, 'is_document_type') else False:
            return ['{"doc": [1, 2]}'] if top else None
        if kind not in ('structure', 'list', 'map'):
            text = self.scalar(model, name, variant)
            return [text] if top else text
        if depth > 1:
            return None
        if kind == 'list':
            member = model.member
            if member.type_name in ('structure', 'list', 'map'):
                if getattr(member, 'is_document_type', False):
                    return None
                if variant % 4 == 1:
                    items = [self.json_value(member, variant), self.json_value(member, variant + 1)]
                    if None in items:
                        return None
                    return ['[' + ', '.join(items) + ']'] if top else None
                items = [self.shorthand(member, variant + i, depth + 1) for i in range(2)]
                if None in items:
                    return None
                return items if top else '[' + ','.join('{%s}' % i for i in items) + ']'
            items = [self.scalar(member, name, variant + i) for i in range(2)]
            return items if top else '[' + ','.join(items) + ']'
        if variant % 4 == 1 and top:
            text = self.json_value(model, variant)
            return None if text is None else [text]
        text = self.shorthand(model, variant, depth)
        if text is None:
            return None
        return [text] if top else '{' + text + '}'

    def shorthand(self, model, variant, depth):
        if getattr(model, 'is_document_type', False) or depth > 2:
            return None
        if model.type_name == 'map':
            value = model.value
            if value.type_name in ('structure', 'list', 'map'):
                inner = self.value(value, 'v', variant, depth + 1)
                return None if inner is None else 'k1=%s' % inner
            return 'k1=%s,k2=%s' % (self.scalar(value, 'v', variant), self.scalar(value, 'w', variant + 1))
        if model.type_name != 'structure':
            return None
        parts = []
        members = list(model.members.items())
        required = set(model.metadata.get('required', []))
        chosen = [(n, m) for n, m in members if n in required] or members[:2]
        if getattr(model, 'is_tagged_union', False):
            chosen = members[:1]
        for member_name, member in chosen[:4]:
            if member.type_name in ('structure', 'list', 'map'):
                inner = self.value(member, member_name, variant, depth + 1)
                if inner is None:
                    return None
                parts.append('%s=%s' % (member_name, inner))
            else:
                text = self.scalar(member, member_name, variant)
                if any(c in text for c in ',=[]{}"\' '):
                    return None
                parts.append('%s=%s' % (member_name, text))
        return ','.join(parts) if parts else None

    def json_value(self, model, variant):
        def build(shape, depth):
            if getattr(shape, 'is_document_type', False):
                return {'doc': True}
            kind = shape.type_name
            if kind == 'structure':
                if depth > 3:
                    return {}
                required = set(shape.metadata.get('required', []))
                names = [n for n in shape.members if n in required] or list(shape.members)[:2]
                if getattr(shape, 'is_tagged_union', False):
                    names = list(shape.members)[:1]
                return {n: build(shape.members[n], depth + 1) for n in names[:4]}
            if kind == 'list':
                return [build(shape.member, depth + 1)] if depth <= 3 else []
            if kind == 'map':
                return {'key': build(shape.value, depth + 1)} if depth <= 3 else {}
            if kind in ('integer', 'long'):
                return int(max(shape.metadata.get('min', 1), 1))
            if kind in ('float', 'double'):
                return 2.5
            if kind == 'boolean':
                return variant % 2 == 0
            if kind == 'blob':
                return 'aGVsbG8='
            return self.scalar(shape, 'j', variant)
        return json.dumps(build(model, 0))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--output', default=DEFAULT_OUTPUT)
    options = parser.parse_args()
    recorder = Recorder()
    lines = list(HAND) + Generator(create_clidriver()).cases(per_service=4)
    seen = set()
    cases = []
    with tempfile.TemporaryDirectory() as folder:
        for name, content in FILES.items():
            with open(os.path.join(folder, name), 'w', encoding='utf-8') as handle:
                handle.write(content)
        previous = os.getcwd()
        os.chdir(folder)
        try:
            for line in lines:
                if line in seen:
                    continue
                seen.add(line)
                case = {'line': line}
                case.update(recorder.run(line))
                cases.append(case)
        finally:
            os.chdir(previous)
    document = {
        'comment': 'Generated by Scripts/record-invocations.py: what AWS CLI v1 makes of each line (params or error).',
        'awscli': awscli.__version__,
        'botocore': botocore.__version__,
        'files': FILES,
        'cases': cases,
    }
    with open(options.output, 'w', encoding='utf-8') as handle:
        json.dump(document, handle, indent=1, sort_keys=False, ensure_ascii=False)
        handle.write('\n')
    counts = {}
    for case in cases:
        counts[case['outcome']] = counts.get(case['outcome'], 0) + 1
    print('%d cases: %s' % (len(cases), ', '.join('%s %d' % item for item in sorted(counts.items()))),
          file=sys.stderr)


if __name__ == '__main__':
    main()
