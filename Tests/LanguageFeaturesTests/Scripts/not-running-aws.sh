#!/bin/bash
# Lines that name aws without running it.
if ! command -v aws >/dev/null 2>&1; then
  echo "install the AWS CLI first"
  exit 1
fi
command -V aws
which aws
type aws
hash aws
ARGS=( "aws" "deploy" "create-deployment-group"
  "--application-name" "shop" )
declare -a MORE=(aws s3api)
ARGS+=("--service-role-arn" "arn:aws:iam::123456789012:role/deploy")
"${ARGS[@]}"
