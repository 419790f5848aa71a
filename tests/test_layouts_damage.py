"""Converter damage done here to every table of the fixtures (spec/layouts.md, "What converters
do to them"), each damaged table giving the projects, indicators and error findings of the
clean one (names and targets compared in simplified characters):
- damage 1: a converter that ignores rowspan drops the merged level cells of each continuation
  row, shifting the rest of the row left (done to the target and self-evaluation tables); and
  above the indicators, the cells of the header block's labels merged down their rows;
- damage 5: the labels of the header block and of the indicator columns spread out with a
  space between their characters (`项 目 名 称`);
- damage 6: a page number printed between every two lines (a page may break anywhere), and a
  hosting site's page marker glued to the end of a cell under the indicator header
  (`92%第4页 共9页`);
- damage 10: the whole table in traditional characters, as a mirror republishes it (done to the
  target and self-evaluation tables; the `traditional` folder is so already);
- merged cells filled: a header-block value merged across the rest of its row written into every
  column it spans (`项目名称 | 甲项目 | 甲项目 | 甲项目`), as a sheet whose merged cells were
  unmerged and filled gives it;
- drawn in ASCII: the table's grid drawn with `+---+` rules and `|` bars, as a database console,
  a grid-table writer or a plain-text mail prints it;
- cells parted by bars: each line's tabs written as ` | `, with no outer bars or with a bar
  opening and closing every line, no delimiter row or rules, as a converter or a hand writing a
  table as plain text parts its cells.
Then a column-label row printed again: over the same indicators (a second table whose scope
line was lost) and over others (a page top)."""

from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.build.workers import process_file
from pipeline.labels.columns import column_roles, fold, is_exact_label
from pipeline.manifest import Source
from pipeline.query import display_width
from pipeline.read.barred import tabbed_bars
from pipeline.read.markdown import is_markdown
from pipeline.read.text import decode
from pipeline.read.text_cells import text_rows
from pipeline.vocab.layout_labels import PROJECT_COLUMN_ROLES
from pipeline.vocab.traditional import TRADITIONAL, simplified
from tests.layout_expectations import FIXTURES, rounds
from tests.test_layouts_ninth_batch import GRID, HEAD, ROWS
from tests.test_layouts_text import read, text

TARGETS = ("layouts", *rounds("heldout-targets"))
SELF_EVALUATIONS = ("self-evaluation", *rounds("heldout-selfeval"))
EVERY = (*TARGETS, *SELF_EVALUATIONS, "traditional")


def _tables(folders: tuple[str, ...]) -> list[Path]:
    return sorted(path for folder in folders for path in (FIXTURES / folder).glob("*.txt"))


def _text_tables(folders: tuple[str, ...]) -> list[Path]:
    """The fixtures printed as text tables, the damages' matter: a Markdown file (a PDF
    converter's pipe tables, `is_markdown`) prints its cells between bars, as no text table's
    converter does, and shows its own damage (a table split at a page separator) as it is."""
    return [path for path in _tables(folders) if not is_markdown(_decoded(path))]


# Roles of the columns whose cells a table merges down its rows: the levels, the 绩效指标 label
# down the side, and a list's project cells (name, amount, goal shown once per project).
MERGED_ROLES = ("level1", "level2", "indicator_block", *PROJECT_COLUMN_ROLES)

# Tables whose damaged form is not read like the clean one, and why: the test fails when one is.
NOT_READ = {
    "P-guangdong-zhaoqing-duanzhou-weijian-excel-unicodetext-utf16le-bom-tab-crlf-paddedrows-heji-first-unitrows-quotedmultiline-fieldsperline-yijierjisanji-zhibiaozhi-2023.txt": "a packed table saved as Unicode text, its rows padded to the sheet's width (round 151, 端州): with the cells a converter took for merged dropped, its goal and indicator cells stand under the amount columns",
    "E-hunan-chenzhou-rucheng-jiaoyu-txt-pdf-via-wps-tab-department-list-indicator-rows-wrapped-names-levels-labels-goals-on-own-lines-jingjixiaoyi-zhibiao-split-pagefooter-headerrepeated-heji-last-2025.txt": "a PDF copied through WPS, its cells' line breaks bare (round 145, 汝城): damaged again, its lines no longer make up its rows",
    "A-guizhou-qianxinan-ceheng-shuiwu-txt-pdfcopy-notepad-ansi-gbk-crlf-tab-wrapped-labels-xiangmuqi-zhishijian-keshixuyingxiang-zhibiao-pagefooter-mid-form-qitazijin-empty-twoforms-2025.txt": "a PDF's copy with wrapped labels on lines of their own (round 145, 册亨): with the merged cells dropped, its wrapped lines are read as rows",
    "P-guangdong-guangzhou-conghua-nongye-tab-txt-utf8-crlf-xiangmumingcheng-zijinshiyongdanwei-onecolumn-zongji-caizhengzhuanhu-heji-unitrows-codedlevels-partsspacejoined-shishizhouqi-niandu-fullwidthdigits-subtotal-mismatch-2024.txt": "round 132's packed cell of fields parted by spaces: damage that parts cells by spaces or draws them leaves its fields and cells apart no more",
    # Round 124's 一体化 exports print each project's cells on every row: with the cells a
    # converter took for merged dropped, its rows are read as other projects. 蓬安's 中期目标,
    # a project column since 4cce7e59, is empty on every row of three projects: the damage
    # drops those cells too.
    "B-sichuan-nanchong-pengan-jiaotong-yitihua-export-utf8-pipe-lf-ascii-operators-bareoperator-header-repeated-every-50-rows-xuhao-sixprojects-2024.txt": "an export printing its project's cells on every row, a period goal empty on some: with them dropped, rows are read as other projects",
    "B-sichuan-liangshan-ningnan-yitihua-export-excel-tabtext-gbk-crlf-quotedmultiline-danweibianma-dingliang-dingxing-operator-inside-zhibiaozhi-bareoperator-fourprojects-2023.txt": "an export printing its project's cells on every row: with them dropped, read otherwise",
    "B-sichuan-yaan-hanyuan-nongye-yitihua-export-unicodetext-utf16le-bom-tabs-crlf-twoheaderrows-zhongqi-niandu-columngroups-zhibiaoxingzhi-duliangdanwei-quanzhong-fourprojects-2024.txt": "an export printing its project's cells on every row: with them dropped, read otherwise",
    # 耿马 (round 118): a list whose header spans two rows and whose 合计 row comes first; with
    # its merged cells dropped, its project cells move under the money columns.
    "E-yunnan-lincang-gengma-nongye-deptlist-tsv-tworowheader-zijin-heji-caizheng-qita-spannedcellsempty-rowspanonce-hejifirst-crlf-2024.txt": "a list's header over two rows, its 合计 first: two of four projects read",
    # 靖江 (round 87): its merged cells dropped, the second form's money row under
    # `年度资金总额 | 其中： | 财政拨款 | 其他资金` loses its empty cells, the figures no longer under
    # their headings: refused (amount_unparsed), where the clean one raises amount_row_mismatch.
    "A1-jiangsu-taizhou-jingjiang-jikong-tab-txt-niandu-jixiao-xinxi-before-zhongqi-jixiao-xinxi-qizhong-cell-holds-caizheng-bokuan-zhibiao-xuanze-rownumbers-keshuru-shengyushu-two-projects-amount-row-mismatch-2019.txt": (
        "a system page's money row across 其中： (round 87), its merged cells dropped: its figures refused (amount_unparsed)"
    ),
    # 南陵 (round 99): its unit rows' cells dropped with the merged ones, a unit's row reads as
    # a project's and the rows under it shift (row_unparsed errors).
    "E-anhui-wuhu-nanling-nongye-excel-tab-txt-gbk-crlf-heji-first-danwei-subtotal-rows-yi-er-san-xuhao-yiji-only-no-erji-heji-caizheng-qita-yuan-thousands-quoted-altenter-goals-beizhu-subtotal-mismatch-2025.txt": (
        "a list with unit rows (round 99), its merged cells dropped: unit rows read as projects, errors raised"
    ),
    # 洞口 (held-out round 82).
    "A4-hunan-shaoyang-dongkou-yinshui-tsv-txt-ningxiang-template-xiangmu-jixiao-mubiaobiao-niandu-zijin-zonge-ji-goucheng-shangji-benji-caizheng-inline-changqi-niandu-tables-shehui-gongzhong-manyidu-merged-amount-row-mismatch-2025.txt": "a 一级 cell naming its level's only 二级 (社会公众或服务对象满意度指标) with its empty 二级 cell dropped: a row shifted left as far as any cell tells, read as a 二级 under 效益指标 (category_code_mismatch)",
    # Held-out rounds 64 and 57, merged cells dropped: a list without levels (古丈) whose rows
    # shift under its project cells (an indicator's name and bare figure read as a project
    # and its amount: which column a row's first text stands under, no cell tells); a row a
    # page break cut after its name (咸丰), shifted, its values read as a row of their own.
    "E-hunan-xiangxi-guzhang-jiaoyu-flat-list-no-levels-unit-in-header-label-zhibiaozhi-percent-bare-numbers-name-money-goal-once-negative-range-heji-does-not-add-up-gb18030-crlf-2024.txt": "a list without levels shifted: indicators read as projects",
    "C-hubei-enshi-xianfeng-tangyacha-pdftext-wrappedmoneyheadings-shuonsecondline-twodecimalscores-pagebreak-rowcutaftername-valuesonnextpage-headerrepeated-pagefooter-rateoff-ratecopied100-jibendadao-honest-nothousands-utf8-lf-2022.txt": "a row cut by a page break, shifted: its values read as a row",
    # Held-out round 56, merged cells dropped: a template row of a 二级 and a numbered
    # placeholder (长垣's `其他效益指标 | 指标1：`), shifted, reads as a name and its target.
    "C-henan-xinxiang-changyuan-nongtian-zhuanyizhifu-quyu-countycity-templateleftovers-zhibiaoxuhao-star-ellipsisrows-emptytemplaterow-mubiaoxuhao-lostdecimalexecuted-amountoff-partrateoff-noteline-utf16-crlf-signoff-2023.txt": "a template row shifted: its 二级 read as a name, its placeholder a target",
    # Held-out round 61, merged cells dropped: a name and its standard wrapped over three lines
    # (红塔), the standard's lines shifted under the names.
    "D-yunnan-yuxi-hongta-weijian-zhengti-yuan-decimals-lvzhi-block-heji-midterm-and-annual-in-two-header-rows-zhibiaoneirong-pingjiabiaozhun-mubiaozhi-cells-wrapped-onto-three-lines-levels-once-utf8-bom-crlf-2022.txt": "a name and its standard wrapped over three lines, shifted: read as names",
    # Held-out round 60, merged cells dropped: a date's day wrapped onto a line of its own
    # (建湖's `2024年11月` over `30日`) is read as a row of its own.
    "A1-jiangsu-yancheng-jianhu-nongye-form-midterm-annual-variant-labels-fullwidth-digits-value-wrapped-onto-next-line-page-break-running-header-repeated-labels-levels-once-total-mismatch-gb18030-crlf-2024.txt": "a date's day wrapped onto its own line, shifted: read as a row of its own",
    # Held-out round 59, merged cells dropped: a name wrapped onto a line of its own (祁门,
    # 饶阳) or a project's name cell broken by a bare line break (聂拉木), its row
    # shifted, is read as a row of its own or left out (row_unparsed).
    "A1-anhui-huangshan-qimen-chaye-form-midterm-annual-groups-wrapped-name-and-labels-on-next-line-spaced-goal-label-vertical-label-one-char-per-row-star-zhibiao1-starstar-hints-ellipsis-empty-level2-qizhong-utf8-bom-crlf-2024.txt": "a wrapped name's end shifted: joined with the label word under it",
    "B-hebei-hengshui-raoyang-shucai-form-nature-value-unit-score-scoring-standard-label-row-wrapped-spaced-goal-label-vertical-label-lost-wrapped-name-and-level2-lines-star-qizhong-subrow-empty-level2-row-dingxing-gb18030-crlf-2023.txt": "a name's end on a line of its own, shifted: rows left out (row_unparsed)",
    "E-xizang-rikaze-nielamu-nongye-rows-excel-unicode-text-244-empty-columns-date-serials-percent-as-fraction-two-rows-broken-onto-two-lines-levels-every-row-remarks-utf16le-bom-crlf-2021.txt": "a project name broken by a bare line break, shifted: rows left out (row_unparsed)",
    # Held-out round 58: rows a converter shifted already (法库), or two groups one of which is
    # empty (镇巴), or a project whose level columns shifted (思南), their merged cells dropped
    # again: which column a row's first text stands under, no cell tells.
    "A1-shaanxi-hanzhong-zhenba-nongye-two-forms-header-read-column-by-column-labels-interleaved-with-figures-midterm-annual-groups-one-empty-footers-inside-grid-repeated-labels-levels-once-next-title-after-last-row-utf16le-bom-crlf-2025.txt": "an empty 中期 group's rows shifted: left out (row_unparsed)",
    "B-liaoning-shenyang-faku-zhujian-two-forms-ocr-scan-operator-value-unit-weight-rowspan-ignored-rows-shifted-left-footer-repeated-labels-ocr-operators-lost-leading-digit-total-amount-row-mismatch-gb18030-crlf-2022.txt": "rows shifted left already, shifted again: a row's parts a column off, its target text (target_parts_off)",
    "E-guizhou-tongren-sinan-linye-rows-project-cells-and-levels-once-footer-repeated-labels-project-over-page-level-columns-shifted-in-one-project-split-amount-read-back-by-heji-next-table-title-after-last-row-gb18030-lf-2023.txt": "a project's level columns shifted, its cells dropped: rows read as projects",
    # A name a spreadsheet quoted over two lines (`"岛礁垃圾` over `转运船次"`), its merged cells
    # dropped: the quote's lines stand in different columns and read as two indicators.
    # A block label's characters a line each between the rows, merged cells dropped: the rows
    # shift under the characters' column and are left out (row_unparsed).
    "D-shanxi-xinzhou-pianguan-weijian-zhengti-annual-tasks-block-spaced-task-label-indicator-label-one-char-per-line-goal-label-lost-wrapped-level2-and-name-split-total-lost-leading-digit-split-percent-gb18030-crlf-2019.txt": "a vertical label's characters between rows shifted: rows left out",
    # A target and its actual wrapped together (`2024年8月31日` over `前完成`, `2024年8月` over
    # `26日`) on a line whose empty cells a converter dropped: the two ends stand first, under
    # the name's and the target's columns, an indicator named `前完成` of target `26日`.
    "C-ningxia-yinchuan-lingwu-changzao-wrappedheader-wrappedlevel2-wrappedname-wrappedtarget-wrappedactual-wrappedreason-footerinreason-fullwidthrange-honest-bom-crlf-signoff-2024.txt": "a target's and an actual's ends shifted under the name and the target",
    # Names wrapped around the line of their values (a name's first line alone above it), then
    # shifted left with their rows: the first line alone stands in the 一级's column, where it
    # is not put back as a name's start.
    "C-guizhou-liupanshui-panzhou-yinshui-namewrapsaround-2021.txt": "names' first lines alone, shifted left: not put back",
    # A target's unit wrapped onto a row of its own (`≥200` / `人次`) and then shifted left with
    # the row: alone, it may end the target or the name, and is read as an indicator's name.
    "A-hubei-enshi-rencai-heji-wrapped-2023.txt": "a wrapped unit shifted left",
    "E-hainan-sanya-jiyang-rows-period-annual-broken-2022.txt": "a row's target ends shifted left",
    # A merged cell's text printed at the bottom of its span (a list's 预算数 on a project's
    # last row) is a page's rendering, which no converter dropping merged cells gives: the
    # damage takes the empty top of the next project's span for the cell above merged down,
    # and shifts that project's first row left.
    "E-tianjin-binhai-jijin-rows-amount-goal-on-last-row-2025.txt": "a span's empty top taken for a merged cell",
    # Not a converter's output: the damage shifts rows the table already prints shifted once
    # more, and pads the row a quoted cell broke over lines.
    "C-shanxi-linfen-jixian-xianjie-shifted-2023.txt": "shifted rows shifted again",
    # The 指标值 column printed before the names' (`二级指标 | 指标值 | 三级指标`): a row shifted
    # left puts its target under 二级 and its name under 指标值, and the shift is judged by a
    # name standing before its target, so the row is not put back.
    "A-jiangsu-lianyungang-guanyun-gongxiaoshe-value-column-before-name-2024.txt": "a target column before the names' shifted left",
    # The label down the side printed as `本年度` over `绩效指标`: its column has no label the
    # vocabulary knows, so a level cell shifted into it is not known to be out of place.
    "A3-guangxi-lingui-renju-2023.txt": "a side label column of unknown label",
    # 中期 and 年度 groups side by side with the 中期 one empty: once its empty cells are gone
    # nothing tells which group a row's name and value belong to.
    "A1-jiangsu-wujiang-wenhua-2022.txt": "an empty 中期 group beside the 年度 one",
    # A cell's end on a line of its own (`2025年9月30日` over `前`) under a row shifted left: the
    # row no longer prints every cell of the grid, so nothing tells the line from a name.
    "E-guangdong-qingyuan-yingde-rows-codes-2025.txt": "a cell's end under a row shifted left",
    # A level cell a PDF wrapped over the rows of its span (`效益指` over `标`), the rows then
    # shifted left: the pieces, no level alone, stand where a name would.
    "C-guizhou-anshun-puding-yinshui-transfer-levelwrap-2019.txt": "a wrapped level shifted left",
    # A merged 一级 cell whose points the converter wrote on the span's next row (`(50分)`):
    # a converter that drops the cells a rowspan covers drops that text with them, so shifting
    # the row with the text kept is no converter's output.
    "B-henan-xinxiang-yitihua-points-spread-2022.txt": "a merged cell's text spread down, then shifted",
    # A 二级 named as a 一级 is (`满意度` under the 一级 `效果`, in the 投入/过程/产出/效果
    # framework), its row shifted left: it lands under the 一级 column, where it reads as one.
    "D-hainan-danzhou-jiaoyu-zhengti-touru-2021.txt": "a 二级 named like a 一级 shifted left",
    "C-henan-xuchang-yuzhou-gongjiao-fourparts-2019.txt": "a 二级 named like a 一级 shifted left",
    # An empty cell a converter inserted (two tabs) in a row shifted left: the row no longer
    # prints beyond its labels, and moved back under them it has no room; nothing tells where.
    "B-guangxi-baise-lingyun-empty-column-some-rows-2024.txt": "an inserted empty cell in a row shifted left",
    # A row's value alone on the next line, under a row shifted left: the row no longer prints
    # every cell but its value, so nothing tells the line from a row of its own.
    "E-neimenggu-xilinguole-abaga-sumu-rows-value-next-line-2023.txt": "a cell's end under a row shifted left",
    # A row whose target and actual are words (`无重大安全责任事故`, `无`), shifted left: its name
    # and target stand where a 一级 and a 二级 of no taxonomy word would.
    "C-jilin-baishan-changbai-renshen-fenunits-wuactual-2022.txt": "a row of word values shifted left",
    # A sheet's empty margin column A before every row: the damage takes its empty cell beside the
    # column labels for the 绩效指标 label down the side and drops it from the rows below only,
    # which no converter does to a column of cells no rowspan covers.
    "A-guangxi-hezhou-zhongshan-guoziyusuan-margin-column-every-row-2024.txt": "a margin column taken for a side label",
    # A merged 指标值 printed in both its columns (`≥8公里 | ≥8公里`): a row shifted left ends with
    # two copies of its target, and the name's column is taken for one of them.
    "A-fujian-nanping-wuyishan-xingcun-zhen-header-values-repeated-across-merged-cells-2021.txt": "a target printed twice, shifted left",
    # A unit column with no label under a merged 指标值 (`≥8 | 座`), the rows shifted left: each
    # row then ends with its unit, which is no target to place the row by, and the column holds
    # units on a block's first rows only.
    "A-yunnan-lijiang-yulong-wenlv-value-label-over-unlabelled-unit-column-2026.txt": "a unit column of no label shifted left",
    # A list's project and level cells on their first row only, with stray cells past the header
    # (`-3-`, `续表`): a row shifted left reads its 二级 as a project's name.
    "E-xizang-lasa-duilongdeqing-nongye-rows-merged-first-row-stray-cells-2023.txt": "merged cells dropped beside stray cells past the header",
    # A list's goal wrapped line by line beside its project's indicator rows is a PDF's text,
    # which no converter dropping merged cells gives: the damage shifts the goal's next line
    # into the project's name column, and the row is read as a project of that name.
    "E-hebei-sheng-shuili-rows-project-cells-first-row-wrapped-names-goals-page-break-2024.txt": "a goal's wrapped lines beside rows shifted left",
    # A 二级 a PDF wrapped beside the next row (`服务对象满意` / `度指标`), shifted left with it:
    # the end no longer stands under the 二级's column.
    "A-zhejiang-wenzhou-taishun-luoyang-zhen-two-forms-two-row-header-wrapped-level2-word-operators-2025.txt": "a wrapped 二级's end shifted left",
    # A list's name wrapped beside the goal's next line and an indicator row, both a PDF's text,
    # which no converter dropping merged cells gives: shifted left, the name's end stands under
    # no project column.
    "E-hubei-enshi-jianshi-jiaotong-rows-yuan-thousands-project-first-row-levels-every-row-page-break-2022.txt": "a name's wrapped end beside rows shifted left",
    # A list filling its project cells into every row but a PDF's wrapped lines: the damage
    # shifts those lines left (their project cells empty), and a name's end stands under no
    # name column (each kept as an indicator with a warning).
    "E-guangdong-zhaoqing-sihui-wenguang-rows-no-levels-project-cells-every-row-wrapped-names-signoff-2022.txt": "names' wrapped ends shifted left",
    # An empty first column on every line (a stray rule's, the table's own): dropped with the
    # cells a rowspan covered, every row moves left, the header's and the grid's alike, and the
    # stray column no longer tells a shifted row from one in place.
    "C-shanxi-shuozhou-huairen-yinshui-leadingemptycol-zongfen-qualitativeactuals-gb18030-2019.txt": "a stray empty first column dropped with the shifted cells",
    "B-yunnan-dali-eryuan-nongye-two-forms-unit-operator-value-weight-grade-lists-leading-empty-column-page-breaks-2025.txt": "a stray empty first column dropped with the shifted cells",
    "E-anhui-luan-huoqiu-weijian-rows-levels-every-row-unordered-project-cells-first-row-wrapped-project-name-page-break-stray-columns-2022.txt": "a cell's end under a row shifted left",
    # An empty column between the 二级 and the 三级 on every row: dropped with the cells a rowspan
    # covered, the rows shift by a column more or less than their merged cells.
    "C-jiangxi-shangrao-wuyuan-lvyoucesuo-weiwanchengyuanyin-zipingdengji-strayemptycol-wrappedreason-2019.txt": "a stray empty column dropped with the shifted cells",
    "C-shanghai-changning-yanglao-honest-fullwidthtargets-wrappedgoal-wrappedreason-signoff-2020.txt": "a reason's wrapped end shifted left further than its row",
    "E-tianjin-dongli-nongye-rows-project-cells-first-row-levels-first-row-operator-words-page-break-repeated-labels-wrapped-name-heji-row-thousands-2024.txt": "a cell's end under a row shifted left",
    "C-guangxi-laibin-xiangzhou-tangliaozhe-weipingfen-bushiyong-fullmarksmissed-fullwidthactuals-thousands-wrappedreason-signoff-2021.txt": "a reason's wrapped end shifted left further than its row",
    "A1-shaanxi-hanzhong-xixiang-shuili-long-term-annual-labels-period-group-empty-spaced-labels-levels-first-row-page-footer-no-levels-after-break-wrapped-name-percentage-points-signoff-2019.txt": "an empty 中期 group beside the 年度 one",
    "A4-xizang-lasa-qushui-nongmu-separate-long-term-annual-tables-period-only-row-annual-only-rows-two-clause-values-month-range-page-break-repeated-labels-no-levels-after-break-wrapped-name-fullwidth-signoff-gb18030-2018.txt": "a cell's end under a row shifted left",
    "E-shanghai-putuo-lvrong-rows-project-cells-every-row-fiscal-other-columns-levels-every-row-cost-level1-page-break-repeated-labels-wrapped-name-tolerance-word-values-fullwidth-2023.txt": "a cell's end under a row shifted left",
    "E-shandong-liaocheng-linqing-weijian-rows-no-level-columns-seq-per-indicator-project-cells-every-row-yuan-unit-in-name-operator-template-in-name-wrapped-value-implied-quarter-page-marks-repeated-labels-wrapped-name-2025.txt": "a cell's end under a row shifted left",
    "C-guangxi-hechi-huanjiang-xiangzhu-fullmarksmissed-latedeadline-fullwidthmoney-wrappedname-pagemarks-bom-signoff-2022.txt": "a cell's end under a row shifted left",
    "D-hubei-enshi-laifeng-tuiyijunren-zhengti-levelpoints-weighttypo-weightsoff-zipingdengji-thousands-wrappedname-wrappedreason-pagemarks-signoff-2021.txt": "a cell's end under a row shifted left",
    "A5-xinjiang-bingtuan-diqishi-huyanghe-zhujian-points-in-level-cells-points-spread-two-rows-weight-explanation-scoring-columns-two-clause-value-implied-year-page-mark-repeated-labels-wrapped-name-fullwidth-signoff-crlf-2023.txt": "a page's first row without its levels shifted left",
    "E-tianjin-hedong-jiaoyu-rows-yuan-seq-unit-project-cells-first-row-operator-value-unit-weight-subtotal-total-rows-project-name-spread-two-rows-qualitative-rows-empty-operator-page-mark-repeated-labels-fullwidth-2022.txt": "a cell's end under a row shifted left",
    "E-hainan-baoting-lvwen-rows-two-units-unit-project-cells-first-row-goal-spread-over-three-rows-heji-row-two-clause-mixed-kinds-chinese-numeral-percent-dotted-month-range-implied-year-page-mark-repeated-labels-wrapped-name-utf8-bom-2021.txt": "a goal's wrapped lines beside rows shifted left",
    "A1-liaoning-huludao-suizhong-shuili-two-forms-long-term-annual-column-labels-midterm-budget-total-period-only-row-annual-only-row-wrapped-period-value-long-term-group-empty-implied-year-page-marks-repeated-labels-fullwidth-signoff-utf8-bom-2020.txt": "an empty 中期 group beside the 年度 one",
    # A list printing its project cells and levels on each project's first row only, all
    # dropped: a row whose target is in words (`农村学校办学条件 | 明显改善 | 10`) stands under the
    # project's name, amount and goal as a project's first row would, and nothing tells it
    # shifted (a target with an operator or a unit under the name's column does: moved back).
    "E-gansu-zhangye-minle-jiaoyu-rows-two-units-project-cells-first-row-levels-first-row-weight-basis-columns-heji-row-mismatch-two-clause-dates-range-page-mark-no-project-cells-after-break-wrapped-name-fullwidth-signoff-2025.txt": "a row with a target in words shifted under a list's project columns",
    "C-xizang-shannan-gongga-sicao-nianduzongjine-pianchayuanyin-gaijincuoshi-twocols-honest-fullwidthmoney-thousands-wrappedreason-pagemarks-repeatlabels-crlf-signoff-2020.txt": "a reason's wrapped end shifted left further than its row",
    "A1-hubei-xiangyang-baokang-shuili-two-forms-code-in-brackets-midterm-budget-total-long-term-annual-groups-period-only-annual-only-rows-empty-long-term-group-two-clause-value-date-range-page-marks-no-levels-after-break-wrapped-name-utf16le-bom-2022.txt": "an empty 中期 group beside the 年度 one",
    "E-guangxi-qinzhou-pubei-renshe-rows-yuan-seq-unit-project-cells-first-row-heji-row-unordered-levels-wrapped-project-name-and-goal-date-from-workdays-in-cell-page-mark-no-level1-after-break-wrapped-name-utf8-bom-crlf-2025.txt": "a name's wrapped end beside rows shifted left",
    "A1-shandong-jining-sishui-nongye-two-forms-code-after-name-organizing-unit-midterm-annual-group-row-period-only-annual-only-wrapped-period-value-page-marks-utf8-bom-crlf-2020.txt": "a cell's end under a row shifted left, an empty 中期 cell beside the 年度 one",
    # A value's unit alone after a page break and the labels printed again (`≥1,200` over `人次`),
    # shifted left: a value without a name (row_unparsed).
    "E-bingtuan-dishishi-beitun-nongye-rows-unit-code-category-columns-six-decimal-amounts-total-row-subtotal-mismatch-two-units-project-cells-first-row-value-split-across-page-break-utf16le-bom-lf-2022.txt": "a value's unit alone after a page break, shifted left",
    # An actual's unit wrapped onto a line of its own (`31.62万` over `亩`), then shifted left
    # into the name's column: read as the name's end, with no finding.
    "C-guizhou-qiannan-luodian-nongyeshengchan-zhuanyizhifu-quyu-yusuanshu-shuoming-honest-wrappedactual-wrappedname-pagemark-utf16-signoff-2021.txt": "a wrapped unit shifted left into the name's column",
    # Round 53: 卓尼's 二级 wrapped in both groups (`经济效益` over `指标`) after a page top, the
    # rows shifted left: the ends read as the name's (`name_end_joined`), the page's rows after
    # them as values without names (`row_unparsed`).
    "A1-gansu-gannan-zhuoni-linye-two-forms-appendix-title-midterm-annual-groups-empty-midterm-group-other-funds-bare-page-numbers-continued-marks-wrapped-level2-fullwidth-gb18030-crlf-2023.txt": "two groups' 二级 ends after a page top, shifted left",
    # 杭锦旗's list saved by Excel as Unicode text, every row padded to the sheet's used range:
    # shifted left, a 二级 lands under the project's name (`amount_unparsed` on its amount).
    # Round 55, its rows shifted left already, shifted again: 建昌's two groups' money rows
    # (figures under no heading, `amount_unparsed`); in 旬邑 and 道真 an empty 指标方向/指标性质
    # cell the table's own damage shifted under the 二级's column is dropped too, the weight
    # read into the target (`weights_total_mismatch`).
    "A1-liaoning-huludao-jianchang-xumu-two-forms-midterm-annual-groups-numbered-goals-rowspan-dropped-rows-shifted-left-one-group-only-rows-name-wrapped-in-both-groups-two-clause-value-gb18030-lf-2021.txt": "two groups' money rows shifted again: figures under no heading",
    "B-shaanxi-xianyang-xunyi-nongye-two-forms-start-end-dates-operator-in-direction-column-score-explanation-rowspan-dropped-rows-shifted-left-page-marks-repeated-labels-wrapped-name-utf8-bom-crlf-2022.txt": "an empty operator cell shifted under the 二级 dropped again: the weight read into the target",
    "E-guizhou-zunyi-daozhen-shuiwu-rows-fund-name-nature-value-unit-weight-columns-2021-cost-level-unit-merged-over-projects-rowspan-dropped-rows-shifted-left-wrapped-names-page-mark-heji-row-utf8-lf-2025.txt": "an empty operator cell shifted under the 二级 dropped again: the weight read into the target",
    # Round 54: 左权's two groups' money rows shifted left, two figures on a row under no
    # heading (`amount_unparsed`); 如东's indicator name end (`…承保面` over `积`) moved under
    # the project's name on its first row, in place: left out (`row_unparsed`).
    "A1-shanxi-jinzhong-zuoquan-nongye-two-forms-web-page-furniture-rolling-midterm-goal-long-annual-column-labels-midterm-annual-groups-rowspan-dropped-rows-shifted-left-amount-row-mismatch-chinese-percent-words-utf8-lf-2024.txt": "two groups' money rows shifted left: figures under no heading",
    "E-jiangsu-nantong-rudong-nongye-rows-yuan-amounts-implementing-unit-column-project-cells-first-row-heji-row-range-unit-written-once-page-mark-no-project-cells-after-break-wrapped-name-fullwidth-gb18030-crlf-2023.txt": "a name's end moved under the project's name on its first row",
    # Held-out round 65, merged cells dropped: 汶上's level cells wrapped into fragments on rows
    # of their own shift with them and are read as names and targets.
    "A5-shandong-jining-wenshang-nongye-two-forms-chengben-first-level-points-wrapped-level-cells-fragments-in-next-row-or-own-line-benniancaizheng-shangnianjiezhuan-fenzhi-zhibiaojieshi-range-utf8-bom-crlf-2024.txt": "wrapped level fragments shifted with their rows",
    # Held-out round 66, merged cells dropped: 休宁's Word rows cut inside a cell are no longer
    # as wide as the widest once shifted; 连南's per-unit subtotal rows, shifted, open projects.
    "A9-anhui-huangshan-xiuning-nongye-two-forms-word-saved-as-plain-text-multi-paragraph-cells-break-rows-in-name-value-and-level2-columns-xiangmu-wancheng-xiaoyi-zhibiao-money-by-fund-source-labels-row-then-figures-row-gb18030-crlf-2019.txt": "Word rows cut inside a cell, shifted: the cut no longer told by width",
    "E-guangdong-qingyuan-liannan-jiaoyu-list-excel-unicode-text-funding-unit-subtotal-rows-heji-first-yuan-thousands-chengben-as-level1-quoted-line-breaks-in-name-value-goal-cells-subtotal-mismatch-utf16le-bom-crlf-2023.txt": "per-unit subtotal rows shifted left: read as projects",
}


def content(path: Path, text: str):
    """What must survive the damage: projects, indicators (a self-evaluation's actuals and scores
    too) and error findings, not where they were."""
    tables = process_file(path.name, text.encode(), Source())
    projects = [(_simple(p["project_name"]), p["total_amount"]) for p in tables.projects]
    indicators = [
        (i["level1_name"], i["level2_name"], _simple(i["indicator_name"]),
         _simple(i["period_target"]), _simple(i["annual_target"]), i["weight"],
         _simple(i["actual_value"]), i["score"])
        for i in tables.indicators
    ]  # fmt: skip
    errors = sorted(f["rule"] for f in tables.findings if f["severity"] == "error")
    return projects, indicators, errors


def form_content(table: list[list[str]]):
    """`content` of a form given as its rows of cells, written as tab-separated text."""
    return content(Path("form.txt"), "\n".join("\t".join(row) for row in table))


def _simple(text: str | None) -> str | None:
    """Printed text as compared: a name or target a mirror printed in traditional characters is
    kept so, and compared in simplified ones (`simplified` leaves simplified text as it is)."""
    return None if text is None else simplified(text)


# Each simplified character and the traditional one a mirror prints for it: the first the
# vocabulary pairs with it.
TO_TRADITIONAL: dict[int, str] = {}
for _code, _simplified in TRADITIONAL.items():
    TO_TRADITIONAL.setdefault(ord(_simplified), chr(_code))


def traditional(text: str) -> str:
    """The table as a mirror republishes it, in traditional characters (damage 10)."""
    return text.translate(TO_TRADITIONAL)


def rowspan_dropped(text: str) -> str:
    """The table as a converter that ignores rowspan gives it: under an indicator header row,
    a row's empty cells in merged columns (the levels, the 绩效指标 label down the side, a
    list's project cells) are dropped, the rest of the row moves left, and the row is padded
    back to its width. A cell is merged into one above it: empty cells of a column no row has
    filled yet under the header (a subtotal row's 项目名称 above the first project) stay."""
    out, merged, started = [], set(), set()
    for line in text.split("\n"):
        cells = line.split("\t")
        roles = [column_roles(cell) for cell in cells]
        if any("level3" in r for r in roles) and any(set(r) & set(MERGED_ROLES) for r in roles):
            merged = {col for col, r in enumerate(roles) if set(r) & set(MERGED_ROLES)}
            merged |= {0} if not fold(cells[0]) else set()  # the side label's column
            started = {0} & merged  # the side label's cell spans the rows from the header on
        elif merged and len(cells) > 2 and any(fold(cell) for cell in cells):
            dropped = merged & started
            started |= {col for col, cell in enumerate(cells) if fold(cell)}
            kept = [cell for col, cell in enumerate(cells) if col not in dropped or fold(cell)]
            line = "\t".join(kept + [""] * (len(cells) - len(kept)))
        out.append(line)
    return "\n".join(out)


def header_cells_dropped(text: str) -> str:
    """Damage 1 in the header block: above the indicator header, a row's empty cells before its
    first filled one dropped and the rest of the row moved left, as a converter that ignores
    rowspan prints the rows a label merged down spans (项目资金 over its money rows, 年度总体目标
    over its goals, 年度主要任务 over its tasks, 项目名称 over a name's wrapped end)."""
    out, under = [], False
    for line in text.split("\n"):
        cells = line.split("\t")
        under = under or any("level3" in column_roles(cell) for cell in cells)
        if not under and len(cells) > 1 and not fold(cells[0]) and any(map(fold, cells)):
            cells = cells[next(col for col, cell in enumerate(cells) if fold(cell)) :]
        out.append("\t".join(cells))
    return "\n".join(out)


def page_numbered(text: str) -> str:
    """A page number (`— 2 —`) printed after every line but the last."""
    lines = text.split("\n")
    numbered = [f"{line}\n— {number} —" for number, line in enumerate(lines[:-1], start=1)]
    return "\n".join([*numbered, *lines[-1:]])


def page_marker_glued(text: str) -> str:
    """A hosting site's page marker (`第 2 页 共 9 页`) glued to the end of the last filled cell
    of every line of several cells under an indicator header row."""
    out, under = [], False
    for number, line in enumerate(text.split("\n"), start=1):
        cells = line.split("\t")
        filled = [col for col, cell in enumerate(cells) if fold(cell)]
        if under and len(cells) > 1 and filled:
            cells[filled[-1]] += f"第{number}页 共99页"
        under = under or any("level3" in column_roles(cell) for cell in cells)
        out.append("\t".join(cells))
    return "\n".join(out)


def labels_spaced(text: str) -> str:
    """Each label of the header block and of the indicator columns (a cell that is a known label
    as written) spread out with a space between its characters (`项 目 名 称`), as converters
    print labels justified across their cells; the rows under the indicator header keep theirs
    (an indicator may be named like a label: 预算执行率)."""
    out, under = [], False
    for line in text.split("\n"):
        cells = line.split("\t")
        if not under:
            under = any("level3" in column_roles(cell) for cell in cells)
            cells = [" ".join(fold(cell)) if is_exact_label(cell) else cell for cell in cells]
        out.append("\t".join(cells))
    return "\n".join(out)


def cells_joined_by_spaces(text: str) -> str:
    """Every row's non-blank cells joined by one space, its blank cells gone (damage 3), as a
    converter that prints a table's text line by line gives it (a cell a spreadsheet quoted
    over lines as one cell, `text_rows`)."""
    return "\n".join(
        " ".join(cell.strip() for cell in cells if cell.strip()) for _, cells in text_rows(text)
    )


LEVELS = ("level1", "level2", "level3")


def merged_values_filled(text: str) -> str:
    """Above the indicator header, each row ending in a label and its value (`项目名称 | 甲项目`,
    `中期资金总额 | 360 | 年度资金总额 | 120`) short of the widest row, its value written again
    into every column up to the widest row's end, as a converter that unmerges a sheet's merged
    cells and fills each part with the value gives a value merged across the rest of its row."""
    rows = text.split("\n")
    width = max(len(line.split("\t")) for line in rows)
    out, under = [], False
    for line in rows:
        cells = line.split("\t")
        under = under or any(set(column_roles(cell)) & set(LEVELS) for cell in cells)
        if not under and 2 <= len(cells) < width and fold(cells[-1]) and is_exact_label(cells[-2]):
            cells += cells[-1:] * (width - len(cells))
        out.append("\t".join(cells))
    return "\n".join(out)


def one_cell_a_line(text: str) -> str:
    """Every cell on a line of its own, an empty cell as an empty line, and a blank line after
    each row (damage 2), as a converter that prints a table's grid cell by cell gives it: every
    row as wide as the widest row of the file (a grid's rows have all its columns). A blank line
    may then end a row or be an empty cell: the rows are told by the column count alone."""
    rows = [cells for _, cells in text_rows(text)]
    width = max(len(cells) for cells in rows)
    return "\n".join(
        "\n".join(cell.strip() for cell in cells + [""] * (width - len(cells))) + "\n"
        for cells in rows
    )


def drawn_in_ascii(text: str) -> str:
    """The whole text one grid drawn in ASCII (`+----+` rule lines between the rows, `|` between
    the cells, each column as wide as its widest cell in a fixed-pitch font), a cell's lines on
    lines of their own in its row, as a console or a mail client prints a table."""
    rows = [[cell.strip().split("\n") for cell in cells] for _, cells in text_rows(text)]
    width = max(len(cells) for cells in rows)
    rows = [cells + [[""]] * (width - len(cells)) for cells in rows]
    widths = [max(display_width(line) for cells in rows for line in cells[col]) + 2
              for col in range(width)]  # fmt: skip
    rule = "+" + "+".join("-" * columns for columns in widths) + "+"
    out = [rule]
    for cells in rows:
        for at in range(max(len(lines) for lines in cells)):
            texts = [lines[at] if at < len(lines) else "" for lines in cells]
            out.append("|" + "|".join(f" {text}{' ' * (columns - display_width(text) - 1)}"
                                      for text, columns in zip(texts, widths, strict=True)) + "|")  # fmt: skip
        out.append(rule)
    return "\n".join(out)


def cells_parted_by_bars(text: str) -> str:
    """Every line of several cells with its tabs written as ` | ` (a row whose first cell is empty
    opening with a bar, no outer bars), as a converter or a hand writing a table as plain text
    parts its cells without a delimiter row or rule lines."""
    return _barred(text, "{}")


def cells_framed_by_bars(text: str) -> str:
    """`cells_parted_by_bars` with a bar opening and closing every such line, the table's frame
    (a pipe table without its delimiter row)."""
    return _barred(text, "| {} |")


def _barred(text: str, line_format: str) -> str:
    return "\n".join(
        line_format.format(" | ".join(cells)) if len(cells := line.split("\t")) > 1 else line
        for line in text.split("\n")
    )


DAMAGES = {
    rowspan_dropped: (*TARGETS, *SELF_EVALUATIONS),
    header_cells_dropped: EVERY,
    page_numbered: EVERY,
    page_marker_glued: EVERY,
    labels_spaced: EVERY,
    traditional: (*TARGETS, *SELF_EVALUATIONS),
    cells_joined_by_spaces: EVERY,
    one_cell_a_line: EVERY,
    merged_values_filled: EVERY,
    drawn_in_ascii: EVERY,
    cells_parted_by_bars: EVERY,
    cells_framed_by_bars: EVERY,
}


# Tables whose cells lost their tabs (damages 2 and 3) and are not read like the clean one, by
# damage, and why.
UNTABBED_NOT_READ: dict[str, dict[str, str]] = {
    # Texts printed one cell a line already (held-out round 57), with a page's number after
    # every line: the numbers part each row into rows of one cell, and the file is refused.
    "page_numbered": {
        "C-guangxi-baise-xilin-xiangcunzhenxing-pdftotextlayout-utf8-xianjiezijin-fenzhibefore-quannianshijizhi-noinitial-pagebreak-headerrepeated-qizhongsubrow-noscore-pagefooter-2023.txt": "a pdftotext -layout text of self-evaluation round 140, NOT_READ clean too",
        "A-sichuan-guangan-qianfeng-jiaotong-txt-pdftotextlayout-formfeed-xiangmuzijin-caizhengzhuanhu-danweizijin-labelfigurerows-zhibiaoxingzhi-duliangdanwei-quanzhong-zhibiaofangxiangxing-wrappednames-pagebreak-headerrepeated-level1level2blank-twoforms-2025.txt": (
            "a pdftotext -layout form (round 183, 前锋) read by where its cells stand: a page's number after every line parts the lines wrapped round its rows' (row_unparsed)"
        ),
        "C-heilongjiang-hegang-gongnong-chengguan-pdftotextlayout-utf8-landscape-yuan-level2brackets-pagebreak-noheader-levelreprinted-contextduration-pagefooter-2023.txt": (
            "a pdftotext -layout self-evaluation (self-evaluations 139, 工农) read by where its cells stand: a page's number after every line parts the levels wrapped round their rows' lines (row_unparsed)"
        ),
        "A-jiangsu-wuxi-huishan-nongyenongcun-txt-pdftotextlayout-formfeed-xiangmuqizhishijian-yusuananpai-labelsrowthenfigures-jisuanfuhao-duliangdanwei-fenzhi-emptyop-pagebreak-noheaderrepeat-level1blank-twoforms-2025.txt": "a pdftotext -layout form (round 182, 惠山), NOT_READ clean too",
        "C-hunan-zhangjiajie-wulingyuan-wenlv-pdftotextlayout-utf8-xiangmuzhichumingcheng-wrappedname-shishiqi-niandu-sidebyside-benji-shangji-pagebreak-headerrepeated-fuzeren-pagefooter-2024.txt": (
            "a pdftotext -layout self-evaluation (round 138, 武陵源) read by where its cells stand: a page's number after every line parts the cells wrapped round their rows' lines (row_unparsed)"
        ),
        "C-ningxia-yinchuan-yongning-minning-zhen-pdftotext-layout-utf8-lf-bumenxiangmu-zipingdefen-caizhengshenhepingfen-tiaozhengyusuanshuA-cankaofenzhi-zhibiaozhiA-quannianshijizhiB-xiangmujuece-guanli-wrappedcells-twoforms-2023.txt": "a pdftotext -layout text of self-evaluation round 135, NOT_READ clean too",
        "C-anhui-hefei-chaohu-nongye-pdftotext-layout-utf8-lf-tianchanglabels-niandujixiaozhibiaowanchengqingkuang-zhibiaoNprefix-templateleftovers-ellipsisrows-slashrow-dashparts-splitnumber-damage-twoforms-2022.txt": "a pdftotext -layout text (self-evaluation round 134, 巢湖): a page's number after every line parts its wrapped cells' lines from their rows (row_unparsed)",
        "A-fujian-ningde-zhouning-weijian-txt-pdftotext-raw-onecellperline-gb18030-lf-formfeed-zijinqingkuang-wrappednames-pagefurniture-inheader-betweenrows-twoforms-2025.txt": (
            "one cell a line already, no blank line (round 169): a page's number after every line leaves its rows untold, refused (file_unreadable)"
        ),
        "A-fujian-sanming-taining-shuili-txt-word-savedastext-onecellperline-gb18030-crlf-chengben-first-zhibiaojieshi-zhibiaofangxiang-op-unitinname-shifou-twoforms-2025.txt": (
            "one cell a line already, no blank line (round 169): a page's number after every line leaves its rows untold, refused (file_unreadable)"
        ),
        "A-guangdong-meizhou-jiaoling-jiaoyu-txt-pdfviewercopy-onecellperline-utf8-crlf-shenbaobiao-qitazijin-empty-wrappednames-pagefurniture-inheader-betweenrows-twoforms-2025.txt": (
            "one cell a line already, no blank line (round 169): a page's number after every line leaves its rows untold, refused (file_unreadable)"
        ),
        "A3-hunan-loudi-xinhua-shuili-txt-pdftotext-raw-onecellperline-utf8-lf-formfeed-zhongqi-niandu-zhibiaozhi-jixiaobiaozhun-pagefurniture-inheader-betweenrows-wrapped-signoff-twoforms-2025.txt": (
            "one cell a line already, no blank line (round 169): a page's number after every line leaves its rows untold, refused (file_unreadable)"
        ),
        "B-jiangxi-fuzhou-zixi-nongye-txt-pdfviewercopy-onecellperline-utf8-lf-zhibiaoxingzhi-zhibiaozhi-duliangdanwei-dingxing-emptyvalue-baifenbi-monthdate-pagefurniture-inheader-betweenrows-twoforms-2025.txt": (
            "one cell a line already, no blank line (round 169): a page's number after every line leaves its rows untold, refused (file_unreadable)"
        ),
        "C-anhui-xuancheng-xuanzhou-nongye-pdfcopy-onecellperline-noblanklines-threeformsbacktoback-titleundersignoff-benniancaizhengbokuan-dashonlyparts-deptcodes-utf8-lf-2023.txt": (
            "one cell a line already, no blank line (self-evaluation round 126): a page's number after every line leaves its rows untold, refused (file_unreadable)"
        ),
        "C-hebei-tangshan-luannan-weijian-pdftotext-raw-onecellperline-noblanklines-threeformsbacktoback-titleunderlianxidianhua-goalsonesentenceperline-emptypartrowslabelonly-utf8-lf-2023.txt": (
            "one cell a line already, no blank line (self-evaluation round 127): a page's number after every line leaves its rows untold, refused (file_unreadable)"
        ),
        "C-shanxi-linfen-xiangfen-nongye-pdftotext-layout-utf8-lf-spacedcolumns-reasonthreelines-middlelineyearfigure-centredrow-emptypartrowsnofigures-breakinsidemoneyblock-pagefooter-runningheader-twoforms-2022.txt": (
            "a pdftotext -layout text (self-evaluation round 127): a page's number after every line parts its wrapped cells' lines from their rows (row_unparsed)"
        ),
        "C-hunan-chenzhou-suxian-linye-pdfcopy-onecellperline-utf8-lf-emptycellsdropped-pagefurniture-diyeyegongye-slashreasons-twoforms-2023.txt": (
            "a PDF's text one cell a line with no blank line (self-evaluation round 124, 苏仙): a page's number after every line leaves its rows untold, refused (file_unreadable)"
        ),
        "C-hunan-yongzhou-lengshuitan-jiaoyu-pdftotext-layout-utf8-lf-spacedcolumns-pagefurniture-wrappedreason-scoreexceedsweight-twoforms-2023.txt": "a pdftotext -layout text (self-evaluation round 124): a page's number after every line parts its wrapped cells' lines from their rows (row_unparsed)",
        "E-hebei-chengde-kuancheng-shuiwu-deptlist-pdftotextlayout-yuan-thousands-goalwrapsbesiderows-goallinefigurefirst-level1mergedtop-monthenddate-wrappednames-pagefooter-headerrepeated-utf8-2025.txt": "a pdftotext -layout list whose goals wrap beside its rows (round 158), NOT_READ clean too",
        "E-liaoning-shenyang-hunnan-jiaoyu-deptlist-pdftotextlayout-bumenyusuan-xiangmujixiaomubiaobiao-goalwrapsbesiderows-goallinefigurefirst-levelsmergedtop-pagebreakinsideproject-levelsacrossbreak-pagefooter-headerrepeated-utf8-2024.txt": "a pdftotext -layout list whose goals wrap beside its rows (round 158), NOT_READ clean too",
        "E-hunan-chenzhou-rucheng-jiaoyu-txt-pdf-via-wps-tab-department-list-indicator-rows-wrapped-names-levels-labels-goals-on-own-lines-jingjixiaoyi-zhibiao-split-pagefooter-headerrepeated-heji-last-2025.txt": "a PDF copied through WPS, its cells' line breaks bare (round 145, 汝城): damaged again, its lines no longer make up its rows",
        "A2-guangxi-hechi-donglan-xianjie-txt-wappage-copy-onecellperline-blanklinesbetweenrows-mergedwrittenonce-fuzerenjidianhua-sitepager-between-rows-twoforms-2025.txt": "a web page's copy one cell a line (round 145, 东兰): damaged again, its rows are not told",
        "D-sichuan-nanchong-nanbu-shuiwu-pdftotextlayout-bumenzhengti-jibenzhichu-xiangmuzhichu-splitcols-wrappedgoal-level1acrossbreak-labelsrepeated-2025.txt": "a pdftotext -layout text (round 140), a page's number after every line: its places part no columns",
        "E-sichuan-guangan-huaying-minzheng-pdftotextlayout-shenbaobiao-yuan-heji-first-goalwrapsbesiderows-pagebreakinsideproject-headerrepeated-splitcols-2024.txt": "a pdftotext -layout text (round 140), a page's number after every line: its places part no columns",
        "B-chongqing-liangjiang-chengshiguanli-pdftotextlayout-biaoshier-nolevels-jiliangdanwei-zhibiaoxingzhi-dingxing-listcontinued-labelsrepeated-diyiyegongyeye-2024.txt": "a pdftotext -layout text (round 140), a page's number after every line: its places part no columns",
        "A-sichuan-deyang-mianzhu-nongye-pdftotextlayout-yitihua-zhibiaoxingzhi-duliangdanwei-quanzhong-pageheader-diyiyegongyeye-formcontinued-labelsrepeated-erjiacrossbreak-wrappedsanji-2025.txt": "a pdftotext -layout text (round 140), a page's number after every line: its places part no columns",
        "C-hubei-jingzhou-songzi-nongye-word-savetext-gbk-onecellperline-emptylines-norowbreaks-shijizhuguanbumen-nianchuyuqimubiao-defenbeforezhixinglv-twoprojects-rateoff-2023.txt": (
            "Word's text one cell a line with no row ends (self-evaluation round 84), NOT_READ clean too"
        ),
        "C-yunnan-dali-yangbi-linye-pdftotext-layout-spaceruns-wrappedcells-levelsmidblock-pagebreakinblock-footers-zhibiaoxingzhi-splitcols-twoprojects-fullmarksmissed-2022.txt": (
            "pdftotext's layout text (self-evaluation round 84), its rows refused, NOT_READ clean too"
        ),
        "A-guangdong-qingyuan-fogang-jigong-word-savetext-gbk-crlf-onecellperline-blanklinerows-emptycellsnoline-jibenqingkuangbiao-touzizonge-yuqixiaoguo-shangnianshiji-bennianjihua-two-projects-2018.txt": (
            "Word's text one cell a line (round 92), a page's number after every line: refused (file_unreadable)"
        ),
        # Held-out rounds 79 and 72: PDF texts in reading order, a page's number after every line:
        # the numbers part each row.
        "A-heilongjiang-suihua-qingan-shuidao-project-form-pdftotext-raw-reading-order-one-cell-per-line-levels-once-names-wrapped-two-lines-goal-three-lines-text-target-page-footer-amount-row-mismatch-utf8-lf-2025.txt": "a text in reading order, a page's number after every line: its rows not told",
        "A1-neimenggu-chifeng-balinzuoqi-rouniu-form-pdftotext-raw-reading-order-midterm-and-annual-groups-side-by-side-both-filled-levels-once-per-group-wrapped-names-goals-side-by-side-period-amount-below-annual-utf8-bom-lf-2024.txt": "a text in reading order, a page's number after every line: its rows not told",
        "B-sichuan-aba-heishui-nongcun-gonglu-yitihua-split-columns-pdftotext-raw-reading-order-dingxing-rows-empty-unit-prints-nothing-page-break-labels-repeated-heji-weights-95-vs-100-gb18030-crlf-2025.txt": "a text in reading order, a page's number after every line: its rows not told",
        "C-fujian-sanming-ninghua-helonggongmi-pdftotextraw-readingorder-noblanklines-wrappednames-emptyreasonsprintnothing-partrowsemptycells-zongfen-fullmarksmissed-utf8-lf-2023.txt": "a text in reading order, a page's number after every line: its rows not told",
        "C-sichuan-ganzi-seda-maoniu-nuanpeng-pdftotextraw-readingorder-blanklineafterrow-nameswrappedtwolines-reasonswrapped-dashpartcells-zongfen-scoreaboveweight-gb18030-crlf-2022.txt": "a text in reading order, a page's number after every line: its rows not told",
        "D-xinjiang-tacheng-tuoli-linyecaoyuan-zhengti-pdftotextraw-readingorder-blanklineafterrow-wrappedreason-pagebreakbeforeindicators-wuyreasons-zongfen-scoretotaloff-utf8bom-lf-2023.txt": "a text in reading order, a page's number after every line: its rows not told",
        "E-guizhou-anshun-zhenning-shuiwu-department-list-one-row-per-indicator-pdftotext-raw-reading-order-unit-once-project-name-amount-goal-once-wrapped-name-and-goals-three-projects-heji-row-subtotal-mismatch-utf8-crlf-2025.txt": "a text in reading order, a page's number after every line: its rows not told",
        # 金秀 and 云和 (held-out rounds 74 and 67), one cell a line already: numbered, refused.
        "A1-guangxi-laibin-jinxiu-linxia-jingji-form-word-text-one-cell-a-line-blank-line-between-rows-midterm-and-annual-groups-side-by-side-level1-merged-first-row-only-traditional-mirror-ocr-operator-damage-deadline-before-fiscal-year-gb18030-crlf-2024.txt": "one cell a line already: numbered, refused",
        "C-zhejiang-lishui-yunhe-wanju-pingtai-cellperline-blanklinebetweenrows-traditional-mirror-dateactual-zongfen-scoretotaloff-utf8bom-lf-2023.txt": "one cell a line already: numbered, refused",
        # 会同 (round 66), 淳化 (round 73): a PDF's text in reading order, a page's number
        # after every line.
        "A2-shaanxi-xianyang-chunhua-pingguo-form-pdftotext-raw-reading-order-one-cell-per-line-levels-once-wrapped-names-and-goal-deadline-before-fiscal-year-utf16le-bom-crlf-2024.txt": "a text in reading order, a page's number after every line: its rows not told",
        "C-hunan-huaihua-huitong-youcha-dichanlin-form2019-xiangmuwancheng-pdftotextraw-readingorder-cellperline-figuresruntogether-verticallabel-pagebreak-zongfen-rateoff-utf8-lf-2019.txt": "a text in reading order, a page's number after every line: rows fitting no way",
        # 甘德 (held-out round 68), a web page dumped by w3m, its grid drawn in box-drawing
        # characters: a page's number after every line breaks the grid, read as lines.
        "D-qinghai-guoluo-gande-nongmu-zhengti-web-page-w3m-dump-box-drawing-borders-rowspans-as-open-rules-cells-wrapped-at-column-width-explanation-before-value-spending-split-mismatch-utf8-lf-2025.txt": "a drawn grid broken by page numbers",
        # 康平 (held-out round 67), a cell a line: a page's number after every line parts it.
        "A2-liaoning-shenyang-kangping-xianjie-two-forms-pdftotext-plain-cell-a-line-blank-between-rows-wrapped-cells-extra-lines-levels-at-middle-or-alone-between-rows-page-break-header-repeated-labels-beizhu-utf8-lf-formfeed-2024.txt": "a text a cell a line parted by page numbers",
        # Texts printed one cell a line already (held-out rounds 62 and 55) and a CSV export
        # with quoted cells over lines (62): a page's number after every line parts them, and
        # the file is refused (file_unreadable).
        "A2-hainan-haikou-xiuying-wenti-form-word-text-one-cell-per-line-blank-line-between-rows-label-value-pairs-across-level1-bracket-points-beizhu-target-like-compound-targets-weights-not-100-utf8-lf-2024.txt": "one cell a line already: numbered, refused",
        "C-heilongjiang-suihua-qinggang-heitudi-wordonecellperline-blanklinesbetweenrows-mergedonce-level1points-nianchudash-heji-onedecimalscores-reasonwu-actualrepeatsoperator-dadaoyuqi-jibendadao-scoretotaloff-thousands-utf8-lf-2023.txt": "one cell a line already: numbered, refused",
        "E-shanxi-sheng-shuili-rows-csv-export-quoted-cells-commas-line-breaks-name-broken-in-cell-yuan-decimals-heji-beizhu-weights-not-100-utf8-bom-crlf-2024.txt": "quoted cells over lines parted by the numbers: refused",
        # A fixed-width text (pdftotext -layout, held-out round 61) with a page's number after
        # every line: a level cell's end wrapped onto the next line is parted from it.
        "A2-henan-xinyang-shangcheng-shangshiqiao-zhen-three-forms-pdftotext-layout-fixed-width-runs-of-spaces-mubiaozhi-niandu-label-project-header-repeated-after-page-break-cells-wrapped-three-lines-value-centred-form-feeds-gb18030-lf-2024.txt": "a fixed-width text: a wrapped 二级's end parted by a page's number",
        "B-qinghai-haixi-tianjun-nongmu-two-forms-web-page-text-one-cell-per-line-blank-line-between-rows-empty-cells-vanish-nature-value-unit-weight-columns-vertical-label-one-char-per-line-then-lost-wrapped-label-level2-names-gb18030-lf-2025.txt": "refused: a text one cell a line numbered after every line",
        "E-xizang-rikaze-dingri-jiaoyu-rows-yuan-sheet-grid-one-cell-per-line-empty-cells-as-empty-lines-blank-line-after-each-row-wrapped-project-names-level2-and-name-split-amount-read-back-by-heji-utf16le-bom-crlf-2022.txt": "refused: a text one cell a line numbered after every line",
        "C-jiangxi-shangrao-dexing-youcha-pdftotext-layout-fixedwidth-verticallabel-centeredmergedcells-wrappedcells-pagebreak-insidexiaoyi-pagefooters-formfeed-rateoff-2022.txt": "a pdftotext -layout text (self-evaluation round 104): a page's number after every line parts its wrapped cells' lines from their rows",
        "C-guizhou-qianxinan-xingren-xianjie-pdftotextlayout-utf8-lf-jixiaomubiaozipingbiao-zhixinglvBAwrapped-moneylabelswrapped-fenzhiqian-quannianshijizhi-levelpoints-levelsatmiddle-zhulines-pagefooter-rateoff-2023.txt": "a pdftotext -layout form of self-evaluation round 137, NOT_READ clean too",
        "C-liaoning-benxi-mingshan-nongye-pdftotextlayout-utf8-lf-fujian1-mof-fuyi-wrappedheadings-moneylabelswrapped-levelsatmiddle-wrappednames-pagebreakinsidexiaoyi-headerrepeated-nolevel1afterbreak-pagefooter-twoforms-2023.txt": "a pdftotext -layout form of self-evaluation round 137, NOT_READ clean too",
        "A-guangdong-meizhou-fengshun-weijian-txt-pdftotextlayout-utf8-formfeed-yusuandanwei-bendushenqingxiancaizheng-yuqichanchuzhibiao-xiaoguozhibiao-wrappednames-pagefooter-twoforms-2025.txt": "a pdftotext -layout text (round 180): a page's number after every line parts its wrapped cells' lines from their rows",
        "A-heilongjiang-haerbin-tonghe-linye-txt-pdftotextlayout-formfeed-zhuguanbumenjidaima-moneyblockwrapped-shangnianjiezhuan-wrappednames-shehuigongzhong-permille-pagefooter-twoforms-2025.txt": "a pdftotext -layout form (round 181, 通河) read by where its cells stand: a page's number after every line parts the lines wrapped round its rows' (the names take the wrapped 主管部门's first line, no money row, levels lost: row_unparsed)",
    },
    "cells_joined_by_spaces": {
        "C-guangxi-baise-xilin-xiangcunzhenxing-pdftotextlayout-utf8-xianjiezijin-fenzhibefore-quannianshijizhi-noinitial-pagebreak-headerrepeated-qizhongsubrow-noscore-pagefooter-2023.txt": "a pdftotext -layout text of self-evaluation round 140, NOT_READ clean too",
        "A-sichuan-guangan-qianfeng-jiaotong-txt-pdftotextlayout-formfeed-xiangmuzijin-caizhengzhuanhu-danweizijin-labelfigurerows-zhibiaoxingzhi-duliangdanwei-quanzhong-zhibiaofangxiangxing-wrappednames-pagebreak-headerrepeated-level1level2blank-twoforms-2025.txt": (
            "a pdftotext -layout form (round 183, 前锋) read by where its cells stand, joined by spaces: read by its words, its wrapped cells are not put back (row_unparsed)"
        ),
        "C-heilongjiang-hegang-gongnong-chengguan-pdftotextlayout-utf8-landscape-yuan-level2brackets-pagebreak-noheader-levelreprinted-contextduration-pagefooter-2023.txt": (
            "a pdftotext -layout self-evaluation (self-evaluations 139, 工农) read by where its cells stand, joined by spaces: its levels wrapped round their rows' lines are not put back (row_unparsed)"
        ),
        "A-jiangsu-wuxi-huishan-nongyenongcun-txt-pdftotextlayout-formfeed-xiangmuqizhishijian-yusuananpai-labelsrowthenfigures-jisuanfuhao-duliangdanwei-fenzhi-emptyop-pagebreak-noheaderrepeat-level1blank-twoforms-2025.txt": "a pdftotext -layout form (round 182, 惠山), NOT_READ clean too",
        "C-hunan-zhangjiajie-wulingyuan-wenlv-pdftotextlayout-utf8-xiangmuzhichumingcheng-wrappedname-shishiqi-niandu-sidebyside-benji-shangji-pagebreak-headerrepeated-fuzeren-pagefooter-2024.txt": (
            "a pdftotext -layout self-evaluation (round 138, 武陵源) read by where its cells stand, joined by spaces: the cells wrapped round their rows' lines are not put back (row_unparsed)"
        ),
        "A-guangdong-meizhou-fengshun-weijian-txt-pdftotextlayout-utf8-formfeed-yusuandanwei-bendushenqingxiancaizheng-yuqichanchuzhibiao-xiaoguozhibiao-wrappednames-pagefooter-twoforms-2025.txt": "a pdftotext -layout form of round 180, NOT_READ clean too",
        "C-ningxia-yinchuan-yongning-minning-zhen-pdftotext-layout-utf8-lf-bumenxiangmu-zipingdefen-caizhengshenhepingfen-tiaozhengyusuanshuA-cankaofenzhi-zhibiaozhiA-quannianshijizhiB-xiangmujuece-guanli-wrappedcells-twoforms-2023.txt": "a pdftotext -layout text of self-evaluation round 135, NOT_READ clean too",
        "A-tianjin-jinghai-tuanbozhen-zhenzhengfu-txt-htmltotext-pipes-rowspanignored-continuationrowsshiftedleft-emptycellsatend-spaced-zongtimubiao-jixiaozhibiao-labelspan-twoforms-2025.txt": "rows a converter shifted left (round 179), joined by spaces too: two rows fit their columns no one way (row_unparsed)",
        "C-hubei-wuhan-dongxihu-shuiwu-pdftotext-layout-utf8-lf-spacedcolumns-pagefurniture-diyeyegongye-runningheader-wrappedreason-twoforms-2023.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words (self-evaluation round 124)",
        "C-hunan-yongzhou-lengshuitan-jiaoyu-pdftotext-layout-utf8-lf-spacedcolumns-pagefurniture-wrappedreason-scoreexceedsweight-twoforms-2023.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words (self-evaluation round 124)",
        "E-heilongjiang-jiamusi-huanan-jiaoyu-txt-pdftotextlayout-spacealigned-deptlist-rowperindicator-projectcells-firstrowonly-wrappedprojectnames-heji-first-yusuanjine-wrappedheader-pagebreak-insideproject-headerrepeated-2025.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words (round 171)",
        "C-anhui-hefei-chaohu-nongye-pdftotext-layout-utf8-lf-tianchanglabels-niandujixiaozhibiaowanchengqingkuang-zhibiaoNprefix-templateleftovers-ellipsisrows-slashrow-dashparts-splitnumber-damage-twoforms-2022.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words (self-evaluation round 134)",
        "C-guizhou-qiandongnan-majiang-nongye-txt-tabbed-webcopy-yitihua-zhibiaoxingzhi-zhibiaozhi-duliangdanwei-smallformequals-bareactuals-ratenfenzhicol-2022.txt": (
            "a web copy (self-evaluation round 132, 麻江) that dropped every merged cell, its header "
            "over two rows six cells wide above rows of ten, joined by spaces: no column count "
            "fits its rows (row_unparsed)"
        ),
        "D-chongqing-dadukou-shuili-txt-wordtabletotext-tabs-gb18030-crlf-bumenzhengti-plus-xiangmu-zhibiaomingcheng-jiliangdanwei-zhibiaoxingzhi-nianchuzhibiaozhi-tiaozhengempty-quanniandewancheng-defenxishu-hexinzhibiao-2023.txt": (
            "重庆's self-evaluation (self-evaluation round 128) joined by spaces: its ten indicator "
            "columns, empty ones vanished, are refused (file_unreadable)"
        ),
        "D-tianjin-jizhou-xiayingzhen-txt-wordtabletotext-tabs-gbk-crlf-bumenzhengti-plus-xiangmu-blankscores-2022.txt": (
            "天津's self-evaluation (round 129) joined by spaces: the two rows whose 得分 is blank "
            "fit their columns more than one way (row_unparsed)"
        ),
        "A-neimenggu-tongliao-zhalute-linye-txt-pdftotextlayout-spacealigned-gb18030-xiangmuzijin-zhibiaozhishuoming-wrapped-permille-pagebreak-betweenrows-pagebreak-inmoneyblock-afterfirstrow-qitazijin-empty-twoforms-2025.txt": (
            "a pdftotext -layout text (round 171) joined by single spaces: its wrapped cells' lines are read as rows (row_unparsed)"
        ),
        "A-shanxi-xinzhou-wuzhai-shuili-txt-pdftotextlayout-spacealigned-zhuguanbumenjidaima-xiangmushuxing-xiangmuqi-moneylabelcentred-qitazijin-zero-empty-figures-pagebreak-betweenrows-wrappednames-yearline-threeforms-2025.txt": (
            "a pdftotext -layout text (round 171) joined by single spaces: its wrapped cells' lines are read as rows (row_unparsed)"
        ),
        "A2-hebei-hengshui-wuqiang-nongye-txt-pdftotextlayout-spacealigned-shenbaobiao-xiangmufuzeren-zijinqingkuang-qitazijin-empty-pagebreak-inmoneyblock-wrappednames-figurelines-beizhu-wrapped-twoforms-2025.txt": (
            "a pdftotext -layout text (round 171) joined by single spaces: its wrapped cells' lines are read as rows (row_unparsed)"
        ),
        "A2-jilin-baishan-fusong-weijian-txt-pdftotextlayout-spacealigned-shenbaobiao-level2everyrow-namesstartwithfigures-pagebreak-inmoneyblock-qitazijin-emptyafterbreak-pagebreak-betweenrows-beizhu-wrapped-renyue-twoforms-2025.txt": (
            "a pdftotext -layout text (round 171) joined by single spaces: its wrapped cells' lines are read as rows (row_unparsed)"
        ),
        "E-hebei-chengde-kuancheng-shuiwu-deptlist-pdftotextlayout-yuan-thousands-goalwrapsbesiderows-goallinefigurefirst-level1mergedtop-monthenddate-wrappednames-pagefooter-headerrepeated-utf8-2025.txt": "a pdftotext -layout list whose goals wrap beside its rows (round 158), NOT_READ clean too",
        "E-jilin-liaoyuan-dongfeng-nongye-deptlist-pdftotextlayout-heji-first-thousands-goalwrapsbesiderows-goallinefigurefirst-wannmu-wanmuci-implieddate-wrappednames-pagefooter-headerrepeated-gb18030-2025.txt": "a pdftotext -layout list whose goals wrap beside its rows (round 158), NOT_READ clean too",
        "E-liaoning-liaoyang-gongchangling-zhujian-deptlist-pdftotextlayout-xuhao-danweimingcheng-niandujixiaomubiao-goalwrapsbesiderows-goallinefigurefirst-goallinedateend-wrappednames-levelseveryrow-pagefooter-headerrepeated-utf8-2025.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words (round 158)",
        "E-liaoning-shenyang-hunnan-jiaoyu-deptlist-pdftotextlayout-bumenyusuan-xiangmujixiaomubiaobiao-goalwrapsbesiderows-goallinefigurefirst-levelsmergedtop-pagebreakinsideproject-levelsacrossbreak-pagefooter-headerrepeated-utf8-2024.txt": "a pdftotext -layout list whose goals wrap beside its rows (round 158), NOT_READ clean too",
        "E-heilongjiang-heihe-beian-jiaoyu-ocr-txt-spaceruns-dept-list-project-cells-first-row-goal-lines-interleaved-spaceinamount-Ofor0-fullwidth-pageheader-pagenumber-2025.txt": (
            "an OCR'd list whose goal lines stand beside its rows (round 157, 北安), NOT_READ clean too"
        ),
        "E-jilin-changchun-gongzhuling-minzheng-ocr-txt-pipes-dept-list-project-cells-first-row-heji-Ofor0-geq-read-as-gt-ascii-geq-fullwidth-pageheader-pagenumber-2025.txt": (
            "an OCR'd list parted by bars (round 157, 公主岭): joined by spaces, the first project's rows are no longer told from its cells"
        ),
        "C-jiangxi-ganzhou-ganxian-nongye-webpaste-browsercopy-txt-utf8-crlf-sitechrome-twoprojects-rowspanshiftleft-dashparts-rateoff-2023.txt": (
            "a browser's copy of a page, rows shifted left under merges (self-evaluation round 118, 赣县): joined by spaces, one row's words fit its columns in more than one way"
        ),
        "P-guangdong-zhaoqing-duanzhou-weijian-excel-unicodetext-utf16le-bom-tab-crlf-paddedrows-heji-first-unitrows-quotedmultiline-fieldsperline-yijierjisanji-zhibiaozhi-2023.txt": "a packed table whose 绩效指标 cells print a field a line (round 151, 端州): joined by spaces, no header row is found and the file is refused",
        "C-guangdong-maoming-dianbai-weijian-pdftotext-layout-utf8-lf-ruledpdf-monospace-spacedcolumns-wrappedcellstwolines-formfeed-twoforms-operatoractual-2023.txt": "a pdftotext -layout text (self-evaluation round 112), NOT_READ clean too",
        "E-hunan-chenzhou-rucheng-jiaoyu-txt-pdf-via-wps-tab-department-list-indicator-rows-wrapped-names-levels-labels-goals-on-own-lines-jingjixiaoyi-zhibiao-split-pagefooter-headerrepeated-heji-last-2025.txt": "a PDF copied through WPS, its cells' line breaks bare (round 145, 汝城): damaged again, its lines no longer make up its rows",
        "C-gansu-tianshui-qinan-guotulvhua-fanghuo-tab-txt-excel-savedastext-gbk-crlf-twoformsstacked-tiaozhenghouyusuanshu-caizhengzijin-qitazijin-quotedmultilinecells-anqiwancheng-2023.txt": "a tab text whose quoted cells hold line breaks (self-evaluation round 109), joined by spaces: two rows fit no one way (row_unparsed)",
        "C-qinghai-huangnan-henanxian-caoyuanbujiang-tab-txt-excel-savedastext-gbk-crlf-usedrangepadding-verticaljixiaozhibiao-quotedmultilinecells-wanmu-shangnianjiezhuan-2023.txt": "a tab text whose quoted cells hold line breaks (self-evaluation round 109), joined by spaces: two rows fit no one way (row_unparsed)",
        "B-chongqing-liangjiang-chengshiguanli-pdftotextlayout-biaoshier-nolevels-jiliangdanwei-zhibiaoxingzhi-dingxing-listcontinued-labelsrepeated-diyiyegongyeye-2024.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words (round 140)",
        "A-sichuan-deyang-mianzhu-nongye-pdftotextlayout-yitihua-zhibiaoxingzhi-duliangdanwei-quanzhong-pageheader-diyiyegongyeye-formcontinued-labelsrepeated-erjiacrossbreak-wrappedsanji-2025.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words (round 140)",
        "E-sichuan-guangan-huaying-minzheng-pdftotextlayout-shenbaobiao-yuan-heji-first-goalwrapsbesiderows-pagebreakinsideproject-headerrepeated-splitcols-2024.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words (round 140)",
        "P-guangdong-guangzhou-conghua-nongye-tab-txt-utf8-crlf-xiangmumingcheng-zijinshiyongdanwei-onecolumn-zongji-caizhengzhuanhu-heji-unitrows-codedlevels-partsspacejoined-shishizhouqi-niandu-fullwidthdigits-subtotal-mismatch-2024.txt": "round 132's packed cell of fields parted by spaces: damage that parts cells by spaces or draws them leaves its fields and cells apart no more",
        # 开阳 (round 126): a list's header over two rows, its first project's goal of numbered
        # lines: joined by spaces, that row's words fit its columns in more than one way and are
        # refused (row_unparsed), never placed by a guess.
        "E-guizhou-guiyang-kaiyang-wenlv-wps-txt-tabs-gbk-crlf-leadingblankrow-tworowheader-split-xingzhi-zhi-danwei-quanzhong-dingxing-mergedblank-trailingtabs-2025.txt": "a list's header over two rows, a goal of numbered lines: its first project row refused",
        # Round 124's 一体化 exports, each row printing its project's cells again, its code first:
        # joined by spaces, their cells are not told apart again.
        "B-sichuan-liangshan-ningnan-yitihua-export-excel-tabtext-gbk-crlf-quotedmultiline-danweibianma-dingliang-dingxing-operator-inside-zhibiaozhi-bareoperator-fourprojects-2023.txt": "an export printing its project's cells on every row, joined by spaces: read otherwise",
        "B-sichuan-nanchong-pengan-jiaotong-yitihua-export-utf8-pipe-lf-ascii-operators-bareoperator-header-repeated-every-50-rows-xuhao-sixprojects-2024.txt": "an export printing its project's cells on every row, joined by spaces: read otherwise",
        "B-sichuan-yaan-hanyuan-nongye-yitihua-export-unicodetext-utf16le-bom-tabs-crlf-twoheaderrows-zhongqi-niandu-columngroups-zhibiaoxingzhi-duliangdanwei-quanzhong-fourprojects-2024.txt": "an export printing its project's cells on every row, joined by spaces: read otherwise",
        # 耿马 (round 118): a list whose header spans two rows, its 合计 first; 乡城, its empty
        # cells dropped by its converter (NOT_READ clean too): joined by spaces, their cells
        # cannot be told apart again.
        "E-yunnan-lincang-gengma-nongye-deptlist-tsv-tworowheader-zijin-heji-caizheng-qita-spannedcellsempty-rowspanonce-hejifirst-crlf-2024.txt": (
            "a list's header over two rows and its 合计 first, joined by spaces: its projects are read otherwise"
        ),
        "A-sichuan-ganzi-xiangcheng-wenlv-forms-tsv-emptycellsdropped-upperheadershort-zhibiaozhi-zhongqi-niandu-beizhu-rowsshiftleft-2025.txt": "a text whose converter dropped every empty cell, NOT_READ clean too",
        "E-anhui-wuhu-nanling-nongye-excel-tab-txt-gbk-crlf-heji-first-danwei-subtotal-rows-yi-er-san-xuhao-yiji-only-no-erji-heji-caizheng-qita-yuan-thousands-quoted-altenter-goals-beizhu-subtotal-mismatch-2025.txt": (
            "a list with unit rows (round 99) joined by spaces: a unit's row read as a project, errors raised"
        ),
        # 陈仓 and 麦积, as under header_cells_dropped: `其中:财政拨款 500` read under the total's
        # heading, refused (amount_unparsed) where the clean form reads its 财政拨款.
        "E-shaanxi-chencang-shuili-transfer-unfilled-2020.txt": "the 财政拨款 figure under the total's heading: refused (amount_unparsed), no longer dropped silently",
        "E-gansu-tianshui-maiji-transfer-unfilled-2021.txt": "the 财政拨款 figure under the total's heading: refused (amount_unparsed), no longer dropped silently",
        "C-guangxi-chongzuo-ningming-nongye-browser-copy-tabs-rowspanonce-shiftleft-brbreaksrow-sitechrome-chengdanchushi-yuqishixianzhi-twoprojects-amountoff-2023.txt": (
            "a browser's copy with its site's navigation (self-evaluation round 84): the navigation's words, fields of the first project in the clean text, are read otherwise once its cells are joined by spaces"
        ),
        "C-shaanxi-yanan-huangling-pingguo-tab-txt-excel-savedastext-gbk-crlf-trailingtabs-quotedmultilinecells-thousands-quannianshijizhi-fundsourcerows-2023.txt": (
            "an Excel text with quoted line breaks (self-evaluation round 82) joined by spaces: a money row of 4 figures under 6 headings is refused (row_unparsed)"
        ),
        "A-shaanxi-tongchuan-shizhi-weijian-tsv-txt-gb18030-crlf-yueyanglou-columns-zhibiaozhi-leixing-xing-zhibiaozhi-jiliang-danwei-zhibiao-jieshi-xing-pingkoufen-biaozhun-beizhu-empty-level2-row-dingliang-words-two-projects-2024.txt": (
            "岳阳楼区's columns on a form (round 90) joined by spaces: its rows fit their columns in more than one way, refused in part (the clean file is NOT_READ too)"
        ),
        "C-anhui-chuzhou-quanjiao-jiuzai-tab-txt-zhuanyizhifu-tianchang-form-quannianyusuanshuA-zhixingshuB-nianduzongtimubiaowanchengqingkuang-level1lost-zhibiao1-targetinname-slashrow-ellipsisrows-2022.txt": (
            "天长's form of points-only 一级 cells (self-evaluation round 81) joined by spaces: read otherwise (the clean file is NOT_READ too)"
        ),
        "B-guizhou-zunyi-fenggang-chaye-flat-list-tsv-txt-no-level-columns-one-zhibiaozhi-column-quanzhong-project-cells-first-row-heji-last-subtotal-mismatch-2025.txt": (
            "a list of no level columns (round 91) joined by spaces: its 合计 row (`合计 220.00`) is kept as notes under the table, and the planted subtotal_mismatch is not raised"
        ),
        "A-zhejiang-hangzhou-tonglu-wenguanglvti-browser-copy-tabs-rowspanonce-emptycellsdropped-rowsshiftleft-breadcrumb-sitefooter-two-forms-one-page-beizhu-2025.txt": (
            "a page copied from a browser (round 92), its rows shifted left, joined: its words fit their columns in more than one way (row_unparsed), refused in part"
        ),
        "B-jiangsu-zhenjiang-yangzhong-nongye-pdf-layout-text-spaceruns-wrappedcells-mergedtextbesiderows-pagefooter-formfeed-runningheader-headerrepeated-level1acrosspagebreak-two-projects-2024.txt": (
            "a PDF's layout text (round 92) joined: its rows fit their columns in more than one way (row_unparsed), refused in part"
        ),
        "C-xizang-shannan-langkazi-mianyang-xianjie-pdfcopytext-spaceruns-wrappedcells-verticallabelonecharperline-pagefooter-fenzhiqian-quannianshijizhi-rateoff-2023.txt": (
            "a PDF's text of space runs (self-evaluation round 80), the vertical label one character a line: its rows' words joined again fit their columns in more than one way (row_unparsed), refused"
        ),
        "A1-jiangsu-taizhou-jingjiang-jikong-tab-txt-niandu-jixiao-xinxi-before-zhongqi-jixiao-xinxi-qizhong-cell-holds-caizheng-bokuan-zhibiao-xuanze-rownumbers-keshuru-shengyushu-two-projects-amount-row-mismatch-2019.txt": (
            "a system page's rows of numbered indicator rows under `指标选择` (round 87) joined: no indicator row fits its labels (layout_unsupported), refused"
        ),
        # 洪泽 (round 78s).
        "C-jiangsu-huaian-hongze-daomai-tab-txt-zhuguanbumenjidaima-chengdanchushi-yusuanshu-only-mubiaoshijiwanchengqingkuang-rateoff-2023.txt": "a money row of two figures under five headings, joined by spaces: not placed by a guess (row_unparsed)",
        # 若羌 (round 86): levels printed one column left, joined by spaces.
        "A-xinjiang-bazhou-ruoqiang-linguo-tsv-txt-hubei-ezhou-template-chengben-goucheng-heji-shifted-levels-jixiao-biaozhun-dangnian-yuqi-shixianzhi-2025.txt": "a form whose 二级 stands under the 一级's label (levels shifted), joined by spaces: its first row's 二级 read as a name (row_unparsed)",
        # 青龙 (round 77s).
        "C-hebei-qinhuangdao-qinglong-banli-tab-txt-hebei-langfang-form-wrapped-nianchu-yusuanshu-zhibiao1-glued-bare-numbers-rateoff-2023.txt": "a money row of three figures under six headings, joined by spaces: not placed by a guess (row_unparsed)",
        # 连平 (round 84), 宜川 (round 76s).
        "A-guangdong-heyuan-lianping-jigong-shixun-tsv-txt-shengji-zhuanxiang-xiangmu-jixiao-mubiaobiao-yuqi-chanchu-xiaolv-jihua-yuqi-xiaoguo-zhibiao-leibie-gexinghua-zhibiao-shangniandu-shiji-shuiping-2025.txt": "the indicator table's two block headings (预期效果 | 预期社会经济效益) print no cells below them: its rows lost their empty cells, and those printing no 指标类别 fit the columns no one way (row_unparsed)",
        "C-shaanxi-yanan-yichuan-pingguo-tab-txt-bumenxiangmu-zipingbiao-zipingdefen-tiaozhengyusuanshuA-cankaofenzhi-zhibiaozhiA-quannianshijizhiB-xiangmujuece-guanli-2023.txt": "the money row printing no 年度资金总额 figure under its heading (`| | 500 | 520 | …`), joined by spaces: its figures fit the headings no one way, the total lost (currency_unit_missing, line_unrecognised)",
        # 洞口 (round 82): see NOT_READ; 吴堡 (round 81): its 一级 服务对象满意度指标 over the
        # template's 二级 具体指标, joined, fits its columns no one way (row_unparsed).
        "A4-hunan-shaoyang-dongkou-yinshui-tsv-txt-ningxiang-template-xiangmu-jixiao-mubiaobiao-niandu-zijin-zonge-ji-goucheng-shangji-benji-caizheng-inline-changqi-niandu-tables-shehui-gongzhong-manyidu-merged-amount-row-mismatch-2025.txt": "a 一级 cell naming its level's only 二级 (社会公众或服务对象满意度指标) with its empty 二级 cell dropped: a row shifted left as far as any cell tells, read as a 二级 under 效益指标 (category_code_mismatch)",
        "A4-shaanxi-yulin-wubu-hongzao-county-template-tsv-txt-tianbaodanwei-gaizhang-xiangmu-zijin-shenqing-zijinzonge-caizhengbokuan-zizhi-zijin-changqi-niandu-jixiao-zhibiao-tables-zhibiao-neirong-beizhu-huanjing-xiaoyi-juti-zhibiao-2025.txt": "the 一级 服务对象满意度指标 over 具体指标, joined by spaces: row_unparsed",
        # 桐城, 祥云 (round 74s), 缙云, 华容 (round 75s).
        "C-anhui-anqing-tongcheng-chadian-tab-txt-quannianyusuanA-zhixingB-dashcells-niandunzongtimubiaowanchengqingkuang-zhibiaoenumerators-placeholderrows-zongfen-totaloff-2023.txt": "a money row printing no 年初预算数, its empty cell dropped: its figures stand a column left (amount_row_mismatch, or row_unparsed where joined by spaces)",
        "C-yunnan-dali-xiangyun-kaoyan-tab-txt-wrappedlabelsspaced-niandu-zhibiaozhi-shiji-wanchengzhi-jingjixiaoyi-zhibiao-xiaoyiprintedtwice-placeholderrows-barepercent-scoreaboveweight-2023.txt": "a money row printing no 年初预算数, its empty cell dropped: its figures stand a column left (amount_row_mismatch, or row_unparsed where joined by spaces)",
        "C-zhejiang-lishui-jinyun-zhongyao-tab-txt-zhibiaozhi-shijiwanchengzhibiaozhi-fenzhi-defen-weiwanchengyuanyinfenxi-scoreaboveweight-2023.txt": "a money row printing no 年初预算数, its empty cell dropped: its figures stand a column left (amount_row_mismatch, or row_unparsed where joined by spaces)",
        "D-hunan-yueyang-huarong-shuili-tab-txt-bumenzhengti-cover-yusuanbianma-pingjiafangshi-niandu-yusuan-shenqing-shouruxingzhi-zhichuxingzhi-fullmarksmissed-2023.txt": "the satisfaction row (满意度指标 | 服务对象满意度指标 …) joined by spaces fits its columns no one way: row_unparsed",
        # 灵寿 (round 73), 灵台 (round 66): fixed-width texts read by their places, joined by spaces.
        "A1-hebei-shijiazhuang-lingshou-shiyongjun-form-pdftotext-layout-char-count-aligned-midterm-group-empty-annual-only-cells-centred-levels-at-block-middle-wrapped-names-amount-row-mismatch-utf8-lf-2024.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words",
        "C-gansu-pingliang-lingtai-pingguo-aizhenmizhi-pdftotextlayout-charcount-valigntop-wrappedpartlabelsaroundfigures-moneylabeltworows-goalswrapped-pagebreakmidblock-headingrepeated-zongfen-fullmarksmissed-utf8-lf-2023.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words",
        # 南江 (held-out round 65): a fixed-width text read by its places, joined by spaces.
        "C-sichuan-bazhong-nanjiang-linye-zhuanyizhifu-quyu-pdftotextlayout-displaywidth-valigncentre-nianchucol-wrappedpartlabels-moneylabelcentred-levelsatmiddle-threelinereason-formfeedbeforeindicators-zongfen-fullmarksmissed-utf8-lf-2023.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words",
        # 华安 (held-out round 72): a fixed-width text read by its places, joined by spaces.
        "D-fujian-zhangzhou-huaan-shuili-zhengti-pdftotext-layout-display-width-lvzhi-mubiao-block-zhibiao-jieshi-top-aligned-levels-once-page-break-splits-wrapped-level3-name-repeated-labels-satisfaction-not-percent-gb18030-crlf-2025.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words",
        # Held-out round 71: fixed-width texts read by their places, joined by spaces.
        "A-gansu-dingxi-zhangxian-shuiwu-indicator-rows-pdftotext-layout-char-count-aligned-name-amount-levels-centred-in-block-wrapped-names-heji-first-subtotal-mismatch-gb18030-crlf-2024.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words",
        "B-sichuan-liangshan-leibo-qicheng-split-columns-form-pdftotext-layout-display-width-cells-centred-explanation-wrapped-3-lines-two-line-column-labels-page-break-splits-centred-level2-repeated-labels-amount-row-mismatch-utf16le-bom-crlf-2024.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words",
        "F-guizhou-qiandongnan-cengong-youcha-flat-list-no-levels-pdftotext-layout-display-width-two-line-column-labels-numbers-right-aligned-weight-heji-100-weights-90-utf8-bom-lf-2025.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words",
        # Held-out round 64: fixed-width texts read by their places, joined by spaces.
        "C-anhui-fuyang-funan-liubian-pdftotextlayout-displaywidth-valigncentre-rightaligned-twolinemoneyheadings-moneylabelcentred-threelinereason-formfeedingoals-noheaderafterbreak-zongfen-amountoff-utf8-lf-2023.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words",
        # Held-out rounds 70 and 63: fixed-width texts (pdftotext -layout) read by their
        # places; joined by spaces, the places are gone.
        "A1-hunan-huaihua-xinhuang-huangniu-form-pdftotext-layout-char-count-aligned-cells-centred-midterm-annual-levels-at-block-middle-wrapped-names-level2-broken-page-break-repeated-labels-amount-row-mismatch-gb18030-lf-2024.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words",
        "B-yunnan-chuxiong-yongren-huajiao-form-pdftotext-layout-display-width-aligned-cells-top-aligned-operator-value-unit-weight-explanation-names-and-remarks-wrapped-2-3-lines-page-break-no-repeated-labels-dingxing-weights-95-utf8-lf-2024.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words",
        "D-neimenggu-xilinguole-taipusi-linye-zhengti-pdftotext-layout-display-width-cells-centred-levels-at-block-middle-level2-broken-wrapped-explanation-page-break-repeated-labels-spending-split-mismatch-utf16le-bom-crlf-2025.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words",
        "C-fujian-ningde-pingnan-gaoshancha-pdftotextlayout-charcount-valigncentre-linesaboveandbelow-levelsatmiddle-moneylabelatmiddle-formfeed-pagenum-headerrepeated-nolevel1afterbreak-fullmarksmissed-utf8-lf-2023.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words",
        "D-heilongjiang-qiqihaer-tailai-shuiwu-zhengti-pdftotextlayout-displaywidth-valigntop-continuationbelow-levelsattop-moneylabelthreelines-formfeed-pagenum-noheaderafterbreak-nolevel1afterbreak-rateoff-utf8-crlf-2022.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words",
        # Held-out round 69: 青川's rows printing only an annual target under 中期 and 年度
        # groups, joined: the one target could be either group's, left out (row_unparsed).
        "A1-sichuan-guangyuan-qingchuan-chaye-form-excel-unicode-text-labels-spaced-out-fullwidth-digits-in-values-and-amounts-midterm-annual-groups-levels-once-quoted-line-break-in-name-annual-only-rows-amount-row-mismatch-utf16le-bom-crlf-2024.txt": "annual-only rows under two groups, joined: either group's, left out",
        # Fixed-width texts (pdftotext -layout; held-out rounds 66, 59, 60) whose cells' lines
        # the clean reading puts on their rows by where they stand: printed joined by spaces,
        # the places are gone and the lines are read by their words, as before.
        "D-jilin-liaoyuan-dongliao-linye-zhengti-pdftotext-layout-merged-cells-vertically-centred-wrapped-cells-split-above-and-below-values-line-page-break-running-header-repeated-labels-jisuanfuhao-mubiaozhi-permille-utf8-crlf-formfeed-2025.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words",
        "C-jiangxi-ganzhou-shangyou-youcha-xianjie-fenzhiqian-pdftotextlayout-wrappedmoneyheadings-level1atmiddlerow-level2ownline-level1oncontinuation-formfeed-headerrepeated-wrappedname-twodecimalscores-fullmarksmissed-gb18030-lf-2023.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words",
        "D-gansu-gannan-zhouqu-ziranziyuan-zhengti-pdftotextlayout-wrappedmoneyheadings-moneylabelatlowerrows-level1atmiddlerow-level1ownline-formfeed-headerrepeated-nolevel1afterbreak-wrappedname-wrappedlevel2-rateoff-utf8-bom-crlf-2022.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words",
        # Held-out rounds 64 and 57 joined: a row cut by a page break (咸丰), money headings
        # wrapped (屏边), a reason spanning the row (江华), a header label merged over rows and
        # page markers in cells (玛曲), 长期 and 年度 tables (额尔古纳), a list without levels
        # (古丈): rows fitting no way, left out (row_unparsed).
        "C-hubei-enshi-xianfeng-tangyacha-pdftext-wrappedmoneyheadings-shuonsecondline-twodecimalscores-pagebreak-rowcutaftername-valuesonnextpage-headerrepeated-pagefooter-rateoff-ratecopied100-jibendadao-honest-nothousands-utf8-lf-2022.txt": "a row cut by a page break, joined: its pieces fitting no way",
        "C-yunnan-honghe-pingbian-yiwujiaoyu-zhuanyizhifu-quyu-pdftext-wrappedmoneyheadings-level1atmiddlerow-twodecimalscores-actualopstripped-fullmarksmissed-reasonslash-thousands-utf8-bom-lf-2022.txt": "money headings wrapped, joined: the total's row fitting no way",
        "D-hunan-yongzhou-jianghua-linye-zhengti-level1atmiddlerow-goalstacked-yuqimubiaoshijiwanchengseparaterows-reasonspansremainingwidth-notscoredrow-yiwancheng-quanbuwancheng-weightstotaloff-thousands-utf16le-bom-crlf-2023.txt": "a reason spanning the rest of its row, joined: a row fitting no way",
        "A2-gansu-gannan-maqu-caoyuan-two-forms-pdf-text-header-label-column-merged-printed-at-middle-row-level1-printed-at-middle-of-span-trailing-page-markers-in-rows-utf8-lf-2023.txt": "page markers in cells of their own, joined: a row fitting no way",
        "E-hunan-xiangxi-guzhang-jiaoyu-flat-list-no-levels-unit-in-header-label-zhibiaozhi-percent-bare-numbers-name-money-goal-once-negative-range-heji-does-not-add-up-gb18030-crlf-2024.txt": "a list without levels, joined: a row fitting no way",
        # Held-out rounds 63 and 56 joined: template leftovers (长垣), a long provincial
        # header's money labels (汤原).
        "C-henan-xinxiang-changyuan-nongtian-zhuanyizhifu-quyu-countycity-templateleftovers-zhibiaoxuhao-star-ellipsisrows-emptytemplaterow-mubiaoxuhao-lostdecimalexecuted-amountoff-partrateoff-noteline-utf16-crlf-signoff-2023.txt": "template leftovers joined: a row fitting no way",
        "A7-heilongjiang-jiamusi-tangyuan-shuili-form-long-provincial-header-yijixiangmu-erjixiangmu-xiangmuzongtouzi-zhongyangbuzhu-yusuanshenbaoshu-ocr-scan-operators-read-as-er-2-gong-glued-operators-utf8-lf-2023.txt": "a long header's money labels joined: an amount unread",
        # Held-out rounds 62 and 55 joined: a form whose 中期 group is empty on some rows and
        # labels right of their values (天岗镇), a list whose name and amount wrap together
        # (墨脱), a transfer form's heading over two rows (博州), a traditional mirror's
        # page mark and an Excel export's quoted cells (乌迳, 贵德): rows fitting no way, left
        # out (row_unparsed), or the wrapped amount left whole on its own line.
        "A1-jilin-jilinshi-jiaohe-tiangang-zhen-form-labels-right-of-values-midterm-annual-side-by-side-own-level-columns-midterm-missing-rows-yuan-decimals-total-mismatch-compound-targets-utf8-bom-crlf-2023.txt": "a 中期 group empty on some rows, joined: rows fitting no way",
        "E-xizang-linzhi-motuo-nongye-list-pdf-tabs-name-wrapped-two-lines-money-split-across-lines-beizhu-target-like-heji-does-not-add-up-levels-once-utf8-lf-2025.txt": "a name and its amount wrapped together, joined: not joined back",
        "C-xinjiang-boertala-zhou-gengdi-zhuanyizhifu-quyu-prefecture-zhongyangdifang-nianchublank-level1pointsascii-actualunityuanvswanyuan-actualunitdunvswandun-reasonwuandslash-actualrepeatsoperator-dadaoyuqi-jibendadao-honest-thousands-bom-crlf-2022.txt": "a money heading over two rows joined: its rows fitting no way",
        "D-guangdong-shaoguan-nanxiong-wujing-zhen-zhengti-township-traditional-fanti-pagebreak-headerrepeated-pagenumglued-reasonslash-onedecimalscores-jibendadao-fullmarksmissed-emptyreason-thousands-utf16le-nobom-crlf-2022.txt": "a page mark glued in a traditional mirror, joined: a row fitting no way",
        "D-qinghai-hainanzhou-guide-shuili-zhengti-excelunicodetext-utf16-bom-crlf-tabpadded-ratesasfractions-rateone-generalformat-nothousands-reasonslash-actualrepeatsoperator-dadaoyuqi-jibendadao-quotedcell-sangong-honest-2022.txt": "an Excel export's quoted cells, joined: rows fitting no way",
        # Held-out round 61 joined: a header over two rows and names wrapped over three lines
        # (红塔), a sheet saved as text with its project's cells on every row (辽宁, refused).
        "D-yunnan-yuxi-hongta-weijian-zhengti-yuan-decimals-lvzhi-block-heji-midterm-and-annual-in-two-header-rows-zhibiaoneirong-pingjiabiaozhun-mubiaozhi-cells-wrapped-onto-three-lines-levels-once-utf8-bom-crlf-2022.txt": "a header over two rows and three-line names: rows fitting no way",
        "E-liaoning-sheng-shengtai-rows-excel-unicode-text-name-and-money-every-row-yusuanjici-yuan-decimals-date-serials-percent-as-fraction-weights-not-100-heji-does-not-add-up-utf16le-bom-crlf-2022.txt": "a sheet's rows with their project cells each, joined: refused",
        # Held-out rounds 60 and 53 joined: a date's day or a unit's end wrapped onto a line of
        # its own (建湖, 第十一师), rows a converter shifted already (山西), a grid printed
        # transposed (金凤): rows fitting no way, left out (row_unparsed).
        "A1-jiangsu-yancheng-jianhu-nongye-form-midterm-annual-variant-labels-fullwidth-digits-value-wrapped-onto-next-line-page-break-running-header-repeated-labels-levels-once-total-mismatch-gb18030-crlf-2024.txt": "a date's day wrapped onto its own line: its row fits no way",
        "E-shanxi-sheng-linye-rows-rowspan-ignored-rows-shifted-left-empties-at-end-shift-across-page-break-repeated-labels-permille-heji-does-not-add-up-utf8-lf-2025.txt": "rows shifted already: rows fitting no way",
        "F-bingtuan-dishiyishi-zhujian-flat-two-tables-direction-operator-value-unit-weight-fullwidth-digits-row-broken-inside-date-unit-wrapped-page-break-repeated-labels-utf16le-bom-crlf-2024.txt": "a unit's end wrapped onto its own line: its row fits no way",
        "C-ningxia-yinchuan-jinfeng-laojiuxiaoqu-pagemarker-gridbycolumn-labelsinterleaved-ocrgeq2-ocrgong-scoretotaloff-deductionnotcarried-thousands-utf8-lf-2024.txt": "a grid printed transposed: its lines tell no columns once joined",
        # Held-out rounds 59 and 52 joined: names wrapped into two cells or onto a line of their
        # own, one character of a 一级 a line, a project name broken by a bare line break, Excel
        # date serials: rows fitting no way or several, left out (row_unparsed).
        "A1-anhui-huangshan-qimen-chaye-form-midterm-annual-groups-wrapped-name-and-labels-on-next-line-spaced-goal-label-vertical-label-one-char-per-row-star-zhibiao1-starstar-hints-ellipsis-empty-level2-qizhong-utf8-bom-crlf-2024.txt": "a wrapped name joined: 1 row left out (row_unparsed)",
        "B-hebei-hengshui-raoyang-shucai-form-nature-value-unit-score-scoring-standard-label-row-wrapped-spaced-goal-label-vertical-label-lost-wrapped-name-and-level2-lines-star-qizhong-subrow-empty-level2-row-dingxing-gb18030-crlf-2023.txt": "a name's end alone joined: left out (row_unparsed)",
        "D-qinghai-yushu-zaduo-linye-zhengti-level1-one-char-per-row-and-spaced-explanation-score-columns-spaced-goal-label-wrapped-name-line-zhibiao1-ellipsis-empty-cost-row-utf16le-bom-lf-2022.txt": "a 一级 a character a line joined: rows left out (row_unparsed)",
        "E-xizang-rikaze-nielamu-nongye-rows-excel-unicode-text-244-empty-columns-date-serials-percent-as-fraction-two-rows-broken-onto-two-lines-levels-every-row-remarks-utf16le-bom-crlf-2021.txt": "a broken project name and date serials joined: rows left out, a project misread",
        "F-bingtuan-dishiershi-sanping-shuili-flat-weight-unit-nature-value-standard-name-wrapped-into-two-cells-and-onto-line-goal-label-lost-money-label-one-char-per-line-starstar-hint-ellipsis-gb18030-lf-2025.txt": "a name wrapped into two cells joined: left out (row_unparsed)",
        "D-chongqing-dazu-nongye-zhengti-yijiyusuandanweimingcheng-yusuanzijin-yijimubiao-nianchumubiaozhi-quannianwanchengzhi-zhibiaoquanzhong-yuanyin-splitfiguretotal-ocrequalser-wrappednamereason-honest-thousands-gb18030-lf-signoff-2023.txt": "a wrapped name and a money row joined: rows left out (row_unparsed)",
        "C-shandong-dezhou-qingyun-yanjiandi-zhuanxiangzijinmingcheng-zhuguanbumenjiqibianma-jutishishidanwei-fourdecimals-splitfigure-lostdecimalactual-wrappedname-wrappedreason-honest-thousands-bom-crlf-signoff-2022.txt": "a split figure joined: 1 row left out (row_unparsed)",
        # Held-out rounds 58 and 51 joined: a two-group form whose 中期 group is empty (each row
        # fits under either group), OCR'd operators (`二 100 %`: a row fitting no way), a list
        # whose first project's amount is split (`1,26 8.45`), a transposed money block (its
        # figures under no heading told): rows left out with row_unparsed, never placed by a guess.
        "A1-shaanxi-hanzhong-zhenba-nongye-two-forms-header-read-column-by-column-labels-interleaved-with-figures-midterm-annual-groups-one-empty-footers-inside-grid-repeated-labels-levels-once-next-title-after-last-row-utf16le-bom-crlf-2025.txt": "rows of one group of two: left out (row_unparsed)",
        "B-liaoning-shenyang-faku-zhujian-two-forms-ocr-scan-operator-value-unit-weight-rowspan-ignored-rows-shifted-left-footer-repeated-labels-ocr-operators-lost-leading-digit-total-amount-row-mismatch-gb18030-crlf-2022.txt": "OCR'd operators joined: 2 rows left out (row_unparsed)",
        "E-guizhou-tongren-sinan-linye-rows-project-cells-and-levels-once-footer-repeated-labels-project-over-page-level-columns-shifted-in-one-project-split-amount-read-back-by-heji-next-table-title-after-last-row-gb18030-lf-2023.txt": "a split amount joined: the first project's rows left out (row_unparsed)",
        "C-shandong-linyi-tancheng-yinxing-pdftext-moneyblockbycolumn-labelsinterleaved-pagefooter-repeatlabels-nexttitleafterlastrow-tenpointscale-scoreoverweight-anqiwancheng-thousands-utf8-lf-2022.txt": "a transposed money block joined: its rows left out (row_unparsed)",
        # Joined, one row fits two ways or none (row_unparsed).
        "C-guangdong-zhaoqing-huaiji-chaganzhu-mirror-traditional-s2t-breadcrumb-maskednames-maskedinsidegoal-geqactual-wanchengdabiao-thousands-honest-lf-signoff-2019.txt": "1 row left out with a finding (a row fitting two ways or none)",
        # A block label's characters a line each between the rows, joined by spaces: rows
        # whose first word is a character of it fit no way (row_unparsed).
        "D-shanxi-xinzhou-pianguan-weijian-zhengti-annual-tasks-block-spaced-task-label-indicator-label-one-char-per-line-goal-label-lost-wrapped-level2-and-name-split-total-lost-leading-digit-split-percent-gb18030-crlf-2019.txt": "rows left out with a finding (a vertical label's characters joined)",
        # A target and its actual wrapped together, joined by spaces: `前完成 26日` fits the
        # grid as a name and a target, a row of its own (row_unparsed once in the clean read).
        "C-ningxia-yinchuan-lingwu-changzao-wrappedheader-wrappedlevel2-wrappedname-wrappedtarget-wrappedactual-wrappedreason-footerinreason-fullwidthrange-honest-bom-crlf-signoff-2024.txt": "a target's and an actual's ends joined: a row of their own",
        # Headings whose wrapped cells a converter split over two rows (`年初 | 全年` over `预算数
        # | 执行数`), joined by spaces: which word of the lower row ends which of the upper one
        # is no longer printed (its blank cells gone); the money and the points are left unread,
        # with findings.
        "C-guangdong-maoming-xinyi-qianpai-zhen-wrappedheadings-2023.txt": "headings split over two rows, joined by spaces: the lower words no longer stand under the upper ones",
        # A 定性 row's 得分 left blank: once joined, its one figure may be the 分值 or the 得分.
        "D-sichuan-liangshan-xichang-nongye-utf16-blankscores-2023.txt": "3 rows left out with a finding (indicator rows fitting two ways or none: a blank 得分)",
        "C-qinghai-haixi-wulan-caoyuan-unscored-2018.txt": "2 rows left out with a finding (indicator rows fitting two ways or none: a blank 得分 marked 未评分)",
        "C-neimenggu-eerduosi-dongsheng-yanglao-2022.txt": "1 rows left out with a finding (money rows short of their headings)",
        "C-fujian-ningde-xiapu-haidai-yuan-fraction-twocause-2021.txt": "3 rows left out with a finding (money rows short of their headings: a fraction 执行率 `0.96` beside blank points may be either)",
        "C-yunnan-qujing-xuanwei-fanghu-wrapped-2022.txt": "4 rows left out with a finding (indicator rows fitting two ways or none, money rows short of their headings)",
        "A-hubei-enshi-rencai-heji-wrapped-2023.txt": "3 rows left out with a finding (indicator rows fitting two ways or none)",
        "A1-jiangsu-wujiang-wenhua-2022.txt": "refused: labels joined by spaces, and no row under them fits its columns in one way only",
        "A1-shanxi-jinzhong-period-only-2021.txt": "refused: labels joined by spaces, and no row under them fits its columns in one way only",
        "A3-guangxi-lingui-renju-2023.txt": "1 rows left out with a finding (indicator rows fitting two ways or none)",
        "A4-hainan-meilan-huanwei-separate-2020.txt": "3 rows left out with a finding (indicator rows fitting two ways or none)",
        "A5-tianjin-xiqing-laojiu-scores-2023.txt": "2 rows left out with a finding (indicator rows fitting two ways or none)",
        "B-neimenggu-saihan-laojiu-heji-split-2024.txt": "2 rows left out with a finding (indicator rows fitting two ways or none)",
        "E-fujian-jiangle-xiangcun-multicol-2024.txt": "refused: labels joined by spaces, and no row under them fits its columns in one way only",
        "A5-shandong-zhangdian-laojiu-scores-2023.txt": "1 rows left out with a finding (indicator rows fitting two ways or none)",
        "D-fujian-sanming-youxi-renshe-zhengti-wrapped-2024.txt": "4 rows left out with a finding (indicator rows fitting two ways or none)",
        "E-fujian-putian-hanjiang-multicol-2023.txt": "refused: labels joined by spaces, and no row under them fits its columns in one way only",
        "D-sichuan-mianyang-fucheng-jiaoti-zhengti-2024.txt": "read with findings: line_unrecognised",
        "E-hainan-sanya-jiyang-rows-period-annual-broken-2022.txt": "1 rows left out with a finding (indicator rows fitting two ways or none)",
        "A-sichuan-guangyuan-zhaohua-2021.txt": "the fund rows' labels stand under 年度资金总额, a heading over the labels' column, once their empty first cell is gone: their figures land under it and are not taken (amount_unparsed)",
        "B-neimenggu-wuhai-gongxiaoshe-2021.txt": "2 rows left out with a finding (indicator rows fitting two ways or none)",
        "E-fujian-xiuyu-shuili-multicol-2025.txt": "refused: labels joined by spaces, and no row under them fits its columns in one way only",
        "E-sichuan-jingyan-mata-2023.txt": "2 rows left out with a finding (indicator rows fitting two ways or none)",
        "C-anhui-chizhou-tangxi-weituo-2022.txt": "1 rows left out with a finding (money rows short of their headings)",
        "C-sichuan-qingshen-fagai-2023.txt": "refused: labels joined by spaces, and no row under them fits its columns in one way only",
        "C-sichuan-suining-jkq-transfer-2021.txt": "3 rows left out with a finding (indicator rows fitting two ways or none)",
        "D-hunan-yongzhou-lingling-linye-2021.txt": "5 rows left out with a finding (indicator rows fitting two ways or none)",
        "tw-A-sichuan-guangyuan-zhaohua-2021.txt": "the fund rows' labels stand under 年度资金总额, a heading over the labels' column, once their empty first cell is gone: their figures land under it and are not taken (amount_unparsed)",
        "tw-B-neimenggu-wuhai-gongxiaoshe-2021.txt": "2 rows left out with a finding (indicator rows fitting two ways or none)",
        "tw-C-anhui-chizhou-tangxi-weituo-2022.txt": "1 rows left out with a finding (money rows short of their headings)",
        "A1-heilongjiang-heihe-aihui-gongyuan-annual-first-under-merged-value-2019.txt": "refused: labels joined by spaces, and no row under them fits its columns in one way only",
        # `指标值` over an operator cell and a figure cell: the label joined alone, the two cells
        # are one value, `≥ 1.2万件` (read alike, printed with the space).
        "B-beijing-miyun-danganguan-value-label-over-operator-and-figure-2026.txt": "an operator and its figure joined into one value with a space",
        "F-gansu-longnan-wudu-flat-direction-and-unit-columns-2022.txt": "1 rows left out with a finding (indicator rows fitting two ways or none: a blank 计量单位)",
        "tw-E-sichuan-jingyan-mata-2023.txt": "2 rows left out with a finding (indicator rows fitting two ways or none)",
        "tw-guangzhou-huadu-kgxj-2025.txt": "refused: no header row with 项目名称 and 总计 found",
        "C-guizhou-tongren-songtao-yinshui-transfer-split-2020.txt": "2 rows left out with a finding (indicator rows fitting two ways or none, money rows short of their headings)",
        "A-tianjin-jizhou-excel-filled-merged-2020.txt": "1 rows left out with a finding (indicator rows fitting two ways or none)",
        "C-gansu-jiuquan-shiji-zhengwu-labels-2025.txt": "1 rows left out with a finding (indicator rows fitting two ways or none)",
        "E-guangdong-qingyuan-yingde-rows-codes-2025.txt": "7 rows left out with a finding (indicator rows fitting two ways or none, indicators before any project row)",
        "E-liaoning-benxi-huanren-xiang-flat-broken-yuan-2019.txt": "refused: no header row with 项目名称 and 总计 found",
        # A column after the targets left blank on some rows (`历史值`, `指标值设定依据`): joined,
        # a row's one figure may be its target or that column's.
        "D-shanghai-fengxian-zhongzhuan-zhengti-setting-basis-accounting-format-2019.txt": "2 rows left out with a finding (indicator rows fitting two ways or none: a blank 指标值设定依据)",
        "E-liaoning-tieling-kaiyuan-list-history-value-column-2021.txt": "3 rows left out with a finding (indicator rows fitting two ways or none: a blank 历史值)",
        # Names a stray rule cut in two: joined by a space, a name's end is one more cell.
        "A-hainan-danzhou-nada-shequ-weisheng-data-source-stray-rule-2023.txt": "7 rows left out with a finding (indicator rows fitting two ways or none: a name's two pieces)",
        "A-hebei-hengshui-wuyi-zhen-unit-column-header-2019.txt": "2 rows left out with a finding (indicator rows fitting two ways or none)",
        "C-jilin-shengji-nongji-excel-fraction-2024.txt": "3 rows left out with a finding (money rows short of their headings)",
        "A-jilin-baicheng-taonan-label-wrapped-value-broken-2018.txt": "1 rows left out with a finding (indicator rows fitting two ways or none)",
        "B-henan-xinxiang-yitihua-points-spread-2022.txt": "3 rows left out with a finding (indicator rows fitting two ways or none)",
        "D-ningxia-shizuishan-pingluo-baofeng-zhen-shifted-yuan-2020.txt": "2 rows left out with a finding (indicator rows fitting two ways or none); a row of figures only, under money headings that start with the total, left as a line",
        "A2-hebei-zhangjiakou-zhangbei-xiang-two-row-header-2017.txt": "refused: column labels joined by spaces over two rows (a two-row header), neither row naming the columns alone",
        "E-yunnan-yuxi-eshan-transfer-row-across-pages-2024.txt": "read with findings: the value printed alone on the next page left out with a row_unparsed",
        "C-fujian-longyan-shanghang-jiuzhi-blanklines-2024.txt": "1 rows left out with a finding (money rows short of their headings), so amount_row_mismatch on the rows read",
        "C-hebei-handan-shexian-wushui-divzero-2022.txt": "1 rows left out with a finding (money rows short of their headings: `#DIV/0!` is no figure of a kind)",
        "C-shaanxi-hanzhong-chenggu-gonglu-padded-2024.txt": "1 rows left out with a finding (money rows short of their headings), so amount_row_mismatch on the rows read",
        "C-yunnan-dali-binchuan-putao-actualwrapped-2022.txt": "1 rows left out with a finding (indicator rows fitting two ways or none: a wrapped actual's end)",
        "D-hainan-danzhou-jiaoyu-zhengti-touru-2021.txt": "refused: labels joined by spaces, and no row under them fits its columns in one way only",
        "A1-jiangxi-nanchang-qingshanhu-names-continued-2020.txt": "2 rows left out with a finding (indicator rows fitting two ways or none: names' ends on rows of their own)",
        # The value before its operator (指标值 | 运算符号 | 计量单位): joined by spaces, `1.8 ≥ 公里`
        # is read in the order a target is written, operator first.
        "B-guangdong-zhanjiang-leizhou-wushi-zhen-value-operator-unit-yuan-2023.txt": "value-operator-unit columns rebuilt in another order, 6 rows left out with a finding",
        # An export quoting every cell is no converter's print: joined, its quotes are text.
        "E-ningxia-guyuan-xiji-rows-every-cell-quoted-yuan-2022.txt": "an export's quotes joined with its cells",
        # No column labels printed: nothing names the columns the joined words are placed in.
        "A-guizhou-qiandongnan-congjiang-column-labels-lost-2025.txt": "refused: no column labels, no header row with 项目名称 and 总计 found",
        # A header laid out across, joined: a line of labels over a line of values, each one
        # cell of words, and money headings over figures likewise: not paired word by word.
        "A-liaoning-dandong-donggang-header-labels-over-values-2021.txt": "a header laid out across, joined: the project's name and total not read",
        # A row of a name and a target in words (`改善办学条件 明显改善`), its levels merged
        # from above: joined, its two words may be a 二级 and a name, or a name and a value.
        # Outline numbers before every level and name (`1.1 数量指标`): joined, each is a word
        # of its own, and no row under the labels fits its columns one way only.
        "A-beijing-mentougou-shegongbu-tree-numbered-levels-2025.txt": "refused: labels joined by spaces, and no row under them fits its columns in one way only",
        # Two values stand alone on the line under their rows: joined, the row above is whole
        # without them, and a target alone is no row.
        "E-neimenggu-xilinguole-abaga-sumu-rows-value-next-line-2023.txt": "2 rows left out with a finding (a row whose value stands alone on the next line, which no column of the row above takes)",
        # The money block's one row of figures has no label: joined, it is a line of figures
        # under two rows of headings, read as no row of the block.
        "C-hainan-qiongzhong-yingyang-budgetcolumns-2024.txt": "a money row of figures only, under two rows of headings, left as a line",
        "D-ningxia-zhongwei-haiyuan-weijian-spendingcolumns-wanchenglv-2024.txt": "a money row of figures only, under two rows of headings, left as a line",
        # 指标值 merged across over `中期 | 年度`: joined, the upper row names one value column
        # and the lower one is a line of two words; the rows' two targets fit no columns.
        "A1-xinjiang-aletai-fuyun-value-over-midterm-annual-2019.txt": "refused: column labels joined by spaces over two rows (指标值 over 中期 年度), the upper row naming one value column",
        # A goal of two numbered sentences on two lines of its cell: joined, two words, and the
        # project's first row fits its columns in no way.
        "E-neimenggu-alashan-zuoqi-rows-quoted-tabs-2025.txt": "a project's first row left out with a finding (its goal, two numbered sentences, joined as two words fits its columns in no way), and its indicators with it",
        # Column labels wrapped onto a second line in narrow cells (`一级 二级 三级 指标` over
        # `指标 指标 指标 值`): joined, two lines of short labels read as a table printed one
        # cell a line, which no column count cuts.
        "A-anhui-bozhou-mengcheng-column-labels-wrapped-over-two-rows-2019.txt": "refused: wrapped labels taken for one cell a line, no column count cuts the file",
        # The project cells (预算数, 年度目标) printed on the project's last row: joined, the
        # name on its first row may be the name or the goal, and the last row's goal the name.
        "E-tianjin-binhai-jijin-rows-amount-goal-on-last-row-2025.txt": "refused: no row fits its columns one way only (the project's name and its 预算数 and 年度目标 on different rows)",
        # A row printing only its name (`创业培训人数≥200人`), its levels merged from above and its
        # value cell empty: joined, one word alone on a line, no row of the grid.
        "A-shaanxi-yulin-shenmu-target-written-in-name-value-empty-2023.txt": "1 row left out with a finding (a name alone, its value cell empty)",
        # Names wrapped around the line of their values (a first line alone above it, an end
        # alone below it): joined, each piece alone is one word on a line, no row of the grid.
        "C-guizhou-liupanshui-panzhou-yinshui-namewrapsaround-2021.txt": "names' lines alone above and below their values: not joined to them",
        # A sheet printed with its row and column headings, then joined by spaces: the row number
        # is one more word opening each line (`11 产出指标 数量指标 …`), the letters `A B C D` a line
        # of their own; no row of the labels' line fits its columns.
        "A-hubei-enshi-lichuan-weishengyuan-excel-row-column-headings-printed-2024.txt": "refused: row numbers joined to the cells, no row under the labels fits its columns",
        # Two note columns side by side (`偏差原因分析及改进措施 | 备注`): a row printing one note
        # (`已完成 10 10 共带动326户`) fits either, and is not placed by a guess.
        "C-jiangxi-fuzhou-guangchang-bailian-beizhu-2024.txt": "3 rows left out with a finding (indicator rows fitting two ways or none: one note under two note columns)",
        # An 执行率 column left blank: joined, the money row's five figures fit six headings
        # more than one way (which one is blank?).
        "C-heilongjiang-heihe-aihui-qixiang-blankrate-notarget-2024.txt": "1 money row left out with a finding (5 figures under 6 headings: the blank 执行率 not told), so weights_total_mismatch",
        # A department's duties in the label's own column beside their completions (`1.完成… |
        # 1.…已获批复`), and a first indicator row under levels no taxonomy names (`预算执行 |
        # 预算执行率`): joined, each duty and its completion are one line of words, and the
        # row fits its columns more than one way.
        "D-heilongjiang-hegang-suibin-ziranziyuan-lvzhirows-2022.txt": "duty rows joined left as lines, and the 预算执行 row left out with a finding",
        # A 二级 named as a 一级 is (`满意度` under 项目效益): joined, nothing tells which level
        # the word is, and it reads as the 一级 it names.
        "C-henan-xuchang-yuzhou-gongjiao-fourparts-2019.txt": "a 二级 named like a 一级 joined",
        # A 指标代码 column of `A1`, `B2` codes, kept aside as any text: joined, a row without
        # its project's cells (`A1 辅助器具适配 ≥600件`) fits the project's columns as well.
        "E-zhejiang-quzhou-jiangshan-canlian-level-codes-legend-2023.txt": "a level code column joined: rows without project cells fit two ways",
        # Level rows opened by a 序号's outline marks (`一 产出指标 50`, `（一） 数量指标`): joined,
        # the mark is one more word before the level, and the row fits its columns no way.
        "F-sichuan-leshan-ebian-tianbao-serial-outline-level-rows-2021.txt": "11 level rows left out with a finding (an outline mark before each level: no row fits), the levels lost",
        # An empty 上年目标值 cell gone: the row's one target fits either column (row_unparsed);
        # the money's figures row under its labels is not read either.
        "D-neimenggu-hulunbeier-manzhouli-wenlv-zhengti-last-year-target-column-2025.txt": "an empty 上年 cell gone: one target, two columns",
        # A unit column with no label under a merged 指标值: joined, each unit rejoins its figure
        # with the space between them (`≤18 万元`).
        "A-yunnan-lijiang-yulong-wenlv-value-label-over-unlabelled-unit-column-2026.txt": "a unit column of no label joined: `≤18 万元`",
        # A list's project heading row (`1 某项目 1,860.00 年度目标…`, its indicator cells empty)
        # joined by spaces: the goal fits under 年度目标 and under the name's or the target's
        # column alike, so the row is left out, its project with it.
        "E-henan-hebi-qixian-nongye-rows-project-heading-row-without-indicator-2021.txt": "a project heading row fitting two ways once joined",
        # A data frame's export joined by spaces: its column numbers and index glued to the
        # cells' words, and merged cells repeated, so no row under the labels fits one way.
        "D-sichuan-panzhihua-xiqu-yingji-zhengti-pandas-index-column-nan-cells-2023.txt": "refused: a data frame's numbering and repeated cells joined by spaces",
        # A blank 指标值说明 between a target and its 评分标准 (`100% 每出现1人次差错扣2分`):
        # joined, the last words may be the explanation or the scoring rule, and the row is
        # left out (row_unparsed). The money block under its period headings reads as clean.
        "A-jilin-sheng-wenlv-yitihua-fuzeren-pingfen-biaozhun-columns-2024.txt": "a blank 指标值说明 before a 评分标准 joined: two columns",
        # `指标值 指标值` over `说明` alone on its line: joined by spaces, the end goes under the
        # second 指标值 (指标值说明), but a row whose 说明 is blank (`培训考核合格率 ≥95% 考核成绩单`)
        # fits the explanation's column and the data source's alike: left out (row_unparsed).
        "A-heilongjiang-sheng-tiyu-zhibiaozhi-shuoming-label-wrapped-two-rows-2021.txt": "a blank 说明 beside a data source joined: the row left out",
        # Twenty-sixth round: forms whose blank cells told the columns apart (blank 度量单位 and
        # 指标解释 cells, 备注 left empty), joined by spaces: the rows are no longer told apart
        # from the text around them; left for a later round.
        "D-jiangsu-yancheng-dongtai-shijian-zhengti-repeated-header-wrapped-goal-2025.txt": "a budget's labels over their figures, joined by spaces: the 资金总额 left unread",
        "E-xizang-lasa-duilongdeqing-nongye-rows-merged-first-row-stray-cells-2023.txt": "a list's project cells once per project and stray cells past the header, joined by spaces: the indicators read differently",
        # Twenty-sixth round's twenty-eighth folder: a space inside a figure (`≥2 000亩`), a
        # page's thousands separator, beside a stray `√` and a budget's labels over their figures.
        "D-xinjiang-changji-manasi-linye-zhengti-task-block-stray-cells-page-break-2021.txt": "a figure with a space inside, a stray `√` and a budget's labels over their figures joined: rows and the 资金总额 left out",
        "F-anhui-wuhu-jinghu-fanluoshan-jiedao-flat-nature-value-unit-weight-fullwidth-page-break-2025.txt": "two label-figure pairs on a line (项目金额, 其中) joined: the amount not told",
        # A list's name and goal wrapped line by line beside its rows, joined by spaces: the
        # lines' words no longer tell their columns, and a figure with a space inside splits.
        "E-hebei-sheng-shuili-rows-project-cells-first-row-wrapped-names-goals-page-break-2024.txt": "a project's wrapped lines beside its rows joined by spaces: read as projects and rows unparsed",
        "C-gansu-pingliang-jingning-twoprojects-pdfwrapped-2021.txt": "2 lines left out with a finding (a wrapped cell's second line alone, its column gone)",
        # Headers over two rows joined by spaces: the lower row's labels no longer stand under
        # the upper ones, and no row fits the columns one way only.
        "A-hunan-yiyang-taojiang-zhuchanye-header-labels-wrapped-two-rows-2021.txt": "refused: labels wrapped over two rows, joined by spaces",
        "A-jiangxi-yichun-zhangshu-zhongyaocai-period-annual-split-header-compressed-wrapped-name-2024.txt": "refused: two groups of split columns under labels over two rows, joined by spaces",
        "E-henan-shangqiu-yongcheng-weijian-rows-indicator-group-header-yuan-page-break-2025.txt": "refused: 绩效指标 over the levels on a second row, joined by spaces",
        "F-shanxi-lvliang-xiaoyi-piying-flat-value-over-midterm-annual-wrapped-name-page-break-2020.txt": "refused: 指标值 over 中期 | 年度 on a second row, joined by spaces",
        "E-shandong-linyi-yingji-rows-repeated-two-row-header-stray-empty-columns-fullwidth-word-operators-2025.txt": "refused: a header over two rows beside stray empty columns, joined by spaces",
        "A-zhejiang-wenzhou-taishun-luoyang-zhen-two-forms-two-row-header-wrapped-level2-word-operators-2025.txt": "refused: a header over two rows, joined by spaces",
        "E-hubei-enshi-jianshi-jiaotong-rows-yuan-thousands-project-first-row-levels-every-row-page-break-2022.txt": "a list's name and goal wrapped beside its rows, joined by spaces: rows left out with a finding",
        "E-zhejiang-jiaxing-haining-nongye-rows-fund-source-total-row-project-cells-first-row-page-break-yuan-2024.txt": "a list's project cells once per project beside a fund source column, joined by spaces: rows left out with a finding",
        "C-guizhou-qianxinan-xingyi-gonglu-anfang-jixiaozhibiaospan-moneylabellost-fullwidth-2020.txt": "refused: 绩效指标 over the levels on a second row, joined by spaces",
        "A-shandong-weifang-changle-jiaoti-a1-midterm-annual-groups-period-only-row-wrapped-name-page-footer-2020.txt": "2 rows left out with a finding (indicator rows fitting two ways or none)",
        "E-anhui-luan-huoqiu-weijian-rows-levels-every-row-unordered-project-cells-first-row-wrapped-project-name-page-break-stray-columns-2022.txt": "2 rows left out with a finding (indicator rows fitting two ways or none)",
        "A1-xinjiang-tacheng-shawan-shuili-two-forms-period-annual-columns-remarks-page-break-wrapped-name-signoff-2024.txt": "12 rows left out with a finding (indicator rows fitting two ways or none)",
        "A9-shanxi-jincheng-yangcheng-weijian-two-forms-level-labels-fenlei-jixiao-older-level1-names-wrapped-level1-fund-sources-2020.txt": "4 rows left out with a finding (indicator rows fitting two ways or none)",
        "A1-shanghai-songjiang-lvhua-two-groups-mid-annual-spaced-labels-page-break-repeated-labels-signoff-2025.txt": "2 rows left out with a finding (indicator rows fitting two ways or none)",
        "A7-qinghai-haidong-minhe-gongshui-provincial-long-header-period-annual-columns-page-footer-repeated-labels-no-levels-after-break-fullwidth-wrapped-name-implied-year-2023.txt": "2 rows left out with a finding (an indicator row fitting two ways or none, a wrapped name's second line alone)",
        "C-guangxi-laibin-xiangzhou-tangliaozhe-weipingfen-bushiyong-fullmarksmissed-fullwidthactuals-thousands-wrappedreason-signoff-2021.txt": "3 rows left out with a finding (indicator rows fitting two ways or none, a wrapped reason's second line alone)",
        "A1-zhejiang-shaoxing-xinchang-chaye-two-groups-period-annual-remarks-levels-first-row-both-groups-wrapped-name-both-groups-annual-only-row-page-mark-chinese-numerals-signoff-crlf-2023.txt": "2 rows left out with a finding (a row of the 年度 group alone fitting both groups, a wrapped name's second line alone in both)",
        "E-guangdong-jieyang-huilai-weijian-unpacked-seed-columns-level2-coded-column-no-level1-project-cells-first-row-heji-row-page-footers-wrapped-name-unit-in-name-permille-2025.txt": "refused: the seed's columns one indicator a row, joined by spaces, taken for the packed table",
        "A1-shaanxi-hanzhong-xixiang-shuili-long-term-annual-labels-period-group-empty-spaced-labels-levels-first-row-page-footer-no-levels-after-break-wrapped-name-percentage-points-signoff-2019.txt": "refused: labels joined by spaces, and no row under them fits its columns in one way only",
        "C-anhui-huaibei-suixi-fupin-twoprojects-threefunds-fullmarksmissed-scoretotaloff-fullwidthtargets-pagemarks-signoff-2020.txt": "3 rows left out with a finding (money rows short of their headings)",
        "D-guangdong-shantou-chaonan-minzheng-zhengti-twopartitions-honest-gb18030-crlf-wrappedgoal-signoff-2019.txt": "a money group's heading glued to its first row's label (按支出性质分:基本支出), joined by spaces: that row read as the value of the row above, with amount_unparsed",
        "E-shanghai-hongkou-weijian-rows-two-units-subtotal-rows-total-row-unit-cell-first-row-project-cells-first-row-levels-first-row-two-clause-values-page-mark-repeated-labels-no-project-cells-after-break-wrapped-name-fullwidth-2024.txt": "5 rows left out with a finding (indicator rows fitting two ways or none, a wrapped name's second line alone)",
        "A1-qinghai-haibei-gangcha-nongmu-two-groups-period-annual-group-row-levels-first-row-annual-only-row-page-footer-repeated-labels-no-levels-after-break-wrapped-name-both-groups-month-range-fullwidth-signoff-gb18030-2019.txt": "2 rows left out with a finding (an indicator row fitting two ways or none, a wrapped name's second line alone)",
        "E-shanghai-putuo-lvrong-rows-project-cells-every-row-fiscal-other-columns-levels-every-row-cost-level1-page-break-repeated-labels-wrapped-name-tolerance-word-values-fullwidth-2023.txt": "1 line left out with a finding (a wrapped name's second line alone, its column gone)",
        "E-sichuan-meishan-renshou-nongye-yitihua-rows-nature-value-unit-weight-direction-project-cells-first-row-dept-row-yuan-page-break-repeated-labels-wrapped-name-fullwidth-2024.txt": "2 rows left out with a finding (a department row fitting two ways, a wrapped name's second line alone)",
        # One value column per village, joined by spaces: no row tells which village's value
        # each word is (a blank one gone); refused with the labels seen (layout_unsupported).
        "E-fujian-sanming-taining-xiangcun-recipient-villages-direction-operator-values-differ-wrapped-name-signoff-2023.txt": "refused: one value column per recipient joined by spaces",
        "A6-zhejiang-quzhou-kaihua-zhujian-cost-composition-block-heji-row-shifted-levels-no-level1-remarks-two-clause-durations-chinese-numeral-fraction-page-mark-repeated-labels-no-level2-after-break-wrapped-name-fullwidth-crlf-2025.txt": "1 line left out with a finding (a wrapped name's second line alone, its column gone)",
        # A project whose 实施期 column is empty beside one that fills it: its rows of two
        # words fit 实施期 or 年度; one whose 年度 cell and 备注 read as two targets is placed
        # under 实施期 and 年度.
        "F-shaanxi-yanan-luochuan-guoye-flat-two-projects-period-annual-value-columns-slash-cell-annual-only-project-chinese-numerals-range-page-marks-repeated-labels-wrapped-name-fullwidth-signoff-gb18030-crlf-2019.txt": "9 rows left out with a finding (indicator rows fitting two ways or none), 1 placed under 实施期 and 年度",
        "B-hubei-yichang-wufeng-nongye-two-forms-project-code-value-type-operator-value-unit-weight-grade-list-empty-qualitative-value-qualitative-percent-page-marks-repeated-labels-no-levels-after-break-wrapped-name-fullwidth-signoff-2022.txt": "1 rows left out with a finding (indicator rows fitting two ways or none)",
        "D-guangxi-guilin-yangshuo-wenlv-zhengti-period-annual-value-columns-midterm-goal-budget-parts-spaced-label-period-empty-rows-yi-two-clause-value-range-tilde-page-mark-repeated-labels-no-level1-after-break-wrapped-name-signoff-2021.txt": "2 rows left out with a finding (an indicator row fitting two ways or none, a wrapped name's second line alone)",
        "E-shandong-liaocheng-linqing-weijian-rows-no-level-columns-seq-per-indicator-project-cells-every-row-yuan-unit-in-name-operator-template-in-name-wrapped-value-implied-quarter-page-marks-repeated-labels-wrapped-name-2025.txt": "2 lines left out with a finding (a target's wrapped figure and a wrapped name's second line alone, their columns gone)",
        "C-guangxi-hechi-huanjiang-xiangzhu-fullmarksmissed-latedeadline-fullwidthmoney-wrappedname-pagemarks-bom-signoff-2022.txt": "1 line left out with a finding (a wrapped name's second line alone, its column gone)",
        "C-hunan-huaihua-mayang-xianjie-twoprojects-notitle-scoreoverweight-thousands-pagemarks-repeatlabels-wrappedreason-gb18030-crlf-signoff-2023.txt": "2 rows left out with a finding (money rows short of their headings, a wrapped reason's second line alone)",
        "A1-qinghai-huangnan-jianzha-linye-midterm-annual-groups-side-by-side-label-column-period-only-row-annual-only-row-level2-spread-two-rows-chinese-numerals-implied-year-page-mark-repeated-labels-no-levels-after-break-gb18030-2019.txt": "3 rows left out with a finding (indicator rows fitting two ways or none)",
        "A5-xinjiang-bingtuan-diqishi-huyanghe-zhujian-points-in-level-cells-points-spread-two-rows-weight-explanation-scoring-columns-two-clause-value-implied-year-page-mark-repeated-labels-wrapped-name-fullwidth-signoff-crlf-2023.txt": "2 rows left out with a finding (indicator rows fitting two ways or none)",
        "B-xizang-shannan-qiongjie-nongye-swapped-labels-nature-holds-direction-direction-holds-operator-value-unit-weight-fund-sources-qualitative-rows-empty-operator-page-mark-repeated-labels-wrapped-name-fullwidth-2024.txt": "1 rows left out with a finding (a direction word beside an empty operator, the labels swapped: fitting two ways)",
        "E-tianjin-hedong-jiaoyu-rows-yuan-seq-unit-project-cells-first-row-operator-value-unit-weight-subtotal-total-rows-project-name-spread-two-rows-qualitative-rows-empty-operator-page-mark-repeated-labels-fullwidth-2022.txt": "2 rows left out with a finding (indicator rows fitting two ways or none), a project name's second line with them",
        "A7-jiangsu-yangzhou-baoying-nongye-provincial-long-header-two-forms-glued-operators-explanation-column-inclusive-notes-split-amount-page-footers-repeated-labels-no-levels-after-break-wrapped-name-2022.txt": "3 rows left out with a finding (indicator rows fitting two ways or none, a wrapped name's second line alone)",
        "B-guizhou-qiandongnan-rongjiang-nongye-two-forms-direction-operator-value-unit-weight-unit-in-name-title-after-last-row-grade-list-empty-operator-page-marks-repeated-labels-no-levels-after-break-wrapped-name-fullwidth-gb18030-crlf-2023.txt": "1 rows left out with a finding (indicator rows fitting two ways or none)",
        "E-hainan-baoting-lvwen-rows-two-units-unit-project-cells-first-row-goal-spread-over-three-rows-heji-row-two-clause-mixed-kinds-chinese-numeral-percent-dotted-month-range-implied-year-page-mark-repeated-labels-wrapped-name-utf8-bom-2021.txt": "8 rows left out with a finding (a goal's wrapped lines beside indicator rows fitting two ways or none, a wrapped name's second line alone)",
        "A1-liaoning-huludao-suizhong-shuili-two-forms-long-term-annual-column-labels-midterm-budget-total-period-only-row-annual-only-row-wrapped-period-value-long-term-group-empty-implied-year-page-marks-repeated-labels-fullwidth-signoff-utf8-bom-2020.txt": "14 rows left out with a finding (indicator rows fitting two ways or none beside an empty 长期 group, a wrapped target's end alone)",
        "E-xinjiang-bingtuan-diliushi-wujiaqu-nongye-rows-two-units-unit-project-goal-cells-first-row-levels-unordered-merged-remarks-heji-row-implied-year-page-mark-repeated-labels-no-level1-after-break-wrapped-name-fullwidth-utf16le-bom-crlf-2024.txt": "4 rows left out with a finding (indicator rows fitting two ways or none)",
        "A6-guangdong-shaoguan-ruyuan-shuiwu-two-forms-cost-composition-block-start-end-dates-carryover-shifted-levels-no-level1-description-column-two-clause-value-month-range-implied-year-page-marks-wrapped-name-fullwidth-utf8-bom-crlf-2023.txt": "1 line left out with a finding (a wrapped name's second line alone, its column gone)",
        "A9-hebei-chengde-longhua-nongye-two-forms-special-project-name-code-department-fund-amount-block-older-level1-names-plan-value-standard-basis-column-chinese-numeral-range-wrapped-level2-page-marks-no-levels-after-break-wrapped-name-gb18030-2019.txt": "2 lines left out with a finding (a wrapped name's second line alone, its column gone)",
        "D-shanxi-yuncheng-wenxi-ziranziyuan-zhengti-income-subtotals-overall-goal-label-column-unit-operator-value-weight-empty-operator-qualitative-rows-split-date-page-mark-no-levels-after-break-wrapped-name-fullwidth-gb18030-crlf-2022.txt": "1 line left out with a finding (a wrapped name's second line alone, its column gone)",
        "E-gansu-zhangye-minle-jiaoyu-rows-two-units-project-cells-first-row-levels-first-row-weight-basis-columns-heji-row-mismatch-two-clause-dates-range-page-mark-no-project-cells-after-break-wrapped-name-fullwidth-signoff-2025.txt": "8 rows left out with a finding (indicator rows fitting two ways or none, a wrapped name's second line alone)",
        "A1-heilongjiang-qiqihar-keshan-nongye-two-forms-business-department-rolling-midterm-goal-midterm-annual-value-columns-period-only-annual-only-rows-two-clause-value-wrapped-annual-value-page-marks-no-levels-after-break-gb18030-crlf-2019.txt": "5 rows left out with a finding (indicator rows fitting two ways or none, a wrapped target's second line alone)",
        "B-fujian-nanping-guangze-linye-two-forms-explanation-direction-holds-operator-period-annual-value-columns-period-only-rows-qualitative-rows-split-dates-page-marks-no-levels-after-break-wrapped-name-fullwidth-utf16le-bom-crlf-2020.txt": "2 rows left out with a finding (indicator rows fitting two ways or none)",
        "E-yunnan-puer-mojiang-weijian-rows-unit-and-project-column-unit-rows-levels-every-row-nature-value-unit-attribute-content-columns-no-amounts-empty-operator-split-dates-page-mark-repeated-labels-wrapped-name-fullwidth-crlf-2024.txt": "refused: labels joined by spaces, and no row under them fits its columns in one way only",
        "A1-hubei-xiangyang-baokang-shuili-two-forms-code-in-brackets-midterm-budget-total-long-term-annual-groups-period-only-annual-only-rows-empty-long-term-group-two-clause-value-date-range-page-marks-no-levels-after-break-wrapped-name-utf16le-bom-2022.txt": "15 rows left out with a finding (indicator rows fitting two ways or none)",
        "B-jiangxi-pingxiang-lianhua-jiaoti-two-forms-specific-implementing-unit-carryover-part-operator-value-unit-criteria-basis-grade-list-empty-operator-split-workdays-page-marks-no-levels-after-break-wrapped-name-fullwidth-gb18030-crlf-2023.txt": "2 rows left out with a finding (an indicator row fitting two ways or none, a wrapped name's second line alone)",
        "E-guangxi-qinzhou-pubei-renshe-rows-yuan-seq-unit-project-cells-first-row-heji-row-unordered-levels-wrapped-project-name-and-goal-date-from-workdays-in-cell-page-mark-no-level1-after-break-wrapped-name-utf8-bom-crlf-2025.txt": "4 rows left out with a finding (indicator rows fitting two ways or none)",
        "C-shandong-binzhou-huimin-fenfeihuantian-wideform-pingjiabiaozhun-yuanpartrow-amountoff-fullwidthactuals-thousands-wrappedrule-wrappedreason-pagemarks-repeatlabels-gb18030-crlf-signoff-2022.txt": "1 line left out with a finding (a wrapped scoring rule's second line alone, its column gone)",
        "A1-shandong-jining-sishui-nongye-two-forms-code-after-name-organizing-unit-midterm-annual-group-row-period-only-annual-only-wrapped-period-value-page-marks-utf8-bom-crlf-2020.txt": "4 rows left out with a finding (indicator rows fitting two ways or none beside an empty 中期 or 年度 cell, wrapped cells' second lines alone)",
        "E-hunan-zhuzhou-chaling-linye-rows-two-units-total-fiscal-other-columns-levels-every-row-short-level2-names-wrapped-value-amount-row-mismatch-page-mark-wrapped-name-utf16le-bom-crlf-2023.txt": "1 line left out with a finding (a wrapped target's second line alone, its column gone)",
        "C-shanxi-xinzhou-kelan-rongshanyang-yewuzhuguanbumen-weidadaoyuanyin-gaijincuoshi-twocols-quannian-tiaozheng-zhixinglvbare-percentcap-fullmarksmissed-fullwidthmoney-thousands-wrappedname-wrappedmeasure-pagemarks-repeatlabels-crlf-signoff-2019.txt": "1 line left out with a finding (a wrapped reason's second line alone, its column gone)",
        # Round 52: a name broken across a page (`…（山塘、陂` over the page mark and the labels
        # printed again, then `头、水闸）`), its end alone once joined; LaTeX operators
        # (`$\\geq$`) no operator word of a row; LaTeX values (`$\\geq 2460$ 万亩`) parted at their
        # spaces; a list's unit code and category columns beside its project cells.
        "A-hainan-haikou-qiongshan-nongye-three-forms-district-department-start-end-dates-five-fund-parts-district-funds-overall-current-goals-row-split-across-page-break-two-clause-value-page-marks-fullwidth-utf8-bom-lf-2023.txt": "1 line left out with a finding (a name's end alone after a page break, its column gone)",
        "B-bingtuan-diershi-tiemenguan-shuili-two-forms-direction-operator-value-unit-weight-columns-latex-operators-special-account-unit-funds-page-marks-no-level1-after-break-wrapped-name-utf8-bom-crlf-2024.txt": "rows left out with a finding (LaTeX operators `$\\geq$` no operator word once joined)",
        "D-qinghai-haixi-dulan-nongmu-zhengti-unit-code-budget-labels-over-figures-latex-values-two-clause-value-weight-basis-columns-2021-cost-level-page-mark-no-levels-after-break-gb18030-mixed-crlf-lf-2025.txt": "rows left out with a finding (LaTeX values `$\\geq 2460$` parted at their spaces once joined)",
        "E-bingtuan-dishishi-beitun-nongye-rows-unit-code-category-columns-six-decimal-amounts-total-row-subtotal-mismatch-two-units-project-cells-first-row-value-split-across-page-break-utf16le-bom-lf-2022.txt": "rows left out with a finding (a unit code and a category column beside the project cells: rows fitting two ways or none)",
        # Self-evaluation round 46: a name's end that completes no indicator's name ending
        # (`…知识更新` over `培训`), and a reason's second line alone after a page break and the
        # labels printed again (the row whose reason it ends above them), each left out once
        # joined.
        "C-guizhou-qiannan-luodian-nongyeshengchan-zhuanyizhifu-quyu-yusuanshu-shuoming-honest-wrappedactual-wrappedname-pagemark-utf16-signoff-2021.txt": "1 line left out with a finding (a name's end alone, its column gone)",
        "C-neimenggu-hulunbeier-arongqi-dadou-yitihua-zhibiaofangxiangzhengfan-splitcols-cost2021-honest-thousands-rowacrosspage-wrappedreason-pagemarks-repeatlabels-crlf-signoff-2024.txt": "1 line left out with a finding (a reason's end alone after a page break, its column gone)",
        # Round 53, joined by spaces: each left out with findings (its errors name the lines).
        "A1-gansu-gannan-zhuoni-linye-two-forms-appendix-title-midterm-annual-groups-empty-midterm-group-other-funds-bare-page-numbers-continued-marks-wrapped-level2-fullwidth-gb18030-crlf-2023.txt": "two groups' wrapped 二级 ends and bare page numbers, joined",
        "B-xizang-linzhi-bomi-weijian-two-forms-two-row-header-repeated-operator-value-unit-weight-columns-small-percent-grade-list-empty-operator-amount-row-mismatch-page-marks-wrapped-name-utf8-bom-lf-2025.txt": "a two-row header repeated at each page top, joined",
        "D-ningxia-wuzhong-litong-minzheng-zhengti-budget-labels-over-figures-work-tasks-value-weight-basis-columns-two-bound-value-page-mark-no-levels-after-break-wrapped-name-gb18030-lf-2021.txt": "a department table's budget labels over figures, joined",
        "E-neimenggu-eerduosi-hangjin-linye-rows-excel-unicode-text-used-range-empty-columns-quoted-multiline-goals-general-amounts-slash-date-two-units-project-cells-first-row-utf16le-bom-crlf-2024.txt": "26 empty columns of the used range and quoted goals, joined",
        "F-bingtuan-dishisishi-kunyu-nongye-flat-two-tables-unit-operator-hints-in-names-template-stars-percent-suffix-quarter-deadline-page-marks-repeated-labels-wrapped-name-fullwidth-utf8-crlf-2022.txt": "a unit in brackets wrapped alone under its name, joined",
        # Round 55 (lists shifted left), joined by spaces: rows fitting two ways or none, and
        # ends alone on their lines (`row_unparsed`, `cell_maybe_cut`).
        "A1-liaoning-huludao-jianchang-xumu-two-forms-midterm-annual-groups-numbered-goals-rowspan-dropped-rows-shifted-left-one-group-only-rows-name-wrapped-in-both-groups-two-clause-value-gb18030-lf-2021.txt": "rows left out with a finding (indicator rows fitting two ways or none)",
        "E-anhui-bozhou-lixin-nongye-rows-budget-unit-special-project-labels-unit-merged-over-projects-rowspan-dropped-rows-shifted-left-page-top-row-kept-wrapped-project-name-wrapped-name-heji-row-gb18030-crlf-2024.txt": "rows left out with a finding (a project name's end, indicator rows fitting two ways or none)",
        "E-guangdong-shanwei-luhe-weijian-rows-yuan-scored-level1-remarks-rowspan-dropped-rows-shifted-left-wrapped-project-name-name-and-value-page-mark-heji-subtotal-mismatch-utf16le-bom-crlf-2023.txt": "rows left out with a finding (a project name's end, indicator rows fitting two ways or none)",
        "E-guizhou-zunyi-daozhen-shuiwu-rows-fund-name-nature-value-unit-weight-columns-2021-cost-level-unit-merged-over-projects-rowspan-dropped-rows-shifted-left-wrapped-names-page-mark-heji-row-utf8-lf-2025.txt": "rows left out with a finding (a project name's end alone on its line)",
        # Round 54, joined by spaces: 沈丘's money block by income kind left as lines
        # (`line_unrecognised`), its total unread; 如东's row of two target words fitting two ways.
        "D-henan-zhoukou-shenqiu-weijian-zhengti-function-summary-income-expenditure-nature-budget-split-spaced-vertical-label-value-with-description-label-remarks-page-mark-no-levels-after-break-wrapped-name-fullwidth-utf8-bom-crlf-2022.txt": "a money block by income kind left as lines, its total unread",
        "E-jiangsu-nantong-rudong-nongye-rows-yuan-amounts-implementing-unit-column-project-cells-first-row-heji-row-range-unit-written-once-page-mark-no-project-cells-after-break-wrapped-name-fullwidth-gb18030-crlf-2023.txt": "1 rows left out with a finding (indicator rows fitting two ways or none)",
        # Round 47 (self-evaluations), joined by spaces: a word alone on its line left out with
        # `cell_maybe_cut` or `row_unparsed`.
        "C-hebei-handan-guantao-huanggua-yitihua-jisuanfuhao-danwei-splitcols-asciiops-honest-nameacrosspage-thousands-wrappedreason-pagemarks-repeatlabels-signoff-2021.txt": "a name's end alone after a page top, joined",
        "C-qinghai-xining-huangyuan-xiacai-xianjie-fenzhiqian-zongtimubiaowanchengqingkuang-honest-wrappedtarget-keshi-thousands-wrappedreason-pagemarks-repeatlabels-gbk-crlf-signoff-2023.txt": "a target's end alone under its row (`前`), joined",
        # Held-out rounds 65 and 58, joined by spaces: rows whose words fit their columns in
        # more than one way or none, left out with `row_unparsed` (宕昌's money row, 库伦's,
        # 万载's and 施甸's indicator rows); 汶上's level cells wrapped into fragments on the
        # next row, joined, name no level (`种植户满意度度指标`, its 二级 lost).
        "C-gansu-longnan-dangchang-zhongyaocai-excelunicodetext-quotedlinebreaks-wrappedmoneyheadings-wrappedname-reasonbeforepoints-actualopstripped-ratevsinitial-rateoff-thousands-utf16le-bom-crlf-2023.txt": "a money row fitting its headings no way (row_unparsed)",
        "C-neimenggu-tongliao-kulun-qiaomai-wordtabtext-pointsbeforeactual-ratebeforepoints-namesplitoverlines-reasonsplitoverlines-twodecimalscores-actualopstripped-scoretotaloff-gb18030-lf-2022.txt": "an indicator row fitting its columns two ways (row_unparsed)",
        "A1-jiangxi-yichun-wanzai-youji-nongye-midterm-and-annual-groups-level1-vertically-centred-on-own-line-between-rows-page-break-running-header-repeated-labels-level1-line-before-break-wrapped-value-annual-only-row-thousands-gb18030-crlf-2022.txt": "indicator rows fitting their columns two ways (row_unparsed)",
        "A5-shandong-jining-wenshang-nongye-two-forms-chengben-first-level-points-wrapped-level-cells-fragments-in-next-row-or-own-line-benniancaizheng-shangnianjiezhuan-fenzhi-zhibiaojieshi-range-utf8-bom-crlf-2024.txt": "level cells' wrapped fragments joined to the names beside them",
        "E-yunnan-baoshan-shidian-jiaoti-yitihua-list-direction-operator-value-unit-fund-parts-per-project-yuan-thousands-quoted-multiline-goals-dingxing-grades-empty-operator-range-amount-row-mismatch-utf16le-bom-crlf-2023.txt": "an indicator row fitting its columns two ways (row_unparsed)",
        # Held-out round 66, joined by spaces: 休宁's money row by fund source (its labels' row
        # then its figures' row) and 连南's per-unit subtotal rows fit no way (row_unparsed).
        "A9-anhui-huangshan-xiuning-nongye-two-forms-word-saved-as-plain-text-multi-paragraph-cells-break-rows-in-name-value-and-level2-columns-xiangmu-wancheng-xiaoyi-zhibiao-money-by-fund-source-labels-row-then-figures-row-gb18030-crlf-2019.txt": "a money row of figures under its sources' labels, joined (row_unparsed)",
        "E-guangdong-qingyuan-liannan-jiaoyu-list-excel-unicode-text-funding-unit-subtotal-rows-heji-first-yuan-thousands-chengben-as-level1-quoted-line-breaks-in-name-value-goal-cells-subtotal-mismatch-utf16le-bom-crlf-2023.txt": "per-unit subtotal rows joined: projects left out (row_unparsed)",
        # 饶河 (held-out round 67), joined by spaces: a project's row shifted left under its
        # dropped cells fits no way (row_unparsed), the project left out.
        "E-heilongjiang-shuangyashan-raohe-weijian-list-web-page-copied-as-text-rowspans-dropped-continuation-rows-shifted-left-unit-cell-once-heji-first-yuan-thousands-br-in-goal-breaks-row-subtotal-mismatch-utf8-bom-crlf-2023.txt": "a project's shifted row fitting no way (row_unparsed)",
        # Held-out round 60, joined by spaces: 尚义's 一级 printed a character a line down its
        # rows, joined into the rows' words, and 美姑's money headings broken over lines, fit no
        # way (row_unparsed).
        "C-hebei-zhangjiakou-shangyi-malingshu-wordtabtext-reasonbeforepoints-verticallevel1onecharperline-brokenmoneylabel-wrappedlevel2-reasonsplitoverlines-twodecimalscores-actualopstripped-scoreexceedsweight-gb18030-crlf-2022.txt": "a 一级 a character a line, joined into its rows (row_unparsed)",
        "C-sichuan-liangshan-meigu-gaobiaozhunnongtian-zhuanyizhifu-quyu-excelunicodetext-headingsbrokenovertworows-moneylabelatmiddlerow-quotedlinebreaks-reasonrowbroken-durationtarget-barecoefficient-twodecimalscores-honest-utf16le-bom-crlf-2023.txt": "money headings broken over lines, joined (row_unparsed)",
        "C-jiangxi-shangrao-dexing-youcha-pdftotext-layout-fixedwidth-verticallabel-centeredmergedcells-wrappedcells-pagebreak-insidexiaoyi-pagefooters-formfeed-rateoff-2022.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words (self-evaluation round 104)",
        "C-guizhou-qianxinan-xingren-xianjie-pdftotextlayout-utf8-lf-jixiaomubiaozipingbiao-zhixinglvBAwrapped-moneylabelswrapped-fenzhiqian-quannianshijizhi-levelpoints-levelsatmiddle-zhulines-pagefooter-rateoff-2023.txt": "a pdftotext -layout form of self-evaluation round 137, NOT_READ clean too",
        "C-liaoning-benxi-mingshan-nongye-pdftotextlayout-utf8-lf-fujian1-mof-fuyi-wrappedheadings-moneylabelswrapped-levelsatmiddle-wrappednames-pagebreakinsidexiaoyi-headerrepeated-nolevel1afterbreak-pagefooter-twoforms-2023.txt": "a pdftotext -layout form of self-evaluation round 137, NOT_READ clean too",
        "C-yunnan-dali-yangbi-linye-pdftotext-layout-spaceruns-wrappedcells-levelsmidblock-pagebreakinblock-footers-zhibiaoxingzhi-splitcols-twoprojects-fullmarksmissed-2022.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words (self-evaluation round 84)",
        "D-sichuan-nanchong-nanbu-shuiwu-pdftotextlayout-bumenzhengti-jibenzhichu-xiangmuzhichu-splitcols-wrappedgoal-level1acrossbreak-labelsrepeated-2025.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words (round 140)",
        "E-jilin-yanbian-tumen-weijian-deptlist-pdftotextlayout-projectcellscentredinspan-goalattop-goalwrapsbesiderows-goallinefigurefirst-narrowlevel2wrapped-wrappedsanji-pagefooter-headerrepeated-utf8-2024.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words (round 158)",
        "A-heilongjiang-haerbin-tonghe-linye-txt-pdftotextlayout-formfeed-zhuguanbumenjidaima-moneyblockwrapped-shangnianjiezhuan-wrappednames-shehuigongzhong-permille-pagefooter-twoforms-2025.txt": "a pdftotext -layout form (round 181, 通河) read by where its cells stand, joined by spaces: read by its words, the names take the wrapped 主管部门's first line, no money row, levels lost (row_unparsed)",
        "E-henan-nanyang-zhenping-renshe-txt-pdftotextlayout-deptlist-rowperindicator-projectcellstop-goalbesiderows-quanzhong-pagebreak-headerrepeated-level1blank-heji-threeprojects-2025.txt": "a fixed-width text's cells placed by where they stand, joined by spaces: read by their words (round 181)",
    },
    "one_cell_a_line": {
        "C-guangxi-baise-xilin-xiangcunzhenxing-pdftotextlayout-utf8-xianjiezijin-fenzhibefore-quannianshijizhi-noinitial-pagebreak-headerrepeated-qizhongsubrow-noscore-pagefooter-2023.txt": "a pdftotext -layout text of self-evaluation round 140, NOT_READ clean too",
        "A-sichuan-guangan-qianfeng-jiaotong-txt-pdftotextlayout-formfeed-xiangmuzijin-caizhengzhuanhu-danweizijin-labelfigurerows-zhibiaoxingzhi-duliangdanwei-quanzhong-zhibiaofangxiangxing-wrappednames-pagebreak-headerrepeated-level1level2blank-twoforms-2025.txt": (
            "a pdftotext -layout form (round 183, 前锋) read by where its cells stand, one cell a line: its wrapped cells are not put back (row_unparsed)"
        ),
        "C-heilongjiang-hegang-gongnong-chengguan-pdftotextlayout-utf8-landscape-yuan-level2brackets-pagebreak-noheader-levelreprinted-contextduration-pagefooter-2023.txt": (
            "a pdftotext -layout self-evaluation (self-evaluations 139, 工农) read by where its cells stand, one cell a line: its levels wrapped round their rows' lines are not put back (row_unparsed)"
        ),
        "A-jiangsu-wuxi-huishan-nongyenongcun-txt-pdftotextlayout-formfeed-xiangmuqizhishijian-yusuananpai-labelsrowthenfigures-jisuanfuhao-duliangdanwei-fenzhi-emptyop-pagebreak-noheaderrepeat-level1blank-twoforms-2025.txt": "a pdftotext -layout form (round 182, 惠山), NOT_READ clean too",
        "C-hunan-zhangjiajie-wulingyuan-wenlv-pdftotextlayout-utf8-xiangmuzhichumingcheng-wrappedname-shishiqi-niandu-sidebyside-benji-shangji-pagebreak-headerrepeated-fuzeren-pagefooter-2024.txt": (
            "a pdftotext -layout self-evaluation (round 138, 武陵源) read by where its cells stand, one cell a line: the cells wrapped round their rows' lines are not put back (row_unparsed)"
        ),
        "A-guangdong-meizhou-fengshun-weijian-txt-pdftotextlayout-utf8-formfeed-yusuandanwei-bendushenqingxiancaizheng-yuqichanchuzhibiao-xiaoguozhibiao-wrappednames-pagefooter-twoforms-2025.txt": "a pdftotext -layout form of round 180, NOT_READ clean too",
        "C-ningxia-yinchuan-yongning-minning-zhen-pdftotext-layout-utf8-lf-bumenxiangmu-zipingdefen-caizhengshenhepingfen-tiaozhengyusuanshuA-cankaofenzhi-zhibiaozhiA-quannianshijizhiB-xiangmujuece-guanli-wrappedcells-twoforms-2023.txt": "a pdftotext -layout text of self-evaluation round 135, NOT_READ clean too",
        "C-hubei-wuhan-dongxihu-shuiwu-pdftotext-layout-utf8-lf-spacedcolumns-pagefurniture-diyeyegongye-runningheader-wrappedreason-twoforms-2023.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words (self-evaluation round 124)",
        "C-hunan-yongzhou-lengshuitan-jiaoyu-pdftotext-layout-utf8-lf-spacedcolumns-pagefurniture-wrappedreason-scoreexceedsweight-twoforms-2023.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words (self-evaluation round 124)",
        "E-heilongjiang-jiamusi-huanan-jiaoyu-txt-pdftotextlayout-spacealigned-deptlist-rowperindicator-projectcells-firstrowonly-wrappedprojectnames-heji-first-yusuanjine-wrappedheader-pagebreak-insideproject-headerrepeated-2025.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words (round 171)",
        "C-anhui-hefei-chaohu-nongye-pdftotext-layout-utf8-lf-tianchanglabels-niandujixiaozhibiaowanchengqingkuang-zhibiaoNprefix-templateleftovers-ellipsisrows-slashrow-dashparts-splitnumber-damage-twoforms-2022.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words (self-evaluation round 134)",
        "A-fujian-ningde-zhouning-weijian-txt-pdftotext-raw-onecellperline-gb18030-lf-formfeed-zijinqingkuang-wrappednames-pagefurniture-inheader-betweenrows-twoforms-2025.txt": (
            "one cell a line already, no blank line (round 169): a blank line after every line leaves its rows untold, refused (file_unreadable)"
        ),
        "A-fujian-sanming-taining-shuili-txt-word-savedastext-onecellperline-gb18030-crlf-chengben-first-zhibiaojieshi-zhibiaofangxiang-op-unitinname-shifou-twoforms-2025.txt": (
            "one cell a line already, no blank line (round 169): a blank line after every line leaves its rows untold, refused (file_unreadable)"
        ),
        "A-guangdong-meizhou-jiaoling-jiaoyu-txt-pdfviewercopy-onecellperline-utf8-crlf-shenbaobiao-qitazijin-empty-wrappednames-pagefurniture-inheader-betweenrows-twoforms-2025.txt": (
            "one cell a line already, no blank line (round 169): a blank line after every line leaves its rows untold, refused (file_unreadable)"
        ),
        "A-neimenggu-tongliao-zhalute-linye-txt-pdftotextlayout-spacealigned-gb18030-xiangmuzijin-zhibiaozhishuoming-wrapped-permille-pagebreak-betweenrows-pagebreak-inmoneyblock-afterfirstrow-qitazijin-empty-twoforms-2025.txt": (
            "a pdftotext -layout text (round 171) one cell a line: its wrapped cells' lines are cells of their own, rows row_unparsed"
        ),
        "A-shanxi-xinzhou-wuzhai-shuili-txt-pdftotextlayout-spacealigned-zhuguanbumenjidaima-xiangmushuxing-xiangmuqi-moneylabelcentred-qitazijin-zero-empty-figures-pagebreak-betweenrows-wrappednames-yearline-threeforms-2025.txt": (
            "a pdftotext -layout text (round 171) one cell a line: its wrapped cells' lines are cells of their own, rows row_unparsed"
        ),
        "A2-hebei-hengshui-wuqiang-nongye-txt-pdftotextlayout-spacealigned-shenbaobiao-xiangmufuzeren-zijinqingkuang-qitazijin-empty-pagebreak-inmoneyblock-wrappednames-figurelines-beizhu-wrapped-twoforms-2025.txt": (
            "a pdftotext -layout text (round 171) one cell a line: its wrapped cells' lines are cells of their own, rows row_unparsed"
        ),
        "A2-jilin-baishan-fusong-weijian-txt-pdftotextlayout-spacealigned-shenbaobiao-level2everyrow-namesstartwithfigures-pagebreak-inmoneyblock-qitazijin-emptyafterbreak-pagebreak-betweenrows-beizhu-wrapped-renyue-twoforms-2025.txt": (
            "a pdftotext -layout text (round 171) one cell a line: its wrapped cells' lines are cells of their own, rows row_unparsed"
        ),
        "A3-hunan-loudi-xinhua-shuili-txt-pdftotext-raw-onecellperline-utf8-lf-formfeed-zhongqi-niandu-zhibiaozhi-jixiaobiaozhun-pagefurniture-inheader-betweenrows-wrapped-signoff-twoforms-2025.txt": (
            "one cell a line already, no blank line (round 169): a blank line after every line leaves its rows untold, refused (file_unreadable)"
        ),
        "B-jiangxi-fuzhou-zixi-nongye-txt-pdfviewercopy-onecellperline-utf8-lf-zhibiaoxingzhi-zhibiaozhi-duliangdanwei-dingxing-emptyvalue-baifenbi-monthdate-pagefurniture-inheader-betweenrows-twoforms-2025.txt": (
            "one cell a line already, no blank line (round 169): a blank line after every line leaves its rows untold, refused (file_unreadable)"
        ),
        "C-anhui-xuancheng-xuanzhou-nongye-pdfcopy-onecellperline-noblanklines-threeformsbacktoback-titleundersignoff-benniancaizhengbokuan-dashonlyparts-deptcodes-utf8-lf-2023.txt": (
            "one cell a line already, no blank line (self-evaluation round 126): a blank line after every line leaves its rows untold, refused (file_unreadable)"
        ),
        "C-hebei-tangshan-luannan-weijian-pdftotext-raw-onecellperline-noblanklines-threeformsbacktoback-titleunderlianxidianhua-goalsonesentenceperline-emptypartrowslabelonly-utf8-lf-2023.txt": (
            "one cell a line already, no blank line (self-evaluation round 127): a blank line after every line leaves its rows untold, refused (file_unreadable)"
        ),
        "C-hunan-chenzhou-suxian-linye-pdfcopy-onecellperline-utf8-lf-emptycellsdropped-pagefurniture-diyeyegongye-slashreasons-twoforms-2023.txt": (
            "a PDF's text one cell a line with no blank line (self-evaluation round 124, 苏仙): a blank line after every line leaves its rows untold, refused (file_unreadable)"
        ),
        "E-hebei-chengde-kuancheng-shuiwu-deptlist-pdftotextlayout-yuan-thousands-goalwrapsbesiderows-goallinefigurefirst-level1mergedtop-monthenddate-wrappednames-pagefooter-headerrepeated-utf8-2025.txt": "a pdftotext -layout list whose goals wrap beside its rows (round 158), NOT_READ clean too",
        "E-jilin-liaoyuan-dongfeng-nongye-deptlist-pdftotextlayout-heji-first-thousands-goalwrapsbesiderows-goallinefigurefirst-wannmu-wanmuci-implieddate-wrappednames-pagefooter-headerrepeated-gb18030-2025.txt": "a pdftotext -layout list whose goals wrap beside its rows (round 158), NOT_READ clean too",
        "E-liaoning-liaoyang-gongchangling-zhujian-deptlist-pdftotextlayout-xuhao-danweimingcheng-niandujixiaomubiao-goalwrapsbesiderows-goallinefigurefirst-goallinedateend-wrappednames-levelseveryrow-pagefooter-headerrepeated-utf8-2025.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words (round 158)",
        "E-liaoning-shenyang-hunnan-jiaoyu-deptlist-pdftotextlayout-bumenyusuan-xiangmujixiaomubiaobiao-goalwrapsbesiderows-goallinefigurefirst-levelsmergedtop-pagebreakinsideproject-levelsacrossbreak-pagefooter-headerrepeated-utf8-2024.txt": "a pdftotext -layout list whose goals wrap beside its rows (round 158), NOT_READ clean too",
        "E-heilongjiang-heihe-beian-jiaoyu-ocr-txt-spaceruns-dept-list-project-cells-first-row-goal-lines-interleaved-spaceinamount-Ofor0-fullwidth-pageheader-pagenumber-2025.txt": (
            "an OCR'd list whose goal lines stand beside its rows (round 157, 北安), NOT_READ clean too"
        ),
        "P-guangdong-zhaoqing-duanzhou-weijian-excel-unicodetext-utf16le-bom-tab-crlf-paddedrows-heji-first-unitrows-quotedmultiline-fieldsperline-yijierjisanji-zhibiaozhi-2023.txt": "a packed table whose 绩效指标 cells print a field a line (round 151, 端州): one cell a line, its cells' own lines are taken for cells",
        "E-hunan-chenzhou-rucheng-jiaoyu-txt-pdf-via-wps-tab-department-list-indicator-rows-wrapped-names-levels-labels-goals-on-own-lines-jingjixiaoyi-zhibiao-split-pagefooter-headerrepeated-heji-last-2025.txt": "a PDF copied through WPS, its cells' line breaks bare (round 145, 汝城): damaged again, its lines no longer make up its rows",
        "A2-guangxi-hechi-donglan-xianjie-txt-wappage-copy-onecellperline-blanklinesbetweenrows-mergedwrittenonce-fuzerenjidianhua-sitepager-between-rows-twoforms-2025.txt": "a web page's copy one cell a line (round 145, 东兰): damaged again, its rows are not told",
        "C-guangdong-maoming-dianbai-weijian-pdftotext-layout-utf8-lf-ruledpdf-monospace-spacedcolumns-wrappedcellstwolines-formfeed-twoforms-operatoractual-2023.txt": "a pdftotext -layout text (self-evaluation round 112), NOT_READ clean too",
        "E-sichuan-guangan-huaying-minzheng-pdftotextlayout-shenbaobiao-yuan-heji-first-goalwrapsbesiderows-pagebreakinsideproject-headerrepeated-splitcols-2024.txt": "a fixed-width text (round 140) printed one cell a line: its rows not told",
        "B-chongqing-liangjiang-chengshiguanli-pdftotextlayout-biaoshier-nolevels-jiliangdanwei-zhibiaoxingzhi-dingxing-listcontinued-labelsrepeated-diyiyegongyeye-2024.txt": "a fixed-width text (round 140) printed one cell a line: its rows not told",
        "A-sichuan-deyang-mianzhu-nongye-pdftotextlayout-yitihua-zhibiaoxingzhi-duliangdanwei-quanzhong-pageheader-diyiyegongyeye-formcontinued-labelsrepeated-erjiacrossbreak-wrappedsanji-2025.txt": "a fixed-width text (round 140) printed one cell a line: its rows not told",
        "E-guizhou-guiyang-kaiyang-wenlv-wps-txt-tabs-gbk-crlf-leadingblankrow-tworowheader-split-xingzhi-zhi-danwei-quanzhong-dingxing-mergedblank-trailingtabs-2025.txt": "round 126's list with a header over two rows: one cell a line, its rows are not put back (file_unreadable)",
        "B-sichuan-liangshan-ningnan-yitihua-export-excel-tabtext-gbk-crlf-quotedmultiline-danweibianma-dingliang-dingxing-operator-inside-zhibiaozhi-bareoperator-fourprojects-2023.txt": "round 124's export printing its project's cells on every row, one cell a line: read otherwise",
        "B-sichuan-nanchong-pengan-jiaotong-yitihua-export-utf8-pipe-lf-ascii-operators-bareoperator-header-repeated-every-50-rows-xuhao-sixprojects-2024.txt": "round 124's export printing its project's cells on every row, one cell a line: read otherwise",
        "B-sichuan-yaan-hanyuan-nongye-yitihua-export-unicodetext-utf16le-bom-tabs-crlf-twoheaderrows-zhongqi-niandu-columngroups-zhibiaoxingzhi-duliangdanwei-quanzhong-fourprojects-2024.txt": "round 124's export printing its project's cells on every row, one cell a line: read otherwise",
        # 若羌 (round 86) on 鄂州's template: since 保障绩效目标实现措施 is a label (round 120), its
        # text one cell a line cuts into rows of no one count (file_unreadable).
        "A-xinjiang-bazhou-ruoqiang-linguo-tsv-txt-hubei-ezhou-template-chengben-goucheng-heji-shifted-levels-jixiao-biaozhun-dangnian-yuqi-shixianzhi-2025.txt": (
            "鄂州's template one cell a line: its measures column, a label now, leaves no row count that cuts it"
        ),
        "E-yunnan-lincang-gengma-nongye-deptlist-tsv-tworowheader-zijin-heji-caizheng-qita-spannedcellsempty-rowspanonce-hejifirst-crlf-2024.txt": (
            "a list's header over two rows and its 合计 first (round 118), one cell a line: its projects are read otherwise"
        ),
        "C-hubei-jingzhou-songzi-nongye-word-savetext-gbk-onecellperline-emptylines-norowbreaks-shijizhuguanbumen-nianchuyuqimubiao-defenbeforezhixinglv-twoprojects-rateoff-2023.txt": (
            "Word's text one cell a line with no row ends (self-evaluation round 84), NOT_READ clean too"
        ),
        "A-guangdong-qingyuan-fogang-jigong-word-savetext-gbk-crlf-onecellperline-blanklinerows-emptycellsnoline-jibenqingkuangbiao-touzizonge-yuqixiaoguo-shangnianshiji-bennianjihua-two-projects-2018.txt": (
            "Word's text one cell a line already (round 92): refused (file_unreadable)"
        ),
        "B-jiangsu-zhenjiang-yangzhong-nongye-pdf-layout-text-spaceruns-wrappedcells-mergedtextbesiderows-pagefooter-formfeed-runningheader-headerrepeated-level1acrosspagebreak-two-projects-2024.txt": (
            "a PDF's layout text (round 92) one word a line: its rows fit their columns in more than one way (row_unparsed), refused in part"
        ),
        "C-xizang-shannan-langkazi-mianyang-xianjie-pdfcopytext-spaceruns-wrappedcells-verticallabelonecharperline-pagefooter-fenzhiqian-quannianshijizhi-rateoff-2023.txt": (
            "a PDF's text of space runs (self-evaluation round 80), the vertical label one character a line: one word a line, its rows fit their columns in more than one way (row_unparsed), refused"
        ),
        # 连平 (round 84).
        "A-guangdong-heyuan-lianping-jigong-shixun-tsv-txt-shengji-zhuanxiang-xiangmu-jixiao-mubiaobiao-yuqi-chanchu-xiaolv-jihua-yuqi-xiaoguo-zhibiao-leibie-gexinghua-zhibiao-shangniandu-shiji-shuiping-2025.txt": "the indicator table's two block headings (预期效果 | 预期社会经济效益) print no cells below them: its rows lost their empty cells, and those printing no 指标类别 fit the columns no one way (row_unparsed)",
        # Held-out rounds 79 and 72: PDF texts in reading order, printed a cell a line again.
        "A-heilongjiang-suihua-qingan-shuidao-project-form-pdftotext-raw-reading-order-one-cell-per-line-levels-once-names-wrapped-two-lines-goal-three-lines-text-target-page-footer-amount-row-mismatch-utf8-lf-2025.txt": "a text in reading order printed a cell a line again: its rows not told",
        "A1-neimenggu-chifeng-balinzuoqi-rouniu-form-pdftotext-raw-reading-order-midterm-and-annual-groups-side-by-side-both-filled-levels-once-per-group-wrapped-names-goals-side-by-side-period-amount-below-annual-utf8-bom-lf-2024.txt": "a text in reading order printed a cell a line again: its rows not told",
        "B-sichuan-aba-heishui-nongcun-gonglu-yitihua-split-columns-pdftotext-raw-reading-order-dingxing-rows-empty-unit-prints-nothing-page-break-labels-repeated-heji-weights-95-vs-100-gb18030-crlf-2025.txt": "a text in reading order printed a cell a line again: its rows not told",
        "C-fujian-sanming-ninghua-helonggongmi-pdftotextraw-readingorder-noblanklines-wrappednames-emptyreasonsprintnothing-partrowsemptycells-zongfen-fullmarksmissed-utf8-lf-2023.txt": "a text in reading order printed a cell a line again: its rows not told",
        "C-sichuan-ganzi-seda-maoniu-nuanpeng-pdftotextraw-readingorder-blanklineafterrow-nameswrappedtwolines-reasonswrapped-dashpartcells-zongfen-scoreaboveweight-gb18030-crlf-2022.txt": "a text in reading order printed a cell a line again: its rows not told",
        "D-xinjiang-tacheng-tuoli-linyecaoyuan-zhengti-pdftotextraw-readingorder-blanklineafterrow-wrappedreason-pagebreakbeforeindicators-wuyreasons-zongfen-scoretotaloff-utf8bom-lf-2023.txt": "a text in reading order printed a cell a line again: its rows not told",
        "E-guizhou-anshun-zhenning-shuiwu-department-list-one-row-per-indicator-pdftotext-raw-reading-order-unit-once-project-name-amount-goal-once-wrapped-name-and-goals-three-projects-heji-row-subtotal-mismatch-utf8-crlf-2025.txt": "a text in reading order printed a cell a line again: its rows not told",
        # 会同 (round 66), 淳化 (round 73): a PDF's text in reading order, printed a cell a line
        # again.
        "A2-shaanxi-xianyang-chunhua-pingguo-form-pdftotext-raw-reading-order-one-cell-per-line-levels-once-wrapped-names-and-goal-deadline-before-fiscal-year-utf16le-bom-crlf-2024.txt": "a text in reading order printed a cell a line again: its rows not told",
        "C-hunan-huaihua-huitong-youcha-dichanlin-form2019-xiangmuwancheng-pdftotextraw-readingorder-cellperline-figuresruntogether-verticallabel-pagebreak-zongfen-rateoff-utf8-lf-2019.txt": "a text in reading order printed a cell a line again: rows fitting no way",
        # 灵寿 (round 73), 灵台 (round 66): fixed-width texts read by their places, one cell a line.
        "A1-hebei-shijiazhuang-lingshou-shiyongjun-form-pdftotext-layout-char-count-aligned-midterm-group-empty-annual-only-cells-centred-levels-at-block-middle-wrapped-names-amount-row-mismatch-utf8-lf-2024.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words",
        "C-gansu-pingliang-lingtai-pingguo-aizhenmizhi-pdftotextlayout-charcount-valigntop-wrappedpartlabelsaroundfigures-moneylabeltworows-goalswrapped-pagebreakmidblock-headingrepeated-zongfen-fullmarksmissed-utf8-lf-2023.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words",
        # 南江 (held-out round 65): a fixed-width text read by its places, one cell a line.
        "C-sichuan-bazhong-nanjiang-linye-zhuanyizhifu-quyu-pdftotextlayout-displaywidth-valigncentre-nianchucol-wrappedpartlabels-moneylabelcentred-levelsatmiddle-threelinereason-formfeedbeforeindicators-zongfen-fullmarksmissed-utf8-lf-2023.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words",
        # 华安 (held-out round 72): a fixed-width text read by its places, one cell a line.
        "D-fujian-zhangzhou-huaan-shuili-zhengti-pdftotext-layout-display-width-lvzhi-mubiao-block-zhibiao-jieshi-top-aligned-levels-once-page-break-splits-wrapped-level3-name-repeated-labels-satisfaction-not-percent-gb18030-crlf-2025.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words",
        # Held-out round 71: fixed-width texts read by their places, one cell a line.
        "A-gansu-dingxi-zhangxian-shuiwu-indicator-rows-pdftotext-layout-char-count-aligned-name-amount-levels-centred-in-block-wrapped-names-heji-first-subtotal-mismatch-gb18030-crlf-2024.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words",
        "B-sichuan-liangshan-leibo-qicheng-split-columns-form-pdftotext-layout-display-width-cells-centred-explanation-wrapped-3-lines-two-line-column-labels-page-break-splits-centred-level2-repeated-labels-amount-row-mismatch-utf16le-bom-crlf-2024.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words",
        "F-guizhou-qiandongnan-cengong-youcha-flat-list-no-levels-pdftotext-layout-display-width-two-line-column-labels-numbers-right-aligned-weight-heji-100-weights-90-utf8-bom-lf-2025.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words",
        # Held-out round 64: fixed-width texts read by their places, one cell a line.
        "C-guizhou-qiandongnan-jianhe-shiyongjun-xianjie-fenzhiqian-pdftotextlayout-charcount-valigntop-rightaligned-twolinemoneyheadings-wrappedlevel2-threelinereason-formfeed-pageofpages-headerrepeated-zongfen-scoretotaloff-utf8-lf-2023.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words",
        "C-anhui-fuyang-funan-liubian-pdftotextlayout-displaywidth-valigncentre-rightaligned-twolinemoneyheadings-moneylabelcentred-threelinereason-formfeedingoals-noheaderafterbreak-zongfen-amountoff-utf8-lf-2023.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words",
        # Held-out rounds 70 and 63: fixed-width texts read by their places, one cell a line.
        "A1-hunan-huaihua-xinhuang-huangniu-form-pdftotext-layout-char-count-aligned-cells-centred-midterm-annual-levels-at-block-middle-wrapped-names-level2-broken-page-break-repeated-labels-amount-row-mismatch-gb18030-lf-2024.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words",
        "B-yunnan-chuxiong-yongren-huajiao-form-pdftotext-layout-display-width-aligned-cells-top-aligned-operator-value-unit-weight-explanation-names-and-remarks-wrapped-2-3-lines-page-break-no-repeated-labels-dingxing-weights-95-utf8-lf-2024.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words",
        "D-neimenggu-xilinguole-taipusi-linye-zhengti-pdftotext-layout-display-width-cells-centred-levels-at-block-middle-level2-broken-wrapped-explanation-page-break-repeated-labels-spending-split-mismatch-utf16le-bom-crlf-2025.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words",
        "C-fujian-ningde-pingnan-gaoshancha-pdftotextlayout-charcount-valigncentre-linesaboveandbelow-levelsatmiddle-moneylabelatmiddle-formfeed-pagenum-headerrepeated-nolevel1afterbreak-fullmarksmissed-utf8-lf-2023.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words",
        "D-heilongjiang-qiqihaer-tailai-shuiwu-zhengti-pdftotextlayout-displaywidth-valigntop-continuationbelow-levelsattop-moneylabelthreelines-formfeed-pagenum-noheaderafterbreak-nolevel1afterbreak-rateoff-utf8-crlf-2022.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words",
        # Fixed-width texts (pdftotext -layout; held-out rounds 66, 59, 60) whose cells' lines
        # the clean reading puts on their rows by where they stand: printed one cell a line,
        # the places are gone and the lines are read by their words, as before.
        "D-jilin-liaoyuan-dongliao-linye-zhengti-pdftotext-layout-merged-cells-vertically-centred-wrapped-cells-split-above-and-below-values-line-page-break-running-header-repeated-labels-jisuanfuhao-mubiaozhi-permille-utf8-crlf-formfeed-2025.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words",
        "C-jiangxi-ganzhou-shangyou-youcha-xianjie-fenzhiqian-pdftotextlayout-wrappedmoneyheadings-level1atmiddlerow-level2ownline-level1oncontinuation-formfeed-headerrepeated-wrappedname-twodecimalscores-fullmarksmissed-gb18030-lf-2023.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words",
        "D-gansu-gannan-zhouqu-ziranziyuan-zhengti-pdftotextlayout-wrappedmoneyheadings-moneylabelatlowerrows-level1atmiddlerow-level1ownline-formfeed-headerrepeated-nolevel1afterbreak-wrappedname-wrappedlevel2-rateoff-utf8-bom-crlf-2022.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words",
        # Printed one cell a line already (held-out rounds 74, 67, 62 and 55), once more: refused.
        "A1-guangxi-laibin-jinxiu-linxia-jingji-form-word-text-one-cell-a-line-blank-line-between-rows-midterm-and-annual-groups-side-by-side-level1-merged-first-row-only-traditional-mirror-ocr-operator-damage-deadline-before-fiscal-year-gb18030-crlf-2024.txt": "one cell a line already, once more: refused",
        "C-zhejiang-lishui-yunhe-wanju-pingtai-cellperline-blanklinebetweenrows-traditional-mirror-dateactual-zongfen-scoretotaloff-utf8bom-lf-2023.txt": "one cell a line already, once more: refused",
        "A2-hainan-haikou-xiuying-wenti-form-word-text-one-cell-per-line-blank-line-between-rows-label-value-pairs-across-level1-bracket-points-beizhu-target-like-compound-targets-weights-not-100-utf8-lf-2024.txt": "one cell a line already, once more: refused",
        "C-heilongjiang-suihua-qinggang-heitudi-wordonecellperline-blanklinesbetweenrows-mergedonce-level1points-nianchudash-heji-onedecimalscores-reasonwu-actualrepeatsoperator-dadaoyuqi-jibendadao-scoretotaloff-thousands-utf8-lf-2023.txt": "one cell a line already, once more: refused",
        # Round 59's project name broken by a bare line break, a cell a line: rows left out.
        "E-xizang-rikaze-nielamu-nongye-rows-excel-unicode-text-244-empty-columns-date-serials-percent-as-fraction-two-rows-broken-onto-two-lines-levels-every-row-remarks-utf16le-bom-crlf-2021.txt": "a project name broken by a bare line break, one cell a line: rows left out",
        # Texts printed one cell a line already (held-out round 57), printed so again: each
        # cell's line a row of its own, no column count cuts the rows (refused).
        "B-qinghai-haixi-tianjun-nongmu-two-forms-web-page-text-one-cell-per-line-blank-line-between-rows-empty-cells-vanish-nature-value-unit-weight-columns-vertical-label-one-char-per-line-then-lost-wrapped-label-level2-names-gb18030-lf-2025.txt": "refused: a text one cell a line printed so again",
        "E-xizang-rikaze-dingri-jiaoyu-rows-yuan-sheet-grid-one-cell-per-line-empty-cells-as-empty-lines-blank-line-after-each-row-wrapped-project-names-level2-and-name-split-amount-read-back-by-heji-utf16le-bom-crlf-2022.txt": "refused: a text one cell a line printed so again",
        # An export padded to 256 columns: printed one cell a line, its empty cells are hundreds
        # of empty lines, and the money rows' figures are left out (amount_unparsed).
        "C-hainan-sansha-xisha-daojiao-laji-zhuanyun-excelunicodetext-trailingtabs256-emptyrows-dateserialactual-thousandsserial-onepercentactual-fraction95actual-partrateone-quotedcellnamebreak-rowbrokentwolines-wanchengdabiao-honest-utf16-crlf-signoff-2022.txt": "an export padded to 256 columns printed a cell a line: rows left out",
        # A list's 合计 row above its projects, a cell a line: no column count cuts every row.
        "E-bingtuan-dishishi-beitun-nongye-rows-unit-code-category-columns-six-decimal-amounts-total-row-subtotal-mismatch-two-units-project-cells-first-row-value-split-across-page-break-utf16le-bom-lf-2022.txt": "refused: no column count ends every row on a blank line",
        # A cell's end printed on a line of its own becomes a row of its own, padded to the
        # grid's width: nothing tells it from an unfilled name.
        "E-guangdong-qingyuan-yingde-rows-codes-2025.txt": "a cell's end made a row of its own",
        "E-liaoning-benxi-huanren-xiang-flat-broken-yuan-2019.txt": "a cell's end made a row of its own",
        # Headers over two rows printed a cell a line: the row boundaries come from a column
        # count, which the header's two rows of different widths do not give.
        "D-jilin-tonghua-meihekou-shijian-zhengti-column-labels-on-lower-header-row-2023.txt": "refused: a header over two rows a cell a line",
        "E-henan-shangqiu-yongcheng-weijian-rows-indicator-group-header-yuan-page-break-2025.txt": "refused: a header over two rows a cell a line",
        "E-shandong-linyi-yingji-rows-repeated-two-row-header-stray-empty-columns-fullwidth-word-operators-2025.txt": "refused: a header over two rows a cell a line",
        "F-chongqing-bishan-chengguan-flat-fullwidth-digits-spaces-stray-empty-columns-signoff-2023.txt": "refused: stray empty columns, rows not told by the column count",
        "C-shanxi-shuozhou-huairen-yinshui-leadingemptycol-zongfen-qualitativeactuals-gb18030-2019.txt": "refused: stray empty columns, rows not told by the column count",
        "B-yunnan-dali-eryuan-nongye-two-forms-unit-operator-value-weight-grade-lists-leading-empty-column-page-breaks-2025.txt": "refused: stray empty columns, rows not told by the column count",
        "C-guizhou-qianxinan-xingyi-gonglu-anfang-jixiaozhibiaospan-moneylabellost-fullwidth-2020.txt": "refused: a header over two rows a cell a line",
        # A Word table's spanned cells exported as empty columns: one empty line each, beside
        # the empty cells, so no column count ends every row on a blank line.
        "E-zhejiang-wenzhou-cangnan-flat-empty-span-columns-2025.txt": "refused: empty span columns, rows not told by the column count",
        # An export quoting every cell is no converter's print: a cell a line, its quotes are text.
        "E-ningxia-guyuan-xiji-rows-every-cell-quoted-yuan-2022.txt": "an export's quotes printed a cell a line",
        # No column labels printed: no column count tells where a row ends.
        "A-guizhou-qiandongnan-congjiang-column-labels-lost-2025.txt": "refused: no column labels, no header row with 项目名称 and 总计 found",
        "B-xizang-linzhi-bomi-weijian-two-forms-two-row-header-repeated-operator-value-unit-weight-columns-small-percent-grade-list-empty-operator-amount-row-mismatch-page-marks-wrapped-name-utf8-bom-lf-2025.txt": "a two-row header repeated at each page top, one cell a line",
        # 休宁 (held-out round 66), one cell a line: a Word cell's second paragraph in brackets,
        # a line of its own, is read as the next name's first line (name_end_joined).
        "A9-anhui-huangshan-xiuning-nongye-two-forms-word-saved-as-plain-text-multi-paragraph-cells-break-rows-in-name-value-and-level2-columns-xiangmu-wancheng-xiaoyi-zhibiao-money-by-fund-source-labels-row-then-figures-row-gb18030-crlf-2019.txt": "a cell's bracketed second paragraph read with the next name",
        # 康平 (held-out round 67), a cell a line already: once more, its rows no longer told.
        "A2-liaoning-shenyang-kangping-xianjie-two-forms-pdftotext-plain-cell-a-line-blank-between-rows-wrapped-cells-extra-lines-levels-at-middle-or-alone-between-rows-page-break-header-repeated-labels-beizhu-utf8-lf-formfeed-2024.txt": "a text a cell a line, once more",
        # 甘德 (held-out round 68): a box-drawn grid printed a cell a line, its rules too.
        "D-qinghai-guoluo-gande-nongmu-zhengti-web-page-w3m-dump-box-drawing-borders-rowspans-as-open-rules-cells-wrapped-at-column-width-explanation-before-value-spending-split-mismatch-utf8-lf-2025.txt": "a box-drawn grid a cell a line",
        "E-jilin-yanbian-tumen-weijian-deptlist-pdftotextlayout-projectcellscentredinspan-goalattop-goalwrapsbesiderows-goallinefigurefirst-narrowlevel2wrapped-wrappedsanji-pagefooter-headerrepeated-utf8-2024.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words (round 158)",
        "A-heilongjiang-haerbin-tonghe-linye-txt-pdftotextlayout-formfeed-zhuguanbumenjidaima-moneyblockwrapped-shangnianjiezhuan-wrappednames-shehuigongzhong-permille-pagefooter-twoforms-2025.txt": "a pdftotext -layout form (round 181, 通河) read by where its cells stand, one cell a line: the names take the wrapped 主管部门's first line, no money row, levels lost (row_unparsed)",
        "E-henan-nanyang-zhenping-renshe-txt-pdftotextlayout-deptlist-rowperindicator-projectcellstop-goalbesiderows-quanzhong-pagebreak-headerrepeated-level1blank-heji-threeprojects-2025.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words (round 181)",
        "C-jiangxi-shangrao-dexing-youcha-pdftotext-layout-fixedwidth-verticallabel-centeredmergedcells-wrappedcells-pagebreak-insidexiaoyi-pagefooters-formfeed-rateoff-2022.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words (self-evaluation round 104)",
        "C-guizhou-qianxinan-xingren-xianjie-pdftotextlayout-utf8-lf-jixiaomubiaozipingbiao-zhixinglvBAwrapped-moneylabelswrapped-fenzhiqian-quannianshijizhi-levelpoints-levelsatmiddle-zhulines-pagefooter-rateoff-2023.txt": "a pdftotext -layout form of self-evaluation round 137, NOT_READ clean too",
        "C-liaoning-benxi-mingshan-nongye-pdftotextlayout-utf8-lf-fujian1-mof-fuyi-wrappedheadings-moneylabelswrapped-levelsatmiddle-wrappednames-pagebreakinsidexiaoyi-headerrepeated-nolevel1afterbreak-pagefooter-twoforms-2023.txt": "a pdftotext -layout form of self-evaluation round 137, NOT_READ clean too",
        "C-yunnan-dali-yangbi-linye-pdftotext-layout-spaceruns-wrappedcells-levelsmidblock-pagebreakinblock-footers-zhibiaoxingzhi-splitcols-twoprojects-fullmarksmissed-2022.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words (self-evaluation round 84)",
        "D-sichuan-nanchong-nanbu-shuiwu-pdftotextlayout-bumenzhengti-jibenzhichu-xiangmuzhichu-splitcols-wrappedgoal-level1acrossbreak-labelsrepeated-2025.txt": "a fixed-width text's cells placed by where they stand, one cell a line: read by their words (round 140)",
    },
}

# Tables whose text, drawn as one grid, is no table a console prints: the text's own damage
# (a quoted cell over lines, a row broken or joined, columns parted by spaces) drawn into the
# grid's cells, where the clean text is read by undoing it line by line.
DRAWN_NOT_READ: dict[str, dict[str, str]] = {
    "drawn_in_ascii": {
        "C-guangxi-baise-xilin-xiangcunzhenxing-pdftotextlayout-utf8-xianjiezijin-fenzhibefore-quannianshijizhi-noinitial-pagebreak-headerrepeated-qizhongsubrow-noscore-pagefooter-2023.txt": "a pdftotext -layout text of self-evaluation round 140, NOT_READ clean too",
        "A-sichuan-guangan-qianfeng-jiaotong-txt-pdftotextlayout-formfeed-xiangmuzijin-caizhengzhuanhu-danweizijin-labelfigurerows-zhibiaoxingzhi-duliangdanwei-quanzhong-zhibiaofangxiangxing-wrappednames-pagebreak-headerrepeated-level1level2blank-twoforms-2025.txt": (
            "a pdftotext -layout form (round 183, 前锋) drawn as an ASCII table, its wrapped lines each a row: its wrapped cells are not put back"
        ),
        "C-heilongjiang-hegang-gongnong-chengguan-pdftotextlayout-utf8-landscape-yuan-level2brackets-pagebreak-noheader-levelreprinted-contextduration-pagefooter-2023.txt": (
            "a pdftotext -layout self-evaluation (self-evaluations 139, 工农) drawn as an ASCII table, its wrapped lines each a row: its levels wrapped round their rows' lines are not put back"
        ),
        "A-jiangsu-wuxi-huishan-nongyenongcun-txt-pdftotextlayout-formfeed-xiangmuqizhishijian-yusuananpai-labelsrowthenfigures-jisuanfuhao-duliangdanwei-fenzhi-emptyop-pagebreak-noheaderrepeat-level1blank-twoforms-2025.txt": "a pdftotext -layout form (round 182, 惠山), NOT_READ clean too",
        "C-hunan-zhangjiajie-wulingyuan-wenlv-pdftotextlayout-utf8-xiangmuzhichumingcheng-wrappedname-shishiqi-niandu-sidebyside-benji-shangji-pagebreak-headerrepeated-fuzeren-pagefooter-2024.txt": (
            "a pdftotext -layout self-evaluation (round 138, 武陵源) drawn as an ASCII table, its wrapped lines each a row: the cells wrapped round their rows' lines are not put back"
        ),
        "A-guangdong-meizhou-fengshun-weijian-txt-pdftotextlayout-utf8-formfeed-yusuandanwei-bendushenqingxiancaizheng-yuqichanchuzhibiao-xiaoguozhibiao-wrappednames-pagefooter-twoforms-2025.txt": "a pdftotext -layout form of round 180, NOT_READ clean too",
        "C-ningxia-yinchuan-yongning-minning-zhen-pdftotext-layout-utf8-lf-bumenxiangmu-zipingdefen-caizhengshenhepingfen-tiaozhengyusuanshuA-cankaofenzhi-zhibiaozhiA-quannianshijizhiB-xiangmujuece-guanli-wrappedcells-twoforms-2023.txt": "a pdftotext -layout text of self-evaluation round 135, NOT_READ clean too",
        "A-tianjin-jinghai-tuanbozhen-zhenzhengfu-txt-htmltotext-pipes-rowspanignored-continuationrowsshiftedleft-emptycellsatend-spaced-zongtimubiao-jixiaozhibiao-labelspan-twoforms-2025.txt": "rows a converter shifted left (round 179), drawn in ASCII boxes too: the numbered heading over the second form is a row of the grid above, an indicator of no target",
        "C-anhui-hefei-chaohu-nongye-pdftotext-layout-utf8-lf-tianchanglabels-niandujixiaozhibiaowanchengqingkuang-zhibiaoNprefix-templateleftovers-ellipsisrows-slashrow-dashparts-splitnumber-damage-twoforms-2022.txt": "a fixed-width text (self-evaluation round 134) drawn as an ASCII table: its layout not told (layout_unsupported)",
        "A-fujian-ningde-zhouning-weijian-txt-pdftotext-raw-onecellperline-gb18030-lf-formfeed-zijinqingkuang-wrappednames-pagefurniture-inheader-betweenrows-twoforms-2025.txt": (
            "a text copied from a PDF or Word (round 169), boxed a line a row: its layout not told (layout_unsupported)"
        ),
        "A-fujian-sanming-taining-shuili-txt-word-savedastext-onecellperline-gb18030-crlf-chengben-first-zhibiaojieshi-zhibiaofangxiang-op-unitinname-shifou-twoforms-2025.txt": (
            "a text copied from a PDF or Word (round 169), boxed a line a row: its layout not told (layout_unsupported)"
        ),
        "A-guangdong-meizhou-jiaoling-jiaoyu-txt-pdfviewercopy-onecellperline-utf8-crlf-shenbaobiao-qitazijin-empty-wrappednames-pagefurniture-inheader-betweenrows-twoforms-2025.txt": (
            "a text copied from a PDF or Word (round 169), boxed a line a row: its layout not told (layout_unsupported)"
        ),
        "A-neimenggu-tongliao-zhalute-linye-txt-pdftotextlayout-spacealigned-gb18030-xiangmuzijin-zhibiaozhishuoming-wrapped-permille-pagebreak-betweenrows-pagebreak-inmoneyblock-afterfirstrow-qitazijin-empty-twoforms-2025.txt": (
            "a text copied from a PDF or Word (round 171), boxed a line a row: its layout not told (layout_unsupported)"
        ),
        "A-shanxi-xinzhou-wuzhai-shuili-txt-pdftotextlayout-spacealigned-zhuguanbumenjidaima-xiangmushuxing-xiangmuqi-moneylabelcentred-qitazijin-zero-empty-figures-pagebreak-betweenrows-wrappednames-yearline-threeforms-2025.txt": (
            "a text copied from a PDF or Word (round 171), boxed a line a row: its layout not told (layout_unsupported)"
        ),
        "A2-hebei-hengshui-wuqiang-nongye-txt-pdftotextlayout-spacealigned-shenbaobiao-xiangmufuzeren-zijinqingkuang-qitazijin-empty-pagebreak-inmoneyblock-wrappednames-figurelines-beizhu-wrapped-twoforms-2025.txt": (
            "a text copied from a PDF or Word (round 171), boxed a line a row: its layout not told (layout_unsupported)"
        ),
        "A2-jilin-baishan-fusong-weijian-txt-pdftotextlayout-spacealigned-shenbaobiao-level2everyrow-namesstartwithfigures-pagebreak-inmoneyblock-qitazijin-emptyafterbreak-pagebreak-betweenrows-beizhu-wrapped-renyue-twoforms-2025.txt": (
            "a text copied from a PDF or Word (round 171), boxed a line a row: its layout not told (layout_unsupported)"
        ),
        "A3-hunan-loudi-xinhua-shuili-txt-pdftotext-raw-onecellperline-utf8-lf-formfeed-zhongqi-niandu-zhibiaozhi-jixiaobiaozhun-pagefurniture-inheader-betweenrows-wrapped-signoff-twoforms-2025.txt": (
            "a text copied from a PDF or Word (round 169), boxed a line a row: its layout not told (layout_unsupported)"
        ),
        "B-jiangxi-fuzhou-zixi-nongye-txt-pdfviewercopy-onecellperline-utf8-lf-zhibiaoxingzhi-zhibiaozhi-duliangdanwei-dingxing-emptyvalue-baifenbi-monthdate-pagefurniture-inheader-betweenrows-twoforms-2025.txt": (
            "a text copied from a PDF or Word (round 169), boxed a line a row: its layout not told (layout_unsupported)"
        ),
        "C-anhui-xuancheng-xuanzhou-nongye-pdfcopy-onecellperline-noblanklines-threeformsbacktoback-titleundersignoff-benniancaizhengbokuan-dashonlyparts-deptcodes-utf8-lf-2023.txt": (
            "a text copied from a PDF or Word (self-evaluation round 126), boxed a line a row: its layout not told (layout_unsupported)"
        ),
        "C-hebei-handan-jize-shuili-webpaste-tab-txt-utf8-crlf-sitechrome-breadcrumb-icpfooter-twoprojects-2024.txt": (
            "a web page's text with tabs (self-evaluation round 127), boxed a line a row: refused (file_unreadable)"
        ),
        "C-hebei-tangshan-luannan-weijian-pdftotext-raw-onecellperline-noblanklines-threeformsbacktoback-titleunderlianxidianhua-goalsonesentenceperline-emptypartrowslabelonly-utf8-lf-2023.txt": (
            "a text copied from a PDF or Word (self-evaluation round 127), boxed a line a row: its layout not told (layout_unsupported)"
        ),
        "C-henan-jiaozuo-boai-shuili-pdfcopy-spacejoined-singlespace-emptycellsvanish-twoforms-scoreexceedsweight-signoff-utf8-lf-2023.txt": (
            "a text copied from a PDF or Word (self-evaluation round 126), boxed a line a row: its layout not told (layout_unsupported)"
        ),
        "C-liaoning-fuxin-qinghemen-zhujian-pdfcopy-spacejoined-singlespace-emptycellsvanish-twoforms-zhixinglvmismatch-signoff-utf8-lf-2024.txt": (
            "a text copied from a PDF or Word (self-evaluation round 127), boxed a line a row: its layout not told (layout_unsupported)"
        ),
        "C-shandong-taian-dongping-weijian-pdftotext-layout-utf8-lf-spacedcolumns-pagefooter-runningheader-breakinsidemoneyblock-breakbetweenrows-wrappedreason-twoforms-2023.txt": (
            "a text copied from a PDF or Word (self-evaluation round 126), boxed a line a row: its layout not told (layout_unsupported)"
        ),
        "C-shanxi-linfen-xiangfen-nongye-pdftotext-layout-utf8-lf-spacedcolumns-reasonthreelines-middlelineyearfigure-centredrow-emptypartrowsnofigures-breakinsidemoneyblock-pagefooter-runningheader-twoforms-2022.txt": (
            "a text copied from a PDF or Word (self-evaluation round 127), boxed a line a row: its layout not told (layout_unsupported)"
        ),
        "E-heilongjiang-jiamusi-huanan-jiaoyu-txt-pdftotextlayout-spacealigned-deptlist-rowperindicator-projectcells-firstrowonly-wrappedprojectnames-heji-first-yusuanjine-wrappedheader-pagebreak-insideproject-headerrepeated-2025.txt": (
            "a text copied from a PDF or Word (round 171), boxed a line a row: its layout not told (layout_unsupported)"
        ),
        "C-hunan-chenzhou-suxian-linye-pdfcopy-onecellperline-utf8-lf-emptycellsdropped-pagefurniture-diyeyegongye-slashreasons-twoforms-2023.txt": (
            "a PDF's text one cell a line with no blank line (self-evaluation round 124, 苏仙): each line boxed as a row of one cell, its layout not told (layout_unsupported)"
        ),
        "C-hubei-wuhan-dongxihu-shuiwu-pdftotext-layout-utf8-lf-spacedcolumns-pagefurniture-diyeyegongye-runningheader-wrappedreason-twoforms-2023.txt": "a fixed-width text (self-evaluation round 124) drawn as an ASCII table: its layout not told (layout_unsupported)",
        "C-hunan-yongzhou-lengshuitan-jiaoyu-pdftotext-layout-utf8-lf-spacedcolumns-pagefurniture-wrappedreason-scoreexceedsweight-twoforms-2023.txt": "a text of self-evaluation round 124 NOT_READ clean too",
        "E-hebei-chengde-kuancheng-shuiwu-deptlist-pdftotextlayout-yuan-thousands-goalwrapsbesiderows-goallinefigurefirst-level1mergedtop-monthenddate-wrappednames-pagefooter-headerrepeated-utf8-2025.txt": "a pdftotext -layout list whose goals wrap beside its rows (round 158), NOT_READ clean too",
        "E-jilin-liaoyuan-dongfeng-nongye-deptlist-pdftotextlayout-heji-first-thousands-goalwrapsbesiderows-goallinefigurefirst-wannmu-wanmuci-implieddate-wrappednames-pagefooter-headerrepeated-gb18030-2025.txt": "a pdftotext -layout list whose goals wrap beside its rows (round 158), NOT_READ clean too",
        "E-jilin-yanbian-tumen-weijian-deptlist-pdftotextlayout-projectcellscentredinspan-goalattop-goalwrapsbesiderows-goallinefigurefirst-narrowlevel2wrapped-wrappedsanji-pagefooter-headerrepeated-utf8-2024.txt": "a pdftotext -layout list whose goals wrap beside its rows (round 158), NOT_READ clean too",
        "E-liaoning-liaoyang-gongchangling-zhujian-deptlist-pdftotextlayout-xuhao-danweimingcheng-niandujixiaomubiao-goalwrapsbesiderows-goallinefigurefirst-goallinedateend-wrappednames-levelseveryrow-pagefooter-headerrepeated-utf8-2025.txt": "a fixed-width text (round 158) drawn as an ASCII table: its layout not told (layout_unsupported)",
        "E-liaoning-shenyang-hunnan-jiaoyu-deptlist-pdftotextlayout-bumenyusuan-xiangmujixiaomubiaobiao-goalwrapsbesiderows-goallinefigurefirst-levelsmergedtop-pagebreakinsideproject-levelsacrossbreak-pagefooter-headerrepeated-utf8-2024.txt": "a pdftotext -layout list whose goals wrap beside its rows (round 158), NOT_READ clean too",
        "E-heilongjiang-heihe-beian-jiaoyu-ocr-txt-spaceruns-dept-list-project-cells-first-row-goal-lines-interleaved-spaceinamount-Ofor0-fullwidth-pageheader-pagenumber-2025.txt": (
            "an OCR'd list whose goal lines stand beside its rows (round 157, 北安), NOT_READ clean too"
        ),
        "A-guizhou-anshun-guanling-nongye-ocr-txt-spaceruns-two-forms-level1-midspan-xiangmuzijin-label-split-lfor1-total-Ofor0-geq-read-as-gt-fullwidth-pagenumber-2025.txt": (
            "an OCR'd text its cells parted by runs of spaces (round 157, 关岭): drawn, the spaces inside its cells part them"
        ),
        "A-qinghai-xining-chengxi-minzheng-txt-pdfcopy-utf8-crlf-spacejoined-mergedonce-wrappedgoal-pagefooter-headerrepeated-levels-not-reprinted-then-reprinted-twoforms-2025.txt": (
            "cells joined by spaces already (round 153, 城西): drawn, the spaces inside its cells part them"
        ),
        "P-guangdong-zhaoqing-duanzhou-weijian-excel-unicodetext-utf16le-bom-tab-crlf-paddedrows-heji-first-unitrows-quotedmultiline-fieldsperline-yijierjisanji-zhibiaozhi-2023.txt": "a packed table whose 绩效指标 cells print a field a line (round 151, 端州): drawn, its cells' lines are rows of the drawing",
        "A3-hunan-huaihua-chenxi-nongyenongcun-txt-pdfcopy-spacejoined-emptycellsvanish-spacesinsidevalues-geqspace-hanbrackets-yearmonthspace-shangjizijinempty-pagefooter-twoforms-2025.txt": "cells joined by spaces already (round 145, 辰溪): drawn, the spaces inside its cells part them",
        "E-hunan-chenzhou-rucheng-jiaoyu-txt-pdf-via-wps-tab-department-list-indicator-rows-wrapped-names-levels-labels-goals-on-own-lines-jingjixiaoyi-zhibiao-split-pagefooter-headerrepeated-heji-last-2025.txt": "a PDF copied through WPS, its cells' line breaks bare (round 145, 汝城): damaged again, its lines no longer make up its rows",
        "A2-guangxi-hechi-donglan-xianjie-txt-wappage-copy-onecellperline-blanklinesbetweenrows-mergedwrittenonce-fuzerenjidianhua-sitepager-between-rows-twoforms-2025.txt": "a web page's copy one cell a line (round 145, 东兰): damaged again, its rows are not told",
        "C-guangdong-maoming-dianbai-weijian-pdftotext-layout-utf8-lf-ruledpdf-monospace-spacedcolumns-wrappedcellstwolines-formfeed-twoforms-operatoractual-2023.txt": "a pdftotext -layout text (self-evaluation round 112), NOT_READ clean too",
        "B-chongqing-liangjiang-chengshiguanli-pdftotextlayout-biaoshier-nolevels-jiliangdanwei-zhibiaoxingzhi-dingxing-listcontinued-labelsrepeated-diyiyegongyeye-2024.txt": "a fixed-width text (round 140) drawn as an ASCII table: its lines' cells not the clean one's",
        "A-sichuan-yaan-tianquan-linye-pdftotext-nolayout-onecellperline-mof2015-formcontinued-labelsrepeated-pagefooters-two-projects-2025.txt": "a fixed-width text (round 140) drawn as an ASCII table: its lines' cells not the clean one's",
        "E-sichuan-guangan-huaying-minzheng-pdftotextlayout-shenbaobiao-yuan-heji-first-goalwrapsbesiderows-pagebreakinsideproject-headerrepeated-splitcols-2024.txt": "a fixed-width text (round 140) drawn as an ASCII table: its lines' cells not the clean one's",
        "D-sichuan-nanchong-nanbu-shuiwu-pdftotextlayout-bumenzhengti-jibenzhichu-xiangmuzhichu-splitcols-wrappedgoal-level1acrossbreak-labelsrepeated-2025.txt": "a fixed-width text (round 140) drawn as an ASCII table: its lines' cells not the clean one's",
        "A-sichuan-deyang-mianzhu-nongye-pdftotextlayout-yitihua-zhibiaoxingzhi-duliangdanwei-quanzhong-pageheader-diyiyegongyeye-formcontinued-labelsrepeated-erjiacrossbreak-wrappedsanji-2025.txt": "a fixed-width text (round 140) drawn as an ASCII table: its lines' cells not the clean one's",
        "P-guangdong-guangzhou-conghua-nongye-tab-txt-utf8-crlf-xiangmumingcheng-zijinshiyongdanwei-onecolumn-zongji-caizhengzhuanhu-heji-unitrows-codedlevels-partsspacejoined-shishizhouqi-niandu-fullwidthdigits-subtotal-mismatch-2024.txt": "round 132's packed cell of fields parted by spaces: damage that parts cells by spaces or draws them leaves its fields and cells apart no more",
        "C-jiangxi-shangrao-dexing-youcha-pdftotext-layout-fixedwidth-verticallabel-centeredmergedcells-wrappedcells-pagebreak-insidexiaoyi-pagefooters-formfeed-rateoff-2022.txt": "round 104's pdftotext -layout text, not read clean either (a strict xfail of its own)",
        "E-guizhou-qiannan-fuquan-jiaotong-report-txt-fixedwidth-spacecolumns-displaywidth-utf8-lf-groupsuppressed-pagebreak-headerrepeated-pagefooter-rightalignedamounts-thousands-heji-subtotal-mismatch-three-projects-2024.txt": (
            "a fixed-width report of columns by spaces (round 107), its values under suppressed "
            "groups and a page break inside a project, redrawn in ASCII boxes: no layout read "
            "(layout_unsupported)"
        ),
        "A1-anhui-hefei-lujiang-weijian-ocr-plaintext-spacejoined-verticalchars-levelsmidspan-goalsinterleaved-namewrapped-shishiqi-niandu-ocrgeq2-percent96-lostdecimal-oneL-zeroO-2023.txt": (
            "an OCR's plain text (round 100), NOT_READ clean too"
        ),
        "C-hubei-jingzhou-songzi-nongye-word-savetext-gbk-onecellperline-emptylines-norowbreaks-shijizhuguanbumen-nianchuyuqimubiao-defenbeforezhixinglv-twoprojects-rateoff-2023.txt": (
            "Word's text one cell a line with no row ends (self-evaluation round 84), NOT_READ clean too"
        ),
        "C-yunnan-dali-yangbi-linye-pdftotext-layout-spaceruns-wrappedcells-levelsmidblock-pagebreakinblock-footers-zhibiaoxingzhi-splitcols-twoprojects-fullmarksmissed-2022.txt": (
            "pdftotext's layout text (self-evaluation round 84), its rows refused, NOT_READ clean too"
        ),
        "C-guangxi-chongzuo-ningming-nongye-browser-copy-tabs-rowspanonce-shiftleft-brbreaksrow-sitechrome-chengdanchushi-yuqishixianzhi-twoprojects-amountoff-2023.txt": (
            "a browser's copy with its site's navigation (self-evaluation round 84): the navigation's words, fields of the first project in the clean text, are read otherwise once drawn in ASCII"
        ),
        "B-jiangsu-zhenjiang-yangzhong-nongye-pdf-layout-text-spaceruns-wrappedcells-mergedtextbesiderows-pagefooter-formfeed-runningheader-headerrepeated-level1acrosspagebreak-two-projects-2024.txt": (
            "a PDF's layout text (round 92) drawn in a frame: no indicator table (layout_unsupported), refused"
        ),
        "E-hebei-cangzhou-wuqiao-shuiwu-pandas-readhtml-tostring-columnnumbers-nan-spansrepeated-headerasdatarow-heji-first-two-projects-subtotal-mismatch-2024.txt": (
            "a pandas print (round 92) drawn in a frame: no indicator table (layout_unsupported), refused"
        ),
        "A-guangdong-qingyuan-fogang-jigong-word-savetext-gbk-crlf-onecellperline-blanklinerows-emptycellsnoline-jibenqingkuangbiao-touzizonge-yuqixiaoguo-shangnianshiji-bennianjihua-two-projects-2018.txt": (
            "Word's text one cell a line (round 92) drawn in a frame: no indicator table (layout_unsupported), refused"
        ),
        "C-xizang-shannan-langkazi-mianyang-xianjie-pdfcopytext-spaceruns-wrappedcells-verticallabelonecharperline-pagefooter-fenzhiqian-quannianshijizhi-rateoff-2023.txt": (
            "a PDF's text of space runs (self-evaluation round 80) drawn in a frame: its rows read as no indicator table (layout_unsupported), refused"
        ),
        # Held-out rounds 79 and 72: PDF texts in reading order, drawn: one cell a line, no
        # column labels told (layout_unsupported).
        "A-heilongjiang-suihua-qingan-shuidao-project-form-pdftotext-raw-reading-order-one-cell-per-line-levels-once-names-wrapped-two-lines-goal-three-lines-text-target-page-footer-amount-row-mismatch-utf8-lf-2025.txt": "a text in reading order drawn: one cell a line",
        "A1-neimenggu-chifeng-balinzuoqi-rouniu-form-pdftotext-raw-reading-order-midterm-and-annual-groups-side-by-side-both-filled-levels-once-per-group-wrapped-names-goals-side-by-side-period-amount-below-annual-utf8-bom-lf-2024.txt": "a text in reading order drawn: one cell a line",
        "A2-jiangxi-jiujiang-yongxiu-daoyu-zhongyang-form-pdftotext-raw-reading-order-beizhu-column-notes-empty-or-two-lines-levels-once-wrapped-name-deadline-before-fiscal-year-utf16le-bom-crlf-2024.txt": "a text in reading order drawn: one cell a line",
        "B-sichuan-aba-heishui-nongcun-gonglu-yitihua-split-columns-pdftotext-raw-reading-order-dingxing-rows-empty-unit-prints-nothing-page-break-labels-repeated-heji-weights-95-vs-100-gb18030-crlf-2025.txt": "a text in reading order drawn: one cell a line",
        "C-fujian-sanming-ninghua-helonggongmi-pdftotextraw-readingorder-noblanklines-wrappednames-emptyreasonsprintnothing-partrowsemptycells-zongfen-fullmarksmissed-utf8-lf-2023.txt": "a text in reading order drawn: one cell a line",
        "C-sichuan-ganzi-seda-maoniu-nuanpeng-pdftotextraw-readingorder-blanklineafterrow-nameswrappedtwolines-reasonswrapped-dashpartcells-zongfen-scoreaboveweight-gb18030-crlf-2022.txt": "a text in reading order drawn: one cell a line",
        "C-xizang-shannan-cuona-lebu-chayuan-pdftotextraw-readingorder-noblanklines-moneyfiguresonelinerun-fenzhidefenruntogether-targetactualruntogether-pagebreaknolabels-zongfen-amountoff-gb18030-lf-2022.txt": "a text in reading order drawn: one cell a line",
        "C2-shaanxi-yanan-zichang-shandipingguo-xianjie-fenzhiqian-pdftotextraw-readingorder-noblanklines-pagebreakinsidesocialblock-labelsrepeated-threefundparts-zongfen-rateoff-utf16le-bom-crlf-2023.txt": "a text in reading order drawn: one cell a line",
        "D-xinjiang-tacheng-tuoli-linyecaoyuan-zhengti-pdftotextraw-readingorder-blanklineafterrow-wrappedreason-pagebreakbeforeindicators-wuyreasons-zongfen-scoretotaloff-utf8bom-lf-2023.txt": "a text in reading order drawn: one cell a line",
        # Held-out rounds 74 and 67, drawn: 孙吴's text joined by spaces, 金秀's and 云和's
        # printed one cell a line: one cell a line once drawn (layout_unsupported).
        "A1-guangxi-laibin-jinxiu-linxia-jingji-form-word-text-one-cell-a-line-blank-line-between-rows-midterm-and-annual-groups-side-by-side-level1-merged-first-row-only-traditional-mirror-ocr-operator-damage-deadline-before-fiscal-year-gb18030-crlf-2024.txt": "one cell a line already, drawn: no column labels told",
        "B-heilongjiang-heihe-sunwu-dadou-yitihua-split-columns-cells-joined-by-spaces-empty-cells-vanish-levels-once-level1-with-scores-level2-shuliang-without-zhibiao-dingxing-no-operator-row-amount-row-mismatch-utf8-bom-lf-2025.txt": "joined by spaces throughout, drawn: no column labels told",
        "C-zhejiang-lishui-yunhe-wanju-pingtai-cellperline-blanklinebetweenrows-traditional-mirror-dateactual-zongfen-scoretotaloff-utf8bom-lf-2023.txt": "one cell a line already, drawn: no column labels told",
        # Held-out rounds 73 and 66: texts of a PDF (fixed-width or in reading order) drawn.
        "A1-hebei-shijiazhuang-lingshou-shiyongjun-form-pdftotext-layout-char-count-aligned-midterm-group-empty-annual-only-cells-centred-levels-at-block-middle-wrapped-names-amount-row-mismatch-utf8-lf-2024.txt": "a PDF's text drawn: one cell a line",
        "A2-shaanxi-xianyang-chunhua-pingguo-form-pdftotext-raw-reading-order-one-cell-per-line-levels-once-wrapped-names-and-goal-deadline-before-fiscal-year-utf16le-bom-crlf-2024.txt": "a PDF's text drawn: one cell a line",
        "C-gansu-pingliang-lingtai-pingguo-aizhenmizhi-pdftotextlayout-charcount-valigntop-wrappedpartlabelsaroundfigures-moneylabeltworows-goalswrapped-pagebreakmidblock-headingrepeated-zongfen-fullmarksmissed-utf8-lf-2023.txt": "a PDF's text drawn: one cell a line",
        "C-hunan-huaihua-huitong-youcha-dichanlin-form2019-xiangmuwancheng-pdftotextraw-readingorder-cellperline-figuresruntogether-verticallabel-pagebreak-zongfen-rateoff-utf8-lf-2019.txt": "a PDF's text drawn: one cell a line",
        # Held-out round 65: fixed-width texts drawn, one cell a line.
        "C-hubei-huanggang-xishui-youcai-pdftotextlayout-charcount-valigntop-level1everyrow-goalsthreecols-pianchacol-fourlinereason-formfeedbetweenmoneyandgoals-zongfen-rateoff-utf8-lf-2023.txt": "a fixed-width text drawn: one cell a line",
        "C-sichuan-bazhong-nanjiang-linye-zhuanyizhifu-quyu-pdftotextlayout-displaywidth-valigncentre-nianchucol-wrappedpartlabels-moneylabelcentred-levelsatmiddle-threelinereason-formfeedbeforeindicators-zongfen-fullmarksmissed-utf8-lf-2023.txt": "a fixed-width text drawn: one cell a line",
        # Held-out round 72: fixed-width texts drawn, one cell a line.
        "A-hunan-yongzhou-shuangpai-chaye-youcha-two-forms-one-page-pdftotext-layout-char-count-aligned-values-right-aligned-top-aligned-levels-once-wrapped-names-and-level2-amount-row-mismatch-utf8-lf-2024.txt": "a fixed-width text drawn: one cell a line",
        "D-fujian-zhangzhou-huaan-shuili-zhengti-pdftotext-layout-display-width-lvzhi-mubiao-block-zhibiao-jieshi-top-aligned-levels-once-page-break-splits-wrapped-level3-name-repeated-labels-satisfaction-not-percent-gb18030-crlf-2025.txt": "a fixed-width text drawn: one cell a line",
        # Held-out round 71: fixed-width texts drawn, one cell a line.
        "A-gansu-dingxi-zhangxian-shuiwu-indicator-rows-pdftotext-layout-char-count-aligned-name-amount-levels-centred-in-block-wrapped-names-heji-first-subtotal-mismatch-gb18030-crlf-2024.txt": "a fixed-width text drawn: one cell a line",
        "B-sichuan-liangshan-leibo-qicheng-split-columns-form-pdftotext-layout-display-width-cells-centred-explanation-wrapped-3-lines-two-line-column-labels-page-break-splits-centred-level2-repeated-labels-amount-row-mismatch-utf16le-bom-crlf-2024.txt": "a fixed-width text drawn: one cell a line",
        "F-guizhou-qiandongnan-cengong-youcha-flat-list-no-levels-pdftotext-layout-display-width-two-line-column-labels-numbers-right-aligned-weight-heji-100-weights-90-utf8-bom-lf-2025.txt": "a fixed-width text drawn: one cell a line",
        # Held-out round 64: fixed-width texts drawn, one cell a line.
        "C-guizhou-qiandongnan-jianhe-shiyongjun-xianjie-fenzhiqian-pdftotextlayout-charcount-valigntop-rightaligned-twolinemoneyheadings-wrappedlevel2-threelinereason-formfeed-pageofpages-headerrepeated-zongfen-scoretotaloff-utf8-lf-2023.txt": "a fixed-width text drawn: one cell a line",
        "C-anhui-fuyang-funan-liubian-pdftotextlayout-displaywidth-valigncentre-rightaligned-twolinemoneyheadings-moneylabelcentred-threelinereason-formfeedingoals-noheaderafterbreak-zongfen-amountoff-utf8-lf-2023.txt": "a fixed-width text drawn: one cell a line",
        # Held-out rounds 70 and 63: fixed-width texts drawn, one cell a line.
        "A1-hunan-huaihua-xinhuang-huangniu-form-pdftotext-layout-char-count-aligned-cells-centred-midterm-annual-levels-at-block-middle-wrapped-names-level2-broken-page-break-repeated-labels-amount-row-mismatch-gb18030-lf-2024.txt": "a fixed-width text drawn: one cell a line",
        "B-yunnan-chuxiong-yongren-huajiao-form-pdftotext-layout-display-width-aligned-cells-top-aligned-operator-value-unit-weight-explanation-names-and-remarks-wrapped-2-3-lines-page-break-no-repeated-labels-dingxing-weights-95-utf8-lf-2024.txt": "a fixed-width text drawn: one cell a line",
        "D-neimenggu-xilinguole-taipusi-linye-zhengti-pdftotext-layout-display-width-cells-centred-levels-at-block-middle-level2-broken-wrapped-explanation-page-break-repeated-labels-spending-split-mismatch-utf16le-bom-crlf-2025.txt": "a fixed-width text drawn: one cell a line",
        "C-fujian-ningde-pingnan-gaoshancha-pdftotextlayout-charcount-valigncentre-linesaboveandbelow-levelsatmiddle-moneylabelatmiddle-formfeed-pagenum-headerrepeated-nolevel1afterbreak-fullmarksmissed-utf8-lf-2023.txt": "a fixed-width text drawn: one cell a line",
        "D-heilongjiang-qiqihaer-tailai-shuiwu-zhengti-pdftotextlayout-displaywidth-valigntop-continuationbelow-levelsattop-moneylabelthreelines-formfeed-pagenum-noheaderafterbreak-nolevel1afterbreak-rateoff-utf8-crlf-2022.txt": "a fixed-width text drawn: one cell a line",
        # 甘德 (held-out round 68): a grid drawn already, drawn again round its rules.
        "D-qinghai-guoluo-gande-nongmu-zhengti-web-page-w3m-dump-box-drawing-borders-rowspans-as-open-rules-cells-wrapped-at-column-width-explanation-before-value-spending-split-mismatch-utf8-lf-2025.txt": "a box-drawn grid drawn again",
        # 舟曲 (held-out round 60), a fixed-width text drawn: one cell a line.
        "D-gansu-gannan-zhouqu-ziranziyuan-zhengti-pdftotextlayout-wrappedmoneyheadings-moneylabelatlowerrows-level1atmiddlerow-level1ownline-formfeed-headerrepeated-nolevel1afterbreak-wrappedname-wrappedlevel2-rateoff-utf8-bom-crlf-2022.txt": "a fixed-width text drawn: one cell a line",
        # 康平 (held-out round 67), a cell a line, drawn: one cell a row of the grid.
        "A2-liaoning-shenyang-kangping-xianjie-two-forms-pdftotext-plain-cell-a-line-blank-between-rows-wrapped-cells-extra-lines-levels-at-middle-or-alone-between-rows-page-break-header-repeated-labels-beizhu-utf8-lf-formfeed-2024.txt": "a text a cell a line, drawn",
        # Held-out round 59, drawn: 上犹's fixed-width text and 城步's text joined by spaces, one
        # cell a line once drawn (layout_unsupported).
        "C-jiangxi-ganzhou-shangyou-youcha-xianjie-fenzhiqian-pdftotextlayout-wrappedmoneyheadings-level1atmiddlerow-level2ownline-level1oncontinuation-formfeed-headerrepeated-wrappedname-twodecimalscores-fullmarksmissed-gb18030-lf-2023.txt": "a fixed-width text drawn: one cell a line",
        "C-hunan-shaoyang-chengbu-gaoshanshucai-pdftext-spacejoined-prosebefore-moneylabelatmiddlerow-level1atmiddlerow-formfeed-headerrepeated-nolevel1afterbreak-namereasoncontinuationline-twodecimalscores-jibendadao-honest-utf8-crlf-2022.txt": "a text joined by spaces drawn: one cell a line",
        # Held-out round 66, drawn: 休宁's bracketed second paragraphs, each a row of the grid,
        # read with the name below (name_end_joined); 东辽's fixed-width text, one cell a line.
        "A9-anhui-huangshan-xiuning-nongye-two-forms-word-saved-as-plain-text-multi-paragraph-cells-break-rows-in-name-value-and-level2-columns-xiangmu-wancheng-xiaoyi-zhibiao-money-by-fund-source-labels-row-then-figures-row-gb18030-crlf-2019.txt": "a cell's bracketed second paragraph, a grid row, read with the next name",
        "D-jilin-liaoyuan-dongliao-linye-zhengti-pdftotext-layout-merged-cells-vertically-centred-wrapped-cells-split-above-and-below-values-line-page-break-running-header-repeated-labels-jisuanfuhao-mubiaozhi-permille-utf8-crlf-formfeed-2025.txt": "a fixed-width text drawn: one cell a line",
        # A row a page break cut after its name (held-out round 57, 咸丰), drawn: its values
        # on the next page stay a row of their own (row_unparsed).
        "C-hubei-enshi-xianfeng-tangyacha-pdftext-wrappedmoneyheadings-shuonsecondline-twodecimalscores-pagebreak-rowcutaftername-valuesonnextpage-headerrepeated-pagefooter-rateoff-ratecopied100-jibendadao-honest-nothousands-utf8-lf-2022.txt": "a row cut by a page break, drawn: its values a row of their own",
        # Held-out rounds 63 and 56, drawn: texts joined by spaces throughout (凤山, 平孟), one
        # cell a line once drawn.
        "A2-guangxi-hechi-fengshan-xiangcun-two-forms-pdf-text-cells-joined-by-single-spaces-empty-cells-vanish-levels-once-beizhu-sometimes-filled-money-split-by-space-qizhong-subrow-total-mismatch-gb18030-crlf-2024.txt": "a text joined by spaces, drawn: no column labels told",
        "D-guangxi-baise-napo-pingmeng-zhen-zhengti-township-spacejoined-emptycellsvanish-mergedonce-shorterrows-twodecimalscore-reasonwu-sangong-metscoredlow-nothousands-utf8-lf-signoff-2022.txt": "a text joined by spaces, drawn: no column labels told",
        # Held-out rounds 62 and 55, drawn: texts printed one cell a line (秀英, 青冈), a CSV
        # export's quoted cells over lines (山西).
        "A2-hainan-haikou-xiuying-wenti-form-word-text-one-cell-per-line-blank-line-between-rows-label-value-pairs-across-level1-bracket-points-beizhu-target-like-compound-targets-weights-not-100-utf8-lf-2024.txt": "one cell a line, drawn: no column labels told",
        "C-heilongjiang-suihua-qinggang-heitudi-wordonecellperline-blanklinesbetweenrows-mergedonce-level1points-nianchudash-heji-onedecimalscores-reasonwu-actualrepeatsoperator-dadaoyuqi-jibendadao-scoretotaloff-thousands-utf8-lf-2023.txt": "one cell a line, drawn: no column labels told",
        "E-shanxi-sheng-shuili-rows-csv-export-quoted-cells-commas-line-breaks-name-broken-in-cell-yuan-decimals-heji-beizhu-weights-not-100-utf8-bom-crlf-2024.txt": "quoted cells over lines drawn as rows",
        # Fixed-width texts (held-out rounds 65, 61 and 54), drawn: columns parted by spaces
        # drawn as one cell a line, no column labels told (layout_unsupported).
        "C-liaoning-liaoyang-shi-daqiwuran-zhuanyizhifu-quyu-prefecture-fixedwidth-pdftotextlayout-spacealigned-zhongyangdifangqita-wrappedreasonatcolumn-wrappedgoal-fullmarksmissed-emptyreason-thousands-utf8-lf-2023.txt": "columns parted by spaces drawn as one cell",
        "F-chongqing-yongchuan-chengguan-biaoshier-two-tables-pdftotext-layout-runs-of-spaces-form-feeds-running-header-repeated-labels-unit-before-operator-wrapped-header-text-wrapped-name-weights-105-utf8-lf-2021.txt": "a fixed-width text drawn: one cell a line",
        "A2-henan-xinyang-shangcheng-shangshiqiao-zhen-three-forms-pdftotext-layout-fixed-width-runs-of-spaces-mubiaozhi-niandu-label-project-header-repeated-after-page-break-cells-wrapped-three-lines-value-centred-form-feeds-gb18030-lf-2024.txt": "columns parted by spaces drawn as one cell",
        "tw-guangzhou-huadu-kgxj-2025.txt": "a packed cell's lines, one text in a grid's cell",
        # A text joined by spaces throughout, drawn: each line one cell of one column, so no
        # column labels are told (error `layout_unsupported` naming the labels seen).
        "F-chongqing-xiushan-wenlv-flat-two-tables-table-twelve-pdf-text-cells-joined-by-spaces-weight-unit-operator-value-columns-form-feeds-page-footers-repeated-labels-gb18030-lf-2021.txt": "a text joined by spaces drawn as one column",
        "A-shaanxi-weinan-huazhou-guozi-carryover-ideographic-space-columns-2023.txt": "columns parted by spaces drawn as one cell",
        "E-guangdong-qingyuan-yingde-rows-codes-2025.txt": "a cell's end on a line of its own drawn as a row",
        "E-liaoning-benxi-huanren-xiang-flat-broken-yuan-2019.txt": "a broken row drawn as two",
        # Texts joined by spaces throughout (held-out rounds 49 and 56), or printed one cell a
        # line (57), drawn: one cell a line, no column labels told (layout_unsupported).
        "A1-jiangsu-suqian-siyang-nongye-two-forms-word-text-one-cell-per-line-blank-line-between-cells-midterm-annual-groups-vertical-labels-one-char-per-paragraph-and-spaced-period-label-split-wrapped-level2-and-name-range-utf8-bom-crlf-2023.txt": "a text one cell a line drawn: one cell of one column a line",
        "B-qinghai-haixi-tianjun-nongmu-two-forms-web-page-text-one-cell-per-line-blank-line-between-rows-empty-cells-vanish-nature-value-unit-weight-columns-vertical-label-one-char-per-line-then-lost-wrapped-label-level2-names-gb18030-lf-2025.txt": "a text one cell a line drawn: one cell of one column a line",
        "D-shanxi-xinzhou-pianguan-weijian-zhengti-annual-tasks-block-spaced-task-label-indicator-label-one-char-per-line-goal-label-lost-wrapped-level2-and-name-split-total-lost-leading-digit-split-percent-gb18030-crlf-2019.txt": "a text whose vertical label's characters are lines of their own drawn",
        "E-xizang-rikaze-dingri-jiaoyu-rows-yuan-sheet-grid-one-cell-per-line-empty-cells-as-empty-lines-blank-line-after-each-row-wrapped-project-names-level2-and-name-split-amount-read-back-by-heji-utf16le-bom-crlf-2022.txt": "a text one cell a line drawn: one cell of one column a line",
        "C-jilin-jilinshi-shulan-shuidao-lvsegaoxiao-pdftext-spacejoined-emptycellsvanish-wrappedname-wrappedreason-gebaifendian-formfeed-pagemarks-repeatlabels-honest-gb18030-crlf-signoff-2021.txt": "a text joined by spaces throughout, drawn: one cell a line",
        "A1-neimenggu-tongliao-kailu-nongmu-two-forms-browser-printed-page-cells-joined-by-spaces-empty-cells-vanish-midterm-annual-groups-print-header-footer-inside-split-row-name-wrapped-in-both-groups-rows-broken-onto-two-lines-utf8-bom-crlf-2023.txt": "a text joined by spaces throughout, drawn: one cell a line",
        "B-xinjiang-bazhou-qiemo-shuili-two-forms-hosted-pdf-cells-joined-by-spaces-empty-cells-vanish-nature-value-unit-weight-columns-host-page-mark-inside-name-cell-rows-broken-onto-two-lines-qualitative-rows-empty-operator-utf16le-bom-crlf-2025.txt": "a text joined by spaces throughout, drawn: one cell a line",
        "D-gansu-qingyang-huachi-minzheng-zhengti-pdf-cells-joined-by-spaces-empty-cells-vanish-income-expenditure-nature-budget-spaced-vertical-label-remarks-page-footer-inside-broken-name-row-broken-onto-two-lines-quoted-name-gb18030-lf-2020.txt": "a text joined by spaces throughout, drawn: one cell a line",
        "E-jilin-siping-yitong-jiaoyu-rows-yuan-pdf-cells-joined-by-spaces-empty-cells-vanish-value-unit-columns-project-cells-first-row-page-footer-inside-broken-project-name-goal-and-name-broken-onto-two-lines-quoted-name-heji-row-gb18030-crlf-2024.txt": "a text joined by spaces throughout, drawn: one cell a line",
        "F-bingtuan-diwushi-shuanghe-flat-two-tables-special-funds-cells-joined-by-spaces-empty-cells-vanish-value-unit-weight-columns-page-footer-inside-name-cell-row-and-value-broken-onto-two-lines-quoted-name-utf8-lf-2022.txt": "a text joined by spaces throughout, drawn: one cell a line",
        "C-guangdong-zhanjiang-xuwen-boluo-xianjie-fenzhiqian-zhongyangshengji-spacejoined-emptycellsvanish-blockpoints-pagefooter-repeatlabels-anqiwancheng-reasoncontradictsactual-fullmarksmissed-thousands-bom-crlf-signoff-2021.txt": "a text joined by spaces throughout, drawn: one cell a line",
        "C-guizhou-qianxinan-xingren-xianjie-pdftotextlayout-utf8-lf-jixiaomubiaozipingbiao-zhixinglvBAwrapped-moneylabelswrapped-fenzhiqian-quannianshijizhi-levelpoints-levelsatmiddle-zhulines-pagefooter-rateoff-2023.txt": "a pdftotext -layout form of self-evaluation round 137, NOT_READ clean too",
        "C-liaoning-benxi-mingshan-nongye-pdftotextlayout-utf8-lf-fujian1-mof-fuyi-wrappedheadings-moneylabelswrapped-levelsatmiddle-wrappednames-pagebreakinsidexiaoyi-headerrepeated-nolevel1afterbreak-pagefooter-twoforms-2023.txt": "a pdftotext -layout form of self-evaluation round 137, NOT_READ clean too",
        "A-heilongjiang-haerbin-tonghe-linye-txt-pdftotextlayout-formfeed-zhuguanbumenjidaima-moneyblockwrapped-shangnianjiezhuan-wrappednames-shehuigongzhong-permille-pagefooter-twoforms-2025.txt": "a pdftotext -layout form (round 181, 通河) drawn as an ASCII table, its wrapped lines each a row: no project read",
        "E-henan-nanyang-zhenping-renshe-txt-pdftotextlayout-deptlist-rowperindicator-projectcellstop-goalbesiderows-quanzhong-pagebreak-headerrepeated-level1blank-heji-threeprojects-2025.txt": "a fixed-width text (round 181) drawn as an ASCII table: read by its words, not where its cells stand",
    },
}


# Tables whose damaged form, a site's page marker glued to its cells, is not read like the
# clean one.
MARKED_NOT_READ: dict[str, dict[str, str]] = {
    "page_marker_glued": {
        "E-hunan-chenzhou-rucheng-jiaoyu-txt-pdf-via-wps-tab-department-list-indicator-rows-wrapped-names-levels-labels-goals-on-own-lines-jingjixiaoyi-zhibiao-split-pagefooter-headerrepeated-heji-last-2025.txt": "a PDF copied through WPS, its cells' line breaks bare (round 145, 汝城): damaged again, its lines no longer make up its rows",
        # A page-of-pages marker glued after one the table printed already (玛曲, round 64:
        # `≥260户  第 4 页，共 5 页` then the site's): only the last is taken off.
        "A2-gansu-gannan-maqu-caoyuan-two-forms-pdf-text-header-label-column-merged-printed-at-middle-row-level1-printed-at-middle-of-span-trailing-page-markers-in-rows-utf8-lf-2023.txt": "two page markers glued one after another: the first kept",
    },
}


# Tables whose labels, spaced out (`一 级 指 标`), are not read like the clean one.
SPACED_NOT_READ: dict[str, dict[str, str]] = {
    "labels_spaced": {
        "C-heilongjiang-hegang-gongnong-chengguan-pdftotextlayout-utf8-landscape-yuan-level2brackets-pagebreak-noheader-levelreprinted-contextduration-pagefooter-2023.txt": (
            "a pdftotext -layout self-evaluation (self-evaluations 139, 工农) with its labels spaced: a level's end wrapped under its row (`指标`) spelt out and set at the line's start (`指 标`) is no end of the level above (row_unparsed)"
        ),
        "A-guangdong-meizhou-fengshun-weijian-txt-pdftotextlayout-utf8-formfeed-yusuandanwei-bendushenqingxiancaizheng-yuqichanchuzhibiao-xiaoguozhibiao-wrappednames-pagefooter-twoforms-2025.txt": "a pdftotext -layout form of round 180, NOT_READ clean too",
        "C-ningxia-yinchuan-yongning-minning-zhen-pdftotext-layout-utf8-lf-bumenxiangmu-zipingdefen-caizhengshenhepingfen-tiaozhengyusuanshuA-cankaofenzhi-zhibiaozhiA-quannianshijizhiB-xiangmujuece-guanli-wrappedcells-twoforms-2023.txt": "a pdftotext -layout text of self-evaluation round 135, NOT_READ clean too",
        "A2-hebei-hengshui-wuqiang-nongye-txt-pdftotextlayout-spacealigned-shenbaobiao-xiangmufuzeren-zijinqingkuang-qitazijin-empty-pagebreak-inmoneyblock-wrappednames-figurelines-beizhu-wrapped-twoforms-2025.txt": (
            "a pdftotext -layout text (round 171) with its labels spaced: `满意度指标` spelt out over two lines, its `指 标` is read as an indicator of its own"
        ),
        "E-heilongjiang-jiamusi-huanan-jiaoyu-txt-pdftotextlayout-spacealigned-deptlist-rowperindicator-projectcells-firstrowonly-wrappedprojectnames-heji-first-yusuanjine-wrappedheader-pagebreak-insideproject-headerrepeated-2025.txt": (
            "a pdftotext -layout text (round 171) with its labels spaced: `满意度指标` spelt out over two lines, its `指 标` is read as an indicator of its own"
        ),
        "C-hubei-wuhan-dongxihu-shuiwu-pdftotext-layout-utf8-lf-spacedcolumns-pagefurniture-diyeyegongye-runningheader-wrappedreason-twoforms-2023.txt": "a fixed-width text (self-evaluation round 124) with its labels spelled out: read by their words, a row refused (row_unparsed)",
        "C-hunan-yongzhou-lengshuitan-jiaoyu-pdftotext-layout-utf8-lf-spacedcolumns-pagefurniture-wrappedreason-scoreexceedsweight-twoforms-2023.txt": "a text of self-evaluation round 124 NOT_READ clean too",
        "A-sichuan-deyang-mianzhu-nongye-pdftotextlayout-yitihua-zhibiaoxingzhi-duliangdanwei-quanzhong-pageheader-diyiyegongyeye-formcontinued-labelsrepeated-erjiacrossbreak-wrappedsanji-2025.txt": "a fixed-width text (round 140) with its labels spaced: its columns not found",
        "D-sichuan-nanchong-nanbu-shuiwu-pdftotextlayout-bumenzhengti-jibenzhichu-xiangmuzhichu-splitcols-wrappedgoal-level1acrossbreak-labelsrepeated-2025.txt": "a fixed-width text (round 140) with its labels spaced: its columns not found",
        "C-yunnan-dali-yangbi-linye-pdftotext-layout-spaceruns-wrappedcells-levelsmidblock-pagebreakinblock-footers-zhibiaoxingzhi-splitcols-twoprojects-fullmarksmissed-2022.txt": (
            "pdftotext's layout text (self-evaluation round 84), its rows refused, NOT_READ clean too"
        ),
        "B-jiangsu-zhenjiang-yangzhong-nongye-pdf-layout-text-spaceruns-wrappedcells-mergedtextbesiderows-pagefooter-formfeed-runningheader-headerrepeated-level1acrosspagebreak-two-projects-2024.txt": (
            "a PDF's layout text (round 92) whose labels spaced out wrap: `指 标` of a label is glued onto the second project's name, with no finding (the clean file is NOT_READ too)"
        ),
        # 灵寿 (round 73) and 灵台 (round 66): fixed-width texts whose labels, spelled a
        # character a word, no longer tell the columns' places: read by their words.
        "A1-hebei-shijiazhuang-lingshou-shiyongjun-form-pdftotext-layout-char-count-aligned-midterm-group-empty-annual-only-cells-centred-levels-at-block-middle-wrapped-names-amount-row-mismatch-utf8-lf-2024.txt": "labels spelled out, the fixed-width columns not found: read by their words",
        "C-gansu-pingliang-lingtai-pingguo-aizhenmizhi-pdftotextlayout-charcount-valigntop-wrappedpartlabelsaroundfigures-moneylabeltworows-goalswrapped-pagebreakmidblock-headingrepeated-zongfen-fullmarksmissed-utf8-lf-2023.txt": "labels spelled out, the fixed-width columns not found: read by their words",
        # 双牌 and 华安 (held-out round 72), as 剑河: a 二级's end `指标` spaced to the line's
        # start (双牌's read as an indicator `指` of target `标`, no finding).
        "A-hunan-yongzhou-shuangpai-chaye-youcha-two-forms-one-page-pdftotext-layout-char-count-aligned-values-right-aligned-top-aligned-levels-once-wrapped-names-and-level2-amount-row-mismatch-utf8-lf-2024.txt": "a 二级's end spaced out to the line's start: under the 一级 by its place",
        "D-fujian-zhangzhou-huaan-shuili-zhengti-pdftotext-layout-display-width-lvzhi-mubiao-block-zhibiao-jieshi-top-aligned-levels-once-page-break-splits-wrapped-level3-name-repeated-labels-satisfaction-not-percent-gb18030-crlf-2025.txt": "a 二级's end spaced out to the line's start: under the 一级 by its place",
        # 漳县 (held-out round 71), as 剑河: a 二级's end `指标` spaced to the line's start.
        "A-gansu-dingxi-zhangxian-shuiwu-indicator-rows-pdftotext-layout-char-count-aligned-name-amount-levels-centred-in-block-wrapped-names-heji-first-subtotal-mismatch-gb18030-crlf-2024.txt": "a 二级's end spaced out to the line's start: under the 一级 by its place",
        # 剑河 (held-out round 64): spacing its labels moves a 二级's end `指标` to the line's
        # start, under the 一级: read by its place, it ends no level's name (row_unparsed).
        "C-guizhou-qiandongnan-jianhe-shiyongjun-xianjie-fenzhiqian-pdftotextlayout-charcount-valigntop-rightaligned-twolinemoneyheadings-wrappedlevel2-threelinereason-formfeed-pageofpages-headerrepeated-zongfen-scoretotaloff-utf8-lf-2023.txt": "a 二级's end spaced out to the line's start: under the 一级 by its place",
        # 上犹 (held-out round 59), a fixed-width text: a level cell's end on a line of its own,
        # spaced (`指 标`), is no level's end (row_unparsed).
        "C-jiangxi-ganzhou-shangyou-youcha-xianjie-fenzhiqian-pdftotextlayout-wrappedmoneyheadings-level1atmiddlerow-level2ownline-level1oncontinuation-formfeed-headerrepeated-wrappedname-twodecimalscores-fullmarksmissed-gb18030-lf-2023.txt": "a level cell's wrapped end spaced out",
    },
}


# Tables whose header block, damaged (its merged labels' cells dropped, or its merged values
# written again across the row), is not read like the clean one.
HEADER_NOT_READ: dict[str, dict[str, str]] = {
    "merged_values_filled": {
        "E-hunan-chenzhou-rucheng-jiaoyu-txt-pdf-via-wps-tab-department-list-indicator-rows-wrapped-names-levels-labels-goals-on-own-lines-jingjixiaoyi-zhibiao-split-pagefooter-headerrepeated-heji-last-2025.txt": "a PDF copied through WPS, its cells' line breaks bare (round 145, 汝城): damaged again, its lines no longer make up its rows",
        # 额济纳 (held-out round 61): money headings over six lines, each filled across, no
        # longer one row of headings.
        "D-neimenggu-alashan-ejina-linye-zhengti-wordtabtext-moneylabelthreeparagraphs-wrappedmoneyheadings-wrappedlevel2-reasonsplitoverlines-twodecimalscores-rateoff-utf16le-bom-crlf-2022.txt": "money headings over lines, filled across",
        # 明水 (held-out round 59): the money headings a web page's text broke over lines, each
        # filled across, no longer make one row of headings (the 年初 figure read as the total).
        "C-heilongjiang-suihua-mingshui-dadou-webpagetext-rowspanignored-shorterrows-brinmoneyheadings-brinreason-sitechrome-twodecimalscores-actualopstripped-quanbuwancheng-yiwancheng-ratefrompartrow-rateoff-gb18030-crlf-2023.txt": "money headings broken over lines, filled across",
        # Held-out round 57, values filled across: a Word table's heading cells cut by line
        # breaks (逊克) lose the money block's total.
        "C-heilongjiang-heihe-xunke-shensong-wordtabtext-headingcellbreaks-rowsplitoverlines-defenbeforezhixinglv-goalrowsstacked-chaoewancheng-quanbuwancheng-yiwancheng-actualopstripped-amountoff-scoretotaloff-thousands-utf8-crlf-signoff-2023.txt": "heading cells cut by line breaks, filled across: the total lost",
    },
    "header_cells_dropped": {
        # 陈仓 and 麦积 (a 转移支付 form's money under 资金来源 | 资金总额, its labels down a column):
        # its label cells dropped, `其中:财政拨款 | 500` stands under 资金总额, a total's heading:
        # refused (amount_unparsed) where the clean form reads its 财政拨款.
        "E-shaanxi-chencang-shuili-transfer-unfilled-2020.txt": "the 财政拨款 figure under the total's heading: refused (amount_unparsed), no longer dropped silently",
        "E-gansu-tianshui-maiji-transfer-unfilled-2021.txt": "the 财政拨款 figure under the total's heading: refused (amount_unparsed), no longer dropped silently",
        # 宜川 (round 76s): a wrong total with no finding (a silent misread, counted as such).
        "C-shaanxi-yanan-yichuan-pingguo-tab-txt-bumenxiangmu-zipingbiao-zipingdefen-tiaozhengyusuanshuA-cankaofenzhi-zhibiaozhiA-quannianshijizhiB-xiangmujuece-guanli-2023.txt": "the money row printing no 年度资金总额 figure, its empty cells dropped: its 年初预算数 (500) stands under 年度资金总额 and is read as the total (520)",
        # 桐城, 祥云 (round 74s), 缙云 (round 75s).
        "C-anhui-anqing-tongcheng-chadian-tab-txt-quannianyusuanA-zhixingB-dashcells-niandunzongtimubiaowanchengqingkuang-zhibiaoenumerators-placeholderrows-zongfen-totaloff-2023.txt": "a money row printing no 年初预算数, its empty cell dropped: its figures stand a column left (amount_row_mismatch, or row_unparsed where joined by spaces)",
        "C-yunnan-dali-xiangyun-kaoyan-tab-txt-wrappedlabelsspaced-niandu-zhibiaozhi-shiji-wanchengzhi-jingjixiaoyi-zhibiao-xiaoyiprintedtwice-placeholderrows-barepercent-scoreaboveweight-2023.txt": "a money row printing no 年初预算数, its empty cell dropped: its figures stand a column left (amount_row_mismatch, or row_unparsed where joined by spaces)",
        "C-zhejiang-lishui-jinyun-zhongyao-tab-txt-zhibiaozhi-shijiwanchengzhibiaozhi-fenzhi-defen-weiwanchengyuanyinfenxi-scoreaboveweight-2023.txt": "a money row printing no 年初预算数, its empty cell dropped: its figures stand a column left (amount_row_mismatch, or row_unparsed where joined by spaces)",
        # A transfer form whose 资金投入 heading spans two rows (held-out round 55, 博州):
        # dropped, its fund rows' figures stand under no measure (amount_row_mismatch).
        "C-xinjiang-boertala-zhou-gengdi-zhuanyizhifu-quyu-prefecture-zhongyangdifang-nianchublank-level1pointsascii-actualunityuanvswanyuan-actualunitdunvswandun-reasonwuandslash-actualrepeatsoperator-dadaoyuqi-jibendadao-honest-thousands-bom-crlf-2022.txt": "a money heading over two rows dropped: its figures under no measure",
        # An Excel export's money headings wrapped in quoted cells (held-out round 58, 宕昌):
        # dropped, its fund rows' figures stand under the wrong measures (amount_row_mismatch).
        "C-gansu-longnan-dangchang-zhongyaocai-excelunicodetext-quotedlinebreaks-wrappedmoneyheadings-wrappedname-reasonbeforepoints-actualopstripped-ratevsinitial-rateoff-thousands-utf16le-bom-crlf-2023.txt": "money headings' cells dropped: figures under the wrong measures",
        # A sheet saved as text, its rows padded to its width: the header's cells dropped break
        # the padding, so the rows a bare line break cut (a project's name) stay cut.
        "E-xizang-rikaze-nielamu-nongye-rows-excel-unicode-text-244-empty-columns-date-serials-percent-as-fraction-two-rows-broken-onto-two-lines-levels-every-row-remarks-utf16le-bom-crlf-2021.txt": "the sheet's padding broken: rows cut by a bare line break stay cut",
        "F-bingtuan-dishiershi-sanping-shuili-flat-weight-unit-nature-value-standard-name-wrapped-into-two-cells-and-onto-line-goal-label-lost-money-label-one-char-per-line-starstar-hint-ellipsis-gb18030-lf-2025.txt": "a money label one character a line, its cells dropped: the goal row not read as money",
        # `项目资金(万元) | 年度资金总额 | 金额(万元)`: a total's label heads the column of the
        # fund sources' labels, 金额 their figures'; moved left, each source's figure stands
        # under the total's heading, which nothing tells from a column of figures.
        "A-sichuan-guangyuan-zhaohua-2021.txt": "a total's label heading the labels' column",
        "tw-A-sichuan-guangyuan-zhaohua-2021.txt": "a total's label heading the labels' column",
        # `年度预算（万元） | 合计 | 基本支出 | 项目支出` over the figures: 合计 is no heading
        # outside a money block's rows, so the figures moved left have no column to go back to.
        # A data frame's dump: its index column fills every row's first cell, and the empty
        # corner over it is no merged cell; the damage drops it from the column numbers' row.
        "D-sichuan-panzhihua-xiqu-yingji-zhengti-pandas-index-column-nan-cells-2023.txt": "a data frame's corner cell taken for a merged one",
        # An empty first column on every line: dropped above the indicator header only, the
        # header's labels and values stand a column left of the grid's, and the second form's
        # header is read as rows of the first one's grid.
        "B-yunnan-dali-eryuan-nongye-two-forms-unit-operator-value-weight-grade-lists-leading-empty-column-page-breaks-2025.txt": "a stray empty first column dropped above the header only",
        # `一、预算资金 | 2,800.00` under `预算资金（万元） | 年度资金总额`, moved left: 预算资金 names a
        # money block as much as a part, and the part is not read (amount_row_mismatch says so).
        "A-guangdong-dongguan-nongye-zhuanxiang-start-end-dates-budget-parts-explanation-basis-weights-fullwidth-wrapped-names-2024.txt": "a part's label that names a money block too, moved left",
        # Levels shifted a column left (A6: 一级指标 over the 二级 names, 二级指标 over the
        # indicators') and no 三级 label: the damage, which stops at the indicator header's 三级
        # label, shifts every indicator row left too, and no indicator header is found.
        "A6-zhejiang-quzhou-kaihua-zhujian-cost-composition-block-heji-row-shifted-levels-no-level1-remarks-two-clause-durations-chinese-numeral-fraction-page-mark-repeated-labels-no-level2-after-break-wrapped-name-fullwidth-crlf-2025.txt": "no 三级 label: the damage shifts the indicator rows too",
        "A6-guangdong-shaoguan-ruyuan-shuiwu-two-forms-cost-composition-block-start-end-dates-carryover-shifted-levels-no-level1-description-column-two-clause-value-month-range-implied-year-page-marks-wrapped-name-fullwidth-utf8-bom-crlf-2023.txt": "no 三级 label: the damage shifts the indicator rows too",
    },
    "cells_framed_by_bars": {
        "C-hebei-handan-jize-shuili-webpaste-tab-txt-utf8-crlf-sitechrome-breadcrumb-icpfooter-twoprojects-2024.txt": (
            "a web page's text with tabs and site chrome (self-evaluation round 127) framed by bars: its money rows' figures unparsed (amount_unparsed)"
        ),
    },
}


def _not_read(damage, path: Path) -> str | None:
    if damage is rowspan_dropped:
        return NOT_READ.get(path.name)
    for not_read in (
        UNTABBED_NOT_READ,
        DRAWN_NOT_READ,
        HEADER_NOT_READ,
        MARKED_NOT_READ,
        SPACED_NOT_READ,
    ):
        if damage.__name__ in not_read:
            return not_read[damage.__name__].get(path.name)
    return None


# The folders whose damaged tables `make test` reads on a developer's machine: the issues' own
# examples and the traditional ones. The held-out rounds' (over 2,000 cases, a third of the
# suite's time) are marked slow: CI reads them all.
QUICK = ("layouts", "self-evaluation", "traditional")


def _cases() -> list:
    return [
        pytest.param(path, damage, id=f"{damage.__name__}-{path.parent.name}-{path.name}",
                     marks=([pytest.mark.xfail(strict=True, reason=reason)]
                            if (reason := _not_read(damage, path)) else [])
                     + ([] if path.parent.name in QUICK else [pytest.mark.slow]))
        for damage, folders in DAMAGES.items()
        for path in _text_tables(folders)
    ]  # fmt: skip


def _decoded(path: Path) -> str:
    """A fixture's text as the text readers read it: decoded as the build decodes it (a
    spreadsheet's UTF-16 "Unicode text" too), its cells parted by bars as the tabs they stand
    for, its lines ended by `\\n` as the damages split them; damaged, it is built from UTF-8."""
    return "\n".join(tabbed_bars(decode(path.name, path.read_bytes())[0]).splitlines())


def test_the_damage_changes_the_tables():
    """Each damage changes most tables, so a pass below is not a table left as it was: most
    of those whose cells a tab parts (a text printed a cell a line, in fixed-width columns or
    joined by spaces has no cells a damage of cells could change)."""
    for damage, folders in DAMAGES.items():
        texts = [text for path in _tables(folders) if "\t" in (text := _decoded(path))]
        changed = sum(damage(text) != text for text in texts)
        assert changed >= len(texts) * 2 // 3, (damage.__name__, changed)


@pytest.mark.parametrize(("path", "damage"), _cases())
def test_a_damaged_table_reads_like_the_clean_one(path, damage):
    clean = _decoded(path)
    assert content(path, damage(clean)) == content(path, clean)


def test_separate_tables_whose_scope_lines_are_lost_take_the_order_of_the_goals():
    # 长期绩效指标 and 年度绩效指标 printed alone above two tables of the same columns: without
    # them the second table is no page top of the first (it names the same indicators again),
    # and the two take the order of 长期目标 and 年度目标 above them.
    path = FIXTURES / "heldout-targets" / "A4-hainan-meilan-huanwei-separate-2020.txt"
    clean = path.read_text(encoding="utf-8")
    lost = "\n".join(line for line in clean.split("\n") if not line.endswith("绩效指标"))
    assert len(lost.split("\n")) == len(clean.split("\n")) - 2
    projects, indicators, errors = content(path, lost)
    assert (projects, indicators, errors) == content(path, clean)
    assert indicators[0] == (
        "产出指标", "数量指标", "生活垃圾清运量", "≥24万吨", "≥8万吨", None, None, None,
    )  # fmt: skip


def test_column_labels_printed_again_over_other_indicators_go_on_with_the_table():
    # A page top: the rows under the labels printed again name other indicators (a template's
    # `……` rows in both parts are no names), so they go on with the table, in its scope.
    grid = ["一级指标", "二级指标", "三级指标", "指标值"]
    table = [["项目名称", "农村公路养护"], ["长期目标", "三年完成"], ["年度目标", "完成50公里"],
             grid, ["产出指标", "数量指标", "养护道路里程", "≥50公里"], ["", "", "……", ""],
             grid, ["", "质量指标", "验收合格率", "100%"], ["", "", "……", ""]]  # fmt: skip
    projects, indicators, errors = form_content(table)
    assert indicators == [
        ("产出指标", "数量指标", "养护道路里程", None, "≥50公里", None, None, None),
        ("产出指标", "质量指标", "验收合格率", None, "100%", None, None, None),
    ]
    assert (projects, errors) == ([("农村公路养护", None)], [])  # the `……` rows are notes


def test_rows_shifted_left_under_labels_printed_again_go_on_with_the_table():
    # A page top inside a merged 一级 whose rows a converter shifted left: a target stands in the
    # name's column above and below the labels printed again (`100%`); a figure names no
    # indicator, so this is the same table going on (it was read as a second one, and its rows
    # lost their 一级 and 二级).
    grid = ["一级指标", "二级指标", "三级指标", "指标值", "分值"]
    table = [["项目名称", "预算管理"], grid,
             ["产出指标", "数量指标", "绩效目标编审覆盖单位", "≥120个", "10"],
             ["质量指标", "国库集中支付率", "100%", "10", ""],
             grid, ["", "预决算信息公开率", "100%", "5", ""],
             ["时效指标", "部门预算批复时间", "20日内", "5", ""]]  # fmt: skip
    projects, indicators, errors = form_content(table)
    assert indicators == [
        ("产出指标", "数量指标", "绩效目标编审覆盖单位", None, "≥120个", 10.0, None, None),
        ("产出指标", "质量指标", "国库集中支付率", None, "100%", 10.0, None, None),
        ("产出指标", "质量指标", "预决算信息公开率", None, "100%", 5.0, None, None),
        ("产出指标", "时效指标", "部门预算批复时间", None, "20日内", 5.0, None, None),
    ]
    assert (projects, errors) == ([("预算管理", None)], [])


def test_split_value_words_shifted_under_the_names_column_name_no_indicator():
    # The same with split value columns: shifted left, the rows above and below the labels
    # printed again hold `定量` under the name's column. A split column's word names no
    # indicator either (the page's rows were read as a second table and lost their levels).
    grid = ["一级指标", "二级指标", "三级指标", "指标性质", "计算符号", "指标值", "度量单位"]
    table = [["项目名称", "茶园改造"], grid,
             ["产出指标", "数量指标", "新建生态茶园", "定量", "≥", "5,000", "亩"],
             ["成本指标", "亩均补助", "定量", "≤", "1,200", "元/亩", ""],
             grid, ["", "低产茶园亩均补助", "定量", "≤", "300", "元/亩", ""]]  # fmt: skip
    projects, indicators, errors = form_content(table)
    assert indicators == [
        ("产出指标", "数量指标", "新建生态茶园", None, "≥5,000亩", None, None, None),
        ("产出指标", "成本指标", "亩均补助", None, "≤1,200元/亩", None, None, None),
        ("产出指标", "成本指标", "低产茶园亩均补助", None, "≤300元/亩", None, None, None),
    ]
    assert (projects, errors) == ([("茶园改造", None)], [])


def test_a_standard_shifted_under_the_names_column_names_no_indicator():
    # The same with a 绩效标准 column and the 绩效指标 label down the side: `行业标准`, which other
    # rows print under its own column, stands under the name's column above and below the
    # labels printed again.
    grid = ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "绩效标准"]
    table = [["项目名称", "山塘整治"], grid,
             ["绩效指标", "产出指标", "数量指标", "山塘清淤扩容", "100口", "计划标准"],
             ["质量指标", "工程质量合格率", "100%", "行业标准", "", ""],
             ["单位工程优良率", "不低于70%", "行业标准", "", "", ""],
             grid, ["", "", "竣工验收", "年底前完成竣工验收", "计划标准", ""],
             ["", "成本指标", "山塘清淤平均造价", "≤2.5万元/口", "历史标准", ""],
             ["", "除险加固平均造价", "不超过180万元/座", "行业标准", "", ""]]  # fmt: skip
    projects, indicators, errors = form_content(table)
    assert [(level1, level2, name) for level1, level2, name, *_ in indicators] == [
        ("产出指标", "数量指标", "山塘清淤扩容"),
        ("产出指标", "质量指标", "工程质量合格率"),
        ("产出指标", "质量指标", "单位工程优良率"),
        ("产出指标", "质量指标", "竣工验收"),
        ("产出指标", "成本指标", "山塘清淤平均造价"),
        ("产出指标", "成本指标", "除险加固平均造价"),
    ]
    assert (projects, errors) == ([("山塘整治", None)], [])


def test_a_unit_alone_shifted_left_that_completes_the_name_above_ends_it():
    # `例` alone on its line, the end of `住院费用报销比`, shifted by a converter dropping merged
    # cells into the 一级's column: a unit, it may end the target as well as the name, but the
    # target has its unit (`%` under 度量单位) and `比例` ends a name as names end. It was read
    # as an indicator `例` of no target, with no finding.
    grid = ["一级指标", "二级指标", "三级指标", "计算符号", "目标值", "度量单位"]
    table = [["项目名称", "城乡居民医保"], grid,
             ["产出指标", "数量指标", "参保人数", "≥", "41.5", "万人"],
             ["效益指标", "社会效益指标", "住院费用报销比", "≥", "70", "%"],
             ["例", "", "", "", "", ""],
             ["就医负担", "定性", "有效减轻", "", "", ""]]  # fmt: skip
    assert form_content(table) == (
        [("城乡居民医保", None)],
        [
            ("产出指标", "数量指标", "参保人数", None, "≥41.5万人", None, None, None),
            ("效益指标", "社会效益指标", "住院费用报销比例", None, "≥70%", None, None, None),
            ("效益指标", "社会效益指标", "就医负担", None, "有效减轻", None, None, None),
        ],
        [],
    )


def test_a_unit_alone_shifted_left_under_a_target_awaiting_its_unit_is_doubted():
    # The same where the target has no unit (`70`, 度量单位 empty): `例` may end it as well as
    # the name. It stays an indicator, as before, now with a finding saying so.
    grid = ["一级指标", "二级指标", "三级指标", "计算符号", "目标值", "度量单位"]
    table = [["项目名称", "城乡居民医保"], grid,
             ["效益指标", "社会效益指标", "住院费用报销比", "≥", "70", ""],
             ["例", "", "", "", "", ""]]  # fmt: skip
    tables = process_file("form.txt", "\n".join("\t".join(row) for row in table).encode(), Source())
    assert [i["indicator_name"] for i in tables.indicators] == ["住院费用报销比", "例"]
    assert [(f["rule"], f["source_line"], f["message"]) for f in tables.findings
            if f["rule"] == "name_maybe_wrapped"] == [(
        "name_maybe_wrapped", 4,
        "the indicator '例' prints only a unit, shifted left under '住院费用报销比': it may be the "
        "end of that name or of its target wrapped onto a line of its own; it is kept as an "
        "indicator, compare with the published table",
    )]  # fmt: skip


def test_a_names_end_in_a_site_names_word_with_a_page_marker_glued_is_that_names_end():
    # `管网` (a word a hosting site's name ends in, `…人民政府网 第2页 共3页`) alone on its line,
    # the end of a wrapped name, the site's page marker glued to it: the line was dropped as a
    # site's page mark, the name cut short, with no finding.
    grid = ["指标", "权重", "计量单位", "指标性质", "指标值"]
    table = [["项目名称", "老旧小区改造"], grid,
             ["改造小区供热、供水", "10", "公里", "≥", "21.5第5页 共9页"],
             ["管网第6页 共9页", "", "", "", ""],
             ["工程验收合格率", "15", "%", "＝", "100第7页 共9页"]]  # fmt: skip
    assert form_content(table) == (
        [("老旧小区改造", None)],
        [(None, None, "改造小区供热、供水管网", None, "≥21.5公里", 10.0, None, None),
         (None, None, "工程验收合格率", None, "=100%", 15.0, None, None)],
        [],
    )  # fmt: skip


def test_a_row_of_the_later_group_alone_shifted_left_is_read_in_that_group():
    # 中期 and 年度 groups side by side, the 绩效指标 label down the side: a row printing only
    # its 年度 name and target, its side label, levels and 年度 二级 dropped, keeps the two
    # empty cells of the 中期 name and target before them. Its name stood in the 二级's column
    # and was moved under the 中期 name's: a 中期 target, with no finding.
    grid = ["绩效指标", "一级指标", "二级指标", "三级指标", "中期指标值", "二级指标", "三级指标",
            "年度指标值"]  # fmt: skip
    table = [["项目名称", "黄河沿岸造林"], grid,
             ["绩效指标", "产出指标", "时效指标", "项目完成时间", "2021年10月底前", "时效指标",
              "项目完成时间", "2019年11月底前"],
             ["", "", "春季造林完成时间", "6月底前", "", "", "", ""]]  # fmt: skip
    assert form_content(table) == (
        [("黄河沿岸造林", None)],
        [("产出指标", "时效指标", "项目完成时间", "2021年10月底前", "2019年11月底前", None, None,
          None),
         ("产出指标", "时效指标", "春季造林完成时间", None, "6月底前", None, None, None)],
        [],
    )  # fmt: skip


def test_a_later_groups_row_shifted_onto_the_first_groups_names_is_read_in_its_group():
    # Each group with its own 二级, a converter dropping merged cells: the rows below the first
    # print their names at the row's start. A row of the 年度 group alone loses its 一级 and
    # both 二级 cells and keeps the 中期 name and target, empty, before its own: it prints as a
    # 中期 row in place would, `| | name | target`. Its 年度 target was read as the 中期 one,
    # with no finding; a table whose rows show it drops merged cells prints no level empty.
    grid = ["一级指标", "二级指标", "三级指标", "中期指标值", "二级指标", "三级指标", "年度指标值"]
    table = [["项目名称", "农村人居环境整治"], grid,
             ["产出指标", "数量指标", "农村户厕改造", "≥900户", "数量指标", "农村户厕改造", "≥300户"],
             ["购置垃圾转运车", "6台", "购置垃圾转运车", "2台", "", "", ""],
             ["", "", "村庄边沟清理", "≥15公里", "", "", ""],
             ["保洁员配备", "≥36人", "保洁员配备", "≥36人", "", "", ""]]  # fmt: skip
    assert form_content(table)[1] == [
        ("产出指标", "数量指标", "农村户厕改造", "≥900户", "≥300户", None, None, None),
        ("产出指标", "数量指标", "购置垃圾转运车", "6台", "2台", None, None, None),
        ("产出指标", "数量指标", "村庄边沟清理", None, "≥15公里", None, None, None),
        ("产出指标", "数量指标", "保洁员配备", "≥36人", "≥36人", None, None, None),
    ]  # fmt: skip


def test_a_first_groups_row_printing_its_levels_empty_stays_in_its_group():
    # The same row in a table no row of which shows a converter dropping merged cells: a 中期
    # row in place, its 年度 cells empty.
    grid = ["一级指标", "二级指标", "三级指标", "中期指标值", "二级指标", "三级指标", "年度指标值"]
    table = [["项目名称", "农村人居环境整治"], grid,
             ["产出指标", "数量指标", "农村户厕改造", "≥900户", "数量指标", "农村户厕改造", "≥300户"],
             ["", "", "村庄边沟清理", "≥15公里", "", "", ""],
             ["", "", "保洁员配备", "≥36人", "", "保洁员配备", "≥36人"]]  # fmt: skip
    assert form_content(table)[1] == [
        ("产出指标", "数量指标", "农村户厕改造", "≥900户", "≥300户", None, None, None),
        ("产出指标", "数量指标", "村庄边沟清理", "≥15公里", None, None, None, None),
        ("产出指标", "数量指标", "保洁员配备", "≥36人", "≥36人", None, None, None),
    ]  # fmt: skip


def test_a_targets_end_shifted_further_left_than_its_row_ends_that_target():
    # A converter dropping merged cells: the row printing a new 二级 lost only its 一级, but its
    # wrapped line lost that 二级 too (merged over both lines), so `投入使用`, the end of the
    # 年度 target, stands under the 三级 column after the two empty cells it keeps (三级, 中期).
    # It was read as an indicator `投入使用` of no target, with no finding.
    grid = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]
    table = [["项目名称", "马铃薯脱毒种薯繁育"], grid,
             ["产出指标", "质量指标", "种薯脱毒率", "≥98%", "98%以上"],
             ["时效指标", "组培室建成时间", "", "2019年9月30日前建成并", ""],
             ["", "", "投入使用", "", ""]]  # fmt: skip
    assert form_content(table)[1] == [
        ("产出指标", "质量指标", "种薯脱毒率", "≥98%", "98%以上", None, None, None),
        ("产出指标", "时效指标", "组培室建成时间", None, "2019年9月30日前建成并投入使用", None,
         None, None),
    ]  # fmt: skip


def test_a_names_end_shifted_past_a_lists_project_cells_ends_that_name():
    # A list printing its project's cells and levels on the project's first row only, a
    # converter dropping them where merged: the row of a new 二级 lost the project's cells and
    # its 一级, its name's wrapped line (`率`) its 二级 too, so the end stands under 项目名称 after
    # the one empty cell it keeps (序号). It was left out as a project cell on a row that starts
    # no project, the name cut short.
    grid = ["序号", "项目名称", "预算金额", "一级指标", "二级指标", "三级指标", "指标值"]
    table = [grid,
             ["1", "教师培训", "120.00", "产出指标", "数量指标", "培训教师人数", "≥300人"],
             ["", "效益指标", "可持续影响指标", "教师继续教育学分达标", "≥98%", "", ""],
             ["", "率", "", "", "", "", ""],
             ["", "满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "", ""]]  # fmt: skip
    assert form_content(table) == (
        [("教师培训", Decimal("120.00"))],
        [("产出指标", "数量指标", "培训教师人数", None, "≥300人", None, None, None),
         ("效益指标", "可持续影响指标", "教师继续教育学分达标率", None, "≥98%", None, None, None),
         ("满意度指标", "服务对象满意度指标", "参训教师满意度", None, "≥90%", None, None, None)],
        [],
    )  # fmt: skip


def test_a_names_end_shifted_on_a_page_where_its_projects_cells_were_not_printed_ends_that_name():
    # The same on a page after the one the project starts on: no row of the page printed the
    # project's cells, so the converter kept them empty (none merged down them) and dropped
    # only the levels. The row of a new 一级 stands one column left, its name's end (`收`) three.
    grid = ["单位名称", "项目名称", "预算数", "一级指标", "二级指标", "三级指标", "指标值"]
    table = [grid,
             ["某局", "农村公路建设", "3,450.60", "产出指标", "数量指标", "新改建农村公路", "36公里"],
             ["第 1 页"], grid,
             ["", "", "", "产出指标", "时效指标", "项目完工时间", "2021年11月30日前"],
             ["", "", "效益指标", "经济效益指标", "带动沿线群众务工增", "≥300万元", ""],
             ["", "", "收", "", "", "", ""]]  # fmt: skip
    assert form_content(table)[1] == [
        ("产出指标", "数量指标", "新改建农村公路", None, "36公里", None, None, None),
        ("产出指标", "时效指标", "项目完工时间", None, "2021年11月30日前", None, None, None),
        ("效益指标", "经济效益指标", "带动沿线群众务工增收", None, "≥300万元", None, None, None),
    ]  # fmt: skip


def test_a_names_end_moved_under_the_project_name_on_a_projects_first_row_is_no_end_of_it():
    # A project's first row in place, its indicator's name wrapped (`…承保面` over `积`), the
    # line's empty project and level cells dropped: the end stands under 项目名称, where the
    # name, the widest of its column, took it for its own end (`…（县级配套）积`) with no
    # finding. It completes the indicator's name and not the project's: left out, reported.
    grid = ["序号", "项目名称", "项目预算", "一级指标", "二级指标", "三级指标", "指标值"]
    table = [grid,
             ["1", "耕地轮作休耕试点", "300.00", "产出指标", "数量指标", "轮作面积", "≥3万亩"],
             ["2", "农业保险保费补贴（县级配套）", "1,258.64", "产出指标", "数量指标",
              "水稻、小麦完全成本保险承保面", "≥120万亩"],
             ["", "积", "", "", "", "", ""]]  # fmt: skip
    projects, indicators, errors = form_content(table)
    assert projects == [("耕地轮作休耕试点", Decimal("300.00")),
                        ("农业保险保费补贴(县级配套)", Decimal("1258.64"))]  # fmt: skip
    assert [name for _, _, name, *_ in indicators] == ["轮作面积", "水稻、小麦完全成本保险承保面"]
    assert errors == ["row_unparsed"]


# A department list printing each project's money (陆河's labels) ...
MONEY_LIST_GRID = ["项目名称", "项目单位", "年度预算资金总额", "一级指标", "二级指标", "三级指标",
                   "指标值"]  # fmt: skip
# ... and one numbering its projects (`序号`), its project's cells beside the number.
NUMBERED_LIST_GRID = ["序号", "预算单位", "项目名称", "预算数", "一级指标", "二级指标", "绩效指标",
                      "指标目标值"]  # fmt: skip


def test_a_lists_rows_shifted_past_its_dropped_row_numbers_are_read_under_their_labels():
    # The list's 序号 merged down its project's rows like the project's cells, all dropped:
    # each row after the first starts under 序号. It was read in place, its name and target
    # taken for a new project (`扶持秸秆收储运中心`, `最少6个`), its level rows left out.
    grid = NUMBERED_LIST_GRID
    table = [grid,
             ["1", "某局", "秸秆综合利用", "386.50", "产出指标", "数量指标", "秸秆利用量", "≥105万吨"],
             ["扶持秸秆收储运中心", "最少6个", "", "", "", "", "", ""],
             ["质量指标", "秸秆综合利用率", "≥95.5%", "", "", "", "", ""],
             ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "", "", "", ""],
             ["合计", "", "", "386.50", "", "", "", ""]]  # fmt: skip
    projects, indicators, errors = form_content(table)
    assert projects == [("秸秆综合利用", Decimal("386.50"))]
    assert indicators == [
        ("产出指标", "数量指标", "秸秆利用量", None, "≥105万吨", None, None, None),
        ("产出指标", "数量指标", "扶持秸秆收储运中心", None, "最少6个", None, None, None),
        ("产出指标", "质量指标", "秸秆综合利用率", None, "≥95.5%", None, None, None),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", None, "≥90%", None, None, None),
    ]
    assert errors == []


def test_ends_shifted_under_a_lists_dropped_row_number_end_the_project_and_the_indicator():
    # The same list, its second project's name wrapped (`增效项目`) and an indicator's name
    # (`…覆盖` over `率`), each line's merged cells dropped, 序号 too: both ends stand under
    # 序号. `增效项目` had been joined to the project's number (`3增效项目`) and the project
    # named `…农药减量`; `率` left out, the name cut short.
    grid = NUMBERED_LIST_GRID
    table = [grid,
             ["1", "某局", "秸秆综合利用项目", "386.50", "产出指标", "数量指标", "秸秆利用量",
              "≥105万吨"],
             ["2", "某站", "农作物病虫害统防统治及农药减量", "215.30", "产出指标", "数量指标",
              "统防统治面积", "≥60万亩"],
             ["增效项目", "", "", "", "", "", "", ""],
             ["质量指标", "专业化统防统治覆盖", "≥45%", "", "", "", "", ""],
             ["率", "", "", "", "", "", "", ""]]  # fmt: skip
    projects, indicators, errors = form_content(table)
    assert projects == [("秸秆综合利用项目", Decimal("386.50")),
                        ("农作物病虫害统防统治及农药减量增效项目", Decimal("215.30"))]  # fmt: skip
    assert [(level2, name, target) for _, level2, name, _, target, *_ in indicators] == [
        ("数量指标", "秸秆利用量", "≥105万吨"),
        ("数量指标", "统防统治面积", "≥60万亩"),
        ("质量指标", "专业化统防统治覆盖率", "≥45%"),
    ]
    assert errors == []


def test_a_project_names_end_shifted_under_the_unit_column_ends_that_name():
    # A list's project name wrapped (`…河道保洁` over `经费`), the line's empty cells dropped:
    # the end stands under 单位名称, left of the name's column. The two end as projects' names
    # end (`经费`), the name alone does not: the name's end. It was left out, the project named
    # `…河道保洁`.
    grid = ["单位名称", "资金名称", "项目总预算", "一级指标", "二级指标", "指标名称", "指标值"]
    table = [grid,
             ["某水务局", "农村供水维修养护项目", "326.80", "产出指标", "数量指标", "维修工程",
              "≥56处"],
             ["某河湖保护中心", "河湖长制工作及河道保洁", "86.00", "产出指标", "数量指标",
              "县级河长巡河次数", "≥4次"],
             ["经费", "", "", "", "", "", ""]]  # fmt: skip
    projects, _, errors = form_content(table)
    assert projects == [("农村供水维修养护项目", Decimal("326.80")),
                        ("河湖长制工作及河道保洁经费", Decimal("86.00"))]  # fmt: skip
    assert errors == []


def test_a_project_names_end_alone_is_read_by_the_widest_name_not_by_a_sign_off_line():
    # The widest project name (`…（县级配`) wrapped onto a line of its own (`套资金）`): a
    # sign-off line printed in the name's column, wider, had made the name no widest one, and
    # its end was left out, the project named `…（县级配`.
    grid = MONEY_LIST_GRID
    table = [grid,
             ["2023年基本公共卫生服务项目（县级配", "某局", "2,836,400.00", "产出指标", "数量指标",
              "健康管理人数", "≥1.8万人"],
             ["套资金）", "", "", "", "", "", ""],
             ["2023年家庭医生签约服务经费", "某局", "1,265,000.00", "产出指标", "数量指标",
              "签约人数", "4.2万人以上"],
             ["填报人：***　　审核人：***　　联系电话：0660-5562***　　填报日期：2023年1月**日"]]  # fmt: skip
    projects, _, errors = form_content(table)
    assert [name for name, _ in projects] == ["2023年基本公共卫生服务项目(县级配套资金)",
                                              "2023年家庭医生签约服务经费"]  # fmt: skip
    assert errors == []


def test_a_reasons_end_shifted_further_left_than_its_row_ends_the_reason_left_open():
    # A reason's second line alone (`下一步优先扶持`): the converter dropped the empty cells of
    # its line's merged levels and those before the reason, so it stands in the 一级's column,
    # further left than any row. It was joined to the name above (`扶持肉羊养殖户下一步优先扶持`);
    # the reason above leaves its clause open (`…推迟补栏，`), and it is that reason's end.
    grid = [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    ]
    table = [["项目名称", "肉羊产业发展"], grid,
             ["产出指标", "数量指标", "扶持肉羊养殖户", "≥1500户", "1462户", "15", "13",
              "部分养殖户推迟补栏，"],
             ["下一步优先扶持", "", "", "", "", "", "", ""],
             ["质量指标", "种羊良种化率", "≥95%", "96.4%", "10", "10", "", ""]]  # fmt: skip
    text = "\n".join("\t".join(row) for row in table)
    assert content(Path("form.txt"), text) == (
        [("肉羊产业发展", None)],
        [("产出指标", "数量指标", "扶持肉羊养殖户", None, "≥1500户", 15.0, "1462户", 13.0),
         ("产出指标", "质量指标", "种羊良种化率", None, "≥95%", 10.0, "96.4%", 10.0)],
        [],
    )  # fmt: skip
    tables = process_file("form.txt", text.encode(), Source())
    assert [i["deviation_reason"] for i in tables.indicators] == [
        "部分养殖户推迟补栏,下一步优先扶持",
        None,
    ]


def title_widened(text: str) -> str:
    """Every line of one cell after the table has begun (the next table's title, a page
    number) padded to the width of the row above it, as a PDF or workbook reads a row whose
    one cell spans the table."""
    out, width = [], 0
    for line in text.split("\n"):
        cells = line.split("\t")
        if len(cells) == 1 and width and cells[0].strip():
            line += "\t" * (width - 1)
        width = max(width, len(cells)) if len(cells) > 1 else width
        out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize(
    "name",
    [
        "heldout-targets-3/B-chongqing-wanzhou-gonglu-unit-first-2024.txt",
        "heldout-targets-3/B-jiangxi-nankang-shijian-yuan-2024.txt",
        "heldout-selfeval-3/C-jiangxi-ganzhou-yudu-gonglu-guocheng-2023.txt",
    ],
)
def test_the_next_tables_title_in_a_row_as_wide_as_the_table_ends_the_indicators(name):
    # Two tables back to back, the second's title right after the first's last row, in a row
    # whose other cells are empty: a title, not an indicator of the first table.
    path = FIXTURES / name
    clean = path.read_text(encoding="utf-8")
    assert title_widened(clean) != clean
    assert content(path, title_widened(clean)) == content(path, clean)


def test_a_header_block_whose_merged_cells_were_filled_reads_each_once():
    # The name, the total and the goals merged across the rest of their rows, and the 年度目标
    # heading over two columns, each written into every column it spans.
    rows = [
        ["项目名称", "茶园改造", "茶园改造", "茶园改造"],
        ["主管部门", "某县农业农村局", "实施单位", "某县茶叶站"],
        ["年度资金总额", "420", "420", "420"],
        ["总体目标", "中期目标", "年度目标", "年度目标"],
        ["", "三年改造茶园6000亩。", "改造茶园2000亩。", "改造茶园2000亩。"],
        GRID,
        *ROWS,
    ]
    tables = read(text(rows))
    (project,) = tables.projects
    assert {key: value for key, value in project.items() if value not in (None, "")} == {
        "project_id": "t.txt:p1",
        "document_id": "t.txt",
        "project_seq": 1,
        "project_name": "茶园改造",
        "total_amount": Decimal("420"),
        "total_amount_raw": "420",
        "performance_goal": "改造茶园2000亩。",
        "project_kind": "project",
        "supervising_department": "某县农业农村局",
        "implementing_unit": "某县茶叶站",
        "period_goal": "三年改造茶园6000亩。",
        "indicator_count": 5,
        "source_file": "t.txt",
        "source_line": 1,
    }
    assert [finding["rule"] for finding in tables.findings] == ["currency_unit_missing"]


SPLIT = ["一级指标", "二级指标", "三级指标", "计算符号", "目标值", "度量单位"]
SPLIT_ROWS = [
    ["产出指标", "数量指标", "改造茶园面积", "≥", "2000", "亩"],
    ["", "质量指标", "茶苗成活率", "≥", "90", "%"],
    ["效益指标", "经济效益指标", "茶农户均增收", "≥", "1000", "元"],
]


@pytest.mark.parametrize("name", ["t.txt", "t.csv"])
def test_a_column_merged_across_two_and_filled_is_read_once(name):
    # `三级指标 | 三级指标` over `改造茶园面积 | 改造茶园面积`: one column a sheet's unmerging
    # wrote twice, in a tab-separated text and in a CSV (another reader, the same cells). The
    # second copy was read as the period target's column (`≥亩`).
    rows = [*HEAD, *([*row[:3], row[2], *row[3:]] for row in (SPLIT, *SPLIT_ROWS))]
    if name.endswith(".csv"):  # a CSV's records are as wide as each other
        data = text([row + [""] * (7 - len(row)) for row in rows]).replace(b"\t", b",")
    else:
        data = text(rows)
    tables = process_file(name, data, Source(fiscal_year=2024))
    assert tables.documents[0]["layout"] == "project-form"
    assert [
        (i["level1_name"], i["level2_name"], i["indicator_name"], i["period_target"],
         i["annual_target"], i["target_operator_raw"], i["target_value_raw"],
         i["target_unit_raw"])
        for i in tables.indicators
    ] == [
        ("产出指标", "数量指标", "改造茶园面积", None, "≥2000亩", "≥", "2000", "亩"),
        ("产出指标", "质量指标", "茶苗成活率", None, "≥90%", "≥", "90", "%"),
        ("效益指标", "经济效益指标", "茶农户均增收", None, "≥1000元", "≥", "1000", "元"),
    ]  # fmt: skip
    assert [f["rule"] for f in tables.findings] == ["currency_unit_missing", "missing_level1"]


def test_a_label_written_twice_over_cells_that_differ_heads_two_columns():
    # `指标值 | 指标值` over `实施期 | 年度`: a heading over two columns of their own.
    rows = [
        *HEAD,
        [*GRID[:3], "指标值", "指标值"],
        ["", "", "", "实施期", "年度"],
        *([*row, f"{row[3]}(年度)"] for row in ROWS),
    ]
    tables = read(text(rows))
    assert [(i["period_target"], i["annual_target"]) for i in tables.indicators] == [
        (row[3], f"{row[3]}(年度)") for row in ROWS
    ]


def test_a_list_whose_goal_column_stands_before_its_levels_reads_shifted_rows_without_failing():
    # 五家渠's list (年度目标 before the levels, 指标值 after them), its merged cells dropped:
    # a row shifted left was tried under the project columns by counting the value column back
    # past the row's first cell, which read a cell from the row's end, or none (IndexError: the
    # build of the file failed). The wrapped end alone under a row (`高`), shifted further left
    # than its row, is that name's end, flagged as in the clean table.
    path = next(
        path for path in _tables(TARGETS) if path.name.startswith("E-xinjiang-bingtuan-diliushi")
    )
    tables = process_file(path.name, rowspan_dropped(_decoded(path)).encode(), Source())
    assert len(tables.indicators) == 24
    assert [(f["rule"], f["source_line"], f["message"]) for f in tables.findings
            if f["severity"] != "info"] == [
        ("name_end_joined", 26, "the row printing only '高', under the long name "
         "'示范区籽棉单产较非示范区提', is read as that name's end wrapped onto a line of its own; "
         "compare with the published table"),
    ]  # fmt: skip


def test_a_row_of_a_name_a_figure_and_its_unit_shifted_under_a_lists_project_cells_is_read():
    # `新建高位蓄水池 | | 12 | 座 | 10`, its operator cell empty, shifted left under the
    # project's cells: its figure stood under 项目总预算 and it was read as a subtotal of 12
    # (two subtotal_mismatch errors). A bare figure with a unit under the unit column is a
    # target as one with an operator is.
    grid = ["单位名称", "资金名称", "项目总预算", "一级指标", "二级指标", "指标名称", "指标性质",
            "指标值", "度量单位", "指标权重"]  # fmt: skip
    table = [grid,
             ["某水务局", "农村供水维修养护项目", "326.80", "产出指标", "数量指标", "维修工程",
              "≥", "56", "处", "10"],
             ["新建高位蓄水池", "", "12", "座", "10", "", "", "", "", ""]]  # fmt: skip
    projects, indicators, errors = form_content(table)
    assert projects == [("农村供水维修养护项目", Decimal("326.80"))]
    assert [(name, target, weight) for _, _, name, _, target, weight, *_ in indicators] == [
        ("维修工程", "≥56处", 10.0), ("新建高位蓄水池", "12座", 10.0)]  # fmt: skip
    assert errors == []


def test_a_piece_under_a_name_whose_target_awaits_its_unit_is_not_joined_to_the_name():
    # `…拨付时间 | 2023年12月31` over `日前`, every empty cell before the piece dropped: counted
    # back as merged cells it stands under the name, but it may as well end the date. It was
    # joined to the name (`…拨付时间日前`); it is left out, reported.
    grid = MONEY_LIST_GRID
    table = [grid,
             ["家庭医生签约服务经费", "某局", "1,265,000.00", "产出指标", "数量指标", "签约人数",
              "4.2万人以上"],
             ["时效指标", "签约服务费拨付时间", "2023年12月31", "", "", "", ""],
             ["日前", "", "", "", "", "", ""]]  # fmt: skip
    _, indicators, errors = form_content(table)
    assert [(name, target) for _, _, name, _, target, *_ in indicators] == [
        ("签约人数", "4.2万人以上"), ("签约服务费拨付时间", "2023年12月31")]  # fmt: skip
    assert errors == ["row_unparsed"]


def test_both_groups_names_wrapped_alike_and_shifted_together_end_both_names():
    # 中期 and 年度 groups side by side, a name wrapped in both (`畜禽粪污综合利用` over `率`),
    # the converter dropping the empty cells between the two ends: `率 | 率` side by side. It
    # was read as an indicator `率` whose 中期 target is `率`, with no finding.
    grid = [
        "绩效指标",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
        "二级指标",
        "三级指标",
        "指标值",
    ]
    table = [["项目名称", "畜禽粪污资源化利用"], grid,
             ["绩效指标", "产出指标", "质量指标", "设施配套率", "100%", "质量指标", "设施配套率",
              "≥97%"],
             ["畜禽粪污综合利用", "≥80%", "畜禽粪污综合利用", "≥78%", "", "", "", ""],
             ["率", "率", "", "", "", "", "", ""]]  # fmt: skip
    assert form_content(table)[1:] == (
        [("产出指标", "质量指标", "设施配套率", "100%", "≥97%", None, None, None),
         ("产出指标", "质量指标", "畜禽粪污综合利用率", "≥80%", "≥78%", None, None, None)],
        [],
    )  # fmt: skip
