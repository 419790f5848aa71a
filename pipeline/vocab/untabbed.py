"""Vocabulary of the reader of text whose cells lost their tabs (`pipeline.read.untabbed`)."""

# The most words a label written with spaces between its characters is looked for in
# (`总 体 目 标`, `项目资金 (万元)`), and the most columns a table printed one cell a line is cut
# into.
JOINED_LABEL_WORDS = 8
MAX_COLUMNS = 64

# Indicator columns by what their cells may hold, once the cells lost their tabs: plain numbers
# (points, a split value's figure), or any text. The levels, the block label, the operator and
# the direction are known by their words (`pipeline.vocab.layout_labels`, the taxonomy).
NUMBER_ROLES = ("weight", "score", "score_coefficient")
# Columns of words about the indicator (a reason, an explanation, a standard): never a bare
# number, which is a weight's, a score's or a value's.
NOTE_ROLES = ("standard", "explanation", "deviation")
TEXT_ROLES = (
    "level3", "value", "unit", "standard", "explanation", "actual", "deviation", "other_column",
    "grade", "project_name", "department", "impl_unit", "period", "total", "goal_annual",
)  # fmt: skip

# What the refusal of a table whose cells lost their tabs tells to do.
UNTABBED_ADVICE = (
    "save the table again with one row a line and its cells tab-separated (in Excel: "
    "文本文件(制表符分隔))"
)

# Header-block labels of a row that lost its empty first cell under a money block's label, and
# is put back under the row above (`其中:财政拨款 68.50 其中:财政拨款 51.35`).
PART_ROLES = ("fiscal_part", "other_part")
