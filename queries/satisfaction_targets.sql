-- How strict are satisfaction (满意度) targets? Annual targets by strictness and level.
SELECT strictness, operator, value, unit, count(*) AS targets
FROM satisfaction_targets
GROUP BY ALL
ORDER BY targets DESC, strictness, value DESC;
