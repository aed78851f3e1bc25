-- Facts found by their attribute: a denied loss of a kind asks for every loss's holder
-- (link/update.subjects_held_by), which must cost the holder facts, not every fact stored.
CREATE INDEX subject_facts_attribute ON subject_facts(attribute, value, subject);
