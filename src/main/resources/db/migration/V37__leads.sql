-- Leads (ERPNext's Lead): people who wrote through the public contact form, for sales managers.
CREATE TABLE leads (
    name         VARCHAR(140)  PRIMARY KEY,
    lead_name    VARCHAR(140)  NOT NULL,
    email_id     VARCHAR(140)  NOT NULL,
    company_name VARCHAR(140),
    phone        VARCHAR(40),
    message      VARCHAR(5000) NOT NULL,
    status       VARCHAR(40)   NOT NULL,
    source       VARCHAR(140),
    owner        VARCHAR(140)  NOT NULL,
    creation     TIMESTAMP     NOT NULL,
    modified     TIMESTAMP     NOT NULL,
    modified_by  VARCHAR(140)  NOT NULL
);
CREATE INDEX leads_email ON leads (email_id, creation);
