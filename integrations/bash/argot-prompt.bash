# argot prompt widget for bash (4.0 or later): a key that fills in the aws command on the line.
#
# Press Alt-a (the default) on a line such as `aws directconnect create-bgp-peer`: `argot prompt` asks for
# the service, operation and parameters that are missing, checks each value, and the finished command
# replaces the line, ready to edit or run. Ctrl-C in the prompt leaves the line as it was.
#
# Install: `eval "$(argot init bash)"` in ~/.bashrc (prints this file after the completion script), or source
# this file from ~/.bashrc. Change the key by setting ARGOT_PROMPT_KEY (a readline key sequence) before
# that line, e.g. ARGOT_PROMPT_KEY='\C-x\C-a' for Ctrl-x Ctrl-a. ARGOT_COMMAND names the argot to run
# (default: argot on PATH). See Documentation/Prompt.md.

__argot_prompt_widget() {
    local line
    # The prompt reads the terminal and draws on it; only the finished command comes back on stdout.
    line=$("${ARGOT_COMMAND:-argot}" prompt --shell bash --line "$READLINE_LINE" </dev/tty 2>/dev/tty) || return 0
    READLINE_LINE=$line
    READLINE_POINT=${#line}
}

if [[ $- == *i* ]]; then
    bind -x "\"${ARGOT_PROMPT_KEY:-\\ea}\": __argot_prompt_widget"
fi
