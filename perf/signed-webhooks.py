#!/usr/bin/env python3
"""Writes signed PerfectRx webhook requests for perf/webhook.lua: one per line,
nonce<TAB>timestamp<TAB>signature<TAB>body, each body unique (run id + sequence) so that every
request is a new event. Signature as the README documents: hex HMAC-SHA256(client_secret,
nonce + timestamp + hex SHA-256(body))."""
import hashlib
import hmac
import sys
import time
import uuid

secret, run_id, count, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
timestamp = str(int(time.time()))
with open(out, "w") as f:
    for n in range(count):
        body = '{"event":"PATIENT_CREATION_SUCCESS","patientId":"P-%s-%d","externalId":"perf-%s-%d"}' % (run_id, n, run_id, n)
        nonce = uuid.uuid4().hex
        digest = hashlib.sha256(body.encode()).hexdigest()
        signature = hmac.new(secret.encode(), (nonce + timestamp + digest).encode(), hashlib.sha256).hexdigest()
        f.write("\t".join((nonce, timestamp, signature, body)) + "\n")
