#!/usr/bin/env python3
"""One-shot `argot complete` against the AWS CLI's `aws_completer`, measured in one run on this machine.

For each line, the median time of a whole process: `argot complete --line LINE` (warm cache) and
`aws_completer` with `COMP_LINE`/`COMP_POINT` as bash sets them (the real script run by its Python, not a pyenv
shim, so the shim's own start-up is not counted against it), then the ratio. `aws_completer` (AWS CLI v1) reads
the word before the cursor differently: where argot completes after a space, v1 wants the name typed without
the space (`aws ec2` lists ec2's operations), so each line carries the form each tool needs. Shorthand lines
show what argot does where `aws_completer` has nothing to offer (it still costs a whole start).

Timing uses hyperfine (-N, no shell) when it is installed, else Python's own process timing (which adds about a
millisecond to every run). The machine is small and noisy: compare ratios, not absolute times.

Two builds of argot are measured: the README's, a fully static executable (`-Xswiftc -static-executable`,
`.build/release/argot`), and for comparison one linked against the system's libraries with only the Swift
standard library static (`--static-swift-stdlib`, `.build-stdlib/release/argot`): the difference is the dynamic
loader's work (libstdc++, libm, libc, jansson, zlib), about 2 ms of every start.

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

import release_build

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILDS = [
    ("fully static executable (README build)", release_build.RELEASE_ARGOT, release_build.README_BUILD + ["--product", "argot"]),
    ("static stdlib only", os.path.join(REPO, ".build-stdlib", "release", "argot"),
     ["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "argot", "--scratch-path",
      os.path.join(REPO, ".build-stdlib")]),
]

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


def hyperfine_samples(command, env, runs):
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        subprocess.run(
            ["hyperfine", "-N", "--warmup", "3", "--runs", str(runs), "--export-json", report.name,
             "--style", "none", "--", " ".join(shell_quote(part) for part in command)],
            env=env, check=True, capture_output=True,
        )
        with open(report.name) as handle:
            return [seconds * 1000 for seconds in json.load(handle)["results"][0]["times"]]


def python_samples(command, env, runs):
    for _ in range(3):
        subprocess.run(command, env=env, capture_output=True)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def interleaved_medians(commands, env, runs, measure, rounds=4):
    """Medians per command, the runs spread over several rounds that visit every command in turn, so a burst of
    load from other work on the machine falls on all commands rather than on one."""
    samples = [[] for _ in commands]
    for _ in range(rounds):
        for index, (command, command_env) in enumerate(commands):
            samples[index] += measure(command, command_env or env, max(3, runs // rounds))
    return [statistics.median(values) for values in samples]


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
        for _, _, command in BUILDS:
            subprocess.run(command, cwd=REPO, check=True)
    measure = hyperfine_samples if shutil.which("hyperfine") else python_samples
    completer = aws_completer_command()
    environment = dict(os.environ)
    timing = "hyperfine" if measure is hyperfine_samples else "python timing"
    v1_commands = []
    if completer is not None:
        v1_commands = [(completer, dict(environment, COMP_LINE=v1, COMP_POINT=str(len(v1))))
                       for _, _, v1 in LINES if v1 is not None]
        v1_medians = interleaved_medians(v1_commands, environment, max(8, arguments.runs // 3), measure)
        v1_times = {v1: median for (_, _, v1), median in zip([l for l in LINES if l[2] is not None], v1_medians)}
    for title, argot, _ in BUILDS:
        if not os.path.exists(argot):
            print(f"{title}: {argot} is not built")
            continue
        # Warm the model and completion caches.
        for _, line, _ in LINES:
            subprocess.run([argot, "complete", "--line", line], capture_output=True, env=environment)
        commands = [([argot, "complete", "--line", line], None) for _, line, _ in LINES]
        commands.append(([argot, "--version"], None))
        medians = interleaved_medians(commands, environment, arguments.runs, measure)
        print(f"argot complete ({title}) vs aws_completer, medians of {arguments.runs} runs in 4 interleaved "
              f"rounds ({timing})")
        ratios = []
        for (label, line, v1_line), ours in zip(LINES, medians):
            if completer is None or v1_line is None:
                print(f"  {label:<48} {ours:8.2f} ms")
                continue
            theirs = v1_times[v1_line]
            ratios.append(theirs / ours)
            print(f"  {label:<48} {ours:8.2f} ms  vs {theirs:8.2f} ms  = {theirs / ours:6.1f}x faster")
        print(f"  {'argot --version (process start, ArgumentParser)':<48} {medians[-1]:8.2f} ms")
        if ratios:
            print(f"  ratio range {min(ratios):.1f}x - {max(ratios):.1f}x")
    server_latency(BUILDS[0][1], environment, arguments.runs * 20)


def server_latency(argot, environment, requests):
    """`argot/complete` through one `argot serve` (newline-delimited JSON), one request at a time: the round trip
    as a client sees it, Python's own overhead included. This is what a shell's coprocess pays per Tab."""
    if not os.path.exists(argot):
        return
    process = subprocess.Popen([argot, "serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, env=environment)

    def call(identifier, method, params):
        message = {"jsonrpc": "2.0", "id": identifier, "method": method, "params": params}
        process.stdin.write((json.dumps(message) + "\n").encode())
        process.stdin.flush()
        return json.loads(process.stdout.readline())

    call(0, "initialize", {})
    print(f"argot/complete through one argot serve, {requests} requests per line, one at a time")
    for label, line, _ in LINES:
        call(1, "argot/complete", {"line": line})
        samples = []
        for index in range(requests):
            start = time.perf_counter()
            call(index + 2, "argot/complete", {"line": line})
            samples.append((time.perf_counter() - start) * 1000)
        samples.sort()
        p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
        print(f"  {label:<48} p50 {statistics.median(samples):6.3f} ms  p99 {p99:6.3f} ms")
    process.stdin.close()
    process.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())
