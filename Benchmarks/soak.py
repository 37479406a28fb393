#!/usr/bin/env python3
"""A soak of `argot serve`: many mixed requests over one connection, some malformed, with a slow-reader phase.

The client writes newline-delimited JSON-RPC from one thread (at most WINDOW requests in flight) and reads the
answers on another. The mix covers every argot method (services, operations, schema, doc, skeleton, parse,
validate, shorthand, format, complete) and the language server's (didOpen, didChange, hover, completion,
codeAction) over every service the models have (operations picked at random), with --malformed of the
requests broken on purpose: unparsable lines, unknown methods, params of the wrong type, unknown services and
operations, names of 100,000 characters, batches. Requests that name a service rotate through all of them, so
the server keeps loading models it has not used for a while.

Slow reader: in the middle of the run the client stops reading for --slow-seconds while it goes on writing; the
server must stop reading too (backpressure) and hold a bounded amount of memory.

Completion probe: a second thread sends one `argot/complete` every 10 ms (on the same connection, between the
other requests) and records its round trip; its p50/p99 are printed per tenth of the run ("p99 drift").

Printed at the end: whether the server crashed, requests never answered, answers per kind, RSS over time (every
--rss-every seconds) with the growth after warm-up (from the end of the first tenth to the end), and the
completion probe's latency per tenth.

Usage: python3 Benchmarks/soak.py [--requests N] [--window W] [--malformed F] [--slow-seconds S] [--no-build]
  (builds the release binary first; ARGOT_BINARY names another binary; the installed botocore is used)
"""

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

import release_build

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SCRIPT_URI = "file:///soak/deploy.sh"
SCRIPT = ("#!/bin/sh\naws directconnect create-bgp-peer --virtual-interface-id dxvif-1 "
          "--new-bgp-peer asn=64600,addressFamily=ipv6\naws ec2 describe-instances --instance-ids i-1\n")


def rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def percentile(values, fraction):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


class Soak:
    def __init__(self, binary, environment, arguments):
        self.arguments = arguments
        self.random = random.Random(13)
        self.process = subprocess.Popen([binary, "serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, env=environment, bufsize=1 << 20)
        self.lock = threading.Lock()
        self.write_lock = threading.Lock()
        self.input = self.process.stdin.fileno()
        self.results = {}
        self.room = threading.Semaphore(arguments.window)
        self.pending = {}  # id -> (kind, time sent)
        self.kinds = {}  # kind -> answers
        self.null_id_errors = 0
        self.null_id_expected = 0
        self.batches_expected = 0
        self.batches = 0
        self.probe = []  # (tenth, milliseconds)
        self.sent = 0
        self.tenth = 0
        self.reading = threading.Event()
        self.reading.set()
        self.done_reading = threading.Event()
        self.services = []
        self.operations = {}
        self.next_id = 0
        self.rss = []  # (seconds, KiB, requests sent)

    # Writing

    def write(self, data):
        with self.write_lock:
            view = memoryview(data)
            while view:
                view = view[os.write(self.input, view):]

    def new_id(self):
        with self.lock:
            self.next_id += 1
            return self.next_id

    def request(self, method, params, kind=None, wait=True):
        request_id = self.new_id()
        if wait:
            self.room.acquire()
        data = (json.dumps({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params}) + "\n").encode()
        with self.lock:
            self.pending[request_id] = (kind or method, time.monotonic(), wait)
        if kind == "probe":
            # The probe's clock starts once it is written: the wait for the client's own pipe is not the server's.
            with self.write_lock:
                with self.lock:
                    self.pending[request_id] = (kind, time.monotonic(), wait)
                view = memoryview(data)
                while view:
                    view = view[os.write(self.input, view):]
            return request_id
        self.write(data)
        return request_id

    def notify(self, method, params):
        self.write((json.dumps({"jsonrpc": "2.0", "method": method, "params": params}) + "\n").encode())

    # Reading

    def read_loop(self):
        stream = self.process.stdout
        while True:
            self.reading.wait()
            line = stream.readline()
            if not line:
                break
            message = json.loads(line)
            if isinstance(message, list):
                with self.lock:
                    self.batches += 1
                for element in message:
                    self.settle(element)
                continue
            if "id" not in message:
                continue  # a notification (publishDiagnostics)
            self.settle(message)
        self.done_reading.set()

    def settle(self, message):
        request_id = message.get("id")
        now = time.monotonic()
        with self.lock:
            if request_id is None:
                self.null_id_errors += 1
                return
            entry = self.pending.pop(request_id, None)
            if entry is None:
                return
            kind, sent, counted = entry
            self.kinds[kind] = self.kinds.get(kind, 0) + 1
            if kind == "setup":
                self.results[request_id] = message
            if kind == "probe":
                self.probe.append((self.tenth, (now - sent) * 1000))
        if counted:
            self.room.release()

    # The mix

    def service_and_operation(self):
        service = self.services[self.sent % len(self.services)]
        operations = self.operations.get(service) or ["help"]
        return service, self.random.choice(operations)

    def good_request(self):
        service, operation = self.service_and_operation()
        command = {"service": service, "operation": operation}
        line = f"aws {service} {operation}"
        choice = self.random.randrange(14)
        if choice == 0:
            return "argot/services", {}
        if choice == 1:
            return "argot/operations", {"service": service}
        if choice == 2:
            return "argot/schema", command
        if choice == 3:
            return "argot/doc", command
        if choice == 4:
            return "argot/skeleton", command
        if choice == 5:
            return "argot/parse", {"line": line + " --cli-input-json '{}'"}
        if choice == 6:
            return "argot/validate", {"line": line}
        if choice == 7:
            return "argot/shorthand", {"service": "directconnect", "operation": "create-bgp-peer",
                                       "option": "--new-bgp-peer", "text": "asn=64600,addressFamily=ipv6"}
        if choice == 8:
            return "argot/format", {"service": "directconnect", "operation": "create-interconnect",
                                    "option": "--tags", "value": [{"key": "team", "value": "net"}]}
        if choice in (9, 10):
            return "argot/complete", {"line": line[: self.random.randrange(5, len(line) + 1)]}
        if choice == 11:
            return "textDocument/hover", {"textDocument": {"uri": SCRIPT_URI}, "position": {"line": 1, "character": 8}}
        if choice == 12:
            return "textDocument/completion", {"textDocument": {"uri": SCRIPT_URI},
                                               "position": {"line": 1, "character": 35}}
        return "textDocument/codeAction", {"textDocument": {"uri": SCRIPT_URI},
                                           "range": {"start": {"line": 1, "character": 0},
                                                     "end": {"line": 1, "character": 10}},
                                           "context": {"diagnostics": []}}

    def bad_request(self):
        """Sends one malformed request."""
        choice = self.random.randrange(7)
        if choice == 0:
            with self.lock:
                self.null_id_expected += 1
            self.write(b'{"jsonrpc": "2.0", "id": 1, "method": "argot/schema", "params": {"service": \n')
        elif choice == 1:
            self.request("argot/nothing", {}, kind="malformed")
        elif choice == 2:
            self.request("argot/schema", [1, 2], kind="malformed")
        elif choice == 3:
            self.request("argot/schema", {"service": "no-such-service", "operation": "x"}, kind="malformed")
        elif choice == 4:
            self.request("argot/schema", {"service": "s" * 100_000, "operation": "o" * 100_000}, kind="malformed")
        elif choice == 5:
            service, _ = self.service_and_operation()
            self.request("argot/operations", {"service": service + "x"}, kind="malformed")
        else:
            first, second = self.new_id(), self.new_id()
            self.room.acquire()
            self.room.acquire()
            with self.lock:
                now = time.monotonic()
                self.pending[first] = ("malformed", now, True)
                self.pending[second] = ("malformed", now, True)
            batch = [{"jsonrpc": "2.0", "id": first, "method": "argot/services"},
                     {"jsonrpc": "2.0", "id": second, "method": "argot/complete", "params": {"point": 1}},
                     {"jsonrpc": "2.0", "method": "nothing"}]
            self.write((json.dumps(batch) + "\n").encode())

    # Threads

    def probe_loop(self, stop):
        while not stop.is_set():
            self.request("argot/complete", {"line": "aws dir"}, kind="probe", wait=False)
            time.sleep(0.01)

    def rss_loop(self, stop, started):
        while not stop.wait(self.arguments.rss_every):
            self.rss.append((time.monotonic() - started, rss_kib(self.process.pid), self.sent))

    def run(self):
        arguments = self.arguments
        reader = threading.Thread(target=self.read_loop, daemon=True)
        reader.start()
        info = self.call("initialize", {"clientInfo": {"name": "Benchmarks/soak.py"},
                                        "initializationOptions": {"fileReads": "none"}})
        self.notify("initialized", {})
        self.notify("textDocument/didOpen", {"textDocument": {"uri": SCRIPT_URI, "languageId": "sh", "version": 1,
                                                             "text": SCRIPT}})
        self.services = [s["name"] for s in self.call("argot/services", {})["services"] if not s["hidden"]]
        print(f"argot {info['serverInfo']['version']}; {len(self.services)} services; "
              f"{arguments.requests:,} requests, {arguments.malformed:.0%} malformed, window {arguments.window}")
        # Operations of every service (this is the first touch of each model).
        for service in self.services:
            answer = self.call("argot/operations", {"service": service})
            self.operations[service] = [o["name"] for o in answer.get("operations", []) if not o["hidden"]]
        started = time.monotonic()
        stop = threading.Event()
        threads = [threading.Thread(target=self.probe_loop, args=(stop,), daemon=True),
                   threading.Thread(target=self.rss_loop, args=(stop, started), daemon=True)]
        for thread in threads:
            thread.start()
        self.rss.append((0.0, rss_kib(self.process.pid), 0))
        slow_at = arguments.requests // 2
        version = 1
        while self.sent < arguments.requests:
            self.tenth = min(9, self.sent * 10 // arguments.requests)
            if self.sent == slow_at and arguments.slow_seconds > 0:
                self.slow_phase()
            if self.random.random() < arguments.malformed:
                self.bad_request()
            else:
                method, params = self.good_request()
                self.request(method, params)
            self.sent += 1
            if self.sent % 50_000 == 0:
                version += 1
                self.notify("textDocument/didChange", {"textDocument": {"uri": SCRIPT_URI, "version": version},
                                                       "contentChanges": [{"text": SCRIPT + f"# {version}\n"}]})
                print(f"  {self.sent:>9,} sent, {time.monotonic() - started:7.1f} s, "
                      f"RSS {rss_kib(self.process.pid) / 1024:6.1f} MB", flush=True)
        stop.set()
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with self.lock:
                waiting = len(self.pending)
            if waiting == 0:
                break
            time.sleep(0.1)
        elapsed = time.monotonic() - started
        self.rss.append((elapsed, rss_kib(self.process.pid), self.sent))
        self.report(elapsed)

    def call(self, method, params):
        """The result of one request (setup only)."""
        request_id = self.request(method, params, kind="setup")
        while True:
            with self.lock:
                if request_id in self.results:
                    return self.results.pop(request_id).get("result", {})
            time.sleep(0.001)

    def slow_phase(self):
        seconds = self.arguments.slow_seconds
        print(f"  slow reader: not reading for {seconds:g} s while writing", flush=True)
        self.reading.clear()
        before = rss_kib(self.process.pid)
        writer_blocked = threading.Event()

        def write_more():
            for _ in range(20_000):
                self.request("argot/services", {}, kind="slow-reader", wait=False)
            writer_blocked.set()

        extra = threading.Thread(target=write_more, daemon=True)
        extra.start()
        time.sleep(seconds)
        during = rss_kib(self.process.pid)
        blocked = not writer_blocked.is_set()
        self.reading.set()
        extra.join()
        print(f"  slow reader: RSS {before / 1024:.1f} MB before, {during / 1024:.1f} MB after {seconds:g} s; "
              f"client writes {'blocked (backpressure)' if blocked else 'all accepted'}", flush=True)

    def report(self, elapsed):
        status = self.process.poll()
        crashed = status is not None and status != 0
        with self.lock:
            unanswered = {}
            for kind, _, _ in self.pending.values():
                unanswered[kind] = unanswered.get(kind, 0) + 1
        print(f"\n{self.sent:,} requests in {elapsed:.1f} s ({self.sent / elapsed:,.0f}/s)")
        print(f"crashed: {'yes (status %s)' % status if crashed else 'no'}")
        print(f"unanswered: {sum(unanswered.values())} {unanswered if unanswered else ''}")
        print(f"unreadable-id errors: {self.null_id_errors} of {self.null_id_expected} expected; "
              f"batch answers: {self.batches}")
        print("answers: " + ", ".join(f"{kind} {count:,}" for kind, count in sorted(self.kinds.items())))
        print("\nRSS over time:")
        for seconds, kib, sent in self.rss:
            print(f"  {seconds:8.1f} s  {sent:>9,} sent  {kib / 1024:7.1f} MB")
        warm = [kib for seconds, kib, sent in self.rss if sent >= self.arguments.requests // 10]
        if len(warm) >= 2:
            print(f"growth after warm-up: {warm[0] / 1024:.1f} MB -> {warm[-1] / 1024:.1f} MB "
                  f"({(warm[-1] - warm[0]) / warm[0]:+.1%})")
        print("\ncompletion probe (argot/complete every 10 ms) by tenth of the run:")
        for tenth in range(10):
            values = [ms for t, ms in self.probe if t == tenth]
            if values:
                print(f"  {tenth + 1:>2}/10  {len(values):>6} probes  p50 {statistics.median(values):7.2f} ms  "
                      f"p99 {percentile(values, 0.99):7.2f} ms")
        all_values = [ms for _, ms in self.probe]
        print(f"  all    {len(all_values):>6} probes  p50 {statistics.median(all_values):7.2f} ms  "
              f"p99 {percentile(all_values, 0.99):7.2f} ms")
        return 1 if crashed or unanswered else 0

    def close(self):
        try:
            self.process.stdin.close()
        except OSError:
            pass
        try:
            self.process.wait(60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=1_000_000, help="requests in the mix")
    parser.add_argument("--window", type=int, default=256, help="most requests in flight")
    parser.add_argument("--malformed", type=float, default=0.10, help="fraction of malformed requests")
    parser.add_argument("--slow-seconds", type=float, default=20.0, help="how long the client stops reading")
    parser.add_argument("--rss-every", type=float, default=5.0, help="seconds between RSS samples")
    parser.add_argument("--no-build", action="store_true", help="do not build the release binary first")
    arguments = parser.parse_args()
    binary = os.environ.get("ARGOT_BINARY") or release_build.RELEASE_ARGOT
    if not arguments.no_build and "ARGOT_BINARY" not in os.environ:
        release_build.build("argot", quiet=False)
    cache = tempfile.mkdtemp(prefix="argot-soak-cache-")
    environment = dict(os.environ, ARGOT_CACHE_DIR=cache)
    soak = Soak(binary, environment, arguments)
    try:
        soak.run()
    finally:
        soak.close()
        shutil.rmtree(cache, ignore_errors=True)
    print(f"exit status after end of input: {soak.process.returncode}")


if __name__ == "__main__":
    sys.exit(main())
