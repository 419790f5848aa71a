"""What the sixty-fifth held-out batch of target tables and the fifty-eighth of self-evaluations
(tests/fixtures/heldout-targets-65, heldout-selfeval-58) showed the readers lacked, each read by
the whole per-file pipeline on a table of its own: a merged 一级 cell's text a PDF printed on a
line of its own between two of its rows; a field's text wrapped onto a line of its own; the
first indicator row's 二级 printed a row below it; and a name cut by a bare line break, its row
going on on the next line."""

import json
from decimal import Decimal

import pytest

from pipeline.build.workers import process_file
from pipeline.manifest import Source
from pipeline.read.formats import detect_format
from pipeline.read.untabbed import _fits
from pipeline.vocab.labels import is_page_furniture
from tests.test_layouts_ninth_batch import errors, named
from tests.test_layouts_text import read, text

LABELS = [
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值（中期）",
    "二级指标",
    "三级指标",
    "指标值（年度）",
]


def test_a_level1_printed_on_a_line_of_its_own_between_its_rows_is_their_level():
    # `产出指标` on a line without a tab, between the 4th and 5th rows of its span: it was
    # read as the end of the target above (`≥1,500人次产出指标`), the rows with no 一级.
    tables = read(text([
        ["项目支出绩效目标申报表"], ["项目名称", "有机农业示范基地建设"], LABELS,
        ["", "数量指标", "示范基地建设面积", "≥3万亩", "数量指标", "示范基地建设面积", "≥1.2万亩"],
        ["", "", "有机产品认证数量", "≥60个", "", "有机产品认证数量", "≥20个"],
        ["", "", "", "", "", "有机农业技术培训", "≥1,500人次"],
        ["产出指标"],
        ["", "质量指标", "有机产品抽检合格率", "100%", "质量指标", "有机产品抽检合格率", "100%"],
        ["", "时效指标", "建设任务完成时间", "2024年12月31日前", "时效指标", "建设任务完成时间",
         "2022年11月30日前"],
        ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "服务对象满意度指标",
         "农户满意度", "≥92%"],
    ]))  # fmt: skip
    assert [(i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"])
            for i in tables.indicators] == [
        ("产出指标", "数量指标", "示范基地建设面积", "≥1.2万亩"),
        ("产出指标", "数量指标", "有机产品认证数量", "≥20个"),
        ("产出指标", "数量指标", "有机农业技术培训", "≥1,500人次"),
        ("产出指标", "质量指标", "有机产品抽检合格率", "100%"),
        ("产出指标", "时效指标", "建设任务完成时间", "2022年11月30日前"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥92%"),
    ]  # fmt: skip
    assert [f["message"] for f in tables.findings if f["rule"] == "missing_level1"] == [
        "the project has no 效益指标 indicator"
    ]


def test_a_fields_text_wrapped_onto_a_line_of_its_own_goes_on():
    # `项目概况`'s second line, its label's cell empty: a line outside the table's cells
    # (line_unrecognised), as the goal's second line had been before it was joined.
    tables = read(text([
        ["2021年项目支出绩效目标表"], ["项目名称", "城区生活垃圾收运处理"],
        ["项目概况", "对城区生活垃圾实行统一收集、转运和无害化处理，配置分类收"],
        ["运车辆，推进生活垃圾分类投放。"],
        ["当年绩效目标", "全年清运处理城区生活垃圾16.5万吨以上。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "城区生活垃圾清运量", "≥16.5万吨"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert json.loads(project["extra_columns"]) == {
        "项目概况": "对城区生活垃圾实行统一收集、转运和无害化处理，配置分类收运车辆，推进生活垃圾分类投放。"
    }
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


SELF_LABELS = ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分",
               "未完成原因"]  # fmt: skip


def test_the_first_rows_level2_printed_a_row_below_it_is_its_own():
    # `数量指标` on the 2nd of its 3 rows, `产出指标` on the 3rd: the first row had no levels.
    tables = read(text([
        ["项目支出绩效自评表"], ["项目名称", "肉牛养殖基地建设"], SELF_LABELS,
        ["", "", "新建标准化棚舍", "10", "≥12栋", "12栋", "10", "无"],
        ["", "数量指标", "购置青贮饲料收储设备", "5", "≥6台", "6台", "5", "无"],
        ["产出指标", "", "引进基础母牛", "5", "≥300头", "286头", "4", "受市场影响"],
        ["", "质量指标", "棚舍工程验收合格率", "5", "100%", "100%", "5", "无"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "10", "≥90%", "96%", "10", "无"],
    ]))  # fmt: skip
    assert named(tables) == [
        ("产出指标", "数量指标", "新建标准化棚舍", "≥12栋"),
        ("产出指标", "数量指标", "购置青贮饲料收储设备", "≥6台"),
        ("产出指标", "数量指标", "引进基础母牛", "≥300头"),
        ("产出指标", "质量指标", "棚舍工程验收合格率", "100%"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ]
    assert errors(tables) == []


def test_a_name_cut_by_a_bare_line_break_goes_on_with_the_rest_of_its_row():
    # A Word table saved as text: `带动农牧民` ends its line, `户均增收` opens the next with
    # the row's values. Two indicators had been read, the first with no target.
    tables = read(text([
        ["项目支出绩效自评表"], ["项目名称", "荞麦产业发展"], SELF_LABELS,
        ["产出指标", "数量指标", "荞麦种植面积", "10", "≥10万亩", "10.3万亩", "10", "无"],
        ["效益指标", "经济效益指标", "带动农牧民"],
        ["户均增收", "10", "≥1200元", "1260元", "10", "无"],
        ["", "社会效益指标", "带动脱贫户", "5", "≥450户", "462户", "5", "无"],
    ]))  # fmt: skip
    assert [(i["level2_name"], i["indicator_name"], i["annual_target"], i["actual_value"],
             i["weight"], i["score"]) for i in tables.indicators] == [
        ("数量指标", "荞麦种植面积", "≥10万亩", "10.3万亩", 10.0, 10.0),
        ("经济效益指标", "带动农牧民户均增收", "≥1200元", "1260元", 10.0, 10.0),
        ("社会效益指标", "带动脱贫户", "≥450户", "462户", 5.0, 5.0),
    ]  # fmt: skip
    assert errors(tables) == []


def test_a_short_row_over_a_row_of_its_own_stays_two_rows():
    # A row printing its name and target only (its other cells empty, dropped at the line's
    # end) over a whole row: the next row fills no columns after that name, so it is a row.
    tables = read(text([
        ["项目支出绩效自评表"], ["项目名称", "荞麦产业发展"], SELF_LABELS,
        ["产出指标", "数量指标", "荞麦种植面积"],
        ["", "质量指标", "良种覆盖率", "10", "≥85%", "90%", "10", "无"],
    ]))  # fmt: skip
    assert [(i["level2_name"], i["indicator_name"], i["annual_target"])
            for i in tables.indicators] == [
        ("数量指标", "荞麦种植面积", None),
        ("质量指标", "良种覆盖率", "≥85%"),
    ]  # fmt: skip


def test_a_reason_saying_the_indicator_is_not_scored_across_the_rows_cells_is_no_actual():
    # 江华 (held-out round 57): the reason merged across the actual, points, score and reason
    # cells, printed in the actual's, was read as the actual (a text, attainment unknown).
    labels = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
              "偏差原因分析及改进措施"]  # fmt: skip
    reason = "因用地审批未完成，本年度未实施，该指标不参与评分，下一步加快用地报批"
    tables = read(text([
        ["部门整体支出绩效自评表"], ["部门（单位）名称", "某县林业局"], labels,
        ["产出指标", "数量指标", "完成营造林面积", "≥3.2万亩", "3.35万亩", "10", "10", "无"],
        ["", "", "国家储备林建设", "≥5000亩", reason],
        ["", "", "森林抚育面积", "≥2万亩", "未完成，不参与评分的部分已剔除", "5", "4", "天气影响"],
    ]))  # fmt: skip
    assert [(i["indicator_name"], i["actual_value"], i["weight"], i["score"],
             i["deviation_reason"]) for i in tables.indicators] == [
        ("完成营造林面积", "3.35万亩", 10.0, 10.0, "无"),
        ("国家储备林建设", None, None, None, reason.replace("，", ",")),  # kept folded, as every cell
        ("森林抚育面积", "未完成,不参与评分的部分已剔除", 5.0, 4.0, "天气影响"),
    ]  # fmt: skip


SPLIT_LABELS = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "分值"]
FIRST = "新建日光温室及配套水肥一体化工程"


@pytest.mark.parametrize(
    ("goal", "names", "doubted"),
    [
        # 饶阳 (held-out round 59): the goal prints the name whole, so its end alone on the
        # next line is that end; it had stayed an indicator with a name_maybe_wrapped warning.
        ("新建日光温室120座，改造提升老旧温室大棚300座。", [FIRST, "改造提升老旧温室大棚"], []),
        ("新建日光温室120座，改造提升温室300座。", [FIRST, "改造提升老旧", "温室大棚"],
         ["name_maybe_wrapped"]),
    ],
)  # fmt: skip
def test_a_names_end_alone_that_the_goal_prints_with_its_start_is_that_end(goal, names, doubted):
    tables = read(text([
        ["项目支出绩效目标表"], ["项目名称", "设施蔬菜提升"], ["项目年度目标", goal], SPLIT_LABELS,
        ["产出指标", "数量指标", FIRST, "≥", "120", "座", "10"],
        ["", "", "改造提升老旧", "≥", "300", "座", "10"],
        ["", "", "温室大棚"],
    ]))  # fmt: skip
    assert [i["indicator_name"] for i in tables.indicators] == names
    assert [f["rule"] for f in tables.findings if f["severity"] == "warning"] == doubted


def test_a_page_number_glued_to_a_cell_of_no_value_is_taken_off_it():
    # 乌迳 (held-out round 55): an empty reason's slash with the page's number after it, `/第 1
    # 頁`, was the reason. A page number after words may be text: it stays.
    tables = read(text([
        ["项目支出绩效自评表"], ["项目名称", "某镇环境整治"], SELF_LABELS,
        ["产出指标", "数量指标", "清理河道长度", "10", "≥35公里", "36公里", "10", "/第 1 頁"],
        ["", "", "清理沟渠长度", "10", "≥20公里", "18公里", "8", "详见附件第2页"],
    ]))  # fmt: skip
    assert [i["deviation_reason"] for i in tables.indicators] == ["/", "详见附件第2页"]


def test_a_row_shifted_left_under_a_name_that_ends_as_names_end_is_a_row_of_its_own():
    # A converter dropping merged cells: `开展培训班期数 | ≥30期` under a name that prints no
    # target (`培训人数≥1500人次`, its target in its name) fills the columns after that name
    # too, but the name ends as names end: two indicators.
    tables = read(text([
        ["项目支出绩效目标表"], ["项目名称", "职业技能培训"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人数≥1500人次", ""],
        ["开展培训班期数", "≥30期"],
        ["质量指标", "培训合格率", "≥90%"],
    ]))  # fmt: skip
    assert named(tables) == [
        ("产出指标", "数量指标", "培训人数≥1500人次", None),
        ("产出指标", "数量指标", "开展培训班期数", "≥30期"),
        ("产出指标", "质量指标", "培训合格率", "≥90%"),
    ]


WORD_LABELS = ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]


def test_a_word_tables_row_cut_inside_a_cell_goes_on_with_the_rest_of_its_width():
    # 休宁 (held-out round 66): a Word table saved as text writes a cell's paragraph break bare.
    # `建设农村生活垃圾` ends its line, `收集点 | ≥260个` the next: the two were read as the end
    # of the name above and an indicator `收集点`; `服务对象满意` over `度指标 | 群众满意度 | …`
    # was left out as a template's leftover. A remark in brackets on a line of its own is the
    # target's second paragraph, not the next name's first.
    tables = read(text([
        ["项目支出绩效目标申报表"], ["项目名称", "农村人居环境整治"], WORD_LABELS,
        ["", "项目完成指标", "数量指标", "改造农村户用卫生厕所", "≥3500户"],
        ["", "", "", "建设农村生活垃圾"], ["收集点", "≥260个"], ["（含分类收集亭）"],
        ["", "", "质量指标", "改厕验收合格率", "≥95%"],
        ["", "满意度指标", "服务对象满意"], ["度指标", "群众满意度", "90%以上"],
    ]))  # fmt: skip
    assert named(tables) == [
        ("产出指标", "数量指标", "改造农村户用卫生厕所", "≥3500户"),
        ("产出指标", "数量指标", "建设农村生活垃圾收集点", "≥260个(含分类收集亭)"),
        ("产出指标", "质量指标", "改厕验收合格率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "90%以上"),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_line_of_the_rest_of_a_rows_width_opening_with_a_label_is_no_cut_cell():
    # A header's short row over a row of labels: 2 and 4 cells make the width of 5, but a
    # label opens the next line, so the name is not joined to it.
    tables = read(text([
        ["项目支出绩效目标申报表"], ["项目名称", "茶产业提质增效"],
        ["项目主管部门", "某县农业农村局", "项目实施单位", "某县茶叶服务中心"], WORD_LABELS,
        ["", "项目完成指标", "数量指标", "新建标准化生态茶园", "≥2000亩"],
    ]))  # fmt: skip
    (project,) = tables.projects
    assert (project["project_name"], project["supervising_department"]) == (
        "茶产业提质增效",
        "某县农业农村局",
    )


def test_a_units_subtotal_labelled_in_the_number_column_stays_in_place():
    # 连南 (held-out round 66): `一、某局（本级） | | | 2,386,000.00 | …` under 序号 was moved a
    # column right as a project row whose number was dropped: its figures under the wrong
    # columns, each a row_unparsed error, and its projects under no 资金使用单位.
    labels = ["序号", "资金使用单位", "项目名称", "资金总额", "年度绩效目标", "一级指标", "二级指标",
              "三级指标", "指标值"]  # fmt: skip
    tables = read(text([
        ["某县教育局2023年项目支出绩效目标表"], ["单位：元"], labels,
        ["一、某县教育局（本级）", "", "", "2,386,000.00"],
        ["1", "某县教育局（本级）", "营养改善计划", "2,386,000.00", "保障学生营养。", "产出指标",
         "数量指标", "受益学生人数", "≥10,800人"],
    ]))  # fmt: skip
    assert [(p["project_name"], p["funding_unit"], p["total_amount"]) for p in tables.projects] == [
        ("营养改善计划", "一、某县教育局（本级）", Decimal("238.600000"))
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


MEASURES = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
MONEY_ROWS = [
    ["年度资金总额", "380.00", "420.00", "408.24", "10", "97.20%", "9.72"],
    ["其中：当年财政拨款", "380.00", "380.00", "372.24", "—", "97.96%", "—"],
    ["上年结转资金", "—", "40.00", "36.00", "—", "90.00%", "—"],
]
INDICATORS = [
    SELF_LABELS,
    ["产出指标", "数量指标", "基地建设面积", "10", "≥5000亩", "5200亩", "10", "无"],
]


def _money(tables) -> tuple:
    (project,) = tables.projects
    return tuple(project[column] for column in ("total_amount", "budget_initial",
                 "budget_adjusted", "budget_executed", "execution_rate_raw", "execution_score"))  # fmt: skip


MONEY_READ = (
    Decimal("420.00"),
    Decimal("380.00"),
    Decimal("420.00"),
    Decimal("408.24"),
    "97.20%",
    9.72,
)


def test_measures_over_the_money_rows_with_no_heading_over_their_labels_head_the_figures():
    # 城步 (held-out round 59): `项目资金（万元）` merged down the money rows and printed on the
    # middle one, the measures' row left its cells over the labels empty: each figure was a
    # label of its own (label_unknown), the money block unread, and its unit with it.
    tables = read(text([
        ["项目支出绩效自评表"], ["项目名称", "高山蔬菜基地建设"], ["", "", *MEASURES],
        ["", *MONEY_ROWS[0]], ["项目资金（万元）", *MONEY_ROWS[1]], ["", *MONEY_ROWS[2]],
        *INDICATORS,
    ]))  # fmt: skip
    assert _money(tables) == MONEY_READ
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_space_joined_money_block_whose_measures_have_no_heading_over_the_labels_is_read():
    # The same block in a PDF's text, cells joined by spaces: six figures under the five
    # measures after the first, read as the rows' label heading (row_unparsed each).
    lines = [["项目支出绩效自评表"], ["项目名称 高山蔬菜基地建设"], [" ".join(MEASURES)],
             [" ".join(MONEY_ROWS[0])], [" ".join(["项目资金（万元）", *MONEY_ROWS[1]])],
             [" ".join(MONEY_ROWS[2])], [" ".join(SELF_LABELS)], [" ".join(INDICATORS[1])]]  # fmt: skip
    tables = read(text(lines))
    assert _money(tables) == MONEY_READ
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_money_headings_cut_by_bare_line_breaks_at_a_labels_head_are_whole_again():
    # 明水 (held-out round 59): a web page's text writes each heading cell's line break bare:
    # `年初` over `预算数 | 全年` … no heading was read, nor the money under them.
    tables = read(text([
        ["项目支出绩效自评表"], ["项目名称", "大豆单产提升"], ["项目资金"], ["（万元）", "", "年初"],
        ["预算数", "全年"], ["预算数", "全年"], ["执行数", "分值", "执行率", "得分"],
        *(["", *row] for row in MONEY_ROWS), *INDICATORS,
    ]))  # fmt: skip
    assert _money(tables) == MONEY_READ
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_sites_address_line_under_its_table_is_page_furniture():
    # 明水 (held-out round 59): the site's footer `地址：… 邮编：…`, drawn into a grid, had been
    # read as an indicator named after the address.
    assert is_page_furniture("地址：明水县明水镇　邮编：151700")
    assert not is_page_furniture("地址变更登记办结率")


def test_a_row_shifted_left_and_cut_inside_its_name_goes_on_with_the_rest_of_its_row():
    # 鄄城 (held-out round 59), merged cells dropped: `生态效益指标 | 重要河湖水功能区`, its 一级
    # dropped, over `水质达标率 | ≥90%`: two indicators, the first with no target.
    tables = read(text([
        ["项目支出绩效目标表"], ["项目名称", "水利工程运行管护"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["效益指标", "社会效益指标", "受益群众人数", "≥3000人"],
        ["生态效益指标", "重要河湖水功能区"], ["水质达标率", "≥90%"],
    ]))  # fmt: skip
    assert named(tables) == [
        ("效益指标", "社会效益指标", "受益群众人数", "≥3000人"),
        ("效益指标", "生态效益指标", "重要河湖水功能区水质达标率", "≥90%"),
    ]


GRID_MD = """[首页](http://www.x.gov.cn/) \\\\> [信息公开](http://www.x.gov.cn/xxgk/)

# 某县水利局2025年部门整体支出绩效目标表

+--------------+--------------+
| 部门（单位） | 某县水利局   |
| 名称         |              |
+--------------+--------------+

**年度绩效指标**

+----------+----------+------------------+--------+
| 一级指标 | 二级指标 | 三级指标         | 指标值 |
+==========+==========+==================+========+
| 产出指标 | 数量指标 | 水利工程运行管护 | ≥26处  |
|          |          +------------------+--------+
|          |          | 河湖巡查         | ≥1200  |
|          |          |                  | 人次   |
+----------+----------+------------------+--------+

附件：某县水利局2025年部门整体支出绩效目标表.pdf

* * *

京ICP备05*****号　网站标识码：1100000000
"""


def test_a_markdown_grid_table_is_read_as_the_table_its_rules_draw():
    # 静乐 (held-out round 67): a page saved as pandoc Markdown, its tables grid tables. The
    # file was set aside as notes (a `.md` holding no pipe table): no document at all.
    tables = process_file("page.md", GRID_MD.encode(), Source(fiscal_year=2025))
    assert [(i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"],
             i["source_line"]) for i in tables.indicators] == [
        ("产出指标", "数量指标", "水利工程运行管护", "≥26处", 15),
        ("产出指标", "数量指标", "河湖巡查", "≥1200 人次", 17),  # a cell's lines, as any grid's
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []
    assert detect_format("page.txt", GRID_MD.encode()) == "text"  # drawn in ASCII, read so


def test_a_lists_total_whose_label_spanned_the_project_columns_is_read_under_its_column():
    # 饶河 (held-out round 67): a web table copied from a browser drops the cells the 合计's
    # label spanned, its figure a column left, under 单位名称: it was read as a sign-off,
    # the planted subtotal_mismatch lost.
    labels = ["序号", "单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标",
              "三级指标", "指标值"]  # fmt: skip
    tables = read(text([
        ["某县卫生健康局2023年项目支出绩效目标表"], ["单位：元"], labels,
        ["合计", "2,100,000.00"],
        ["1", "某县卫生健康局", "基本公共卫生服务", "2,000,000.00", "提供基本公共卫生服务。",
         "产出指标", "数量指标", "老年人健康管理率", "≥62%"],
    ]))  # fmt: skip
    assert [(f["rule"], f["message"]) for f in tables.findings if f["severity"] == "error"] == [
        ("subtotal_mismatch", "合计: printed subtotal differs from the sum of its 1 projects "
         "(万元): 总计 210.00 ≠ 200.00"),
    ]  # fmt: skip


def test_a_name_ending_in_a_bound_is_no_name_of_a_row_read_a_line_a_cell():
    # 康平 (held-out round 67), a PDF's text a cell a line: `带动脱贫户分红` / `每户每年不低于` /
    # `800元` had been read as the name `…分红每户每年不低于` and the target `800元` (= 800,
    # not >= 800), with no finding. No name ends in a bound: the row is left out, reported.
    assert not _fits("level3", "带动脱贫户分红每户每年不低于", "800元", ("level3", "value"))
    assert _fits("level3", "带动脱贫户分红", "每户每年不低于800元", ("level3", "value"))


def test_money_headings_whose_ends_wrap_among_headings_of_their_own_are_made_whole():
    # 舟曲 (held-out round 60), pdftotext -layout: `年初预算 全年预算 全年执行 执行率` over
    # `数 数 数 分值 （%） 得分` had left four headings over six figures (row_unparsed each),
    # the money unread and its planted execution_rate_mismatch lost. The block's label's unit
    # line before a row's label (`（万元） 项目支出`) is the block's.
    lines = [["部门整体支出绩效自评表"], ["部门（单位）名称 某县自然资源局"],
             ["年初预算 全年预算 全年执行 执行率"], ["数 数 数 分值 （%） 得分"],
             ["年度资金总额 1,856.40 2,134.60 2,049.22 10 100.00% 10.00"],
             ["部门预算资金 其中：基本支出 1,120.50 1,186.30 1,186.30 — 100.00% —"],
             ["（万元） 项目支出 735.90 948.30 862.92 — 91.00% —"],
             [" ".join(SELF_LABELS)], [" ".join(INDICATORS[1])]]  # fmt: skip
    tables = read(text(lines))
    assert _money(tables) == (Decimal("2134.60"), Decimal("1856.40"), Decimal("2134.60"),
                              Decimal("2049.22"), "100.00%", 10.0)  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] == "error"] == [
        "execution_rate_mismatch"
    ]


def test_a_blocks_first_row_takes_the_level2_printed_on_the_row_below_it():
    # 竹溪 (held-out round 61): a web page's merged 二级 cells unmerged, the text in the middle
    # one (`| 数量指标 |` on the block's second row): the 一级's first row had no 二级.
    tables = read(text([
        ["项目支出绩效自评表"], ["项目名称", "魔芋产业发展"], SELF_LABELS,
        ["产出指标", "", "新建魔芋种植基地", "10", "≥1500亩", "1520亩", "10", "无"],
        ["", "数量指标", "发放魔芋良种", "10", "≥30万公斤", "30万公斤", "10", "无"],
        ["", "", "建设种芋储藏库", "5", "≥2座", "已完成", "5", "无"],
        ["", "质量指标", "种芋质量合格率", "5", "≥95%", "96.2%", "5", "无"],
        ["效益指标", "", "带动农户户均增收", "10", "≥1800元", "1860元", "10", "无"],
        ["", "经济效益指标", "魔芋产业年产值", "10", "≥1200万元", "1260万元", "10", "无"],
    ]))  # fmt: skip
    assert [(i["level1_name"], i["level2_name"]) for i in tables.indicators] == [
        ("产出指标", "数量指标"), ("产出指标", "数量指标"), ("产出指标", "数量指标"),
        ("产出指标", "质量指标"), ("效益指标", "经济效益指标"), ("效益指标", "经济效益指标"),
    ]  # fmt: skip


def test_a_level2_cut_before_a_level_name_by_a_bare_break_is_one_level():
    # 额济纳 (held-out round 61): `满意度指标 | 服务对象` over `满意度指标 | 林牧民群众满意度 | …`,
    # a Word cell's paragraph break inside `服务对象满意度指标`: its 二级 was `服务对象`, unknown.
    tables = read(text([
        ["项目支出绩效自评表"], ["项目名称", "胡杨林保护"], SELF_LABELS,
        ["产出指标", "数量指标", "胡杨林管护面积", "10", "≥30万亩", "30.5万亩", "10", "无"],
        ["满意度指标", "服务对象"],
        ["满意度指标", "林牧民群众满意度", "15", "≥90%", "94%", "15", "无"],
    ]))  # fmt: skip
    assert [
        (i["level1_name"], i["level2_name"], i["indicator_name"]) for i in tables.indicators
    ] == [
        ("产出指标", "数量指标", "胡杨林管护面积"),
        ("满意度指标", "服务对象满意度指标", "林牧民群众满意度"),
    ]
