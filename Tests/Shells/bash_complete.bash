# Calls the bash completion function the way readline would, for each case, and prints what it set.
#
# Usage: bash --noprofile --norc bash_complete.bash SETUP_FILE CASES_FILE
# SETUP_FILE is sourced first (it sets up argot, e.g. eval "$(argot init bash)").
# Each line of CASES_FILE is COMP_TYPE<TAB>COMP_POINT<TAB>COMP_LINE (a point of - means the end of the line;
# `\n` in the line stands for a newline). For each case this prints `case`, the server's pid (`pid N`),
# `compopt ARGS` for each compopt call, `reply ENTRY` for each COMPREPLY entry, then `end`.
source "$1"
compopt() { local IFS=' '; printf 'compopt %s\n' "$*"; }
spec=$(complete -p aws 2>/dev/null) || { echo "no completion for aws" >&2; exit 2; }
printf 'spec %s\n' "$spec"
while IFS=$'\t' read -r type point line; do
    line=${line//\\n/$'\n'}
    COMP_LINE=$line
    [[ $point == - ]] && point=${#line}
    COMP_POINT=$point
    COMP_TYPE=$type
    COMP_KEY=9
    # What bash itself would split (the function does not use it; set for realism).
    read -ra COMP_WORDS <<<"${line:0:COMP_POINT}"
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    echo case
    _argot_aws_complete aws "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf 'pid %s\n' "${_argot_aws_pid:-none}"
    for entry in "${COMPREPLY[@]}"; do printf 'reply %s\n' "$entry"; done
    echo end
done <"$2"
