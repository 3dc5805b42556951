-- Vendor Profiles: the marketplace sellers. An item's default_supplier names one; the profile's
-- vendor_user is the vendor account that sees the orders for those items (only while Approved).
CREATE TABLE vendor_profiles (
    name         VARCHAR(140) PRIMARY KEY,
    vendor_name  VARCHAR(140) NOT NULL,
    vendor_user  VARCHAR(140) REFERENCES users (name),
    email        VARCHAR(140),
    country      VARCHAR(140),
    profile_url  VARCHAR(140) UNIQUE,
    status       VARCHAR(20)  NOT NULL,
    owner        VARCHAR(140) NOT NULL,
    creation     TIMESTAMP    NOT NULL,
    modified     TIMESTAMP    NOT NULL,
    modified_by  VARCHAR(140) NOT NULL
);
CREATE INDEX vendor_profiles_user ON vendor_profiles (vendor_user);

-- A vendor's order list looks lines up by vendor.
CREATE INDEX sales_order_items_vendor ON sales_order_items (vendor);
