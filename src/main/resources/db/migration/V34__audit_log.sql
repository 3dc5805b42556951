-- Who did what to which document, and when: approvals, rejections, stock changes, role and key
-- changes, integration connects and disconnects, refunds. Written in the transaction of the act.
CREATE TABLE audit_log (
    name        VARCHAR(140)   PRIMARY KEY,
    action      VARCHAR(140)   NOT NULL,
    ref_doctype VARCHAR(140)   NOT NULL,
    docname     VARCHAR(140)   NOT NULL,
    details     VARCHAR(2000),
    owner       VARCHAR(140)   NOT NULL,
    creation    TIMESTAMP      NOT NULL,
    modified    TIMESTAMP      NOT NULL,
    modified_by VARCHAR(140)   NOT NULL
);
CREATE INDEX audit_log_document ON audit_log (ref_doctype, docname, creation);
CREATE INDEX audit_log_creation ON audit_log (creation);
