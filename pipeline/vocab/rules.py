"""Validate stage, vocabulary: every findings rule with its severity and when it fires.

The data contract's rules and the ones this project adds. The severity of a finding is
looked up here, never written at the call site; the README's findings table is generated
from this table.
"""

# rule -> (severity, when it fires)
RULES: dict[str, tuple[str, str]] = {
    "file_unreadable": (
        "error",
        "a raw file cannot be decoded or has no recognisable table (or the pipeline failed on it)",
    ),
    "layout_unsupported": (
        "error",
        "a file whose tables have indicator columns (一级指标, 二级指标, 三级指标, 指标值 …) "
        "that no layout reader could read: the file is not built",
    ),
    "layout_unrecognised": (
        "error",
        "a table, among others that were read, whose labels match no layout; the labels seen "
        "are in the message",
    ),
    "label_unknown": (
        "info",
        "a label in a form's header block that the pipeline does not know; its value is kept "
        "in projects.extra_columns",
    ),
    "row_unparsed": ("error", "a table row that cannot be read; its raw text is in evidence"),
    "row_truncated": ("error", "a project row cut off before its 绩效指标 cell"),
    "amount_unparsed": ("error", "an amount cell that is not a number"),
    "currency_unit_unknown": (
        "error",
        "a printed money unit that cannot be converted to 万元 (美元…, or two units that disagree); "
        "amounts kept as printed only",
    ),
    "indicator_unparsed": ("error", "text in a 绩效指标 cell that does not read as an indicator"),
    "indicators_none": (
        "error",
        "a table with a 绩效指标 column from which not one indicator was read, though it has "
        "projects",
    ),
    "amount_row_mismatch": (
        "error",
        "total ≠ 财政拨款 + 财政专户拨款 + 其他资金 (a printed total: a form's total made of its "
        "parts is not checked); a self-evaluation's 年度资金总额 ≠ the sum of its fund-source rows, "
        "measure by measure (年初预算数, 全年预算数, 全年执行数)",
    ),
    "score_exceeds_weight": (
        "error",
        "a self-evaluation's score (得分) above the points its indicator or money block carries "
        "(分值/权重)",
    ),
    "execution_rate_mismatch": (
        "error",
        "a self-evaluation's printed 执行率 differs from 100 × 全年执行数 / 全年预算数 by one unit of "
        "its last printed digit or more (not judged when the rate is empty or the budget 0)",
    ),
    "subtotal_mismatch": ("error", "a subtotal row ≠ the sum of the rows it covers"),
    "duplicate_document": (
        "warning",
        "a raw file with the same bytes as another: the same table twice",
    ),
    "bytes_damaged": (
        "warning",
        "a line with bytes that are not text in the file's encoding, read as �",
    ),
    "line_unrecognised": ("warning", "a line that is neither a row, title, header nor page number"),
    "indicator_column_missing": (
        "warning",
        "a table with projects but no 绩效指标 column (a budget table, not a target table?)",
    ),
    "indicator_numbering_gap": ("warning", "indicator numbers not 1..n"),
    "category_unknown": ("warning", "a level name or code outside the taxonomy"),
    "category_code_mismatch": ("warning", "a level-2 code not under its level-1 code"),
    "period_amount_below_annual": (
        "warning",
        "a form whose 中期资金总额 (the whole period) is below its 年度资金总额 (one year)",
    ),
    "weights_total_mismatch": (
        "warning",
        "a level's indicator weights (权重, 分值) that do not add up to the points its level cell "
        "or block label prints (产出指标(50分), 绩效指标(90分)), or a project's (with its money "
        "block's 分值) that do not add up to the printed 合计/总分, else to 100 (a target table's "
        "to 100 or 90, without the 预算执行率's 10); in a table that may be cut short (no 合计, "
        "总分 or sign-off row after it), its last block and its totals only when they exceed",
    ),
    "target_missed_full_score": (
        "warning",
        "a self-evaluation's indicator whose actual misses its target (met false) but that "
        "scored its full weight (得分 = 分值)",
    ),
    "target_changed_after_publication": (
        "warning",
        "a self-evaluation's 年度指标值 that sets something other than the target published for "
        "the same indicator in the target table it answers (see project_links)",
    ),
    "target_repeats_indicator_name": ("warning", "a target value that only repeats the name"),
    "target_unparsed": ("warning", "a value with digits that gave no numeric clause"),
    "actual_unparsed": (
        "warning",
        "a self-evaluation's actual (实际完成值) with digits that gave no numeric clause",
    ),
    "deadline_before_fiscal_year": ("warning", "a date target before the fiscal year begins"),
    "satisfaction_not_percent": ("warning", "a 满意度 indicator whose target is not a percentage"),
    "currency_unit_missing": ("info", "a table that prints no money unit; amounts read as 万元"),
    "column_unknown": ("info", "a header column the pipeline does not know; kept, not dropped"),
    "table_note": (
        "info",
        "a note or sign-off line by the table (注：…, 制表人…), kept as evidence",
    ),
    "missing_level1": ("info", "a project lacking an 产出, 效益 or 满意度 indicator"),
    "period_annual_differ": (
        "info",
        "the period and annual targets set different things (not just in other words)",
    ),
}

# The rules of a file that was not built (its document `failed`): its only finding, printed
# as an `error:` line, and the build exits non-zero.
FILE_FAILED_RULES = ("file_unreadable", "layout_unsupported")
# The same as an SQL list, for queries: ('file_unreadable', ...).
FILE_FAILED_RULES_SQL = "(" + ", ".join(f"'{rule}'" for rule in FILE_FAILED_RULES) + ")"
