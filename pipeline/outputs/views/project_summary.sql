-- One row per project: amounts, indicator counts by level 1, and the share of indicators whose
-- annual target is quantified.
-- column output_indicators [Output indicators | 产出指标数]: Indicators under 产出指标 (level1_code 1).
-- column outcome_indicators [Outcome indicators | 效益指标数]: Indicators under 效益指标 (level1_code 2).
-- column satisfaction_indicators [Satisfaction indicators | 满意度指标数]: Indicators under 满意度指标
--     (level1_code 3).
-- column cost_indicators [Cost indicators | 成本指标数]: Indicators under the 2021 scheme's 成本指标
--     (level1_code 4).
-- column quantified_annual_indicators [Quantified annual targets | 年度指标值已量化数]: Indicators whose
--     annual target has a clause other than text.
-- column quantified_annual_share [Quantified share | 年度指标值量化比例]: quantified_annual_indicators /
--     indicator_count (null if none).
-- column findings_error [Error findings | 错误数]: Error findings about the project or its
--     indicators.
-- column findings_warning [Warning findings | 警告数]: Warning findings about the project or its
--     indicators.
WITH per_project AS (
    SELECT project_id,
           count(*) FILTER (level1_code = '1') AS output_indicators,
           count(*) FILTER (level1_code = '2') AS outcome_indicators,
           count(*) FILTER (level1_code = '3') AS satisfaction_indicators,
           count(*) FILTER (level1_code = '4') AS cost_indicators,
           count(*) FILTER (is_quantified) AS quantified_annual_indicators
    FROM indicator_quantified GROUP BY project_id
),
finding_counts AS (
    SELECT coalesce(i.project_id, f.entity_id) AS project_id,
           count(*) FILTER (f.severity = 'error') AS findings_error,
           count(*) FILTER (f.severity = 'warning') AS findings_warning
    FROM findings f LEFT JOIN indicators i ON f.entity_id = i.indicator_id
    WHERE f.entity_type IN ('project', 'indicator')
    GROUP BY ALL
)
SELECT d.document_id, d.department, d.fiscal_year, p.project_id, p.project_seq,
       p.project_name, p.funding_unit, p.total_amount, p.fiscal_appropriation,
       p.fiscal_special_account, p.other_funds, p.indicator_count,
       coalesce(s.output_indicators, 0) AS output_indicators,
       coalesce(s.outcome_indicators, 0) AS outcome_indicators,
       coalesce(s.satisfaction_indicators, 0) AS satisfaction_indicators,
       coalesce(s.cost_indicators, 0) AS cost_indicators,
       coalesce(s.quantified_annual_indicators, 0) AS quantified_annual_indicators,
       round(s.quantified_annual_indicators / nullif(p.indicator_count, 0), 4)
           AS quantified_annual_share,
       coalesce(c.findings_error, 0) AS findings_error,
       coalesce(c.findings_warning, 0) AS findings_warning,
       p.source_file, p.source_line
FROM projects p
JOIN documents d USING (document_id)
LEFT JOIN per_project s USING (project_id)
LEFT JOIN finding_counts c USING (project_id)
ORDER BY d.document_id, p.project_seq
