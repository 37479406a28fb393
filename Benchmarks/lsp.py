#!/usr/bin/env python3
"""Time from a `textDocument/didChange` to the `textDocument/publishDiagnostics` for it, on a large script.

The script has 2,000 lines holding 500 `aws` commands, each continued over four lines with `\\`, a tenth of them
with a mistake (a bad integer, an unknown key, an enum value that does not exist). With the installed botocore
the commands spread over directconnect, ec2, s3api and iam; without it they are Direct Connect commands of the
embedded default.

Workloads, each the median (and p90) of RUNS changes, one at a time, over one LSP connection (Content-Length
framing, as editors speak), measured from the moment the change is written to the moment its diagnostics (the
notification carrying the change's version) are read:

1. one keystroke: one character of one command's value changes (alternately breaking and fixing it), the case
   of someone typing; only that command is read again;
2. every command changed: one edit that touches all 500 commands (a whole-text replacement with each command's
   region changed to one not used before), so none is known and all are read again.

Each runs with the server's default (`diagnosticsDelay` 0: the computation starts at once, and changes that arrive
meanwhile are folded into one more computation) and with a 10 ms delay.

Usage: python3 Benchmarks/lsp.py [--runs R] [--no-build]
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
import time

import release_build

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDER = tempfile.mkdtemp(prefix="argot-lsp-benchmark-script-")
URI = "file://" + FOLDER + "/deploy.sh"

DIRECTCONNECT = [
    ("aws directconnect create-bgp-peer \\", "  --virtual-interface-id dxvif-{i} \\",
     "  --new-bgp-peer asn={asn},addressFamily=ipv4,authKey=key{i} \\", "  --region {region}"),
    ("aws directconnect create-interconnect \\", "  --interconnect-name ic-{i} --bandwidth 10Gbps \\",
     "  --location EqDC2 --tags key=team,value=net{i} key=env,value=prod \\", "  --region {region}"),
    ("aws directconnect describe-connections \\", "  --connection-id dxcon-{i} \\",
     "  --output json \\", "  --region {region}"),
]
BOTOCORE = [
    ("aws ec2 run-instances \\", "  --image-id ami-{i} --instance-type t3.micro --count 1 \\",
     "  --block-device-mappings 'DeviceName=/dev/sda1,Ebs={{VolumeSize={asn},VolumeType=gp3}}' \\",
     "  --region {region}"),
    ("aws s3api put-object \\", "  --bucket bucket-{i} --key logs/{i}.txt \\",
     "  --tagging 'team=net' --storage-class STANDARD \\", "  --region {region}"),
    ("aws iam create-role \\", "  --role-name role-{i} \\",
     "  --assume-role-policy-document file://policy.json \\", "  --region {region}"),
]
# Every tenth command gets one: in a shorthand value where the command has one, else in a global option.
MISTAKES = ["asn=x{i}", "adressFamily=ipv4", "addressFamily=ipv9"]


def script(templates, region="us-east-1"):
    lines = []
    for i in range(500):
        template = templates[i % len(templates)]
        asn = 64512 + i
        command = [line.format(i=i, asn=asn, region=region) for line in template]
        if i % 10 == 0:
            if f"asn={asn}" in command[2]:
                command[2] = command[2].replace(f"asn={asn}", MISTAKES[(i // 30) % 3].format(i=i))
            elif "--output json" in command[2]:
                command[2] = command[2].replace("--output json", "--output jsn")
            else:
                command[3] += " --output jsn"
        lines += command
    assert len(lines) == 2000
    return "\n".join(lines) + "\n"


class Client:
    def __init__(self, binary, environment):
        self.process = subprocess.Popen([binary, "serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, env=environment, bufsize=0)
        self.buffer = b""
        self.next_id = 0

    def send(self, message):
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def read(self):
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end >= 0:
                length = int(self.buffer[:end].split(b":")[1])
                if len(self.buffer) >= end + 4 + length:
                    body = self.buffer[end + 4:end + 4 + length]
                    self.buffer = self.buffer[end + 4 + length:]
                    return json.loads(body)
            chunk = os.read(self.process.stdout.fileno(), 1 << 20)
            if not chunk:
                raise RuntimeError("the server ended")
            self.buffer += chunk

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        while True:
            message = self.read()
            if message.get("id") == self.next_id:
                return message["result"]

    def diagnostics(self, version):
        while True:
            message = self.read()
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["version"] == version:
                return message["params"]["diagnostics"]

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


def measure(binary, environment, templates, delay, runs):
    text = script(templates)
    client = Client(binary, environment)
    client.request("initialize", {"processId": None, "capabilities": {},
                                  "initializationOptions": {"diagnosticsDelay": delay}})
    client.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    started = time.perf_counter()
    client.send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
                 "params": {"textDocument": {"uri": URI, "languageId": "sh", "version": 1, "text": text}}})
    found = client.diagnostics(1)
    counts = {}
    for diagnostic in found:
        counts[diagnostic["code"]] = counts.get(diagnostic["code"], 0) + 1
    opened = time.perf_counter() - started
    version = 1
    lines = text.split("\n")
    candidates = [number for number, line in enumerate(lines) if "asn=6" in line]
    keystroke = []
    for run in range(runs):
        # A `--new-bgp-peer asn=NNNNN,...` line further down each time: the ASN's last digit becomes a letter, then
        # comes back.
        line = candidates[(run * 7) % len(candidates)]
        column = lines[line].find("asn=") + len("asn=") + 4
        version += 1
        for character in ("x", lines[line][column]):
            started = time.perf_counter()
            client.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
                "textDocument": {"uri": URI, "version": version},
                "contentChanges": [{"range": {"start": {"line": line, "character": column},
                                              "end": {"line": line, "character": column + 1}}, "text": character}]}})
            client.diagnostics(version)
            keystroke.append(time.perf_counter() - started)
            version += 1
    everything = []
    for run in range(max(3, runs // 4)):
        version += 1
        started = time.perf_counter()
        client.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": URI, "version": version},
            "contentChanges": [{"text": script(templates, region=f"xx-test-{delay}-{run}")}]}})
        client.diagnostics(version)
        everything.append(time.perf_counter() - started)
    client.close()
    return opened, counts, keystroke, everything


def summary(samples):
    ordered = sorted(samples)
    p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
    return f"median {statistics.median(ordered) * 1000:7.2f} ms   p90 {p90 * 1000:7.2f} ms   ({len(ordered)} runs)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--no-build", action="store_true", help="do not build the release binary first")
    arguments = parser.parse_args()
    binary = os.environ.get("ARGOT_BINARY") or os.path.join(REPO, ".build", "release", "argot")
    if not arguments.no_build and "ARGOT_BINARY" not in os.environ:
        release_build.build("argot", quiet=False)
    cache = tempfile.mkdtemp(prefix="argot-lsp-benchmark-")
    with open(os.path.join(FOLDER, "policy.json"), "w") as file:
        file.write('{"Version": "2012-10-17", "Statement": []}')
    environment = dict(os.environ, ARGOT_CACHE_DIR=cache)
    probe = subprocess.run([binary, "services"], capture_output=True, text=True, env=environment)
    templates = DIRECTCONNECT + (BOTOCORE if "ec2" in probe.stdout.split() else [])
    print(f"script: 2,000 lines, 500 aws commands ({', '.join(sorted({t[0].split()[1] for t in templates}))})")
    try:
        for delay in (0, 10):
            opened, counts, keystroke, everything = measure(binary, environment, templates, delay, arguments.runs)
            listed = ", ".join(f"{count} {code}" for code, count in sorted(counts.items()))
            print(f"diagnosticsDelay {delay} ms: first diagnostics after didOpen {opened * 1000:.0f} ms ({listed})")
            print(f"  one keystroke        {summary(keystroke)}")
            print(f"  every command changed {summary(everything)}")
    finally:
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(FOLDER, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
