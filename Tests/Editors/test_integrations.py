"""The editor setups in integrations/ parse, and start `argot serve` with argot's settings.

VS Code, Helix and Emacs do not run on the test machines (Neovim does: test_neovim.py); this checks what can be
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
