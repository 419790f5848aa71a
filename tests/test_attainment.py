"""Attainment: `met` for every operator, both ways, and null (with its reason) where the two
values do not compare; clauses as the target parser reads them."""

from pathlib import Path

import duckdb
import pyarrow
import pyarrow.parquet as pq
import pytest

from pipeline import paths
from pipeline.attainment import Attainment, judge, mark_attainment, may_be_ceiling
from pipeline.build.run import run_build
from pipeline.checks import check_missed_full_score
from pipeline.rows import Tables
from pipeline.targets.parser import CLAUSE_FIELDS, parse_target
from pipeline.vocab import attainment as vocab


def _clauses(text: str | None, name: str | None, fiscal_year: int | None) -> list[dict]:
    if text is None:
        return []
    parsed = parse_target(text, name, fiscal_year)
    return [{f: getattr(c, f) for f in CLAUSE_FIELDS} for c in parsed]


def _met(target, actual, *, ceiling: bool = False, name=None, fiscal_year: int | None = 2021):
    return judge(
        _clauses(target, name, fiscal_year), _clauses(actual, name, fiscal_year), ceiling=ceiling
    )


@pytest.mark.parametrize(
    ("target", "actual", "met"),
    [
        # >=, and the cases the examples judged
        ("≥3", "4", True),
        ("≥150", "150", True),
        ("≥3", "2", False),
        ("不低于95%", "94.9%", False),
        ("≥11.376万元", "12万元", True),
        # >
        ("超过10个", "11个", True),
        ("超过10个", "10个", False),
        # <=
        ("≤90万元", "90万元", True),
        ("不超过90万元", "0.91亿元", False),  # the magnitude word applied: 9,100 万元
        # <
        ("低于5%", "4.9%", True),
        ("低于5%", "5%", False),
        # =, bare: equal, and a lower actual (missed read as written and as a floor)
        ("95%", "95%", True),
        ("每亩300", "每亩300", True),
        ("1.2万亩", "12000亩", True),
        ("=100%", "100%", True),
        ("1100万元", "1093万元", False),
        ("2.6亿元", "2.45亿元", False),
        # between, ends included
        ("80-90%", "80%", True),
        ("80-90%", "90%", True),
        ("80-90%", "79.9%", False),
        ("80-90%", "91%", False),
        ("±3%以内", "-2%", True),
        # ≈: within a tenth of the value
        ("约100人", "91人", True),
        ("100人左右", "110人", True),
        ("约100人", "89人", False),
        # several target clauses, one actual: it must meet each
        ("不低于80%且不高于90%", "85%", True),
        ("不低于80%且不高于90%", "95%", False),
        # as many clauses on each side: paired in order
        ("≥1场次，≥30家", "2场次，35家", True),
        ("≥1场次，≥30家", "2场次，25家", False),
        # dates: a bare date is a deadline, as written or not
        ("2021年底", "2021年底", True),
        ("2021年12月31日前", "2021年11月30日", True),
        ("2021年12月31日前", "2022年1月5日", False),
        ("2021年底", "2022年3月1日", False),
        ("2021年12月", "2021年12月20日", True),
        ("2021年12月", "2022年1月5日", False),
        # an actual month is the time it was done: met or missed when both its ends are
        ("2021年9月30日前", "2021年8月完成", True),
        ("2021年9月底前", "2021年10月", False),
        ("2021年", "2021年3月", True),
        ("2021.07-2021.12", "2022年1月", False),
        # an approximate actual is any value within a tenth of it: met or missed when both its
        # ends are
        ("≥2000元", "约2300元", True),
        ("≤100元", "120元左右", False),
        # a later clause opened by 另有/其中 is a remark on the actual, not an answer
        ("≥3项", "3项，另有1项在建", True),
        ("≥3项", "2项（另有1项在建）", False),
        ("≥10个", "12个，其中新建3个", True),
        # ... and so is a part named in brackets after 含 (was clauses_differ, null)
        ("≥6座", "6座（含新建2座）", True),
        ("≥6座", "5座（含新建2座）", False),
        # units of one measure compare by their exact multiples (were units_differ, null)
        ("≤2小时", "90分钟", True),
        ("≤2小时", "150分钟", False),
        ("≤0.5%", "3‰", True),
        ("≤0.5%", "6‰", False),
        ("≤15天", "2周", True),
        ("≥15年", "180个月", True),
        # ... of length, mass, area and volume too (were units_differ, null)
        ("≥2公里", "2300米", True),
        ("≥800米", "0.75公里", False),
        ("≤30吨", "27500千克", True),
        ("≥200亩", "13.5公顷", True),
        ("≥5000平方米", "0.4公顷", False),
        ("≤2立方米", "1800升", True),
        # ... and of people counted by another word (剑川, self-evaluation round 98: was
        # units_differ, null)
        ("≥420人", "420名", True),
        ("≥50人", "48位", False),
        # a survey's size in brackets after a rate is a remark, not a second value (was
        # clauses_differ, null); a count of batches checked is not
        ("≥90%", "95.6%（样本量300份）", True),
        ("≥90%", "88%（发放问卷120份）", False),
        ("≥85%", "88.4%（抽样调查500人）", True),
        # a clause restating the target before the figure achieved is no answer either (was
        # clauses_differ, null)
        ("≥3000株", "目标3000株，实际3250株", True),
        ("≥95%", "目标值95%，实际值93%", False),
        ("≥10个", "计划10个，实际完成12个", True),
        # an actual written as a bound or a range is judged at its ends, an open side's end the
        # lowest or highest value there is: met or missed where both ends agree (were
        # actual_operator, null)
        ("≥95%", "≥96%", True),
        ("≥95%", "96%以上", True),
        ("≥90%", "不低于92%", True),
        ("≤200元/株", "控制在180元/株以内", True),
        ("≥95%", "96%-98%", True),
        ("≥95%", "80%以下", False),
        ("≥95%", "≤94%", False),
        ("≤24小时", "≤24小时", True),
        ("2021年12月31日前", "2021年11月30日前", True),
        ("2021年12月31日前", "2022年1月10日以后", False),
        ("80%-90%", "82%-88%", True),
        ("95%", "≤80%", False),
    ],
)
def test_met_by_operator(target, actual, met):
    assert _met(target, actual) == Attainment(met, None)


# Why met is null: the two values, then the reason's code, English and Chinese.
# fmt: off
NULL_CASES = [
    ("效果明显", "达成预期指标", "target_words", "the target is words", "指标值为文字"),
    ("≥95%", "达成预期指标", "actual_words", "the actual is words", "实际完成值为文字"),
    (None, "4", "no_target", "no annual target", "无年度指标值"),
    ("=100%", None, "no_actual", "no actual value", "无实际完成值"),
    ("≥95%", "90%以上", "actual_operator",
     "the actual is written with an operator (90%以上): it meets the target (≥95%) at one end only",
     "实际完成值带运算符（90%以上），仅一端达到指标值（≥95%）"),
    ("80%-90%", "≥85%", "actual_operator",
     "the actual is written with an operator (≥85%): it meets the target (80%-90%) at one end only",
     "实际完成值带运算符（≥85%），仅一端达到指标值（80%-90%）"),
    ("2021年9月15日前", "2021年9月", "period_across",
     "the actual period (2021年9月) runs across the target (2021年9月15日前): met at one end only",
     "实际完成期间（2021年9月）跨越指标值（2021年9月15日前）：仅一端达成"),
    ("≥95%", "约95%", "approximate_across",
     "the approximate actual (约95%) meets the target (≥95%) at one end of its tolerance only",
     "实际完成值为约数（约95%），在其误差范围内仅一端达到指标值（≥95%）"),
    ("≤90万元", "90个", "units_differ", "units differ: 万元 vs 个", "单位不同：万元 与 个"),
    ("≥50个", "50", "units_differ", "units differ: 个 vs no unit", "单位不同：个 与 无单位"),
    ("≥100百分比", "100", "units_differ", "units differ: % vs no unit", "单位不同：% 与 无单位"),
    ("3天", "3", "units_differ", "units differ: 天 vs no unit", "单位不同：天 与 无单位"),
    ("≥3000人", "3126人次", "units_differ", "units differ: 人 vs 人次", "单位不同：人 与 人次"),
    ("2021年底", "5", "kinds_differ", "kinds differ: date vs number", "类型不同：日期 与 数值"),
    ("5个百分点", "5%", "units_differ", "units differ: 个百分点 vs %", "单位不同：个百分点 与 %"),
    ("≥1场次 ≥30家", "35家", "units_differ", "units differ: 场次 vs 家", "单位不同：场次 与 家"),
    ("≥1场次 ≥30家 ≥2人", "2场次，35家", "clauses_differ",
     "the target has 3 clauses and the actual 2: which answers which is unclear",
     "指标值有 3 个条件而实际完成值有 2 个，无法对应"),
    # Two figures in the target's measure: which answers it is not said. (`100%（抽检32批次）`
    # is judged by its rate, its one figure in the target's measure.)
    ("≥95%", "城区96%，农村94%", "clauses_differ",
     "the target has 1 clauses and the actual 2: which answers which is unclear",
     "指标值有 1 个条件而实际完成值有 2 个，无法对应"),
    ("≥1000米", "1.2公顷", "units_differ", "units differ: 米 vs 公顷", "单位不同：米 与 公顷"),
    ("95%", "100%", "floor_exceeded",
     "a bare or approximate target (95%) with a higher actual: met only if the target was "
     "meant as a floor",
     "指标值（95%）未写运算符而实际值更高：仅当指标值为下限时才算达成"),
    ("约100人", "111人", "floor_exceeded",
     "a bare or approximate target (约100人) with a higher actual: met only if the target was "
     "meant as a floor",
     "指标值（约100人）未写运算符而实际值更高：仅当指标值为下限时才算达成"),
    ("2021年底", "2021年10月1日", "ceiling_undercut",
     "a bare or approximate target (2021年底) with a lower actual: met only if the target was "
     "meant as a ceiling (a cost or 反向 indicator)",
     "指标值（2021年底）未写运算符而实际值更低：仅当指标值为上限（成本或反向指标）时才算达成"),
    ("2021年12月", "2021年11月30日", "date_early",
     "an actual date before the target's period (2021年12月): met only if it was a deadline",
     "实际日期早于指标值的期间（2021年12月）：仅当其为截止日期时才算达成"),
    ("3个工作日", "2个工作日", "duration_differs",
     "a bare or approximate duration with another actual: whether more or less is better is "
     "not written",
     "期限类指标值未写运算符且实际值不同：未写明多为好还是少为好"),
]
# fmt: on


@pytest.mark.parametrize(("target", "actual", "code", "reason", "reason_zh"), NULL_CASES)
def test_met_null_with_its_reason_code_and_texts(target, actual, code, reason, reason_zh):
    assert _met(target, actual).columns() == {
        "met": None,
        "met_reason_code": code,
        "met_reason": reason,
        "met_reason_zh": reason_zh,
    }


@pytest.mark.parametrize(
    ("target", "actual", "side", "side_zh"),
    [
        ("12月底", "2021年11月30日", "target", "指标值"),
        ("2021年底", "12月底", "actual", "实际完成值"),
    ],
)
def test_a_side_with_no_value_is_named_in_each_language(target, actual, side, side_zh):
    """An implied year with no fiscal year to resolve it: the side is the pipeline's word,
    said in Chinese in met_reason_zh."""
    assert _met(target, actual, fiscal_year=None).columns() == {
        "met": None,
        "met_reason_code": "no_value",
        "met_reason": f"the {side} has no value to compare (an implied year without a fiscal "
        "year?)",
        "met_reason_zh": f"{side_zh}没有可比较的数值（年份未写明？）",
    }


def test_every_reason_and_word_is_said_in_chinese():
    assert list(vocab.REASONS_ZH) == list(vocab.REASONS)
    assert list(vocab.REASON_WORDS_ZH) == list(vocab.REASON_WORDS)
    for code, template in vocab.REASONS.items():
        assert template.count("{}") == vocab.REASONS_ZH[code].count("{}"), code


def test_met_true_or_false_has_no_reason():
    assert _met("≥3", "4").columns() == {
        "met": True,
        "met_reason_code": None,
        "met_reason": None,
        "met_reason_zh": None,
    }


def test_a_comparable_clause_missed_makes_the_whole_target_missed():
    # The 场次 clause does not compare with 家; the 家 clause is missed, so the target is.
    assert _met("≥1场次 ≥30家", "25家") == Attainment(False, None)


def test_a_bare_target_that_may_be_a_ceiling_is_missed_by_a_higher_actual():
    assert _met("每亩300", "每亩350", ceiling=True) == Attainment(False, None)
    assert _met("400元/人", "180元/人", ceiling=True) == Attainment(
        None, "ceiling_undercut", ("400元/人",)
    )


def test_an_actual_whose_unit_comes_from_the_indicator_name_compares():
    assert _met("≥100人", "132", name="受益人数(人)") == Attainment(True, None)


@pytest.mark.parametrize(
    ("level1", "level2", "direction", "ceiling"),
    [
        ("1", "14", None, True),  # 成本指标 under 产出
        ("4", "41", None, True),  # the 2021 成本指标
        ("1", "11", None, False),
        ("2", "21", "反向", True),
        ("1", "14", "正向", False),
        (None, None, None, False),
    ],
)
def test_which_bare_targets_may_be_ceilings(level1, level2, direction, ceiling):
    assert may_be_ceiling(level1, level2, direction) is ceiling


def _indicator(n: int, level2: str) -> dict:
    return {
        "indicator_id": f"d:p1:i{n}",
        "level1_code": "1",
        "level2_code": level2,
        "direction": None,
    }


def _threshold_rows(n: int, scope: str, text: str) -> list[tuple]:
    return [
        (f"d:p1:i{n}", "d:p1", "d", scope, *(getattr(c, f) for f in CLAUSE_FIELDS), "x.txt", 3)
        for c in parse_target(text, None, 2021)
    ]


def test_mark_attainment_sets_met_and_its_reason_on_each_indicator():
    rows = [
        *_threshold_rows(1, "annual", "每亩300"),
        *_threshold_rows(1, "actual", "每亩350"),
        *_threshold_rows(1, "period", "每亩1000"),
        *_threshold_rows(2, "annual", "1100万元"),
        *_threshold_rows(2, "actual", "1100万元"),
        *_threshold_rows(3, "annual", "≥95%"),  # a target table's indicator: no actual
        *_threshold_rows(4, "actual", "3个"),
    ]
    tables = Tables(
        indicators=[_indicator(n, level2) for n, level2 in enumerate(("14", "21", "12", "11"), 1)],
        thresholds=rows,
    )
    said = ("met", "met_reason_code", "met_reason", "met_reason_zh")
    marked = [tuple(i[c] for c in said) for i in mark_attainment(tables).indicators]
    assert marked == [
        (False, None, None, None),  # a cost standard exceeded: missed as written and as a ceiling
        (True, None, None, None),
        (None, "no_actual", "no actual value", "无实际完成值"),
        (None, "no_target", "no annual target", "无年度指标值"),
    ]


def _scored(n: int, met: bool | None, weight: float | None, score: float | None) -> dict:
    return {
        "indicator_id": f"d:p1:i{n}",
        "document_id": "d",
        "source_file": "d.txt",
        "source_line": 10 + n,
        "annual_target": "1100万元",
        "actual_value": "1093万元",
        "met": met,
        "weight": weight,
        "score": score,
    }


def test_a_missed_target_scored_in_full_is_a_warning():
    tables = Tables(
        indicators=[
            _scored(1, False, 10.0, 10.0),
            _scored(2, False, 10.0, 8.5),  # points taken off: not flagged
            _scored(3, True, 10.0, 10.0),
            _scored(4, None, 10.0, 10.0),  # not comparable: not flagged
            _scored(5, False, None, 10.0),
            _scored(6, False, 5.0, None),
            _scored(7, False, 0.0, 0.0),  # no points to take off
            # a score above its 分值 (8.5 printed 85 when its point was lost) is no full score:
            # score_exceeds_weight says what is wrong with it
            _scored(8, False, 10.0, 85.0),
        ]
    )
    assert list(check_missed_full_score(tables, 2021)) == [
        {
            "document_id": "d",
            "severity": "warning",
            "rule": "target_missed_full_score",
            "entity_type": "indicator",
            "entity_id": "d:p1:i1",
            "source_file": "d.txt",
            "source_line": 11,
            "source_location": None,
            "message": "the actual 1093万元 misses the target 1100万元, yet the indicator scored "
            "its full 10 points (10)",
            "evidence": "1100万元 | 1093万元",
        }
    ]


# A self-evaluation whose targets do not compare with their actuals for three reasons, and a
# target table, whose indicators have no actual.
SELF_EVALUATION = """项目支出绩效自评表（2021年度）
项目名称\t道路养护
绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
\t产出指标\t数量指标\t培训场次\t≥1场次 ≥30家 ≥2人\t2场次，35家\t10\t10\t
\t\t质量指标\t合格单位\t≥30家\t35个\t10\t9\t
\t效益指标\t社会效益指标\t群众出行\t效果明显\t达成预期指标\t10\t10\t
"""
TARGET_TABLE = (
    "项目名称\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标\n"
    "道路养护\t10\t10\t\t\t目标\t1、产出指标；数量指标；道路里程；年度指标值:≥30公里\n"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    raw = tmp_path_factory.mktemp("attainment-raw")
    (raw / "se.txt").write_text(SELF_EVALUATION, encoding="utf-8")
    (raw / "t.txt").write_text(TARGET_TABLE, encoding="utf-8")
    (raw / "sources.csv").write_text(
        "file,fiscal_year,region,department,source_url,retrieved\n"
        "se.txt,2021,,,,\nt.txt,2021,,,,\n",
        encoding="utf-8",
    )
    out = tmp_path_factory.mktemp("attainment-out")
    run_build(raw, out, use_cache=False)
    return out


def _built_indicator(indicator_id, level1, level2, name, target, actual, weight, score, line):
    """An indicator row of the build above, but for why met is null; None where not printed."""
    document_id, project_id = indicator_id.split(":")[0], indicator_id.rsplit(":", 1)[0]
    return {
        "indicator_id": indicator_id,
        "project_id": project_id,
        "document_id": document_id,
        "indicator_position": int(indicator_id.rsplit(":i", 1)[1]),
        "indicator_seq": 1 if document_id == "t.txt" else None,
        "level1_code": level1[0],
        "level1_name": level1[1],
        "level2_code": level2[0],
        "level2_name": level2[1],
        "level1_raw": level1[1],
        "level2_raw": level2[1],
        "level1_written_code": None,
        "level2_written_code": None,
        "indicator_name": name,
        "period_target": None,
        "annual_target": target,
        "is_quantified": target != "效果明显",
        "target_operator_raw": None,
        "target_value_raw": None,
        "target_unit_raw": None,
        "period_operator_raw": None,
        "period_value_raw": None,
        "period_unit_raw": None,
        "weight": weight,
        "actual_value": actual,
        "score": score,
        "deviation_reason": None,
        "standard": None,
        "direction": None,
        "extra_columns": None,
        "met": None,
        "source_file": document_id,
        "source_line": line,
        "source_location": None,
    }


OUTPUT = ("1", "产出指标")
BENEFIT = ("2", "效益指标")


def test_each_indicator_says_why_met_is_null_by_code_in_english_and_in_chinese(built):
    rows = pq.read_table(built / "indicators.parquet").to_pylist()
    assert rows == [
        _built_indicator(
            "se.txt:p1:i1", OUTPUT, ("11", "数量指标"), "培训场次", "≥1场次 ≥30家 ≥2人",
            "2场次,35家", 10.0, 10.0, 4,
        ) | {
            "met_reason": "the target has 3 clauses and the actual 2: which answers which is "
            "unclear",
            "met_reason_code": "clauses_differ",
            "met_reason_zh": "指标值有 3 个条件而实际完成值有 2 个，无法对应",
        },
        _built_indicator(
            "se.txt:p1:i2", OUTPUT, ("12", "质量指标"), "合格单位", "≥30家", "35个", 10.0, 9.0, 5
        ) | {
            "met_reason": "units differ: 家 vs 个",
            "met_reason_code": "units_differ",
            "met_reason_zh": "单位不同：家 与 个",
        },
        _built_indicator(
            "se.txt:p1:i3", BENEFIT, ("22", "社会效益指标"), "群众出行", "效果明显",
            "达成预期指标", 10.0, 10.0, 6,
        ) | {
            "met_reason": "the target is words",
            "met_reason_code": "target_words",
            "met_reason_zh": "指标值为文字",
        },
        _built_indicator(
            "t.txt:p1:i1", OUTPUT, ("11", "数量指标"), "道路里程", "≥30公里", None, None, None, 2
        ) | {
            "met_reason": "no actual value",
            "met_reason_code": "no_actual",
            "met_reason_zh": "无实际完成值",
        },
    ]  # fmt: skip
    schema = pq.read_schema(built / "indicators.parquet")
    assert [(f.name, f.type) for f in schema if f.name.startswith("met")] == [
        ("met", pyarrow.bool_()),
        ("met_reason", pyarrow.string()),
        ("met_reason_code", pyarrow.string()),
        ("met_reason_zh", pyarrow.string()),
    ]


def test_the_attainment_view_shows_the_reason_by_code_and_in_both_languages(built):
    with duckdb.connect(str(built / paths.DATABASE_NAME), read_only=True) as connection:
        got = connection.execute(
            "SELECT indicator_id, met, met_reason_code, met_reason, met_reason_zh "
            "FROM target_attainment ORDER BY indicator_id"
        ).fetchall()
    assert got == [
        (
            "se.txt:p1:i1",
            None,
            "clauses_differ",
            "the target has 3 clauses and the actual 2: which answers which is unclear",
            "指标值有 3 个条件而实际完成值有 2 个，无法对应",
        ),
        ("se.txt:p1:i2", None, "units_differ", "units differ: 家 vs 个", "单位不同：家 与 个"),
        ("se.txt:p1:i3", None, "target_words", "the target is words", "指标值为文字"),
    ]
