#!/bin/bash
# Each command here is refused by the AWS CLI.
aws ec2 describe-instances --quert 'Reservations[].Instances[].InstanceId'
aws ec2 describe-instancess
aws ec2 describe-instances --filters '[{"Name": '
aws lambda create-function --function-name handler --runtime python3.12 \
  --role arn:aws:iam::123456789012:role/lambda --handler index.handler
aws route53 create-hosted-zone --name example.com
aws ec2 describe-instances --query 'Reservations[].Instances[?State.Name==`running`'
