#!/usr/bin/env python3
"""One-shot `argot complete` against the AWS CLI's `aws_completer`, measured in one run on this machine.

For each line, the median time of a whole process: `argot complete --line LINE` (release build, warm cache) and
`aws_completer` with `COMP_LINE`/`COMP_POINT` as bash sets them (the real script run by its Python, not a pyenv
shim, so the shim's own start-up is not counted against it), then the ratio. `aws_completer` (AWS CLI v1) reads
the word before the cursor differently: where argot completes after a space, v1 wants the name typed without
the space (`aws ec2` lists ec2's operations), so each line carries the form each tool needs. Shorthand lines
show what argot does where `aws_completer` has nothing to offer (it still costs a whole start).

Timing uses hyperfine (-N, no shell) when it is installed, else Python's own process timing (which adds about a
millisecond to every run). The machine is small and noisy: compare ratios, not absolute times.

Usage: python3 Benchmarks/completion.py [--runs N] [--no-build]
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARGOT = os.path.join(REPO, ".build", "release", "argot")

# (label, argot line, aws_completer line)
LINES = [
    ("ec2 run-instances --i (the issue's target)", "aws ec2 run-instances --i", "aws ec2 run-instances --i"),
    ("services: aws s3", "aws s3", "aws s3"),
    ("operations: aws ec2 ", "aws ec2 ", "aws ec2"),
    ("operations: aws directconnect create-", "aws directconnect create-", "aws directconnect create-"),
    ("waiters: aws ec2 wait instance-", "aws ec2 wait instance-", None),
    ("values: --output", "aws ec2 describe-instances --output ", "aws ec2 describe-instances --output"),
    ("options mid-line", "aws ec2 describe-instances --max-items 5 --fi", "aws ec2 describe-instances --max-items 5 --fi"),
    ("shorthand key: --new-bgp-peer asn=1,addr",
     "aws directconnect create-bgp-peer --new-bgp-peer asn=1,addr",
     "aws directconnect create-bgp-peer --new-bgp-peer asn=1,addr"),
    ("shorthand value: Ebs={VolumeType=",
     "aws ec2 run-instances --block-device-mappings DeviceName=/dev/sda1,Ebs={VolumeType=",
     "aws ec2 run-instances --block-device-mappings DeviceName=/dev/sda1,Ebs={VolumeType="),
    ("shorthand list item: --tags key=a,value=b k",
     "aws directconnect create-interconnect --tags key=a,value=b k",
     "aws directconnect create-interconnect --tags key=a,value=b k"),
]


def aws_completer_command():
    """The real aws_completer script and the Python that runs it (skipping a pyenv shim)."""
    path = shutil.which("aws_completer")
    if path is None:
        return None
    if shutil.which("pyenv") and "/shims/" in path:
        found = subprocess.run(["pyenv", "which", "aws_completer"], capture_output=True, text=True)
        if found.returncode == 0:
            path = found.stdout.strip()
    with open(path, "rb") as script:
        first = script.readline().decode(errors="replace")
    if first.startswith("#!") and "python" in first:
        return [first[2:].strip().split()[0], path]
    return [path]


def hyperfine_median(command, env, runs):
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        subprocess.run(
            ["hyperfine", "-N", "--warmup", "3", "--runs", str(runs), "--export-json", report.name,
             "--style", "none", "--", " ".join(shell_quote(part) for part in command)],
            env=env, check=True, capture_output=True,
        )
        with open(report.name) as handle:
            return statistics.median(json.load(handle)["results"][0]["times"]) * 1000


def python_median(command, env, runs):
    for _ in range(3):
        subprocess.run(command, env=env, capture_output=True)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def shell_quote(word):
    if word and all(c.isalnum() or c in "-_./=:," for c in word):
        return word
    return "'" + word.replace("'", "'\\''") + "'"


def main():
    options = argparse.ArgumentParser()
    options.add_argument("--runs", type=int, default=30)
    options.add_argument("--no-build", action="store_true")
    arguments = options.parse_args()
    if not arguments.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "argot"],
                       cwd=REPO, check=True)
    median = hyperfine_median if shutil.which("hyperfine") else python_median
    completer = aws_completer_command()
    environment = dict(os.environ)
    # Warm the model and completion caches.
    for _, line, _ in LINES:
        subprocess.run([ARGOT, "complete", "--line", line], capture_output=True, env=environment)
    print(f"argot complete vs aws_completer, median of {arguments.runs} runs "
          f"({'hyperfine' if median is hyperfine_median else 'python timing'})")
    ratios = []
    for label, line, v1_line in LINES:
        ours = median([ARGOT, "complete", "--line", line], environment, arguments.runs)
        if completer is None or v1_line is None:
            print(f"  {label:<48} {ours:8.2f} ms")
            continue
        env = dict(environment, COMP_LINE=v1_line, COMP_POINT=str(len(v1_line)))
        theirs = median(completer, env, max(5, arguments.runs // 3))
        ratios.append(theirs / ours)
        print(f"  {label:<48} {ours:8.2f} ms  vs {theirs:8.2f} ms  = {theirs / ours:6.1f}x faster")
    start = median([ARGOT, "--version"], environment, arguments.runs)
    print(f"  {'argot --version (process start)':<48} {start:8.2f} ms")
    if ratios:
        print(f"  ratio range {min(ratios):.1f}x - {max(ratios):.1f}x")


if __name__ == "__main__":
    sys.exit(main())
