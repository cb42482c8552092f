#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Dossier authors
"""Prints 'N passed, N failed' for a meson test log, counting each GTest
case of a TAP test and each other test as one."""
import json
import re
import sys

passed = failed = skipped = 0
try:
    lines = open(sys.argv[1], encoding='utf-8').read().splitlines()
except OSError:
    lines = []
for line in lines:
    test = json.loads(line)
    result = test.get('result')
    cases_ok = cases_bad = cases_skip = 0
    for out in (test.get('stdout') or '').splitlines():
        if re.match(r'^ok \d+', out):
            if '# SKIP' in out:
                cases_skip += 1
            else:
                cases_ok += 1
        elif re.match(r'^not ok \d+', out):
            if '# TODO' in out:
                cases_skip += 1
            else:
                cases_bad += 1
    if result not in ('OK', 'EXPECTEDFAIL', 'SKIP') and cases_bad == 0:
        cases_bad = 1  # crashed, timed out, or failed outside a case
    if cases_ok + cases_bad + cases_skip == 0:
        if result == 'SKIP':
            cases_skip = 1
        elif result in ('OK', 'EXPECTEDFAIL'):
            cases_ok = 1
    passed += cases_ok
    failed += cases_bad
    skipped += cases_skip
if not lines:
    failed += 1
print(f'{passed} passed, {failed} failed' + (f', {skipped} skipped' if skipped else ''))
