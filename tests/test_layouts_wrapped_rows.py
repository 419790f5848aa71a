"""An indicator row a converter broke onto two lines, read by the whole per-file pipeline.

The wrapped ends are printed on a row of their own whose other cells are blank: a name's end
(`培训企业经营管理人` over `员数量`), a target's (`≥100` over `人次`), or both. In a form, split value
columns, a one-row-per-indicator list and a self-evaluation, such a row is joined back to the
row above where the evidence is strong; a row that may be an end but lacks the evidence stays
an indicator (an unfilled template row is one) with a `name_maybe_wrapped` warning, and a row
that prints a name and a target of its own is never joined.
"""

from decimal import Decimal

import pytest

from pipeline.build.workers import process_file
from pipeline.manifest import Source
from pipeline.vocab.labels import split_page_numbers, without_glued_page_markers
from tests.test_layouts_text import read, text

HEAD = [["项目支出绩效目标表"], ["单位:万元"], ["项目名称", "企业经营管理人才培训"],
        ["年度资金总额", "120"], ["年度目标", "完成培训任务。"]]  # fmt: skip
GRID = ["一级指标", "二级指标", "三级指标", "指标值"]
FIRST_LINE = len(HEAD) + 2  # the line of the first data row


def indicators(tables) -> list[tuple]:
    return [(i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"],
             i["target_operator_raw"], i["target_value_raw"], i["target_unit_raw"],
             i["source_line"]) for i in tables.indicators]  # fmt: skip


def findings(tables, *rules) -> list[tuple]:
    return [(f["rule"], f["severity"], f["source_line"], f["message"], f["evidence"])
            for f in tables.findings if f["rule"] in rules]  # fmt: skip


UNREAD = ("row_unparsed", "name_maybe_wrapped")
SATISFACTION = ["满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"]


@pytest.mark.parametrize(
    ("wrapped", "name", "target"),
    [
        # the name's first line is the widest name of its column: the converter wrapped it there
        ([["", "", "培训企业经营管理人", "≥100人次"], ["", "", "员数量", ""]],
         "培训企业经营管理人员数量", "≥100人次"),
        # a figure then its unit
        ([["", "", "培训人数", "≥100"], ["", "", "", "人次"]], "培训人数", "≥100人次"),
        # words then their end
        ([["", "", "补助资金拨付", "按学期及时拨"], ["", "", "", "付到位"]], "补助资金拨付",
         "按学期及时拨付到位"),
        # both
        ([["", "", "培训企业经营管理人", "≥100"], ["", "", "员数量", "人次"]],
         "培训企业经营管理人员数量", "≥100人次"),
        # a bracket left open, closed on the next line; the first line is not the widest
        ([["", "", "培训人数(含线", "≥100人次"], ["", "", "上)", ""]], "培训人数(含线上)", "≥100人次"),
        # over three lines: the middle line as wide as the first, the last narrower
        ([["", "", "培训企业经营管理人", "≥100人次"], ["", "", "员和专业技术人员总", ""],
          ["", "", "数量", ""]], "培训企业经营管理人员和专业技术人员总数量", "≥100人次"),
        # the first line printed as wide as the end, one narrow character narrower once its
        # `，` is folded to `,`
        ([["", "", "培训内，企业经营管", "≥100人次"], ["", "", "理人员数量统计指标", ""]],
         "培训内,企业经营管理人员数量统计指标", "≥100人次"),
    ],
)  # fmt: skip
def test_a_forms_indicator_row_broken_onto_two_lines_is_one_indicator(wrapped, name, target):
    tables = read(text([*HEAD, GRID, ["产出指标", "数量指标", "发放补助户数", "=39户"], *wrapped,
                        SATISFACTION]))  # fmt: skip
    assert indicators(tables) == [
        ("产出指标", "数量指标", "发放补助户数", "=39户", None, None, None, FIRST_LINE),
        ("产出指标", "数量指标", name, target, None, None, None, FIRST_LINE + 1),
        ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%", None, None, None,
         FIRST_LINE + 1 + len(wrapped)),
    ]  # fmt: skip
    assert findings(tables, *UNREAD) == []


def test_split_value_columns_join_a_wrapped_name_and_unit_cell_by_cell():
    tables = read(text([*HEAD, ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
                        ["产出指标", "数量指标", "培训企业经营管理人", "≥", "100", "人"],
                        ["", "", "员数量", "", "", "次"],
                        ["", "质量指标", "结业率", "≥", "95", "%"]]))  # fmt: skip
    assert indicators(tables) == [
        ("产出指标", "数量指标", "培训企业经营管理人员数量", "≥100人次", "≥", "100", "人次",
         FIRST_LINE),
        ("产出指标", "质量指标", "结业率", "≥95%", "≥", "95", "%", FIRST_LINE + 2),
    ]  # fmt: skip
    assert findings(tables, *UNREAD) == []


def test_a_one_row_per_indicator_lists_wrapped_name_is_joined_under_its_project():
    tables = read(text([
        ["2024年部门项目支出绩效目标表"], ["单位:万元"],
        ["单位名称", "项目名称", "预算数", "一级指标", "二级指标", "三级指标", "指标值"],
        ["某区人社局", "人才培训", "48.00", "产出指标", "数量指标", "培训企业经营管理人", "≥3000人"],
        ["", "", "", "", "", "员数量", ""],
        ["", "", "", "产出指标", "质量指标", "结业率", "≥95%"],
    ]))  # fmt: skip
    assert [(i["indicator_name"], i["annual_target"]) for i in tables.indicators] == [
        ("培训企业经营管理人员数量", "≥3000人"),
        ("结业率", "≥95%"),
    ]
    assert findings(tables, *UNREAD) == []


def test_a_self_evaluations_wrapped_name_is_joined_with_its_actual_and_score_kept():
    tables = read(text([
        ["项目支出绩效自评表"], ["单位:万元"], ["项目名称", "人才培训"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "培训企业经营管理人", "≥100人次", "120人次", "50", "50"],
        ["", "", "员数量", "", "", "", ""],
        ["", "质量指标", "结业率", "≥95%", "96%", "50", "50"],
    ]))  # fmt: skip
    assert [(i["indicator_name"], i["annual_target"], i["actual_value"], i["weight"], i["score"])
            for i in tables.indicators] == [
        ("培训企业经营管理人员数量", "≥100人次", "120人次", 50.0, 50.0),
        ("结业率", "≥95%", "96%", 50.0, 50.0),
    ]  # fmt: skip
    assert findings(tables, *UNREAD) == []


def test_a_money_label_wrapped_onto_a_row_of_its_own_under_its_column_is_one_label():
    # 林口 (held-out round 73, a PDF-to-Excel workbook): `其中：当年财` over `政拨款`, the money
    # labels in the third column. Before, the part was an unknown label and its figures lost,
    # and `amount_row_mismatch` held the total against 上年结转资金 alone.
    tables = process_file("money.txt", text([
        ["项目支出绩效自评表"], ["项目名称", "", "人才培训"],
        ["项目资金", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "", "年度资金总额", "500.00", "520.00", "499.20", "10", "96.00%", "9.60"],
        ["", "", "其中：当年财", "500.00", "500.00", "480.00", "", "96.00%"],
        ["", "", "政拨款"],
        ["", "", "上年结转资金", "0.00", "20.00", "19.20", "", "96.00%"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "培训人数", "≥100人次", "120人次", "90", "90"],
    ]), Source(fiscal_year=2023))  # fmt: skip
    assert [(a["name"], a["budget_initial"], a["budget_adjusted"], a["budget_executed"],
             a["source_line"]) for a in tables.amount_rows] == [
        ("其中：当年财政拨款", Decimal("500.00"), Decimal("500.00"), Decimal("480.00"), 5),
        ("上年结转资金", Decimal("0.00"), Decimal("20.00"), Decimal("19.20"), 7),
    ]  # fmt: skip
    assert [
        f["rule"] for f in tables.findings if f["rule"] in ("amount_row_mismatch", "label_unknown")
    ] == []


def test_a_self_evaluations_actual_and_reason_wrapped_onto_a_row_of_their_own_are_joined():
    tables = read(text([
        ["项目支出绩效自评表"], ["单位:万元"], ["项目名称", "人才培训"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "培训人数", "≥100人次", "92人次", "50", "46", "部分学员未能按期参"],
        ["", "", "", "", "", "", "", "训,下年度补训"],
        ["", "质量指标", "结业率", "≥95%", "96", "50", "50", ""],
        ["", "", "", "", "%", "", "", ""],
    ]))  # fmt: skip
    assert [(i["indicator_name"], i["annual_target"], i["actual_value"], i["deviation_reason"])
            for i in tables.indicators] == [
        ("培训人数", "≥100人次", "92人次", "部分学员未能按期参训,下年度补训"),
        ("结业率", "≥95%", "96%", None),
    ]  # fmt: skip
    assert findings(tables, *UNREAD) == []


def test_an_extra_columns_words_wrapped_onto_a_row_of_their_own_are_joined_as_a_targets_are():
    # 指标赋分规则 and 上年完成值 are kept as extras: `比例得分` alone under `…未完成按` had been a
    # row without a name (`row_unparsed`); two figures (`8.2万亩` over `≥9万亩`) stay two rows.
    labels = ["一级指标", "二级指标", "三级指标", "年度指标值", "上年完成值", "指标赋分规则",
              "实际完成值", "分值", "得分"]  # fmt: skip
    row = ["产出指标", "数量指标", "粪肥还田面积", "≥10万亩", "8.2万亩", "完成得满分，未完成按",
           "10.38万亩", "10", "10"]  # fmt: skip
    tables = read(text([["项目支出绩效自评表"], ["项目名称", "粪肥还田"], labels, row,
                        ["", "", "", "", "", "比例得分", "", "", ""]]))  # fmt: skip
    assert [(i["indicator_name"], i["extra_columns"]) for i in tables.indicators] == [
        (
            "粪肥还田面积",
            '{"上年完成值": "8.2万亩", "指标赋分规则": "完成得满分,未完成按比例得分"}',
        ),
    ]
    assert findings(tables, *UNREAD) == []
    two = read(text([["项目支出绩效自评表"], ["项目名称", "粪肥还田"], labels, row,
                     ["", "", "", "", "≥9万亩", "", "", "", ""]]))  # fmt: skip
    assert [rule for rule, *_ in findings(two, *UNREAD)] == ["row_unparsed"]


def test_a_name_wrapped_in_a_table_of_one_value_column_per_recipient_is_joined():
    # No 指标值 column: each town's value under its name (福建's 多列 tables). The first
    # recipient's column holds the values the name's end is weighed against.
    tables = read(text([
        ["2025年省级水利专项资金绩效目标表"], ["项目名称", "水毁修复", "资金总额", "35"],
        ["一级指标", "二级指标", "三级指标", "指标方向", "笏石街道办", "埭头镇"],
        ["产出指标", "数量指标", "开展修复工程", "≥", "1", "1"],
        ["", "质量指标", "已建工程是否存在质量", "是/否", "否", "否"],
        ["", "", "问题", "", "", ""],
        ["", "时效指标", "工程完工时间", "≤", "12月", "12月"],
    ]))  # fmt: skip
    assert [(i["indicator_name"], i["annual_target"]) for i in tables.indicators] == [
        ("开展修复工程", "≥1"),
        ("已建工程是否存在质量问题", "否"),
        ("工程完工时间", "≤12月"),
    ]
    assert findings(tables, *UNREAD) == []


def test_an_unfilled_row_under_a_filled_one_stays_an_indicator_and_is_named_for_a_check():
    # `结业率` is narrower than the name above it, which is not the widest of its column:
    # perhaps an end, perhaps an indicator whose target was left empty. It stays one.
    tables = read(text([*HEAD, GRID, ["产出指标", "数量指标", "培训人数", "≥100人次"],
                        ["", "", "结业率", ""], SATISFACTION]))  # fmt: skip
    assert indicators(tables) == [
        ("产出指标", "数量指标", "培训人数", "≥100人次", None, None, None, FIRST_LINE),
        ("产出指标", "数量指标", "结业率", None, None, None, None, FIRST_LINE + 1),
        ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%", None, None, None, FIRST_LINE + 2),
    ]  # fmt: skip
    assert findings(tables, *UNREAD) == [
        ("name_maybe_wrapped", "warning", FIRST_LINE + 1,
         "the indicator '结业率' prints only a name, under '培训人数': it may be the end of that "
         "name wrapped onto a line of its own; it is kept as an indicator, compare with the "
         "published table", None),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "rows",
    [
        # a name and a target of its own: an indicator, whatever its width
        [["", "", "大气污染防治长效机制", "逐步建立"], ["", "", "使用满意度", "不低于90%"]],
        # an unfilled template: no row above it prints a target
        [["", "", "培训企业经营管理人员数量", ""], ["", "", "结业率", ""]],
        # a sub-row and a numbered name are rows of their own
        [["", "", "种植面积合计", "≥100亩"], ["", "", "其中桃树", ""]],
        [["", "", "指标3.医疗器械抽验完成率", "100%"], ["", "", "指标4.处置率", ""]],
        [["", "", "指標3.醫療器械抽驗完成率", "100%"], ["", "", "指標4.處置率", ""]],  # a mirror's
        # a name with a unit alone beside it: a template row, not the end of `逐步建立`
        [["", "", "大气污染防治长效机制", "逐步建立"], ["", "", "覆盖人口", "万人"]],
        # a name with words beside it: a target of its own, under words or a figure
        [["", "", "城中村改造长效机制", "逐步建立"], ["", "", "长效管理机制", "逐步健全"]],
        [["", "", "大气污染防治长效机制", "≥90"], ["", "", "覆盖人口", "逐步扩大"]],
    ],
)  # fmt: skip
def test_a_row_that_may_be_an_indicator_of_its_own_is_never_joined(rows):
    tables = read(text([*HEAD, GRID, ["产出指标", "数量指标", "发放补助户数", "=39户"], *rows]))
    assert [i["indicator_name"] for i in tables.indicators] == [
        "发放补助户数",
        *(row[2] for row in rows),
    ]
    assert findings(tables, "name_maybe_wrapped") == []


def test_two_targets_on_two_lines_are_not_joined_into_one():
    tables = read(text([*HEAD, GRID, ["产出指标", "数量指标", "发放补助户数", "≥100户"],
                        ["", "", "", "≥50人"]]))  # fmt: skip
    assert indicators(tables) == [
        ("产出指标", "数量指标", "发放补助户数", "≥100户", None, None, None, FIRST_LINE),
    ]
    assert [(f["rule"], f["source_line"], f["evidence"]) for f in tables.findings
            if f["rule"] == "row_unparsed"][:1] == [("row_unparsed", FIRST_LINE + 1, "≥50人")]  # fmt: skip


PAGE = """<html><head><meta charset="utf-8"></head><body><p>项目支出绩效目标表</p><table>
<tr><td>项目名称</td><td colspan="3">企业经营管理人才培训</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
<tr><td rowspan="3">产出指标</td><td rowspan="2">数量指标</td><td>培训企业经营管理人</td>VALUE</tr>
<tr><td>员数量</td>END</tr>
<tr><td>质量指标</td><td>结业率</td><td>≥95%</td></tr></table></body></html>"""


@pytest.mark.parametrize(
    ("value", "end", "names"),
    [
        # level cells merged over the end's row: it is the name's end all the same
        ("<td>≥100人次</td>", "<td></td>", ["培训企业经营管理人员数量", "结业率"]),
        # the value merged over it too: a row that shares the value above, read as before
        ('<td rowspan="2">≥100人次</td>', "", ["培训企业经营管理人", "员数量", "结业率"]),
    ],
)
def test_in_a_web_page_only_merged_level_cells_leave_a_row_an_end(value, end, names):
    page = PAGE.replace("VALUE", value).replace("END", end).encode()
    tables = process_file("t.html", page, Source(fiscal_year=2024))
    assert [i["indicator_name"] for i in tables.indicators] == names
    assert findings(tables, *UNREAD) == []


def test_a_block_label_merged_down_beside_the_indicators_leaves_a_row_an_end():
    # A transfer table's `绩效指标` printed once, merged down beside all the indicator rows: a
    # merged cell that is no name, value or unit says nothing of the end's row.
    page = (
        PAGE.replace("<td>项目名称</td>", "<td>项目名称</td><td></td>")
        .replace("<td>一级指标</td>", '<td rowspan="4">绩效指标</td><td>一级指标</td>')
        .replace("VALUE", "<td>≥100人次</td>")
        .replace("END", "<td></td>")
        .encode()
    )
    tables = process_file("t.html", page, Source(fiscal_year=2024))
    assert [(i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"])
            for i in tables.indicators] == [
        ("产出指标", "数量指标", "培训企业经营管理人员数量", "≥100人次"),
        ("产出指标", "质量指标", "结业率", "≥95%"),
    ]  # fmt: skip
    assert findings(tables, *UNREAD) == []


def test_a_header_fields_value_wrapped_onto_the_next_row_alone_is_one_value():
    tables = read(text([
        ["中央对地方转移支付区域绩效自评表"],
        ["转移支付（项目）名称", "中央财政城镇保障性安居工程补助资金（城镇老旧"],
        ["", "小区改造）"],
        ["地方主管部门", "拉萨市城关区住房和城乡", "资金使用单位", "拉萨市城关区住房和城乡建设局"],
        ["", "建设局"],
        ["资金情况（万元）", "", "全年预算数（A）", "全年执行数（B）", "执行率（B/A）"],
        ["", "年度资金总额", "100", "90", "90%"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值"],
        ["产出指标", "数量指标", "老旧小区改造个数", "12个", "12个"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["project_name"], project["supervising_department"],
            project["implementing_unit"], project["extra_columns"]) == (
        "中央财政城镇保障性安居工程补助资金（城镇老旧小区改造）", "拉萨市城关区住房和城乡建设局",
        None, '{"资金使用单位": "拉萨市城关区住房和城乡建设局"}',
    )  # fmt: skip


def test_ends_wrapped_onto_rows_of_their_own_and_shifted_left_with_them_are_joined_back():
    # A converter that ignores rowspan dropped the merged cells (the 绩效指标 label down the side,
    # the levels) and moved every row left: a 二级 cell's end (`意度指标`) and a name's end
    # (`员数量`) then stand in a level's column, left of the cell they end.
    tables = read(text([*HEAD, ["绩效指标", *GRID],
                        ["", "产出指标", "数量指标", "发放补助户数", "=39户"],
                        ["培训企业经营管理人", "≥100人次", "", "", ""],
                        ["员数量", "", "", "", ""],
                        ["满意度指标", "服务对象满", "受训人员满意度", "≥90%", ""],
                        ["意度指标", "", "", "", ""]]))  # fmt: skip
    assert indicators(tables) == [
        ("产出指标", "数量指标", "发放补助户数", "=39户", None, None, None, FIRST_LINE),
        ("产出指标", "数量指标", "培训企业经营管理人员数量", "≥100人次", None, None, None,
         FIRST_LINE + 1),
        ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%", None, None, None,
         FIRST_LINE + 3),
    ]  # fmt: skip
    assert findings(tables, *UNREAD) == []


def test_a_unit_alone_shifted_left_is_not_joined_to_a_name_or_a_target():
    # `人次` may end the target (`≥100` over `人次`) or the name (`…带头` over `人`): once its
    # column is lost nothing tells which, so it is not joined to either.
    tables = read(text([*HEAD, ["绩效指标", *GRID],
                        ["", "产出指标", "数量指标", "培训农村实用带头人", "≥100"],
                        ["人次", "", "", "", ""],
                        ["满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%", ""]]))  # fmt: skip
    assert [i["indicator_name"] for i in tables.indicators] == [
        "培训农村实用带头人", "人次", "受训人员满意度",
    ]  # fmt: skip


def test_a_level_s_points_wrapped_and_shifted_left_with_its_row_keep_the_name_under_its_label():
    # `产出指标` over `（50分）`, the row under it shifted left by a converter that drops merged
    # cells: the 绩效指标 label's and the 二级's cells were both dropped.
    tables = read(text([*HEAD, ["绩效指标", *GRID],
                        ["", "产出指标", "数量指标", "发放补助户数", "=39户"],
                        ["（50分）", "培训人数", "≥100人次", "", ""],
                        ["", "", "质量指标", "结业率", "≥95%"]]))  # fmt: skip
    assert indicators(tables) == [
        ("产出指标", "数量指标", "发放补助户数", "=39户", None, None, None, FIRST_LINE),
        ("产出指标", "数量指标", "培训人数", "≥100人次", None, None, None, FIRST_LINE + 1),
        ("产出指标", "质量指标", "结业率", "≥95%", None, None, None, FIRST_LINE + 2),
    ]  # fmt: skip


def test_a_names_first_line_over_the_line_of_its_value_is_joined_where_the_two_complete_a_name():
    # Read from a PDF one line a row: the name's first line alone (with the 二级 opening its
    # block), its end and its value on the line below. Narrower than the column's widest name,
    # it was an indicator with no target over one named `达标率`; it ends as no indicator's name
    # ends, and the two together do (…率), so it is the name's first line, a finding saying so.
    tables = read(text([*HEAD, GRID,
                        ["产出指标", "数量指标", "单处供水工程维修养护平均成本", "≤18万元"],
                        ["", "质量指标", "农村集中供水工程水质", ""],
                        ["", "", "达标率", "≥90%"]]))  # fmt: skip
    assert indicators(tables) == [
        ("产出指标", "数量指标", "单处供水工程维修养护平均成本", "≤18万元", None, None, None,
         FIRST_LINE),
        ("产出指标", "质量指标", "农村集中供水工程水质达标率", "≥90%", None, None, None,
         FIRST_LINE + 2),
    ]  # fmt: skip
    assert findings(tables, *UNREAD, "name_end_joined") == [
        ("name_end_joined", "warning", FIRST_LINE + 2,
         "the row printing only '农村集中供水工程水质', over '达标率' and its value, is read as the "
         "first line of that name, wrapped over the line of its value; compare with the published "
         "table", None),
    ]  # fmt: skip


def test_a_line_between_a_whole_name_and_a_name_it_completes_begins_the_name_below():
    # `部门预算执行` under the column's widest name (which ends as names end: …准确率) had been
    # joined to it as its end; it completes `率` below into a name, which prints the value.
    tables = read(text([*HEAD, GRID,
                        ["产出指标", "质量指标", "社会救助资金发放准确率", "100%"],
                        ["", "", "部门预算执行", ""],
                        ["", "", "率", "不低于95%"]]))  # fmt: skip
    assert [(i["indicator_name"], i["annual_target"], i["source_line"])
            for i in tables.indicators] == [
        ("社会救助资金发放准确率", "100%", FIRST_LINE),
        ("部门预算执行率", "不低于95%", FIRST_LINE + 2),
    ]  # fmt: skip
    assert [rule for rule, *_ in findings(tables, *UNREAD, "name_end_joined")] == [
        "name_end_joined"
    ]


def test_a_date_cut_after_its_month_with_its_day_on_the_line_below_is_one_date():
    # A self-evaluation's target and actual both wrapped: `2024年8月31日` over `前完成`, and
    # `2024年8月` over `26日`. Two figures had read as two targets: the row below was left out
    # with two errors, the actual read as the whole month.
    tables = read(text([
        ["项目支出绩效自评表"], ["单位:万元"], ["项目名称", "长枣提质增效"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "时效指标", "避雨棚建设完成时间", "2024年8月31日", "2024年8月", "50", "50"],
        ["", "", "", "前完成", "26日", "", ""],
        ["", "质量指标", "结业率", "≥95%", "96%", "50", "50"],
    ]))  # fmt: skip
    assert [(i["indicator_name"], i["annual_target"], i["actual_value"], i["met"])
            for i in tables.indicators] == [
        ("避雨棚建设完成时间", "2024年8月31日前完成", "2024年8月26日", True),
        ("结业率", "≥95%", "96%", True),
    ]  # fmt: skip
    assert findings(tables, *UNREAD) == []


def test_a_page_number_printed_inside_a_cell_a_page_break_cut_is_taken_out():
    # A PDF's text printed the page's number inside the cells a page break cut: in a name
    # (kept as printed, the indicator's name `林业有害生物— 9 —成灾率`), in an actual (read as
    # two clauses, a month and a duration), after a score (read as none, the total then
    # mismatched) and after a reason.
    tables = read(text([
        ["项目支出绩效自评表"], ["单位:万元"], ["项目名称", "林业有害生物防治"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
        ["产出指标", "质量指标", "林业有害生物— 9 —成灾率", "≤3.5‰", "1.8‰", "50", "50"],
        ["", "时效指标", "防治工程完工时间", "2024年10月底前", "2024年10月— 14 —15日", "30",
         "30— 4 —"],
        ["", "成本指标", "亩均防治成本", "≤60元", "66元", "20", "15", "药剂涨价，- 6 -"],
        ["合计", "", "", "", "", "100", "95"],
    ]))  # fmt: skip
    assert [(i["indicator_name"], i["actual_value"], i["score"], i["deviation_reason"])
            for i in tables.indicators] == [
        ("林业有害生物成灾率", "1.8‰", 50.0, None),
        ("防治工程完工时间", "2024年10月15日", 30.0, None),
        ("亩均防治成本", "66元", 15.0, "药剂涨价,"),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


@pytest.mark.parametrize(
    ("cell", "split"),
    [
        ("林业有害生物— 9 —成灾率", ("林业有害生物成灾率", ["— 9 —"])),
        ("5— 4 —", ("5", ["— 4 —"])),
        # a page's number alone is the row's (a row of page furniture), not a cell's piece
        ("— 4 —", ("— 4 —", [])),
        # between two figures the marks may be a date's or a series' (no white space: a date)
        ("2024 - 3 - 5", ("2024 - 3 - 5", [])),
        ("1 - 2 - 3", ("1 - 2 - 3", [])),
        ("2024-1-5", ("2024-1-5", [])),
    ],
)
def test_a_page_number_is_taken_out_of_a_cell_but_between_two_figures(cell, split):
    assert split_page_numbers(cell) == split
    assert without_glued_page_markers(f"质量指标 {cell} 5") == f"质量指标 {split[0]} 5"


def test_a_vertical_label_printed_a_character_a_line_between_the_rows_is_the_blocks_label():
    # A PDF's text of a merged `年度绩效指标` down the side: its characters on lines of their own
    # between the rows, or first in a row (`度 | | | …`), its column headed by no label. `绩`
    # and `指` alone had been read as the ends of the targets above them (`不少于3600人绩`), `年`
    # left out with an error, and the characters beside rows as cells under no label (errors).
    tables = read(text([*HEAD, ["", "一级指标", "二级指标", "三级指标", "指标值"],
                        ["年"], ["", "产出指标", "数量指标", "家庭医生签约服务人数", "≥4.2万人"],
                        ["度", "", "", "计划生育奖励扶助对象", "不少于3600人"], ["绩"],
                        ["", "", "质量指标", "孕产妇系统管理率", "≥90%"], ["效"],
                        ["", "", "时效指标", "奖扶资金发放时间", "2024年12月31日前"], ["指"],
                        ["标", "满意度指标", "服务对象满意度指标", "群众满意度", "≥85%"]]))  # fmt: skip
    assert [(i["level2_name"], i["indicator_name"], i["annual_target"], i["source_line"])
            for i in tables.indicators] == [
        ("数量指标", "家庭医生签约服务人数", "≥4.2万人", FIRST_LINE + 1),
        ("数量指标", "计划生育奖励扶助对象", "不少于3600人", FIRST_LINE + 2),
        ("质量指标", "孕产妇系统管理率", "≥90%", FIRST_LINE + 4),
        ("时效指标", "奖扶资金发放时间", "2024年12月31日前", FIRST_LINE + 6),
        ("服务对象满意度指标", "群众满意度", "≥85%", FIRST_LINE + 8),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_sheets_row_broken_into_two_with_its_levels_on_the_first_is_one_indicator():
    # A list's row broken into two sheet rows (spec damage 9): the first prints the levels and
    # the name's start, no target; the second the name's end and the target where they stand,
    # no level, though every row prints its levels. `里程` was read as an indicator of its own
    # holding the target, `农村公路列养` as one with none, and no finding said so. A name that
    # ends as names end (`培训人数`) over a row of its own stays apart.
    rows = [
        ["项目支出绩效目标表"],
        ["序号", "项目名称", "预算金额", "一级指标", "二级指标", "三级指标", "指标值"],
        ["1", "农村公路养护", "386", "产出指标", "数量指标", "农村公路列养", ""],
        ["", "", "", "", "", "里程", "≥412公里"],
        ["", "", "", "产出指标", "数量指标", "生命防护工程实施里程", "≥35公里"],
        ["", "", "", "产出指标", "数量指标", "培训人数", ""],
        ["", "", "", "", "", "培训天数", "≥5天"],
    ]  # fmt: skip
    tables = read(text(rows))
    assert indicators(tables) == [
        ("产出指标", "数量指标", "农村公路列养里程", "≥412公里", None, None, None, 3),
        ("产出指标", "数量指标", "生命防护工程实施里程", "≥35公里", None, None, None, 5),
        ("产出指标", "数量指标", "培训人数", None, None, None, None, 6),
        ("产出指标", "数量指标", "培训天数", "≥5天", None, None, None, 7),
    ]
