-- One row per indicator: whether its annual target is quantified, i.e. has a clause that is a
-- number, percentage, amount, date or duration rather than words.
SELECT indicator_id, project_id, document_id, level1_code, level1_name, is_quantified
FROM indicators
