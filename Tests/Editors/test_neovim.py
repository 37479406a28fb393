"""A real headless Neovim (Debian's neovim 0.7.2) set up exactly as integrations/neovim/README.md says (its Lua
blocks, run as written) drives `argot serve`: it opens a script with a bad shorthand value and reads the diagnostic
and its range, completes inside `--new-bgp-peer asn=1,` and applies the edit, hovers an option, applies a code
action, and types <C-x><C-o> after `--inst` and `--instance-type t3.`. Skipped when `nvim` is not installed.
"""

import json
import os
import re
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
LINE4 = "aws ec2 run-instances --image-id ami-1 --inst"
LINE5 = "aws ec2 run-instances --image-id ami-1 --instance-type t3."


def readme_configuration():
    """The Lua blocks of integrations/neovim/README.md that a user copies into init.lua: the install step and the
    mappings (both the on_attach one and the guarded LspAttach one), with the folder's real path."""
    text = (ROOT / "integrations" / "neovim" / "README.md").read_text()
    blocks = [block for block in re.findall(r"```lua\n(.*?)```", text, re.S)
              if "runtimepath:append" in block or "on_attach = function" in block or "LspAttach" in block]
    assert len(blocks) == 3, blocks
    return "\n".join(blocks).replace("/path/to/argot/integrations/neovim", str(ROOT / "integrations" / "neovim"))


@pytest.fixture(scope="module")
def session():
    nvim = shutil.which("nvim")
    if nvim is None:
        pytest.skip("nvim is not installed")
    folder = tempfile.mkdtemp(prefix="argot-nvim-")
    script = os.path.join(folder, "deploy.sh")
    with open(script, "w") as file:
        file.write("\n".join([LINE1, LINE2, LINE3, LINE4, LINE5]) + "\n")
    configuration = os.path.join(folder, "init.lua")
    with open(configuration, "w") as file:
        file.write(readme_configuration())
    out = os.path.join(folder, "out.json")
    # `argot` on PATH, as the README's setup expects; the installed botocore's models when there are (ec2 for
    # the omnifunc checks), else the embedded Direct Connect default.
    environment = dict(os.environ, ARGOT_NVIM_OUT=out, ARGOT_NVIM_SCRIPT=script,
                       PATH=os.path.dirname(argot_path()) + os.pathsep + os.environ.get("PATH", ""),
                       ARGOT_CACHE_DIR=os.path.join(folder, "cache"),
                       XDG_STATE_HOME=folder, XDG_DATA_HOME=folder, XDG_CONFIG_HOME=folder, XDG_CACHE_HOME=folder)
    environment.pop("ARGOT_NO_BOTOCORE", None)
    driver = str(ROOT / "Tests" / "Editors" / "neovim_driver.lua")
    process = subprocess.run(
        [nvim, "--headless", "--clean", "-c", "luafile " + configuration, "-c", "luafile " + driver],
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


def test_the_readme_setup_maps_hover_and_sets_argots_omnifunc(session):
    assert session["mapped_hover"] is True
    assert session["omnifunc"] == "v:lua.require'argot'.omnifunc"


def has_ec2(session):
    return bool(session["omni"][0].get("words")) or pytest.skip("no installed botocore (ec2) for argot")


def test_omnifunc_completes_an_option_after_dashes(session):
    has_ec2(session)
    first = session["omni"][0]
    assert "--instance-type" in first["words"]
    assert all(word.startswith("--inst") for word in first["words"])
    assert first["inserted"] == LINE4[: -len("--inst")] + first["words"][0]


def test_omnifunc_completes_a_value_with_a_dot_without_repeating_it(session):
    has_ec2(session)
    second = session["omni"][1]
    assert second["words"][0] == "t3.nano"
    assert all(word.startswith("t3.") for word in second["words"])
    assert second["inserted"] == LINE5 + "nano"


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
