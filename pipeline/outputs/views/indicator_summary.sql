-- One row per indicator with its project and document: both targets as written and whether the
-- annual one is quantified. No money (a project's amounts would repeat on each of its
-- indicators): join project_summary on project_id for them.
SELECT d.document_id, d.department, d.region, d.fiscal_year,
       p.project_id, p.project_seq, p.project_name, p.funding_unit,
       i.indicator_id, i.indicator_seq, i.level1_code, i.level1_name,
       i.level2_code, i.level2_name, i.indicator_name, i.period_target,
       i.annual_target, i.is_quantified, i.source_file, i.source_line
FROM indicators i
JOIN projects p ON p.project_id = i.project_id
JOIN documents d ON d.document_id = i.document_id
