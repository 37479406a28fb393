# argot: completion for the AWS CLI in bash (4.4 or later).
#
# Install one of these ways (see Documentation/Shells.md):
#   eval "$(argot init bash)"     in ~/.bashrc (prints this file);
#   copy this file to ~/.local/share/bash-completion/completions/aws.bash (bash-completion loads it on the
#   first Tab after `aws`), or source it from ~/.bashrc.
# bash-completion is not needed. The last `complete ... aws` wins: put this after any
# `complete -C aws_completer aws`.
#
# A Tab asks one long-lived `argot serve --shell-lines`, started as a coprocess on the first Tab (no job
# notice, not in `jobs`) and started again if it died; if it does not answer within
# ARGOT_COMPLETE_TIMEOUT seconds (default 2), it is stopped and a one-shot `argot complete` answers.
# ARGOT_COMMAND names the argot to run (default: argot on PATH). ARGOT_COMPLETE_LOG names a file to
# append each request and reply to, for debugging.

# The request line of the line protocol (Documentation/Shells.md): tab-separated fields, each with `\`,
# tab and newline escaped.
_argot_aws_escape() {
    local text=${1//\\/\\\\}
    text=${text//$'\t'/\\t}
    printf -v "$2" '%s' "${text//$'\n'/\\n}"
}

# Starts the server as a coprocess.
_argot_aws_start() {
    local argot=${ARGOT_COMMAND:-argot}
    # The braces and 2>/dev/null hide the job notice ([1] 12345) that would land in the edited line.
    { coproc _ARGOT_AWS { exec "$argot" serve --shell-lines 2>/dev/null; }; } 2>/dev/null
    _argot_aws_pid=${_ARGOT_AWS_PID-}
    _argot_aws_from=${_ARGOT_AWS[0]-}
    _argot_aws_to=${_ARGOT_AWS[1]-}
    [[ -n $_argot_aws_pid && -n $_argot_aws_from && -n $_argot_aws_to ]] || return 1
    disown "$_argot_aws_pid" 2>/dev/null
    return 0
}

# Stops the server (it no longer answers in step with us).
_argot_aws_stop() {
    if [[ -n ${_argot_aws_pid-} ]]; then
        kill -TERM "$_argot_aws_pid" 2>/dev/null
        kill -CONT "$_argot_aws_pid" 2>/dev/null
    fi
    _argot_aws_pid=
}

# Sends the request in $1 to the server and reads its reply into _argot_aws_reply; fails when there is no
# server or it did not answer in time.
_argot_aws_ask() {
    if [[ -z ${_argot_aws_pid-} ]] || ! kill -0 "$_argot_aws_pid" 2>/dev/null; then
        _argot_aws_start || return 1
    fi
    # A server that died after the check above must not take the shell with it (SIGPIPE). bash has no
    # local traps: the default is put back right after the write.
    trap '' PIPE
    printf '%s\n' "$1" 2>/dev/null >&"$_argot_aws_to"
    local sent=$?
    trap - PIPE
    if ((sent != 0)); then
        _argot_aws_stop
        return 1
    fi
    # The reply's length in bytes comes first (framing=length): reading a known length is one read, where
    # reading up to a delimiter is one read per byte (bash cannot put back what it read past it).
    local timeout=${ARGOT_COMPLETE_TIMEOUT:-2} size
    if ! IFS= read -r -t "$timeout" -u "$_argot_aws_from" size || [[ $size == *[!0-9]* || -z $size ]] ||
        ! _argot_aws_read "$size"; then
        _argot_aws_stop
        return 1
    fi
    return 0
}

# Reads $1 bytes from the server into _argot_aws_reply (bytes, not characters: C locale). No timeout here:
# with one, bash waits on select() before every character (20 times slower on a long reply); the server writes
# the length and the reply in one write, so once the length has come (within the timeout) the rest is there,
# and a server that dies gives an end of file.
_argot_aws_read() {
    _argot_aws_reply=
    (($1 > 0)) || return 0
    local LC_ALL=C
    IFS= read -r -N "$1" -u "$_argot_aws_from" _argot_aws_reply && ((${#_argot_aws_reply} == $1))
}

# The completion function: `complete -F _argot_aws_complete aws`.
_argot_aws_complete() {
    local line point wordbreaks
    _argot_aws_escape "$COMP_LINE" line
    _argot_aws_escape "$COMP_WORDBREAKS" wordbreaks
    point=${COMP_POINT:-${#COMP_LINE}}
    local request="bash"$'\t'"$point"$'\t'"$line"$'\t'"wordbreaks=$wordbreaks"$'\t'"type=${COMP_TYPE:-9}"
    request+=$'\t'"columns=${COLUMNS:-80}"$'\t'"lines=${LINES:-24}"$'\t'"framing=length"
    local _argot_aws_reply=
    if ! _argot_aws_ask "$request"; then
        _argot_aws_reply=$("${ARGOT_COMMAND:-argot}" complete --shell bash --line "$COMP_LINE" \
            --point "$point" --wordbreaks "$COMP_WORDBREAKS" --comp-type "${COMP_TYPE:-9}" \
            --columns "${COLUMNS:-80}" 2>/dev/null)
    fi
    if [[ -n ${ARGOT_COMPLETE_LOG-} ]]; then
        printf 'request: %s\nreply:\n%s\n' "$request" "$_argot_aws_reply" >>"$ARGOT_COMPLETE_LOG"
    fi
    # First line: directives (`nospace` or `space`); then one candidate per line, in order. Split straight
    # into COMPREPLY (an intermediate array costs several times more on long lists).
    local - IFS=$'\n'
    set -o noglob
    local directives=${_argot_aws_reply%%$'\n'*}
    if [[ $_argot_aws_reply == *$'\n'* ]]; then
        COMPREPLY=(${_argot_aws_reply#*$'\n'})
    else
        COMPREPLY=()
    fi
    if [[ $directives == *nospace* ]]; then
        compopt -o nospace 2>/dev/null
    fi
    return 0
}

# -o nosort keeps argot's order (bash 4.4 and later).
complete -o nosort -F _argot_aws_complete aws 2>/dev/null || complete -F _argot_aws_complete aws
