"""What the thirteenth held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-13)
showed the readers lacked, each read by the whole per-file pipeline on a table of its own: a
`预算执行率` row whose label spans the three level columns, an indicator of no level carrying
the points for spending; a row closing a level's block labelled after that level
(`产出指标小计 | 50 | 49.5`), a subtotal rather than a level cell left with no indicator; and a
row printing no 二级 whose empty cell a converter dropped, its name beside its 一级."""

from tests.test_layouts_text import read, text

MONEY = [
    ["项目支出绩效自评表"],
    ["项目名称", "既有多层住宅加装电梯补贴项目"],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率"],
    ["", "年度资金总额", "2,400.00", "2,650.00", "2,573.15", "97.10%"],
]
HEADINGS = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


def _read(*rows: list[str]):
    """The tables of a form with `rows` under its indicator headings."""
    return read(text([*MONEY, HEADINGS, *rows]))


def _indicators(tables) -> list[tuple]:
    return [
        (i["level1_name"], i["level2_name"], i["indicator_name"], i["annual_target"],
         i["actual_value"], i["weight"], i["score"])
        for i in tables.indicators
    ]  # fmt: skip


def test_a_label_spanning_the_level_columns_beside_a_target_is_an_indicator_of_no_level():
    # Before, `预算执行率` was a level cell with no indicator under it and its values were
    # row_unparsed: its 10 points went missing from the weights (weights_total_mismatch).
    tables = _read(
        ["预算执行率", "", "", "≥95%", "97.1%", "10", "10"],
        ["产出指标", "数量指标", "完成加装电梯台数", "≥180台", "186台", "60", "60"],
        ["", "", "惠及居民户数", "≥2800户", "2904户", "30", "28"],
        ["合计", "", "", "", "", "100", "98"],
    )  # fmt: skip
    assert _indicators(tables) == [
        (None, None, "预算执行率", "≥95%", "97.1%", 10, 10),
        ("产出指标", "数量指标", "完成加装电梯台数", "≥180台", "186台", 60, 60),
        ("产出指标", "数量指标", "惠及居民户数", "≥2800户", "2904户", 30, 28),
    ]
    assert not [f for f in tables.findings if f["severity"] != "info"]


def test_a_level_alone_beside_a_target_is_still_no_indicator():
    # A row that lost its name keeps its level for the rows below: no indicator is made up.
    tables = _read(
        ["产出指标", "", "", "≥95%", "97.1%", "10", "10"],
        ["", "数量指标", "完成加装电梯台数", "≥180台", "186台", "90", "90"],
    )  # fmt: skip
    assert _indicators(tables) == [
        ("产出指标", "数量指标", "完成加装电梯台数", "≥180台", "186台", 90, 90),
    ]
    assert "row_unparsed" in {f["rule"] for f in tables.findings}


def test_a_row_labelled_after_the_level_it_closes_is_its_subtotal():
    # Before, `产出指标小计` was read as a level cell with no indicator under it, its 分值 and
    # 得分 as cells of a row without a name: row_unparsed errors on a clean table.
    tables = _read(
        ["产出指标", "数量指标", "完成加装电梯台数", "≥180台", "186台", "50", "50"],
        ["", "", "惠及居民户数", "≥2800户", "2904户", "40", "38"],
        ["产出指标小计", "", "", "", "", "90", "88"],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "93.6%", "10", "10"],
        ["满意度指标小计", "", "", "", "", "10", "10"],
        ["合计", "", "", "", "", "100", "98"],
    )  # fmt: skip
    assert _indicators(tables) == [
        ("产出指标", "数量指标", "完成加装电梯台数", "≥180台", "186台", 50, 50),
        ("产出指标", "数量指标", "惠及居民户数", "≥2800户", "2904户", 40, 38),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "93.6%", 10, 10),
    ]
    assert not [f for f in tables.findings if f["severity"] != "info"]


def test_a_row_printing_no_level2_whose_empty_cell_was_dropped_is_moved_back():
    # Before, the name stood as the 二级 and the target as the name: `满意度指标 | 居民满意度 |
    # ≥90%` read as an indicator `≥90%` with no target.
    tables = _read(
        ["产出指标", "数量指标", "完成加装电梯台数", "≥180台", "186台", "90", "88"],
        ["满意度指标", "居民满意度", "≥90%", "93.6%", "10", "10", ""],
    )  # fmt: skip
    assert _indicators(tables) == [
        ("产出指标", "数量指标", "完成加装电梯台数", "≥180台", "186台", 90, 88),
        ("满意度指标", None, "居民满意度", "≥90%", "93.6%", 10, 10),
    ]
