"""A local AWS API emulator for the live completion tests: moto's server (pinned `moto[server]`) on 127.0.0.1,
reached by the real `aws` through AWS_ENDPOINT_URL, with resources the tests then complete.

Also two endpoints that misbehave on purpose: one that accepts connections and never answers, one that refuses
every request with 403.
"""

import http.server
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "Differential"))

from argot_binary import argot_path  # noqa: E402, F401

TIMEOUT = 60


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def credentials_environment(endpoint, folder):
    """What the `aws` of the tests (and argot, which runs it) sees: fake keys, one region, the endpoint, no
    config files of the user's and no instance metadata lookups."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.path.join(folder, "home"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ENDPOINT_URL": endpoint,
        "AWS_CONFIG_FILE": os.path.join(folder, "aws-config"),
        "AWS_SHARED_CREDENTIALS_FILE": os.path.join(folder, "aws-credentials"),
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_PAGER": "",
        "ARGOT_CACHE_DIR": os.path.join(folder, "cache"),
    }
    for name in ("PYENV_ROOT", "PYENV_VERSION", "ARGOT_AWS_CLI"):
        if name in os.environ:
            env[name] = os.environ[name]
    os.makedirs(env["HOME"], exist_ok=True)
    return env


class Emulator:
    """moto's server with a few resources of each common kind."""

    def __init__(self):
        if shutil.which("moto_server") is None:
            raise RuntimeError("moto_server is not installed (Scripts/install.sh --test installs moto[server])")
        self.folder = tempfile.mkdtemp(prefix="argot-live-")
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.log = open(os.path.join(self.folder, "moto.log"), "wb")
        self.process = subprocess.Popen(
            ["moto_server", "-H", "127.0.0.1", "-p", str(self.port)], stdout=self.log, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + TIMEOUT
        while True:
            try:
                urllib.request.urlopen(self.endpoint + "/moto-api/", timeout=2)
                break
            except Exception:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError("moto_server did not start")
                time.sleep(0.1)
        self.env = credentials_environment(self.endpoint, self.folder)
        self.instances = []
        self.create_resources()

    def aws(self, *arguments, stdin=None):
        result = subprocess.run(
            ["aws", *arguments, "--output", "json"], capture_output=True, text=True, env=self.env, timeout=TIMEOUT,
            input=stdin,
        )
        assert result.returncode == 0, f"aws {' '.join(arguments)}: {result.stderr}"
        return json.loads(result.stdout) if result.stdout.strip() else None

    def create_resources(self):
        self.aws("s3api", "create-bucket", "--bucket", "argot-demo-bucket")
        for key in ("logs/2026-12-01.txt", "logs/2026-12-02.txt", "readme.txt"):
            self.aws("s3api", "put-object", "--bucket", "argot-demo-bucket", "--key", key)
        run = self.aws(
            "ec2", "run-instances", "--image-id", "ami-12c6146b", "--count", "2", "--instance-type", "t3.nano",
            "--tag-specifications", "ResourceType=instance,Tags=[{Key=Name,Value=web-server}]",
        )
        self.instances = [instance["InstanceId"] for instance in run["Instances"]]
        self.aws("dynamodb", "create-table", "--table-name", "argot-orders",
                 "--attribute-definitions", "AttributeName=id,AttributeType=S",
                 "--key-schema", "AttributeName=id,KeyType=HASH", "--billing-mode", "PAY_PER_REQUEST")
        self.aws("logs", "create-log-group", "--log-group-name", "/argot/app")
        role = self.aws("iam", "create-role", "--role-name", "argot-lambda",
                        "--assume-role-policy-document", '{"Version":"2012-10-17","Statement":[]}')
        self.role_arn = role["Role"]["Arn"]
        archive = io.BytesIO()
        with zipfile.ZipFile(archive, "w") as zipped:
            zipped.writestr("index.py", "def handler(event, context):\n    return event\n")
        package = os.path.join(self.folder, "function.zip")
        with open(package, "wb") as handle:
            handle.write(archive.getvalue())
        self.aws("lambda", "create-function", "--function-name", "argot-fn", "--runtime", "python3.12",
                 "--handler", "index.handler", "--role", self.role_arn, "--zip-file", f"fileb://{package}")
        template = json.dumps({"Resources": {"Topic": {"Type": "AWS::SNS::Topic"}}})
        self.aws("cloudformation", "create-stack", "--stack-name", "argot-stack", "--template-body", template)

    def close(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


class SilentEndpoint:
    """Accepts connections and never answers: a listing against it can only end by its timeout."""

    def __init__(self):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(64)
        self.endpoint = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        self.connections = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while True:
            try:
                connection, _ = self.socket.accept()
            except OSError:
                return
            self.connections.append(connection)

    def close(self):
        self.socket.close()
        for connection in self.connections:
            connection.close()


class ForbiddingEndpoint:
    """Answers every request with 403 and EC2's UnauthorizedOperation error."""

    BODY = (b'<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>UnauthorizedOperation</Code>'
            b"<Message>You are not authorized to perform this operation.</Message></Error></Errors>"
            b"<RequestID>1</RequestID></Response>")

    def __init__(self):
        body = self.BODY

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                self.rfile.read(length)
                self.send_response(403)
                self.send_header("Content-Type", "text/xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST

            def log_message(self, *arguments):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.endpoint = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()
