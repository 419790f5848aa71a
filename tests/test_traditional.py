"""Traditional characters (`pipeline.vocab.traditional`): a mirror site's table converted to
traditional characters reads as its simplified original does, its printed text kept."""

import csv
from pathlib import Path

import pytest

from pipeline.build.workers import process_file
from pipeline.manifest import Source
from pipeline.targets.parser import is_unit, parse_target
from pipeline.vocab.traditional import TRADITIONAL, simplified

ROOT = Path(__file__).resolve().parents[1]
MIRRORS = ROOT / "tests" / "fixtures" / "traditional"


def _mirrors() -> list[tuple[str, str]]:
    with (MIRRORS / "mirrors.csv").open(encoding="utf-8") as handle:
        return [(row["file"], row["original"]) for row in csv.DictReader(handle)]


def test_simplified_reads_traditional_characters_one_for_one():
    assert simplified("項目名稱：產出指標 不低於98% 萬元") == "项目名称：产出指标 不低于98% 万元"
    assert simplified("第 1 頁") == "第 1 页"


def test_simplified_text_is_left_as_it_is():
    """Only characters outside GB 2312 are folded, besides 16 variants simplified tables do
    not use: a simplified table reads exactly as before."""
    beyond = {chr(code) for code in TRADITIONAL if not _in_gb2312(chr(code))}
    assert (
        "".join(sorted(set(map(chr, TRADITIONAL)) - beyond)) == "乾吒夥後徵拚捱摺於榘菸薹袷醣麴麽"
    )
    assert all(_in_gb2312(target) and len(target) == 1 for target in TRADITIONAL.values())
    text = "培训企业经营管理人员数量不少于100人次，项目资金（万元）合计"
    assert simplified(text) is text


def _in_gb2312(character: str) -> bool:
    try:
        character.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def test_a_traditional_target_parses_as_its_simplified_original():
    traditional, original = parse_target("≥100個"), parse_target("≥100个")
    assert [(c.kind, c.operator, c.value, c.unit, c.text) for c in traditional] == [
        ("number", ">=", 100.0, "个", "≥100個")
    ]
    assert [(c.kind, c.operator, c.value, c.unit) for c in original] == [
        ("number", ">=", 100.0, "个")
    ]


def test_a_traditional_unit_is_a_unit_where_a_wrapped_target_ends():
    assert [is_unit(text) for text in ("個", "萬人", "人次", "項目")] == [True, True, True, False]


def _read(path: Path) -> object:
    return process_file(path.name, path.read_bytes(), Source())


# Simplified characters that a converter to traditional characters keeps in some words only
# (了解 -> 瞭解): printed text of both sides is compared with them folded too.
_PHRASE_VARIANTS = str.maketrans("瞭著", "了着")


def _as_original(value, mirror: str, original: str):
    """A mirror's value as its original's: ids and file names carry the file's name, printed
    text its traditional characters."""
    if isinstance(value, str):
        return simplified(value).translate(_PHRASE_VARIANTS).replace(mirror, original)
    return value


@pytest.mark.parametrize(("mirror", "original"), _mirrors())
def test_a_mirror_gives_its_originals_rows(mirror, original):
    """Every row of every table, every column: the mirror's equals the original's once its
    printed text is read in simplified characters; names stay as the mirror prints them."""
    got, want = _read(MIRRORS / mirror), _read(ROOT / original)
    original_name = Path(original).name
    for table in ("documents", "projects", "amount_rows", "indicators", "findings"):
        got_rows, want_rows = getattr(got, table), getattr(want, table)
        assert len(got_rows) == len(want_rows), table
        for got_row, want_row in zip(got_rows, want_rows, strict=True):
            assert {
                k: _as_original(v, mirror, original_name)
                for k, v in got_row.items()
                if k != "sha256"  # the bytes differ
            } == {
                k: _as_original(v, original_name, original_name)
                for k, v in want_row.items()
                if k != "sha256"
            }, table
    assert [
        tuple(_as_original(v, mirror, original_name) for v in row) for row in got.thresholds
    ] == [
        tuple(_as_original(v, original_name, original_name) for v in row) for row in want.thresholds
    ]
    printed = (MIRRORS / mirror).read_text(encoding="utf-8")
    names = [row["indicator_name"] for row in got.indicators]
    assert all(name in printed for name in names)
    assert any(name != simplified(name) for name in names)
