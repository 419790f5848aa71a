"""Taxonomy: written level labels onto canonical categories."""

import pytest

from pipeline.vocab.taxonomy import level1_of, only_child, read_level


@pytest.mark.parametrize(
    ("raw", "level", "code", "name", "written"),
    [
        ("1-产出指标", 1, "1", "产出指标", "1"),
        ("21-经济效益", 2, "21", "经济效益指标", "21"),
        ("31-服务对象满意度", 2, "31", "服务对象满意度指标", "31"),
        ("社会公众或服务对象满意度指标", 2, "31", "服务对象满意度指标", None),
        ("经济效益 指标", 2, "21", "经济效益指标", None),
        ("产出指标(50分)", 1, "1", "产出指标", None),
        ("产出指标（30分）", 1, "1", "产出指标", None),
        ("14-成本指标", 2, "14", "成本指标", "14"),
        ("成本指标", 1, "4", "成本指标", None),
        ("经济成本指标", 2, "41", "经济成本指标", None),
        ("生态环境成本", 2, "43", "生态环境成本指标", None),
        ("22", 2, "22", "社会效益指标", "22"),
        ("数量指标(或建筑规模指标)", 2, "11", "数量指标", None),
        ("时效指标（工期指标、形象进度指标）", 2, "13", "时效指标", None),
        # A note inside the name as well as after it (a city's template, held-out round 81).
        ("产出（工作量）指标（数量、质量、成本方面的指标）", 1, "1", "产出指标", None),
        # The pre-2018 name of 生态效益.
        ("环境效益指标", 2, "23", "生态效益指标", None),
        ("数量指标", 1, None, None, None),
        # An evaluation scorecard's names (吉林, held-out round 75s).
        ("产出数量", 2, "11", "数量指标", None),
        ("项目效果", 1, "2", "效益指标", None),
        ("环境效益", 2, "23", "生态效益指标", None),
        ("99-其他指标", 2, None, None, "99"),
        ("1(50分)", 1, "1", "产出指标", "1"),
        # Amounts and figures are no codes: a subtotal's 1.50 (万元) under a level column.
        ("1.50", 1, None, None, "1"),
        ("12.5", 2, None, None, "12"),
        # A table's blocks numbered in Chinese numerals: ordinals, no published codes.
        ("一、产出指标", 1, "1", "产出指标", None),
        ("二、效益指标", 1, "2", "效益指标", None),
        ("（二）经济效益", 2, "21", "经济效益指标", None),
        ("(三)满意度指标", 1, "3", "满意度指标", None),
        ("十.可持续影响指标", 2, "24", "可持续影响指标", None),
        # … or in capital letters (`A.产出指标`, `（C）满意度指标`): ordinals too.
        ("A.产出指标", 1, "1", "产出指标", None),
        ("Ｂ．效益指标", 1, "2", "效益指标", None),
        ("（C）满意度指标", 1, "3", "满意度指标", None),
        # A level 2 numbered by one digit, afresh under each 一级: an ordinal, no code (`1` was
        # read as a code, a false category_code_mismatch on every such row).
        ("1.数量指标", 2, "11", "数量指标", None),
        ("4.成本指标", 2, "14", "成本指标", None),
        ("1.社会效益指标", 2, "22", "社会效益指标", None),
    ],
)
def test_level_labels_map_onto_the_taxonomy(raw, level, code, name, written):
    read = read_level(raw, level)
    assert (read.raw, read.written_code) == (raw, written)
    category = read.category
    assert ((category.code, category.name) if category else (None, None)) == (code, name)


def test_a_level1_cell_naming_its_levels_only_level2_names_that_level1():
    # 陕西's county template prints 服务对象满意度指标 as its 一级; 湖南's 社会公众或服务对象满意度
    # 指标. Only an only 二级 names its 一级 so: 数量指标 is one of 产出指标's four.
    assert [(only_child(raw) and only_child(raw).code, level1_of(raw) and level1_of(raw).code)
            for raw in ("服务对象满意度指标", "社会公众或服务对象满意度指标", "满意度指标",
                        "数量指标", "成本指标")] == [
        ("31", "3"), ("31", "3"), (None, "3"), (None, None), (None, "4"),
    ]  # fmt: skip
