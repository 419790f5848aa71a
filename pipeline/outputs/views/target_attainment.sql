-- One row per indicator of a self-evaluation (自评表): its annual target and its actual, each
-- as written and as its first threshold clause, whether the actual meets the target (met, one
-- definition: see the README, Targets met), and the points the indicator carries and claimed.
-- No money (a project's amounts would repeat on each of its indicators): see
-- attainment_by_document.
-- column target_kind [Target kind | 指标值类型]: Kind of the annual target's first clause (thresholds.kind, scope annual).
-- column target_operator [Target operator | 指标值运算符]: Operator of the annual target's first clause.
-- column target_value [Target value | 指标值数值]: Value of the annual target's first clause, in target_unit.
-- column target_value_max [Target value max | 指标值上限]: Upper bound of the annual target's first clause (between).
-- column target_unit [Target unit | 指标值单位]: Unit of the annual target's first clause as written.
-- column target_clauses [Target clauses | 指标值子句数]: Number of clauses the annual target was read into.
-- column actual_kind [Actual kind | 完成值类型]: Kind of the actual's first clause (thresholds.kind, scope actual).
-- column actual_operator [Actual operator | 完成值运算符]: Operator of the actual's first clause.
-- column actual_number [Actual value | 完成值数值]: Value of the actual's first clause, in actual_unit.
-- column actual_unit [Actual unit | 完成值单位]: Unit of the actual's first clause as written.
-- column actual_clauses [Actual clauses | 完成值子句数]: Number of clauses the actual was read into.
-- column score_share [Score share | 得分率]: score / weight: the share of its points the indicator claimed (null when
--     either is missing or the weight is 0).
WITH first_clause AS (
    SELECT indicator_id, scope, count(*) AS clauses,
           arg_min(kind, clause_seq) AS kind, arg_min(operator, clause_seq) AS operator,
           arg_min(value, clause_seq) AS value, arg_min(value_max, clause_seq) AS value_max,
           arg_min(unit, clause_seq) AS unit
    FROM thresholds WHERE scope IN ('annual', 'actual')
    GROUP BY indicator_id, scope
)
SELECT d.document_id, d.department, d.region, d.fiscal_year,
       p.project_id, p.project_seq, p.project_name,
       i.indicator_id, i.indicator_position, i.level1_code, i.level1_name,
       i.level2_code, i.level2_name, i.indicator_name,
       i.annual_target, t.kind AS target_kind, t.operator AS target_operator,
       t.value AS target_value, t.value_max AS target_value_max, t.unit AS target_unit,
       coalesce(t.clauses, 0) AS target_clauses,
       i.actual_value, a.kind AS actual_kind, a.operator AS actual_operator,
       a.value AS actual_number, a.unit AS actual_unit, coalesce(a.clauses, 0) AS actual_clauses,
       i.met, i.met_reason_code, i.met_reason, i.met_reason_zh, i.weight, i.score,
       round(i.score / nullif(i.weight, 0), 4) AS score_share,
       i.deviation_reason, i.source_file, i.source_line
FROM indicators i
JOIN projects p ON p.project_id = i.project_id
JOIN documents d ON d.document_id = i.document_id
LEFT JOIN first_clause t ON t.indicator_id = i.indicator_id AND t.scope = 'annual'
LEFT JOIN first_clause a ON a.indicator_id = i.indicator_id AND a.scope = 'actual'
WHERE d.document_type = 'self_evaluation'
ORDER BY d.document_id, p.project_seq, i.indicator_position
