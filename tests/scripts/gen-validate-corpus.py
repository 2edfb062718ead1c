#!/usr/bin/env python3
"""Writes the inputs of the validation corpus, tests/data/validate/<case>/.

    gen-validate-corpus.py OUT_DIR [INFEXT]

Each case is built from a valid document of its kind and a few edits (one
per document), so that every constraint of the schema, every CRD rule and
every ObjectMeta and EndpointPickerConfig check is seen passing and failing,
with every numeric and length bound below, at and above. With INFEXT (the
built tool), the expectations are written too: expected.jsonl with what
`infext validate -o json` prints and exit with its status. Those are a
proposal, not a verdict. What makes them authoritative is
check-validate-corpus.py (the ctest test validate_corpus_independent), an
implementation that shares nothing with the tool: every object of a CRD
kind must get the same verdict, fields, types and messages from it. The
expectations it does not check (EndpointPickerConfig documents, undecodable
cases) are read line by line against docs/validation.md before committing.
"""
import copy
import json
import os
import re
import subprocess
import sys

import yaml

OUT = sys.argv[1]
TOOL = sys.argv[2] if len(sys.argv) > 2 else None
os.makedirs(OUT, exist_ok=True)

class D(yaml.SafeDumper): pass
def str_rep(dumper, data):
    style = '"' if (data == '' or '\n' in data or data.strip() != data or any(ord(c) > 126 for c in data) or re.match(r'^[0-9.+-]|^(true|false|null|yes|no|on|off|y|n)$', data, re.I)) else None
    return dumper.represent_scalar('tag:yaml.org,2002:str', data, style=style)
D.add_representer(str, str_rep)

def setp(doc, path, value):
    parts = re.findall(r'[^.\[\]]+|\[\d+\]', path)
    cur = doc
    for i, p in enumerate(parts):
        last = i == len(parts) - 1
        key = int(p[1:-1]) if p.startswith('[') else p
        if last:
            if value is DEL:
                del cur[key]
            else:
                cur[key] = value
        else:
            if isinstance(key, str) and key not in cur:
                cur[key] = {}
            cur = cur[key]
    return doc
DEL = object()

def mut(base, *changes):
    d = copy.deepcopy(base)
    for path, value in changes:
        setp(d, path, value)
    return d

def write(name, docs, raw=None, fmt='yaml'):
    os.makedirs(os.path.join(OUT, name), exist_ok=True)
    path = os.path.join(OUT, name, 'input.' + fmt)
    with open(path, 'w', encoding='utf-8') as f:
        if raw is not None:
            f.write(raw)
        elif fmt == 'json':
            f.write('\n'.join(json.dumps(d) for d in docs) + '\n')
        else:
            f.write(yaml.dump_all(docs, Dumper=D, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100000))

V1 = {'apiVersion': 'inference.networking.k8s.io/v1', 'kind': 'InferencePool',
      'metadata': {'name': 'pool', 'namespace': 'default'},
      'spec': {'selector': {'matchLabels': {'app': 'vllm'}}, 'targetPorts': [{'number': 8000}],
               'endpointPickerRef': {'name': 'epp', 'port': {'number': 9002}}}}
COND = {'type': 'Accepted', 'status': 'True', 'reason': 'Accepted', 'message': 'ok',
        'lastTransitionTime': '2025-01-01T00:00:00Z'}
V1S = mut(V1, ('status', {'parents': [{'parentRef': {'name': 'gw'}, 'conditions': [copy.deepcopy(COND)]}]}))
A2 = {'apiVersion': 'inference.networking.x-k8s.io/v1alpha2', 'kind': 'InferencePool',
      'metadata': {'name': 'pool'},
      'spec': {'selector': {'app': 'vllm'}, 'targetPortNumber': 8000, 'extensionRef': {'name': 'epp'}}}
OBJ = {'apiVersion': 'inference.networking.x-k8s.io/v1alpha2', 'kind': 'InferenceObjective',
       'metadata': {'name': 'objective'}, 'spec': {'priority': 1, 'poolRef': {'name': 'pool'}}}
RW = {'apiVersion': 'inference.networking.x-k8s.io/v1alpha2', 'kind': 'InferenceModelRewrite',
      'metadata': {'name': 'rewrite'},
      'spec': {'poolRef': {'name': 'pool'},
               'rules': [{'matches': [{'model': {'value': 'llama'}}], 'split': [{'modelRewrite': 'llama-v2', 'weight': 100}]}]}}
IMP = {'apiVersion': 'inference.networking.x-k8s.io/v1alpha1', 'kind': 'InferencePoolImport',
       'metadata': {'name': 'import'},
       'status': {'controllers': [{'name': 'example.com/controller', 'exportingClusters': [{'name': 'east'}],
                                   'conditions': [copy.deepcopy(COND)]}]}}
EPC = {'apiVersion': 'inference.networking.x-k8s.io/v1alpha1', 'kind': 'EndpointPickerConfig',
       'plugins': [{'type': 'queue-scorer'}, {'name': 'picker', 'type': 'max-score-picker'},
                   {'name': 'handler', 'type': 'single-profile-handler'}],
       'schedulingProfiles': [{'name': 'default', 'plugins': [{'pluginRef': 'queue-scorer', 'weight': 2},
                                                               {'pluginRef': 'picker'}]}]}

def s(n, ch='a'): return ch * n
def ctl(n):
    """a controller name of n characters: domain, slash, path"""
    return 'a/' + 'b' * (n - 2) if n >= 3 else 'a' * n

def bounds(name, base, path, lo=None, hi=None, kind='int', fill='a'):
    """at, below and above each bound"""
    docs = []
    # below, at and above each bound; the ones inside the range come last
    if kind == 'int':
        vals = []
        if lo is not None: vals += [lo - 1, lo]
        if hi is not None: vals += [hi, hi + 1]
        if lo is not None: vals += [lo + 1]
        if hi is not None: vals += [hi - 1]
        docs = [mut(base, (path, v)) for v in vals]
    else:
        lens = []
        if lo is not None: lens += ([lo - 1] if lo > 0 else []) + [lo]
        if hi is not None: lens += [hi, hi + 1]
        if lo is not None: lens += [lo + 1]
        if hi is not None: lens += [hi - 1]
        docs = [mut(base, (path, ctl(n) if fill == 'controller' else s(n, fill))) for n in lens]
    write(name, docs)

# ---- valid samples of every kind
write('valid-every-kind', [V1, V1S, A2, OBJ, RW, IMP, EPC])
write('valid-json', [V1, A2], fmt='json')

# ---- v1 InferencePool bounds
bounds('v1-target-port-number', V1, 'spec.targetPorts[0].number', 1, 65535)
bounds('v1-picker-port-number', V1, 'spec.endpointPickerRef.port.number', 1, 65535)
write('v1-target-ports-count', [mut(V1, ('spec.targetPorts', [{'number': 8000 + i} for i in range(n)])) for n in (0, 1, 8, 9, 2, 7)])
write('v1-match-labels-count', [mut(V1, ('spec.selector.matchLabels', {'k%d' % i: 'v' for i in range(n)})) for n in (0, 1, 64, 65, 2, 63)])
bounds('v1-match-label-value-length', V1, 'spec.selector.matchLabels.app', None, 63, 'str')
write('v1-match-label-value-pattern', [mut(V1, ('spec.selector.matchLabels.app', v)) for v in ('', 'a.b-c_d', '-bad', 'bad_', 'sp ace')])
bounds('v1-picker-group-length', V1, 'spec.endpointPickerRef.group', 0, 253, 'str')
write('v1-picker-group-pattern', [mut(V1, ('spec.endpointPickerRef.group', v)) for v in ('', 'example.com', 'Example.com', 'a..b', 'x-')])
bounds('v1-picker-kind-length', V1, 'spec.endpointPickerRef.kind', 1, 63, 'str')
write('v1-picker-kind-pattern', [mut(V1, ('spec.endpointPickerRef.kind', v)) for v in ('Service', 'My-Kind2', '1Kind', 'Kind-', 'Service\n')])
bounds('v1-picker-name-length', V1, 'spec.endpointPickerRef.name', 1, 253, 'str')
bounds('v1-picker-name-characters', V1, 'spec.endpointPickerRef.name', None, 253, 'str', fill='\u00e9')
write('v1-failure-mode', [mut(V1, ('spec.endpointPickerRef.failureMode', v)) for v in ('FailOpen', 'FailClose', 'failopen', '')])
write('v1-required', [mut(V1, ('spec', DEL)), mut(V1, ('spec.selector', DEL)), mut(V1, ('spec.targetPorts', DEL)),
                      mut(V1, ('spec.endpointPickerRef', DEL)), mut(V1, ('spec.endpointPickerRef.name', DEL)),
                      mut(V1, ('spec.targetPorts[0].number', DEL)), mut(V1, ('spec.selector.matchLabels', DEL))])
write('v1-nulls-pruned', [mut(V1, ('spec.selector', None)), mut(V1, ('spec.endpointPickerRef.group', None)),
                          mut(V1, ('status', None))])
write('v1-integers', [mut(V1, ('spec.targetPorts[0].number', 8000.0)), mut(V1, ('spec.targetPorts[0].number', 8000.5)),
                      mut(V1, ('spec.targetPorts[0].number', '8000')), mut(V1, ('spec.targetPorts[0].number', 4294967296))])
write('v1-type-errors', [mut(V1, ('spec.targetPorts', {'number': 1})), mut(V1, ('spec.targetPorts', [8000, {'number': 0}])),
                         mut(V1, ('spec.endpointPickerRef.name', 5)), mut(V1, ('spec.selector.matchLabels.app', True)),
                         mut(V1, ('spec.selector', 'app=vllm'))])
# ---- CEL rules
write('v1-rule-port-required', [mut(V1, ('spec.endpointPickerRef.port', DEL)),
                                mut(V1, ('spec.endpointPickerRef.port', DEL), ('spec.endpointPickerRef.kind', 'Service')),
                                mut(V1, ('spec.endpointPickerRef.port', DEL), ('spec.endpointPickerRef.kind', 'Backend'),
                                    ('spec.endpointPickerRef.group', 'example.com')),
                                mut(V1, ('spec.endpointPickerRef.kind', 'Service'))])
write('v1-rule-ports-unique', [mut(V1, ('spec.targetPorts', [{'number': 8000}, {'number': 8001}])),
                               mut(V1, ('spec.targetPorts', [{'number': 8000}, {'number': 8000}])),
                               mut(V1, ('spec.targetPorts', [{'number': 8000}, {'number': 8000.0}, {'number': 8000}]))])
write('v1-rules-skipped', [
    mut(V1, ('spec.endpointPickerRef.port', DEL), ('spec.endpointPickerRef.failureMode', 'Sometimes')),
    mut(V1, ('spec.endpointPickerRef.port', DEL), ('spec.endpointPickerRef.kind', 'x' * 64)),
    mut(V1, ('spec.targetPorts', [{'number': 1}] * 9)),
    mut(V1, ('spec.endpointPickerRef.port', DEL), ('spec.endpointPickerRef.group', 'BAD')),
    mut(V1, ('spec.endpointPickerRef.port', DEL), ('spec.extra', 1)),
    mut(V1, ('spec.endpointPickerRef.port', DEL), ('metadata.name', 'Bad')),
    mut(V1, ('spec.endpointPickerRef.port', DEL), ('spec.targetPorts[0].number', 'x'))])
# ---- v1 status
bounds('v1-status-parents-count', V1, 'status.parents', None, None)
write('v1-status-parents-count', [mut(V1, ('status', {'parents': [{'parentRef': {'name': 'gw%d' % i}} for i in range(n)]})) for n in (32, 33, 31)])
write('v1-status-conditions-count', [mut(V1S, ('status.parents[0].conditions', [dict(COND, type='T%d' % i) for i in range(n)])) for n in (8, 9, 7)])
write('v1-status-conditions-duplicate', [
    mut(V1S, ('status.parents[0].conditions', [dict(COND), dict(COND, type='ResolvedRefs')])),
    mut(V1S, ('status.parents[0].conditions', [dict(COND), dict(COND)])),
    mut(V1S, ('status.parents[0].conditions', [dict(COND), dict(COND), dict(COND), dict(COND, type='X'), dict(COND, type='X')]))])
C = 'status.parents[0].conditions[0].'
bounds('condition-message-length', V1S, C + 'message', None, 32768, 'str')
bounds('condition-observed-generation', V1S, C + 'observedGeneration', 0, None)
bounds('condition-reason-length', V1S, C + 'reason', 1, 1024, 'str', fill='R')
write('condition-reason-pattern', [mut(V1S, (C + 'reason', v)) for v in ('Accepted', 'Bad Reason', 'a:b,c_d', '9Lives', 'Trailing_')])
bounds('condition-type-length', V1S, C + 'type', None, 316, 'str', fill='T')
write('condition-type-pattern', [mut(V1S, (C + 'type', v)) for v in ('example.com/Ready', 'Ready', 'bad type', '/Ready', 'Example.com/Ready')])
write('condition-status-enum', [mut(V1S, (C + 'status', v)) for v in ('True', 'False', 'Unknown', 'true', 'Maybe')])
write('condition-time-format', [mut(V1S, (C + 'lastTransitionTime', v)) for v in
                                ('2025-01-01T00:00:00Z', '2025-01-01T00:00:00.123+02:00', '2025-02-29T00:00:00Z',
                                 '2024-02-29T23:59:59Z', '2025-01-01T24:00:00Z', '2025-01-01', 'yesterday')])
write('condition-required', [mut(V1S, (C + k, DEL)) for k in ('type', 'status', 'reason', 'message', 'lastTransitionTime')])
P = 'status.parents[0].'
bounds('parent-controller-name-length', V1S, P + 'controllerName', 1, 253, 'str', fill='controller')
write('parent-controller-name-pattern', [mut(V1S, (P + 'controllerName', v)) for v in ('example.net/gateway-controller', 'gateway-controller', 'Example.net/x', 'example.net/', 'example.net/a b')])
bounds('parent-ref-group-length', V1S, P + 'parentRef.group', 0, 253, 'str')
bounds('parent-ref-kind-length', V1S, P + 'parentRef.kind', 1, 63, 'str')
bounds('parent-ref-name-length', V1S, P + 'parentRef.name', 1, 253, 'str')
bounds('parent-ref-namespace-length', V1S, P + 'parentRef.namespace', 1, 63, 'str')
write('parent-ref-namespace-pattern', [mut(V1S, (P + 'parentRef.namespace', v)) for v in ('gateway-system', 'Gateway', 'a.b')])
write('parent-ref-required', [mut(V1S, (P + 'parentRef', DEL)), mut(V1S, (P + 'parentRef.name', DEL))])

# ---- metadata
M = 'metadata.'
write('meta-name', [mut(V1, (M + 'name', v)) for v in ('pool', 'a.b-c', 'Pool', 'a_b', '-a', 'a' * 253, 'a' * 254, '')] +
      [mut(V1, (M + 'name', DEL)), mut(V1, (M + 'name', DEL), (M + 'generateName', 'pool-')),
       mut(V1, (M + 'name', DEL), (M + 'generateName', 'Pool-')), mut(V1, ('metadata', DEL)),
       mut(V1, (M + 'name', 'a' * 252))])
write('meta-namespace', [mut(V1, (M + 'namespace', v)) for v in ('default', 'a' * 63, 'a' * 64, 'my.ns', 'My-ns')] +
      [mut(V1, (M + 'namespace', DEL)), mut(V1, (M + 'namespace', 'a' * 62))])
write('meta-labels', [mut(V1, (M + 'labels', {k: v})) for k, v in (
    ('app', 'vllm'), ('example.com/app', ''), ('a' * 63, 'x'), ('a' * 64, 'x'), ('/app', 'x'), ('a/b/c', 'x'),
    ('Example.com/app', 'x'), (s(253) + '/a', 'x'), (s(254) + '/a', 'x'), ('app', 'v' * 63), ('app', 'v' * 64),
    ('app', '-v'), ('app/', 'x'), ('a' * 62, 'x'), (s(252) + '/a', 'x'), ('app', 'v' * 62))])
write('meta-annotations', [mut(V1, (M + 'annotations', a)) for a in (
    {'Example.com/Note': 'anything goes: here'}, {'bad key': 'x'}, {'x': 'y' * (262144 - 1)}, {'x': 'y' * 262144}, {'x': 'y' * (262144 - 2)})])
write('meta-generation', [mut(V1, (M + 'generation', v)) for v in (-1, 0, 1)])
write('meta-unknown', [mut(V1, (M + 'foo', 'bar')), mut(V1, (M + 'labels', {'a': 'b'}), (M + 'bar', None))])

# ---- unknown fields
write('unknown-fields', [mut(V1, ('spec.foo', 1)), mut(V1, ('spec.endpointPickerRef.appProtocol', 'http')),
                         mut(V1, ('spec.foo', None)), mut(V1, ('spec.foo', {'bar': {'baz': 1}})), mut(V1, ('extra', [1, 2])),
                         mut(V1, ('status', {'foo': 1}))])
write('allow-unknown-fields', [mut(V1, ('spec.foo', 1)), mut(V1, ('spec.foo', None), ('spec.targetPorts[0].number', 0)),
                               mut(EPC, ('extra', True))])

# ---- v1alpha2 InferencePool
AS = 'spec.'
bounds('a2-target-port-number', A2, AS + 'targetPortNumber', 1, 65535)
bounds('a2-extension-port-number', A2, AS + 'extensionRef.portNumber', 1, 65535)
bounds('a2-extension-group-length', A2, AS + 'extensionRef.group', 0, 253, 'str')
bounds('a2-extension-kind-length', A2, AS + 'extensionRef.kind', 1, 63, 'str')
bounds('a2-extension-name-length', A2, AS + 'extensionRef.name', 1, 253, 'str')
write('a2-extension-failure-mode', [mut(A2, (AS + 'extensionRef.failureMode', v)) for v in ('FailOpen', 'Open')])
bounds('a2-selector-value-length', A2, AS + 'selector.app', None, 63, 'str')
write('a2-required', [mut(A2, (AS + 'selector', DEL)), mut(A2, (AS + 'targetPortNumber', DEL)), mut(A2, (AS + 'extensionRef', DEL)),
                      mut(A2, (AS + 'extensionRef.name', DEL)), mut(A2, ('spec', DEL))])
A2S = {'parent': [{'parentRef': {'name': 'gw'}, 'conditions': [dict(COND)]}]}
write('a2-status', [mut(A2, ('status', A2S)), mut(A2, ('status', {'parent': [{'parentRef': {'name': 'gw%d' % i}} for i in range(33)]})),
                    mut(A2, ('status', {'parent': [{'parentRef': {'name': 'gw', 'namespace': 'Bad'}, 'conditions': [dict(COND), dict(COND)]}]})),
                    mut(A2, ('status', {'parent': [{'conditions': [dict(COND, status='Maybe')]}]}))])
write('a2-no-rules', [mut(A2, ('spec.extensionRef.failureMode', 'x'), ('spec.extensionRef.kind', 'Service'))])

# ---- InferenceObjective
bounds('objective-pool-group-length', OBJ, 'spec.poolRef.group', 0, 253, 'str')
bounds('objective-pool-kind-length', OBJ, 'spec.poolRef.kind', 1, 63, 'str')
bounds('objective-pool-name-length', OBJ, 'spec.poolRef.name', 1, 253, 'str')
write('objective-misc', [mut(OBJ, ('spec.priority', -10)), mut(OBJ, ('spec.poolRef', DEL)), mut(OBJ, ('spec.poolRef.kind', 'Inference Pool')),
                         mut(OBJ, ('spec.priority', 1.5)),
                         mut(OBJ, ('status', {'conditions': [dict(COND, type='T%d' % i) for i in range(9)]})),
                         mut(OBJ, ('status', {'conditions': [dict(COND, type='Ready'), dict(COND, type='Ready')]}))])

# ---- InferenceModelRewrite
R = 'spec.rules[0].'
bounds('rewrite-weight', RW, R + 'split[0].weight', 1, 1000000)
write('rewrite-split-count', [mut(RW, (R + 'split', [])), mut(RW, (R + 'split', [{'modelRewrite': 'a'}])),
                              mut(RW, (R + 'split', DEL)), mut(RW, (R + 'split', [{'modelRewrite': 'a'}, {'modelRewrite': 'b'}]))])
write('rewrite-match', [mut(RW, (R + 'matches[0].model.value', '')), mut(RW, (R + 'matches[0].model.type', 'Exact')),
                        mut(RW, (R + 'matches[0].model.type', 'Prefix')), mut(RW, (R + 'matches[0].model', DEL)),
                        mut(RW, (R + 'matches', []))])
write('rewrite-required', [mut(RW, ('spec.rules', DEL)), mut(RW, ('spec.poolRef', DEL)), mut(RW, (R + 'split[0].modelRewrite', DEL)),
                           mut(RW, ('spec.rules', [{}])), mut(RW, (R + 'targets', [{'modelRewrite': 'x'}]))])

# ---- InferencePoolImport
I = 'status.controllers[0].'
bounds('import-controller-name-length', IMP, I + 'name', 1, 253, 'str', fill='controller')
write('import-controller-name-pattern', [mut(IMP, (I + 'name', v)) for v in ('example.com/c', 'controller', 'example.com/')])
write('import-controllers-count', [mut(IMP, ('status.controllers', [{'name': 'example.com/c%d' % i} for i in range(n)])) for n in (8, 9, 7)])
write('import-controllers-duplicate', [mut(IMP, ('status.controllers', [{'name': 'example.com/c'}, {'name': 'example.com/c'}]))])
bounds('import-cluster-name-length', IMP, I + 'exportingClusters[0].name', 1, 253, 'str')
write('import-misc', [mut(IMP, ('status', {})), mut(IMP, ('status', DEL)), mut(IMP, (I + 'conditions', [dict(COND, type='T%d' % i) for i in range(9)])),
                      mut(IMP, (I + 'parents', [{'parentRef': {'name': ''}, 'controllerName': 'x'}])),
                      mut(IMP, ('spec', {'x': 1}))])

# ---- EndpointPickerConfig
write('epc-plugins', [mut(EPC, ('plugins[0].type', DEL)),
                      mut(EPC, ('plugins', EPC['plugins'] + [{'type': 'queue-scorer'}])),
                      mut(EPC, ('plugins', EPC['plugins'] + [{'name': 'picker', 'type': 'random-picker'}])),
                      mut(EPC, ('plugins', EPC['plugins'] + [{'name': '', 'type': 'queue-scorer'}])),
                      mut(EPC, ('plugins[1].parameters', {'anything': [1, None]}))])
write('epc-profiles', [mut(EPC, ('schedulingProfiles[0].name', DEL)),
                       mut(EPC, ('schedulingProfiles', EPC['schedulingProfiles'] * 2)),
                       mut(EPC, ('schedulingProfiles[0].plugins[1].pluginRef', 'missing')),
                       mut(EPC, ('schedulingProfiles[0].plugins[1].pluginRef', DEL)),
                       mut(EPC, ('schedulingProfiles', []))])
write('epc-weights', [mut(EPC, ('schedulingProfiles[0].plugins[0].weight', v)) for v in (0, 0.5, -1, -0.25, 1e300)])
write('epc-feature-gates', [mut(EPC, ('featureGates', v)) for v in (['dataLayer', 'flowControl'], ['prefixCache'], [], ['dataLayer', 'x', 'y'])])
write('epc-refs', [
    mut(EPC, ('dataLayer', {'sources': [{'pluginRef': 'picker', 'extractors': [{'pluginRef': 'nope'}]}, {'pluginRef': 'gone'}]})),
    mut(EPC, ('data', {'sources': [{'pluginRef': 'queue-scorer'}]})),
    mut(EPC, ('parser', {'pluginRef': 'p'})), mut(EPC, ('parser', {})),
    mut(EPC, ('saturationDetector', {'pluginRef': 'handler'})), mut(EPC, ('saturationDetector', {'pluginRef': 'sd'})),
    mut(EPC, ('flowControl', {'usageLimitPolicyPluginRef': 'u', 'defaultPriorityBand': {'fairnessPolicyRef': 'f', 'orderingPolicyRef': 'picker'},
                              'priorityBands': [{'priority': 1, 'orderingPolicyRef': 'o'}]})),
    mut(EPC, ('parser', {'pluginRef': 'handler'}),
        ('flowControl', {'usageLimitPolicyPluginRef': 'picker', 'priorityBands': [{'priority': 1, 'fairnessPolicyRef': 'handler',
                                                                                   'orderingPolicyRef': 'picker'}]}),
        ('dataLayer', {'sources': [{'pluginRef': 'queue-scorer', 'extractors': [{'pluginRef': 'handler'}]}]}))])
write('epc-durations', [mut(EPC, ('saturationDetector', {'metricsStalenessThreshold': v})) for v in
                        ('150ms', '1m30s', '1.5h', '0', '-2s', '.5s', '300', '5 s', '1d', '', '1h2m3s4ms5us6ns', '1\u00b5s')] +
      [mut(EPC, ('flowControl', {'defaultRequestTTL': v})) for v in ('30s', '30')])
write('epc-quantities', [mut(EPC, ('flowControl', {'maxBytes': v})) for v in
                         ('1Gi', '500M', 100, '1k', '1.5Gi', '1e3', '+1', '0.5', '1GB', 'Gi', '1..2', '1KiB', '-1', '1E', '1 Gi')] +
      [mut(EPC, ('flowControl', {'priorityBands': [{'priority': 1, 'maxRequests': '10x', 'maxBytes': '1Mi'}]}))])
write('epc-bands', [mut(EPC, ('flowControl', {'priorityBands': [{'priority': p} for p in ps]})) for ps in ((1, 2), (1, 1), (5, 1, 5, 5))])
write('epc-unknown', [mut(EPC, ('pluginz', [])), mut(EPC, ('schedulingProfiles[0].plugins[0].wieght', 1)), mut(EPC, ('metadata', {'name': 'x'}))])

# ---- kinds
write('kind-unknown', [{'apiVersion': 'v1', 'kind': 'ConfigMap', 'metadata': {'name': 'x'}},
                       {'kind': 'InferencePool', 'metadata': {'name': 'x'}},
                       {'apiVersion': 'inference.networking.k8s.io/v1', 'metadata': {'name': 'x'}},
                       {'apiVersion': 'inference.networking.k8s.io/v1alpha2', 'kind': 'InferencePool'},
                       V1])
write('list-kind', [{'apiVersion': 'inference.networking.k8s.io/v1', 'kind': 'InferencePoolList',
                     'items': [V1, mut(V1, ('metadata.name', 'Bad'), ('spec.targetPorts[0].number', 0))]}])

# ---- stream shapes and input that cannot be decoded
v1y = yaml.dump(V1, Dumper=D, sort_keys=False)
write('stream-empty-documents', None, raw='---\n# only a comment\n---\n' + v1y + '---\n\n---\n' + yaml.dump(mut(V1, ('metadata.name', 'B')), Dumper=D, sort_keys=False) + '...\n')
write('undecodable-syntax', None, raw=v1y + '---\napiVersion: inference.networking.k8s.io/v1\nkind: InferencePool\nspec: [unclosed\n---\n' + v1y)
write('undecodable-duplicate-key', None, raw=v1y + '---\n' + v1y.replace('  name: pool\n', '  name: pool\n  name: other\n'))
write('undecodable-tab-indent', None, raw=v1y + '---\napiVersion: inference.networking.k8s.io/v1\nkind: InferencePool\nmetadata:\n\tname: x\n')
bomb = 'a: &a ["x","x","x","x","x","x","x","x","x","x"]\n'
for i in range(1, 9):
    bomb += 'a%d: &a%d [*a%s,*a%s,*a%s,*a%s,*a%s,*a%s,*a%s,*a%s,*a%s,*a%s]\n' % ((i, i) + (('' if i == 1 else str(i - 1)),) * 10)
write('undecodable-alias-bomb', None, raw=v1y + '---\napiVersion: inference.networking.k8s.io/v1\nkind: InferencePool\nmetadata:\n  annotations:\n' + ''.join('    ' + l + '\n' for l in bomb.splitlines()))
write('undecodable-depth', None, raw=v1y + '---\n' + v1y.rstrip('\n') + '\n' + '  x: ' + '[' * 10001 + ']' * 10001 + '\n')
write('undecodable-json', None, raw=json.dumps(V1) + '\n{"apiVersion": "inference.networking.k8s.io/v1", "kind": "InferencePool",,}\n', fmt='json')
os.makedirs(os.path.join(OUT, 'undecodable-utf8'), exist_ok=True)
with open(os.path.join(OUT, 'undecodable-utf8', 'input.yaml'), 'wb') as f:
    f.write(v1y.encode() + b'---\napiVersion: inference.networking.k8s.io/v1\nkind: InferencePool\nmetadata:\n  name: "\xff\xfe"\n')


# ---- arguments and expectations
for case in sorted(os.listdir(OUT)):
    d = os.path.join(OUT, case)
    args = ['--allow-unknown'] if case.startswith('allow-unknown') else []
    if args:
        with open(os.path.join(d, 'args'), 'w') as f:
            f.write(' '.join(args) + '\n')
    if TOOL:
        inputs = [f for f in os.listdir(d) if f.startswith('input.')]
        p = subprocess.run([os.path.abspath(TOOL), 'validate', '-o', 'json'] + args + inputs, cwd=d,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        with open(os.path.join(d, 'expected.jsonl'), 'wb') as f:
            f.write(p.stdout)
        with open(os.path.join(d, 'exit'), 'w') as f:
            f.write('%d\n' % p.returncode)
