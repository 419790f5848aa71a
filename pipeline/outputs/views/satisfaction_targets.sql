-- Annual targets of 满意度 indicators with their strictness: the percentage floor they set, and
-- whether it is written as a floor (>=, >) or a bare value.
-- column strictness [Strictness | 严格程度]: `floor` for >= / >, `exact` for =, `range` for between,
--     `ceiling` for <= / <, `approximate` for ≈, `not_percent` or `text` otherwise.
SELECT document_id, department, fiscal_year, project_id, project_name, indicator_id,
       indicator_name, text, operator, value, unit,
       CASE
           WHEN kind = 'text' THEN 'text'
           WHEN kind <> 'percent' THEN 'not_percent'
           WHEN operator IN ('>=', '>') THEN 'floor'
           WHEN operator = '=' THEN 'exact'
           WHEN operator = 'between' THEN 'range'
           WHEN operator IN ('<=', '<') THEN 'ceiling'
           ELSE 'approximate'
       END AS strictness,
       source_file, source_line
FROM indicator_targets
WHERE scope = 'annual' AND (level1_code = '3' OR level2_code = '31')
ORDER BY document_id, project_id, indicator_id, clause_seq
