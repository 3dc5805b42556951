-- Items mapped to PharmaOne go to it. Prescription items still go to PerfectRx first (priority 10):
-- PharmaOne takes prescriptions once they come from a prescriber MedGrid knows (MD Integrations).
INSERT INTO fulfillment_routing_rules (name, vendor, priority, requires_prescription, item_field, owner, creation, modified, modified_by)
VALUES ('PharmaOne products', 'pharmaone', 45, NULL, 'pharmaone_product_id', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator');
