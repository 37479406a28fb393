"""Hostile input, a hostile disk and a slow client (issue 13): models nested 5,000 deep or missing a shape, file://
values naming FIFOs, devices, directories and huge files, content never quoted back, the language server's file
policy, megabyte-long names, a client that stops reading, and `argot complete --point -5`.

Runs the real binary (ARGOT_BINARY or .build/debug/argot). One-shot commands use the embedded Direct Connect model
(ARGOT_NO_BOTOCORE=1) unless a test brings its own models through AWS_DATA_PATH.
"""

import json
import os
import select
import subprocess
import sys
import tempfile
import threading
import time

import pytest

from argot_server import Server, argot_path, frame

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Editors"))

from lsp_client import LSPClient  # noqa: E402

BGP = ["aws", "directconnect", "create-bgp-peer", "--virtual-interface-id", "dxvif-1", "--new-bgp-peer"]


def run_argot(*args, env=None, timeout=30):
    environment = dict(os.environ)
    environment["ARGOT_NO_BOTOCORE"] = "1"
    environment["ARGOT_CACHE_DIR"] = tempfile.mkdtemp(prefix="argot-hostile-cache-")
    environment.update(env or {})
    started = time.monotonic()
    done = subprocess.run([argot_path(), *args], capture_output=True, text=True, env=environment, timeout=timeout)
    return done, time.monotonic() - started


# MARK: - Models


def write_model(root, shapes, input_shape="Request"):
    folder = os.path.join(root, "hostiledemo", "2020-01-01")
    os.makedirs(folder, exist_ok=True)
    model = {
        "version": "2.0",
        "metadata": {"apiVersion": "2020-01-01", "endpointPrefix": "hostiledemo", "protocol": "json",
                     "serviceId": "hostiledemo", "signatureVersion": "v4", "serviceFullName": "Hostile Demo",
                     "uid": "hostiledemo-2020-01-01", "jsonVersion": "1.1", "targetPrefix": "Hostile"},
        "operations": {"Go": {"name": "Go", "http": {"method": "POST", "requestUri": "/"},
                              "input": {"shape": input_shape}}},
        "shapes": shapes,
    }
    path = os.path.join(folder, "service-2.json")
    with open(path, "w") as file:
        json.dump(model, file)
    return path


def chain(count):
    shapes = {}
    for level in range(count):
        name = "Request" if level == 0 else f"S{level}"
        members = {"next": {"shape": f"S{level + 1}"}} if level + 1 < count else {"leaf": {"shape": "Text"}}
        shapes[name] = {"type": "structure", "members": members}
    shapes["Text"] = {"type": "string"}
    return shapes


@pytest.mark.parametrize("command", [["schema", "hostiledemo", "go"], ["skeleton", "hostiledemo", "go"],
                                     ["doc", "hostiledemo", "go"],
                                     ["parse", "--", "aws", "hostiledemo", "go", "--next", "{}"]])
def test_a_model_nested_5000_deep_is_a_clear_error(tmp_path, command):
    path = write_model(str(tmp_path), chain(5000))
    done, _ = run_argot(*command, env={"AWS_DATA_PATH": str(tmp_path), "ARGOT_NO_BOTOCORE": "0"})
    assert done.returncode not in (0, -11, 139), done
    assert path in done.stderr or "service-2.json" in done.stderr, done.stderr
    assert "shapes.Request" in done.stderr and "levels deep" in done.stderr, done.stderr


def test_a_missing_input_shape_is_an_error_naming_it(tmp_path):
    write_model(str(tmp_path), {"Other": {"type": "string"}}, input_shape="GoRequest")
    done, _ = run_argot("schema", "hostiledemo", "go", env={"AWS_DATA_PATH": str(tmp_path), "ARGOT_NO_BOTOCORE": "0"})
    assert done.returncode != 0, done
    assert '"GoRequest"' in done.stderr and "operations.Go.input" in done.stderr, done.stderr


def test_a_missing_member_shape_is_an_error_naming_it(tmp_path):
    shapes = {"Request": {"type": "structure", "members": {"a": {"shape": "Gone"}}}}
    write_model(str(tmp_path), shapes)
    done, _ = run_argot("schema", "hostiledemo", "go", env={"AWS_DATA_PATH": str(tmp_path), "ARGOT_NO_BOTOCORE": "0"})
    assert done.returncode != 0, done
    assert '"Gone"' in done.stderr and "shapes.Request.members.a" in done.stderr, done.stderr


# MARK: - Files named by values


@pytest.fixture
def fifo(tmp_path):
    path = str(tmp_path / "pipe")
    os.mkfifo(path)
    return path


def special_files(tmp_path, fifo):
    return {"fifo": (fifo, "FIFO"), "device": ("/dev/zero", "character device"),
            "directory": (str(tmp_path), "directory")}


@pytest.mark.parametrize("kind", ["fifo", "device", "directory"])
@pytest.mark.parametrize("form", ["file", "fileb", "at-equals", "cli-input-json", "cli-input-yaml"])
@pytest.mark.parametrize("verb", ["parse", "validate"])
def test_special_files_are_refused_at_once(tmp_path, fifo, kind, form, verb):
    path, words = special_files(tmp_path, fifo)[kind]
    line = {
        "file": BGP + [f"file://{path}"],
        "fileb": ["aws", "directconnect", "create-bgp-peer", "--virtual-interface-id", f"fileb://{path}"],
        "at-equals": BGP + [f"asn=1,authKey@=file://{path}"],
        "cli-input-json": ["aws", "directconnect", "create-bgp-peer", "--cli-input-json", f"file://{path}"],
        "cli-input-yaml": ["aws", "directconnect", "create-bgp-peer", "--cli-input-yaml", f"file://{path}"],
    }[form]
    done, elapsed = run_argot(verb, "--", *line)
    assert elapsed < 10
    assert done.returncode != 0, done
    text = done.stdout + done.stderr
    assert words.lower() in text.lower(), text


@pytest.mark.parametrize("form", ["file", "at-equals", "cli-input-json"])
def test_files_past_the_size_limit_are_refused(tmp_path, form):
    big = tmp_path / "big.json"
    big.write_text('{"asn": 1, "authKey": "' + "k" * 5000 + '"}')
    line = {
        "file": BGP + [f"file://{big}"],
        "at-equals": BGP + [f"asn=1,authKey@=file://{big}"],
        "cli-input-json": ["aws", "directconnect", "create-bgp-peer", "--cli-input-json", f"file://{big}"],
    }[form]
    done, _ = run_argot("parse", "--", *line, env={"ARGOT_MAX_FILE_SIZE": "1000"})
    assert done.returncode != 0, done
    assert "too large" in (done.stdout + done.stderr).lower()
    done, _ = run_argot("parse", "--", *line)  # the default limit (10 MiB) lets it through
    assert "too large" not in (done.stdout + done.stderr).lower()


@pytest.mark.parametrize("form", ["file", "cli-input-json", "cli-input-yaml"])
def test_file_contents_are_never_quoted_in_messages(tmp_path, form):
    secret = tmp_path / "secret.json"
    secret.write_text('{"asn": TOPSECRET}\n' if form != "cli-input-yaml" else 'newBgpPeer: {"asn": TOPSECRET\n')
    line = {
        "file": BGP + [f"file://{secret}"],
        "cli-input-json": ["aws", "directconnect", "create-bgp-peer", "--cli-input-json", f"file://{secret}"],
        "cli-input-yaml": ["aws", "directconnect", "create-bgp-peer", "--cli-input-yaml", f"file://{secret}"],
    }[form]
    for verb in ("parse", "validate"):
        done, _ = run_argot(verb, "--", *line)
        assert done.returncode != 0, done
        text = done.stdout + done.stderr
        assert "TOPSECRET" not in text, text
        assert "at line " in text and "column" in text, text


@pytest.mark.parametrize("style", ["flow", "block"])
def test_deeply_nested_yaml_is_an_error_not_a_crash(tmp_path, style):
    path = tmp_path / "deep.yaml"
    if style == "flow":
        path.write_text("newBGPPeer: " + "[" * 100_000 + "]" * 100_000 + "\n")
    else:
        path.write_text("newBGPPeer:\n" + "".join(" " * level + "a:\n" for level in range(1, 3000)))
    line = ["aws", "directconnect", "create-bgp-peer", "--cli-input-yaml", f"file://{path}"]
    for verb in ("parse", "validate"):
        done, _ = run_argot(verb, "--", *line, env={"ARGOT_AWS_CLI": "v2"})
        assert done.returncode not in (0, -11, 139), done
        assert "more than 512 levels deep" in done.stderr + done.stdout


# MARK: - The language server's file policy


def lsp_diagnostics(folder, script_folder, text, options=None, workspace=True):
    with LSPClient() as client:
        params = {"processId": os.getpid(), "capabilities": {}, "clientInfo": {"name": "pytest-hostile"}}
        if workspace:
            params["workspaceFolders"] = [{"uri": "file://" + folder, "name": "ws"}]
        if options is not None:
            params["initializationOptions"] = options
        client.call("initialize", params)
        client.notify("initialized", {})
        uri = "file://" + os.path.join(script_folder, "deploy.sh")
        client.open(uri, text)
        return client.wait_for_diagnostics(uri, 1)["diagnostics"]


@pytest.fixture
def workspace():
    root = tempfile.mkdtemp(prefix="argot-hostile-ws-")
    outside = tempfile.mkdtemp(prefix="argot-hostile-outside-")
    os.makedirs(os.path.join(root, "scripts"))
    for folder in (root, outside):
        with open(os.path.join(folder, "peer.json"), "w") as file:
            file.write('{"asn": 64512, "addressFamily": "ipv6"}')
    return root, outside


def test_scripts_read_files_under_the_workspace_only_by_default(workspace):
    root, outside = workspace
    line = " ".join(BGP)
    text = (f"{line} file://{root}/peer.json\n{line} file://peer.json\n{line} file://{outside}/peer.json\n"
            f"{line} file://{root}/scripts/../../{os.path.basename(outside)}/peer.json\n")
    found = lsp_diagnostics(root, os.path.join(root, "scripts"), text)
    unreadable = [d for d in found if d["code"] == "file-unreadable"]
    # Line 1 (the script's folder has no peer.json) is unreadable for being missing, lines 2 and 3 by policy.
    assert [d["range"]["start"]["line"] for d in unreadable] == [1, 2, 3], found
    assert all("fileReads" in d["message"] for d in unreadable[1:]), unreadable


def test_a_symbolic_link_out_of_the_workspace_is_refused(workspace):
    root, outside = workspace
    os.symlink(os.path.join(outside, "peer.json"), os.path.join(root, "link.json"))
    found = lsp_diagnostics(root, root, " ".join(BGP) + " file://link.json\n")
    assert [d["code"] for d in found] == ["file-unreadable"], found


def test_file_reads_none_and_any(workspace):
    root, outside = workspace
    text = f"{' '.join(BGP)} file://peer.json\n{' '.join(BGP)} file://{outside}/peer.json\n"
    found = lsp_diagnostics(root, root, text, options={"fileReads": "none"})
    assert [d["code"] for d in found] == ["file-unreadable", "file-unreadable"], found
    found = lsp_diagnostics(root, root, text, options={"fileReads": "any"})
    assert found == [], found


def test_a_bad_file_reads_setting_is_refused():
    with LSPClient() as client:
        reply = client.request("initialize", {"initializationOptions": {"fileReads": "everything"}})
        assert reply["error"]["code"] == -32602 and "fileReads" in reply["error"]["message"]


def test_a_fifo_named_by_a_script_does_not_hold_the_server(workspace):
    root, _ = workspace
    os.mkfifo(os.path.join(root, "pipe.json"))
    found = lsp_diagnostics(root, root, " ".join(BGP) + " file://pipe.json\n")
    assert [d["code"] for d in found] == ["file-unreadable"] and "FIFO" in found[0]["message"], found


# MARK: - Cost


def test_a_long_service_name_is_answered_at_once():
    done, elapsed = run_argot("schema", "s" * 100_000, "send-message")
    assert done.returncode != 0 and "unknown service" in done.stderr
    assert elapsed < 5, elapsed


def test_megabyte_names_do_not_hold_up_completion():
    with Server() as server:
        server.initialize()
        huge = "d" * 1_000_000
        started = time.monotonic()
        for index in range(2):
            server.send({"jsonrpc": "2.0", "id": f"big{index}", "method": "argot/schema",
                         "params": {"service": huge, "operation": "x" * 1_000_000}})
        server.send({"jsonrpc": "2.0", "id": "tab", "method": "argot/complete", "params": {"line": "aws dir"}})
        answers = {}
        while len(answers) < 3:
            reply = server.reply()
            answers[reply["id"]] = (reply, time.monotonic() - started)
        assert "result" in answers["tab"][0]
        assert answers["big0"][0]["error"]["code"] == -32010
        assert max(elapsed for _, elapsed in answers.values()) < 5


def test_complete_with_a_negative_point_says_what_is_wrong():
    done, _ = run_argot("complete", "--line", "aws s", "--point", "-5")
    assert done.returncode != 0
    assert "--point must be between 0 and 5" in done.stderr, done.stderr
    assert "Missing value" not in done.stderr


# MARK: - A client that stops reading


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def test_a_client_that_stops_reading_gets_backpressure_and_loses_nothing():
    environment = dict(os.environ, ARGOT_NO_BOTOCORE="1", ARGOT_CACHE_DIR=tempfile.mkdtemp(prefix="argot-hostile-"))
    process = subprocess.Popen([argot_path(), "serve", "--output-budget", "65536", "--max-pending-requests", "64"],
                               stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=environment)
    try:
        count = 3000
        request = {"jsonrpc": "2.0", "method": "argot/schema",
                   "params": {"service": "directconnect", "operation": "create-bgp-peer"}}
        body = frame(json.dumps({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {}}), "content-length")
        body += b"".join(frame(json.dumps({**request, "id": n + 1}), "content-length") for n in range(count))
        writer = threading.Thread(target=lambda: (process.stdin.write(body), process.stdin.close()), daemon=True)
        writer.start()
        time.sleep(3)
        # The server has stopped reading: our writer is blocked, and the server holds a bounded amount.
        assert writer.is_alive()
        held = rss_kib(process.pid)
        time.sleep(2)
        assert rss_kib(process.pid) < held + 16 * 1024
        # Now read everything: every request is answered exactly once.
        data = process.stdout.read()
        writer.join(30)
        ids = []
        while data:
            header, _, rest = data.partition(b"\r\n\r\n")
            length = int(header.split(b":")[1])
            ids.append(json.loads(rest[:length])["id"])
            data = rest[length:]
        assert sorted(ids) == list(range(count + 1))
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
