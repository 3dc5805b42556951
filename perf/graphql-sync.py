"""A full catalog sync by cursor pages through GraphQL against the same rows through /api/resource
paging (limit_start), on the benchmark catalog (perf/generate-catalog.sql: 100k items). Reports rows
per second of each, and the time per page as the sync advances: early, middle and late pages, which
must stay flat for cursor pages (an index seek) and grow for offset pages (rows skipped each time).
   python3 perf/graphql-sync.py BASE "token KEY:SECRET" [page-size]
"""
import json
import statistics
import sys
import time
import urllib.parse

import medgrid_api as api

AUTH = {"Authorization": sys.argv[2]}
PAGE = int(sys.argv[3]) if len(sys.argv) > 3 else 500
FIELDS = "itemCode itemName stockUom modified"


def graphql(query):
    body, _ = api.call("POST", "/graphql", {"query": query}, AUTH)
    if body.get("errors"):
        raise SystemExit(json.dumps(body["errors"]))
    return body["data"]


def graphql_sync(extra=""):
    after, times, rows = None, [], 0
    while True:
        started = time.monotonic()
        cursor = "" if after is None else f', after: "{after}"'
        page = graphql(f"{{ items(first: {PAGE}{cursor}) {{ nodes {{ {FIELDS} {extra} }} pageInfo {{ hasNextPage endCursor }} }} }}")["items"]
        times.append(time.monotonic() - started)
        rows += len(page["nodes"])
        if not page["pageInfo"]["hasNextPage"]:
            return rows, times
        after = page["pageInfo"]["endCursor"]


def rest_sync():
    start, times, rows = 0, [], 0
    fields = json.dumps(["name", "item_name", "stock_uom", "modified"])
    while True:
        started = time.monotonic()
        query = urllib.parse.urlencode({"fields": fields, "order_by": "name asc", "limit_start": start, "limit_page_length": PAGE})
        body, _ = api.call("GET", "/api/resource/Item?" + query, headers=AUTH)
        times.append(time.monotonic() - started)
        rows += len(body["data"])
        if len(body["data"]) < PAGE:
            return rows, times
        start += PAGE


def report(name, rows, times):
    tenth = max(1, len(times) // 10)
    early, middle, late = (statistics.mean(times[i:i + tenth]) * 1000 for i in (0, len(times) // 2, len(times) - tenth))
    total = sum(times)
    print(f"| {name} | {rows} | {len(times)} | {rows / total:.0f} | {early:.0f} | {middle:.0f} | {late:.0f} | {late / early:.2f} |")


ping = api.ping_rate(AUTH, 2, 10)
graphql_sync()  # warm-up: the JIT on 2 cores
print(f"ping (2 threads): {ping:.0f} req/s; page size {PAGE}")
print("| sync | rows | pages | rows/s | ms/page early | middle | late | late/early |")
print("|---|---|---|---|---|---|---|---|")
report("GraphQL items (cursor)", *graphql_sync())
report("REST /api/resource/Item (limit_start)", *rest_sync())
report("GraphQL items + stock + rate (cursor)", *graphql_sync('stock { warehouse availableQty } rate(priceList: "Perf Selling")'))
