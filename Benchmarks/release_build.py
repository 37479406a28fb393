"""The release build the benchmarks measure: the README's, so the figures are those of the binary users build.

The README builds a fully static executable (`--static-swift-stdlib -Xswiftc -static-executable`): without the
dynamic loader's work (mapping libstdc++, libm, libc, jansson and zlib and relocating a large binary) every
one-shot command starts about 2 ms sooner, which is most of a Tab when no argot server is running.
"""

import os
import subprocess

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The README's build command, without the product.
README_BUILD = ["swift", "build", "-c", "release", "--static-swift-stdlib", "-Xswiftc", "-static-executable"]

# Where the README's build puts argot.
RELEASE_ARGOT = os.path.join(REPO, ".build", "release", "argot")


def build(product="argot", extra=(), quiet=True):
    """Builds `product` as the README does (plus `extra` arguments) and returns nothing; raises on failure."""
    subprocess.run(README_BUILD + ["--product", product, *extra], cwd=REPO, check=True, capture_output=quiet)
