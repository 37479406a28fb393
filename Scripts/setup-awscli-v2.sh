#!/bin/sh
# Prepare the pinned AWS CLI v2 to run from its source tree, for Scripts/extract-cli-layer.py --cli v2
# and Scripts/record-awscli-v2.py.
#
# Usage: Scripts/setup-awscli-v2.sh REPOSITORY TREE VENV
#
#   REPOSITORY  a git clone of aws/aws-cli (bare or not) that has the commit in Scripts/awscli-v2-pin.json
#   TREE        empty or missing folder: receives the source at that commit (git archive; no .git)
#   VENV        missing folder: a virtualenv with the runtime dependencies of the tree's pyproject.toml,
#               pinned as it pins them (Python >= 3.11 for tomllib)
#
# Then: PYTHONPATH=TREE VENV/bin/python -m awscli --version  prints aws-cli/<tag> ... source/...
# Keep TREE and VENV outside this repository.
set -eu

if [ $# -ne 3 ]; then
    sed -n '2,14p' "$0" >&2
    exit 2
fi
repository=$1
tree=$2
venv=$3
here=$(cd "$(dirname "$0")" && pwd)
python=${PYTHON:-python3}

commit=$("$python" -c 'import json,sys; print(json.load(open(sys.argv[1]))["commit"])' "$here/awscli-v2-pin.json")
tag=$("$python" -c 'import json,sys; print(json.load(open(sys.argv[1]))["tag"])' "$here/awscli-v2-pin.json")

mkdir -p "$tree"
git -C "$repository" archive "$commit" | tar -x -C "$tree"

"$python" -m venv "$venv"
dependencies=$("$python" -c '
import sys, tomllib
with open(sys.argv[1], "rb") as handle:
    print("\n".join(tomllib.load(handle)["project"]["dependencies"]))
' "$tree/pyproject.toml")
echo "$dependencies" | tr '\n' '\0' | xargs -0 "$venv/bin/pip" install --quiet

version=$(PYTHONPATH="$tree" "$venv/bin/python" -m awscli --version)
echo "$version"
case "$version" in
    "aws-cli/$tag "*) ;;
    *) echo "expected aws-cli/$tag" >&2; exit 1 ;;
esac
