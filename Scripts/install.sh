#!/usr/bin/env bash
# Installs what argot needs on Debian (run as root): the C libraries it builds against.
# With --test, also what the test suite needs: the pinned AWS CLI and botocore (the reference
# implementation and the real models), pytest and jsonschema, the shells and editors the
# integration tests drive, and what the package test needs (man-db for `man`).
set -euo pipefail

packages=(libjansson-dev zlib1g-dev pkg-config)
python_packages=()
if [[ "${1:-}" == "--test" ]]; then
  packages+=(python3 python3-pip tmux zsh fish bash-completion neovim emacs-nox elpa-eglot man-db hyperfine)
  python_packages=(botocore==1.43.11 awscli==1.45.11 pytest==9.0.3 jsonschema==4.26.0 PyYAML==6.0.3
    boto3==1.43.11 "moto[server]==5.2.5")
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ((${#python_packages[@]})); then
  python3 -m pip install --quiet --disable-pip-version-check "${python_packages[@]}" 2>&1 \
    | grep -v -e "Running pip as the 'root' user" -e "^$" || true
fi
