#!/bin/bash
# Values the shell computes inside shorthand: nothing that depends on them is judged.
VPC_NAME=main
aws ec2 create-tags --resources igw-1 --tags "Key=Name,Value=${VPC_NAME}-igw"
aws ec2 create-internet-gateway \
  --tag-specifications "ResourceType=internet-gateway,Tags=[{Key=Name,Value=${VPC_NAME}-igw}]"
aws ec2 create-tags --resources igw-1 --tags "Key=Name,Value=$VPC_NAME-gw"
# Still judged: what does not depend on the expansion (a comma with nothing after it).
aws ec2 create-tags --resources igw-1 --tags "Key=Name,Value=$VPC_NAME-igw,"
