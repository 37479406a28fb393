"""argot's completion offers everything the pinned AWS CLI's completer offers.

The oracle is awscli's own completer (`awscli.completer.Completer`, what `aws_completer` runs), called in-process
on a generated, seeded set of several hundred lines across services: services, operations, `wait`, custom
commands and their subcommands, options (with some already given, and with the cursor in the middle of the line),
and the values of `--output` and `--profile`. argot answers through one `argot serve` (`argot/complete`), so the
models are read once.

The AWS CLI v1 completer reads the line differently in two ways, which the generator accounts for (see
Documentation/Completion.md, "Differences from aws_completer"):
- it completes the word before the cursor even after a space, and treats a command name typed in full as
  "list what follows" (`aws ec2` lists ec2's operations, `aws --output` lists the formats), where argot
  completes the word at the cursor: argot gets those lines with a space added;
- it only sees the line up to the cursor, so it offers options that are given after the cursor; argot leaves
  them out, and the comparison drops them from v1's list.
Everything else must be included: argot may offer more (AWS CLI v2 options such as `--cli-input-yaml`, values,
`wait`'s waiters), never less.
"""

import json
import os
import random
import subprocess
import tempfile

import pytest

from argot_binary import argot_path

completer_module = pytest.importorskip("awscli.completer")

# The server follows AWS CLI v1's rules here, as it does with this aws installed. `--v2-debug`: v1's hidden switch
# for trying v2 behaviour, accepted but not offered (a migration aid). And `--outfile`:
# v1's completer offers the positional `outfile` of streaming operations as an option, which the CLI rejects.
NOT_OFFERED = {"--v2-debug", "--outfile"}


def boolean_partners(line):
    """`--no-x` for each `--x` given in the line and the other way round: argot drops a boolean pair together."""
    partners = set()
    for word in line.split()[:-1]:
        if word.startswith("--no-"):
            partners.add("--" + word[len("--no-"):])
        elif word.startswith("--"):
            partners.add("--no-" + word[2:])
    return partners

ALWAYS = ["ec2", "s3", "s3api", "directconnect", "dynamodb", "iam", "lambda", "configure", "eks",
          "cloudformation", "emr", "sqs", "sns", "logs", "rds"]
SAMPLED_SERVICES = 20
OPERATIONS_PER_SERVICE = 3


class Server:
    """One `argot serve` over newline-delimited JSON."""

    def __init__(self, env):
        self.process = subprocess.Popen([argot_path(), "serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, text=True, env=env)
        self.next_id = 0
        self.request("initialize", {"clientInfo": {"name": "test_completion"}})

    def request(self, method, params=None):
        self.next_id += 1
        message = {"jsonrpc": "2.0", "id": self.next_id, "method": method}
        if params is not None:
            message["params"] = params
        self.process.stdin.write(json.dumps(message) + "\n")
        self.process.stdin.flush()
        reply = json.loads(self.process.stdout.readline())
        assert "result" in reply, reply
        return reply["result"]

    def complete(self, line, point=None):
        params = {"line": line} if point is None else {"line": line, "point": point}
        return {item["insertText"] for item in self.request("argot/complete", params)["items"]}

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=60)


@pytest.fixture(scope="module")
def environment():
    folder = tempfile.mkdtemp(prefix="argot-completion-")
    config = os.path.join(folder, "config")
    credentials = os.path.join(folder, "credentials")
    with open(config, "w") as handle:
        handle.write("[default]\nregion = eu-west-1\n[profile dev]\n[profile prod]\n")
    with open(credentials, "w") as handle:
        handle.write("[default]\n[ci]\n")
    env = dict(os.environ, AWS_CONFIG_FILE=config, AWS_SHARED_CREDENTIALS_FILE=credentials,
               ARGOT_CACHE_DIR=os.path.join(folder, "cache"), ARGOT_AWS_CLI="v1")
    env.pop("ARGOT_NO_BOTOCORE", None)
    saved = {key: os.environ.get(key) for key in ("AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE")}
    os.environ.update(AWS_CONFIG_FILE=config, AWS_SHARED_CREDENTIALS_FILE=credentials)
    yield env
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def documented(table):
    return [name for name, command in table.items()
            if not getattr(command, "_UNDOCUMENTED", False) and not getattr(command, "positional_arg", False)]


def generate_lines(completer):
    """(v1 line, argot line, argot point, options given after the cursor, class) tuples, seeded."""
    rng = random.Random(4)
    main_table = completer.main_help.command_table
    names = sorted(documented(main_table))
    services = [name for name in ALWAYS if name in main_table]
    services += rng.sample([name for name in names if name not in services], SAMPLED_SERVICES)
    lines = [("aws", "aws ", None, (), "services"), ("aws --output", "aws --output ", None, (), "global values"),
             ("aws --profile", "aws --profile ", None, (), "global values"),
             ("aws ec2 describe-instances --output", "aws ec2 describe-instances --output ", None, (), "global values"),
             ("aws --deb", "aws --deb", None, (), "global options"), ("aws --", "aws --", None, (), "global options")]
    for service in services:
        for length in sorted({1, 2, len(service) - 1}):
            if not 0 < length < len(service) or service[:length] in main_table:
                continue  # v1 reads a full command name as "list what follows it"
            lines.append((f"aws {service[:length]}", f"aws {service[:length]}", None, (), "services"))
        lines.append((f"aws {service}", f"aws {service} ", None, (), "operations"))
        help_command = main_table[service].create_help_command()
        operations = sorted(documented(help_command.command_table or {}))
        if not operations:
            continue
        for operation in rng.sample(operations, min(2, len(operations))):
            for length in sorted({1, 3, len(operation) - 1}):
                prefix = operation[:length]
                if not 0 < length < len(operation) or prefix in help_command.command_table:
                    continue
                lines.append((f"aws {service} {prefix}", f"aws {service} {prefix}", None, (), "operations"))
        if "wait" in operations:
            lines.append((f"aws {service} wa", f"aws {service} wa", None, (), "wait"))
        for operation in rng.sample(operations, min(OPERATIONS_PER_SERVICE, len(operations))):
            sub = help_command.command_table[operation].create_help_command()
            options = sorted(documented(sub.arg_table or {}))
            if operation == "wait" or not options:
                lines.append((f"aws {service} {operation} --", f"aws {service} {operation} --", None, (),
                              "options"))
                continue
            base = f"aws {service} {operation}"
            lines.append((f"{base} --", f"{base} --", None, (), "options"))
            option = rng.choice(options)
            for length in (1, 2, len(option) // 2):
                lines.append((f"{base} --{option[:length]}", f"{base} --{option[:length]}", None, (), "options"))
            given = rng.choice(options)
            lines.append((f"{base} --{given} x --", f"{base} --{given} x --", None, (), "options given"))
            lines.append((f"{base} --region us-east-1 --{option[:1]}", f"{base} --region us-east-1 --{option[:1]}",
                          None, (), "options given"))
            # The cursor in the middle of the line, with an option given after it.
            after = rng.choice(options)
            typed = f"{base} --{option[:1]}"
            lines.append((typed, f"{typed} --{after} y", len(typed), (f"--{after}",), "mid-line"))
    return lines


def test_argot_offers_everything_awscli_offers(environment):
    completer = completer_module.Completer()
    lines = generate_lines(completer)
    assert len(lines) >= 300, len(lines)
    server = Server(environment)
    missing = []
    counts = {}
    try:
        for v1_line, line, point, after, kind in lines:
            expected = set(completer.complete(v1_line)) - set(after) - NOT_OFFERED - boolean_partners(v1_line)
            ours = server.complete(line, point)
            compared, agreed = counts.get(kind, (0, 0))
            counts[kind] = (compared + 1, agreed + (expected <= ours))
            if not expected <= ours:
                missing.append((line, point, sorted(expected - ours)[:8]))
    finally:
        server.close()
    summary = ", ".join(f"{kind} {agreed}/{compared}" for kind, (compared, agreed) in sorted(counts.items()))
    print(f"\n{len(lines)} lines: {summary}")
    assert not missing, f"{len(missing)} of {len(lines)} lines miss candidates: {missing[:10]}"


def run_complete(environment, *args):
    return subprocess.run([argot_path(), "complete", *args], capture_output=True, text=True, env=environment,
                          timeout=300)


def test_argot_complete_prints_plain_lines_and_json(environment):
    line = "aws ec2 run-instances --i"
    plain = run_complete(environment, "--line", line)
    assert plain.returncode == 0, plain.stderr
    rows = [row.split("\t") for row in plain.stdout.splitlines()]
    assert rows[0] == ["--image-id", "The ID of the AMI."]
    assert all(len(row) == 2 and row[0].startswith("--i") for row in rows)
    # The fast path (--line X) and ArgumentParser's forms answer alike.
    assert run_complete(environment, f"--line={line}", "--shell", "plain").stdout == plain.stdout
    document = json.loads(run_complete(environment, "--line", line, "--json").stdout)
    assert [item["insertText"] for item in document["items"]] == [row[0] for row in rows]
    assert document["replace"] == {"start": 22, "end": 25}
    server = Server(environment)
    try:
        assert server.request("argot/complete", {"line": line}) == document
    finally:
        server.close()


def test_argot_complete_point_and_profiles(environment):
    shown = run_complete(environment, "--line", "aws --profile  --region us-east-1", "--point", "14")
    assert shown.stdout.split() == ["default", "dev", "prod", "ci"]
    bad = run_complete(environment, "--line", "aws", "--point", "9")
    assert bad.returncode != 0
    assert "--point must be between 0 and 3" in bad.stderr
