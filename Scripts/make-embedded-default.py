#!/usr/bin/env python3
"""Builds the embedded default model under Schemas/models/ from the pinned botocore.

The embedded default is the Direct Connect service, with every operation, shape, name, type, enum and
constraint, but none of the model's documentation (only facts are kept). Run with the pinned botocore
installed (see README); the output is deterministic.

    python3 Scripts/make-embedded-default.py
"""
import gzip
import json
import os
import sys

import botocore

SERVICE = "directconnect"
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DROP_KEYS = {"documentation", "documentationUrl", "deprecatedMessage", "examples"}


def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k not in DROP_KEYS}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def load(path):
    if os.path.exists(path):
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    with gzip.open(path + ".gz", "rt", encoding="utf-8") as handle:
        return json.load(handle)


def main():
    data = os.path.join(os.path.dirname(botocore.__file__), "data", SERVICE)
    version = sorted(v for v in os.listdir(data) if os.path.isdir(os.path.join(data, v)))[-1]
    source = os.path.join(data, version)
    target = os.path.join(ROOT, "Schemas", "models", SERVICE, version)
    os.makedirs(target, exist_ok=True)
    for name in ("service-2", "paginators-1", "waiters-2"):
        path = os.path.join(source, name + ".json")
        if not (os.path.exists(path) or os.path.exists(path + ".gz")):
            continue
        model = strip(load(path))
        with open(os.path.join(target, name + ".json"), "w", encoding="utf-8") as out:
            json.dump(model, out, indent=1, ensure_ascii=False)
            out.write("\n")
    print("wrote", os.path.relpath(target, ROOT), "from botocore", botocore.__version__, file=sys.stderr)


if __name__ == "__main__":
    main()
