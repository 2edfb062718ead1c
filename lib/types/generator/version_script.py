"""lib/infext.map: the linker version script, from every INFEXT_API
declaration and the frozen symbol lists."""
import os
import re

SYMBOLS_DIR = "lib/types/generator/symbols"


def gen_map(root, generated_public):
    """The version script: one node per release. Each released node lists
    exactly the symbols frozen for it in SYMBOLS_DIR/<node>.txt (written once,
    at the release, never changed); every declared symbol no frozen list
    holds goes into the open node named in SYMBOLS_DIR/next, so a new
    function needs no step of its own."""
    text = ""
    inc = os.path.join(root, "include/infext")
    for name in sorted(set(os.listdir(inc)) | {"types.h"}):
        if not name.endswith(".h"):
            continue
        if name == "types.h":
            text += generated_public
        else:
            with open(os.path.join(inc, name)) as f:
                text += f.read()
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    syms = set(re.findall(r"INFEXT_API\s[^;{]*?\b(infext_\w+)\s*\(", text))
    sdir = os.path.join(root, SYMBOLS_DIR)
    with open(os.path.join(sdir, "next")) as f:
        open_node = f.read().strip()
    released = sorted((n[:-4] for n in os.listdir(sdir) if n.endswith(".txt")),
                      key=lambda n: [int(x) for x in n.split("_", 1)[1].split(".")])
    nodes, taken = [], set()
    for node in released:
        with open(os.path.join(sdir, node + ".txt")) as f:
            frozen = [l.strip() for l in f if l.strip() and not l.startswith("#")]
        gone = sorted(set(frozen) - syms)
        if gone:
            raise SystemExit(f"symbols of released node {node} are no longer declared "
                             f"(removing one breaks the ABI): {', '.join(gone)}")
        nodes.append((node, sorted(frozen)))
        taken |= set(frozen)
    if open_node in released:
        raise SystemExit(f"{SYMBOLS_DIR}/next names the released node {open_node}")
    new = sorted(syms - taken)
    if new:
        nodes.append((open_node, new))
    lines = ["/* GENERATED FILE - do not edit. Linker version script, produced by\n"
             " * lib/types/generator/generate.py from every INFEXT_API declaration in\n"
             " * include/infext/ and the frozen symbol lists of lib/types/generator/symbols/.\n"
             " * A release adds a new version node; existing nodes never change. Node\n"
             " * names start with infext_ so that the shared library defines no symbol\n"
             " * outside that prefix (docs/abi.md). */\n"]
    for i, (node, names) in enumerate(nodes):
        lines.append(f"{node} {{\n  global:\n")
        lines += [f"    {s};\n" for s in names]
        if i == 0:
            lines.append("  local:\n    *;\n};\n")
        else:
            lines.append(f"}} {nodes[i - 1][0]};\n")
    return "".join(lines)
