"""fish: `complete -C` with the script `argot init fish` prints (and the file installed in completions/)."""

import os
import subprocess
import tempfile

import pytest

from shells import TIMEOUT, REPO, argot_path, botocore_installed, environment, require, write

SEED_BGP = "aws directconnect create-bgp-peer --virtual-interface-id dxvif-1 --new-bgp-peer asn=64600,addressFamily=ipv6"
SEED_INTERCONNECT = (
    "aws directconnect create-interconnect --interconnect-name x --bandwidth 10Gbps --location EqDC2 "
    "--tags key=a,value=b"
)


def fish_quote(text):
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def complete(*lines, setup=None, env=None):
    """For each line, fish's `complete -C` answer as [(value, description)]."""
    require("fish")
    if setup is None:
        setup = f"{argot_path()} init fish | source\n"
    script = setup + "".join(f"complete -C{fish_quote(line)}; echo '\x1f'\n" for line in lines)
    folder = tempfile.mkdtemp(prefix="argot-fish-")
    # Not --no-config: that would also leave out fish's own completions folder (with its aws.fish), which argot's
    # script must replace. The user's configuration stays out through private XDG folders.
    result = subprocess.run(
        ["fish", "-c", f"source {write(os.path.join(folder, 'script.fish'), script)}"],
        capture_output=True,
        text=True,
        env=env
        or environment(XDG_CONFIG_HOME=os.path.join(folder, "config"), XDG_DATA_HOME=os.path.join(folder, "data")),
        cwd=folder,
        timeout=TIMEOUT,
    )
    assert result.returncode == 0, result.stderr
    answers = []
    for block in result.stdout.split("\x1f\n")[: len(lines)]:
        answers.append([tuple((entry.split("\t", 1) + [""])[:2]) for entry in block.split("\n") if entry])
    return answers


def values(answer):
    return [value for value, _ in answer]


def test_seed_commands_and_shorthand_positions():
    service, key, value, typed, new_item, next_key = complete(
        "aws dire",
        SEED_BGP[: -len("ressFamily=ipv6")],
        SEED_BGP[: -len("ipv6")],
        "aws directconnect create-bgp-peer --new-bgp-peer asn=1,addr",
        SEED_INTERCONNECT + " k",
        SEED_INTERCONNECT[: -len("value=b")] + "v",
    )
    assert values(service) == ["directconnect"]
    # Whole tokens: fish replaces the token.
    assert values(key) == ["asn=64600,addressFamily="]
    assert values(value) == ["asn=64600,addressFamily=ipv4", "asn=64600,addressFamily=ipv6"]
    assert values(typed) == ["asn=1,addressFamily="]
    assert values(new_item) == ["key="]
    assert values(next_key) == ["key=a,value="]


def test_option_equals_value_quotes_and_order():
    equals, quoted, options = complete(
        "aws --output=t",
        "aws directconnect create-bgp-peer --new-bgp-peer \"asn=1,addressFamily=",
        "aws directconnect create-bgp-peer --",
    )
    assert values(equals) == ["--output=text", "--output=table"]
    assert values(quoted) == ["asn=1,addressFamily=ipv4", "asn=1,addressFamily=ipv6"]
    # -k keeps argot's order (the command's options first, not sorted).
    assert values(options)[:2] == ["--virtual-interface-id", "--new-bgp-peer"]


def test_descriptions_and_lines_across_services():
    if not botocore_installed():
        pytest.skip("the installed botocore's models are needed")
    keys, instance_type, invocation, waiter = complete(
        "aws directconnect create-bgp-peer --new-bgp-peer asn=1,",
        "aws ec2 run-instances --instance-ty",
        "aws lambda invoke --function-name f --invocation-type ",
        "aws ec2 wait instance-r",
    )
    assert ("asn=1,asnLong=", "The long ASN for a new BGP peer.") in keys
    assert values(instance_type) == ["--instance-type"]
    assert values(invocation) == ["Event", "RequestResponse", "DryRun"]
    assert values(waiter) == ["instance-running"]


def test_replaces_fish_own_aws_completions_and_works_with_an_alias():
    # fish ships completions/aws.fish (a static service list, s3 helpers that call aws); argot's replace them.
    (service,) = complete("aws s")
    ours = subprocess.run(
        [argot_path(), "complete", "--shell", "fish", "--line", "aws s"],
        capture_output=True,
        text=True,
        env=environment(),
        timeout=TIMEOUT,
    ).stdout
    assert service == [tuple((entry.split("\t", 1) + [""])[:2]) for entry in ours.splitlines()]
    alias_setup = f"{argot_path()} init fish | source\nalias aws='aws --region us-east-1'\n"
    (alias,) = complete("aws directconnect create-bgp-peer --new-bgp-peer asn=1,addr", setup=alias_setup)
    assert values(alias) == ["asn=1,addressFamily="]


def test_installed_in_the_completions_folder():
    config = tempfile.mkdtemp(prefix="argot-fish-config-")
    folder = os.path.join(config, "fish", "completions")
    os.makedirs(folder)
    with open(os.path.join(REPO, "integrations", "fish", "aws.fish"), encoding="utf-8") as handle:
        write(os.path.join(folder, "aws.fish"), handle.read())
    setup = f"set -g ARGOT_COMMAND {argot_path()}\nset -p fish_complete_path {folder}\n"
    (answer,) = complete("aws directconnect create-bgp-peer --new-bgp-peer asn=1,addr", setup=setup)
    assert values(answer) == ["asn=1,addressFamily="]


def test_paths_and_fishs_own_files_where_argot_has_nothing():
    folder = tempfile.mkdtemp(prefix="argot-fish-paths-")
    write(os.path.join(folder, "README.md"), "")
    os.makedirs(os.path.join(folder, "photos"))
    paths, scheme, listing, nothing = complete(
        f"aws s3 cp {folder}/", f"aws s3 cp {folder}/README.md s3", "aws s3 ls ", f"aws configure get {folder}/R"
    )
    assert values(paths) == [f"{folder}/README.md", f"{folder}/photos/", ]
    assert values(scheme) == ["s3://"]
    assert values(listing) == ["s3://"]
    # argot offers nothing for `configure get`'s name; fish's own file completion answers.
    assert values(nothing) == [f"{folder}/README.md"]
