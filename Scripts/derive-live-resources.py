#!/usr/bin/env python3
"""Derives which listing feeds which parameter, for live completion (Schemas/live/live-resources.json).

For every service in the pinned botocore models:

1. Listings come from the models: every List*/Describe* operation that needs no input, and in its output every
   list (up to two levels deep: `Reservations[].Instances[]`) whose items carry an identifier member (`…Id`,
   `…Name`, `…Arn`, `…Url`), or a list of strings (`TableNames[]`).
2. A parameter (an input member, or a list of them: `InstanceIds`) takes the listing of its identifier whose
   operation names the same noun (`InstanceId` → `DescribeInstances`); when the models give no such listing, the
   facts of AWS CLI v2's `completions-1.json` files are used (`--v2-source`, the tree `Scripts/setup-awscli-v2.sh`
   unpacks), which also name listings the models cannot (`Bucket` → `ListBuckets`).
3. `Scripts/live-resources-manual.json` is the reviewed layer on top: descriptions (an instance's `Name` tag, a
   function's runtime), listings the rules get wrong, parameters to leave alone.

Usage: Scripts/derive-live-resources.py [--v2-source TREE] [--check | --check-embedded]
"""

import argparse
import base64
import gzip
import glob
import json
import os
import re
import sys

import botocore
import botocore.session

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generated_file import write_or_check  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(ROOT, "Schemas", "live", "live-resources.json")
MANUAL = os.path.join(ROOT, "Scripts", "live-resources-manual.json")
EMBEDDED = os.path.join(ROOT, "Sources", "LiveResources", "LiveResourceTable+Generated.swift")
# Models whose AWS CLI command has another name.
CLI_COMMANDS = {"s3": "s3api"}
IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9]*(Id|Name|Arn|Url|ARN|ID|Identifier)$")


def paginated_operation(session, service, operation):
    """Whether the CLI paginates `operation` (a CLI name) of `service`: `--max-items` then bounds the listing."""
    try:
        config = session.get_paginator_model(service)._paginator_config
    except Exception:
        return False
    return operation in {cli_name(name) for name in config}


def cli_name(name):
    """botocore's xform_name, as the AWS CLI names operations."""
    from botocore import xform_name

    return xform_name(name, "-")


def singular(name):
    for plural, one in (("Ids", "Id"), ("Names", "Name"), ("Arns", "Arn"), ("Urls", "Url"), ("IDs", "ID")):
        if name.endswith(plural):
            return name[: -len(plural)] + one
    return name


def noun(identifier):
    """`InstanceId` → `Instance`; `Bucket` → `Bucket`."""
    for suffix in ("Identifier", "Id", "Name", "Arn", "Url", "ARN", "ID"):
        if identifier.endswith(suffix) and len(identifier) > len(suffix):
            return identifier[: -len(suffix)]
    return identifier


def required(shape):
    return shape is not None and bool(getattr(shape, "required_members", []))


def listings(model):
    """(operation, query, identifier, description query or None) for every listing the models give."""
    found = []
    for operation_name in model.operation_names:
        if not operation_name.startswith(("List", "Describe")):
            continue
        operation = model.operation_model(operation_name)
        if required(operation.input_shape) or operation.output_shape is None:
            continue
        for member_name, member in operation.output_shape.members.items():
            walk_list(operation_name, member_name, member, 0, found)
    return found


def walk_list(operation_name, path, shape, depth, found):
    if shape.type_name != "list" or depth > 1:
        return
    item = shape.member
    if item.type_name == "string":
        identifier = singular(path.split("[].")[-1])
        if identifier != path.split("[].")[-1]:
            found.append((operation_name, f"{path}[]", identifier, None))
        return
    if item.type_name != "structure":
        return
    description = description_query(item)
    for name, member in item.members.items():
        if member.type_name == "string" and IDENTIFIER.match(name):
            found.append((operation_name, f"{path}[].{name}", name, description))
        elif member.type_name == "list":
            walk_list(operation_name, f"{path}[].{name}", member, depth + 1, found)


def description_query(item):
    """What describes one item: its `Name` tag, else a `Description` member."""
    tags = item.members.get("Tags")
    if tags is not None and tags.type_name == "list" and tags.member.type_name == "structure":
        keys = tags.member.members
        if "Key" in keys and "Value" in keys:
            return "Tags[?Key=='Name'].Value | [0]"
    description = item.members.get("Description")
    if description is not None and description.type_name == "string":
        return "Description"
    return None


def score(operation_name, identifier):
    """How well a listing's operation names the identifier's noun."""
    word = noun(identifier).lower()
    bare = operation_name.removeprefix("Describe").removeprefix("List").lower()
    if bare in (word + "s", word + "es", word[:-1] + "ies" if word.endswith("y") else None):
        return 3
    if word and word in bare:
        return 2
    return 1


def combined_query(query, description):
    """`Reservations[].Instances[].InstanceId` with a description → `Reservations[].Instances[].[InstanceId, …]`."""
    if description is None:
        return query
    head, _, last = query.rpartition(".")
    return f"{head}.[{last}, {description}]"


def v2_facts(source, service):
    if not source:
        return None
    files = sorted(glob.glob(os.path.join(source, "awscli", "botocore", "data", service, "*", "completions-1.json")))
    if not files:
        return None
    with open(files[-1], encoding="utf-8") as file:
        return json.load(file)


def derive(session, service, v2_source, manual):
    services_manual = manual.get("services", {})
    generic = set(manual.get("generic", []))
    model = session.get_service_model(service)
    paginated = set()
    try:
        paginated = set(session.get_paginator_model(service)._paginator_config)
    except Exception:
        pass
    candidates = {}
    for operation_name, query, identifier, description in listings(model):
        candidates.setdefault(identifier, []).append((operation_name, query, description))
    facts = v2_facts(v2_source, service)
    result_listings = {}
    parameters = {}

    def listing(operation_name, query, description, origin):
        key = f"{operation_name}:{query}"
        if key not in result_listings:
            result_listings[key] = {
                "operation": cli_name(operation_name),
                "query": combined_query(query, description),
                "paginated": operation_name in paginated,
                "from": origin,
            }
        return key

    for operation_name in model.operation_names:
        input_shape = model.operation_model(operation_name).input_shape
        if input_shape is None:
            continue
        for member_name, member in input_shape.members.items():
            if member_name in generic:
                continue
            scalar = member.type_name == "string" or (
                member.type_name == "list" and member.member.type_name == "string"
            )
            if not scalar:
                continue
            identifier = singular(member_name) if member.type_name == "list" else member_name
            best = None
            for operation, query, description in candidates.get(identifier, []):
                if operation == operation_name:
                    continue
                rank = score(operation, identifier)
                if best is None or rank > best[0]:
                    best = (rank, operation, query, description)
            fact = None
            if facts:
                entry = facts.get("operations", {}).get(operation_name, {}).get(member_name)
                if entry and entry.get("completions"):
                    completion = entry["completions"][0]
                    resource = facts["resources"].get(completion["resourceName"])
                    if resource and not completion.get("parameters"):
                        query = resource["resourceIdentifier"].get(completion["resourceIdentifier"])
                        if query and not required(model.operation_model(resource["operation"]).input_shape):
                            fact = (resource["operation"], query)
            if best and best[0] == 3:
                parameters.setdefault(operation_name, {})[member_name] = listing(best[1], best[2], best[3], "models")
            elif fact:
                parameters.setdefault(operation_name, {})[member_name] = listing(fact[0], fact[1], None, "awscli-v2")
            elif best and best[0] == 2:
                parameters.setdefault(operation_name, {})[member_name] = listing(best[1], best[2], best[3], "models")

    overlay = services_manual.get(service, {})
    for key, value in overlay.get("listings", {}).items():
        entry = {name: item for name, item in value.items() if name != "replaces"}
        entry["paginated"] = paginated_operation(session, entry.get("service", service), entry["operation"])
        entry["from"] = "reviewed"
        result_listings[key] = entry
        for replaced in value.get("replaces", []):
            for old_key, old in list(result_listings.items()):
                if old_key != key and old.get("from") != "reviewed" and old["operation"] == replaced:
                    for members in parameters.values():
                        for member_name, listing_key in members.items():
                            if listing_key == old_key:
                                members[member_name] = key

    def resolved(key):
        if key is None or not key.startswith("@"):
            return key
        shared = manual["shared"][key[1:]]
        entry = dict(shared)
        entry["paginated"] = paginated_operation(session, entry["service"], entry["operation"])
        entry["from"] = "reviewed"
        if entry["service"] == service:
            del entry["service"]
        result_listings[key] = entry
        return key

    for member_name, key in overlay.get("members", {}).items():
        for operation_name in model.operation_names:
            input_shape = model.operation_model(operation_name).input_shape
            if input_shape is None or member_name not in input_shape.members:
                continue
            if key is None:
                parameters.get(operation_name, {}).pop(member_name, None)
            else:
                parameters.setdefault(operation_name, {})[member_name] = resolved(key)
    for operation_name, members in overlay.get("parameters", {}).items():
        for member_name, key in members.items():
            if key is None:
                parameters.get(operation_name, {}).pop(member_name, None)
            else:
                parameters.setdefault(operation_name, {})[member_name] = resolved(key)
    # The CLI's command for the S3 model is `s3api` (`s3` is its own high-level commands).
    for entry in result_listings.values():
        if entry.get("service", service) in CLI_COMMANDS:
            entry["service"] = CLI_COMMANDS[entry.get("service", service)]
    used = {key for members in parameters.values() for key in members.values()}
    result_listings = {key: value for key, value in sorted(result_listings.items()) if key in used}
    parameters = {name: dict(sorted(members.items())) for name, members in sorted(parameters.items()) if members}
    if not parameters:
        return None
    return {"listings": result_listings, "parameters": parameters}


def embedded_source(document):
    """The Swift file that carries the document in the binary: compact JSON, gzip-compressed (no timestamp, so
    the output is the same on every run), in base64."""
    compact = json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    packed = base64.b64encode(gzip.compress(compact, compresslevel=9, mtime=0)).decode("ascii")
    return (
        "// swift-format-ignore-file\n"
        "// Generated by Scripts/derive-live-resources.py from Schemas/live/live-resources.json. Do not edit.\n\n"
        "extension LiveResourceTable {\n"
        "  /// `Schemas/live/live-resources.json`, compact, gzip-compressed, in base64.\n"
        f'  static let embeddedData = "{packed}"\n'
        "}\n"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--v2-source", help="the AWS CLI v2 source tree (Scripts/setup-awscli-v2.sh)")
    parser.add_argument("--check", action="store_true")
    parser.add_argument(
        "--check-embedded",
        action="store_true",
        help="only check that the Swift file carries Schemas/live/live-resources.json (needs no AWS CLI v2 tree)",
    )
    arguments = parser.parse_args()
    with open(MANUAL, encoding="utf-8") as file:
        manual = json.load(file)
    if arguments.check_embedded:
        sys.argv.append("--check")
        with open(OUTPUT, encoding="utf-8") as file:
            write_or_check(EMBEDDED, embedded_source(json.load(file)), ROOT, "Scripts/derive-live-resources.py")
        return
    session = botocore.session.get_session()
    services = {}
    for service in sorted(session.get_available_services()):
        derived = derive(session, service, arguments.v2_source, manual)
        if derived:
            services[service] = derived
    document = {
        "$comment": "Generated by Scripts/derive-live-resources.py from the pinned botocore models, AWS CLI v2's "
        "completions-1.json facts and Scripts/live-resources-manual.json. Do not edit.",
        "version": 1,
        "botocore": botocore.__version__,
        "services": services,
    }
    text = json.dumps(document, indent=1, sort_keys=False) + "\n"
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    write_or_check(OUTPUT, text, ROOT, "Scripts/derive-live-resources.py --v2-source TREE")
    write_or_check(EMBEDDED, embedded_source(document), ROOT, "Scripts/derive-live-resources.py --v2-source TREE")
    if not arguments.check:
        listings_count = sum(len(entry["listings"]) for entry in services.values())
        parameters_count = sum(len(members) for entry in services.values() for members in entry["parameters"].values())
        print(f"{len(services)} services, {listings_count} listings, {parameters_count} parameters", file=sys.stderr)


if __name__ == "__main__":
    main()
