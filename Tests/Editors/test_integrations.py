"""The editor setups in integrations/ parse, and start `argot serve` with argot's settings.

VS Code and Helix do not run on the test machines (Neovim and Emacs do: test_neovim.py, test_emacs.py); this checks what can be
checked without them: the files' syntax and that they name the server and the settings the server reads.
"""

import json
import tomllib

from protocol_schemas import ROOT, validator

INTEGRATIONS = ROOT / "integrations"


def test_helix_languages_toml_runs_argot_next_to_the_other_servers():
    config = tomllib.loads((INTEGRATIONS / "helix" / "languages.toml").read_text())
    server = config["language-server"]["argot"]
    assert (server["command"], server["args"]) == ("argot", ["serve"])
    validator({"$ref": "#/components/schemas/EditorSettings"}).validate(server["config"])
    languages = {language["name"]: language["language-servers"] for language in config["language"]}
    assert "argot" in languages["bash"] and len(languages["bash"]) > 1


def test_vscode_extension_declares_the_settings_the_server_reads():
    manifest = json.loads((INTEGRATIONS / "vscode" / "package.json").read_text())
    properties = manifest["contributes"]["configuration"]["properties"]
    assert {"argot.path", "argot.inputFiles", "argot.diagnosticsDelay"} <= set(properties)
    assert "onLanguage:shellscript" in manifest["activationEvents"]
    extension = (INTEGRATIONS / "vscode" / "extension.js").read_text()
    assert "args: ['serve']" in extension and "configurationSection: 'argot'" in extension


def test_emacs_registers_argot_with_eglot():
    text = (INTEGRATIONS / "emacs" / "argot-eglot.el").read_text()
    assert text.count("(") == text.count(")")
    assert '"serve"' in text and "eglot-server-programs" in text and ":initializationOptions" in text


def test_every_editor_folder_has_a_readme():
    for editor in ("neovim", "vscode", "helix", "emacs"):
        readme = (INTEGRATIONS / editor / "README.md").read_text()
        assert readme.startswith(f"# argot in ") and "argot" in readme


def test_every_setup_has_the_servers_default_diagnostics_delay():
    """Documentation/Editors.md's settings table, the server and each editor's setup agree on the default."""
    import re

    table = (ROOT / "Documentation" / "Editors.md").read_text()
    documented = int(re.search(r"^\| `diagnosticsDelay` \|[^|]*\| `(\d+)` \|$", table, re.M).group(1))
    server = (ROOT / "Sources" / "ArgotServer" / "ArgotServer+TextDocuments.swift").read_text()
    assert documented == 0 and "static let defaultDiagnosticsDelay = Duration.zero" in server
    manifest = json.loads((INTEGRATIONS / "vscode" / "package.json").read_text())
    assert manifest["contributes"]["configuration"]["properties"]["argot.diagnosticsDelay"]["default"] == documented
    assert f"configuration.get('diagnosticsDelay', {documented})" in (INTEGRATIONS / "vscode" / "extension.js").read_text()
    emacs = (INTEGRATIONS / "emacs" / "argot-eglot.el").read_text()
    assert re.search(r"\(defcustom argot-diagnostics-delay (\d+)", emacs).group(1) == str(documented)
    plugin = (INTEGRATIONS / "neovim" / "lua" / "argot" / "init.lua").read_text()
    assert re.search(r"diagnosticsDelay: [^\n]*\(default (\d+)\)", plugin).group(1) == str(documented)
    readme = (INTEGRATIONS / "neovim" / "README.md").read_text()
    assert re.search(r"diagnosticsDelay = (\d+),", readme).group(1) == str(documented)
    helix = tomllib.loads((INTEGRATIONS / "helix" / "languages.toml").read_text())
    assert helix["language-server"]["argot"]["config"]["diagnosticsDelay"] == documented
