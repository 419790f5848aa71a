"""Word's XML Document 2003 reader (pipeline.read.wordml): its body read as a .docx body is,
the 2003 schema's own names and containers understood (its renderings in
tests/fixtures/heldout-formats: tests/test_heldout_formats.py)."""

import pytest

from pipeline.cells import CellRow
from pipeline.read.text import ExtractError
from pipeline.read.wordml import read_wordml

PREFIXES = {
    "w": "http://schemas.microsoft.com/office/word/2003/wordml",
    "wx": "http://schemas.microsoft.com/office/word/2003/auxHint",
    "aml": "http://schemas.microsoft.com/aml/2001/core",
    "st1": "urn:schemas-microsoft-com:office:smarttags",
}
NAMESPACES = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in PREFIXES.items())


def _run(text: str, properties: str = "") -> str:
    return f"<w:r><w:rPr>{properties}</w:rPr><w:t>{text}</w:t></w:r>"


def _cell(content: str, properties: str = "") -> str:
    return f"<w:tc><w:tcPr>{properties}</w:tcPr><w:p>{content}</w:p></w:tc>"


def _document(body: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<?mso-application progid="Word.Document"?>\n'
        f'<w:wordDocument {NAMESPACES}><w:body><wx:sect>{body}<w:sectPr><w:hdr w:type="odd">'
        f"<w:p>{_run('某某局文件')}</w:p></w:hdr></w:sectPr></wx:sect></w:body></w:wordDocument>"
    ).encode()


SPANNED, RESTART, CONTINUE = '<w:gridSpan w:val="3"/>', '<w:vmerge w:val="restart"/>', "<w:vmerge/>"
SMART_TAG = '<st1:chmetcnv w:st="on">{}</st1:chmetcnv>'
LINK = '<w:hlink w:dest="http://example.org">{}</w:hlink>'
REVISED = (
    '<w:tc><w:tcPr/><wx:pBdrGroup><w:p><aml:annotation aml:id="1" w:type="Word.Deletion">'
    "<aml:content><w:r><w:delText>95%</w:delText></w:r></aml:content></aml:annotation>"
    '<aml:annotation aml:id="2" w:type="Word.Insertion"><aml:content>{}</aml:content>'
    "</aml:annotation></w:p></wx:pBdrGroup></w:tc>"
)
TABLE = (
    f"<w:p>{_run('项目支出绩效目标表')}</w:p>"
    "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
    f"<w:tr>{_cell(_run('项目名称'))}{_cell(_run('校舍维修'), SPANNED)}</w:tr>"
    f"<w:tr>{_cell(_run('一级指标'))}{_cell(_run('二级指标'))}{_cell(_run('三级指标'))}"
    f"{_cell(_run('指标值'))}</w:tr>"
    f"<w:tr>{_cell(_run('产出指标'), RESTART)}{_cell(_run('数量指标'))}"
    f"{_cell(SMART_TAG.format(_run('维修面积')))}"
    f"{_cell(_run('≥500平方米') + _run('（请填写数值）', '<w:vanish/>'))}</w:tr>"
    f"<w:tr>{_cell('', CONTINUE)}{_cell(_run('质量指标'))}{_cell(LINK.format(_run('验收合格率')))}"
    f"{REVISED.format(_run('100%'))}</w:tr></w:tbl>"
)


def test_the_body_is_read_as_a_docx_body_is():
    # The 2003 names (w:vmerge, w:hlink), its containers (wx:sect, wx:pBdrGroup) and a smart
    # tag stand for their contents; the deleted `95%`, the hidden hint and the page header
    # in the section's properties are not read.
    (table,) = read_wordml("t.doc", _document(TABLE))
    assert table.rows == (
        CellRow(("项目支出绩效目标表",), 1, "table 1 above 1"),
        CellRow(("项目名称", "校舍维修", "", ""), 2, "table 1 r1", (False,) * 4),
        CellRow(("一级指标", "二级指标", "三级指标", "指标值"), 3, "table 1 r2", (False,) * 4),
        CellRow(("产出指标", "数量指标", "维修面积", "≥500平方米"), 4, "table 1 r3", (False,) * 4),
        CellRow(
            ("", "质量指标", "验收合格率", "100%"), 5, "table 1 r4", (True, False, False, False)
        ),
    )


def test_a_damaged_document_is_a_one_line_error():
    with pytest.raises(ExtractError, match="Word XML document"):
        read_wordml("t.doc", _document(TABLE)[:-60])
