-- Per document and level-1 category: how many indicators there are and what share of their
-- annual targets is quantified (has a number, percentage, amount, date or duration).
-- column indicators [Indicators | 指标数]: Indicators in this document and level-1 category.
-- column quantified [Quantified | 已量化数]: Of those, indicators whose annual target has a non-text
--     clause.
-- column quantified_share [Quantified share | 量化比例]: quantified / indicators.
SELECT q.document_id, d.department, d.fiscal_year, q.level1_code, q.level1_name,
       count(*) AS indicators,
       count(*) FILTER (q.is_quantified) AS quantified,
       round(count(*) FILTER (q.is_quantified) / count(*), 4) AS quantified_share
FROM indicator_quantified q
JOIN documents d USING (document_id)
GROUP BY ALL
ORDER BY q.document_id, q.level1_code NULLS LAST
