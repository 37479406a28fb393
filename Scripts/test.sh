#!/usr/bin/env bash
# The whole test suite: Swift unit and end-to-end tests, then the differential tests against the
# pinned AWS CLI. Run Scripts/install.sh --test first.
set -euo pipefail
cd "$(dirname "$0")/.."

# argot follows the AWS CLI generation it finds installed (here the pinned v1). The suites below were written
# against AWS CLI v2's rules (the seed reference pages are v2's), so they pin them; the tests of the v1 rules
# (Tests/Differential/test_cli_generation.py, CLIGenerationTests) choose their generation themselves.
export ARGOT_AWS_CLI=v2

# Formatting follows the checked-in .swift-format (Scripts/format.sh rewrites files to match).
Scripts/format.sh --check
# The generated Swift files carry Schemas/ and integrations/ as they are on disk.
python3 Scripts/embed-schemas.py --check
python3 Scripts/embed-integrations.py --check
python3 Scripts/derive-live-resources.py --check-embedded
swift build --build-tests
# One test at a time: the JSON-RPC and server tests drive raw pipes and count on the cooperative threads being
# free; run side by side in one process (two cores), they share descriptors and threads with the rest.
swift test --skip-build --no-parallel 2>&1 | tail -n 40
# The differential tests drive the built binary.
swift build --product argot
export ARGOT_BINARY="$PWD/.build/debug/argot"
python3 -m pytest -q Tests/Differential
# argot serve through pipes: transport, lifecycle, bad input, and every reply against Schemas/protocol/.
python3 -m pytest -q Tests/Server
# Completion in real shells: bash (crafted COMP_*, bash-completion, readline in tmux), zsh (zpty), fish
# (complete -C), the coprocess and argot serve --shell-lines.
python3 -m pytest -q Tests/Shells
# argot serve as a language server: every LSP method, the protocol examples, and a real headless Neovim.
python3 -m pytest -q Tests/Editors
# Scripts/package.sh's .deb installed here (as root): completion in fresh shells, man pages, a clean purge.
python3 -m pytest -q Tests/Packaging
# argot prompt on a real terminal (tmux) and its bash, zsh and fish widgets.
python3 -m pytest -q Tests/Prompt
# libFuzzer over the shorthand scanner, the shell lexer, the JSON-RPC framer, the YAML reader and the model reader:
# 5 seconds each from the seeds in Fuzz/Corpus, unoptimised (quicker to build); any crash or sanitizer report
# fails. The long runs are in Documentation/Testing.md.
FUZZ_CONFIGURATION=debug Scripts/fuzz.sh 5
# Live completion against moto's server on 127.0.0.1: resources, s3://, failures and the time budget, through
# the JSON-RPC server, the language server, one-shot runs, and real bash, zsh and fish.
python3 -m pytest -q Tests/Live
