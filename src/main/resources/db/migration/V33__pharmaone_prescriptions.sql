-- Prescription items mapped to PharmaOne go to it, ahead of PerfectRx's e-script rule (priority 10):
-- the connector writes each line's prescription at PharmaOne (POST /prescriptions) with the order's
-- prescriber before the order. Orders without a prescriber are refused at submit or reviewed by an
-- MD Integrations clinician first (priority 5), who then is the prescriber; has_prescriber stays NULL.
INSERT INTO fulfillment_routing_rules (name, vendor, priority, requires_prescription, item_field, owner, creation, modified, modified_by)
VALUES ('PharmaOne prescription items', 'pharmaone', 8, 'Yes', 'pharmaone_product_id', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator');
