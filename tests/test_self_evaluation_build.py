"""The whole build on the real self-evaluations of tests/fixtures/self-evaluation (copied from the
shared examples): every document, project, money block, indicator, target, actual, weight,
score and finding its expected.json states (but `met`, the attainment view's), and the same
tables rendered as a workbook and a web page each, and all five back to back in one Word
document, giving the same rows."""

import csv
import html
import io
import json
import shutil
from decimal import Decimal
from pathlib import Path

import docx
import openpyxl
import pytest

from pipeline.build.run import run_build
from pipeline.build.workers import process_file
from pipeline.manifest import Source
from pipeline.read import read_file
from pipeline.read.barred import tabbed_bars
from pipeline.read.markdown import is_markdown
from pipeline.read.text import decode
from pipeline.read.text_cells import _quotes_every_cell, _unquoted, text_rows
from pipeline.read.untabbed import untabbed_rows
from pipeline.rows import THRESHOLD_COLUMNS
from tests.layout_expectations import assert_self_evaluation_as_expected, rows
from tests.test_read_docx import add_filled_table, saved

FOLDER = Path(__file__).parent / "fixtures" / "self-evaluation"
EXPECTED = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))
RENDERINGS = (".xlsx", ".html")
COMPARED = ("projects", "indicators", "thresholds", "amount_rows")
NOT_COMPARED = {"source_file", "source_line", "source_location"}
BUNDLE = "all-five.docx"  # every table, back to back, as self-evaluations are often sent


def _cells(path: Path) -> list[list[str]]:
    """The rows of a text file's cells, as the text reader splits them (a quoted cell a
    spreadsheet broke over lines is one cell) and reads them (a cell a spreadsheet quoted for
    its quotes or commas is the text it holds), decoded as the build decodes it (GB18030,
    UTF-16), its cells parted by bars as the tabs they stand for; a text whose cells lost their
    tabs, the cells its reader rebuilds (`untabbed_rows`); a CSV export, its rows; a Markdown
    text, a web page or a file of any other format (a PDF, a workbook, a Word document), the
    rows of the tables its reader gives."""
    decoded = decode(path.name, path.read_bytes())[0] if path.suffix in (".txt", ".csv") else ""
    if path.suffix == ".csv":
        return [row for row in csv.reader(io.StringIO(decoded)) if any(map(str.strip, row))]
    if path.suffix != ".txt" or is_markdown(decoded):
        tables = read_file(path.name, path.read_bytes())
        return [[cell.strip() for cell in row.cells] for table in tables for row in table.rows]
    text = tabbed_bars(decoded)
    if (untabbed := untabbed_rows(path.name, text)) is not None:
        return [list(cells) for _, cells in untabbed.rows]
    every = _quotes_every_cell(text)
    return [
        [_unquoted(cell.strip(), every) for cell in cells]
        for _, cells in text_rows(text)
        if any(cell.strip() for cell in cells)
    ]


def as_workbook(path: Path) -> bytes:
    """The table of a text file as a workbook, one cell per cell, each the text it prints (a
    target printed `=100%` is text typed so, not a formula)."""
    book = openpyxl.Workbook()
    for row in _cells(path):
        book.active.append(row)
        for cell in book.active[book.active.max_row]:
            if cell.data_type == "f":
                cell.data_type = "s"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _title_and_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    """A table's title lines (the one-cell lines it starts with) and its other rows."""
    lines = _cells(path)
    start = next(n for n, cells in enumerate(lines) if len(cells) > 1)
    return [cells[0] for cells in lines[:start]], lines[start:]


def _word(names: list[str]) -> bytes:
    """The tables one after the other in a Word document, each title a paragraph above it."""
    document = docx.Document()
    for name in names:
        titles, body = _title_and_rows(FOLDER / name)
        for title in titles:
            document.add_paragraph(title)
        add_filled_table(document, body)
    return saved(document)


def as_page(path: Path) -> bytes:
    """The table as a web page: its title lines above the <table>, every other row a <tr>."""
    titles, rows = _title_and_rows(path)
    title = "".join(f"<p>{html.escape(line)}</p>" for line in titles)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in cells) + "</tr>"
        for cells in rows
    )
    page = (
        f'<html><head><meta charset="utf-8"></head><body>{title}<table>{body}</table></body></html>'
    )
    return page.encode()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    raw = tmp_path_factory.mktemp("self-evaluation-raw")
    with (FOLDER / "sources.csv").open(encoding="utf-8") as listed:
        sources = list(csv.DictReader(listed))
    renderings = []
    for source in sources:
        name = source["file"]
        shutil.copy(FOLDER / name, raw / name)
        stem = Path(name).stem
        (raw / f"{stem}.xlsx").write_bytes(as_workbook(FOLDER / name))
        (raw / f"{stem}.html").write_bytes(as_page(FOLDER / name))
        renderings += [source | {"file": f"{stem}{suffix}"} for suffix in RENDERINGS]
    (raw / BUNDLE).write_bytes(_word(sorted(EXPECTED)))
    with (raw / "sources.csv").open("w", encoding="utf-8", newline="") as manifest:
        writer = csv.DictWriter(manifest, fieldnames=list(sources[0]))
        writer.writeheader()
        writer.writerows(sources + renderings)
    out = tmp_path_factory.mktemp("self-evaluation-out")
    summary = run_build(raw, out, use_cache=False)
    assert summary.failed == []
    return out / "performance.duckdb"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_real_self_evaluation_gives_its_expected_json(built, name):
    assert_self_evaluation_as_expected(built, name, EXPECTED[name])


def _content(database: Path, table: str, source_file: str) -> list[dict]:
    """A file's rows of a table in output order, without their ids, file, line and order in
    the file (which a file of several tables counts on)."""
    found = rows(
        database, f"SELECT * FROM {table} WHERE source_file = ? ORDER BY rowid", source_file
    )
    numbered = NOT_COMPARED | {"project_seq", "row_seq"}
    return [
        {k: v for k, v in row.items() if not k.endswith("_id") and k not in numbered}
        for row in found
    ]


@pytest.mark.parametrize("suffix", RENDERINGS)
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_workbook_or_web_page_of_a_self_evaluation_gives_the_rows_of_its_text(
    built, name, suffix
):
    rendering = f"{Path(name).stem}{suffix}"
    assert_self_evaluation_as_expected(built, rendering, EXPECTED[name])
    for table in COMPARED:
        assert _content(built, table, rendering) == _content(built, table, name), table


def test_a_money_block_gives_its_measures_and_one_amount_row_per_fund_source(built):
    name = "C-anhui-chizhou-tangxi-weituo-2022.txt"
    (project,) = rows(
        built,
        "SELECT total_amount, budget_initial, budget_initial_raw, budget_adjusted, "
        "budget_executed, execution_rate, execution_rate_raw, execution_weight, execution_score "
        "FROM projects WHERE document_id = ?",
        name,
    )
    zero = Decimal("0.000000")
    assert project == {
        "total_amount": zero, "budget_initial": zero, "budget_initial_raw": "0",
        "budget_adjusted": zero, "budget_executed": zero, "execution_rate": 0.0,
        "execution_rate_raw": "0", "execution_weight": 10.0, "execution_score": 0.0,
    }  # fmt: skip
    funds = rows(
        built,
        "SELECT row_type, project_id, name, total_amount, budget_initial, budget_adjusted, "
        "budget_executed, budget_executed_raw, execution_rate, source_line FROM amount_rows "
        "WHERE document_id = ? ORDER BY row_seq",
        name,
    )
    spent = Decimal("89.974000")
    assert funds == [
        {"row_type": "fund_source", "project_id": f"{name}:p1", "name": "其中:本年财政拨款",
         "total_amount": spent, "budget_initial": Decimal("90.000000"), "budget_adjusted": spent,
         "budget_executed": spent, "budget_executed_raw": "89.974", "execution_rate": None,
         "source_line": 7},
        *({"row_type": "fund_source", "project_id": f"{name}:p1", "name": label,
           "total_amount": None, "budget_initial": None, "budget_adjusted": None,
           "budget_executed": None, "budget_executed_raw": None, "execution_rate": None,
           "source_line": line} for label, line in (("上年结转资金", 8), ("其他资金", 9))),
    ]  # fmt: skip


def test_the_money_block_findings_name_the_printed_figures(built):
    found = rows(
        built,
        "SELECT source_file, severity, rule, entity_id, source_line, message, evidence "
        "FROM findings WHERE rule IN ('amount_row_mismatch', 'execution_rate_mismatch') "
        "AND source_file LIKE '%.txt' ORDER BY source_file",
    )
    tangxi, lingling = (
        "C-anhui-chizhou-tangxi-weituo-2022.txt",
        "D-hunan-yongzhou-lingling-linye-2021.txt",
    )
    assert found == [
        {"source_file": tangxi, "severity": "error", "rule": "amount_row_mismatch",
         "entity_id": f"{tangxi}:p1", "source_line": 6,
         "message": "年度资金总额 ≠ the sum of its 3 fund-source rows (万元): 年初预算数 0.00 ≠ 90.00; "
                    "全年预算数 0.00 ≠ 89.974; 全年执行数 0.00 ≠ 89.974",
         "evidence": "年度资金总额=0/0/0\t其中:本年财政拨款=90/89.974/89.974\t上年结转资金=//\t其他资金=//"},
        {"source_file": lingling, "severity": "error", "rule": "execution_rate_mismatch",
         "entity_id": f"{lingling}:p1", "source_line": 5,
         "message": "执行率 printed 100%, but 全年执行数 / 全年预算数 = 3,824.26 / 4,753.66 = 80.45%",
         "evidence": "年初预算数=4753.66万元\t全年预算数=4753.66万元\t全年执行数=3824.26万元\t执行率=100%"},
    ]  # fmt: skip


def test_self_evaluations_and_target_tables_are_told_apart_by_their_labels(built):
    assert {
        row["document_type"] for row in rows(built, "SELECT DISTINCT document_type FROM documents")
    } == {"self_evaluation"}


def test_self_evaluations_back_to_back_in_one_word_document_give_the_rows_of_each(built):
    (document,) = rows(built, "SELECT * FROM documents WHERE source_file = ?", BUNDLE)
    assert (document["status"], document["document_type"], document["project_count"]) == (
        "ok",
        "self_evaluation",
        len(EXPECTED),
    )
    for table in COMPARED:
        each = [row for name in sorted(EXPECTED) for row in _content(built, table, name)]
        assert _content(built, table, BUNDLE) == each, table


BUDGET = ("total_amount", "budget_initial", "budget_adjusted", "budget_executed", "execution_rate",
          "execution_score")  # fmt: skip


def _budget_of(name: str, table: str):
    """A one-project self-evaluation built from its text: the project's budget columns, and the
    file's rows."""
    tables = process_file(name, table.encode(), Source(fiscal_year=2024))
    (project,) = tables.projects
    return {key: project[key] for key in BUDGET}, tables


def test_a_budget_heading_beside_execution_columns_is_the_years_budget():
    table = "\n".join(
        [
            "区域绩效目标自评表",
            "单位名称\t某局",
            "预算执行情况(万元)\t\t预算数\t执行数\t执行率\t得分",
            "\t年度资金总额\t100\t90\t90%\t9",
            "\t其中:中央补助\t80\t72\t90%\t",
            "\t地方资金\t20\t18\t90%\t",
            "一级指标\t二级指标\t三级指标\t指标值\t完成值",
            "产出指标\t数量指标\t抽检批次\t≥3\t4",
        ]
    )
    budget, tables = _budget_of("transfer.txt", table)
    assert budget == {
        "total_amount": Decimal(100), "budget_initial": None, "budget_adjusted": Decimal(100),
        "budget_executed": Decimal(90), "execution_rate": 90.0, "execution_score": 9.0,
    }  # fmt: skip
    assert [(row["name"], row["budget_adjusted"], row["budget_executed"], row["execution_rate"])
            for row in tables.amount_rows] == [
        ("其中:中央补助", Decimal(80), Decimal(72), 90.0), ("地方资金", Decimal(20), Decimal(18), 90.0)
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_rate_printed_as_a_fraction_that_the_amounts_give_is_read_as_a_percentage():
    # A workbook saved as text: a percent cell's stored value, 0.9612 for 96.12% and 1 for 100%.
    # It was 0.9612 per cent, with a false execution_rate_mismatch. A fraction the amounts do
    # not give (0.5 of 90 / 100) stays as printed, and is the mismatch it is.
    table = "\n".join(
        [
            "项目支出绩效自评表",
            "项目名称\t保护性耕作补助",
            "项目资金（万元）\t\t全年预算数\t全年执行数\t分值\t执行率\t得分",
            "\t年度资金总额\t2650\t2547.18\t10\t0.9612\t9.61",
            "\t其中：当年财政拨款\t2550\t2447.18\t\t0.5\t",
            "\t上年结转资金\t100\t100\t\t1\t",
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
            "产出指标\t数量指标\t作业面积\t≥100万亩\t106.3万亩\t90\t90",
        ]
    )
    budget, tables = _budget_of("fraction.txt", table)
    assert (budget["execution_rate"], budget["budget_executed"]) == (96.12, Decimal("2547.18"))
    assert [(row["name"], row["execution_rate"], row["execution_rate_raw"])
            for row in tables.amount_rows] == [
        ("其中：当年财政拨款", 0.5, "0.5"), ("上年结转资金", 100.0, "1")
    ]  # fmt: skip
    assert [(f["rule"], f["severity"], f["entity_type"], f["message"]) for f in tables.findings
            if f["rule"].startswith("execution_rate")] == [
        ("execution_rate_fraction_read", "info", "project",
         "执行率 0.9612 is the fraction 全年执行数 / 全年预算数 = 2547.18 / 2650 (a percent "
         "cell's stored value): read as 96.12%"),
        ("execution_rate_mismatch", "error", "amount_row",
         "执行率 printed 0.5, but 全年执行数 / 全年预算数 = 2,447.18 / 2,550.00 = 95.97%"),
        ("execution_rate_fraction_read", "info", "amount_row",
         "执行率 1 is the fraction 全年执行数 / 全年预算数 = 100 / 100 (a percent cell's stored "
         "value): read as 100%"),
    ]  # fmt: skip


def test_labels_a_converter_wrapped_onto_the_next_line_are_read_joined():
    table = "\n".join(
        [
            "项目支出绩效自评表",
            "项目名称\t甲项目",
            "项目资金\t\t年初预\t全年预\t全年执\t执行率",
            "(万元)\t\t算数\t算数\t行数\t",
            "\t年度资金总额\t100\t120\t96\t80%",
            "一级指标\t二级指标\t三级指标\t年度指\t实际完\t分值\t得分",
            "\t\t\t标值\t成值\t\t",
            "产出指标\t数量指标\t培训人数\t≥100人\t104人\t10\t10",
        ]
    )
    budget, tables = _budget_of("wrapped.txt", table)
    assert budget == {
        "total_amount": Decimal(120), "budget_initial": Decimal(100),
        "budget_adjusted": Decimal(120), "budget_executed": Decimal(96), "execution_rate": 80.0,
        "execution_score": None,
    }  # fmt: skip
    assert [(i["indicator_name"], i["annual_target"], i["actual_value"], i["weight"], i["score"])
            for i in tables.indicators] == [("培训人数", "≥100人", "104人", 10.0, 10.0)]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


# Money column headings whatever stands before them: Chongqing's 部门整体 form heads its money
# rows `项目 | 年初预算数 | 全年预算数 …`, and Sichuan's `预算执行情况（10分）` block label may be cut
# after `情`, its note `（10分）` on the next line.
MONEY_HEADINGS = {
    "after a word of no role": (
        [
            "部门整体支出绩效自评表",
            "部门（单位）名称\t某区卫生健康委员会\t单位：万元",
            "项目\t年初预算数\t全年预算数\t全年执行数\t执行率\t分值\t得分",
            "年度资金总额\t100.00\t120.00\t96.00\t80.00%\t10\t8",
            "其中：一般公共预算\t100.00\t120.00\t96.00\t80.00%\t—\t—",
            "绩效指标\t指标名称\t计量单位\t指标性质\t年初指标值\t全年完成值\t指标权重\t指标得分",
            "\t培训人数\t人\t≥\t100\t104\t90\t90",
            "合计\t\t\t\t\t\t100\t98",
        ],
        "其中：一般公共预算",
    ),
    "under a block label wrapped with its points": (
        [
            "部门预算项目支出绩效自评表",
            "项目名称\t甲项目",
            "预算执行情\t年度预算数（万元）\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分",
            "况（10分）\t总额\t100.00\t120.00\t96.00\t80.00%\t10\t8",
            "\t财政资金\t100.00\t120.00\t96.00\t80.00%\t\t",
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
            "产出指标\t数量指标\t培训人数\t≥100人\t104人\t90\t90",
        ],
        "财政资金",
    ),
}


@pytest.mark.parametrize(("lines", "part"), MONEY_HEADINGS.values(), ids=MONEY_HEADINGS)
def test_money_column_headings_head_the_fund_rows_below(lines, part):
    budget, tables = _budget_of("headings.txt", "\n".join(lines))
    assert budget == {
        "total_amount": Decimal(120), "budget_initial": Decimal(100),
        "budget_adjusted": Decimal(120), "budget_executed": Decimal(96), "execution_rate": 80.0,
        "execution_score": 8.0,
    }  # fmt: skip
    assert [(row["name"], row["budget_initial"], row["budget_adjusted"], row["budget_executed"])
            for row in tables.amount_rows] == [
        (part, Decimal(100), Decimal(120), Decimal(96))
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def _clauses_and_met(name: str, table: str) -> list[tuple]:
    """Each indicator's actual as printed, the first clause of its target and of its actual
    (kind, operator, value, unit, base value and unit, whether the unit was inferred), and met."""
    tables = process_file(name, table.encode(), Source(fiscal_year=2022))
    fields = ("kind", "operator", "value", "unit", "base_value", "base_unit", "unit_inferred")
    first = {
        (row["indicator_id"], row["scope"]): tuple(row[f] for f in fields)
        for row in (
            dict(zip(THRESHOLD_COLUMNS, values, strict=True)) for values in tables.thresholds
        )
        if row["clause_seq"] == 1
    }
    return [
        (i["actual_value"], first[i["indicator_id"], "annual"], first[i["indicator_id"], "actual"],
         i["met"])
        for i in tables.indicators
    ]  # fmt: skip


def test_a_bare_actual_takes_the_unit_of_its_indicator_names_template_and_compares():
    table = "\n".join(
        [
            "项目支出绩效自评表",
            "项目名称\t甲项目",
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
            "产出指标\t数量指标\t补贴面积(≥**万亩)\t38\t38.46\t10\t10",
            "产出指标\t数量指标\t惠及农户数(≥**万户)\t5\t4.9\t10\t9",
        ]
    )
    assert _clauses_and_met("named-unit.txt", table) == [
        ("38.46", ("number", ">=", 38.0, "万亩", 380000.0, "亩", True),
         ("number", "=", 38.46, "万亩", 384600.0, "亩", True), True),
        ("4.9", ("number", ">=", 5.0, "万户", 50000.0, "户", True),
         ("number", "=", 4.9, "万户", 49000.0, "户", True), False),
    ]  # fmt: skip


def _findings(tables) -> list[tuple]:
    return [
        (f["rule"], f["severity"], f["source_line"], f["entity_id"], f["message"], f["evidence"])
        for f in tables.findings
    ]


def test_a_score_coefficient_is_a_percentage_of_the_weight_read_as_points():
    # `得分系数(%)` prints a score as a percentage of the points it is out of: 100 on a 30-point
    # indicator is 30 points, not 100 (which was a false score_exceeds_weight error).
    table = "\n".join(
        [
            "项目支出绩效自评表",
            "项目名称\t社区养老服务补助",
            "项目资金(万元)\t\t全年预算数\t全年执行数\t分值\t执行率\t得分系数(%)",
            "\t年度资金总额\t100\t95\t10\t95%\t95",
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分系数(%)",
            "产出指标\t数量指标\t服务老人人数\t≥500人\t520人\t30\t100",
            "\t质量指标\t服务满意率\t≥90%\t85%\t25\t82.5",
            # 0.9 may be 90% printed as a fraction, or 0.9%: not read as points.
            "\t\t回访老人人数\t≥100人\t100人\t10\t0.9",
            "效益指标\t社会效益指标\t老人生活质量提升\t明显提升\t明显提升\t\t100",
            "满意度指标\t服务对象满意度指标\t老人满意度\t≥90%\t95%\t25\t100",
        ]
    )
    budget, tables = _budget_of("coefficient.txt", table)
    assert budget == {
        "total_amount": Decimal(100), "budget_initial": None, "budget_adjusted": Decimal(100),
        "budget_executed": Decimal(95), "execution_rate": 95.0, "execution_score": 9.5,
    }  # fmt: skip
    assert [(i["indicator_name"], i["weight"], i["score"], i["met"])
            for i in tables.indicators] == [
        ("服务老人人数", 30.0, 30.0, True), ("服务满意率", 25.0, 20.625, False),
        ("回访老人人数", 10.0, None, True), ("老人生活质量提升", None, None, None),
        ("老人满意度", 25.0, 25.0, True),
    ]  # fmt: skip
    project = "coefficient.txt:p1"
    first, second, third, fourth, fifth = (f"{project}:i{n}" for n in (1, 2, 3, 4, 5))
    assert _findings(tables) == [
        ("score_coefficient_read", "info", 4, project,
         "得分系数(%) 95 of the 10 points (分值): read as 得分 9.5", "分值=10\t得分系数(%)=95"),
        ("score_coefficient_read", "info", 6, first,
         "得分系数(%) 100 of the 30 points (分值): read as 得分 30", "分值=30\t得分系数(%)=100"),
        ("score_coefficient_read", "info", 7, second,
         "得分系数(%) 82.5 of the 25 points (分值): read as 得分 20.625",
         "分值=25\t得分系数(%)=82.5"),
        ("score_coefficient_read", "info", 8, third,
         "得分系数(%) 0.9 may be a fraction of full marks (1 = all points) as well as a "
         "percentage: 得分 left empty", "分值=10\t得分系数(%)=0.9"),
        ("score_coefficient_read", "info", 9, fourth,
         "得分系数(%) 100 of a 分值 the table does not print: 得分 left empty",
         "分值=\t得分系数(%)=100"),
        ("score_coefficient_read", "info", 10, fifth,
         "得分系数(%) 100 of the 25 points (分值): read as 得分 25", "分值=25\t得分系数(%)=100"),
    ]  # fmt: skip


NO_TOTAL_ROW = (
    "项目支出绩效自评表",
    "项目名称\t农村道路养护补助",
    "项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
    "{total}",
    "\t财政拨款\t200\t180\t171\t10\t95%\t9.5",
    "\t其他资金\t{other}",
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
    "产出指标\t数量指标\t养护道路里程\t≥120公里\t125公里\t40\t40",
    "效益指标\t社会效益指标\t群众出行条件改善\t明显改善\t明显改善\t30\t30",
    "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t93%\t20\t20",
)


@pytest.mark.parametrize("total", ["", "\t年度资金总额\t\t\t\t\t\t"])  # none, or blank
@pytest.mark.parametrize(
    ("other", "budget"),
    [
        # Two fund rows print money: the project's is their sum, measure by measure; no one
        # rate is printed for it (each row's is its own).
        ("20\t20\t20\t\t100%\t", {
            "total_amount": Decimal(200), "budget_initial": Decimal(220),
            "budget_adjusted": Decimal(200), "budget_executed": Decimal(191),
            "execution_rate": None, "execution_weight": 10.0, "execution_score": 9.5,
        }),
        # Only 财政拨款 prints money (其他资金 prints dashes): it is the project's, rate and all.
        ("—\t—\t—\t—\t—\t—", {
            "total_amount": Decimal(180), "budget_initial": Decimal(200),
            "budget_adjusted": Decimal(180), "budget_executed": Decimal(171),
            "execution_rate": 95.0, "execution_weight": 10.0, "execution_score": 9.5,
        }),
    ],
)  # fmt: skip
def test_a_money_block_of_fund_rows_without_a_total_row_is_the_projects_money(total, other, budget):
    # Its 分值 and 得分, printed on the 财政拨款 row, are the budget execution item's: the
    # weights add up to 100 with them (no weights_total_mismatch), and no money was read before.
    tables = process_file(
        "no-total.txt",
        "\n".join(NO_TOTAL_ROW).format(total=total, other=other).encode(),
        Source(fiscal_year=2022),
    )
    (project,) = tables.projects
    columns = (*BUDGET, "execution_weight")
    raw = ("total_amount_raw", "budget_initial_raw", "budget_adjusted_raw", "budget_executed_raw")
    assert {key: project[key] for key in (*columns, *raw)} == budget | dict.fromkeys(raw)
    assert [(row["row_type"], row["name"], row["budget_initial"], row["budget_adjusted"],
             row["budget_executed"], row["execution_rate"], row["source_line"])
            for row in tables.amount_rows] == [
        ("fund_source", "财政拨款", Decimal(200), Decimal(180), Decimal(171), 95.0, 5),
        *([("fund_source", "其他资金", Decimal(20), Decimal(20), Decimal(20), 100.0, 6)]
          if budget["execution_rate"] is None else
          [("fund_source", "其他资金", None, None, None, None, 6)]),
    ]  # fmt: skip
    assert _findings(tables) == []


@pytest.mark.parametrize(
    ("budget", "executed"),
    [("全年预算数", "全年执行数"), ("预算数", "执行数"), ("调整后预算数", "执行数")],
)
def test_a_list_of_projects_gives_each_its_money_spent_from_its_first_row(budget, executed):
    # A department's self-evaluation of several projects in one sheet prints each project's
    # 全年预算数, 全年执行数 and 执行率 once, on its first row: they were lost (no money read). A
    # 预算数 beside 执行数 is the year's budget, as in a form's money block.
    table = "\n".join(
        [
            "某局2021年度项目支出绩效自评表",
            "单位：万元",
            f"序号\t项目名称\t{budget}\t{executed}\t执行率\t一级指标\t二级指标\t三级指标\t年度指标值"
            "\t实际完成值\t分值\t得分",
            "1\t甲项目\t1,850.00\t1,812.60\t97.98%\t产出指标\t数量指标\t面积\t≥2.5万亩\t2.52万亩\t50\t50",
            "\t\t\t\t\t满意度指标\t服务对象满意度指标\t满意度\t≥90%\t92%\t40\t40",
            "2\t乙项目\t120.00\t118.80\t99.00%\t产出指标\t数量指标\t统防统治面积\t≥8万亩\t8.3万亩\t90\t90",
        ]
    )
    tables = process_file("list.txt", table.encode(), Source(fiscal_year=2021))
    assert [(p["project_name"], *(p[key] for key in BUDGET), p["budget_adjusted_raw"],
             p["budget_executed_raw"], p["execution_rate_raw"], p["indicator_count"])
            for p in tables.projects] == [
        ("甲项目", Decimal("1850"), None, Decimal("1850"), Decimal("1812.6"), 97.98, None,
         "1,850.00", "1,812.60", "97.98%", 2),
        ("乙项目", Decimal("120"), None, Decimal("120"), Decimal("118.8"), 99.0, None,
         "120.00", "118.80", "99.00%", 1),
    ]  # fmt: skip
    assert tables.documents[0]["layout"] == "indicator-rows"
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


SCORED = [
    "项目支出绩效自评表",
    "项目名称\t甲项目",
    "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
    "\t年度资金总额\t300\t320\t304\t10\t95.00%\t9.5",
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
    "产出指标\t数量指标\t受益学生人数\t≥3200人\t3268人\t50\t50",
    "效益指标\t社会效益指标\t学生体质健康达标率\t≥90%\t88.6%\t40\t36",
]
# 9.5 + 50 + 36 = 95.5 printed as 97.5: a finding on the 总分 row, both figures kept as printed.
MISSUMMED = [("score_total_mismatch", "error", 8, "the 合计/总分 row prints 得分 97.5, but the "
              "scores it closes add up to 95.5", "9.5 + 50 + 36")]  # fmt: skip


@pytest.mark.parametrize(
    ("total", "found"),
    [
        ("总分\t\t\t\t\t100\t97.5", MISSUMMED),
        # Moved left out from under its labels by a converter: its two figures in their order.
        ("总分\t\t\t100\t97.5\t\t", MISSUMMED),
        ("总分\t\t\t\t\t100\t95.5", []),
        ("总分\t\t\t\t\t100\t95.50", []),
        ("总分\t\t\t\t\t100\t86", []),  # the indicators' scores alone, not the money's
        ("总分\t\t\t\t\t100\t95", []),  # rounded to a whole point: off by less than 1
        ("总分\t\t\t\t\t100\t", []),  # no score printed
    ],
)  # fmt: skip
def test_a_points_total_whose_score_is_not_the_sum_of_the_scores_is_a_finding(total, found):
    tables = process_file(
        "scored.txt", "\n".join([*SCORED, total]).encode(), Source(fiscal_year=2022)
    )
    assert [(f["rule"], f["severity"], f["source_line"], f["message"], f["evidence"])
            for f in tables.findings if f["severity"] != "info"] == found  # fmt: skip
    (project,) = tables.projects
    assert [i["score"] for i in tables.indicators] == [50.0, 36.0]
    assert project["execution_score"] == 9.5


@pytest.mark.parametrize(
    ("total", "found"),
    [
        # The money block's 10 points hold some score the 得分 cell does not print: 86 to 96.
        ("95.5", []),
        ("96", []),
        ("86", []),
        ("97.5", [("the 合计/总分 row prints 得分 97.5, but the scores it closes add up to 86, 96 "
                   "at most with the 10 points no 得分 was read for", "50 + 36")]),
        ("85", [("the 合计/总分 row prints 得分 85, but the scores it closes add up to 86, 96 "
                 "at most with the 10 points no 得分 was read for", "50 + 36")]),
    ],
)  # fmt: skip
def test_a_points_total_may_hold_the_points_of_a_block_whose_score_is_blank(total, found):
    # The money block prints its 分值 10 and no 得分: 95.5 was an error saying the scores add
    # up to 86, though the 总分 holds the money's score, whatever it was.
    lines = [*SCORED[:3], SCORED[3].removesuffix("9.5"), *SCORED[4:], f"总分\t\t\t\t\t100\t{total}"]
    tables = process_file("blank.txt", "\n".join(lines).encode(), Source(fiscal_year=2022))
    assert [(f["message"], f["evidence"]) for f in tables.findings
            if f["severity"] != "info"] == found  # fmt: skip
    (project,) = tables.projects
    assert (project["execution_weight"], project["execution_score"]) == (10.0, None)


@pytest.mark.parametrize("label", ["总得分", "自评总分", "综合得分", "得分合计", "合计得分"])
def test_a_points_total_labelled_as_the_score_closes_the_indicators(label):
    # `自评总分 | 100 | 97.5` under the indicators is the points total, as `总分` is: its points
    # and score are read (the score is checked), and the grade printed under it (`自评等级 | 优`)
    # is no indicator but the project's field. The row gave three row_unparsed errors, the grade
    # a bogus indicator (then a sign-off line, its grade kept only in a note).
    lines = [*SCORED, f"{label}\t\t\t\t\t100\t97.5", "自评等级\t优"]
    tables = process_file("scored.txt", "\n".join(lines).encode(), Source(fiscal_year=2022))
    assert [i["indicator_name"] for i in tables.indicators] == [
        "受益学生人数",
        "学生体质健康达标率",
    ]
    assert [(f["rule"], f["source_line"], f["evidence"]) for f in tables.findings
            if f["severity"] != "info"] == [("score_total_mismatch", 8, "9.5 + 50 + 36")]  # fmt: skip
    assert [f for f in tables.findings if f["rule"] == "table_note"] == []
    # The row's figures are the project's, as printed and as numbers.
    (project,) = tables.projects
    assert [project[c] for c in ("weight_total", "weight_total_raw", "score_total",
                                 "score_total_raw", "extra_columns")] == [
        100.0, "100", 97.5, "97.5", '{"自评等级": "优"}'
    ]  # fmt: skip


LIST = [
    "某局2022年度项目支出绩效自评表",
    "单位：万元",
    "项目名称\t全年预算数\t全年执行数\t执行率\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
    "甲项目\t100\t90\t90.00%\t产出指标\t数量指标\t培训人数\t≥300人\t320人\t50\t50",
    "\t\t\t\t满意度指标\t服务对象满意度指标\t满意度\t≥90%\t92%\t40\t40",
    "小计\t\t\t\t\t\t\t\t\t90\t90",
    "乙项目\t50\t50\t100.00%\t产出指标\t数量指标\t宣传场次\t≥10场\t12场\t90\t90",
    "小计\t50\t50\t\t\t\t\t\t\t90\t90",
]


# A form whose levels each close with a 小计 of their points, then the 总分.
FORM_SUBTOTALS = [*SCORED[:6], "小计\t\t\t\t\t50\t50", *SCORED[6:], "小计\t\t\t\t\t40\t36",
                  "总分\t\t\t\t\t100\t95.5"]  # fmt: skip


@pytest.mark.parametrize("lines", [FORM_SUBTOTALS, LIST])
def test_a_subtotal_row_is_a_note_not_a_project_or_an_indicator(lines):
    # `小计 | 90 | 90` under a list's project (or under a form's level) was read as a project
    # named 小计, or as cells of no indicator (two or three row_unparsed errors a row).
    tables = process_file("subtotals.txt", "\n".join(lines).encode(), Source(fiscal_year=2022))
    assert "小计" not in [p["project_name"] for p in tables.projects]
    assert len(tables.projects) == (2 if lines is LIST else 1)
    assert len(tables.indicators) == (3 if lines is LIST else 2)
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []
    assert {f["evidence"] for f in tables.findings if f["rule"] == "table_note"} >= {"小计"}


@pytest.mark.parametrize("part", ["自筹资金", "单位自筹", "企业自筹", "社会资金", "专项债券资金"])
def test_money_raised_or_borrowed_is_a_fund_source_row(part):
    # 财政拨款 80 + 自筹资金 20 = 100: the 自筹 row was no fund source, so the total was held to
    # 财政拨款 alone (a false amount_row_mismatch error on every measure).
    lines = [
        "项目支出绩效自评表",
        "项目名称\t甲",
        "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "\t年度资金总额\t100\t120\t110\t10\t91.67%\t9.2",
        "\t其中：财政拨款\t80\t100\t92\t—\t92.00%\t—",
        f"\t{part}\t20\t20\t18\t—\t90.00%\t—",
        *SCORED[4:],
        "总分\t\t\t\t\t100\t95.2",
    ]
    tables = process_file("raised.txt", "\n".join(lines).encode(), Source(fiscal_year=2022))
    assert [(row["name"], row["budget_initial"], row["budget_adjusted"], row["budget_executed"],
             row["execution_rate"]) for row in tables.amount_rows] == [
        ("其中：财政拨款", Decimal(80), Decimal(100), Decimal(92), 92.0),
        (part, Decimal(20), Decimal(20), Decimal(18), 90.0),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


@pytest.mark.parametrize(
    ("items", "found", "kind", "own"),
    [
        # 上年结转 15 + 单位自有 20 = 其他资金 35: its items, not sources beside it (were added to
        # the total's parts: a false amount_row_mismatch, 135 ≠ 170). They are kept as the
        # part's items (`fund_source_part`; before, they were in no row, no finding).
        (("\t　　其中：上年结转资金\t0\t15\t15\t—\t—\t—", "\t单位自有资金\t20\t20\t18.22\t—\t—\t—"), [],
         "fund_source_part", Decimal(20)),
        # Items that do not add up to the part above are no itemisation of it: all are counted.
        (("\t其中：上年结转资金\t0\t15\t15\t—\t—\t—", "\t单位自有资金\t20\t25\t18.22\t—\t—\t—"),
         ["amount_row_mismatch"], "fund_source", Decimal(25)),
    ],
)  # fmt: skip
def test_rows_a_later_qizhong_opens_that_add_up_to_the_part_above_itemise_it(
    items, found, kind, own
):
    lines = [
        "项目支出绩效自评表",
        "项目名称\t甲",
        "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "\t年度资金总额\t120\t135\t131.22\t10\t97.20%\t9.72",
        "\t其中：当年财政拨款\t100\t100\t98\t—\t—\t—",
        "\t其他资金\t20\t35\t33.22\t—\t—\t—",
        *items,
        *SCORED[4:],
        "总分\t\t\t\t\t100\t95.72",
    ]
    tables = process_file("items.txt", "\n".join(lines).encode(), Source(fiscal_year=2023))
    assert [(row["row_type"], row["name"], row["budget_adjusted"])
            for row in tables.amount_rows] == [
        ("fund_source", "其中：当年财政拨款", Decimal(100)),
        ("fund_source", "其他资金", Decimal(35)),
        (kind, "其中：上年结转资金", Decimal(15)),
        (kind, "单位自有资金", own),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == found


@pytest.mark.parametrize(
    ("value", "actual", "weight", "score", "reason", "budget", "executed"),
    [
        # 完成指标值 was a second target group (every indicator twice, no actual).
        ("年度指标值", "完成指标值", "分值", "得分", "偏差原因分析及改进措施", "全年预算数", "全年执行数"),
        # 年度计划值 was no target label: the file failed (layout_unsupported).
        ("年度计划值", "实际完成数值", "权重分值", "评价得分", "原因分析", "全年预算数", "全年执行数"),
        # 决算数 was no measure: no money, and a false score_total_mismatch without its 得分.
        ("年度指标值", "实际完成值", "标准分值", "得分", "偏差原因说明", "全年预算数", "决算数"),
        # 实际支出 was read as an amount under 预算数 (amount_unparsed); 满分 was no weight.
        ("年度指标值", "实际完成值", "满分", "得分", "未达标原因", "预算数", "实际支出"),
        # 实得分 (the points obtained) was no score label: every score None.
        ("年度指标值", "年度实际值", "分值", "实得分", "偏差原因分析及改进措施", "全年预算数", "全年执行数"),
    ],
)  # fmt: skip
def test_self_evaluation_label_variants_read_alike(
    value, actual, weight, score, reason, budget, executed
):
    lines = [
        "项目支出绩效自评表",
        "项目名称\t甲",
        f"项目资金（万元）\t\t年初预算数\t{budget}\t{executed}\t分值\t执行率\t得分",
        "\t年度资金总额\t100\t120\t110\t10\t91.67%\t9.2",
        f"一级指标\t二级指标\t三级指标\t{value}\t{actual}\t{weight}\t{score}\t{reason}",
        "产出指标\t数量指标\t培训人数\t≥300人\t320人\t50\t50\t",
        "满意度指标\t服务对象满意度指标\t满意度\t≥90%\t88%\t40\t36\t样本200份，满意176份",
        "合计\t\t\t\t\t100\t95.2\t",
    ]
    tables = process_file("labels.txt", "\n".join(lines).encode(), Source(fiscal_year=2022))
    (project,) = tables.projects
    assert {key: project[key] for key in BUDGET} == {
        "total_amount": Decimal(120), "budget_initial": Decimal(100), "budget_adjusted": Decimal(120),
        "budget_executed": Decimal(110), "execution_rate": 91.67, "execution_score": 9.2,
    }  # fmt: skip
    assert [(i["indicator_name"], i["annual_target"], i["actual_value"], i["weight"], i["score"],
             i["deviation_reason"], i["met"]) for i in tables.indicators] == [
        ("培训人数", "≥300人", "320人", 50.0, 50.0, None, True),
        ("满意度", "≥90%", "88%", 40.0, 36.0, "样本200份,满意176份", False),  # NFKC
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


@pytest.mark.parametrize(
    "goals", ["目标完成情况\t预期目标\t实际完成情况", "绩效目标\t年初目标\t全年实际完成情况"]
)
def test_header_labels_of_other_templates_are_known(goals):
    # 主管单位 and 项目承担单位 were unknown labels (no department, no unit); fund rows 上级补助 and
    # 本级资金 under a 项目资金执行情况 block were read as amounts of the total (two
    # amount_unparsed errors) and the block's 年度资金总额 was held to no parts. An older
    # provincial form's `年初目标` heading over the goal was read as the goal.
    lines = [
        "项目支出绩效自评表",
        "项目名称\t甲",
        "主管单位\t某局\t项目承担单位\t某中心",
        "项目资金执行情况（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "\t年度资金总额\t100\t120\t110\t10\t91.67%\t9.2",
        "\t其中：上级补助\t80\t100\t92\t—\t92.00%\t—",
        "\t本级资金\t20\t20\t18\t—\t90.00%\t—",
        goals,
        "\t完成培训300人\t完成培训320人",
        *SCORED[4:],
        "合计\t\t\t\t\t100\t95.2",
    ]
    tables = process_file("header.txt", "\n".join(lines).encode(), Source(fiscal_year=2022))
    (project,) = tables.projects
    assert (project["supervising_department"], project["implementing_unit"],
            project["performance_goal"], project["extra_columns"]) == (
        "某局", "某中心", "完成培训300人", None)  # fmt: skip
    assert [(row["name"], row["budget_executed"]) for row in tables.amount_rows] == [
        ("其中：上级补助", Decimal(92)),
        ("本级资金", Decimal(18)),
    ]
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def chongqing_form(total: str) -> list[str]:
    """重庆's 项目支出绩效自评表 (held-out self-evaluation round 128, 大渡口), as Word's table to
    text gives it: its total score in the header, the money's points and score named for the
    rate, the goal set and the goal adjusted, a 得分系数 beside every 得分."""
    return [
        "项目支出绩效自评表",
        f"项目名称\t某区中小河流治理项目\t自评总分（分）\t{total}",
        "项目资金（万元）\t\t年初预算数\t全年（调整）预算数\t全年执行数\t执行率（%）\t执行率权重\t执行率得分（分）",
        "\t年度资金总额\t860.00\t920.00\t901.60\t98.00\t10\t9.80",
        "\t其中：财政拨款\t860.00\t920.00\t901.60\t98.00\t—\t—",
        "当年绩效目标\t年初绩效目标\t全年（调整）绩效目标\t全年目标实际完成情况",
        "\t治理河道6.5公里。\t无\t治理河道6.8公里。",
        "绩效指标\t指标名称\t计量单位\t指标性质\t年初指标值\t调整指标值\t全年完成值\t得分系数（%）\t指标权重（分）\t指标得分（分）",
        "\t综合治理河道长度\t公里\t定量指标\t≥6.5\t\t6.8\t100\t50\t50",
        "\t周边群众满意度\t%\t定量指标\t≥90\t\t88\t90\t40\t36",
    ]  # fmt: skip


def test_a_form_printing_its_total_score_in_its_header_is_read_and_checked():
    # 重庆 (held-out self-evaluation round 128): `执行率权重 | 执行率得分（分）` were unknown
    # headings, so the money's figures stood under no heading (amount_unparsed, and the total
    # read as the 年初 figure with a false amount_row_mismatch); the goals' headings were
    # read as the goal; the 得分系数 beside every 得分 was lost; and 自评总分 in the header was
    # a field, never checked.
    tables = process_file("cq.txt", "\n".join(chongqing_form("95.80")).encode(), Source())
    (project,) = tables.projects
    assert {key: project[key] for key in (*BUDGET, "execution_weight", "performance_goal",
                                          "actual_goal", "score_total", "extra_columns")} == {
        "total_amount": Decimal("920.00"), "budget_initial": Decimal("860.00"),
        "budget_adjusted": Decimal("920.00"), "budget_executed": Decimal("901.60"),
        "execution_rate": 98.0, "execution_score": 9.8, "execution_weight": 10.0,
        "performance_goal": "治理河道6.5公里。", "actual_goal": "治理河道6.8公里。",
        "score_total": 95.8, "extra_columns": '{"全年（调整）绩效目标": "无"}',
    }  # fmt: skip
    assert [(i["indicator_name"], i["weight"], i["score"], i["extra_columns"])
            for i in tables.indicators] == [
        ("综合治理河道长度", 50.0, 50.0, '{"得分系数": "100"}'),
        ("周边群众满意度", 40.0, 36.0, '{"得分系数": "90"}'),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []
    wrong = process_file("cq.txt", "\n".join(chongqing_form("96.80")).encode(), Source())
    assert [(f["rule"], f["source_line"], f["message"]) for f in wrong.findings
            if f["severity"] != "info"] == [
        ("score_total_mismatch", 2,
         "the header's total score (自评总分) prints 得分 96.8, but the scores it closes add "
         "up to 95.8"),
    ]  # fmt: skip


def test_a_money_block_saying_how_its_score_is_reckoned_and_a_grade_are_kept():
    # 北京 (held-out self-evaluation round 129, 密云): `得分计算方法` beside the money block's
    # 得分 was no known heading, so no heading of the row was taken and the figures stood
    # under none (amount_unparsed, the total read as the 年初 figure); beside the indicators'
    # 得分 it is how each is scored. 广东's `自评等级 | 优` under the 总分 was a sign-off line.
    lines = [
        "项目支出绩效自评表",
        "项目名称\t某镇农村人居环境整治经费\t自评总分\t99.51",
        "项目资金（万元）\t\t年初预算数\t全年预算数(A)\t全年执行数(B)\t分值\t执行率(B/A)\t得分\t得分计算方法",
        "\t年度资金总额\t420.00\t436.00\t428.59\t10\t98.30%\t9.83\t执行率×该指标分值",
        "\t其中：本年一般公共预算拨款\t420.00\t436.00\t428.59\t—\t98.30%\t—\t",
        "年度总体目标\t预期目标\t实际完成情况",
        "\t完成24个村保洁。\t完成24个村保洁。",
        "绩效指标\t一级指标\t二级指标\t三级指标\t分值\t年度指标值(A)\t全年实际值(B)\t得分计算方法\t得分\t未完成原因分析",
        "\t产出指标\t数量指标\t保洁覆盖村数\t50\t≥24个\t24个\t达到指标值记满分\t50\t",
        "\t满意度指标\t服务对象满意度指标\t村民满意度\t40\t≥95%\t94%\t按B/A×分值计分\t39.68\t巡查不及时",
        "总分\t\t\t\t100\t\t\t\t99.51",
        "自评等级\t\t\t\t\t\t\t\t优",
    ]  # fmt: skip
    tables = process_file("bj.txt", "\n".join(lines).encode(), Source(fiscal_year=2024))
    (project,) = tables.projects
    assert {key: project[key] for key in (*BUDGET, "score_total", "extra_columns")} == {
        "total_amount": Decimal("436.00"), "budget_initial": Decimal("420.00"),
        "budget_adjusted": Decimal("436.00"), "budget_executed": Decimal("428.59"),
        "execution_rate": 98.3, "execution_score": 9.83, "score_total": 99.51,
        "extra_columns": '{"年度资金总额/得分计算方法": "执行率×该指标分值", "自评等级": "优"}',
    }  # fmt: skip
    assert [(i["indicator_name"], i["weight"], i["score"], i["standard"], i["deviation_reason"])
            for i in tables.indicators] == [
        ("保洁覆盖村数", 50.0, 50.0, "达到指标值记满分", None),
        ("村民满意度", 40.0, 39.68, "按B/A×分值计分", "巡查不及时"),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_header_over_two_rows_copied_without_its_merged_cells_is_read():
    # 麻江 (self-evaluation round 132, a web copy of 丽江's table): `绩效指标 | 年度指标值 | … | 偏差
    # 原因分析及改进措施` over `一级 指标 | … | 度量单位`, no cell left for the merges. Before, the
    # upper row was read in place: the unit as the 一级, the actual as the 二级, the score glued.
    lines = [
        "2022年度项目支出绩效自评表",
        "项目名称\t某县耕地地力保护补贴",
        "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "年度资金总额\t1385.2\t1385.2\t1385.2\t10.00\t100%\t10.00",
        "绩效指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
        "一级 指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位",
        "产出指标\t数量指标\t补贴面积\t≥\t27.7\t万亩\t27.7\t50.00\t50.00",
        "满意度指标\t服务对象满意度指标\t补贴对象满意度\t≥\t95\t%\t93\t40.00\t38.00\t个别农户反映兑付偏晚",
    ]  # fmt: skip
    tables = process_file("mj.txt", "\n".join(lines).encode(), Source(fiscal_year=2022))
    assert [(i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"],
             i["actual_value"], i["weight"], i["score"], i["deviation_reason"])
            for i in tables.indicators] == [
        ("产出指标", "数量指标", "补贴面积", "≥27.7万亩", "27.7万亩", 50.0, 50.0, None),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥95%", "93%", 40.0, 38.0,
         "个别农户反映兑付偏晚"),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_goals_headings_under_a_heading_of_their_group_head_the_goals():
    # 纳溪 (held-out self-evaluation round 131, 四川's 一体化 510000_0013zp): `项目基本情况 |
    # 1.项目年度目标完成情况` over `| 项目年度目标 | 年度目标完成情况` over the two texts. The
    # goal set was kept as a field named for the heading above its own.
    lines = [
        "部门预算项目支出绩效自评表(2024年度)",
        "项目名称\t某项目",
        "项目基本情况\t1.项目年度目标完成情况",
        "\t项目年度目标\t\t\t\t\t年度目标完成情况",
        "\t保障学生膳食补助足额发放。\t\t\t\t\t全年惠及学生18762人。",
        "\t2.项目实施内容及过程概述\t\t\t按学期核定受益学生人数。",
        "预算执行情况(10分)\t年度预算数(万元)\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分",
        "\t总额\t612.00\t598.40\t591.26\t98.81%\t10\t9.88",
        "绩效指标(90分)\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分",
        "\t产出指标\t数量指标\t受益学生人数\t≥\t18500\t人\t18762\t90\t90",
    ]  # fmt: skip
    tables = process_file("nx.txt", "\n".join(lines).encode(), Source(fiscal_year=2024))
    (project,) = tables.projects
    assert {key: project[key] for key in ("performance_goal", "actual_goal", "extra_columns")} == {
        "performance_goal": "保障学生膳食补助足额发放。", "actual_goal": "全年惠及学生18762人。",
        "extra_columns": '{"2.项目实施内容及过程概述": "按学期核定受益学生人数。"}',
    }  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


@pytest.mark.parametrize(
    ("score", "read", "found"),
    [
        # A score glued to text (a converter's wrapped reason joined onto it): no number, left
        # empty with a finding that keeps it; it was left empty without a word.
        ("8分下降", None, [("points_unparsed", "warning", 7,
                            "得分 '8分下降' prints no number: left empty", "8分下降")]),
        ("未评分", None, []),  # marks of no points: nothing to say
        ("—", None, []),
        ("不适用", None, []),
        ("未評分", None, []),  # in traditional characters (a mirror's)
        ("— ", None, []),
        ("扣40分", 0.0, []),  # all 40 points taken off: a score of 0, read as such
    ],
)  # fmt: skip
def test_a_score_printing_no_number_is_left_empty_with_a_finding_unless_it_marks_none(
    score, read, found
):
    lines = [*SCORED[:6], f"效益指标\t社会效益指标\t学生体质健康达标率\t≥90%\t88.6%\t40\t{score}"]
    tables = process_file("t.txt", "\n".join(lines).encode(), Source(fiscal_year=2023))
    assert tables.indicators[-1]["score"] == read
    assert [(f["rule"], f["severity"], f["source_line"], f["message"], f["evidence"])
            for f in tables.findings if f["rule"] == "points_unparsed"] == found  # fmt: skip


def test_a_money_block_printed_transposed_reads_as_its_fund_rows():
    # The fund sources head the columns and each measure is a row (a PDF's table read down its
    # columns): the block is read as the usual one; its 分值 and 得分 rows were unknown labels,
    # the block's score lost and its weight missing from the weights' total.
    lines = [
        *SCORED[:2],
        "项目资金（万元）",
        "\t年度资金总额\t其中：当年财政拨款\t上年结转资金",
        "年初预算数\t300.00\t300.00\t0.00",
        "全年预算数\t326.40\t300.00\t26.40",
        "全年执行数\t300.30\t273.90\t26.40",
        "分值\t10\t—\t—",
        "执行率\t92.00%\t91.30%\t100.00%",
        "得分\t9.20\t—\t—",
        *SCORED[4:],
        "总分\t\t\t\t\t100\t95.2",
    ]
    tables = process_file("t.txt", "\n".join(lines).encode(), Source(fiscal_year=2022))
    (project,) = tables.projects
    assert {key: project[key] for key in ("total_amount", "budget_initial", "budget_adjusted",
            "budget_executed", "execution_rate", "execution_weight", "execution_score")} == {
        "total_amount": Decimal("326.40"), "budget_initial": Decimal("300.00"),
        "budget_adjusted": Decimal("326.40"), "budget_executed": Decimal("300.30"),
        "execution_rate": 92.0, "execution_weight": 10.0, "execution_score": 9.2,
    }  # fmt: skip
    assert [(row["name"], row["budget_initial"], row["budget_adjusted"], row["budget_executed"],
             row["source_line"]) for row in tables.amount_rows] == [
        ("其中：当年财政拨款", Decimal("300.00"), Decimal("300.00"), Decimal("273.90"), 4),
        ("上年结转资金", Decimal("0.00"), Decimal("26.40"), Decimal("26.40"), 4),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings if f["severity"] != "info"] == []


def test_a_reasons_second_line_shifted_left_ends_the_reason_above():
    # Merged cells dropped, rows shifted left: the 偏差原因's second line alone in the first cell,
    # a sentence's end under a reason that ends none. It had been read as the first line of the
    # next row's name, shifted too (`…组织用工。有效减轻` its target), with no finding.
    lines = [
        "项目支出绩效自评表",
        "项目名称\t某项目",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
        "效益指标\t经济效益指标\t参与户户均增收\t≥3000元\t3,260元\t10\t10",
        "社会效益指标\t带动农牧民就业\t≥60人\t48人\t10\t6\t育肥期与虫草采挖季节重叠，部分劳动力外出",
        "采挖，务工人数减少；下一步错开采挖季节组织用工。\t\t\t\t\t\t\t",
        "生态效益指标\t减轻天然草场放牧压力\t有效减轻\t有效减轻\t10\t10",
    ]
    tables = process_file("t.txt", "\n".join(lines).encode(), Source(fiscal_year=2024))
    assert [(i["indicator_name"], i["annual_target"], i["deviation_reason"])
            for i in tables.indicators] == [
        ("参与户户均增收", "≥3000元", None),
        ("带动农牧民就业", "≥60人",
         "育肥期与虫草采挖季节重叠,部分劳动力外出采挖,务工人数减少;下一步错开采挖季节组织用工。"),
        ("减轻天然草场放牧压力", "有效减轻", None),
    ]  # fmt: skip
