#!/usr/bin/env python3
"""Records how ruamel.yaml, the YAML library of AWS CLI v2, writes tricky strings, as test vectors for the
Skeleton module's YAML writer (Tests/SkeletonTests/Fixtures/yaml-scalar-vectors.json).

Each string is written in four places: a mapping value, a value deep inside mappings and a list (where long lines
fold), a list item, and (short strings only) a mapping key. The dumper is configured as the AWS CLI v2 configures
it for `--generate-cli-skeleton yaml-input`: `ruamel.yaml.YAML()` with its defaults.

Needs ruamel.yaml (AWS CLI v2 pins <= 0.19.1): python3 -m pip install 'ruamel.yaml<=0.19.1'
Usage: python3 Scripts/record-yaml-scalars.py [-o FILE]
"""

import argparse
import io
import json
from pathlib import Path

from ruamel.yaml import YAML

OUTPUT = Path(__file__).resolve().parents[1] / 'Tests' / 'SkeletonTests' / 'Fixtures' / 'yaml-scalar-vectors.json'

# Placeholders and enum-like values, words YAML 1.1 or 1.2 would read as something else, indicators, quotes,
# whitespace, control and non-ASCII characters, and long texts that reach the 80-column fold.
STRINGS = [
    '', 'ipv4', 'PAY_PER_REQUEST', 'c7g.4xlarge', 'application/json', 'Linux/UNIX', 'Red Hat Enterprise Linux',
    'yes', 'no', 'on', 'off', 'Yes', 'NO', 'y', 'n', 'true', 'True', 'FALSE', 'null', 'Null', '~', 'NaN', '.nan',
    '.inf', '-.Inf', '1', '-1', '+1', '0', '007', '0o17', '0b101', '0x1F', '1_000', '1.5', '1.', '.5', '1e3',
    '1E+3', '.5e+3', '.5e3', '1:20', '1:20:30.5', '2001-01-01', '2001-1-1 10:00:00', '2001-12-14t21:59:43.10-05:00',
    '2001-12-14 21:59:43.10 Z', '2001-12-14 21:59:43 ', '2001-13', '<<', '=', '*', '&anchor', '!tag', '%x', '@x',
    '`x', '|', '>', '?', '?x', '? x', ':', ':x', 'x:', 'a:b', 'a: b', 'a #b', 'a#b', '#x', '-', '-x', '- x', '--',
    '---', '--- x', '...', 'a,b', '[x]', '{x}', 'x]', 'a{b}', ',x', "it's", "'quoted'", '"double"', 'a"b',
    'back\\slash', ' lead', 'trail ', 'two  spaces', 'tab\there', 'new\nline', 'trailing newline\n', '\nlead',
    'space \nbreak', 'break\n space', 'cr\rhere', 'soh\x01', 'bell\x07', 'esc\x1b', 'del\x7f', 'nbsp\xa0x',
    'next\x85line', 'line\u2028sep', 'para\u2029sep', 'bom\ufeff', 'caf\xe9', '\u65e5\u672c\u8a9e',
    'emoji \U0001F600', 'priv\ue000', 'arn:aws:iam::123456789012:role/service-role/MyRole',
    's3://bucket/key with spaces', 'https://example.com/a?b=c&d=e#frag', '${stageVariables.version}', 'x' * 79,
    'word ' * 20, 'a-very-long-enum-value-that-has-no-spaces-at-all-and-goes-on-past-the-width-of-eighty',
    'short words then a-very-long-word-that-cannot-be-broken-anywhere-at-all-in-the-middle-of-the-line end',
    ' '.join(['lorem', 'ipsum', 'dolor', 'sit', 'amet'] * 8), "single ' quote in a long text " * 4,
    "quotes 'and' spaces " * 5, 'double spaces  in  a  long  text  that  goes  on  and  on  past  the  width',
    'x' * 100, 'tail space past the width ' * 4,
]

CONTEXTS = ('value', 'nested', 'item', 'key')


def document(yaml, context, text):
    if context == 'value':
        data = yaml.map()
        data['value'] = text
    elif context == 'nested':
        inner = yaml.map()
        inner['innerMember'] = text
        middle = yaml.map()
        middle['aRatherLongMemberName'] = [inner]
        data = yaml.map()
        data['outer'] = middle
    elif context == 'item':
        data = yaml.map()
        data['list'] = [text]
    else:
        data = yaml.map()
        data[text] = 0
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('-o', '--output', type=Path, default=OUTPUT)
    arguments = parser.parse_args()
    import ruamel.yaml
    yaml = YAML()
    vectors = []
    for text in STRINGS:
        for context in CONTEXTS:
            if context == 'key' and (len(text) > 60 or '\n' in text):
                continue
            vectors.append({'context': context, 'value': text, 'yaml': document(yaml, context, text)})
    with open(arguments.output, 'w', encoding='utf-8') as stream:
        json.dump({'about': 'How ruamel.yaml (as AWS CLI v2 uses it) writes strings; '
                            'recorded by Scripts/record-yaml-scalars.py',
                   'ruamel.yaml': ruamel.yaml.__version__, 'contexts': {
                       'value': '{"value": s}', 'nested': '{"outer": {"aRatherLongMemberName": [{"innerMember": s}]}}',
                       'item': '{"list": [s]}', 'key': '{s: 0}'},
                   'vectors': vectors}, stream, indent=1, ensure_ascii=True)
        stream.write('\n')
    print(f'{arguments.output}: {len(vectors)} vectors')


if __name__ == '__main__':
    main()
