"""What the twentieth held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-20)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: a
target cell printing only `—` (no target set), a 得分 cell with the deduction's reason in its
brackets (in a table whose cells a converter joined by spaces too), and the units 页 and
人份."""

from pipeline.targets.parser import parse_target
from tests.test_layouts_damage import cells_joined_by_spaces
from tests.test_layouts_selfeval_sixteenth_batch import _rules
from tests.test_layouts_selfeval_twelfth_batch import HEADINGS, MONEY
from tests.test_layouts_text import read, text


def test_a_target_printed_as_a_dash_is_no_target():
    # Before, `—` was kept as the target's text, as if one were set.
    rows = [["产出指标", "数量指标", "人工增雨作业次数", "≥12次", "15次", "80", "80"],
            ["效益指标", "社会效益指标", "气象灾害造成人员死亡", "—", "0人", "10", "10"]]  # fmt: skip
    tables = read(text([*MONEY, HEADINGS, *rows, ["合计", "", "", "", "", "100", "99.6"]]))
    found = [(i["indicator_name"], i["annual_target"], i["actual_value"], i["score"], i["met"])
             for i in tables.indicators]  # fmt: skip
    assert found == [
        ("人工增雨作业次数", "≥12次", "15次", 80.0, True),
        ("气象灾害造成人员死亡", None, "0人", 10.0, None),
    ]


def test_a_score_with_the_reason_for_its_deduction_in_brackets_is_the_score():
    # Before, `48.75（1个服务社未通过验收，扣1.25分）` gave no score (score_total_mismatch); with
    # the cells joined by spaces, `39（未按期完成扣1分）` was a level word (完成) in no column and
    # `9（…扣1分）` a note as well as a score: both rows were row_unparsed.
    table = text([
        *MONEY, [*HEADINGS, "偏差原因分析及改进措施"],
        ["产出指标", "质量指标", "验收合格率", "100%", "87.5%", "50", "48.75（1个服务社未通过验收，扣1.25分）", ""],
        ["", "时效指标", "项目完成时间", "2026年11月30日前", "2026年12月", "30", "29（未按期完成扣1分）", "冬季施工"],
        ["满意度指标", "服务对象满意度指标", "负责人满意度", "≥90%", "较满意", "10", "9（部分服务社反映配送不及时，扣1分）", ""],
        ["合计", "", "", "", "", "100", "96.35"],
    ])  # fmt: skip
    for data in (table, cells_joined_by_spaces(table.decode()).encode()):
        tables = read(data)
        assert [(i["indicator_name"], i["weight"], i["score"]) for i in tables.indicators] == [
            ("验收合格率", 50.0, 48.75),
            ("项目完成时间", 30.0, 29.0),
            ("负责人满意度", 10.0, 9.0),
        ]
        assert _rules(tables) == []


def test_a_reason_whose_points_contradict_the_score_gives_no_score():
    # The brackets' 扣 figure must agree with the 分值 less the score, as without a reason.
    tables = read(text([
        *MONEY, HEADINGS,
        ["产出指标", "质量指标", "验收合格率", "100%", "87.5%", "90", "88（未通过验收，扣1分）"],
    ]))  # fmt: skip
    assert [i["score"] for i in tables.indicators] == [None]


def test_pages_and_samples_per_person_are_counted():
    # Before, `万页` read as the unit 万 and `人份` as 人 (the 份 dropped).
    values = ("≥120万页", "63人份")
    assert [(c.kind, c.operator, c.value, c.unit) for v in values for c in parse_target(v)] == [
        ("number", ">=", 120, "万页"),
        ("number", "=", 63, "人份"),
    ]
