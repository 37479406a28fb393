#!/usr/bin/env python3
"""How the time to diagnose one command grows with its length: it should grow linearly (about 10x per 10x).

Three commands, each with N = 1,000, 10,000 and 100,000 of something:

1. words: `aws ec2 describe-instances --instance-ids i-1 i-2 ... i-N` (a list option given N words);
2. shorthand list: `aws ec2 create-tags --resources r-1 --tags Key=k1,Value=v1 Key=k2,Value=v2 ...` (N shorthand
   structures, one word each);
3. shorthand value: `aws ec2 describe-instances --filters Name=tag:team,Values=v1,v2,...,vN` (one word holding a
   list of N items).

Each is timed (the median of RUNS runs) two ways:

- `argot validate --line -`, the line read from standard input (one argument may not exceed 128 KiB on Linux, and
  the longest lines here are about 1 MB), from the process's start to its end;
- `argot serve` as a language server: from the `textDocument/didOpen` of a script holding the command to the
  `textDocument/publishDiagnostics` for it (the server started and initialized beforehand).

The table gives seconds and, per 10x more items, the growth ratio (10 is linear, 100 quadratic).

Usage: python3 Benchmarks/long_commands.py [--runs R] [--sizes 1000,10000,100000] [--no-build] [--timeout S]
  (builds the release binary first as the README does; ARGOT_BINARY names another binary)
"""

import argparse
import json
import os
import select
import shutil
import statistics
import subprocess
import tempfile
import time

import release_build


def words_command(count):
    return "aws ec2 describe-instances --instance-ids " + " ".join(f"i-{index}" for index in range(1, count + 1))


def shorthand_list_command(count):
    tags = " ".join(f"Key=k{index},Value=v{index}" for index in range(1, count + 1))
    return "aws ec2 create-tags --resources r-1 --tags " + tags


def shorthand_value_command(count):
    values = ",".join(f"v{index}" for index in range(1, count + 1))
    return "aws ec2 describe-instances --filters Name=tag:team,Values=" + values


WORKLOADS = [
    ("words (--instance-ids i-1 ... i-N)", words_command),
    ("shorthand list (--tags Key=k1,Value=v1 ...)", shorthand_list_command),
    ("shorthand value (--filters Name=x,Values=v1,...,vN)", shorthand_value_command),
]


class TimedOut(Exception):
    pass


def time_validate(binary, environment, line, timeout):
    started = time.perf_counter()
    try:
        result = subprocess.run([binary, "validate", "--line", "-"], input=line.encode(), capture_output=True,
                                env=environment, timeout=timeout)
    except subprocess.TimeoutExpired as expired:
        raise TimedOut() from expired
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 252):
        raise RuntimeError(f"argot validate ended with {result.returncode}: {result.stderr.decode()[:500]}")
    return elapsed


class LanguageClient:
    """A language-server client speaking Content-Length framed JSON-RPC to `argot serve`."""

    def __init__(self, binary, environment):
        self.process = subprocess.Popen([binary, "serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, env=environment, bufsize=0)
        self.buffer = b""
        self.next_id = 0
        self.request("initialize", {"processId": None, "capabilities": {}})
        self.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})

    def send(self, message):
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def read(self, deadline):
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end >= 0:
                length = int(self.buffer[:end].split(b":")[1])
                if len(self.buffer) >= end + 4 + length:
                    body = self.buffer[end + 4:end + 4 + length]
                    self.buffer = self.buffer[end + 4 + length:]
                    return json.loads(body)
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise TimedOut()
            ready, _, _ = select.select([self.process.stdout], [], [], remaining)
            if not ready:
                raise TimedOut()
            chunk = os.read(self.process.stdout.fileno(), 1 << 20)
            if not chunk:
                raise RuntimeError("the server ended")
            self.buffer += chunk

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        deadline = time.perf_counter() + 60
        while True:
            message = self.read(deadline)
            if message.get("id") == self.next_id:
                return message["result"]

    def diagnostics(self, uri, deadline):
        while True:
            message = self.read(deadline)
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                return message["params"]["diagnostics"]

    def close(self):
        try:
            self.process.stdin.close()
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()
            self.process.wait()


def time_language_server(binary, environment, line, timeout, folder, serial):
    client = LanguageClient(binary, environment)
    try:
        uri = "file://" + os.path.join(folder, f"long-{serial}.sh")
        started = time.perf_counter()
        client.send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
                     "params": {"textDocument": {"uri": uri, "languageId": "sh", "version": 1,
                                                 "text": "#!/bin/sh\n" + line + "\n"}}})
        client.diagnostics(uri, started + timeout)
        return time.perf_counter() - started
    finally:
        client.process.kill()
        client.process.wait()


def median_of(runs, measure):
    samples = []
    for _ in range(runs):
        samples.append(measure())
    return statistics.median(samples)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--timeout", type=float, default=60, help="seconds after which a run counts as no answer")
    parser.add_argument("--no-build", action="store_true", help="do not build the release binary first")
    arguments = parser.parse_args()
    sizes = [int(size) for size in arguments.sizes.split(",")]
    binary = os.environ.get("ARGOT_BINARY") or release_build.RELEASE_ARGOT
    if not arguments.no_build and "ARGOT_BINARY" not in os.environ:
        release_build.build("argot", quiet=False)
    cache = tempfile.mkdtemp(prefix="argot-long-commands-cache-")
    folder = tempfile.mkdtemp(prefix="argot-long-commands-")
    environment = dict(os.environ, ARGOT_CACHE_DIR=cache)
    environment.setdefault("ARGOT_AWS_CLI", "v2")
    serial = 0
    try:
        for title, command in WORKLOADS:
            print(title)
            for way in ("validate --line", "serve (LSP)"):
                figures = []
                gave_up = False
                for size in sizes:
                    if gave_up:
                        figures.append(None)
                        continue
                    line = command(size)
                    try:
                        if way == "validate --line":
                            seconds = median_of(arguments.runs, lambda: time_validate(
                                binary, environment, line, arguments.timeout))
                        else:
                            def measure():
                                nonlocal serial
                                serial += 1
                                return time_language_server(binary, environment, line, arguments.timeout, folder,
                                                            serial)
                            seconds = median_of(arguments.runs, measure)
                    except TimedOut:
                        seconds = None
                        gave_up = True
                    figures.append(seconds)
                cells = []
                for index, (size, seconds) in enumerate(zip(sizes, figures)):
                    shown = f"> {arguments.timeout:.0f} s" if seconds is None else f"{seconds:8.3f} s"
                    cell = f"N={size:>6}: {shown}"
                    previous = figures[index - 1] if index else None
                    if previous and seconds is not None:
                        cell += f" (x{seconds / previous:5.1f})"
                    cells.append(cell)
                print(f"  {way:<16} " + "   ".join(cells))
    finally:
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
