#!/bin/bash
# Words bash brace-expands or globs before the AWS CLI sees them.
aws ec2 run-instances --image-id ami-1 --tag-specifications ResourceType=instance,Tags=[{Key=Name,Value=web}]
aws ec2 describe-instances --filters Name=tag:Name,Values=*
aws ec2 describe-instances --query Reservations[].Instances[].InstanceId
# Not reported: quoted, a URL, the paths of the CLI's own commands, an assignment before the program.
aws ec2 run-instances --image-id ami-1 --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web}]'
aws ec2 describe-instances --filters "Name=tag:Name,Values=*" --query 'Reservations[*]'
aws s3 rm s3://$BUCKET/logs/* --recursive
aws s3 cp ./*.txt s3://$BUCKET/
TAGS={a,b} aws ec2 describe-tags
