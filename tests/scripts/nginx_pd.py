"""The NGINX module test's P/D and data-parallel part (used by nginx-test.py):
two more infext upstreams in the same nginx, whose results carry request
headers and a target port, and the checks that the module applies them:

  pd  two decode servers and one prefill server (infext_label gives the
      llm-d.ai/role the prefill and decode filters read), scheduled by
      disagg-profile-handler with prefix-based-pd-decider: a long prompt
      names the prefill server in x-prefiller-host-port, a short one has
      the header removed, a client's own value never passes, and a retry on
      the second decode server keeps the prefill server;
  dp  two ranks scheduled by data-parallel-profile-handler with
      primaryPort: the request goes to the rank's address at primaryPort
      (a front server listening there on both addresses), with the rank in
      x-data-parallel-host-port, also for the retry target.

The fake servers are nginx-test.py's ModelServer, which echo the headers and
the port they were reached on; `t` is the nginx-test.py module (check, post,
ModelServer).
"""
import http.client
import json
import os
import time

PD_EPP = """apiVersion: inference.networking.x-k8s.io/v1alpha1
kind: EndpointPickerConfig
plugins:
- type: queue-scorer
- type: prefill-filter
- type: decode-filter
- type: max-score-picker
- name: decode-picker
  type: max-score-picker
  parameters: {maxNumOfEndpoints: 2}
- type: prefix-based-pd-decider
  parameters: {nonCachedTokens: 16}
- type: disagg-profile-handler
  parameters: {deciders: {prefill: prefix-based-pd-decider}}
- type: metrics-data-source
  parameters: {path: /metrics}
- type: core-metrics-extractor
schedulingProfiles:
- name: prefill
  plugins: [{pluginRef: prefill-filter}, {pluginRef: queue-scorer}, {pluginRef: max-score-picker}]
- name: decode
  plugins: [{pluginRef: decode-filter}, {pluginRef: queue-scorer}, {pluginRef: decode-picker}]
"""

DP_EPP = """apiVersion: inference.networking.x-k8s.io/v1alpha1
kind: EndpointPickerConfig
plugins:
- type: queue-scorer
- type: max-score-picker
  parameters: {maxNumOfEndpoints: 2}
- type: data-parallel-profile-handler
  parameters: {primaryPort: %d}
- type: metrics-data-source
  parameters: {path: /metrics}
- type: core-metrics-extractor
schedulingProfiles:
- name: default
  plugins: [{pluginRef: queue-scorer}, {pluginRef: max-score-picker}]
"""

LOCATION = """        location /%s/ {
            infext_pool %s;
            proxy_pass http://%s/v1/;
            proxy_next_upstream error timeout non_idempotent;
            proxy_connect_timeout 1s;
            add_header X-Infext-Destination $infext_destination always;
            add_header X-Upstream $upstream_addr always;
%s        }
"""

# the pd pool through uwsgi_pass: no HTTP/1 request to write the headers into
UWSGI = """        location /pdu/ {
            infext_pool pd;
            uwsgi_pass pd;
        }
"""

PREFILL, ENCODE, RANK = "x-prefiller-host-port", "x-encoder-hosts-ports", "x-data-parallel-host-port"


class Fleet:
    """The servers of both upstreams, and their nginx.conf parts."""

    def __init__(self, t):
        self.d1 = t.ModelServer("d1", "127.0.0.1")
        self.d2 = t.ModelServer("d2", "127.0.0.2")
        self.p1 = t.ModelServer("p1", "127.0.0.3")
        self.r1 = t.ModelServer("r1", "127.0.0.1")
        self.r2 = t.ModelServer("r2", "127.0.0.2")
        # the fronts: primaryPort on both rank addresses
        for _ in range(20):
            self.f1 = t.ModelServer("f1", "127.0.0.1")
            try:
                self.f2 = t.ModelServer("f2", "127.0.0.2", self.f1.port)
                break
            except OSError:
                self.f1.stop()
        self.primary = self.f1.port
        self.d1.set(0, 0.1)
        self.d2.set(2, 0.3)
        self.p1.set(0, 0.1)
        self.r1.set(0, 0.1)
        self.r2.set(3, 0.3)

    def servers(self):
        return (self.d1, self.d2, self.p1, self.r1, self.r2, self.f1, self.f2)

    def conf(self, prefix):
        """(upstream blocks, locations) of nginx.conf; writes the two configs in @p prefix."""
        os.makedirs(prefix, exist_ok=True)
        pd, dp = os.path.join(prefix, "pd-epp.yaml"), os.path.join(prefix, "dp-epp.yaml")
        with open(pd, "w") as f:
            f.write(PD_EPP)
        with open(dp, "w") as f:
            f.write(DP_EPP % self.primary)
        upstreams = f"""    upstream pd {{
        infext;
        infext_config {pd};
        infext_metrics_interval 100ms;
        infext_label {self.d1.addr} llm-d.ai/role decode;
        infext_label {self.d2.addr} llm-d.ai/role decode;
        infext_label {self.p1.addr} llm-d.ai/role prefill;
        server {self.d1.addr};
        server {self.d2.addr};
        server {self.p1.addr};
    }}
    upstream dp {{
        infext;
        infext_config {dp};
        infext_metrics_interval 100ms;
        server {self.r1.addr};
        server {self.r2.addr};
    }}
"""
        # a header the result removes loses also the configuration's value
        pd_loc = LOCATION % ("pd", "pd", "pd", f"            proxy_set_header {ENCODE} from-config;\n")
        return upstreams, pd_loc + LOCATION % ("dp", "dp", "dp", "") + UWSGI


def long_prompt():
    """Some 60 tokens that no server has seen (the decider then prefills)."""
    return f"{time.time()} " + "the quick brown fox jumps over the lazy dog " * 5


def raw_post(port, path, body, headers):
    """POST with @p headers, a list of (name, value) that may repeat a name."""
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    data = json.dumps(body).encode()
    c.putrequest("POST", path)
    for k, v in headers + [("Content-Type", "application/json"),
                           ("Content-Length", str(len(data)))]:
        c.putheader(k, v)
    c.endheaders(data)
    r = c.getresponse()
    out = (r.status, r.read().decode(), {k.lower(): v for k, v in r.getheaders()})
    c.close()
    return out


def answer(resp):
    """(server, port, echoed headers) of a completion, or the status and body."""
    status, body, _ = resp
    if status != 200:
        return (status, body.strip(), None)
    got = json.loads(body)
    return (got["server"], got["port"], got["headers"])


def pd_checks(t, prefix, port, fl):
    evil = {PREFILL: "10.9.9.9:1", ENCODE: "10.9.9.9:2"}
    body = {"model": "m", "prompt": "hi", "max_tokens": 1}
    # the client's own, twice and in another case
    r = raw_post(port, "/pd/completions", body, [("X-Prefiller-Host-Port", "10.9.9.9:1"),
                                                 ("x-prefiller-host-port", "10.9.9.9:4"),
                                                 ("X-ENCODER-HOSTS-PORTS", "10.9.9.9:2")])
    want = ("d1", fl.d1.port, {PREFILL: None, ENCODE: None, RANK: None})
    t.check(answer(r) == want and r[2].get("x-infext-destination") == f"{fl.d1.addr},{fl.d2.addr}",
            f"P/D, a short prompt: decode only on d1, the client's {PREFILL} (twice) and "
            f"{ENCODE}, and the proxy_set_header {ENCODE}, dropped: {answer(r)}, destination {r[2].get('x-infext-destination')}")
    body["prompt"] = long_prompt()
    r = t.post(port, "/pd/completions", body, evil)
    want = ("d1", fl.d1.port, {PREFILL: [fl.p1.addr], ENCODE: None, RANK: None})
    t.check(answer(r) == want, f"P/D, a long prompt: decode on d1 with {PREFILL} naming the "
            f"prefill server p1 (the client's value replaced): {answer(r)}")
    r = t.post(port, "/v1/completions", body, evil)
    t.check(answer(r)[2] == {PREFILL: [evil[PREFILL]], ENCODE: [evil[ENCODE]], RANK: None},
            f"a pool whose handler asks for no header leaves the client's untouched: {answer(r)}")

    fl.d1.mode = "broken"
    body["prompt"] = long_prompt()
    r = t.post(port, "/pd/completions", body)
    fl.d1.mode = "ok"
    want = ("d2", fl.d2.port, {PREFILL: [fl.p1.addr], ENCODE: None, RANK: None})
    tried = r[2].get("x-upstream")
    t.check(answer(r) == want and tried == f"{fl.d1.addr}, {fl.d2.addr}",
            f"P/D retry: d1 fails, d2 decodes with the same prefill server: {answer(r)}, "
            f"tried {tried}")

    r = t.post(port, "/pdu/completions", body)
    t.check(r[0] == 500 and "the scheduler's headers cannot be applied: the upstream request "
            "is not HTTP/1 (use proxy_pass)" in t.error_log(prefix),
            f"P/D through uwsgi_pass: the headers cannot be written, 500 (nothing passes "
            f"unchecked): {r[0]}")


def dp_checks(t, port, fl):
    p = fl.primary
    body = {"model": "m", "prompt": "hi", "max_tokens": 1}
    r = t.post(port, "/dp/completions", body, {RANK: "10.9.9.9:3"})
    want = ("f1", p, {PREFILL: None, ENCODE: None, RANK: [fl.r1.addr]})
    dest = r[2].get("x-infext-destination")
    t.check(answer(r) == want and r[2].get("x-upstream") == f"127.0.0.1:{p}" and
            dest == f"127.0.0.1:{p},127.0.0.2:{p}",
            f"data parallel: rank r1 reached at primaryPort {p} with {RANK} naming it (the "
            f"client's value replaced): {answer(r)}, upstream {r[2].get('x-upstream')}, "
            f"destination {dest}")
    fl.f1.mode = "broken"
    r = t.post(port, "/dp/completions", body)
    fl.f1.mode = "ok"
    want = ("f2", p, {PREFILL: None, ENCODE: None, RANK: [fl.r2.addr]})
    tried = r[2].get("x-upstream")
    t.check(answer(r) == want and tried == f"127.0.0.1:{p}, 127.0.0.2:{p}",
            f"data parallel retry: the second rank at primaryPort, {RANK} naming r2: "
            f"{answer(r)}, tried {tried}")


def checks(t, prefix, port, fl):
    """Every P/D and data-parallel check, against a running nginx."""
    pd_checks(t, prefix, port, fl)
    dp_checks(t, port, fl)


def leak_requests(t, port, fl):
    """The valgrind pass's requests through the header and port code."""
    body = {"model": "m", "prompt": long_prompt(), "max_tokens": 1}
    got = [answer(t.post(port, "/pd/completions", body, {PREFILL: "x:1"}, timeout=30))]
    got.append(answer(t.post(port, "/dp/completions", body, timeout=30)))
    want = [("d1", fl.d1.port, {PREFILL: [fl.p1.addr], ENCODE: None, RANK: None}),
            ("f1", fl.primary, {PREFILL: None, ENCODE: None, RANK: [fl.r1.addr]})]
    return got == want, got


def doc_example(t, prefix, so, src_dir):
    """docs/nginx.md's P/D example passes nginx -t (with the test's P/D config)."""
    doc = open(os.path.join(src_dir, "docs", "nginx.md")).read()
    start = doc.index("```nginx\n", doc.index("A P/D pool")) + len("```nginx\n")
    block = doc[start:doc.index("```", start)]
    os.makedirs(os.path.join(prefix, "tmp"), exist_ok=True)
    epp = os.path.join(prefix, "pd-epp.yaml")
    with open(epp, "w") as f:
        f.write(PD_EPP)
    conf = os.path.join(prefix, "pd-example.conf")
    ups, loc = block.split("location ", 1)
    with open(conf, "w") as f:
        f.write(f"load_module {so};\nevents {{}}\nhttp {{\n"
                f"client_body_temp_path {prefix}/tmp;\nproxy_temp_path {prefix}/tmp;\n"
                f"{ups.replace('/etc/nginx/pd-epp.yaml', epp)}\n"
                f"server {{\nlisten 127.0.0.1:{t.free_port()};\nlocation {loc}}}\n}}\n")
    r = t.subprocess.run([t.NGINX, "-t", "-p", prefix, "-c", conf, "-e", "stderr"],
                         capture_output=True, text=True)
    t.check(r.returncode == 0, "docs/nginx.md's P/D example passes nginx -t", r.stderr)
