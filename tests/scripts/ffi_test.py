#!/usr/bin/env python3
"""FFI test: drive the shared library from Python through ctypes, as a
Python, Rust or Zig host would, using only exported C symbols."""
import ctypes
import json
import sys

lib = ctypes.CDLL(sys.argv[1])
sample = open(sys.argv[2], "rb").read()

c_void_pp = ctypes.POINTER(ctypes.c_void_p)
lib.infext_version.restype = ctypes.c_char_p
lib.infext_diags_new.argtypes = [c_void_pp]
lib.infext_diags_count.argtypes = [ctypes.c_void_p]
lib.infext_diags_count.restype = ctypes.c_size_t
lib.infext_diags_at.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
lib.infext_diags_at.restype = ctypes.c_void_p
for name in ("infext_diag_path", "infext_diag_message"):
    getattr(lib, name).argtypes = [ctypes.c_void_p]
    getattr(lib, name).restype = ctypes.c_char_p
lib.infext_diag_line.argtypes = [ctypes.c_void_p]
lib.infext_diag_line.restype = ctypes.c_uint
lib.infext_diags_free.argtypes = [ctypes.c_void_p]
lib.infext_decode.argtypes = [c_void_pp, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_void_p]
lib.infext_decode.restype = ctypes.c_int
lib.infext_object_name.argtypes = [ctypes.c_void_p]
lib.infext_object_name.restype = ctypes.c_char_p
lib.infext_object_kind_name.argtypes = [ctypes.c_void_p]
lib.infext_object_kind_name.restype = ctypes.c_char_p
lib.infext_object_encode.argtypes = [ctypes.POINTER(ctypes.c_char_p), ctypes.POINTER(ctypes.c_size_t),
                                     ctypes.c_void_p, ctypes.c_void_p]
lib.infext_object_encode.restype = ctypes.c_int
lib.infext_object_free.argtypes = [ctypes.c_void_p]
lib.infext_free.argtypes = [ctypes.c_void_p]
lib.infext_strerror.argtypes = [ctypes.c_int]
lib.infext_strerror.restype = ctypes.c_char_p

assert lib.infext_version().decode().count(".") == 2

obj = ctypes.c_void_p()
assert lib.infext_decode(ctypes.byref(obj), sample, len(sample), None, None) == 0
assert lib.infext_object_kind_name(obj) == b"InferencePool"
assert lib.infext_object_name(obj) == b"vllm-llama3-8b-instruct"

# Encode: the buffer is the library's, so read it and give it back with infext_free.
out = ctypes.c_char_p()
size = ctypes.c_size_t()
assert lib.infext_object_encode(ctypes.byref(out), ctypes.byref(size), obj, None) == 0
raw = ctypes.cast(out, ctypes.c_void_p)
text = ctypes.string_at(raw, size.value).decode()
lib.infext_free(raw)
lib.infext_object_free(obj)
doc = json.loads(text)
assert doc["spec"]["targetPorts"] == [{"number": 8000}], doc["spec"]
assert doc["metadata"]["managedFields"][0]["manager"] == "kubectl-client-side-apply"

# A failure says why, with a path and a line.
diags = ctypes.c_void_p()
assert lib.infext_diags_new(ctypes.byref(diags)) == 0
bad = b"apiVersion: inference.networking.x-k8s.io/v1alpha2\nkind: InferencePool\nspec:\n  targetPortNumber: high\n"
obj = ctypes.c_void_p()
rc = lib.infext_decode(ctypes.byref(obj), bad, len(bad), None, diags)
assert rc == -9 and not obj, rc  # INFEXT_ETYPE
assert lib.infext_strerror(rc) == b"value of the wrong type"
assert lib.infext_diags_count(diags) == 1
d = lib.infext_diags_at(diags, 0)
assert lib.infext_diag_path(d) == b"spec.targetPortNumber"
assert lib.infext_diag_line(d) == 4
lib.infext_diags_free(diags)
print("FFI (ctypes): decode, encode, diagnostics: ok")
