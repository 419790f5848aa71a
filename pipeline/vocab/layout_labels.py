"""Layout readers, vocabulary: the labels of real performance tables, by the role they name.

Every written variant is listed once, as data, under its role; `pipeline.labels.columns`
compiles these tables and the readers hold no label words of their own; the packed reader
(`pipeline.read.text`) knows indicator columns by COLUMN_LABELS too, to hand such tables over.
Labels are compared after `compact` (NFKC, no white space, no trailing colon, no leading
其中/enumerator, no unit/scope/year note in brackets, no words of a minority script after them), so
`主管部门 及编码`, `其中:当年财政拨款`, `一级指标 1급지표` and `二级指标(长期)` need no entries of their own; the note's scope
(长期/年度) is read separately. Order matters where a label names two roles: the first role listed is
preferred, and the readers fall back to the next when the first is taken or the column's content
disagrees.
"""

# Labels both a form's header block and a one-row-per-indicator list's project columns print,
# by role: each variant once, used by both tables below (the column table adds its own words).
PROJECT_NAME_LABELS = (
    "项目名称", "项目支出名称", "项目(专项)名称", "专项名称", "专项(项目)名称", "资金名称", "专项资金名称",
    "二级项目名称", "转移支付名称", "转移支付(项目)名称", "转移支付项目名称", "项目名", "项目全称",
    # A list's column of its units' names and their projects' (`单位（项目）名称`).
    "单位(项目)名称",
)  # fmt: skip
# A project's code printed before its name in the name's cell (`2025-001 英德红茶产业发展扶持资金`,
# `【440115-21-0003】…`): letters and digits joined by these separators, or a run of at least
# this many digits, set off from the name by white space or brackets. It is kept in the
# project's extra columns under PROJECT_CODE_LABEL, not in its name; `2025 年度…` is no code.
PROJECT_CODE_SEPARATORS = "-_."
PROJECT_CODE_MIN_DIGITS = 8
PROJECT_CODE_BRACKETS = {"[": "]", "【": "】", "(": ")"}
PROJECT_CODE_LABEL = "项目编码"
# A list's name column labelled for its units as well as their projects: a unit's name alone on
# its row (`墨江哈尼族自治县卫生健康局`) heads the projects below it, filed under it, no project.
UNIT_AND_PROJECT_LABELS = (
    "单位名称、项目名称", "单位名称/项目名称", "单位及项目名称", "项目名称/资金使用单位",
    "资金使用单位/项目名称", "项目名称(资金使用单位)", "单位(项目)名称",
)  # fmt: skip
DEPARTMENT_LABELS = (
    "主管部门", "主管部门及代码", "主管部门及编码", "主管部门及其编码", "业务主管部门", "项目主管部门",
    "区级主管部门", "区县主管部门", "主管部门(单位)名称", "预算部门", "预算单位", "部门", "部门名称",
    "部门(单位)名称", "一级预算单位名称", "单位名称", "单位信息", "申报单位", "填报单位", "编制单位",
    "绩效编制单位", "资金使用单位", "主管单位", "项目主管单位", "业务主管单位", "主管部门名称",
    "预算单位名称",
    # ... and with its budget code (福建: `主管部门（单位）名称及部门预算编码 | 305001-惠安县…`).
    "主管部门(单位)名称及部门预算编码", "主管部门名称及部门预算编码",
    # The department a project is filed under (农垦 and 延边 forms: 项目归口部门, 归口管理部门).
    "项目归口部门", "归口管理部门",
)  # fmt: skip
# Department labels that name who filled in the form (`填报单位：…养护中心` over the header),
# not the department over the project: a 主管部门 (any other department label) the block also
# prints is the department, the filer kept as a field of its own. So is the budget unit a
# system's export prints over its form (`预算单位：[612001]某局` over `主管部门 | 某局`).
FILER_LABELS = ("填报单位", "编制单位", "申报单位", "绩效编制单位", "预算单位")
IMPL_UNIT_LABELS = (
    "实施单位", "项目实施单位", "具体实施单位", "项目执行单位", "项目单位", "组织实施单位",
    "项目承担单位", "承担单位", "执行单位", "实施主体", "项目实施主体", "项目责任单位", "责任单位",
    "项目承办单位", "承办单位",
    # The unit that spends the money (济宁's forms: `主管部门 | … | 项目用款单位 | …`).
    "项目用款单位", "用款单位",
)  # fmt: skip
# Money headings that name an amount (`资金来源 | 年度预算数` over `财政拨款 | 100`): beside a figure
# of their own, under no heading (`年度预算数 | 62.40`), that figure is the total.
MONEY_HEADING_AMOUNTS = ("金额", "年初安排金额", "年度预算数")
# ... of which those naming no measure but the amount itself: a row of one under headings of the
# money's kinds gives each kind's figure (`按收入来源 | 资金总额 | 一般公共预算` over `| 金额 |
# 1,862.40 | 1,512.40`).
BARE_AMOUNT_WORDS = ("金额", "数额")
TOTAL_LABELS = (
    "年度资金总额", "资金总额", "年度金额", "年度总金额", "年度财政资金总额", "当年资金总额",
    "中期资金总额", "中期预算资金总额", "年度预算资金总额", "项目总预算", "当年预算", "年度本级预算金额",
    "项目总投资", "预算申报数", "预算数", "总额", "总金额", "预算金额", "年度预算金额", "项目预算金额", "申请金额", "预算申请", "当年年度预算",
    # The money a 中央预算内投资 plan grants the project (`下达中央预算内投资(万元) | 1860`).
    "下达中央预算内投资", "中央预算内投资",
    "项目金额", "项目总金额", "部门预算总额", "本年度预算", "申报金额", "资金规模", "安排资金",
    "本年申请数", "预算总额", "年度预算总额", "项目总额", "本年预算", "本年预算数", "投资总额",
    # A form printing the project's whole money and the year's (浙江: `项目资金总额` over
    # `年度资金申请总额`): the year's is the total.
    "年度资金申请总额",
    # A department-wide table's money by income kind under headings (收入预算合计 | 一般公共预算拨款
    # | 政府性基金拨款 | 其他收入, the figures on the next row).
    "收入预算合计", "收入合计", "预算收入合计",
)  # fmt: skip
PERIOD_LABELS = (
    "项目期", "项目期限", "项目起止时间", "建设周期", "项目支出实施期", "专项实施期", "实施期",
    "项目实施周期", "实施周期", "项目执行期", "起止时间", "起止年限", "项目周期",
)  # fmt: skip
# The marks a project period prints between its start and its end (`2024年1月—2024年12月`,
# `2024-01-01至2026-12-31`), tried in this order: a word before a dash, which a date may hold.
PERIOD_RANGE_MARKS = ("至", "到", "~", "～", "〜", "—", "－", "–", "-")
GOAL_ANNUAL_LABELS = (
    "年度目标", "年度总体目标", "总体目标", "年度绩效目标", "本年度绩效目标", "当年绩效目标",
    "项目年度目标", "年度主要目标和成果", "整体目标", "年度绩效总目标", "年初设定目标", "年度预期目标",
    "年度总体绩效目标", "本年度总体目标",
    # The stage of a project over years the year is (济宁's forms: `总目标` over `阶段性目标（2025年）`).
    "阶段性目标", "年度阶段性目标",
    # A self-evaluation's heading over the goal it set, beside 实际完成情况 (MoF 2020 附1:
    # `年度总体目标 | 预期目标 | 实际完成情况`; older provincial forms: `绩效目标 | 年初目标 |
    # 全年实际完成情况`).
    "预期目标", "年初目标", "年初绩效目标",
    # A department-wide table's (Sichuan: 年度部门(单位)目标, its note in brackets dropped).
    "年度部门目标", "部门年度目标", "年度单位目标", "单位年度目标",
    # ... and others' department-wide goal under its tasks (`年度部门整体绩效目标`).
    "年度部门整体绩效目标", "部门整体绩效目标", "年度整体绩效目标", "整体绩效目标",
    "年度部门整体支出绩效目标", "部门整体支出绩效目标", "部门年度整体绩效目标",
)  # fmt: skip
GOAL_PERIOD_LABELS = (
    "中期目标", "中期滚动目标", "长期目标", "实施期绩效目标", "实施期目标", "项目总体目标", "总目标",
    "长期绩效目标", "中期绩效目标", "实施周期目标", "实施周期绩效目标",
)  # fmt: skip
# Labels that head a form's goals over the goals of each scope beside them (`总体目标 | 实施期目标
# | …`, `项目绩效目标 | 项目总目标 | …`): no goal of their own that the next one's text may hold.
GOAL_HEADINGS = (
    "总体目标", "年度总体目标", "项目绩效目标", "项目绩效目标描述", "绩效目标", "项目总体绩效目标",
)  # fmt: skip
# Marks after the number opening a goal's part printed in a cell of its own beside the part
# before it (`年度目标 | 1.新建… | 2.整修… | 3.提高…`, a converter splitting the goal's cell at its
# line breaks): the goal goes on, the cell is no label.
# The fields whose value a converter may wrap onto a row of its own, its label's merged cell
# dropped (`项目名称 | 中央财政…补助资金（城镇老旧` over `小区改造）`), and the longest end read
# as theirs; a line with a sentence's mark is no name's end.
WRAPPED_FIELDS = ("project_name", "parent_project", "department", "impl_unit")
WRAPPED_END_MAX = 20
SENTENCE_MARKS = "。；;：:"
GOAL_PART_MARKS = ".、)"
GOAL_PART_NUMERALS = "一二三四五六七八九十"
# A word before a part's number (`目标1：…`, `目标2：…`), a colon after the number then.
GOAL_PART_WORDS = ("目标",)

# What parts the clauses of a money block written as one sentence in its value cell
# (`项目资金 | 年度资金总额350万元，其中：财政资金300万元，其他资金50万元。`, or its parts in
# brackets: `资金总额：450万元（其中：市级资金300万元，区级资金150万元）`), compared after NFKC:
# each clause a money label and its figure, read as label | value cells.
MONEY_CLAUSE_MARKS = ",;。()"

# Labels that name a goal only with its scope in a note (the 2016 forms: `绩效目标（年度）`,
# `绩效目标（长期）`) or before its value (`绩效目标 | …`, `项目绩效目标：…`): alone they head a
# contents page or end a title as well.
SCOPED_GOAL_LABELS = ("绩效目标", "项目绩效目标", "项目绩效目标描述", "绩效目标描述")

# A self-evaluation's measures of the money spent, by role: headings of a form's money block
# (`年初预算数 | 全年预算数 | 全年执行数 | 执行率` over 年度资金总额) and, in a list of several
# projects, columns printed on each project's first row beside its indicators.
SPENDING_LABELS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # The 2016 forms name the year's first budget by what it arranged (`预算安排数 | 调整后预算数`).
    ("budget_initial", (
        "年初预算数", "年初预算", "年初预算金额", "年初预算安排", "预算安排数",
        # ... and a form's by what it asks for, beside last year's (大庆: `本年度申请金额`).
        "本年度申请金额", "本年申请金额", "本年度申请资金", "本年申请资金",
    )),
    ("budget_adjusted", (
        "全年预算数", "调整后预算数", "全年(调整)预算数", "转移支付预算数", "调整后预算", "全年预算",
        "全年调整预算数", "调整预算数", "调整后的预算", "调整后的预算数",
    )),
    ("executed", (
        "全年执行数", "全年执行", "预算执行数", "执行数", "转移支付执行数", "全年实际执行数", "实际执行数",
        "全年支出数", "实际支出数", "实际支出", "全年实际支出", "支出数",
        # A self-evaluation published with the 决算 states what was spent as its 决算数.
        "决算数", "全年决算数", "年度决算数",
    )),
    ("execution_rate", ("执行率", "预算执行率", "资金执行率", "全年执行率")),
)  # fmt: skip

# A self-evaluation's list scores each project's budget execution in columns of its own, printed
# on every row of the project as its money is (山西's 一体化 export: `全年执行数 | 预算执行率 |
# 预算执行得分`): the points of its money block, by the measure each column gives.
LIST_MONEY_POINTS_LABELS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "money_weight",
        ("预算执行分值", "预算执行权重", "执行率分值", "执行率权重", "预算执行率分值"),
    ),
    ("money_score", ("预算执行得分", "执行率得分", "预算执行率得分", "预算执行情况得分")),
)
LIST_MONEY_POINTS = {"money_weight": "weight", "money_score": "score"}

# Labels of a score printed as a coefficient in percent of its indicator's (or the money
# block's) weight, 100 being full marks: `得分系数(%)` 100 under `分值` 30 is 30 points.
SCORE_COEFFICIENT_LABELS = ("得分系数",)
# A column of the rows' numbers (`序号 | 一级指标 | …`), printed on every row, not merged.
ROW_NUMBER_LABELS = ("序号", "行次", "编号")
# ... and the numbers printed under them (after NFKC): `1`, an outline's `1.1`, a part's `(一)`,
# `一、`, `(1)`.
ROW_NUMBER_CELL = r"\(?(?:[0-9]+(?:\.[0-9]+)*|[一二三四五六七八九十]{1,3})\)?[、.]?"

# The headings of a money block's rows by kind of income and of spending (Hunan), printed alone
# in their row or before the first row's label in its cell (`按收入性质分：财政拨款`: that row's
# label, `header_block._split_labelled`).
MONEY_GROUP_LABELS = (
    "按收入性质分",
    "按支出性质分",
    "按收入性质",
    "按支出性质",
    "按资金来源分",
    "按资金来源",
    # ... and Jilin's (`按收入来源 | 资金总额 | 一般公共预算 …` over `金额 | 1,862.40 | …`, then
    # `按支出类型 | 基本支出 | 项目支出`).
    "按收入来源分",
    "按收入来源",
    "按支出类型分",
    "按支出类型",
)

# Labels of the header block of a form (label | value cells above the indicators).
FIELD_LABELS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("project_name", PROJECT_NAME_LABELS),
    ("parent_project", ("一级项目名称",)),
    ("finance_department", ("财政部门", "市级财政部门", "区级财政部门", "省级财政部门", "中央财政部门")),
    ("department", DEPARTMENT_LABELS),
    ("impl_unit", IMPL_UNIT_LABELS),
    ("period", PERIOD_LABELS),
    ("period_start", ("开始日期", "项目开始日期", "开始时间", "项目开始时间")),
    ("period_end", ("结束日期", "项目完成日期", "完成日期", "结束时间", "项目结束时间")),
    ("money_block", (
        "资金情况", "项目资金", "项目资金申请", "项目预算资金", "投入目标", "资金金额", "预算资金",
        "项目预算", "年度资金总额及构成", "资金总额及构成",
        "年度预算申请", "年度预算安排", "预算执行情况", "项目资金执行情况", "预算资金执行情况",
        "资金执行情况", "资金使用情况", "资金投入情况", "资金",
        # 济宁's form, one row a year (`年度 | 资金总额 | 申请县财政资金 …` over `2025年 | …`).
        "项目资金申报计划", "资金申报计划",
        # A department's whole budget (the standard 部门（单位）整体支出绩效目标申报表:
        # `年度部门整体支出预算（万元） | 资金总额` over its money by income and by spending).
        "部门整体支出预算", "部门整体支出年度预算", "部门整体预算", "部门预算", "部门年度预算", "部门资金",
        "年度预算收支情况", "预算收支情况", "部门预算收支情况", "收支预算情况",
        # A self-evaluation's itemisation of its money by kind (Hunan): the rows below it
        # stay in the money block.
        *MONEY_GROUP_LABELS,
    )),
    ("total", TOTAL_LABELS),
    # Not 上级资金: the Hunan form prints it beside 年度本级预算金额, which it is no part of.
    ("fiscal_part", (
        "财政拨款", "当年财政拨款", "本年财政拨款", "财政拨款数", "财政拨款资金", "财政资金", "中央补助", "中央补助安排",
        "中央资金", "市级资金", "区级资金", "省级财政安排", "预算资金", "财政拨款小计",
        "当年财政资金", "本级财政资金", "上级补助资金", "上级补助", "上级转移支付资金", "本级资金", "本级预算",
        # Money from the governments above named together (衡山's 县级专项资金 form: `其中：中央、
        # 省、市补助 | 700.00` beside `县级资金`).
        "中央、省、市补助", "中央省市补助", "中央、省补助", "省、市补助",
        "本级财政",
        # This year's allocation beside the money carried over (`其中：本年安排 | 上年结转`): not
        # a total for ending in 安排资金.
        "本年安排", "本年安排资金", "当年安排", "当年安排资金", "本年预算安排", "当年预算安排",
        # Money itemised by the level of government that gives it (Yunnan: 中央补助资金 |
        # 省级补助资金 | 州市级配套资金 | 县级配套资金, with no total printed).
        "中央补助资金", "省级补助资金", "市级补助资金", "省级资金", "县级资金", "省级配套资金",
        "市级配套资金", "县级配套资金", "区级配套资金", "省级配套", "市级配套", "县级配套", "区级配套",
        # An autonomous prefecture's own money (Qinghai, Yunnan, Sichuan: 中央资金 | 州级资金 | 合计).
        "州级资金", "州级补助资金", "州级配套资金",
        # The budget of each level of government (Guangxi: 中央财政 | 自治区财政 | 县级财政 | 合计);
        # an autonomous region's is its province's.
        "中央财政", "省级财政", "自治区财政", "市级财政", "州级财政", "县级财政", "区级财政",
        "自治区资金", "自治区补助资金",
        # A 区域绩效自评表's central subsidy beside the local matching money (`其中：中央财政补助资金
        # | 地方财政配套资金`).
        "中央财政补助资金", "中央财政资金", "地方财政配套资金", "地方配套资金",
        # Local money below the province taken together (`其中：中央补助 | 省级资金 | 市县资金`),
        # or a banner's and a league's in Inner Mongolia (`自治区资金 | 旗县资金`).
        "市县资金", "市县级资金", "市县配套资金", "旗县资金", "旗县级资金", "旗级资金", "旗级配套资金",
        "盟市资金", "盟市级资金",
        # The Xinjiang Production and Construction Corps' levels (兵团 as a province, 师市 as a
        # prefecture, 团场 as a county: `其中：兵团补助资金 | 师市本级资金`).
        "兵团补助资金", "兵团补助", "兵团资金", "师市资金", "师市本级资金", "团场资金",
        # 衔接推进乡村振兴补助资金, also by the government that gives it (`其中:中央衔接资金`,
        # `省级衔接资金`: matched by their ending).
        "衔接资金",
    )),
    # Kinds of budget money (按收入性质): 财政拨款 itemised under a 财政拨款 row (`(一)财政拨款小计 |
    # 1、一般公共预算`), or the fiscal sources themselves where no 财政拨款 row is printed.
    ("fund_kind", (
        "一般公共预算", "一般公共预算拨款", "一般公共预算资金", "政府性基金拨款", "政府性基金预算拨款",
        "政府性基金", "国有资本经营预算", "纳入专户管理的非税收入拨款", "财政专户管理的非税收入",
        # Not a money block's label for ending in 预算资金 (`其中：政府性基金预算资金 | 1,080.00`).
        "政府性基金预算", "政府性基金预算资金", "国有资本经营预算资金",
        # 大庆's form: `财政拨款 | 政府性基金拨款 | 财政专户拨款 | 其他资金 | 上年结转 | 事业基金弥补差额`.
        "财政专户拨款",
    )),
    ("other_part", (
        "其他资金", "其它资金", "地方资金", "其他", "自有资金", "自有资金小计", "其他收入",
        "上年结转资金", "财政专户管理资金", "单位资金", "上年结转", "结转资金", "社会投入资金",
        "银行贷款",
        # 广东's 省级专项资金 form: `筹资方案 | 已落实资金` beside `申报省级资金` (the money asked for).
        "已落实资金",
        # Money the unit or the village raises itself or borrows (乡镇 衔接资金 forms: 上级补助 |
        # 本级财政 | 自筹, no total printed; a construction project's 自筹资金, 社会资金,
        # 专项债券资金; a state enterprise's project, 企业自筹): parts of the total like 其他资金,
        # not appropriations.
        "自筹资金", "单位自筹", "单位自筹资金", "自筹", "群众自筹", "企业自筹", "企业自筹资金",
        "社会资金", "社会资本", "债券资金",
        "专项债券", "专项债券资金", "地方政府专项债券", "政府债券资金", "上年结余资金", "结余资金",
        "上年结余", "上年结转结余",
        # ... and a public institution's reserve fund making up the difference (大庆's form).
        "事业基金弥补差额",
    )),
    ("money_heading", (  # SPENDING_SPLITS: how these part a department's total
        "资金来源", *MONEY_HEADING_AMOUNTS, "项目支出", "基本支出",
        # The heading over a self-evaluation's money rows by kind of spending (`支出类别 | 年初预算数
        # …` over `合计`, `基本支出`, `项目支出`), as 资金来源 is over its fund rows.
        "支出类别", "收入类别",
        # 湖北's 部门整体支出绩效目标申报表 (广水): `当年金额` over the money of the year, its rows
        # grouped under `收入构成` and `支出构成`.
        "当年金额", "收入构成", "支出构成",
        # A department's spending's whole beside its parts, under its income's (`收入预算合计 | …`
        # over `支出预算合计 | 基本支出 | 项目支出`): a heading of the spending split, no total.
        "支出预算合计", "支出合计", "支出预算",
        # 基本支出 given as its two parts (`资金总额 | 人员经费 | 公用经费 | 项目支出`).
        "人员经费", "公用经费",
    )),
    *SPENDING_LABELS,
    # The money block's points and score, named for the rate they score (重庆: `执行率（%） |
    # 执行率权重 | 执行率得分（分）`).
    ("weight", ("分值", "权重", "分值权重", "指标权重", "执行率权重", "执行率分值")),
    ("score", ("得分", "自评得分", "实际得分", "执行率得分")),
    # A self-evaluation's total score in its header (重庆: `自评总分（分） | 97.75`), no 总分 row.
    ("score_total", ("自评总分", "自评总得分")),
    # A score printed as a percentage of the points it is out of (`得分系数(%)`: 100 is full
    # marks), not as points.
    ("score_coefficient", SCORE_COEFFICIENT_LABELS),
    ("reason", (
        "原因", "偏差原因", "偏差原因分析", "未完成原因", "偏差原因说明", "原因说明", "偏差说明", "调整说明",
        "调整原因",
    )),
    # Last year's money beside the year's (大庆's form: `资金来源 | 项目 | 上年度预算安排 | 上年度实际
    # 执行 | 本年度申请金额` over `合计`, `财政拨款` …): headings of the money block whose figures
    # are no measure of the year's, kept as fields.
    ("money_before", (
        "上年度预算安排", "上年度实际执行", "上年度预算安排资金", "上年预算安排", "上年实际执行", "上年度预算数", "上年度执行数",
        "上年预算数", "上年执行数", "上年度决算数", "上年决算数",
        # 岳阳楼区's 申报表: `项 目 | 上年度安排资金 | 本年度申请资金`.
        "上年度安排资金", "上年安排资金",
    )),
    # What the year's budget was changed by (`年初预算 | 年度预算调整 | 调整后的预算`, -20): a
    # heading of the money block whose figures are no measure of it.
    ("budget_change", (
        "年度预算调整", "预算调整数", "预算调整", "调整数", "调整金额", "年中调整数", "年中调整",
        "年中调整金额", "追加调减数",
    )),
    ("goal_period", GOAL_PERIOD_LABELS),
    ("goal_annual", GOAL_ANNUAL_LABELS),
    # Why the goals were missed, a heading beside theirs (`年度绩效目标 | 实际完成情况 |
    # 偏差原因分析及改进措施` over their texts): kept as a field of the project.
    ("goal_deviation", (
        "偏差原因分析及改进措施", "偏差原因及改进措施", "未完成原因分析及改进措施",
    )),
    # The year's goal as adjusted during it, beside the one set with the budget (重庆: `年初绩效目标
    # | 全年（调整）绩效目标 | 全年目标实际完成情况`): kept as a field of the project.
    ("goal_adjusted", ("全年（调整）绩效目标", "调整后绩效目标", "全年调整绩效目标", "调整后目标")),
    ("goal_actual", (
        "实际完成情况", "年度总体目标完成情况综述", "年度目标完成情况", "总体目标完成情况",
        "全年目标实际完成情况", "年度总体目标完成情况", "目标完成情况", "绩效目标完成情况",
        "年度绩效目标完成情况",
    )),
    # The department's tasks of the year, one a row under headings (Fujian: 年度履职目标 | 部门职能
    # | 年度目标任务; Sichuan: 年度主要任务 | 任务名称 | 主要内容).
    ("duty_block", ("年度履职目标", "履职目标", "年度主要任务", "主要任务")),
    # A6's cost block: what the budget is made of, one item a row under these headings beside
    # 金额 (`项目预算成本构成 | 金额 | 测算依据 | 以前年度执行情况`); not the project's money.
    ("cost_block", (
        "项目预算成本构成", "预算成本构成", "项目成本构成", "成本构成", "项目成本测算",
        # 大庆's form: `项目支出内容及明细预算（万元） | 项目 | 上年度预算安排 | … | 资金测算依据及说明`.
        "项目支出内容及明细预算", "明细预算",
        # 岳阳楼区's: `支出明细预算（万元） | | 项 目 | 上年度安排资金 | 本年度申请资金 | 测算依据及说明`.
        "支出明细预算",
    )),
    ("cost_heading", (
        "测算依据", "测算依据及说明", "以前年度执行情况", "以前年度预算执行情况", "上年执行情况",
        "历年执行情况", "资金测算依据及说明",
        # 鄂州's form: `项目预算成本构成 | 金额 | 测算（公式）依据 | 2020年实际执行数 | …`.
        "测算(公式)依据", "测算公式及依据",
    )),
    # ... and Xinjiang's (`年度履职目标 | 工作任务 | 预算数（万元）`, a task and its money a row).
    ("duty_heading", (
        "部门职能", "年度目标任务", "支出项目名称", "职能", "任务名称", "主要内容", "工作任务",
        "履职事项",
        # 乡宁's `年度履职目标 | 序号 | 履职目标 | 主要内容 | 预算金额`: the tasks' numbers, and each
        # task's name under the block's own word (a heading right of the block label).
        *ROW_NUMBER_LABELS, "履职目标",
        # What became of each task (`年度主要任务 | 完成情况`, Shanghai, the tasks in the label's
        # own column; `… | 执行数 | 完成情况`, Tibet).
        "完成情况", "任务完成情况",
        # The kind of spending a part of the tasks is, merged down its tasks (蒙自: `支出类型 |
        # 任务名称 | …` over `基本支出 | 人员经费 | …`): a task's cell, no money label.
        "支出类型",
    )),
    ("signoff", ("项目责任人", "单位", "填表人", "填报人", "单位负责人", "联系电话", "填报日期")),
    ("other_field", (
        "项目属性", "项目类别", "项目类型", "项目性质", "归口科室", "归口业务科室", "项目负责人及电话",
        "项目负责人", "项目概况", "立项依据", "项目设立必要性", "项目实施计划", "部门预算编码",
        "资金用途", "是否政府采购", "项目基本情况",
        # 四川's 一体化 self-evaluation (510000_0013zp): `项目基本情况 | 1.项目年度目标完成情况` heads
        # the goals' own headings below (`项目年度目标 | 年度目标完成情况`), no goal of its own;
        # and `2.项目实施内容及过程概述` its text.
        "项目年度目标完成情况", "项目实施内容及过程概述",
        # ... and 湖北's department-wide form's money beside the year's (`近两年收支金额 | 占比`).
        "近两年收支金额", "占比",
        # How the money block's score is reckoned, a heading beside its 得分 (北京's form:
        # `执行率(B/A) | 得分 | 得分计算方法` over `执行率×该指标分值，…`).
        "得分计算方法", "计分方法", "评分方法",
        # The project's code in a cell of its own beside the name (`项目名称 | … | 项目编号 | 2019-…`).
        "项目编码", "项目编号", "项目代码",
        # ... and a department's beside its name (`部门编码 | 部门名称 | 全年预算数 …`).
        "部门编码", "部门代码", "单位编码", "单位代码",
        # The budget's classification of the fiscal money beside its figure (奉节's form:
        # `其中：财政资金 | 80 | 财政资金科目代码 | 21305`, `财政资金预算分类 | 一般公共预算`).
        "科目代码", "财政资金科目代码", "功能科目代码", "支出功能分类科目", "财政资金预算分类",
        # The grade a department-wide self-evaluation gives itself beside its money (`… | 得分 |
        # 自评结论`, over `… | 91.5 | 优`).
        "自评结论",
        # The Hunan form's money from above beside 年度本级预算金额: no part of that total (so
        # not a fiscal_part), a field of its own; after 其中, a part (PARTS_AFTER_OF_WHICH).
        "上级资金",
        # A 衔接资金 项目库 form's description of the works (`建设性质 | 新建`, `建设地点`,
        # `建设内容及规模`), and the level of government whose budget holds the project
        # (`预算级次 | 乡镇级`): fields, their figures no amounts. Not `补助标准` nor `受益对象`:
        # labels match by their ending, and indicators' names end so (`禁牧补助标准`).
        "建设性质", "建设地点", "建设内容及规模", "预算级次",
        # A form's numbered section heading over its names (`一、项目基本信息`), no value of its own.
        "项目基本信息",
        # A department-wide table's account of the department's duties (Anhui, Gansu).
        "部门职能职责概述", "职能职责概述",
        # The execution's score as a share of its points beside them (`权重 | 得分率 | 得分`).
        "得分率",
        # A note beside the money block's figures (`… | 得分 | 备注` over `… | 9.37 | 年中追加…`).
        "备注",
    )),
)  # fmt: skip

# The header-block fields a converter reading a table column by column may print as two runs,
# their labels one a line, then their values in the same order (`pipeline.read.read_down`), by
# the kind of value each takes: an amount, or text that is none. A block's label (项目资金,
# 总体目标) heads no value of its own, and a goal's text may run over several lines: neither is
# among them.
FIELDS_READ_DOWN = {
    "project_name": "text", "parent_project": "text", "department": "text",
    "finance_department": "text", "impl_unit": "text", "other_field": "text", "period": "text",
    "period_start": "text", "period_end": "text",
    "total": "amount", "fiscal_part": "amount", "other_part": "amount",
    # A department's budget parted by spending (`资金总额 / 其中：基本支出 / 项目支出`, then
    # their three figures).
    "money_heading": "amount",
}  # fmt: skip

# Labels that name a money block's total only inside the block (`项目资金(万元) | 合计 | 120` over
# `其中:财政拨款 | 100`, `资金来源 | 合计 | 财政资金 | 其他` over a row of figures, a 合计 row
# under a self-evaluation's fund sources): elsewhere a 合计 is a list's subtotal or the points
# under the indicators (POINTS_TOTAL_LABELS), so they are none of TOTAL_LABELS.
MONEY_BLOCK_TOTAL_LABELS = (
    "合计", "总计", "资金合计", "金额合计", "合计金额",
    # The year's budget's own total under its block's label (`本年度预算（万元） | 本年度预算合计 |
    # 720.00` over `其中：区级财政资金`).
    "本年度预算合计", "本年预算合计", "年度预算合计", "预算合计",
)  # fmt: skip
# ... and the words that close an itemised block's items with their sum besides those (宾阳's
# tasks: `| 小计 | | 12,486.35` under `任务名称 | 主要内容 | 预算金额`): no total of a money block's
# own, where 小计 sums some of its parts. Said of a part of the items (`小计（基本支出）`,
# `项目支出小计`), it sums the items since the subtotal before it, and a 合计 after subtotals
# sums them.
ITEMS_TOTAL_LABELS = ("小计",)
# Fund parts named by the government that gives them without 资金 (衔接资金 forms: `其中：中央补助`
# then `省级补助`, `县级配套` on the lines below), read as such only inside a money block: as
# labels anywhere they would end project names (`高标准农田建设省级补助`).
MONEY_BLOCK_PART_LABELS = (
    "省级补助", "市级补助", "州级补助", "县级补助", "区级补助", "省级配套", "市级配套", "州级配套",
    "县级配套", "区级配套", "地方配套", "地方配套资金",
    # An autonomous region's (Ningxia, Xinjiang, Guangxi, Tibet, Inner Mongolia: its province's),
    # an autonomous prefecture's, and a league's and a banner's in Inner Mongolia.
    "自治区补助", "自治区配套", "自治州补助", "自治州配套", "盟市补助", "盟市配套", "旗县补助",
    "旗县配套", "市县补助", "市县配套", "旗级补助", "旗级配套", "盟级补助", "盟级配套",
    # ... and a level's own money as what it arranges (广西's form: `其中：中央补助 | 自治区补助 |
    # 县级安排`).
    "省级安排", "市级安排", "州级安排", "县级安排", "区级安排", "旗级安排", "本级安排",
)  # fmt: skip
# Labels that name a fund part only after 其中 (`其中：上级资金` under 年度资金总额 in a 衔接资金
# form's money block); alone they are fields of their own (the Hunan form's 上级资金).
PARTS_AFTER_OF_WHICH = ("上级资金",)
# Totals' labels that name a part when written after 其中 in their own cell (`资金总额 | 1500` over
# `其中：年度本级预算金额 | 320` and `上级资金 | 1180`): the money of the government's own level,
# one part of the whole printed above. Alone (the Hunan form's `年度本级预算金额 | 上级资金`), the
# total.
TOTALS_PARTS_AFTER_OF_WHICH = ("年度本级预算金额", "本级预算金额", "本年本级预算金额")
# Fund parts named by the level of government that gives them (`其中:中央补助`, `省级财政安排`).
# A form whose parts are all such shares does not say they make up its total: A7's `项目总投资
# 850 | 中央补助安排 0 | 省级财政安排 200` leaves the local money unprinted. Its total is then held
# only against parts that exceed it; a residual part (其他资金, 地方资金) beside them, or a total
# that is their 合计 (MONEY_BLOCK_TOTAL_LABELS), makes the parts the whole again.
SHARE_PART_LABELS = (
    "中央补助", "中央补助安排", "中央资金", "中央补助资金", "省级财政安排", "省级补助资金", "省级资金",
    "省级配套资金", "市级资金", "市级补助资金", "市级配套资金", "区级资金", "区级配套资金", "县级资金",
    "县级配套资金", "州级资金", "州级补助资金", "州级配套资金", "上级补助资金", "上级补助",
    "上级转移支付资金", "本级资金", "中央财政", "省级财政",
    "自治区财政", "市级财政", "州级财政", "县级财政", "区级财政", "自治区资金", "自治区补助资金",
    "中央财政补助资金", "中央财政资金", "地方财政配套资金", "地方配套资金", "市县资金", "市县级资金", "市县配套资金", "旗县资金", "旗县级资金", "旗级资金", "旗级配套资金",
    "盟市资金", "盟市级资金", "兵团补助资金", "兵团补助", "兵团资金", "师市资金", "师市本级资金",
    "团场资金", *MONEY_BLOCK_PART_LABELS,
)  # fmt: skip
# Headings that only say which period a money block's column holds (`项目资金(万元) | 中期 |
# 年度` over `合计 | 300 | 120`), read as such only inside the block; their scope is SCOPE_WORDS'.
MONEY_SCOPE_HEADINGS = (
    "中期", "年度", "长期", "本年度", "当年", "实施期", "中期资金", "年度资金", "实施期资金",
    "中期金额", "年度金额", "中期预算", "年度预算",
    # The totals' labels said as headings of the figures under them (`中期资金总额 | 年度资金总额`
    # over `财政拨款 | 1,260.00 | 420.00`): read so only in a row of such headings.
    "中期资金总额", "年度资金总额", "实施期资金总额", "实施期金额", "实施期预算", "本年度资金总额",
)  # fmt: skip
# ... which a table may write with the years they span, or write as years alone
# (`中期（2025—2027年）`, `2025年度`, `2025-2027年`): the years taken off, a heading above or
# nothing but 度 is left.
PERIOD_YEARS = r"[（(]?\d{4}年?(?:[-—–~～至到]\d{4}年?)?[）)]?"

# Headings of the column a money block's fund parts stand in, beside headings of a period
# (`资金来源 | 资金性质 | 中期资金总额 | 年度资金总额` over `| 财政拨款 | 1,260.00 | 420.00`): they
# name no figures' column, so the row is still one of period headings only.
MONEY_PART_COLUMN_HEADINGS = (
    "资金来源", "资金性质", "资金构成", "资金类别", "资金来源及性质", "支出类别", "收入类别",
    "项目",  # `年度预算申请 | 项目 | 2026年预算数 | 说明` over `资金总额 | 13,313,500.00`
)  # fmt: skip
# Headings of a money block's column of notes on its rows (`… | 2026年预算数 | 说明` over `其他资金
# | 450,000.00 | 事业收入`): fields of the project by row, no figures. Only inside a money block:
# elsewhere `说明` alone opens a table's notes.
MONEY_NOTE_HEADINGS = ("说明", "备注", "资金说明", "说明事项")

# Template leftovers printed as indicator names: names made only of these are not indicators
# (a slash marks a row left unfilled as not applicable: `指标1：/ | / | /`).
PLACEHOLDER_CHARS = ".…。*★☆-—_/ "
# A template's numbering before the name it asks for (`指标1:`, `指标2:`): a name that is only
# this word, a number, a separator and placeholders (`指标3:……`) is an unfilled template row too.
PLACEHOLDER_NUMBERING = ("指标",)
PLACEHOLDER_SEPARATORS = ":、."

# The numbering a table writes before an indicator's name (`1.`, `2、`, `（1）`, `⑴`, `①`), taken
# off the name into `indicator_seq` (`indicator_grid.numbered_name`): circled and bracketed
# numbers by the number they stand for, digits closed by a bracket or followed by a mark (a
# digit after the mark is a decimal: `1.5米护栏` keeps its name).
NAME_NUMBER_SIGNS = {
    **{chr(0x2460 + n): n + 1 for n in range(20)},  # ① .. ⑳
    **{chr(0x2474 + n): n + 1 for n in range(20)},  # ⑴ .. ⒇
}
# Marks a list style prints before each name instead of a number (`● 改造老旧小区数量`: Word's
# bullets kept as text), taken off the name, no number of the indicator's own. Not ★ nor ☆:
# they mark a core indicator, a template's placeholder alone.
NAME_BULLETS = "●•◆◇■□▪▫►▶➢➤❖"
NAME_NUMBER_BRACKETS = {"(": ")"}  # compared after NFKC (`（1）` is `(1)`, `１．` is `1.`)
NAME_NUMBER_ENDS = ".、"
# Marks a clerk typing a block's names as a list ends each name with (`修缮传统民居；`, the
# block's last `新增消防栓。`), compared after NFKC: list typing, taken off the name.
NAME_END_MARKS = ";。"
# ... of which the full stop ends a name written as a sentence too (`预算支出进度是否达到90%以上。`):
# taken off only a list's item's name (numbered, or its target ending so too).
SENTENCE_END_MARKS = "。"
# The mark between the parts of an outline number, a row's place in the tree of its levels
# (`1.1.2 专题培训班` under `1.1 数量指标` under `1 产出指标`): of three parts or more, or set
# off from the name by white space or a NAME_NUMBER_ENDS mark, so that a decimal (`1.5米护栏`)
# is none.
OUTLINE_NUMBER_SEPARATOR = "."

# What joins the levels of an indicator's path as an export prints it: both levels in one level
# cell (`产出指标/数量指标` under `一级/二级指标`), or the row's 二级 before the name in the name's
# cell (`数量指标-培训人数`). Compared after NFKC (`／`, `－`, `：` are `/`, `-`, `:`).
LEVEL_PATH_SEPARATORS = "/-—–_:>|·"

# A target or actual cell printing only one of these marks says there is none (`/` for a survey
# not made, `—` for no target set): no value. Unlike an amount's, `无` is not among them: it
# answers `无重大安全事故`.
NO_VALUE_MARKS = ("/", "-", "—", "--", "——", "\\")
# What a self-evaluation's 分值 or 得分 cell prints for points it does not give, beside the marks
# of no value (NO_VALUE_MARKS): not scored, or not applicable to the indicator.
NO_POINTS_WORDS = (
    "未评分", "不评分", "暂不评分", "未打分", "不计分", "暂不计分", "不适用", "不涉及", "无",
)  # fmt: skip
# What a self-evaluation's account of an indicator it does not score says (`…用地审批未完成，本
# 年度未实施，该指标不参与评分`), written in the actual's cell merged across the points, score and
# reason cells: the row's reason, no actual.
UNSCORED_REASON_WORDS = (
    "不参与评分", "不予评分", "不纳入评分", "不参与考核", "不作评分", "不计分", "不评分", "未评分",
    "暂不评分",
)  # fmt: skip

# The label of a row numbering the columns above it (`栏次 | 1 | 2 | 3`), as a 决算 form prints
# under its column labels (`grid_rows.numbers_columns`).
COLUMN_NUMBER_LABELS = ("栏次", "栏号", "列次")

# Ditto marks a clerk writes in a level cell for "the level above goes on" (`产出指标` then
# `同上`, `〃`): the cell names no level of its own, as if it were merged with the one above.
DITTO_MARKS = ("同上", "〃", "仝上", "同前")

# An indicator row a converter broke onto two lines (`indicator_grid.unwrap_rows`): marks the
# end of a wrapped name may open with and no name opens with (`培训人数(含线上` over `)`,
# compared after NFKC), the brackets a name's first line may leave open for its end to close,
# and words that open a sub-row of the indicator above (`其中桃树种植面积`), never an end.
WRAPPED_END_MARKS = ")]}》”、,。;:%"
# A line a converter wrapped is a long name's: a row printing only a name, narrower than the
# line above it, is read as that line's end (with a warning) where the line is at least this
# share of the width of its column's widest name that prints a value; under a shorter line it
# may be an indicator whose target was left empty, and stays one.
WRAPPED_LINE_SHARE = 0.6
NAME_BRACKETS = {"(": ")", "[": "]", "《": "》", "“": "”"}
SUB_ROW_WORDS = ("其中",)

# Roles whose labels name them only written whole, never as the end of a longer label: a
# label ending in a measure names the reasons it follows too (`未完成原因及整改措施`), or ends
# one a converter wrapped (`偏差原因分析` over `及改进措施`); a project's name ends in a money
# heading's words (`学前教育生均公用经费` is a name beside 项目名称, not a 公用经费 heading).
WHOLE_LABEL_ROLES = (
    "measure", "rating", "verdict", "money_heading", "fund_fiscal", "fund_special", "fund_other",
    "fund_share",
)  # fmt: skip

# The grades a table prints for a standard (`优 | 良 | 中 | 差`, Hebei) or an indicator's result,
# or gives itself in brackets after its total score (`95.3分（优）`).
GRADE_WORDS = ("优", "良", "中", "差", "优秀", "良好", "合格", "不合格", "较差")
# A column saying whether each indicator's target was attained, in the author's own words, and
# the words it prints (`是否达成 | 是`).
VERDICT_LABELS = ("是否达成", "是否达标", "是否完成", "是否达到", "是否达成目标", "是否完成目标")
VERDICT_WORDS = ("是", "否")

# A column printing each indicator's levels as a code (`A1`), a legend above the table naming the
# level each code stands for (`指标代码：A 产出指标（A1 数量指标，A2 质量指标）`): read as the
# levels, put in columns of these labels before it (`layouts/legend.py`).
LEVEL_CODE_LABELS = ("指标代码", "指标编码", "指标编号", "指标层级代码", "层级代码")
LEVEL_CODE_COLUMNS = ("一级指标", "二级指标")

# Labels of the indicator columns (and of project columns in one-row-per-indicator lists).
COLUMN_LABELS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("indicator_block", (
        "绩效指标", "年度绩效指标", "本年度绩效指标", "长期绩效指标", "中期绩效指标", "绩效指标表",
        "总目标绩效指标", "总体绩效指标",
        # A self-evaluation's heading down the side of its indicators (安徽: `年度绩效指标完成
        # 情况 | 一级指标 | …`), not the actuals' column.
        "年度绩效指标完成情况", "绩效指标完成情况",
        # A group's heading over its own level and value columns, without 绩效 (`一级指标 |
        # 中期指标 | | | 年度指标` over `二级指标 | 三级指标 | 指标值` twice).
        "中期指标", "年度指标", "长期指标", "实施期指标", "实施期绩效指标",
    )),
    ("level1", (
        "一级指标", "一级目标", "绩效指标分类", "一级", "一级指标名称",
        # A 范本's (乡宁): `评价内容 | 绩效内容 | 参考标准 | 绩效目标值` over `投入 | 时效目标 | …`.
        "评价内容",
        # An import workbook's columns (四川's 增发国债 sheets: `一级绩效指标名称 | *二级绩效指标 |
        # *三级绩效指标名称`).
        "一级绩效指标名称", "一级绩效指标",
        # The category of each indicator, its 一级 or both levels joined (`产出指标-数量指标`).
        "指标类别", "绩效指标类别",
        # The kind of goal an indicator serves (`目标类型 | 指标类别 | 指标名称`: 产出指标 over
        # 数量指标); the 指标类别 beside it is then the 二级 (`indicator_grid._second_level1`).
        "目标类型",
        # The levels as a category and its subcategory (`指标大类 | 指标子类 | 具体指标`).
        "指标大类", "一级分类",
    )),
    ("level2", (
        "二级指标", "二级", "二级指标名称", "指标子类", "指标小类", "二级分类", "二级绩效指标",
        "二级绩效指标名称",
    )),
    ("level3", (
        "三级指标", "指标内容", "指标名称", "绩效内容", "指标", "绩效指标", "三级", "三级指标名称", "具体指标",
        "绩效指标名称", "指标明细", "三级绩效指标", "三级绩效指标名称",
        # 广东's 省级专项资金 form: `指标类别 | 个性化指标 | 上年度实际水平 | 本年度计划完成水平`.
        "个性化指标",
    )),
    ("value", (
        "指标值", "指标目标值", "目标值", "绩效目标值", "指标值及单位", "指标值(包含数字及文字描述)",
        "指标值(或计划水平)", "当年预期实现值", "预期实现值", "年度指标值", "年初目标值", "年初指标值", "调整指标值",
        "中期指标值", "实施期指标值", "实施周期指标值", "年度目标值", "年度计划值", "计划值", "预期目标值",
        # The number's own column of split value columns (`年度指标值` over `符号 | 数值 | 单位`,
        # `指标值` over `符号 | 值 | 单位`).
        "数值", "值",
        # The figure the project expects beside the one before it (`历史值 | 预期值`; 大庆's
        # form: `上年度实际水平 | 本年度计划水平`).
        "预期值", "年度预期值", "本年度计划水平", "计划水平", "本年度计划完成水平", "计划完成水平",
    )),
    ("operator", (
        "指标性质", "计算符号", "指标方向", "指标值类型(定量/定性)", "指标值类型", "符号",
        # The comparison a target makes (仙桃: `比较符 | 目标值 | 计量单位`).
        "比较符", "比较符号",
    )),
    ("direction", ("指标方向性", "指标方向(正向/反向)", "指标方向", "方向")),
    ("unit", ("度量单位", "计量单位", "单位")),
    # The actual's own unit, beside the actual (`实际完成值` over `指标值 | 度量单位`, read as
    # `实际完成值 | 实际完成值/度量单位`): `3120 | 亩` is the actual 3120亩. Written with the slash
    # a spanning label is joined to its part with (`recognise._scoped_under`): a table printing
    # `实际完成值 | 计量单位` side by side, its cells joined by spaces, is not read as one label.
    ("actual_unit", (
        "实际完成值/度量单位", "实际完成值/计量单位", "实际完成值/单位", "完成值/度量单位",
        "完成值/计量单位", "完成值/单位", "实际值/度量单位", "实际值/计量单位", "实际值/单位",
    )),
    ("standard", (
        "绩效标准", "指标标准或依据", "评价标准确定依据", "评价标准", "参考标准",
        # How the indicator is scored (一体化 forms: `分值 | 评(扣)分标准`): its standard too.
        "评分标准", "评(扣)分标准", "扣分标准", "评分规则", "评(记)分标准", "记分标准", "计分标准",
        "赋分标准", "评分细则",
        # ... and how its score is reckoned (北京: `全年实际值(B) | 得分计算方法 | 得分`).
        "得分计算方法", "计分方法", "评分方法",
    )),
    ("explanation", (
        "指标解释", "指标值说明", "绩效指标描述", "指标值设置依据", "指标值设定依据", "备注", "指标说明",
        "指标值设定依据及说明", "指标值设置依据及说明", "设定依据及说明", "指标值确定依据",
        "指标值确定依据及说明", "指标内容/计算公式", "指标解释及计算公式说明",
        # The A4 form's name column (level3 above); beside a 三级指标 column that names the
        # indicator it describes what the indicator counts (`三级指标 | 指标内容 | 指标值`).
        "指标内容",
    )),
    ("weight", (
        "分值", "权重", "指标权重", "指标分值权重", "分值权重", "指标分值", "权重分值", "满分", "满分值",
        "标准分值", "标准分", "参考分值",
    )),
    ("actual", (
        "实际完成值", "全年实际值", "完成值", "实际完成指标值", "全年完成值", "指标实际完成值", "实际值",
        "实际完成", "年度实际完成值", "全年实际完成值", "实际完成数", "实际达成值", "指标完成值",
        "实际完成情况", "实际达到值", "完成情况", "全年完成情况", "指标完成情况",
        # Not a second target for ending in 指标值 (`年度指标值 | 完成指标值`: the year's actual).
        "完成指标值", "全年完成指标值", "年度完成指标值", "实际完成数值", "完成数值",
        # What was carried out, beside the target (贵州: `指标值 | 指标执行值`).
        "指标执行值", "执行值",
    )),
    ("score", (
        "得分", "指标得分", "自评得分", "实际得分", "自评分", "评分", "评价得分", "考核得分",
        # The points obtained (`分值 | 实得分`).
        "实得分",
    )),
    ("score_coefficient", SCORE_COEFFICIENT_LABELS),
    ("deviation", (
        "偏差原因分析及改进措施", "未完成原因分析", "未完成原因及拟采取的改进措施",
        "未达到指标值原因", "原因", "说明", "偏差原因", "偏差原因分析", "未完成原因",
        "未完成原因及改进措施", "偏差原因及改进措施", "未完成原因分析及改进措施", "偏差说明",
        "未完成原因和改进措施", "原因分析及改进措施", "偏差分析", "原因分析", "偏差原因说明",
        "指标未完成原因和改进措施", "指标未完成原因",
        "偏差原因及说明", "差异原因", "未达标原因", "未完成原因说明", "未达到原因",
        "扣分原因", "扣分原因分析", "扣分说明", "扣分原因及改进措施",
        "未完成原因及整改措施", "偏差原因及整改措施", "偏差原因分析及整改措施",
    )),
    # Known columns an indicator keeps as extra cells: last year's figures, evidence, the
    # points deducted beside the score (`分值 | 扣分 | 得分`: 扣分 + 得分 = 分值), the actual's
    # signed deviation from the target (`偏差 | +2%`, `偏差度 | -4.0%`, `延期15天`: not its reason),
    # the actual as a share of the target (`指标完成率 | 104.0%`), the score as a
    # share of its 分值 (`得分 | 得分率`: 8 of 10 is `80%`), and the rows' numbers (a department
    # list numbers its rows on through its projects: no 序号 of the indicator's own), and
    # whether the indicator is one every project shares (`指标类型 | 共性指标`, `个性指标`) or one
    # the department marks as core (`是否核心指标 | 是`, `否`).
    ("other_column", (
        "指标类型", "是否核心指标", "上年完成值", "指标赋分规则", "佐证资料", "完成率", "上年实际完成值", "上年实际值", "上年度完成值",
        "上年度实际完成值", "上年同期值", "上年同期完成值", "扣分", "扣分值", "扣减分值", "扣减分数", "偏差", "偏差值",
        "偏差率", "得分率", "偏差度", "指标完成率", *ROW_NUMBER_LABELS,
        # The figure before the project (`基期值`, `历史值`: `2020年1.8万亩`), how the figure is
        # computed (`合格设备数/验收设备数×100%`), where it comes from, what proves it and how it
        # is checked: no target, though they print figures.
        "基期值", "历史值", "计算公式", "数据来源", "佐证材料", "考核方式",
        # Last year's target printed before the year's (`上年目标值 | 本年目标值`): neither
        # the year's target nor the period's.
        "上年目标值", "上年度目标值", "上年指标值", "上年度指标值", "上年目标", "上年度目标",
        "上年度实际水平", "上年实际水平", "上年自评值", "上年度自评值",
        # The levels' codes (`A1`), read as levels where a legend names them (`legend.py`).
        *LEVEL_CODE_LABELS,
    )),
    # The measures a column of their own beside the reasons prints (`未完成原因 | 整改措施`):
    # kept as the indicator's extra cells, a note (`vocab.untabbed.COLUMN_KINDS`). Known only
    # written whole (`WHOLE_LABEL_ROLES`).
    ("measure", (
        "整改措施", "改进措施", "整改情况",
        # How the project means to reach its targets, beside them (鄂州's form: `绩效指标 |
        # 保障绩效目标实现措施`, the measures merged down the indicator rows).
        "保障绩效目标实现措施", "绩效目标实现措施", "保障措施",
    )),
    # Graded standards printed instead of one value (Hebei): kept per grade, not a target.
    ("grade", GRADE_WORDS),
    # The grade each indicator's result was given (`得分 | 评价等级`: 优, 良, 中, 差), no score:
    # kept as an extra cell. Known only written whole (`WHOLE_LABEL_ROLES`: not `自评等级`).
    ("rating", ("评价等级",)),
    # The author's verdict on each indicator (`实际完成值 | 是否达成 | 分值`: 是, 否), no actual
    # or score: kept as an extra cell. Known only written whole (`WHOLE_LABEL_ROLES`).
    ("verdict", VERDICT_LABELS),
    ("project_name", PROJECT_NAME_LABELS),
    ("department", DEPARTMENT_LABELS),
    ("impl_unit", IMPL_UNIT_LABELS),
    ("period", PERIOD_LABELS),
    # A list's project money in a column of its own (`资金（万元）`, `项目预算（元）`, the unit
    # note aside; the seed's 总计 over one indicator a row).
    ("total", (*TOTAL_LABELS, "金额", "资金", "资金金额", "项目资金", "项目预算", "总计", "合计")),
    # ... and its parts by source in columns of their own beside it (the seed's `总计 | 财政拨款 |
    # 财政专户拨款 | 其他资金` over one indicator a row, Guangdong): the project's sources of funds,
    # as in the packed table (`LIST_FUND_ROLES`). Known only written whole (`WHOLE_LABEL_ROLES`).
    ("fund_fiscal", (
        "财政拨款", "财政拨款资金", "一般公共预算拨款", "财政资金",
        "申请财政资金", "申请市财政资金", "申请县财政资金", "申请区财政资金",
    )),
    ("fund_special", ("财政专户拨款", "财政专户管理资金", "财政专户资金", "财政专户")),
    ("fund_other", ("其他资金", "单位自有资金", "单位自筹", "项目用款单位自筹", "自筹资金", "单位资金")),
    # ... and shares of its appropriations named by the level of government that gives them, a
    # column each (`财政拨款 | 上级补助资金`, `中央资金 | 县级资金`: `fiscal_part` labels of a form's
    # money block too): summed into its 财政拨款, as a form's are (`REPEATED_PROJECT_ROLES`).
    ("fund_share", (
        *SHARE_PART_LABELS,
        # ... or by the budget that gives them (`资金来源` over `一般公共预算 | 政府性基金 |
        # 国有资本经营预算 | 财政专户 | 单位资金`): each a part of 财政拨款 too.
        "一般公共预算", "一般公共预算资金", "政府性基金", "政府性基金预算", "政府性基金拨款",
        "国有资本经营预算", "国有资本经营预算资金", "国有资本经营预算拨款",
    )),
    # A list's project money by source (`资金来源 | 预算数`: 中央资金, 县级资金), merged down
    # the project's rows as its name is: one name over two sources is two projects.
    ("fund_source", ("资金来源", "资金性质")),
    *SPENDING_LABELS,
    *LIST_MONEY_POINTS_LABELS,
    # A list's goal column (a city's list: `阶段性目标`, the year's stage of the project).
    ("goal_annual", (*GOAL_ANNUAL_LABELS, "绩效目标", "阶段性目标")),
    # ... and the project's goal over its whole period beside it (an 一体化 export's `中期目标 |
    # 年度目标`, printed on each of the project's rows).
    ("goal_period", GOAL_PERIOD_LABELS),
)  # fmt: skip

# A department's money by kind of spending, each a money heading printed with a figure (`基本支出 |
# 800.00`, `项目支出 | 550.00`): the sets of kinds that make up its total, 基本支出 or its two
# parts beside 项目支出. Checked against the total where every kind of one set is printed once
# (`spending_split_mismatch`).
SPENDING_SPLITS: tuple[tuple[str, ...], ...] = (
    ("基本支出", "项目支出"),
    ("人员经费", "公用经费", "项目支出"),
)

# Labels of a column whose cells each print an indicator's name and its target parted by a
# colon (福建's 绩效目标评审申报表: `一级指标 | 二级指标 | 绩效目标内容` over `产出 | 数量目标 |
# 危桥加固改造：≥3座`): read as a name's column and a target's.
NAME_AND_VALUE_LABELS = ("绩效目标内容",)

# Labels printed above the labels of the columns they span, on a header's first row, naming no
# column of their own (`自评情况` merged over `分值 | 得分` on the row below): the labels under
# them name those columns. Known only there (`recognise._two_row_labels`).
COLUMN_GROUP_LABELS = (
    "自评情况", "评分情况", "自评结果", "评价情况",
    # A list's money columns under one heading (a city's list: `项目资金申报计划` over `资金总额 |
    # 申请市财政资金 | 项目用款单位自筹 | 其他`).
    "项目资金申报计划", "资金申报计划",
    # The parts of a total beside it (`资金总额 | 其中` over `| 财政拨款 | 其他资金`).
    "其中",
    # A list's project columns under one heading (`项目基本情况 | 绩效指标` over `单位名称 |
    # 项目名称 | 预算数 | 年度目标 | 一级指标 …`).
    "项目基本情况", "项目基本信息",
)  # fmt: skip

# The roles of a one-row-per-indicator list's project columns (not an indicator's fields): a
# self-evaluation's list prints each project's money spent there too (SPENDING_LABELS).
SPENDING_ROLES = tuple(role for role, _ in SPENDING_LABELS)
# A list's columns of a project's sources of funds, each with the part of the total it gives (a
# form's money block's `fiscal_part`, `other_part`; `special_part`, 财政专户拨款, only a list's).
LIST_FUND_ROLES = {
    "fund_fiscal": "fiscal_part",
    "fund_special": "special_part",
    "fund_other": "other_part",
    "fund_share": "fiscal_part",
}
# The roles of a list's project cells that several columns take, each its own cell.
REPEATED_PROJECT_ROLES = ("fund_share",)
# The roles of the money cells that give a source of funds, in the order of the packed table's
# columns (财政拨款, 财政专户拨款, 其他资金).
FUND_PART_ROLES = ("fiscal_part", "special_part", "other_part")
PROJECT_COLUMN_ROLES = (
    "project_name", "department", "impl_unit", "period", "total", *LIST_FUND_ROLES, "fund_source",
    *SPENDING_ROLES, *LIST_MONEY_POINTS, "goal_annual", "goal_period",
)  # fmt: skip

# The roles of the split value family, decided by content as well as by label.
# What joins the labels of one column holding a target and its actual (`年度指标值/实际完成值`
# over `≥95%/98%`): its cells are split at the same mark.
VALUE_ACTUAL_JOINER = "/"
SPLIT_ROLES = ("operator", "direction", "unit", "value")

# Words a target's label uses to say it is the target as adjusted during the year (`年初目标值 |
# 调整后目标值 | 实际完成值`): the actual answers it, the target in force at the year's end, as the
# execution answers 全年预算数 and not 年初预算数; the year's first target is then kept beside it.
ADJUSTED_VALUE_WORDS = ("调整后", "调整", "变更后", "修订后")
# Words of a money heading saying the budget after the year's change (`调整后预算数`, `全年预算数`):
# beside one, another heading read as the adjusted budget (`调整预算数`) is the change itself
# (`年初预算 | 调整预算数 | 调整后预算数`, an 一体化 system's columns).
ADJUSTED_BUDGET_WORDS = ("调整后", "全年")
# ... and words saying it is the target before that adjustment (`调整前目标值 | 调整后目标值`).
BEFORE_ADJUSTMENT_WORDS = ("调整前",)
# Words saying a target is the year's first, set when the budget was (`年初指标值 | 计算符号 |
# 年度指标值 | 度量单位 | 实际完成值`, 山西's 一体化 self-evaluation): beside another of the year's
# target columns, that one is the target in force, which the actual answers.
INITIAL_VALUE_WORDS = ("年初",)

# Words a label uses to say which target it holds; checked in this order (长期 before 年度).
SCOPE_WORDS: tuple[tuple[str, str], ...] = (
    ("中期", "period"), ("长期", "period"), ("实施期", "period"), ("实施周期", "period"),
    ("总投资", "period"), ("总目标", "period"),
    ("本年度", "annual"), ("年度", "annual"), ("当年", "annual"), ("本年", "annual"),
    ("年初", "annual"),
    # An 一体化 system's whole-period indicators (`绩效指标 | 总体绩效指标` over the 2025–2027
    # targets, `绩效指标 | 年度绩效指标` over the year's); after the annual words, as a goal's
    # `年度总体绩效目标` is the year's.
    ("总体绩效指标", "period"),
)  # fmt: skip

# Scope words that, in a fund part's label, tell this year's money from the money carried over
# (`当年财政拨款` beside `上年结转资金`), not which period's total the part is of: under
# `中期资金总额` it is a part of the 中期 total.
PART_YEAR_WORDS = ("本年度", "当年", "本年")

# Words after a scope word that still name the value (`年度指标值：≥95%`, `实施期目标：…`), in a
# value cell holding both targets, each after its scope and a colon (`年度：≥95%；实施期：≥98%`);
# the separators between such parts.
SCOPED_VALUE_SUFFIXES = ("指标值", "目标值", "目标", "值")
SCOPED_VALUE_SEPARATORS = ";,，；、 "

# The unit of the points a level cell prints for its block (`产出指标(50分)`): the weights of
# the block's indicators add up to them.
POINTS_UNITS = ("分",)
# Words before the points a 得分 cell takes off its 分值 where it prints them instead of the
# score (`扣0.5分`: the 分值 less 0.5), or in brackets after it (`8.5（扣1.5分）`).
DEDUCTION_WORDS = ("扣除", "扣减", "扣")
# A 得分 cell saying the indicator got all its points instead of printing them (`满分`): the
# 分值 it is out of.
FULL_MARKS_WORDS = ("满分", "得满分", "全部得分")
# What the weights of a project's indicators add up to: 100, or 90 in a target table that leaves
# the budget execution's 10 points to the self-evaluation; a column of unknown label whose bare
# figures add up so is read as the weights (`indicator_grid._points_column`).
WEIGHT_TOTALS = (100, 90)
# Words between a level and its points in a block label (`其中产出指标权重分值50分`).
POINTS_WORDS = ("权重分值", "分值权重", "权重", "分值", "占", "其中")
# First cells of the row under the indicators that prints the points of the whole table
# (the money block's 分值 and every indicator's weight): `合计 | 100`, `总分 | 100 | 95`, and
# the points scored under 得分 (`自评总分 | 100 | 95`); `总计 | 100 | 98.8` as 合计; a department's
# evaluation of a project (部门评价) names its score `评价得分`.
POINTS_TOTAL_LABELS = (
    "合计", "总计", "总分", "合计分值", "总分值", "总得分", "自评总分", "综合得分", "得分合计", "合计得分",
    "自评得分合计", "自评得分", "自评总得分", "评价得分", "评价总分",
)  # fmt: skip

# Those of them that name the score alone: printed in one cell with its figure
# (`自评得分：92.5`), the figure is what the table scored, not its points.
SCORED_TOTAL_LABELS = (
    "总得分", "自评总分", "综合得分", "得分合计", "合计得分", "自评得分合计", "自评得分", "自评总得分",
    "评价得分", "评价总分",
)  # fmt: skip

# Column roles that only a self-evaluation prints: what the year achieved and the points it
# scored (the indicator table), the money spent (the money block). A table with one of them is
# a self-evaluation (`documents.document_type`), one without a target table. Not a rate alone:
# a target table may print the rate it aims at (奉节's 审批表: `年度预算执行率 | 100% | 分值 | 10分`).
SELF_EVALUATION_COLUMNS = ("actual", "score", "score_coefficient")
SELF_EVALUATION_MONEY = ("executed",)

# Scripts of the minority languages a bilingual table prints its labels in beside the Chinese
# (延边: `主管部门 주관부문`; 内蒙古, 新疆, 西藏 likewise), as ranges of code points: a label's
# words in them only repeat the Chinese words, and are dropped before the label is matched.
BILINGUAL_LABEL_SCRIPTS = (
    ("\u1100", "\u11ff"), ("\u3130", "\u318f"), ("\uac00", "\ud7af"),  # Korean (Hangul)
    ("\u1800", "\u18af"),  # Mongolian
    ("\u0600", "\u06ff"),  # Uyghur (Arabic script)
    ("\u0f00", "\u0fff"),  # Tibetan
)  # fmt: skip

# Marks a system's form sets before the label of a field it requires (`*分值`, `*实际完成值`), or
# after it (海南's form: `一级指标* | 绩效指标值*`): dropped before the label is matched.
REQUIRED_FIELD_MARKS = "*"
# Notes in brackets dropped from a label before it is matched (a year range is dropped too).
LABEL_NOTES = (
    "万元", "元", "单位:万元", "单位:元", "长期", "中期", "年度", "盖章", "签字", "%", "分", "A", "B",
    "B/A", "A/B", "实施期", "单位",
)  # fmt: skip

# Cell words of the split value columns.
OPERATOR_WORDS: dict[str, str] = {
    "≥": ">=", ">=": ">=", "≧": ">=", "=>": ">=", "不低于": ">=", "不少于": ">=",
    "≤": "<=", "<=": "<=", "≦": "<=", "=<": "<=", "不高于": "<=", "不超过": "<=",
    ">": ">", "<": "<", "=": "=", "＝": "=", "≈": "≈", "约等于": "≈", "等于": "=",
    "大于等于": ">=", "小于等于": "<=", "大于": ">", "小于": "<",
    # Bounds in words an operator column writes as a value's text does (`不小于 | 420 | 万平方米`).
    "不小于": ">=", "大于或等于": ">=", "至少": ">=", "不大于": "<=", "不多于": "<=",
    "小于或等于": "<=", "至多": "<=", "高于": ">", "超过": ">", "低于": "<",
}  # fmt: skip
QUALITATIVE_WORDS = ("定性", "定性指标")
# Units a value column's label notes in brackets for every cell under it (`目标值（%）` over
# `≥85`, `100`): a cell printing a bare figure is read with it, as under a 计量单位 column.
VALUE_LABEL_UNITS = ("%", "万元", "元")
# Words an operator column holds that say what kind of value follows, not how to compare it;
# in a unit column, the answers a yes-or-no target chooses from (`否` under `是/否`).
VALUE_TYPE_WORDS = ("定量", "定量指标", "是/否", "是或否", "是否")
# What a unit column prints for no unit (`显著提升 | --`, `0 | /`): nothing to join to the target.
NO_UNIT_MARKS = ("-", "－", "—", "--", "——", "/", "／", "无")
DIRECTION_WORDS: dict[str, str] = {
    "正向": "positive", "正向指标": "positive", "反向": "negative", "反向指标": "negative",
    "中性": "neutral", "中性指标": "neutral",
}  # fmt: skip

# How a sentence ends. A line of a document's prose ends one (`1.项目名称：…；决算金额：336.00万元。`);
# a table's own lines above it (its number, title, year, 编制单位, 单位) end with none of these.
# A row under a table's last indicator printing one cell that ends so is a note on the table
# (`以上指标经单位领导班子集体研究确定。`), not an indicator of that name.
SENTENCE_ENDS = ("。",)
# Marks that part a text's sentences (`；` after NFKC, `。`): a reason's or a note's, never an
# indicator's name (which may part its words with `、` or `，`: `水稻、小麦完全成本保险承保面积`).
SENTENCE_MARKS = (";", *SENTENCE_ENDS)
# Words that join a name to more of it: a list's project name printed ending in one goes on in
# its column on the row below, beside that row's indicator (`…校舍维修改造及` over `消防设施提升`).
NAME_JOIN_ENDS = ("及", "和", "与", "暨", "、", "以及")
# How projects' names end (`…专项经费`, `…补助资金`, `…建设项目`): in a list printing its
# projects' money, a name that ends in none of these goes on in its column on the row below,
# beside that row's indicator and no amount of its own, where the two together end in one
# (`…监察执法专` over `项经费`).
PROJECT_NAME_ENDS = (
    "项目", "工程", "资金", "补助", "补贴", "奖补", "专项", "费", "款", "计划", "行动",
)  # fmt: skip
# How indicators' names end (the measure they name: `…覆盖率`, `…面积`, `…长效机制`), the endings
# of 72% of the 18,006 indicator names of the test fixtures: a name that ends in none of these,
# under which a piece alone on its line makes it end in one (`…绿色防控覆盖` over `率`), is taken
# to be cut there (`grid_rows.completes_name`).
INDICATOR_NAME_ENDINGS = (
    "率", "度", "数", "量", "次", "额", "值", "价", "例", "力", "户", "限",
    "时间", "面积", "里程", "长度", "成本", "标准", "机制", "增收", "收入", "水平",
)  # fmt: skip

# The grade a self-evaluation gives itself under its 总分 (`自评等级 | 优`), or a department's
# evaluation gives the project (`评价等级 | 优`): a field of the project, kept beside its total.
GRADE_LABELS = ("自评等级", "绩效等级", "自评结论", "评价等级")
# Footer rows: review opinions, totals and conclusions below the indicators (and sign-offs,
# `pipeline.vocab.labels.SIGN_OFF_LABELS`).
FOOTER_SUFFIXES = ("意见", "签字", "签章", "盖章)")
# ... and a note's label alone in its cell (`说明 | 无`, `备注 | …` under the last indicator): as a
# whole cell only, for names open with these words (`说明书印制数量`).
FOOTER_WORDS = ("说明", "备注", "注")
FOOTER_PREFIXES = (
    "注:", "说明:",
    # A template's instructions under the table (`填表说明：` over its numbered notes).
    "填表说明", "填报说明",
    # A note on the table as a whole (`备注:本表金额单位为万元`, `本表由单位财务科填报`).
    "备注:", "本表",
    *POINTS_TOTAL_LABELS, "评价结论", "存在问题", "改进措施",
    # A self-evaluation's reasons for the targets missed, under its 总分 (福建: `偏差大或目标
    # 未完成原因分析 | …`; 河北: `偏差原因分析 | …` over `改进措施 | …`).
    "偏差大或目标未完成原因", "目标未完成原因", "偏差原因", "未完成原因",
    # A template's last row for anything else the filer has to say (`其他说明的问题 | 无`).
    "其他说明", "其他需要说明",
    # ... and a 范本's for the rules and measures behind the project (`单位已有的(或拟订的)保证项目
    # 实施的制度、措施 | …`).
    "单位已有的",
    # ... and what the project will bring about, in words (大庆's form: `项目实施效益 | 1. …`).
    "项目实施效益",
    # The grade a self-evaluation gives itself under its 总分 (`自评等级 | 优`): no indicator.
    *GRADE_LABELS,
    # A subtotal under a project's or a level's rows (`小计 | 90 | 88`, a list's `小计 | 150`):
    # kept as a note, as a list's 合计 is; never a project or an indicator.
    "小计",
)  # fmt: skip
# A level's subtotal says so right after the level it closes (`产出指标小计 | 50 | 49.5`): a note too.
LEVEL_SUBTOTAL_SUFFIX = "小计"

# Single-cell lines above a table: its title, the year, the currency unit. A self-evaluation
# printed as two tables titles its indicators' own (`项目绩效指标完成情况表`).
TITLE_WORDS = (
    "绩效目标", "绩效自评", "目标表", "申报表", "自评表", "指标表", "表十", "完成情况表",
    # A department's evaluation of its project (部门评价): `项目支出绩效评价表（部门评价）`.
    "绩效评价表",
)  # fmt: skip
DEPARTMENT_WIDE_WORDS = ("部门整体", "单位整体", "整体支出")
# A title naming its project between quotes right before the word 项目 (`贵安新区2025年度“政务云
# 平台运维服务”项目支出绩效目标表`): the form's project where it prints no 项目名称. The quotes, by
# the mark that opens a name and the one that closes it (compared after NFKC), and the words
# that must follow them.
TITLE_NAME_QUOTES = {"“": "”", "「": "」", "『": "』", '"': '"'}
TITLE_NAME_FOLLOWERS = ("项目",)
# Titles of tables that name no project yet are not department-wide (transfer-payment regions).
REGIONAL_WORDS = ("区域", "转移支付")
# Short forms an amount cell prints (`250万`), by the unit they mean.
CURRENCY_SHORT = {"万": "万元"}
# An amount restated in words after its figure, in brackets, as cheques and contracts write it
# (`3,680.50（叁仟陆佰捌拾万伍仟元整）`, `30（人民币叁拾万元整）`): the words before the numerals,
# the 元 and its fractions, and the ending that says no fraction follows. The words count in 元.
SPELLED_AMOUNT_PREFIXES = ("人民币大写:", "大写:", "人民币", "大写")
SPELLED_AMOUNT_PLACES = {"元": 1, "圆": 1, "角": "0.1", "分": "0.01"}
SPELLED_AMOUNT_ENDINGS = "整正"
