#!/usr/bin/env bash
# Packages argot like a real tool: a Debian package (dpkg-deb) and a tarball, each holding the static binary,
# man pages generated from the command definitions, the shells' completion files where each shell looks for
# them, and the editor integrations.
#
#   Scripts/package.sh [--binary PATH] [--output DIR]
#
# Without --binary, the static binary is built with the README's command (incremental when a release build is
# there). The man pages come from swift-argument-parser's generate-manual, run on the binary's own command
# definitions (--experimental-dump-help): argot.1 and one page per subcommand, named argot-SUBCOMMAND.1 so that
# `man argot-complete` finds it. The completion files are the integrations/ files `argot init SHELL` prints
# (without its first lines of glue, so they run the `argot` on PATH), installed under names that no AWS CLI
# package uses:
#
#   .deb                                          tarball (extract into a prefix such as /usr/local)
#   /usr/bin/argot                                bin/argot
#   /usr/share/man/man1/argot*.1.gz               share/man/man1/argot*.1.gz
#   /etc/bash_completion.d/argot                  share/bash-completion/completions/aws.bash
#   /usr/share/zsh/vendor-functions/_aws          share/zsh/site-functions/_aws
#   /usr/share/fish/vendor_completions.d/aws.fish share/fish/vendor_completions.d/aws.fish
#   /usr/share/nvim/site/pack/argot/start/argot   share/nvim/site/pack/argot/start/argot
#   /usr/share/emacs/site-lisp/argot-eglot.el     share/emacs/site-lisp/argot-eglot.el
#   /usr/share/argot/integrations/{vscode,helix}  share/argot/integrations/{vscode,helix}
#
# Debian's awscli package owns /usr/share/bash-completion/completions/aws and
# /usr/share/zsh/vendor-completions/_aws, and fish ships its own completions/aws.fish; argot's files have other
# paths and come first: bash-completion sources /etc/bash_completion.d/ when it starts, before it loads any
# `aws` file on the first Tab; zsh's compinit takes the first `_aws` on $fpath, and Debian's fpath has
# vendor-functions before vendor-completions (and /usr/local/share/zsh/site-functions before both); fish's
# vendor folders come before its own completions.
set -euo pipefail
cd "$(dirname "$0")/.."

binary=""
output=".build/package"
while (($#)); do
  case "$1" in
    --binary) binary="$2"; shift 2 ;;
    --output) output="$2"; shift 2 ;;
    *) echo "usage: Scripts/package.sh [--binary PATH] [--output DIR]" >&2; exit 2 ;;
  esac
done

if [[ -z "$binary" ]]; then
  swift build -c release --static-swift-stdlib -Xswiftc -static-executable --product argot
  binary=.build/release/argot
fi
# swift-argument-parser's tool, built once in debug (it only reads the binary's --experimental-dump-help).
generate_manual=.build/debug/generate-manual
[[ -x "$generate_manual" ]] || swift build --product generate-manual >/dev/null

if ldd "$binary" >/dev/null 2>&1; then
  echo "package.sh: $binary is linked dynamically; the packages will need the Swift runtime it names" >&2
fi
version="$("$binary" --version)"
architecture="$(dpkg --print-architecture)"
name="argot-${version}-linux-${architecture}"
mkdir -p "$output"
output="$(cd "$output" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The file `argot init SHELL` prints, from its first line on (the lines before it set ARGOT_COMMAND to the
# binary that printed it, which is not where the package puts it).
completion_file() {
  local shell="$1" source="$2"
  # Through a file, not a pipe into `head`: under pipefail, a writer cut off by `head` would fail the script.
  "$binary" init "$shell" >"$work/init-$shell"
  awk -v first="$(head -n 1 "$source")" -v count="$(wc -l <"$source")" \
    'found || $0 == first { found = 1; if (printed++ < count) print }' "$work/init-$shell"
}

# stage ROOT PREFIX BASH_FILE ZSH_FOLDER: the files under ROOT, with PREFIX (usr, or . for the tarball).
stage() {
  local root="$1" prefix="$2" bash_file="$3" zsh_folder="$4"
  local share="$root/$prefix/share"
  install -D -m 0755 "$binary" "$root/$prefix/bin/argot"
  mkdir -p "$share/man/man1" "$work/man"
  rm -f "$work/man/"*
  "$generate_manual" "$binary" --multi-page --date "$(date -u -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}" +%F)" \
    -o "$work/man"
  for page in "$work/man/"*.1; do
    local title
    title="$(basename "$page" .1)"
    [[ "$title" == argot.help ]] && continue
    # argot.complete.1 → argot-complete.1; mdoc wants no empty lines (a paragraph is .Pp).
    sed -e "s/^\.Dt ARGOT\.\([A-Z-]*\)/.Dt ARGOT-\1/" -e 's/^$/.Pp/' "$page" | gzip -9n >"$share/man/man1/${title/./-}.1.gz"
  done
  install -d "$(dirname "$root/$bash_file")" "$root/$zsh_folder" "$share/fish/vendor_completions.d"
  completion_file bash integrations/bash/aws.bash >"$root/$bash_file"
  completion_file zsh integrations/zsh/_aws >"$root/$zsh_folder/_aws"
  completion_file fish integrations/fish/aws.fish >"$share/fish/vendor_completions.d/aws.fish"
  install -D -m 0644 integrations/neovim/lua/argot/init.lua "$share/nvim/site/pack/argot/start/argot/lua/argot/init.lua"
  install -D -m 0644 integrations/neovim/README.md "$share/nvim/site/pack/argot/start/argot/README.md"
  install -D -m 0644 integrations/emacs/argot-eglot.el "$share/emacs/site-lisp/argot-eglot.el"
  for editor in vscode helix; do
    install -d "$share/argot/integrations/$editor"
    install -m 0644 integrations/"$editor"/* "$share/argot/integrations/$editor/"
  done
  install -D -m 0644 README.md "$share/doc/argot/README.md"
}

# The Debian package.
deb="$work/deb"
stage "$deb" usr etc/bash_completion.d/argot usr/share/zsh/vendor-functions
mkdir -p "$deb/DEBIAN"
cat >"$deb/DEBIAN/control" <<EOF
Package: argot
Version: ${version}
Architecture: ${architecture}
Maintainer: the argot authors <argot@invalid>
Section: utils
Priority: optional
Installed-Size: $(du -sk --exclude=DEBIAN "$deb" | cut -f1)
Recommends: bash-completion
Description: every AWS CLI command, for shells and editors
 argot reads the botocore models the AWS CLI carries and serves what it knows
 about every command (names, parameters, shorthand syntax, validation) to
 bash, zsh and fish completion, to editors as a language server (argot serve)
 and on the command line.
EOF
dpkg-deb --root-owner-group -Zgzip --build "$deb" "$output/argot_${version}_${architecture}.deb" >/dev/null

# The tarball: the same files under one folder, laid out for a prefix.
tree="$work/$name"
stage "$tree" . share/bash-completion/completions/aws.bash share/zsh/site-functions
tar --owner=0 --group=0 --numeric-owner -C "$work" -czf "$output/$name.tar.gz" "$name"

echo "$output/argot_${version}_${architecture}.deb"
echo "$output/$name.tar.gz"
