#!/usr/bin/env python3
"""A Tab in bash and zsh through argot's coprocess, against one-shot `argot complete` and `aws_completer`.

Prints, in one run on this machine, medians and ratios for each line:

1. bash: the whole completion function `_argot_aws_complete` (request, round trip, COMPREPLY, compopt) and the
   round trip alone (`_argot_aws_ask`), through the coprocess `argot serve --shell-lines`, timed inside bash
   with EPOCHREALTIME;
2. zsh: the round trip alone through its coprocess (`_argot_aws_ask`), timed inside zsh (the rest of `_aws`
   needs a live completion widget);
3. one-shot `argot complete --shell bash` (a process per Tab: what fish does, and the fallback);
4. `aws_completer` (the AWS CLI's own, a Python process per Tab), with COMP_LINE and COMP_POINT set.

Usage: python3 Benchmarks/shell_tab.py [--runs N] [--binary PATH]
(builds the release binary first unless --binary is given)
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import release_build

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RELEASE = os.path.join(REPO, ".build", "release", "argot")
LINES = [
    "aws directconnect create-bgp-peer --new-bgp-peer asn=1,addr",
    "aws ec2 run-instances --i",
    # Long lists: the services (and the CLI's commands) and ec2's 1,212 instance types.
    "aws ",
    "aws ec2 run-instances --instance-type ",
]

BASH = r"""
eval "$("$ARGOT_COMMAND" init bash)"
compopt() { :; }
line=$1 runs=$2
for ((i = 0; i < 20; i++)); do COMP_LINE=$line; COMP_POINT=${#line}; COMP_TYPE=9; _argot_aws_complete; done
for ((i = 0; i < runs; i++)); do
    COMP_LINE=$line; COMP_POINT=${#line}; COMP_TYPE=9; COMPREPLY=()
    start=$EPOCHREALTIME
    _argot_aws_complete
    end=$EPOCHREALTIME
    echo "tab ${start/./} ${end/./} ${#COMPREPLY[@]}"
done
request="bash"$'\t'"${#line}"$'\t'"$line"$'\t'"framing=length"
for ((i = 0; i < runs; i++)); do
    start=$EPOCHREALTIME
    _argot_aws_ask "$request"
    end=$EPOCHREALTIME
    echo "ask ${start/./} ${end/./}"
done
"""

ZSH = r"""
zmodload zsh/datetime
eval "$("$ARGOT_COMMAND" init zsh)"
line=$1 runs=$2
zmodload zsh/system
request="zsh"$'\t'"${#line}"$'\t'"$line"$'\t'"framing=length"
local reply
for (( i = 0; i < 20; i++ )); do _argot_aws_ask "$request"; done
for (( i = 0; i < runs; i++ )); do
    start=$EPOCHREALTIME
    _argot_aws_ask "$request"
    end=$EPOCHREALTIME
    print "ask $(( (end - start) * 1000000 ))"
done
"""


def microseconds(pairs):
    return [(int(end) - int(start)) for start, end in pairs]


def bash_tab(argot, line, runs, env):
    result = subprocess.run(
        ["bash", "--noprofile", "--norc", "-c", BASH, "bench", line, str(runs)],
        capture_output=True, text=True, env=env, check=True,
    )
    tab, ask = [], []
    for entry in result.stdout.splitlines():
        fields = entry.split()
        if fields[0] == "tab":
            assert int(fields[3]) > 0, f"no candidates for {line!r}"
            tab.append(int(fields[2]) - int(fields[1]))
        elif fields[0] == "ask":
            ask.append(int(fields[2]) - int(fields[1]))
    return statistics.median(tab) / 1000, statistics.median(ask) / 1000


def zsh_ask(argot, line, runs, env):
    result = subprocess.run(
        ["zsh", "-f", "-c", ZSH, "bench", line, str(runs)], capture_output=True, text=True, env=env, check=True
    )
    samples = [float(entry.split()[1]) for entry in result.stdout.splitlines() if entry.startswith("ask ")]
    return statistics.median(samples) / 1000


def process(command, runs, env):
    """The median time of running `command`, and the number of candidates it printed."""
    for _ in range(3):
        subprocess.run(command, capture_output=True, env=env, check=True)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, env=env)
        samples.append((time.perf_counter() - start) * 1000)
        if result.returncode != 0:
            raise SystemExit(f"{command[0]} failed: {result.stderr.decode()[:300]}")
    return statistics.median(samples), len(result.stdout.split())


def main():
    options = argparse.ArgumentParser()
    options.add_argument("--runs", type=int, default=500, help="Tabs per shell measurement")
    options.add_argument("--process-runs", type=int, default=41, help="runs of one-shot argot complete")
    options.add_argument("--completer-runs", type=int, default=11, help="runs of aws_completer")
    options.add_argument("--binary", help="the argot binary (default: build and use the release one)")
    arguments = options.parse_args()
    argot = arguments.binary
    if argot is None:
        release_build.build("argot")
        argot = RELEASE
    argot = os.path.abspath(argot)
    completer = shutil.which("aws_completer")
    env = dict(os.environ)
    env["ARGOT_COMMAND"] = argot
    env["ARGOT_CACHE_DIR"] = tempfile.mkdtemp(prefix="argot-bench-cache-")
    load = os.getloadavg()[0]
    print(f"argot: {argot}\nload average: {load:.1f} on {os.cpu_count()} cores\n")
    for line in LINES:
        # Warm the model cache once (the first question about a service builds it).
        subprocess.run([argot, "complete", "--line", line], capture_output=True, env=env, check=True)
        bash_whole, bash_round_trip = bash_tab(argot, line, arguments.runs, env)
        zsh_round_trip = zsh_ask(argot, line, arguments.runs, env)
        one_shot, _ = process(
            [argot, "complete", "--shell", "bash", "--line", line], arguments.process_runs, env
        )
        completer_ms = None
        if completer:
            completer_env = dict(env, COMP_LINE=line, COMP_POINT=str(len(line)))
            completer_ms, offered = process([completer], arguments.completer_runs, completer_env)
        print(line)
        rows = [
            ("bash: a Tab (the whole completion function)", bash_whole),
            ("bash: coprocess round trip", bash_round_trip),
            ("zsh: coprocess round trip", zsh_round_trip),
            ("one-shot argot complete --shell bash", one_shot),
        ]
        for label, value in rows:
            ratio = f"  {completer_ms / value:8.0f}x faster than aws_completer" if completer_ms else ""
            print(f"  {label:<46} {value:8.3f} ms{ratio}")
        if completer_ms:
            note = "" if offered else "  (offers nothing here)"
            print(f"  {'aws_completer (AWS CLI v1)':<46} {completer_ms:8.3f} ms{note}")
        print()


if __name__ == "__main__":
    sys.exit(main())
