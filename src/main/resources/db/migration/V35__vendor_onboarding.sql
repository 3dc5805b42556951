-- Vendor onboarding: an admin's decision on a Vendor Profile (approval, rejection, suspension,
-- reinstatement) is kept on it, with who decided and when; the Audit Log keeps every act.
ALTER TABLE vendor_profiles ADD COLUMN review_note VARCHAR(1000);
ALTER TABLE vendor_profiles ADD COLUMN reviewed_by VARCHAR(140);
ALTER TABLE vendor_profiles ADD COLUMN reviewed_at TIMESTAMP;

-- A vendor registered without a password sets its first one with an invitation: single use,
-- expiring, and stored only as the token's SHA-256 (hex).
CREATE TABLE vendor_invitations (
    token_hash   VARCHAR(64)  PRIMARY KEY,
    vendor_user  VARCHAR(140) NOT NULL REFERENCES users (name),
    creation     TIMESTAMP    NOT NULL,
    expires_at   TIMESTAMP    NOT NULL,
    used_at      TIMESTAMP
);
CREATE INDEX vendor_invitations_expires ON vendor_invitations (expires_at);
