"""Extract stage, vocabulary: the words that mark a table's title, header, columns, money
units (with their exact factor to 万元) and page furniture.

The labels of indicator columns, which mark the layouts the packed reader hands to the layout
readers, are the layout readers' own (`pipeline.vocab.layout_labels`).

Every variant a clerk or a PDF converter writes is listed here once, as data. The extract and
normalize stages compile these tables; they hold no label words of their own.
"""

import functools
import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal

from pipeline.vocab.traditional import simplified

# Header labels by the column they name, the usual label first. A header cell is matched after
# `compact_label` (white space removed, full-width brackets folded), so `项目名称(资金使用单位)` and
# `项目名称 （资金使用单位）` are the same label.
COLUMN_LABELS: dict[str, tuple[str, ...]] = {
    "funding_unit": ("资金使用单位", "使用单位", "预算单位", "单位名称"),
    "project_name": (
        "项目名称(资金使用单位)",
        "项目名称",
        "项目名称/资金使用单位",
        "资金使用单位/项目名称",
        "单位名称/项目名称",
        "项目(资金使用单位)",
    ),
    "total_amount": (
        "总计",
        "合计",
        "金额合计",
        "资金总额",
        "总金额",
        "年度资金总额",
        "预算金额",
        # A disclosure's own word for the project's budget (闽侯: `序号 | 项目名称 | 资金使用单位 |
        # 预算数 | 年度绩效目标 | 绩效指标`). Not 项目金额: a list one indicator a row heads its
        # money so beside a 绩效指标 spanning its levels (临沂).
        "预算数",
    ),
    "fiscal_appropriation": ("财政拨款", "财政拨款资金", "一般公共预算拨款", "财政资金"),
    "fiscal_special_account": ("财政专户拨款", "财政专户管理资金", "财政专户资金"),
    "other_funds": ("其他资金", "其他", "单位自有资金"),
    "performance_goal": ("绩效目标", "年度绩效目标", "项目绩效目标", "总体目标"),
    "indicators": ("绩效指标", "绩效指标值", "项目绩效指标"),
}

# The columns holding money, in the order a row reconciles them: total = the other three.
AMOUNT_COLUMNS = ("total_amount", "fiscal_appropriation", "fiscal_special_account", "other_funds")

# A header row must name at least these; the rest are optional.
REQUIRED_COLUMNS = ("project_name", "total_amount")
# The most cells a packed header printed one cell a line is looked for in (the seed's has 7).
PACKED_HEADER_MAX_CELLS = 16

# How the names of organisations end, so that a 资金使用单位's subtotal row is told from a
# project that happens to have no goal or indicators written.
UNIT_NAME_SUFFIXES = (
    "局", "委", "委员会", "办", "办公室", "中心", "站", "所", "院", "队", "馆", "处", "室",
    "部", "部门", "厅", "社", "会", "校", "学", "园", "场", "台", "署", "府", "机关", "本级", "单位",
)  # fmt: skip

# The first cell of the grand-total row.
GRAND_TOTAL_WORDS = ("合计", "总计", "合计金额")
# ... and of a 资金使用单位's subtotal row printed after its projects, or beside its name in a
# column of the units (`某局 | 小计 | 131.50`), or after the unit's name in one cell
# (`潮州市特殊教育学校小计 | 46.80`, `资金使用单位小计`).
SUBTOTAL_WORDS = ("小计",)

# Words that make a short line the table's title (above the header, or repeated on a page).
TITLE_WORDS = ("绩效目标表", "绩效目标申报表")
TITLE_MAX_LENGTH = 60
# A title of a table that is no performance table (`某局2024年项目支出表`, `…政府采购预算表`):
# a line ending as a table's name does, naming no 绩效 as a performance table's title does.
TABLE_NAME_END = "表"
PERFORMANCE_WORD = "绩效"

# `部门名称：…` and its variants; `单位：万元`, `金额单位:元`, `（单位：元）` give the currency unit.
DEPARTMENT_LABELS = ("部门名称", "部门", "单位名称", "预算单位", "主管部门")
CURRENCY_LABELS = ("单位", "金额单位")

# The unit every amount is stored in; a table that prints no unit is read in it.
STORED_CURRENCY_UNIT = "万元"

# The money units a table prints (`单位：元`, `总计（千元）`, `97.00万元`), each with its exact
# factor to 万元: 3,309,840.53 元 is 330.984053 万元.
CURRENCY_UNITS: dict[str, Decimal] = {
    "元": Decimal("0.0001"),
    "千元": Decimal("0.1"),
    "万元": Decimal(1),
    "百万元": Decimal(100),
    "千万元": Decimal(1000),
    "亿元": Decimal(10000),
    "人民币元": Decimal("0.0001"),
    "人民币万元": Decimal(1),
}

# Currency signs an amount cell may print before its figure (`¥186,400.00`; the full-width `￥`
# is `¥` after NFKC): a sign names no magnitude, the unit still comes from the cell, label or table.
CURRENCY_SIGNS = ("¥", "RMB")

# What a 单位 line may name as its unit: a short word ending in 元. One not listed above
# (`美元`, `万美元`) is still read as the table's unit, and reported, never taken for 万元.
CURRENCY_WORD_END = "元"
CURRENCY_WORD_MAX_LENGTH = 6
# A note may state the unit in a sentence: `注：本表金额单位为元。`
CURRENCY_NOTE_VERBS = ("为", "是")

# Sign-off lines below a table: who filled it in, checked and signed it, and how to reach them
# (`填表人：张三  联系电话：0714-8888888`, `审核人 | 李四`, `单位负责人（签字）：`). The label is a
# sign-off only as a word of its own, followed by a colon, a bracket, white space or nothing
# (`is_sign_off`): `审核人员培训次数` and `联系人次` are indicators.
SIGN_OFF_LABELS = (
    "制表人", "制表", "制表单位", "制表日期", "填表人", "填报人", "填表日期", "填报日期", "报送日期",
    "审核人", "复核人", "审批人", "经办人", "负责人", "单位负责人", "财务负责人", "项目负责人",
    "主要负责人", "分管领导", "主管领导", "联系人", "联系电话", "填报单位（盖章）", "填报单位(盖章)",
    # Who filled the form in and how to reach them, one label (吉林's city form: `填报人及联系电话：`).
    "填报人及联系电话", "填表人及联系电话", "联系人及电话", "联系人及联系电话",
    # The opinions signed under a form (衔接资金 forms: `主管部门审核意见： | 财政部门审核意见：`).
    "审核意见", "主管部门审核意见", "财政部门审核意见", "主管部门意见", "财政部门意见",
    # Who evaluated a project, under a department's evaluation (部门评价) of it.
    "评价组组长", "评价组成员", "评价人", "评价日期",
)  # fmt: skip
SIGN_OFF = re.compile(rf"(?:{'|'.join(map(re.escape, SIGN_OFF_LABELS))})(?:[:：(（\s]|$)")
# How a cell's text ends where it goes on, its clause left open (compared after NFKC: `，` is
# `,`): a converter that writes a cell's line break as a bare line break (Word's text of a cell
# holding one: `完成3处，` over `另有1处在建 | 10 | 7.5`) leaves the rest on the next line. Not a
# colon: a label ends with one over the row of its values (`按收入性质分: | 按支出性质分:`).
CLAUSE_OPEN_ENDS = (",", "、", ";")
# How a sentence ends (after NFKC): free text (a 偏差原因) ending without one whose rest, alone on
# the next line, ends with one (`…部分劳动力外出` over `采挖，务工人数减少；…用工。`) was wrapped.
SENTENCE_ENDS = ("。", "!", "?", ".")
# How a document's sentence introducing what follows ends (after NFKC): `现将…绩效目标公开如下：`
# over the table, prose and no title of it.
INTRODUCTION_ENDS = ("如下:", "如下")
# Lines below a table that are about it, not in it: notes (and sign-offs, `is_sign_off`).
NOTE_PREFIXES = ("注：", "注:", "备注：", "备注:", "说明：", "说明:", "填表说明", "填报说明")

# A page's number among the pages (`第 4 页 共 9 页`, `第1页/共2页`, the count in brackets:
# `第1页（共2页）`), as hosting sites and PDF printers print it; 頁 in a mirror's traditional
# characters, where the marker is glued to a word whose text is not simplified.
PAGE_OF_PAGES = (
    r"第\s*\d+\s*[页頁]\s*[,，/／]?\s*(?:共\s*\d+\s*[页頁]|[(（]\s*共\s*\d+\s*[页頁]\s*[)）])",
    r"共\s*\d+\s*[页頁]\s*[,，/／]?\s*第\s*\d+\s*[页頁]",
)
# The mark a table broken over pages prints at the top of the next one, before its column
# labels again (`续表`, `续表1`, `（续上表）`, a colon after it as a line introducing the rest:
# `续表：`).
CONTINUED_TABLE_MARKS = ("续表", "续上表", "接上表", "续前表")
# A table's title printed again at the top of the next page with a continued mark in brackets
# at its end (`…部门整体支出绩效目标表(续)`): the same table goes on, no new one starts.
CONTINUED_TITLE = re.compile(
    rf".{{2,{TITLE_MAX_LENGTH}}}[(（](?:续|{'|'.join(CONTINUED_TABLE_MARKS)})\s*\d*[)）]"
)
# The running header a disclosure prints at the top of every page: who, the year and which
# document (`城固县2024年部门预算公开`, `2023年度部门决算`); never a table's title, which
# names the table (TITLE_WORDS) and so ends otherwise.
RUNNING_HEADER_DOCUMENTS = (
    "部门预算", "部门决算", "单位预算", "单位决算", "预算公开", "决算公开", "部门预算公开",
    "部门决算公开", "单位预算公开", "单位决算公开", "预算信息公开", "决算信息公开",
    "部门预算信息公开", "部门决算信息公开", "单位预算信息公开", "单位决算信息公开",
    # A performance disclosure's own: `高台县农业农村局 2021年度绩效自评结果公开`.
    "绩效信息公开", "绩效目标公开", "绩效自评公开", "绩效自评结果公开", "绩效评价结果公开",
)  # fmt: skip
# The number a disclosure prints above each of its tables (`公开11表`, `预算06表`, `表3-1`,
# `附表2`, `附件1`): the documents that number them (the 部门决算 software's forms `财决05表`,
# `Z01表`, `Z11-1表` among them), then the forms of the number. Not in Chinese numerals:
# Chongqing's `表十二` begins its table's title (`layout_labels.TITLE_WORDS`).
TABLE_NUMBER_DOCUMENTS = ("公开", "预算", "决算", "部门预算", "部门决算", "部门公开", "财决", "Z")
_TABLE_NUMBER = r"\d{1,2}(?:\s*[-－—]\s*\d{1,2})?"
TABLE_NUMBERS = (
    rf"(?:{'|'.join(TABLE_NUMBER_DOCUMENTS)})?\s*(?:附?表|附件)\s*{_TABLE_NUMBER}",
    rf"(?:{'|'.join(TABLE_NUMBER_DOCUMENTS)})\s*{_TABLE_NUMBER}\s*表",
    # A document's one attachment, not numbered (`附件` over the form).
    "附件",
)
# A table's number printed before its title on the line of the title (`表11 西昌市2022年项目支出
# 绩效目标表`, `公开11表：…`), parted from it by white space or one of these marks: no word of
# the title.
NUMBER_TITLE_MARKS = ":：、.．"
NUMBERED_TITLE = re.compile(
    rf"(?:{'|'.join(TABLE_NUMBERS)})(?:\s*[{NUMBER_TITLE_MARKS}]\s*|\s+)(?=\S)"
)
# The heading of a part of a disclosure (`第四部分 附件`, `第六部分：附件`, `第三部分 情况说明`,
# `第二部分 2024年部门预算表`), printed above the table or prose that opens it: the document's, no
# table's title; a name of a few words without a sentence's punctuation.
PART_NUMERALS = "一二三四五六七八九十"
DOCUMENT_PART = (
    rf"第[{PART_NUMERALS}\d]{{1,3}}部分(?:\s*[：:]?\s*[^\s，。；,;：:][^，。；,;：:]{{0,19}})?"
)
# A numbered heading of a document's section printed over a table's title (`一、项目支出绩效目标`,
# `（一）项目名称：…`), or a caption numbering its project by the word (`项目1：` and a short
# name) or naming the 部门整体 table's (`部门整体：某局`): the document's, no title of the table
# when a line under it names the table.
# The quotes CJK text sets round its words, printed narrow (`整治“六乱”点位`): where a cell's
# lines meet next to one, they join with no space, as CJK characters do (`grid.join_lines`).
CJK_QUOTES = "“”‘’「」『』"
# The colon between a label and its value printed in one word (`预算单位：某局`).
LABEL_COLON = re.compile("[:：]")
# A line stating a field above a table's title (`年度：2025`, `区划：新宁县本级`, `附件：`): its
# label, a colon, and its value if any; passed over for a title line below it.
LABELLED_LINE = re.compile(r"\s*[^:：]{1,10}[:：].*")
SECTION_HEADING = re.compile(
    rf"\s*(?:[（(][{PART_NUMERALS}]{{1,3}}[)）]|[{PART_NUMERALS}]{{1,3}}[、.．]"
    rf"|项目\s*[\d{PART_NUMERALS}]{{1,3}}\s*[：:、.．]|部门整体\s*[：:]).*"
)
# ... and one numbered in digits (`2.某项目`), a heading only over a row that opens a form: in a
# grid the same line may be an indicator's numbered name (`2.群众满意度`).
NUMBERED_HEADING = re.compile(r"\s*\d{1,3}\s*[、.．]\s*\S.*")
# The code a budget system prints atop a form it exports (`报表编号：510000_0013zp`, `表号：Z11`):
# its labels; the code is letters, digits and marks.
FORM_CODE_LABELS = ("报表编号", "报表编码", "报表号", "表号", "表单编号")
FORM_CODE = rf"(?:{'|'.join(FORM_CODE_LABELS)})\s*[:：]\s*[0-9A-Za-z_\-.]+"
# Lines a PDF converter leaves between pages: page numbers in their usual forms, continued-table
# marks, tables' numbers and the headings of a disclosure's parts, each matched against the
# whole line (one alternation, compiled once).
_PAGE_OF = (*PAGE_OF_PAGES, r"第\s*\d+\s*页", r"\d+\s*/\s*\d+")
# The marks a page number is printed between (`- 3 -`, `— 3 —`, `·3·`, `•3•`).
PAGE_NUMBER_MARKS = "-－—–·•・‧"
PAGE_FURNITURE = re.compile(
    "|".join(
        f"(?:{pattern})"
        for pattern in (
            *_PAGE_OF,
            rf"[{PAGE_NUMBER_MARKS}]\s*\d+\s*[{PAGE_NUMBER_MARKS}]",
            r"(?i:page)\s*\d+(\s*(?i:of)\s*\d+)?",
            r"\d{1,3}",
            rf"[(（]?(?:{'|'.join(CONTINUED_TABLE_MARKS)})\s*\d*[)）]?[:：]?",
            *TABLE_NUMBERS,
            DOCUMENT_PART,
            FORM_CODE,
        )
    )
)
# A running header between a table's rows (not on a cover page, where the same words are the
# document's title): who, up to RUNNING_HEADER_WHO_LENGTH characters (a department with a
# second name in brackets, `三明市沙县区商务局（三明市沙县区粮食和物资储备局）`), then the year and
# the document.
RUNNING_HEADER_WHO_LENGTH = 40
RUNNING_HEADER = re.compile(
    rf"[^\t]{{0,{RUNNING_HEADER_WHO_LENGTH}}}?\d{{4}}\s*年度?\s*"
    rf"(?:{'|'.join(RUNNING_HEADER_DOCUMENTS)})"
)


def is_running_header(text: str) -> bool:
    """Whether a line names the document and its year as a running header does
    (`RUNNING_HEADER`): between a table's rows, page furniture; above its first row, the
    heading that titles it."""
    return bool(RUNNING_HEADER.fullmatch(simplified(text.strip())))


# Page furniture is short; longer lines are not matched against it at all (but for a running
# header, which ends with the document's name).
PAGE_FURNITURE_MAX_LENGTH = 30
# A table's rule a text converter drew in characters between its rows (`----------`,
# `+------+------+`, `══════`): no text, at least RULE_LINE_FEWEST of these characters. Not `_`
# nor `…`: a template's blank to fill in and its placeholder are of those.
RULE_CHARS = "-=—–─━═┄┅┈┉+|┼├┤"
RULE_LINE_FEWEST = 6
RULE_LINE = re.compile(rf"[{re.escape(RULE_CHARS)}\s]*")
# The mark a PDF-to-Markdown converter prints between pages (Marker's paginated output: the
# page's number in braces on a rule of dashes, `{3}----------`).
PAGE_SEPARATOR = re.compile(r"\{\d+\}\s*-{3,}")
# The mark a browser prints on each page of a hosting site's page: the page's address (of a
# page saved and opened from a disk too, `file:///`), or the site's name (its ending here)
# before a page number of `_PAGE_OF` (`http://www.shz.gov.cn/zwgk/… 2/3`,
# `石河子市人民政府网 第2页 共3页`), apart from it by white space: a name glued to the page
# number is a cell's text ending in one of these words with the marker glued to it
# (`供水管网第27页 共99页`, the end of a wrapped name).
SITE_NAME_ENDINGS = ("网", "网站", "门户")
SITE_FURNITURE = re.compile(
    rf"(?:https?://|file:///|www\.)\S+(?:\s+(?:{'|'.join(_PAGE_OF)}))?"
    rf"|\S+(?:{'|'.join(SITE_NAME_ENDINGS)})\s+(?:{'|'.join(_PAGE_OF)})"
)

# What a hosting site's article page prints around its table, kept by a page saved as text: the
# breadcrumb (`首页 > 政务公开 > …`, `当前位置：`), the publication line (`发布时间：2024-05-20 10:32
# 来源：… 浏览次数：326`), the font and print links (`【字体：大 中 小】 打印本页 关闭窗口`), the links to
# the previous and next articles (`上一篇：2023年度…绩效自评报告`), the pager of an article cut into
# pages (`首页 上一页 1 2 下一页 尾页`), the site's footer (`主办：…`, `本站由…主办`, `版权所有`) and the links
# back (`返回目录` atop each sheet of a workbook whose 目录 sheet links to its sheets, `返回首页`,
# `【打印本页】 【关闭窗口】`): a line opening with one of these, white space aside, is page
# furniture, of any length (a next article's title may name a 绩效自评表 without being one).
ARTICLE_FURNITURE_OPENINGS = (
    "首页>", "当前位置", "您现在的位置", "您的位置", "发布时间", "发布日期", "【字体", "字体:",
    "打印本页", "关闭窗口", "上一篇", "下一篇", "主办:", "主办单位", "版权所有", "网站标识码",
    "返回目录", "返回首页", "返回顶部", "返回列表", "【打印", "【关闭", "首页上一页", "上一页",
    # The footer saying who runs the site (`本站由无棣县人民政府办公室主办　繁体版`) and where
    # (`地址：明水县明水镇 邮编：151700`), a document site's notice and copyright under a copied
    # table (`本文由网友上传至…，如有侵权请联系删除`, `Copyright©2025…版权所有`).
    "本站由", "本网站由", "网站主办", "地址:", "本文由", "Copyright", "COPYRIGHT", "copyright", "©",
    # The record of an article on a 政府信息公开 page, above or below its text (`索引号：
    # 115303…-2026-0042`, `发布机构：陆良县水务局`, `主题分类：财政预决算`).
    "索引号", "信息索引号", "发布机构", "主题分类", "成文日期", "发文机关", "公开方式", "公开范围",
    # ... and the publication line's parts printed one a line (`信息来源：明光市教育体育局`,
    # `阅读次数：305`).
    "信息来源", "阅读次数", "浏览次数", "点击数", "点击次数", "访问次数",
    # The QR code of the page's mobile version under the article (`扫一扫在手机打开当前页`).
    "扫一扫在手机", "用手机扫描二维码", "手机扫一扫",
)  # fmt: skip

# The header a browser prints at the top of each page of a web page: the date (and time) it was
# printed, then the page's title (`2018/3/20 下午3:25 宝塔区…2018年部门预算公开`; in an English
# browser month/day/year and AM/PM, `12/1/26, 2:51 AM`); its footer is the page's address and
# number (SITE_FURNITURE).
PRINT_DATE = (
    r"(?:\d{4}/\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}/\d{2}(?:\d{2})?,?)"
    r"(?:\s*(?:上午|下午)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?"
)
# A site's link to the file its article attaches (`附件：某局2025年部门整体支出绩效目标表.pdf`):
# no title of a table, though it names one.
ATTACHMENT_LINK = re.compile(
    r"(?:相关)?附件\s*\d*\s*[:：]?.+\.(?:pdf|xlsx?|docx?|wps|et|ofd|zip|rar)", re.IGNORECASE
)
# A site's registration number in its footer (`黑ICP备0*******号　网站标识码：…`, `京ICP证…`).
SITE_REGISTRATION = re.compile(r".{0,2}ICP[备证].*", re.IGNORECASE)
# A system's or site's breadcrumb whatever its first place (`湖南省预算管理一体化系统 > 绩效管理 >
# 绩效自评 > 项目支出绩效自评`): three places or more, each words that open with no figure or sign,
# between `>`, `›` or `»` with space around (after NFKC).
BREADCRUMB_MARKS = ">›»"
BREADCRUMB = re.compile(
    rf"[^\d{BREADCRUMB_MARKS}≥≤<=%][^{BREADCRUMB_MARKS}%]{{0,30}}"
    rf"(?:\s[{BREADCRUMB_MARKS}]+\s+[^\d\s{BREADCRUMB_MARKS}≥≤<=%][^{BREADCRUMB_MARKS}%]{{0,30}}){{2,}}"
)
PRINT_TITLE_MAX_LENGTH = 60
BROWSER_HEADER = re.compile(rf"{PRINT_DATE}\s+\S.{{0,{PRINT_TITLE_MAX_LENGTH}}}")


@functools.lru_cache(maxsize=2**14)
def is_page_furniture(text: str) -> bool:
    """Whether a line or cell is only a page number (`第 1 页`, `— 2 —`, `第 1 頁`), a continued
    table's mark (`续表`) or title (`CONTINUED_TITLE`), a table's number (`公开11表`), the
    heading of a disclosure's part (`第四部分 附件`), a running header (`2024年部门预算公开`), a
    hosting site's page mark (`SITE_FURNITURE`), a browser's print header (`BROWSER_HEADER`) or
    what a site's article page prints around its table (`ARTICLE_FURNITURE_OPENINGS`), or a
    rule a text converter drew (`RULE_LINE`), a converter's page separator (`PAGE_SEPARATOR`)
    or a site's link to an attached file (`ATTACHMENT_LINK`) or its registration number
    (`SITE_REGISTRATION`), or its breadcrumb (`BREADCRUMB`)."""
    stripped = simplified(text.strip())
    if RULE_LINE.fullmatch(stripped) and sum(not c.isspace() for c in stripped) >= RULE_LINE_FEWEST:
        return True
    short = len(stripped) <= PAGE_FURNITURE_MAX_LENGTH
    words = "".join(unicodedata.normalize("NFKC", stripped).split())
    return bool(short and PAGE_FURNITURE.fullmatch(stripped)) or bool(
        words.startswith(ARTICLE_FURNITURE_OPENINGS)
        or is_running_header(stripped)
        or SITE_FURNITURE.fullmatch(stripped)
        or BROWSER_HEADER.fullmatch(stripped)
        or CONTINUED_TITLE.fullmatch(stripped)
        or PAGE_SEPARATOR.fullmatch(stripped)
        or ATTACHMENT_LINK.fullmatch(stripped)
        or SITE_REGISTRATION.fullmatch(stripped)
        or BREADCRUMB.fullmatch(unicodedata.normalize("NFKC", stripped))
    )


@functools.lru_cache(maxsize=2**14)
def is_sign_off(text: str) -> bool:
    """Whether a cell or line opens with a sign-off label (SIGN_OFF_LABELS) as a word of its own,
    its characters spaced out or not (`填 表 人：`)."""
    words = simplified(unicodedata.normalize("NFKC", text).strip())
    return bool(SIGN_OFF.match(words) or SIGN_OFF.match("".join(words.split())))


def without_table_number(title: str | None) -> str | None:
    """A table's title without the table's number printed before it on its line
    (`表11 2022年项目支出绩效目标表` -> `2022年项目支出绩效目标表`, `NUMBERED_TITLE`)."""
    if title is None:
        return None
    match = NUMBERED_TITLE.match(title.strip())
    return title.strip()[match.end() :] if match else title


# A hosting site's page marker a converter glued to the end of a cell's text (`92%第4页 共9页`):
# the page-of-pages form only, which no value ends with.
GLUED_PAGE_MARKER = re.compile(rf"\s*(?:{'|'.join(PAGE_OF_PAGES)})\s*$")
# A page's number alone glued to a cell that prints only a mark of no value (`/第 1 頁`: an
# empty reason's slash, the page's number after it): a number alone is taken off no other cell,
# where it may be text (`详见附件第2页`).
MARKED_PAGE_NUMBER = re.compile(r"\s*([/／\\—–-]+)\s*(第\s*\d+\s*[页頁])\s*")
# ... or printed in a cell of its own beside a row's cells.
PAGE_OF_PAGES_CELL = re.compile(rf"\s*(?:{'|'.join(PAGE_OF_PAGES)})\s*")
# The same marker glued to a word of a line whose cells were joined by spaces (damage 3:
# `10第1页 共2页 10`): after a word's last character, before white space or the line's end.
GLUED_PAGE_MARKER_IN_LINE = re.compile(rf"(?<=\S)(?:{'|'.join(PAGE_OF_PAGES)})(?=\s|$)")


# A page's number a PDF's text printed inside a cell a page break cut, between the cell's pieces
# or after them (`林业有害生物— 9 —成灾率`, `2022年10月— 14 —15日`, `5— 4 —`): the number between
# two of PAGE_NUMBER_MARKS with white space inside them (`2024-1-5` is a date).
PAGE_NUMBER_IN_CELL = re.compile(
    rf"\s*[{PAGE_NUMBER_MARKS}]\s+\d{{1,3}}\s+[{PAGE_NUMBER_MARKS}]\s*"
)
# The same number in a line whose cells were joined by spaces (damage 3), glued to a word on
# one side at least (`林业有害生物— 9 —成灾率`, `5— 4 — 5`): a cell's pieces around it.
PAGE_NUMBER_IN_LINE = re.compile(
    rf"(?<=[^{PAGE_NUMBER_MARKS}\s])[{PAGE_NUMBER_MARKS}]\s+\d{{1,3}}\s+[{PAGE_NUMBER_MARKS}]"
    rf"|[{PAGE_NUMBER_MARKS}]\s+\d{{1,3}}\s+[{PAGE_NUMBER_MARKS}](?=[^{PAGE_NUMBER_MARKS}\s])"
)
# A page's marker between two words of such a line, apart from both by white space
# (`集中供水工程受益 第1页/共3页 人口`, `亩均高效节水 - 1 - 改造成本`): the pieces of one cell,
# or two cells a page's number parts (`- 1 -` may be `-`, `1` and `-`, three cells).
PAGE_MARK_BETWEEN_WORDS = re.compile(
    rf"(?<=\S)\s+(?:{'|'.join(PAGE_OF_PAGES)}|[{PAGE_NUMBER_MARKS}]\s+\d{{1,3}}\s+"
    rf"[{PAGE_NUMBER_MARKS}])\s+(?=\S)"
)


# A character every page marker holds: the word of page-of-pages markers, or a mark a page's
# number is printed between.
PAGE_MARKER_CHARACTER = re.compile(f"[页頁{re.escape(PAGE_NUMBER_MARKS)}]")


def may_hold_page_marker(text: str) -> bool:
    """Whether a text (a cell, or a line of them) holds a character every page marker holds
    (`PAGE_MARKER_CHARACTER`): most cells do not, and need no look further."""
    return PAGE_MARKER_CHARACTER.search(text) is not None


def split_glued_page_marker(text: str) -> tuple[str, str | None]:
    """A cell's text without a page marker glued to its end, and the marker (None if none):
    `92%第4页 共9页` -> (`92%`, `第4页 共9页`); a page's number alone after a mark of no value,
    `/第 1 頁` -> (`/`, `第 1 頁`). A cell that is only a marker is left whole."""
    if not may_hold_page_marker(text):  # most cells: no need to look further
        return text, None
    if marked := MARKED_PAGE_NUMBER.fullmatch(text):
        return marked.group(1), marked.group(2)
    match = GLUED_PAGE_MARKER.search(simplified(text))  # one character for one: same positions
    if match is None or not text[: match.start()].strip():
        return text, None
    return text[: match.start()], text[match.start() :].strip()


def split_page_numbers(text: str) -> tuple[str, list[str]]:
    """A cell's text without the page numbers printed inside it (`PAGE_NUMBER_IN_CELL`), its
    pieces joined (`林业有害生物— 9 —成灾率` -> `林业有害生物成灾率`), and the numbers; a cell
    that is only a page's number is left whole, and so is one between two figures (`2024 - 3 -
    5` may be a date, `1 - 2 - 3` a series)."""
    found: list[str] = []
    kept = PAGE_NUMBER_IN_CELL.sub(lambda match: _page_number_taken(match, found, True), text)
    return (kept, found) if found and kept.strip() else (text, [])


def _page_number_taken(match: re.Match, found: list[str], spaced: bool) -> str:
    """A page number's match taken out of its text (added to `found`), but between two figures,
    white space around it in a cell (`spaced`), none in a line (where it parts two words)."""
    before, after = match.string[: match.start()], match.string[match.end() :]
    if spaced:
        before, after = before.rstrip(), after.lstrip()
    if before[-1:].isdigit() and after[:1].isdigit():
        return match.group()
    found.append(match.group().strip())
    return ""


def without_glued_page_markers(line: str) -> str:
    """A line whose cells were joined by spaces without the page markers glued to its words
    (`2024年11月完成 10第1页 共2页 10` -> `2024年11月完成 10 10`; a page's number between a
    cell's pieces: `林业有害生物— 9 —成灾率` -> `林业有害生物成灾率`)."""
    if not may_hold_page_marker(line):  # most lines
        return line
    unglued = GLUED_PAGE_MARKER_IN_LINE.sub("", line)
    return PAGE_NUMBER_IN_LINE.sub(lambda match: _page_number_taken(match, [], False), unglued)


def across_page_marks(line: str) -> str | None:
    """Such a line with each page marker between two words taken out and the words joined
    (`集中供水工程受益 第1页/共3页 人口` -> `集中供水工程受益人口`), None where there is none:
    a reading to try where the words as printed fit no row."""
    if not may_hold_page_marker(line):  # most lines
        return None
    # Matched in simplified characters (`第1頁/共3頁`), one for one: the same positions.
    marks = [match.span() for match in PAGE_MARK_BETWEEN_WORDS.finditer(simplified(line))]
    if not marks:
        return None
    ends = [0, *(at for span in marks for at in span), len(line)]
    return "".join(line[ends[i] : ends[i + 1]] for i in range(0, len(ends), 2))


def split_glued_page_markers(cells: Sequence[str]) -> tuple[tuple[str, ...], list[str]]:
    """A row's cells each without a page marker glued to its end (`split_glued_page_marker`)
    or a page's number inside it (`split_page_numbers`), and the markers taken off; a cell
    that is only a page-of-pages marker beside the row's other cells (`≥1,100户 | 第 2 页，共 5
    页`, the marker in a cell of its own) is taken off whole."""
    kept, markers = [], []
    others = sum(1 for text in cells if text.strip()) > 1
    for text in cells:
        if others and PAGE_OF_PAGES_CELL.fullmatch(simplified(text)):
            kept.append("")
            markers.append(text.strip())
            continue
        cell, marker = split_glued_page_marker(text)
        cell, numbers = split_page_numbers(cell)
        kept.append(cell)
        markers.extend([*([marker] if marker else []), *numbers])
    return tuple(kept), markers


# Cells that mean "no amount" rather than a number.
EMPTY_AMOUNTS = ("", "-", "－", "—", "--", "——", "/", "无")

# The labelled fields of one indicator inside the 绩效指标 cell.
PERIOD_TARGET_LABELS = ("实施周期指标值", "实施期指标值", "中期指标值")
# What parts an indicator's 一级, 二级 and name written without `；` in the 绩效指标 cell: white
# space (`1-产出指标 11-数量指标 名称`), a dash between the levels or a colon before the name
# (`产出指标—数量指标：名称，目标值：…`); and the marks such a name ends with before its target's
# label.
LEVELS_APART = r"\s*[—–：:]\s*|\s+"
NAME_ENDS_BEFORE_TARGET = " ，,；;：:"
ANNUAL_TARGET_LABELS = ("年度指标值", "年度目标值")
SINGLE_TARGET_LABELS = ("指标值", "目标值")
# The marks around the number that opens each indicator of the 绩效指标 cell (`1、`, `1.`,
# `（1）`, `1）`): (before, after). A point is a decimal point before a digit (`1.5`), no mark.
INDICATOR_NUMBER_MARKS: tuple[tuple[str, str], ...] = (
    ("", "、"),
    ("", "."),
    ("", "．"),
    ("（", "）"),
    ("(", ")"),
    ("", "）"),
    ("", ")"),
)

# Labels some tables write before an indicator's other fields (`一级指标：产出指标；…`).
FIELD_LABELS = {
    "level1": ("一级指标",),
    "level2": ("二级指标",),
    "name": ("三级指标", "指标名称", "绩效指标"),
}

# The labels of indicator columns, in the layouts that give each indicator a row of its own
# (per-project forms, department lists, self-evaluations), are the layout readers'
# (`pipeline.vocab.layout_labels.COLUMN_LABELS`): this reader hands such a table to them. A
# line is the header of indicator columns when it names two of these fields: the ones only
# such a header has (a money block also has 分值 and 得分).
INDICATOR_CORE_FIELDS = ("level1", "level2", "level3", "value", "actual")

# How a failure names the layout of a table with indicator columns, by what tells it: the
# project's columns on the same line as the indicators', the fields of the indicator columns
# (UNREAD_LAYOUT_FIELDS), words above them, as in the title (UNREAD_LAYOUT_WORDS).
UNREAD_LAYOUTS = {
    "indicator_rows": "a department list with one row per indicator",
    "department_form": "a 部门整体 department-wide form",
    "project_form": "a per-project form",
    "self_evaluation": "a 自评表 self-evaluation",
    "split_values": "split value columns",
    "no_levels": "no indicator levels",
}
UNREAD_LAYOUT_WORDS = {"department_form": ("部门整体",), "self_evaluation": ("自评表",)}
UNREAD_LAYOUT_FIELDS = {
    "self_evaluation": ("actual", "score", "score_coefficient", "deviation"),
    "split_values": ("operator", "unit"),
}

# Markers that a file is not a table at all.
HTML_MARKERS = ("<!doctype html", "<html", "<head", "<body")

_LABEL_FOLD = str.maketrans({"（": "(", "）": ")", "：": ":", "／": "/"})

# A currency unit written into an amount label or cell: `总计（万元）`, `总计(单位:元)`,
# `97.00万元` (longest units first, so that `千万元` is not read as `万元`).
CURRENCY_SUFFIX = re.compile(
    rf"\(?(?:单位:)?(?P<unit>{'|'.join(sorted(CURRENCY_UNITS, key=len, reverse=True))})\)?$"
)


def fold_label(text: str) -> str:
    """A label as compared: without white space, with ASCII brackets and colons and in
    simplified characters (`总计 （萬元）` is `总计(万元)`)."""
    return simplified("".join(text.split()).translate(_LABEL_FOLD))


def subtotal_unit(label: str) -> str | None:
    """For a subtotal's label ending in its word (`潮州市特殊教育学校小计`, `小计`), the name before
    it, folded (`潮州市特殊教育学校`; `` for none): a unit's subtotal after its projects; None for
    any other label (`某局`: a unit's row before them)."""
    folded = fold_label(label)
    word = next((w for w in SUBTOTAL_WORDS if folded.endswith(w)), None)
    return None if word is None else folded.removesuffix(word)


def compact_label(text: str) -> str:
    """A label as compared against the tables above: folded, and without its currency unit
    (`总计（万元）` is `总计`)."""
    return CURRENCY_SUFFIX.sub("", fold_label(text))


# The project column's labels up to the first character `fold_label` folds into (a bracket,
# colon or slash): a cell naming that column holds one of these as printed, only its white
# space removed. A stem holding a shorter one (`项目名称` holds `项目`) is found by that one.
_FOLDED_INTO = re.compile(f"[{re.escape(''.join(_LABEL_FOLD.values()))}]")
_STEMS = {_FOLDED_INTO.split(compact_label(label))[0] for label in COLUMN_LABELS["project_name"]}
_PROJECT_STEMS = tuple(
    sorted(stem for stem in _STEMS if not any(other != stem and other in stem for other in _STEMS))
)


def may_name_project(line: str) -> bool:
    """Whether a line may hold a cell naming the project column, as every packed header
    does: False when it holds no project-column label, so that the packed reader passes over
    the lines of a per-project form without looking up each of their cells."""
    printed = simplified("".join(line.split()))
    return any(stem in printed for stem in _PROJECT_STEMS)
