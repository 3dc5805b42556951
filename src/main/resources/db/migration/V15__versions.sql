-- Frappe's Version documents: who changed what on a document, with the old and new values
-- (data holds Frappe's JSON: {"changed": [[field, old, new]], "row_changed": [[table, idx, row, [[field, old, new]]]]}).
CREATE TABLE versions (
    name        VARCHAR(140)   PRIMARY KEY,
    ref_doctype VARCHAR(140)   NOT NULL,
    docname     VARCHAR(140)   NOT NULL,
    data        VARCHAR(20000) NOT NULL,
    owner       VARCHAR(140)   NOT NULL,
    creation    TIMESTAMP      NOT NULL,
    modified    TIMESTAMP      NOT NULL,
    modified_by VARCHAR(140)   NOT NULL
);
CREATE INDEX versions_document ON versions (ref_doctype, docname, creation);
