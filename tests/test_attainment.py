"""Attainment: `met` for every operator, both ways, and null (with its reason) where the two
values do not compare; clauses as the target parser reads them."""

import pytest

from pipeline.attainment import Attainment, judge, mark_attainment, may_be_ceiling
from pipeline.checks import check_missed_full_score
from pipeline.rows import Tables
from pipeline.targets.parser import CLAUSE_FIELDS, parse_target


def _clauses(text: str | None, name: str | None = None) -> list[dict]:
    if text is None:
        return []
    return [{f: getattr(c, f) for f in CLAUSE_FIELDS} for c in parse_target(text, name, 2021)]


def _met(target: str | None, actual: str | None, *, ceiling: bool = False, name=None):
    return judge(_clauses(target, name), _clauses(actual, name), ceiling=ceiling)


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
    ],
)
def test_met_by_operator(target, actual, met):
    assert _met(target, actual) == Attainment(met, None)


@pytest.mark.parametrize(
    ("target", "actual", "reason"),
    [
        ("效果明显", "达成预期指标", "the target is words"),
        ("≥95%", "达成预期指标", "the actual is words"),
        (None, "4", "no annual target"),
        ("=100%", None, "no actual value"),
        ("≥95%", "≥96%", "the actual is written with an operator (≥96%): not one value"),
        (
            "2021年",
            "2021年3月",
            "the actual is written with an operator (2021年3月): not one value",
        ),
        ("≤90万元", "90个", "units differ: 万元 vs 个"),
        ("≥50个", "50", "units differ: 个 vs no unit"),
        ("≥100百分比", "100", "units differ: % vs no unit"),
        ("3天", "3", "units differ: 天 vs no unit"),
        ("2021年底", "5", "kinds differ: date vs number"),
        ("5个百分点", "5%", "units differ: 个百分点 vs %"),
        ("≥1场次 ≥30家", "35家", "units differ: 场次 vs 家"),
        (
            "≥1场次 ≥30家 ≥2人",
            "2场次，35家",
            "the target has 3 clauses and the actual 2: which answers which is unclear",
        ),
        (
            "95%",
            "100%",
            "a bare or approximate target (95%) with a higher actual: met only if the target "
            "was meant as a floor",
        ),
        (
            "约100人",
            "111人",
            "a bare or approximate target (约100人) with a higher actual: met only if the "
            "target was meant as a floor",
        ),
        (
            "2021年底",
            "2021年10月1日",
            "a bare or approximate target (2021年底) with a lower actual: met only if the "
            "target was meant as a ceiling (a cost or 反向 indicator)",
        ),
        (
            "2021年12月",
            "2021年11月30日",
            "an actual date before the target's period (2021年12月): met only if it was a deadline",
        ),
        (
            "3个工作日",
            "2个工作日",
            "a bare or approximate duration with another actual: whether more or less is "
            "better is not written",
        ),
    ],
)
def test_met_null_with_its_reason(target, actual, reason):
    assert _met(target, actual) == Attainment(None, reason)


def test_a_comparable_clause_missed_makes_the_whole_target_missed():
    # The 场次 clause does not compare with 家; the 家 clause is missed, so the target is.
    assert _met("≥1场次 ≥30家", "25家") == Attainment(False, None)


def test_a_bare_target_that_may_be_a_ceiling_is_missed_by_a_higher_actual():
    assert _met("每亩300", "每亩350", ceiling=True) == Attainment(False, None)
    assert _met("400元/人", "180元/人", ceiling=True) == Attainment(
        None,
        "a bare or approximate target (400元/人) with a lower actual: met only if the target "
        "was meant as a ceiling (a cost or 反向 indicator)",
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
    marked = [(i["met"], i["met_reason"]) for i in mark_attainment(tables).indicators]
    assert marked == [
        (False, None),  # a cost standard exceeded: missed as written and as a ceiling
        (True, None),
        (None, "no actual value"),
        (None, "no annual target"),
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
