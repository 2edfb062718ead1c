#!/usr/bin/env python3
"""An independent check of the validation corpus's expectations.

    check-validate-corpus.py CORPUS BUNDLES CRDS

CORPUS is tests/data/validate (bundle v1.2.0), BUNDLES tests/data/bundles
(one folder of cases per bundle) and CRDS tests/data/crds (one folder of
CustomResourceDefinitions per bundle, copied from the upstream releases).

For every document of every case this script works out on its own what the
API server would answer, and compares that with the case's expected.jsonl:
the verdict, and each error's field, type and message (as a multiset: the
order and the line:column positions are the tool's, checked only by the
validate_cli test). It shares no code and no tables with the C library:

- the schema checks are python-jsonschema run over the CRD's
  openAPIV3Schema, its findings mapped to the API server's error types and
  messages (apiextensions-apiserver's kubeOpenAPIResultToFieldErrors);
- around it, written here by hand: nulls pruned, defaults applied, unknown
  fields, duplicate list-map keys, ObjectMeta's checks (apimachinery's
  ValidateObjectMeta), the CRD rules (x-kubernetes-validations, one Python
  function per CEL rule, keyed by the rule's text) and the root error the
  server adds when blocking errors keep the rules from running.

Not checked here (listed when the script runs): EndpointPickerConfig
documents (no CRD; their checks are the tool's own, see docs/validation.md)
and cases that must not decode (exit 2), whose expectations are the
decoder's. The expectations are authoritative only where both this script
and `infext validate` agree; a disagreement fails the test. Exit status 0
when every checked document agrees, 1 otherwise.
"""
import copy
import datetime
import json
import os
import re
import sys

import jsonschema
import yaml

# ---------------------------------------------------------------- loading


class Loader(yaml.SafeLoader):
    """YAML 1.1 as the tool reads it, but timestamps stay strings (JSON has
    no timestamps; the server sees the text)."""


Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def load_crds(folder):
    """{(apiVersion, kind): (openAPIV3Schema)} for the served versions."""
    out = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            crd = yaml.load(f, Loader=Loader)
        group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
        for v in crd["spec"]["versions"]:
            if v.get("served"):
                out[(group + "/" + v["name"], kind)] = v["schema"]["openAPIV3Schema"]
    return out


# ---------------------------------------------------------------- formatting


def path_text(parts):
    out = ""
    for p in parts:
        out += "[%d]" % p if isinstance(p, int) else ("." + p if out else p)
    return out


def go_value(v):
    """A value as field.ErrorBody prints it: strings %q, numbers %v."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "null"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, float):
        return repr(v) if not v.is_integer() or abs(v) >= 1e21 else "%d" % v
    return str(v)


def go_type(v):
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "integer"
    if isinstance(v, float):
        return "integer" if v.is_integer() and abs(v) < 2 ** 63 else "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list):
        return "array"
    if isinstance(v, dict):
        return "object"
    return "null"


def err(parts, etype, message):
    return (path_text(parts) if isinstance(parts, list) else parts, etype, message)


# ---------------------------------------------------------------- schema


def is_int(_checker, v):
    return go_type(v) == "integer"


def is_number(_checker, v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


TYPES = jsonschema.Draft4Validator.TYPE_CHECKER.redefine_many(
    {"integer": is_int, "number": is_number})
# Go's RE2 `$` is the end of the text only; Python's also matches before a
# final newline. \Z is RE2's `$`.
def re2(pattern):
    out, i, in_class = "", 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out, i = out + pattern[i:i + 2], i + 2
            continue
        if c == "[":
            in_class = True
        elif c == "]":
            in_class = False
        out += "\\Z" if c == "$" and not in_class else c
        i += 1
    return re.compile(out)


def pattern_kw(_validator, pattern, instance, _schema):
    if isinstance(instance, str) and not re2(pattern).search(instance):
        yield jsonschema.ValidationError("pattern")


DATE_TIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def date_time_ok(s):
    m = DATE_TIME.match(s)
    if not m:
        return False
    y, mo, d, h, mi, sec = (int(m.group(i)) for i in range(1, 7))
    try:
        datetime.date(y, mo, d)
    except ValueError:
        return False
    return h < 24 and mi < 60 and sec < 60


def format_kw(_validator, fmt, instance, _schema):
    if fmt == "date-time" and isinstance(instance, str) and not date_time_ok(instance):
        yield jsonschema.ValidationError("format")


Validator = jsonschema.validators.extend(
    jsonschema.Draft4Validator, {"pattern": pattern_kw, "format": format_kw},
    type_checker=TYPES)


def schema_errors(schema, doc):
    """python-jsonschema's findings, in the API server's words."""
    found = []
    for e in Validator(schema).iter_errors(doc):
        parts, kw, want, v = list(e.absolute_path), e.validator, e.validator_value, e.instance
        p = path_text(parts)
        if kw == "required":
            for name in want:
                if name not in v:
                    found.append((err(parts + [name], "Required", "Required value"), "required"))
            continue
        if kw == "type":
            msg = "Invalid value: \"%s\": %s in body must be of type %s: \"%s\"" % (go_type(v), p, want, go_type(v))
            found.append((err(parts, "TypeInvalid", msg), kw))
        elif kw == "format":
            msg = "Invalid value: %s: %s in body must be of type %s: %s" % (go_value(v), p, want, go_value(v))
            found.append((err(parts, "TypeInvalid", msg), kw))
        elif kw == "enum":
            msg = "Unsupported value: %s: supported values: %s" % (go_value(v), ", ".join(go_value(x) for x in want))
            found.append((err(parts, "NotSupported", msg), kw))
        elif kw == "maxLength":
            found.append((err(parts, "TooLong", "Too long: may not be more than %d bytes" % want), kw))
        elif kw == "minLength":
            found.append((err(parts, "Invalid", "Invalid value: %s: %s in body should be at least %d chars long" % (go_value(v), p, want)), kw))
        elif kw == "pattern":
            pat = e.schema["pattern"]
            found.append((err(parts, "Invalid", "Invalid value: %s: %s in body should match '%s'" % (go_value(v), p, pat)), kw))
        elif kw in ("minimum", "maximum"):
            excl = e.schema.get("exclusive" + kw.capitalize(), False)
            rel = ("greater than" if kw == "minimum" else "less than") + ("" if excl else " or equal to")
            val = float(v) if isinstance(v, int) and abs(v) >= 2 ** 63 else v
            found.append((err(parts, "Invalid", "Invalid value: %s: %s in body should be %s %s" % (go_value(val), p, rel, go_value(want))), kw))
        elif kw == "minItems":
            found.append((err(parts, "Invalid", "Invalid value: %d: %s in body should have at least %d items" % (len(v), p, want)), kw))
        elif kw == "maxItems":
            found.append((err(parts, "TooMany", "Too many: %d: must have at most %d items" % (len(v), want)), kw))
        elif kw == "minProperties":
            found.append((err(parts, "Invalid", "Invalid value: %d: %s in body should have at least %d properties" % (len(v), p, want)), kw))
        elif kw == "maxProperties":
            found.append((err(parts, "TooMany", "Too many: %d: must have at most %d items" % (len(v), want)), kw))
        else:
            raise SystemExit("check-validate-corpus: no mapping for keyword %r at %s" % (kw, p))
    # kube-openapi's string validator stops at its first failure, in the
    # order maxLength, minLength, pattern
    out = []
    for (e, kw) in found:
        first = [k for (o, k) in found if o[0] == e[0] and k in ("maxLength", "minLength", "pattern")]
        if kw in ("minLength", "pattern") and first and first[0] != kw and \
                ("maxLength" in first or (kw == "pattern" and "minLength" in first)):
            continue
        if e not in out or e[1] == "Required":
            out.append(e)
    return list(dict.fromkeys(out))


# ---------------------------------------------------------------- the walks


def props(schema):
    return schema.get("properties", {}) if isinstance(schema, dict) else {}


def prune_and_default(schema, v):
    """Nulls of known, non-nullable fields removed, then defaults applied
    (the server's decode)."""
    if isinstance(v, dict) and schema.get("type") == "object":
        for k, s in props(schema).items():
            if k in v and v[k] is None and not s.get("nullable"):
                del v[k]
        for k, s in props(schema).items():
            if k not in v and "default" in s:
                v[k] = copy.deepcopy(s["default"])
        for k, s in props(schema).items():
            if k in v:
                prune_and_default(s, v[k])
        if "additionalProperties" in schema and isinstance(schema["additionalProperties"], dict):
            for k in v:
                prune_and_default(schema["additionalProperties"], v[k])
    elif isinstance(v, list) and "items" in schema:
        for x in v:
            prune_and_default(schema["items"], x)


OBJECT_META = {"name", "generateName", "namespace", "selfLink", "uid", "resourceVersion",
               "generation", "creationTimestamp", "deletionTimestamp",
               "deletionGracePeriodSeconds", "labels", "annotations", "ownerReferences",
               "finalizers", "managedFields"}


def unknown_fields(schema, v, parts, out, allow):
    """Strict field validation's `unknown field` errors; with allow, the
    unknown members are pruned instead."""
    if isinstance(v, dict) and schema.get("type") == "object":
        if schema.get("x-kubernetes-preserve-unknown-fields"):
            return
        if isinstance(schema.get("additionalProperties"), dict):
            for k in v:
                unknown_fields(schema["additionalProperties"], v[k], parts + [k], out, allow)
            return
        known = OBJECT_META if parts == ["metadata"] else set(props(schema))
        for k in list(v):
            if k not in known:
                if not allow:
                    out.append(err(parts + [k], "Unknown", "unknown field \"%s\"" % path_text(parts + [k])))
                del v[k]
            elif k in props(schema):
                unknown_fields(props(schema)[k], v[k], parts + [k], out, allow)
    elif isinstance(v, list) and "items" in schema:
        for i, x in enumerate(v):
            unknown_fields(schema["items"], x, parts + [i], out, allow)


def go_json(v):
    return json.dumps(v, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def list_map_duplicates(schema, v, parts, out):
    if isinstance(v, dict):
        for k, s in props(schema).items():
            if k in v:
                list_map_duplicates(s, v[k], parts + [k], out)
    elif isinstance(v, list) and "items" in schema:
        if schema.get("x-kubernetes-list-type") == "map":
            keys, seen, told = schema["x-kubernetes-list-map-keys"], [], []
            for i, x in enumerate(v):
                if not isinstance(x, dict):
                    continue
                key = {k: x[k] for k in keys if k in x}
                if key in seen and key not in told:
                    out.append(err(parts + [i], "Duplicate", "Duplicate value: " + go_json(key)))
                    told.append(key)
                seen.append(key)
        for i, x in enumerate(v):
            list_map_duplicates(schema["items"], x, parts + [i], out)


# ---------------------------------------------------------------- CEL rules

# One function per CEL rule text: self -> bool. A CRD rule without one here
# stops the script, so that a new rule gets its hand-written check.
CEL = {
    "self.kind != 'Service' || has(self.port)":
        lambda s: s.get("kind") != "Service" or "port" in s,
    "self.all(p1, self.exists_one(p2, p1.number==p2.number))":
        lambda s: all(sum(1 for p2 in s if p2.get("number") == p1.get("number")) == 1 for p1 in s),
}


def has_rules(schema):
    if isinstance(schema, dict):
        return "x-kubernetes-validations" in schema or any(has_rules(x) for x in schema.values())
    if isinstance(schema, list):
        return any(has_rules(x) for x in schema)
    return False


def run_rules(schema, v, parts, out):
    for rule in schema.get("x-kubernetes-validations", []):
        if rule["rule"] not in CEL:
            raise SystemExit("check-validate-corpus: no hand-written check for the rule %r" % rule["rule"])
        if not CEL[rule["rule"]](v):
            out.append(err(parts, "Invalid", "Invalid value: " + rule["message"]))
    if isinstance(v, dict):
        for k, s in props(schema).items():
            if k in v:
                run_rules(s, v[k], parts + [k], out)
    elif isinstance(v, list) and "items" in schema:
        for i, x in enumerate(v):
            run_rules(schema["items"], x, parts + [i], out)


# ---------------------------------------------------------------- ObjectMeta

SUBDOMAIN = r"[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*"
LABEL = r"[a-z0-9]([-a-z0-9]*[a-z0-9])?"
QUALIFIED = r"([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"
LABEL_VALUE = r"(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?"


def regex_error(msg, fmt, *examples):
    ex = ",  or ".join("'%s'" % x for x in examples)
    return "%s (e.g. %s, regex used for validation is '%s')" % (msg, ex, fmt)


SUBDOMAIN_MSG = regex_error("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
                            "characters, '-' or '.', and must start and end with an alphanumeric "
                            "character", SUBDOMAIN, "example.com")
LABEL_MSG = regex_error("a lowercase RFC 1123 label must consist of lower case alphanumeric "
                        "characters or '-', and must start and end with an alphanumeric character",
                        LABEL, "my-name", "123-abc")
QUALIFIED_TEXT = ("must consist of alphanumeric characters, '-', '_' or '.', and must start and "
                  "end with an alphanumeric character")


def full(rx, s):
    return re.fullmatch(rx, s) is not None


def subdomain(s, unit="characters"):
    out = ["must be no more than 253 %s" % unit] if len(s) > 253 else []
    return out + ([] if full(SUBDOMAIN, s) else [SUBDOMAIN_MSG])


def dns_label(s):
    out = ["must be no more than 63 characters"] if len(s) > 63 else []
    if not full(LABEL, s):
        out.append("must not contain dots" if full(SUBDOMAIN, s) else LABEL_MSG)
    return out


def qualified_name(s):
    parts = s.split("/")
    out = []
    if len(parts) > 2:
        return [regex_error("a valid label key " + QUALIFIED_TEXT, QUALIFIED, "MyName", "my.name", "123-abc")
                + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"]
    name = parts[-1]
    if len(parts) == 2:
        if not parts[0]:
            out.append("prefix part must be non-empty")
        else:
            out += ["prefix part " + m for m in subdomain(parts[0], "bytes")]
    if not name:
        out.append("name part must be non-empty")
    elif len(name) > 63:
        out.append("name part must be no more than 63 bytes")
    if not full(QUALIFIED, name):
        out.append(regex_error("name part " + QUALIFIED_TEXT, QUALIFIED, "MyName", "my.name", "123-abc"))
    return out


def object_meta(m):
    out = []
    if not isinstance(m, dict):
        m = {}
    name, gen_name = m.get("name") or "", m.get("generateName") or ""
    if gen_name:
        masked = gen_name[:-1] + "a" if len(gen_name) > 1 and gen_name.endswith("-") else gen_name
        out += [err("metadata.generateName", "Invalid", "Invalid value: %s: %s" % (go_value(gen_name), x))
                for x in subdomain(masked)]
    if not name and not gen_name:
        out.append(err("metadata.name", "Required", "Required value: name or generateName is required"))
    elif name:
        out += [err("metadata.name", "Invalid", "Invalid value: %s: %s" % (go_value(name), x)) for x in subdomain(name)]
    if m.get("namespace"):
        out += [err("metadata.namespace", "Invalid", "Invalid value: %s: %s" % (go_value(m["namespace"]), x))
                for x in dns_label(m["namespace"])]
    if isinstance(m.get("generation"), int) and m["generation"] < 0:
        out.append(err("metadata.generation", "Invalid",
                       "Invalid value: %d: must be greater than or equal to 0" % m["generation"]))
    for k, v in (m.get("labels") or {}).items():
        out += [err("metadata.labels", "Invalid", "Invalid value: %s: %s" % (go_value(k), x)) for x in qualified_name(k)]
        v = v or ""
        if len(v.encode()) > 63:
            out.append(err("metadata.labels", "Invalid", "Invalid value: %s: must be no more than 63 bytes" % go_value(v)))
        if not full(LABEL_VALUE, v):
            out.append(err("metadata.labels", "Invalid", "Invalid value: %s: %s" % (go_value(v), regex_error(
                "a valid label must be an empty string or " + QUALIFIED_TEXT[len("must "):], LABEL_VALUE, "MyValue", "my_value", "12345"))))
    size = 0
    for k, v in (m.get("annotations") or {}).items():
        out += [err("metadata.annotations", "Invalid", "Invalid value: %s: %s" % (go_value(k), x))
                for x in qualified_name(k.lower())]
        size += len(k.encode()) + len((v or "").encode())
    if size > 256 * 1024:
        out.append(err("metadata.annotations", "TooLong", "Too long: may not be more than 262144 bytes"))
    return out


# ---------------------------------------------------------------- one document

BLOCKING = {"Required", "TypeInvalid", "NotSupported", "TooLong", "TooMany"}
SKIPPED = ("Invalid value: null: some validation rules were not checked because the object "
           "was invalid; correct the existing errors to complete validation")


def validate(doc, crds, every_bundle, allow_unknown):
    """The errors of one object, or None when this script does not check
    its kind."""
    api, kind = doc.get("apiVersion") or "", doc.get("kind") or ""
    if kind == "EndpointPickerConfig":
        return None
    if not api:
        return [("", "Required", "apiVersion is required")]
    if not kind:
        return [("", "Required", "kind is required")]
    if (api, kind) not in crds:
        if any((api, kind) in b for b in every_bundle):
            return [("", "NotSupported", "no matches for kind %s in version %s" % (go_value(kind), go_value(api)))]
        return [("", "NotSupported", "unknown apiVersion/kind %s %s" % (go_value(api), go_value(kind)))]
    schema = crds[(api, kind)]
    doc = copy.deepcopy(doc)
    errors = []
    unknown_fields(schema, doc, [], errors, allow_unknown)
    prune_and_default(schema, doc)
    errors = object_meta(doc.get("metadata")) + errors
    doc.pop("metadata", None)
    errors += schema_errors(schema, doc)
    list_map_duplicates(schema, doc, [], errors)
    if has_rules(schema):
        if any(e[1] in BLOCKING for e in errors):
            errors.append(("", "Invalid", SKIPPED))
        else:
            run_rules(schema, doc, [], errors)
    return errors


def objects(doc):
    """A document is one object, or a List's items."""
    if isinstance(doc, dict) and str(doc.get("kind", "")).endswith("List") and isinstance(doc.get("items"), list):
        return doc["items"]
    return [doc]


def json_stream(text):
    """A JSON input: values one after the other."""
    out, i, dec = [], 0, json.JSONDecoder()
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i == len(text):
            return out
        v, i = dec.raw_decode(text, i)
        out.append(v)


def comparable(message):
    # the bundle hint after the server's sentence is the tool's own
    return message.split("; hint: ")[0]


def check_case(folder, crds, every_bundle, failures):
    """Returns (documents checked, documents not checked)."""
    args = []
    if os.path.exists(os.path.join(folder, "args")):
        args = open(os.path.join(folder, "args")).read().split()
    with open(os.path.join(folder, "exit")) as f:
        want_exit = int(f.read())
    if want_exit == 2:
        return 0, 1
    inputs = sorted(f for f in os.listdir(folder) if f.startswith("input."))
    with open(os.path.join(folder, "expected.jsonl"), encoding="utf-8") as f:
        expected = [json.loads(line) for line in f]
    got = []
    for name in inputs:
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            docs = json_stream(f.read()) if name.endswith(".json") else \
                [d for d in yaml.load_all(f, Loader=Loader) if d is not None]
        for i, d in enumerate(docs):
            for o in objects(d):
                got.append((name, i, o))
    if len(got) != len(expected):
        failures.append("%s: %d objects, expected.jsonl has %d" % (folder, len(got), len(expected)))
        return 0, 0
    checked = skipped = 0
    any_invalid = False
    for (name, i, o), want in zip(got, expected):
        where = "%s: %s[%d]" % (folder, name, i)
        errors = validate(o, crds, every_bundle, "--allow-unknown" in args)
        any_invalid = any_invalid or not want["valid"]
        if errors is None:
            skipped += 1
            continue
        checked += 1
        meta = o.get("metadata") if isinstance(o.get("metadata"), dict) else {}
        head = (want["file"], want["index"], want["apiVersion"], want["kind"], want["name"])
        if head != (name, i, o.get("apiVersion") or "", o.get("kind") or "", meta.get("name") or ""):
            failures.append("%s: expected.jsonl names %r" % (where, head))
        mine = sorted((f, t, comparable(m)) for f, t, m in errors)
        theirs = sorted((e["field"], e["type"], comparable(e["message"])) for e in want["errors"])
        if want["valid"] != (not errors) or mine != theirs:
            failures.append("%s: expected.jsonl says valid=%s\n    %s\n  this check finds valid=%s\n    %s" % (
                where, want["valid"], "\n    ".join(map(str, theirs)), not errors, "\n    ".join(map(str, mine))))
    if want_exit != (1 if any_invalid else 0):
        failures.append("%s: exit %d, but the verdicts say %d" % (folder, want_exit, 1 if any_invalid else 0))
    return checked, skipped


def main():
    corpus, bundles, crd_root = sys.argv[1:4]
    every = {b: load_crds(os.path.join(crd_root, b)) for b in sorted(os.listdir(crd_root))}
    folders = [(os.path.join(corpus, c), "v1.2.0") for c in sorted(os.listdir(corpus))]
    for b in sorted(os.listdir(bundles)):
        folders += [(os.path.join(bundles, b, c), b) for c in sorted(os.listdir(os.path.join(bundles, b)))]
    failures, checked, skipped = [], 0, 0
    for folder, bundle in folders:
        c, s = check_case(folder, every[bundle], list(every.values()), failures)
        checked, skipped = checked + c, skipped + s
    for f in failures:
        print("FAIL " + f)
    print("%d objects checked independently, %d not checked (EndpointPickerConfig, undecodable cases), "
          "%d disagreements" % (checked, skipped, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
