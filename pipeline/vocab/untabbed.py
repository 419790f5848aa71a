"""Vocabulary of the reader of text whose cells lost their tabs (`pipeline.read.untabbed`)."""

# The most words a label written with spaces between its characters is looked for in
# (`总 体 目 标`, `项目资金 (万元)`), and the most columns a table printed one cell a line is cut
# into.
JOINED_LABEL_WORDS = 8
MAX_COLUMNS = 64

# What an indicator column's cell may hold once the tabs are lost, by the column's role: the
# block label down the side, a level word, an operator or direction word (`定性`, `正向`, `≥`,
# whatever the label says: spec/layouts.md B), points (`10`, `9.5分`), an amount, a unit (no
# figure), a note about the indicator (no bare target), a grade word (`优`), a verdict word
# (`是`, `否`); any other column any text.
COLUMN_KINDS = {
    "indicator_block": "block", "level1": "level", "level2": "level",
    "operator": "word", "direction": "word",
    "weight": "points", "score": "points", "score_coefficient": "points",
    "total": "amount", "unit": "unit",
    "standard": "note", "explanation": "note", "deviation": "note", "measure": "note",
    "rating": "grade", "verdict": "verdict",
}  # fmt: skip

# Marks a unit never holds (`按季度预拨、年终结算` is a note, not a unit the vocabulary lacks):
# those parting a sentence's phrases.
NOT_IN_A_UNIT = ",;、。"
# The most characters of a unit the vocabulary does not know (`起/万台`): a longer text under a
# unit column is a note (`秋季开学前完工` after a date, whose unit column is empty).
UNKNOWN_UNIT_LONGEST = 4
# Words of a target said in words that no unit holds (`明显提升` beside a unit column left empty
# is the target, not a unit the vocabulary lacks).
NOT_IN_A_UNIT_WORDS = (
    "提升", "提高", "改善", "完善", "增加", "增长", "下降", "减少", "降低", "健全", "保障", "有效",
    "明显", "稳步", "持续", "逐步", "达标", "合格", "完成",
)  # fmt: skip

# The kinds of column whose cells a converter never wraps onto a line of their own (a level's
# end is read as a level's): a word alone under a row ends a cell of another kind, a name, a
# target, a note or a reason (`untabbed._cuts_placed`) ...
UNWRAPPED_KINDS = ("block", "level", "word", "points", "amount", "unit", "grade", "verdict")
# ... and the columns it is placed under, when theirs is the one such cell of the row as wide as
# the widest of its column (a line it filled): a name (joined with `name_end_joined`) or a reason.
WRAPPED_ALONE_ROLES = ("level3", "deviation")
# How much narrower than its column's widest a cell a converter wrapped may print: a line breaks
# before a wide (CJK) character that would not fit, so one such character's width.
WRAPPED_WIDTH_SLACK = 2
# ... and how much of the widest line of a field's value above the indicator columns each of its
# lines but the last prints, wrapped by a converter: laid out in a proportional font, a line of
# figures and Latin letters among the characters counts narrower than it printed.
WRAPPED_VALUE_SHARE = 0.8
# ... and the columns whose wrapped end may be wider than their widest cell printed: a reason,
# the widest column, its lines as long as the page lets them be.
WIDEST_COLUMN_ROLES = ("deviation",)

# How many indicator rows placed one way only under the same labels show which columns the
# table always fills (its 指标值, not the 备注 beside it): a row that fits two ways is placed
# the one way that fills each of them (`untabbed._Filled`).
FILLED_ROWS_FEWEST = 3

# The role of a column of the rows' numbers (`layout_labels.ROW_NUMBER_LABELS`) in a table whose
# cells lost their tabs: any text, as any column no role of `COLUMN_KINDS` names, but a whole
# number opening a row is its.
ROW_NUMBER = "row_number"

# What a points column prints for an indicator it does not score (`10 未评分`: its 分值, no 得分),
# beside figures and dashes: read as no points, like a dash.
UNSCORED_WORDS = ("未评分", "不评分", "暂不评分", "未打分", "不计分", "暂不计分")

# How the name of a level ends, a level the vocabulary may lack (`过程管理指标`): a row left out
# that begins with one may have printed the 一级 of the rows below it. So may one that begins
# with the head of a level's name wrapped in a narrow column (`效益指` over `标`), a head of at
# least LEVEL_HEAD_LENGTH characters.
LEVEL_NAME_ENDS = ("指标",)
LEVEL_HEAD_LENGTH = 2

# The marks parting clauses inside a line of prose (after NFKC: `，`, `；`): one word of them
# alone under a row is the middle of a cell wrapped (a reason's), no name's (`、` lists a
# name's items: `水、电、气`).
CLAUSE_MARKS = ",;"

# What the refusal of a table whose cells lost their tabs tells to do.
UNTABBED_ADVICE = (
    "save the table again with one row a line and its cells tab-separated (in Excel: "
    "文本文件(制表符分隔))"
)

# Header-block labels of a row that lost its empty first cell under a money block's label, and
# is put back under the row above (`其中:财政拨款 68.50 其中:财政拨款 51.35`).
PART_ROLES = ("fiscal_part", "other_part")

# Header-block labels that head the figures of the money rows below them (年初预算数, 执行率,
# 分值 …): a money row is placed under them only with one figure (or word) under each heading
# but the first; whether its label stands under the first heading or beside it is unknown
# otherwise, and a figure under the wrong heading is a wrong amount.
MONEY_HEADING_ROLES = (
    "budget_initial", "budget_adjusted", "executed", "execution_rate", "weight", "score",
)  # fmt: skip

# A money row with fewer figures than its headings (its blank cells gone) is placed only where
# one placement of its figures, in order, fits: a heading's role says what its cells may hold
# (an amount, a rate, points; any other heading text), and headings down the side (the money
# block's label, 资金来源) stand before them. A plain number is points only up to
# `MAX_POINTS` and a rate without its % sign only up to `MAX_PLAIN_RATE`; a dash (`—`, `/`)
# fits anywhere and says nothing.
MONEY_LABEL_COLUMN_ROLES = ("money_block", "money_heading")
MONEY_HEADING_KINDS = {
    "total": "amount", "budget_initial": "amount", "budget_adjusted": "amount", "executed": "amount",
    "execution_rate": "rate", "weight": "points", "score": "points",
}  # fmt: skip
# Kinds of money headings (above) that, printed one after the other, are two headings, never
# one label: `执行率 | 得分` (重庆's one label `执行率得分` is read only written whole).
HEADINGS_APART = (("rate", "points"),)
MAX_POINTS = 100
MAX_PLAIN_RATE = 200
# A rate's sign a converter set apart from its figure (`98.00 %`, as a PDF spaces its glyphs):
# part of the figure before it in a money row.
RATE_SIGNS = ("%", "％", "‰")

# The longest end of a level's name a line prints apart from it (`数量 指标`, `经济效 益指标`;
# `产 出 指 标`, a character a word): joined back onto the words before it when together they
# name a level.
LEVEL_END_MAX = 3

# The columns whose cells a fixed-width text (`pdftotext -layout`) prints over several lines,
# around or under their row's line (`read.fixed_width`): a line printing only cells of these holds
# lines of the rows' cells; one printing any other column's cell is a row's. Of them, the level
# columns, whose merged cells print their names at their blocks' middles: the finer first.
FIXED_WIDTH_TEXT_ROLES = (
    "indicator_block", "level1", "level2", "level3", "standard", "explanation", "deviation",
    "measure", "project_name", "total", "goal_annual",
)  # fmt: skip
FIXED_WIDTH_LEVEL_ROLES = ("level2", "level1")
# ... and a list's project cells, merged down the project's rows: its name (which names the
# blocks), its amount, goal and number.
FIXED_WIDTH_PROJECT_ROLES = ("project_name", "total", "goal_annual", "row_number")
# What each row atop a page costs a tiling of its level blocks (`read.fixed_width._blocks`) that
# leaves it in the block the page before began, against a block centred a line off its name:
# a block is read as beginning on the page where two tilings fit about as well.
LEAD_ROW_COST = 0.3
# What a level's name printed on a row below its block's middle costs a tiling, beyond its
# distance: a block of an even count of rows prints it on the upper of its two middle rows, so
# a tiling that puts it on the lower is taken only where it fits the names better by more.
BELOW_MIDDLE_COST = 0.6
# The goal headings a fixed-width text prints over columns of prose (`预期目标 | 实际完成情况`,
# `中期目标 | 年度目标`), each column's lines one goal (`read.fixed_width`).
GOAL_HEADING_ROLES = ("goal_annual", "goal_period", "goal_actual")
# The labels a money block prints over its figures and rows: its label (项目资金), the heading
# of its rows' labels (资金来源), and the headings of its figures (MONEY_HEADING_ROLES, 合计):
# two lines of fixed-width text each piece of which makes one of them with the piece under it
# are one line of headings (`read.fixed_width`).
MONEY_BLOCK_HEADING_ROLES = (*MONEY_LABEL_COLUMN_ROLES, *MONEY_HEADING_ROLES, "total")
