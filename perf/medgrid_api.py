"""What the perf scripts share: calls to a running MedGrid, browser-style logins, and the ping rate
that every figure is a ratio to."""
import json
import sys
import threading
import time
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:9080"


def call(method, path, body=None, headers=None, timeout=60):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(BASE + path, data=data, method=method, headers=dict(headers or {}))
    if data is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=timeout) as answer:
        text = answer.read().decode()
        return json.loads(text) if text else {}, answer.headers


def session(user, password):
    body, headers = call("POST", "/api/method/login", {"usr": user, "pwd": password})
    sid = [c.split(";")[0] for c in headers.get_all("Set-Cookie") if c.startswith("sid=")][0]
    return {"Cookie": sid, "X-Frappe-CSRF-Token": body["csrf_token"]}


def ping_rate(headers, threads, seconds):
    """Authenticated /api/method/ping requests per second from `threads` threads for `seconds`."""
    count = [0]
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def worker():
        while time.monotonic() < deadline:
            call("GET", "/api/method/ping", headers=headers)
            with lock:
                count[0] += 1

    workers = [threading.Thread(target=worker) for _ in range(threads)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    return count[0] / seconds
