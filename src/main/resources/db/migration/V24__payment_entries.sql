-- Payments against submitted Sales Orders (ERPNext's Payment Entry): a Receive records money in,
-- a Refund money back. The order keeps the net amount received (advance_paid, as ERPNext names it),
-- the percentage of its grand total that covers (per_billed) and its billing_status:
-- Unpaid / Partly Paid / Paid.
ALTER TABLE sales_orders ADD COLUMN advance_paid NUMERIC(18, 6) NOT NULL DEFAULT 0;
ALTER TABLE sales_orders ADD COLUMN per_billed NUMERIC(18, 6) NOT NULL DEFAULT 0;
ALTER TABLE sales_orders ADD COLUMN billing_status VARCHAR(20) NOT NULL DEFAULT 'Unpaid';

CREATE TABLE payment_entries (
    name            VARCHAR(140)   PRIMARY KEY,
    payment_type    VARCHAR(20)    NOT NULL,
    party_type      VARCHAR(40)    NOT NULL,
    party           VARCHAR(140)   NOT NULL REFERENCES customers (name),
    sales_order     VARCHAR(140)   NOT NULL REFERENCES sales_orders (name),
    posting_date    DATE           NOT NULL,
    paid_amount     NUMERIC(18, 6) NOT NULL,
    currency        VARCHAR(3)     NOT NULL,
    mode_of_payment VARCHAR(140),
    reference_no    VARCHAR(140),
    reference_date  DATE,
    remarks         VARCHAR(1000),
    docstatus       INTEGER        NOT NULL DEFAULT 1,
    owner           VARCHAR(140)   NOT NULL,
    creation        TIMESTAMP      NOT NULL,
    modified        TIMESTAMP      NOT NULL,
    modified_by     VARCHAR(140)   NOT NULL
);
CREATE INDEX payment_entries_sales_order ON payment_entries (sales_order);
CREATE INDEX payment_entries_party ON payment_entries (party);
