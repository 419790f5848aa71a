"""The report: report.html (the index) and a page per document, on real builds of the seed
table and of a small mixed folder, and on altered copies of the seed's database."""

import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from urllib.parse import unquote

import duckdb
import pytest
from selectolax.lexbor import LexborHTMLParser

from pipeline import PIPELINE_VERSION, paths
from pipeline.build.run import run_build
from pipeline.cli import main
from pipeline.outputs.report import (
    BAR_LIMIT,
    BATCH_SIZE,
    FINDINGS_PER_RULE,
    _money,
    document_page_path,
    natural_key,
    render_report,
    write_report,
)
from pipeline.vocab.report_text import words
from pipeline.vocab.rules import RULES, RULES_ZH

FIXTURES = Path(__file__).parent / "fixtures"
SEED = "guangzhou-huadu-kgxj-2025.txt"
SEED_PAGE = f"report/{SEED}.html"
DEPARTMENT = "广州市花都区科技工业和信息化局"
MISMATCH = "t10.txt"  # tests/fixtures/damaged/mismatch-units.txt: sums that do not add up


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build")
    run_build(paths.RAW_DIR, out, use_cache=False)
    return out


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five files named so that a plain sort puts t10 before t2; one in a subfolder, one
    that cannot be read."""
    raw = tmp_path_factory.mktemp("mixed-raw")
    shutil.copy(paths.RAW_DIR / SEED, raw / "t2.txt")
    shutil.copy(FIXTURES / "damaged" / "mismatch-units.txt", raw / MISMATCH)
    shutil.copy(FIXTURES / "raw-variants" / "edu-two-units.txt", raw / "t1.txt")
    (raw / "t3.txt").write_text("hello\nworld\n", encoding="utf-8")
    (raw / "2024").mkdir()
    shutil.copy(FIXTURES / "raw-variants" / "edu-gb18030-crlf.txt", raw / "2024" / "t5.txt")
    out = tmp_path_factory.mktemp("mixed-build")
    run_build(raw, out, use_cache=False)
    return out


def parse(directory: Path, name: str = paths.REPORT_NAME) -> LexborHTMLParser:
    return LexborHTMLParser((directory / name).read_text(encoding="utf-8"))


def text(node) -> str:
    return " ".join(node.text(separator=" ").split())


def headings(page: LexborHTMLParser, tag: str = "h2") -> list[str]:
    return [text(node) for node in page.css(tag)]


NUMBER = re.compile(r"^(附录[一二三四五六七八九十]+ |[一二三四五六七八九十]+、)")


def section(page: LexborHTMLParser, title: str):
    """The <section> whose heading, less its number, is `title`."""
    (found,) = [
        node for node in page.css("section") if NUMBER.sub("", text(node.css_first("h2"))) == title
    ]
    return found


def finding_rows(node) -> dict[str, list[str]]:
    """Each finding row under `node` by its number: its cells' text."""
    return {
        row.id: [text(cell) for cell in row.css("td")] for row in node.css("table.findings tr[id]")
    }


def query(directory: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(directory / paths.DATABASE_NAME), read_only=True) as connection:
        return connection.execute(sql).fetchall()


@pytest.fixture()
def database(built: Path, tmp_path: Path):
    """A writable copy of the built database, to alter for one test."""
    path = tmp_path / paths.DATABASE_NAME
    shutil.copy(built / paths.DATABASE_NAME, path)
    with duckdb.connect(str(path)) as connection:
        yield connection


def test_the_build_writes_an_index_and_a_page_per_document(built: Path, mixed: Path) -> None:
    assert (built / paths.REPORT_NAME).is_file()
    assert [p.relative_to(built).as_posix() for p in (built / "report").rglob("*")] == [SEED_PAGE]
    pages = sorted(p.relative_to(mixed).as_posix() for p in (mixed / "report").rglob("*.html"))
    assert pages == [
        "report/2024/t5.txt.html",
        "report/t1.txt.html",
        "report/t10.txt.html",
        "report/t2.txt.html",
        "report/t3.txt.html",
    ]
    for name in ["report.html", *pages]:
        page = (mixed / name).read_text(encoding="utf-8")
        assert page.startswith('<!DOCTYPE html>\n<html lang="zh-CN">')
        assert "@media print" in page and "size: A4" in page and '"Noto Sans CJK SC"' in page


def test_the_report_is_in_chinese(built: Path) -> None:
    index, page = parse(built), parse(built, SEED_PAGE)
    assert headings(index, "h1") == ["预算绩效表检查报告"]
    assert headings(index) == [
        "一、检查发现汇总",
        "二、年度目标量化情况（按一级指标）",
        "三、文件一览",
        "附录一 规则标识对照",
    ]
    assert headings(page, "h1") == [f"{DEPARTMENT} · 2025"]
    assert headings(page) == [
        "一、各项目金额（总计，万元）",
        "二、绩效指标",
        "三、检查发现",
        "附录一 其余检查发现",
        "附录二 技术信息",
    ]
    assert headings(page, "h3")[:2] == ["指标构成", "年度目标量化情况"]
    # Each rule by its Chinese title, with its explanation; its id only in the appendix.
    rules = [text(row) for row in section(page, "检查发现").css("table:not(.findings) tbody tr")]
    assert rules == [
        "警告 完成时限早于预算年度 日期型指标值早于预算年度开始之日。 1",
        "警告 满意度指标值不是百分比 满意度指标的指标值不是百分比。 1",
        "警告 指标值只重复指标名称 指标值只是重复了指标名称，没有设定目标。 4",
        "提示 缺少一级指标 项目缺少产出、效益或满意度指标（指标均未列一级的，只记一条）。 12",
        "提示 实施周期与年度目标不同 实施周期指标值与年度指标值设定的目标不同（不只是措辞不同）。 6",
    ]
    body = " ".join(text(node) for node in page.css("section.part"))
    assert "deadline_before_fiscal_year" not in body and "warning" not in body


def test_the_header_names_the_department_year_and_total(built: Path) -> None:
    header = parse(built, SEED_PAGE).css_first("header dl")
    fields = dict(
        zip(
            (text(node) for node in header.css("dt")),
            (text(node) for node in header.css("dd")),
            strict=True,
        )
    )
    assert fields == {
        "表名": "项目支出绩效目标表（含转移支付项目）",
        "部门名称": DEPARTMENT,
        "预算年度": "2025（据 sources.csv）",
        "原始文件": SEED,
        "地区": "广州市花都区",
        "项目数": "28",
        "指标数": "113",
        "合计": "2,288.09 万元 （财政拨款 2,288.09）",
    }


def test_technical_detail_is_in_an_appendix(built: Path) -> None:
    page = parse(built, SEED_PAGE)
    ((sha256, encoding, layout),) = query(built, "SELECT sha256, encoding, layout FROM documents")
    technical = section(page, "技术信息")
    assert "appendix" in technical.attributes["class"]
    fields = dict(
        zip(
            (text(node) for node in technical.css("dl dt")),
            (text(node) for node in technical.css("dl dd")),
            strict=True,
        )
    )
    assert fields["SHA-256"] == sha256
    assert (fields["文本编码"], fields["表格版式"]) == (encoding, layout)
    rule_ids = [text(row) for row in technical.css("tbody tr")]
    assert "完成时限早于预算年度 deadline_before_fiscal_year 警告 warning 1" in rule_ids
    outside = " ".join(text(node) for node in page.css("header, section.part"))
    assert sha256[:16] not in outside and encoding not in outside


def test_every_finding_names_its_project_and_indicator(built: Path) -> None:
    page = parse(built, SEED_PAGE)
    rows = finding_rows(section(page, "检查发现"))
    for number, (_, _rule, *cells) in finding_rows(section(page, "其余检查发现")).items():
        rows[number] = [number, *cells]
    expected = query(
        built,
        """
        SELECT regexp_extract(f.finding_id, '[^:]*$'), f.source_line,
               coalesce(p.project_name, pi.project_name), i.indicator_name
        FROM findings f
        LEFT JOIN projects p ON f.entity_type = 'project' AND p.project_id = f.entity_id
        LEFT JOIN indicators i ON f.entity_type = 'indicator' AND i.indicator_id = f.entity_id
        LEFT JOIN projects pi ON pi.project_id = i.project_id
        """,
    )
    assert len(expected) == 24 and set(rows) == {number for number, *_ in expected}
    for number, line, project, indicator in expected:
        where, subject = rows[number][1], rows[number][2]
        assert where == f"{SEED}:{line}"
        assert subject == project + (f" 指标：{indicator}" if indicator else "")
    # The one deadline_before_fiscal_year finding, whole.
    assert rows["f16"] == [
        "f16",
        f"{SEED}:35",
        "花都区“十四五”发展规划中期评估费用 指标：完成时间",
        "指标值中的日期早于 2025 年 1 月 1 日，即预算年度开始之前。",
        "2023-10-31",
    ]


def test_a_finding_on_a_project_row_of_the_whole_table_names_the_project(mixed: Path) -> None:
    # amount_unparsed is about the document, at line 8: 公共卫生服务经费's row.
    rows = finding_rows(parse(mixed, "report/t10.txt.html").body)
    assert rows["f5"] == [
        "f5",
        "t10.txt:8",
        "公共卫生服务经费",
        "该金额格不是数字，金额按空值处理，请核对原表。",
        "十万",
    ]


def test_findings_beyond_the_first_few_of_a_rule_are_in_an_appendix_table(built: Path) -> None:
    page = parse(built, SEED_PAGE)
    shown = finding_rows(section(page, "检查发现"))
    appendix = section(page, "其余检查发现")
    overflow = finding_rows(appendix)
    counts = dict(query(built, "SELECT rule, count(*) FROM findings GROUP BY rule"))
    assert counts == {
        "deadline_before_fiscal_year": 1,
        "satisfaction_not_percent": 1,
        "target_repeats_indicator_name": 4,
        "missing_level1": 12,
        "period_annual_differ": 6,
    }
    assert len(shown) == sum(min(n, FINDINGS_PER_RULE) for n in counts.values()) == 16
    assert len(overflow) == 24 - 16
    assert not set(shown) & set(overflow)
    # The appendix names each finding's rule, in Chinese.
    assert (
        sorted(row[1] for row in overflow.values())
        == ["实施周期与年度目标不同"] + ["缺少一级指标"] * 7
    )
    assert overflow["f13"] == [
        "f13",
        "缺少一级指标",
        f"{SEED}:29",
        "园区业务工作经费",
        "该项目缺少原文所列的一级指标。",
        "满意度指标",
    ]
    notes = [text(node) for node in section(page, "检查发现").css("p.note")]
    assert "其余 7 条见附录“其余检查发现”。" in notes
    assert "其余 1 条见附录“其余检查发现”。" in notes
    for name in (paths.REPORT_NAME, SEED_PAGE):
        assert "SELECT" not in (built / name).read_text(encoding="utf-8")


def test_the_index_lists_every_document_in_natural_order(mixed: Path) -> None:
    index = parse(mixed)
    documents = section(index, "文件一览")
    links = [(link.attributes["href"], text(link)) for link in documents.css("a")]
    assert [href for href, _ in links] == [
        "report/2024/t5.txt.html",
        "report/t1.txt.html",
        "report/t2.txt.html",
        "report/t3.txt.html",
        "report/t10.txt.html",
    ]
    files = [text(node) for node in documents.css("span.note")]
    assert files == ["2024/t5.txt", "t1.txt", "t2.txt", "t3.txt", "t10.txt"]
    assert links[2][1] == f"{DEPARTMENT} · 2025"
    (t3,) = [row for row in documents.css("tbody tr") if "t3.txt" in text(row)]
    assert text(t3) == "4 未注明部门 无法读取 t3.txt 0 0 — — 1 / 0 / 0"
    for href, _ in links:
        assert (mixed / href).is_file()


@pytest.mark.parametrize(
    ("names", "ordered"),
    [
        (["t10", "t2", "t1"], ["t1", "t2", "t10"]),
        (["b", "A", "a10", "a9"], ["A", "a9", "a10", "b"]),
        (
            ["a-b.txt", "a/b.txt", "a/a10.txt", "a/a9.txt"],
            ["a/a9.txt", "a/a10.txt", "a/b.txt", "a-b.txt"],
        ),
        (["t1", "t01", "t001"], ["t001", "t01", "t1"]),
        (["第10批.txt", "第２批.txt"], ["第２批.txt", "第10批.txt"]),
    ],
)
def test_natural_order(names: list[str], ordered: list[str]) -> None:
    assert sorted(names, key=natural_key) == ordered


def test_each_document_page_is_numbered_and_links_back_to_the_index(mixed: Path) -> None:
    kinds = ["项目支出绩效目标表"] * 3 + ["未能读取的文件", "项目支出绩效目标表"]
    for number, (path, kind) in enumerate(
        zip(["2024/t5.txt", "t1.txt", "t2.txt", "t3.txt", "t10.txt"], kinds, strict=True), start=1
    ):
        page = parse(mixed, document_page_path(path))
        assert text(page.css_first("header .kicker")) == f"{kind} · 第 {number} 份，共 5 份"
        back = page.css_first("nav a").attributes["href"]
        assert (mixed / document_page_path(path)).parent.joinpath(back).resolve() == (
            mixed / paths.REPORT_NAME
        ).resolve()
    assert page.css_first("nav a").attributes["href"] == "../report.html"
    assert parse(mixed, "report/2024/t5.txt.html").css_first("nav a").attributes["href"] == (
        "../../report.html"
    )


def test_a_file_named_too_long_for_its_page_gets_a_page_cut_to_fit(tmp_path: Path) -> None:
    # A disclosure named in 83 Chinese characters takes 253 bytes with `.txt`: with `.html`
    # after that, its page's name was too long for the file system, and the whole build failed.
    long_name = ("花都区科技工业和信息化局" * 7)[:-1] + ".txt"
    assert len(long_name.encode()) == 253
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(paths.RAW_DIR / SEED, raw / long_name)
    out = tmp_path / "out"
    run_build(raw, out, use_cache=False)
    page = document_page_path(long_name)
    name = page.removeprefix(f"{paths.REPORT_DIR_NAME}/")
    assert len(name.encode()) <= paths.NAME_BYTES and name.endswith(".html")
    assert name.startswith("花都区科技工业和信息化局") and "~" in name
    assert (
        text(parse(out, page).css_first("header .kicker"))
        == "项目支出绩效目标表 · 第 1 份，共 1 份"
    )
    link = parse(out).css_first("a.link").attributes["href"]
    assert (out / unquote(link)).resolve() == (out / page).resolve()


def test_a_file_that_could_not_be_read_has_a_page_with_its_finding(mixed: Path) -> None:
    page = parse(mixed, "report/t3.txt.html")
    assert headings(page) == ["一、无法读取", "二、检查发现", "附录一 技术信息"]
    assert (
        text(page.css_first("p.failed"))
        == "该文件无法读取，未从中取得任何项目或指标。原因见检查发现。"
    )
    assert finding_rows(page.body)["f1"] == [
        "f1",
        "t3.txt:1",
        "不涉及具体项目",
        "未从该文件取得任何项目或指标，请核对文件是否完整、是否为绩效目标表。",
        "程序说明：no header row with 项目名称 and 总计 found; is this a 项目支出绩效目标表?",
    ]
    failed = section(parse(mixed), "无法读取的文件（1 个）")
    assert [text(cell) for cell in failed.css("tbody td")] == [
        "t3.txt",
        "t3.txt:1",
        "未从该文件取得任何项目或指标，请核对文件是否完整、是否为绩效目标表。",
        "程序说明：no header row with 项目名称 and 总计 found; is this a 项目支出绩效目标表?",
    ]


def test_a_figure_that_does_not_add_up_is_marked_and_linked_to_its_finding(mixed: Path) -> None:
    page = parse(mixed, "report/t10.txt.html")
    ((project_finding,),) = query(
        mixed,
        "SELECT finding_id FROM findings WHERE rule = 'amount_row_mismatch' "
        "AND entity_id = 't10.txt:p1'",
    )
    ((unit_finding,),) = query(
        mixed,
        "SELECT finding_id FROM findings WHERE rule = 'subtotal_mismatch' "
        "AND entity_id = 't10.txt:a2'",
    )
    project_number, unit_number = project_finding.split(":")[-1], unit_finding.split(":")[-1]
    bars = {
        text(row.css_first("td.name")): row.css_first("td.num:last-child")
        for row in section(page, "各项目金额（总计，万元）").css("tbody tr")
        if row.css_first("td.name")
    }
    marked = bars["基层医疗机构运行补助 某市卫生健康委员会"]
    assert text(marked) == f"200.00 ※{project_number}"
    assert marked.css_first("a.mark").attributes["href"] == f"#{project_number}"
    assert [text(cell) for cell in bars.values() if cell.css_first("a.mark")] == [text(marked)]
    totals = {
        text(row.css_first("td")): [text(cell) for cell in row.css("td")]
        for row in section(page, "原表印出的合计与小计（万元）").css("tbody tr")
    }
    assert totals["某市卫生健康委员会"] == [
        "某市卫生健康委员会",
        f"300.00 ※{unit_number}",
        "300.00",
        "—",
        "—",
        "6",
    ]
    assert totals["合计"][1] == "500.00"
    # Each mark leads to its finding, which names the same row.
    rows = finding_rows(page.body)
    assert rows[project_number][2:4] == [
        "基层医疗机构运行补助",
        "总计不等于财政拨款、财政专户拨款与其他资金之和。",
    ]
    assert rows[unit_number][2:4] == ["某市卫生健康委员会", "印出的小计不等于其所含各行之和。"]


def test_lang_en_gives_the_english_report(built: Path) -> None:
    with duckdb.connect(str(built / paths.DATABASE_NAME), read_only=True) as connection:
        pages = dict(render_report(connection, "en"))
    assert list(pages) == [paths.REPORT_NAME, SEED_PAGE]
    index, page = LexborHTMLParser(pages[paths.REPORT_NAME]), LexborHTMLParser(pages[SEED_PAGE])
    assert pages[SEED_PAGE].startswith('<!DOCTYPE html>\n<html lang="en">')
    assert headings(index, "h1") == ["Budget performance tables report"]
    assert headings(index) == [
        "1. Findings by rule",
        "2. Quantified annual targets by 一级指标",
        "3. Documents",
        "Appendix A. Rule ids",
    ]
    assert headings(page) == [
        "1. Amounts by project (总计, 万元)",
        "2. Indicators",
        "3. Findings",
        "Appendix A. Other findings",
        "Appendix B. Technical detail",
    ]
    ((message,),) = query(built, "SELECT message FROM findings WHERE finding_id LIKE '%:f16'")
    assert (
        message
        == "实施周期指标值 and 年度指标值: the date 2023-10-31 falls before fiscal year 2025 begins"
    )
    assert finding_rows(page.body)["f16"] == [
        "f16",
        f"{SEED}:35",
        "花都区“十四五”发展规划中期评估费用 indicator: 完成时间",
        message,
        "2023-10-31",
    ]
    assert "warning deadline_before_fiscal_year (1)" in headings(page, "h3")


def test_build_lang_en_writes_english_and_a_change_of_language_rebuilds(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / "out"
    assert main(["build", "--out", str(out), "--lang", "en", "--jobs", "1"]) == 0
    assert headings(parse(out), "h1") == ["Budget performance tables report"]
    assert main(["build", "--out", str(out), "--jobs", "1"]) == 0
    assert headings(parse(out), "h1") == ["预算绩效表检查报告"]
    assert "up to date" not in capsys.readouterr().out
    assert main(["build", "--out", str(out), "--jobs", "1"]) == 0
    assert "up to date" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_status:
        main(["build", "--lang", "fr"])
    assert exit_status.value.code == 2
    assert (
        "argument --lang: invalid choice: 'fr' (choose from 'zh', 'en')" in capsys.readouterr().err
    )


def test_every_rule_has_a_chinese_title_explanation_and_message() -> None:
    assert set(RULES_ZH) == set(RULES)
    titles = [title for title, _, _ in RULES_ZH.values()]
    assert len(set(titles)) == len(titles)
    for rule, (title, explanation, message) in RULES_ZH.items():
        assert title and explanation.endswith("。") and message.endswith(("。", "？")), rule
        assert re.search(r"[A-Za-z]{4}", title) is None, rule
        message.format(fiscal_year=2025)  # no other field


def test_every_document_gets_a_page_beyond_a_batch(database: duckdb.DuckDBPyConnection) -> None:
    copies = BATCH_SIZE + 3
    database.execute(
        f"""
        INSERT INTO documents
        SELECT documents.* REPLACE (printf('zz-%d', i) AS document_id,
                          printf('zz-%d.txt', i) AS source_file)
        FROM documents, range({copies}) AS copies(i)
        """
    )
    pages = dict(render_report(database))
    assert len(pages) == 1 + 1 + copies
    links = LexborHTMLParser(pages[paths.REPORT_NAME]).css("section.part a.link")
    assert len(links) == 1 + copies
    assert [link.attributes["href"] for link in links[:3]] == [
        SEED_PAGE,
        "report/zz-0.html",
        "report/zz-1.html",
    ]
    assert links[-1].attributes["href"] == f"report/zz-{copies - 1}.html"
    last = LexborHTMLParser(pages[f"report/zz-{copies - 1}.html"])
    assert text(last.css_first("header .kicker")).endswith(
        f"第 {copies + 1} 份，共 {copies + 1} 份"
    )


def test_every_project_has_a_bar_with_its_exact_amount(built: Path) -> None:
    page = parse(built, SEED_PAGE)
    rows = [
        (
            int(text(row.css_first("td.seq"))),
            text(row.css_first("td.name")),
            text(row.css("td")[-1]),
        )
        for row in section(page, "各项目金额（总计，万元）").css("tbody tr")
    ]
    projects = query(built, "SELECT project_seq, project_name FROM projects")
    assert len(rows) == 28 and {(seq, name) for seq, name, _ in rows} == set(projects)
    # Largest first, amounts exactly as printed in the table.
    assert rows[0][1:] == ("花都区陆空口岸专班工作专项经费", "506.00")
    assert rows[-1][1:] == ("科技金融服务与成果转化工作经费", "2.00")
    assert sum(Decimal(amount.replace(",", "")) for *_, amount in rows) == Decimal("2288.09")


def test_indicator_levels_and_quantified_shares_match_the_database(built: Path) -> None:
    indicators = section(parse(built, SEED_PAGE), "绩效指标")
    levels = query(
        built,
        "SELECT level1_name, indicators, quantified FROM quantified_share_by_level "
        "ORDER BY level1_code",
    )
    shares = [
        [text(cell) for cell in row.css("td")][:3]
        for row in indicators.css("div")[2].css("tbody tr")
    ]
    assert shares == [
        [name, f"{quantified} / {count}", f"{quantified * 100 / count:.1f}%"]
        for name, count, quantified in levels
    ]
    assert "113 条指标中有 100 条的年度指标值能读作数值、百分比、金额、日期或期限" in text(
        indicators
    )
    level2 = {
        text(row.css("td")[0]): int(text(row.css("td")[1])) for row in indicators.css("tr.level2")
    }
    assert level2 == dict(query(built, "SELECT level2_name, count(*) FROM indicators GROUP BY ALL"))


def test_the_pages_reference_nothing_outside_themselves(mixed: Path) -> None:
    for path in [mixed / paths.REPORT_NAME, *(mixed / "report").rglob("*.html")]:
        lowered = path.read_text(encoding="utf-8").lower()
        for banned in ("http://", "https://", "<script", "@import", "url(", "<link", "<img"):
            assert banned not in lowered, path


def test_rendering_is_byte_for_byte_repeatable(built: Path, tmp_path: Path) -> None:
    with duckdb.connect(str(built / paths.DATABASE_NAME), read_only=True) as connection:
        first, second = dict(render_report(connection)), dict(render_report(connection))
    assert first == second
    assert first[SEED_PAGE] == (built / SEED_PAGE).read_text(encoding="utf-8")
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(built / paths.DATABASE_NAME, copy / paths.DATABASE_NAME)
    write_report(copy)
    for name in (paths.REPORT_NAME, SEED_PAGE):
        assert (copy / name).read_bytes() == (built / name).read_bytes()


def test_text_from_the_data_is_escaped(database: duckdb.DuckDBPyConnection) -> None:
    database.execute("UPDATE projects SET project_name = '<b>A&B</b> 经费' WHERE project_seq = 1")
    database.execute(
        "UPDATE documents SET source_url = 'https://www.example.gov.cn/a?b=1&c=2', "
        "region = '广东省 \"花都\"'"
    )
    page = dict(render_report(database))[SEED_PAGE]
    assert "&lt;b&gt;A&amp;B&lt;/b&gt; 经费" in page
    assert "<b>A&B" not in page
    assert "https://" not in page
    fields = LexborHTMLParser(page).css("header dd")
    assert "https://www.example.gov.cn/a?b=1&c=2" in [text(node) for node in fields]
    assert "广东省 &quot;花都&quot;" in page


def test_a_page_name_is_quoted_in_its_link(database: duckdb.DuckDBPyConnection) -> None:
    database.execute("UPDATE documents SET document_id = '二〇二五/a #1.txt'")
    pages = dict(render_report(database))
    assert "report/二〇二五/a #1.txt.html" in pages
    (link,) = LexborHTMLParser(pages[paths.REPORT_NAME]).css("section.part a.link")
    assert (
        link.attributes["href"] == "report/%E4%BA%8C%E3%80%87%E4%BA%8C%E4%BA%94/a%20%231.txt.html"
    )


def test_long_documents_cap_their_bars(database: duckdb.DuckDBPyConnection) -> None:
    database.execute(
        """
        INSERT INTO projects
        SELECT * REPLACE (project_id || '-copy' AS project_id, project_seq + 100 AS project_seq,
                          project_name || '（续）' AS project_name)
        FROM projects WHERE project_seq <= 20
        """
    )
    page = LexborHTMLParser(dict(render_report(database))[SEED_PAGE])
    bars = section(page, "各项目金额（总计，万元）").css("tbody tr")
    assert len(bars) == BAR_LIMIT + 1
    smallest = database.execute(
        f"SELECT sum(total_amount) FROM (SELECT total_amount FROM projects "
        f"ORDER BY total_amount DESC, project_seq OFFSET {BAR_LIMIT})"
    ).fetchone()[0]
    assert text(bars[-1]) == f"… 及其余 8 个较小的项目 {smallest:,.2f}"


@pytest.mark.parametrize(
    ("amount", "printed"),
    [
        (Decimal("2288.090000"), "2,288.09"),
        (Decimal("330.984053"), "330.984053"),
        (Decimal("1234567.5000"), "1,234,567.50"),
        (Decimal("0.1235"), "0.1235"),
        (Decimal("-12.3400"), "-12.34"),
        (Decimal("5"), "5.00"),
    ],
)
def test_amounts_print_as_exact_decimals(amount: Decimal, printed: str) -> None:
    assert _money(amount) == printed


# Printing: the pages as a reader prints them (or saves them as PDF) on A4.

FOOTER = words("zh")["footer"].format(version=PIPELINE_VERSION, bars=BAR_LIMIT)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_printing = pytest.mark.skipif(
    CHROMIUM is None or shutil.which("pdftotext") is None,
    reason="printing needs chromium and pdftotext (poppler-utils)",
)
A4_WIDTH, RIGHT_MARGIN = 595.28, 36.85  # points: the page's width, its 13 mm margin


def last_section(page: LexborHTMLParser):
    *_, last = page.css_first("main").iter()
    assert last.tag == "section"
    return last


def closing(page: LexborHTMLParser) -> list[str]:
    """The tags of the block the footer is printed in, which must be the page's last
    section's last block."""
    (footer,) = page.css("footer")
    block = footer.parent
    assert (block.tag, block.attributes.get("class")) == ("div", "closing")
    *_, last = last_section(page).iter()
    assert block == last
    return [child.tag for child in block.iter()]


def test_the_footer_closes_the_last_section_with_its_last_block(built: Path) -> None:
    index, page = parse(built), parse(built, SEED_PAGE)
    assert closing(index) == ["p", "table", "footer"]
    assert (
        text(index.css_first(".closing p"))
        == "数据库 findings 表的 rule 列使用的规则标识，供查询数据时对照。"
    )
    assert closing(page) == ["h3", "p", "table", "footer"]
    assert text(page.css_first(".closing h3")) == "规则标识对照"
    assert text(page.css_first("footer")) == FOOTER
    for html in (index.html, page.html):
        (print_rules,) = re.findall(r"@media print \{(.*?)\n\}", html, re.S)
        assert ".closing { break-inside: avoid; }" in print_rules.replace(
            ".grid, .tiles, .meta, ", ""
        )


def test_without_findings_the_footer_closes_the_technical_detail_or_the_document_list(
    database: duckdb.DuckDBPyConnection,
) -> None:
    """The technical detail, short, goes with the footer; the document list, as long as the
    build, does not (it would leave the sheet before it blank): the footer follows it."""
    database.execute("DELETE FROM findings")
    pages = dict(render_report(database))
    page, index = LexborHTMLParser(pages[SEED_PAGE]), LexborHTMLParser(pages[paths.REPORT_NAME])
    assert closing(page) == ["dl", "footer"]
    assert closing(index) == ["footer"]
    assert [child.tag for child in last_section(index).iter()] == ["h2", "p", "table", "div"]


def print_to_pdf(page: Path, directory: Path) -> Path:
    """`page` printed by chromium, as a reader's "Save as PDF" does."""
    pdf = directory / (page.name + ".pdf")
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--user-data-dir={directory / 'chromium'}",
            f"--print-to-pdf={pdf}",
            page.resolve().as_uri(),
        ],
        check=True,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=180,
    )
    return pdf


def sheets(pdf: Path) -> list[str]:
    """Each printed sheet's text, without white space (pdftotext breaks lines anywhere)."""
    printed = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True)
    return ["".join(sheet.split()) for sheet in printed.stdout.decode().split("\f")[:-1]]


def words_beyond_the_margin(pdf: Path) -> list[str]:
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True)
    return [
        word
        for x_max, word in re.findall(
            r'xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', boxes.stdout.decode()
        )
        if float(x_max) > A4_WIDTH - RIGHT_MARGIN + 1
    ]


@pytest.mark.slow
@needs_printing
def test_the_printed_footer_shares_its_sheet_with_the_last_block(
    built: Path, database: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    rules = [rule for (rule,) in query(built, "SELECT DISTINCT rule FROM findings")]
    footer = "".join(FOOTER.split())
    for name, last_block in (
        (paths.REPORT_NAME, "附录一规则标识对照"),
        (SEED_PAGE, "规则标识对照"),
    ):
        printed = sheets(print_to_pdf(built / name, tmp_path))
        assert [footer in sheet for sheet in printed] == [False] * (len(printed) - 1) + [True]
        assert last_block in printed[-1]
        assert all(rule in printed[-1] for rule in rules), name
    database.execute("DELETE FROM findings")
    clean = tmp_path / "clean"
    for name, page in render_report(database):
        (clean / name).parent.mkdir(parents=True, exist_ok=True)
        (clean / name).write_text(page, encoding="utf-8")
    index = sheets(print_to_pdf(clean / paths.REPORT_NAME, tmp_path))
    assert SEED in index[-1] and index[-1].endswith(f"{footer}{len(index)}/{len(index)}")


@pytest.mark.slow
@needs_printing
def test_a_printed_table_keeps_its_note_on_its_last_rows_sheet(built: Path, tmp_path: Path) -> None:
    """The seed's 28 projects fill the first sheet; the note under them used to begin the
    second sheet alone."""
    ((smallest,),) = query(
        built, "SELECT project_name FROM projects ORDER BY total_amount, project_seq LIMIT 1"
    )
    printed = sheets(print_to_pdf(built / SEED_PAGE, tmp_path))
    (sheet,) = [
        sheet for sheet in printed if "按金额从大到小排列；序号为项目在原表中的顺序。" in sheet
    ]
    assert smallest in sheet
