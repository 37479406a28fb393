"""A real headless Neovim (Debian's neovim 0.7.2) with integrations/neovim drives `argot serve`: it opens a script
with a bad shorthand value and reads the diagnostic and its range, completes inside `--new-bgp-peer asn=1,` and
applies the edit, hovers an option, and applies a code action. Skipped when `nvim` is not installed.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Server"))

from argot_server import argot_path  # noqa: E402
from protocol_schemas import ROOT  # noqa: E402

LINE1 = "aws directconnect create-bgp-peer --virtual-interface-id dxvif-1 --new-bgp-peer asn=abc,addressFamily=ipv4"
LINE2 = "aws directconnect create-bgp-peer --virtual-interface-id dxvif-1 --new-bgp-peer asn=1,"
LINE3 = "aws directconnect create-interconnect --interconnect-name i1 --bandwidth 1Gbps --location L --tags key=a,value=b"


@pytest.fixture(scope="module")
def session():
    nvim = shutil.which("nvim")
    if nvim is None:
        pytest.skip("nvim is not installed")
    folder = tempfile.mkdtemp(prefix="argot-nvim-")
    script = os.path.join(folder, "deploy.sh")
    with open(script, "w") as file:
        file.write(LINE1 + "\n" + LINE2 + "\n" + LINE3 + "\n")
    out = os.path.join(folder, "out.json")
    environment = dict(os.environ, ARGOT_BINARY=argot_path(), ARGOT_NVIM_OUT=out, ARGOT_NVIM_SCRIPT=script,
                       ARGOT_NO_BOTOCORE="1", ARGOT_CACHE_DIR=os.path.join(folder, "cache"),
                       XDG_STATE_HOME=folder, XDG_DATA_HOME=folder, XDG_CONFIG_HOME=folder, XDG_CACHE_HOME=folder)
    runtime = str(ROOT / "integrations" / "neovim")
    driver = str(ROOT / "Tests" / "Editors" / "neovim_driver.lua")
    process = subprocess.run(
        [nvim, "--headless", "--clean", "--cmd", "set rtp+=" + runtime, "-c", "luafile " + driver],
        env=environment, capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL,
    )
    assert os.path.exists(out), (process.returncode, process.stdout, process.stderr)
    with open(out) as file:
        result = json.load(file)
    assert result["errors"] == [], result["errors"]
    return result


def test_neovim_attaches_to_a_shell_script(session):
    assert session["filetype"] == "sh"
    assert session["attached"] is True


def test_neovim_shows_the_bad_shorthand_value_at_its_characters(session):
    assert session["diagnosed"] is True
    column = LINE1.index("asn=abc") + len("asn=")
    first = [d for d in session["diagnostics"] if d["lnum"] == 0]
    assert len(first) == 1, session["diagnostics"]
    assert first[0]["message"] == 'expected an integer, got "abc"'
    assert (first[0]["col"], first[0]["end_lnum"], first[0]["end_col"]) == (column, 0, column + 3)
    assert first[0]["severity"] == 1


def test_neovim_completes_a_shorthand_key_and_applies_the_edit(session):
    assert "addressFamily" in session["labels"]
    column = len(LINE2)
    assert session["edit"]["range"] == {"start": {"line": 1, "character": column},
                                        "end": {"line": 1, "character": column}}
    assert session["completed_line"] == LINE2 + "addressFamily="
    assert session["rediagnosed"] is True


def test_neovim_hovers_an_option(session):
    assert session["hover"].startswith("**--new-bgp-peer** (structure)")
    assert "asn=integer" in session["hover"]


def test_neovim_applies_a_code_action(session):
    assert "Write --tags as JSON" in session["actions"]
    assert session["converted_line"] == LINE3.replace("key=a,value=b", "'[{\"key\":\"a\",\"value\":\"b\"}]'")
