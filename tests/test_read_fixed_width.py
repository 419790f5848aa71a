"""Fixed-width text (pipeline.read.fixed_width): a PDF's text printed where it stands
(`pdftotext -layout`), each cell's lines put back on its row's line by where they stand before
its words are read: names and notes centred around their row's line, level names at their
blocks' middles, cells wrapped under their rows; a table whose lines fit no one reading is left
as printed."""

import functools
import json
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.build.workers import process_file
from pipeline.cells import CellRow
from pipeline.layouts.pieces import threaded_around
from pipeline.manifest import Source
from pipeline.read.fixed_width import headings_joined, lines_placed
from pipeline.read.untabbed import _column_roles, _heads_columns, _names_level
from tests.test_layouts_text import read

FIXTURES = Path(__file__).parent / "fixtures"

# Where each column starts (display width): 一级 | 二级 | 三级 | 计算符号 | 目标值 | 计量单位 | 备注.
STARTS = (2, 14, 34, 58, 68, 84, 94)
LABELS = {0: "一级指标", 1: "二级指标", 2: "三级指标", 3: "计算符号", 4: "目标值", 5: "计量单位",
          6: "备注"}  # fmt: skip
HEAD = [
    "                    项目支出绩效目标表",
    "  项目名称      古籍数字化建设",
    "  主管部门      某县文化和旅游局",
    "  项目资金      年度资金总额      80.00",
    "  年度绩效目标  完成馆藏古籍数字化1200册，建成线上借阅平台。",
]


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _line(cells: dict[int, str]) -> str:
    """A line printing each cell at its column's start."""
    out = ""
    for col in sorted(cells):
        out += " " * max(STARTS[col] - _width(out), 2 if out else 0) + cells[col]
    return out


def _text(lines: list[dict[int, str] | str]) -> bytes:
    return "\n".join(
        line if isinstance(line, str) else _line(line) for line in [*HEAD, LABELS, *lines]
    ).encode()


def _indicators(tables) -> list[tuple]:
    return [
        (i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"], i["standard"])
        for i in tables.indicators
    ]


def test_cells_centred_down_their_rows_are_put_on_their_rows_lines():
    # A name's two lines above and below its values' line, a note's too, a level's name at its
    # block's middle (on a row not its first, or on a line between rows), a 二级 broken over the
    # lines around its row. Read by their words, the lines had been rows of their own: names cut
    # (`数` glued to the next name), notes left out, levels given to the wrong rows.
    tables = read(_text([
        {2: "数字化古籍数量", 3: "≥", 4: "1200", 5: "册"},
        {2: "新增数字资源容量", 3: "≥", 4: "20", 5: "TB"},
        {1: "数量指标", 2: "线上借阅平台注册读者"},
        {3: "≥", 4: "3000", 5: "人"},
        {0: "产出指标", 2: "数"},
        {2: "古籍扫描图像合格率", 3: "≥", 4: "98", 5: "%"},
        {1: "质量指标", 6: "以省图书馆验收"},
        {2: "数字资源可用率", 3: "≥", 4: "99", 5: "%"},
        {6: "结果为准"},
        {1: "时效指标", 2: "项目完成时间", 3: "≤", 4: "2025年11月30日"},
        {1: "社会效益指标", 2: "古籍文献社会利用率", 3: "定性", 4: "明显提升"},
        {0: "效益指标"},
        {1: "可持续影响指"},
        {2: "数字资源长期保存", 3: "定性", 4: "持续保存"},
        {1: "标"},
        {1: "服务对象满意"},
        {0: "满意度指标", 2: "读者满意度", 3: "≥", 4: "90", 5: "%", 6: "抽样调查"},
        {1: "度指标"},
        "  填报人：张三",
    ]))  # fmt: skip
    assert _indicators(tables) == [
        ("产出指标", "数量指标", "数字化古籍数量", "≥1200册", None),
        ("产出指标", "数量指标", "新增数字资源容量", "≥20TB", None),
        ("产出指标", "数量指标", "线上借阅平台注册读者数", "≥3000人", None),
        ("产出指标", "质量指标", "古籍扫描图像合格率", "≥98%", None),
        ("产出指标", "质量指标", "数字资源可用率", "≥99%", "以省图书馆验收结果为准"),
        ("产出指标", "时效指标", "项目完成时间", "≤2025年11月30日", None),
        ("效益指标", "社会效益指标", "古籍文献社会利用率", "明显提升", None),
        ("效益指标", "可持续影响指标", "数字资源长期保存", "持续保存", None),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "抽样调查"),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_cells_wrapped_under_their_rows_and_a_block_gone_on_from_the_page_before():
    # Names wrapped under their rows' lines (a table that tops its cells), the 一级 centred
    # down its block; the page breaks inside 产出指标's block, its last row atop the next page
    # under the labels printed again, then `效益指标` alone between the rows of its own block.
    # `度` and `效益指标 量` had been rows of their own; the 成本 row is 产出指标's, not
    # 效益指标's (成本指标 is no 二级 of 效益指标).
    tables = read(_text([
        {2: "新建高标准农田面积", 3: "≥", 4: "1.2", 5: "万亩"},
        {0: "产出指标", 1: "数量指标", 2: "配套建设灌溉渠道长", 3: "≥", 4: "35", 5: "公里"},
        {2: "度"},
        {2: "新建田间道路", 3: "≥", 4: "18", 5: "公里"},
        {1: "质量指标", 2: "工程验收合格率", 3: "=", 4: "100", 5: "%"},
        {1: "时效指标", 2: "工程完工时间", 3: "≤", 4: "2024年10月31日"},
        "",
        "                                  - 5 -",
        "",
        "                    项目支出绩效目标表",
        _line(LABELS),
        {1: "成本指标", 2: "亩均建设成本", 3: "≤", 4: "3000", 5: "元"},
        {1: "经济效益指标", 2: "项目区亩均粮食增产", 3: "≥", 4: "50", 5: "公斤"},
        {0: "效益指标", 2: "量"},
        {1: "社会效益指标", 2: "受益农户数", 3: "≥", 4: "2100", 5: "户"},
        {1: "可持续影响指标", 2: "灌排设施设计使用年", 3: "≥", 4: "15", 5: "年"},
        {2: "限"},
        {0: "满意度指标", 1: "服务对象满意度指标", 2: "受益农户满意度", 3: "≥", 4: "90", 5: "%"},
    ]))  # fmt: skip
    assert _indicators(tables) == [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩", None),
        ("产出指标", "数量指标", "配套建设灌溉渠道长度", "≥35公里", None),
        ("产出指标", "数量指标", "新建田间道路", "≥18公里", None),
        ("产出指标", "质量指标", "工程验收合格率", "=100%", None),
        ("产出指标", "时效指标", "工程完工时间", "≤2024年10月31日", None),
        ("产出指标", "成本指标", "亩均建设成本", "≤3000元", None),
        ("效益指标", "经济效益指标", "项目区亩均粮食增产量", "≥50公斤", None),
        ("效益指标", "社会效益指标", "受益农户数", "≥2100户", None),
        ("效益指标", "可持续影响指标", "灌排设施设计使用年限", "≥15年", None),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", None),
    ]


def _placed(lines: list[str]) -> list[str]:
    return lines_placed(lines, _column_roles, _heads_columns, _names_level)[0]


def test_lines_that_fit_both_a_centred_and_a_topped_reading_are_left_as_printed():
    # Each name's second line could end the row above (cells topped) or open the row below
    # (cells centred, each row's third line below it): no row prints its name around an empty
    # cell to tell which, so nothing moves.
    lines = [_line(LABELS), *map(_line, [
        {1: "数量指标", 2: "新建高标准农田面积", 3: "≥", 4: "1.2", 5: "万亩"},
        {2: "配套建设灌溉渠道总"},
        {2: "新建机耕道路总长度", 3: "≥", 4: "18", 5: "公里"},
        {2: "米"},
    ])]  # fmt: skip
    assert _placed(lines) == lines


def test_a_word_across_two_columns_leaves_the_table_as_printed():
    # A cell running into the next column's place on one line: no columns part the lines,
    # counted by display width or by characters.
    lines = [_line(LABELS), *map(_line, [
        {1: "数量指标", 2: "新建高标准农田面积", 3: "≥", 4: "1.2", 5: "万亩"},
        {2: "配套建设灌溉渠道长"},
        {0: "产出指标", 2: "度≥35公里以上的渠道配套工程全部完成"},
    ])]  # fmt: skip
    assert _placed(lines) == lines


def test_a_centred_name_whose_lines_only_one_reading_parts_is_read_so():
    # `茶园有机肥替代` above an empty name and `化肥推广面积` below it: narrower than the
    # column prints, but no row above prints a line under it that would end its cell, so the
    # centred reading is the one. `质量指标` on the first of its two rows is that block's.
    tables = read(_text([
        {2: "生态茶园提升改造面积", 3: "≥", 4: "3000", 5: "亩"},
        {2: "茶园有机肥替代"},
        {1: "数量指标", 3: "≥", 4: "2000", 5: "亩"},
        {0: "产出指标", 2: "化肥推广面积"},
        {2: "茶叶加工技术培训", 3: "≥", 4: "15", 5: "期"},
        {1: "质量指标", 2: "病虫害绿色防控覆盖率", 3: "≥", 4: "90", 5: "%"},
        {2: "茶园验收合格率", 3: "=", 4: "100", 5: "%"},
    ]))  # fmt: skip
    assert [row[:4] for row in _indicators(tables)] == [
        ("产出指标", "数量指标", "生态茶园提升改造面积", "≥3000亩"),
        ("产出指标", "数量指标", "茶园有机肥替代化肥推广面积", "≥2000亩"),
        ("产出指标", "数量指标", "茶叶加工技术培训", "≥15期"),
        ("产出指标", "质量指标", "病虫害绿色防控覆盖率", "≥90%"),
        ("产出指标", "质量指标", "茶园验收合格率", "=100%"),
    ]


def test_a_topped_level_broken_over_two_lines_and_a_shifted_row_are_read():
    # A 二级 broken under its row with the name's end (`可持续影响指` / `标`) on a row printing
    # no 一级: the 二级 had been read as a 一级 and `标 年限` left out. A row a converter shifted
    # left (its name running under the next label) is left as printed, the others read by
    # their places, and it by its words.
    shifted = "  质量指标      花椒苗木质量检验合格率    =         100       %"
    tables = read(_text([
        {0: "产出指标", 1: "数量指标", 2: "新建花椒示范基地面积", 3: "≥", 4: "500", 5: "亩"},
        {2: "改造低产花椒林面积", 3: "≥", 4: "3000", 5: "亩"},
        shifted,
        {0: "效益指标", 1: "经济效益指标", 2: "椒农亩均增收", 3: "≥", 4: "800", 5: "元"},
        {1: "可持续影响指", 2: "花椒产业持续发挥效益", 3: "≥", 4: "5", 5: "年"},
        {1: "标", 2: "年限"},
        {0: "满意度指标", 1: "服务对象满意度指标", 2: "椒农满意度", 3: "≥", 4: "90", 5: "%"},
    ]))  # fmt: skip
    assert [row[:4] for row in _indicators(tables)] == [
        ("产出指标", "数量指标", "新建花椒示范基地面积", "≥500亩"),
        ("产出指标", "数量指标", "改造低产花椒林面积", "≥3000亩"),
        ("产出指标", "质量指标", "花椒苗木质量检验合格率", "=100%"),
        ("效益指标", "经济效益指标", "椒农亩均增收", "≥800元"),
        ("效益指标", "可持续影响指标", "花椒产业持续发挥效益年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "椒农满意度", "≥90%"),
    ]


GOALS_PRINTED = {
    # The label beside the headings and the first goals' line (泰来, round 63).
    "label_beside_headings": [
        "  年度总体    预期目标                              实际完成情况",
        "  目标        完成农村饮水工程维修养护35处以上，    维修养护农村饮水工程38处，清淤疏",
        "              河道清淤疏浚12公里。                  浚河道12.6公里。",
    ],
    # The label at the block's middle, under the headings (上犹, round 59).
    "label_under_headings": [
        "              预期目标                              实际完成情况",
        "              完成农村饮水工程维修养护35处以上，    维修养护农村饮水工程38处，清淤疏",
        "  年度总体    河道清淤疏浚12公里。                  浚河道12.6公里。",
        "  目标",
    ],
}


@pytest.mark.parametrize("goals", GOALS_PRINTED.values(), ids=GOALS_PRINTED)
def test_goals_printed_in_columns_of_prose_are_each_columns_lines(goals):
    # Read by their words, the two columns' lines had been one goal, interleaved with the
    # label's pieces (上犹), or lines outside the table (泰来, line_unrecognised).
    lines = [
        "                 部门整体支出绩效自评表",
        "  部门（单位）名称    某县水务局",
        *goals,
        "  一级指标    二级指标      三级指标          分值    年度指标值    全年实际值    得分",
        "  产出指标    数量指标      维修养护工程      100     ≥35处         38处          100",
    ]
    tables = process_file("s.txt", "\n".join(lines).encode(), Source(fiscal_year=2022))
    (project,) = tables.projects
    assert (project["performance_goal"], project["actual_goal"]) == (
        "完成农村饮水工程维修养护35处以上，河道清淤疏浚12公里。",
        "维修养护农村饮水工程38处，清淤疏浚河道12.6公里。",
    )
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


MONEY_HEADINGS_PRINTED = {
    # Heads over a line of headings (阜南, round 64): `年初` over `预算数`.
    "heads_over_headings": [
        "                        年初          全年          全年",
        "                      预算数        预算数        执行数        分值       执行率       得分",
        "  项目资金    年度资金总额        600.00        650.00        630.50        10        97.00%      9.70",
        "  （万元）    其中：财政拨款      530.00        580.00        560.50         —        96.64%         —",
        "              上年结转资金         70.00         70.00         70.00         —       100.00%         —",
    ],
    # Headings over their tails, the block's label over its unit (剑河, round 64).
    "tails_under_headings": [
        "  项目资金                      全年          全年          分值     执行率        得分",
        "  （万元）                      预算数（A）   执行数（B）            （B/A）",
        "              年度资金总额      650.00        630.50        10       97.00%        9.70",
        "              其中：财政拨款    580.00        560.50        —        96.64%        —",
        "              上年结转资金      70.00         70.00         —        100.00%       —",
    ],
}  # fmt: skip


@pytest.mark.parametrize("money", MONEY_HEADINGS_PRINTED.values(), ids=MONEY_HEADINGS_PRINTED)
def test_money_headings_printed_over_two_lines_are_one_heading_a_column(money):
    # Read by their words, the heads and their tails were headings of their own: the money
    # rows' figures fitted no placement (row_unparsed), the money block was lost.
    lines = [
        "                 项目支出绩效自评表",
        "  项目名称      某县柳编产业园建设项目",
        *money,
        "  一级指标    二级指标      三级指标          分值    年度指标值    全年实际值    得分",
        "  产出指标    数量指标      柳编技能培训      90      ≥1000人次     1180人次      90",
        "  总分                                        100                                99.70",
    ]
    tables = process_file("s.txt", "\n".join(lines).encode(), Source(fiscal_year=2023))
    (project,) = tables.projects
    assert (project["budget_adjusted"], project["budget_executed"], project["execution_rate"],
            project["execution_score"]) == (Decimal("650.00"), Decimal("630.50"), 97.0, 9.7)  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def _at(starts: tuple[int, ...], cells: dict[int, str]) -> str:
    """A line printing each cell at its column's start (`starts`, by display width)."""
    out = ""
    for col in sorted(cells):
        out += " " * max(starts[col] - _width(out), 2 if out else 0) + cells[col]
    return out


def test_a_lists_project_cells_centred_down_their_rows_open_the_projects_block():
    # A department list whose project name (over two lines) and amount stand at the middle of
    # the project's rows, 合计 first: the rows above them had been read before any project
    # (row_unparsed), the name's lines rows of their own.
    starts = (2, 26, 36, 50, 64, 90)
    line = functools.partial(_at, starts)
    lines = [
        "                    2024年项目支出绩效目标表",
        line({0: "项目名称", 1: "预算数", 2: "一级指标", 3: "二级指标", 4: "三级指标", 5: "指标值"}),
        line({0: "合计", 1: "505.50"}),
        line({4: "新建集中供水工程", 5: "≥12处"}),
        line({3: "数量指标"}),
        line({4: "更新改造供水管网", 5: "≥46.5公里"}),
        line({0: "农村饮水安全巩固", 2: "产出指标", 4: "水质检测合格率", 5: "≥90%"}),
        line({1: "420.00", 3: "质量指标", 4: "自来水普及率", 5: "≥95%"}),
        line({0: "提升工程", 4: "受益人口", 5: "≥2.3万人"}),
        line({2: "效益指标", 3: "社会效益指标"}),
        line({3: "数量指标", 4: "管护小型水库", 5: "8座"}),
        line({0: "小型水库管护", 1: "85.50", 2: "产出指标", 3: "时效指标", 4: "管护完成时间",
              5: "2024年12月31日前"}),
        line({3: "成本指标", 4: "管护补助标准", 5: "≤1500元/人·月"}),
    ]  # fmt: skip
    tables = read("\n".join(lines).encode())
    assert [(p["project_name"], p["total_amount"]) for p in tables.projects] == [
        ("农村饮水安全巩固提升工程", Decimal("420.00")),
        ("小型水库管护", Decimal("85.50")),
    ]
    assert [row[:4] for row in _indicators(tables)] == [
        ("产出指标", "数量指标", "新建集中供水工程", "≥12处"),
        ("产出指标", "数量指标", "更新改造供水管网", "≥46.5公里"),
        ("产出指标", "数量指标", "水质检测合格率", "≥90%"),
        ("产出指标", "质量指标", "自来水普及率", "≥95%"),
        ("效益指标", "社会效益指标", "受益人口", "≥2.3万人"),
        ("产出指标", "数量指标", "管护小型水库", "8座"),
        ("产出指标", "时效指标", "管护完成时间", "2024年12月31日前"),
        ("产出指标", "成本指标", "管护补助标准", "≤1500元/人·月"),
    ]


def test_labels_over_two_lines_and_a_level_cut_by_a_page_break_are_read():
    # `指标` over `性质`, `度量` over `单位`: the lower line had been read as rows (label_unknown,
    # row_unparsed). `可持续影` ending a page and `响指标` under the labels printed again on the
    # next: the 二级 of the rows on both pages (it had been glued to the next row's name).
    starts = (2, 14, 26, 48, 58, 72, 80)
    line = functools.partial(_at, starts)
    labels = [
        line({0: "一级指标", 1: "二级指标", 2: "三级指标", 3: "指标", 4: "指标", 5: "度量"}),
        line({3: "性质", 4: "值", 5: "单位"}),
    ]
    lines = [
        "                    项目支出绩效目标表",
        "  项目名称    脐橙产业提质增效项目",
        *labels,
        line({0: "产出指标", 1: "数量指标", 2: "低效园改造面积", 3: "≥", 4: "2000", 5: "亩"}),
        line({0: "效益指标", 1: "经济效益指标", 2: "亩均增收", 3: "≥", 4: "1000", 5: "元"}),
        line({2: "持续发挥效益年限", 3: "≥", 4: "8", 5: "年"}),
        line({1: "可持续影"}),
        "",
        "                                  — 23 —",
        *labels,
        line({1: "响指标"}),
        line({2: "果园管护长效机制", 3: "定性", 4: "建立健全"}),
        line({0: "满意度指标", 1: "服务对象满意度指标", 2: "果农满意度", 3: "≥", 4: "90", 5: "%"}),
    ]  # fmt: skip
    tables = read("\n".join(lines).encode())
    assert [row[:4] for row in _indicators(tables)] == [
        ("产出指标", "数量指标", "低效园改造面积", "≥2000亩"),
        ("效益指标", "经济效益指标", "亩均增收", "≥1000元"),
        ("效益指标", "可持续影响指标", "持续发挥效益年限", "≥8年"),
        ("效益指标", "可持续影响指标", "果园管护长效机制", "建立健全"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_rows_cells_a_page_break_cut_go_on_above_the_break():
    # The last row above a page's break wraps its 二级 and its name under the labels printed
    # again (`生态效益` / `指标`, `主要河道水质优良` / `比例`): the line had been left out
    # (row_unparsed), the name cut short, and the next page's cells not placed.
    starts = (0, 12, 26, 48, 84)
    line = functools.partial(_at, starts)
    labels = line({0: "一级指标", 1: "二级指标", 2: "三级指标", 3: "指标解释", 4: "目标值"})
    lines = [
        "                    部门整体支出绩效目标表",
        "部门（单位）名称    某县水利局",
        labels,
        line({0: "产出指标", 1: "数量指标", 2: "水利工程巡查次数", 3: "每月巡查一次", 4: "≥12次"}),
        line({1: "质量指标", 2: "农村供水工程水质", 3: "水质抽检达标占比", 4: "≥95%"}),
        line({2: "达标率"}),
        line({0: "效益指标", 1: "生态效益", 2: "主要河道水质优良", 3: "断面水质达标", 4: "≥90%"}),
        "",
        "                                            — 5 —",
        labels,
        line({1: "指标", 2: "比例"}),
        line({2: "水土流失治理面积", 3: "年度新增治理面积", 4: "≥12平方公里"}),
        line({0: "满意度指标", 1: "服务对象", 2: "群众对农村供水服务", 3: "抽样调查", 4: "≥90%"}),
        line({1: "满意度指标", 2: "满意度"}),
    ]  # fmt: skip
    tables = read("\n".join(lines).encode())
    assert [row[:4] for row in _indicators(tables)] == [
        ("产出指标", "数量指标", "水利工程巡查次数", "≥12次"),
        ("产出指标", "质量指标", "农村供水工程水质达标率", "≥95%"),
        ("效益指标", "生态效益指标", "主要河道水质优良比例", "≥90%"),
        ("效益指标", "生态效益指标", "水土流失治理面积", "≥12平方公里"),
        ("满意度指标", "服务对象满意度指标", "群众对农村供水服务满意度", "≥90%"),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_figures_set_right_against_their_labels_and_a_level_on_a_reasons_last_line():
    # Points set right under `分值` (each ends where the label does, `8` right after it): a run
    # of places no label stands over, the columns had not parted and nothing was placed. A
    # three-line reason centred on its row, `质量指标` printed on its last line: the reason's
    # first line had been left out (row_unparsed) and its last glued to the next name.
    labels = (0, 14, 30, 52, 66, 78, 84, 96)
    rows = (0, 14, 30, 52, 66, 82, 88, 96)  # 分值 and 得分 set right against their labels' ends
    head = _at(labels, {0: "一级指标", 1: "二级指标", 2: "三级指标", 3: "年度指标值", 4: "实际完成值",
                        5: "分值", 6: "得分", 7: "偏差原因分析及改进措施"})  # fmt: skip
    line = functools.partial(_at, rows)
    lines = [
        "                 项目支出绩效自评表",
        "  项目名称      某县林业改革发展项目",
        head,
        line({0: "产出指标", 1: "数量指标", 2: "完成森林抚育面积", 3: "≥3万亩", 4: "3.1万亩",
              5: "8", 6: "8.00", 7: "无"}),
        line({7: "受夏季持续高温干旱影响，部"}),
        line({2: "造林当年成活率", 3: "≥85%", 4: "82%", 5: "8", 6: "8.00",
              7: "分造林地块成活率偏低，已于"}),
        line({1: "质量指标", 7: "秋冬季组织补植补造"}),
        line({2: "森林抚育作业验收合格率", 3: "≥95%", 4: "97%", 5: "7", 6: "7.00", 7: "无"}),
        line({0: "效益指标", 1: "生态效益指标", 2: "森林覆盖率", 3: "≥62.5%", 4: "62.6%", 5: "8",
              6: "8.00", 7: "无"}),
    ]  # fmt: skip
    tables = read("\n".join(lines).encode())
    assert [(*row[:4], i["deviation_reason"]) for row, i in zip(_indicators(tables), tables.indicators, strict=True)] == [
        ("产出指标", "数量指标", "完成森林抚育面积", "≥3万亩", "无"),
        ("产出指标", "质量指标", "造林当年成活率", "≥85%", "受夏季持续高温干旱影响,部分造林地块成活率偏低,已于秋冬季组织补植补造"),
        ("产出指标", "质量指标", "森林抚育作业验收合格率", "≥95%", "无"),
        ("效益指标", "生态效益指标", "森林覆盖率", "≥62.5%", "无"),
    ]  # fmt: skip


def test_a_row_its_words_fit_no_one_way_is_read_as_its_cells_stand():
    # An A1 form printing its 中期 group empty and its 年度 group filled: read by their words,
    # no row told which group its cells are (row_unparsed, and the file refused:
    # file_unreadable); their places do.
    starts = (1, 14, 28, 50, 62, 84, 108)
    line = functools.partial(_at, starts)
    lines = [
        "                            项目支出绩效目标表",
        "  项目名称              某县食用菌产业提质增效项目",
        line({0: "一级指标", 1: "二级指标", 2: "三级指标", 3: "指标值", 4: "二级指标", 5: "三级指标",
              6: "指标值"}),
        line({0: "产出指标", 4: "数量指标", 5: "新建标准化出菇棚", 6: "≥120座"}),
        line({5: "技术培训菇农", 6: "≥300人次"}),
        line({4: "质量指标", 5: "菌棒成品率", 6: "≥95%"}),
        line({0: "效益指标", 4: "社会效益指标", 5: "带动脱贫人口就业", 6: "≥150人"}),
        line({0: "满意度指标", 4: "服务对象满意度指标", 5: "菇农满意度", 6: "≥90%"}),
    ]  # fmt: skip
    tables = read("\n".join(lines).encode())
    assert [(i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"],
             i["period_target"]) for i in tables.indicators] == [
        ("产出指标", "数量指标", "新建标准化出菇棚", "≥120座", None),
        ("产出指标", "数量指标", "技术培训菇农", "≥300人次", None),
        ("产出指标", "质量指标", "菌棒成品率", "≥95%", None),
        ("效益指标", "社会效益指标", "带动脱贫人口就业", "≥150人", None),
        ("满意度指标", "服务对象满意度指标", "菇农满意度", "≥90%", None),
    ]  # fmt: skip


def test_a_money_blocks_part_labels_centred_round_their_figures_go_on_their_row():
    # `其中：中央财政` / figures / `补助资金`: read by their words, the labels' lines were lines
    # outside the table (line_unrecognised) and the parts' figures under no label.
    lines = [
        "                 项目支出绩效自评表",
        "  项目名称      某县林业改革发展项目",
        "                                       年初预算数    全年预算数    全年执行数   分值     执行率     得分",
        "                  年度资金总额          1,250.00      1,386.00      1,344.42      10      97.00%    9.70",
        "                  其中：中央财政",
        " 资金情况                                1,080.00      1,216.00      1,174.42       —      96.58%       —",
        " （万元）            补助资金",
        "                     地方财政",
        "                                          170.00        170.00        170.00       —     100.00%       —",
        "                     配套资金",
        "  一级指标    二级指标      三级指标          分值    年度指标值    全年实际值    得分",
        "  产出指标    数量指标      完成森林抚育面积  90      ≥3万亩        3.1万亩       88.5",
    ]  # fmt: skip
    tables = process_file("s.txt", "\n".join(lines).encode(), Source(fiscal_year=2023))
    assert [
        (a["name"], a["budget_adjusted"], a["budget_executed"]) for a in tables.amount_rows
    ] == [
        ("其中：中央财政补助资金", Decimal("1216.00"), Decimal("1174.42")),
        ("地方财政配套资金", Decimal("170.00"), Decimal("170.00")),
    ]
    assert "line_unrecognised" not in [f["rule"] for f in tables.findings]


def test_money_rows_printing_no_figures_stay_rows_of_their_own():
    # 东平 (held-out self-evaluation round 126): `上年结转资金` and `其他资金` under the
    # 财政拨款 row, no figures on their lines. They had been read as the ends of the label
    # above, one row `其中：当年财政拨款上年结转资金其他资金` (line_unrecognised), or, with the
    # carry-over's figures, `上年结转资金其他资金`.
    lines = [
        "                 项目支出绩效自评表",
        "项目名称            某县村卫生室提升项目",
        "项目资金                                年初预算数      全年预算数      全年执行数        分值    执行率      得分",
        "（万元）      年度资金总额                300.00          340.00          326.40           10     96.00%      9.6",
        "              其中：当年财政拨款          300.00          300.00          292.40           —      97.47%      —",
        "              上年结转资金                0.00            40.00           34.00            —      85.00%      —",
        "              其他资金",
        "              银行贷款",
        "绩效指标  一级指标  二级指标  三级指标          年度指标值        实际完成值      分值    得分",
        "产出指标      数量指标        改造提升村卫生室  ≥60所             60所            90      90",
    ]  # fmt: skip
    tables = process_file("s.txt", "\n".join(lines).encode(), Source(fiscal_year=2023))
    assert [
        (a["name"], a["budget_initial"], a["budget_adjusted"], a["budget_executed"])
        for a in tables.amount_rows
    ] == [
        ("其中：当年财政拨款", Decimal("300.00"), Decimal("300.00"), Decimal("292.40")),
        ("上年结转资金", Decimal("0.00"), Decimal("40.00"), Decimal("34.00")),
        ("其他资金", None, None, None),  # as a tab-separated table's rows left blank are
        ("银行贷款", None, None, None),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_money_block_wrapped_in_narrow_cells_around_its_figures_is_read():
    # 通河 (round 181): `项目资金（万元）` in a narrow column of its own (`项目资` / `金（万` /
    # `元）`) beside labels wrapped in a narrow column too, each label's figure on a line between
    # its pieces or beside its first. Before, the lines were single cells of no label: the
    # project had no total and no fund parts, with no finding.
    lines = [
        "                              项目支出绩效目标表",
        "      项目名称      某县森林草原防灭火专项经费",
        "      项目属性      延续项目                 项目期        1年",
        "       年度资金总",
        "             286.40",
        "       额",
        "项目资 其中：财政 256.40",
        "金（万 拨款",
        " 元） 上年结转资",
        "          30.00",
        "    金",
        "       其他资金",
        "      年度目标      新建防火检查站4座。",
        "        一级指标        二级指标             三级指标               指标值",
        "        产出指标        数量指标        新建防火检查站             4座",
    ]  # fmt: skip
    tables = process_file("s.txt", "\n".join(lines).encode(), Source(fiscal_year=2025))
    (project,) = tables.projects
    assert [project[c] for c in ("total_amount", "fiscal_appropriation", "other_funds")] == [
        Decimal("286.40"),
        Decimal("256.40"),
        Decimal("30.00"),
    ]
    assert _indicators(tables) == [("产出指标", "数量指标", "新建防火检查站", "4座", None)]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def _huishan(figures: str) -> list[str]:
    return [
        "                 某区2025年度项目支出绩效目标表",
        "       项目名称       某区2025年高标准农田建设管护项目",
        "",
        "                                                                 某区农业技术推广",
        "       主管部门       某区农业农村局                           实施单位",
        "                                                                 服务中心",
        "",
        "   年度预算安排             年度资金总额              其中：本年财政拨款                 其他资金",
        "    （万元）" + figures,
        "",
        "   年度绩效目标   对全区高标准农田实施日常管护。",
        "",
        "一级指标      二级指标         三级指标                          指标值",
        "产出指标      数量指标         高标准农田管护面积                ≥3.2万亩",
    ]  # fmt: skip


def test_a_value_wrapped_around_its_labels_line_right_of_its_label_and_figures_under_labels():
    # 惠山 (round 182), 武陵源 (self-evaluations 138): `某区农业技术推广` / `服务中心` printed
    # round the line of `主管部门 … 实施单位`, right of its last label. Before, its first line
    # went on the project's name (`…管护项目某区农业技术推广`) and the unit was `服务中心`. And
    # the money block's label `年度预算安排` / `（万元）` with the figures under its labels
    # beside the unit: before, `（万元） 168.50 150.00 18.50` was one cell, and no total.
    lines = _huishan("                168.50                  150.00                 18.50")
    tables = process_file("s.txt", "\n".join(lines).encode(), Source(fiscal_year=2025))
    (project,) = tables.projects
    assert [
        project[c]
        for c in ("project_name", "implementing_unit", "total_amount", "fiscal_appropriation",
                  "other_funds")
    ] == [
        "某区2025年高标准农田建设管护项目",
        "某区农业技术推广服务中心",
        Decimal("168.50"),
        Decimal("150.00"),
        Decimal("18.50"),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_fewer_figures_than_the_money_labels_over_them_are_not_placed_by_a_guess():
    # Which of 年度资金总额 | 其中：本年财政拨款 | 其他资金 the two figures stand under is not
    # told by their words: no total, and the row is an error (before, `（万元）` stood under
    # 年度资金总额, 96.00 under the 财政拨款 and 其他资金: a total of `（万元）`).
    lines = _huishan("                96.00                  96.00")
    tables = process_file("s.txt", "\n".join(lines).encode(), Source(fiscal_year=2025))
    (project,) = tables.projects
    assert (project["total_amount"], project["fiscal_appropriation"]) == (None, None)
    assert [(f["rule"], f["source_line"], f["message"]) for f in tables.findings
            if f["severity"] == "error"] == [
        ("row_unparsed", 9,
         "a money row of 2 figures under 4 headings; not placed by a guess: (万元) 96.00 96.00"),
    ]  # fmt: skip


# 惠山 (round 182): poppler's places count characters, a wide one as one: `计算符` / `号` wrapped
# around the labels' line stands over the operators by that count, and `指标值` prints three places
# wide, a place left of its figures. Its 二级 names stand centred between their two rows.
HUISHAN_ROWS = [
    "                                          计算符",
    "一级指标      二级指标         三级指标                          指标值         度量单位          分值",
    "                                           号",
    "",
    "                  高标准农田管护面积                ≥             3.2      万亩           10",
    "          数量指标",
    "                  灌排沟渠清淤疏浚长度               ≥             46       公里           10",
    "",
    "产出指标              管护设施完好率                  ≥             95        %           10",
    "          质量指标",
    "                  维修工程验收合格率                =             100       %           10",
    "",
    "          时效指标    管护资金拨付及时率                ≥             98        %           5",
]  # fmt: skip
HUISHAN_READ = [
    ("产出指标", "数量指标", "高标准农田管护面积", "≥3.2万亩", "≥"),
    ("产出指标", "数量指标", "灌排沟渠清淤疏浚长度", "≥46公里", "≥"),
    ("产出指标", "质量指标", "管护设施完好率", "≥95%", "≥"),
    ("产出指标", "质量指标", "维修工程验收合格率", "=100%", "="),
    ("产出指标", "时效指标", "管护资金拨付及时率", "≥98%", "≥"),
]


def _huishan_indicators(tables) -> list[tuple]:
    return [(i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"],
             i["target_operator_raw"]) for i in tables.indicators]  # fmt: skip


def test_a_heading_wrapped_around_the_labels_stands_where_the_rows_count_its_places():
    # Before, `计算符号` was written where a wide character counts two places, over no column:
    # no columns were read, and the rows were read by their words, 管护设施完好率 under the
    # 数量指标 above it (silently).
    lines = [*_huishan("                168.50                  150.00                 18.50")[:11],
             *HUISHAN_ROWS]  # fmt: skip
    tables = process_file("s.txt", "\n".join(lines).encode(), Source(fiscal_year=2025))
    assert _huishan_indicators(tables) == HUISHAN_READ
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_wrapped_heading_is_set_over_the_cells_starting_under_it_not_a_name_running_under_it():
    # 惠山's second form: where a wide character counts two places, the first row's long name
    # runs under `计算符号` too; the heading is set where the operators start under it. Before,
    # it was set by that count, no columns were read, and `可持续影响指` / `标` was an indicator
    # of no target (row_unparsed).
    lines = [
        *_huishan("                96.00                  96.00                 0.00")[:11],
        "                                         计算符",
        "一级指标      二级指标         三级指标                            指标值       度量单位         分值",
        "                                          号",
        "",
        "                  农产品质量安全定量检测批次           ≥            1500       批次           15",
        "          数量指标",
        "                  快速检测样品数                              24000       个           10",
        "",
        "产出指标      质量指标    例行监测合格率                 ≥             98         %           15",
        "",
        "          时效指标    检测结果报送时限                ≤              3       个工作日          10",
        "",
        "         社会效益指标   区域性重大农产品质量安全事件          =              0         起           10",
        "效益指标     可持续影响指",
        "                  农产品质量安全追溯体系            定性        持续完善                        10",
        "            标",
    ]  # fmt: skip
    tables = process_file("s.txt", "\n".join(lines).encode(), Source(fiscal_year=2025))
    assert _huishan_indicators(tables) == [
        ("产出指标", "数量指标", "农产品质量安全定量检测批次", "≥1500批次", "≥"),
        ("产出指标", "数量指标", "快速检测样品数", "24000个", ""),
        ("产出指标", "质量指标", "例行监测合格率", "≥98%", "≥"),
        ("产出指标", "时效指标", "检测结果报送时限", "≤3个工作日", "≤"),
        ("效益指标", "社会效益指标", "区域性重大农产品质量安全事件", "=0起", "="),
        ("效益指标", "可持续影响指标", "农产品质量安全追溯体系", "持续完善", "定性"),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_page_printing_its_columns_at_places_of_its_own_leaves_the_first_read_by_its_labels():
    # The page after the break prints no labels and its columns further left (poppler lays out
    # each page by its own lines): the first page is read under the labels, the second by its
    # words. Before, neither was read by places, and 管护设施完好率 was read under 数量指标.
    second = [
        "",
        "                                 — 12 —",
        "         成本指标    亩均管护成本               ≤     52    元/亩   5",
    ]
    lines = [*_huishan("                168.50                  150.00                 18.50")[:11],
             *HUISHAN_ROWS, *second]  # fmt: skip
    tables = process_file("s.txt", "\n".join(lines).encode(), Source(fiscal_year=2025))
    assert _huishan_indicators(tables) == [
        *HUISHAN_READ,
        ("产出指标", "成本指标", "亩均管护成本", "≤52元/亩", "≤"),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


WULINGYUAN_HEAD = [
    "                               项目支出绩效自评表",
    "   项目支出名称         某区2024年公共文化服务体系建设补助资金",
    "                                   年初预算数         全年预算数        全年执行数       分值    执行率         得分",
    "                                                                                100.00",
    "                    年度资金总额           85.00         85.00          85.00   10                10.00",
    "                                                                                  %",
    "  项目资金（万元）",
    "                    其中：本级资金          25.00         25.00          25.00   —       —          —",
    "                     上级资金            60.00         60.00          60.00   —       —          —",
]  # fmt: skip


def test_a_rate_wrapped_round_its_money_rows_line_and_figures_close_to_the_next_are_read():
    # 武陵源 (self-evaluations 138): `100.00` / `%` round the total row's line in a narrow 执行率
    # column, and `85.00   10` three places apart. Before, the figures were read where a wide
    # character counts two places: 85.00 and 10 were one cell (`85.0010`: 85.001 executed,
    # silently) and 100.00 the year's first budget (年初预算数 100, silently).
    lines = [
        *WULINGYUAN_HEAD,
        "  一级指标    二级指标        三级指标          年度指标值        实际完成值       分值     得分",
        "  产出指标    数量指标        送戏下乡演出场次    ≥60场            64场     90      90",
    ]  # fmt: skip
    tables = process_file("s.txt", "\n".join(lines).encode(), Source(fiscal_year=2024))
    (project,) = tables.projects
    assert [
        project[c]
        for c in ("budget_initial", "budget_adjusted", "budget_executed", "execution_rate_raw",
                  "execution_weight", "execution_score")
    ] == [Decimal("85.00"), Decimal("85.00"), Decimal("85.00"), "100.00%", 10.0, 10.0]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_targets_and_actuals_wrapped_round_their_rows_line_go_on_that_row():
    # 武陵源: each date printed over two lines, round the line of its row's name, weight and
    # score. Before, the row was refused (row_unparsed) and its dates lost (in the round's file,
    # their first lines were read as a row of their own, named `时效指标`).
    lines = [
        *WULINGYUAN_HEAD,
        " 一级指标     二级指标        三级指标        实施期指标值           年度指标值         实际完成值        分值   得分",
        "          数量指标    新建改建旅游厕所         ≥40座             ≥22座             22座     10     10",
        "                                 2025年10月31日      2024年11月30日    2024年11月26",
        "          时效指标    年度建设任务完成时间                                                  10     10",
        "                                      前                前             日",
        "          成本指标    单座旅游厕所建设成本       ≤18万元            ≤18万元            17.6万元   10     10",
    ]  # fmt: skip
    tables = process_file("s.txt", "\n".join(lines).encode(), Source(fiscal_year=2024))
    assert [
        (i["level2_name"], i["indicator_name"], i["period_target"], i["annual_target"],
         i["actual_value"], i["weight"], i["score"])
        for i in tables.indicators
    ] == [
        ("数量指标", "新建改建旅游厕所", "≥40座", "≥22座", "22座", 10.0, 10.0),
        ("时效指标", "年度建设任务完成时间", "2025年10月31日前", "2024年11月30日前",
         "2024年11月26日", 10.0, 10.0),
        ("成本指标", "单座旅游厕所建设成本", "≤18万元", "≤18万元", "17.6万元", 10.0, 10.0),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


# 工农 (self-evaluations 139): 二级 names over three lines round their rows (`数量指标（` /
# `或建筑规模` / `指标）`), and a page after a break that prints its columns at places of its own,
# its 二级 names wrapped round their rows' lines.
GONGNONG = [
    "                          项目支出绩效自评表",
    "    项目名称       某区2023年市政道路及排水设施维修养护经费",
    "一级指标   二级指标             三级指标             年度指标值              实际完成值               分值               得分             偏差原因分析及改进措施",
    "",
    "       数量指标（",
    "                      维修市政道路面积       ≥1.8万平方米              1.86万平方米             10               10",
    "       或建筑规模",
    "        指标）",
    "                      疏通排水管网长度            ≥32公里                 33.5公里          10               10",
    "",
    "       质量指标           维修工程质量合格率             100%                 100%           10               10",
    "产出指标",
    "       时效指标（",
    "       工期指标、",
    "                 雨季前排水管网清掏完成时间       2023年6月30日前           2023年6月26日           10               10",
    "       形象进度指",
    "        标）",
    "",
    "       成本指标           道路维修单位成本       ≤80元/平方米              76.4元/平方米            10               10",
    "",
    "                                                          -7-",
    "\f        可持续影响",
    "效益指标                    市政设施日常巡查制度                 落实到位     落实到位        10     10",
    "            指标",
    "",
    "        服务对象满",
    "满意度指标                      沿线居民满意度                 ≥90%         91.5%   10     10",
    "        意度指标",
]  # fmt: skip


def test_levels_over_three_lines_and_levels_round_rows_on_a_page_of_its_own_are_read():
    # Before, `数量指标（或建筑规模指标）` named no level in pieces: the first page was read by
    # words, 维修市政道路面积 under the 质量指标 below it (silently), `时效指标（工期指标、…）` glued
    # to a name; on the second page `可持续影响` / `指标` and `服务对象满` / `意度指标` were refused.
    tables = process_file("s.txt", "\n".join(GONGNONG).encode(), Source(fiscal_year=2023))
    assert [(i["level1_name"], i["level2_name"], i["indicator_name"]) for i in tables.indicators] == [
        ("产出指标", "数量指标", "维修市政道路面积"),
        ("产出指标", "数量指标", "疏通排水管网长度"),
        ("产出指标", "质量指标", "维修工程质量合格率"),
        ("产出指标", "时效指标", "雨季前排水管网清掏完成时间"),
        ("产出指标", "成本指标", "道路维修单位成本"),
        ("效益指标", "可持续影响指标", "市政设施日常巡查制度"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度"),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


_LABELS = ("项目资金", "年度资金总额", "其中：财政拨款", "其他资金")


def _threaded(texts: list[str]) -> list[tuple[tuple[str, ...], int]]:
    rows = [CellRow((text,), line) for line, text in enumerate(texts, 1)]
    return [
        (row.cells, row.line)
        for row in threaded_around(
            rows,
            begins=lambda text: any(label.startswith(text) for label in _LABELS),
            names=lambda text: text in _LABELS,
            heads=lambda text: text == "项目资金",
            is_figure=lambda text: text.replace(".", "").isdigit(),
        )
    ]


def test_labels_wrapped_around_their_figures_become_rows_on_their_first_pieces_lines():
    assert _threaded(
        ["年度资金总", "286.40", "额", "项目资 其中：财政 256.40", "金 拨款", "其他资金"]
    ) == [
        (("项目资金", "年度资金总额", "286.40"), 1),
        (("", "其中：财政拨款", "256.40"), 4),
        (("", "其他资金", ""), 6),
    ]


@pytest.mark.parametrize(
    "texts",
    [
        ["年度资金总", "286.40", "额外安排的资金"],  # a word that goes on no label: prose
        ["年度资金总额", "286.40", "其他资金"],  # no label in pieces: the other readers' rows
        ["年度资金总", "额", "其他资金"],  # no figure
        ["年度资金总", "286.40", "其他资"],  # a label left unfinished
        ["286.40", "年度资金总", "额"],  # a figure before any label
    ],
)
def test_lines_that_put_back_no_block_of_labels_and_figures_stay_as_printed(texts):
    assert _threaded(texts) == [((text,), line) for line, text in enumerate(texts, 1)]


def test_a_reasons_middle_line_holding_a_year_goes_on_the_reason():
    # 东平 (held-out self-evaluation round 126): a reason over three lines, its middle one
    # `新建，顺延至2024年实施，已落实建`. A line holding a figure was no piece of the cell above:
    # it was left out (row_unparsed), the reason read without it.
    lines = [
        "                 项目支出绩效自评表",
        "项目名称            某县村卫生室提升项目",
        "绩效指标  一级指标  二级指标  三级指标                        年度指标值        实际完成值      分值    得分    偏差原因分析及改进措施",
        "产出指标      数量指标        改造提升村卫生室                ≥60所             56所            90      84      4所村卫生室因村庄规划调整需异地",
        "                                                                                                                新建，顺延至2024年实施，已落实建",
        "                                                                                                                设用地。",
        "              质量指标        改造工程验收合格率              100%              100%            10      10",
    ]  # fmt: skip
    tables = process_file("s.txt", "\n".join(lines).encode(), Source(fiscal_year=2023))
    assert [(i["indicator_name"], i["deviation_reason"]) for i in tables.indicators] == [
        (
            "改造提升村卫生室",
            "4所村卫生室因村庄规划调整需异地新建,顺延至2024年实施,已落实建设用地。",
        ),
        ("改造工程验收合格率", None),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


WUZHAI = "A-shanxi-xinzhou-wuzhai-shuili-txt-pdftotextlayout-spacealigned-zhuguanbumenjidaima-xiangmushuxing-xiangmuqi-moneylabelcentred-qitazijin-zero-empty-figures-pagebreak-betweenrows-wrappednames-yearline-threeforms-2025.txt"


def test_a_level_wrapped_under_a_forms_last_row_is_no_block_label():
    # 五寨 (held-out round 171), its first two forms: each form's last row wraps its 二级
    # (`服务对象满意` over `度指标`), the next form's head right after with no title over it.
    # The rows ran on into that head, whose places told no columns, and read by their words
    # `度指标` was the clipped label `年度指标` printed again: the 二级 left `服务对象满意`
    # (category_unknown).
    text = (FIXTURES / "heldout-targets-171" / WUZHAI).read_text(encoding="utf-8")
    lines = text.splitlines()[:58]  # the first two forms
    tables = process_file("s.txt", "\n".join(lines).encode(), Source(fiscal_year=2025))
    assert [
        (i["level2_name"], i["indicator_name"])
        for i in tables.indicators
        if "满意" in i["indicator_name"]
    ] == [
        ("服务对象满意度指标", "受益群众满意度"),
        ("服务对象满意度指标", "下游受益群众满意度"),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_reason_centred_round_its_row_begins_on_the_line_above_it():
    # 襄汾 (held-out self-evaluation round 127): the money's parts print no figures, and a
    # reason over three lines is centred on its row, its first line above it. The parts were
    # read as one line outside the table (`其中：当年财政拨款`, line_unrecognised) and two rows
    # of no figures; the reason's first line was left out (row_unparsed), the reason cut.
    lines = [
        "                 项目支出绩效自评表",
        "项目名称            某县秸秆综合利用项目",
        "项目资金                                年初预算数      全年预算数      全年执行数          分值    执行率      得分",
        "（万元）      年度资金总额                320.00          320.00          316.80             10     99.00%      9.9",
        "              其中：当年财政拨款",
        "              上年结转资金",
        "              其他资金",
        "绩效指标  一级指标  二级指标      三级指标                        年度指标值          实际完成值        分值    得分    偏差原因分析及改进措施",
        "产出指标      数量指标            秸秆综合利用量                  ≥28万吨             28.6万吨          15      15",
        "                                                                                                                        2家申报主体设备购置合同未按期签订，",
        "                                  扶持秸秆利用主体                ≥15个               13个              10      8.7     11.8万元结转资金未形成支出，已收回；",
        "                                                                                                                        下一步提前组织申报，加强过程督导。",
        "              质量指标            秸秆综合利用率                  ≥92%                93.2%             65      65",
    ]  # fmt: skip
    tables = process_file("s.txt", "\n".join(lines).encode(), Source(fiscal_year=2022))
    assert [(a["name"], a["budget_adjusted"]) for a in tables.amount_rows] == [
        ("其中：当年财政拨款", None),
        ("上年结转资金", None),
        ("其他资金", None),
    ]
    assert [(i["indicator_name"], i["deviation_reason"]) for i in tables.indicators] == [
        ("秸秆综合利用量", None),
        (
            "扶持秸秆利用主体",
            "2家申报主体设备购置合同未按期签订,11.8万元结转资金未形成支出,已收回;下一步提前组织申报,加强过程督导。",
        ),
        ("秸秆综合利用率", None),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_bound_under_a_names_label_leaves_the_table_as_printed():
    # A line whose leading spaces were lost (`发放油茶专用肥 … ≥60吨` from the line's start):
    # its target stands under the names' label, so the places tell no columns; read by them,
    # the targets of the rows under it had been moved onto the names above.
    lines = [_line(LABELS), *map(_line, [
        {0: "产出指标", 1: "数量指标", 2: "低产林抚育改造面积", 3: "≥", 4: "1200", 5: "亩"},
        {2: "病虫害防治率", 3: "≥", 4: "85", 5: "%"},
    ]), "发放油茶专用肥                    ≥60吨"]  # fmt: skip
    assert _placed(lines) == lines


VALUES_AROUND_LABELS = {
    # The goal's three lines, its label on the middle one (雷波, round 71): read by their words,
    # the first line had been a line outside the table (line_unrecognised), lost to the goal.
    "centred": (
        [
            "                完成脐橙低效园改造2000亩，新建果园蓄水池40口；",
            "  年度目标      改造园区优质果率达到75%以上，亩均增收1000元以上，",
            "                带动脱贫户1100户增收。",
        ],
        "完成脐橙低效园改造2000亩，新建果园蓄水池40口；改造园区优质果率达到75%以上，"
        "亩均增收1000元以上，带动脱贫户1100户增收。",
        None,
    ),
    # The line over the goal's label as wide as the field's line above it: that field's value
    # wrapped under its line (topped), no line of the goal's.
    "the_field_above_topped": (
        [
            "  项目概况      对全县低效脐橙园实施改造，配套建设果园",
            "                蓄水池和生产便道。",
            "  年度目标      完成脐橙低效园改造2000亩。",
        ],
        "完成脐橙低效园改造2000亩。",
        {"项目概况": "对全县低效脐橙园实施改造，配套建设果园蓄水池和生产便道。"},
    ),
}


@pytest.mark.parametrize(
    ("printed", "goal", "fields"), VALUES_AROUND_LABELS.values(), ids=VALUES_AROUND_LABELS
)
def test_a_fields_value_printed_around_its_labels_line_is_read_whole(printed, goal, fields):
    lines = [
        "                    项目支出绩效目标表",
        "  项目名称      某县脐橙提质增效项目",
        "  主管部门      某县农业农村局",
        *printed,
        "  一级指标    二级指标      三级指标              指标值",
        "  产出指标    数量指标      低效园改造面积        ≥2000亩",
    ]
    tables = process_file("s.txt", "\n".join(lines).encode(), Source(fiscal_year=2024))
    (project,) = tables.projects
    assert (project["project_name"], project["performance_goal"]) == ("某县脐橙提质增效项目", goal)
    assert project["extra_columns"] == (fields and json.dumps(fields, ensure_ascii=False))
    assert _indicators(tables) == [("产出指标", "数量指标", "低效园改造面积", "≥2000亩", None)]
    assert "line_unrecognised" not in [f["rule"] for f in tables.findings]


def test_a_line_of_fields_over_money_headings_is_not_joined_to_them():
    # 德兴 (held-out self-evaluation round 104), `pdftotext -layout`: `主管部门 德兴市林业局 实施单位
    # 德兴市林业局` over `年初预算数 全年预算数 …`. The two lines were read as one row of headings
    # printed over two lines (`德兴市林业局年初预算数`), the money block left without headings
    # and its first figure, the 年初预算数 450.00, taken for the total, silently. Headings
    # printed over two lines are still joined (`test_money_headings_printed_over_two_lines_…`).
    fields = " 主管部门              德兴市林业局            实施单位              德兴市林业局"
    money = "                     年初预算数              全年预算数           全年执行数"
    assert headings_joined([fields, money]) == [fields, money]


# `pdftotext -layout` of a list whose indicator block's label, a cell merged down the rows, is
# printed at their middle left of the column labels (两江新区, round 140). pdftotext counts a
# CJK character one place, as wide as a Latin one.
SIDE_LABELLED = [
    "                      2024年一般性项目绩效目标表",
    "   专项资金名称   城市环境卫生作业服务项目",
    "   当年预算    3,862.45",
    "",
    "          指标                     指标权重    计量单位   指标性质    指标值",
    "",
    "          环卫作业车辆及设施设备完好率（含压缩站、",
    "                                    10    %      ≥       95",
    "          转运站设备）",
    "   绩效指标",
    "          城市市容环境                    10           定性    干净整洁有序",
    "",
    "          市民对城市环境卫生满意度              10    %      ≥       90",
]


@pytest.mark.parametrize("vertical", [False, True], ids=["whole", "one-a-line"])
def test_the_blocks_label_left_of_the_column_labels_is_read_above_them(vertical):
    # Before, the label stood in a column no label heads: the lines were read by their words,
    # `绩效指标` glued to a name, the wrapped name's row lost and `10 %` one cell.
    lines = list(SIDE_LABELLED)
    if vertical:  # one character a line down the rows' middle lines, as a narrow cell prints it
        lines[9], lines[11] = "   绩", "   指"
        lines[10], lines[12] = "   效" + lines[10][4:], "   标" + lines[12][4:]
    tables = read("\n".join(lines).encode())
    assert [(i["indicator_name"], i["weight"], i["annual_target"]) for i in tables.indicators] == [
        ("环卫作业车辆及设施设备完好率(含压缩站、转运站设备)", 10.0, "≥95%"),
        ("城市市容环境", 10.0, "干净整洁有序"),
        ("市民对城市环境卫生满意度", 10.0, "≥90%"),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] == "error"] == []


def test_a_running_head_atop_each_page_is_no_cell_of_the_list_it_prints_over():
    # 华蓥 (round 140): `pdftotext -layout` of a list over two pages, each topped by the
    # department's name centred over the list's columns. Before, the name atop the second page
    # was read as the end of the project name above the page break
    # (`华蓥市困难群众临时救助资金华蓥市民政局`), with no finding.
    (path,) = (FIXTURES / "heldout-targets-140").glob("E-sichuan-guangan-huaying-*.txt")
    tables = read(path.read_bytes())
    assert [(p["project_name"], str(p["total_amount"])) for p in tables.projects] == [
        ("华蓥市城乡特困人员救助供养资金", "128.650000"),
        ("华蓥市困难群众临时救助资金", "65.210000"),
        ("华蓥市殡葬服务设施运行维护经费", "48.000000"),
    ]


def test_a_goal_printed_around_its_label_alone_on_its_line_is_the_goal():
    # 两江新区 and 绵竹 (round 140): a label centred between its value's two lines, alone on its
    # line. Before, the line above went on the field before (立项依据) and the goal kept only
    # its last line; in a file's second form, a line outside every table was also left out.
    goal = ("直管区城市道路清扫保洁面积1260万平方米以上，生活垃圾日产日清，主次干道机扫水",
            "洗率85%以上，城市市容环境干净整洁有序。")  # fmt: skip
    lines = [
        *SIDE_LABELLED[:3],
        "   立项依据    新区环卫作业服务合同",
        "",
        "             " + goal[0],
        "   当年绩效目标",
        "             " + goal[1],
        *SIDE_LABELLED[3:],
    ]
    tables = read("\n".join(lines).encode())
    (project,) = tables.projects
    assert project["performance_goal"] == "".join(goal)
    assert json.loads(project["extra_columns"]) == {"立项依据": "新区环卫作业服务合同"}


def test_a_pdftotext_self_evaluation_of_wrapped_headings_blank_cells_and_template_rows():
    # 巢湖 (held-out self-evaluation round 134, 安徽's form): `执行率(` / headings / `B/A)`, a
    # carried-over fund printing no 年初预算数, `指标2：` / `……` rows a template left unfilled,
    # a 一级 one space from its 二级, and `满意度指标（10` / row / `分）`. Before, the money rows
    # were refused (row_unparsed) or read a column off (上年结转 40 as its 年初预算数), the
    # placeholders glued onto the names above (`指标1：处置率指标2：……`), and `分）` refused.
    lines = [
        "                       项目支出绩效自评表",
        "项目名称             某县农作物病虫害统防统治项目",
        "                                                               执行率(",
        "             年初预算数       全年预算数(A)       全年执行数(B)       分值                 得分",
        "                                                               B/A)",
        "",
        "  年度资金总额：    600         640            625.40         10      97.72%     9.77",
        "  其中：财政拨款    600         600            585.40         -       97.57%     -",
        "  上年结转资金                 40             40             -       100%       -",
        "",
        "  一级指标          二级指标          三级指标                    年度指标值        实际完成值        分值     得分",
        "",
        "                              指标1：统防统治作业面积            ≥15万亩        15.6万亩       40     40",
        "",
        "  产出指标          质量指标          指标2：",
        "",
        "                              ……",
        "  效益指标（40分） 社会效益指标            指标1：病虫害成灾次数             0次           0次           40     40",
        "  满意度指标（10",
        "                服务对象满意度       指标1：种植户满意度              ≥90%         93%          10     10",
        "  分）",
        "总分                                                                              100    99.77",
    ]  # fmt: skip
    tables = process_file("s.txt", "\n".join(lines).encode(), Source(fiscal_year=2022))
    assert [
        (a["name"], a["budget_initial"], a["budget_adjusted"], a["budget_executed"])
        for a in tables.amount_rows
    ] == [
        ("其中：财政拨款", Decimal("600"), Decimal("600"), Decimal("585.40")),
        ("上年结转资金", None, Decimal("40"), Decimal("40")),
    ]
    (project,) = tables.projects
    assert (project["total_amount"], project["budget_executed"], project["execution_rate"]) == (
        Decimal("640"), Decimal("625.40"), 97.72)  # fmt: skip
    assert [(i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"])
            for i in tables.indicators] == [
        ("产出指标", "质量指标", "指标1:统防统治作业面积", "≥15万亩"),
        ("效益指标", "社会效益指标", "指标1:病虫害成灾次数", "0次"),
        ("满意度指标", "服务对象满意度指标", "指标1:种植户满意度", "≥90%"),
    ]  # fmt: skip
    assert [(f["rule"], f["source_line"]) for f in tables.findings if f["severity"] != "info"] == []


def test_one_label_wrapped_under_its_header_is_joined_the_other_pieces_where_printed():
    # 冷水滩 (held-out self-evaluation round 124): `偏差原因分析及` over `改进措施`, the only label
    # wrapped, had been left apart (two labels were needed), and every row printing a reason was
    # refused. 桦南 (round 171): `预算金额` over `（万元）` joined and the line printed again by
    # display width moved the labels after it, so each amount was read into the goal beside it.
    header = [
        "绩效指标  一级指标  二级指标  三级指标            年度指标值    实际完成值   分值  得分  偏差原因分析及",
        "                                                           改进措施",
    ]  # fmt: skip
    assert headings_joined(header) == [
        "绩效指标  一级指标  二级指标  三级指标            年度指标值    实际完成值   分值  得分  偏差原因分析及改进措施",
        "",
    ]  # fmt: skip
    listed = [
        " 序号    项目名称                   预算金额      年度绩效目标          一级指标      二级指标     三级指标          指标值",
        "                           （万元）",
    ]  # fmt: skip
    assert headings_joined(listed) == [
        " 序号    项目名称                预算金额（万元）     年度绩效目标          一级指标      二级指标     三级指标          指标值",
        "",
    ]  # fmt: skip


def test_a_heading_wrapped_around_a_narrow_gap_moves_the_least_that_keeps_it_apart():
    # 巢湖's second form (self-evaluation round 134): `执行率(` / `B/A)` between `分值` and `得分`
    # six places apart. Centred, the joined heading came one place from `得分`, which joins the
    # two into one piece: no heading was joined and the form's money rows were refused.
    lines = [
        "                                                                           执行率(",
        "                   年初预算数      全年预算数(A)                全年执行数(B)   分值               得分",
        "                                                                           B/A)",
    ]  # fmt: skip
    assert headings_joined(lines) == [
        "",
        "                   年初预算数      全年预算数(A)                全年执行数(B)   分值     执行率(B/A)  得分",
        "",
    ]  # fmt: skip


def _page_form(name: tuple[str, str, str], unit: tuple[str, str], money: str) -> list[str]:
    """One page of 丰顺's form as `pdftotext -layout` prints it (round 180, made-up cells): the
    title and its year atop the page, the money's label wrapped around the 项目名称 line, the
    unit's name wrapped around its label's, `绩效指标` down the side on a line of its own, a 一级
    wider than its column starting left of it, a 二级 one space from its name, a name wrapped
    around its row."""
    top, line, _ = name
    return [
        "                某县财政项目支出绩效目标表",
        "                          （2025年度）",
        "预算单位：某县卫生健康局",
        f"       {top:<29}本年度申请县财政",
        f"项目名称{line:<50}{money}",
        "                                     预算资金（万元）",
        f"       {unit[0]}",
        "实施单位                                   项目期         1年",
        f"              {unit[1]}",
        "总体目标   为城乡居民提供基本公共卫生服务。",
        "",
        "        一级指标      二级指标                 三级指标        指标值",
        "                 数量指标      65岁及以上老年人健康管理人数       ≥2.6万人",
        "       预期产出指标    质量指标      居民电子健康档案建档率            ≥90%",
        "绩效指标",
        "                           人均基本公共卫生服务经费补助标",
        "                 成本指标                              94元",
        "                           准",
        "                 社会效益指标    居民健康素养水平               ≥30%",
        "        效果指标",
        "                可持续影响指标 基层医疗卫生服务能力                持续提升",
        "",
        "                            — 32 —",
    ]


def test_a_pdftotext_text_of_forms_each_on_its_page_under_its_title():
    # 丰顺 (round 180, `pdftotext -layout`, a form feed before each page's first line). Before,
    # the title atop each page, a running head, was blanked, so the first form's rows ran on into
    # the next form's head; the form feed took the spaces before the page's first line; the
    # money's label and the unit's name wrapped around their lines were lines of their own, the
    # name glued to the figure; a 一级 starting left of its column and `可持续影响指标 基层…`
    # one space apart left the rows to be read by their words: two projects, no total, and a
    # `row_unparsed` error for nearly every row.
    first = _page_form(
        ("", "    某县基本公共卫生服务项目", ""),
        ("某县各镇卫生院、社区卫生服务", "中心"),
        "1,286.40",
    )
    second = _page_form(("某县适龄妇女两癌免费筛查", "", "项目"), ("某县妇幼保健院", ""), "58.20")
    second[4], second[5] = second[4].rstrip(), "              项目" + second[5][18:]
    second[6:9] = ["", "实施单位       某县妇幼保健院                    项目期          1年", ""]
    text = "\n".join([*first, "\f" + second[0], *second[1:]])
    tables = process_file("s.txt", text.encode(), Source(fiscal_year=2025))
    assert [
        (p["project_name"], p["total_amount"], p["implementing_unit"]) for p in tables.projects
    ] == [
        ("某县基本公共卫生服务项目", Decimal("1286.40"), "某县各镇卫生院、社区卫生服务中心"),
        ("某县适龄妇女两癌免费筛查项目", Decimal("58.20"), "某县妇幼保健院"),
    ]
    assert _indicators(tables) == 2 * [
        ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥2.6万人", None),
        ("产出指标", "质量指标", "居民电子健康档案建档率", "≥90%", None),
        ("产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", "94元", None),
        ("效益指标", "社会效益指标", "居民健康素养水平", "≥30%", None),
        ("效益指标", "可持续影响指标", "基层医疗卫生服务能力", "持续提升", None),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_headings_wrapped_around_the_labels_line_are_each_joined_where_they_stand():
    # 镇平 (round 181): `预算金额` / `项目名称 …` / `（万元）` and `权重` / … / `（%）`, two headings
    # wrapped around the labels' line. Before, one such heading was joined, never two: the list
    # was read without its amounts and weights.
    lines = [
        "            预算金额                                                权重",
        "  项目名称                    年度绩效目标      三级指标    指标值",
        "            （万元）                                                （%）",
    ]  # fmt: skip
    assert headings_joined(lines) == [
        "",
        "  项目名称  预算金额（万元）  年度绩效目标      三级指标    指标值  权重（%）",
        "",
    ]  # fmt: skip
