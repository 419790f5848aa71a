"""What the thirty-second and thirty-third held-out batches of target tables
(tests/fixtures/heldout-targets-32, heldout-targets-33) showed the readers lacked, each read by
the whole per-file pipeline on a table of its own: a list's project name wrapped onto a line of
its own under a 单位名称 column whose empty cell the line keeps; the opinions signed under a
form (`主管部门审核意见： | 财政部门审核意见：`) and its evaluators (`评价组组长：***`, the thirtieth
batch of self-evaluations); and what the sixteenth round of held-out disclosures showed: a title
a PDF broke over two lines."""

from decimal import Decimal

import pytest

from tests.test_layouts_ninth_batch import errors, named, projects
from tests.test_layouts_text import read, text

LIST = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"]
FIRST = [
    ["某县卫生健康委员会", "基本公共卫生服务县级配套", "1,268.40", "提供基本公共卫生服务。",
     "产出指标", "数量指标", "建档人数", "≥98万人"],
    ["", "", "", "", "产出指标", "质量指标", "建档率", "≥90%"],
]  # fmt: skip
CONTRACTS = ["", "", "", "", "产出指标", "质量指标", "签约服务覆盖率", "≥45%"]


def test_a_list_s_project_name_s_end_alone_under_its_column_is_its_end():
    # `补助` alone under 项目名称, the empty 单位名称 cell before it kept: it was moved under the
    # names as a row shifted left (an indicator `补助` with no target, the project's name cut).
    rows = [
        LIST,
        *FIRST,
        ["", "家庭医生签约服务及乡村医生", "386.00", "落实签约服务补助。", "产出指标", "数量指标",
         "签约服务团队", "≥420个"],
        ["", "补助", "", "", "", "", "", ""],
        CONTRACTS,
    ]  # fmt: skip
    tables = read(text(rows))
    assert projects(tables) == [
        ("基本公共卫生服务县级配套", Decimal("1268.40")),
        ("家庭医生签约服务及乡村医生补助", Decimal("386.00")),
    ]
    assert named(tables)[2:] == [
        ("产出指标", "数量指标", "签约服务团队", "≥420个"),
        ("产出指标", "质量指标", "签约服务覆盖率", "≥45%"),
    ]
    assert errors(tables) == []


def test_a_word_alone_under_a_project_column_that_ends_no_name_is_reported_not_an_indicator():
    # The name above is no widest of its column (the converter did not wrap it there): the
    # word is no end the table shows, and no indicator either; it is reported with its text.
    rows = [
        LIST,
        *FIRST,
        ["", "乡村医生补助", "386.00", "落实签约服务补助。", "产出指标", "数量指标", "签约服务团队",
         "≥420个"],
        ["", "专项", "", "", "", "", "", ""],
        CONTRACTS,
    ]  # fmt: skip
    tables = read(text(rows))
    assert [name for name, _ in projects(tables)] == ["基本公共卫生服务县级配套", "乡村医生补助"]
    assert [row[2] for row in named(tables)] == [
        "建档人数",
        "建档率",
        "签约服务团队",
        "签约服务覆盖率",
    ]
    assert [
        (f["rule"], f["message"], f["evidence"])
        for f in tables.findings
        if f["severity"] == "error"
    ] == [("row_unparsed", "a project cell on a row that starts no project", "专项")]


@pytest.mark.parametrize(
    "signed",
    [
        # A 衔接资金 form's opinions: the second stood under the names' column and was read as an
        # indicator of the last 二级, with no target.
        ("主管部门审核意见：", "", "财政部门审核意见：", ""),
        # A department's evaluation (部门评价, the thirtieth batch of self-evaluations): the
        # evaluators were an indicator named `评价组组长：***`.
        ("评价组组长：***", "评价组成员：***", "评价日期：2021年5月20日", ""),
    ],
    ids=["opinions", "evaluators"],
)
def test_the_lines_signed_under_a_form_are_its_sign_off_no_indicator(signed):
    rows = [
        ["项目名称", "某镇日光温室提升改造项目"],
        ["年度资金总额（万元）", "565.00"],
        ["年度目标", "提升改造日光温室120座。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "提升改造日光温室", "≥120座"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥95%"],
        list(signed),
    ]
    tables = read(text(rows))
    assert [row[2] for row in named(tables)] == ["提升改造日光温室", "受益群众满意度"]
    notes = [f["evidence"] for f in tables.findings if f["message"] == "sign-off line"]
    assert notes == [cell for cell in signed if cell]
    assert errors(tables) == []


FORM = [
    ["项目名称", "某镇日光温室提升改造项目"],
    ["年度资金总额（万元）", "565.00"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "提升改造日光温室", "≥120座"],
]


def test_a_title_broken_over_two_lines_is_one_title():
    # A PDF's title set large and wrapped at the page's width (the sixteenth round of held-out
    # disclosures): its first line was a line outside the table's cells (line_unrecognised).
    tables = read(text([["某镇2023年"], ["项目支出绩效目标表"], *FORM]))
    assert [(f["severity"], f["rule"], f["evidence"]) for f in tables.findings] == [
        ("info", "missing_level1", "效益指标"),
        ("info", "missing_level1", "满意度指标"),
    ]
    assert [p["project_name"] for p in tables.projects] == ["某镇日光温室提升改造项目"]
