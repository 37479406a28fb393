#!/usr/bin/env python3
"""Requests per second and latency of `argot serve` over one connection (one client process, one pipe pair).

For each workload it measures:

1. throughput: requests written back to back (newline-delimited JSON), replies counted as they arrive, at most
   WINDOW requests in flight, about SECONDS worth of them per run (sized from a short first run); requests/s =
   requests / (time from the first byte written to the last reply read), the median of RUNS runs;
2. latency: M requests one at a time (write, wait for the reply), p50 and p99 of the round trip as the client
   sees it, Python's own overhead included.

Workloads: `argot/shorthand` and `argot/schema` on the seed commands (directconnect create-bgp-peer
--new-bgp-peer, create-interconnect --tags) and on ec2 run-instances (--block-device-mappings). With no
installed botocore, Direct Connect comes from the embedded default and EC2 is skipped. Every workload is warmed
up first (its command built), with a private model cache that the warm-up fills.

Usage: python3 Benchmarks/server.py [--seconds S] [--runs R] [--latency-samples M] [--window W] [--no-build]
  (builds the release binary first; ARGOT_BINARY names another binary)
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

import release_build

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BGP = {"service": "directconnect", "operation": "create-bgp-peer"}
INTERCONNECT = {"service": "directconnect", "operation": "create-interconnect"}
RUN_INSTANCES = {"service": "ec2", "operation": "run-instances"}

WORKLOADS = [
    ("shorthand", "directconnect create-bgp-peer --new-bgp-peer", "argot/shorthand",
     {**BGP, "option": "--new-bgp-peer", "text": "asn=64600,addressFamily=ipv6,authKey=secret"}),
    ("shorthand", "directconnect create-interconnect --tags", "argot/shorthand",
     {**INTERCONNECT, "option": "--tags", "text": ["key=team,value=net", "key=env,value=prod"]}),
    ("shorthand", "ec2 run-instances --block-device-mappings", "argot/shorthand",
     {**RUN_INSTANCES, "option": "--block-device-mappings",
      "text": ["DeviceName=/dev/sda1,Ebs={VolumeSize=100,VolumeType=gp3,DeleteOnTermination=true}"]}),
    ("schema", "directconnect create-bgp-peer", "argot/schema", BGP),
    ("schema", "directconnect create-interconnect", "argot/schema", INTERCONNECT),
    ("schema", "ec2 run-instances", "argot/schema", RUN_INSTANCES),
]


class Connection:
    """One `argot serve` process spoken to in newline-delimited JSON."""

    def __init__(self, binary, environment):
        self.process = subprocess.Popen([binary, "serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, env=environment, bufsize=0)
        self.input = self.process.stdin.fileno()
        self.output = self.process.stdout.fileno()
        self.pending = b""

    def write(self, data):
        view = memoryview(data)
        while view:
            written = os.write(self.input, view)
            view = view[written:]

    def read_lines(self, count):
        """Reads until `count` more complete lines have arrived; returns the last one."""
        last = b""
        while count > 0:
            newline = self.pending.find(b"\n")
            if newline < 0:
                chunk = os.read(self.output, 1 << 20)
                if not chunk:
                    raise SystemExit("argot serve ended early")
                self.pending += chunk
                continue
            count -= self.pending.count(b"\n")
            lines = self.pending.split(b"\n")
            self.pending = lines[-1]
            last = lines[-2]
            if count < 0:
                raise SystemExit("more replies than requests")
        return last

    def call(self, method, params, request_id=0):
        self.write(json.dumps({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params}).encode() + b"\n")
        reply = json.loads(self.read_lines(1))
        if "result" not in reply:
            raise SystemExit(f"{method} failed: {reply}")
        return reply["result"]

    def close(self):
        self.call("shutdown", None)
        self.write(b'{"jsonrpc":"2.0","method":"exit"}\n')
        self.process.stdin.close()
        self.process.wait()


def throughput(connection, method, params, count, window):
    lines = [json.dumps({"jsonrpc": "2.0", "id": index, "method": method, "params": params}).encode() + b"\n"
             for index in range(count)]
    done = threading.Semaphore(0)
    credit = threading.Semaphore(window)

    def reader():
        remaining = count
        while remaining:
            chunk = os.read(connection.output, 1 << 20)
            if not chunk:
                raise SystemExit("argot serve ended early")
            replies = chunk.count(b"\n")
            remaining -= replies
            for _ in range(replies):
                credit.release()
        done.release()

    thread = threading.Thread(target=reader, daemon=True)
    start = time.perf_counter()
    thread.start()
    batch = max(1, window // 4)
    for first in range(0, count, batch):
        part = lines[first:first + batch]
        for _ in part:
            credit.acquire()
        connection.write(b"".join(part))
    done.acquire()
    return count / (time.perf_counter() - start)


def latency(connection, method, params, samples):
    line = json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": params}).encode() + b"\n"
    times = []
    for _ in range(samples):
        start = time.perf_counter()
        connection.write(line)
        connection.read_lines(1)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.99))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="about how long each throughput run lasts")
    parser.add_argument("--latency-samples", type=int, default=5_000, help="sequential requests per latency run")
    parser.add_argument("--window", type=int, default=512, help="most requests in flight in a throughput run")
    parser.add_argument("--runs", type=int, default=3, help="throughput runs per workload (the median is printed)")
    parser.add_argument("--no-build", action="store_true", help="do not build the release binary first")
    arguments = parser.parse_args()

    binary = os.environ.get("ARGOT_BINARY") or os.path.join(REPO, ".build", "release", "argot")
    if not arguments.no_build and "ARGOT_BINARY" not in os.environ:
        release_build.build("argot", quiet=False)
    cache = tempfile.mkdtemp(prefix="argot-bench-cache-")
    environment = dict(os.environ, ARGOT_CACHE_DIR=cache)
    connection = Connection(binary, environment)
    try:
        info = connection.call("initialize", {"clientInfo": {"name": "Benchmarks/server.py"}})
        models = info["models"]
        has_ec2 = models["botocoreDataDirectory"] is not None
        print(f"argot {info['serverInfo']['version']} ({binary}); botocore {models['botocoreVersion'] or 'none'}, "
              f"{models['serviceCount']} services; {os.cpu_count()} cores")
        print(f"throughput: runs of about {arguments.seconds:g} s, at most {arguments.window} in flight, median of "
              f"{arguments.runs} runs; latency: {arguments.latency_samples} requests one at a time\n")
        print(f"  {'method':<16} {'command':<45} {'requests/s':>11} {'p50 ms':>8} {'p99 ms':>8}")
        for kind, label, method, params in WORKLOADS:
            if params.get("service") == "ec2" and not has_ec2:
                print(f"  {method:<16} {label:<45} {'skipped: no botocore':>29}")
                continue
            connection.call(method, params)  # builds the command (and loads the model)
            estimate = throughput(connection, method, params, 1000, arguments.window)
            count = max(1000, int(estimate * arguments.seconds))
            rates = [throughput(connection, method, params, count, arguments.window) for _ in range(arguments.runs)]
            p50, p99 = latency(connection, method, params, arguments.latency_samples)
            print(f"  {method:<16} {label:<45} {statistics.median(rates):>11,.0f} {p50:>8.3f} {p99:>8.3f}")
    finally:
        connection.close()
        shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
