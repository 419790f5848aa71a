"""The report on self-evaluations (自评表): on a build of the real tables in
tests/fixtures/self-evaluation, with the target table that Tangxi's answers beside them."""

import shutil
from pathlib import Path

import duckdb
import pytest
from selectolax.lexbor import LexborHTMLParser

from pipeline import paths
from pipeline.build.run import run_build
from pipeline.outputs.report import render_report
from tests.test_links import TARGET_TABLE
from tests.test_report import (
    headings,
    needs_printing,
    parse,
    print_to_pdf,
    query,
    section,
    text,
    words_beyond_the_margin,
)

FIXTURE = Path(__file__).parent / "fixtures" / "self-evaluation"
HUNAN = "report/D-hunan-yongzhou-lingling-linye-2021.txt.html"
TANGXI = "report/C-anhui-chizhou-tangxi-weituo-2022.txt.html"
TARGET = "report/target.txt.html"
BUDGET = "预算执行（万元）"
TARGETS = "目标完成情况"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five real self-evaluations, and the target table Tangxi's project published."""
    raw = tmp_path_factory.mktemp("self-evaluation-raw")
    for source in FIXTURE.iterdir():
        if source.name != "expected.json":
            shutil.copy(source, raw / source.name)
    (raw / "target.txt").write_text(TARGET_TABLE.format(rate="≥95%"), encoding="utf-8")
    with (raw / "sources.csv").open("a", encoding="utf-8") as sources:
        sources.write("target.txt,2022,安徽省池州市贵池区,池州市贵池区棠溪镇人民政府,,\n")
    out = tmp_path_factory.mktemp("self-evaluation-build")
    run_build(raw, out, use_cache=False)
    return out


def rows(node, selector: str = "tbody tr") -> list[list[str]]:
    return [[text(cell) for cell in row.css("td")] for row in node.css(selector)]


def test_a_self_evaluation_page_has_its_budget_execution_and_targets_met(built: Path) -> None:
    page = parse(built, HUNAN)
    assert headings(page) == [
        "一、各项目金额（总计，万元）",
        "二、预算执行（万元）",
        "三、目标完成情况",
        "四、绩效指标",
        "五、检查发现",
        "附录一 技术信息",
    ]
    assert text(page.css_first("header .kicker")).startswith("绩效自评表 · 第 ")


def test_the_budget_execution_marks_a_printed_rate_that_does_not_match(built: Path) -> None:
    budget = section(parse(built, HUNAN), BUDGET)
    assert [text(cell) for cell in budget.css("thead th")] == [
        "序号",
        "项目名称",
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "执行率（原表）",
        "执行率（计算）",
        "得分 / 分值",
    ]
    # Printed 100%, but 3,824.26 / 4,753.66 is 80.45%: execution_rate_mismatch at the money
    # block's line, finding f2 (the findings numbered by line).
    assert rows(budget) == [
        [
            "1",
            "（未注明项目名称）",
            "4,753.66",
            "4,753.66",
            "3,824.26",
            "100% ※f2",
            "80.45%",
            "10 / 10",
        ]
    ]
    (mark,) = budget.css("a.mark")
    assert mark.attributes["href"] == "#f2"
    assert query(built, "SELECT finding_id, rule FROM findings WHERE rule LIKE 'execution%'") == [
        ("D-hunan-yongzhou-lingling-linye-2021.txt:f2", "execution_rate_mismatch")
    ]
    assert "标有 ※ 的执行率与金额不符" in text(budget.css_first("p.note"))
    # A mark on the rate is not a mark on the amounts.
    assert "※" not in text(section(parse(built, HUNAN), "各项目金额（总计，万元）"))


def test_targets_met_missed_and_not_comparable_with_the_points(built: Path) -> None:
    targets = section(parse(built, HUNAN), TARGETS)
    assert text(targets.css_first("p.targets-counts")) == (
        "10 条指标：达成 6 条，未达成 2 条，不可比 2 条。"
    )
    floor = "指标值（90%）未写运算符而实际值更高：仅当指标值为下限时才算达成"
    assert rows(targets, "table.attainment tbody tr") == [
        ["造林面积", "1.2万亩", "1.2万亩", "达成", "10", "10"],
        ["病虫害防治面积", "3.45万亩", "3.45万亩", "达成", "7", "7"],
        ["森林经营面积", "16.3万亩", "16.3万亩", "达成", "7", "7"],
        ["造林成活率", "85%", "85%", "达成", "7", "7"],
        ["当期完成", "90%", "100%", f"不可比 {floor}", "7", "7"],
        ["造林补助", "每亩300", "每亩300", "达成", "6", "6"],
        ["育补助", "每亩100", "每亩100", "达成", "6", "6"],
        ["木材销售收入", "1100万元", "1093万元", "未达成", "6", "5"],
        ["林产品收入", "2.6亿元", "2.45亿元", "未达成", "6", "5"],
        ["提高就业率", "显著", "显著", "不可比 指标值为文字", "6", "6"],
    ]
    assert headings(targets, "h3") == ["自评得分与达成情况"]
    assert rows(targets, "table.self-scores tr") == [
        ["指标总分值", "68"],
        ["自评得分", "66"],
        ["其中可比指标的自评得分", "53"],
        ["按达成情况应得分（达成指标的分值之和）", "43"],
    ]
    assert query(
        built,
        "SELECT points_available, points_claimed, points_claimed_comparable, points_earned "
        "FROM attainment_by_document WHERE document_id LIKE 'D-hunan%'",
    ) == [(68.0, 66.0, 53.0, 43.0)]
    assert targets.css("p.published") == []


def test_a_chinese_page_gives_each_reason_met_is_null_in_chinese(built: Path) -> None:
    """Tangxi's actuals print no unit: the unit missing is said in Chinese too."""
    targets = section(parse(built, TANGXI), TARGETS)
    assert rows(targets, "table.attainment tbody tr")[:3] == [
        ["基建工程委托业务项目数量", "≥50个", "50", "不可比 单位不同：个 与 无单位", "8", "8"],
        ["委托业务报告合格率", "≥100百分比", "100", "不可比 单位不同：% 与 无单位", "8", "8"],
        ["经费支出合规性", "严格执行相关制度规定", "达成预期指标", "不可比 指标值为文字", "8", "8"],
    ]


def test_the_reason_on_a_page_is_the_indicators_column_of_its_language(
    built: Path, tmp_path: Path
) -> None:
    copy = tmp_path / paths.DATABASE_NAME
    shutil.copy(built / paths.DATABASE_NAME, copy)
    with duckdb.connect(str(copy)) as connection:
        connection.execute(
            "UPDATE indicators SET met_reason = 'reason of record', met_reason_zh = '记录的原因' "
            "WHERE met_reason_code = 'target_words'"
        )
        pages = {lang: dict(render_report(connection, lang))[TANGXI] for lang in ("zh", "en")}
    said = {
        lang: [
            text(row.css("td")[3])
            for row in LexborHTMLParser(page).css("table.attainment tbody tr")
        ][2]
        for lang, page in pages.items()
    }
    assert said == {"zh": "不可比 记录的原因", "en": "not comparable reason of record"}


def test_a_linked_self_evaluation_names_its_target_table_and_the_changed_targets(
    built: Path,
) -> None:
    targets = section(parse(built, TANGXI), TARGETS)
    (published,) = targets.css("p.published")
    assert text(published) == (
        "对应公开的绩效目标表： target.txt ；其中 1 条指标的年度指标值与公开时不同： "
        "委托业务报告合格率：公开 ≥95%，自评表 ≥100百分比"
    )
    assert published.css_first("a").attributes["href"] == "../report/target.txt.html"
    assert (built / TARGET).is_file()


def test_a_target_table_page_has_no_self_evaluation_sections(built: Path) -> None:
    page = parse(built, TARGET)
    assert headings(page) == [
        "一、各项目金额（总计，万元）",
        "二、绩效指标",
        "三、检查发现",
        "附录一 技术信息",
    ]
    assert text(page.css_first("header .kicker")).startswith("项目支出绩效目标表 · 第 ")


def test_the_self_evaluation_sections_in_english(built: Path) -> None:
    with duckdb.connect(str(built / paths.DATABASE_NAME), read_only=True) as connection:
        pages = dict(render_report(connection, "en"))
    page = LexborHTMLParser(pages[HUNAN])
    assert headings(page)[1:3] == ["2. Budget execution (万元)", "3. Targets met"]
    targets = page.css("section")[2]
    assert text(targets.css_first("p.targets-counts")) == (
        "10 indicators: 6 met, 2 missed, 2 not comparable."
    )
    assert [text(row.css("td")[3]) for row in targets.css("table.attainment tbody tr")][7:] == [
        "missed",
        "missed",
        "not comparable the target is words",
    ]


def test_the_index_sums_up_the_self_evaluations(built: Path) -> None:
    index = parse(built)
    assert headings(index)[2] == "三、自评表：目标完成情况"
    assert text(index.css_first("p.self-evaluations")) == (
        "5 份自评表：可比指标 36 条，达成 34 条（94.4%）；可比指标自评得分 128，按达成情况应得分 118。"
    )
    assert query(
        built,
        "SELECT count(*), sum(targets_comparable), sum(targets_met), "
        "sum(points_claimed_comparable), sum(points_earned) FROM attainment_by_document",
    ) == [(5, 36, 34, 128.0, 118.0)]


@pytest.mark.slow
@needs_printing
def test_a_long_unbroken_project_name_wraps_within_the_printed_page(
    built: Path, tmp_path: Path
) -> None:
    """A name with no place to break (letters, digits, underscores) used to widen the
    budget execution table past the sheet's edge, cutting off its last column."""
    name = "Project_" + "0123456789" * 8
    database = tmp_path / paths.DATABASE_NAME
    shutil.copy(built / paths.DATABASE_NAME, database)
    with duckdb.connect(str(database)) as connection:
        connection.execute("UPDATE projects SET project_name = $name", {"name": name})
        page = tmp_path / "hunan.html"
        page.write_text(dict(render_report(connection))[HUNAN], encoding="utf-8")
    budget = section(LexborHTMLParser(page.read_text(encoding="utf-8")), BUDGET)
    assert text(budget.css_first("td.name")) == name
    assert words_beyond_the_margin(print_to_pdf(page, tmp_path)) == []
