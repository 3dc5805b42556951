-- The vendor status poll now holds one lease per vendor ('vendor status poll: <vendor>'), each made
-- the first time a member asks for it; the single lease of all vendors is gone.
DELETE FROM job_leases WHERE name = 'vendor status poll';
