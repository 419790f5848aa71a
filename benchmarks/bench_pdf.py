"""Benchmarks: reading PDF budget disclosures, in pages per second and cost per table.

Generates whole 部门预算公开 PDFs (`generate_disclosures`, reportlab with its built-in CID font
STSong-Light, so no font file is needed): a cover, a 目录, many pages of budget tables that
are not performance tables (收支总表, 支出表 with their 功能分类科目 rows) and of prose, and
a few performance tables (the packed department tables of tests/fixtures/raw-variants/,
ruled as a grid, each from a new landscape page). Times `process_file` (the file's whole
pipeline: read, layouts, normalize, checks; no writing) on one core in CPU seconds, each
pass in a process forked for it, as `bench_layouts` does; prints pages per second and
milliseconds per performance table.
"""

import io
import random
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from benchmarks.bench_layouts import in_fresh_process
from benchmarks.corpus import VARIANT_DIR, VARIANT_FILES, decode_variant
from pipeline.manifest import Source

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
TEXT = ParagraphStyle("text", fontName=FONT, fontSize=10.5, leading=16, firstLineIndent=21)
CELL = ParagraphStyle("cell", fontName=FONT, fontSize=7.5, leading=9.5)
TITLE = ParagraphStyle("title", fontName=FONT, fontSize=15, leading=22, alignment=1)
GRID = TableStyle(
    [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
)

# What a disclosure holds besides its performance tables, per file.
BUDGET_TABLES = 12
PROSE_PAGES = 6
PERFORMANCE_TABLES = 3
SUBJECTS = (
    "一般公共服务支出", "教育支出", "科学技术支出", "文化旅游体育与传媒支出", "社会保障和就业支出",
    "卫生健康支出", "节能环保支出", "城乡社区支出", "农林水支出", "住房保障支出",
    "行政运行", "一般行政管理事务", "机关服务", "事业运行", "其他教育支出", "学前教育", "小学教育",
)  # fmt: skip
BUDGET_TITLES = (
    "部门收支总表", "部门收入总表", "部门支出总表", "财政拨款收支总表", "一般公共预算支出表",
    "一般公共预算基本支出表", "政府性基金预算支出表", "国有资本经营预算支出表",
)  # fmt: skip
PROSE = (
    "本部门严格按照预算法和财政部门的要求编制部门预算，坚持量入为出、收支平衡的原则。",
    "收入预算较上年有所增加，主要原因是在校学生人数增加，生均公用经费相应增加。",
    "支出预算主要用于保障机关和所属单位正常运转，以及完成年度工作任务的项目支出。",
    "机关运行经费主要用于办公费、印刷费、水电费、办公用房物业管理费等日常公用支出。",
    "政府采购预算主要用于采购办公设备、信息化运维服务和校舍维修改造工程。",
    "截至上年末，本部门共有车辆若干辆，其中一般公务用车和执法执勤用车按规定配备。",
)  # fmt: skip


def _performance_tables() -> list[list[list[str]]]:
    """The packed tables of the raw variants, as rows of cells (title and unit lines
    included, as one-cell rows)."""
    tables = []
    for name in VARIANT_FILES:
        text = decode_variant((VARIANT_DIR / name).read_bytes())
        rows = [line.rstrip("\r").split("\t") for line in text.split("\n") if line.strip()]
        tables.append(rows)
    return tables


def _grid(rows: list[list[str]], widths: list[float]) -> Table:
    width = len(widths)
    cells = [[Paragraph(text, CELL) for text in (row + [""] * width)[:width]] for row in rows]
    return Table(cells, colWidths=widths, repeatRows=1, style=GRID)


def _budget_table(rng: random.Random, department: str) -> list:
    title = f"{department}2025年{rng.choice(BUDGET_TITLES)}"
    header = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"]
    rows = [header]
    for _ in range(rng.randint(14, 24)):
        amounts = [rng.randint(100, 900_000) / 100 for _ in range(2)]
        rows.append([
            str(rng.randint(201, 229)) + f"{rng.randint(1, 99):02d}",
            rng.choice(SUBJECTS), f"{sum(amounts):,.2f}", f"{amounts[0]:,.2f}", f"{amounts[1]:,.2f}",
        ])  # fmt: skip
    return [
        Paragraph(title, TITLE),
        Paragraph(f"部门名称：{department}　　单位：万元", CELL),
        Spacer(1, 6),
        _grid(rows, [60, 150, 80, 80, 80]),
        PageBreak(),
    ]


def _prose(rng: random.Random) -> list:
    return [
        *(Paragraph("".join(rng.choice(PROSE) for _ in range(rng.randint(2, 5))), TEXT)
          for _ in range(12)),
        PageBreak(),
    ]  # fmt: skip


def disclosure(rng: random.Random, department: str) -> tuple[bytes, int]:
    """One disclosure PDF and how many performance tables it prints."""
    buffer = io.BytesIO()
    portrait = Frame(50, 50, A4[0] - 100, A4[1] - 100)
    wide = Frame(40, 40, landscape(A4)[0] - 80, landscape(A4)[1] - 80)
    document = BaseDocTemplate(buffer, pagesize=A4, pageTemplates=[
        PageTemplate("portrait", [portrait], pagesize=A4),
        PageTemplate("landscape", [wide], pagesize=landscape(A4)),
    ])  # fmt: skip
    story: list = [Paragraph(department, TITLE), Paragraph("2025年部门预算", TITLE), PageBreak()]
    story += [Paragraph("目　录", TITLE), *(Paragraph(f"{n}. {title}", TEXT)
              for n, title in enumerate(BUDGET_TITLES, 1)), PageBreak()]  # fmt: skip
    for _ in range(BUDGET_TABLES):
        story += _budget_table(rng, department)
    chosen = rng.sample(_performance_tables(), PERFORMANCE_TABLES)
    story.append(NextPageTemplate("landscape"))
    story.append(PageBreak())
    for rows in chosen:
        lines = [row[0] for row in rows if len(row) == 1]
        table = [row for row in rows if len(row) > 1]
        story += [Paragraph(line, CELL) for line in lines]
        story += [_grid(table, [120, 55, 55, 55, 50, 160, 250]), PageBreak()]
    story.append(NextPageTemplate("portrait"))
    for _ in range(PROSE_PAGES):
        story += _prose(rng)
    document.build(story)
    return buffer.getvalue(), len(chosen)


@dataclass(frozen=True)
class PdfTiming:
    files: int
    pages: int
    tables: int
    seconds: tuple[float, ...]


def generate_disclosures(folder: Path, count: int, seed: int = 14) -> dict[str, int]:
    """`count` disclosure PDFs in `folder` (kept if there), name -> performance tables."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    tables = {}
    for number in range(count):
        path = folder / f"disclosure-{number:03d}.pdf"
        data, tables[path.name] = disclosure(rng, f"某区第{number + 1}局")
        if not path.exists():
            path.write_bytes(data)
    return tables


def run(folder: Path, count: int, repeat: int) -> PdfTiming:
    """Time `process_file` over `count` generated disclosures, `repeat` passes."""
    import pdfplumber

    tables = generate_disclosures(folder, count)
    files = [(name, (folder / name).read_bytes(), Source(fiscal_year=2025)) for name in tables]
    pages = 0
    for _, data, _ in files:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages += len(pdf.pages)
    seconds = tuple(in_fresh_process(files)[0] for _ in range(repeat))
    return PdfTiming(len(files), pages, sum(tables.values()), seconds)


def report(timing: PdfTiming, spread, goal) -> list[str]:
    """The lines `make bench` prints."""
    median = spread(timing.seconds).median
    rate = timing.pages / median
    return [
        f"PDF disclosures (`process_file`, CPU seconds of 1 core; {timing.files} "
        f"file{'s' * (timing.files != 1)}, "
        f"{timing.pages} pages, {timing.tables} performance tables; {spread(timing.seconds)}): "
        f"{rate:.1f} pages/s, {1000 * median / timing.tables:.0f} ms per performance table "
        f"{goal(rate >= 10, '>= 10 pages/s per core')}"
    ]
