"""Runs `argot prompt ARGS...` on this terminal the way a shell would, then reports on the terminal itself:

    status=N restored=yes|no out=BYTES

`restored` compares the terminal's settings (termios) before and after, so a prompt that left raw mode on is
caught even when it was killed by a signal (unlike bash, this runner does not repair the terminal). The
prompt's pid goes to pid.txt, its standard output to out.txt, in the working directory.
"""

import os
import resource
import subprocess
import sys
import termios

before = termios.tcgetattr(0)
with open("out.txt", "w") as output:
    # No core file when a test ends the prompt with SIGQUIT or SIGSEGV.
    process = subprocess.Popen(
        [os.environ["ARGOT_COMMAND"], "prompt", *sys.argv[1:]],
        stdout=output,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CORE, (0, 0)),
    )
    with open("pid.txt", "w") as pid:
        pid.write(f"{process.pid}\n")
    status = process.wait()
status = 128 - status if status < 0 else status
restored = "yes" if termios.tcgetattr(0) == before else "no"
print(f"status={status} restored={restored} out={os.path.getsize('out.txt')}", flush=True)
