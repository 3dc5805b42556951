-- When MedGrid may next ask the vendor about an order: as soon as the next round after each question,
-- answered or not (polls take the least recently asked first, so no order keeps the others out of a
-- batch), and a day later when the vendor refused to answer about it (an order of an account since
-- replaced, say), so such orders do not spend the vendor's rate limit every round.
ALTER TABLE vendor_orders ADD COLUMN poll_after TIMESTAMP;
