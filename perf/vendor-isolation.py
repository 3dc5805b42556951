#!/usr/bin/env python3
"""Dispatch throughput of a healthy vendor with and without a hanging one (issue: vendor kit).

Against a running development build (`./mvnw liberty:run`: demo data, sandbox vendors):
  1. ping rate (the trivial endpoint this run's figures are relative to);
  2. PerfectRx dispatch rate alone: the demo partner submits ORDERS orders of a PerfectRx OTC product
     from THREADS threads; rate = orders / seconds until every dispatch is Sent;
  3. the same while the demo ShipStation account hangs (sandbox fault "timeout") and a burst of
     ShipStation orders keeps its dispatches retrying;
  4. ping again. Rounds of 2 and 3 alternate (ROUNDS each); prints the ratio of the medians of 3
     to 2 (1.0: the sick vendor costs the healthy one nothing).

Usage: perf/vendor-isolation.py [base-url] (default http://localhost:9080)
"""
import base64
import json
import statistics
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

from medgrid_api import call, ping_rate, session

ORDERS = 40
SICK_ORDERS = 30
THREADS = 4
PING_SECONDS = 10
ROUNDS = 3

ADMIN = session("admin@medgrid.local", "medgrid-admin")
PARTNER = session("partner1@medgrid.local", "demo-customer")
SHIPSTATION_DEMO = {"Authorization": "Basic " + base64.b64encode(b"demo:demo").decode()}


def stocked(product, warehouse):
    query = urllib.parse.urlencode({"fields": '["item_code"]', "limit_page_length": "1", "filters": json.dumps(
        [["warehouse", "=", warehouse], ["item_code", "like", product + "-%"], ["actual_qty", ">", 1000]])})
    rows = call("GET", "/api/resource/Bin?" + query, headers=ADMIN)[0]["data"]
    if rows:
        return rows[0]["item_code"]
    # plenty of stock for the run: a benchmark measures dispatch, not running out
    item = call("GET", "/api/resource/Bin?" + urllib.parse.urlencode({"fields": '["item_code"]', "limit_page_length": "1",
                "filters": json.dumps([["warehouse", "=", warehouse], ["item_code", "like", product + "-%"]])}), headers=ADMIN)[0]["data"][0]["item_code"]
    call("POST", "/api/method/medgrid.catalog.set_stock", {"item_code": item, "warehouse": warehouse, "qty": 100000}, ADMIN)
    return item


def order(item, warehouse):
    body = {"customer": "Bayside Wellness Clinic", "docstatus": 1, "items": [{"item_code": item, "qty": 1, "warehouse": warehouse}]}
    return call("POST", "/api/resource/Sales%20Order", body, PARTNER)[0]["data"]["name"]


def status(order_name, vendor):
    return call("GET", "/api/resource/Fulfillment%20Dispatch/" + order_name + "-" + vendor, headers=ADMIN)[0]["data"]["status"]


def dispatch_rate(item, warehouse):
    start = time.monotonic()
    with ThreadPoolExecutor(THREADS) as pool:
        names = list(pool.map(lambda _: order(item, warehouse), range(ORDERS)))
    pending = set(names)
    while pending:
        pending = {n for n in pending if status(n, "perfectrx") != "Sent"}
        if time.monotonic() - start > 600:
            raise SystemExit("PerfectRx dispatches not Sent after 600 s: %d left" % len(pending))
        time.sleep(0.05)
    return ORDERS / (time.monotonic() - start)


call("POST", "/api/method/medgrid.sandbox.connect_demo_accounts", {}, ADMIN)
nad = stocked("NAD", "PerfectRx Pharmacy - SM")
vd3 = stocked("VD3", "ShipStation Warehouse - SM")
dispatch_rate(nad, "PerfectRx Pharmacy - SM")  # warm-up
ping_before = ping_rate(ADMIN, THREADS, PING_SECONDS)
alone, beside = [], []
for _ in range(ROUNDS):  # alternated, so that drift on a noisy machine hits both alike
    alone.append(dispatch_rate(nad, "PerfectRx Pharmacy - SM"))
    call("POST", "/api/sandbox/shipstation/_sandbox/faults", {"mode": "timeout", "count": 100000}, SHIPSTATION_DEMO)
    try:
        with ThreadPoolExecutor(THREADS) as pool:
            list(pool.map(lambda _: order(vd3, "ShipStation Warehouse - SM"), range(SICK_ORDERS)))
        beside.append(dispatch_rate(nad, "PerfectRx Pharmacy - SM"))
    finally:
        call("POST", "/api/sandbox/shipstation/_sandbox/faults", {"mode": "timeout", "count": 0}, SHIPSTATION_DEMO)
    time.sleep(10)  # the breaker half-opens and the burst goes out before the next round alone
ping_after = ping_rate(ADMIN, THREADS, PING_SECONDS)

alone_median, beside_median = statistics.median(alone), statistics.median(beside)
print("ping (authenticated): %.0f req/s before, %.0f req/s after" % (ping_before, ping_after))
print("PerfectRx dispatches alone: %s/s, median %.1f/s" % (", ".join("%.1f" % r for r in alone), alone_median))
print("PerfectRx dispatches beside a hanging ShipStation (%d orders retrying): %s/s, median %.1f/s"
      % (SICK_ORDERS, ", ".join("%.1f" % r for r in beside), beside_median))
print("ratio beside / alone (medians): %.2f" % (beside_median / alone_median))
