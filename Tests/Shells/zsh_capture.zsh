# Completes one line in a real interactive zsh (in a zpty pseudo-terminal) and prints what the completion
# added, one match per line: WORD<TAB>GROUP<TAB>SUFFIX<TAB>DISPLAY, where WORD is IPREFIX + the match (what the
# word becomes), GROUP the compadd group, SUFFIX `nospace` for -S '' (else `space`), DISPLAY the -d string.
#
# Usage: zsh -f zsh_capture.zsh SETUP_FILE LINE [TIMEOUT_SECONDS]
# SETUP_FILE is sourced by the inner shell after compinit; it sets up argot (eval "$(argot init zsh)" or fpath).
zmodload zsh/zpty zsh/datetime || exit 3
setopt localoptions
local setup=$1 line=$2 timeout=${3:-30}
local hook=${0:A:h}/zsh_capture_hook.zsh
zpty capture zsh -f -i
zpty -w capture "PROMPT= RPROMPT= ; source ${(q)hook} ${(q)setup}"
local chunk output= deadline=$(( EPOCHREALTIME + timeout ))
# Wait for the inner shell to say it is ready.
while (( EPOCHREALTIME < deadline )); do
    if zpty -rt capture chunk 2>/dev/null; then
        output+=$chunk
        [[ $output == *$'\x1f'ready$'\x1f'* ]] && break
    else
        sleep 0.02
    fi
done
[[ $output == *$'\x1f'ready$'\x1f'* ]] || { print -u2 "zsh did not start: $output"; exit 2 }
output=
zpty -w -n capture "$line"$'\t'
while (( EPOCHREALTIME < deadline )); do
    if zpty -rt capture chunk 2>/dev/null; then
        output+=$chunk
        [[ $output == *$'\x1f'end$'\x1f'* ]] && break
    else
        sleep 0.02
    fi
done
zpty -d capture
[[ $output == *$'\x1f'end$'\x1f'* ]] || { print -u2 "no completion end marker: $output"; exit 2 }
output=${output#*$'\x1f'begin$'\x1f'}
output=${output%%$'\x1f'end$'\x1f'*}
print -rn -- ${output//$'\r'/}
