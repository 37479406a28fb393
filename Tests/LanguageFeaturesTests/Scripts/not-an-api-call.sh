#!/bin/bash
# Commands that make no API call.
aws --version
aws help
aws ec2 help
aws ec2 describe-instances help
aws configure set region eu-west-1
aws configure list
