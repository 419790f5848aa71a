"""What the twenty-first held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-21)
showed the readers lacked: an actual written as a sentence of two figures of which one alone
answers the target, a rate's unit written with another spelling of its measure (`元/㎡` against
`元/平方米`), the 项目产出 / 项目效益 parts of a project evaluation's framework, and points and
score under a `自评情况` label spanning them on a header's second row (its cells joined by spaces
too)."""

import pytest

from pipeline.vocab.taxonomy import read_level, uncategorised_level
from tests.test_attainment import _met
from tests.test_layouts_damage import cells_joined_by_spaces
from tests.test_layouts_selfeval_sixteenth_batch import _rules
from tests.test_layouts_selfeval_twelfth_batch import MONEY
from tests.test_layouts_text import read, text


@pytest.mark.parametrize(
    ("target", "actual", "met"),
    [
        # Before, each was null: the actual had more clauses than the target.
        ("≥12场", "举办讲座15场，受众2100人次", True),
        ("≥250天", "全年开放262天，接待参观1.8万人次", True),
        ("≥11%", "11.6%，较上年提高0.8个百分点", True),
        ("≥30家", "服务企业32家，解决技术难题45项", True),
        ("≥35家", "服务企业32家，解决技术难题45项", False),
        ("≥95%", "100%（抽检32批次）", True),  # the batches checked: no survey's size, no answer
        # Two figures in the target's unit: which one answers it is not said (the second may be
        # a part of the first, as 获奖作品 are of 征集作品, or a share of the sum).
        ("≥2万人次", "线下1.2万人次，线上0.9万人次", None),
        ("≥80件", "征集作品86件，获奖作品21件", None),
    ],
)
def test_the_one_figure_of_an_actual_in_the_targets_measure_answers_it(target, actual, met):
    assert _met(target, actual).met is met


@pytest.mark.parametrize(
    ("target", "actual", "met"),
    [
        # Before, null: units differ, `元/平方米` vs `元/㎡`.
        ("≤600元/平方米", "585元/㎡", True),
        ("≤600元/平方米", "615元/㎡", False),
        ("≤80万元/公里", "760元/米", True),  # 76万元 a kilometre
        ("≤80万元/公里", "850元/米", False),
    ],
)
def test_a_rates_units_compare_by_the_multiples_of_their_parts(target, actual, met):
    assert _met(target, actual).met is met


def test_a_project_evaluations_output_and_outcome_parts_are_those_levels():
    # Before, 项目产出 and 项目效益 named no category, and 项目决策 / 项目过程 were unknown.
    assert read_level("项目产出", 1).category.name == "产出指标"
    assert read_level("项目效益", 1).category.name == "效益指标"
    assert [uncategorised_level(n) for n in ("项目决策", "项目过程", "项目立项", "组织实施")] == [
        1,
        1,
        2,
        2,
    ]


def test_points_and_score_under_a_label_spanning_them_on_the_headers_second_row():
    # Before, `自评情况` was an unknown column and the row under it, `分值 | 得分`, a row of
    # cells under no label: no weight nor score was read. With the cells joined by spaces, the
    # file was refused (no indicator row fitted its columns).
    table = text([
        *MONEY,
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "自评情况", "", "偏差原因分析及改进措施"],
        ["", "", "", "", "", "分值", "得分", ""],
        ["产出指标", "数量指标", "两癌检查人数", "≥6000人", "6240人", "50", "50", ""],
        ["", "质量指标", "阳性病例随访管理率", "≥95%", "92.5%", "40", "32", "部分病例失联"],
        ["合计", "", "", "", "", "100", "91.6", ""],
    ])  # fmt: skip
    for data in (table, cells_joined_by_spaces(table.decode()).encode()):
        tables = read(data)
        assert [(i["indicator_name"], i["weight"], i["score"]) for i in tables.indicators] == [
            ("两癌检查人数", 50.0, 50.0),
            ("阳性病例随访管理率", 40.0, 32.0),
        ]
        assert _rules(tables) == []
