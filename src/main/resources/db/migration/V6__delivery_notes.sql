-- Delivery Notes: the shipment record of a submitted Sales Order (lorry receipt number, transporter).
CREATE TABLE delivery_notes (
    name         VARCHAR(140) PRIMARY KEY,
    sales_order  VARCHAR(140) NOT NULL REFERENCES sales_orders (name),
    customer     VARCHAR(140) NOT NULL REFERENCES customers (name),
    posting_date DATE         NOT NULL,
    lr_no        VARCHAR(140),
    transporter  VARCHAR(140),
    owner        VARCHAR(140) NOT NULL,
    creation     TIMESTAMP    NOT NULL,
    modified     TIMESTAMP    NOT NULL,
    modified_by  VARCHAR(140) NOT NULL
);
CREATE INDEX delivery_notes_sales_order ON delivery_notes (sales_order);
