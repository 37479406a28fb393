#!/usr/bin/env python3
"""False errors of the language server on a corpus of real shell scripts that call the AWS CLI.

The corpus is a folder kept outside the repository: the scripts at their paths inside checkouts of their
repositories (so files beside a script are there, as in an editor), and `scripts.txt` listing the scripts (paths
relative to the folder). Without `scripts.txt` every `*.sh` that calls `aws` is taken.

For each script, `argot serve` (the language server, over Content-Length framing) opens it as an editor would and
publishes its diagnostics; every error (severity 1) is attributed to the `aws` command it lies in. Each flagged
command is then judged:

- a command without shell expansions (`$…`, backquotes) is run by the pinned AWS CLI v1 in-process, in the
  script's folder, with fake credentials; a handler on `provide-client-params` runs botocore's parameter
  validation and stops before any request is made (nothing is sent). If the AWS CLI accepts it (or exits 0, as
  `aws --version` does), argot's error is false, unless the error is a file the AWS CLI cannot read either,
  which counts as false only when the script writes that file earlier (see below);
- a command with expansions cannot be run; its errors are put in a cause by rules (a file the script writes
  earlier, a value the shell computes, `${…}` inside shorthand, `command -v aws` and the like, array literals,
  backquoted commands, …); what no rule recognises is listed as "unclassified" for a person to read.

A file counts as written by the script when an earlier line redirects into it (`>`, `>>`, `tee`), downloads it
(`curl -o`, `wget -O`), zips it, copies it from S3 (`aws s3 cp s3://… f`) or clones it (`git clone`).

Commands are counted as the lines (continuations joined) where `aws` starts a command: at the start, or after
`;`, `&&`, `||`, `|`, `(`, `$(`, a backquote, `!`, `if`, `then`, `elif`, `else`, `while`, `until`, `do`, `sudo`,
`exec`, `time` or variable assignments.

Usage: python3 Benchmarks/script_corpus.py CORPUS [--json OUT] [--limit N]
  (ARGOT_BINARY names the binary; the default is .build/debug/argot)

Warnings on words bash brace-expands or globs (`brace-expansion`, `unquoted-glob`) are not errors: they are
counted apart ("shell_warnings") and listed in the JSON output for a person to read.
"""

import argparse
import contextlib
import io
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import threading
import queue
import time

# Warnings (not errors) on words bash changes before the AWS CLI sees them; counted apart, each listed.
SHELL_WARNING_CODES = {"brace-expansion", "unquoted-glob"}

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

COMMAND_START = re.compile(
    r"(?:^|[;&|(`!]|\$\(|\bif\b|\bthen\b|\belif\b|\bwhile\b|\buntil\b|\bdo\b|\belse\b|\bsudo\b|\bexec\b|\btime\b)\s*"
    r"(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*aws(?=\s)"
)


# MARK: The language server


class LanguageServer:
    """`argot serve` spoken to with Content-Length framing."""

    def __init__(self, binary):
        environment = dict(os.environ)
        environment.pop("ARGOT_NO_BOTOCORE", None)
        environment["ARGOT_CACHE_DIR"] = tempfile.mkdtemp(prefix="argot-corpus-cache-")
        self.process = subprocess.Popen(
            [binary, "serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            env=environment,
        )
        self.messages = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.next_id = 1

    def _read(self):
        stream = self.process.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            self.messages.put(json.loads(stream.read(length)))

    def send(self, message):
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        while True:
            message = self.messages.get(timeout=120)
            if message.get("id") == self.next_id:
                return message

    def diagnostics(self, path, text):
        uri = "file://" + path
        self.send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
                   "params": {"textDocument": {"uri": uri, "languageId": "sh", "version": 1, "text": text}}})
        deadline = time.monotonic() + 120
        while True:
            message = self.messages.get(timeout=max(0.1, deadline - time.monotonic()))
            params = message.get("params", {})
            if message.get("method") == "textDocument/publishDiagnostics" and params.get("uri") == uri:
                self.send({"jsonrpc": "2.0", "method": "textDocument/didClose",
                           "params": {"textDocument": {"uri": uri}}})
                return params["diagnostics"]

    def close(self):
        try:
            self.request("shutdown", None)
            self.send({"jsonrpc": "2.0", "method": "exit"})
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()


# MARK: Reading the scripts


def logical_lines(text):
    """(first line number, joined text, [(offset in joined text, line number)]) for `\\`-continued lines."""
    lines = text.split("\n")
    result = []
    index = 0
    while index < len(lines):
        start = index
        parts = []
        starts = []
        offset = 0
        while True:
            line = lines[index]
            starts.append((offset, index))
            if line.endswith("\\") and index + 1 < len(lines):
                parts.append(line[:-1] + " ")
                offset += len(line)
                index += 1
                continue
            parts.append(line)
            index += 1
            break
        result.append((start, index - 1, "".join(parts)))
    return result


def strip_comment(line):
    """The line without a `#` comment (outside quotes)."""
    quote = None
    for index, char in enumerate(line):
        if quote:
            if char == quote:
                quote = None
        elif char in "'\"":
            quote = char
        elif char == "#" and (index == 0 or line[index - 1] in " \t;"):
            return line[:index]
    return line


def aws_commands(text):
    """[(first line, last line, command text from `aws` to the end of its simple command)]."""
    commands = []
    for first, last, joined in logical_lines(text):
        code = strip_comment(joined)
        for match in COMMAND_START.finditer(code):
            start = match.end() - 3
            commands.append((first, last, cut_command(code[start:])))
    return commands


def cut_command(text):
    """`text` up to the first unquoted control operator or redirection."""
    quote = None
    depth = 0
    index = 0
    while index < len(text):
        char = text[index]
        if quote == "'":
            if char == "'":
                quote = None
        elif quote == '"':
            if char == "\\":
                index += 1
            elif char == '"':
                quote = None
        elif char == "\\":
            index += 1
        elif char in "'\"":
            quote = char
        elif char == "$" and text[index + 1:index + 2] == "(":
            depth += 1
            index += 1
        elif char == ")" and depth:
            depth -= 1
        elif char == "`":
            # A backquote outside quotes ends a backquoted command (or starts a nested one).
            return text[:index]
        elif depth == 0 and (char in ";&|)<>" or char == "\n"):
            return text[:index]
        index += 1
    return text


def has_expansion(text):
    """Whether the command has `$…` or a backquote outside single quotes."""
    quote = None
    index = 0
    while index < len(text):
        char = text[index]
        if quote == "'":
            if char == "'":
                quote = None
        else:
            if char == "\\":
                index += 2
                continue
            if char == "'" and quote is None:
                quote = "'"
            elif char == '"':
                quote = None if quote == '"' else '"'
            elif char in "$`":
                return True
        index += 1
    return False


WRITERS = [
    re.compile(r"(?<![<&0-9])>>?\|?\s*([\"']?)([^\s;&|<>\"')]+)\1"),
    re.compile(r"\btee\s+(?:-a\s+)?([\"']?)([^\s;&|<>\"')]+)\1"),
    re.compile(r"\bcurl\b[^\n;|]*?\s-o\s*([\"']?)([^\s;&|<>\"')]+)\1"),
    re.compile(r"\bwget\b[^\n;|]*?\s-O\s*([\"']?)([^\s;&|<>\"')]+)\1"),
    re.compile(r"\bzip\s+(?:-[a-zA-Z0-9]+\s+)*([\"']?)([^\s;&|<>\"')]+)\1"),
    re.compile(r"\baws\s+s3\s+cp\s+s3://\S+\s+([\"']?)([^\s;&|<>\"')]+)\1"),
    re.compile(r"\bgit\s+clone\s+\S+\s+([\"']?)([^\s;&|<>\"')-][^\s;&|<>\"')]*)\1"),
    # `curl -O URL` and `git clone URL` name the file or folder after the URL's last part.
    re.compile(r"\bcurl\b[^\n;|]*?\s-[a-zA-Z]*O\s+()\S*/([^\s/;&|<>\"')]+)"),
    re.compile(r"\bgit\s+clone\s+(?:--?\S+\s+)*()\S*/([^\s/;&|<>\"')]+?)(?:\.git)?/?(?:\s|$)"),
]


def written_before(text, line_number, path):
    """Whether a line before `line_number` writes `path` (compared by the last name, expansions allowed)."""
    name = os.path.basename(path.rstrip("/"))
    lines = text.split("\n")[:line_number]
    for line in map(strip_comment, lines):
        for pattern in WRITERS:
            for match in pattern.finditer(line):
                target = match.group(2)
                folder = target.rstrip("/") + "/"
                if os.path.basename(target.rstrip("/")) == name or target.endswith(name) or path.startswith(folder):
                    return True
                if "$" in target and (name.endswith(target.rsplit("}", 1)[-1]) or "$" in path):
                    return True
    return False


# MARK: The AWS CLI, in-process


AWSCLI_RUNNER = r"""
import contextlib, io, json, os, shlex, sys
os.environ.update({'AWS_ACCESS_KEY_ID': 'AKIDEXAMPLE', 'AWS_SECRET_ACCESS_KEY': 'secret',
    'AWS_DEFAULT_REGION': 'us-east-1', 'AWS_EC2_METADATA_DISABLED': 'true', 'AWS_PAGER': '', 'PAGER': 'cat',
    'MANPAGER': 'cat'})
from awscli.clidriver import create_clidriver
from botocore.validate import ParamValidator
class Stop(Exception):
    pass
state = {}
def capture(params, model, **kwargs):
    # After botocore's own before-parameter-build handlers (idempotency tokens are filled there).
    report = ParamValidator().validate(params, model.input_shape) if model.input_shape else None
    state['verdict'] = 'reject' if report and report.has_errors() else 'accept'
    state['message'] = report.generate_report() if report and report.has_errors() else ''
    raise Stop()
def before_send(**kwargs):
    state.setdefault('verdict', 'accept')
    raise Stop()
driver = create_clidriver()
driver.session.get_component('event_emitter').register_last('before-parameter-build', capture)
driver.session.register('before-send', before_send)
args = shlex.split(sys.argv[1])[1:]
out, err = io.StringIO(), io.StringIO()
code = None
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    try:
        code = driver.main(args)
    except SystemExit as e:
        code = e.code
    except Stop:
        pass
    except BaseException as e:
        state.setdefault('verdict', 'reject')
        state.setdefault('message', repr(e))
if 'verdict' not in state:
    state['verdict'] = 'accept' if code in (0, None) else 'reject'
    state['message'] = err.getvalue().strip()[-300:]
print(json.dumps(state))
"""


def awscli_verdict(command, folder):
    """'accept' or 'reject' and the AWS CLI's message, for a command without expansions."""
    try:
        shlex.split(command)
    except ValueError:
        return "reject", "unbalanced quotes"
    home = tempfile.mkdtemp(prefix="argot-corpus-home-")
    environment = dict(os.environ, HOME=home, AWS_CONFIG_FILE=os.devnull, AWS_SHARED_CREDENTIALS_FILE=os.devnull)
    for name in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE"):
        environment.pop(name, None)
    try:
        done = subprocess.run([sys.executable, "-c", AWSCLI_RUNNER, command], cwd=folder, env=environment,
                              capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
        answer = json.loads(done.stdout.strip().splitlines()[-1])
        return answer["verdict"], answer.get("message", "")
    except Exception as error:  # a crash or a hang of the AWS CLI: undecided, counted as a rejection
        return "reject", f"runner failed: {error}"


# MARK: Causes for commands with expansions


TRUE_CODES = {"unknown-operation", "unknown-option", "unknown-service", "invalid-json", "unknown-parameter"}


def real_mistake(command, errors, text, line_number):
    """Why argot's errors on a command with expansions are right, or None: a name that does not exist, a file
    neither in the repository nor written by the script, bad JSON."""
    codes = {error["code"] for error in errors}
    if codes & TRUE_CODES:
        return "a name or document that is wrong whatever the shell gives"
    if codes & {"file-unreadable", "streaming-file-missing"}:
        path = re.search(r"(?:file(?:b)?://|--body\s+)(\S+?)['\"]?(?:\s|$)", command)
        if path and "$" not in path.group(1) and not written_before(text, line_number, path.group(1)):
            return "a file that is not there and that the script does not write"
    return None


def classify(command, errors, text, line_number):
    """The cause of argot's errors on a command with expansions, or None when no rule recognises it."""
    codes = {error["code"] for error in errors}
    words = command.split()
    before = text.split("\n")[line_number]
    if re.search(r"\b(command\s+-v|which|type|hash)\s+aws\b", before):
        return "4: not running aws (command -v, which, type, hash)"
    if re.search(r"[A-Za-z_][A-Za-z0-9_]*=\(\s*[\"']?aws", before):
        return "4: array literal"
    if "missing-service" in codes and len(words) <= 2 and words[1:2] and words[1].startswith("$"):
        return "aws $VAR (words after an expansion)"
    if len(words) > 1 and words[1] in ("--version", "help", "configure") or words[-1:] == ["help"]:
        return "5: aws --version / help / configure"
    if "file-unreadable" in codes:
        for error in errors:
            if error["code"] == "file-unreadable":
                path = re.search(r"file(?:b)?://(\S+?)['\"]?(?:\s|$)", command)
                if path and written_before(text, line_number, path.group(1)):
                    return "1: file the script writes"
    if "shorthand-syntax" in codes and "${" in command:
        return "3: ${VAR} inside a shorthand value"
    if codes <= {"missing-required-option", "missing-required-parameter"}:
        if "file://" in command:
            return "1/2: required member filled by a file or an expansion"
        return "2: value the shell computes fills a required member"
    if "`" in before and "aws" in before.split("`", 1)[-1]:
        return "backquoted command"
    return None


def cause_without_expansion(command, errors, text, line_number, verdict, message):
    codes = {error["code"] for error in errors}
    words = command.split()
    if len(words) > 1 and (words[1] in ("--version", "help", "configure") or words[-1] == "help"):
        return "5: aws --version / help / configure"
    if "file-unreadable" in codes or "missing-required-option" in codes and "file://" in command:
        path = re.search(r"file(?:b)?://(\S+?)['\"]?(?:\s|$)", command)
        if path and written_before(text, line_number, path.group(1)):
            return "1: file the script writes"
    if "missing-required-option" in codes or "missing-required-parameter" in codes:
        return "6/7/8: required member the CLI fills (token, streaming, added option)"
    if verdict == "accept":
        return "other: accepted by the AWS CLI"
    return None


# MARK: Main


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--json", help="write every flagged command and its judgement here")
    parser.add_argument("--limit", type=int, default=0)
    arguments = parser.parse_args()
    corpus = os.path.abspath(arguments.corpus)
    listing = os.path.join(corpus, "scripts.txt")
    if os.path.exists(listing):
        scripts = [line.strip() for line in open(listing) if line.strip()]
    else:
        scripts = []
        for folder, _, names in os.walk(corpus):
            for name in names:
                if name.endswith(".sh"):
                    path = os.path.relpath(os.path.join(folder, name), corpus)
                    if aws_commands(open(os.path.join(corpus, path), errors="replace").read()):
                        scripts.append(path)
    if arguments.limit:
        scripts = scripts[:arguments.limit]
    binary = os.environ.get("ARGOT_BINARY") or os.path.join(REPO, ".build", "debug", "argot")
    server = LanguageServer(binary)
    server.request("initialize", {"processId": os.getpid(), "rootUri": None, "capabilities": {}})
    server.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})

    total_commands = 0
    total_errors = 0
    flagged = []
    shell_warnings = []
    started = time.monotonic()
    for relative in scripts:
        path = os.path.join(corpus, relative)
        text = open(path, encoding="utf-8", errors="replace").read()
        commands = aws_commands(text)
        total_commands += len(commands)
        published = server.diagnostics(path, text)
        errors = [d for d in published if d.get("severity") == 1]
        lines = text.split("\n")
        for warning in published:
            if warning.get("code") in SHELL_WARNING_CODES:
                start = warning["range"]["start"]
                line = lines[start["line"]]
                shell_warnings.append({"script": relative, "line": start["line"] + 1, "code": warning["code"],
                                       "word": line[start["character"]:].split(" ", 1)[0][:120]})
        total_errors += len(errors)
        by_command = {}
        for error in errors:
            line = error["range"]["start"]["line"]
            owner = next(((first, last, command) for first, last, command in commands if first <= line <= last),
                         None)
            if owner is None and not re.search(r"\baws\b", text.split("\n")[line]):
                # A line inside a multi-line quoted value: the command that starts last before it.
                owner = next(((first, last, command) for first, last, command in reversed(commands)
                              if first <= line), None)
            key = owner or (line, line, text.split("\n")[line].strip())
            by_command.setdefault(key, []).append(error)
        for (first, last, command), found in by_command.items():
            entry = {"script": relative, "line": first + 1, "command": command[:500],
                     "errors": [{"code": e["code"], "message": e["message"][:200],
                                 "column": e["range"]["start"]["character"]} for e in found]}
            if not command.startswith("aws"):
                entry["judgement"] = "false"
                entry["cause"] = classify("aws", found, text, first) or "not an aws command"
            elif has_expansion(command):
                cause = classify(command, found, text, first)
                mistake = None if cause else real_mistake(command, found, text, first)
                entry["judgement"] = "false" if cause else ("true" if mistake else "unclassified")
                entry["cause"] = cause or mistake or ""
            else:
                verdict, message = awscli_verdict(command, os.path.dirname(path))
                entry["awscli"] = verdict
                entry["awscli_message"] = message[:300]
                cause = cause_without_expansion(command, found, text, first, verdict, message)
                if verdict == "accept" or (cause and cause.startswith("1:")):
                    entry["judgement"] = "false"
                    entry["cause"] = cause or "other: accepted by the AWS CLI"
                else:
                    entry["judgement"] = "true"
            flagged.append(entry)
    server.close()

    def errors_of(judgement):
        return sum(len(entry["errors"]) for entry in flagged if entry["judgement"] == judgement)

    false_errors = errors_of("false")
    causes = {}
    for entry in flagged:
        if entry["judgement"] == "false":
            causes[entry["cause"]] = causes.get(entry["cause"], 0) + len(entry["errors"])
    summary = {
        "scripts": len(scripts),
        "commands": total_commands,
        "errors": total_errors,
        "false_errors": false_errors,
        "true_errors": errors_of("true"),
        "unclassified_errors": errors_of("unclassified"),
        "false_per_100_commands": round(100.0 * false_errors / max(1, total_commands), 2),
        "scripts_with_false_errors": len({e["script"] for e in flagged if e["judgement"] == "false"}),
        "causes": dict(sorted(causes.items(), key=lambda item: -item[1])),
        "seconds": round(time.monotonic() - started, 1),
        "shell_warnings": {code: sum(1 for w in shell_warnings if w["code"] == code)
                           for code in sorted(SHELL_WARNING_CODES)},
        "scripts_with_shell_warnings": len({w["script"] for w in shell_warnings}),
    }
    if arguments.json:
        with open(arguments.json, "w") as output:
            json.dump({"summary": summary, "flagged": flagged, "shell_warnings": shell_warnings}, output, indent=1)
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
