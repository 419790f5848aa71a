"""What the eighteenth held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-18)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: one
`指标类别` column printing both levels joined (`产出指标-数量指标`) before `指标名称`, and the
`指标完成率`, `偏差度` and `评价等级` columns beside the actual and the score."""

import json

from tests.test_layouts_selfeval_sixteenth_batch import _rules
from tests.test_layouts_selfeval_thirteenth_batch import _indicators
from tests.test_layouts_selfeval_twelfth_batch import MONEY
from tests.test_layouts_text import read, text

JOINED = ["指标类别", "指标名称", "年度指标值", "实际完成值", "分值", "得分"]


def test_a_category_column_printing_both_levels_gives_each_row_its_levels():
    # Before, `指标类别` was no known label (column_unknown) and every indicator had no level:
    # missing_level1.
    tables = read(text([
        *MONEY, JOINED,
        ["产出指标-数量指标", "非遗传承人培训", "≥200人次", "216人次", "40", "40"],
        ["产出指标-质量指标", "非遗项目档案完整率", "100%", "100%", "20", "20"],
        ["效益指标-社会效益指标", "非遗展演观众", "≥1万人次", "1.3万人次", "20", "20"],
        ["满意度指标-服务对象满意度指标", "群众满意度", "≥90%", "92%", "10", "10"],
        ["合计", "", "", "", "100", "99.6"],
    ]))  # fmt: skip
    assert _indicators(tables) == [
        ("产出指标", "数量指标", "非遗传承人培训", "≥200人次", "216人次", 40, 40),
        ("产出指标", "质量指标", "非遗项目档案完整率", "100%", "100%", 20, 20),
        ("效益指标", "社会效益指标", "非遗展演观众", "≥1万人次", "1.3万人次", 20, 20),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", 10, 10),
    ]
    assert _rules(tables) == []


def test_a_category_column_printing_the_level1_alone_keeps_the_level2_column_beside_it():
    # The same label over 一级 cells only, a 二级 column after it: each read as printed.
    tables = read(text([
        *MONEY, ["指标类别", "二级指标", "指标名称", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "非遗传承人培训", "≥200人次", "216人次", "60", "60"],
        ["效益指标", "社会效益指标", "非遗展演观众", "≥1万人次", "1.3万人次", "30", "29.6"],
        ["合计", "", "", "", "", "100", "99.6"],
    ]))  # fmt: skip
    assert _indicators(tables) == [
        ("产出指标", "数量指标", "非遗传承人培训", "≥200人次", "216人次", 60, 60),
        ("效益指标", "社会效益指标", "非遗展演观众", "≥1万人次", "1.3万人次", 30, 29.6),
    ]


def test_completion_deviation_and_grade_columns_are_known_and_kept_beside_the_indicator():
    # Before, each was a column_unknown finding (its cells kept all the same).
    tables = read(text([
        *MONEY,
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "指标完成率", "偏差度",
         "分值", "得分", "评价等级"],
        ["产出指标", "数量指标", "家庭医生签约服务人数", "≥12万人", "12.48万人", "104.0%", "+4.0%",
         "90", "90", "优"],
        ["合计", "", "", "", "", "", "", "100", "99.6", ""],
    ]))  # fmt: skip
    assert _indicators(tables) == [
        ("产出指标", "数量指标", "家庭医生签约服务人数", "≥12万人", "12.48万人", 90, 90),
    ]
    assert json.loads(tables.indicators[0]["extra_columns"]) == {
        "指标完成率": "104.0%", "偏差度": "+4.0%", "评价等级": "优",
    }  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["rule"] == "column_unknown"] == []
