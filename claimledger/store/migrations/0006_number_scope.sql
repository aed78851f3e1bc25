-- What a number counts and when: numbers are compared only with numbers of the same counted
-- noun or unit, bound, scope (a total against a single batch is no conflict) and event context.
ALTER TABLE subject_facts ADD COLUMN qualifier TEXT;   -- over | up to | about | range | NULL
ALTER TABLE subject_facts ADD COLUMN scope TEXT;       -- total | increment | NULL
ALTER TABLE subject_facts ADD COLUMN status TEXT;      -- status of the subject's event in the sentence
ALTER TABLE subject_facts ADD COLUMN date TEXT;        -- that event's TIMEX3 value
