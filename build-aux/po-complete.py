#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Dossier authors
"""po-complete.py SOURCE_ROOT LANGUAGE

Fails unless po/LANGUAGE.po translates every string the sources hold now:

1. `msgfmt --check --statistics` accepts the file and counts no fuzzy and
   no untranslated message;
2. every message that xgettext finds in the files of po/POTFILES.in, with
   the keywords of meson's 'glib' preset, is in the file, not fuzzy, and
   translated in every plural form.

The template is extracted afresh into a temporary directory, so a stale
po/dossier.pot, or none, changes nothing. Set MSGFMT or XGETTEXT to use
other programs than those on PATH.
"""

import os
import re
import subprocess
import sys
import tempfile

# As meson's i18n module runs xgettext with preset: 'glib' (it adds -k_),
# and ngettext, which xgettext knows for C anyway.
XGETTEXT_ARGS = [
    '--from-code=UTF-8',
    '--add-comments',
    '--keyword=_',
    '--keyword=N_',
    '--keyword=C_:1c,2',
    '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2',
    '--keyword=g_dngettext:2,3',
    '--keyword=g_dpgettext2:2c,3',
    '--keyword=ngettext:1,2',
]

ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'a': '\a', 'b': '\b', 'f': '\f',
           'v': '\v', '\\': '\\', '"': '"', "'": "'", '?': '?'}


def unescape(text):
    def replace(match):
        escape = match.group(1)
        if escape[0] in '01234567':
            return chr(int(escape, 8))
        return ESCAPES.get(escape, escape)
    return re.sub(r'\\([0-7]{1,3}|.)', replace, text)


class Entry:
    def __init__(self):
        self.msgctxt = None
        self.msgid = None
        self.msgid_plural = None
        self.msgstr = {}          # index (0 without plural) -> text
        self.flags = set()
        self.references = []
        self.obsolete = False

    @property
    def key(self):
        return (self.msgctxt, self.msgid)

    def describe(self):
        text = self.msgid if len(self.msgid) <= 70 else self.msgid[:67] + '...'
        context = f'[{self.msgctxt}] ' if self.msgctxt is not None else ''
        where = f' ({self.references[0]})' if self.references else ''
        return f'{context}"{text}"{where}'


def parse_po(path):
    """The entries of a PO file or template, header included (msgid "")."""
    entries = []
    entry = Entry()
    field = None

    def finish():
        nonlocal entry, field
        if entry.msgid is not None:
            entries.append(entry)
        entry = Entry()
        field = None

    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            obsolete = line.startswith('#~')
            if obsolete:
                line = line[2:].strip()
                if not line or line.startswith(('#', '|')):
                    continue
            elif line.startswith('#'):
                if field is not None and field != 'comments':
                    finish()
                field = 'comments'
                if line.startswith('#,'):
                    entry.flags.update(flag.strip() for flag in line[2:].split(','))
                elif line.startswith('#:'):
                    entry.references.extend(line[2:].split())
                continue
            if not line:
                continue
            match = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+"(.*)"$', line)
            if match:
                keyword, index, text = match.groups()
                if keyword in ('msgctxt', 'msgid') and isinstance(field, tuple) and field[0] == 'msgstr':
                    finish()
                entry.obsolete = entry.obsolete or obsolete
                text = unescape(text)
                if keyword == 'msgctxt':
                    entry.msgctxt, field = text, ('msgctxt', None)
                elif keyword == 'msgid':
                    entry.msgid, field = text, ('msgid', None)
                elif keyword == 'msgid_plural':
                    entry.msgid_plural, field = text, ('msgid_plural', None)
                else:
                    index = int(index) if index is not None else 0
                    entry.msgstr[index] = text
                    field = ('msgstr', index)
                continue
            match = re.match(r'"(.*)"$', line)
            if match and isinstance(field, tuple):
                text = unescape(match.group(1))
                name, index = field
                if name == 'msgstr':
                    entry.msgstr[index] += text
                else:
                    setattr(entry, name, getattr(entry, name) + text)
                continue
            raise SystemExit(f'{path}:{number}: cannot read this line: {line}')
    finish()
    return entries


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


def check_msgfmt(msgfmt, po_path):
    """Problems that msgfmt reports, and its statistics line."""
    result = run([msgfmt, '--check', '--statistics', '-o', os.devnull, po_path])
    output = (result.stdout + result.stderr).strip()
    problems = []
    if result.returncode != 0:
        problems.append(f'msgfmt --check refuses {po_path}:\n{output}')
    elif re.search(r'\bfuzzy\b|\buntranslated\b', output):
        problems.append(f'{po_path} is not complete: {output}')
    return problems, output


def extract_template(xgettext, source_root, directory):
    potfiles = os.path.join(source_root, 'po', 'POTFILES.in')
    names = []
    with open(potfiles, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('#'):
                names.append(line)
    missing = [name for name in names if not os.path.exists(os.path.join(source_root, name))]
    if missing:
        raise SystemExit('po/POTFILES.in lists files that do not exist: ' + ', '.join(missing))

    pot = os.path.join(directory, 'template.pot')
    result = run([xgettext, '--package-name=dossier', '--files-from=' + potfiles,
                  '--directory=' + source_root, '--output=' + pot] + XGETTEXT_ARGS)
    if result.returncode != 0 or not os.path.exists(pot):
        raise SystemExit(f'xgettext failed:\n{result.stderr}')
    if result.stderr.strip():
        print(result.stderr.strip(), file=sys.stderr)
    return names, parse_po(pot)


def check_coverage(names, template, translation, nplurals):
    problems = []
    referenced = {reference.rsplit(':', 1)[0] for entry in template for reference in entry.references}

    # A file that is not C but yields nothing means xgettext lacks the ITS
    # rules for it (GtkBuilder, GSettings schemas, AppStream metainfo), or
    # does not know the desktop file format: then nothing would be checked.
    for name in names:
        if not name.endswith('.c') and name not in referenced:
            problems.append(f'xgettext found no message in {name}: are the ITS rules '
                            'for this kind of file installed?')

    translated = {entry.key: entry for entry in translation if not entry.obsolete}
    for entry in template:
        if entry.msgid == '':
            continue
        found = translated.get(entry.key)
        if found is None:
            problems.append('missing: ' + entry.describe())
        elif 'fuzzy' in found.flags:
            problems.append('fuzzy: ' + entry.describe())
        elif entry.msgid_plural is not None:
            forms = [found.msgstr.get(i, '') for i in range(nplurals)]
            if found.msgid_plural != entry.msgid_plural:
                problems.append('plural differs: ' + entry.describe())
            elif not all(forms) or len(found.msgstr) != nplurals:
                problems.append(f'not every one of the {nplurals} plural forms translated: '
                                + entry.describe())
        elif not found.msgstr.get(0):
            problems.append('untranslated: ' + entry.describe())
    return problems


def main():
    if len(sys.argv) != 3:
        raise SystemExit(f'usage: {sys.argv[0]} SOURCE_ROOT LANGUAGE')
    source_root, language = sys.argv[1:]
    msgfmt = os.environ.get('MSGFMT', 'msgfmt')
    xgettext = os.environ.get('XGETTEXT', 'xgettext')
    po_path = os.path.join(source_root, 'po', language + '.po')
    if not os.path.exists(po_path):
        raise SystemExit(f'There is no {po_path}.')

    problems, statistics = check_msgfmt(msgfmt, po_path)

    translation = parse_po(po_path)
    header = next((entry.msgstr.get(0, '') for entry in translation
                   if entry.msgid == '' and entry.msgctxt is None), '')
    match = re.search(r'nplurals\s*=\s*(\d+)', header)
    if match is None:
        problems.append(f'{po_path} has no Plural-Forms header.')
    nplurals = int(match.group(1)) if match else 2

    with tempfile.TemporaryDirectory(prefix='po-complete-') as directory:
        names, template = extract_template(xgettext, source_root, directory)
    problems += check_coverage(names, template, translation, nplurals)

    n_messages = sum(1 for entry in template if entry.msgid != '')
    if problems:
        print(f'{language}.po does not translate the current sources '
              f'({n_messages} messages):', file=sys.stderr)
        for problem in problems:
            print('  ' + problem, file=sys.stderr)
        return 1
    print(f'{language}.po translates all {n_messages} messages of the sources ({statistics})')
    return 0


if __name__ == '__main__':
    sys.exit(main())
