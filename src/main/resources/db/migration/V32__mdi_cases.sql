-- MD Integrations: a clinic's patient (the Customer) as an MDI patient, and what a case needs to
-- know about them (ERPNext's Customer has gender and mobile_no; date_of_birth as on its Patient).
ALTER TABLE customers ADD COLUMN mdi_patient_id VARCHAR(140);
ALTER TABLE customers ADD COLUMN date_of_birth DATE;
ALTER TABLE customers ADD COLUMN gender VARCHAR(40);
ALTER TABLE customers ADD COLUMN mobile_no VARCHAR(40);

-- A rule may ask whether the order names a prescriber: 'No' routes prescription lines of orders
-- without one to a clinician's review (MD Integrations), which releases them to the pharmacy with
-- the clinician as prescriber once the case is approved.
ALTER TABLE fulfillment_routing_rules ADD COLUMN has_prescriber VARCHAR(3);

INSERT INTO fulfillment_routing_rules (name, vendor, priority, requires_prescription, has_prescriber, item_field, owner, creation, modified, modified_by)
VALUES ('Prescriptions without a prescriber to an MD Integrations clinician', 'mdi', 5, 'Yes', 'No', 'mdi_offering_id', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Administrator');
