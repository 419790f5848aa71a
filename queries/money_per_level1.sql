-- What the money buys, by level-1 category: each project's total (万元) is spread evenly
-- over its indicators, then summed per category. An allocation for comparison, not an
-- accounting fact: the tables do not price individual indicators.
WITH per_indicator AS (
    SELECT i.document_id, coalesce(i.level1_name, '(unknown)') AS level1_name,
           p.total_amount / count(*) OVER (PARTITION BY i.project_id) AS amount
    FROM indicators i JOIN projects p USING (project_id)
),
per_level AS (
    SELECT document_id, level1_name, count(*) AS indicators, sum(amount) AS amount
    FROM per_indicator GROUP BY document_id, level1_name
)
SELECT d.department, d.fiscal_year, level1_name, indicators,
       round(amount, 2) AS allocated_amount,
       round(100 * amount / sum(amount) OVER (PARTITION BY document_id), 1) AS percent
FROM per_level JOIN documents d USING (document_id)
ORDER BY d.department, d.fiscal_year, allocated_amount DESC;
