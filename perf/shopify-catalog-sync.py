#!/usr/bin/env python3
"""Exoceuticals catalog sync against Shopify's cost-based limit (issue: Shopify).

Against a running development build (`./mvnw liberty:run`), whose sandbox plays the Exoceuticals
Shopify store:
  1. ping rate (the trivial endpoint this run's figures are relative to), THREADS threads;
  2. the demo shop's cost bucket set to BUCKET points restored at RESTORE a second (Shopify's
     standard plan), and its catalog grown to VARIANTS product variants;
  3. one medgrid.exoceuticals.sync_catalog, timed: it pages through every variant (250 a page) and
     maps them onto Items by SKU, each call paced by the bucket as the answers report it.
Prints the GraphQL cost spent per second, as a ratio to the restore rate (the most Shopify allows
once the starting bucket is spent; target >= 0.9), the THROTTLED answers (target 0), and the sync's
variants per second as a ratio to ping/s.

Usage: perf/shopify-catalog-sync.py [base-url] (default http://localhost:9080)
"""
import time

from medgrid_api import call, ping_rate, session

SHOP = "exoceuticals-demo.myshopify.com"
CONTROL = "/api/sandbox/shopify/" + SHOP + "/_sandbox/"
VARIANTS = 10_000
PAGE = 250
BUCKET = 1000
RESTORE = 50
THREADS = 4
PING_SECONDS = 10

ADMIN = session("admin@medgrid.local", "medgrid-admin")


def shop_calls():
    answer, _ = call("GET", CONTROL + "calls")
    return answer["operations"]["MedgridVariants"], answer["throttled"]


ping_before = ping_rate(ADMIN, THREADS, PING_SECONDS)
call("POST", CONTROL + "bucket", {"size": BUCKET, "restore_rate": RESTORE})
total = call("POST", CONTROL + "catalog", {"variants": 1, "sku_prefix": "PERF-"})[0]["variants"]
if total < VARIANTS:
    total = call("POST", CONTROL + "catalog", {"variants": VARIANTS - total, "sku_prefix": "PERF-"})[0]["variants"]
pages_before, throttled_before = shop_calls()
time.sleep(BUCKET / RESTORE)  # a full bucket to start with, as a shop that was idle has

start = time.monotonic()
result, _ = call("POST", "/api/method/medgrid.exoceuticals.sync_catalog", {}, ADMIN, timeout=1800)
elapsed = time.monotonic() - start
pages_after, throttled_after = shop_calls()
ping_after = ping_rate(ADMIN, THREADS, PING_SECONDS)

pages = pages_after - pages_before
cost = pages * 2 + total  # a page costs 2 + its variants (what the simulator charges, as Shopify does)
sustained = (cost - BUCKET) / elapsed  # the starting bucket is spent at once; the rest comes at the restore rate
ping = (ping_before + ping_after) / 2
print(f"variants {total}, pages {pages}, sync {elapsed:.1f} s ({total / elapsed:.0f} variants/s), "
      f"matched {result['message']['matched']}, unmatched {result['message']['unmatched_count']}")
print(f"cost {cost} points: {cost / elapsed:.1f} points/s overall, {sustained:.1f} points/s beyond the starting bucket "
      f"= {sustained / RESTORE:.2f} of the restore rate {RESTORE}/s (target >= 0.9)")
print(f"THROTTLED answers: {throttled_after - throttled_before} (target 0)")
print(f"ping {ping_before:.0f} -> {ping_after:.0f} req/s; variants/s as a ratio to ping/s: {total / elapsed / ping:.3f}")
