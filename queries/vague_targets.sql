-- Vague targets and the money behind them: annual targets in words only (no number,
-- percentage, amount, date or duration), with their project's total (万元). One join on
-- project_id: indicator_summary has a row per indicator and no money, project_summary a
-- row per project with its amounts.
SELECT i.project_name, p.total_amount, i.indicator_name, i.annual_target,
       i.source_file, i.source_line
FROM indicator_summary i JOIN project_summary p USING (project_id)
WHERE NOT i.is_quantified
ORDER BY p.total_amount DESC, i.project_id, i.indicator_id;
