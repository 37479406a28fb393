#!/bin/bash
# Values the shell computes: not judged, and neither is the required member they fill.
COUNT=100
aws ec2 create-network-acl-entry --network-acl-id acl-1 --rule-number $COUNT --protocol -1 \
  --rule-action allow --egress --cidr-block 0.0.0.0/0
json=$(jq -n '{RoleName: "r", AssumeRolePolicyDocument: "{}"}')
aws iam create-role --cli-input-json "$json"
aws iam create-role --role-name r --assume-role-policy-document file:///$POLICY_FILE
aws ec2 run-instances $RUN_ARGS
# Still judged: what does not depend on the expansion.
aws ec2 create-network-acl-entry --network-acl-id acl-1 --rule-number $COUNT --protocol -1 \
  --rule-action allow --egress --cidr-block 0.0.0.0/0 --dry-runn
