"""Text encodings beyond UTF-8 and GB18030 (`pipeline.read.text.decode`): Big5 as Taiwan's
Windows (cp950) and Hong Kong (Big5-HKSCS) write it, told from GB18030 by the words its reading
holds; UTF-16 that lost its byte-order mark, told by its NUL bytes; and files that mix
encodings, refused with the line. The held-out files of tests/fixtures/heldout-encodings (its
README says how each was made) are built whole and compared with their expected.json."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.build.run import run_build
from pipeline.build.workers import process_file
from pipeline.manifest import Source
from pipeline.read.html import read_html
from pipeline.read.text import ExtractError, decode
from tests.layout_expectations import assert_as_expected, rows

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests" / "fixtures" / "heldout-encodings"
EXPECTED = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))
# The seed's table as a mirror site prints it, with the characters Big5 lacks as a Taiwan
# converter prints them (the folder's README).
SEED = (
    (ROOT / "tests" / "fixtures" / "traditional" / "tw-guangzhou-huadu-kgxj-2025.txt")
    .read_text(encoding="utf-8")
    .translate(str.maketrans("爲羣衆啓着≥≤", "為群眾啟著≧≦"))
)
TABLE = "項目名稱\t總計\t績效指標\n項目甲\t10.00\t產出指標\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    raw = tmp_path_factory.mktemp("encodings-raw")
    for name in [*EXPECTED, "sources.csv"]:
        shutil.copy(FOLDER / name, raw / name)
    out = tmp_path_factory.mktemp("encodings-out")
    summary = run_build(raw, out, use_cache=False)
    assert summary.failed == []
    return out / "performance.duckdb"


def test_every_file_has_its_expectation():
    files = {path.name for path in FOLDER.iterdir()}
    assert sorted(files - {"expected.json", "sources.csv", "README.md", "make.py"}) == sorted(
        EXPECTED
    )


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_file_gives_its_expected_json_in_the_encoding_it_is_in(built, name):
    (document,) = rows(built, "SELECT status, encoding FROM documents WHERE source_file = ?", name)
    assert document == {"status": "ok", "encoding": EXPECTED[name]["encoding"]}
    assert_as_expected(built, name, EXPECTED[name])


def _tables(data: bytes) -> dict:
    """Every row of every table process_file gives, but the bytes' hash and encoding."""
    tables = process_file("seed.txt", data, Source())
    return {
        table: [
            {k: v for k, v in row.items() if k not in ("sha256", "encoding")}
            for row in getattr(tables, table)
        ]
        for table in ("documents", "projects", "amount_rows", "indicators", "findings")
    } | {"thresholds": tables.thresholds, "encoding": tables.documents[0]["encoding"]}


@pytest.mark.parametrize("encoding", ["cp950", "big5hkscs", "utf-16-le", "utf-16-be"])
def test_the_seed_in_big5_or_unmarked_utf16_gives_every_row_it_gives_in_utf8(encoding):
    """The packed department table, 28 projects: the same rows, column by column, as the same
    text in UTF-8 (HKSCS holds every character cp950 does: read as cp950)."""
    got, want = _tables(SEED.encode(encoding)), _tables(SEED.encode("utf-8"))
    assert got.pop("encoding") == ("cp950" if encoding == "big5hkscs" else encoding)
    assert want.pop("encoding") == "utf-8"
    assert got == want
    assert len(got["projects"]) == 28


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (TABLE, "cp950"),
        (TABLE.replace("項目甲", "羣衆項目"), "big5hkscs"),  # 羣衆: HKSCS characters
        (TABLE, "gb18030"),  # GBK holds traditional characters too
        (TABLE.replace("\n", "\r\n"), "utf-16-le"),
        (TABLE, "utf-16-be"),
    ],
)
def test_an_encoding_is_told_from_the_bytes(text, encoding):
    decode.cache_clear()
    assert decode("t.txt", text.encode(encoding)) == (text, encoding)


def test_big5_bytes_without_a_tables_words_are_read_as_gb18030_as_before():
    data = "臺灣銀行股份有限公司\t營業報告書\n".encode("cp950")
    decode.cache_clear()
    assert decode("t.txt", data) == (data.decode("gb18030"), "gb18030")


def _refused(data: bytes) -> str:
    decode.cache_clear()
    with pytest.raises(ExtractError) as raised:
        decode("t.txt", data)
    return str(raised.value)


def test_gb18030_and_big5_readings_that_both_hold_the_words_are_refused():
    data = "项目名称\t总计\n".encode("gb18030") + "項目名稱\t總計\n".encode("cp950")
    assert _refused(data) == (
        "t.txt:1: reads as text in GB18030 and in Big5 alike (lines in two encodings?); "
        "save the table again as UTF-8"
    )


@pytest.mark.parametrize(
    ("data", "line"),
    [
        (TABLE.encode("utf-16-le")[:-1], 1),  # cut inside its last character
        (TABLE.encode("utf-16-le") + bytes(40), 1),  # NULs at every offset: padding or binary
        # four NULs at even offsets in a UTF-8 table of 40 lines: damage, not UTF-16BE
        (TABLE.encode() + b"\x00a\x00b\x00c\x00d" + TABLE.encode() * 19, 3),
    ],
    ids=["odd-length", "nul-padded", "stray-nuls"],
)
def test_utf16_without_a_mark_is_not_read_when_its_nul_bytes_leave_doubt(data, line):
    assert _refused(data) == (
        f"t.txt:{line}: not text in UTF-8 or GB18030 (binary or damaged bytes); "
        "save the table as UTF-8 or GB18030 text"
    )


HEAD = "项目支出绩效目标表\n单位：万元\n项目名称\t总计\t绩效指标\n"
TAIL = "项目甲\t10.00\t1、1-产出指标；11-数量指标；名称；年度指标值:1个。\n项目乙\t2.00\t\n"


def test_a_utf8_table_with_a_gb18030_tail_is_refused_naming_the_first_line_of_the_tail():
    assert _refused(HEAD.encode("utf-8") + TAIL.encode("gb18030")) == (
        "t.txt:4: lines in two encodings: line 1 is UTF-8, this line is not UTF-8; "
        "save the whole table again in one encoding (UTF-8)"
    )


def test_a_utf8_row_in_a_gb18030_table_is_refused_not_read_as_mojibake():
    """培训项目 in UTF-8 is GB18030 too (鍩硅\ue184椤圭洰): read as such, it was a project."""
    data = (HEAD + TAIL).encode("gb18030") + "培训项目\t2.00\t产出指标\n".encode()
    assert _refused(data) == (
        "t.txt:6: lines in two encodings: line 1 is not UTF-8, this line is UTF-8; "
        "save the whole table again in one encoding (UTF-8)"
    )


@pytest.mark.slow
def test_the_build_says_which_line_of_a_file_mixing_encodings_to_look_at(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "mixed.txt").write_bytes(HEAD.encode("utf-8") + TAIL.encode("gb18030"))
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "build", "--raw", raw, "--out", tmp_path / "out"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert [line for line in result.stderr.splitlines() if line.startswith("error:")] == [
        "error: mixed.txt:4: lines in two encodings: line 1 is UTF-8, this line is not UTF-8; "
        "save the whole table again in one encoding (UTF-8)"
    ]
    assert "Traceback" not in result.stderr


def _page(charset: str, body: str, encoding: str) -> bytes:
    return (
        f'<html><head><meta charset="{charset}"></head><body><table>{body}</table></body></html>'
    ).encode(encoding)


@pytest.mark.parametrize(
    ("charset", "text", "encoding"),
    [
        ("big5", "1～3個", "cp950"),  # A1E3: ～ to Windows and browsers, ∼ to Python's big5
        ("big5", "羣衆", "big5hkscs"),  # a Hong Kong page declaring big5
        ("big5-hkscs", "羣衆", "big5hkscs"),
    ],
)
def test_a_page_declaring_big5_is_read_as_a_browser_reads_it(charset, text, encoding):
    header, row = (
        ("一級指標", "二級指標", "三級指標", "指標值"),
        ("產出指標", "數量指標", "培訓", text),
    )
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in (header, row))
    (table,) = read_html("p.html", _page(charset, body, encoding))
    assert [r.cells for r in table.rows] == [header, row]


def test_a_big5_page_is_read_by_its_declaration_where_its_bytes_tell_too_late():
    """A portal page whose table comes after more navigation than the bytes are looked at for
    a table's words (`file_formats.ENCODING_EVIDENCE_CHARACTERS`): its declaration tells."""
    header, row = (
        ("一級指標", "二級指標", "三級指標", "指標值"),
        ("產出指標", "數量指標", "培訓", "1～3個"),
    )
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in (header, row))
    page = _page("big5", body, "cp950").replace(
        b"<body>", b"<body>" + "<p>新聞中心</p>".encode("cp950") * 3000
    )
    (table,) = read_html("p.html", page)
    assert [r.cells for r in table.rows] == [("新聞中心",)] * 3000 + [header, row]
