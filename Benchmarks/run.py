#!/usr/bin/env python3
"""argot against the real AWS CLI, measured in one run on this machine.

Prints medians and ratios (the machine is small and noisy: compare ratios, not absolute times):

1. `argot skeleton directconnect create-bgp-peer input` vs `aws directconnect create-bgp-peer
   --generate-cli-skeleton input` (whole processes);
2. one-shot `argot schema` for several services (ec2 run-instances included), warm cache, and the
   first call with an empty cache (which builds that service's cache);
3. shorthand parse+typing throughput: argot (`shorthand-throughput`) vs awscli's ShorthandParser and
   BackCompatVisitor, in-process, on the same inputs (the valid argument vectors of the differential
   fixture), interleaved: rounds of argot then awscli, so both see the same load; medians of the rounds.

Usage: python3 Benchmarks/run.py [--runs N] [--seconds S] [--rounds R] [--shorthand-only]
(builds release binaries first)
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
ARGOT = os.path.join(REPO, ".build", "release", "argot")
THROUGHPUT = os.path.join(REPO, ".build", "release", "shorthand-throughput")
VECTORS = os.path.join(REPO, "Tests", "ShorthandTests", "Fixtures", "awscli-shorthand-vectors.json")


def timed(command, runs, env=None, warmup=2):
    for _ in range(warmup):
        subprocess.run(command, capture_output=True, env=env)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, env=env)
        samples.append((time.perf_counter() - start) * 1000)
        if result.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed: {result.stderr.decode()[:500]}")
    return statistics.median(samples)


def row(label, ours, theirs=None):
    if theirs is None:
        print(f"  {label:<58} {ours:9.2f} ms")
    else:
        print(f"  {label:<58} {ours:9.2f} ms  vs {theirs:9.2f} ms  = {theirs / ours:6.1f}x faster")


def awscli_shapes(cases):
    import botocore.session

    session = botocore.session.get_session()
    shapes = []
    for case in cases:
        model = session.get_service_model(case["service"])
        shape = model.operation_model(case["operation"]).input_shape.members[case["member"]]
        shapes.append((case["text"], shape))
    return shapes


def awscli_throughput(shapes, seconds):
    from awscli.shorthand import BackCompatVisitor, ShorthandParser

    parser = ShorthandParser()
    visitor = BackCompatVisitor()
    parses = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for text, shape in shapes:
            try:
                value = parser.parse(text)
                visitor.visit(value, shape)
            except Exception:
                pass
            parses += 1
    return parses / (time.perf_counter() - start)


def main():
    options = argparse.ArgumentParser()
    options.add_argument("--runs", type=int, default=21)
    options.add_argument("--seconds", type=float, default=3.0)
    options.add_argument("--rounds", type=int, default=5)
    options.add_argument("--no-build", action="store_true")
    options.add_argument("--shorthand-only", action="store_true")
    args = options.parse_args()
    if not args.no_build:
        if not args.shorthand_only:
            release_build.build("argot")
        release_build.build("shorthand-throughput")
    if args.shorthand_only:
        shorthand_throughput(args)
        return
    aws = shutil.which("aws")
    cache = tempfile.mkdtemp(prefix="argot-bench-cache-")
    env = dict(os.environ, ARGOT_CACHE_DIR=cache, AWS_EC2_METADATA_DISABLED="true")
    env.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    print(f"argot vs AWS CLI ({subprocess.run([aws, '--version'], capture_output=True, text=True).stdout.strip() or subprocess.run([aws, '--version'], capture_output=True, text=True).stderr.strip()}); medians of {args.runs} runs\n")

    print("1. Skeletons (whole processes)")
    for kind in ("input", "output"):
        ours = timed([ARGOT, "skeleton", "directconnect", "create-bgp-peer", kind], args.runs, env)
        theirs = timed(
            [aws, "directconnect", "create-bgp-peer", "--generate-cli-skeleton", kind]
            + (["--virtual-interface-id", "x"] if kind == "output" else []),
            max(5, args.runs // 3), env)
        row(f"skeleton create-bgp-peer {kind}", ours, theirs)

    print("\n2. One-shot argot answers (warm cache; first call builds the service's cache)")
    for service, operation in [("ec2", "run-instances"), ("directconnect", "create-bgp-peer"),
                               ("s3api", "put-object"), ("dynamodb", "create-table"),
                               ("sagemaker", "create-training-job")]:
        fresh = tempfile.mkdtemp(prefix="argot-bench-cold-")
        start = time.perf_counter()
        subprocess.run([ARGOT, "schema", service, operation], capture_output=True,
                       env=dict(env, ARGOT_CACHE_DIR=fresh), check=True)
        cold = (time.perf_counter() - start) * 1000
        shutil.rmtree(fresh, ignore_errors=True)
        warm = timed([ARGOT, "schema", service, operation], args.runs, env)
        print(f"  argot schema {service} {operation:<28} warm {warm:7.2f} ms   empty cache {cold:8.1f} ms")
    warm = timed([ARGOT, "operations", "ec2"], args.runs, env)
    print(f"  argot operations ec2{'':<34} warm {warm:7.2f} ms")
    theirs = timed([aws, "--version"], max(5, args.runs // 3), env)
    print(f"  (aws --version, for scale: {theirs:.1f} ms)")

    shorthand_throughput(args)
    shutil.rmtree(cache, ignore_errors=True)


def shorthand_throughput(args):
    print(f"\n3. Shorthand parsing and typing throughput (in-process, same inputs, {args.rounds} interleaved rounds"
          f" of {args.seconds:g} s each)")
    vectors = json.load(open(VECTORS))["arguments"]
    cases = [
        {"text": v["words"][0], "service": v["service"], "operation": v["operation"], "member": v["member"]}
        for v in vectors if v.get("kind") == "shorthand" and len(v["words"]) == 1 and "value" in v
    ]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as handle:
        for case in cases:
            handle.write(json.dumps(case) + "\n")
        path = handle.name
    shapes = awscli_shapes(cases)
    ours, theirs, ratios = [], [], []
    for _ in range(args.rounds):
        result = json.loads(subprocess.run([THROUGHPUT, path, str(args.seconds)], capture_output=True, text=True,
                                           check=True).stdout)
        ours.append(result["parses"] / result["seconds"])
        theirs.append(awscli_throughput(shapes, args.seconds))
        ratios.append(ours[-1] / theirs[-1])
    print(f"  {len(cases)} inputs: argot {statistics.median(ours):,.0f} parses/s, awscli"
          f" {statistics.median(theirs):,.0f} parses/s = {statistics.median(ratios):.1f}x"
          f" (rounds: {min(ratios):.1f}x to {max(ratios):.1f}x)")
    os.unlink(path)


if __name__ == "__main__":
    main()
