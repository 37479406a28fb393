#!/bin/bash
# Files this script writes before the commands that read them.
cat <<EOF2 > trust-policy.json
{"Version": "2012-10-17", "Statement": []}
EOF2
aws iam create-role --role-name builder --assume-role-policy-document file://trust-policy.json
echo '{"Version": "2012-10-17", "Statement": []}' >> extra-policy.json
aws iam put-role-policy --role-name builder --policy-name extra --policy-document file://extra-policy.json
jq -n '{Version: "2012-10-17", Statement: []}' | tee boundary.json
aws iam create-policy --policy-name boundary --policy-document file://boundary.json
curl -sS -o template.yaml https://example.com/template.yaml
aws cloudformation validate-template --template-body file://template.yaml
wget -O params.json https://example.com/params.json
aws cloudformation create-stack --stack-name web --template-body file://template.yaml --parameters file://params.json
zip function.zip index.js
aws lambda update-function-code --function-name handler --zip-file fileb://function.zip
aws s3 cp s3://bucket/policies/copied.json ./copied.json
aws iam create-policy --policy-name copied --policy-document file://copied.json
git clone https://example.com/team/templates.git
aws cloudformation validate-template --template-body file://templates/vpc.yaml
# Read before it is written, and never written: both are real mistakes.
aws iam create-policy --policy-name early --policy-document file://later.json
echo '{}' > later.json
aws iam create-policy --policy-name missing --policy-document file://never-written.json
