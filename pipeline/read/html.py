"""Read stage, HTML format: a web page -> the `CellTable`s of its performance tables.

Place in the pipeline: a format reader, before the layout readers (`pipeline.layouts`). The
page is decoded by the charset its `<meta>` declares (GB2312/GBK read as their superset
GB18030, Big5 as Windows and Hong Kong write it, cp950 or Big5-HKSCS), else by its BOM or its
bytes (UTF-8, then GB18030 or Big5: `pipeline.read.text.decode`); characters outside the
charset arrive as `&#N;` and the parser unescapes them.

The page is read as a browser shows it: an inline frame whose page is written into its
`srcdoc` attribute shows that page where it stands; a `<template>`, a `<noscript>` or a script
of markup (`<script type="text/html">`, an art-template a portal's script renders) holding a
table (a portal's script cloning a template into its article, a script viewer's fallback for a
browser without scripts) is read where it stands as a table the page hides is (below); and
elements the page's CSS lays out as a table (`display:table`, `table-row`, `table-cell`, by
their own style or a class of its `<style>` sheets: a front-end framework's `<div>` grid) are
read as the `<table>` they show, and so is an element laid out as a CSS grid of a known number
of columns (`display:grid`), its items filling it in order, spanning as their style says
(`grid-row:span 3`; one placed by its lines, `grid-column:2 / 4`, leaves the grid unread);
what a class of those sheets hides outside an `@media` block (`display:none`, or clipped out of
sight as text for screen readers only: `.sr-only`; the last of an element's class rules that
hides or shows it deciding) is hidden as if by its own style; the copy of a table a front-end
component (Element UI's `el-table`) lays over its fixed columns is no table of its own
(`_overlays_dropped`); a table's `<tfoot>` rows come after its other rows, wherever the page
writes them.

A site lays its page out with tables holding the real one: the tables read are the outermost whose
own cells print performance labels (a packed department header, `pipeline.vocab.labels`; an
indicator header row; two header-block labels, `pipeline.vocab.layout_labels`), and the innermost
others, which are set aside unless they print them (the site's navigation and footer). A table
nested in a read table's cell gives its rows after the row of that cell (a form whose indicators
are a table inside a cell). `rowspan`/`colspan` are expanded into a grid: a cell under a `rowspan`
is empty and marked merged (the layout readers fill it from above); a cell right of a `colspan` is
empty and not marked (filling it from above would copy another column's text). Columns left of the
first any of a read table's rows prints text in are dropped (`grid.without_margin`: a sheet's empty
margin column A pasted with it, which would leave its title row no row of one text), and so are a
sheet's row and column headings printed with it (`grid.without_headings`: `A B C` over it, its
rows' numbers down its left). Rows and cells the page hides (`display:none`: Excel's web page keeps
a sheet's hidden rows and columns so) are not read, a span over them counting them as the page
does; those holding text are named, with their text, in the table's `hidden_cells_skipped` note. A
table the page hides whole, itself or an element around it, is read unless it prints what a table
the page shows prints (a copy kept for printing would give its projects twice); a hidden table of
its own (a tab not open) is read. An element it hides inside a cell or a line (`<span
style="display:none">`: decoy characters a site guards its text with) prints nothing. A cell's
lines (`<br>`, `<p>`, line breaks in the source) are joined with nothing between CJK characters and
one space otherwise (`join_lines`). A saved form page's fields show their values: a text field's
`value`, a `<textarea>`'s text, a drop-down's selected option (`_chosen`); a hidden field and an
empty field's placeholder show none, and a button's label or value (a system page's
toolbar, `打印 导出Excel`) or a check box's value is no cell's. A ruby's
reading (`<rt>`, Word's 拼音指南 saved as a web page) prints above its characters and is not read with
them.

The text printed just above a table in the same container after any sentence of prose there
(its title, `单位:万元`, not the 情况说明 a document prints between two tables; a table
wrapped in elements that hold nothing else is in its wrapper's container), and its own
`<caption>` (printed above it, where an editor puts the title) becomes one-cell rows before
its rows, as a text rendering of the table shows them, and its notes and sign-off lines below
it (注：, 填表人, 审核意见: `lines.is_footer`; `填报单位：… 填报人：…`: `lines.signs_off`) one-cell
rows after them; the lines from
the first other one on are not the table's (the next table's title, or the document's prose
after its last table: 情况说明, 名词解释). A performance table that is the indicator part of
the form above it (a page that prints a form's header block and its indicator table as two
tables, no sentence of the document's prose between them) joins that form; a table
without labels of its own, or whose first row prints none (rows before the next form's
labels) or is the column labels row of the table before printed again, right after a
performance table, as wide and with nothing printed between them but page furniture (a page
number, `续表`), goes on with it (a table split at a page break, its header not repeated or
only its column labels).
The page a web archive or an e-mail (a MIME message: `pipeline.read.mime`) holds is its first
`text/html` part, decoded from its transfer encoding (quoted-printable or base64; `web_page`).
A page without a performance table fails; where its links attach files (`.xls`, `.pdf` …: a
disclosure whose page holds its prose alone, its tables attached), its error names them, to be
downloaded and read as files of their own.
`tables_in_flows`, which does this, `join_lines` and `printed_lines` serve the DOCX reader
too. Rows are addressed `table <n> r<k>` (n counts the performance `<table>`s of the page,
k the table's rows as read, a nested table's counted in), the lines around it
`table <n> above <k>` / `table <n> below <k>`.
A page a converter made of a PDF (pdf2htmlEX, Poppler's `pdftohtml -c`), no table in it, its
text placed line by line and its rules a picture, is read as that PDF's pages are
(`pipeline.read.positioned`), its rows addressed as a PDF's (`p<page> r<k>`).
"""

import codecs
import email
import email.policy
import re
from collections.abc import Iterator
from functools import partial
from html import escape

from selectolax.lexbor import LexborHTMLParser, LexborNode

from pipeline.cells import CellRow, CellTable
from pipeline.labels.columns import field_roles
from pipeline.labels.grid_rows import is_grid_header, is_packed
from pipeline.labels.lines import is_footer, is_prose, signs_off
from pipeline.read import grid, positioned
from pipeline.read.boxdrawn import box_html, box_parts
from pipeline.read.pdf import read_text_layers
from pipeline.read.text import ExtractError, decode
from pipeline.vocab import file_formats
from pipeline.vocab.labels import PERFORMANCE_WORD, is_page_furniture

_DECLARED = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_BLOCKS = frozenset(
    ("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
     "caption", "section", "article", "center", "blockquote", "dt", "dd")
)  # fmt: skip
_CELL_OR_PAGE = frozenset(("td", "th", "body", "html"))
# Elements whose text is no cell's: what a browser does not show, and a ruby's reading (`<rt>`,
# its fallback brackets `<rp>`: Word's 拼音指南 saved as a web page), printed above the
# characters it reads.
# A workbook's web page of several sheets (Excel writes `<meta name="Excel Workbook Frameset">`
# atop its frameset and its sheet tabs' page).
_WORKBOOK_FRAMESET = re.compile(rb"<meta\s+name=[\"']?Excel Workbook Frameset", re.IGNORECASE)
# Elements whose text is no document text: a program, styles, the page's head, a ruby's reading,
# and a button's label (`<button>打印</button>`: a system page's toolbar, saved with it).
_SKIPPED = frozenset(
    ("script", "style", "noscript", "template", "head", "title", "rt", "rp", "button")
)
# The types of a script that holds markup for the page's script to render, not a program
# (art-template's and Underscore's `text/html`, `text/template`, Vue's `text/x-template`, …).
_MARKUP_SCRIPTS = frozenset(
    ("text/html", "text/template", "text/x-template", "text/x-html-template",
     "text/x-handlebars-template", "text/x-jquery-tmpl", "text/x-art-template", "text/ng-template")
)  # fmt: skip
_SPACES = re.compile(r"[ \t\f\v\xa0]+")  # collapsed as a browser does (not U+3000)
_NOT_DISPLAYED = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_DISPLAY = re.compile(r"display\s*:\s*(table(?:-row|-cell)?|(?:inline-)?grid)\b", re.IGNORECASE)
# A rule hiding what it names: not displayed, invisible, or clipped to nothing (the text sites
# write for screen readers only, `.sr-only`).
_HIDING = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden"
    r"|clip\s*:\s*rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)"
    r"|clip-path\s*:\s*inset\(\s*50%\s*\)",
    re.IGNORECASE,
)
# A rule showing what it names, over a rule hiding it (`.active{display:block}`).
_SHOWING = re.compile(r"display\s*:\s*(?!none)[a-z]|visibility\s*:\s*visible", re.IGNORECASE)
# An `@media` block and the rules it holds (one level of braces inside).
_MEDIA_BLOCK = re.compile(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", re.IGNORECASE)
_GRID_COLUMNS = re.compile(r"grid-template-columns\s*:\s*([^;]+)", re.IGNORECASE)
_REPEAT = re.compile(r"repeat\(\s*(\d+)\s*,((?:[^()]|\([^()]*\))*)\)", re.IGNORECASE)
_TRACK = re.compile(r"[\w.%-]+\([^()]*\)|[^\s()]+")  # `minmax(4em,1fr)` is one track
_GRID_SPAN = re.compile(r"grid-(row|column)\s*:\s*span\s+(\d+)\s*(?:;|$)", re.IGNORECASE)
# A grid item placed by its lines (`grid-column:2 / 4`, `grid-area:…`), not by the flow.
_GRID_PLACED = re.compile(
    r"grid-(?:area|row|column)(?:-start|-end)?\s*:(?!\s*span\s+\d+\s*(?:;|$))", re.IGNORECASE
)
_CSS_RULE = re.compile(r"([^{}]*)\{([^{}]*)\}")  # selectors { declarations }
# Elements that print without text of their own (an image, a rule, a table, a form field).
_PRINTING = frozenset(("img", "hr", "table", "input", "select", "textarea", "svg", "canvas"))
_PRINTING_CSS = ", ".join(sorted(_PRINTING))
_OVERLAYS = ", ".join(f".{name}" for name in file_formats.TABLE_OVERLAY_CLASSES)
_CLASS_SELECTOR = re.compile(r"\.([\w-]+)\s*(?=,|$)")
# The form fields whose `value` a browser shows as a line of text in their place (a saved form
# page's values; a `hidden` field shows none, a button's or a check box's value is no cell's),
# and a `<textarea>` shows its text; a `<select>`, its chosen option (`_chosen`).
_TEXT_FIELDS = frozenset(("text", "number", "tel", "email", "url", "search", "date"))


Grid = list[tuple[tuple[str, ...], tuple[bool, ...]]]  # (cells, merged) per row


class Shown(list):
    """A table's grid as it is shown (`Grid`), with what its file holds there that is not read
    as a cell, as (rule, text) pairs: the rows and cells a page hides (`display:none`,
    `hidden_cells_skipped`), each `<tr> <k> (text | text)`, k counting the table's `<tr>`s; a
    Word content control's placeholder text (`placeholder_cells_skipped`). Each rule's texts
    are one note of the table (`file_formats.UNREAD_CELLS` says why they are not read)."""

    unread: tuple[tuple[str, str], ...] = ()


def read_html(source_file: str, data: bytes) -> tuple[CellTable, ...]:
    """The performance tables of one web page, in page order (see the module docstring); a
    page without any whose links attach files (`_attachments`) fails naming them. A page that
    a converter made of a PDF (pdf2htmlEX, `pdftohtml -c`: its text placed line by line, its
    rules a picture, no table in it) is read as that PDF (`pipeline.read.positioned`)."""
    tree = LexborHTMLParser(_decode(source_file, data))
    classes = partial(_stylesheet_classes, tree, always=True)
    if layers := positioned.text_layers(source_file, tree, classes):
        return read_text_layers(source_file, layers)
    try:
        return tables_in_flows(source_file, "HTML page", "<table>", _flows(source_file, tree))
    except ExtractError as error:
        linked = _attachments(source_file, data)
        if not linked:
            raise
        named = "; ".join(linked[: file_formats.ATTACHMENTS_NAMED])
        more = len(linked) - file_formats.ATTACHMENTS_NAMED
        reason = error.reason.partition("; ")[0]
        raise ExtractError(
            source_file,
            error.line,
            f"{reason}; it links {len(linked)} attached files ({named}"
            f"{f' and {more} more' if more > 0 else ''}): download those and read them",
        ) from None


def _attachments(source_file: str, data: bytes) -> list[str]:
    """The files a page's links attach, by the suffix of their address
    (`file_formats.ATTACHMENT_SUFFIXES`), each as the link prints it (else its address's
    last part): those naming a performance table (`绩效`) first, each in page order."""
    tree = LexborHTMLParser(_decode(source_file, data))
    linked = []
    for link in tree.css("a[href]"):
        address = (link.attributes.get("href") or "").split("#")[0].split("?")[0].strip()
        if address.lower().endswith(file_formats.ATTACHMENT_SUFFIXES):
            text = join_lines(_lines(link))
            linked.append(text or address.rsplit("/", 1)[-1])
    return sorted(dict.fromkeys(linked), key=lambda text: PERFORMANCE_WORD not in text)


def page_flows(source_file: str, data: bytes) -> list[list[str | Grid | None]]:
    """The flows of a web page's containers of the tables read (see the module docstring):
    their printed lines and table grids in order."""
    return _flows(source_file, LexborHTMLParser(_decode(source_file, data)))


def _flows(source_file: str, tree: LexborHTMLParser) -> list[list[str | Grid | None]]:
    """`page_flows` of the page parsed (its tree changed as the browser shows it)."""
    _frames_shown(tree)
    _scripted_tables_kept(tree)
    _classes_hidden(tree, _class_rules(tree, always=True))
    _overlays_dropped(tree)
    _grids_as_tables(tree, _stylesheet_classes(tree))
    _roles_as_tables(tree)
    _boxes_as_tables(tree)
    tables: dict[int, LexborNode] = {}  # a table read (or its wrapper) -> the table
    containers: dict[int, LexborNode] = {}
    nodes = tree.css("table")
    hidden = [_hidden_within(node) for node in nodes]
    shown = (
        {_said(n) for n, unseen in zip(nodes, hidden, strict=True) if not unseen}
        if any(hidden)
        else set()
    )
    for node, unseen in zip(nodes, hidden, strict=True):
        if unseen and _said(node) in shown:
            continue  # a hidden copy of a table the page shows (a print copy): read once
        if not _inside(node, tables) and (
            len(node.css("table")) == 1 or _is_performance(source_file, _grid(node, nested=False))
        ):
            wrapper = _unwrapped(node)
            tables[wrapper.mem_id] = node
            if wrapper.parent is not None:
                containers.setdefault(wrapper.parent.mem_id, wrapper.parent)
    # A paragraph holding a table (a page without a doctype nests a `<table>` in the `<p>`
    # before it) is read where it stands in its parent's flow, so the tables keep the page's
    # order.
    nested = {key for key, container in containers.items() if container.tag == "p"}
    flowing: dict[int, LexborNode] = {}
    for key, container in containers.items():
        if key in nested:
            container = container.parent
        flowing.setdefault(container.mem_id, container)
    return [list(_flow(container, tables, nested)) for container in flowing.values()]


def _frames_shown(tree: LexborHTMLParser) -> None:
    """Each inline frame whose page is written into its `srcdoc` attribute (an article viewer
    embedding an uploaded page) replaced by that page's body, where the browser shows it."""
    for frame in tree.css("iframe[srcdoc]"):
        body = LexborHTMLParser(frame.attributes.get("srcdoc") or "").body
        _replaced(frame, f"<div>{body.inner_html if body else ''}</div>", "div")


def _scripted_tables_kept(tree: LexborHTMLParser) -> None:
    """Each `<template>`, `<noscript>` and script of markup (`_MARKUP_SCRIPTS`) holding a table
    replaced by a hidden `<div>` of what it holds: a page's script shows a template's content
    (a portal cloning its tables into the article, or rendering an art-template's), a browser
    without scripts the `<noscript>`'s (a viewer's fallback), so their tables are read as a
    table the page hides is, unless one prints what a shown table prints."""
    for node in tree.css("template, noscript, script[type]"):
        kind = (node.attributes.get("type") or "").strip().lower()
        if node.tag == "script" and kind not in _MARKUP_SCRIPTS:
            continue
        markup = node.html or ""
        held = markup[markup.find(">") + 1 : markup.rfind("<")]
        if "<table" in held.lower():
            _replaced(node, f"<div style='display:none'>{held}</div>", "div")


def _stylesheet_classes(tree: LexborHTMLParser, always: bool = False) -> dict[str, str]:
    """Each class the page's `<style>` sheets name alone in a selector -> the declarations of
    those rules (`_class_rules`, `always` as there)."""
    classes: dict[str, str] = {}
    for name, declarations in _class_rules(tree, always):
        classes[name] = f"{classes.get(name, '')};{declarations}"
    return classes


def _class_rules(tree: LexborHTMLParser, always: bool = False) -> list[tuple[str, str]]:
    """(class, declarations) for each class the page's `<style>` sheets name alone in a
    selector, in the sheets' order; `always`: of the rules that hold whatever the medium and
    the window's width (not inside an `@media` block: a site's print sheet hides its
    navigation, a narrow window's its desktop table)."""
    rules = []
    for sheet in tree.css("style"):
        text = _MEDIA_BLOCK.sub("", sheet.text()) if always else sheet.text()
        for selectors, declarations in _CSS_RULE.findall(text):
            rules += [(name, declarations) for name in _CLASS_SELECTOR.findall(selectors)]
    return rules


def _grids_as_tables(tree: LexborHTMLParser, classes: dict[str, str]) -> None:
    """Each element the page's CSS lays out as a table (`display:table`, by its `style` or a
    class of a `<style>` sheet: a front-end framework's `<div class="table">`) replaced by the
    `<table>` it shows: its descendants laid out as rows (`display:table-row`) become `<tr>`s,
    their children laid out as cells (`display:table-cell`) `<td>`s. An element laid out as a
    grid of a known number of columns (`display:grid`, `grid-template-columns:repeat(5,auto)`)
    becomes the table its children fill, each in the next free place a browser puts it in
    (row by row, spanning the rows and columns its style says: `grid-row:span 3`), unless one
    names its own place (`grid-column:2 / 4`: not read, no table) or it holds a table (a
    page's layout: its sidebar beside its article). `classes`: the page's
    (`_stylesheet_classes`)."""

    def declared(node: LexborNode) -> str:
        """The node's classes' declarations, then its own style (which wins, read last)."""
        names = (node.attributes.get("class") or "").split()
        own = node.attributes.get("style") or ""
        return ";".join([*(classes[name] for name in names if name in classes), own])

    def display(node: LexborNode) -> str:
        shown = _DISPLAY.findall(declared(node))
        return shown[-1].lower() if shown else ""

    for node in reversed(tree.css("div, section, ul, ol, dl")):  # the innermost first
        if node.parent is None:
            continue
        if display(node) in ("grid", "inline-grid"):
            if node.css_first("table") is not None:  # a page's layout around its tables
                continue
            table = _grid_table(node, _track_count(declared(node)))
            if table:
                _replaced(node, table, "table")
            continue
        if display(node) != "table":
            continue
        rows = [row for row in node.traverse() if row is not node and display(row) == "table-row"]
        cells = ["".join(f"<td>{cell.inner_html}</td>" for cell in row.iter()
                         if display(cell) == "table-cell") for row in rows]  # fmt: skip
        if rows:
            _replaced_by_rows(node, cells)


def _roles_as_tables(tree: LexborHTMLParser) -> None:
    """Each element of a table's ARIA role (`role="table"`, `"grid"`: a component library's
    `<div>` table, drawn by flex boxes) replaced by the `<table>` its roles say: its descendants
    of the row role become `<tr>`s, and their descendants of a cell's role (`cell`,
    `columnheader` …, `file_formats.ARIA_ROLES`) `<td>`s spanning the rows and columns their
    `aria-rowspan`/`aria-colspan` say, each in the next free place (as a `<table>`'s are); one
    holding a `<table>` (a grid widget's role on the element around its table) is left alone."""
    roles = file_formats.ARIA_ROLES
    for node in reversed(tree.css("[role]")):  # the innermost first
        if node.attributes.get("role") not in roles["table"] or (
            node.tag == "table" or node.css_first("table") is not None
        ):
            continue  # a `<table>` says its own rows and cells (a widget's role on its wrapper)
        rows = [row for row in node.traverse() if row.attributes.get("role") in roles["row"]]
        cells = [
            "".join(
                f"<td{_aria_spans(cell)}>{cell.inner_html}</td>"
                for cell in row.traverse()
                if cell.attributes.get("role") in roles["cell"]
            )
            for row in rows
        ]
        if rows:
            _replaced_by_rows(node, cells)


def _aria_spans(cell: LexborNode) -> str:
    """A cell's `rowspan`/`colspan` attributes from its `aria-rowspan`/`aria-colspan`."""
    spans = []
    for name in ("rowspan", "colspan"):
        count = (cell.attributes.get(f"aria-{name}") or "").strip()
        if count.isdigit() and int(count) > 1:
            spans.append(f" {name}={count}")
    return "".join(spans)


def _boxes_as_tables(tree: LexborHTMLParser) -> None:
    """Each `<pre>` holding a table drawn with box-drawing characters (`boxdrawn.box_parts`)
    replaced by the lines and `<table>`s it prints."""
    for node in tree.css("pre"):
        parts = box_parts(node.text(deep=True))
        if parts is None:
            continue
        shown = "".join(
            f"<p>{escape(part[1])}</p>" if isinstance(part, tuple) else box_html(part)
            for part in parts
        )
        _replaced(node, f"<div>{shown}</div>", "div")


def _replaced(node: LexborNode, markup: str, tag: str) -> None:
    """The node replaced, where it stands, by the `tag` element `markup` writes (a `<table>`
    rebuilt from what the page shows as one, a `<div>` of what a frame or `<pre>` holds)."""
    node.replace_with(LexborHTMLParser(markup).css_first(tag))


def _replaced_by_rows(node: LexborNode, rows: list[str]) -> None:
    """The node replaced by a `<table>` of `rows`, each the markup of a row's `<td>`s."""
    _replaced(node, "<table>" + "".join(f"<tr>{row}</tr>" for row in rows) + "</table>", "table")


def _classes_hidden(tree: LexborHTMLParser, rules: list[tuple[str, str]]) -> None:
    """Each element that its classes' rules hide whatever the medium (`rules`:
    `_class_rules(always=True)`: `display:none`, `visibility:hidden`, or clipped to nothing as
    the text sites write for screen readers only, `.sr-only{clip:rect(0,0,0,0)}`) marked hidden
    by its own style, as the page shows it: not read. The last of its classes' rules that
    hides or shows it decides (`.tab-pane{display:none}` then `.active{display:block}`), and
    its own style over them."""
    hiding = {name for name, declarations in rules if _HIDING.search(declarations)}
    if not hiding:
        return
    for node in tree.css("[class]"):
        names = set((node.attributes.get("class") or "").split())
        if not hiding & names or _SHOWING.search(node.attributes.get("style") or ""):
            continue
        hidden = False
        for name, declarations in rules:
            if name in names and (_HIDING.search(declarations) or _SHOWING.search(declarations)):
                hidden = bool(_HIDING.search(declarations))
        if hidden:
            node.attrs["style"] = f"{node.attributes.get('style') or ''};display:none"


def _overlays_dropped(tree: LexborHTMLParser) -> None:
    """The copies of a table a front-end table component lays over its fixed columns
    (`file_formats.TABLE_OVERLAY_CLASSES`) taken out: a saved page keeps each, the whole
    table again over the one a browser shows, which would give its projects twice."""
    for node in tree.css(_OVERLAYS):
        node.decompose()


def _track_count(declarations: str) -> int:
    """The number of columns `grid-template-columns` lays out (each `repeat(N, …)` N times its
    tracks), 0 where the declarations set none or leave it to the page's width
    (`repeat(auto-fill, …)`)."""
    templates = _GRID_COLUMNS.findall(declarations)
    if not templates or "auto-f" in templates[-1]:
        return 0
    template = templates[-1]
    count = sum(
        int(times) * len(_TRACK.findall(tracks)) for times, tracks in _REPEAT.findall(template)
    )
    return count + len(_TRACK.findall(_REPEAT.sub(" ", template)))


def _grid_table(node: LexborNode, width: int) -> str:
    """The `<table>` a grid of `width` columns shows (see `_grids_as_tables`), "" where it
    cannot be told: no column count, a child placed by its own lines, a span wider than the
    grid."""
    taken: set[tuple[int, int]] = set()
    rows: dict[int, list[str]] = {}
    row = column = 0
    for child in node.iter():
        style = child.attributes.get("style") or ""
        if not width or _GRID_PLACED.search(style):
            return ""
        spans = {axis.lower(): int(count) for axis, count in _GRID_SPAN.findall(style)}
        down, across = spans.get("row", 1), spans.get("column", 1)
        if across > width:
            return ""
        while column + across > width or any(
            (row + r, column + c) in taken for r in range(down) for c in range(across)
        ):
            row, column = (row + 1, 0) if column + across >= width else (row, column + 1)
        taken.update((row + r, column + c) for r in range(down) for c in range(across))
        rows.setdefault(row, []).append(
            f"<td rowspan={down} colspan={across}>{child.inner_html}</td>"
        )
        column += across
    if not rows:
        return ""
    return (
        "<table>"
        + "".join(f"<tr>{''.join(rows.get(r, []))}</tr>" for r in range(max(rows) + 1))
        + "</table>"
    )


def archived_page(source_file: str, data: bytes) -> bytes:
    """The web page a web archive holds (`web_page`); an error where it holds none."""
    page = web_page(email.message_from_bytes(data, policy=email.policy.compat32))
    if page is None:
        raise ExtractError(
            source_file,
            1,
            "a MIME message (.mht, .eml) without a web page; open it and save the page as .html",
        )
    return page


def web_page(message: email.message.Message) -> bytes | None:
    """A MIME message's web page (its first `text/html` part), decoded from its transfer
    encoding, with the part's charset declared if the page declares none; None without one.
    A workbook's archive (Excel's 单个文件网页 of several sheets: its first page a frameset, a
    page a sheet) is its sheets' pages as one, in order, the frameset and its sheet tabs left
    out (`_WORKBOOK_FRAMESET`)."""
    pages = []
    for part in message.walk():
        if part.get_content_type() == "text/html":
            page = part.get_payload(decode=True)
            charset = part.get_content_charset()
            if charset and not _DECLARED.search(page[:4096]):  # the part's charset, if the
                page = f'<meta charset="{charset}">'.encode() + page  # page declares none
            pages.append(page)
    if len(pages) > 1 and _WORKBOOK_FRAMESET.search(pages[0][:4096]):
        return _sheets_joined(
            [page for page in pages if not _WORKBOOK_FRAMESET.search(page[:4096])]
        )
    return pages[0] if pages else None


def _sheets_joined(pages: list[bytes]) -> bytes:
    """The pages of a workbook's sheets as one page (UTF-8): their styles, then their bodies in
    order."""
    trees = [LexborHTMLParser(_decode("sheet.htm", page)) for page in pages]
    styles = "".join(node.html or "" for tree in trees for node in tree.css("style"))
    bodies = "".join(tree.body.inner_html or "" for tree in trees if tree.body is not None)
    return (
        f'<html><head><meta charset="utf-8">{styles}</head><body>{bodies}</body></html>'
    ).encode()


def _inside(node: LexborNode, tables: dict[int, LexborNode]) -> bool:
    """Whether a table is inside one already read."""
    read = {table.mem_id for table in tables.values()}
    parent = node.parent
    while parent is not None and parent.mem_id not in read:
        parent = parent.parent
    return parent is not None


def _unwrapped(table: LexborNode) -> LexborNode:
    """The outermost element that holds nothing but the table (`<div class=table-wrap>`), and
    elements that print nothing (a component's empty column definitions, a hidden resize
    line: Element UI's `el-table`): the lines around it are the table's."""
    node = table
    while (
        (parent := node.parent) is not None
        and parent.tag not in _CELL_OR_PAGE
        and not any(
            child.mem_id != node.mem_id and not _blank(child)
            for child in parent.iter(include_text=True)
        )
    ):
        node = parent
    return node


def _blank(node: LexborNode) -> bool:
    """Whether a node prints nothing: white space, or an element holding no text, no table and
    no image, or hidden (`_hides`)."""
    if not node.is_element_node:
        return not (node.text_content or "").strip()
    if _hides(node):
        return True
    return not node.text().strip() and node.tag not in _PRINTING and not node.css(_PRINTING_CSS)


def _flow(
    container: LexborNode, tables: dict[int, LexborNode], nested: set[int]
) -> Iterator[str | Grid | None]:
    """The container's printed lines and table grids in order, those of a paragraph holding a
    table read (`nested`) where it stands."""
    for child in container.iter(include_text=True):
        if child.mem_id in tables:
            table = tables[child.mem_id]
            for caption in (node for node in table.iter() if node.tag == "caption"):
                yield from _lines(caption, gaps=True)
            yield _grid(table)
        elif child.mem_id in nested:
            yield from _flow(child, tables, nested)
        elif child.is_element_node and child.css("table"):
            yield None
        elif not (child.is_element_node and _hides(child)):
            yield from _lines(child, gaps=True)


def tables_in_flows(
    source_file: str, what: str, element: str, flows: list[list[str | Grid | None]]
) -> tuple[CellTable, ...]:
    """The performance tables of a document as `CellTable`s, from its flows: the contents of
    each container in order, each item a printed line, a table's grid, or None for a table
    that is not read (it holds other tables). `what` names the format and `element` its
    tables in the error for a document without any performance table.

    A grid is a performance table by its labels; the lines above it back to the previous
    table become one-cell rows before its rows, the lines below it up to the next table after
    them (only the sign-off lines, when that next table is a performance table too); a
    performance table that is the indicator part of the form above it joins that form.
    """
    parts: list[tuple[Grid, list, list[tuple[str, str]]]] = []  # (grid, rows, unread) a table
    others: list[list] = []  # rows of the data tables set aside
    number = 0
    for flow in flows:
        flow, kept = _layout_tables_as_lines(source_file, flow)
        follows = _follows(flow, kept)
        for at, item in enumerate(flow):
            if not kept[at] and parts and isinstance(item, list) and _goals_only(item):
                kept[at] = _indicator_part(parts[-1][0], flow, kept, at)
            if not kept[at]:
                if isinstance(item, list) and _is_data(item):
                    others.append([(f"other table {len(others) + 1} r{k}", c, m)
                                   for k, (c, m) in enumerate(item, 1)])  # fmt: skip
                continue
            number += 1
            above, below = _around(flow, kept, at)
            rows = [
                *((f"table {number} above {k}", (text,), ()) for k, text in enumerate(above, 1)),
                *((f"table {number} r{k}", c, m) for k, (c, m) in enumerate(item, 1)),
                *((f"table {number} below {k}", (text,), ()) for k, text in enumerate(below, 1)),
            ]
            unread = list(getattr(item, "unread", ()))
            if parts and (follows[at] or _indicator_part(parts[-1][0], flow, kept, at)):
                parts[-1][0].extend(item)
                parts[-1][1].extend(rows)
                parts[-1][2].extend(unread)
            else:
                parts.append((list(item), rows, unread))
    if not parts:
        raise ExtractError(
            source_file,
            1,
            f"{what} without a performance table (no {element} with 项目名称 or 绩效指标 "
            "labels); save the document that shows the table itself",
        )
    tables, line = [], 0
    for index, (rows, unread) in enumerate(
        [(rows, unread) for _, rows, unread in parts] + [(rows, []) for rows in others]
    ):
        cell_rows = []
        for location, cells, merged in rows:
            line += 1
            cell_rows.append(CellRow(cells=cells, line=line, location=location, merged=merged))
        cell_rows = grid.without_margin(grid.without_headings(cell_rows))
        tables.append(CellTable(source_file, index, grid.printed_title(cell_rows),
                                tuple(cell_rows), _unread_notes(index, cell_rows[0].line, unread)))  # fmt: skip
    return tuple(tables)


def _layout_tables_as_lines(source_file: str, flow: list) -> tuple[list, list[bool]]:
    """The flow with each table that is no performance table, no data (`_is_data`), no rest
    of the table before it (`_follows`) and no part of a form (a cell a label: `年度绩效目标 |
    保障运转`) as its cells' texts, one line each in reading order, as a text rendering prints
    them: a page lays out the line over its table as a table of one row (`部门名称：… | 单位：
    元`), whose unit the table's amounts are in. Beside it, per item, whether it is a
    performance table."""
    kept = [isinstance(item, list) and _is_performance(source_file, item) for item in flow]
    out: list = []
    out_kept: list[bool] = []
    for item, performance, goes_on in zip(flow, kept, _follows(flow, kept), strict=True):
        if isinstance(item, list) and not (
            performance or goes_on or _is_data(item) or _field_roles(item)
        ):
            lines = [text.strip() for cells, _ in item for text in cells if text.strip()]
            out += lines
            out_kept += [False] * len(lines)
        else:
            out.append(item)
            out_kept.append(performance)
    return out, out_kept


def _unread_notes(index: int, line: int, unread: list[tuple[str, str]]) -> tuple:
    """A table's notes of what its file holds that is not read as a cell (`Shown.unread`):
    one per rule, at the table's first line, its texts in the message and as evidence."""
    notes = []
    for rule, why in file_formats.UNREAD_CELLS.items():
        if texts := [text for kind, text in unread if kind == rule]:
            notes.append((rule, line, f"table {index + 1}: {why}: {'; '.join(texts)}",
                          "; ".join(texts)))  # fmt: skip
    return tuple(notes)


def _follows(flow: list, kept: list[bool]) -> list[bool]:
    """Per item of a flow, whether it is a table that goes on with the performance table just
    before it: nothing printed between them but page furniture (a page number, `续表`:
    `labels.is_page_furniture`), and either as wide with no labels of its own (none before its
    rows), or opening with the column labels row of the table before printed again, however
    wide (a table that Word or a page split in two at a page break, the second part without
    the header or under its column labels again, possibly going on into the next form); `kept`
    is updated to read it."""
    follows = [False] * len(flow)
    for at in range(1, len(flow)):
        start = at
        while start > 1 and isinstance(flow[start - 1], str) and is_page_furniture(flow[start - 1]):
            start -= 1
        item, before = flow[at], flow[start - 1]
        if not (isinstance(item, list) and item and isinstance(before, list) and kept[start - 1]):
            continue
        rows, rows_before = [c for c, _ in item], [c for c, _ in before]
        if (_width(item) == _width(before) or grid.repeats_labels(rows, rows_before)) and (
            not kept[at] or grid.goes_on(rows, rows_before)
        ):
            kept[at] = follows[at] = True
    return follows


def _width(grid: Grid) -> int:
    return max(len(cells) for cells, _ in grid)


def _is_data(grid: Grid) -> bool:
    """Whether a table that is not a performance table holds data (two rows of two cells or
    more with text), rather than laying out a page (a navigation bar, a footer line)."""
    return sum(sum(bool(cell.strip()) for cell in cells) >= 2 for cells, _ in grid) >= 2


def _around(flow, kept: list[bool], at: int) -> tuple[list[str], list[str]]:
    """The lines above the table at `at` of a flow after the last sentence of prose there, and
    the lines below it that are its own: its notes and sign-off lines (`_signs_off`), up to the
    first other line (the next table's title, or the document's prose after its last table)."""
    above = _lines_above(flow, at)
    start = at - len(above)
    if start > 0 and kept[start - 1]:
        while above and _signs_off(above[0]):
            above.pop(0)
    # The document's prose above it (a 情况说明 between two tables), up to its last sentence,
    # is not the table's: its lines start after it.
    above = above[1 + max((k for k, text in enumerate(above) if is_prose(text)), default=-1) :]
    end = at + 1
    while end < len(flow) and isinstance(flow[end], str):
        end += 1
    below = list(flow[at + 1 : end])
    return above, below[
        : next((k for k, text in enumerate(below) if not _signs_off(text)), len(below))
    ]


def _signs_off(text: str) -> bool:
    """Whether a line below a table is its own: a note or sign-off line (`lines.is_footer`),
    or a line of sign-off labels each with its value (`填报单位：某局　填报人：徐**　联系电话：…`,
    `lines.signs_off`: 填报单位 alone names the department above a table)."""
    return is_footer(text) or signs_off((text,))


def _lines_above(flow: list, at: int) -> list[str]:
    """The lines printed between the item at `at` of a flow and the table or start before."""
    start = at
    while start > 0 and isinstance(flow[start - 1], str):
        start -= 1
    return list(flow[start:at])


def _decode(source_file: str, data: bytes) -> str:
    """The page's text: by the charset it declares (a Chinese one as the family that holds it,
    `file_formats.DECLARED_CHARSETS`: GBK as GB18030, Big5 as cp950 or Big5-HKSCS; by the
    labels browsers accept too, `x-gbk`), else by its bytes."""
    declared = _DECLARED.search(data[:4096])
    if declared and not data.startswith(
        (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    ):
        label = declared.group(1).decode("ascii").strip().lower()
        try:
            name = codecs.lookup(label).name
        except LookupError:
            name = None
        family = file_formats.BROWSER_CHARSET_LABELS.get(label)
        family = family or file_formats.DECLARED_CHARSETS.get(name or "")
        # A declaration read as ASCII cannot be true of UTF-16/32 bytes (browsers ignore it).
        if (family or name) and not (name or "").startswith(("utf-16", "utf-32")):
            for codec in file_formats.CHINESE_ENCODINGS[family] if family else (name,):
                try:
                    return data.decode(codec)
                except UnicodeDecodeError:
                    continue  # a page whose declaration is wrong: read by its bytes below
    try:
        return decode(source_file, data)[0]
    except ExtractError as error:
        raise ExtractError(
            source_file,
            error.line,
            "HTML page in no charset it declares nor UTF-8 nor GB18030 (binary or damaged "
            "bytes); download the page again or save it as UTF-8",
        ) from None


def _grid(table: LexborNode, nested: bool = True) -> Shown:
    """The table's rows as a grid, spans expanded: (cells, merged) per `<tr>`; the rows of a
    table nested in a cell follow the row of that cell (not `nested`: left out). A row or a
    cell the page hides (`display:none`, as Excel writes a sheet's hidden rows and columns)
    is not in it, a span over it counting it as the page does; its text is in `hidden`."""
    spans: dict[int, int] = {}  # column -> rows still covered by a rowspan from above
    unseen: set[int] = set()  # columns whose rowspan from above is of a hidden cell
    columns = _columns_hidden(table)
    rows, hidden = Shown(), []
    for k, tr in enumerate(_rows(table), 1):
        places: list[tuple[str, bool, bool]] = []  # (text, merged, shown) per column
        inner: Grid = []
        for td in (child for child in tr.iter() if child.tag in ("td", "th")):
            while spans.get(len(places), 0) > 0:
                _cover(places, spans, unseen)
            rowspan, colspan = _span(td, "rowspan"), _span(td, "colspan")
            displayed = not _hides(td)
            # A cell spanning a hidden column (its title merged across from column A) shows its
            # text in the first column shown.
            start = len(places)
            first = next((k for k in range(colspan) if start + k not in columns), 0)
            for offset in range(colspan):
                if rowspan > 1:
                    spans[len(places)] = rowspan - 1
                    (unseen.discard if displayed else unseen.add)(len(places))
                places.append((_cell_text(td) if offset == first else "", False, displayed))
            if nested and displayed:
                inner.extend(row for child in _tables_in(td) for row in _grid(child))
        while any(count > 0 for column, count in spans.items() if column >= len(places)):
            if spans.get(len(places), 0) > 0:
                _cover(places, spans, unseen)
            else:
                places.append(("", False, True))
        if _hides(tr):
            places = [(text, mark, False) for text, mark, _ in places]
        places = [(text, mark, shown and at not in columns)
                  for at, (text, mark, shown) in enumerate(places)]  # fmt: skip
        if texts := [text for text, _, shown in places if text and not shown]:
            hidden.append(f"<tr> {k} ({' | '.join(texts)})")
        if any(shown for *_, shown in places):
            rows.append((
                tuple(text for text, _, shown in places if shown),
                tuple(mark for _, mark, shown in places if shown),
            ))  # fmt: skip
            rows.extend(inner)
    rows.unread = tuple(("hidden_cells_skipped", text) for text in hidden)
    return rows


def _columns_hidden(table: LexborNode) -> set[int]:
    """The columns a table's own `<col>`s hide (`<col width=0 style='display:none'>`: Excel's
    web page hides a sheet's hidden column so, its cells themselves unstyled), counted with
    their `span`s, a `<colgroup>` without `<col>`s standing for its own span."""
    hidden: set[int] = set()
    at = 0
    for child in table.iter():
        if child.tag == "colgroup":
            cols = [col for col in child.iter() if col.tag == "col"]
            group = [(col, _hides(col) or _hides(child)) for col in cols] or [
                (child, _hides(child))
            ]
        elif child.tag == "col":
            group = [(child, _hides(child))]
        else:
            continue
        for col, hides in group:
            span = _span(col, "span")
            if hides:
                hidden.update(range(at, at + span))
            at += span
    return hidden


def _cover(places: list[tuple[str, bool, bool]], spans: dict[int, int], unseen: set[int]):
    """The next place of a row, covered by a rowspan from above: empty, merged, hidden when
    the cell spanning it is."""
    spans[len(places)] -= 1
    places.append(("", True, len(places) not in unseen))


def _hidden_within(node: LexborNode) -> bool:
    """Whether the page hides an element or one it stands in (`_hides`)."""
    while node is not None:
        if _hides(node):
            return True
        node = node.parent
    return False


def _said(node: LexborNode) -> str:
    """An element's text without white space: what two copies of a table print alike."""
    return "".join(node.text().split())


def _hides(node: LexborNode) -> bool:
    """Whether the page hides an element (`style="display:none"`)."""
    return bool(_NOT_DISPLAYED.search(node.attributes.get("style") or ""))


def _rows(table: LexborNode) -> Iterator[LexborNode]:
    """The table's own rows, not those of tables nested in its cells, in the order a browser
    prints them: its `<tfoot>`'s after the others wherever the page writes it (HTML 4 wanted
    it before the `<tbody>`s)."""
    feet: list[LexborNode] = []
    for child in table.iter():
        if child.tag == "tr":
            yield child
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows = [row for row in child.iter() if row.tag == "tr"]
            if child.tag == "tfoot":
                feet.extend(rows)
            else:
                yield from rows
    yield from feet


def _tables_in(cell: LexborNode) -> list[LexborNode]:
    """The tables nested in a cell, not those nested in them."""
    found = []
    for table in cell.css("table"):
        parent = table.parent
        while parent is not None and parent.mem_id != cell.mem_id and parent.tag != "table":
            parent = parent.parent
        if parent is not None and parent.mem_id == cell.mem_id:
            found.append(table)
    return found


def _span(td: LexborNode, name: str) -> int:
    digits = re.match(r"\s*(\d+)", td.attributes.get(name) or "")
    return max(1, min(int(digits.group(1)), 1000)) if digits else 1


def _is_performance(source_file: str, shown) -> bool:
    """Whether a table's grid is a performance table's, its cells judged as the text they stand
    for (`_unmarked`: `**项目名称**` is 项目名称)."""
    rows = _unmarked(shown)
    table = CellTable(source_file, 0, None, tuple(CellRow(cells, 0) for cells in rows))
    return is_packed(table) or len(_field_roles(shown)) >= 2 or _has_indicators(rows)


def _indicator_part(grid, flow: list, kept: list[bool], at: int) -> bool:
    """Whether the table at `at` of a flow is the indicator part of the form `grid` above it
    (`_continues`), no prose of the document printed between them (a 决算's 情况说明 between
    its 项目支出决算表 and a 部门整体支出绩效自评表 under its own title), nor a table set aside
    (a 政府采购预算表 between a 项目支出表 and a list of one indicator a row)."""
    before = next((k for k in range(at - 1, -1, -1) if isinstance(flow[k], list)), None)
    return (
        (before is None or kept[before])
        and _continues(grid, flow[at])
        and not any(map(is_prose, _lines_above(flow, at)))
    )


def _field_roles(grid) -> set[str]:
    """The roles of the labels a table's cells print, each cell's first."""
    return {role for cells in _unmarked(grid) for text in cells for role in field_roles(text)[:1]}


def _goals_only(grid) -> bool:
    """Whether a table prints a form's goals and no other label (`年度绩效目标 | 1.保障…`): a
    part of the form above it when it goes on with it (`_indicator_part`: a department's form
    published as a table for each of its parts under its own heading)."""
    roles = _field_roles(grid)
    return bool(roles) and all(role.startswith("goal_") for role in roles)


def _continues(grid, following) -> bool:
    """Whether a table is a further part of the form above it, which prints no indicator
    columns yet: the page printed a form's header block and its goals or indicator table as
    tables of their own (a title line between them: `二、年度总体目标完成情况` over `预期目标 |
    实际完成情况`), the part naming no project of its own above its indicator columns."""
    if _has_indicators(_unmarked(grid)):
        return False
    below = _unmarked(following)
    header = next((k for k, cells in enumerate(below) if is_grid_header(cells)), len(below))
    return not any(
        "project_name" in field_roles(text) for cells in below[:header] for text in cells
    )


def _has_indicators(rows: list[tuple[str, ...]]) -> bool:
    """Whether rows of cells (`_unmarked`) hold an indicator header row."""
    return any(map(is_grid_header, rows))


def _unmarked(shown) -> list[tuple[str, ...]]:
    """A grid's rows of cells as the text their markup left as text stands for
    (`grid.unmarked`), as every reader's cells are read after (`pipeline.read`)."""
    return [tuple(map(grid.unmarked, cells)) for cells, _ in shown]


def _cell_text(node: LexborNode) -> str:
    return join_lines(_lines(node))


def join_lines(lines) -> str:
    """A cell's lines as one text: white space runs collapsed, then joined as every reader
    joins a cell's lines (`grid.join_lines`)."""
    return grid.join_lines(_SPACES.sub(" ", part) for part in lines)


def printed_lines(text: str) -> list[str]:
    """A line printed around a table as the lines it holds: a tab or a run of three or more
    spaces (`&nbsp;` padding) separates two, as a page pads `部门名称:某区教育局` and
    `单位:万元` apart on one line; line breaks in the source inside a part are joined."""
    text = "\n".join(line.strip() for line in text.split("\n"))
    return [part for part in (join_lines(p.split("\n")) for p in grid.PADDING.split(text)) if part]


def _lines(node: LexborNode, gaps: bool = False) -> list[str]:
    """The lines a browser shows for a node: block elements and `<br>` break lines; a line
    break in the source inside a line is joined like a cell's lines (`join_lines`); with
    `gaps`, a line is split where it is padded (`printed_lines`)."""
    lines, current = [], []
    for piece in [*_pieces(node), None]:
        if piece is not None:
            current.append(piece.replace("\t", " "))
        elif current:
            text = "".join(current)
            lines.extend(
                printed_lines(text) if gaps else filter(None, [join_lines(text.split("\n"))])
            )
            current = []
    return lines


def _pieces(node: LexborNode) -> Iterator[str | None]:
    """The text pieces of a node in order, None where a line breaks."""
    if node.is_text_node:
        yield node.text_content or ""
    elif node.tag in ("br", "table"):  # a nested table's text is not its cell's
        yield None
    elif node.tag == "input":
        if (node.attributes.get("type") or "text").lower() in _TEXT_FIELDS:
            yield node.attributes.get("value") or ""
    elif node.tag == "select":
        yield _chosen(node)
    elif node.is_element_node and node.tag not in _SKIPPED:
        block = node.tag in _BLOCKS
        if block:
            yield None
        for child in node.iter(include_text=True):
            if not (child.is_element_node and _hides(child)):  # a decoy in a hidden span
                yield from _pieces(child)
        if block:
            yield None


def _chosen(select: LexborNode) -> str:
    """The text a drop-down list shows: its `selected` option's, else its first option's; an
    option of an empty `value` is the list's prompt (`请选择`), no value chosen."""
    options = select.css("option")
    option = next(
        (o for o in options if "selected" in o.attributes), options[0] if options else None
    )
    if option is None or option.attributes.get("value") == "":
        return ""
    return option.text(deep=True)
