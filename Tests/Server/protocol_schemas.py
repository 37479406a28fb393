"""Validates messages against Schemas/protocol/openrpc.json (draft-07 schemas inside an OpenRPC document)."""

import json
import os
import pathlib

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

ROOT = pathlib.Path(__file__).resolve().parents[2]
OPENRPC_PATH = ROOT / "Schemas" / "protocol" / "openrpc.json"
OPENRPC = json.loads(OPENRPC_PATH.read_text())
METHODS = {method["name"]: method for method in OPENRPC["methods"]}
ERRORS = OPENRPC["components"]["errors"]
# Errors any request can get from the transport, whatever its method.
TRANSPORT_CODES = {-32700, -32600, -32601, -32602, -32603, -32002, -32800}


def _retrieve(uri):
    path = uri.removeprefix("file://")
    return Resource.from_contents(json.loads(pathlib.Path(path).read_text()), default_specification=DRAFT7)


REGISTRY = Registry(retrieve=_retrieve)


def validator(schema):
    """A draft-07 validator for a schema inside the OpenRPC document (its $refs resolve against the document).

    The schema goes under `allOf`: in draft-07 a `$ref` hides its siblings, `$id` included."""
    root = {"$id": OPENRPC_PATH.as_uri(), "components": OPENRPC["components"], "allOf": [schema]}
    return jsonschema.Draft7Validator(root, registry=REGISTRY)


def check_params(method, params):
    validator(METHODS[method]["x-params"]).validate(params if params is not None else {})


def check_result(method, result):
    validator(METHODS[method]["result"]["schema"]).validate(result)


def error_spec(code):
    for spec in ERRORS.values():
        if spec["code"] == code:
            return spec
    return None


def check_error(method, error):
    """The error object's shape, that its code is documented for the method, and its data's schema."""
    validator({"type": "object", "required": ["code", "message"],
               "properties": {"code": {"type": "integer"}, "message": {"type": "string"}, "data": {}},
               "additionalProperties": False}).validate(error)
    listed = {ERRORS[ref["$ref"].rsplit("/", 1)[1]]["code"] for ref in METHODS.get(method, {}).get("errors", [])}
    assert error["code"] in listed | TRANSPORT_CODES, f"{method}: undocumented error code {error['code']}"
    spec = error_spec(error["code"])
    assert spec is not None, f"error code {error['code']} is not in components/errors"
    if "data" in spec:
        validator(spec["data"]).validate(error.get("data"))


def check_reply(method, reply):
    """A whole JSON-RPC reply to a request of `method`."""
    assert reply.get("jsonrpc") == "2.0"
    assert ("result" in reply) != ("error" in reply), reply
    if "result" in reply:
        check_result(method, reply["result"])
    else:
        check_error(method, reply["error"])
