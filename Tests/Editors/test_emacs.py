"""Emacs (Debian's emacs-nox 28 with elpa-eglot) in batch mode, set up as integrations/emacs/README.md says
(`(require 'argot-eglot)` with `argot` on PATH), drives `argot serve` through eglot: Flymake's diagnostic of a bad
shorthand value at its exact characters, completion inside `--new-bgp-peer` (the candidates, and
completion-at-point applying the item's edit), and the hover eldoc shows. Skipped when emacs or eglot is missing.
"""

import json
import os
import shutil
import subprocess
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Server"))

from argot_server import argot_path  # noqa: E402
from protocol_schemas import ROOT  # noqa: E402

PREFIX = "aws directconnect create-bgp-peer --virtual-interface-id dxvif-1 --new-bgp-peer "
LINES = [PREFIX + "asn=abc,addressFamily=ipv4", PREFIX + "asn=1,a", PREFIX + "asn=1,addr"]


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    emacs = shutil.which("emacs")
    if emacs is None:
        pytest.skip("emacs is not installed")
    probe = subprocess.run([emacs, "--batch", "--eval", "(progn (package-initialize) (require 'eglot))"],
                           capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    if probe.returncode != 0:
        pytest.skip("eglot is not installed (Debian: elpa-eglot)")
    folder = tmp_path_factory.mktemp("argot-emacs")
    script = folder / "deploy.sh"
    script.write_text("\n".join(LINES) + "\n")
    out = folder / "out.json"
    environment = dict(os.environ, HOME=str(folder), ARGOT_NO_BOTOCORE="1", ARGOT_CACHE_DIR=str(folder / "cache"),
                       PATH=os.path.dirname(argot_path()) + os.pathsep + os.environ.get("PATH", ""),
                       ARGOT_EMACS_INTEGRATION=str(ROOT / "integrations" / "emacs"),
                       ARGOT_EMACS_SCRIPT=str(script), ARGOT_EMACS_OUT=str(out))
    process = subprocess.run(
        [emacs, "--batch", "-l", str(ROOT / "Tests" / "Editors" / "emacs_driver.el")],
        env=environment, capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL, cwd=folder,
    )
    assert out.exists(), (process.returncode, process.stdout, process.stderr)
    result = json.loads(out.read_text())
    assert "error" not in result, (result, process.stderr)
    return result


def test_eglot_starts_argot_for_a_shell_script(session):
    assert session["mode"] == "sh-mode"
    assert session["connected"] is True
    assert session["server"] == "argot"


def test_flymake_shows_the_bad_shorthand_value_at_its_characters(session):
    column = LINES[0].index("asn=abc") + len("asn=")
    first = [d for d in session["diagnostics"] if d["start"][0] == 0]
    assert first == [{"start": [0, column], "end": [0, column + 3], "type": "eglot-error",
                      "text": 'argot [invalid-integer]: expected an integer, got "abc"'}]


def test_completion_offers_the_keys_after_the_comma(session):
    assert session["capf"] == "argot-completion-at-point"
    assert session["typed"] == "a"
    assert {"addressFamily", "amazonAddress", "authKey", "asnLong"} <= set(session["candidates"])
    assert all(candidate.startswith("a") for candidate in session["candidates"])


def test_completion_at_point_applies_the_items_edit(session):
    assert session["completed"] == LINES[2][: -len("addr")] + "addressFamily="


def test_hover_shows_the_options_syntax(session):
    assert session["hover"].startswith("**--new-bgp-peer** (structure)")
    assert "asn=integer" in session["hover"]
