"""Positioned web pages (pipeline.read.positioned): a page pdf2htmlEX or Poppler's `pdftohtml -c`
made of a PDF, its text in placed lines and its rules a picture, gives the tables of the PDF it
was made of through the PDF reader: the words where the page's CSS places them, the rules found
in its picture; a line drawn turned is no text; the print sheet's classes place nothing; a page
whose stylesheet was not saved fails saying so. The pages are built here as the converters write
them, and the shared examples' ruled PDF forms as `pdftohtml -c` and pdf2htmlEX make them pages
(tests/fixtures/positioned-pages) give their expected.json."""

import base64
import io
import unicodedata
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from selectolax.lexbor import LexborHTMLParser

from pipeline.layouts import read_table
from pipeline.layouts.select import file_tables
from pipeline.read import html, positioned
from pipeline.read.text import ExtractError
from tests.layout_expectations import assert_as_expected, build_files, expected_of

SIZE = 8.0  # points, as printed
SCALE = 0.25  # pdf2htmlEX draws each line four times too large and scales it back
PAGE_HEIGHT = 842.0
PITCH = 15.0
# Where each column's text starts: name, weight, unit, operator, value.
COLUMNS = (52.5, 210.0, 320.0, 380.0, 430.0)


def width(text: str) -> float:
    return sum(SIZE * (1.0 if unicodedata.east_asian_width(c) in "WFA" else 0.5) for c in text)


def line(number: int, cells: list[tuple[float, str]], turned: bool = False) -> tuple[str, str]:
    """One `<div class="t">` printing `cells` ((left, text), left to right) on line `number` of
    the page, each gap an offset `<span class="_ _N">`, and the stylesheet classes it uses."""
    left, _ = cells[0]
    classes = [f".x{number}{{left:{left}px}}",
               f".y{number}{{bottom:{PAGE_HEIGHT - 60 - number * PITCH}px}}"]  # fmt: skip
    inner, at = "", left
    for k, (x, text) in enumerate(cells):
        if k:
            classes.append(f"._{number}_{k}{{width:{(x - at) / SCALE}px;}}")
            inner += f'<span class="_ _{number}_{k}"> </span>'
        inner += text
        at = x + width(text)
    matrix = "m1" if turned else "m0"
    return (
        f'<div class="t {matrix} x{number} h1 y{number} ff1 fs0 fc0 sc0 ls0 ws0">{inner}</div>',
        "".join(classes),
    )


def made(
    lines: list[list[tuple[float, str]]], turned: frozenset[int] = frozenset(), picture: str = ""
) -> bytes:
    """A pdf2htmlEX page of one PDF page printing `lines` over its `picture` (base64 PNG), its
    print sheet repeating the classes in points (wrong if read)."""
    drawn = [line(k, cells, k in turned) for k, cells in enumerate(lines)]
    sheet = (
        f".m0{{transform:matrix({SCALE},0,0,{SCALE},0,0)}}"
        f".m1{{transform:matrix(0.18,0.18,-0.18,0.18,0,0)}}"
        f".h1{{height:{SIZE * 1.16}px}}.fs0{{font-size:{SIZE / SCALE}px}}"
        f".w0{{width:595px}}.h0{{height:{PAGE_HEIGHT}px}}"
        + "".join(classes for _, classes in drawn)
    )
    printed = ".x0{left:999pt}.fs0{font-size:1pt}"
    body = "".join(div for div, _ in drawn)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"/>'
        '<meta name="generator" content="pdf2htmlEX"/>'
        f"<style>{sheet}@media print{{{printed}}}</style></head><body>"
        '<div id="page-container"><div id="pf1" class="pf w0 h0" data-page-no="1">'
        f'<div class="pc pc1 w0 h0"><img class="bi w0 h0" src="data:image/png;base64,'
        f'{picture}"/>'
        f"{body}</div></div></div></body></html>"
    ).encode()


def layers(page: str | bytes) -> list:
    """The pages of a web page of positioned text, with their words."""
    tree = LexborHTMLParser(page)
    return positioned.text_layers(
        "p.html", tree, lambda: html._stylesheet_classes(tree, always=True)
    )


def row(*texts: str) -> list[tuple[float, str]]:
    """An indicator row: its texts under `COLUMNS`, an empty text a cell left blank."""
    return [(x, text) for x, text in zip(COLUMNS, texts, strict=True) if text]


FORM = [
    [(52.5, "项目名称"), (210.0, "甲县2020年脐橙提质增效项目")],
    [(52.5, "项目主管部门"), (210.0, "甲县农业农村委员会")],
    [(52.5, "当年预算"), (210.0, "1,680.00")],
    row("指标", "指标权重", "计量单位", "指标性质", "指标值"),
    row("低产脐橙园改造面积", "15", "万亩", "≥", "3.5"),
    row("病虫害绿色防控覆盖率", "10", "%", "", "80"),
    row("改造任务完成时间", "5", "", "≤", "2020年11月30日"),
    [(52.5, "单位负责人：***"), (128.4, "财务负责人：***"), (204.4, "填报人：***")],
]


def test_a_pdf2htmlex_page_gives_the_table_its_lines_print():
    (table,) = file_tables("preview.html", made(FORM)).tables
    assert [(row.cells, row.line) for row in table.rows] == [
        (("项目名称", "甲县2020年脐橙提质增效项目"), 1),
        (("项目主管部门", "甲县农业农村委员会"), 2),
        (("当年预算", "1,680.00"), 3),
        (("指标", "指标权重", "计量单位", "指标性质", "指标值"), 4),
        (("低产脐橙园改造面积", "15", "万亩", "≥", "3.5"), 5),
        (("病虫害绿色防控覆盖率", "10", "%", "", "80"), 6),
        (("改造任务完成时间", "5", "", "≤", "2020年11月30日"), 7),
        # The sign-off line under it, a statement a row (kept, as every reader keeps them).
        (("单位负责人：***",), 8),
        (("财务负责人：***",), 9),
        (("填报人：***",), 10),
    ]
    assert table.rows[4].location == "p1 r5"
    (read,) = read_table(table).projects
    assert [(i.name, i.annual_target) for i in read.indicators] == [
        ("低产脐橙园改造面积", "≥3.5万亩"),
        ("病虫害绿色防控覆盖率", "80%"),
        ("改造任务完成时间", "≤2020年11月30日"),
    ]


def test_the_words_of_a_line_stand_where_its_offsets_place_them():
    ((layer, words),) = layers(made([row("指标", "指标权重", "计量单位", "指标性质", "指标值")]))
    assert layer == positioned.TextLayer(1, (0.0, 0.0, 595.0, PAGE_HEIGHT))
    assert [(w["text"], round(w["x0"], 1), round(w["x1"], 1)) for w in words] == [
        ("指标", 52.5, 68.5), ("指标权重", 210.0, 242.0), ("计量单位", 320.0, 352.0),
        ("指标性质", 380.0, 412.0), ("指标值", 430.0, 454.0),
    ]  # fmt: skip
    assert {(w["top"], w["bottom"], w["size"]) for w in words} == {
        (PAGE_HEIGHT - (PAGE_HEIGHT - 60) - SIZE * 1.16, PAGE_HEIGHT - (PAGE_HEIGHT - 60), SIZE)
    }


def test_a_line_drawn_turned_is_no_text_of_the_page():
    watermark = [(100.0, "内部资料")]
    with_mark = made([*FORM[:3], watermark, *FORM[3:]], turned=frozenset({3}))
    (table,) = file_tables("preview.html", with_mark).tables
    assert not any("内部资料" in cell for row in table.rows for cell in row.cells)
    assert len(table.rows) == 10  # the form's seven rows and its sign-off's three


def test_a_web_page_without_placed_lines_is_read_for_its_tables():
    # A site's page whose wrapper is named as Poppler names its pages (`page1-div`), but holding
    # a table, and one whose wrapper only looks like one (`page-div`, its table a CSS grid of
    # `<div>`s): both read as web pages, no error for their unplaced paragraphs.
    assert (
        layers(
            '<html><body><div id="page1-div"><p>说明</p><table><tr><td>项目名称</td></tr></table>'
            "</div></body></html>"
        )
        == []
    )
    assert (
        layers(
            '<html><body><div id="page-div"><p>说明</p><div style="display:table">'
            '<div style="display:table-row"><div style="display:table-cell">项目名称</div></div>'
            "</div></div></body></html>"
        )
        == []
    )


def test_a_line_placed_in_a_clip_box_with_kerning_and_a_span_of_its_own_size():
    # pdf2htmlEX puts a line clipped by the page's drawing inside `<div class="c">`, placed from
    # the box's corner; a negative offset (`margin-left`) kerns two characters of one word, and
    # a span of another font size inside the line moves what follows by its own widths, a word
    # of its own as pdfplumber parts words of two sizes.
    page = (
        "<html><head><style>.m0{transform:matrix(0.25,0,0,0.25,0,0)}.fs0{font-size:32px}"
        ".fs1{font-size:64px}.x0{left:0px}.x1{left:40px}.x2{left:10px}.y0{bottom:0px}"
        ".y1{bottom:700px}.y2{bottom:2px}.h0{height:842px}.w0{width:595px}"
        "._0{margin-left:-2px;}._1{width:40px;}</style></head><body>"
        '<div class="pf w0 h0"><div class="pc w0 h0"><div class="c x1 y1 w0 h0">'
        '<div class="t m0 x2 y2 fs0">指<span class="_ _0"></span>标'
        '<span class="_ _1"> </span><span class="fs1">AB</span>C</div></div></div></div>'
        "</body></html>"
    )
    ((_, words),) = layers(page)
    assert [(w["text"], w["x0"], w["x1"], w["size"], w["bottom"]) for w in words] == [
        ("指标", 50.0, 65.5, 8.0, 140.0),
        ("AB", 75.5, 91.5, 16.0, 140.0),
        ("C", 91.5, 95.5, 8.0, 140.0),
    ]


def test_a_pdf2htmlex_page_saved_without_its_stylesheet_fails_saying_what_to_do():
    page = (
        '<html><head><link rel="stylesheet" href="preview.css"/></head><body>'
        '<div class="pf w0 h0"><div class="pc"><div class="t m0 x1 y1 fs0">项目名称</div>'
        "</div></div></body></html>"
    )
    with pytest.raises(ExtractError) as raised:
        file_tables("preview.html", page.encode())
    assert str(raised.value) == (
        "preview.html:1: a web page of a PDF's text (pdf2htmlEX, pdftohtml) saved without its "
        "stylesheet (the .css file its <link> names): its text cannot be placed; save the page "
        "complete (all files), or read the PDF it was made of"
    )


def ruled(
    across: list[tuple[float, float, float]],
    down: list[float],
    top: float,
    bottom: float,
    seal: tuple[float, float, float, float] | None = None,
):
    """A page's picture (base64 PNG, a pixel a point) drawing rules: `across` (y, x0, x1), and
    `down` at each x from `top` to `bottom`; a red seal's ring in the `seal` box over them."""
    image = Image.new("RGB", (595, int(PAGE_HEIGHT)), "white")
    draw = ImageDraw.Draw(image)
    for y, x0, x1 in across:
        draw.line([(x0, y), (x1, y)], fill="black", width=1)
    for x in down:
        draw.line([(x, top), (x, bottom)], fill="black", width=1)
    if seal:
        draw.ellipse(seal, outline=(220, 30, 40), width=3)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def test_the_rules_of_the_page_s_picture_make_its_table_a_ruled_one():
    # The rules stand in the picture behind the text: a name wrapped onto a second line inside
    # its ruled cell is one cell's, and the level cells no rule parts are merged down, as on
    # the PDF the page was made of (lines alone, the wrapped line would be a row of its own).
    at = (52.0, 122.0, 202.0, 332.0)
    lines = [
        list(zip(at, ("一级指标", "二级指标", "三级指标", "指标值"), strict=True)),
        list(zip(at, ("产出指标", "数量指标", "培训人数和", "≥200人次"), strict=True)),
        [(202.0, "天数")],
        [(202.0, "课程数量"), (332.0, "≥10门")],
    ]
    edges = (50.0, 120.0, 200.0, 330.0, 420.0)
    across = [(48, 50, 420), (63, 50, 420), (93, 200, 420), (108, 50, 420)]
    picture = ruled(across, edges, 48, 108)
    (table,) = file_tables("preview.html", made(lines, picture=picture)).tables
    assert [(row.cells, row.merged, row.location) for row in table.rows] == [
        (("一级指标", "二级指标", "三级指标", "指标值"), (), "p1 r1"),
        (("产出指标", "数量指标", "培训人数和天数", "≥200人次"), (), "p1 r2"),
        (("", "", "课程数量", "≥10门"), (True, True, False, False), "p1 r3"),
    ]


def test_a_seal_s_red_ring_in_the_picture_is_no_rule():
    # A table ruled between its rows only, a name wrapped onto a second line of its row, and a
    # seal pressed over it whose ring's flat bottom runs between the name's two lines, longer
    # than a rule's least length: red, it cuts no row in two.
    at = (52.0, 202.0, 332.0)
    lines = [
        list(zip(at, ("二级指标", "三级指标", "指标值"), strict=True)),
        list(zip(at, ("数量指标", "培训人数和", "≥200人次"), strict=True)),
        [(202.0, "天数")],
    ]
    across = [(48, 50, 420), (63, 50, 420), (93, 50, 420)]
    picture = ruled(across, [], 48, 93, seal=(200, -40, 300, 79))
    (table,) = file_tables("preview.html", made(lines, picture=picture)).tables
    assert [row.cells for row in table.rows] == [
        ("二级指标", "三级指标", "指标值"),
        ("数量指标", "培训人数和天数", "≥200人次"),
    ]


def test_a_page_poppler_s_pdftohtml_made_places_its_lines_by_their_own_style():
    # `pdftohtml -c`: pages `<div id="page1-div">` sized by their style, each block of text a
    # `<p>` placed by its own `top` and `left` (its size a class's), its lines parted by `<br/>`,
    # each the next line a browser's line height lower, or as its class's `line-height` says;
    # its spaces part words, as a block may run on across cells (`8,650,000.00 完成城区…`).
    page = (
        '<html><head><style type="text/css"><!--\n\tp {margin: 0; padding: 0;}'
        "\t.ft10{font-size:12px;font-family:SimSun;color:#000000;}"
        "\t.ft11{font-size:12px;line-height:16px;font-family:SimSun;color:#000000;}"
        "\n--></style></head><body>"
        '<div id="page1-div" style="position:relative;width:892px;height:1262px;">'
        '<p style="position:absolute;top:100px;left:60px;white-space:nowrap" class="ft10">'
        "项目名称&#160;</p>"
        '<p style="position:absolute;top:100px;left:200px;white-space:nowrap" class="ft10">'
        "通过项目<br/>实施 2025</p>"
        '<p style="position:absolute;top:200px;left:60px;white-space:nowrap" class="ft11">'
        "绩效<br/>目标</p></div></body></html>"
    )
    ((layer, words),) = layers(page)
    assert layer == positioned.TextLayer(1, (0.0, 0.0, 892.0, 1262.0))
    assert [
        (w["text"], w["x0"], w["x1"], round(w["top"], 1), round(w["bottom"], 1)) for w in words
    ] == [
        ("项目名称", 60.0, 108.0, 100.0, 112.0),
        ("通过项目", 200.0, 248.0, 100.0, 112.0),
        ("实施", 200.0, 224.0, 114.4, 126.4),
        ("2025", 230.0, 254.0, 114.4, 126.4),
        ("绩效", 60.0, 84.0, 200.0, 212.0),
        ("目标", 60.0, 84.0, 216.0, 228.0),
    ]


def test_a_page_of_pictures_without_text_fails_saying_to_run_ocr():
    scanned = (
        '<html><body><div id="page-container"><div class="pf w0 h0"><div class="pc w0 h0">'
        '<img class="bi" src="data:image/png;base64,"/></div></div></div></body></html>'
    )
    with pytest.raises(ExtractError) as raised:
        file_tables("preview.html", scanned.encode())
    assert str(raised.value) == (
        "preview.html:1: a web page of a PDF's pages (pdf2htmlEX, pdftohtml) that are pictures "
        "with no text: the PDF was scanned; run OCR on it (e.g. ocrmypdf) and read that PDF"
    )


PAGES = Path(__file__).parent / "fixtures" / "positioned-pages"
CONVERTERS = ("pdftohtml", "pdf2htmlex")
EXPECTED = {converter: expected_of(PAGES / converter) for converter in CONVERTERS}
# Pages read other than their expected.json says, and why.
NOT_READ = {
    # The fonts are not in the pages: a Latin letter or digit is taken as half an em, and the
    # PDF's proportional digits are narrower, so a line's later pieces stand left of their
    # places by the difference.
    "pdf2htmlex/B-neimenggu-wuhai-gongxiaoshe-2021.html": "estimated widths: a weight after "
    "`44,561 | 44,561` placed a column right",
    "pdf2htmlex/E-sichuan-jingyan-mata-2023.html": "estimated widths: an amount placed inside "
    "the goal's cell beside it",
}


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    """Per converter, the database a build of its pages gives."""
    return {
        converter: build_files(
            tmp_path_factory,
            f"positioned-{converter}",
            {
                path: path.name
                for path in (PAGES / converter).iterdir()
                if path.suffix in (".html", ".csv")
            },
        )
        for converter in CONVERTERS
    }


@pytest.mark.parametrize("converter, name", [
    pytest.param(converter, name, marks=[
        pytest.mark.xfail(strict=True, reason=NOT_READ[f"{converter}/{name}"])
    ] if f"{converter}/{name}" in NOT_READ else [])
    for converter in CONVERTERS
    for name in sorted(EXPECTED[converter])
])  # fmt: skip
def test_each_ruled_form_a_converter_made_a_page_of_gives_its_expected_json(pages, converter, name):
    # The shared examples' ruled PDF forms as `pdftohtml -c` and pdf2htmlEX make them web pages,
    # their pictures in the pages (the folder's README): the picture's rules and the placed text
    # give the PDF's tables.
    assert_as_expected(pages[converter], name, EXPECTED[converter][name])
