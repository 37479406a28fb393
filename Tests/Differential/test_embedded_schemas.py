"""The files the binary embeds are exactly the files under Schemas/, and they are valid."""

import json
import os
import subprocess
import sys

import jsonschema

from argot_binary import REPO


def test_generated_swift_matches_schemas_folder():
    script = os.path.join(REPO, "Scripts", "embed-schemas.py")
    result = subprocess.run([sys.executable, script, "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_cli_layer_is_valid_against_its_schema():
    with open(os.path.join(REPO, "Schemas", "cli", "cli-layer.json"), encoding="utf-8") as handle:
        layer = json.load(handle)
    with open(os.path.join(REPO, "Schemas", "cli", "cli-layer.schema.json"), encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft7Validator(schema).validate(layer)


def test_embedded_default_is_the_pinned_model_without_prose():
    import botocore.session

    folder = os.path.join(REPO, "Schemas", "models", "directconnect", "2012-10-25")
    with open(os.path.join(folder, "service-2.json"), encoding="utf-8") as handle:
        embedded = json.load(handle)
    assert len(embedded["operations"]) == 63
    assert "documentation" not in json.dumps(embedded)
    session_model = botocore.session.get_session().get_service_model("directconnect")
    assert sorted(embedded["operations"]) == sorted(session_model.operation_names)
    peer = embedded["shapes"]["NewBGPPeer"]
    assert list(peer["members"]) == ["asn", "asnLong", "authKey", "addressFamily", "amazonAddress", "customerAddress"]
