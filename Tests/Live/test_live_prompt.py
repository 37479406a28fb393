"""argot prompt lists what exists in the account by default (as AWS CLI v2's auto-prompt does)."""

import shlex
import time

from emulator import TIMEOUT
from terminal import Terminal


def test_prompt_offers_the_instances(emulator, tmp_path):
    names = [name for name in emulator.env if name.startswith("AWS_") or name == "ARGOT_CACHE_DIR"]
    env = {name: emulator.env[name] for name in names}
    script = f'cd {shlex.quote(str(tmp_path))} && "$ARGOT_COMMAND" prompt aws ec2 terminate-instances > out.txt'
    terminal = Terminal(["sh", "-c", script], str(tmp_path), **env)
    try:
        terminal.wait_for(r"^--instance-ids\s+list")
        # Tab until the listing is there (the first Tab may say it is still running).
        deadline = time.monotonic() + TIMEOUT
        while not all(instance in terminal.screen() for instance in emulator.instances):
            assert time.monotonic() < deadline, terminal.last_screen
            terminal.send("Tab")
            time.sleep(1)
        assert "web-server" in terminal.screen()
    finally:
        terminal.close()
