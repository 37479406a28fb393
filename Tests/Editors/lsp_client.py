"""An LSP client for tests: the real `argot serve` (Tests/Server/argot_server.py) with notifications kept.

Requests wait for their own answer; every notification the server sends meanwhile is kept in order, so a test can
wait for the `textDocument/publishDiagnostics` of a given document version.
"""

import os
import queue
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Server"))

from argot_server import TIMEOUT, Server  # noqa: E402


class LSPClient(Server):
    """`argot serve` spoken to as an editor does (Content-Length framing)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.notifications = []

    def _next(self, deadline):
        try:
            return self.replies.get(timeout=max(0.01, deadline - time.monotonic()))
        except queue.Empty:
            raise AssertionError(f"nothing from the server in time; stderr: {self.stderr.decode(errors='replace')}")

    def request(self, method, params=None, request_id=None, timeout=TIMEOUT):
        """Sends a request and returns its answer; notifications that arrive meanwhile are kept."""
        request_id = self.new_id() if request_id is None else request_id
        message = {"jsonrpc": "2.0", "id": request_id, "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)
        deadline = time.monotonic() + timeout
        while True:
            reply = self._next(deadline)
            if "id" in reply and reply.get("id") == request_id and "method" not in reply:
                return reply
            if "method" in reply:
                self.notifications.append(reply)

    def next_message(self, timeout=TIMEOUT):
        """The next message the server sends (answers and notifications alike)."""
        return self._next(time.monotonic() + timeout)

    def wait_for_diagnostics(self, uri, version=None, timeout=TIMEOUT):
        """The params of the next publishDiagnostics for `uri` (for `version`, when given), kept ones first."""
        deadline = time.monotonic() + timeout
        while True:
            for index, message in enumerate(self.notifications):
                params = message.get("params", {})
                if message.get("method") == "textDocument/publishDiagnostics" and params.get("uri") == uri:
                    if version is None or params.get("version") == version:
                        del self.notifications[: index + 1]
                        return params
            message = self._next(deadline)
            self.notifications.append(message)

    def wait_for_diagnostics_where(self, uri, predicate, timeout=TIMEOUT):
        """The params of the first publishDiagnostics for `uri` whose diagnostics satisfy `predicate`."""
        deadline = time.monotonic() + timeout
        while True:
            params = self.wait_for_diagnostics(uri, timeout=max(0.01, deadline - time.monotonic()))
            if predicate(params["diagnostics"]):
                return params

    def lsp_initialize(self, options=None):
        params = {"processId": os.getpid(), "rootUri": None, "capabilities": {}, "clientInfo": {"name": "pytest-lsp"}}
        if options is not None:
            params["initializationOptions"] = options
        result = self.call("initialize", params)
        self.notify("initialized", {})
        return result

    def open(self, uri, text, language="sh", version=1):
        self.notify("textDocument/didOpen",
                    {"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}})

    def change(self, uri, version, changes):
        self.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                               "contentChanges": changes})

    def position_params(self, uri, line, character):
        return {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}
