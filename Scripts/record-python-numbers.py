#!/usr/bin/env python3
"""Records what Python's int() and float() make of number texts, for argot's PythonNumber.

The AWS CLI types integer and floating-point values with Python's own int() and float() (top-level options
through argparse `type=int` and `unpack_scalar_cli_arg`, shorthand members through the shorthand typing), so
argot reads numbers the way CPython does: decimal digits of every script, `_` between digits, ASCII whitespace
around the number after other whitespace has become spaces, signs, fractions, exponents, `inf` and `nan`.

Each case keeps the text and, for int() and float(), the result as text (`str(int(text))`, `repr(float(text))`)
or null when Python raises ValueError.

Usage: Scripts/record-python-numbers.py [--output PATH]
(default: Tests/ShorthandTests/Fixtures/python-numbers.json)
"""

import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUTPUT = os.path.join(HERE, '..', 'Tests', 'ShorthandTests', 'Fixtures', 'python-numbers.json')

DIGITS = {
    'ASCII': '0123456789',
    'Arabic-Indic': '\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669',
    'Extended Arabic-Indic': '\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9',
    'Devanagari': '\u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f',
    'Bengali': '\u09e6\u09e7\u09e8\u09e9\u09ea\u09eb\u09ec\u09ed\u09ee\u09ef',
    'Thai': '\u0e50\u0e51\u0e52\u0e53\u0e54\u0e55\u0e56\u0e57\u0e58\u0e59',
    'Tibetan': '\u0f20\u0f21\u0f22\u0f23\u0f24\u0f25\u0f26\u0f27\u0f28\u0f29',
    'Myanmar': '\u1040\u1041\u1042\u1043\u1044\u1045\u1046\u1047\u1048\u1049',
    'Fullwidth': '\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19',
    'Mathematical bold': ''.join(chr(0x1D7CE + i) for i in range(10)),
    'Adlam': ''.join(chr(0x1E950 + i) for i in range(10)),
}


def in_script(text, script):
    """`text` with its ASCII digits written in `script`."""
    digits = DIGITS[script]
    return ''.join(digits[ord(c) - 48] if '0' <= c <= '9' else c for c in text)


def cases():
    texts = []
    # Digits of several scripts, alone, mixed and in floats.
    for script in DIGITS:
        texts += [in_script('12', script), in_script('-9_876', script), in_script('3.25', script),
                  in_script('1e3', script), in_script('0', script)]
    texts += ['1\u0661', '\u0967\uff12\u0e53', '\u0661_\u0662', '\u0661.\u0665e\u0662']
    # Digits that are numbers but not decimal digits: superscripts, circled, Roman, fractions, CJK.
    texts += ['\u00b2', '1\u00b2', '\u2460', '\u216b', '\u00bd', '\u4e00', '\u0f33']
    # Underscores.
    texts += ['1_000', '1__000', '_1', '1_', '+_1', '-1_0', '0_0', '1_0.5_0e1_0', '1._5', '1_.5', '1.5_',
              '1e_5', '1e5_', '1_e5', '1e1_0', 'in_f', 'n_an', '_', '1_000_000_000_000_000_000']
    # Whitespace: ASCII, other Unicode whitespace (becomes a space), and what int() does not strip.
    texts += [' 7 ', '\t7\n', '\x0b7\x0c', '\r7\r', '\u00a07\u2003', '\u30007\u3000', '\u20287\u2029',
              '\u00857', '\u16807', '\u202f7\u205f', '\x1c7', '7\x1f', '\u200b7', '7\ufeff', '1 000', '1\u00a0000',
              '', ' ', '\u3000', '- 1', '-\u00a01', '1 .5', '1. 5', '1e 5']
    # Signs.
    texts += ['+7', '-7', '--7', '+-7', '-+7', '+', '-', '-0', '+0', '-0.0', '\u22127', '\uff0b7', '\uff0d7']
    # Leading zeros and prefixes.
    texts += ['007', '-007', '0000', '0x10', '0o17', '0b101', '0X1F', '1L', '1j', '1.5j', '0x1p3']
    # Floats: fractions, exponents, their edges.
    texts += ['1.5', '.5', '5.', '-.5', '+5.', '.', '-.', '5.e3', '.e3', 'e3', '1e', '1e+', '1e-', '1E5', '1e+5',
              '1e-5', '1.5e3', '1.5E-3', '1e0', '1e-0', '1ee5', '1e5e5', '1.2.3', '1e5.5', '0.1', '0.30000000000000004',
              '1e308', '1.7976931348623157e308', '1.8e308', '1e400', '-1e400', '1e-320', '1e-400', '4.9e-324',
              '2.5e-324', '123456789012345678901234567890', '1' + '0' * 400 + '.0', '1e99999999999999999999']
    # Infinity and not-a-number.
    texts += ['inf', 'INF', 'Inf', '-inf', '+inf', 'infinity', 'Infinity', '-INFINITY', 'infinit', 'infinityy',
              'nan', 'NaN', '-nan', '+NAN', 'nan0', 'nan(1)', 'in f', ' inf ', '\u00a0-inf\u00a0', '\uff49nf', 'snan']
    # Integer magnitudes around 64 bits and Python's limit on digits.
    texts += ['9223372036854775807', '9223372036854775808', '-9223372036854775808', '-9223372036854775809',
              '18446744073709551615', '18446744073709551616', '-18446744073709551616', '000000009223372036854775808',
              '99999999999999999999999999', '-0_9223372036854775808', '1' * 4300, '1' * 4301, '0' * 4300 + '1',
              '-' + '9' * 4300]
    # Other words and characters.
    texts += ['true', 'None', 'abc', '1a', 'a1', '12,5', '1\x00', '\x7f1', '1\U0001F600', '\u0661\u0662abc']
    seen = set()
    return [t for t in texts if not (t in seen or seen.add(t))]


def outcome(function, text):
    try:
        value = function(text)
    except ValueError:
        return None
    return str(value) if function is int else repr(value)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--output', default=DEFAULT_OUTPUT)
    arguments = parser.parse_args()
    document = {
        'python': '%d.%d' % sys.version_info[:2],
        'cases': [{'text': t, 'int': outcome(int, t), 'float': outcome(float, t)} for t in cases()],
    }
    with open(arguments.output, 'w', encoding='utf-8') as handle:
        json.dump(document, handle, indent=1, ensure_ascii=True)
        handle.write('\n')


if __name__ == '__main__':
    main()
