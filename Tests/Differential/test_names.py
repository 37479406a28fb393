"""Every command and option name argot derives equals what the pinned AWS CLI offers.

argot derives names from the installed botocore models plus Schemas/cli/cli-layer.json; the oracle is
Scripts/dump-awscli-names.py, which walks the real awscli 1.45.11 command tables. argot runs with AWS CLI v1's
rules (ARGOT_AWS_CLI=v1, what it detects with that aws installed), so there is no accepted difference: the v2-only
options and commands the layer marks are dropped. (The v2 layer is checked against AWS CLI v2's recorded names
in test_cli_layer_v2.py.)
"""

import json
import os
import subprocess
import sys

from argot_binary import REPO, run_argot

def load_oracle():
    script = os.path.join(REPO, "Scripts", "dump-awscli-names.py")
    output = subprocess.run([sys.executable, script], capture_output=True, text=True, check=True).stdout
    return json.loads(output)


def test_every_command_and_option_name_matches_awscli():
    oracle = load_oracle()
    ours = json.loads(run_argot("operations", "--all", "--options", "--json", env={"ARGOT_AWS_CLI": "v1"}).stdout)

    assert set(ours["commands"]) == set(oracle["commands"])
    assert set(ours["hiddenCommands"]) == set(oracle["hiddenCommands"])

    mismatches = []
    compared_paths = compared_options = 0
    for service, paths in oracle["services"].items():
        our_paths = ours["services"].get(service, {})
        extra = set(our_paths) - set(paths)
        if extra:
            mismatches.append((service, "extra commands", sorted(extra)[:5]))
        for path, expected in paths.items():
            compared_paths += 1
            actual = our_paths.get(path)
            if actual is None:
                mismatches.append((service, path, "missing"))
                continue
            for key in ("options", "undocumented", "positional"):
                have = set(actual.get(key, []))
                want = set(expected.get(key, []))
                compared_options += len(want)
                if have != want:
                    mismatches.append((service, path, key, sorted(have - want), sorted(want - have)))
            if bool(actual.get("hidden")) != bool(expected.get("hidden")):
                mismatches.append((service, path, "hidden", actual.get("hidden"), expected.get("hidden")))

    print(f"compared {compared_paths} command paths and {compared_options} option names")
    assert compared_paths > 18000
    assert mismatches == [], mismatches[:20]
