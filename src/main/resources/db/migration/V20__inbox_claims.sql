-- A webhook is processed outside any transaction (its handler may call the vendor), so the row lock
-- that used to keep two members from processing one message is replaced by a claim with a lease:
-- a member that dies mid-way leaves a claim that runs out, and the sweep processes the message again.
ALTER TABLE webhook_inbox ADD COLUMN claimed_until TIMESTAMP;
