# argot: completion for the AWS CLI in fish.
#
# Install one of these ways (see Documentation/Shells.md):
#   argot init fish | source     in ~/.config/fish/config.fish;
#   copy this file to ~/.config/fish/completions/aws.fish (it then shadows fish's own aws completions).
#
# fish cannot keep a coprocess's pipes open, so each Tab runs a one-shot `argot complete`, which prints
# `value<TAB>description` lines in the order to show them; when it prints none, fish completes files. ARGOT_COMMAND names the argot to run (default:
# argot on PATH). ARGOT_COMPLETE_LOG names a file to append each request and reply to, for debugging.

function __argot_aws_complete --description 'AWS CLI completions from argot'
    set -l line (commandline -cp | string collect)
    set -l point (string length -- "$line")
    set -l argot argot
    set -q ARGOT_COMMAND[1]; and set argot $ARGOT_COMMAND
    set -l reply ($argot complete --shell fish --line "$line" --point $point 2>/dev/null)
    if set -q ARGOT_COMPLETE_LOG[1]
        printf 'request: %s\nreply:\n%s\n' "$line" (string join \n -- $reply | string collect) >>$ARGOT_COMPLETE_LOG
    end
    if test (count $reply) -eq 0
        # argot has nothing here: fish's own file completion, as fish would offer without argot.
        __fish_complete_path (commandline -ct)
        return
    end
    string join \n -- $reply
end

# -f: no file names besides ours (argot offers paths where the CLI takes them, and fish's own where argot
# has nothing); -k: keep argot's order.
complete -c aws -e
complete -c aws -f -k -a '(__argot_aws_complete)'
