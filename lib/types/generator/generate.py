#!/usr/bin/env python3
"""Generate libinfext's typed object model from lib/types/schema.yaml.

Writes (all bannered as generated; never edit them by hand):
  include/infext/types.h            public typedefs, kind enum, accessor declarations
  lib/types/generated/types_gen.h   struct layouts (private)
  lib/types/generated/types_gen.c   descriptor tables and accessor definitions
  lib/codec/generated/codec_gen.c   typed decode/encode entry points per kind
  lib/infext.map                    linker version script: every INFEXT_API
                                    function declared in include/infext/*.h

--check compares instead of writing and exits 1 when anything differs.

The work is split by output: model.py loads and checks the schema,
public_header.py writes types.h, tables.py the private header and the
descriptor tables, accessors.py the accessor definitions and codec_gen.c,
version_script.py lib/infext.map. This file only runs them and writes or compares the files.
"""
import argparse
import os
import sys

sys.dont_write_bytecode = True  # keep the source tree free of __pycache__

from accessors import gen_codec_c
from model import load
from public_header import gen_public
from tables import gen_private_h, gen_private_c
from version_script import gen_map


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=os.path.join(os.path.dirname(__file__), "../../.."))
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    root = os.path.abspath(args.root)
    schema, structs = load(root)
    public = gen_public(schema, structs)
    files = {
        "include/infext/types.h": public,
        "lib/types/generated/types_gen.h": gen_private_h(schema, structs),
        "lib/types/generated/types_gen.c": gen_private_c(schema, structs),
        "lib/codec/generated/codec_gen.c": gen_codec_c(structs),
        "lib/infext.map": gen_map(root, public),
    }
    stale = []
    for rel, content in files.items():
        path = os.path.join(root, rel)
        old = None
        if os.path.exists(path):
            with open(path) as f:
                old = f.read()
        if old == content:
            continue
        if args.check:
            stale.append(rel)
        else:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(content)
    if stale:
        print("generated files differ from the schema: " + ", ".join(stale), file=sys.stderr)
        print("run `cmake --build build --target generate` and commit the result", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
