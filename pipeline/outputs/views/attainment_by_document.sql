-- One row per self-evaluation (自评表): how many of its targets were met, the points it
-- claimed against those its met targets support, and its budget execution.
-- column indicators [Indicators | 指标数]: Indicators of the self-evaluation.
-- column targets_comparable [Comparable targets | 可比指标数]: Indicators whose actual and target compare (met not null).
-- column targets_met [Targets met | 达成指标数]: Indicators whose actual meets the target (met true).
-- column targets_missed [Targets missed | 未达成指标数]: Indicators whose actual misses the target (met false).
-- column met_share [Share met | 达成率]: targets_met / targets_comparable (null when none compare).
-- column points_available [Points available | 总分值]: Sum of the indicators' weights (分值/权重).
-- column points_claimed [Points claimed | 自评得分]: Sum of the indicators' scores (得分): the points the department gave
--     itself.
-- column points_claimed_comparable [Points claimed, comparable | 可比指标自评得分]: Sum of the scores of the indicators whose met is not null:
--     the claims met can judge.
-- column points_earned [Points earned by met | 按达成应得分]: Sum of the weights of the indicators whose target was met: the points
--     met supports.
-- column budget_adjusted [Adjusted budget | 全年预算数]: Sum of the projects' 全年预算数 / 调整后预算数 (万元).
-- column budget_executed [Executed | 全年执行数]: Sum of the projects' 全年执行数 (万元).
-- column execution_rate [Execution rate, computed | 执行率（计算）]: 100 × budget_executed / budget_adjusted, computed from the amounts
--     (the rate a project prints is projects.execution_rate; execution_rate_mismatch says
--     where it is wrong); null when budget_adjusted is 0 or missing.
WITH per_indicator AS (
    SELECT document_id, count(*) AS indicators,
           count(met) AS targets_comparable,
           count(*) FILTER (met) AS targets_met,
           count(*) FILTER (NOT met) AS targets_missed,
           sum(weight) AS points_available,
           sum(score) AS points_claimed,
           sum(score) FILTER (met IS NOT NULL) AS points_claimed_comparable,
           coalesce(sum(weight) FILTER (met), 0) AS points_earned
    FROM indicators GROUP BY document_id
),
per_project AS (
    SELECT document_id, CAST(sum(budget_adjusted) AS DECIMAL(18, 6)) AS budget_adjusted,
           CAST(sum(budget_executed) AS DECIMAL(18, 6)) AS budget_executed
    FROM projects GROUP BY document_id
)
SELECT d.document_id, d.department, d.region, d.fiscal_year, d.source_file,
       coalesce(i.indicators, 0) AS indicators,
       coalesce(i.targets_comparable, 0) AS targets_comparable,
       coalesce(i.targets_met, 0) AS targets_met,
       coalesce(i.targets_missed, 0) AS targets_missed,
       round(i.targets_met / nullif(i.targets_comparable, 0), 4) AS met_share,
       i.points_available, i.points_claimed, i.points_claimed_comparable,
       coalesce(i.points_earned, 0) AS points_earned,
       m.budget_adjusted, m.budget_executed,
       round(100 * m.budget_executed / nullif(m.budget_adjusted, 0), 2) AS execution_rate
FROM documents d
LEFT JOIN per_indicator i USING (document_id)
LEFT JOIN per_project m USING (document_id)
WHERE d.document_type = 'self_evaluation'
ORDER BY d.document_id
