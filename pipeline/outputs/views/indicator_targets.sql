-- One row per threshold clause joined with its indicator, project and document: the table most
-- analyses start from. No money (a project's amounts would repeat on each of its clauses): join
-- project_summary on project_id for them.
SELECT d.document_id, d.department, d.region, d.fiscal_year,
       p.project_id, p.project_name, p.funding_unit,
       i.indicator_id, i.indicator_seq, i.level1_code, i.level1_name,
       i.level2_code, i.level2_name, i.indicator_name,
       t.scope, t.clause_seq, t.text, t.kind, t.operator, t.value, t.value_max,
       t.unit, t.base_value, t.base_value_max, t.base_unit, t.date, t.date_max,
       t.context, t.operator_inferred, t.unit_inferred, t.source_file, t.source_line
FROM thresholds t
JOIN indicators i USING (indicator_id)
JOIN projects p ON p.project_id = t.project_id
JOIN documents d ON d.document_id = t.document_id
