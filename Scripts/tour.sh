#!/usr/bin/env bash
# A short tour of argot on create-bgp-peer: its schema, a good and a bad shorthand value, its skeleton.
# Uses the installed AWS CLI models when there are any, the embedded Direct Connect default otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."
argot=${ARGOT:-.build/release/argot}

step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; "$@"; printf '(exit status %d)\n' "$?"; }

printf '\nargot knows %s AWS CLI service commands here.\n' "$("$argot" services | wc -l)"
# Which aws argot found, the rules it follows and the models it reads (exit status 1 when it found no models).
step "$argot" doctor
step "$argot" schema directconnect create-bgp-peer --no-global-options
step "$argot" parse -- aws directconnect create-bgp-peer --virtual-interface-id dxvif-fg1vuj3d \
  --new-bgp-peer asn=64600,addressFamily=ipv6
step "$argot" parse -- aws directconnect create-bgp-peer --virtual-interface-id dxvif-fg1vuj3d \
  --new-bgp-peer asn=abc,adressFamily=ipv6
step "$argot" skeleton directconnect create-bgp-peer input
step "$argot" skeleton directconnect create-bgp-peer yaml-input
# What a Tab offers inside a shorthand value, then after `addressFamily=`.
step "$argot" complete --line 'aws directconnect create-bgp-peer --new-bgp-peer asn=64600,a'
step "$argot" complete --line 'aws directconnect create-bgp-peer --new-bgp-peer asn=64600,addressFamily='
exit 0
