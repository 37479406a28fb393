#!/usr/bin/env bash
# Formats every Swift file with the checked-in .swift-format (generated files opt out with
# `// swift-format-ignore-file`). With --check, only reports what is not formatted and fails.
set -euo pipefail
cd "$(dirname "$0")/.."
files=()
while IFS= read -r -d '' file; do files+=("$file"); done < <(git ls-files -z '*.swift')
if [[ "${1:-}" == "--check" ]]; then
  swift format lint --strict --parallel "${files[@]}"
else
  swift format format --in-place --parallel "${files[@]}"
fi
