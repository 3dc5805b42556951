-- The outbox sweeps ask "which unsent entries are due, oldest first" several times a second under load.
-- Over the (status, next_attempt_at) indexes PostgreSQL answered with a bitmap scan of every status
-- asked for, which visits each dead version of a just-sent row until autovacuum comes (a bitmap scan
-- cannot mark index entries dead): at 200 orders/s that made the dispatch sweep the costliest statement
-- of all (1.2 ms, a third of the database's CPU). Over these partial indexes the sweep is one ordered
-- index scan that stops at its LIMIT and marks the dead entries it meets, so the next sweep skips them.
-- The predicates repeat the sweeps' own (DispatchClaims.DUE, WebhookLedger.DUE) so the planner uses them.
CREATE INDEX fulfillment_dispatches_unsent_due ON fulfillment_dispatches (next_attempt_at)
    WHERE status IN ('Queued', 'Sending', 'Waiting');
CREATE INDEX webhook_deliveries_unsent_due ON webhook_deliveries (next_attempt_at)
    WHERE status IN ('Pending', 'Sending');
