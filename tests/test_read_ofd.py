"""OFD files (GB/T 33190), read as the PDF of their pages (`pipeline.read.ofd`): made here as a
PDF-to-OFD converter writes one, a ZIP of XML pages of positioned text and rule paths."""

import io
import unicodedata
import zipfile

import pytest

from pipeline.read import read_file
from pipeline.read.formats import detect_format
from pipeline.read.text import ExtractError

NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
TITLE = "项目支出绩效目标表"
ROWS = [
    ("一级指标", "二级指标", "三级指标", "指标值"),
    ("产出指标", "数量指标", "培训人数", "≥200人次"),
    ("", "质量指标", "验收合格率", "100%"),
]
WIDTHS, HIGH, SIZE = (30, 35, 50, 30), 8, 3.5  # millimetres


def _text(text: str, x: float, y: float) -> str:
    """A run of text in a TextObject, its advances in `DeltaX` (`g n d` for n of d)."""
    advances = [SIZE if unicodedata.east_asian_width(c) in "WF" else SIZE / 2 for c in text[:-1]]
    same = len(set(advances)) == 1
    delta = (
        f"g {len(advances)} {advances[0]}" if same and advances else " ".join(map(str, advances))
    )
    return (
        f'<ofd:TextObject ID="1" Boundary="{x} {y} 60 {SIZE}" Font="3" Size="{SIZE}">'
        f'<ofd:TextCode X="0" Y="3" DeltaX="{delta}">{text}</ofd:TextCode></ofd:TextObject>'
    )


def _path(x: float, y: float, width: float, height: float) -> str:
    return (
        f'<ofd:PathObject ID="2" Boundary="{x} {y} {width or 0.1} {height or 0.1}" '
        f'LineWidth="0.2"><ofd:AbbreviatedData>M 0 0 L {width} {height}'
        "</ofd:AbbreviatedData></ofd:PathObject>"
    )


def make_ofd(rows, document: str = "Doc_0/Document.xml") -> bytes:
    """An OFD of one A4 page: the rows as a ruled table, the title on the page's template."""
    left, top = 20, 30
    edges = [left]
    for width in WIDTHS:
        edges.append(edges[-1] + width)
    objects = [
        _text(cell, edges[c] + 1.5, top + r * HIGH + 2.5)
        for r, cells in enumerate(rows)
        for c, cell in enumerate(cells)
        if cell
    ]
    objects += [_path(left, top + r * HIGH, edges[-1] - left, 0) for r in range(len(rows) + 1)]
    objects += [_path(x, top, 0, len(rows) * HIGH) for x in edges]
    page = (
        f'<ofd:Page {NS}><ofd:Template TemplateID="9"/><ofd:Content><ofd:Layer ID="3">'
        f"{''.join(objects)}</ofd:Layer></ofd:Content></ofd:Page>"
    )
    template = (
        f'<ofd:Page {NS}><ofd:Content><ofd:Layer ID="4">{_text(TITLE, 70, 15)}</ofd:Layer>'
        "</ofd:Content></ofd:Page>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        out.writestr("OFD.xml", f"<ofd:OFD {NS}><ofd:DocBody><ofd:DocRoot>{document}"
                                "</ofd:DocRoot></ofd:DocBody></ofd:OFD>")  # fmt: skip
        out.writestr("Doc_0/Document.xml", (
            f"<ofd:Document {NS}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297"
            '</ofd:PhysicalBox></ofd:PageArea><ofd:TemplatePage ID="9" BaseLoc="Tpls/Tpl_0.xml"/>'
            '</ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>'
            "</ofd:Pages></ofd:Document>"))  # fmt: skip
        out.writestr("Doc_0/Tpls/Tpl_0.xml", template)
        out.writestr("Doc_0/Pages/Page_0/Content.xml", page)
    return buffer.getvalue()


def test_an_ofd_is_told_by_its_ofd_xml_member():
    assert detect_format("表.ofd", make_ofd(ROWS)) == "ofd"


def test_an_ofd_gives_the_table_its_positioned_text_and_rules_print():
    (table,) = read_file("表.ofd", make_ofd(ROWS))
    assert table.title == TITLE
    assert [row.cells for row in table.rows] == [(TITLE,), *ROWS]


def test_an_ofd_whose_document_is_missing_is_refused_with_advice():
    with pytest.raises(ExtractError, match=r"damaged OFD: .*print it to a PDF"):
        read_file("表.ofd", make_ofd(ROWS, document="Doc_1/Document.xml"))
