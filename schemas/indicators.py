"""Schemas: `indicators`, one row per indicator of a project."""

import pandera.pandas as pa

from pipeline.vocab.attainment import REASONS
from schemas._types import (
    Bool,
    Float,
    Int,
    String,
    column,
    source_file,
    source_line,
    source_location,
)


def level_code(level: str, label: str):
    return column(
        f"{level} code",
        f"Canonical code of the {label} (see indicator_categories); null when not in the taxonomy.",
        label=label,
        title_zh=f"{label}代码",
        nullable=True,
    )


def level_name(level: str, label: str, example: str):
    return column(
        f"{level} name",
        f"Canonical name of the {label}, e.g. {example}; null when not in the taxonomy.",
        label=label,
        nullable=True,
    )


def level_raw(level: str, label: str):
    return column(
        f"{level} as written",
        f"The {label} exactly as written.",
        label=label,
        title_zh=f"{label}（原文）",
        nullable=True,
    )


def written_code(level: str, label: str):
    return column(
        f"{level} code as written",
        f"The code written before the {label} (`21` in `21-经济效益`); null when none.",
        label=label,
        title_zh=f"{label}代码（原文）",
        nullable=True,
    )


class Indicators(pa.DataFrameModel):
    """One row per indicator. Key: indicator_id."""

    indicator_id: String = column(
        "Indicator id", "`<project_id>:i<indicator_position>`.", title_zh="指标编号", unique=True
    )
    project_id: String = column(
        "Project id", "The project the indicator belongs to (projects).", title_zh="项目编号"
    )
    document_id: String = column(
        "Document id", "The table the indicator is in (documents).", title_zh="文档编号"
    )
    indicator_position: Int = column(
        "Position", "1-based order of the indicator in its project.", title_zh="指标顺序", ge=1
    )
    indicator_seq: Int = column(
        "Written number",
        "The number written before `、`; null when none was written.",
        label="序号",
        nullable=True,
    )
    level1_code: String = level_code("Level 1", "一级指标")
    level1_name: String = level_name("Level 1", "一级指标", "产出指标")
    level2_code: String = level_code("Level 2", "二级指标")
    level2_name: String = level_name(
        "Level 2", "二级指标", "经济效益指标 for a written 21-经济效益"
    )
    level1_raw: String = level_raw("Level 1", "一级指标")
    level2_raw: String = level_raw("Level 2", "二级指标")
    level1_written_code: String = written_code("Level 1", "一级指标")
    level2_written_code: String = written_code("Level 2", "二级指标")
    indicator_name: String = column("Indicator name", "The indicator as written.", label="三级指标")
    period_target: String = column(
        "Period target",
        "Target for the whole implementation period, raw text; parsed in thresholds.",
        label="实施周期指标值",
        nullable=True,
    )
    annual_target: String = column(
        "Annual target",
        "Target for the fiscal year, raw text; parsed in thresholds.",
        label="年度指标值",
        nullable=True,
    )
    is_quantified: Bool = column(
        "Annual target quantified",
        "True when the annual target has a threshold clause that is a number, percentage, "
        "amount, date or duration (kind other than text); false when it is words only or "
        "missing.",
        title_zh="年度指标值已量化",
    )
    target_operator_raw: String = column(
        "Target operator as printed",
        "Split value columns: the annual target's 指标性质/计算符号 cell as written (`≥`, `=`, "
        "`定性`); null where the table has no such column or the cell is empty.",
        label="计算符号",
        nullable=True,
    )
    target_value_raw: String = column(
        "Target value as printed",
        "Split value columns: the 指标值 cell as written; the target is the three parts joined.",
        label="指标值",
        nullable=True,
    )
    target_unit_raw: String = column(
        "Target unit as printed",
        "Split value columns: the 度量单位/计量单位 cell as written.",
        label="度量单位",
        nullable=True,
    )
    period_operator_raw: String = column(
        "Period target operator as printed",
        "Split value columns of the 实施期/中期 target beside the annual one's: its 指标性质/计算符号 "
        "cell as written; the target_*_raw columns hold the annual's. Null elsewhere.",
        label="实施期计算符号",
        nullable=True,
    )
    period_value_raw: String = column(
        "Period target value as printed",
        "Split value columns of the 实施期/中期 target: its 指标值 cell as written; "
        "period_target is the three parts joined.",
        label="实施期指标值",
        nullable=True,
    )
    period_unit_raw: String = column(
        "Period target unit as printed",
        "Split value columns of the 实施期/中期 target: its 度量单位/计量单位 cell as written.",
        label="实施期度量单位",
        nullable=True,
    )
    weight: Float = column(
        "Weight",
        "The points the indicator carries (分值/权重), as a number; null where not printed.",
        label="分值",
        nullable=True,
    )
    actual_value: String = column(
        "Actual",
        "Self-evaluations: what the year achieved (实际完成值, 完成值, 全年实际值), raw text; a "
        "number under a 度量单位 column is joined with its unit (`98` `%` -> `98%`). Parsed into "
        "thresholds with scope `actual`. Null where not printed.",
        label="实际完成值",
        nullable=True,
    )
    score: Float = column(
        "Score",
        "Self-evaluations: the points the indicator was given (得分), as a number; a 得分系数(%) "
        "(a percentage of the weight) as weight × coefficient / 100, the coefficient kept in a "
        "score_coefficient_read finding; a 得分 printed as the points taken off (扣0.5分) as the "
        "weight less them, kept in a score_deduction_read finding; a 得分 printed as 满分 (full "
        "marks) as the weight, kept in a score_full_marks_read finding; null where not printed or "
        "no weight is printed.",
        label="得分",
        nullable=True,
    )
    deviation_reason: String = column(
        "Deviation reason",
        "Self-evaluations: why the target was missed and what is to be done "
        "(偏差原因分析及改进措施, 未完成原因分析), as printed; null where not printed.",
        label="偏差原因分析及改进措施",
        nullable=True,
    )
    standard: String = column(
        "Standard",
        "The 绩效标准/指标解释/指标值说明/备注 cell as printed; null where not printed.",
        label="绩效标准",
        nullable=True,
    )
    direction: String = column(
        "Direction",
        "The 指标方向性 cell as printed (正向/反向); null where not printed.",
        label="指标方向性",
        nullable=True,
    )
    extra_columns: String = column(
        "Extra columns",
        "JSON object of the indicator's cells under columns the pipeline keeps but does not "
        "read, by label: a column of unknown label, 上年完成值, 完成率, 扣分 (points deducted), 偏差 "
        "(the actual's signed deviation), a graded standard (优/良/中/差), a 序号, one value per "
        "recipient (街道, 村); a label printed twice is numbered `label#2`; null if none.",
        title_zh="其他列",
        nullable=True,
    )
    met: Bool = column(
        "Target met",
        "Self-evaluations: whether the actual meets the annual target, true or false only when "
        "both are quantities of the same kind and unit, judged by the target's operator (see "
        "the README, Targets met); null when they do not compare, with the reason in "
        "met_reason_code, met_reason and met_reason_zh (`no_actual` on a target table's "
        "indicators).",
        title_zh="是否达成",
        nullable=True,
    )
    met_reason: String = column(
        "Why met is null",
        "Why the actual and the target do not compare, in English (`the target is words`, "
        "`units differ: 万元 vs 个`, `no actual value`, ...); null when met is true or false.",
        title_zh="不可比原因（英文）",
        nullable=True,
    )
    met_reason_code: String = column(
        "Why met is null, key",
        "The reason met is null as a stable key, to filter and count by: "
        f"{', '.join(f'`{code}`' for code in REASONS)}; null when met is true or false.",
        title_zh="不可比原因代码",
        nullable=True,
        isin=list(REASONS),
    )
    met_reason_zh: String = column(
        "Why met is null, in Chinese",
        "met_reason in Chinese, filled with the same values (`指标值为文字`, `单位不同：万元 与 "
        "个`, `无实际完成值`, ...); null when met is true or false.",
        title_zh="不可比原因",
        nullable=True,
    )
    source_file: String = source_file()
    source_line: Int = source_line()
    source_location: String = source_location()

    class Config:
        title = "indicators"
        description = (
            "One row per indicator. Key: indicator_id. project_id -> projects, "
            "document_id -> documents."
        )
        strict = True
        unique = ["project_id", "indicator_position"]
