#!/bin/bash
# A region no partition knows (a typo), a profile this machine does not have, and the ones that are fine.
aws ec2 describe-vpcs --region us-est-1
aws ec2 describe-vpcs --region eu-west-1 --profile deploy
aws ec2 describe-vpcs --profile production
aws ec2 describe-vpcs --region "$REGION" --profile "$PROFILE"
