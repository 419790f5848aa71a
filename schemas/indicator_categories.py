"""Schemas: `indicator_categories`, the indicator taxonomy (classic and 2021 schemes)."""

import pandera.pandas as pa

from schemas._types import Bool, Int, String, column


class IndicatorCategories(pa.DataFrameModel):
    """One row per category of the taxonomy. Key: code."""

    code: String = column(
        "Code",
        "Category code: published codes 1-3 and 11-31; 4 and 41-43 are this project's own.",
        title_zh="代码",
        unique=True,
    )
    level: Int = column("Level", "1 for 一级指标, 2 for 二级指标.", title_zh="级次", isin=[1, 2])
    name: String = column("Name", "Canonical Chinese name.", label="指标名称")
    parent_code: String = column(
        "Parent code", "The level-1 code of a level-2 category.", title_zh="上级代码", nullable=True
    )
    name_en: String = column("English name", "English name of the category.", title_zh="英文名称")
    scheme: String = column(
        "Scheme",
        "`classic` (财预〔2020〕10号) or `2021` (财预〔2021〕101号) where the category was introduced.",
        title_zh="分类方案",
        isin=["classic", "2021"],
    )
    is_code_published: Bool = column(
        "Code published",
        "False where the code is this project's own (the 2021 成本指标 categories).",
        title_zh="代码已公布",
    )

    class Config:
        title = "indicator_categories"
        description = "One row per category of the taxonomy, both schemes. Key: code."
        strict = True
