"""Tests/Live uses Tests/Server's client, Tests/Editors' LSP client and Tests/Shells' terminal helpers."""

import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for folder in ("Server", "Editors", "Shells", "Prompt", "Terminal", "Differential"):
    sys.path.insert(0, os.path.join(ROOT, folder))

from emulator import Emulator  # noqa: E402


@pytest.fixture(scope="session")
def emulator():
    emulator = Emulator()
    yield emulator
    emulator.close()
