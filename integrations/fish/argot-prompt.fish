# argot prompt widget for fish: a key that fills in the aws command on the line.
#
# Press Alt-a (the default) on a line such as `aws directconnect create-bgp-peer`: `argot prompt` asks for
# the service, operation and parameters that are missing, checks each value, and the finished command
# replaces the line, ready to edit or run. Ctrl-C in the prompt leaves the line as it was.
#
# Install: `argot init fish | source` in ~/.config/fish/config.fish (prints this file after the completion
# script), or source this file from there. Change the key by setting ARGOT_PROMPT_KEY before that line,
# e.g. `set -g ARGOT_PROMPT_KEY \cx\ca` for Ctrl-x Ctrl-a; the function is `__argot_prompt_widget`, so
# `bind \cx\ca __argot_prompt_widget` also works. ARGOT_COMMAND names the argot to run (default: argot on
# PATH). See Documentation/Prompt.md.

function __argot_prompt_widget --description 'Fill in the aws command on the line with argot prompt'
    set -l argot argot
    set -q ARGOT_COMMAND; and set argot $ARGOT_COMMAND
    # The prompt reads the terminal and draws on it; only the finished command comes back on stdout.
    set -l line ($argot prompt --shell fish --line (commandline | string collect) </dev/tty 2>/dev/tty | string collect)
    if test $status -eq 0; and test -n "$line"
        commandline -r -- $line
        commandline -C (string length -- $line)
    end
    commandline -f repaint
end

if status is-interactive
    set -l key \ea
    set -q ARGOT_PROMPT_KEY; and set key $ARGOT_PROMPT_KEY
    bind $key __argot_prompt_widget
    bind -M insert $key __argot_prompt_widget
end
