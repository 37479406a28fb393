#!/bin/bash
# Members the AWS CLI fills or reads from a file.
aws efs create-file-system --performance-mode generalPurpose
aws efs create-access-point --file-system-id fs-12345678
aws glacier upload-archive --vault-name logs --account-id - --body archive.zip
aws lambda create-function --function-name handler --runtime python3.12 \
  --role arn:aws:iam::123456789012:role/lambda --handler index.handler --zip-file fileb://function.zip
aws cloudfront create-invalidation --distribution-id E1ABCDEF --paths "/index.html" "/css/*"
aws cloudfront create-distribution --origin-domain-name bucket.s3.amazonaws.com
