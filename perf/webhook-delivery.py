#!/usr/bin/env python3
"""Outbound webhook deliveries per second, and none lost while the receiver is down (issue: outbound webhooks).

Against a running development build (`./mvnw liberty:run`):
  1. ping rate (the trivial endpoint this run's figures are relative to), THREADS threads;
  2. a fast receiver on this machine (threaded, answers 204) and a subscription to it; EVENTS
     signed webhook.ping events are queued (medgrid.webhooks.test_ping from THREADS threads) and the
     rate is events / seconds from the first queued to the last received (deduplicated by event id);
  3. the same with the receiver down (connection refused) from the start for DOWN_SECONDS, then up:
     every event must still arrive (retries with back-off); prints how many were lost (expected 0),
     how many were received more than once, and how long the last one took after the receiver came back;
  4. ping again. Prints deliveries/s as a ratio to ping/s.

Usage: perf/webhook-delivery.py [base-url] (default http://localhost:9080)
"""
import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from medgrid_api import call, ping_rate, session

EVENTS = 500
THREADS = 4
PING_SECONDS = 10
DOWN_SECONDS = 20
RECEIVER_PORT = 18765

ADMIN = session("admin@medgrid.local", "medgrid-admin")
received = {}  # event id -> [arrival times]
lock = threading.Lock()


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        event_id = json.loads(body)["id"]
        with lock:
            received.setdefault(event_id, []).append(time.monotonic())
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


class ReceiverServer:
    def __init__(self):
        self.server = None

    def up(self):
        self.server = ThreadingHTTPServer(("127.0.0.1", RECEIVER_PORT), Receiver)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def down(self):
        if self.server:
            self.server.shutdown()
            self.server.server_close()
            self.server = None


def queue_pings(subscription):
    with ThreadPoolExecutor(THREADS) as pool:
        return list(pool.map(lambda _: call("POST", "/api/method/medgrid.webhooks.test_ping", {"name": subscription}, ADMIN)[0]
                             ["message"]["event_id"], range(EVENTS)))


def await_all(ids, limit):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        with lock:
            if all(i in received for i in ids):
                return True
        time.sleep(0.05)
    return False


subscription = call("POST", "/api/resource/Webhook%20Subscription", {
    "url": "http://127.0.0.1:%d/hooks" % RECEIVER_PORT, "events": ["order.created"],
    "description": "perf/webhook-delivery.py"}, ADMIN)[0]["data"]["name"]
receiver = ReceiverServer()
try:
    receiver.up()
    ping_before = ping_rate(ADMIN, THREADS, PING_SECONDS)

    start = time.monotonic()
    ids = queue_pings(subscription)
    if not await_all(ids, 600):
        raise SystemExit("not every event arrived within 600 s")
    with lock:
        last = max(received[i][0] for i in ids)
    rate = EVENTS / (last - start)

    receiver.down()
    down_ids = queue_pings(subscription)
    time.sleep(DOWN_SECONDS)
    receiver.up()
    back = time.monotonic()
    arrived = await_all(down_ids, 900)
    with lock:
        lost = [i for i in down_ids if i not in received]
        duplicates = sum(len(received[i]) - 1 for i in down_ids if i in received)
        catch_up = max(received[i][-1] for i in down_ids if i in received) - back
    ping_after = ping_rate(ADMIN, THREADS, PING_SECONDS)
finally:
    receiver.down()
    call("DELETE", "/api/resource/Webhook%20Subscription/" + subscription, headers=ADMIN)

print("ping (authenticated): %.0f req/s before, %.0f req/s after" % (ping_before, ping_after))
print("deliveries to a fast receiver: %d events in %.1f s = %.1f events/s" % (EVENTS, EVENTS / rate, rate))
print("ratio deliveries / ping: %.3f" % (rate / ((ping_before + ping_after) / 2)))
print("receiver down %d s: %d events queued, %d lost, %d received twice or more, all in %.1f s after it came back"
      % (DOWN_SECONDS, EVENTS, len(lost), duplicates, catch_up))
