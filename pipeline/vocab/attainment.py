"""Vocabulary of targets against results: whether a target was met, and which published
target table a self-evaluation answers.

For `pipeline.attainment`: which indicators may mean a bare target as a ceiling rather than
a floor, the printed 指标方向性 words, how near an approximate (约, 左右) target an actual must
be (and how far an approximate actual may be), the words that open a remark in an actual, the
units of one measure that compare by their multiples, and
why `met` is null: the reasons' keys (`indicators.met_reason_code`), their English
(`met_reason`) and Chinese (`met_reason_zh`) texts and the pipeline's own words they are
filled with. For
`pipeline.links`: what a project or indicator name may carry before the name itself.
"""

from fractions import Fraction

# Categories (indicator_categories.code) of cost indicators: 成本指标 under 产出 (14), the 2021
# scheme's 成本指标 (4) and its three level-2 categories. A bare target there (`每亩300`,
# `400元/人、天`) may be a ceiling (a cost standard) as well as the amount itself.
CEILING_CATEGORY_CODES = ("4", "14", "41", "42", "43")

# The 指标方向性 cell (indicators.direction): a 反向 indicator's target is a ceiling, a 正向
# one's a floor, whatever its category.
CEILING_DIRECTIONS = ("反向",)
FLOOR_DIRECTIONS = ("正向",)

# An approximate target (`约100人`, `100人左右`) is met by an actual within this share of it on
# either side; an approximate actual (`约2300元`) is any value within this share of it.
APPROXIMATE_TOLERANCE = "0.1"

# Words that open a later clause of an actual as a remark on the one before it, not an answer
# to the target (`3项，另有1项在建`: 3 done, one more under way; `12个，其中新建3个` and
# `6座（含新建2座）`: of which). Left out when the actual has more clauses than its target.
# A survey's size in brackets after a satisfaction rate (`95.6%（样本量300份）`, `93%（发放问卷120份）`,
# `88.4%（抽样调查500人）`) says how many answered, not a second answer either. Not 抽检: a count of
# batches checked (`100%（抽检32批次）`) is a figure of the work itself.
SURVEY_SIZE_WORDS = (
    "样本",
    "有效样本",
    "问卷",
    "发放问卷",
    "回收问卷",
    "有效问卷",
    "抽样调查",
    "调查样本",
    "受访",
)
ACTUAL_REMARK_WORDS = ("另有", "另外", "其中", "含", "包含", "包括", *SURVEY_SIZE_WORDS)
# What may stand before such a word, after NFKC: a bracket, a separator, white space.
ACTUAL_REMARK_LEAD = "([【,;、 "
# Words that open a clause of an actual giving its ratio to the target after the figure
# (`92.6%（完成率102.9%）` against `≥90%`: 92.6 / 90): how far the figure went, a share of the
# target, not a second answer. Left out of the clauses in the target's measure when another one
# stays to answer it (`12个，完成率100%` against `100%` keeps the rate: it is what the target asks).
COMPLETION_RATE_WORDS = ("完成率", "完成比例", "达成率")
# Words that open a clause of an actual restating its target before the figure achieved
# (`目标3000株，实际3250株`, `计划10个，实际完成12个`): the target's figure, not an answer to it; left
# out, wherever it stands, when the actual has more clauses than its target. Not a clause that
# only names the target further in (`超出目标20场`: the excess).
ACTUAL_TARGET_WORDS = ("目标", "计划", "预期", "指标值", "年初目标")

# Units of one measure an exact multiple of each other (the parser's canonical units): a
# target and an actual written in two of them compare in the first (`≤2小时` -> `90分钟` met,
# `≤0.5%` -> `3‰` met, `≥2公里` -> `2300米` met, `≤30吨` -> `27500千克` met), as a magnitude
# word does not stand in their way. Unit -> (the measure's unit, how many of it one is). Not
# 工作日, 自然日 or 日历天 against 天: which days count differs; nor 延米 (along a pipe or a
# wall) against 米, nor 方 and 立方 (earth moved) against 立方米. A 亩 is 1/15 公顷 by law.
UNIT_MULTIPLES: dict[str, tuple[str, Fraction]] = {
    **{unit: ("秒", Fraction(n))
       for unit, n in (("秒", 1), ("分钟", 60), ("min", 60), ("小时", 3600), ("h", 3600))},
    **{unit: ("秒", Fraction(1, 1000)) for unit in ("毫秒", "ms")},
    **{unit: ("天", Fraction(n)) for unit, n in (("天", 1), ("日", 1), ("周", 7), ("星期", 7))},
    **{unit: ("月", Fraction(n)) for unit, n in (("月", 1), ("季度", 3), ("年", 12))},
    **{unit: ("%", Fraction(1, n)) for unit, n in (("%", 1), ("‰", 10), ("‱", 100))},
    **{unit: ("米", Fraction(n)) for unit, n in (
        ("米", 1), ("m", 1), ("公里", 1000), ("千米", 1000), ("km", 1000))},
    **{unit: ("米", Fraction(1, n)) for unit, n in (
        ("分米", 10), ("厘米", 100), ("cm", 100), ("毫米", 1000), ("mm", 1000))},
    **{unit: ("千克", Fraction(n)) for unit, n in (
        ("千克", 1), ("公斤", 1), ("kg", 1), ("吨", 1000), ("t", 1000))},
    **{unit: ("千克", Fraction(1, n)) for unit, n in (
        ("斤", 2), ("克", 1000), ("毫克", 1000000), ("mg", 1000000))},
    **{unit: ("平方米", Fraction(n)) for unit, n in (
        ("平方米", 1), ("平米", 1), ("㎡", 1), ("m²", 1), ("m2", 1), ("公顷", 10000), ("hm²", 10000),
        ("hm2", 10000), ("平方公里", 1000000), ("平方千米", 1000000), ("km²", 1000000),
        ("km2", 1000000))},
    "亩": ("平方米", Fraction(10000, 15)),
    **{unit: ("立方米", Fraction(n)) for unit, n in (("立方米", 1), ("m³", 1), ("m3", 1))},
    # People counted by another word (`≥420人` -> `420名`); not 人次, visits that count a
    # person again.
    **{unit: ("人", Fraction(1)) for unit in ("人", "名", "位")},
    **{unit: ("立方米", Fraction(1, n)) for unit, n in (("升", 1000), ("L", 1000), ("毫升", 1000000))},
}  # fmt: skip
# The mark between a rate's units (`元/平方米`, the parser's canonical form): each part compares
# by its multiples above (`585元/㎡` against `≤600元/平方米`, `760元/米` against `≤80万元/公里`).
RATE_MARK = "/"

# Why `met` is null: reason (indicators.met_reason_code) -> the text in indicators.met_reason
# ({} filled with the values).
REASONS = {
    "no_target": "no annual target",
    "no_actual": "no actual value",
    "target_words": "the target is words",
    "actual_words": "the actual is words",
    "actual_operator": (
        "the actual is written with an operator ({}): it meets the target ({}) at one end only"
    ),
    "clauses_differ": "the target has {} clauses and the actual {}: which answers which is unclear",
    "kinds_differ": "kinds differ: {} vs {}",
    "units_differ": "units differ: {} vs {}",
    "no_value": "the {} has no value to compare (an implied year without a fiscal year?)",
    "floor_exceeded": (
        "a bare or approximate target ({}) with a higher actual: met only if the target was "
        "meant as a floor"
    ),
    "ceiling_undercut": (
        "a bare or approximate target ({}) with a lower actual: met only if the target was "
        "meant as a ceiling (a cost or 反向 indicator)"
    ),
    "date_early": "an actual date before the target's period ({}): met only if it was a deadline",
    "period_across": "the actual period ({}) runs across the target ({}): met at one end only",
    "duration_differs": (
        "a bare or approximate duration with another actual: whether more or less is better "
        "is not written"
    ),
    "approximate_across": (
        "the approximate actual ({}) meets the target ({}) at one end of its tolerance only"
    ),
}

# The same reasons in Chinese: the text in indicators.met_reason_zh, filled with the same values.
REASONS_ZH = {
    "no_target": "无年度指标值",
    "no_actual": "无实际完成值",
    "target_words": "指标值为文字",
    "actual_words": "实际完成值为文字",
    "actual_operator": "实际完成值带运算符（{}），仅一端达到指标值（{}）",
    "clauses_differ": "指标值有 {} 个条件而实际完成值有 {} 个，无法对应",
    "kinds_differ": "类型不同：{} 与 {}",
    "units_differ": "单位不同：{} 与 {}",
    "no_value": "{}没有可比较的数值（年份未写明？）",
    "floor_exceeded": "指标值（{}）未写运算符而实际值更高：仅当指标值为下限时才算达成",
    "ceiling_undercut": "指标值（{}）未写运算符而实际值更低：仅当指标值为上限（成本或反向指标）时才算达成",
    "date_early": "实际日期早于指标值的期间（{}）：仅当其为截止日期时才算达成",
    "period_across": "实际完成期间（{}）跨越指标值（{}）：仅一端达成",
    "duration_differs": "期限类指标值未写运算符且实际值不同：未写明多为好还是少为好",
    "approximate_across": "实际完成值为约数（{}），在其误差范围内仅一端达到指标值（{}）",
}

# The values a reason is filled with that are the pipeline's words, not the table's text: the
# side that has no value, a clause's kind (thresholds.kind), a missing unit. Each in English
# (REASONS) and in Chinese (REASONS_ZH).
REASON_WORDS = {
    "target": "target",
    "actual": "actual",
    "number": "number",
    "percent": "percent",
    "money": "money",
    "date": "date",
    "duration": "duration",
    "no_unit": "no unit",
}
REASON_WORDS_ZH = {
    "target": "指标值",
    "actual": "实际完成值",
    "number": "数值",
    "percent": "百分比",
    "money": "金额",
    "date": "日期",
    "duration": "期限",
    "no_unit": "无单位",
}

# What a project or indicator name may carry before the name itself, dropped (after NFKC,
# without white space) when names are matched: template marks (`★补助鱼塘面积`), enumerators
# (`指标1.药品抽验品种`, `指标5:`), and a 预算管理一体化 project code, letters and digits (at least
# PROJECT_CODE_LENGTH, one a digit) before an optional separator
# (`51000021R000000019951-工资性支出`).
NAME_MARKS = ("★", "☆", "*")
ENUMERATOR_WORDS = ("指标",)
ENUMERATOR_ENDS = (":", ".", "、")
PROJECT_CODE_LENGTH = 10
PROJECT_CODE_SEPARATORS = ("-", "_", ":")
