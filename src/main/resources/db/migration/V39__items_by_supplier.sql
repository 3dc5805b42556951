-- A vendor's items (its dashboard's low-stock list) are found by their default_supplier, the Vendor Profile.
CREATE INDEX items_default_supplier ON items (default_supplier);
