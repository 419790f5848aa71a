"""Labels floor, grid rows: what a row of an indicator table says by its labels and words: its
header row (`is_grid_header`), the role and value group each of its labels gives a column
(`planned_roles`), the column labels a converter lost (`restored_labels`), a title printed
again over the rows it goes on with (`goes_on_under_title`), the levels a cell names
(`canonical_level`, `level_fit`) or keeps from the cell above (`is_ditto`), a row numbering
the columns under their labels (`numbers_columns`), a cell that is a target alone
(`reads_as_target`), a template's placeholder name (`is_placeholder`), and the
packed department table's header (`is_packed`)."""

import functools
import re
from itertools import chain

from pipeline.cells import CellTable, cell_at
from pipeline.labels.columns import (
    column_roles,
    compact,
    field_roles,
    fold,
    label_scope,
    label_years,
    matchable,
)
from pipeline.labels.lines import page_marker, prints_alone
from pipeline.targets.parser import parse_target
from pipeline.vocab import labels as packed
from pipeline.vocab import layout_labels as vocab
from pipeline.vocab import taxonomy
from pipeline.vocab.labels import split_glued_page_marker
from pipeline.vocab.target_words import HEDGE_WORDS, MAGNITUDES
from pipeline.vocab.traditional import simplified

# The indicator columns: the levels and the indicator's name.
INDICATOR_ROLES = frozenset(("level1", "level2", "level3"))

# Roles a value group holds once (the levels below the 一级, the name, the value and its split
# parts): a column repeating one opens the next group (中期 and 年度 side by side).
GROUPED = ("level2", "level3", "value", "operator", "unit")
# Roles several columns may have (one per grade, one per other known column).
REPEATABLE = ("grade", "other_column", *vocab.REPEATED_PROJECT_ROLES)


def table_roles(table: CellTable) -> set[str]:
    """The column and field roles the table's cells name."""
    return {role for row in table.rows for cell in row.cells
            for role in (*column_roles(cell), *field_roles(cell))}  # fmt: skip


# The header-block labels that open a form's section of one period (`年度资金总额 | 420.00`,
# `年度目标 | …`), never an indicator's row.
_SECTION_ROLES = ("total", "goal_annual", "goal_period")


def opens_section(cells: tuple[str, ...]) -> bool:
    """Whether a row opens a section of a form printing each period's money, goal and
    indicators apart (`年度目标` after the 中期 section's indicators): its first cell a money
    total's or a goal's label naming its period (`年度资金总额`, `中期目标`)."""
    first = next((text for text in cells if text.strip()), "")
    roles = field_roles(first)
    return bool(roles) and roles[0] in _SECTION_ROLES and label_scope(first) is not None


def is_points_total(text: str) -> bool:
    """Whether a cell labels a table's total row of points (`合计`, `总分`, `合　计`:
    `vocab.POINTS_TOTAL_LABELS`)."""
    return compact(text) in _POINTS_TOTALS


_POINTS_TOTALS = frozenset(map(compact, vocab.POINTS_TOTAL_LABELS))


@functools.lru_cache(maxsize=2**14)
def is_block_label(text: str) -> bool:
    """Whether a cell is the indicator block's row label (`绩效指标`, `本年度 绩效指标`)."""
    return "indicator_block" in column_roles(text)


def is_grid_header(cells: tuple[str, ...]) -> bool:
    """Whether a row is an indicator table's header: it names the indicator (or its 二级, when
    the levels are shifted) and one more column of the indicator table, and most of its cells
    are known column labels."""
    filled = [text for text in cells if text.strip()]
    if len(filled) < 2:
        return False
    known, unknown = [], 0
    for text in filled:
        if roles := column_roles(text):
            known.append(roles)
        else:
            unknown += 1
            if 2 * unknown > len(filled):  # most cells must be known labels
                return False
    others = {r[0] for r in known if "level3" not in r}
    names = any("level3" in r for r in known) or {"level2", "value"} <= others  # or levels shifted
    return names and bool(others) and 2 * len(known) >= len(filled)


# The columns of a form's indicator block in the order a row prints them, for a block whose
# row of column labels a converter lost (`restored_labels`).
_FORM_ROLES = ("level1", "level2", "level3", "value")


def restored_labels(cells: tuple[str, ...]) -> tuple[str, ...] | None:
    """The column labels of an indicator block whose row of labels was lost, read from its
    first row (`绩效指标 | 产出指标 | 数量指标 | 新建厕所 | 8座`, the block's label merged down
    beside it): four cells side by side after the block's label if any, a 一级, a 二级 of
    that 一级, a name that is no level and no target, and a target; each labelled with its
    role's first label, the block's label kept in its column. None for any other row."""
    filled = [(col, text) for col, text in enumerate(cells) if text.strip()]
    block = filled[:1] if filled and is_block_label(filled[0][1]) else []
    rest = filled[len(block) :]
    if len(rest) != len(_FORM_ROLES) or [c for c, _ in rest] != list(
        range(rest[0][0], rest[0][0] + len(rest))
    ):
        return None
    (_, level1), (_, level2), (_, name), (_, value) = rest
    if not (
        canonical_level(level1, 1) is not None
        and canonical_level(level2, 2) is not None
        and belongs(level2, level1)
        and canonical_level(name, 1) is None
        and canonical_level(name, 2) is None
        and not reads_as_target(name)
        and reads_as_target(value)
    ):
        return None
    words = dict(vocab.COLUMN_LABELS)
    labels = [""] * len(cells)
    for (col, _), role in zip(rest, _FORM_ROLES, strict=True):
        labels[col] = words[role][0]
    for col, text in block:
        labels[col] = text
    return tuple(labels)


def goes_on_under_title(rows, index: int, above=()) -> bool:
    """Whether the row after the title line `rows[index]` goes on with the indicators above the
    title (the title printed again at a page top: a PDF's running title, with no `(续)` to say
    so) rather than opening the next table: two cells or more, the first no header label
    (项目名称, `单位名称:某局`), the row no column labels; a next table's title is followed by
    its header, its year or unit line (`单位:元`) or its column labels. Page numbers between
    them (`— 2 —`) are passed over, and so are the lines of the table's head, `above` (the
    table's rows above the title), printed again with it: a page's whole head (the title over
    two lines, its unit line, its column labels) repeated at the page top."""
    below = (
        row.cells
        for row in rows[index + 1 :]
        if page_marker(row.cells) is None and not _in_head(row.cells, above)
    )
    cells = next(below, ())
    filled = [text for text in cells if text.strip()]
    if len(filled) < 2 or is_grid_header(cells):
        return False
    return not field_roles(filled[0]) and not field_roles(fold(filled[0]).partition(":")[0])


def form_goes_on_under_title(rows, index: int, above) -> bool:
    """Whether the rows after a title line are the indicator tables of the form `above` it:
    the form's own title printed again, and past lines of one cell (a scope's heading,
    `长期绩效指标`) and page numbers the indicator column labels, naming no project's column
    (a list's) and no header of a form of their own, under a form that names its project (a
    county's template prints its title over the form's head and again over each of its 长期
    and 年度 indicator tables)."""
    title = _printed(rows[index].cells)
    below = next(
        (
            row.cells
            for row in rows[index + 1 :]
            if not prints_alone(row.cells) and page_marker(row.cells) is None
        ),
        (),
    )
    firsts = [next((text for text in row.cells if text.strip()), "") for row in above]
    return (
        any(_printed(row.cells) == title for row in above)
        and is_grid_header(below)
        and not any("project_name" in column_roles(text) for text in below)
        and any("project_name" in field_roles(first) for first in firsts)
    )


def _in_head(cells: tuple[str, ...], above) -> bool:
    """Whether a row prints again a line of the head of the rows `above` (`_printed` alike): a
    line of one cell (a title's, the unit line) or the column labels (`is_grid_header`). Rows
    of another count of cells are passed over first: most of a table's rows are no line of a
    row below it."""
    printed = _printed(cells)
    return any(
        sum(1 for text in row.cells if text.strip()) == len(printed)
        and _printed(row.cells) == printed
        and (len(printed) <= 1 or is_grid_header(row.cells))
        for row in above
    )


def _printed(cells: tuple[str, ...]) -> tuple[str, ...]:
    """A row's filled cells as compared with another's printed again (a hosting site's page
    marker glued to a cell's end, `备注第4页 共9页`, taken off)."""
    return tuple(matchable(split_glued_page_marker(text)[0]) for text in cells if text.strip())


def numbers_columns(cells: tuple[str, ...]) -> bool:
    """Whether a row only numbers the columns (`1 | 2 | … | 8`, `栏次 | 1 | 2 | 3`, `(1) | (2) |
    (3)`), as a 决算 form prints under its column labels: three numbers or more counting up from
    1, with no other text but a `栏次` label before them (in cells of their own, or in one that a
    converter joined by spaces)."""
    head = next((piece for text in cells for piece in fold(text).split()), "")
    if compact(head) not in vocab.COLUMN_NUMBER_LABELS and head.strip("()") != "1":
        return False  # most rows: no count from 1 nor 栏次 opens them
    filled = [piece for text in cells for piece in fold(text).split()]
    if filled and compact(filled[0]) in vocab.COLUMN_NUMBER_LABELS:
        filled = filled[1:]
    numbers = [text.removeprefix("(").removesuffix(")") for text in filled]
    return len(numbers) >= 3 and numbers == [str(n) for n in range(1, len(numbers) + 1)]


def reads_as_target(text: str) -> bool:
    """Whether a cell is a target and nothing else: every clause a number, date or length with
    no words around it but a hedge (`≥95%`, `2023年12月31日前`, `力争达到100%`; not `稳步提升`,
    not `2023年预算完成率`)."""
    clauses = parse_target(text)
    return bool(clauses) and all(
        c.kind != "text" and (not c.context or c.context in HEDGE_WORDS) for c in clauses
    )


@functools.lru_cache(maxsize=2**14)
def level_path(text: str) -> tuple[str, str] | None:
    """The 一级 and the 二级 a level cell prints joined (`产出指标/数量指标`: an export's path,
    `LEVEL_PATH_SEPARATORS`), the 二级 one of the 一级's; None for a cell naming one level."""
    folded = fold(text)
    for separator in vocab.LEVEL_PATH_SEPARATORS:
        parts = [part.strip() for part in folded.split(separator)]
        if (
            len(parts) == 2
            and canonical_level(parts[0], 1) is not None
            and canonical_level(parts[1], 2) is not None
            and belongs(parts[1], parts[0])
        ):
            return parts[0], parts[1]
    return None


@functools.lru_cache(maxsize=2**14)
def levels_before_name(
    name: str, level1: str | None, level2: str | None
) -> tuple[str | None, str | None, str]:
    """The row's 一级, its 二级 and the indicator's name, where the name's cell prints levels
    before the name, each joined to what follows (an export's path of the indicator,
    `产出指标/数量指标/培训人数`, `数量指标：培训人数`: `LEVEL_PATH_SEPARATORS`): in order, 一级
    then 二级, a printed level is taken off the name when it is the row's own or the row's level
    columns give none (then it is the row's), a 二级 only when it is one of the row's 一级's. A
    word of both levels (成本指标) is the 一级 only when a 二级 follows it; a level written as a code
    (`1:1配套`) is none. The levels and the name as read where the name opens with no such level
    or nothing follows it."""
    levels = [level1, level2]
    if not any(separator in name for separator in vocab.LEVEL_PATH_SEPARATORS):
        return level1, level2, name  # no path (most names)
    for rank in (1, 2):
        cut = min((i for i in map(name.find, vocab.LEVEL_PATH_SEPARATORS) if i > 0), default=0)
        head, rest = name[:cut].strip(), name[cut + 1 :].strip()
        written, row = canonical_level(head, rank), levels[rank - 1]
        if (
            not (cut and rest and written and any(ch.isalpha() for ch in head))  # not a code
            or (row is not None and canonical_level(row, rank) != written)
            or (
                rank == 1
                and canonical_level(head, 2)
                and not levels_before_name(rest, head, None)[1]
            )
            or (rank == 2 and levels[0] is not None and not belongs(head, levels[0]))
        ):
            continue
        levels[rank - 1], name = row or head, rest
    return levels[0], levels[1], name


_NUMBERING_ALONE = re.compile(rf"[0-9]+[{re.escape(vocab.PLACEHOLDER_SEPARATORS)}]")


@functools.lru_cache(maxsize=2**14)
def is_placeholder(name: str) -> bool:
    """Whether an indicator name is a template leftover: placeholders only (`……`, `*`), after
    the template's numbering if any (`指标2:`, `指标3:……`, `指标1：`; see `layout_labels`), or
    that numbering alone with its mark (`1.`, `2、`: a numbered row of a template left
    unfilled; not a bare row number a converter moved, `1`)."""
    if _NUMBERING_ALONE.fullmatch(simplified(fold(name)).strip()):
        return True
    text = simplified(fold(name)).strip(vocab.PLACEHOLDER_CHARS)
    for word in vocab.PLACEHOLDER_NUMBERING:
        number = text.removeprefix(word)
        rest = number.lstrip("0123456789")
        if number != text and rest != number:
            text = rest.lstrip(vocab.PLACEHOLDER_SEPARATORS).strip(vocab.PLACEHOLDER_CHARS)
    return not text


def completed_by(name: str, piece: str, endings: tuple[str, ...]) -> bool:
    """Whether a name ends in none of `endings` and, `piece` after it, in one (compared after
    NFKC, read as simplified): a name cut there, its end on the line below."""
    text = simplified(fold(name))
    return (
        bool(text)
        and not text.endswith(endings)
        and simplified(fold(name + piece)).endswith(endings)
    )


def completes_name(name: str, piece: str) -> bool:
    """Whether a piece printed alone under an indicator's name completes it as indicators' names
    end (`completed_by` `vocab.INDICATOR_NAME_ENDINGS`: `…绿色防控覆盖` over `率`), the piece
    holding no figure and no mark parting phrases, the name none parting sentences
    (`vocab.SENTENCE_MARKS`: `…未能参加体检；下步…覆盖面` is a reason's end, no name's)."""
    marks = (*packed.CLAUSE_OPEN_ENDS, *vocab.SENTENCE_ENDS)
    return (
        completed_by(name, piece, vocab.INDICATOR_NAME_ENDINGS)
        and not any(char.isdigit() or char in marks for char in fold(piece))
        and not any(char in vocab.SENTENCE_MARKS for char in fold(name))
    )


def closes_bracket(line: str, end: str) -> bool:
    """Whether `end` closes a bracket that `line` left open (`…补助经费（高中` over `国家助学金）`)."""
    text = fold(line)
    return any(
        text.count(opening) > text.count(closing) and closing in fold(end)
        for opening, closing in vocab.NAME_BRACKETS.items()
    )


def ends_as_names_end(name: str) -> bool:
    """Whether an indicator's name ends as indicators' names end (`vocab.INDICATOR_NAME_ENDINGS`:
    `…准确率`), compared after NFKC, read as simplified."""
    return simplified(fold(name)).endswith(vocab.INDICATOR_NAME_ENDINGS)


def awaits_unit(text: str) -> bool:
    """Whether a target ends in a figure, or in a figure's magnitude (`31.62万`: `MAGNITUDES`):
    a unit alone on the line below may end it."""
    text = fold(text)
    magnitude = next((word for word, _ in MAGNITUDES if text.endswith(word)), "")
    return text.removesuffix(magnitude)[-1:].isdigit()


def is_ditto(text: str) -> bool:
    """Whether a level cell is a ditto mark (`同上`, `〃`): the level above goes on."""
    return simplified(text.strip()) in vocab.DITTO_MARKS


def level_fit(text: str, following: str) -> str | None:
    """The level column a row's first cell names: `level1`, `level2` or None (a name). A word
    of both levels (成本指标: 2021's 一级, the classic 二级) is the 二级 when the cell after it is
    filled with no 二级 (`成本指标 | 补贴标准 | 80元/月`, a row shifted left), else the 一级; a
    cell printing both levels (`产出指标/数量指标`: `level_path`) stands where the 二级 does."""
    as_level1, as_level2 = canonical_level(text, 1), canonical_level(text, 2)
    if as_level1 and as_level2:
        return "level2" if following.strip() and not canonical_level(following, 2) else "level1"
    if as_level1 or as_level2:
        return "level1" if as_level1 else "level2"
    return "level2" if level_path(text) else None


@functools.lru_cache(maxsize=2**12)
def canonical_level(raw: str | None, level: int) -> taxonomy.Category | None:
    """The taxonomy category a written level names (`项目完成 指标` -> 产出指标)."""
    return taxonomy.read_level(raw, level).category if raw else None


def level1_left_out(labels: tuple[str, ...], above: tuple[str, ...]) -> bool:
    """Whether a row of column labels prints those of a row above it in the same columns but
    for the 一级's, its cell left empty: the 一级 cell merged over a page break goes on under it,
    and the page top printed no label over it (`| 二级指标 | 三级指标 | …`)."""
    pairs = [
        (matchable(cell_at(labels, col)), matchable(cell_at(above, col)))
        for col in range(max(len(labels), len(above)))
    ]
    left_out = [label for printed, label in pairs if printed != label]
    return (
        bool(left_out)
        and all(printed == "" for printed, label in pairs if printed != label)
        and all(column_roles(label)[:1] == ("level1",) for label in left_out)
        and any(printed for printed, _ in pairs)
    )


def belongs(level2: str, level1: str) -> bool:
    child, parent = canonical_level(level2, 2), canonical_level(level1, 1)
    return child is None or parent is None or child.parent_code == parent.code


def printed_under(level2: str, level1: str) -> bool:
    """Whether a 二级 belongs under a 一级 in the taxonomy or in an older scheme that prints it
    there (`taxonomy.OLDER_PARENT_CODES`: 服务对象满意度指标 inside 效益指标)."""
    child, parent = canonical_level(level2, 2), canonical_level(level1, 1)
    return belongs(level2, level1) or (
        parent is not None and parent.code in taxonomy.OLDER_PARENT_CODES.get(child.code, ())
    )


# The packed table's header labels, variant -> the columns it names.
_PACKED_ROLES: dict[str, tuple[str, ...]] = {}
for _role, _variants in packed.COLUMN_LABELS.items():
    for _variant in _variants:
        _PACKED_ROLES[_variant] = (*_PACKED_ROLES.get(_variant, ()), _role)
_PACKED_NEEDED = {*packed.REQUIRED_COLUMNS, "indicators"}


@functools.lru_cache(maxsize=2**14)
def _packed_roles(text: str) -> tuple[str, ...]:
    return _PACKED_ROLES.get(packed.compact_label(text), ())


def is_packed(table: CellTable) -> bool:
    """Whether the table is the seed's packed department table (every indicator in one 绩效指标
    cell), by the header `pipeline.vocab.labels` defines for it: `extract.py` reads that layout.
    A header that beside its 绩效指标 prints a level's or a target's column (`二级指标 | 绩效指标 |
    指标值`: one indicator a row under the seed's columns) is no packed table's, nor is one
    whose 绩效指标 spans such labels on the row below (`绩效指标` over `一级指标 | … | 指标值`, a
    header over two rows)."""
    for index, row in enumerate(table.rows):
        if len(row.cells) < len(_PACKED_NEEDED):
            continue
        if _PACKED_NEEDED.issubset(chain.from_iterable(map(_packed_roles, row.cells))):
            below = table.rows[index + 1].cells if index + 1 < len(table.rows) else ()
            return not any(
                set(column_roles(text)) & _UNPACKED_ROLES
                for text in (*row.cells, *below)
                if "indicators" not in _packed_roles(text)
            )
    return False


_UNPACKED_ROLES = frozenset((*INDICATOR_ROLES, "value"))


def level1_pair(candidates_of: dict[int, tuple[str, ...]]) -> tuple[int, int] | None:
    """The two columns labelled as the 一级 where no column is labelled as the 二级
    (`目标类型 | 指标类别`, each a 一级's label in some template), else None."""
    level1 = [col for col, roles in candidates_of.items() if roles[:1] == ("level1",)]
    if len(level1) != 2 or any(roles[:1] == ("level2",) for roles in candidates_of.values()):
        return None
    return level1[0], level1[1]


def planned_roles(
    labels: tuple[str, ...], candidates_of: dict[int, tuple[str, ...]]
) -> list[tuple[int, str | None, int]]:
    """(column, role, value group) of each labelled column, in column order, from its candidate
    roles, preferred first (`candidates_of`: its label's `column_roles`, or what its content
    shows first): a past year's columns of a self-evaluation are other columns (`past_years`);
    a role the column's group, or the table, took already passes to the column's next
    candidate (a list's total taken for each period its label names: `中期资金总额 |
    年度资金总额`), and a grouped role repeated opens the next group, but for a unit's label
    again right after the actual's column, the actual's own unit (`指标值 | 度量单位 | 实际完成值
    | 度量单位`); with no name column, the block label's column holds the names (`绩效指标 |
    指标值`)."""
    candidates_of = candidates_of | {
        col: ("other_column",)
        for col in (*past_years(labels, candidates_of), *period_actuals(labels, candidates_of))
    }
    taken: list[set[str]] = [set()]
    shared: set[str] = set()
    planned = []
    for col, candidates in candidates_of.items():
        role = None
        scope = label_scope(labels[col])
        if candidates[:1] == ("unit",) and "unit" in taken[-1] and planned[-1][1] == "actual":
            planned.append((col, "actual_unit", len(taken) - 1))
            continue
        for candidate in candidates:
            if candidate in REPEATABLE or (
                candidate not in taken[-1]
                if candidate in GROUPED
                else _shared_key(candidate, scope) not in shared
            ):
                role = candidate
                break
        else:
            if candidates and candidates[0] in GROUPED:
                taken.append(set())
                role = candidates[0]
        if role in GROUPED:
            taken[-1].add(role)
        elif role:
            shared.add(_shared_key(role, scope))
        planned.append((col, role, len(taken) - 1))
    if not any(role == "level3" for _, role, _ in planned):
        planned = [(col, "level3" if role == "indicator_block" else role, group)
                   for col, role, group in planned]  # fmt: skip
    return planned


def _shared_key(role: str, scope: str | None) -> str:
    """What a column of a role no group repeats takes from the table: the role, or a list's
    total of a period its label names (`中期资金总额`) that period's total only."""
    return f"{role}@{scope}" if role == "total" and scope == "period" else role


def period_actuals(labels, candidates_of: dict[int, tuple[str, ...]]) -> list[int]:
    """In a self-evaluation printing the year's actuals (`实际完成值`, `年度实际完成值`), the
    columns of actuals its label scopes to the whole period (`实施期累计完成值`): what the
    project did so far, kept as other columns, never the year's actual."""
    actuals = {col: label_scope(labels[col]) for col, roles in candidates_of.items()
               if roles[:1] == ("actual",)}  # fmt: skip
    if all(scope == "period" for scope in actuals.values()):
        return []
    return [col for col, scope in actuals.items() if scope == "period"]


def past_years(labels, candidates_of: dict[int, tuple[str, ...]]) -> list[int]:
    """In a self-evaluation (a column of actuals), the columns whose labels name a year before
    the latest one a label names (`2024年完成值` beside `2025年目标值 | 2025年完成值`), or that
    name a year beside a column of their role that names none (`2024年完成值` beside
    `实际完成值`): a past year's figures, other columns as `上年完成值` is. A target table's
    years (`2025年指标值 | 2026年指标值`) are its targets' and stay so."""
    first = {col: roles[0] for col, roles in candidates_of.items() if roles}
    years = {col: years[1] for col in first if (years := label_years(labels[col])) is not None}
    if "actual" not in first.values() or not years:
        return []
    unnamed = {role for col, role in first.items() if col not in years}
    latest = max(years.values())
    return [col for col, year in years.items() if year < latest or first[col] in unnamed]
