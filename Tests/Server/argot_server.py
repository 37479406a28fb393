"""A client for `argot serve` in tests: spawns the real binary and talks to it through pipes.

The server is found with Tests/Differential/argot_binary.py's argot_path(). It runs with the embedded Direct
Connect default (ARGOT_NO_BOTOCORE=1) unless a test asks for the installed botocore, and always with a private
model cache (ARGOT_CACHE_DIR).
"""

import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Differential"))

from argot_binary import argot_path  # noqa: E402

TIMEOUT = 60


def frame(body, framing):
    """The bytes of one message body (bytes or str) in a framing: 'content-length' or 'lines'."""
    if isinstance(body, str):
        body = body.encode()
    if framing == "lines":
        return body + b"\n"
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class Server:
    """One `argot serve` process. Replies are read on a thread and kept in arrival order."""

    def __init__(self, framing="content-length", args=(), botocore=False, cache_dir=None, env=None):
        self.framing = framing
        self.cache_dir = cache_dir or tempfile.mkdtemp(prefix="argot-server-cache-")
        environment = dict(os.environ)
        environment["ARGOT_CACHE_DIR"] = self.cache_dir
        if botocore:
            environment.pop("ARGOT_NO_BOTOCORE", None)
        else:
            environment["ARGOT_NO_BOTOCORE"] = "1"
        environment.update(env or {})
        self.process = subprocess.Popen(
            [argot_path(), "serve", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=environment,
        )
        self.replies = queue.Queue()
        self.raw = bytearray()
        self.stderr = bytearray()
        self.next_id = 1000000
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self._errors = threading.Thread(target=self._drain_stderr, daemon=True)
        self._errors.start()

    # Writing

    def write(self, data):
        """Writes raw bytes to the server's input."""
        with self._lock:
            self.process.stdin.write(data)
            self.process.stdin.flush()

    def send(self, message):
        """Sends one message (a dict, a list for a batch, or text) in this client's framing."""
        body = message if isinstance(message, (bytes, str)) else json.dumps(message)
        self.write(frame(body, self.framing))

    def notify(self, method, params=None):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)

    def new_id(self):
        self.next_id += 1
        return self.next_id

    def request(self, method, params=None, request_id=None):
        """Sends a request and returns its reply (other replies that arrive meanwhile are dropped)."""
        request_id = self.new_id() if request_id is None else request_id
        message = {"jsonrpc": "2.0", "id": request_id, "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)
        while True:
            reply = self.reply()
            if isinstance(reply, dict) and reply.get("id") == request_id:
                return reply

    def call(self, method, params=None):
        """The result of a request; fails the test on an error reply."""
        reply = self.request(method, params)
        assert "result" in reply, reply
        return reply["result"]

    def initialize(self):
        return self.call("initialize", {"clientInfo": {"name": "pytest"}})

    # Reading

    def reply(self, timeout=TIMEOUT):
        """The next reply (a dict, or a list for a batch)."""
        try:
            return self.replies.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no reply within {timeout} s; stderr: {self.stderr.decode(errors='replace')}")

    def collect(self, count, timeout=TIMEOUT):
        """The next `count` replies."""
        deadline = time.monotonic() + timeout
        result = []
        while len(result) < count:
            result.append(self.reply(timeout=max(0.01, deadline - time.monotonic())))
        return result

    def assert_alive(self):
        """Checks that the server still answers a request."""
        services = self.call("argot/services")
        assert any(service["name"] == "directconnect" for service in services["services"])

    def close(self, timeout=TIMEOUT):
        """Ends the input and returns the exit status."""
        try:
            self.process.stdin.close()
        except BrokenPipeError:
            pass
        return self.wait(timeout)

    def wait(self, timeout=TIMEOUT):
        status = self.process.wait(timeout=timeout)
        self._reader.join(timeout)
        return status

    def shutdown_and_exit(self):
        assert self.call("shutdown") is None
        self.notify("exit")
        return self.wait()

    def _read(self):
        stream = self.process.stdout
        buffer = b""
        while True:
            chunk = stream.read1(1 << 16)
            if not chunk:
                break
            self.raw += chunk
            buffer += chunk
            buffer = self._split(buffer)

    def _split(self, buffer):
        while True:
            if self.framing == "lines":
                end = buffer.find(b"\n")
                if end < 0:
                    return buffer
                self.replies.put(json.loads(buffer[:end]))
                buffer = buffer[end + 1:]
            else:
                end = buffer.find(b"\r\n\r\n")
                if end < 0:
                    return buffer
                headers = buffer[:end].decode()
                length = int(headers.split("Content-Length:")[1].split("\r\n")[0])
                start = end + 4
                if len(buffer) < start + length:
                    return buffer
                self.replies.put(json.loads(buffer[start:start + length]))
                buffer = buffer[start + length:]

    def _drain_stderr(self):
        while True:
            chunk = self.process.stderr.read1(1 << 16)
            if not chunk:
                break
            self.stderr += chunk

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
