# argot prompt widget for zsh: a key that fills in the aws command on the line.
#
# Press Alt-a (the default) on a line such as `aws directconnect create-bgp-peer`: `argot prompt` asks for
# the service, operation and parameters that are missing, checks each value, and the finished command
# replaces the line, ready to edit or run. Ctrl-C in the prompt leaves the line as it was.
#
# Install: `eval "$(argot init zsh)"` in ~/.zshrc (prints this file after the completion script), or source
# this file from ~/.zshrc. Change the key by setting ARGOT_PROMPT_KEY (a bindkey key string) before that
# line, e.g. ARGOT_PROMPT_KEY='^X^A' for Ctrl-x Ctrl-a; the widget is `argot-prompt`, so
# `bindkey '^X^A' argot-prompt` also works. ARGOT_COMMAND names the argot to run (default: argot on PATH).
# See Documentation/Prompt.md.

argot-prompt() {
    local line
    # The prompt reads the terminal and draws on it; only the finished command comes back on stdout.
    if line=$("${ARGOT_COMMAND:-argot}" prompt --shell zsh --line "$BUFFER" </dev/tty 2>/dev/tty); then
        BUFFER=$line
        CURSOR=${#BUFFER}
    fi
    zle reset-prompt
}

if [[ -o interactive ]]; then
    zle -N argot-prompt
    bindkey -M emacs "${ARGOT_PROMPT_KEY:-\ea}" argot-prompt
    bindkey -M viins "${ARGOT_PROMPT_KEY:-\ea}" argot-prompt
fi
