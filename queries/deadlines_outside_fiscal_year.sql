-- Date targets that fall outside the document's fiscal year: deadlines before it begins
-- (often copied from an earlier year's table) or after it ends.
SELECT department, fiscal_year, project_name, indicator_name, scope, text,
       coalesce(date_max, date) AS deadline,
       CASE WHEN coalesce(date_max, date) < make_date(fiscal_year, 1, 1) THEN 'before'
            ELSE 'after' END AS relative_to_fiscal_year,
       source_file, source_line
FROM indicator_targets
WHERE kind = 'date'
  AND coalesce(date_max, date) IS NOT NULL
  AND year(coalesce(date_max, date)) <> fiscal_year
ORDER BY department, deadline, project_name, scope;
