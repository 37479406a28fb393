"""The cost of a Tab whose live listing is cached, through the coprocess (`argot serve --shell-lines`), against the
same Tab with live completion off (the option list), in one run.

Needs a listing in the store: run moto's server (`moto_server -p 5123`) with an instance or two, and one Tab
first. Usage: python3 Benchmarks/live_tab.py ARGOT_BINARY [ENDPOINT]
"""

import os, subprocess, sys, time, statistics
binary = sys.argv[1]
endpoint = sys.argv[2] if len(sys.argv) > 2 else "http://127.0.0.1:5123"
line = "aws ec2 terminate-instances --instance-ids "
def run(live):
    env = dict(os.environ, AWS_ACCESS_KEY_ID="test", AWS_SECRET_ACCESS_KEY="test", AWS_DEFAULT_REGION="us-east-1",
               AWS_ENDPOINT_URL=endpoint, ARGOT_CACHE_DIR=os.environ.get("ARGOT_CACHE_DIR", "/tmp/argot-live-bench"), ARGOT_LIVE_COMPLETION=live)
    p = subprocess.Popen([binary, "serve", "--shell-lines"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
    def ask():
        p.stdin.write(f"zsh\t{len(line)}\t{line}\n".encode()); p.stdin.flush()
        out = b""
        while not out.endswith(b"\x1e\n"):
            out += p.stdout.read1(65536)
        return out
    for _ in range(5): first = ask()
    times = []
    for _ in range(200):
        t = time.perf_counter(); ask(); times.append(time.perf_counter() - t)
    p.stdin.close(); p.wait()
    return statistics.median(times) * 1000, first.count(b"\n")
for live in ["1", "0", "1", "0"]:
    median, lines = run(live)
    print(f"live={live}: median {median:.3f} ms per Tab, {lines} reply lines")
