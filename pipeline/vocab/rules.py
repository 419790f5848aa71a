"""Validate stage, vocabulary: every findings rule with its severity and when it fires.

The data contract's rules and the ones this project adds. The severity of a finding is
looked up here, never written at the call site; the README's findings table is generated
from this table. Beside it, each rule's Chinese title, explanation and message, which the
Chinese report shows (`pipeline.outputs.report`): a rule added to RULES gets its line in
RULES_ZH too.
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
        "parts is not checked; parts that are only shares by level of government, 中央补助 and "
        "省级财政安排 under 项目总投资, only when they exceed it); a self-evaluation's 年度资金总额 ≠ the sum of its fund-source rows, "
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
    "score_total_mismatch": (
        "error",
        "a self-evaluation's 合计/总分 row whose 得分 is not the sum of the scores above it (with "
        "the money block's 得分 or without it; any part of the points of a block whose 得分 is "
        "blank), by one unit of its last printed digit or more",
    ),
    "subtotal_mismatch": ("error", "a subtotal row ≠ the sum of the rows it covers"),
    "project_repeated": (
        "warning",
        "two projects of one document under one name whose money or targets differ: a draft "
        "printed beside its final form, or two projects named alike; each is read as printed",
    ),
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
    "spending_split_mismatch": (
        "warning",
        "a department's money by kind of spending (基本支出 + 项目支出, or 人员经费 + 公用经费 + "
        "项目支出, each printed with a figure) that does not add up to its printed total; the "
        "figures are in projects.extra_columns",
    ),
    "weights_total_mismatch": (
        "warning",
        "a level's indicator weights (权重, 分值) that do not add up to the points its level cell "
        "or block label prints (产出指标(50分), 绩效指标(90分)), or a project's (with its money "
        "block's 分值, or without it: a 合计 of the indicators only) that do not add up to the "
        "printed 合计/总分, else to 100 (a target table's "
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
    "value_column_inferred": (
        "warning",
        "an indicator table whose target column has a label the pipeline does not know, and no "
        "other target column: the one unknown column right of the names whose cells mostly state "
        "a figure, a share or a date is read as the annual targets",
    ),
    "goals_joined": (
        "warning",
        "a form's goal labels of two scopes printed one after the other over one text (预期目标 | "
        "实际完成情况, a text copied one cell a line): the text is kept whole as the second's "
        "(actual_goal), the first left empty, as nothing tells where one ends",
    ),
    "total_from_cost_block": (
        "info",
        "a form that prints no total of its own but a cost block (项目预算成本构成 | 金额 …) with a "
        "合计 row: that 合计, what the budget is made of, is read as the project's total",
    ),
    "weight_column_inferred": (
        "warning",
        "an indicator table with no weight column of a known label: the one unknown column right "
        "of the names whose cells, three or more, are bare figures adding up to 100 (or 90) is "
        "read as the indicators' weights",
    ),
    "level_columns_shifted": (
        "warning",
        "a project's indicator rows that print their levels one column left of their labels (a "
        "二级 word under 一级指标, the name under 二级指标, the 三级 column empty): read by their "
        "content, the 二级 and the name, with no 一级, which the rows do not print",
    ),
    "name_end_joined": (
        "warning",
        "an indicator row that prints only a name, narrower than the long name above it (at "
        "least 0.6 of its column's widest name that prints a value) or completing that name as "
        "indicators' names end (`…优抚对象` over `满意度`): read as the end of that name wrapped "
        "onto a line of its own, though no mark, bracket or column width says so; or a row "
        "printing only a name that ends in none of the ways indicators' names end, over a row "
        "printing no level cells whose name completes it so, with its value "
        "(`农村集中供水工程水质` over `达标率 | ≥90%`): read as that name's first line",
    ),
    "name_maybe_wrapped": (
        "warning",
        "an indicator that prints only a name, under a whole indicator and shorter than its name: "
        "it may be the end of that name wrapped onto a line of its own, but nothing else says so; "
        "it is kept as an indicator",
    ),
    "cell_maybe_cut": (
        "warning",
        "a row of a table whose cells lost their tabs, above a word left out on a line of its own: "
        "that word may be the end of one of the row's cells (its name, its target) wrapped off it",
    ),
    "target_repeats_indicator_name": ("warning", "a target value that only repeats the name"),
    "target_unparsed": ("warning", "a value with digits that gave no numeric clause"),
    "target_parts_off": (
        "warning",
        "a split value whose operator column holds a figure: its parts stand a column off (a "
        "converter shifted the row), so the target is kept as text, no clause read from it",
    ),
    "target_in_name": (
        "warning",
        "an indicator that prints no target but whose name writes a comparison (`培训人数≥1500人次` "
        "beside an empty 指标值): the target may be written in the name; it is not read as one",
    ),
    "target_placeholder": (
        "warning",
        "a target value that is only a published template's placeholder (`……`, `*`): no target",
    ),
    "target_error_value": (
        "warning",
        "a target value that is only a spreadsheet's error value (`#N/A`, `#REF!`: its formula "
        "failed): the target was lost, no target",
    ),
    "actual_unparsed": (
        "warning",
        "a self-evaluation's actual (实际完成值) with digits that gave no numeric clause",
    ),
    "deadline_before_fiscal_year": ("warning", "a date target before the fiscal year begins"),
    "satisfaction_not_percent": ("warning", "a 满意度 indicator whose target is not a percentage"),
    "percent_implausible": (
        "warning",
        "a percentage target no rate prints: over 100% on a rate that cannot pass it (合格率, "
        "满意度: `≥985%` for ≥98.5%), or opening with a 0 before a digit (`05%`): a decimal "
        "point lost; the figure is kept as printed",
    ),
    "formula_not_computed": (
        "warning",
        "a workbook cell holding a formula saved without its value (written by a program, never "
        "computed by a spreadsheet), read as empty; the formula is in evidence",
    ),
    "struck_text_skipped": (
        "info",
        "a workbook cell's text struck through (删除线) in part or whole, as a reviewer leaves an "
        "old target deleted before the agreed one (`≥4≥5`), not read: the cell is read without "
        "it; the struck text is in evidence",
    ),
    "hidden_cells_skipped": (
        "info",
        "a workbook's hidden sheets, rows or columns, or a web page's hidden rows and cells "
        "(display:none), that hold text (a budget system's code column, an indicator hidden "
        "rather than deleted), not read: a spreadsheet or browser neither shows nor prints "
        "them; their text is in the message",
    ),
    "placeholder_cells_skipped": (
        "info",
        "a Word table's cells showing a content control's placeholder text (单击或点击此处输入"
        "文字。, which Word shows grey: a template's prompt where a value goes), read empty; "
        "their text is in the message",
    ),
    "unprinted_cells_skipped": (
        "info",
        "a workbook's columns outside the print area its sheet sets, that hold text (a "
        "template's check or working column beside the form), not read: a spreadsheet does "
        "not print them; their text is in the message",
    ),
    "date_system_unknown": (
        "warning",
        "a workbook whose date system (1900, or a Mac's 1904: dates 1,462 days later) cannot be "
        "read: its date cells are read in the 1900 system, its serials stay numbers; what could "
        "not be read is in evidence",
    ),
    "currency_unit_missing": ("info", "a table that prints no money unit; amounts read as 万元"),
    "column_unknown": (
        "info",
        "a header column the pipeline does not know; its cells are kept in extra_columns (of the "
        "project, or of the indicator in an indicator table)",
    ),
    "category_department_scheme": (
        "info",
        "a project whose levels are the department-wide scheme's (一级 履职效能, 管理效率, 社会效应; "
        "二级 重点工作履行情况, 预算管理 …) or an evaluation framework's (一级 项目决策, 项目管理, "
        "投入; 二级 项目立项, 财务管理 …): known names, but no category of the taxonomy, so "
        "their codes are null; the names are in evidence (once a project, not a warning an "
        "indicator)",
    ),
    "template_row_skipped": (
        "info",
        "a row of a published template left unfilled, which names no indicator: a placeholder "
        "row (`……`, `指标2:`) or a level name with no indicator under it (`经济效益指标` alone); "
        "its text is in evidence",
    ),
    "table_note": (
        "info",
        "a note or sign-off line by the table (注：…, 制表人…), kept as evidence",
    ),
    "table_set_aside": (
        "info",
        "a table or page of a file that is not a performance table (a disclosure's 收支总表, "
        "目录 or prose, a workbook's other sheet), set aside unread; where it is and its first "
        "texts are in the message",
    ),
    "pdf_radicals_read": (
        "info",
        "a PDF whose font maps ideographs to CJK radicals (⼈ U+2F08 for 人, ⺠ for 民): its text "
        "is read with the ideographs; the radicals read are in evidence",
    ),
    "date_serial_read": (
        "info",
        "a whole number stored in a workbook in a time indicator's target cell (46022), read as "
        "the Excel date serial it is (2025-12-31); the number is in evidence",
    ),
    "date_serial_suspected": (
        "warning",
        "a time indicator's target (its name says 时效, 时间 or 期限) that is a bare whole number, "
        "no unit, which as an Excel date serial is a date of 1990-2099 (`≤45930`: 2025-09-30): a "
        "date a spreadsheet or a CSV export left as its serial; the number is kept as written, "
        "the date it would be is in the message",
    ),
    "execution_rate_fraction_read": (
        "info",
        "a self-evaluation's 执行率 printed as a fraction of 1, a workbook's percent cell saved as "
        "the value it stores (0.9612 for 96.12%): read as the percentage, as 100 times it gives "
        "全年执行数 / 全年预算数 and the figure as printed does not; the printed figure is in "
        "evidence",
    ),
    "score_coefficient_read": (
        "info",
        "a self-evaluation's 得分系数(%) (a score printed as a percentage of its 分值, 100 being "
        "full marks) read as 得分 = 分值 × 系数 / 100, or left empty when no 分值 is printed or the "
        "coefficient is 1 or less (it may be a fraction of full marks); the printed coefficient is "
        "in evidence",
    ),
    "points_unparsed": (
        "warning",
        "a self-evaluation's 分值 or 得分 cell that prints no number nor a mark of none (—, /, "
        "未评分, 不适用): its points left empty; the printed cell is in evidence",
    ),
    "score_deduction_read": (
        "info",
        "a self-evaluation's 得分 printed as the points taken off its 分值 (扣0.5分 of 10 read as "
        "9.5), or with them in brackets after the score (8.5（扣1.5分）read as 8.5); the printed "
        "cell is in evidence",
    ),
    "score_full_marks_read": (
        "info",
        "a self-evaluation's 得分 printed as 满分 (full marks) instead of a figure, read as its 分值; "
        "the printed cell is in evidence",
    ),
    "missing_level1": (
        "info",
        "a project lacking an 产出, 效益 or 满意度 indicator, or whose indicators name no 一级 at "
        "all (a flat list): then one finding, as what it lacks is not known",
    ),
    "period_annual_differ": (
        "info",
        "the period and annual targets set different things (not just in other words)",
    ),
    "target_year_other": (
        "info",
        "target columns of another year than the table's beside its own (`2024年目标值` beside "
        "`2025年目标值` in a 2025 table): not read as targets; kept in indicators.extra_columns",
    ),
    "amount_year_unmatched": (
        "warning",
        "a money block printing a row a year (`2025年 | 2026年 | 合计`), none of them the table's "
        "own year (or its year not known): no figure is read as the year's money (kept in "
        "projects.extra_columns); check the fiscal_year in sources.csv",
    ),
    "target_year_unmatched": (
        "warning",
        "target columns of several years (`2024年目标值`, `2025年目标值`), none of them the table's "
        "own year's (or its year not known): none is read as the table's targets (kept in "
        "indicators.extra_columns); check the fiscal_year in sources.csv",
    ),
}

# The rules of a file that was not built (its document `failed`): its only finding, printed
# as an `error:` line, and the build exits non-zero.
FILE_FAILED_RULES = ("file_unreadable", "layout_unsupported")
# The same as an SQL list, for queries: ('file_unreadable', ...).
FILE_FAILED_RULES_SQL = "(" + ", ".join(f"'{rule}'" for rule in FILE_FAILED_RULES) + ")"

# rule -> (Chinese title, when it fires in one sentence, what the report says of one finding),
# for the Chinese report. The message is about the row the finding names; its particulars
# (the raw text, the project, the indicator, the file and line) stand beside it in the
# report, each in its own column. `{fiscal_year}` is the document's 预算年度.
RULES_ZH: dict[str, tuple[str, str, str]] = {
    "file_unreadable": (
        "文件无法读取",
        "原始文件无法解码，或其中没有可识别的表格（或处理该文件时程序出错），文件未能入库。",
        "未从该文件取得任何项目或指标，请核对文件是否完整、是否为绩效目标表。",
    ),
    "layout_unsupported": (
        "表格版式无法读取",
        "文件中的表格有指标列（一级指标、二级指标、三级指标、指标值等），但没有任何版式能读取它，文件未能入库。",
        "文件中的绩效指标表版式无法读取，未从中取得任何项目或指标。",
    ),
    "layout_unrecognised": (
        "表格版式不明",
        "同一文件的其他表格已读取，但这张表的标签与任何已知版式都不匹配。",
        "这张表的标签与任何已知版式都不匹配，其内容未读取。",
    ),
    "label_unknown": (
        "未知的表头标签",
        "表单表头区中有程序不认识的标签，其值保留在 projects.extra_columns 中。",
        "表头区中有程序不认识的标签，其值已原样保留。",
    ),
    "row_unparsed": (
        "无法读取的行",
        "表格中有一行无法读取，其原文见“原文”栏。",
        "该行无法完整读取，请与公开的原表核对。",
    ),
    "row_truncated": (
        "项目行被截断",
        "项目行在“绩效指标”格之前中断，文件可能不完整。",
        "项目行缺少“绩效指标”格，文件可能被截断，请重新下载原表。",
    ),
    "amount_unparsed": (
        "金额无法读取",
        "金额格中的内容不是数字。",
        "该金额格不是数字，金额按空值处理，请核对原表。",
    ),
    "currency_unit_unknown": (
        "金额单位无法换算",
        "表中印出的金额单位无法换算为万元（如美元，或两处单位不一致），金额仅按原文保留。",
        "金额单位无法换算为万元（或表中两处单位不一致），金额仅按原文保留，未计入合计。",
    ),
    "indicator_unparsed": (
        "指标无法读取",
        "绩效指标格中有一段文字不能读作一条指标。",
        "绩效指标格中的这段文字不能读作“序号、一级指标；二级指标；指标名称；指标值”。",
    ),
    "indicators_none": (
        "未读出任何指标",
        "表格有绩效指标列也有项目，但一条指标也没有读出。",
        "表中有项目，但从绩效指标列中一条指标也没有读出，请与公开的原表核对。",
    ),
    "amount_row_mismatch": (
        "金额不平",
        "总计不等于财政拨款、财政专户拨款与其他资金之和（只核对印出的总计；只列中央、省级等各级分担数的，只核对其和是否超过总计）。",
        "总计不等于财政拨款、财政专户拨款与其他资金之和。",
    ),
    "subtotal_mismatch": (
        "小计不符",
        "合计行或资金使用单位小计行不等于其所含各行之和。",
        "印出的小计不等于其所含各行之和。",
    ),
    "project_repeated": (
        "项目重复",
        "同一文件中两个项目名称相同，但金额或指标值不同：可能是初稿与调整后的定稿同时印出，或两个项目同名；均按原样读取。",
        "同一文件中有同名项目且金额或指标值不同，请核对哪一份为准（如初稿与调整后版本）。",
    ),
    "duplicate_document": (
        "文件重复",
        "两个原始文件的字节完全相同，即同一张表出现了两次。",
        "与本次处理的另一文件字节完全相同，疑为同一张表重复，请只保留一份。",
    ),
    "bytes_damaged": (
        "字节损坏",
        "某行含有不属于该文件编码的字节，已读作 �。",
        "该行有损坏的字节（显示为 �），请与公开的原表核对。",
    ),
    "line_unrecognised": (
        "无法识别的行",
        "某行既不是表格行，也不是标题、表头或页码。",
        "该行既不是表格行，也不是标题、表头或页码，未读取。",
    ),
    "indicator_column_missing": (
        "缺少绩效指标列",
        "表中有项目但没有“绩效指标”列（可能是预算表而非绩效目标表）。",
        "表中有项目但没有“绩效指标”列，因此没有指标；这是否是预算表而非绩效目标表？",
    ),
    "indicator_numbering_gap": (
        "指标编号不连续",
        "项目的指标编号不是从 1 到 n 连续编号。",
        "该项目的指标编号不是从 1 起连续编号（原文为实际编号）。",
    ),
    "category_unknown": (
        "指标类别不在分类表中",
        "一级或二级指标的名称或编码不在指标分类表中。",
        "该指标的一级或二级指标不在分类表中（见 indicator_categories）。",
    ),
    "category_code_mismatch": (
        "指标类别编码不符",
        "二级指标编码不在其一级指标之下，或写出的编码与名称不符。",
        "该指标的类别编码与其层级或名称不符。",
    ),
    "period_amount_below_annual": (
        "中期资金少于年度资金",
        "项目表单的中期资金总额（整个实施期）少于年度资金总额（一年）。",
        "中期资金总额少于年度资金总额。",
    ),
    "spending_split_mismatch": (
        "支出分类合计不符",
        "部门按支出性质分列的金额（基本支出 + 项目支出，或人员经费 + 公用经费 + 项目支出）之和不等于印出的资金总额。",
        "按支出性质分列的金额之和不等于资金总额。",
    ),
    "weights_total_mismatch": (
        "指标权重合计不符",
        "一级指标下各指标的权重（分值）之和不等于该级印出的分值（如“产出指标(50分)”），"
        "或项目全部权重（自评表含或不含预算执行分值）之和不等于印出的合计/总分；未印总分的目标表应为 100 或 90。",
        "各指标权重之和（原文为各项权重）不等于应有的分值。",
    ),
    "score_exceeds_weight": (
        "自评得分超过分值",
        "自评表中某指标（或预算执行）的得分高于其分值/权重。",
        "自评得分高于该项的分值/权重。",
    ),
    "score_total_mismatch": (
        "自评总分与各项得分之和不符",
        "自评表合计/总分行的得分不等于其上各项得分之和（含或不含预算执行得分；某块得分空白时可含其分值内的任意部分），相差达到末位数字的一个单位或以上。",
        "合计/总分行印出的得分与各项得分之和（原文为各项得分）不符。",
    ),
    "execution_rate_mismatch": (
        "预算执行率与金额不符",
        "自评表印出的执行率与 全年执行数 ÷ 全年预算数 × 100 相差达到末位数字的一个单位或以上。",
        "印出的执行率与执行数、预算数算出的执行率不符（原文为执行率、执行数和预算数）。",
    ),
    "target_missed_full_score": (
        "未达成目标却得满分",
        "自评表中实际完成值未达到年度指标值（met 为否），却给了该指标全部分值。",
        "实际完成值未达到年度指标值，自评却给了满分。",
    ),
    "target_changed_after_publication": (
        "自评指标值与公开目标不一致",
        "自评表所列的年度指标值与同一项目公开的绩效目标表中的指标值含义不同（见 project_links）。",
        "自评表的年度指标值与公开的绩效目标不一致（原文为两处指标值）。",
    ),
    "table_set_aside": (
        "非绩效表格已略过",
        "文件中不是绩效表的表格或页面（如预算公开文件中的收支总表、目录或说明文字，工作簿的其他表）未读取。",
        "这张表格或页面不是绩效表，已略过未读取（位置和开头文字见程序说明）。",
    ),
    "pdf_radicals_read": (
        "PDF 部首字符已读为汉字",
        "PDF 所嵌字体的字符映射把部分汉字映射为康熙部首或部首补充字符（如 ⼈ 代替 人、⺠ 代替 民），已按其字形读为对应汉字。",
        "该 PDF 的字体把部分汉字映射为部首字符，已读为对应汉字（见原文中的对照）。",
    ),
    "date_serial_read": (
        "表格日期序号已读为日期",
        "工作簿中时效类指标的指标值单元格存的是整数（如 46022），已按 Excel 日期序号读为日期（2025-12-31）。",
        "该指标值是 Excel 日期序号，已读为日期；原数字见原文。",
    ),
    "date_serial_suspected": (
        "指标值疑为日期序号",
        "时效类指标（名称含时效、时间或期限）的指标值是不带单位的整数，按 Excel 日期序号恰为1990至2099年的日期"
        "（如 ≤45930 即 2025-09-30）：可能是表格或CSV导出把日期留成了序号。数值按原样保留，未改读为日期。",
        "该时效类指标的指标值疑为 Excel 日期序号，按原数字保留，请核对公开的原表。",
    ),
    "formula_not_computed": (
        "工作簿公式没有计算结果",
        "工作簿单元格中的公式没有保存计算结果（由程序生成、未经 Excel 或 WPS 计算），按空白读取；公式见原文。",
        "该单元格的公式没有保存计算结果，已按空白读取；请用 Excel 或 WPS 打开后重新保存。",
    ),
    "struck_text_skipped": (
        "工作簿中加删除线的文字未读取",
        "工作簿单元格中部分或全部文字加了删除线（如审核时划去的原目标值，其后为改定的值，如“≥4≥5”），按已删除处理，未读取；划去的文字见原文。",
        "该单元格有加删除线的文字，已按删除处理未读取；划去的文字见原文。",
    ),
    "hidden_cells_skipped": (
        "工作簿或网页隐藏的行或列未读取",
        "工作簿中隐藏的工作表、行或列，网页中隐藏（display:none）的行或单元格（如模板的下拉选项表、预算系统导出的编码列、被隐藏而未删除的指标行）含有文字，表格软件和浏览器既不显示也不打印，未读取；其文字见程序说明。",
        "该表有隐藏的行或列含有文字，未读取；如需读取，请在 Excel 或 WPS 中取消隐藏后重新保存。",
    ),
    "placeholder_cells_skipped": (
        "文档表格中的占位提示文字未读取",
        "Word 表格单元格中的内容控件显示的是其占位提示文字（如“单击或点击此处输入文字。”，Word 以灰色显示，是模板提示填写之处，不是填写的值），按空白读取；其文字见程序说明。",
        "该表有单元格只显示内容控件的占位提示文字，已按空白读取；如该处应有数值，请在 Word 或 WPS 中填写后重新保存。",
    ),
    "unprinted_cells_skipped": (
        "工作簿打印区域以外的列未读取",
        "工作表设置了打印区域，区域以外的列（如模板在表格旁的校验列、辅助计算列）含有文字，打印时不出现，未读取；其文字见程序说明。",
        "该表打印区域以外的列含有文字，未读取；如这些列属于表格，请在 Excel 或 WPS 中调整打印区域后重新保存。",
    ),
    "date_system_unknown": (
        "工作簿日期系统无法读取",
        "工作簿未能读出所用的日期系统（1900 年或 Mac 的 1904 年，后者同一序号晚 1462 天）：其中日期按 1900 年系统读取，可能早 1462 天；时效类指标值中的日期序号保留为数字。",
        "无法读出该工作簿的日期系统，其中日期可能偏早 1462 天；请用 Excel 或 WPS 打开后另存为 .xlsx。",
    ),
    "actual_unparsed": (
        "实际完成值无法解析",
        "自评表的实际完成值含有数字，但读不出数值、日期或期限。",
        "实际完成值含有数字，但读不出数值、日期或期限。",
    ),
    "target_repeats_indicator_name": (
        "指标值只重复指标名称",
        "指标值只是重复了指标名称，没有设定目标。",
        "指标值只重复了指标名称，没有设定目标。",
    ),
    "target_in_name": (
        "目标写在指标名称中",
        "指标值为空，而指标名称中写有比较（如“培训人数≥1500人次”），目标可能写在了名称里；未将其读作目标值。",
        "该指标未填写指标值，名称中的比较可能是其目标，请核对原表并在指标值中填写。",
    ),
    "target_placeholder": (
        "指标值为模板占位符",
        "指标值只是模板的占位符（……、*），没有设定目标。",
        "指标值只是模板的占位符，没有填写目标。",
    ),
    "target_error_value": (
        "指标值为表格错误值",
        "指标值只是电子表格公式出错时显示的错误值（#N/A、#REF!），目标已丢失，没有设定目标。",
        "指标值是公式错误值，目标已丢失，请核对原表并填写指标值。",
    ),
    "target_parts_off": (
        "指标值各栏错位",
        "拆分指标值的计算符号栏写的是数字：该行各栏错开一列（转换工具移动了该行），指标值按文本保留，不读出数值。",
        "该行计算符号栏写的是数字，指标值各栏错开一列，已按文本保留；请与公开的原表核对。",
    ),
    "target_unparsed": (
        "指标值无法解析",
        "指标值含有数字，但读不出数值、日期或期限。",
        "指标值含有数字，但读不出数值、日期或期限。",
    ),
    "deadline_before_fiscal_year": (
        "完成时限早于预算年度",
        "日期型指标值早于预算年度开始之日。",
        "指标值中的日期早于 {fiscal_year} 年 1 月 1 日，即预算年度开始之前。",
    ),
    "satisfaction_not_percent": (
        "满意度指标值不是百分比",
        "满意度指标的指标值不是百分比。",
        "满意度指标的指标值不是百分比。",
    ),
    "percent_implausible": (
        "百分比指标值不合常理",
        "不会超过100%的比率（合格率、满意度）指标值超过100%（如≥985%应为≥98.5%），或百分数以0开头"
        "（如05%）：可能丢失了小数点，数值按原样保留。",
        "百分比指标值不合常理，可能丢失了小数点（OCR或格式转换所致），请核对公开的原表。",
    ),
    "currency_unit_missing": (
        "未注明金额单位",
        "表格没有印出金额单位，金额按万元读取。",
        "表格未印出金额单位，金额按万元读取。",
    ),
    "column_unknown": (
        "未知的列",
        "表头中有程序不认识的列，其内容保留在 extra_columns 中（项目的列在 projects，指标表的列在 indicators）。",
        "表头中的这一列不是程序已知的列，其内容已原样保留。",
    ),
    "category_department_scheme": (
        "部门整体指标体系",
        "项目的指标层级属于部门整体支出的指标体系（一级 履职效能、管理效率、社会效应，二级 重点工作履行情况、预算管理等）或评价指标体系（一级 项目决策、项目管理、投入，二级 项目立项、财务管理等）：名称可识别，但不属于指标分类表中的类别，编码为空；名称见“原文”栏。",
        "该项目的指标层级属于部门整体或评价指标体系，不在指标分类表中，其编码为空。",
    ),
    "template_row_skipped": (
        "未填写的模板行",
        "公开的模板中未填写的一行，不是指标：占位行（……、指标2:）或下面没有指标的指标层级名称（如单独一行的“经济效益指标”）；原文见“原文”栏。",
        "模板中未填写的一行（占位符或下面没有指标的层级名称），不是指标，原文已保留。",
    ),
    "table_note": (
        "表注",
        "表格旁的注释或签字行（注：…、制表人…），保留为证据。",
        "表格旁的注释或签字行，已作为证据保留。",
    ),
    "cell_maybe_cut": (
        "单元格或被截断",
        "表格失去制表符时，某行下方单独成行且未能读入的词，可能是该行某格（名称或指标值）折行的末尾。",
        "该行下一行有一个未能读入的词，可能是本行名称或指标值折行的末尾；请与公开的原表核对。",
    ),
    "value_column_inferred": (
        "按内容认定指标值列",
        "指标表的指标值列标签不在词表中，且表中没有其他指标值列：名称右侧唯一一列多数单元格写有数字、比例或日期的未知列，按年度指标值读取。",
        "该列标签不是已知的指标值标签，但表中没有其他指标值列，且其内容像指标值，已按年度指标值读取；请与公开的原表核对。",
    ),
    "goals_joined": (
        "目标与完成情况连写",
        "表中两个不同范围的目标标签前后相连（如预期目标｜实际完成情况，逐格成行复制的文本），其后只有一段文字：无法分辨前者止于何处，整段文字记为后者（actual_goal），前者留空。",
        "两个目标标签之后只有一段文字，无法分开，已整段记为后者、前者留空；请与公开的原表核对。",
    ),
    "total_from_cost_block": (
        "以成本构成合计为项目总额",
        "表中没有项目资金总额，只有成本构成表（项目预算成本构成｜金额……）及其合计行：以该合计作为项目总额。",
        "该表未列项目资金总额，已以成本构成的合计作为项目总额；请与公开的原表核对。",
    ),
    "weight_column_inferred": (
        "按内容认定分值列",
        "指标表没有已知标签的分值（权重）列：名称右侧唯一一列未知列，三个以上单元格均为纯数字且合计为100（或90），按各指标的分值读取。",
        "该列标签不是已知的分值标签，但表中没有其他分值列，且其数字合计为满分，已按分值读取；请与公开的原表核对。",
    ),
    "level_columns_shifted": (
        "层级列错位按内容读取",
        "项目的指标行把层级印在其标签左侧一列（一级指标列下是二级指标词，二级指标列下是指标名称，三级指标列为空）：按内容读取二级指标和指标名称，不补一级指标。",
        "该行的层级印在标签左侧一列，已按内容读取二级指标和指标名称，未补一级指标；请与公开的原表核对。",
    ),
    "name_end_joined": (
        "指标名称折行已接续",
        "一行只印出指标名称，比上一行较长的名称窄，或与上一行名称连读后才像指标名称的结尾（如“…优抚对象”下一行为“满意度”）：按上一行名称折到下一行的末尾接续读入，但没有标点、括号或列宽佐证；或一行只印出不像指标名称结尾的名称，下一行不印层级、其名称与之连读后才像指标名称的结尾并印出指标值（如“农村集中供水工程水质”下一行为“达标率 | ≥90%”）：按该名称的第一行接续读入。",
        "该行只有指标名称，已按上一行较长名称折行的末尾接续读入；请与公开的原表核对。",
    ),
    "name_maybe_wrapped": (
        "指标名称或为折行",
        "一行只印出指标名称，位于一条完整指标之下且比其名称短，可能是上一行名称折到下一行的末尾。",
        "该行只有指标名称，可能是上一行指标名称折行的末尾；仍按一条指标读入，请与公开的原表核对。",
    ),
    "execution_rate_fraction_read": (
        "执行率按小数读为百分比",
        "自评表的执行率印为 1 以内的小数（工作簿百分比单元格保存的数值，0.9612 即 96.12%），其 100 倍与 全年执行数 ÷ 全年预算数 相符而原数不符，已读为百分比。",
        "该执行率印为小数，与执行数、预算数算出的比例相符，已读为百分比；原数见原文。",
    ),
    "score_coefficient_read": (
        "得分系数已折算为得分",
        "自评表的得分系数(%)是得分占分值的百分比（100 为满分），已按 得分 = 分值 × 系数 / 100 折算；未印分值的，或系数不大于 1（可能是满分为 1 的比例）的，得分留空。",
        "该得分系数已按分值折算为得分（未印分值或系数不大于 1 的，得分留空）；原系数见原文。",
    ),
    "points_unparsed": (
        "分值或得分无法读取",
        "自评表的分值或得分格既不是数字，也不是表示空缺的符号（—、/、未评分、不适用），该分值或得分留空；原文见“原文”栏。",
        "该分值或得分格不是数字，已留空，请与公开的原表核对。",
    ),
    "score_deduction_read": (
        "扣分已折算为得分",
        "自评表的得分印为扣分（如“扣0.5分”），已按 分值 − 扣分 折算为得分；印为“8.5（扣1.5分）”的，读括号前的得分。",
        "该得分印为扣分，已按分值折算为得分；原印得分见原文。",
    ),
    "score_full_marks_read": (
        "满分已读为得分",
        "自评表的得分印为“满分”而非分数，已读为该指标的分值。",
        "该得分印为满分，已读为分值；原印得分见原文。",
    ),
    "missing_level1": (
        "缺少一级指标",
        "项目缺少产出、效益或满意度指标（指标均未列一级的，只记一条）。",
        "该项目缺少原文所列的一级指标。",
    ),
    "period_annual_differ": (
        "实施周期与年度目标不同",
        "实施周期指标值与年度指标值设定的目标不同（不只是措辞不同）。",
        "实施周期指标值与年度指标值设定的目标不同（原文：实施周期指标值 | 年度指标值）。",
    ),
    "target_year_other": (
        "其他年度的指标值列",
        "表中除本年度指标值外还列有其他年度的指标值（如2025年表中的“2024年目标值 | 2025年目标值”）：其他年度的列不作为本表目标读取，其内容保留在 indicators.extra_columns 中。",
        "该列是其他年度的指标值，不作为本年度目标读取，已原样保留。",
    ),
    "amount_year_unmatched": (
        "无法确定本年度的资金",
        "资金表按年度逐行列示（如“2025年 | 2026年 | 合计”），但没有一行属于本表年度（或表格和清单都未说明本表年度）：均不作为本年度资金读取，内容保留在 projects.extra_columns 中；请核对 sources.csv 中的 fiscal_year。",
        "资金按年度分行列示，无法确定哪一行是本年度资金，均未读取；请核对 sources.csv 中的年度。",
    ),
    "target_year_unmatched": (
        "无法确定本年度的指标值列",
        "表中列有多个年度的指标值，但没有一列属于本表年度（或表格和清单都未说明本表年度）：均不作为目标读取，内容保留在 indicators.extra_columns 中；请核对 sources.csv 中的 fiscal_year。",
        "表中有多个年度的指标值列，无法确定哪一列是本年度目标，均未读取；请核对 sources.csv 中的年度。",
    ),
}

# The rules about a printed figure that does not add up: the report marks the figure and
# links the mark to the finding. Rule -> the figure it marks: `amount`, a project's 总计, 合计
# or a 资金使用单位 subtotal; `execution_rate`, a self-evaluation project's printed 执行率.
FIGURE_RULES = {
    "amount_row_mismatch": "amount",
    "subtotal_mismatch": "amount",
    "execution_rate_mismatch": "execution_rate",
}
