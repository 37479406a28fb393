"""`argot serve --shell-lines` through pipes, and `argot init`: the embedded scripts are the files."""

import os
import subprocess
import sys

from shells import REPO, TIMEOUT, argot_path, environment

END = "\x1e\n"


def escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def one_shot(shell, line, *options):
    result = subprocess.run(
        [argot_path(), "complete", "--shell", shell, "--line", line, *options],
        capture_output=True,
        text=True,
        env=environment(),
        timeout=TIMEOUT,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def read_reply(stream):
    reply = ""
    while not reply.endswith(END):
        line = stream.readline()
        assert line, f"the server closed its output; got {reply!r}"
        reply += line
    return reply[: -len(END)]


def test_replies_are_what_argot_complete_prints():
    server = subprocess.Popen(
        [argot_path(), "serve", "--shell-lines"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(),
    )
    cases = [
        ("bash", "aws directconnect create-bgp-peer --new-bgp-peer asn=1,addr", []),
        ("bash", "aws directconnect create-bgp-peer --new-bgp-peer asn=1,", ["--comp-type", "63", "--columns", "100"]),
        ("bash", "aws --output=t", ["--wordbreaks", " \t\n"]),
        ("zsh", "aws directconnect create-bgp-peer --new-bgp-peer asn=1,", []),
        ("fish", "aws directconnect \\\n  create-bgp-peer --new-bgp-peer asn=1,addressFamily=", []),
    ]
    for shell, line, options in cases:
        fields = [shell, "", escape(line)]
        settings = dict(zip(options[::2], options[1::2]))
        if "--comp-type" in settings:
            fields.append("type=" + settings["--comp-type"])
        if "--columns" in settings:
            fields.append("columns=" + settings["--columns"])
        if "--wordbreaks" in settings:
            fields.append("wordbreaks=" + escape(settings["--wordbreaks"]))
        server.stdin.write("\t".join(fields) + "\n")
        server.stdin.flush()
        assert read_reply(server.stdout) == one_shot(shell, line, *options)
    # A bad request gets an empty reply and a message naming the field; the server goes on.
    server.stdin.write("bash\tten\taws dire\n")
    server.stdin.flush()
    assert read_reply(server.stdout) == ""
    server.stdin.write("bash\t\taws dire\n")
    server.stdin.flush()
    assert read_reply(server.stdout) == "space\ndirectconnect\n"
    server.stdin.close()
    assert server.wait(timeout=TIMEOUT) == 0
    errors = server.stderr.read()
    assert 'request 6: point: "ten" is not a number of characters' in errors


def test_pipelined_requests_are_answered_in_order():
    requests = "".join(f"fish\t\taws directconnect create-bgp-peer --new-bgp-peer asn={n},addr\n" for n in range(200))
    result = subprocess.run(
        [argot_path(), "serve", "--shell-lines"], input=requests, capture_output=True, text=True, env=environment(),
        timeout=TIMEOUT,
    )
    assert result.returncode == 0, result.stderr
    replies = result.stdout.split(END)
    assert replies[-1] == ""
    assert len(replies) == 201
    for n, reply in enumerate(replies[:-1]):
        assert reply.split("\t")[0].rstrip("\n") == f"asn={n},addressFamily="


def test_argot_init_prints_the_files():
    for shell, name in (("bash", "aws.bash"), ("zsh", "_aws"), ("fish", "aws.fish")):
        result = subprocess.run([argot_path(), "init", shell], capture_output=True, text=True, timeout=TIMEOUT)
        assert result.returncode == 0, result.stderr
        folder = os.path.join(REPO, "integrations", shell)
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            completion = handle.read()
        prompt_path = os.path.join(folder, f"argot-prompt.{shell}")
        prompt = ""
        if os.path.exists(prompt_path):
            with open(prompt_path, encoding="utf-8") as handle:
                prompt = handle.read()
        glue, found, rest = result.stdout.partition(completion)
        assert found, f"argot init {shell} does not hold integrations/{shell}/{name} as it is"
        assert rest == prompt
        assert argot_path() in glue or os.path.realpath(argot_path()) in glue
        assert len(glue.splitlines()) <= 3


def test_embedded_integrations_are_current():
    script = os.path.join(REPO, "Scripts", "embed-integrations.py")
    result = subprocess.run([sys.executable, script, "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_argot_complete_rejects_bad_options():
    result = subprocess.run(
        [argot_path(), "complete", "--shell", "bash", "--line", "aws dire", "--columns", "0"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert result.returncode != 0 and "--columns must be at least 1" in result.stderr


def test_an_overlong_line_gets_an_empty_reply():
    requests = "bash\t\taws " + "x" * (3 << 20) + "\nbash\t\taws dire\n"
    result = subprocess.run(
        [argot_path(), "serve", "--shell-lines"], input=requests, capture_output=True, text=True, env=environment(),
        timeout=TIMEOUT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(END + "space\ndirectconnect")
    assert "request 1: longer than 1048576 bytes" in result.stderr
