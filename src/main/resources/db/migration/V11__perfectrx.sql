-- PerfectRx: the pharmacy's order reference and the prescriber of e-scripts on the order, the
-- patient record on the customer, and the nonces of signed webhooks (a replayed nonce is refused).
ALTER TABLE sales_orders ADD COLUMN perfectrx_reference_id VARCHAR(140);
ALTER TABLE sales_orders ADD COLUMN prescriber_npi VARCHAR(10);
ALTER TABLE customers ADD COLUMN perfectrx_patient_id VARCHAR(140);
ALTER TABLE customers ADD COLUMN perfectrx_patient_status VARCHAR(40);

CREATE TABLE webhook_nonces (
    source  VARCHAR(40)  NOT NULL,
    nonce   VARCHAR(140) NOT NULL,
    seen_at TIMESTAMP    NOT NULL,
    PRIMARY KEY (source, nonce)
);
CREATE INDEX webhook_nonces_seen ON webhook_nonces (seen_at);
