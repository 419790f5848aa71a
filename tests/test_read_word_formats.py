"""Word 97–2003, RTF, Word 2003 XML and OpenDocument text readers (pipeline.read.word97, .rtf,
.wordml, .odt): the Word documents of the other fixture folders saved as .doc, .rtf, .xml and .odt
(tests/fixtures/word-formats, made by its make.py) give the cells their .docx gives and, built whole, their expected.json; RTF
as Word and WPS write it (GBK bytes, fields, nested tables) is read; an encrypted, a Word 6.0/95
and a damaged .doc are refused saying what to do."""

import functools
import json
import struct
from pathlib import Path

import pytest

from pipeline.build.workers import process_file
from pipeline.layouts.select import file_tables
from pipeline.manifest import Source
from tests.layout_expectations import (
    assert_as_expected,
    assert_self_evaluation_as_expected,
    build_files,
)

FIXTURES = Path(__file__).parent / "fixtures"
FOLDER = FIXTURES / "word-formats"
FOLDERS = ("targets", "self-evaluation")
EXPECTED = {
    folder: json.loads((FOLDER / folder / "expected.json").read_text(encoding="utf-8"))
    for folder in FOLDERS
}
# Documents whose cells as .doc, .rtf and .odt differ from their .docx's, and how: these keep no
# table grid, or LibreOffice writes its own, so a table's columns are the edges of its own rows, where the .docx's grid has
# columns no row ends at (the tables read the same, as their expected.json shows).
OWN_COLUMNS = {
    "A-shandong-dezhou-laoling-two-forms-wrapped-2023-converted": "2 grid columns fewer",
    "C-jiangsu-huaian-xuyi-longxia-transfer-2022-converted": "3 grid columns fewer",
    "D-sichuan-mianyang-fucheng-jiaoti-zhengti-2024-paragraphs": "the second part 5 wide",
    "E-hebei-cangzhou-graded-masked-2024-nested": "the outer table 4 wide, not 8",
}
SUFFIXES = (".doc", ".rtf", ".xml", ".odt")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    return {
        folder: build_files(
            tmp_path_factory, f"word-formats-{folder}", {path: path.name for path in (FOLDER / folder).iterdir()
                                                   if path.name != "expected.json"}
        )
        for folder in FOLDERS
    }  # fmt: skip


@functools.cache
def _cells(path: Path) -> list:
    tables = file_tables(path.name, path.read_bytes()).tables
    return [(table.title, [(row.cells, row.merged) for row in table.rows]) for table in tables]


def test_every_document_has_its_expectation():
    for folder in FOLDERS:
        files = {p.name for p in (FOLDER / folder).iterdir()} - {"expected.json", "sources.csv"}
        assert sorted(EXPECTED[folder]) == sorted(files)


@pytest.mark.parametrize(
    ("folder", "name"),
    [
        (folder, name)
        for folder in FOLDERS
        for name in sorted(EXPECTED[folder])
        if Path(name).stem not in OWN_COLUMNS or Path(name).suffix == ".xml"
    ],
)
def test_a_document_gives_the_cells_of_the_docx_it_was_saved_from(folder, name):
    original = FIXTURES / EXPECTED[folder][name]["rendered_from"]
    assert _cells(FOLDER / folder / name) == _cells(original)


# The builds take a minute or more: the cells test above is the quick proof.
@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(EXPECTED["targets"]))
def test_each_target_document_gives_its_expected_json(built, name):
    assert_as_expected(built["targets"], name, EXPECTED["targets"][name])


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(EXPECTED["self-evaluation"]))
def test_each_self_evaluation_document_gives_its_expected_json(built, name):
    expected = EXPECTED["self-evaluation"][name]
    assert_self_evaluation_as_expected(built["self-evaluation"], name, expected)


def _row(folder: str, name: str, first: str) -> tuple:
    tables = file_tables(name, (FOLDER / folder / name).read_bytes()).tables
    return next((row.cells, row.merged) for table in tables for row in table.rows
                if first in row.cells)  # fmt: skip


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_merged_cells_are_marked_and_spanned_cells_leave_empty_columns(suffix):
    # 产出指标 and 数量指标 merged down over two rows: the second row's cells are empty and
    # marked merged (the layout readers fill them); 项目支出名称's value spans one column.
    name = "A-hunan-xiangtan-wupaoche-2023" + suffix
    assert _row("targets", name, "雾炮车风炮射程") == (
        ("", "", "", "雾炮车风炮射程", "≥80M", "计划标准"),
        (True, True, True, False, False, False),
    )
    assert _row("targets", name, "项目支出名称") == (
        ("项目支出名称", "雾炮车降尘抑尘服务", "预算部门", "湘潭市环境卫生管理处", "", ""),
        (False,) * 6,
    )


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_text_deleted_with_track_changes_is_not_read(suffix):
    # Printed 约120万亩 over a struck-out 约121万亩: the deleted 1 and 2 are in the file.
    name = "C-jilin-siping-lishu-two-evals-approx-2023-revisions" + suffix
    cells, _ = _row("self-evaluation", name, "保护性耕作实施面积")
    assert cells[3:8] == ("保护性耕作实施面积", "约120万亩", "117.6万亩", "20", "20")


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_a_symbol_font_character_is_read_as_the_character_it_prints(suffix):
    # ≥ from the Symbol font: U+F0B3 in a run whose font is Symbol (.doc), \'b3 or \uN in
    # the Symbol font (.rtf), w:sym (.xml), U+F0B3 in a span whose style's font is Symbol (.odt).
    name = "A-anhui-chuzhou-tianchang-shenbao-vertical-2018-symbols" + suffix
    cells, _ = _row("targets", name, "供水水质达标率")
    assert cells[3:] == ("供水水质达标率", "≥95%", "≥90%")


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_a_table_nested_in_a_cell_gives_its_rows_after_that_cells_row(suffix):
    name = "E-hebei-cangzhou-graded-masked-2024-nested" + suffix
    (table,) = file_tables(name, (FOLDER / "targets" / name).read_bytes()).tables
    rows = [row.cells for row in table.rows]
    at = rows.index(("一级指标", "二级指标", "指标名称", "分值", "优", "良", "中", "差"))
    assert not any(rows[at - 1])  # the outer cell holding the table, no text of its own
    assert rows[at + 1] == (
        "产出指标",
        "数量指标",
        "新建社区养老服务中心",
        "20",
        "≥6个",
        "5个",
        "4个",
        "<4个",
    )


# Not .odt: LibreOffice writes a text box's table as its own extension (make.py's LEFT_OUT).
@pytest.mark.parametrize("suffix", SUFFIXES[:3])
def test_a_table_in_a_text_box_is_read(suffix):
    name = "E-gansu-tianshui-maiji-transfer-unfilled-2021-textbox" + suffix
    original = FIXTURES / EXPECTED["targets"][name]["rendered_from"]
    assert _cells(FOLDER / "targets" / name) == _cells(original) != []


# RTF as Word and WPS write it: GBK bytes under \ansicpg936 and a GB2312 font, a header, a \u
# character with its fallback, a field's instruction and its result, text deleted with Track
# Changes on, a Symbol-font byte, a cell merged down, and a table nested in a cell.
WPS_RTF = (
    rb"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 \'cb\'ce\'cc\'e5;}"
    rb"{\f1\froman\fcharset2 Symbol;}}{\*\generator WPS Office;}"
    rb"{\header \pard\plain \'d2\'b3\'c3\'bc\par}"
    rb"\pard\plain\f0 \'cf\'ee\'c4\'bf\'d6\'a7\'b3\'f6\'bc\'a8\'d0\'a7\'c4\'bf\'b1\'ea\'b1\'ed\par"
    rb"\trowd\trleft0\cellx2000\cellx8000"
    rb"\pard\intbl \'cf\'ee\'c4\'bf\'c3\'fb\'b3\'c6\cell"
    rb"{\field{\*\fldinst FORMTEXT }{\fldrslt \u27700?\'b5\'c0\'d0\'de\'c9\'c9}}\cell\row"
    rb"\pard\intbl \'d6\'f7\'b9\'dc\'b2\'bf\'c3\'c5\cell \'cb\'ae\'ce\'f1\'be\'d6\cell\row"
    rb"\trowd\trleft0\clvmgf\cellx2000\cellx8000"
    rb"\pard\intbl \'bc\'a8\'d0\'a7\'d6\'b8\'b1\'ea\cell"
    rb"\pard\intbl\itap2 1\nestcell 2\nestcell{\*\nesttableprops\trowd\cellx3000\cellx5000\nestrow}"
    rb"\pard\intbl\itap1 {\deleted 9}{\f1 \'b3}8\cell\row"
    rb"\trowd\trleft0\clvmrg\cellx2000\cellx8000"
    rb"\pard\intbl \cell \'d7\'dc\cell\row\pard\par}"
)


def test_an_rtf_as_word_and_wps_write_it_is_read_as_printed():
    (table,) = file_tables("表3.doc", WPS_RTF).tables
    assert [(row.cells, row.merged) for row in table.rows] == [
        (("项目支出绩效目标表",), ()),
        (("项目名称", "水道修缮"), (False, False)),
        (("主管部门", "水务局"), (False, False)),
        (("绩效指标", "≥8"), (False, False)),
        (("1", "2"), (False, False)),
        (("", "总"), (True, False)),
    ]


def _file_findings(name: str, data: bytes) -> list[tuple]:
    tables = process_file(name, data, Source())
    return [(f["rule"], f["source_line"], f["message"]) for f in tables.findings]


HUNAN_DOC = FOLDER / "targets" / "A-hunan-xiangtan-wupaoche-2023.doc"


def _patched(offset: int, value: int, size: str = "<H") -> bytes:
    """A document with one field of its File Information Block changed."""
    data = bytearray(HUNAN_DOC.read_bytes())
    fib = data.find(b"\xec\xa5")  # the Word header's identifier, at a sector's start
    assert fib % 512 == 0
    struct.pack_into(size, data, fib + offset, value)
    return bytes(data)


def test_a_document_without_a_font_table_is_read_all_the_same():
    data = HUNAN_DOC.read_bytes()
    fib = data.find(b"\xec\xa5")
    shorts = struct.unpack_from("<H", data, fib + 32)[0]
    longs = struct.unpack_from("<H", data, fib + 34 + 2 * shorts)[0]
    fonts_length = 34 + 2 * shorts + 2 + 4 * longs + 2 + 8 * 15 + 4  # the 16th pair's length
    patched = file_tables("a.doc", _patched(fonts_length, 0, "<I")).tables
    assert patched == file_tables("a.doc", data).tables != ()


@pytest.mark.parametrize(
    ("offset", "value", "message"),
    [
        (
            10, 0x0100,
            "a password-protected Word document: open it with its password, save it without one "
            "as .docx and put that in data/raw/",
        ),
        (2, 0x0065, "a Word 6.0/95 document: open it in Word or WPS, save it as .docx and put that "
                    "in data/raw/"),
        (0, 0x1234, "Word 97–2003 document that cannot be read: its WordDocument stream does not "
                    "start with a Word header; open it in Word or WPS and save it again as .docx"),
    ],
)  # fmt: skip
def test_a_document_that_cannot_be_read_fails_saying_what_to_do(offset, value, message):
    assert _file_findings("table.doc", _patched(offset, value)) == [("file_unreadable", 1, message)]


def test_an_rtf_in_a_code_page_python_lacks_or_a_negative_fallback_count_is_read():
    # \ansicpg10000 (Mac Roman) is read as Windows-1252; \uc-1 skips no fallback character.
    data = (
        rb"{\rtf1\ansi\ansicpg10000 \trowd\cellx2000\cellx6000"
        rb"\pard\intbl \u39033?\u30446?\u21517?\u31216?\cell caf\'e9\cell\row"
        rb"\pard\intbl \u20027?\u31649?\u37096?\u38376?\cell {\uc-1\u8805?5}\cell\row\pard\par}"
    )
    (table,) = file_tables("t.doc", data).tables
    assert [row.cells for row in table.rows] == [("项目名称", "café"), ("主管部门", "≥?5")]


def _rtf_form(name: bytes, department: bytes, second_row: bytes = b"") -> bytes:
    """An RTF table of two rows, 项目名称 | name and 主管部门 | department, the second under the
    row definition `second_row` (none: the first's)."""
    return (
        rb"{\rtf1\ansi \trowd\cellx2000\cellx6000\pard\intbl \u39033?\u30446?\u21517?\u31216?\cell "
        + name + rb"\cell\row" + second_row
        + rb"\pard\intbl \u20027?\u31649?\u37096?\u38376?\cell " + department + rb"\cell\row\pard\par}"
    )  # fmt: skip


def test_an_rtf_surrogate_pair_is_its_character_and_a_lone_one_the_replacement_character():
    # RTF writes a character past U+FFFF as two \u escapes (𠮷: D842 DFB7, signed); one alone,
    # as damage leaves it, could not be written as UTF-8 and failed the build.
    data = _rtf_form(rb"\u-10174?\u-8265?", rb"\u27700?\u-8632?\u21153?")
    (table,) = file_tables("t.doc", data).tables
    assert [row.cells for row in table.rows] == [("项目名称", "𠮷"), ("主管部门", "水\ufffd务")]
    # Built, it is a table of no layout, said so, as any other such table.
    assert _file_findings("t.doc", data) == [
        (
            "file_unreadable",
            1,
            "no header row with 项目名称 and 总计 found; is this a 项目支出绩效目标表?",
        )
    ]


def test_a_row_whose_cell_edges_go_back_has_its_cells_placed_in_order():
    # Damage wrote the second row's edges right to left (9000, then 6000): its second cell's
    # left edge was the table's last, one column past its grid, an IndexError.
    (table,) = file_tables("t.doc", _rtf_form(b"A", b"C", rb"\trowd\cellx9000\cellx6000")).tables
    assert [row.cells for row in table.rows] == [("项目名称", "A", ""), ("主管部门", "C", "")]


def test_a_table_depth_no_word_processor_writes_is_damage_not_a_million_tables():
    # A paragraph's nesting depth (sprmPItap) overwritten to two billion: the reader opened
    # that many tables and never finished.
    data = HUNAN_DOC.read_bytes()
    at = data.find(struct.pack("<Hi", 0x6649, 1)) + 2
    damaged = data[:at] + struct.pack("<i", 2_000_000_000) + data[at + 4 :]
    assert _file_findings("table.doc", damaged) == [(
        "file_unreadable", 1,
        "Word 97–2003 document that cannot be read: a paragraph in a table nested 2,000,000,000 "
        "deep; open it in Word or WPS and save it again as .docx",
    )]  # fmt: skip
