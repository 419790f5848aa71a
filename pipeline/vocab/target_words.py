"""Normalize stage, target values: the words, symbols and units that `targets.parse_target` reads.

Everything the target-value parser recognises is listed here as data, each variant once, so
that a newcomer can extend the parser by adding a row instead of editing a regex.

Forms are listed as they look *after* full-width folding (NFKC): `＞=`, `％`, `～`, `（含）`
arrive here as `>=`, `%`, `~`, `(含)` and need no row of their own.
"""

# Operators written before a number: (written, operator). Comparison words follow
# 民法典 第一千二百五十九条: 以上/以下/以内 include the number, 超过/不满/以外 do not.
PREFIX_OPERATORS: tuple[tuple[str, str], ...] = (
    ("≥", ">="),
    ("≮", ">="),  # not less than, as engineering standards write it (`≮95%`)
    (">=", ">="),
    ("≧", ">="),
    ("⩾", ">="),
    ("大于等于", ">="),
    ("大于或等于", ">="),
    ("高于或等于", ">="),
    ("高于等于", ">="),  # 高于 and 等于 run together without 或, as 大于等于
    ("多于或等于", ">="),
    ("多于等于", ">="),
    ("不低于", ">="),
    ("不少于", ">="),
    ("不小于", ">="),
    ("不下于", ">="),
    ("=>", ">="),  # the two signs typed the other way round
    ("> =", ">="),  # ... or with a space typed between them
    ("≥=", ">="),  # ... or the sign and `=` after it, restating it
    ("至少", ">="),
    ("最少", ">="),
    ("最低", ">="),
    ("起码", ">="),  # `每村起码配备1名村医`: spoken 至少
    ("最短", ">="),  # `最短3年`: at the shortest, a floor on a length, as 最少 on a count
    ("达到", ">="),
    ("达", ">="),
    (">", ">"),
    ("超过", ">"),
    ("高于", ">"),
    ("大于", ">"),
    ("多于", ">"),
    ("逾", ">"),
    ("超", ">"),  # `超九成`, `超90%`: 超过 said short (but see PREFIX_NOT_BEFORE)
    ("突破", ">"),  # `交易额突破50亿元`: to break through a figure is to pass it
    ("≤", "<="),
    ("≯", "<="),  # not greater than (`≯5%`)
    ("<=", "<="),
    ("≦", "<="),
    ("⩽", "<="),
    ("小于等于", "<="),
    ("小于或等于", "<="),
    ("低于或等于", "<="),
    (
        "低于等于",
        "<=",
    ),  # `闲置率低于等于2%`: 低于 and 等于 without 或, as 小于等于 (等于 alone had won)
    ("少于或等于", "<="),
    ("少于等于", "<="),
    ("不高于", "<="),
    ("不超过", "<="),
    ("不超", "<="),
    ("不超出", "<="),  # `不得超出300户`: 超出 is 超过, negated a ceiling (with NEGATION_MODALS)
    ("不突破", "<="),  # `费用不突破80万元`: not to break through it, as 不超过
    ("不多于", "<="),
    ("不大于", "<="),
    ("=<", "<="),
    ("< =", "<="),
    ("≤=", "<="),
    ("至多", "<="),
    ("最多", "<="),
    ("最高", "<="),
    ("最长", "<="),  # `最长7天`: at the longest, a ceiling on a length, as 最多 on a count
    ("控制在", "<="),
    ("<", "<"),
    ("低于", "<"),
    ("少于", "<"),
    ("小于", "<"),
    ("不足", "<"),
    ("不满", "<"),
    ("未满", "<"),
    ("不到", "<"),
    ("=", "="),
    ("等于", "="),
    ("为", "="),
    ("约", "≈"),
    ("大约", "≈"),
    ("大概", "≈"),
    ("大致", "≈"),
    ("近", "≈"),  # `近200人`: nearly 200 (but see LAST_BEFORE_DURATIONS)
    ("将近", "≈"),
    ("接近", "≈"),
    ("约为", "≈"),
    ("≈", "≈"),
    # A place within the first N of a ranking (`前三名`, `排名前10%`, `进入全国前20名`) is at most N;
    # before a length of time or a unit counting things it is the first N, no bound
    # (LAST_BEFORE_DURATIONS, RANK_UNITS).
    ("前", "<="),
    # Deadlines: these only make sense before a date, but a stray one before a number
    # still reads as the bound it names.
    ("截止", "<="),
    ("截至", "<="),
    ("截止到", "<="),
    ("截止至", "<="),
    ("不晚于", "<="),
    ("不迟于", "<="),
    ("不早于", ">="),
    ("早于", "<"),
    ("晚于", ">"),
    # `>` and `<` typed with a Chinese input method on: the same keys give 》 and 《
    # (`》=95%`, `《5%`). Inside a title in book-title marks they are no operators (TITLE_MARKS).
    ("》=", ">="),
    ("〉=", ">="),
    ("》", ">"),
    ("〉", ">"),
    ("《=", "<="),
    ("〈=", "<="),
    ("《", "<"),
    ("〈", "<"),
)

# Words that name the bound a figure after them is, with a word or a colon between or none
# (`上限30万元`, `补助上限为5万元`, `下限：60%`): (written, operator). The word is no context; an
# operator written with the figure wins over it. Not PREFIX_OPERATORS: their first characters
# begin too many ordinary words (`上年度`, `下达`) to start a reading with.
BOUND_WORDS: tuple[tuple[str, str], ...] = (
    ("上限", "<="),
    ("下限", ">="),
    ("保底", ">="),  # `年收入保底5万元`: a guaranteed minimum, the figure a floor, as 下限
)
# ... what may stand between such a word and its figure.
BOUND_WORD_LINKS: tuple[str, ...] = ("为", "是", ":")

# Words a figure's sign is written with before it: `零下18℃` is -18 ℃, never the numeral 零.
BELOW_ZERO_WORDS: tuple[str, ...] = ("零下",)

# Modal words written between the 不 of a negated comparison and the rest of it (`不得超过` is
# `不超过`: must not exceed; `不应少于`, `不宜超过`, `不能低于`): each operator above that opens
# with 不 is also read with one of them inside, never as the comparison without its 不.
NEGATION: str = "不"
NEGATION_MODALS: tuple[str, ...] = ("得", "应", "应当", "应该", "宜", "能", "可", "可以", "准")

# Adverbs of a bound (at least, at most, at the highest) written before a word that only links
# them to the figure (`至少为50%`, `至少达到40小时`, `最高为每亩40元`): each operator above that is one
# of these adverbs is also read with one of these links after it, one bound, the adverb's. The
# link alone is a weak prefix of its own (为 `=`, 达到 `>=`), which had won over the adverb and
# left it in the context.
BOUND_ADVERBS: tuple[str, ...] = ("至少", "最少", "最低", "至多", "最多", "最高", "最长", "最短")
BOUND_ADVERB_LINKS: tuple[str, ...] = ("为", "达到", "达")
# Those of them read as well before a negated comparison of the same bound, which they restate
# (`最低不低于`, `最少不低于`, `最高不得超过`, `至多不大于`): one bound, the adverb no context. 最长 and
# 最短 say which length of several is bounded (`一般不超过3天，最长不超过7天`) and stay context
# before a comparison, as rounds 11 and 24 read them; before a comparison of another bound
# (`最低不超过5%`) any adverb stays context and the comparison written wins.
RESTATING_BOUND_ADVERBS: tuple[str, ...] = ("至少", "最少", "最低", "至多", "最多", "最高")

# Words of completion a self-evaluation's actual (实际完成值) is written with: `已完成`,
# `已达到95%`, `达成预期指标`. In an actual they say that something was done, not how to compare:
# `已达到95%` is `=` 95 %, where the target `达到95%` is `>=`. An actual of these words alone, with
# no number, is text.
COMPLETION_WORDS: tuple[str, ...] = (
    "已完成",
    "完成",
    "已达到",
    "达到",
    "已达成",
    "达成",
    "已实现",
    "实现",
    "已达",
    "达",
)

# Prefix words that only set the scene: a bound written after the number overrides them
# (`达到90%以上`, `控制在5%以内`, `为95%以上`).
WEAK_PREFIXES: frozenset[str] = frozenset({"达到", "达", "为", "控制在", "等于", "="})

# Prefixes that open a frame a bound word closes after the words naming the figure
# (`控制在65%警戒线以内`): the closing word restates the prefix's bound and is no context.
FRAME_CLOSERS: dict[str, tuple[str, ...]] = {"控制在": ("以内", "之内", "以下")}

# One-character prefixes that end many ordinary words; after these characters the word is
# not an operator (`节约10%` is a saving, `预约3次` an appointment, `下达3批` a handover).
PREFIX_NOT_AFTER: dict[str, str] = {
    "约": "节预签履制合公条契集隐",
    "达": "到下传送表发通抵直",
    "为": "成作认行称视",
    "近": "最附邻靠就临贴亲远新",  # `最近`, `附近`, `就近`: recent or nearby, no approximation
    "前": "提目当此之以从日月年底末季旬天周期空向超",  # `提前3天`, `目前3个`, `6月底前`, `汛期前`: no rank
}

# ... and characters that follow a prefix in ordinary words it begins; before these it is no
# operator (`超额完成（105%）`, `超出目标20场`: an excess, not more than; `最低工资标准的80%`,
# `最低生活保障`, `低保标准的1.3倍`: the minimum wage, the minimum living allowance, no floor).
PREFIX_NOT_BEFORE: dict[str, str] = {"超": "额出标支期时龄载员前", "最低": "工生", "低": "保"}

# Prefixes that mean `the last` or `the first` before a length of time: `近3年` is the last three
# years, `前3个月` the first three months, no bound; the quantity is read without them (`近3年`
# stays `=` 3 年, context `近`).
LAST_BEFORE_DURATIONS: tuple[str, ...] = ("近", "前")
# Units of a place in a ranking: `前` before one of these, or before no unit (`排名前10`), is a
# bound (`前3名` is at most third); before a unit that counts things it is the first N of them,
# no bound (`完成前2个批次`, `前两批`: = 2 batches, as `前3个月` is the first three months).
RANK_UNITS: tuple[str, ...] = ("名", "位", "%")

# Comparison words a target may end with when a converter wrapped its figure onto a line of its
# own (`全年不少于` over `4次`): they never end a target (达到 does: `全部达到`), so the line
# below that holds only a figure is their figure.
AWAITING_FIGURE: tuple[str, ...] = (
    "≥", "≤", ">", "<", "=", "大于等于", "小于等于", "不低于", "不少于", "不小于", "不高于",
    "不超过", "不多于", "不大于", "大于", "小于", "高于", "低于", "多于", "少于", "至少", "至多",
    "最少", "最多", "超过", "控制在",
)  # fmt: skip

# Operators written after the number (and its unit): (written, operator, also after a date).
SUFFIX_OPERATORS: tuple[tuple[str, str, bool], ...] = (
    ("以上", ">=", False),
    ("及以上", ">=", False),
    ("或以上", ">=", False),
    ("及其以上", ">=", False),  # `95%及其以上`: 及以上 with 其, the number itself included
    ("以下", "<=", False),
    ("及以下", "<=", False),
    ("或以下", "<=", False),
    ("及其以下", "<=", False),
    ("以内", "<=", True),
    ("及以内", "<=", True),  # 以内 with 及, the number itself included, as 及以下
    ("之内", "<=", True),
    ("内", "<=", True),
    ("以外", ">", False),
    ("左右", "≈", False),
    ("上下", "≈", False),
    ("封顶", "<=", False),  # `5000元封顶`: the figure caps it
    ("(上限)", "<=", False),  # `1500元/人（上限）`: the bound a BOUND_WORD names, after the figure
    ("(下限)", ">=", False),
    ("+", ">", False),  # `500人+`: more than, as `500+人` (MORE_THAN_MARKERS)
)

# A comparison sign written after a figure, at the end (`95%≤`) or before what it compares and
# a second sign (`95%≤完成率≤100%`, `0<偏差率≤5%`): read as written, the figure on the sign's
# left, so the value is bound the other way round (`95%≤` is >= 95 %). Not before a figure
# (`≥95%≤100%` is two clauses, the sign the second's own), nor before words alone
# (`95%≥上年同期` may compare the year before, not bound the target: `=` 95 %, the sign kept in
# the context).
SIGNS_AFTER_FIGURES: tuple[tuple[str, str], ...] = (
    ("≤", ">="),
    ("<=", ">="),
    ("≦", ">="),
    ("⩽", ">="),
    ("<", ">"),
    ("≥", "<="),
    (">=", "<="),
    ("≧", "<="),
    ("⩾", "<="),
    (">", "<"),
)

# Suffix words that begin ordinary words; before these characters they are not operators
# (`10项内容` is content, `3家上下游企业` the supply chain).
SUFFIX_NOT_BEFORE: dict[str, str] = {
    "内": "容部涵设控",  # `17个内设机构`, `5项内控制度`
    "上下": "游班级",
}

# Written after a range (`80-90%之间`): restates `between`, carries no bound of its own.
RANGE_SUFFIXES: tuple[str, ...] = ("之间", "范围内", "区间内", "区间")
# ... and before a range so closed, a word that frames it as 介于 opens one (`在80%到90%之间`): no
# context. (Not a RANGE_OPENER: a word before any quantity is context, `保持在95%以上`.)
RANGE_FRAMES: tuple[str, ...] = ("在",)

# `X多` / `X余`: more than X (`五百多`, `500余人`); written between the number and its unit.
MORE_THAN_MARKERS: tuple[str, ...] = ("多", "余", "+", "几")  # `十几个`: ten and some
# ... but a `+` before a digit or a letter joins a sum or a scheme (`1+1`, `1+N`, SCHEME_JOINERS),
# as a marker or after the unit.
# ... nor before the rest of a tolerance typed on a keyboard (`100%+/-5%`, TOLERANCE_MARKERS).
MORE_THAN_NOT_BEFORE: dict[str, str] = {
    "+": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz/-"
}
# `X来`: about X (`三百来人`, `十来个`), written where 多 and 余 are; no bound, as 左右.
ABOUT_MARKERS: tuple[str, ...] = ("来",)

# A currency sign before a number written without a unit is its unit: `¥1,200,000.00`, `￥500`
# (after folding both are `¥`) are 元.
CURRENCY_SIGNS: dict[str, str] = {"¥": "元"}

# Tolerances around zero: `±3%` is the range -3 .. 3; right after a value in a unit, around that
# value (`100%±5%` is 95 .. 105 %).
# (`+/-5%`, `+-3%`: ± typed on a keyboard)
TOLERANCE_MARKERS: tuple[str, ...] = ("±", "正负", "+/-", "+-")
# ... and a tolerance in one of these units after a value in another unit is that share of the
# value: (unit, the whole) — `50万元±10%` is 45 .. 55 万元.
TOLERANCE_SHARES: dict[str, int] = {"%": 100, "‰": 1000}
# ... and one in percentage points after a percentage is added to it (`98%±1个百分点`: 97 .. 99 %).
TOLERANCE_POINTS: dict[str, str] = {"个百分点": "%"}

# Between the two ends of a range: `80-90%`, `3～5天`, `3至5个`, `2023.07-2024.01`.
RANGE_SEPARATORS: tuple[str, ...] = ("-", "--", "—", "——", "–", "~", "〜", "至", "到")
# After the start of a range of dates, before its separator, restating it (`2025年1月1日起至…止`).
RANGE_FROM_WORDS: tuple[str, ...] = ("起",)
# Between two months of a year listed together (`2025年5、6月`): the span from the first to the
# last, when they follow one another; months further apart are no one span.
MONTH_LIST_JOINERS: tuple[str, ...] = ("、",)

# A closed interval in brackets, `[95,100]`, `【80%,90%】`: (opening, closing). The comma between
# its ends is read as the range separator INTERVAL_READ_AS, not as a thousands separator
# (`95,100` is no 95100), when the ends rise; both ends are included.
INTERVAL_BRACKETS: tuple[tuple[str, str], ...] = (("[", "]"), ("【", "】"))
INTERVAL_READ_AS: str = "~"

# An operator may stand before what a share is of, the words ending in this mark:
# `不超过合同金额的10%` is `<=` 10 %, `≤总投资的5%` `<=` 5 %; those words (`合同金额的`) are context.
SHARE_OF: str = "的"
# ... at most this many characters of them, none that starts a quantity or separates clauses.
SHARE_OF_LONGEST: int = 12
# So may it stand before a bound named in words whose figure follows in brackets: `不超过批复金额
# （85万元）` is `<=` 85 万元, `不少于上年度（120人）` `>=` 120 人, `不低于2024年（85%）` `>=` 85 % (the
# year named is no date); the words are context, the emptied brackets are not. The bracket opening
# such a figure, after folding:
FIGURE_OPENS: str = "("
# A sign of comparison typed before the name of the amount reaches over it to the figure right
# after (`≤项目预算1200万元` is `<=` 1200 万元, `≥全年计划2000人` `>=` 2000 人): the name is context.
# Words of comparison are not: `高于全省平均3个百分点` is a margin above the average, no bound.
SIGNS_OVER_NAMES: tuple[str, ...] = ("≥", "≤", ">=", "<=", ">", "<", "≧", "≦", "⩾", "⩽")
# Likewise an operator may stand before the verb of what is counted: `至少覆盖5个行政村` is `>=` 5 个,
# `不少于开展3次` `>=` 3 次; the verb is context.
VERBS_AFTER_OPERATORS: tuple[str, ...] = (
    "覆盖", "完成", "开展", "举办", "组织", "培训", "服务", "惠及", "带动", "新增", "新建", "建成",
    "发放", "支持", "扶持", "资助", "救助", "帮扶", "接待", "引进", "吸纳", "安置", "招募", "实施",
    # inspections and visits counted per period (`每月至少巡检4次`, `不少于走访50户`) ...
    "巡检", "巡查", "检查", "督查", "督导", "抽查", "抽检", "检测", "监测", "走访", "慰问", "指导",
    # ... and sums paid, things provided or built (`最高补助5万元`, `最多补贴3000元`)
    "补助", "补贴", "奖补", "奖励", "配备", "提供", "召开", "举行", "种植", "投放", "改造", "建设",
    "占",  # a share of a whole: `约占60%` is about 60 %, as `约占总数的30%`
)  # fmt: skip
# ... with the period it is counted over between them (`至少全年完成2次宣传` is `>=` 2 次).
PERIODS_BEFORE_VERBS: tuple[str, ...] = ("全年", "年内", "每年", "当年", "本年", "累计")
# ... but not 前 (a rank's bound, `前3名`): before such a verb it says when the thing is done
# (`每年汛前完成1次`: before the flood season), no bound on the count.
NOT_OVER_VERBS: tuple[str, ...] = ("前",)

# ... and before the event a length of time is counted from: `不迟于到账后15个工作日公示` is `<=` 15
# 工作日, `不少于竣工验收后2年` `>=` 2 年; the event, which ends with one of these, is context.
EVENT_ENDS: tuple[str, ...] = ("之后", "后")

# A range written in words, `介于10和20之间`, `介于80%与90%之间`: the word that opens it, and the
# words that join its two ends besides the separators above. Both ends are included, as in
# `a-b`; `和` joins the ends here, not two comparisons.
RANGE_OPENERS: tuple[str, ...] = ("介于",)
RANGE_JOINERS: tuple[str, ...] = ("和", "与", "及")

# Between two complete comparisons in one value (`全年≥1场次 全年≥30家`, `≥95%（城镇）/≥90%（农村）`,
# `不少于3次但不超过5次`).
# A run of them (`，且`, `; 并且`) is one separator.
CLAUSE_SEPARATORS: tuple[str, ...] = (
    " ", ",", ";", "、", "。", "/", "且", "并且", "并", "和", "及", "以及", "但", "但是",
)  # fmt: skip
# ... but not where one begins a word: `及时率100%`, `及格率≥90%`, `并网`, `和谐`.
CLAUSE_SEPARATOR_NOT_BEFORE: dict[str, str] = {"及": "时格早", "并": "网轨购", "和": "谐解"}
# ... nor, of them, those that join things (`施工进度和资金拨付进度`), where the words before the
# later comparison end saying its bound holds for each thing named (`…均不低于75%`): the things
# are all the later clause's (`9月底前` | `施工进度和资金拨付进度均不低于75%`).
THING_JOINERS: tuple[str, ...] = ("和", "及", "以及", "、", "与")
EACH_WORDS: tuple[str, ...] = ("均", "都", "皆", "全部", "分别")

# A quantity that only says what the next one in the value is counted per or for is no
# clause of its own, but context of the next: one after these words is the period or the
# population of a rate (`每3个月不少于1次`, `每5年开展一次`, `每10万人口≥3名`) ...
PER_WORDS: tuple[str, ...] = ("每", "每隔")
# ... and one in these units, the rating of a thing, glued to the noun of the thing before
# another quantity, says which things are counted (`改造10kV线路≥5公里`, `更换200W灯具≥50盏`) ...
RATING_UNITS: tuple[str, ...] = (
    "V", "kV", "千伏", "kVA", "千伏安", "W", "瓦", "kW", "千瓦", "MW", "兆瓦", "Hz",
)  # fmt: skip
# ... and so does an age or a band of ages glued to the noun of the people the next quantity
# counts, bound and all (`65岁以上老年人健康管理率≥70%`, `0-6岁儿童健康管理率≥90%`) ...
AGE_UNITS: tuple[str, ...] = ("岁", "周岁")
# ... and any quantity bounded by one of these words after it, glued to a noun, before another
# quantity, bounded or bare: the band names a class of the things counted, not a target
# (`亿元以上项目不少于20个`, `10万元以上的村占比≥70%`, `500万元以上固定资产投资增长13.8%`, `20户以上
# 自然村通屯道路硬化率100%`); so does such a band in brackets
# between the noun it defines and the rest of the name (`大班额（56人及以上）比例控制在5%以内`).
CLASS_BOUNDS: tuple[str, ...] = ("以上", "以下")
# ... and one before this mark labels what follows it (`一期：完成60%；二期：完成100%`: the
# phases, not 1 期 and 2 期). A quantity with an operator written stays a clause.
LABEL_MARKS: tuple[str, ...] = (":",)
# Likewise a quantity after these words, when another comes before it, is the scale the earlier
# one is measured on (`≥4.5分（满分5分）`), context of that one, not a target of 5 分 ...
SCALE_WORDS: tuple[str, ...] = ("满分",)
# ... and so is one before these words (`≥4.5分（5分制）`: on a scale of five).
SCALE_WORDS_AFTER: tuple[str, ...] = ("制",)
# ... and so is one after a slash, when another comes before it: the period of a rate written
# with its own number (`1次/2年`: once in two years, not also 2 年), or the population or amount
# it is counted per (`1名/100户`, `1名/200户`, `5元/500克`). Only a count after a count of more
# than one in another counter, not a round base (a power of ten), is a second figure of its own:
# `3场/180人次` lists two.
PER_MARKS_AFTER: tuple[str, ...] = ("/",)

# Punctuation that ends a value without adding to it: `稳步提升。` says what `稳步提升` says.
SENTENCE_ENDS: str = "。.;,、!"

# Parenthesised notes that only restate whether the bound itself is included:
# (written opening, bound included). `3个以上(含3个)` stays one `>=` clause; a note saying
# `不含` makes the bound strict.
INCLUSIVENESS_NOTES: tuple[tuple[str, bool], ...] = (
    ("含", True),
    ("包含", True),
    ("包括", True),
    ("不含", False),
    ("不包含", False),
    ("不包括", False),
)

# ... and the words such a note may hold besides a quantity: it includes the number itself.
INCLUSIVENESS_NOTE_WORDS: tuple[str, ...] = ("本数", "本级", "端点", "边界", "当日", "当天")

# Magnitude words that may stand before a unit: (written, factor).
MAGNITUDES: tuple[tuple[str, int], ...] = (
    ("万亿", 10**12),
    ("千万", 10**7),
    ("百万", 10**6),
    ("亿", 10**8),
    ("万", 10**4),
    ("千", 10**3),
    # thousands as web and IT tables write them (`5k`, `≥10k人次`); `kg`, `km` are units of their own
    ("k", 10**3),
)

# A Chinese digit right after one of these units is its tenth: `八成五` is 8.5 成, 85 %.
TENTHS_UNITS: tuple[str, ...] = ("成",)
# ... and two Chinese digits right before one of these are units and tenths of it: `九五折` is 9.5
# 折, 95 %, as `9.5折` (no number otherwise: `三五天` is three or five days).
TENTHS_PAIR_UNITS: tuple[str, ...] = ("折",)

# A length of time written in two units, the larger first and the smaller glued after it
# (`2小时30分钟`, `3天12小时`): one length in the smaller unit (150 分钟, 84 小时), as `1亿2000万元`
# is one sum; it had read two clauses, the bound on the first alone. (larger, smaller, how many
# of the smaller one of the larger holds.) Years and months too, the months counted with 个
# (`1年6个月` is 18 月, a project's term; `两年三个月` had lost its years to the context): a bare
# 月 after 年 stays apart (`3年6月` may name June).
COMPOUND_LENGTHS: tuple[tuple[str, str, int], ...] = (
    ("年", "个月", 12),
    ("小时", "分钟", 60),
    ("个小时", "分钟", 60),
    ("分钟", "秒", 60),
    ("天", "小时", 24),
    ("天", "个小时", 24),
    ("周", "天", 7),
)
# ... and the smaller may follow the larger after 零 (`一年零三个月`, `2小时零5分钟`), which says only
# that nothing of a unit between them is written.
COMPOUND_LENGTH_JOINERS: tuple[str, ...] = ("零",)

# A half after a length of time in these units adds half of one: `一年半` is 1.5 年, `3天半` 3.5 天.
HALF: str = "半"
HALF_AFTER_UNITS: tuple[str, ...] = ("年", "天")
# ... and so does `个半` before these: `3个半月` is 3.5 月, `两个半小时` 2.5 小时 (`两个半天` is two
# half days, no 2.5 天).
HALF_COUNTER: str = "个"
HALF_BEFORE_UNITS: tuple[str, ...] = ("月", "小时", "钟头")
# ... and a half alone before these is one half of them: `半小时内` is within 0.5 小时, `半个月` 0.5
# 月, `半个工作日内` 0.5 工作日 (`半年`, `半天` are left out: `上半年`, `半天` are words of their own).
HALF_ALONE_BEFORE: tuple[str, ...] = ("小时", "个小时", "钟头", "个钟头", "个月", "个工作日")

# Half of a whole, a share of 50 %: `半数以上` is at least half, `一半` half. After a word of
# HALF_BOUNDS, 半 alone is a share too, bound as the word says: `过半`, `过半数` more than half,
# `近半` nearly half (`占比近半`; it had been text).
HALF_SHARES: tuple[str, ...] = ("半数", "一半")
HALF_BOUNDS: dict[str, str] = {"过": ">", "近": "≈"}

# Units: (written, canonical, kind, factor). `factor` scales the value into the canonical
# unit (`九成` is 90 %). Kinds: percent, money, duration, number. Units that begin with a
# magnitude character but are units of their own (`千米`, `千克`) are listed whole so that
# the longest match keeps them intact.
UNITS: tuple[tuple[str, str, str, int], ...] = (
    ("%", "%", "percent", 1),
    ("百分比", "%", "percent", 1),
    ("成", "%", "percent", 10),
    ("折", "%", "percent", 10),  # a tenth of the full price, as 成 of a whole (`8折` is 80 %)
    ("‰", "‰", "percent", 1),
    ("‱", "‱", "percent", 1),  # per ten thousand (`万分之三`)
    ("个百分点", "个百分点", "percent", 1),
    ("/万", "‱", "percent", 1),  # rates of health tables: `≤20/万` is 20 per ten thousand, ‱ ...
    ("/10万", "/10万", "percent", 1),  # ... `≤10/10万` 10 per hundred thousand, never 10/10
    ("/十万", "/10万", "percent", 1),
    ("百分点", "个百分点", "percent", 1),
    ("pp", "个百分点", "percent", 1),  # percentage points as statistics write them (`提高2pp`)
    ("元", "元", "money", 1),
    ("圆", "元", "money", 1),  # 元 as a sum in financial numerals writes it (`伍拾万圆`)
    # Foreign currencies a 商务 table counts investment in (`实际使用外资≥1.5亿美元`): money in
    # their own unit, never converted to 元.
    ("美元", "美元", "money", 1),
    ("欧元", "欧元", "money", 1),
    ("天", "天", "duration", 1),
    ("日", "日", "duration", 1),
    ("日历天", "日历天", "duration", 1),  # a construction period counted in calendar days
    ("个日历天", "日历天", "duration", 1),
    ("自然日", "自然日", "duration", 1),  # a calendar day, as service tables count them
    ("个自然日", "自然日", "duration", 1),
    ("自然年", "自然年", "duration", 1),  # a calendar year, as 自然日 (`实施周期1个自然年`)
    ("个自然年", "自然年", "duration", 1),
    ("日历日", "日历日", "duration", 1),  # a calendar day, as 日历天 (`不超过15个日历日`)
    ("个日历日", "日历日", "duration", 1),
    ("工作日", "工作日", "duration", 1),
    ("个工作日", "工作日", "duration", 1),
    ("周", "周", "duration", 1),
    ("个周", "周", "duration", 1),
    ("星期", "星期", "duration", 1),
    ("个星期", "星期", "duration", 1),
    ("月", "月", "duration", 1),
    ("个月", "月", "duration", 1),
    ("季度", "季度", "duration", 1),
    ("个季度", "季度", "duration", 1),
    ("年", "年", "duration", 1),
    # a return period of a flood or storm standard (`防洪标准达到20年一遇`): a standard's figure,
    # never a length of N years
    ("年一遇", "年一遇", "number", 1),
    ("小时", "小时", "duration", 1),
    ("个小时", "小时", "duration", 1),
    ("分钟", "分钟", "duration", 1),
    ("钟头", "小时", "duration", 1),  # an hour, spoken (`两个半钟头`)
    ("个钟头", "小时", "duration", 1),
    ("秒", "秒", "duration", 1),
    ("毫秒", "毫秒", "duration", 1),  # response times (`≤500毫秒`)
    ("h", "h", "duration", 1),  # hours, minutes and milliseconds as IT and service tables write
    ("min", "min", "duration", 1),  # them (`2h内响应`, `30min内`, `≤200ms`)
    ("ms", "ms", "duration", 1),
    ("个", "个", "number", 1),
    ("项", "项", "number", 1),
    ("项次", "项次", "number", 1),
    ("家", "家", "number", 1),
    ("场", "场", "number", 1),
    ("次", "次", "number", 1),
    ("人", "人", "number", 1),
    ("人次", "人次", "number", 1),
    ("人份", "人份", "number", 1),  # samples or kits, one per person (`造血干细胞入库≥600人份`)
    ("人天", "人天", "number", 1),
    ("人月", "人月", "number", 1),  # person-months of work
    ("人日", "人日", "number", 1),  # person-days of work, as 人天 (`驻村服务不少于60人日`)
    ("床日", "床日", "number", 1),  # bed-days of care, as 人日 (`年服务≥3万床日`)
    ("家次", "家次", "number", 1),
    ("场次", "场次", "number", 1),
    ("户", "户", "number", 1),
    ("户次", "户次", "number", 1),
    ("件", "件", "number", 1),
    ("件次", "件次", "number", 1),
    ("份", "份", "number", 1),
    ("单", "单", "number", 1),
    ("批", "批", "number", 1),
    ("批次", "批次", "number", 1),
    ("期", "期", "number", 1),
    ("届", "届", "number", 1),  # sessions of a recurring event (`举办联赛1届`), cohorts
    ("篇", "篇", "number", 1),
    ("门", "门", "number", 1),
    ("课时", "课时", "number", 1),
    ("学时", "学时", "number", 1),
    ("学分", "学分", "number", 1),  # credits of continuing education (`每年不少于90学分`)
    ("套", "套", "number", 1),
    ("台", "台", "number", 1),
    ("台次", "台次", "number", 1),
    ("台套", "台套", "number", 1),  # sets of equipment
    ("台件", "台件", "number", 1),  # machines and parts counted together (`维修设备≥20台件`)
    ("辆", "辆", "number", 1),
    ("标台", "标台", "number", 1),  # standard buses of transit tables (`每万人拥有公交车辆≥12标台`)
    ("标箱", "标箱", "number", 1),  # twenty-foot containers of a port (`集装箱吞吐量≥10万标箱`)
    ("标准箱", "标准箱", "number", 1),  # the same, written out (`吞吐量达到2218万标准箱`)
    ("TEU", "TEU", "number", 1),
    ("座", "座", "number", 1),
    ("座次", "座次", "number", 1),  # structures times visits (`桥梁检测≥36座次`)
    ("所", "所", "number", 1),
    ("村", "村", "number", 1),  # villages reached (`开展送戏进万村≥70村`)
    ("条", "条", "number", 1),
    ("处", "处", "number", 1),
    ("间", "间", "number", 1),
    ("张", "张", "number", 1),
    ("本", "本", "number", 1),
    ("册", "册", "number", 1),
    ("册次", "册次", "number", 1),  # loans of a library
    ("名", "名", "number", 1),
    ("位", "位", "number", 1),
    ("支", "支", "number", 1),
    ("株", "株", "number", 1),
    ("粒", "粒", "number", 1),  # seeds and pills counted (`脱毒微型薯≥1,500万粒`)
    ("棵", "棵", "number", 1),
    ("丛", "丛", "number", 1),  # shrubs (`灌木≥2000丛`)
    ("头", "头", "number", 1),
    ("头份", "头份", "number", 1),  # doses of a vaccine, one per animal (`疫苗120万头份`)
    ("头次", "头次", "number", 1),  # animals times immunised (`口蹄疫强制免疫≥42万头次`)
    ("只", "只", "number", 1),
    ("只次", "只次", "number", 1),
    ("头只", "头只", "number", 1),  # cattle and sheep counted together (`牲畜总头数达到63万头只`)
    ("羽", "羽", "number", 1),  # poultry
    ("羽次", "羽次", "number", 1),  # poultry times immunised (`禽流感免疫≥156万羽次`)
    ("尾", "尾", "number", 1),  # fish (`放流鱼苗≥50万尾`)
    # Grades climbed or rated (`耕地质量平均等级提升≥0.2等`, `提升0.5级`, `用户评价≥4.5星`): after a
    # whole number the word names a grade instead (GRADE_WORDS).
    ("等", "等", "number", 1),
    ("级", "级", "number", 1),
    ("星", "星", "number", 1),
    ("组", "组", "number", 1),
    ("对", "对", "number", 1),  # couples (`孕前优生健康检查≥1600对`), pairs
    ("群", "群", "number", 1),  # bee colonies, flocks (`中蜂养殖≥6万群`)
    ("班", "班", "number", 1),
    ("栋", "栋", "number", 1),
    ("幢", "幢", "number", 1),  # buildings (`修缮传统民居≥42幢`)
    ("块", "块", "number", 1),
    ("分", "分", "number", 1),
    ("倍", "倍", "number", 1),
    ("度", "度", "number", 1),  # kWh, degrees, seismic intensity (`≥500度`, `烈度8度`)
    ("起", "起", "number", 1),
    ("周岁", "周岁", "number", 1),
    ("岁", "岁", "number", 1),
    ("宗", "宗", "number", 1),
    ("种", "种", "number", 1),  # kinds (`编印读本 ≥2种`, `≥10种` of seed or stock)
    ("例", "例", "number", 1),
    ("剂次", "剂次", "number", 1),  # vaccine doses given (`接种 ≥5.2万剂次`)
    ("床", "床", "number", 1),
    ("床位", "床位", "number", 1),
    ("辆次", "辆次", "number", 1),
    ("车次", "车次", "number", 1),
    ("班次", "班次", "number", 1),
    ("架次", "架次", "number", 1),
    ("艘次", "艘次", "number", 1),
    ("列", "列", "number", 1),  # trains run (`中欧班列开行≥12列/月`)
    ("列次", "列次", "number", 1),
    ("航次", "航次", "number", 1),  # voyages of a patrol or ferry boat (`巡查执法 ≥120航次`)
    ("吨次", "吨次", "number", 1),
    ("轮", "轮", "number", 1),
    ("部", "部", "number", 1),
    ("艘", "艘", "number", 1),
    ("架", "架", "number", 1),  # aircraft and drones (`巡护无人机3架`)
    ("总吨", "总吨", "number", 1),  # a ship's gross tonnage (减船补助 `≤5000元/总吨`)
    ("口", "口", "number", 1),  # wells, ponds
    ("眼", "眼", "number", 1),  # wells, springs
    ("箱", "箱", "number", 1),
    ("袋", "袋", "number", 1),
    ("棒", "棒", "number", 1),  # a mushroom log (菌棒: `300万棒`)
    ("瓶", "瓶", "number", 1),
    ("盏", "盏", "number", 1),
    ("路", "路", "number", 1),  # channels of video surveillance (`接入视频监控≥80路`)
    ("首", "首", "number", 1),  # songs, poems
    ("幅", "幅", "number", 1),  # pictures, display boards
    ("画幅", "画幅", "number", 1),  # scanned frames of archives digitised (`档案数字化12万画幅`)
    ("节", "节", "number", 1),  # lessons
    ("卷", "卷", "number", 1),  # archive files
    ("页", "页", "number", 1),  # pages scanned or restored (`档案数字化扫描≥120万页`)
    ("叶", "叶", "number", 1),  # leaves of an old book restored (`古籍修复不少于三百叶`)
    ("顶", "顶", "number", 1),  # tents (`帐篷储备520顶`)
    ("核", "核", "number", 1),  # processor cores (`vCPU≥2000核`)
    ("根", "根", "number", 1),  # piles, poles
    ("具", "具", "number", 1),  # life rafts, extinguishers, coffins (`更新救生筏≥420具`)
    ("盘", "盘", "number", 1),  # rolled fire hoses, cables (`消防水带≥20盘/站`)
    ("匹", "匹", "number", 1),  # horses
    ("峰", "峰", "number", 1),  # camels (`养殖规模稳定在2万匹、5000峰左右`)
    ("枚", "枚", "number", 1),  # medals, seals, markers
    ("趟", "趟", "number", 1),  # runs of a bus or a train (`每日往返不少于6趟`)
    ("笔", "笔", "number", 1),  # loans, payments, transactions (`发放贷款不少于300笔`)
    ("段", "段", "number", 1),  # stretches of road, river or dyke (`整治河道≥3段`)
    ("道", "道", "number", 1),  # culverts, gates, dams, steps of a process (`涵洞12道`, `3道工序`)
    ("字", "字", "number", 1),  # characters of text (`≥10万字`)
    ("集", "集", "number", 1),  # episodes of a film or a series (`专题片拍摄制作2集`)
    ("遍", "遍", "number", 1),  # rounds over all of them (`每年轮训一遍`, `全员普查2遍`)
    ("工日", "工日", "number", 1),  # labour days: work, as 人天, not a length of time
    ("GB", "GB", "number", 1),
    ("TB", "TB", "number", 1),
    ("Mbps", "Mbps", "number", 1),
    ("DDDs", "DDDs", "number", 1),  # defined daily doses of antibiotics (`使用强度≤40DDDs`)
    ("Gbps", "Gbps", "number", 1),
    ("吨", "吨", "number", 1),
    ("吨公里", "吨公里", "number", 1),
    ("人公里", "人公里", "number", 1),
    ("车公里", "车公里", "number", 1),  # bus service run (`≥860万车公里`, a subsidy `元/车公里`)
    ("千克", "千克", "number", 1),
    ("公斤", "公斤", "number", 1),
    ("斤", "斤", "number", 1),  # grain output (`新增粮食产能 ≥300万斤`)
    ("担", "担", "number", 1),  # fifty kilograms, of tea, tobacco or grain (`茶叶产量≥2万担`)
    ("kg", "kg", "number", 1),
    ("米", "米", "number", 1),
    ("延米", "延米", "number", 1),  # linear metres of pipe, ditch or wall
    ("m", "m", "number", 1),
    ("M", "M", "number", 1),
    ("分米", "分米", "number", 1),
    ("厘米", "厘米", "number", 1),  # 耕层厚度 `≥25厘米`
    ("毫米", "毫米", "number", 1),
    ("cm", "cm", "number", 1),
    ("mm", "mm", "number", 1),
    ("公里", "公里", "number", 1),
    ("千米", "千米", "number", 1),
    ("km", "km", "number", 1),
    ("海里", "海里", "number", 1),  # nautical miles of a maritime patrol (`巡航≥1.5万海里`)
    ("km²", "km²", "number", 1),
    ("km2", "km2", "number", 1),
    ("hm²", "hm²", "number", 1),  # hectares as forestry tables write them (`造林面积≥200hm²`)
    ("hm2", "hm2", "number", 1),
    # ... and as a converter leaves them, the superscript lost (`治理水土流失面积1429.39hm`): kept
    # as written, no hm² guessed.
    ("hm", "hm", "number", 1),
    ("马力", "马力", "number", 1),  # engine power of farm machinery (`30马力≤功率<40马力`)
    ("平方米", "平方米", "number", 1),
    ("平米", "平米", "number", 1),
    ("㎡", "㎡", "number", 1),
    ("m²", "m²", "number", 1),
    ("平方公里", "平方公里", "number", 1),
    ("平方千米", "平方千米", "number", 1),
    ("亩", "亩", "number", 1),
    ("亩次", "亩次", "number", 1),  # area times operations (飞防作业 `≥2万亩次`)
    ("羊单位", "羊单位", "number", 1),  # grazing stock counted in sheep (`载畜量0.4羊单位/亩`)
    ("公顷", "公顷", "number", 1),
    ("立方米", "立方米", "number", 1),
    ("立方", "立方", "number", 1),  # cubic metres said short (`≥500立方`) ...
    # ... and shorter still, of earth or water (`清淤≥3.6万方`, `土方开挖约8000方`)
    ("方", "方", "number", 1),
    ("空方", "空方", "number", 1),  # an artificial reef's hollow volume (`人工鱼礁投放≥3万空方`)
    ("m³", "m³", "number", 1),
    ("m3", "m3", "number", 1),  # m³ and m² as a converter leaves them, the exponent flattened
    ("m2", "m2", "number", 1),
    ("t", "t", "number", 1),  # tonnes (`≥500t/d`)
    ("千瓦时", "千瓦时", "number", 1),
    ("kWh", "kWh", "number", 1),
    ("千瓦", "千瓦", "number", 1),
    ("瓦", "瓦", "number", 1),  # power of a lamp or a device (`≤60瓦`, `≥200W`)
    ("W", "W", "number", 1),
    ("kW", "kW", "number", 1),
    ("千伏", "千伏", "number", 1),  # voltage (`35千伏`), not a bare 千 of 伏
    ("千伏安", "千伏安", "number", 1),
    ("V", "V", "number", 1),  # voltage and apparent power in letters (`220V`, `10kV`, `≥630kVA`)
    ("kV", "kV", "number", 1),
    ("kVA", "kVA", "number", 1),
    ("Hz", "Hz", "number", 1),  # frequency (`50Hz`)
    ("Pa", "Pa", "number", 1),  # pressure (`≥0.3MPa`, `≤50kPa`)
    ("kPa", "kPa", "number", 1),
    ("MPa", "MPa", "number", 1),
    ("lx", "lx", "number", 1),  # illuminance (`照度≥300lx`)
    ("NTU", "NTU", "number", 1),  # turbidity of water (`浊度≤1NTU`)
    ("分贝", "分贝", "number", 1),
    ("dB", "dB", "number", 1),
    ("dB(A)", "dB(A)", "number", 1),  # A-weighted decibels of noise (`≤70dB(A)`)
    ("℃", "℃", "number", 1),
    ("°C", "℃", "number", 1),  # ℃ typed as a degree sign and a letter
    ("ppm", "ppm", "number", 1),  # parts per million of a concentration
    ("lm", "lm", "number", 1),  # lumens, of a lamp's efficacy (`≥10lm/W`)
    ("兆瓦", "兆瓦", "number", 1),
    ("MW", "MW", "number", 1),
    ("克", "克", "number", 1),
    ("毫克", "毫克", "number", 1),
    ("mg", "mg", "number", 1),
    ("微克", "微克", "number", 1),
    ("μg", "μg", "number", 1),
    ("升", "升", "number", 1),
    ("毫升", "毫升", "number", 1),
    ("L", "L", "number", 1),
    ("mL", "mL", "number", 1),
    ("CFU", "CFU", "number", 1),  # colony-forming units of bacteria (`菌落总数≤100CFU/mL`)
)

# Counters that are the first character of a noun, and the characters that make that noun: no
# unit before them (`惠及1万群众` counts 群众 in 万, not 万群 of bees; `一次性` is at once, no count;
# `8路公交`, `3路口` name a route and a crossing, no channels; `1对象` is no pair; `5集中` and
# `2遍及` are no episodes nor rounds; `3道路` is no 3 道 of 路, `500人日常` no person-days, `3笔记本` no loans).
UNIT_NOT_BEFORE: dict[str, str] = {
    "群": "众体落租", "次": "性", "路": "口段灯面基网线公车", "对": "象接比口应照标话外",
    "集": "中体团镇市合结聚资成约训散", "遍": "及布地",
    "担": "任保当心负责", "道": "路德理口具歉观教闸", "人日": "常均间用报志",
    "床日": "常均间用报志", "笔": "记试画墨者直迹录",
    "村": "级民委庄落镇组社干务集内居振容貌屯寨",  # `12村级活动场所`, `3村民小组`: no villages
    "峰": "值会谷顶期",  # `3峰值`, `5峰会`: no camels
}  # fmt: skip

# What a rate is counted per (`1600元/亩`, `1次/月`, `每生 1500 元/学期`): every unit above
# that is not itself a rate or a share, plus these words.
RATE_DENOMINATORS: tuple[str, ...] = (
    "学期", "学年", "年度", "半年", "季", "旬", "人年", "生", "餐",
    "客",  # per meal served (助餐: `≤5元/客`)
    "人口",  # rates per population (`6张/千人口`), after a magnitude below
    "村", "社区", "乡镇", "乡", "镇", "街道", "县", "校", "园", "站",  # per place: `≥1名/村`
    "d", "s",  # per day, per second (`m³/d`, `m/s`); per hour (h) and per kWh (度) are units
    "a",  # per year in letters, annum (soil erosion's `t/(km²·a)`)
    "夜",  # per night, a room's rate (`≤450元/间·夜`)
    "团队", "队",  # per team: a family doctor team's population (`≤2000人/团队`), a squad's kit
    "车",  # per vehicle: complaints per ten thousand taxis (`≤3件/万车`), a fare (`≤20元/车`)
)  # fmt: skip

# Magnitudes a rate's denominator may open with: a count per ten thousand, a thousand or a
# hundred of anything it is counted per (`≥0.5座/万人`, `≤0.1人/万台`, `≥2个/万户`, `≤3起/百公里`).
RATE_DENOMINATOR_MAGNITUDES: tuple[str, ...] = ("十万", "万", "千", "百")

# What joins a rate's second denominator to its first: `元/人/月`, `元/人·月`, `元/生・年`, and the
# dots typed or converted for the middle dot, which full-width folding leaves (`元/人•月`, `∙`, `‧`),
# a full stop typed for it (`元/人.天`), and the times signs of a product (`元/人*天`, `元/人×天`).
RATE_JOINERS: str = "/·・•∙‧.*×"
# The brackets a rate's denominators may stand in after its slash (`≤800元/(人·月)`): kept in the
# unit as written.
RATE_BRACKETS: tuple[str, str] = ("(", ")")

# Characters that full-width folding would split into several (`㎡` -> `m2`, `²` -> `2`), or turn
# into a digit (`①` -> `1`, a footnote's `¹` -> `1`): kept as written so that a unit, a list's
# item mark or a footnote mark never turns into a number (a superscript exponent after `×10` is
# read as one, SUPERSCRIPT_DIGITS).
FOLD_KEEP: str = "㎡¹²³⁰⁴⁵⁶⁷⁸⁹①②③④⑤⑥⑦⑧⑨"

# Characters full-width folding leaves as they are that a target means as another, one for one:
# the minus sign and the hyphens a word processor or a typesetter prints for `-` (`−5%~5%`,
# `≤−5%`, `5‐10人`). Read as themselves they were no sign and no range: `−5%~5%` was 5 to 5.
READ_AS: dict[str, str] = {
    "\u2212": "-",  # minus sign
    "\u2010": "-",  # hyphen (a non-breaking hyphen, U+2011, folds to it)
    "\u2012": "-",  # figure dash
    "\u2043": "-",  # hyphen bullet
}

# A sum written in financial numerals ends with this word (`人民币捌拾万元整`: exactly that much), as
# a phrase ends: the numeral before its unit is a number still, the word is context.
AMOUNT_ENDS: str = "整"

# Chinese numerals: digits (ordinary and financial), small and large place values, and the
# decimal point.
CHINESE_DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
# The financial forms among them write sums in words only (`伍拾万圆`); glued before an Arabic
# digit one ends a word instead (`队伍30分钟内`, `大陆50公里`, `收拾3次`): no numeral, no damage.
FINANCIAL_NUMERALS: str = "壹贰叁肆伍陆柒捌玖拾佰仟"
CHINESE_PLACES: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
# A digit's tens in one character, as clerks still write them: `廿场` is 二十场, `廿五` 25, `一百廿`
# 120. No digit goes before one (`二廿` is no number).
CONTRACTED_TENS: dict[str, int] = {"廿": 20, "卅": 30, "卌": 40}
CHINESE_LARGE_PLACES: dict[str, int] = {"万": 10**4, "亿": 10**8}
CHINESE_POINT: str = "点"
# Before a numeral that opens with a place (`十`, `百`, `千`, `万`), these make it indefinite:
# `数十家` is some tens, `几百人` some hundreds; no definite number is written.
INDEFINITE_BEFORE_PLACES: str = "数几"
# A Chinese numeral of several characters with a place in it (`十二`, `三百`, `二十五`) counts before
# a counter even where a noun follows (`十二个乡镇`, `培训三百名村医`), where a one-character one
# may open a name (`四项制度`, `三次分配`); before these counters it numbers a session without its
# 第 (`二十届三中全会`, `十四次党代会`) and is no count.
SESSION_COUNTERS: tuple[str, ...] = ("届", "次")
# Before a numeral, these make it an ordinal: `第三批` is the third batch, `第2期` the second
# phase, no count. (A quarter, `第三季度`, is a date word and read as one before this applies.)
ORDINAL_MARKS: str = "第"
# ... and so are the numbers listed after it with these between (`第1、2批`, `第一、二期`): one
# 第 orders them all.
ORDINAL_LIST_JOINERS: str = "、,"

# Shares written as words: `百分之九十` = 90 %, `千分之五` = 5 ‰, `万分之三` = 3 ‱ (rates of accidents
# and deaths). (prefix, unit)
SHARE_WORDS: tuple[tuple[str, str], ...] = (
    ("百分之", "%"),
    ("百分", "%"),  # `百分百`, 百分之百 said without 之
    ("千分之", "‰"),
    ("万分之", "‱"),
)
# `百分之百`, `百分百`: the whole, 100 %.
WHOLE_SHARE: str = "百"
# `三分之一`: a fraction, read as a share in percent like `九成` and `百分之九十`.
FRACTION_WORD: str = "分之"

# Words before a date with no start that make it a deadline, as 截至 does: `到2025年底`,
# `至11月底完成`. Only before a date: before a number they say what it rises to (`提高到95%`).
# So do the words for at the latest, and for at the earliest a start (`最迟2025年12月`, `最晚于10月底前`,
# `最早于2025年3月`).
DATE_PREFIXES: tuple[tuple[str, str], ...] = (
    ("到", "<="),
    ("至", "<="),
    ("最迟", "<="),
    ("最迟于", "<="),
    ("最晚", "<="),
    ("最晚于", "<="),
    ("最早", ">="),
    ("最早于", ">="),
)

# Date parts. Deadline words written after a date, besides the suffix operators marked
# above as also after a date (`2025年内`): (written, operator).
DATE_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("前后", "≈"),  # `12月25日前后`: around the day, as 左右 is around a figure
    ("前", "<="),
    ("之前", "<="),
    ("以前", "<="),
    ("止", "<="),
    ("为止", "<="),
    ("截止", "<="),
    ("后", ">="),
    ("之后", ">="),
    ("以后", ">="),
    ("起", ">="),
    ("以来", ">="),
)

# A day's weekday written after it, bare or in brackets (`2025年12月31日（星期三）前`, `6月30日周一`):
# it restates the day, no context of the date and no length of a week. The words for the week,
# then the day's own: 一 .. 六, and 日 or 天 for Sunday.
WEEK_WORDS: tuple[str, ...] = ("星期", "礼拜", "周")
WEEKDAY_NAMES: str = "一二三四五六日天"

# Months a value names without their number: a day or part of one (`每月10日前`, `次月5日前`,
# `当月底前`) is a deadline whose date cannot be resolved from the value and the fiscal year
# alone: kind date, date null, never a length of 10 日. The month word stays in the context.
UNNAMED_MONTHS: tuple[str, ...] = (
    "每月",
    "每个月",
    "次月",
    "下月",
    "下个月",
    "当月",
    "本月",
    "上月",
)

# Parts of a month after `M月`: (written, first day, last day); 0 stands for the month's
# last day.
MONTH_PARTS: tuple[tuple[str, int, int], ...] = (
    ("底", 0, 0),
    ("末", 0, 0),
    ("初", 1, 1),
    ("上旬", 1, 10),
    ("中旬", 11, 20),
    ("下旬", 21, 0),
    ("上中旬", 1, 20),
    ("中下旬", 11, 0),
    ("中", 15, 15),  # `6月中前`: the middle of the month, a point as `年中` is the year's
)
# ... but for a part of a month that opens a word with the characters after it (`3月中央资金到位`
# is March and the central government's money, `5月中标` a bid won in May, `6月中期评估`):
# part -> those characters.
MONTH_PART_NOT_BEFORE: dict[str, str] = {"中": "央心国小学医期药层间部华标考秋有的转职专型"}

# The quarters, each in the words tables write it with: (words, first (month, day), last).
# (`Q1` .. `Q4` as plans and IT projects write them: `2025年Q4`, `Q3前`.)
QUARTERS: tuple[tuple[tuple[str, ...], tuple[int, int], tuple[int, int]], ...] = (
    (("第一季度", "一季度", "第1季度", "1季度", "Q1"), (1, 1), (3, 31)),
    (("第二季度", "二季度", "第2季度", "2季度", "Q2"), (4, 1), (6, 30)),
    (("第三季度", "三季度", "第3季度", "3季度", "Q3"), (7, 1), (9, 30)),
    (("第四季度", "四季度", "第4季度", "4季度", "Q4"), (10, 1), (12, 31)),
)
# A range of quarters (`第1-3季度`, `第二至第三季度`, `2025年1-2季度`) runs from the first day of the
# first to the last day of the last; the number of a quarter is its word without these marks.
QUARTER_WORD: str = "季度"
# After a quarter, the words for its end (`三季度末`, `第二季度末前`): a point, its last day, as
# `年底` is the year's.
QUARTER_ENDS: tuple[str, ...] = ("末", "底")

# Parts of a year: (written, (first month, first day), (last month, last day), operator
# when written alone, needs a written year). Periods read as deadlines (`上半年` -> by
# 06-30, a quarter by its last day); points (`年底`, a quarter's end) read as `=`.
# `底`/`末`/`初` are year parts only right after `YYYY年`.
YEAR_PARTS: tuple[tuple[str, tuple[int, int], tuple[int, int], str, bool], ...] = (
    ("底", (12, 31), (12, 31), "=", True),
    ("末", (12, 31), (12, 31), "=", True),
    ("初", (1, 1), (1, 1), "=", True),
    ("年底", (12, 31), (12, 31), "=", False),
    ("年末", (12, 31), (12, 31), "=", False),
    ("年初", (1, 1), (1, 1), "=", False),
    ("年中", (6, 30), (6, 30), "=", False),
    ("上半年", (1, 1), (6, 30), "<=", False),
    ("下半年", (7, 1), (12, 31), "<=", False),
    *((word, first, last, "<=", False) for words, first, last in QUARTERS for word in words),
    *(
        (word + end, last, last, "=", False)
        for words, _, last in QUARTERS
        for word in words
        for end in QUARTER_ENDS
    ),
)

# Years named relative to the fiscal year instead of written: (written, years after the
# fiscal year). One stands where `2025年` would, before a month (`次年3月底前` -> `<=` FY+1-03-31),
# a part of the year (`明年底前`, `次年上半年`) or a deadline word (`次年内完成`), and as the
# end of a range it counts from the range's start (`2024年11月至次年3月` ends 2025-03-31). Standing
# alone, only the fiscal year itself is a date (see CURRENT_YEAR_WORDS): a bare `上年度` or
# `去年同期` is a comparison base, not a deadline, and stays text.
RELATIVE_YEARS: tuple[tuple[str, int], ...] = (
    ("当年", 0),
    ("当年度", 0),
    ("本年", 0),
    ("本年度", 0),
    ("今年", 0),
    ("次年", 1),
    ("次年度", 1),
    ("下年", 1),
    ("下年度", 1),
    ("明年", 1),
    ("明年度", 1),
    ("来年", 1),
    ("翌年", 1),
    ("下一年", 1),
    ("下一年度", 1),
    ("后年", 2),
    ("上年", -1),
    ("上年度", -1),
    ("去年", -1),
    ("上一年", -1),
    ("上一年度", -1),
)

# Characters that end ordinary words and come before a relative year's first character;
# after them the word is no year (`以后年度`, `说明年底前提交`, `应当年底前`, `成本年度`,
# `未来年`, `过去年度`, `以上年度`). Keyed by that first character.
RELATIVE_YEAR_NOT_AFTER: dict[str, str] = {
    "后": "今此以之然最前落",
    "明": "说证表声发透文照光标",
    "当": "应相适正恰得充担典",
    "本": "成资基根样文版剧课",
    "来": "未近从原以向后本",
    "去": "过失除",
    "上": "以",
    "下": "以",
}

# Words that make the date after them the base of a comparison, not a date of the target's
# own: `较2023年提高2个百分点` is 2 percentage points (its context `较2023年提高`), as
# `较上年提高5个百分点` is; the date stays in the context. Words before the date, and words
# after it (`与2023年相比增长5%`, `在2024年基础上提高3个百分点`).
COMPARISON_BASE_WORDS: tuple[str, ...] = ("较", "比", "相较", "较之")
# Words naming the base period, before the year that says which, bracketed or not: the year is
# the base, no date (`较基期（2020年）增长15%`).
BASE_PERIOD_WORDS: tuple[str, ...] = ("基期", "基年", "基准年")
COMPARISON_BASE_WORDS_AFTER: tuple[str, ...] = (
    "相比", "相较", "比较", "基础上", "的基础上", "水平", "的水平",  # `不低于2024年水平`
    "持平", "为基数", "为基准", "为基期",  # `与2024年持平`, `以2024年为基数增长5%`
    "同期",  # `恢复到2019年同期的90%以上`: the same time of that year, the base, no deadline
)  # fmt: skip

# Holidays, named or in quotation marks (`2025年“五一”前`): a day the target is due by, but one no
# reading here resolves (春节 and 端午 move with the lunar calendar; `元旦前发放到位` is text).
HOLIDAYS: tuple[str, ...] = ("元旦", "春节", "元宵", "清明", "五一", "端午", "中秋", "国庆", "重阳")

# Words naming the lunar calendar (`农历十二月二十日前`): a date after them is no Gregorian date,
# and is not read as one (it had read 2023-12-20, one to two months early).
LUNAR_CALENDAR_WORDS: tuple[str, ...] = ("农历", "阴历", "旧历")

# Words after a year or a part of one (no month, no deadline word) that make it no date of the
# target's own: the time a figure was set (`不超过年初预算`, `2025年预算执行率≥90%`), or a season
# or a holiday whose days no calendar fixes (`2025年春季`, `2025年汛期前`, `2025年“五一”前`, a
# school's `寒假`: it
# had read the whole year). The year stays in the context.
YEAR_NOT_A_DATE_BEFORE: tuple[str, ...] = (
    "预算", "决算",
    "部门预算", "部门决算", "项目预算", "财政预算", "单位预算",  # `2023年度部门预算执行率不低于95%`
    "春季", "夏季", "秋季", "冬季", "秋冬", "冬春", "汛期", "汛前", "汛后",
    "寒假", "暑假", "寒暑假", "暑期",  # `2024年寒假期间`: each school sets the days
    *HOLIDAYS, *(f"“{holiday}" for holiday in HOLIDAYS),
    "各",  # `上下半年各1次`: the times each count is made in
)  # fmt: skip
# ... and so do these words between such a year and a figure right after them: the year labels
# the figure (`2026年：≥80%；2027年：≥90%`, `≥95%（2025年为93%）`, `（2025年目标值60%）`,
# `（2022年基数为78.6%）`, `由2023年的85%`), as
# `第一年≥30%` does.
YEAR_LABEL_LINKS: tuple[str, ...] = (
    ":", "为", "是", "目标值", "目标", "基数为", "基数",
    "达到", "达",  # `逐年提高，2024年达到60%以上`: the year the figure is due, no date of its own
    "的",  # `由2023年的85%提高到90%`: the year the base figure was measured in
)  # fmt: skip

# A month named in Chinese numerals glued before a count of these is the period the count is
# made in, no month of the year: `一月一次` is once a month, as `一年两次` is twice a year.
PERIOD_COUNTERS: tuple[str, ...] = ("次", "回", "轮")

# Words before a target that say how firmly it is meant or over what time it is counted, not
# what it counts (`力争达到100%`, `原则上不低于800元`, `累计≥500亿元`, `每年不少于10项`): they stay
# in the clause's context, but a cell of a target and such a word is a target cell still
# (`grid_rows.reads_as_target`), not a note nor a name.
HEDGE_WORDS: tuple[str, ...] = (
    "力争", "争取", "力求", "原则上", "确保", "预计", "累计", "每年", "年均",
)  # fmt: skip

# A year written alone that shares its clause with a figure after it labels the figure when a
# noun follows the year (`2022年北京冬奥会志愿服务保障人数≥300人`, `2020年地区生产总值达到53.7亿元`,
# `2022年衔接资金共下达105万元`): no date of its own, the year stays in the context. Before one of
# these verbs, or a word above of how firmly or over what time, the year says when the thing is
# done, a date beside the figure (`2023年完成85%`, `2024年完成1.8万件`, `2023年计划投入2500万元`);
# not 占, which opens the noun 占比.
YEAR_DATE_VERBS: tuple[str, ...] = (
    *(verb for verb in VERBS_AFTER_OPERATORS if verb != "占"),
    *HEDGE_WORDS,
    "计划", "安排", "实现", "投入", "下达", "拨付", "筹措", "争创", "启动", "推进",
)  # fmt: skip

# The fiscal year as a deadline, written without a year: these words, and a relative year
# above for the fiscal year itself standing alone (`当年`, `本年度`, `本年度内`). They read
# as CURRENT_YEAR_OPERATOR its last day, and only stand as a clause when the value
# quantifies nothing else (`当年新增≥3家` is a count, `年度内完成` a deadline).
CURRENT_YEAR_WORDS: tuple[str, ...] = ("年度内", "年内")
CURRENT_YEAR_OPERATOR: str = "<="
# After these characters `年` counts years and a word that opens with it is no current year nor a
# part of it: `半年内` is within half a year, `多年内` within many, not by the fiscal year's end;
# `每半年末` is the end of every half year, not the fiscal year's.
YEAR_WORD: str = "年"
# A year an edition word follows names a document's edition (`GB 50016-2014（2018年版）`,
# `《中国药典》2020年版`): a name, no date, no number; but not before the characters that make
# another word of it (`2025年版权登记`, copyright; `版面`, `版块`, `版图`, `版画`).
EDITION_WORDS: tuple[str, ...] = ("版",)
EDITION_NOT_BEFORE: str = "权面块图画"
CURRENT_YEAR_NOT_AFTER: str = "半多几数"

# A year counted in a project's own years (`第二年3月`, `第3年底前`: ORDINAL_MARKS, a number, YEAR_WORD)
# is no fiscal year: a month or a part of the year after it is a date the value does not resolve.

# A year written with its last two digits (`25年底`, `26年6月底前`) is in this century. It is a year
# only before a month or a part of the year that needs a written year (`底`, `末`, `初`): `10年内`
# and `15年以上` count years.
SHORT_YEAR_CENTURY: int = 2000

# Separators inside a written date: `2025-12-31`, `2025.12.31`, `2025/12/31`.
DATE_SEPARATORS: str = "-./"

# Text as a web page or a data export leaves it, read as what it shows as LaTeX is: a character
# reference (`&gt;=95%`, `&ge;`, `&#8805;`) is the character it names, an escape of a code point
# (`\u226595%`) the character, and a tag that breaks a line (`<br>`, `<br/>`, any case) white
# space, which separates clauses (`合格率≥95%<br>结业率≥90%`). Each had been read as what it
# spells: `&gt;=95%` as = 95 % (`&gt` context), `<br>` cut into `<` and `br>`.
CHARACTER_REFERENCE: tuple[str, str] = ("&", ";")
CODE_POINT_ESCAPE: str = "\\u"
LINE_BREAK_TAGS: tuple[str, ...] = ("<br>", "<br/>", "<br />", "</br>", "<p>", "</p>")

# LaTeX math left by PDF converters: (command, what it shows). Formatting commands show
# only their argument; `$` and spacing commands show a space.
LATEX_COMMANDS: tuple[tuple[str, str], ...] = (
    ("\\geqslant", "≥"),
    ("\\geq", "≥"),
    ("\\ge", "≥"),
    ("\\leqslant", "≤"),
    ("\\leq", "≤"),
    ("\\le", "≤"),
    ("\\gt", ">"),
    ("\\lt", "<"),
    ("\\times", "×"),
    ("\\pm", "±"),
    ("\\approx", "≈"),
    ("\\sim", "~"),
    ("\\%", "%"),
    ("\\text", ""),
    ("\\mathrm", ""),
    ("\\mathbf", ""),
    ("\\rm", ""),
    ("\\left", ""),
    ("\\right", ""),
    ("{", ""),
    ("}", ""),
    ("\\,", " "),
    ("\\;", " "),
    ("\\:", " "),
    ("\\!", ""),
    ("\\ ", " "),
    ("$", " "),
)

# Marks that group an integer's digits in threes (`2,288.09`, after NFKC `1，000`), and the
# space the national standard for writing numbers (GB 3101) groups them with, which converters
# and typesetters also leave (`1 612批次` is 1612 批次, not 1 and 612批次). A group is exactly
# three digits: `3 25` is no grouped number (two numbers a lone space apart are read as text:
# `≥9 5%` may be 95 % or 9 and 5 %).
DIGIT_GROUP_SEPARATORS: tuple[str, ...] = (",", " ")
# The space GB 3101 also groups decimals with, in threes from the point: `968.191 8` is 968.1918.
DECIMAL_GROUP_SEPARATOR = " "

# Scientific notation as LaTeX shows it: `1.2×10^4`; as a word processor does, the exponent in
# superscript digits (`1.2×10⁴`); and as a spreadsheet does, its exponent mark followed by a sign
# (`1.2E+07`) or, typed by hand, without one (`1.2e4`); never by more digits or letters.
TIMES_SIGNS: str = "×*"
SUPERSCRIPT_DIGITS: str = "⁰¹²³⁴⁵⁶⁷⁸⁹"
EXPONENT_MARKS: str = "Ee"

# Cell separators of a value split over the 计算符号 / 指标值 / 计量单位 columns.
CELL_SEPARATORS: str = "|\t"

# Indicator-name templates that carry the unit or operator a value leaves out: the
# placeholders written where the number goes (`项目总投入(≥**万元)`), and the words that may
# open a parenthesised unit (`(单位:万元)`).
NAME_PLACEHOLDERS: tuple[str, ...] = ("*", "x", "X", "×", "…", ".", "_")
NAME_UNIT_LABELS: tuple[str, ...] = ("单位:", "单位")
# The brackets such a unit stands in: `培训场次(场)`, `培训场次【场】`, `培训人数[人]` (after folding,
# `（）` and `［］` arrive as `()` and `[]`).
NAME_UNIT_BRACKETS: tuple[tuple[str, str], ...] = (("(", ")"), ("[", "]"), ("【", "】"))

# A published template's placeholder where a value goes (`……`, `*`, `★`): a value made only
# of these sets no target (no clause, the `target_placeholder` finding); `≧ %` or a bare unit
# (words, not placeholders) stay text targets.
VALUE_PLACEHOLDERS = "…*★☆_."
# The error values a spreadsheet prints in a cell whose formula failed (`#N/A`: a look-up found
# nothing; `#REF!`: the cell it read was deleted): the target was lost, so a value that is only
# one of them sets no target (no clause, the `target_error_value` finding). Compared in capitals.
SPREADSHEET_ERRORS = (
    "#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!",
    "#GETTING_DATA",
)  # fmt: skip

# A title in book-title marks names a document (`《2025年工作方案》`); numbers inside it are
# not targets.
TITLE_MARKS: tuple[str, str] = ("《", "》")
# So do words alone in quotation marks (`完成“三线一单”编制`, `“两客一危”车辆`): a campaign's or a
# scheme's name, its numerals no counts, and digits alone in them before a word (`“12330”热线`,
# `“12345”平台`: a service's number); quotes holding a unit or a sign hold a figure still.
QUOTE_MARKS: tuple[str, str] = ("“", "”")

# A document's number names it too (`财预〔2020〕10号`): the year in these brackets, then the
# number before DOCUMENT_NUMBER_MARK; numbers inside it are not targets either.
DOCUMENT_YEAR_BRACKETS: tuple[tuple[str, str], ...] = (
    ("〔", "〕"),
    ("[", "]"),
    ("(", ")"),
    ("【", "】"),
)
DOCUMENT_NUMBER_MARK: str = "号"

# A whole number before one of these names a grade or a class, even after an operator
# (`达到二级标准`, `达到一级A标准`, `不低于三星级`, `三等奖`, a hospital's `二甲`/`三乙`): it counts
# nothing, as `三星级以上`. (`3类` may count kinds: no grade word.) A fraction before one counts
# grades climbed (`0.2等`: UNITS).
GRADE_WORDS: tuple[str, ...] = ("级", "星", "等", "档", "甲", "乙")
# Words a Chinese numeral opens with a unit's character after it: a thing's name, no count
# (`红十字`, the Red Cross, is no 10 字; `四面八方` no 8 方) unless an operator bounds them.
NUMERAL_NOUNS: tuple[str, ...] = ("十字", "八方")

# A number with one of these after it names a thing, it counts nothing: `1号楼`, `3#楼`, `1-3号楼`,
# `2型糖尿病` (a type).
IDENTIFIER_MARKS: str = "号#型"
# A month and a day joined by one of these name a day kept in its memory, they count nothing:
# `5·12防灾减灾日`, `3·15消费者权益日`.
DAY_NAME_MARKS: str = "·・•"
# A number without a unit that these words follow, directly or after a few more words, names a
# line or a release, it counts nothing: `12345热线`, `开通12320卫生热线`, `2.0版本`, `3.0版`.
NAME_WORDS_AFTER: tuple[str, ...] = ("热线", "专线", "版本", "版")
NAME_WORDS_REACH: int = 4
# A length of time these words follow within SPAN_NAME_REACH more words names a circle of
# services or commuting by how far it reaches, or a rate by the time it is counted within, no
# time limit: `15分钟生活圈`, `1小时经济圈`, `森林火灾24小时扑灭率≥95%`, `30天再入院率≤3%`; so does
# a forecast by the hours it looks ahead (`24小时晴雨预报准确率≥87%`, `台风路径24小时预报误差≤70公里`),
# and a concentration by the hours it is averaged over (`臭氧日最大8小时平均浓度≤160μg/m³`).
SPAN_NAME_ENDS: tuple[str, ...] = ("圈", "率", "预报", "浓度")
# So does a distance in one of these units, the radius a rate counts within (`城市公交站点500米
# 覆盖率达到100%`, `3公里服务圈`).
SPAN_LENGTH_UNITS: tuple[str, ...] = ("米", "公里", "千米", "m", "km")
# The name after the length may say what is counted before its end (`24小时森林火灾扑灭率`), and
# a bracket of up to SPAN_NAME_BRACKET words in it counts as one word (`24小时最高（低）气温预报`);
# a separator or a figure still ends it (`24小时内响应，处置率100%`).
SPAN_NAME_REACH: int = 8
SPAN_NAME_BRACKET: int = 3
# So does one of these public service numbers glued to the word of its service (`120急救平均反应
# 时间≤12分钟`, `110报警`, `12315投诉`) ...
SERVICE_NUMBERS: tuple[str, ...] = (
    "110", "119", "120", "122", "12315", "12320", "12333", "12338", "12345", "12348", "12349",
    "12355", "12356", "12366", "12369", "12393", "96110",
)  # fmt: skip
# ... and a release number right after these words (`通过等保2.0三级测评`, `工业4.0`).
NAME_WORDS_BEFORE: tuple[str, ...] = ("等保", "工业")
# A power of ten of these, written with its magnitude word and glued to a name ending in one of
# RATE_BASE_ENDS, is the base a rate is counted per, no count: `火灾十万人口死亡率不超过0.2`,
# `1万人发病率≤5` (`服务十万人口` alone counts people).
RATE_BASE_COUNTERS: tuple[str, ...] = ("人口", "人")
RATE_BASE_ENDS: tuple[str, ...] = ("率",)
# A number joined by one of these to a letter names a scheme, it counts nothing: `1+N`, `N+1`,
# `1+X证书`.
SCHEME_JOINERS: str = "+"
# A number without a unit before one of these tells the hour, it counts nothing: `早8点至晚6点`,
# `18时前` (as `9:00-17:00`, RATIO_SIGNS).
CLOCK_WORDS: tuple[str, ...] = ("点", "时")
# ... the minutes after such an hour (`8点30分`); a time between a day and its deadline word is
# context of the deadline (`12月31日17:00前`, `2025年12月31日24时前`).
CLOCK_MINUTE: str = "分"
# A number right after one of these words, opening the value or a bracket, refers to a note
# (`≥98%（注1）`); it counts nothing.
NOTE_REFERENCES: tuple[str, ...] = ("注", "备注", "脚注")
# Between the two terms of a ratio or the hour and minute of a time (`1:20`, `9:00`): numbers
# there are no quantities. The colon, the ratio sign full-width folding leaves (`1∶2`), the
# two-dot leader of vertical text a typesetter prints for a colon, which folding would make two
# characters and so leaves (`19.8︰41︰39.2`: it had read = 19.8, = 41 and = 39.2), and 比
# written between the terms (`按1比1比例配套`: it had read = 1 and = 1).
RATIO_SIGNS: str = ":∶︰比"

# A number beside a times sign (TIMES_SIGNS, other than in `×10^n`) is a factor of a product
# (`7×24小时`, `3×3米`), neither factor a target.

# Brackets a quantity may stand in (`已完成（100%）`, `≥4次（每季度1次）`): they are no context of its
# own clause, the words inside them are.
QUANTITY_BRACKETS: tuple[tuple[str, str], ...] = (("(", ")"), ("[", "]"), ("【", "】"))

# A list's item numbers in one cell (`1.培训≥3场；2.覆盖≥100人`, `(1)≥95%`, `1、完成3场`): a
# number that opens the value or follows one of ITEM_BEFORE, with one of ITEM_MARKS right after
# it and more after that, numbers the item, it counts nothing.
ITEM_MARKS: str = ".、)"
ITEM_BEFORE: str = " ,;。("

# Codes of standards: a number after one (and its year after a hyphen) is the standard's own
# (`GB 50300-2013`, `GB/T 19001`, `DB11/T 1234`, `ISO 9001`), no target. A number glued to any
# letters, or joined to them by a hyphen (`GB3838-2002`, `COVID-19`), is a code already.
STANDARD_CODES: tuple[str, ...] = (
    "GB", "DB", "HJ", "JGJ", "CJJ", "JTG", "SL", "DL", "NY", "LY", "WS", "CECS", "ISO", "IEC",
)  # fmt: skip

# OCR damage to an operator, read as written and reported, never repaired (spec: `292%`,
# `二100%`, `工5%`). Characters OCR makes of `≥`, `≤` or `=` when they stand glued to the
# first digit of a value:
OCR_OPERATOR_MARKS: str = "二工"
# Characters of operator words OCR reads as look-alikes, (printed, as read): `大干等于95%` is
# 大于等于 with 于 read as 干. An operator word so damaged before a figure leaves the value text
# (it had read `= 95 %` from the 等于 left intact, 大干 the context).
OCR_OPERATOR_LOOKALIKES: tuple[tuple[str, str], ...] = (("于", "干"),)
# `≥` read as `2`: a percentage over 100 that is `2` before one of at most 100 (`292%` for
# `≥92%`), on an indicator whose rate cannot pass 100 %: a name ending in one of these (after
# any template note in brackets) and holding none of the growth words below.
BOUNDED_RATE_ENDINGS: tuple[str, ...] = ("率", "满意度", "比例", "占比")
GROWTH_WORDS: tuple[str, ...] = ("增长", "增幅", "增速", "提高", "提升", "同比", "环比", "增加")
OCR_PERCENT_LEAD = "2"
# A figure whose first digits a converter lost, so that it opens with its thousands' separator
# (`,500人次` for `1,500人次`; after its operator: `≥,500人`): damage to the number, not a
# separator before a clause of 500, which is not guessed at (the value is text).
HEAD_LOST_SEPARATOR: str = ","
# Letters OCR makes of `0` and `1` inside a number (`2O25年`, `1O0%`, `9l.5%`): a digit between
# two others read as one of these is damage to the number, which is not guessed at (the value is
# text). Between digits only: `CO2`, `O3` and `SO2` are names.
OCR_DIGIT_LETTERS: str = "OoIl"
# ... and those standing alone for a figure before its unit (`O起` for 0起): not `I`, which
# writes the Roman one of `I类水质`.
OCR_FIGURE_LETTERS: str = "Ool"
# ... and so is one between a digit and a date's mark, or between a date's mark and a digit
# (`2024年12月3l日前`, `12月3O日`, `2024年l2月`): the day or the month is damaged, which had left the
# month alone read as the date (the whole of December, `3l日前` its context).
OCR_DATE_MARKS: str = "年月日号"
# ... likewise a decimal point OCR read as an ideographic full stop between two digits (`95。5%`:
# 95.5 or 95 and 5, which cannot be told; it had read = 95 and a clause of 5 %) ...
OCR_DECIMAL_MARKS: str = "。"
# ... and a unit's character OCR read as one that looks like it, glued after a figure
# (`2024年12月31曰前`: 曰 for 日, which no value writes; it had read a month and = 31).
OCR_UNIT_LOOKALIKES: str = "曰"
# Marks a decoder or a converter leaves where it could not read a character: the replacement
# character anywhere (`涓嶄綆浜�95%`, 不低于 decoded with the wrong code page), a question mark glued
# before a figure (`?95%`, an operator the code page lacked), and a PDF converter's number of a
# glyph it could not map (`(cid:21)95%`: the opening and the closing of that mark). The value
# is text, the intact figure no reading (`= 95 %` misreads a floor; cid 21 is no figure at all).
UNREADABLE_CHARACTERS: str = "\ufffd"
UNREADABLE_BEFORE_FIGURES: str = "?"
UNMAPPED_GLYPH: tuple[str, str] = ("(cid:", ")")
# Marks a publisher or a mirror masks a figure's decimals with (`执行数78.*元`): after a decimal
# point they hide digits that cannot be read back, so the value is text, not the whole part
# alone (it had read = 78, `.*元` its context); elsewhere `*` is a product's sign (`7*24小时`).
MASKED_DECIMALS: str = "*"
# Single-byte code pages a converter may decode UTF-8 text with (`â‰¥95%` is ≥95% read as
# Windows-1252): a run of their characters whose bytes in that code page are UTF-8 of a character
# beyond ASCII is such damage, the value text (it had read `= 95 %`, the operator its context).
MIS_DECODING_CODE_PAGES: tuple[str, ...] = ("cp1252", "latin-1")
# ... but not a run opened by these, which stand beside figures as written (`3×¼`).
MIS_DECODING_NOT_OPENED_BY: str = "×"
# `%` (and `‰`) as OCR breaks it into its strokes, each read as another mark: the small circle
# above the slash (a degree sign, a letter o, a white circle), the slash, and the circle below it
# (those, a zero or a full stop; two of them for `‰`). After a figure (`≥95°/o`, `98 o/o`,
# `95°/0`, `3°/oo`) they are damage to its unit, which is not guessed at (spec: `二100百分比`):
# the value is text, not a figure with no unit, which a query would compare with percentages
# and counts alike. Not before more digits or letters (`95°/0.5`).
OCR_PERCENT_ABOVE: str = "°oO○"
OCR_PERCENT_SLASH: str = "/"
OCR_PERCENT_BELOW: str = "°oO○0。"
