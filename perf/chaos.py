#!/usr/bin/env python3
"""Chaos under load on PostgreSQL (issue 17): orders keep flowing while vendors misbehave and a member dies.

Against two members on one PostgreSQL database (perf/chaos.sh starts them; member 2 is a copy of member 1's
server, so this script can kill it with SIGKILL and start it again):
  - setup, all through the API: a company, warehouse and price list, 10 items for three vendors (ShipStation
    through ACCOUNTS vendors' own connections, each its own key pair and rate limit; SINQ Ops and Centre
    Research as platform connections whose api_url is member 1's simulator), PARTNERS Customer users with
    API keys, one clinic each with a shipping address. Every name carries the run's tag.
  - PARTNERS threads submit ORDERS Sales Orders (docstatus 1) paced evenly over the submission window, each
    with lines for two or three vendors, alternating between the members as a load balancer would, with an
    Idempotency-Key, so that a retry after a dead member cannot make a second order. A refused connection
    is retried on the other member (counted apart); 409 "still being processed" is retried for a while.
  - storms: each simulator is told to fail every call of a kind (timeouts, 5xx, 429, SINQ's lost answer: the
    order is taken but the answer comes too late) for a quarter of the window at a time; ShipStation is
    each member's own simulator (its faults are in memory), so its storms are planned on both, and again
    on member 2 once it is back.
  - member 2 is killed (kill -9) a third of the way in and started again 20 s later.
  - webhooks: once an order's SINQ dispatch is Sent, signed SINQ webhooks move it (pending, shipped,
    completed), each body sent twice, a third of the orders out of order (shipped before pending), some
    duplicates seconds later; half of the Centre Research orders are moved on at the simulator, which
    MedGrid hears by polling.
  - a monitor lists every order of the run every few seconds (fulfillment_status and each vendor's status).
At the end it checks: every order at each of its vendors' simulators exactly once (ShipStation and SINQ
through their listings, Centre Research, which cannot list, through its records in the database) and one
Sent attempt per dispatch; every acknowledged webhook stored once and processed, and each order's final
sinq_status the latest of its lifecycle; no status moving backwards; no 5xx from MedGrid's own API. It prints
the drain time (last order submitted until every dispatch is Sent and every webhook applied) and exits 1 if
a check failed. Bounded: partners stop OVERRUN_LIMIT after the window (what is left is reported as not
submitted), and the drain is waited for DRAIN_LIMIT at most.

Usage: perf/chaos.py --admin-token KEY:SECRET --wlp target/liberty/wlp [--orders 1000] [--seconds S]
"""
import argparse
import base64
import hashlib
import heapq
import hmac
import http.client
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections import Counter, defaultdict

# The order of each status field (fulfilment's FulfillmentProgress, each vendor's declared lifecycle):
# a later sample must never show an earlier value.
LIFECYCLES = {
    "fulfillment_status": ["Not Shipped", "Partly Shipped", "Shipped", "Partly Delivered", "Delivered"],
    "sinq_status": ["Synced", "Pending", "Shipped", "Completed"],
    "cr_status": ["Pending", "Processing", "Label Created", "Shipped", "Delivered"],
    "shipstation_status": ["Awaiting Shipment", "Shipped", "Delivered"],
}
VENDORS = ("shipstation", "sinq", "centre_research")
# The vendors of order i: every mix has two or three of them, so each order makes two or three dispatches.
MIXES = [("shipstation", "sinq"), ("sinq", "centre_research"), ("shipstation", "centre_research"),
         ("shipstation", "sinq", "centre_research")]
# Storms as (vendor, mode, start, end) in fractions of the submission window: a quarter each, so
# 75 s in the full run; they overlap each other and the kill.
STORMS = [
    ("sinq", "timeout", 0.05, 0.30),
    ("shipstation", "http_503", 0.10, 0.35),
    ("centre_research", "http_429", 0.20, 0.45),
    ("sinq", "lost_answer", 0.40, 0.65),
    ("shipstation", "http_429", 0.55, 0.80),
    ("centre_research", "timeout", 0.60, 0.85),
    ("sinq", "http_503", 0.75, 1.00),
]
KILL_AT = 1 / 3
DOWN_SECONDS = 20
ENDLESS = 100000  # a storm's fault count: it lasts until it is cleared
SAMPLE_EVERY = 3
DRAIN_LIMIT = 300
OVERRUN_LIMIT = 120  # how long after the window partners may still be submitting (a stalled MedGrid): the run stays bounded
# how long a partner retries a key MedGrid says is still being processed: longer than the minute within
# which a dead member's key comes back, as the 409 says
STUCK_KEY_LIMIT = 90


class Unreachable(Exception):
    """No HTTP answer at all: connection refused or reset, or no answer in time."""


class Stats:
    """Counters and failure notes shared by every thread."""

    def __init__(self):
        self.lock = threading.Lock()
        self.counts = Counter()
        self.server_errors = []  # MedGrid's own API answering 5xx: each is a failure

    def add(self, what, n=1):
        with self.lock:
            self.counts[what] += n

    def server_error(self, note):
        with self.lock:
            self.server_errors.append(note)


STATS = Stats()


class Member:
    """One MedGrid member's HTTP API."""

    def __init__(self, name, base):
        self.name, self.base = name, base

    def call(self, method, path, body=None, headers=None, timeout=30, raw=None):
        """(status, parsed JSON or text, headers); raises Unreachable. A 5xx from MedGrid itself is noted."""
        data = raw if raw is not None else None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=dict(headers or {}))
        if data is not None and "Content-Type" not in request.headers:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:
                status, text, answer_headers = answer.status, answer.read().decode(), answer.headers
        except urllib.error.HTTPError as error:
            status, text, answer_headers = error.code, error.read().decode(errors="replace"), error.headers
        except (urllib.error.URLError, ConnectionError, TimeoutError, http.client.HTTPException, OSError) as error:
            raise Unreachable(f"{self.name}: {error}") from error
        if status >= 500 and not path.startswith("/api/sandbox/"):  # the simulators' 5xx are the storms
            STATS.server_error(f"{self.name} {method} {path.split('?')[0]} -> {status}: {text[:200]}")
        try:
            parsed = json.loads(text) if text else {}
        except ValueError:
            parsed = text
        return status, parsed, answer_headers

    def ok(self, method, path, body=None, headers=None, timeout=30):
        """A call that must succeed (setup, controls): its JSON, or SystemExit saying what failed."""
        status, parsed, _ = self.call(method, path, body, headers, timeout)
        if status >= 300:
            raise SystemExit(f"{method} {path} on {self.name}: HTTP {status} {str(parsed)[:300]}")
        return parsed


def quote(doctype):
    return urllib.parse.quote(doctype)


def token(pair):
    return {"Authorization": "token " + pair}


class Run:
    """The scenario's data: what setup made, what partners were told, what the monitor saw."""

    def __init__(self, args):
        self.args = args
        self.tag = uuid.uuid4().hex[:6].upper()
        self.one = Member("member 1", args.member1)
        self.two = Member("member 2", args.member2)
        self.members = (self.one, self.two)
        self.admin = token(args.admin_token)
        self.lock = threading.Lock()
        self.acknowledged = {}  # order index -> Sales Order name
        self.intended = {}  # Sales Order name -> (vendors, ShipStation account or None)
        self.samples = defaultdict(lambda: defaultdict(list))  # order -> field -> [values in sample order]
        self.webhooks = {}  # body -> answers (HTTP status, duplicate flag)
        self.expected_sinq = {}  # order -> the latest SINQ status sent
        self.last_submitted = None
        self.events = []  # (seconds into the window, what happened)
        self.start = None
        self.round_began = 0.0
        self.two_out = False

    def note(self, what):
        at = time.monotonic() - self.start if self.start else 0.0
        with self.lock:
            self.events.append((at, what))
        print(f"  [{at:6.1f} s] {what}", flush=True)

    # ---------------------------------------------------------------- setup
    def setup(self):
        tag, one, admin = self.tag, self.one, self.admin
        create = lambda doctype, body: one.ok("POST", "/api/resource/" + quote(doctype), body, admin)
        self.company = f"Chaos Co {tag}"
        create("Company", {"company_name": self.company, "abbr": "X" + tag})
        create("Warehouse", {"warehouse_name": f"Chaos {tag}", "company": self.company})
        self.warehouse = f"Chaos {tag} - X{tag}"
        self.prices = f"Chaos Prices {tag}"
        create("Price List", {"price_list_name": self.prices, "currency": "USD"})
        # ShipStation: vendors with their own accounts (40 calls a minute each, at each member's simulator)
        self.shipstation = []  # (item code, api key)
        for n in range(self.args.accounts):
            profile = f"Chaos Vendor {tag} {n}"
            vendor = self.new_user("Vendor")
            create("Vendor Profile", {"vendor_name": profile, "vendor_user": vendor[0], "status": "Approved"})
            key = f"chaos-ss-{tag}-{n}".lower()
            one.ok("POST", "/api/method/medgrid.integrations.connect_shipstation", {"api_key": key, "api_secret": key}, token(vendor[1]))
            self.shipstation.append((self.item(f"CHAOS-SS-{tag}-{n}", {"shipstation_product_id": f"SS-CHAOS-{tag}-{n}",
                                                                       "default_supplier": profile}), key))
        # SINQ and Centre Research: the platform's connections, at member 1's simulators (never killed)
        self.sinq_key, self.sinq_hook_key, self.sinq_secret = f"chaos-sinq-{tag}", f"chaos-hook-{tag}", f"chaos-secret-{tag}"
        one.ok("POST", "/api/method/medgrid.integrations.connect", {
            "integration_type": "sinq", "sinq_api_url": one.base + "/api/sandbox/sinq", "sinq_api_key": self.sinq_key,
            "sinq_webhook_key": self.sinq_hook_key, "sinq_webhook_secret": self.sinq_secret}, admin)
        self.cr_key = f"chaos-cr-{tag}"
        one.ok("POST", "/api/method/medgrid.integrations.connect", {
            "integration_type": "centre_research", "centre_research_api_key": self.cr_key,
            "centre_research_api_url": one.base + "/api/sandbox/centre_research"}, admin)
        self.sinq_items = [self.item(f"CHAOS-SINQ-{tag}-{n}", {"sinq_sku": f"SINQ-CHAOS-{tag}-{n}"}) for n in range(2)]
        self.cr_items = [self.item(f"CHAOS-CR-{tag}-{n}", {"centre_research_product_id": f"cr-variant-chaos-{tag.lower()}-{n}"})
                         for n in range(2)]
        # partners: a Customer user with an API key and a clinic of its own
        self.partners = []  # (customer, API key pair)
        for p in range(self.args.partners):
            email, pair = self.new_user("Customer")
            clinic = f"Chaos Clinic {tag} {p}"
            create("Customer", {"customer_name": clinic, "portal_user": email, "default_price_list": self.prices,
                                "email_id": f"orders-{p}@chaos-{tag.lower()}.example"})
            create("Address", {"address_title": clinic, "address_type": "Shipping", "address_line1": f"{p + 1} Chaos Way",
                               "city": "Austin", "state": "TX", "pincode": "78701", "customer": clinic})
            self.partners.append((clinic, pair))

    def new_user(self, role):
        email = f"chaos-{uuid.uuid4().hex[:10]}@example.com"
        self.one.ok("POST", "/api/resource/User", {"email": email, "full_name": "Chaos " + email, "roles": [role],
                                                   "new_password": "pw-" + uuid.uuid4().hex}, self.admin)
        keys = self.one.ok("POST", "/api/method/frappe.core.doctype.user.user.generate_keys", {"user": email}, self.admin)["message"]
        return email, f"{keys['api_key']}:{keys['api_secret']}"

    def item(self, code, fields):
        self.one.ok("POST", "/api/resource/Item", dict({"item_code": code, "item_name": "Chaos " + code}, **fields), self.admin)
        self.one.ok("POST", "/api/resource/Item%20Price", {"item_code": code, "price_list": self.prices, "price_list_rate": 10}, self.admin)
        self.one.ok("POST", "/api/method/medgrid.catalog.set_stock", {"item_code": code, "warehouse": self.warehouse, "qty": 1000000},
                    self.admin)
        return code

    # ---------------------------------------------------------------- partners
    def order_body(self, i):
        vendors = MIXES[(i // self.args.partners) % len(MIXES)]
        lines, account = [], None
        if "shipstation" in vendors:
            item, account = self.shipstation[i % len(self.shipstation)]
            lines.append(item)
        if "sinq" in vendors:
            lines.extend(self.sinq_items if i % 5 == 0 else [self.sinq_items[i % 2]])
        if "centre_research" in vendors:
            lines.append(self.cr_items[(i // 2) % 2])
        clinic = self.partners[i % self.args.partners][0]
        body = {"customer": clinic, "shipping_address_name": clinic + "-Shipping", "docstatus": 1,
                "items": [{"item_code": item, "qty": 1 + i % 3, "warehouse": self.warehouse} for item in lines]}
        return body, vendors, account

    def submit(self, i):
        """One order, as a partner behind a load balancer submits it; the order's name, or None."""
        clinic, pair = self.partners[i % self.args.partners]
        body, vendors, account = self.order_body(i)
        headers = dict(token(pair), **{"Idempotency-Key": f"chaos-{self.tag}-{i}"})
        member = self.route(self.members[(i // self.args.partners + i) % 2])
        stuck_since = None
        while time.monotonic() < self.deadline:
            try:
                status, answer, answer_headers = member.call("POST", "/api/resource/" + quote("Sales Order"), body, headers, timeout=60)
            except Unreachable:
                # the member is down (or died mid-request): the balancer sends the retry to the other one
                STATS.add(f"order requests unanswered by {member.name}, retried on the other member")
                member = self.failed(member)
                continue
            if status == 200:
                if answer_headers.get("Idempotent-Replayed") == "true":
                    STATS.add("order retries answered from the idempotency key (replayed)")
                name = answer["data"]["name"]
                with self.lock:
                    self.acknowledged[i] = name
                    self.intended[name] = (vendors, account)
                    self.last_submitted = time.monotonic()
                return name
            if status == 409:
                # the key's first request was on a member that died: MedGrid says it is still running
                stuck_since = stuck_since or time.monotonic()
                if time.monotonic() - stuck_since > STUCK_KEY_LIMIT:
                    STATS.add("orders given up: key still 'being processed' after %d s" % STUCK_KEY_LIMIT)
                    self.note(f"order {i} (key chaos-{self.tag}-{i}): 409 for {STUCK_KEY_LIMIT} s, given up")
                    return None
                STATS.add("order retries answered 409 (key still being processed)")
                time.sleep(2)
                continue
            if status >= 500:
                time.sleep(1)  # noted as a failure by Member.call; the key was given back, so retry
                continue
            STATS.add(f"orders refused with HTTP {status}")
            self.note(f"order {i} refused: HTTP {status} {str(answer)[:200]}")
            return None
        STATS.add("orders given up at the run's deadline")
        return None

    # The load balancer: a member that left a request unanswered is out of rotation until it is ready again
    # (member 1 is never killed, so only member 2 leaves; before it is ready its port answers 404).
    def route(self, member):
        return self.one if member is self.two and self.two_out else member

    def failed(self, member):
        if member is self.two:
            self.two_out = True
        time.sleep(0.2)
        return self.one if member is self.two else self.two

    def partner(self, p, window):
        for i in range(p, self.args.orders, self.args.partners):
            delay = self.start + window * i / self.args.orders - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            if time.monotonic() > self.deadline:
                STATS.add("orders not submitted: the run's deadline passed first")
                continue
            self.submit(i)

    # ---------------------------------------------------------------- storms and the kill
    def plan_fault(self, vendor, mode, count, members=None):
        """Plans the fault at the simulators MedGrid calls for the vendor: each member's own for ShipStation."""
        if vendor == "shipstation":
            for member in members or self.members:
                for _, key in self.shipstation:
                    auth = {"Authorization": "Basic " + base64.b64encode(f"{key}:{key}".encode()).decode()}
                    try:
                        status = member.call("POST", "/api/sandbox/shipstation/_sandbox/faults",
                                             {"mode": mode, "count": count, "operation": "orders/createorder"}, auth)[0]
                        if status != 200 and member is self.one:
                            raise SystemExit(f"ShipStation faults on member 1: HTTP {status}")
                    except Unreachable:
                        pass  # member 2 is down or starting: what rages then is planned there once it is ready
        elif vendor == "sinq":
            self.one.ok("POST", "/api/sandbox/sinq/_sandbox/faults", {"mode": mode, "count": count}, {"key": self.sinq_key})
        else:  # placing orders only: the status polls go on
            self.one.ok("POST", "/api/sandbox/centre_research/_sandbox/faults", {"mode": mode, "count": count, "operation": "place"},
                        {"X-API-Key": self.cr_key})

    def chaos(self, window):
        """Storms on schedule, and member 2 killed and started again; returns when the window is over."""
        steps = []
        for vendor, mode, begin, end in STORMS:
            steps.append((begin * window, "storm", vendor, mode))
            steps.append((end * window, "calm", vendor, mode))
        steps.append((KILL_AT * window, "kill", None, None))
        self.raging = {}  # vendor -> mode
        for at, what, vendor, mode in sorted(steps, key=lambda s: s[0]):
            delay = self.start + at - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            if what == "storm":
                self.raging[vendor] = mode
                self.plan_fault(vendor, mode, ENDLESS)
                self.note(f"{vendor}: {mode} storm begins")
            elif what == "calm":
                self.raging.pop(vendor, None)
                self.plan_fault(vendor, mode, 0)
                self.note(f"{vendor}: {mode} storm ends")
            else:
                threading.Thread(target=self.kill_and_restart, daemon=True).start()

    def kill_and_restart(self):
        pid_file = os.path.join(self.args.wlp, "usr/servers/.pid", self.args.second + ".pid")
        pid = int(open(pid_file).read().strip())
        os.kill(pid, signal.SIGKILL)
        self.note(f"member 2 killed (kill -9 {pid})")
        time.sleep(DOWN_SECONDS)
        self.note("member 2 starting again")
        subprocess.run([os.path.join(self.args.wlp, "bin/server"), "start", self.args.second], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=240)
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            try:
                if self.two.call("GET", "/health/ready", timeout=5)[0] == 200:
                    break
            except Unreachable:
                pass
            time.sleep(1)
        # its simulators forgot their faults with the JVM: the ShipStation storm raging now applies there too
        if self.raging.get("shipstation"):
            self.plan_fault("shipstation", self.raging["shipstation"], ENDLESS, [self.two])
        self.two_out = False
        self.note("member 2 ready again, back in rotation")

    # ---------------------------------------------------------------- the monitor
    def orders_now(self):
        """Every order of the run as the list API shows it (the orders of the run's clinics), from member 1."""
        fields = ["name", "fulfillment_status", "sinq_status", "sinq_transaction_id", "cr_status", "cr_order_id", "shipstation_status"]
        rows, start = [], 0
        while True:
            query = urllib.parse.urlencode({"fields": json.dumps(fields), "limit_start": start, "limit_page_length": 500,
                                            "filters": json.dumps([["customer", "like", f"Chaos Clinic {self.tag} %"]]),
                                            "order_by": "name asc"})
            status, answer, _ = self.one.call("GET", "/api/resource/" + quote("Sales Order") + "?" + query, headers=self.admin, timeout=60)
            if status != 200:
                raise Unreachable(f"list of orders: HTTP {status} {str(answer)[:200]}")
            rows.extend(answer["data"])
            if len(answer["data"]) < 500:
                return rows
            start += 500

    def monitor(self, stop):
        """Samples every order's statuses, and starts the vendors' news for orders that reached them."""
        self.webhook_planned, self.advanced = set(), set()
        while not stop.is_set():
            began = time.monotonic()
            try:
                rows = self.orders_now()
            except Unreachable as error:
                STATS.add("monitor samples missed")
                self.note(f"monitor: {error}")
                time.sleep(SAMPLE_EVERY)
                continue
            STATS.add("monitor samples")
            for row in rows:
                for field in LIFECYCLES:
                    self.samples[row["name"]][field].append(row.get(field))
                if row.get("sinq_transaction_id") and row["name"] not in self.webhook_planned:
                    self.webhook_planned.add(row["name"])
                    self.plan_webhooks(row["name"], len(self.webhook_planned))
                if row.get("cr_order_id") and row["name"] not in self.advanced:
                    self.advanced.add(row["name"])
                    if len(self.advanced) % 2 == 0:
                        self.plan_cr_stages(row["cr_order_id"])
            self.round_began = began  # a round that began after the last dispatch was Sent saw every order's vendor ids
            stop.wait(SAMPLE_EVERY)

    # ---------------------------------------------------------------- vendors' news
    def plan_webhooks(self, order, n):
        """SINQ's news of an order: in order, out of order (shipped before pending), or stopping at shipped."""
        tracking = {"trackingNumber": f"1ZCHAOS{n:06d}", "trackingUrl": f"https://www.ups.com/track?tracknum=1ZCHAOS{n:06d}", "shipBy": "UPS"}
        kind = n % 3
        if kind == 0:
            sequence = ["pending", "shipped", "completed"]
        elif kind == 1:
            sequence = ["shipped", "pending", "completed"]
        else:
            sequence = ["completed", "shipped", "pending"] if n % 2 else ["shipped", "pending"]
        self.expected_sinq[order] = max((LIFECYCLES["sinq_status"].index(s.capitalize()) for s in sequence))
        now = time.monotonic()
        for k, status in enumerate(sequence):
            body = {"reference": order, "status": status, "note": f"chaos {self.tag}"}
            if status == "shipped":
                body["tracking"] = tracking
            if n % 2:  # nested, the other of SINQ's two formats
                body = {"type": "order." + status, "data": {key: value for key, value in body.items() if key != "status"}}
            text = json.dumps(body, separators=(",", ":"))
            # each body twice: at once for half of the orders, seconds later (after the next ones) for the others
            self.outbox.put(now + k * 0.5, text)
            self.outbox.put(now + k * 0.5 + (0.1 if n % 4 < 2 else 3 + n % 5), text)

    def plan_cr_stages(self, cr_order_id):
        now = time.monotonic()
        for k, stage in enumerate(["PROCESSING", "SHIPPED", "DELIVERED"]):
            self.outbox.put(now + 5 + 10 * k, ("cr", cr_order_id, stage))

    def sender(self, stop):
        """Sends what is due: SINQ webhooks (signed) to either member, Centre Research stage moves to its simulator."""
        turn = 0
        while not (stop.is_set() and self.outbox.empty()):
            item = self.outbox.take()
            if item is None:
                time.sleep(0.05)
                continue
            if isinstance(item, tuple):
                try:
                    status = self.one.call("POST", "/api/sandbox/centre_research/_sandbox/advance", {"orderId": item[1], "status": item[2]},
                                           {"X-API-Key": self.cr_key})[0]
                except Unreachable:
                    status = "nothing in time"
                STATS.add("Centre Research stage moves at the simulator" + ("" if status == 200 else f" answered {status}"))
            else:
                turn += 1
                self.send_webhook(item, self.route(self.members[turn % 2]))
            self.outbox.done(item)

    def send_webhook(self, text, member):
        raw = text.encode()
        signature = "sha256=" + hmac.new(self.sinq_secret.encode(), raw, hashlib.sha256).hexdigest()
        headers = {"key": self.sinq_hook_key, "X-Webhook-Signature": signature, "Content-Type": "application/json"}
        while True:
            try:
                status, answer, _ = member.call("POST", "/api/method/medgrid.sinq.webhook", headers=headers, raw=raw)
            except Unreachable:
                STATS.add(f"webhooks unanswered by {member.name}, sent again to the other member")
                member = self.failed(member)
                continue
            if status >= 500:
                time.sleep(1)  # noted as a failure; SINQ would send it again
                continue
            duplicate = isinstance(answer, dict) and answer.get("message", {}).get("duplicate") is True
            with self.lock:
                self.webhooks.setdefault(text, []).append((status, duplicate))
            STATS.add("webhooks answered %d%s" % (status, " (duplicate)" if duplicate else ""))
            return

    # ---------------------------------------------------------------- the database's view (psql)
    def sql(self, query):
        out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", self.args.db, "-AtX", "-F", "\x1f", "-c", query],
                             check=True, capture_output=True, text=True).stdout
        return [line.split("\x1f") for line in out.splitlines() if line]

    def of_run(self):
        return f"(SELECT name FROM sales_orders WHERE customer LIKE 'Chaos Clinic {self.tag} %')"

    def unsent(self):
        return int(self.sql(f"SELECT count(*) FROM fulfillment_dispatches WHERE sales_order IN {self.of_run()} AND status <> 'Sent'")[0][0])

    def unapplied(self):
        return int(self.sql(f"SELECT count(*) FROM webhook_inbox WHERE source = 'sinq' AND body LIKE '%chaos {self.tag}%'"
                            " AND status <> 'Processed'")[0][0])


class Outbox:
    """What the sender is to send, by due time; counts the webhooks not sent yet, for the drain."""

    def __init__(self):
        self.heap, self.lock, self.open, self.seq = [], threading.Lock(), 0, 0

    def put(self, due, item):
        with self.lock:
            self.seq += 1
            self.open += isinstance(item, str)
            heapq.heappush(self.heap, (due, self.seq, item))

    def take(self):
        with self.lock:
            if self.heap and self.heap[0][0] <= time.monotonic():
                return heapq.heappop(self.heap)[2]
        return None

    def done(self, item):
        with self.lock:
            self.open -= isinstance(item, str)

    def empty(self):
        with self.lock:
            return self.open == 0


# -------------------------------------------------------------------- checks
def backwards(values, lifecycle):
    """The first step back in a sampled sequence (a value earlier in the lifecycle, or a value gone), or None."""
    best = None
    for value in values:
        if value is None or value == "":
            if best is not None:
                return f"{lifecycle[best]} -> (none)"
            continue
        if value not in lifecycle:
            continue  # a status outside the lifecycle (Cancelled, Failed) is reported by the final checks
        rank = lifecycle.index(value)
        if best is not None and rank < best:
            return f"{lifecycle[best]} -> {value}"
        best = rank if best is None else max(best, rank)
    return None


def check(run, failures):
    """Every check of the issue; appends what failed to failures and prints the counts."""
    orders = [row[0] for row in run.sql(f"SELECT name FROM sales_orders WHERE name IN {run.of_run()}")]
    acknowledged = set(run.acknowledged.values())
    print(f"orders submitted: {len(run.acknowledged)} of {run.args.orders} acknowledged, {len(orders)} in the database")
    never = sorted(set(range(run.args.orders)) - set(run.acknowledged))
    if never:
        failures.append(f"{len(never)} orders never acknowledged to their partner (order indexes {never[:10]}; keys chaos-{run.tag}-<index>)")
        keys = ", ".join(f"'chaos-{run.tag}-{i}'" for i in never)
        for row in run.sql(f"SELECT idem_key, status, created_at, expires_at FROM idempotency_keys WHERE idem_key IN ({keys})"):
            print("  idempotency key of an unacknowledged order: " + " | ".join(row))
    if len(acknowledged) != len(run.acknowledged):
        failures.append(f"{len(run.acknowledged) - len(acknowledged)} acknowledged order names given for two keys")
    orphans = sorted(set(orders) - acknowledged)
    if orphans:
        failures.append(f"{len(orphans)} orders in the database no partner was given the name of: {', '.join(orphans[:10])}")
    missing = sorted(acknowledged - set(orders))
    if missing:
        failures.append(f"{len(missing)} acknowledged orders not in the database: {', '.join(missing[:10])}")

    # dispatches: one per (order, vendor), each Sent once by MedGrid's own record
    dispatches = run.sql(f"""SELECT d.sales_order, d.vendor, d.status, count(a.name) FILTER (WHERE a.outcome = 'Sent'),
        count(a.name) FILTER (WHERE a.outcome = 'Interrupted'), count(a.name)
        FROM fulfillment_dispatches d LEFT JOIN fulfillment_dispatch_attempts a ON a.parent = d.name
        WHERE d.sales_order IN {run.of_run()} GROUP BY d.sales_order, d.vendor, d.status""")
    by_order = defaultdict(set)
    attempts, interrupted, not_once = 0, 0, []
    for order, vendor, status, sent, cut, tries in dispatches:
        by_order[order].add(vendor)
        attempts += int(tries)
        interrupted += int(cut)
        if status != "Sent" or int(sent) != 1:
            not_once.append(f"{order}-{vendor} {status}, {sent} Sent attempts")
    print(f"dispatches: {len(dispatches)} ({', '.join(f'{v} {sum(1 for d in dispatches if d[1] == v)}' for v in VENDORS)}), "
          f"{attempts} attempts, {interrupted} interrupted (claim lapsed: a member died or could not record the outcome)")
    if not_once:
        failures.append(f"{len(not_once)} dispatches not Sent exactly once: {'; '.join(not_once[:10])}")
    wrong_route = [name for name, (vendors, _) in run.intended.items() if by_order[name] != set(vendors)]
    if wrong_route:
        failures.append(f"{len(wrong_route)} orders whose dispatches are not the vendors of their lines: {', '.join(wrong_route[:10])}")

    # the simulators: each order once at each of its vendors
    at = {vendor: Counter() for vendor in VENDORS}
    accounts = {}
    for _, key in run.shipstation:
        auth = {"Authorization": "Basic " + base64.b64encode(f"{key}:{key}".encode()).decode()}
        for _ in range(30):  # the listing counts against the account's 40 calls a minute
            status, answer, _ = run.one.call("GET", "/api/sandbox/shipstation/orders", headers=auth, timeout=60)
            if status != 429:
                break
            time.sleep(2)
        if status != 200:
            failures.append(f"ShipStation account {key}: its orders could not be listed (HTTP {status})")
            continue
        for order in answer["orders"]:
            at["shipstation"][order["orderNumber"]] += 1
            accounts[order["orderNumber"]] = key
    for order in run.one.ok("GET", "/api/sandbox/sinq/_sandbox/orders", headers={"key": run.sinq_key})["orders"]:
        at["sinq"][order["reference"]] += 1
    # Centre Research's simulator cannot list orders: its records in the database are what it holds
    for (body,) in run.sql(f"SELECT body FROM sandbox_records WHERE vendor = 'centre_research' AND account = '{run.cr_key}'"
                           " AND kind = 'order'"):
        at["centre_research"][json.loads(body)["partnerOrderId"]] += 1
    for vendor in VENDORS:
        expected = {order for order, vendors in by_order.items() if vendor in vendors}
        counted = at[vendor]
        twice = sorted(o for o in expected if counted[o] > 1)
        never = sorted(o for o in expected if counted[o] == 0)
        strays = sorted(o for o in counted if o not in expected)
        print(f"at the {vendor} simulator: {sum(counted[o] for o in expected)} orders for {len(expected)} dispatches "
              f"({len(twice)} twice or more, {len(never)} missing, {len(strays)} not of a dispatch)")
        if twice or never or strays:
            failures.append(f"{vendor}: not once per order: twice {twice[:10]}, missing {never[:10]}, strays {strays[:10]}")
    wrong_account = [n for n, (_, key) in run.intended.items() if key and accounts.get(n, key) != key]
    if wrong_account:
        failures.append(f"{len(wrong_account)} ShipStation orders at another account than their vendor's: {wrong_account[:10]}")

    # webhooks: every acknowledged body stored once and processed; each order's SINQ status the latest sent
    inbox = Counter()
    unprocessed, retried = [], 0
    for body, status, tries in run.sql(f"SELECT body, status, attempts FROM webhook_inbox WHERE source = 'sinq'"
                                       f" AND body LIKE '%chaos {run.tag}%'"):
        inbox[body] += 1
        retried += int(tries) > 1
        if status != "Processed":
            unprocessed.append(f"{body[:80]} {status}")
    acked = {body for body, answers in run.webhooks.items() if any(200 <= s < 300 for s, _ in answers)}
    sends = sum(len(answers) for answers in run.webhooks.values())
    duplicates = sum(1 for answers in run.webhooks.values() for _, dup in answers if dup)
    print(f"webhooks: {sends} sent, {len(run.webhooks)} distinct bodies, {len(acked)} acknowledged, {duplicates} answered as duplicates; "
          f"inbox: {len(inbox)} bodies, {retried} processed more than once")
    lost = [b for b in acked if inbox[b] == 0]
    doubled = [b for b in inbox if inbox[b] > 1]
    if lost or doubled or unprocessed:
        failures.append(f"webhooks: {len(lost)} acknowledged but not stored, {len(doubled)} stored twice, {len(unprocessed)} not processed:"
                        f" {(lost + doubled + unprocessed)[:5]}")
    if len(acked) != len(run.webhooks):
        failures.append(f"{len(run.webhooks) - len(acked)} webhook bodies never acknowledged")
    try:
        final = {row["name"]: row for row in run.orders_now()}
    except Unreachable as error:
        failures.append(f"the final list of orders failed: {error}")
        final = {}
    wrong_final = [f"{o}: {final.get(o, {}).get('sinq_status')} (expected {LIFECYCLES['sinq_status'][rank]})"
                   for o, rank in run.expected_sinq.items() if final.get(o, {}).get("sinq_status") != LIFECYCLES["sinq_status"][rank]]
    print(f"SINQ orders moved by webhooks: {len(run.expected_sinq)}, with the latest status at the end: "
          f"{len(run.expected_sinq) - len(wrong_final)}")
    if wrong_final:
        failures.append(f"{len(wrong_final)} orders whose sinq_status is not the latest sent: {wrong_final[:10]}")
    if run.webhook_planned != {o for o, vendors in by_order.items() if "sinq" in vendors}:
        failures.append("some SINQ orders never showed a sinq_transaction_id to the monitor")

    # statuses never backwards, in any sample of any order
    steps_back = []
    for order, fields in run.samples.items():
        for field, values in fields.items():
            step = backwards(values, LIFECYCLES[field])
            if step:
                steps_back.append(f"{order} {field}: {step}")
    values = Counter(v for fields in run.samples.values() for v in fields["fulfillment_status"][-1:])
    print(f"status samples: {STATS.counts['monitor samples']} rounds of {len(run.samples)} orders; final fulfillment_status: "
          f"{dict(values)}; steps backwards: {len(steps_back)}")
    if steps_back:
        failures.append(f"{len(steps_back)} statuses moved backwards: {'; '.join(steps_back[:10])}")

    if STATS.server_errors:
        failures.append(f"{len(STATS.server_errors)} 5xx answers from MedGrid's API: {'; '.join(STATS.server_errors[:5])}")
    print(f"5xx from MedGrid's own API: {len(STATS.server_errors)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--member1", default="http://localhost:9190")
    parser.add_argument("--member2", default="http://localhost:9191")
    parser.add_argument("--admin-token", required=True, help="KEY:SECRET of an administrator")
    parser.add_argument("--wlp", default="target/liberty/wlp", help="the runtime both members run from")
    parser.add_argument("--second", default="medgrid-2", help="member 2's server name")
    parser.add_argument("--db", default="medgrid_chaos")
    parser.add_argument("--orders", type=int, default=1000)
    parser.add_argument("--seconds", type=float, help="submission window (default: 0.3 s an order, at least 60 s)")
    parser.add_argument("--partners", type=int, default=4)
    parser.add_argument("--accounts", type=int, default=6, help="ShipStation vendor accounts")
    args = parser.parse_args()
    window = args.seconds or max(60.0, 0.3 * args.orders)

    run = Run(args)
    print(f"== run {run.tag}: setup (items, {args.accounts} ShipStation vendors, SINQ, Centre Research, {args.partners} partners)")
    run.setup()
    run.outbox = Outbox()
    print(f"== {args.orders} orders over {window:.0f} s; storms, member 2 killed at {KILL_AT * window:.0f} s")
    stop_monitor, stop_sender = threading.Event(), threading.Event()
    run.start = time.monotonic()
    run.deadline = run.start + window + OVERRUN_LIMIT
    workers = [threading.Thread(target=run.monitor, args=(stop_monitor,), daemon=True)]
    workers += [threading.Thread(target=run.sender, args=(stop_sender,), daemon=True) for _ in range(2)]
    partners = [threading.Thread(target=run.partner, args=(p, window), daemon=True) for p in range(args.partners)]
    for thread in workers + partners:
        thread.start()
    run.chaos(window)
    for thread in partners:
        thread.join()
    last = run.last_submitted or time.monotonic()
    run.note(f"last order acknowledged ({len(run.acknowledged)} in all)")

    # the drain: every dispatch Sent, every planned webhook sent and applied
    dispatches_done = webhooks_done = None
    while time.monotonic() - last < DRAIN_LIMIT:
        if dispatches_done is None and run.unsent() == 0:
            dispatches_done = time.monotonic()
            run.note("every dispatch Sent")
        if dispatches_done and run.round_began > dispatches_done and run.outbox.empty() and run.unapplied() == 0:
            webhooks_done = time.monotonic()
            run.note("every webhook applied")
            break
        time.sleep(1)
    stop_sender.set()
    time.sleep(SAMPLE_EVERY * 2)  # the monitor's last rounds see the final statuses
    stop_monitor.set()
    for thread in workers:
        thread.join(timeout=60)

    print("== checks")
    failures = []
    if webhooks_done is None:
        failures.append(f"not drained {DRAIN_LIMIT} s after the last order: {run.unsent()} dispatches unsent, "
                        f"{run.unapplied()} webhooks unapplied")
    check(run, failures)
    for what, n in sorted(STATS.counts.items()):
        print(f"  {what}: {n}")
    if dispatches_done:
        print(f"drain: every dispatch Sent {dispatches_done - last:.1f} s after the last order was acknowledged", end="")
        print(f", every webhook applied after {webhooks_done - last:.1f} s" if webhooks_done else "")
    print(f"submission window {window:.0f} s, whole scenario {time.monotonic() - run.start:.0f} s")
    if failures:
        print("FAILED:")
        for failure in failures:
            print("  - " + failure)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
