-- Which rules do the tables break, and how often? Per document, severity and rule.
SELECT d.department, d.fiscal_year, f.severity, f.rule, count(*) AS findings,
       arg_min(f.source_file || ':' || f.source_line, f.source_line) AS first_at
FROM findings f JOIN documents d USING (document_id)
GROUP BY d.department, d.fiscal_year, f.severity, f.rule
ORDER BY d.department, d.fiscal_year, array_position(['error', 'warning', 'info'], f.severity),
         findings DESC, f.rule;
