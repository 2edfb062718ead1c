#!/usr/bin/env python3
"""Size limits of the hand-written sources.

    source-limits.py ROOT [--files DIR]... [--functions DIR]...
                     [--max-file-lines N] [--max-function-lines N]

Every C source and header and every script (.c, .h, .py, .sh) below each `--files` folder of ROOT must
have at most --max-file-lines lines (700); every function defined in a .c
file below each `--functions` folder at most --max-function-lines lines
(80), counted from the first line of its signature to its closing brace.
Generated files (below a folder named `generated`, or opening with the
generator's "GENERATED FILE" banner) are not counted.

A function is what the project's layout makes one: a `{` alone at the
start of a line, opened by the signature just above it, closed by the next
`}` at the start of a line.

Prints one line per file or function over its limit, then a summary; exit
status 0 when nothing is over, 1 otherwise, 2 on a usage error.
"""
import argparse
import os
import re
import sys


def is_generated(path, lines):
    if 'generated' in path.split(os.sep):
        return True
    return any('GENERATED FILE' in line for line in lines[:3])


def sources(root, folder, exts):
    base = os.path.join(root, folder)
    if not os.path.isdir(base):
        sys.exit('source-limits: no folder %s' % base)
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames.sort()
        for name in sorted(filenames):
            if os.path.splitext(name)[1] in exts:
                path = os.path.join(dirpath, name)
                with open(path, encoding='utf-8', errors='replace') as f:
                    lines = f.read().split('\n')
                if lines and lines[-1] == '':
                    lines.pop()
                if not is_generated(os.path.relpath(path, root), lines):
                    yield os.path.relpath(path, root), lines


SIGNATURE_STOP = re.compile(r'^(\s*$|#|.*[;}]\s*$|.*\*/\s*$)')


def functions(lines):
    """(first line, last line, name) of each function, 1-based."""
    i = 0
    while i < len(lines):
        if lines[i].rstrip() != '{':
            i += 1
            continue
        start = i
        while start > 0 and not SIGNATURE_STOP.match(lines[start - 1]):
            start -= 1
        end = i + 1
        while end < len(lines) and not lines[end].startswith('}'):
            end += 1
        signature = ' '.join(lines[start:i])
        m = re.search(r'(\w+)\s*\(', signature)
        yield start + 1, end + 1, m.group(1) if m else '?'
        i = end + 1


def main():
    ap = argparse.ArgumentParser(description='size limits of the hand-written sources')
    ap.add_argument('root')
    ap.add_argument('--files', action='append', default=[], help='folder whose files are limited')
    ap.add_argument('--functions', action='append', default=[], help='folder whose functions are limited')
    ap.add_argument('--max-file-lines', type=int, default=700)
    ap.add_argument('--max-function-lines', type=int, default=80)
    args = ap.parse_args()
    if not args.files and not args.functions:
        ap.error('nothing to check: give --files or --functions')

    over = 0
    files = 0
    for folder in args.files:
        for path, lines in sources(args.root, folder, ('.c', '.h', '.py', '.sh')):
            files += 1
            if len(lines) > args.max_file_lines:
                print('%s: %d lines, more than %d' % (path, len(lines), args.max_file_lines))
                over += 1
    count = 0
    for folder in args.functions:
        for path, lines in sources(args.root, folder, ('.c',)):
            for first, last, name in functions(lines):
                count += 1
                n = last - first + 1
                if n > args.max_function_lines:
                    print('%s:%d: function %s has %d lines, more than %d'
                          % (path, first, name, n, args.max_function_lines))
                    over += 1
    print('source-limits: %d files (%s) and %d functions (%s) checked, %d over the limits'
          % (files, ', '.join(args.files) or 'none', count, ', '.join(args.functions) or 'none', over))
    return 1 if over else 0


if __name__ == '__main__':
    sys.exit(main())
