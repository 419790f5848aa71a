"""Read floor, vocabulary: how a raw file's bytes tell its format and its text encoding, and
what to say about a format the build does not read.

`pipeline.read.formats` compiles these tables, and `pipeline.read.text.decode` (with the web
page reader, for the charset a page declares) the encodings; they hold no magic numbers or
names of their own.
"""

# Control characters a word processor or a converter leaves inside a line of text where a cell's
# line broke (a tab-separated export keeps them): the vertical tab that is Word's manual line
# break, the form feed a PDF converter writes at a page break, and Unicode's line and paragraph
# separators. They are text's own, not a binary file's bytes, and a cell holding one is that
# many lines, joined as a cell's lines are (`pipeline.read.grid.unmarked`).
CELL_LINE_BREAKS = "\x0b\x0c\u2028\u2029"
# ... but the form feed opening a line is the page break `pdftotext` writes before a page's first
# line: no cell's, dropped, the line's other characters where they stand.
PAGE_BREAK = "\x0c"

# Leading bytes -> format. ZIP and OLE2 are containers, told apart by what they hold (below).
MAGIC = {
    b"%PDF": "pdf",
    b"PK\x03\x04": "zip",
    b"PK\x05\x06": "zip",  # an empty archive: its end record only
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "ole2",
    b"Rar!\x1a\x07": "archive",
    b"7z\xbc\xaf\x27\x1c": "archive",
    b"{\\rtf": "rtf",  # Rich Text Format, which office systems save under a .doc name
}

# A ZIP holding this member is an Office document of that format; any other ZIP is an archive.
ZIP_MEMBERS = {
    "xl/workbook.xml": "xlsx",
    "word/document.xml": "docx",
    "xl/workbook.bin": "xlsb",
    "OFD.xml": "ofd",  # GB/T 33190 fixed-layout document (`pipeline.read.ofd`)
}
# ISO/IEC 29500 Strict (Word's and Excel's "Strict Open XML 文档/电子表格") names a package's
# namespaces and relationship types `http://purl.oclc.org/ooxml/<group>/<name>[/<type>]`; the
# readers know the transitional names, `http://schemas.openxmlformats.org/<group>/2006/<name>`,
# spelt so but for these names.
STRICT_ROOT = "http://purl.oclc.org/ooxml/"
TRANSITIONAL_ROOT = "http://schemas.openxmlformats.org/"
STRICT_NAMES = {
    "extendedProperties": "extended-properties",
    "customProperties": "custom-properties",
}
# An OpenDocument file says its kind in its first member, `mimetype`.
OPENDOCUMENT_TYPES = {
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.oasis.opendocument.text": "odt",
}

# An OLE2 file holding a stream of this name (UTF-16LE in its directory) is of that format.
OLE2_STREAMS = {
    "EncryptedPackage": "encrypted",
    "Workbook": "xls",
    "Book": "xls",
    "WordDocument": "doc",
}

# An Office 2003 XML document is an XML file whose root element is one of these (namespace and
# name): Excel's XML 电子表格 2003 (SpreadsheetML) and Word's XML 文档 2003 (WordprocessingML),
# as Java and .NET systems export a sheet or fill in a Word template, served as `.xls`/`.doc`.
OFFICE_2003_ROOTS = {
    "{urn:schemas-microsoft-com:office:spreadsheet}Workbook": "spreadsheetml",
    "{http://schemas.microsoft.com/office/word/2003/wordml}wordDocument": "wordml",
}
# Word 2007 and later's "Word XML 文档" (Flat OPC; a template engine fills one in and a system
# serves it as `.doc` or `.xml`) is an Office package flattened into one XML file: a root
# `pkg:package` in this namespace, each part a `pkg:part` named as the member it stands for
# (`pkg:name="/word/document.xml"`, read by `ZIP_MEMBERS` as a ZIP's member is), with its XML in
# a `pkg:xmlData` or its bytes base64 in a `pkg:binaryData`.
FLAT_PACKAGE = "http://schemas.microsoft.com/office/2006/xmlPackage"
# LibreOffice's flat OpenDocument files (`.fods`, `.fodt`): one XML file whose root
# `office:document` holds what a package's `content.xml` does, its type in its
# `office:mimetype` attribute (`OPENDOCUMENT_TYPES`).
FLAT_OPENDOCUMENT_ROOT = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}document"
FLAT_OPENDOCUMENT_TYPE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}mimetype"
# SpreadsheetML's named number formats (a style's `NumberFormat ss:Format`), as the format codes
# they print in; any other name is a format code itself (`#,##0.00`, `0%`).
SPREADSHEETML_FORMATS = {
    "General": "General",
    "General Number": "General",
    "Fixed": "0.00",
    "Standard": "#,##0.00",
    "Percent": "0.00%",
}

# How an HTML page starts, after a byte-order mark and white space (compared lower-cased).
HTML_STARTS = ("<!doctype html", "<html", "<head", "<body", "<table", "<meta", "<!--", "<?xml")
# The ARIA roles a web page's `<div>` table gives its parts (`html._roles_as_tables`): a
# component library draws a table so for screen readers, without `<table>` elements.
ARIA_ROLES = {
    "table": frozenset(("table", "grid", "treegrid")),
    "row": frozenset(("row",)),
    "cell": frozenset(("cell", "gridcell", "columnheader", "rowheader")),
}
# A Markdown text (`pipeline.read.markdown`): a pipe table's delimiter row, under its header
# row (`| --- | :---: |`, bars at its ends optional), or an HTML table in a text that is not a
# web page (a PDF-to-Markdown converter's, `<table>` after `# 标题` headings; compared
# lower-cased).
MARKDOWN_DELIMITER_ROW = r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?"
MARKDOWN_HTML_TABLE = "<table"
# The fences of a front matter block opening a Markdown text (a site generator's YAML: `title:`,
# `date:`): the line opening it, and the lines that may close it. Markdown renders none of it.
MARKDOWN_FRONT_MATTER_FENCES = ("---", ("---", "..."))
# A line of front matter: a key (`date:`), a value going on indented, or an item of a list.
MARKDOWN_FRONT_MATTER_LINE = r"[\w-]+\s*:|\s|-\s"
# A text whose cells are parted by bars, without tabs, delimiter row or rule lines
# (`pipeline.read.barred`): the bars (ASCII, full-width, a box drawing's without its rules), and
# how many lines of two bars or more make it a table.
CELL_BARS = "|｜│┃"
BARRED_TABLE_LINES = 3
# A rule line of a text table (an ASCII grid's `+----+`, a box drawing's `├──┼`) or a pipe
# table's delimiter row (`| --- | :---: |`): dashes and joins only, three dashes in a row at
# least (a row of empty cells, `│  │  │`, is none), and a join or a bar (a line of dashes alone,
# `--------`, is a separator a converter printed between a table's parts, no rule of a grid).
RULE_LINE = (
    r"(?=.*[|｜+┼├┤┬┴┌┐└┘│┃╋╬╠╣╦╩╔╗╚╝])"
    r"[|｜+:=\s\u2500-\u257f-]*[-=─━═┄┅┈┉╌╍]{3,}[|｜+:=\s\u2500-\u257f-]*"
)
# A web archive (MHTML: Excel's and Word's 单个文件网页, a browser's "save as .mht") or an
# e-mail saved as a file (`.eml`) is a MIME message: it starts with one of these header fields
# (compared lower-cased) and its header declares a multipart body (`multipart/related`, an
# e-mail's `multipart/alternative` or `multipart/mixed`) or a text one (a plain-text e-mail's
# `text/plain`, in base64 or quoted-printable GBK as mail clients send it), whose web page
# part, else its plain-text part, is read (`pipeline.read.mime`).
MHTML_STARTS = ("mime-version:", "from:", "subject:", "date:", "message-id:", "x-document-type:",
                "content-type:", "return-path:", "received:", "delivered-to:", "to:",
                "reply-to:", "x-mailer:")  # fmt: skip
MHTML_BODIES = ("content-type: multipart/", "content-type: text/")

# The field separators a CSV file may have, the one tried first first: a comma, or a semicolon
# as Excel writes "CSV" where the list separator is one (its numbers keep their commas bare).
CSV_DELIMITERS = (",", ";")
# The file name's own ending for CSV, and the share of its records a delimiter must split into
# two fields or more where they are not all one width (a hand-made or system-written file whose
# label row has a field more than its other rows).
CSV_SUFFIX = ".csv"
CSV_RAGGED_SHARE = 0.75
# Excel's separator line: a CSV's first line naming its delimiter (`sep=,`, `sep=;`), which Excel
# reads as no row, so that the file splits whatever the list separator of the machine opening it.
CSV_SEPARATOR_LINE = "sep="

# The legacy Chinese encodings a text without a byte-order mark that is not UTF-8 may be in, by
# family, each with the codecs that read it, the one tried first first: GB18030 (which holds
# GB 2312 and GBK), and Big5 as Taiwan's Windows writes it (cp950), then as Hong Kong's
# (Big5-HKSCS, whose extra characters cp950 cannot read). Nearly every byte pair of one family
# is a pair of the other: which family a text is in is told by which reading holds the words
# below. The first family is the one a text is read in when no reading holds them.
CHINESE_ENCODINGS = {
    "GB18030": ("gb18030",),
    "Big5": ("cp950", "big5hkscs"),
}
# Charsets a web page declares (as Python names them) that are read as a family above, as a
# browser reads them: a page saved as GBK is read as GB18030, one saved as Big5 as cp950.
DECLARED_CHARSETS = {
    "gb2312": "GB18030",
    "gbk": "GB18030",
    "gb18030": "GB18030",
    "big5": "Big5",
    "cp950": "Big5",
    "big5hkscs": "Big5",
}
# Labels of those charsets that browsers accept (the WHATWG Encoding Standard's) and Python's
# codecs do not know: a page declaring one is read in its family as well.
BROWSER_CHARSET_LABELS = {
    "x-gbk": "GB18030",
    "chinese": "GB18030",
    "csgb2312": "GB18030",
    "csiso58gb231280": "GB18030",
    "gb_2312-80": "GB18030",
    "iso-ir-58": "GB18030",
    "x-x-big5": "Big5",
    "cn-big5": "Big5",
    "csbig5": "Big5",
}
# Words every performance table prints (in simplified characters; a reading is compared after
# `pipeline.vocab.traditional.simplified`, so 項目 counts as 项目). A reading is the text's
# when it holds them `ENCODING_EVIDENCE` times or more and `ENCODING_MARGIN` times as often
# as the other reading: a wrong reading is a jumble of characters that spells them by chance
# at most once in a long table. Where both readings hold them and neither so, the file is
# refused; where neither holds them, it is read in the first family.
ENCODING_WORDS = ("项目", "指标", "绩效", "名称", "预算", "资金", "目标", "单位", "部门", "金额", "年度")  # fmt: skip
ENCODING_EVIDENCE = 2
ENCODING_MARGIN = 4
# The characters of a reading looked at for the words: the labels are at its top.
ENCODING_EVIDENCE_CHARACTERS = 20_000
# A text without a byte-order mark is UTF-16 when its NUL bytes (the high byte of each ASCII
# character: tabs, digits, line ends) are at odd offsets (little-endian) or at even ones
# (big-endian), for one character in `UTF16_ASCII_SHARE` or more (a table's are one in five),
# and `UTF16_NUL_MARGIN` times as often as at the others (the low byte of a character such as
# 一, U+4E00). A few stray NUL bytes in a UTF-8 or GB18030 file are damage, not UTF-16.
UTF16_ASCII_SHARE = 16
UTF16_NUL_MARGIN = 4

# What a file holds in a table that is not read as a cell, by the rule of the table's note
# naming it, and why it is not read (`pipeline.read.html.Shown`).
UNREAD_CELLS = {
    "hidden_cells_skipped": "rows and cells the page hides (display:none) that hold text, not "
    "read (a browser neither shows nor prints them)",
    "placeholder_cells_skipped": "cells showing a content control's placeholder text, read "
    "empty (a template's prompt where a value goes, which Word shows grey)",
}

# The classes a front-end table component gives the copy of its table it lays over the table's
# fixed columns (Element UI's `el-table__fixed`, Ant Design's, vxe-table's): the whole table again,
# its other columns' cells hidden, drawn over the table a browser shows under it. A saved page
# keeps the copy; it is no table of its own.
TABLE_OVERLAY_CLASSES = (
    "el-table__fixed", "el-table__fixed-right",
    "ant-table-fixed-left", "ant-table-fixed-right",
    "vxe-table--fixed-left-wrapper", "vxe-table--fixed-right-wrapper",
)  # fmt: skip

# A web page's link to an attached file (`<a href="…/附件11-1.xls">`) by the suffix of its
# address (compared lower-cased, query and fragment left out): a disclosure's page that holds
# its prose alone attaches its tables as such files, which its error names.
# Web pages of positioned text that converters make of a PDF's pages, read as its text layer
# (`pipeline.read.positioned`): per converter, the elements that are its pages (a selector, and
# the pattern their `id` must match, if any) and those inside a page that are its lines. A page
# holding a `<table>` is none of theirs. pdf2htmlEX: `<div class="pf">` pages of `<div
# class="t">` lines placed by classes, a line running on across cells (offsets between them).
# Poppler's `pdftohtml -c`: `<div id="page1-div">` pages of `<p>` blocks placed by their own
# style (`top`, `left`), a block's lines parted by `<br/>`; a block may run on across cells
# too, a space where the gap was (`8,650,000.00 完成城区…`), so its spaces part words as a
# PDF's do.
POSITIONED_PAGES: tuple[tuple[str, str, str], ...] = (
    ("div.pf", "", "div.t"),
    ("div[id]", r"page\d+-div", "p"),
)
# A `<br/>` inside a positioned line starts the next line as far below as its `line-height`
# says (newer Poppler writes one in the font's class), else this many font sizes lower (a
# browser's normal line height).
POSITIONED_LINE_HEIGHT = 1.2

ATTACHMENT_SUFFIXES = (".xls", ".xlsx", ".et", ".doc", ".docx", ".wps", ".pdf", ".ofd", ".csv",
                       ".zip", ".rar", ".7z")  # fmt: skip
# How many of the attachments the error names, the rest counted.
ATTACHMENTS_NAMED = 3

# Formats the build cannot read, with the one-line reason to give.
# An OFD whose package does not hold what its `OFD.xml` names.
OFD_DAMAGED = "damaged OFD: {detail}; open it in an OFD reader and print it to a PDF"

UNREADABLE = {
    "ole2": "an old Office/WPS binary document (.doc, .wps, .et): save it as .docx or .xlsx "
    "and put that in data/raw/",
    "encrypted": "a password-protected Office document: open it with its password, save it "
    "without one as .xlsx or .docx and put that in data/raw/",
    "archive": "a RAR/7z archive: unpack it into data/raw/",
    "xlsb": "an Excel binary workbook (.xlsb): open it in Excel or WPS, save it as .xlsx and "
    "put that in data/raw/",
    "opendocument": "an OpenDocument file that is no spreadsheet or text, or whose kind (its "
    "`mimetype` member) cannot be read: open it in LibreOffice or WPS, save it as .xlsx or .docx "
    "and put that in data/raw/",
    # Read member by member before the readers see it (`pipeline.read.archive`); a reader
    # handed one says what to do.
    "zip": "a ZIP archive: unpack it into data/raw/",
}

# Excel's built-in number formats by id (the ones a table's numbers use; others print as
# the number is stored). Custom formats are read from the workbook's styles.
BUILTIN_NUMBER_FORMATS = {
    1: "0",
    2: "0.00",
    3: "#,##0",
    4: "#,##0.00",
    9: "0%",
    10: "0.00%",
    # Negative numbers in brackets, or in red; a bracket's width of padding after the digits.
    37: "#,##0_);(#,##0)",
    38: "#,##0_);[Red](#,##0)",
    39: "#,##0.00_);(#,##0.00)",
    40: "#,##0.00_);[Red](#,##0.00)",
    # A Chinese Excel's own date formats, which it saves by id alone, with no `numFmt` saying
    # their code (the ids 27–36 and 50–58 are the locale's; its times are left out).
    **dict.fromkeys((27, 36, 50, 52, 57), 'yyyy"年"m"月"'),
    **dict.fromkeys((28, 29, 51, 53, 54, 58), 'm"月"d"日"'),
    31: 'yyyy"年"m"月"d"日"',
}

# Words of a level-2 or level-3 indicator name that make it a time indicator (时效指标,
# 完成时间, 实施期限): a bare number stored in a workbook in its target cell is read as the
# Excel date serial it then is, if it falls in these years (serial 32874 is 1990-01-01).
TIME_INDICATOR_WORDS = ("时效", "时间", "期限")
# The words a Chinese date format prints between its numbers (`yyyy"年"m"月"d"日"`, or the
# characters typed bare, `yyyy年m月`): a date cell in such a format reads as printed
# (`2024年11月`), not as `YYYY-MM-DD`.
DATE_FORMAT_WORDS = frozenset("年月日")
# A date format whose numbers only dots part (`yyyy.mm.dd`, `yyyy.m.d`) reads as printed too
# (`2024.12.20`, as Chinese forms write a date), not as `YYYY-MM-DD`.
DATE_FORMAT_DOTS = frozenset(".")
# ... and one whose numbers slashes part, the year first (`yyyy/m/d`: `2023/11/30`, as a Chinese
# Excel prints its short date); not a month or a day first (`m/d/yyyy`, a locale's choice).
DATE_FORMAT_SLASHES = frozenset("/")
DATE_SERIAL_YEARS = (1990, 2100)
# Excel's date systems, by the day 0 of their serials: the 1900 system's as Excel counts past
# its 1900-02-29; a workbook made on a Mac or set to "Use 1904 date system" counts from
# 1904-01-01, the same serial a date 1,462 days later.
DATE_SYSTEMS = {"1900": (1899, 12, 30), "1904": (1904, 1, 1)}
# An XLSX says which in xl/workbook.xml, `<workbookPr date1904="1"/>` (an xsd:boolean; no
# attribute is 1900), an XLS in its DATEMODE record (0 or 1; no record is 1900).
DATE_1904_ATTRIBUTE = {"1": "1904", "true": "1904", "0": "1900", "false": "1900"}
DATEMODE_VALUES = {0: "1900", 1: "1904"}
# The defined name an XLSX gives a sheet's print area (`localSheetId` names the sheet): the
# columns outside it are not printed (a template's check column beside the form).
PRINT_AREA = "_xlnm.Print_Area"

# The characters Word's 插入符号 (Insert Symbol) puts in from the Symbol font, by their code
# in that font: Word stores no text for them but `<w:sym w:font="Symbol" w:char="F0B3"/>` (the
# code, or the code in the private-use page F0xx). A symbol not here is read as the
# private-use character Word keeps it as (`\uf061` for its α), which no target reads.
SYMBOL_FONT_CHARACTERS = {
    0x25: "%",
    0x3C: "<",
    0x3D: "=",
    0x3E: ">",
    0xA3: "≤",
    0xB0: "°",
    0xB1: "±",
    0xB3: "≥",
    0xB4: "×",
    0xB8: "÷",
    0xB9: "≠",
    0xBB: "≈",
    0xD6: "√",
}
SYMBOL_FONTS = ("Symbol",)
# Word's private-use page for a symbol font's codes: F0B3 is the font's 0xB3; the codes a
# symbol font prints on it (a `.doc` run's or an `.odt` span's character in a Symbol font).
SYMBOL_PAGE = 0xF000
SYMBOL_CODES = range(SYMBOL_PAGE + 0x20, SYMBOL_PAGE + 0x100)

# RTF (`pipeline.read.rtf`): a font's character set (`\fcharsetN`) -> the code page of its bytes;
# a font of any other set (ANSI, default) takes the document's `\ansicpgN`.
RTF_CHARSET_CODEPAGES = {
    128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254, 177: 1255, 178: 1256,
    186: 1257, 204: 1251, 222: 874, 238: 1250,
}  # fmt: skip
# Destinations whose text is not printed in the body: tables of fonts' alternatives, colours
# and styles, the document's information, pictures, headers and footers, notes and comments,
# a field's instruction, lists' definitions, a shape's properties and the copy of a shape for
# older readers.
RTF_SKIPPED_DESTINATIONS = frozenset((
    "colortbl", "stylesheet", "info", "pict", "header", "headerl", "headerr", "headerf",
    "footer", "footerl", "footerr", "footerf", "footnote", "fldinst", "listtable",
    "listoverridetable", "rsidtbl", "generator", "xmlnstbl", "themedata", "colorschememapping",
    "latentstyles", "datastore", "object", "nonshppict", "revtbl", "filetbl", "annotation",
    "atnid", "atnauthor", "template", "docvar", "userprops", "sp", "shprslt", "falt",
))  # fmt: skip
# `{\*…}` destinations that are read all the same: a nested table's row definition, a shape
# (its text box).
RTF_READ_STARRED = frozenset(("nesttableprops", "shpinst"))

# How a data frame (pandas) writes a missing value in a table it writes out: a page scraped into
# one prints each empty cell so (`read.grid.without_headings`), and so does a sheet a converter
# read into one and wrote as a Markdown pipe table (markitdown, `DataFrame.to_markdown`;
# `read.markdown`), its empty and merged-away cells alike.
FRAME_MISSING_VALUES = frozenset(("NaN", "nan", "<NA>"))
# pandas' name for a column whose header cell is empty, `Unnamed: <n>` (n the column's number
# from 0; `_level_<k>` after it in a header of several rows). A sheet read into a data frame has
# its first row (often the form's title, in its first cell) for the columns' names, and written
# out as a pipe table that row is the header row: `| 绩效目标表 | Unnamed: 1 | Unnamed: 2 |`.
# A header naming its own columns so is a frame's (`read.markdown`).
FRAME_UNNAMED_COLUMN = r"Unnamed: (\d+)(?:_level_\d+)?"
