"""Word 97–2003 reader (pipeline.read.word97): the Word documents of the other fixture folders
saved as .doc (tests/fixtures/word97, made by its make.py) give the cells their .docx gives and,
built whole, their expected.json; an encrypted, a Word 6.0/95 and a damaged document are
refused saying what to do."""

import json
import struct
from pathlib import Path

import pytest

from pipeline.build.workers import process_file
from pipeline.manifest import Source
from pipeline.read import read_file
from tests.layout_expectations import (
    assert_as_expected,
    assert_self_evaluation_as_expected,
    build_files,
)

FIXTURES = Path(__file__).parent / "fixtures"
FOLDER = FIXTURES / "word97"
FOLDERS = ("targets", "self-evaluation")
EXPECTED = {
    folder: json.loads((FOLDER / folder / "expected.json").read_text(encoding="utf-8"))
    for folder in FOLDERS
}
# Documents whose cells differ from their .docx's, and how: the .doc keeps no table grid, so
# a table's columns are the edges of its own rows, where the .docx's grid has columns no row
# ends at (the tables read the same, as their expected.json shows).
OWN_COLUMNS = {
    "A-shandong-dezhou-laoling-two-forms-wrapped-2023-converted.doc": "2 grid columns fewer",
    "C-jiangsu-huaian-xuyi-longxia-transfer-2022-converted.doc": "3 grid columns fewer",
    "D-sichuan-mianyang-fucheng-jiaoti-zhengti-2024-paragraphs.doc": "the second part 5 wide",
    "E-hebei-cangzhou-graded-masked-2024-nested.doc": "the outer table 4 wide, not 8",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    return {
        folder: build_files(
            tmp_path_factory, f"word97-{folder}", {path: path.name for path in (FOLDER / folder).iterdir()
                                                   if path.name != "expected.json"}
        )
        for folder in FOLDERS
    }  # fmt: skip


def _cells(path: Path) -> list:
    tables = read_file(path.name, path.read_bytes()).tables
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
        if name not in OWN_COLUMNS
    ],
)
def test_a_document_gives_the_cells_of_the_docx_it_was_saved_from(folder, name):
    original = FIXTURES / EXPECTED[folder][name]["rendered_from"]
    assert _cells(FOLDER / folder / name) == _cells(original)


@pytest.mark.parametrize("name", sorted(EXPECTED["targets"]))
def test_each_target_document_gives_its_expected_json(built, name):
    assert_as_expected(built["targets"], name, EXPECTED["targets"][name])


@pytest.mark.parametrize("name", sorted(EXPECTED["self-evaluation"]))
def test_each_self_evaluation_document_gives_its_expected_json(built, name):
    expected = EXPECTED["self-evaluation"][name]
    assert_self_evaluation_as_expected(built["self-evaluation"], name, expected)


def _row(folder: str, name: str, first: str) -> tuple:
    tables = read_file(name, (FOLDER / folder / name).read_bytes()).tables
    return next((row.cells, row.merged) for table in tables for row in table.rows
                if first in row.cells)  # fmt: skip


def test_merged_cells_are_marked_and_spanned_cells_leave_empty_columns():
    # 产出指标 and 数量指标 merged down over two rows: the second row's cells are empty and
    # marked merged (the layout readers fill them); 项目支出名称's value spans one column.
    name = "A-hunan-xiangtan-wupaoche-2023.doc"
    assert _row("targets", name, "雾炮车风炮射程") == (
        ("", "", "", "雾炮车风炮射程", "≥80M", "计划标准"),
        (True, True, True, False, False, False),
    )
    assert _row("targets", name, "项目支出名称") == (
        ("项目支出名称", "雾炮车降尘抑尘服务", "预算部门", "湘潭市环境卫生管理处", "", ""),
        (False,) * 6,
    )


def test_text_deleted_with_track_changes_is_not_read():
    # Printed 约120万亩 over a struck-out 约121万亩: the deleted 1 and 2 are in the file.
    name = "C-jilin-siping-lishu-two-evals-approx-2023-revisions.doc"
    cells, _ = _row("self-evaluation", name, "保护性耕作实施面积")
    assert cells[3:8] == ("保护性耕作实施面积", "约120万亩", "117.6万亩", "20", "20")


def test_a_symbol_font_character_is_read_as_the_character_it_prints():
    # ≥ from the Symbol font is U+F0B3 in the text, in a run whose font is Symbol.
    name = "A-anhui-chuzhou-tianchang-shenbao-vertical-2018-symbols.doc"
    cells, _ = _row("targets", name, "供水水质达标率")
    assert cells[3:] == ("供水水质达标率", "≥95%", "≥90%")


def test_a_table_nested_in_a_cell_gives_its_rows_after_that_cells_row():
    (table,) = read_file(
        "nested.doc",
        (FOLDER / "targets" / "E-hebei-cangzhou-graded-masked-2024-nested.doc").read_bytes(),
    ).tables
    rows = [row.cells for row in table.rows]
    at = rows.index(("一级指标", "二级指标", "指标名称", "分值", "优", "良", "中", "差"))
    assert rows[at - 1] == ("", "", "", "")  # the outer cell holding the table, no text of its own
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


def test_a_table_in_a_text_box_is_read():
    name = "E-gansu-tianshui-maiji-transfer-unfilled-2021-textbox.doc"
    original = FIXTURES / EXPECTED["targets"][name]["rendered_from"]
    assert _cells(FOLDER / "targets" / name) == _cells(original) != []


def _file_findings(name: str, data: bytes) -> list[tuple]:
    tables = process_file(name, data, Source())
    return [(f["rule"], f["source_line"], f["message"]) for f in tables.findings]


def _patched(offset: int, value: int) -> bytes:
    """A document with one 16-bit field of its File Information Block changed."""
    data = bytearray((FOLDER / "targets" / "A-hunan-xiangtan-wupaoche-2023.doc").read_bytes())
    fib = data.find(b"\xec\xa5")  # the Word header's identifier, at a sector's start
    assert fib % 512 == 0
    struct.pack_into("<H", data, fib + offset, value)
    return bytes(data)


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
