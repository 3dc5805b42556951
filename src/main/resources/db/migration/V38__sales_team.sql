-- Invitations to set a first password serve every invited user (vendors, sub-reps): one table.
ALTER TABLE vendor_invitations RENAME TO user_invitations;
ALTER TABLE user_invitations RENAME COLUMN vendor_user TO invited_user;
ALTER INDEX vendor_invitations_expires RENAME TO user_invitations_expires;

-- The sales team (ERPNext's Sales Person): a tree of reps, each signing in as a user, with the rate
-- of commission on what they sell. A sub-rep's rate is the slice of its parent's rate it was given,
-- so a rep never has more than its parent (checked by the application).
CREATE TABLE sales_persons (
    name                 VARCHAR(140)  PRIMARY KEY,
    sales_person_name    VARCHAR(140)  NOT NULL,
    parent_sales_person  VARCHAR(140)  REFERENCES sales_persons (name),
    user_id              VARCHAR(140)  UNIQUE REFERENCES users (name),
    commission_rate      NUMERIC(5, 2) NOT NULL,
    enabled              BOOLEAN       NOT NULL,
    owner                VARCHAR(140)  NOT NULL,
    creation             TIMESTAMP     NOT NULL,
    modified             TIMESTAMP     NOT NULL,
    modified_by          VARCHAR(140)  NOT NULL
);
CREATE INDEX sales_persons_parent ON sales_persons (parent_sales_person);

-- Which rep a submitted order is credited to: the customer's assigned rep when it was submitted, so
-- that reassigning a customer later does not move past sales. Cancelling the order reverses the
-- credit; payments received on it are kept as paid_amount (never more than the order's total).
CREATE TABLE sales_credits (
    sales_order       VARCHAR(140)   PRIMARY KEY REFERENCES sales_orders (name),
    sales_person      VARCHAR(140)   NOT NULL REFERENCES sales_persons (name),
    customer          VARCHAR(140)   NOT NULL,
    amount            NUMERIC(18, 6) NOT NULL,
    paid_amount       NUMERIC(18, 6) NOT NULL DEFAULT 0,
    transaction_date  DATE           NOT NULL,
    reversed_at       TIMESTAMP
);
CREATE INDEX sales_credits_person_date ON sales_credits (sales_person, transaction_date);

-- Incentive rules as data: commission tiers by monthly sales (a bonus rate on the rep's own sales
-- that month), levels by lifetime sales, badges for any metric. A rule is met when the rep's metric
-- is at least its threshold.
CREATE TABLE sales_milestones (
    name         VARCHAR(140)   PRIMARY KEY,
    kind         VARCHAR(10)    NOT NULL,
    metric       VARCHAR(40)    NOT NULL,
    threshold    NUMERIC(18, 2) NOT NULL,
    bonus_rate   NUMERIC(5, 2)  NOT NULL DEFAULT 0,
    description  VARCHAR(500),
    owner        VARCHAR(140)   NOT NULL,
    creation     TIMESTAMP      NOT NULL,
    modified     TIMESTAMP      NOT NULL,
    modified_by  VARCHAR(140)   NOT NULL
);

INSERT INTO sales_milestones (name, kind, metric, threshold, bonus_rate, description, owner, creation, modified, modified_by) VALUES
    ('Bronze', 'Tier', 'mtd_sales', 0, 0, 'Every rep starts the month here.', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator'),
    ('Silver', 'Tier', 'mtd_sales', 10000, 1, '+1 point of commission on the month''s own sales from $10,000.', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator'),
    ('Gold', 'Tier', 'mtd_sales', 25000, 2, '+2 points from $25,000 in the month.', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator'),
    ('Platinum', 'Tier', 'mtd_sales', 50000, 3, '+3 points from $50,000 in the month.', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator'),
    ('Level 1', 'Level', 'lifetime_sales', 0, 0, 'New rep.', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator'),
    ('Level 2', 'Level', 'lifetime_sales', 25000, 0, '$25,000 sold in all.', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator'),
    ('Level 3', 'Level', 'lifetime_sales', 100000, 0, '$100,000 sold in all.', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator'),
    ('Level 4', 'Level', 'lifetime_sales', 250000, 0, '$250,000 sold in all.', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator'),
    ('Level 5', 'Level', 'lifetime_sales', 1000000, 0, '$1,000,000 sold in all.', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator'),
    ('First Sale', 'Badge', 'order_count', 1, 0, 'A first submitted order.', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator'),
    ('Week Streak', 'Badge', 'streak_days', 7, 0, 'Orders on seven days in a row.', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator'),
    ('Ten Accounts', 'Badge', 'customer_count', 10, 0, 'Ten customers assigned.', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator'),
    ('Five-Figure Month', 'Badge', 'mtd_sales', 10000, 0, '$10,000 sold this month.', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator'),
    ('Century Club', 'Badge', 'order_count', 100, 0, 'A hundred orders.', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator');
