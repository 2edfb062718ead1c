#!/usr/bin/env python3
"""The NGINX module test: build examples/nginx against the just-built
libinfext, start a real nginx with it on loopback in front of three fake
model servers whose /metrics pages the test controls, and check the
balancer's decisions: least loaded first, moving with the metrics, shedding
with 429 on a saturated pool, retrying around a failing and a dead server,
503 with none left; nginx -t's errors; and (nginx_pd.py) the headers and
target port of P/D and data-parallel results. A second pass runs nginx (master
and worker) under valgrind and fails on definite or indirect leaks and on
memory errors in either process.

usage: nginx-test.py SOURCE_DIR LIBRARY_DIR WORK_DIR

INFEXT_TEST_NGINX and INFEXT_TEST_NGINX_SRC name another nginx binary and
another copy of nginx's sources (configure, conf_flags) than Debian's.

Exit status: 0 passed, 1 failed, 77 skipped (nginx, its sources or
valgrind missing, or nginx cannot start here); the reason is printed.
"""
import http.client
import http.server
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time

import nginx_pd

SKIP = 77
# three loopback addresses, so that a subset hint (addresses only) can choose
SERVERS = (("a", "127.0.0.1"), ("b", "127.0.0.2"), ("c", "127.0.0.3"))
# Debian's nginx and nginx-dev; the environment may point elsewhere
NGINX = os.environ.get("INFEXT_TEST_NGINX") or shutil.which("nginx") or "/usr/sbin/nginx"
NGINX_SRC = os.environ.get("INFEXT_TEST_NGINX_SRC") or "/usr/share/nginx/src"
INTERVAL_MS = 100  # infext_metrics_interval in the test's nginx.conf
SETTLE = 0.6       # seconds for a metrics change to reach the worker

SHED_BODY = "inference error: ResourceExhausted - system saturated, sheddable request dropped\n"
NO_ENDPOINT_BODY = ("inference error: ServiceUnavailable - failed to find endpoint candidates "
                    "for serving the request\n")


def skip(reason):
    print(f"SKIP: nginx_module: {reason}")
    sys.exit(SKIP)


failures = []


def check(cond, what, detail=""):
    """Report one assertion; @p detail (e.g. nginx's output) is shown on failure only."""
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        if detail:
            print(detail)
        failures.append(what)
    return cond


# ------------------------------------------------------------ model servers --

class ModelServer:
    """A fake vLLM server: /v1/completions names the server, /metrics shows
    the queue and KV figures the test sets. mode "ok", "broken" (closes the
    connection without answering a completion), "no-metrics" (/metrics answers 404)
    or dead (stop()). A completion's answer also echoes the port it was
    reached on and the headers of ECHOED (each a list of the values sent, or
    null when none was)."""

    ECHOED = ("x-prefiller-host-port", "x-encoder-hosts-ports", "x-data-parallel-host-port")

    def __init__(self, name, host, port=0):
        self.name = name
        self.waiting = 0
        self.running = 0
        self.kv = 0.0
        self.mode = "ok"
        self.completions = 0
        self.metrics_polls = 0
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                if self.path != "/metrics" or server.mode == "no-metrics":
                    self.send_error(404)
                    return
                server.metrics_polls += 1
                body = server.metrics_page().encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/plain; version=0.0.4")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                n = int(self.headers.get("Content-Length", "0"))
                req = json.loads(self.rfile.read(n) or b"{}")
                if server.mode == "broken":
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                server.completions += 1
                body = json.dumps({"server": server.name, "model": req.get("model"),
                                   "path": self.path,
                                   "objective": self.headers.get("x-gateway-inference-objective"),
                                   "port": server.port,
                                   "headers": {h: self.headers.get_all(h)
                                               for h in ModelServer.ECHOED}}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = http.server.ThreadingHTTPServer((host, port), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.addr = f"{host}:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def metrics_page(self):
        return (
            "# HELP vllm:num_requests_running Number of requests currently running on GPU.\n"
            "# TYPE vllm:num_requests_running gauge\n"
            f'vllm:num_requests_running{{model_name="m"}} {float(self.running)}\n'
            "# HELP vllm:num_requests_waiting Number of requests waiting to be processed.\n"
            "# TYPE vllm:num_requests_waiting gauge\n"
            f'vllm:num_requests_waiting{{model_name="m"}} {float(self.waiting)}\n'
            "# HELP vllm:kv_cache_usage_perc KV-cache usage. 1 means 100 percent usage.\n"
            "# TYPE vllm:kv_cache_usage_perc gauge\n"
            f'vllm:kv_cache_usage_perc{{model_name="m"}} {self.kv}\n'
            "# HELP vllm:lora_requests_info Running stats on lora requests.\n"
            "# TYPE vllm:lora_requests_info gauge\n"
            'vllm:lora_requests_info{max_lora="4",running_lora_adapters="",'
            'waiting_lora_adapters=""} 1.7e+09\n'
            "# HELP vllm:cache_config_info Information of the LLMEngine CacheConfig\n"
            "# TYPE vllm:cache_config_info gauge\n"
            'vllm:cache_config_info{block_size="16",num_gpu_blocks="4096"} 1.0\n')

    def set(self, waiting, kv, running=1):
        self.waiting, self.kv, self.running = waiting, kv, running

    def stop(self):
        # refuse connections at once (a listening socket shut down answers RST),
        # then end the serving thread
        try:
            self.httpd.socket.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.httpd.shutdown()
        self.httpd.server_close()


# ------------------------------------------------------------------- nginx --

def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def build_module(src_dir, lib_dir, work):
    """configure + make modules in WORK/nginx-src; reuses a build newer than its inputs."""
    so = os.path.join(work, "nginx-src", "objs", "ngx_http_infext_module.so")
    module_dir = os.path.join(src_dir, "examples", "nginx")
    inputs = [os.path.join(module_dir, f) for f in os.listdir(module_dir)
              if f == "config" or f.endswith((".c", ".h"))]
    inputs += [os.path.join(lib_dir, "libinfext.so")]
    inputs += [os.path.join(src_dir, "include", "infext", f)
               for f in os.listdir(os.path.join(src_dir, "include", "infext"))]
    if os.path.exists(so) and all(os.path.getmtime(so) > os.path.getmtime(f) for f in inputs):
        return so
    tree = os.path.join(work, "nginx-src")
    shutil.rmtree(tree, ignore_errors=True)
    shutil.copytree(NGINX_SRC, tree)
    env = dict(os.environ, INFEXT_LIBDIR=lib_dir, INFEXT_INCLUDE=os.path.join(src_dir, "include"))
    script = ('set -e; . ./conf_flags; ./configure "${NGX_CONF_FLAGS[@]}" '
              f'--add-dynamic-module="{module_dir}" >configure.log 2>&1 || '
              '{ tail -20 configure.log; exit 1; }; make -f objs/Makefile modules >make.log 2>&1 || '
              '{ grep -E "error|warning" make.log | head -40; exit 1; }')
    r = subprocess.run(["bash", "-c", script], cwd=tree, env=env, capture_output=True, text=True)
    if r.returncode != 0:
        print(r.stdout + r.stderr)
        print("FAIL the module does not build")
        sys.exit(1)
    return so


def write_conf(prefix, so, epp, servers, port, single_process, objectives=None, extra=("", "")):
    """nginx.conf of the test; @p extra: more upstream blocks, more locations."""
    for d in ("logs", "tmp"):
        os.makedirs(os.path.join(prefix, d), exist_ok=True)
    upstream = "\n".join(f"        server {s.addr};" for s in servers)
    process = ("master_process off;\ndaemon off;\n" if single_process else
               "master_process on;\nworker_processes 1;\ndaemon off;\n")
    # Started as root, nginx's workers would run as "nobody", which cannot
    # reach a build tree under a private directory (a mktemp -d, say) to
    # write buffered request bodies there; keep them the test's own user.
    if os.geteuid() == 0:
        process += "user root;\n"
    conf = f"""load_module {so};
{process}pid {prefix}/logs/nginx.pid;
error_log {prefix}/logs/error.log info;
events {{
    worker_connections 256;
}}
http {{
    access_log {prefix}/logs/access.log;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
    upstream pool {{
        infext;
        infext_config {epp};
        infext_metrics_interval {INTERVAL_MS}ms;
        infext_metrics_timeout 500ms;
        infext_objectives {objectives or os.path.join(os.path.dirname(epp), "objectives.yaml")};
        infext_objective background -5;
{upstream}
    }}
    upstream other {{
        infext;
        infext_config {epp};
        server {servers[0].addr};
    }}
{extra[0]}    server {{
        listen 127.0.0.1:{port};
        location /v1/ {{
            infext_pool pool;
            proxy_pass http://pool;
            proxy_next_upstream error timeout non_idempotent;
            proxy_connect_timeout 1s;
            add_header X-Infext-Destination $infext_destination always;
            add_header X-Upstream $upstream_addr always;
        }}
        location /mismatch/ {{
            infext_pool other;
            proxy_pass http://pool;
        }}
{extra[1]}    }}
}}
"""
    path = os.path.join(prefix, "nginx.conf")
    with open(path, "w") as f:
        f.write(conf)
    return path


def error_log(prefix):
    try:
        with open(os.path.join(prefix, "logs", "error.log")) as f:
            return f.read()
    except OSError:
        return ""


ENVIRONMENT_ERRORS = ("Permission denied", "Operation not permitted", "Address already in use",
                      "Cannot assign requested address", "bind()", "socket()",
                      "setrlimit", "getpwnam", "getgrnam")


def environmental(text):
    """Whether nginx failed for a reason of this machine, not of the module."""
    return any(e in text for e in ENVIRONMENT_ERRORS)


def start_nginx(prefix, conf, port, wrapper=()):
    """Test the config, start nginx and wait for it to listen. A failure of the
    environment (sockets, permissions) skips; any other failure fails."""
    t = subprocess.run([NGINX, "-t", "-p", prefix, "-c", conf, "-e", "stderr"],
                       capture_output=True, text=True)
    if t.returncode != 0:
        if not environmental(t.stderr):
            print(t.stderr)
            print("FAIL nginx -t refuses the configuration")
            sys.exit(1)
        skip("nginx cannot start here: " + t.stderr.strip().splitlines()[0])
    log = open(os.path.join(prefix, "logs", "stderr.log"), "w")
    proc = subprocess.Popen(list(wrapper) + [NGINX, "-p", prefix, "-c", conf, "-e", "stderr"],
                            stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + (30 if wrapper else 5)
    while time.time() < deadline:
        if proc.poll() is not None:
            out = open(os.path.join(prefix, "logs", "stderr.log")).read()
            if not environmental(out):
                print(out + error_log(prefix))
                print("FAIL nginx exited at start")
                sys.exit(1)
            skip("nginx cannot start here: " + (out.strip().splitlines() or ["?"])[0])
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    skip("nginx did not listen within the time limit")


def stop_nginx(proc, timeout=30):
    proc.send_signal(signal.SIGQUIT)
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        return False
    return True


def post(port, path="/v1/completions", body=None, headers=None, timeout=10):
    if body is None:
        body = {"model": "m", "prompt": "hi " + str(time.time()), "max_tokens": 1}
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    h = {"Content-Type": "application/json"}
    h.update(headers or {})
    c.request("POST", path, json.dumps(body), h)
    r = c.getresponse()
    data = r.read().decode()
    out = (r.status, data, {k.lower(): v for k, v in r.getheaders()})
    c.close()
    return out


def served_by(resp):
    status, body, _ = resp
    if status != 200:
        return f"(status {status}: {body.strip()})"
    return json.loads(body)["server"]


# ------------------------------------------------------------------ checks --

def scenario(prefix, proc, port, a, b, c):
    """The behaviour checks of the first pass (nginx master + 1 worker)."""
    time.sleep(SETTLE)
    check(all(s.metrics_polls > 0 for s in (a, b, c)), "nginx polls each server's /metrics")

    picks = [served_by(post(port)) for _ in range(5)]
    check(picks == ["a"] * 5, f"least loaded server a gets the traffic: {picks}")
    status, body, hdr = post(port)
    check(hdr.get("x-infext-destination") == f"{a.addr},{b.addr},"
          f"{c.addr}",
          f"$infext_destination orders a, b, c: {hdr.get('x-infext-destination')}")
    chat = {"model": "m", "messages": [{"role": "user", "content": "hello"}]}
    r = post(port, "/v1/chat/completions", chat)
    check(served_by(r) == "a" and json.loads(r[1])["path"] == "/v1/chat/completions",
          f"a chat completion is routed the same way: {served_by(r)}")
    messages = {"model": "m", "max_tokens": 8, "messages": [{"role": "user", "content": "hello"}]}
    r = post(port, "/v1/messages", messages)
    check(served_by(r) == "a" and json.loads(r[1])["path"] == "/v1/messages",
          f"an Anthropic messages request is read by anthropic-parser and routed: {served_by(r)}")
    r = post(port, "/v1/messages", {"model": "m", "messages": []})
    check(r[0] == 400, f"a messages body without messages is a 400, as the parser refuses it: {r[0]}")
    r = post(port, "/v1/no-such-api", chat)
    check(r[0] == 400, f"a path no parser claims is a 400: {r[0]}")

    r = post(port, headers={"x-gateway-destination-endpoint-subset": "127.0.0.3:1"})
    check(served_by(r) == "c" and r[2].get("x-infext-destination") == c.addr,
          f"a subset hint narrows the candidates to c: {served_by(r)}")
    r = post(port, headers={"x-gateway-destination-endpoint-subset": "127.0.0.3:9, 127.0.0.2:9"})
    check(served_by(r) == "b", "within a subset of b and c, b is the least loaded: "
          f"{served_by(r)}")
    r = post(port, headers={"x-gateway-destination-endpoint-subset": ""})
    check(r[0] == 503 and r[1] == NO_ENDPOINT_BODY, "an empty subset hint leaves no candidate: "
          f"{r[0]}")
    r = post(port, headers={"x-gateway-destination-endpoint-subset": "[fd00::1"})
    check(r[0] == 400, f"a malformed subset hint is a 400: {r[0]}")
    big = {"model": "m", "prompt": "lorem ipsum " * 20000, "max_tokens": 1}
    r = post(port, body=big)
    check(served_by(r) == "a", "a 240 kB prompt (buffered to a temporary file) is routed: "
          f"{served_by(r)}")
    check("a client request body is buffered to a temporary file" in error_log(prefix),
          "nginx did buffer that body to a file")

    a.set(4, 0.7)
    c.set(0, 0.05)
    time.sleep(SETTLE)
    picks = [served_by(post(port)) for _ in range(5)]
    check(picks == ["c"] * 5, f"traffic moves to c when a's metrics rise: {picks}")

    workers = error_log(prefix).count("start worker process")
    proc.send_signal(signal.SIGHUP)
    deadline = time.time() + 10
    while error_log(prefix).count("start worker process") == workers and time.time() < deadline:
        time.sleep(0.05)
    time.sleep(SETTLE)
    r = post(port)
    check(served_by(r) == "c" and "exited on signal" not in error_log(prefix),
          f"after a reload the new worker polls and picks again: {served_by(r)}")

    for s in (a, b, c):
        s.set(10, 0.95)
    time.sleep(SETTLE)
    r = post(port, headers={"x-gateway-inference-objective": "batch"})
    check(r[0] == 429 and r[1] == SHED_BODY,
          f"saturated pool sheds a sheddable request: {r[0]} {r[1]!r}")
    r = post(port, headers={"x-gateway-inference-objective": "background"})
    check(r[0] == 429, f"infext_objective makes a sheddable objective too: {r[0]}")
    r = post(port)
    check(r[0] == 200, f"saturated pool still serves a request without priority: {r[0]}")
    r = post(port, headers={"x-gateway-inference-objective": "unknown"})
    check(r[0] == 200, f"an objective that is not configured has no priority: {r[0]}")
    r = post(port, headers={"x-gateway-inference-objective": "critical"})
    check(r[0] == 200, f"saturated pool serves a critical request: {r[0]}")

    a.set(1, 0.2)
    b.set(2, 0.3)
    c.set(0, 0.05)
    time.sleep(SETTLE)
    r = post(port, "/mismatch/v1/completions")
    check(r[0] == 500 and 'infext: upstream "pool" is used from a location without '
          '"infext_pool pool"' in error_log(prefix),
          f"a location whose infext_pool is not its proxy_pass upstream fails with 500: {r[0]}")
    c.mode = "no-metrics"
    time.sleep(SETTLE)
    r = post(port)
    c.mode = "ok"
    check(served_by(r) == "c" and "metrics of " + c.addr + ": the server did not answer 200"
          in error_log(prefix), "a server whose /metrics fails with 404 stays a candidate "
          f"with its last metrics: {served_by(r)}")
    time.sleep(SETTLE)
    check(f"metrics of {c.addr}: polled again" in error_log(prefix),
          "its recovery is logged")
    r = post(port, headers={"x-gateway-inference-objective": "batch"})
    check(served_by(r) == "c", "a sheddable request is served once the pool has room: "
          f"{served_by(r)}")

    c.mode = "broken"
    r = post(port)
    tried = r[2].get("x-upstream", "")
    check(served_by(r) == "a" and tried == f"{c.addr}, {a.addr}",
          f"a failing server is retried around (c then a): {served_by(r)}, tried {tried}")
    c.mode = "ok"
    time.sleep(SETTLE)
    r = post(port)
    check(served_by(r) == "c", "the failing server gets traffic again once it answers its "
          f"metrics poll: {served_by(r)}")

    c.stop()
    r = post(port)
    tried = r[2].get("x-upstream", "")
    # c first when the request beat the next metrics poll, else c is no candidate already
    check(served_by(r) == "a" and tried in (f"{c.addr}, {a.addr}",
                                            f"{a.addr}"),
          f"a dead server is retried around: {served_by(r)}, tried {tried}")
    time.sleep(SETTLE)
    r = post(port)
    check(served_by(r) == "a" and r[2].get("x-upstream") == f"{a.addr}",
          "once its metrics poll fails, the dead server is no candidate: "
          f"tried {r[2].get('x-upstream')}")

    a.stop()
    b.stop()
    time.sleep(SETTLE)
    r = post(port)
    check(r[0] == 503 and r[1] == NO_ENDPOINT_BODY,
          f"no server left: 503 with the endpoint picker's words: {r[0]} {r[1]!r}")

    r = post(port, body={"model": "m", "max_tokens": 1})
    check(r[0] == 400, f"a body without prompt or messages is a 400: {r[0]}")


# nginx's own blocks that it never frees in a single-process run (nothing of the module)
NGINX_SUPPRESSIONS = """{
   nginx-environment-copy
   Memcheck:Leak
   match-leak-kinds: definite
   fun:malloc
   fun:ngx_alloc
   fun:ngx_set_environment
}
"""


def write_suppressions(prefix):
    path = os.path.join(prefix, "nginx.supp")
    with open(path, "w") as f:
        f.write(NGINX_SUPPRESSIONS)
    return path


def config_errors(work, so, src_dir):
    """nginx -t: the module's configuration errors, and the shipped example."""
    prefix = os.path.join(work, "conf")
    shutil.rmtree(prefix, ignore_errors=True)
    os.makedirs(os.path.join(prefix, "modules"))
    epp = open(os.path.join(src_dir, "examples", "nginx", "epp.yaml")).read().splitlines()
    line = next(i for i, ln in enumerate(epp) if "maxNumOfEndpoints:" in ln)
    col = len(epp[line]) - len(epp[line].lstrip()) + 1
    epp[line] = epp[line].replace("maxNumOfEndpoints", "maxNumOfEndpoint")
    bad = os.path.join(prefix, "bad.yaml")
    with open(bad, "w") as f:
        f.write("\n".join(epp) + "\n")
    picker = sum(1 for ln in epp[:line] if ln.startswith("- type:") or ln.startswith("- name:"))
    servers = [type("S", (), {"addr": "127.0.0.1:1"})]
    good = os.path.join(src_dir, "examples", "nginx", "objectives.yaml")
    conf = write_conf(prefix, so, bad, servers, free_port(), single_process=False,
                      objectives=good)
    t = subprocess.run([NGINX, "-t", "-p", prefix, "-c", conf, "-e", "stderr"],
                       capture_output=True, text=True)
    want = (f'infext: upstream "pool": {bad}: bad scheduler config: invalid configuration',
            f'infext: {bad}:{line + 1}:{col}: plugins[{picker - 1}].parameters.maxNumOfEndpoint: '
            'unknown parameter "maxNumOfEndpoint"')
    check(t.returncode != 0 and all(w in t.stderr for w in want),
          "nginx -t reports a bad EndpointPickerConfig with its line, column and path",
          t.stderr)

    objectives = os.path.join(prefix, "objectives.yaml")
    with open(objectives, "w") as f:
        f.write("apiVersion: llm-d.ai/v1alpha2\nkind: InferenceObjective\nmetadata:\n"
                "  name: x\nspec:\n  priority: high\n")
    with open(conf) as f:
        text = f.read().replace(bad, os.path.join(src_dir, "examples", "nginx", "epp.yaml"))
    with open(conf, "w") as f:
        f.write(text.replace(good, objectives))
    t = subprocess.run([NGINX, "-t", "-p", prefix, "-c", conf, "-e", "stderr"],
                       capture_output=True, text=True)
    want = f"infext: {objectives}:6:13: spec.priority: "
    check(t.returncode != 0 and want in t.stderr,
          "nginx -t reports a bad InferenceObjective with its line, column and path",
          t.stderr)

    with open(objectives, "w") as f:
        f.write("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n---\n"
                "apiVersion: inference.networking.k8s.io/v1\nkind: InferencePool\n"
                "metadata:\n  name: p\n---\n"
                "apiVersion: llm-d.ai/v1alpha2\nkind: InferenceObjective\nmetadata:\n"
                "  name: x\nspec:\n  priority: 1\n")
    t = subprocess.run([NGINX, "-t", "-p", prefix, "-c", conf, "-e", "stderr"],
                       capture_output=True, text=True)
    want = ('[warn]', f'infext: {objectives}:1:1: unknown apiVersion/kind "v1" "ConfigMap"',
            "InferencePool is not an InferenceObjective: skipped")
    check(t.returncode == 0 and all(w in t.stderr for w in want),
          "infext_objectives skips other kinds with a warning", t.stderr)

    with open(conf, "w") as f:
        f.write(text.replace("infext_objective background -5;",
                             "infext_objective background -5;\n"
                             "        infext_label 127.0.0.1:1 llm-d.ai/role decode;\n"
                             "        infext_label 127.0.0.9:1 llm-d.ai/role decode;"))
    t = subprocess.run([NGINX, "-t", "-p", prefix, "-c", conf, "-e", "stderr"],
                       capture_output=True, text=True)
    check(t.returncode != 0 and 'infext_label: upstream "pool" has no server "127.0.0.9:1"'
          in t.stderr, "infext_label naming no server of the upstream is refused", t.stderr)

    text = text.replace("upstream pool {", "upstream plain {\n        server 127.0.0.1:1;\n    }\n"
                        "    upstream pool {").replace("infext_pool pool;", "infext_pool plain;")
    with open(conf, "w") as f:
        f.write(text.replace(bad, os.path.join(src_dir, "examples", "nginx", "epp.yaml")))
    t = subprocess.run([NGINX, "-t", "-p", prefix, "-c", conf, "-e", "stderr"],
                       capture_output=True, text=True)
    check(t.returncode != 0 and 'infext_pool: upstream "plain" is not defined with the "infext" '
          'directive' in t.stderr, "infext_pool naming a plain upstream is refused",
          t.stderr)

    # the shipped example, with this build's module
    example = open(os.path.join(src_dir, "examples", "nginx", "nginx.conf")).read()
    shutil.copy(so, os.path.join(prefix, "modules"))
    for f in ("epp.yaml", "objectives.yaml"):
        shutil.copy(os.path.join(src_dir, "examples", "nginx", f), prefix)
    os.makedirs(os.path.join(prefix, "tmp"), exist_ok=True)
    with open(os.path.join(prefix, "example.conf"), "w") as f:
        f.write(example.replace("listen 8080;", f"listen 127.0.0.1:{free_port()};"))
    t = subprocess.run([NGINX, "-t", "-p", prefix, "-c", "example.conf", "-e", "stderr"],
                       capture_output=True, text=True)
    check(t.returncode == 0, "examples/nginx/nginx.conf passes nginx -t", t.stderr)
    nginx_pd.doc_example(sys.modules[__name__], prefix, so, src_dir)


def leak_pass(prefix, so, epp):
    """nginx (master and worker) under valgrind: routing, shed, retry, 503, then quit."""
    if not shutil.which("valgrind"):
        skip("valgrind is not installed: the leak check cannot run")
    servers = [ModelServer(n, h) for n, h in SERVERS]
    servers[0].set(0, 0.1)
    servers[1].set(3, 0.5)
    servers[2].set(4, 0.6)
    fleet = nginx_pd.Fleet(sys.modules[__name__])
    port = free_port()
    conf = write_conf(prefix, so, epp, servers, port, single_process=False,
                      extra=fleet.conf(prefix))
    vlog = os.path.join(prefix, "logs", "valgrind.%p.log")  # one per process
    proc = start_nginx(prefix, conf, port,
                       ["valgrind", "--leak-check=full", "--errors-for-leak-kinds=definite,indirect",
                        f"--suppressions={write_suppressions(prefix)}",
                        "--error-exitcode=99", f"--log-file={vlog}"])
    time.sleep(2.0)  # valgrind is slow: let the polls land
    got = [served_by(post(port, timeout=30))]
    pd_ok, pd_got = nginx_pd.leak_requests(sys.modules[__name__], port, fleet)
    check(pd_ok, f"under valgrind: a P/D and a data-parallel request get their headers and "
          f"port: {pd_got}")
    r = post(port, "/v1/chat/completions",
             {"model": "m", "messages": [{"role": "user", "content": "x"}]}, timeout=30)
    got.append(served_by(r))
    servers[0].mode = "broken"
    got.append(served_by(post(port, timeout=30)))
    for s in servers:
        s.set(10, 0.95)
    time.sleep(2.0)
    got.append(post(port, headers={"x-gateway-inference-objective": "batch"}, timeout=30)[0])
    got.append(post(port, body={"model": "m"}, timeout=30)[0])
    for s in servers + list(fleet.servers()):
        s.stop()
    time.sleep(2.0)
    got.append(post(port, timeout=30)[0])
    check(got == ["a", "a", "b", 429, 400, 503],
          f"under valgrind: routes, retries, sheds, refuses a bad body, answers 503: {got}")
    clean = stop_nginx(proc, 60)
    logs = sorted(f for f in os.listdir(os.path.join(prefix, "logs")) if f.startswith("valgrind."))
    reports = {f: open(os.path.join(prefix, "logs", f)).read() for f in logs}
    # the master's exit status is its own verdict; the worker's is in the error log
    worker_bad = [ln for ln in error_log(prefix).splitlines()
                  if ("exited with code" in ln and not ln.endswith("exited with code 0"))
                  or "exited on signal" in ln]
    ok = (clean and proc.returncode == 0 and len(reports) >= 2 and not worker_bad and
          all("ERROR SUMMARY: 0 errors" in r for r in reports.values()))
    check(ok, f"nginx's master and worker under valgrind exit with no leak or memory error "
          f"({len(reports)} processes, master exit {proc.returncode})",
          "\n".join(worker_bad) + "\n" +
          "\n".join(f"--- {f}\n{r[-6000:]}" for f, r in reports.items()))


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    src_dir, lib_dir, work = (os.path.abspath(a) for a in sys.argv[1:])
    if not os.path.exists(NGINX):
        skip("nginx is not installed (apt-get install nginx nginx-dev)")
    if not all(os.path.exists(os.path.join(NGINX_SRC, f)) for f in ("configure", "conf_flags")):
        skip(f"nginx-dev is not installed ({NGINX_SRC} is missing)")
    os.makedirs(work, exist_ok=True)
    t0 = time.time()
    so = build_module(src_dir, lib_dir, work)
    print(f"ok   module built: {so} ({time.time() - t0:.1f}s)")
    epp = os.path.join(src_dir, "examples", "nginx", "epp.yaml")

    prefix = os.path.join(work, "run")
    shutil.rmtree(prefix, ignore_errors=True)
    a, b, c = (ModelServer(n, h) for n, h in SERVERS)
    a.set(0, 0.1)
    b.set(3, 0.5)
    c.set(4, 0.6)
    fleet = nginx_pd.Fleet(sys.modules[__name__])
    port = free_port()
    conf = write_conf(prefix, so, epp, (a, b, c), port, single_process=False,
                      extra=fleet.conf(prefix))
    proc = start_nginx(prefix, conf, port)
    try:
        time.sleep(SETTLE)
        nginx_pd.checks(sys.modules[__name__], prefix, port, fleet)
        scenario(prefix, proc, port, a, b, c)
    finally:
        for s in fleet.servers():
            s.stop()
        check(stop_nginx(proc), "nginx stops on SIGQUIT")
    log = error_log(prefix)
    check("[alert]" not in log and "[crit]" not in log and "[emerg]" not in log,
          "no alert, crit or emerg in nginx's error log")
    if failures:
        print(log[-8000:])

    config_errors(work, so, src_dir)

    leak_prefix = os.path.join(work, "valgrind")
    shutil.rmtree(leak_prefix, ignore_errors=True)
    leak_pass(leak_prefix, so, epp)
    print(f"{len(failures)} failure(s), {time.time() - t0:.1f}s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
