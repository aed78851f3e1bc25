-- The donor of a delivery (the supplier country a text names: "France provided", "Patriots
-- from Germany"), so that deliveries by different donors are not compared as one event.
ALTER TABLE status_claims ADD COLUMN donor TEXT;
ALTER TABLE subject_facts ADD COLUMN donor TEXT;
