# Sourced by zsh_capture.zsh in the inner shell: compinit, the setup file, and a compadd that records matches.
autoload -Uz compinit && compinit -u -D
source $1
bindkey '^I' complete-word
_capture_begin() { print -rn -- $'\x1f'begin$'\x1f\n' }
_capture_end() { print -rn -- $'\x1f'end$'\x1f\n' }
compprefuncs=(_capture_begin)
comppostfuncs=(_capture_end exit)
compadd() {
    local -a _cap_args=("$@") _cap_words _cap_displays _cap_matched
    local _cap_group= _cap_suffix=space _cap_display_name= _cap_arrays=0 _cap_i=1 _cap_arg _cap_letter _cap_value
    local _cap_name _cap_n
    local -A _cap_takes=(P 1 S 1 p 1 s 1 i 1 I 1 W 1 d 1 J 1 V 1 X 1 x 1 r 1 R 1 M 1 F 1 O 1 A 1 D 1 E 1)
    while (( _cap_i <= $#_cap_args )); do
        _cap_arg=${_cap_args[_cap_i]}
        if [[ $_cap_arg == -- ]]; then (( _cap_i++ )); break; fi
        [[ $_cap_arg == -?* ]] || break
        _cap_letter=${_cap_arg[2]}
        case $_cap_letter in
            O|A|D) builtin compadd "$@"; return ;;
        esac
        if [[ $_cap_letter == a ]]; then _cap_arrays=1; (( _cap_i++ )); continue; fi
        # -o takes an order only when one follows (match, nosort, numeric, reverse).
        if [[ $_cap_letter == o && $#_cap_arg == 2 && ${_cap_args[_cap_i+1]-} == (match|nosort|numeric|reverse)(|,*) ]]; then
            (( _cap_i += 2 )); continue
        fi
        if (( ${+_cap_takes[$_cap_letter]} )); then
            if (( $#_cap_arg > 2 )); then _cap_value=${_cap_arg[3,-1]}; else (( _cap_i++ )); _cap_value=${_cap_args[_cap_i]}; fi
            case $_cap_letter in
                S) [[ -z $_cap_value ]] && _cap_suffix=nospace ;;
                J|V) _cap_group=$_cap_value ;;
                d) _cap_display_name=$_cap_value ;;
            esac
        fi
        (( _cap_i++ ))
    done
    if (( _cap_arrays )); then
        for _cap_name in "${(@)_cap_args[_cap_i,-1]}"; do _cap_words+=("${(@P)_cap_name}"); done
    else
        _cap_words=("${(@)_cap_args[_cap_i,-1]}")
    fi
    [[ -n $_cap_display_name ]] && _cap_displays=("${(@P)_cap_display_name}")
    builtin compadd -O _cap_matched -a _cap_words
    for (( _cap_n = 1; _cap_n <= $#_cap_words; _cap_n++ )); do
        (( ${_cap_matched[(Ie)${_cap_words[_cap_n]}]} )) || continue
        print -r -- "$IPREFIX${_cap_words[_cap_n]}"$'\t'"$_cap_group"$'\t'"$_cap_suffix"$'\t'"${_cap_displays[_cap_n]-}"
    done
    builtin compadd "$@"
}
print -rn -- $'\x1f'ready$'\x1f\n'
