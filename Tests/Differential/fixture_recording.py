"""Re-records a fixture with the installed AWS CLI, for the tests that prove a committed fixture is real.

Each recorder script (Scripts/record-*.py) drives awscli's own code and writes a JSON fixture that names the
awscli and botocore versions it came from. `rerecord` skips when the installed versions differ, runs the
recorder into a temporary folder, and returns (committed, recorded, path of the new file).
"""

import json
import os
import subprocess
import sys

import pytest

from argot_binary import REPO


def rerecord(recorder, fixture, output_arguments, tmp_path):
    awscli = pytest.importorskip("awscli")
    botocore = pytest.importorskip("botocore")
    with open(os.path.join(REPO, fixture), encoding="utf-8") as handle:
        committed = json.load(handle)
    if (committed["awscli"], committed["botocore"]) != (awscli.__version__, botocore.__version__):
        pytest.skip(
            f"fixture recorded with awscli {committed['awscli']} / botocore {committed['botocore']}, "
            f"installed {awscli.__version__} / {botocore.__version__}"
        )
    output = tmp_path / "recorded.json"
    script = os.path.join(REPO, "Scripts", recorder)
    subprocess.run([sys.executable, script, *output_arguments(str(output))], check=True, cwd=tmp_path)
    return committed, json.loads(output.read_text(encoding="utf-8")), output


def same_bytes(output, fixture):
    with open(os.path.join(REPO, fixture), "rb") as handle:
        return output.read_bytes() == handle.read()
