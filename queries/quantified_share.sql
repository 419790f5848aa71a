-- Share of indicators whose annual target is quantified (a number, percentage, amount,
-- date or duration rather than words), per document and level-1 category.
SELECT department, fiscal_year, level1_name, indicators, quantified, quantified_share
FROM quantified_share_by_level
ORDER BY department, fiscal_year, level1_code;
