#!/bin/bash
# The last line ends in a backslash, which bash drops.
aws sts get-caller-identity --output text \