-- One row per department and fiscal year with self-evaluations (自评表): attainment_by_document
-- added up over its self-evaluations.
-- column self_evaluations [Self-evaluations | 自评表数]: Self-evaluations of the department that year.
-- column indicators [Indicators | 指标数]: Indicators of those self-evaluations.
-- column targets_comparable [Comparable targets | 可比指标数]: Indicators whose actual and target compare (met not null).
-- column targets_met [Targets met | 达成指标数]: Indicators whose actual meets the target (met true).
-- column targets_missed [Targets missed | 未达成指标数]: Indicators whose actual misses the target (met false).
-- column met_share [Share met | 达成率]: targets_met / targets_comparable (null when none compare).
-- column points_available [Points available | 总分值]: Sum of the indicators' weights (分值/权重).
-- column points_claimed [Points claimed | 自评得分]: Sum of the indicators' scores (得分).
-- column points_claimed_comparable [Points claimed, comparable | 可比指标自评得分]: Sum of the scores of the indicators whose met is not null.
-- column points_earned [Points earned by met | 按达成应得分]: Sum of the weights of the indicators whose target was met.
-- column budget_adjusted [Adjusted budget | 全年预算数]: Sum of the projects' 全年预算数 / 调整后预算数 (万元).
-- column budget_executed [Executed | 全年执行数]: Sum of the projects' 全年执行数 (万元).
-- column execution_rate [Execution rate, computed | 执行率（计算）]: 100 × budget_executed / budget_adjusted, from the amounts; null when
--     budget_adjusted is 0 or missing.
SELECT department, fiscal_year, count(*) AS self_evaluations,
       sum(indicators) AS indicators,
       sum(targets_comparable) AS targets_comparable,
       sum(targets_met) AS targets_met,
       sum(targets_missed) AS targets_missed,
       round(sum(targets_met) / nullif(sum(targets_comparable), 0), 4) AS met_share,
       sum(points_available) AS points_available,
       sum(points_claimed) AS points_claimed,
       sum(points_claimed_comparable) AS points_claimed_comparable,
       sum(points_earned) AS points_earned,
       CAST(sum(budget_adjusted) AS DECIMAL(18, 6)) AS budget_adjusted,
       CAST(sum(budget_executed) AS DECIMAL(18, 6)) AS budget_executed,
       round(100 * sum(budget_executed) / nullif(sum(budget_adjusted), 0), 2) AS execution_rate
FROM attainment_by_document
GROUP BY department, fiscal_year
ORDER BY department NULLS LAST, fiscal_year
