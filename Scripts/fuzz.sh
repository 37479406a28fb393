#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ and runs each for a while.
#
#   Scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 20 seconds, every target)
#
# FUZZ_CONFIGURATION=debug builds without optimisation (quicker to build, as CI does; far fewer executions per
# second); the default, release, is what the long runs of Documentation/Testing.md use.
#
# The package's modules are built with coverage and AddressSanitizer (`-sanitize=fuzzer,address`) in their own
# build folder, .build-fuzz, so the normal debug build never sees these flags; each Fuzz/NAME.swift (one
# `LLVMFuzzerTestOneInput`) is then compiled and linked against their objects with swiftc, libFuzzer supplying
# `main`. Each run starts from the seeds in Fuzz/Corpus/NAME, copied to a scratch corpus so the repository's
# seeds stay as written; crashes and sanitizer reports are written to .build-fuzz/artifacts/NAME and make the
# script fail. The last line of each run is libFuzzer's "Done N runs in S second(s)".
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-20}"
shift || true
# Every target. A reader of the compact model index (the model cache's successor) goes here once its format is
# settled: add Fuzz/IndexReader.swift, its seeds in Fuzz/Corpus/IndexReader, and its name to this list.
all_targets=(ShorthandScanner ShellLexer JSONRPCFramer YAMLReader ModelReader)
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then targets=("${all_targets[@]}"); fi

build=.build-fuzz
flags=(-sanitize=fuzzer,address)
configuration="${FUZZ_CONFIGURATION:-release}"
optimisation=-O
if [[ "$configuration" == debug ]]; then optimisation=-Onone; fi
# Testing is enabled (the YAML target reaches an internal type). Invocation brings every module the targets use
# (Shorthand, ShellScript, Botocore, JSON, …); JSONRPC the rest. NativeThreads is named before JSONRPC: in a new
# build folder `--target JSONRPC` does not build that dependency of its own.
for module in Invocation NativeThreads JSONRPC; do
  swift build -c "$configuration" --build-path "$build" -Xswiftc "${flags[0]}" -Xswiftc -enable-testing \
    --target "$module" >/dev/null
done
objects=()
while IFS= read -r -d '' object; do objects+=("$object"); done < <(
  find "$build/$configuration/" -path '*.build/*.o' -not -path '*/argot.build/*' -not -path '*Tests.build/*' \
    -not -path '*/ArgumentParser*' -print0
)
mkdir -p "$build/fuzz/$configuration" "$build/artifacts"
status=0
for target in "${targets[@]}"; do
  binary="$build/fuzz/$configuration/$target"
  swiftc "${flags[@]}" "$optimisation" -g -parse-as-library -swift-version 6 "Fuzz/$target.swift" \
    -I "$build/$configuration/Modules" -I Sources/CJansson -I Sources/CZlib \
    "${objects[@]}" -ljansson -lz -o "$binary" 2>"$build/$target.link.log" || {
    grep -v 'Cannot export local symbol' "$build/$target.link.log"
    exit 1
  }
  corpus="$build/corpus/$target"
  rm -rf "$corpus"
  mkdir -p "$corpus" "$build/artifacts/$target"
  cp "Fuzz/Corpus/$target"/* "$corpus/"
  echo "== $target: $seconds s"
  if ! "$binary" "$corpus" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$build/artifacts/$target/" 2>"$build/$target.log"; then
    status=1
    echo "!! $target failed: see $build/$target.log and $build/artifacts/$target/"
  fi
  grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "$build/$target.log" || true
  grep -E 'ERROR: (AddressSanitizer|libFuzzer)|Fatal error' "$build/$target.log" | head -5 || true
done
exit "$status"
