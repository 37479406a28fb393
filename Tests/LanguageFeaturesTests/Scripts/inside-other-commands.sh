#!/bin/bash
# aws commands inside backquotes, after xargs, and after an expansion are read too.
VPC=`aws ec2 describe-vpcs --filters Name=isDefault,Values=true --query 'Vpcs[0].VpcId' --output text`
echo "account `aws sts get-caller-identity --query Account --output text`"
aws $EXTRA_ARGS sqs list-queues
aws $PROFILE_ARGS $SERVICE describe-things
echo orders | xargs aws sqs get-queue-url --queue-name
echo orders | xargs -I{} aws sqs get-queue-url --queue-name {}
echo orders | xargs -I % aws sqs get-queue-url --queue-name queue-%
# Still judged.
SUBNETS=`aws ec2 describe-subnetz`
aws $EXTRA_ARGS sqs list-queus
echo orders | xargs -n1 aws sqs get-queue-url --queue-nmae
