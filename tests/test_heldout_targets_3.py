"""The whole build on the third held-out batch of target tables (tests/fixtures/heldout-targets-3):
provinces and templates the other target folders do not use (西藏, 广东 per-project forms, 湖南
市县, 新疆生产建设兵团, …), label and value-column variants no other fixture prints, money in 元 and
万元, split value columns in the three orders, and converter damage. Each table must give its
expected.json entry whole (`layout_expectations.assert_whole_table`); the targets a converter's
OCR left unreadable stay text with a warning on their line.
"""

from pathlib import Path

import pytest

from tests.layout_expectations import assert_whole_table, expected_of, folder_database, rows

FOLDER = Path(__file__).parent / "fixtures" / "heldout-targets-3"
EXPECTED = expected_of(FOLDER)
built = folder_database(FOLDER)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_held_out_table_gives_its_whole_expected_projects_and_indicators(built, name):
    assert_whole_table(built, name, EXPECTED[name])


def test_operators_damaged_by_ocr_are_kept_as_text_with_a_warning_on_their_line(built):
    damaged = rows(
        built,
        "SELECT i.document_id, i.source_line, i.annual_target, t.kind, f.severity, f.rule "
        "FROM indicators i JOIN thresholds t ON t.indicator_id = i.indicator_id "
        "AND t.scope = 'annual' JOIN findings f ON f.document_id = i.document_id "
        "AND f.source_line = i.source_line AND f.rule = 'target_unparsed' "
        "ORDER BY i.document_id, i.source_line",
    )
    assert [tuple(row.values()) for row in damaged] == [
        (
            "A7-hebei-gaoxin-fuhuaqi-ocr-2022.txt",
            16,
            "二100%",
            "text",
            "warning",
            "target_unparsed",
        ),
        ("A7-hebei-gaoxin-fuhuaqi-ocr-2022.txt", 21, "292%", "text", "warning", "target_unparsed"),
        (
            "D-shanxi-yangquan-shenji-zhengti-2023.txt",
            14,
            "工5%",
            "text",
            "warning",
            "target_unparsed",
        ),
    ]
