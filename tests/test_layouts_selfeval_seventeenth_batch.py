"""What the seventeenth held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-17)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: a bare
`附件` caption over the form, and 二级 cells numbered afresh under each 一级 (`1.数量指标`) under
一级 cells written without 指标 (`产出`)."""

from tests.test_layouts_selfeval_sixteenth_batch import _form, _rules
from tests.test_layouts_selfeval_thirteenth_batch import HEADINGS, _indicators
from tests.test_layouts_selfeval_twelfth_batch import MONEY
from tests.test_layouts_text import read, text

ROWS = [
    ["产出", "1.数量指标", "人居环境整治行政村", "≥8个", "8个", "40", "40"],
    ["", "2.质量指标", "垃圾分类准确率", "≥85%", "82.4%", "10", "6"],
    ["效益", "1.社会效益指标", "农村生活垃圾集中收运率", "≥95%", "96%", "30", "30"],
    ["满意度", "1.服务对象满意度指标", "村民满意度", "≥90%", "91%", "10", "10"],
    ["自评总分", "", "", "", "", "100", "95.6"],
]


def test_a_bare_attachment_caption_over_the_form_is_no_line_of_it():
    # Before, `附件` alone (a document's one attachment) was a line_unrecognised warning.
    tables = read(text([["附件"], *MONEY, HEADINGS, *ROWS]))
    assert len(tables.indicators) == 4
    assert _rules(tables) == []


def test_level2_cells_numbered_afresh_under_each_level1_name_their_categories():
    # Before, `1.数量指标`'s 1 was read as a level-2 code: category_code_mismatch on every row
    # (`1` written, 11 named; `1.社会效益指标`: 1, 22).
    tables = _form(*ROWS)
    assert _indicators(tables) == [
        ("产出指标", "数量指标", "人居环境整治行政村", "≥8个", "8个", 40, 40),
        ("产出指标", "质量指标", "垃圾分类准确率", "≥85%", "82.4%", 10, 6),
        ("效益指标", "社会效益指标", "农村生活垃圾集中收运率", "≥95%", "96%", 30, 30),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "91%", 10, 10),
    ]
    assert [(i["level1_code"], i["level2_code"], i["level2_written_code"]) for i in tables.indicators] == [
        ("1", "11", None), ("1", "12", None), ("2", "22", None), ("3", "31", None),
    ]  # fmt: skip
    assert _rules(tables) == []


def test_a_names_first_line_printed_alone_above_its_values_starts_that_name():
    # Before, `农村饮水安全巩固提升工程受益` (a line as wide as the widest name that prints a
    # value) was an indicator without target or points and `人口` one of its own; the first
    # row's start too, with nothing above it.
    tables = _form(
        ["产出指标", "数量指标", "新建农村集中供水工程规模化", "", "", "", ""],
        ["", "", "供水站点", "≥12处", "12处", "20", "20"],
        ["", "", "改造农村供水管网长度（含入户", "≥85公里", "86.5公里", "20", "20"],
        ["", "", "管网）", "", "", "", ""],
        ["", "", "农村饮水安全巩固提升工程受益", "", "", "", ""],
        ["", "", "人口", "≥3.2万人", "3.26万人", "10", "10"],
        ["效益指标", "社会效益指标", "农村自来水普及率", "≥90%", "91.5%", "40", "40"],
        ["合计", "", "", "", "", "100", "99.6"],
    )  # fmt: skip
    assert _indicators(tables) == [
        ("产出指标", "数量指标", "新建农村集中供水工程规模化供水站点", "≥12处", "12处", 20, 20),
        ("产出指标", "数量指标", "改造农村供水管网长度(含入户管网)", "≥85公里", "86.5公里", 20, 20),
        (
            "产出指标",
            "数量指标",
            "农村饮水安全巩固提升工程受益人口",
            "≥3.2万人",
            "3.26万人",
            10,
            10,
        ),
        ("效益指标", "社会效益指标", "农村自来水普及率", "≥90%", "91.5%", 40, 40),
    ]
    assert _rules(tables) == []
