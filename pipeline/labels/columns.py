"""Labels floor, columns: what a header cell names (its role), by its label and content.

`field_roles` and `column_roles` look a label up in `pipeline.vocab.layout_labels` (exactly
after `compact`, else by the longest known variant the label ends with, else as a variant
that lost its first character when every such variant names the same roles); for a label put
back together from pieces, `exact_field_roles` and `is_exact_label` look it up exactly only (a
trailing note such as `(10分)` aside), and `is_whole_label` without the lost-first-character
reading (a label's end wrapped onto the next line is none). `label_scope` reads which target
a label's words or note name, `label_years` the years a label opens with. `content_role` decides a
split value column by what its cells hold (operators, 正向/反向, numbers), which wins over a label that
says otherwise; `states_value_type` finds a column that only says 定量/定性."""

import functools
import re
import unicodedata

from pipeline.vocab import layout_labels as vocab
from pipeline.vocab import untabbed as untabbed_vocab
from pipeline.vocab.traditional import simplified

# A span of years a label names (`2025-2027年`): in brackets after its words, or before them.
_YEAR, _SPAN_MARKS = r"(?:19|20)\d\d", "[-—–~至到]+"
_SPAN = rf"{_YEAR}\s*年?\s*{_SPAN_MARKS}\s*{_YEAR}"
_YEARS = re.compile(rf"\(\s*{_SPAN}\s*年?\s*\)")
_LEADING_YEARS = re.compile(rf"^{_SPAN}\s*年度?")
# One year a label opens with names that year's figure: `2025年绩效目标` is `年度绩效目标`.
_LEADING_YEAR = re.compile(rf"^{_YEAR}\s*年(?!度)")
# One year in brackets after a label's words, at its end, says no more than its scope does
# (`年度（2022年）`); a year in brackets before them is a title's (`（2019年度）` over `部门名称`).
_YEAR_NOTED = re.compile(rf"(?<=.)\(\s*{_YEAR}\s*年度?\s*\)$")
_NOTE = re.compile(
    r"\((?:"
    + "|".join(re.escape(note) for note in sorted(vocab.LABEL_NOTES, key=len, reverse=True))
    + r")\)"
)
_LEAD = re.compile(
    rf"^(?:其中[:,]?|[(]?[一二三四五六七八九十\d]+[)、.]+|[{re.escape(vocab.REQUIRED_FIELD_MARKS)}]+)"
)
_TRAILING_NOTE = re.compile(r"\(.*\)$")
# A share's sign after a label's words, no bracket round it (`预算执行率%`): a unit note too.
_UNIT_END = re.compile(r"(?<=.)%$")
_OF_WHICH = re.compile(r"^其中")
_PARTS_AFTER_OF_WHICH = frozenset(vocab.PARTS_AFTER_OF_WHICH)
# The label's words in a minority script after the Chinese ones (`一级指标 1급지표`), with the
# digits and marks among them.
_SCRIPTS = "".join(f"{low}-{high}" for low, high in vocab.BILINGUAL_LABEL_SCRIPTS)
_BILINGUAL = re.compile(rf"(?<=.)\d*[{_SCRIPTS}][{_SCRIPTS}\d\W_]*$")
_NUMBER = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?\s*%?$")
# An outline number: of three parts or more, or of two set off by white space or a mark.
_DOT, _ENDS = re.escape(vocab.OUTLINE_NUMBER_SEPARATOR), re.escape(vocab.NAME_NUMBER_ENDS)
_OUTLINES = (
    re.compile(rf"\d{{1,2}}(?:{_DOT}\d{{1,2}})+{_DOT}(?P<last>\d{{1,2}})(?!\d)[{_ENDS}]?\s*"),
    re.compile(rf"\d{{1,2}}{_DOT}(?P<last>\d{{1,2}})(?:\s+|[{_ENDS}](?!\d))\s*"),
)
_LABEL_YEARS = re.compile(rf"^({_YEAR})\s*年?\s*(?:{_SPAN_MARKS}\s*({_YEAR})\s*)?年")
_FIGURE = r"\d+(?:\.\d+)?"
_TAKEN_OFF = "|".join(vocab.DEDUCTION_WORDS)
_POINTS_UNIT = "|".join(vocab.POINTS_UNITS)
# `扣0.5分` alone (`off`), or after the score in brackets (`score`, `off_noted`), the reason
# for it written around it in the brackets or not (`8.75（1个未通过验收，扣1.25分）`).
_DEDUCTION = re.compile(
    rf"(?:{_TAKEN_OFF})(?P<off>{_FIGURE})(?:{_POINTS_UNIT})?"
    rf"|(?P<score>{_FIGURE})\([^()]*?(?:{_TAKEN_OFF})(?P<off_noted>{_FIGURE})(?:{_POINTS_UNIT})?"
    r"[^()]*\)"
)
# A label with a note in brackets at its end (`指标值（分值）`), compared as `matchable`.
_NOTED = re.compile(r"(?P<label>.+)\((?P<note>[^()]+)\)")
# A target with its points in brackets after it (`≥22个（10分）`, `长期(5分)`), folded.
_TARGET_POINTS = re.compile(
    rf"(?P<target>.*[^\s(])\s*\(\s*(?P<points>{_FIGURE})\s*(?:{_POINTS_UNIT})\s*\)"
)
_WEIGHT_LABEL = next(variants[0] for role, variants in vocab.COLUMN_LABELS if role == "weight")
_NAME_LABEL = next(variants[0] for role, variants in vocab.COLUMN_LABELS if role == "level3")
_VALUE_LABEL = next(variants[0] for role, variants in vocab.COLUMN_LABELS if role == "value")
# A 分值/得分 cell (`names_weight_and_score`): the points and the score, each with 分 or not.
_POINTS_PAIR = re.compile(
    rf"(?P<weight>{_FIGURE}(?:{_POINTS_UNIT})?)/(?P<score>{_FIGURE}(?:{_POINTS_UNIT})?)"
)


@functools.lru_cache(maxsize=2**16)
def fold(text: str) -> str:
    """NFKC with white space collapsed: how a cell's text is compared and reported."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


@functools.lru_cache(maxsize=2**14)
def matchable(text: str) -> str:
    """A cell as compared with a vocabulary's words: NFKC, no white space, in simplified
    characters (`pipeline.vocab.traditional`)."""
    return simplified("".join(unicodedata.normalize("NFKC", text).split()))


@functools.lru_cache(maxsize=8192)
def _without_spans(text: str) -> str:
    """A label without the spans of years it names (`2025-2027年目标值` -> `目标值`)."""
    return _LEADING_YEARS.sub("", _YEARS.sub("", text))


@functools.lru_cache(maxsize=2**14)
def compact(label: str) -> str:
    """A label as compared against the vocabulary (see `pipeline.vocab.layout_labels`)."""
    text = _BILINGUAL.sub("", matchable(label)).rstrip(":")
    text = _LEADING_YEAR.sub("年度", _YEAR_NOTED.sub("", _without_spans(text)))
    previous = None
    while previous != text:
        previous, text = text, _NOTE.sub("", _LEAD.sub("", text)).rstrip(":")
        if text[-2:-1] not in ("", ":", *vocab.REQUIRED_FIELD_MARKS):
            # One mark right after the words, no value masked after a colon (`项目负责人：***`).
            text = text.removesuffix(vocab.REQUIRED_FIELD_MARKS)
    return _UNIT_END.sub("", text)


_GROUP_LABELS = frozenset(compact(label) for label in vocab.COLUMN_GROUP_LABELS)


@functools.lru_cache(maxsize=2**15)
def is_label(text: str) -> bool:
    """Whether a cell's text names a header field or an indicator column (`field_roles`,
    `column_roles`)."""
    return bool(text.strip()) and bool(field_roles(text) or column_roles(text))


@functools.cache
def _label_heads() -> frozenset[str]:
    """Every head of two characters or more of a label's variant, shorter than the variant."""
    keys = (key for index in (_FIELDS, _COLUMNS) for key in index[0])
    return frozenset(key[:end] for key in keys for end in range(2, len(key)))


def begins_label(text: str) -> bool:
    """Whether a cell's text is the head of a label, two characters or more, and no label
    itself (`年初` of `年初预算数`, a heading cell a line break cut)."""
    key = compact(text)
    return key in _label_heads() and not is_label(text)


def is_column_group(label: str) -> bool:
    """Whether a label only heads the columns whose labels a row below prints (`自评情况` over
    `分值 | 得分`: `vocab.COLUMN_GROUP_LABELS`)."""
    return compact(label) in _GROUP_LABELS


# A label whose first character a converter lost (`目名称`, `标值`) is known by the variants
# it may be clipped from, when it keeps at least this many characters and they all agree
# (`级指标` may be 一级, 二级 or 三级: unknown).
_MIN_CLIPPED = 2


def _index(table):
    """Each compacted variant's roles; the lengths of the variants, longest first; and each
    variant without its first character -> the roles of the variants it may be clipped from,
    when they agree."""
    exact: dict[str, list[str]] = {}
    for role, variants in table:
        for variant in variants:
            roles = exact.setdefault(compact(variant), [])
            if role not in roles:
                roles.append(role)
    lengths = tuple(sorted({len(key) for key in exact}, reverse=True))
    clipped: dict[str, set[tuple[str, ...]]] = {}
    for key, roles in exact.items():
        if len(key) > _MIN_CLIPPED:
            clipped.setdefault(key[1:], set()).add(tuple(roles))
    agreed = {key: found.pop() for key, found in clipped.items() if len(found) == 1}
    return {key: tuple(roles) for key, roles in exact.items()}, lengths, agreed


_FIELDS = _index(vocab.FIELD_LABELS)
_COLUMNS = _index(vocab.COLUMN_LABELS)
# A label matched by its ending (`该项目支出上级资金`): the variant must say enough on its own
# (`单位`, `其他` do not), the words before it must be few (a sentence is not a label), and its
# role one a longer label may have (`vocab.WHOLE_LABEL_ROLES`).
_MIN_SUFFIX = 3
_MAX_PREFIX = 8


def _roles(index, label: str, clipped_too: bool = True) -> tuple[str, ...]:
    exact, lengths, clipped = index
    key = compact(label)
    if not key:
        return ()
    if key in exact:
        return exact[key]
    bare = _TRAILING_NOTE.sub("", key)  # `绩效指标(权重分值90分,…)`
    if bare in exact:
        return exact[bare]
    # The longest variant the key ends with, its note aside (`*实际完成值（定量填数字，…）`):
    # one look-up per variant length (variants of one length are distinct, so at most one of
    # them ends the key).
    ending = bare or key
    for length in lengths:
        if length < _MIN_SUFFIX or len(ending) - length > _MAX_PREFIX:
            break
        roles = exact.get(ending[-length:]) if length <= len(ending) else None
        if roles and not set(roles) <= set(vocab.WHOLE_LABEL_ROLES):
            return roles
    # A variant, then white space and a note in brackets, one word and no label (`*分值
    # 数量(20)、质量(10)`; not labels joined by spaces, `指标名称 权重(%)`).
    head, _, note = fold(label).strip().partition(" ")
    if (
        "(" in note
        and len(note.split()) == 1
        and not _roles(index, note, False)
        and (roles := _roles(index, head, False))
    ):
        return roles
    return clipped.get(key, ()) if clipped_too else ()


@functools.lru_cache(maxsize=2**15)
def field_roles(label: str) -> tuple[str, ...]:
    """The roles a header-block label may name, preferred first; () when unknown. A label
    named a part only after 其中 (`vocab.PARTS_AFTER_OF_WHICH`) is one there."""
    roles = _roles(_FIELDS, label)
    if compact(label) in _PARTS_AFTER_OF_WHICH and _OF_WHICH.match(matchable(label)):
        return ("fiscal_part", *roles)
    return roles


@functools.lru_cache(maxsize=2**14)
def print_width(text: str) -> int:
    """How wide a text prints: a wide (CJK) character as two narrow ones."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in fold(text))


def names_project(text: str) -> bool:
    """Whether a cell opens a project's header: its 项目名称 label, alone or before the name after
    a colon in the same cell (`项目名称：林业有害生物防治`)."""
    if "project_name" in field_roles(text):
        return True
    head, colon, name = fold(text).partition(":")
    return bool(colon and name.strip()) and "project_name" in field_roles(head)


@functools.lru_cache(maxsize=8192)
def exact_field_roles(label: str) -> tuple[str, ...]:
    """The roles of a header-block label written as a known variant (after `compact` only, none
    of `field_roles`' looser matches), a trailing note aside (`预算执行情况(10分)`): for a label
    put back together from pieces."""
    exact, key = _FIELDS[0], compact(label)
    return exact.get(key) or exact.get(_TRAILING_NOTE.sub("", key), ())


@functools.lru_cache(maxsize=8192)
def whole_field_roles(label: str) -> tuple[str, ...]:
    """The roles of a header-block label as it stands: exactly, or by the variant it ends with
    (`中央主管部门`), not as one that lost its first character."""
    return _roles(_FIELDS, label, False)


def is_exact_label(label: str) -> bool:
    """Whether a label is written as a known header-block or column variant
    (`exact_field_roles`)."""
    return bool(exact_field_roles(label) or _COLUMNS[0].get(compact(label)))


@functools.lru_cache(maxsize=2**15)
def column_roles(label: str) -> tuple[str, ...]:
    """The roles an indicator-table column label may name, preferred first; () when unknown.
    A target's label and an actual's joined in one (`年度指标值/实际完成值`) name the target's
    column, whose cells hold the actual too (`names_value_and_actual`); the points' and the
    score's (`分值/得分`) the weight's, whose cells hold the score too (`points_and_score`)."""
    if names_value_and_actual(label):
        return ("value",)
    if names_weight_and_score(label):
        return ("weight",)
    return _roles(_COLUMNS, label)


@functools.lru_cache(maxsize=2**15)
def names_value_and_actual(label: str) -> bool:
    """Whether a column label is a target's label and an actual's joined by a slash
    (`年度指标值/实际完成值`): one column whose cells print both (`≥95%/98%`)."""
    return _joined_roles(label) == ("value", "actual")


@functools.lru_cache(maxsize=8192)
def value_and_points_labels(label: str) -> tuple[str, str] | None:
    """The target's label and the points' of a column label that is a target's with the points'
    in its note (`指标值（分值）` -> `指标值`, `分值`; the points' unit alone, `目标值(分)`, names
    them by the weight's first label): one column whose cells print the target and then its
    points in brackets (`≥22个（10分）`, `target_and_points`). None for any other label."""
    match = _NOTED.fullmatch(matchable(label))
    if match is None or _roles(_COLUMNS, match["label"])[:1] != ("value",):
        return None
    if _roles(_COLUMNS, match["note"])[:1] == ("weight",):
        return match["label"], match["note"]
    return (match["label"], _WEIGHT_LABEL) if match["note"] in vocab.POINTS_UNITS else None


def target_and_points(cell: str) -> tuple[str, str] | None:
    """The target and the points of a cell under a `指标值（分值）` label (`≥22个（10分）` ->
    `≥22个`, `10`); None for a cell that closes with no points in brackets."""
    match = _TARGET_POINTS.fullmatch(fold(cell))
    return (match["target"], match["points"]) if match else None


_NAMES_AND_VALUES = frozenset(map(compact, vocab.NAME_AND_VALUE_LABELS))


@functools.lru_cache(maxsize=2**15)
def name_and_value_labels(label: str) -> tuple[str, str] | None:
    """The name's label and the target's of a column label naming both, each cell under it
    printing an indicator's name and target parted by a colon (`绩效目标内容` over
    `农村公路日常养护里程：≥420公里`: `vocab.NAME_AND_VALUE_LABELS`). None for any other."""
    return (_NAME_LABEL, _VALUE_LABEL) if compact(label) in _NAMES_AND_VALUES else None


def name_and_target(cell: str) -> tuple[str, str] | None:
    """The name and the target of a cell under a `name_and_value_labels` label, parted at its
    first colon (`危桥加固改造：≥3座` -> `危桥加固改造`, `≥3座`); None for a cell of no colon or
    with nothing on a side of it."""
    name, colon, target = fold(cell).partition(":")
    return (name.strip(), target.strip()) if colon and name.strip() and target.strip() else None


@functools.lru_cache(maxsize=2**15)
def names_weight_and_score(label: str) -> bool:
    """Whether a column label is the points' label and the score's joined by a slash
    (`分值/得分`, `权重/自评得分`): one column whose cells print both (`10/8`)."""
    return _joined_roles(label) == ("weight", "score")


def _joined_roles(label: str) -> tuple[str, ...]:
    """The first roles of two column labels joined by a slash (`年度指标值/实际完成值`); () for
    a label of no slash."""
    first, joiner, second = compact(label).partition(vocab.VALUE_ACTUAL_JOINER)
    if not joiner:
        return ()
    return _roles(_COLUMNS, first)[:1] + _roles(_COLUMNS, second)[:1]


@functools.lru_cache(maxsize=8192)
def printed_before(labels: tuple[str, ...], col: int) -> bool:
    """Whether the label of column `col` is printed in a column of its row before it as well
    (`指标值 | 指标值`: a column no row labels twice, so the second copy lost the end a
    converter wrapped onto the next line, `说明`)."""
    own = compact(labels[col])
    return any(compact(text) == own for text in labels[:col])


def spelled_label_end(words: list[str], at: int) -> int | None:
    """Where a label spelled a character a word from `words[at]` ends (`一 级 指 标`, `偏 差 原 因
    分 析 及 改 进 措 施`, as a PDF's text prints labels spread across their cells): the end of
    the longest run of one-character words from there that is a known label as a whole
    (`is_exact_label`), two characters at least, and not two money headings side by side
    (`执 行 率 得 分`: `measures_apart`); None where none is."""
    run = at
    while run < len(words) and len(words[run]) == 1:
        run += 1
    return next(
        (
            end
            for end in range(run, at + 1, -1)
            if is_exact_label("".join(words[at:end])) and not measures_apart(words[at:end])
        ),
        None,
    )


def measures_apart(words: list[str]) -> bool:
    """Whether words that make one label joined are two money headings side by side, whose
    kinds are never one label's (`执行率 得分`, `执 行 率 得 分`: a rate, then points;
    `vocab.untabbed.HEADINGS_APART`): 重庆's one label `执行率得分` reads only written whole."""
    text = "".join("".join(word.split()) for word in words)
    return len(words) > 1 and any(
        (_measure_kind(text[:cut]), _measure_kind(text[cut:])) in untabbed_vocab.HEADINGS_APART
        for cut in range(2, len(text) - 1)
    )


def _measure_kind(text: str) -> str | None:
    kinds = untabbed_vocab.MONEY_HEADING_KINDS
    return next((kinds[role] for role in field_roles(text) if role in kinds), None)


def unspelled(words: list[str]) -> list[str]:
    """The words with each label spelled a character a word one word, as printed
    (`spelled_label_end`: `一 级 指 标 二 级 指 标` -> `一 级 指 标`, `二 级 指 标`)."""
    out: list[str] = []
    at = 0
    while at < len(words):
        end = spelled_label_end(words, at) or at + 1
        out.append(" ".join(words[at:end]))
        at = end
    return out


@functools.lru_cache(maxsize=2**14)
def is_whole_label(text: str) -> bool:
    """Whether a text is a label of some field or column role as it stands (exactly, or by the
    variant it ends with), not only as one that lost its first character: a label's end that a
    converter wrapped onto the next line (`标值`, `算数`) is none."""
    return bool(whole_field_roles(text) or _roles(_COLUMNS, text, False))


def label_years(label: str) -> tuple[int, int] | None:
    """The first and last year a label opens with (`2024年完成值` -> (2024, 2024),
    `2025-2027年目标值` -> (2025, 2027)), if any."""
    match = _LABEL_YEARS.match(matchable(label))
    return (int(match[1]), int(match[2] or match[1])) if match else None


@functools.lru_cache(maxsize=8192)
def label_scope(label: str) -> str | None:
    """`period` or `annual` when the label's words say which target or amount it holds, or
    `period` when it names a span of years and no such word (`2025-2027年目标值`; the `年度` of
    `2025-2027年度` is the span's)."""
    text = matchable(label)
    words = _without_spans(text)
    for scope_word, scope in vocab.SCOPE_WORDS:
        if scope_word in words:
            return scope
    return "period" if len(words) < len(text) else None


_SCOPED_PART = re.compile(
    "(?:^|[" + re.escape(vocab.SCOPED_VALUE_SEPARATORS) + "]+)(?P<word>"
    + "|".join(sorted((re.escape(word) for word, _ in vocab.SCOPE_WORDS), key=len, reverse=True))
    + ")(?:" + "|".join(map(re.escape, vocab.SCOPED_VALUE_SUFFIXES)) + ")?:"
)  # fmt: skip


@functools.lru_cache(maxsize=2**14)
def scoped_values(cell: str) -> dict[str, str] | None:
    """A value cell holding both targets, each after its scope word and a colon
    (`年度：≥10座；实施期：≥28座`): each scope's text (`{"annual": "≥10座", "period": "≥28座"}`);
    None for any other cell (one that starts otherwise, names one scope twice or only one)."""
    text = fold(cell)
    marks = list(_SCOPED_PART.finditer(simplified(text)))  # one character for one: same places
    if not marks or marks[0].start() != 0:
        return None
    scopes = dict(vocab.SCOPE_WORDS)
    parts: dict[str, str] = {}
    for mark, after in zip(marks, [*marks[1:], None], strict=True):
        value = text[mark.end() : after.start() if after else len(text)].strip()
        scope = scopes[mark["word"]]
        if not value or scope in parts:
            return None
        parts[scope] = value
    return parts if len(parts) == 2 else None


def leading_number(printed: str) -> tuple[int | None, str]:
    """(number, rest) of the numbering a name or a list's item opens with (`1.`, `2、`, `（1）`,
    `①`: `vocab.NAME_NUMBER_SIGNS` …; of an outline number `1.1.2 `, its last part); else
    (None, ``)."""
    if printed[:1] in vocab.NAME_NUMBER_SIGNS:
        return vocab.NAME_NUMBER_SIGNS[printed[0]], printed[1:]
    printed = unicodedata.normalize("NFKC", printed)
    close = vocab.NAME_NUMBER_BRACKETS.get(printed[:1])
    digits = printed[1 if close else 0 :]
    number = digits[: len(digits) - len(digits.lstrip("0123456789"))]
    after = digits[len(number) :]
    if not number or len(number) > 2:
        return None, ""
    for outline in () if close else _OUTLINES:
        if found := outline.match(digits):
            return int(found["last"]), digits[found.end() :]
    if close and after[:1] == close:
        return int(number), after[1:]
    if not close and after[:1] in vocab.NAME_NUMBER_ENDS and not after[1:2].isdigit():
        return int(number), after[1:]
    return None, ""


def points_and_score(cell: str) -> tuple[str, str] | None:
    """The points and the score of a cell under a `分值/得分` label (`10/8`, `100分/97.5分`);
    None for any other cell."""
    match = _POINTS_PAIR.fullmatch(matchable(cell))
    return (match["weight"], match["score"]) if match else None


def printed_deduction(cell: str) -> re.Match | None:
    """A 得分 cell printing the points taken off its 分值 (`DEDUCTION_WORDS`): `扣0.5分` (the
    points as `off`), or a score with them in brackets, `8.5（扣1.5分）` (`score`, `off_noted`),
    the reason written in the brackets too (`4（未按期完成扣1分）`)."""
    return _DEDUCTION.fullmatch(matchable(cell))


def is_number(cell: str) -> bool:
    return bool(_NUMBER.match(fold(cell)))


@functools.lru_cache(maxsize=2**14)
def _cell_class(cell: str) -> str | None:
    text = matchable(cell)
    if not text:
        return None
    if (
        text in vocab.OPERATOR_WORDS
        or text in vocab.QUALITATIVE_WORDS
        or text in vocab.VALUE_TYPE_WORDS
    ):
        return "operator"
    if text in vocab.DIRECTION_WORDS:
        return "direction"
    if is_number(text):
        return "number"
    return "text"


def is_value_word(cell: str) -> bool:
    """Whether a cell holds a word of the split value columns (an operator, `定量`, `定性`, a
    direction) or a bare number: what a row shifted left prints under another column, no name."""
    return _cell_class(cell) not in (None, "text")


# Share of a column's filled cells that must agree before its content overrides its label.
CONTENT_MAJORITY = 0.6


def content_role(cells: list[str]) -> str | None:
    """`operator` or `direction` when most filled cells of a column are such words, else None."""
    classes = [c for c in map(_cell_class, cells) if c is not None]
    for role in ("operator", "direction"):
        if classes and classes.count(role) / len(classes) >= CONTENT_MAJORITY:
            return role
    return None


def states_value_type(cells: list[str]) -> bool:
    """Whether a column's filled cells say what kind each value is (定量, 定性, 是/否), most of
    them, and never how to compare it (`指标值类型(定量/定性)` beside a 计算符号 column; a row
    under the table, a sign-off's `单位负责人：***`, may print other text in it)."""
    words = [text for text in map(matchable, cells) if text]
    typed = sum(text in vocab.VALUE_TYPE_WORDS or text in vocab.QUALITATIVE_WORDS for text in words)
    return (
        typed >= len(words) * CONTENT_MAJORITY
        and typed > 0
        and not any(text in vocab.OPERATOR_WORDS for text in words)
    )


def looks_like_values(cells: list[str]) -> bool:
    """Whether a column of unknown label holds target values (mostly numbers or short words)."""
    classes = [c for c in map(_cell_class, cells) if c is not None]
    return bool(classes) and classes.count("number") / len(classes) >= CONTENT_MAJORITY / 2
