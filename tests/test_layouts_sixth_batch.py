"""What the sixth held-out batch of target tables (tests/fixtures/heldout-targets-6) found the
readers lacking, one focused case each, read by the whole per-file pipeline: a currency sign
before an amount, two units' projects of one name in a department list, a money block of
上级补助 / 本级财政 / 自筹 with no total, an 指标内容 column beside the 三级指标 name.
"""

from decimal import Decimal

from tests.test_layouts_text import indicators, read, text

GRID = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "养护道路里程", "≥50公里"],
]
LIST_HEAD = [
    ["教育局2023年部门项目支出绩效目标表"],
    ["金额单位:元"],
    ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"],
]


def projects(tables) -> list[tuple]:
    return [(p["project_name"], p["funding_unit"], p["total_amount"],
             p["total_amount_raw"]) for p in tables.projects]  # fmt: skip


def errors(tables) -> list[tuple]:
    return [(f["rule"], f["source_line"], f["message"]) for f in tables.findings
            if f["severity"] == "error"]  # fmt: skip


def test_an_amount_printed_after_a_currency_sign_is_read_in_the_tables_unit():
    tables = read(text([*LIST_HEAD,
        ["实验小学", "学生资助补助经费", "¥186,400.00", "应助尽助。", "产出指标", "数量指标",
         "资助学生人数", "≥233人"],
        ["第二中学", "校园安全防范经费", "￥96,000.00", "保障师生安全。", "产出指标", "数量指标",
         "更新摄像头数量", "≥48个"],
    ]))  # fmt: skip
    assert projects(tables) == [
        ("学生资助补助经费", "实验小学", Decimal("18.64"), "¥186,400.00"),
        ("校园安全防范经费", "第二中学", Decimal("9.6"), "¥96,000.00"),
    ]
    assert errors(tables) == []


def test_two_units_projects_of_one_name_in_a_department_list_are_two_projects():
    tables = read(text([*LIST_HEAD,
        ["实验小学", "学生资助补助经费", "186,400.00", "应助尽助。", "产出指标", "数量指标",
         "资助学生人数", "≥233人"],
        ["", "", "", "", "满意度指标", "服务对象满意度指标", "家长满意度", "≥95%"],
        ["第二中学", "学生资助补助经费", "412,750.00", "保障困难学生完成学业。", "产出指标",
         "数量指标", "享受助学金学生人数", "≥165人"],
        ["", "", "", "", "产出指标", "时效指标", "助学金发放时间", "2023年6月30日前"],
    ]))  # fmt: skip
    assert projects(tables) == [
        ("学生资助补助经费", "实验小学", Decimal("18.64"), "186,400.00"),
        ("学生资助补助经费", "第二中学", Decimal("41.275"), "412,750.00"),
    ]
    assert [(i["project_id"] == tables.projects[1]["project_id"], i["indicator_name"])
            for i in tables.indicators] == [
        (False, "资助学生人数"), (False, "家长满意度"), (True, "享受助学金学生人数"),
        (True, "助学金发放时间"),
    ]  # fmt: skip
    assert errors(tables) == []


def test_a_list_repeating_every_project_cell_on_each_row_still_gives_one_project():
    row = ["实验小学", "学生资助补助经费", "186,400.00", "应助尽助。"]
    tables = read(text([*LIST_HEAD,
        [*row, "产出指标", "数量指标", "资助学生人数", "≥233人"],
        [*row, "满意度指标", "服务对象满意度指标", "家长满意度", "≥95%"],
    ]))  # fmt: skip
    assert projects(tables) == [("学生资助补助经费", "实验小学", Decimal("18.64"), "186,400.00")]
    assert len(tables.indicators) == 2


def test_fund_rows_of_higher_grants_own_budget_and_self_raised_money_add_up_to_the_total():
    tables = read(text([["项目支出绩效目标表"], ["项目名称", "大米加工车间建设"],
        ["资金情况(万元)", "上级补助", "120.00"], ["", "本级财政", "30.50"], ["", "自筹", "15.00"],
        *GRID]))  # fmt: skip
    (project,) = tables.projects
    assert {k: project[k] for k in ("total_amount", "total_amount_raw", "fiscal_appropriation",
            "fiscal_appropriation_raw", "other_funds", "other_funds_raw", "extra_columns")} == {
        "total_amount": Decimal("165.5"), "total_amount_raw": None,
        "fiscal_appropriation": Decimal("150.5"), "fiscal_appropriation_raw": "120.00 + 30.50",
        "other_funds": Decimal("15"), "other_funds_raw": "15.00", "extra_columns": None,
    }  # fmt: skip
    assert errors(tables) == []


def test_an_indicator_content_column_beside_the_level3_name_describes_it():
    tables = read(text([["项目支出绩效目标表"], ["单位:万元"], ["项目名称", "农村公路安防工程"],
        ["一级指标", "二级指标", "三级指标", "指标内容", "指标值"],
        ["产出指标", "数量指标", "安防工程实施里程", "新建护栏的公路里程", "≥58公里"],
        ["", "质量指标", "交工验收合格率", "合格里程占实施里程的比例", "100%"]]))  # fmt: skip
    assert [(*row, i["standard"]) for row, i in zip(indicators(tables), tables.indicators,
                                                     strict=True)] == [
        ("产出指标", "数量指标", "安防工程实施里程", "≥58公里", None, "新建护栏的公路里程"),
        ("产出指标", "质量指标", "交工验收合格率", "100%", None, "合格里程占实施里程的比例"),
    ]  # fmt: skip


def test_a_browsers_print_footer_and_header_between_rows_are_no_indicators():
    tables = read(text([["项目支出绩效目标表"], ["单位:万元"], ["项目名称", "供热管网改造"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "改造管网长度", "12～15公里"],
        ["http://www.baota.gov.cn/info/egovinfo/1001/61016703-2018-0312.htm", "1/2第2页 共9页"],
        ["2018/3/20 下午3:25", "宝塔区住房和城乡建设局2018年部门预算公开"],
        ["", "成本指标", "每公里改造成本", "≤120万元"]]))  # fmt: skip
    assert indicators(tables) == [
        ("产出指标", "数量指标", "改造管网长度", "12~15公里", None),
        ("产出指标", "成本指标", "每公里改造成本", "≤120万元", None),
    ]
    assert errors(tables) == []


def test_a_title_printed_again_with_a_continued_mark_goes_on_with_the_same_table():
    header = ["一级指标", "二级指标", "三级指标", "目标值"]
    tables = read(text([["县水利局2024年部门整体支出绩效目标表"], ["部门名称", "县水利局"],
        header, ["产出指标", "数量指标", "标准化管理创建数", "≥15处"],
        ["第 1 页,共 2 页"], ["县水利局2024年部门整体支出绩效目标表(续)"], header,
        ["", "成本指标", "“三公”经费变动率", "≤0%"],
        ["效益指标", "社会效益指标", "供水覆盖人口", "≥16万人"]]))  # fmt: skip
    assert len(tables.projects) == 1
    assert indicators(tables) == [
        ("产出指标", "数量指标", "标准化管理创建数", "≥15处", None),
        ("产出指标", "成本指标", "“三公”经费变动率", "≤0%", None),
        ("效益指标", "社会效益指标", "供水覆盖人口", "≥16万人", None),
    ]
    assert errors(tables) == []


def test_one_value_cell_holding_the_annual_and_the_period_target_gives_both():
    tables = read(text([["项目支出绩效目标申报表"], ["单位:万元"], ["项目名称", "旅游设施提升"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "旅游厕所改造数量", "年度：≥10座；实施期：≥28座"],
        ["", "质量指标", "验收合格率", "实施期指标值:100%, 年度指标值:≥98%"],
        ["", "时效指标", "完成时间", "年度：2024年11月30日前；實施期：2026年11月30日前"],
        ["效益指标", "社会效益指标", "就业人数", "年度：≥5人"],
        ["满意度指标", "服务对象满意度指标", "游客满意度", "年度：≥95%；年度：≥98%"]]))  # fmt: skip
    assert indicators(tables) == [
        ("产出指标", "数量指标", "旅游厕所改造数量", "≥10座", "≥28座"),
        ("产出指标", "质量指标", "验收合格率", "≥98%", "100%"),
        ("产出指标", "时效指标", "完成时间", "2024年11月30日前", "2026年11月30日前"),
        ("效益指标", "社会效益指标", "就业人数", "年度:≥5人", None),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "年度:≥95%;年度:≥98%", None),
    ]


def test_a_name_printed_without_values_under_period_and_annual_columns_is_one_indicator():
    tables = read(text([["项目支出绩效目标表"], ["单位:万元"], ["项目名称", "饮水工程维修"],
        ["一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "度量单位", "计算符号"],
        ["产出指标", "数量指标", "维修供水工程", "120", "45", "处", "≥"],
        ["", "质量指标", "水质达标率", "", "", "", ""],
        ["", "时效指标", "完成及时率", "100", "100", "%", "="]]))  # fmt: skip
    assert indicators(tables) == [
        ("产出指标", "数量指标", "维修供水工程", "≥45处", "≥120处"),
        ("产出指标", "质量指标", "水质达标率", None, None),
        ("产出指标", "时效指标", "完成及时率", "=100%", "=100%"),
    ]


def test_label_ends_wrapped_onto_a_line_shifted_left_with_its_merged_cells_dropped():
    # 一级指标 and 二级指标 merged down both header lines: a converter that drops such cells
    # moves the second line's ends (`标值`) one column per dropped cell to the left.
    tables = read(text([["项目支出绩效目标表"], ["单位:万元"], ["项目名称", "草原生态保护补助"],
        ["一级指标", "二级指标", "三级指标", "计算符号", "实施期指", "年度指", "度量单位"],
        ["", "", "标值", "标值", "", "", ""],
        ["产出指标", "数量指标", "禁牧面积", "≥", "420", "400", "万亩"]]))  # fmt: skip
    assert indicators(tables) == [("产出指标", "数量指标", "禁牧面积", "≥400万亩", "≥420万亩")]
    assert errors(tables) == []
