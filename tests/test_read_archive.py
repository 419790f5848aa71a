"""ZIP archives (pipeline.read.archive): each member is a document named by the archive's
path and its own, GBK names decoded, bad members and nested archives handled, and a
rebuild that leaves an unchanged archive to the cache."""

import io
import shutil
import zipfile

import duckdb

from pipeline.build.cache import ends_run
from pipeline.build.run import run_build
from pipeline.build.workers import process_file
from pipeline.manifest import Source
from pipeline.read import archive
from pipeline.read.archive import archive_members, member_name
from tests.conftest import FIXTURES, RAW, SEED_FILE

SEED = (RAW / SEED_FILE).read_bytes()
VARIANT = (FIXTURES / "raw-variants" / "edu-two-units.txt").read_bytes()


class GbkName(zipfile.ZipInfo):
    """A member whose name is stored as GBK bytes without the UTF-8 flag, as the archivers
    of Chinese Windows write it."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits


def zipped(*members: tuple[str | zipfile.ZipInfo, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


def test_gbk_member_names_are_decoded_and_utf8_ones_kept():
    data = zipped(
        (GbkName("2025/表1.txt"), SEED),
        ("2025/表2.txt", VARIANT),  # zipfile sets the UTF-8 flag for this one
        ("__MACOSX/2025/._表1.txt", b"\0\5\26\7"),
        ("2025/", b""),
        ("2025/说明.md", b"notes"),
    )
    assert [(name, len(unpack())) for name, unpack in archive_members("下载.zip", data)] == [
        ("下载.zip/2025/表1.txt", len(SEED)),
        ("下载.zip/2025/表2.txt", len(VARIANT)),
    ]


def test_a_name_that_is_not_gbk_stays_as_zipfile_read_it():
    name = b"\x81\xff.txt".decode("cp437")  # 0x81 opens a GBK pair that 0xff cannot close
    assert member_name(zipfile.ZipInfo(name)) == name


def _documents(tables) -> list[tuple]:
    return [(d["document_id"], d["source_file"], d["status"], d["project_count"])
            for d in tables.documents]  # fmt: skip


def test_each_member_is_a_document_and_a_bad_one_fails_alone():
    inner = zipped(("seed.txt", SEED))
    data = zipped(
        (GbkName("2025/表1.txt"), SEED),
        ("2025/坏.xlsx", b"PK\x03\x04 not a workbook"),
        ("inner.zip", inner),
        ("scan.pdf", b"%PDF-1.7\n"),
    )
    tables = process_file("downloads.zip", data, Source(fiscal_year=2025))
    assert _documents(tables) == [
        ("downloads.zip/2025/表1.txt", "downloads.zip/2025/表1.txt", "ok", 28),
        ("downloads.zip/2025/坏.xlsx", "downloads.zip/2025/坏.xlsx", "failed", 0),
        ("downloads.zip/inner.zip/seed.txt", "downloads.zip/inner.zip/seed.txt", "ok", 28),
        ("downloads.zip/scan.pdf", "downloads.zip/scan.pdf", "failed", 0),
    ]
    failed = [(f["source_file"], f["source_line"], f["message"]) for f in tables.findings
              if f["rule"] == "file_unreadable"]  # fmt: skip
    assert failed == [
        (
            "downloads.zip/2025/坏.xlsx",
            1,
            "a damaged ZIP archive (File is not a zip file); download it again, or unpack it "
            "into data/raw/",
        ),
        (
            "downloads.zip/scan.pdf",
            1,
            "damaged PDF: No /Root object! - Is this really a PDF?; open it in a PDF viewer and "
            "save or print it to a new PDF",
        ),
    ]
    assert {p["source_file"] for p in tables.projects} == {
        "downloads.zip/2025/表1.txt",
        "downloads.zip/inner.zip/seed.txt",
    }
    assert tables.projects[0]["project_id"] == "downloads.zip/2025/表1.txt:p1"


def test_a_member_with_damaged_bytes_fails_alone():
    data = bytearray(zipped(("a.txt", SEED), ("b.txt", SEED)))
    second = data.index(b"b.txt") + len("b.txt")
    data[second + 100] ^= 0xFF  # inside b.txt's compressed bytes
    tables = process_file("d.zip", bytes(data), Source(fiscal_year=2025))
    assert [d["status"] for d in tables.documents] == ["ok", "failed"]
    (message,) = [f["message"] for f in tables.findings if f["rule"] == "file_unreadable"]
    assert message.startswith("a ZIP member that cannot be unpacked (")
    assert message.endswith("); unpack the archive into data/raw/")


def test_an_archive_with_nothing_to_read_is_one_error():
    tables = process_file("empty.zip", zipped(("readme.txt", b"x")), Source())
    assert [(f["source_file"], f["message"]) for f in tables.findings] == [
        ("empty.zip", "a ZIP archive with no tables in it; unpack it to see what it holds")
    ]


def _projects_by_document(out) -> list[tuple]:
    with duckdb.connect(str(out / "performance.duckdb"), read_only=True) as connection:
        return connection.execute(
            "SELECT document_id, count(*) FROM projects GROUP BY 1 ORDER BY 1"
        ).fetchall()


def test_an_unchanged_archive_is_not_read_again_and_stays_in_the_database(tmp_path):
    """The archive ends a run (`cache.ends_run`), so that its run is kept in the database
    while the loose file's run is rebuilt."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    assert ends_run("a40.zip")
    (raw / "a40.zip").write_bytes(zipped((GbkName("表1.txt"), SEED), ("b.txt", VARIANT)))
    shutil.copy(FIXTURES / "raw-variants" / "edu-gb18030-crlf.txt", raw / "loose.txt")
    first = run_build(raw, out)
    assert (first.files, first.cached, first.failed) == (2, 0, [])
    assert _projects_by_document(out) == [
        ("a40.zip/b.txt", 6),
        ("a40.zip/表1.txt", 28),
        ("loose.txt", 6),
    ]
    assert run_build(raw, out).is_up_to_date
    (raw / "loose.txt").write_bytes((raw / "loose.txt").read_bytes() + b"\n")
    again = run_build(raw, out)
    assert (again.files, again.cached) == (2, 1)
    assert _projects_by_document(out) == [
        ("a40.zip/b.txt", 6),
        ("a40.zip/表1.txt", 28),
        ("loose.txt", 6),
    ]


def _nested(depth: int) -> bytes:
    """The seed in an archive inside `depth` others: `n{depth}.zip/…/n1.zip/seed.txt`."""
    data = zipped(("seed.txt", SEED))
    for level in range(1, depth + 1):
        data = zipped((f"n{level}.zip", data))
    return data


def test_archives_are_read_nested_as_deep_as_allowed_and_no_deeper(monkeypatch):
    monkeypatch.setattr(archive, "MAX_NESTING", 2)
    inside = "n2.zip/n1.zip/seed.txt"
    assert _documents(process_file("a.zip", _nested(2), Source(fiscal_year=2025))) == [
        (f"a.zip/{inside}", f"a.zip/{inside}", "ok", 28)
    ]
    tables = process_file("a.zip", _nested(3), Source(fiscal_year=2025))
    assert _documents(tables) == [("a.zip/n3.zip/n2.zip/n1.zip", "a.zip/n3.zip/n2.zip/n1.zip",
                                   "failed", 0)]  # fmt: skip
    assert [(f["rule"], f["message"]) for f in tables.findings] == [
        (
            "file_unreadable",
            "a ZIP archive inside 3 others, deeper than 2; unpack it into data/raw/ to read "
            "what it holds",
        )
    ]


def test_a_member_larger_than_allowed_is_not_unpacked(monkeypatch):
    monkeypatch.setattr(archive, "MAX_MEMBER_BYTES", len(SEED) - 1)
    tables = process_file("d.zip", zipped(("big.txt", SEED), ("b.txt", VARIANT)), Source())
    assert [(d["document_id"], d["status"]) for d in tables.documents] == [
        ("d.zip/big.txt", "failed"),
        ("d.zip/b.txt", "ok"),
    ]
    assert [f["message"] for f in tables.findings if f["rule"] == "file_unreadable"] == [
        f"a ZIP member that unpacks to {len(SEED):,} bytes, more than the {len(SEED) - 1:,} "
        "a member may; unpack the archive into data/raw/"
    ]
