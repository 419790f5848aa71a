"""Tests for the Normalize stage's target-value parser: every seed value and every spec case."""

import datetime
import gc
import json
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from pipeline.targets.parser import (
    CLAUSE_FIELDS,
    MEMO,
    MEMO_BYTES,
    Clause,
    Memo,
    clause_to_dict,
    entry_bytes,
    has_numeric_clause,
    parse_actual,
    parse_target,
)
from pipeline.vocab import target_words as vocab

FIXTURES = Path(__file__).parent / "fixtures"


def _load(name: str) -> list[dict]:
    with (FIXTURES / name).open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


SEED = _load("seed-target-values.jsonl")
CASES = _load("target-cases.jsonl")
# A held-out round: values written from the spec before the parser read them; a line marked
# `actual` is a self-evaluation's 实际完成值, read with `parse_actual`; `note` says why.
HELDOUT = _load("heldout-target-values.jsonl")
# The second round: time limits, frequencies, shares per ten thousand, phases and grades, units
# real tables write (延米, 日历天, 亩次 …), actuals.
HELDOUT_2 = _load("heldout-target-values-2.jsonl")
# The third round: two-digit years, month ranges after a point, a period glued before its count
# (3年1次), ordinals in a list, hotline and version numbers, money, percentage points, falls,
# compound bounds, typed and damaged operators, letter-spaced values, footnote marks, actuals.
HELDOUT_3 = _load("heldout-target-values-3.jsonl")
# The fourth round: areas, volumes, energy, beds and person-days, compound rates, ranges with the
# unit on both ends, tolerances around a value, ratios, qualified counts, time limits, dates in
# Chinese numerals, grades, changes from a base year, zero targets, financial numerals, actuals.
HELDOUT_4 = _load("heldout-target-values-4.jsonl")
# The fifth round: frequencies, sums and approximations in Chinese numerals (1万5千-2万元, 三百来人),
# percent words, full-width forms, compact and relative dates, durations, comparisons without a
# number, strict and inclusive notes, areas and volumes (万方, m³), money per unit and night, compound
# bounds, ratios and grades, actuals.
HELDOUT_5 = _load("heldout-target-values-5.jsonl")
# The sixth round: tolerances, per-mille and per-myriad words, scores and their scales, ranks within
# the first N, changes against a base in pp, budget bounds, response times, water and air classes
# (pH, AQI, COD), exponent and suffixed numbers (1.2e4, 2万+, 5k), counters of incidents (0起),
# ranges of quarters, typed operators (≧ ≦), hints for a rank, actuals.
HELDOUT_6 = _load("heldout-target-values-6.jsonl")
# The seventh round: compound targets (且, 并, ；, 、), fractions and ratios (∶), sums in 圆 and
# mixed magnitudes, per-head money, ranges in words, negations, dates without a year and spans,
# calendar days and seconds, 折, grades in Roman numerals, physical units (kV, lx, MPa, NTU, Hz),
# changes from a base, actuals with deviations, hints.
HELDOUT_7 = _load("heldout-target-values-7.jsonl")
# The eighth round: three-part and 及/以及 compounds, rates over two denominators, halves and
# 过半, 折 in two numerals (九五折), ceilings and floors in words (最高, 封顶, 上限, 下限), operators
# behind modal words (不得超过, 不应少于), ≮ ≯ ⩾ ⩽, 大于…（含）, dates by 到/至 and 起…止, halves of
# time units (一年半, 半个月), temperatures below zero, units in letters (Pa, ppm, dB(A), lm/W),
# hint templates typed with spaces or full-width forms, actuals with deviations and delays.
HELDOUT_8 = _load("heldout-target-values-8.jsonl")
# The ninth round: per-mille and per-myriad bounds, points around a percentage, frequencies per
# period and per place, bases of rates in a name (千人, 万人发案率), codes glued to letters (DN300,
# C30), sums with a magnitude before a unit of its own (万千瓦), weekdays after a date, 年中, Q3,
# 最迟, remarks in brackets, whole-coverage words, hints, actuals with a plan and a result.
HELDOUT_9 = _load("heldout-target-values-9.jsonl")
# The tenth round: hospital, school and township tables of 2026 templates (age bands and grades in
# a rate's name, 120/12345 lines, 每五年 periods, per-bed-day and per-student-year money), durations
# after an event (签订后15个工作日内), ranges across magnitudes (8000元至1.2万元), units in brackets
# (≥1（个）), 月份, 号 for 日, codes and document numbers that are no targets, actuals with reasons.
HELDOUT_10 = _load("heldout-target-values-10.jsonl")
# The eleventh round: a base and its target in one value (由85%提高到90%), rates per head and per
# thousand people, counts per period in words (一月一次, 双周1次), school years and grades in names
# (初三, 七年级), full-width groups, units in letters (hm², m³/s, MW), compound bounds, actuals.
HELDOUT_11 = _load("heldout-target-values-11.jsonl")
# The twelfth round: disease control, police, fire, vocational school, community health, state
# capital, water, transport and forestry tables: classes and grades inside names (八类, 较大以上,
# 三等奖及以上, 四、五类桥), indices in letters (PQI, MQI), return periods (20年一遇), age bands and
# parts in brackets, 控制在…以内 around words, operator-only hints (（≥）), actuals.
HELDOUT_12 = _load("heldout-target-values-12.jsonl")
# The thirteenth round: archives, weather, supply co-operative, disabled persons', Red Cross,
# statistics, audit, petition, emergency and civil air defence tables: forecast ranges inside
# names (24小时预报), counters of those trades (万页, 人份, 床), whole-coverage words (应纳尽纳),
# bounds named without a figure (≥上年, 省定标准), ratings in stars, 以上年 that is no 以上,
# full-width ranges with units on both ends, actuals.
HELDOUT_13 = _load("heldout-target-values-13.jsonl")
# The fourteenth round: transport, housing, culture and tourism, sport, commerce, grain reserves,
# forestry, veterans, medical insurance, market regulation, justice, religious affairs and mass
# organisations' tables: ranges with units at both ends, deadlines in every spelling, fractions
# and ratios, rates per unit, bounds and hedges in words, changes from a base, grades, Chinese
# numerals, full-width forms, several clauses in one value, actuals with reasons.
HELDOUT_14 = _load("heldout-target-values-14.jsonl")
# The fifteenth round: offices' affairs, state assets, finance, ports of entry, maritime, surveying,
# earthquake, government services, big data, city management, parks, funeral, investment and rural
# revitalisation tables: map scales and classes inside names, bases after 较, ranges with units at
# both ends, deadlines in every spelling, fractions, per-unit rates, hedges, grades, Chinese
# numerals, full-width forms, several clauses in one value, actuals with reasons.
HELDOUT_15 = _load("heldout-target-values-15.jsonl")
# The sixteenth round: overseas Chinese affairs, local chronicles, science associations, ageing,
# secrecy, federations, intellectual property, radio, hydrology, foreign affairs, charity, legal
# aid, post, farm machinery, animal epidemics, weather (and its modification), Red Cross, disabled
# persons', supply co-operatives, audit, statistics, petitions, civil air defence, fire and rescue
# and archives tables: titles holding years, 廿, quoted service numbers, seasons with months in
# brackets, ranges with units at both ends, deadlines in every spelling, per-unit rates, bounds in
# words (不迟于 before a time limit), stars and quoted grades, Chinese numerals, full-width forms,
# several clauses in one value, actuals.
HELDOUT_16 = _load("heldout-target-values-16.jsonl")
# The seventeenth round: people's congress, political consultative conference, party school,
# staffing, veteran cadres, cyberspace, party history, trade union, tax, fishery, livestock, seed,
# energy, heating, public resource trading, county media centre, museum, film, special education,
# industry and child welfare tables: titles holding ordinals, seasons with days in brackets, units
# of power (千伏安, 万千瓦), ranges in Chinese numerals, bounds in words, several clauses in one
# value, full-width and spaced forms, actuals.
HELDOUT_17 = _load("heldout-target-values-17.jsonl")
# The eighteenth round: ocean, forest fire prevention, soil and water conservation, rural
# revitalisation, administrative approval, grid management, housing provident fund, women's
# federation, disabled persons', funeral, ports, weather, earthquake, wetland and wildlife, drug
# control, community correction, childcare, heritage, water supply and bus tables: units of reefs
# and erosion (万空方, t/(km²·a)), reform names in quotes (“最多跑一次”), 逾期 that is no 逾, age bands
# in names, bases and targets in one value, every operator word, dates in every spelling, hints,
# full-width and spaced forms, LaTeX, several clauses in one value, actuals.
HELDOUT_18 = _load("heldout-target-values-18.jsonl")
# The nineteenth round: statistics, audit, archives, offices' affairs, petitions, civil air defence,
# supply co-operatives, grain reserves, drug regulation, intellectual property, sport, radio and
# television, press and publication, foreign and overseas Chinese affairs, ethnic and religious
# affairs, forensic appraisal, legal aid and fire and rescue tables: counters of those trades
# (画幅, 种/个, 秒/百小时), ordinals in names (第五次), numerals of several places before a noun, a
# year glued to its figure, bases of increases in brackets, ratios, ages, every operator word,
# dates in every spelling, hints, full-width and LaTeX forms, actuals.
HELDOUT_19 = _load("heldout-target-values-19.jsonl")
# The twentieth round: agriculture (耕地质量, 良种, 深松), housing, water, natural resources, ecology
# (优良天数比例, PM2.5, dB(A)), market regulation, transport, commerce, veterans, courts and
# procuratorates, hospitals' DRG (入组率, CMI), schools' 双减, elderly care, civil affairs,
# emergencies and tourism: every operator word, ranges by every joiner, changes from a base,
# money per unit and year, durations, dates in many spellings, compounds, damaged digits, actuals.
HELDOUT_20 = _load("heldout-target-values-20.jsonl")
# The twenty-first round: health, water, transport, agriculture, education, culture, civil
# affairs, environment, ICT, emergencies and public finance: ranges with a unit on both ends,
# magnitudes, rates per unit, percentage points, negatives and full-width signs, Chinese and
# financial numerals, exclusive words, compounds, durations, dates in many spellings, text
# targets holding digits (standards' numbers), and actuals.
HELDOUT_21 = _load("heldout-target-values-21.jsonl")
# The twenty-second round (100 values): health, education, agriculture, transport, water,
# culture, civil affairs, science, environment and finance: ranges with the unit written once,
# financial numerals, 成 and 百分之 shares, 万 before many units, rates per pupil and year,
# multiples of a named standard (`低保标准的1.3倍`), graded scores, dates across a year's end,
# split cells and LaTeX.
HELDOUT_22 = _load("heldout-target-values-22.jsonl")
# The twenty-third round (100 values, 2018–2026): rarer operator words (不小于, 以外, 及以下, 不到,
# 突破, 最少), 千元 and 亿斤, rates per 万公里, leap-year deadlines, quarters and recurring months,
# template hints in names, and figures that name things (hotlines, 5·12, age bands in brackets,
# 8小时平均浓度, 第90百分位数).
HELDOUT_23 = _load("heldout-target-values-23.jsonl")
# The twenty-fourth round (100 values, 2018–2026, seventeen sectors): ≧ ＞ ＜ and ±, 余 and 多,
# financial and fractional numerals (三分之二, 万分之五), 翌年 and 中旬, per-population rates,
# and figures that name things (2型, H7N9, 96110, G312, 十四五, 《…年鉴》).
HELDOUT_24 = _load("heldout-target-values-24.jsonl")
# The twenty-fifth round (100 values): hints from the indicator's name, split cells, ranges in
# many spellings (介于…之间, 八成至九成), changes and 个百分点, money per head and unit, time
# limits, deadlines, tolerances, zeros, grades, and figures that name things (“15分钟”健身圈).
HELDOUT_25 = _load("heldout-target-values-25.jsonl")
# The twenty-sixth round (100 values, 2018–2026, fourteen sectors): ranges, Chinese numerals
# (八成五, 千分之十五, 贰拾万元), base-to-target values, dates and spans of them, year-labelled
# targets in brackets (2025年目标值60%), and age bands naming whom a sum is for (90-99周岁100元).
HELDOUT_26 = _load("heldout-target-values-26.jsonl")
# The twenty-seventh round (100 values): Chinese and financial numerals with units (叁佰伍拾万元),
# strict and approximate operators (不满, 上下), fractions and 成, base values, dates of many
# shapes (2023.06.30前, 第一季度末), three-clause values, and a deadline whose year is the one
# written before it (2025年6月底前完成主体建设，9月底前投入使用 in a 2024 table).
HELDOUT_27 = _load("heldout-target-values-27.jsonl")
# The twenty-eighth round (100 values, sixteen rarely covered sectors): actuals, digits before
# small places (2千5百吨), a magnitude whose counter the name gives (2万 under 受众人数（人次）),
# base periods (较基期（2020年）, 2022年基数为78.6%), 羊单位, and 控制在 framing 每公里 … 以内.
HELDOUT_28 = _load("heldout-target-values-28.jsonl")
# The twenty-ninth round (100 values, fourteen sectors): 百分之…, bounds on both sides, ranges
# with 到, changes in 个百分点, approximate counts (余, 多, 近, 约), money per head and per area, and
# a foreign currency (1.5亿美元: money in 美元, never converted).
HELDOUT_29 = _load("heldout-target-values-29.jsonl")
# The thirtieth round (100 values): counters 宗, 架 and 艘, approximate magnitudes, 年度 dates and
# years that label a budget (2023年度部门预算执行率) or the year a figure is due (2024年达到60%),
# 上旬/中旬/下旬 and 月中, ranges across years, ranges of Chinese numerals (两至三批).
HELDOUT_30 = _load("heldout-target-values-30.jsonl")
# The thirty-first round (100 values, 15 of them actuals): operator words run together
# (高于或等于, 至少不低于, 及以内), values damaged by converters (`>＝ 90 ％`, `≥ 9 8 %`, LaTeX),
# rate units (万元/人·年, 人/万人), magnitudes mixed (1亿2000万元), quarters named together, 前后
# after a date, half a working day, and seasons before a count (每年汛前完成1次).
HELDOUT_31 = _load("heldout-target-values-31.jsonl")
# The thirty-second round (100 values, 15 of them actuals): operator words and hedges run
# together (至少达到, 至少为, 最高为, 不得高于, 严格控制在…以内, 上下浮动不超过, 确保不低于), ranges
# with thousands separators at both ends (1,000万元～1,500万元) and in ‰, numerals in words
# (百分之八十五点五, 贰万元, 近两千户), rates (升/人·日, 元/车·公里, 万元/村), counters (口, 幢, 道,
# 人日) and 日历日, dates (Q4, 24:00前, 元旦前, 次年第一季度, 每年11月1日至次年3月31日), changes
# against a base, grades, and damage: `≥9S%`, a percent sign OCR broke into `°/o` (text), a
# Roman numeral among digits (`Ⅰ00%`: the clause keeps it as printed, as every round keeps
# `＞＝85%` and `５０`; the round had first expected it folded, `I00%`, corrected on landing).
HELDOUT_32 = _load("heldout-target-values-32.jsonl")
# The thirty-third round (100 values, 15 of them actuals): operator words and hedges (最低达到,
# 必须达到, 保底, 不得超出, 低于等于, 起码, 上限 after the figure), numbers in words (三至五成, 近半,
# 三成多, 百分之玖拾伍, 1比1, 10,0000 grouped by four), rates and counters (元/头, 趟, 头份, 床日,
# 笔, CFU/mL, 自然年), changes against a base (恢复到2019年同期的), dates (2024.12月底前, a workbook's
# timestamp, 零时起, 农历, “五一”前), a length in two units (2小时30分钟), tolerances typed on a
# keyboard (+/-5%), bounds written unusually (95%≤出勤率≤100%, 或, →, <br>), and damage: &gt;=,
# \u2265, GBK mojibake, ?95%, (cid:21), 95。5%, 曰 for 日, and spreadsheet errors. Six
# expectations were corrected on landing: #VALUE! and #DIV/0! give no clause (SPREADSHEET_ERRORS,
# a finding), 95%≤出勤率≤100% puts the name in the second clause as 95%≤完成率≤100% does, 或
# and → are no separators the spec lists, so the second clause's text keeps them, and the actual
# 延迟至2025年3月完工 is a deadline by the month's end, as rounds 9 and 10 read 延期至2026年3月.
HELDOUT_33 = _load("heldout-target-values-33.jsonl")
# The thirty-fourth round (100 values, 15 of them actuals), weighted to ranges and compound
# targets (且, ；, 、 lists, two bounds unparted), changes against a base (由2023年的85%提高到90%,
# 较2022年底净增), dates and periods (上半年…下半年, 寒假, 学期, 汛期 in brackets, 2023-2025年),
# grades (一等奖1项、二等奖2项, 甲级、乙级各1家) and converter damage (&lt;, &#37;, mojibake of
# ≥ through Windows-1252, 大干等于 for 大于等于, a year split by a space, 1 for 100%, serials).
# Two expectations were corrected on landing: 》=90% is >= 90 % as the spec's case 》=95% reads,
# and 2 024年12月31日前 is the deadline 2024-12-31, its space a grouping of three (1 612批次).
HELDOUT_34 = _load("heldout-target-values-34.jsonl")
# The thirty-fifth round (100 values, 15 of them actuals), weighted to compound targets (且, 和,
# 并且, 、, ，), changes against a base, ranges (介于…之间, ‰ to ‰, quarters to quarters), dates and
# lengths in two units (1年6个月, 一年零三个月), grades, fractions and ratios, Chinese and financial
# numerals, rates per person and year, and converter damage (split columns, letter-spacing, l and O
# for 1 and 0, LaTeX, trailing ；). One expectation was corrected on landing: ≥ ９ ８ % keeps its
# digits as printed in the clause's text (≥９８%), as every round keeps ＞＝9８%.
HELDOUT_35 = _load("heldout-target-values-35.jsonl")
# The thirty-sixth round (100 values, 15 of them actuals), weighted to the forms earlier rounds
# used least: two comparisons joined by 或, 或者, 及, 以及, 同时 and 并, bounds written in words
# (最多不超过, 不满, 未满, 不超, 最少不低于, 以内, 以下), rates (人次/万人, 张/千人, 元/人·年,
# 元/平方米·月, 元/吨·公里, 千元/人), changes against a base, date windows and deadlines with the
# share due by them, lengths in 工作日, Chinese and financial numerals with 万, 亿 and 万亿,
# full-width digits and operators (≧, ﹤, ／), and converter damage (&ge;, &#8805;, LaTeX with and
# without its dollar signs, a no-break space, O for 0).
HELDOUT_36 = _load("heldout-target-values-36.jsonl")
# The thirty-seventh: the wordings the 36 rounds before used least (小于或等于, 或以上, 逾, two
# bounds in one value: 大于10人小于20人), financial numerals (陆拾柒万捌仟元整), signed values
# and ranges (-3%～+3%, -18℃至-15℃), rates per year without 元 (万/年), ‱ and 百分比, figures
# that look like years (2025亿元), dates written with dots and dashes (2025.12, 2024-09) or in
# Chinese numerals (二〇二四年九月至十二月), and ASCII separators.
HELDOUT_37 = _load("heldout-target-values-37.jsonl")
HELDOUT_38 = _load("heldout-target-values-38.jsonl")
HELDOUT_39 = _load("heldout-target-values-39.jsonl")
# The fortieth: ranges, relative and per-mille targets, limits, deadlines and durations, grades,
# compound values, and 40 actuals written as words or with their own units.
HELDOUT_40 = _load("heldout-target-values-40.jsonl")
HELDOUT_41 = _load("heldout-target-values-41.jsonl")
HELDOUT_42 = _load("heldout-target-values-42.jsonl")
HELDOUT_43 = _load("heldout-target-values-43.jsonl")
HELDOUT_44 = _load("heldout-target-values-44.jsonl")
HELDOUT_45 = _load("heldout-target-values-45.jsonl")
HELDOUT_46 = _load("heldout-target-values-46.jsonl")
HELDOUT_47 = _load("heldout-target-values-47.jsonl")
HELDOUT_48 = _load("heldout-target-values-48.jsonl")
HELDOUT_49 = _load("heldout-target-values-49.jsonl")
HELDOUT_50 = _load("heldout-target-values-50.jsonl")
HELDOUT_51 = _load("heldout-target-values-51.jsonl")
HELDOUT_52 = _load("heldout-target-values-52.jsonl")
HELDOUT_53 = _load("heldout-target-values-53.jsonl")
HELDOUT_54 = _load("heldout-target-values-54.jsonl")
HELDOUT_55 = _load("heldout-target-values-55.jsonl")
HELDOUT_56 = _load("heldout-target-values-56.jsonl")
# The spec's cases and every held-out round, each value once.
SPEC_AND_HELDOUT = (
    CASES
    + HELDOUT
    + HELDOUT_2
    + HELDOUT_3
    + HELDOUT_4
    + HELDOUT_5
    + HELDOUT_6
    + HELDOUT_7
    + HELDOUT_8
    + HELDOUT_9
    + HELDOUT_10
    + HELDOUT_11
    + HELDOUT_12
    + HELDOUT_13
    + HELDOUT_14
    + HELDOUT_15
    + HELDOUT_16
    + HELDOUT_17
    + HELDOUT_18
    + HELDOUT_19
    + HELDOUT_20
    + HELDOUT_21
    + HELDOUT_22
    + HELDOUT_23
    + HELDOUT_24
    + HELDOUT_25
    + HELDOUT_26
    + HELDOUT_27
    + HELDOUT_28
    + HELDOUT_29
    + HELDOUT_30
    + HELDOUT_31
    + HELDOUT_32
    + HELDOUT_33
    + HELDOUT_34
    + HELDOUT_35
    + HELDOUT_36
    + HELDOUT_37
    + HELDOUT_38
    + HELDOUT_39
    + HELDOUT_40
    + HELDOUT_41
    + HELDOUT_42
    + HELDOUT_43
    + HELDOUT_44
    + HELDOUT_45
    + HELDOUT_46
    + HELDOUT_47
    + HELDOUT_48
    + HELDOUT_49
    + HELDOUT_50
    + HELDOUT_51
    + HELDOUT_52
    + HELDOUT_53
    + HELDOUT_54
    + HELDOUT_55
    + HELDOUT_56
)


def _id(case: dict) -> str:
    return f"{case['text']!r}|{case['indicator_name']}|{case['fiscal_year']}"


def _parsed(case: dict) -> list[dict]:
    if case.get("actual"):
        clauses = parse_actual(case["text"], case["fiscal_year"])
    else:
        clauses = parse_target(case["text"], case["indicator_name"], case["fiscal_year"])
    return [clause_to_dict(clause) for clause in clauses]


# Every case file by name: the seed's values, the spec's cases and the held-out rounds.
CASE_FILES = {
    "seed": SEED,
    "spec": CASES,
    "heldout": HELDOUT,
    "heldout-2": HELDOUT_2,
    "heldout-3": HELDOUT_3,
    "heldout-4": HELDOUT_4,
    "heldout-5": HELDOUT_5,
    "heldout-6": HELDOUT_6,
    "heldout-7": HELDOUT_7,
    "heldout-8": HELDOUT_8,
    "heldout-9": HELDOUT_9,
    "heldout-10": HELDOUT_10,
    "heldout-11": HELDOUT_11,
    "heldout-12": HELDOUT_12,
    "heldout-13": HELDOUT_13,
    "heldout-14": HELDOUT_14,
    "heldout-15": HELDOUT_15,
    "heldout-16": HELDOUT_16,
    "heldout-17": HELDOUT_17,
    "heldout-18": HELDOUT_18,
    "heldout-19": HELDOUT_19,
    "heldout-20": HELDOUT_20,
    "heldout-21": HELDOUT_21,
    "heldout-22": HELDOUT_22,
    "heldout-23": HELDOUT_23,
    "heldout-24": HELDOUT_24,
    "heldout-25": HELDOUT_25,
    "heldout-26": HELDOUT_26,
    "heldout-27": HELDOUT_27,
    "heldout-28": HELDOUT_28,
    "heldout-29": HELDOUT_29,
    "heldout-30": HELDOUT_30,
    "heldout-31": HELDOUT_31,
    "heldout-32": HELDOUT_32,
    "heldout-33": HELDOUT_33,
    "heldout-34": HELDOUT_34,
    "heldout-35": HELDOUT_35,
    "heldout-36": HELDOUT_36,
    "heldout-37": HELDOUT_37,
    "heldout-38": HELDOUT_38,
    "heldout-39": HELDOUT_39,
    "heldout-40": HELDOUT_40,
    "heldout-41": HELDOUT_41,
    "heldout-42": HELDOUT_42,
    "heldout-43": HELDOUT_43,
    "heldout-44": HELDOUT_44,
    "heldout-45": HELDOUT_45,
    "heldout-46": HELDOUT_46,
    "heldout-47": HELDOUT_47,
    "heldout-48": HELDOUT_48,
    "heldout-49": HELDOUT_49,
    "heldout-50": HELDOUT_50,
    "heldout-51": HELDOUT_51,
    "heldout-52": HELDOUT_52,
    "heldout-53": HELDOUT_53,
    "heldout-54": HELDOUT_54,
    "heldout-55": HELDOUT_55,
    "heldout-56": HELDOUT_56,
}
# Values of the case files the parser does not read as written yet: (file, text) -> why. Strict,
# so that the fix that reads one must take it out of here.
NOT_READ_YET: dict[tuple[str, str], str] = {
    ("heldout-40", "1季度"): "a cycle of one quarter (结算周期): the parser reads a bare N季度 as "
    "that quarter of the year, as `一季度完成` is, and the name's 周期 does not tell it a length",
    ("heldout-14", "应急物资储备品种不少于20类"): "类 after a bound counts kinds here, but a "
    "bound before a class reads the same (水质达到3类, 不低于三类): 类 is no unit, so the floor "
    "of 20 is read with 类 left in its context rather than a class read as a count",
    ("heldout-11", "二本以上"): "二本 is the second tier of university admission here, but 二本 is "
    "two volumes too (图书二本以上); without the indicator's name nothing tells them apart, and "
    "the parser reads a floor of 2 本",
    ("heldout-24", "24小时城市书房新建6个"): "24小时 glued to a noun names a place open round "
    "the clock here, but reads as a time limit glued to what is done within it (24小时办结): "
    "the parser reads a length of 24 小时",
    ("heldout-31", "2025年第二、三季度"): "two quarters named together with 、 are one span "
    "here, but 、 parts two comparisons elsewhere (`≥95%、≥90%`): the parser reads the year's "
    "第二 as a date of its own and 三季度 as a deadline, two clauses",
}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            case,
            id=f"{name}|{_id(case)}",
            marks=[pytest.mark.xfail(strict=True, reason=NOT_READ_YET[name, case["text"]])]
            if (name, case["text"]) in NOT_READ_YET
            else [],
        )
        for name, cases in CASE_FILES.items()
        for case in cases
    ],
)
def test_each_value_of_the_case_files_gives_its_clauses(case):
    assert _parsed(case) == case["clauses"]


def test_cases_cover_all_fields():
    for case in SPEC_AND_HELDOUT:
        for clause in case["clauses"]:
            assert tuple(clause) == CLAUSE_FIELDS, case["text"]


def test_cases_are_distinct():
    keys = [
        (case["text"], case["indicator_name"], case["fiscal_year"]) for case in SPEC_AND_HELDOUT
    ]
    assert len(keys) == len(set(keys))


def test_clause_fields_in_order():
    assert CLAUSE_FIELDS == (
        "clause_seq", "text", "kind", "operator", "value", "value_max", "unit", "base_value",
        "base_value_max", "base_unit", "date", "date_max", "context", "operator_inferred",
        "unit_inferred",
    )  # fmt: skip


@pytest.mark.parametrize("empty", [None, "", "   ", "\t", "\u3000"])
def test_empty_values_give_no_clauses(empty):
    assert parse_target(empty) == ()


def test_result_is_memoised_and_immutable():
    first = parse_target("≥90%", "满意度", 2025)
    assert parse_target("≥90%", "满意度", 2025) is first
    assert isinstance(first, tuple)
    with pytest.raises(AttributeError):
        first[0].value = 1.0  # type: ignore[misc]


def _traced_growth(work) -> int:
    """Bytes still allocated after `work()` that were not before it."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        work()
        gc.collect()
        return tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


def _distinct_long_values(count: int):
    """`count` distinct values of 2,000 characters, one `>=` 3 个 clause each: about 8 KB
    an entry with the clause's context, so that 3,000 of them take 1.5 times the memo."""
    letters = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"
    for i in range(count):
        name = "".join(letters[i // len(letters) ** k % len(letters)] for k in range(3))
        yield "完成建设任务" * 333 + name + "≥3个"


@pytest.mark.slow
def test_memory_stays_within_the_memo_bytes_however_many_values_are_parsed():
    # A build worker parses every distinct value of its share of the corpus: what the parser
    # keeps of them must not grow with their number.
    grown = _traced_growth(lambda: [parse_target(value) for value in _distinct_long_values(3000)])
    (clause,) = parse_target(next(_distinct_long_values(1)))
    assert (clause.operator, clause.value, clause.unit) == (">=", 3.0, "个")
    assert grown <= MEMO_BYTES
    assert MEMO.size <= MEMO_BYTES


def test_the_memo_counts_at_least_the_bytes_its_entries_take():
    # Fresh strings, as a worker reads them from a table, so that the memo keeps them alive.
    keys = json.dumps([(c["text"], c["indicator_name"], c["fiscal_year"]) for c in SEED + CASES])
    for key in json.loads(keys):
        parse_target(*key)  # fills the parser's small caches of numbers and names
    MEMO.clear()
    grown = _traced_growth(lambda: [parse_target(*key) for key in json.loads(keys)])
    assert len(MEMO) == len(SEED) + len(CASES)
    assert grown <= MEMO.size <= MEMO_BYTES


def test_a_full_memo_drops_its_oldest_entries():
    keys = [(f"≥{n}%", None, 2025) for n in range(5)]
    results = {key: parse_target(*key) for key in keys}
    memo = Memo(sum(entry_bytes(key, results[key]) for key in keys[:4]))
    for key in keys:
        memo.put(key, results[key])
    assert [memo.get(key) for key in keys] == [None, *(results[key] for key in keys[1:])]
    assert memo.size == sum(entry_bytes(key, results[key]) for key in keys[1:]) <= memo.budget
    # An entry larger than the whole budget is not kept.
    memo.put(("≥1%" * 1000, None, None), parse_target("≥1%" * 1000))
    assert len(memo) == 4


def test_clause_to_dict_writes_dates_as_iso_strings():
    (clause,) = parse_target("2025年12月31日前", None, None)
    assert clause.date == datetime.date(2025, 12, 31)
    row = clause_to_dict(clause)
    assert row["date"] == "2025-12-31"
    assert json.loads(json.dumps(row, ensure_ascii=False)) == row


def test_has_numeric_clause():
    assert has_numeric_clause(parse_target("≥90%"))
    assert has_numeric_clause(parse_target("年度内完成", fiscal_year=2025))
    assert not has_numeric_clause(parse_target("稳步提升"))
    assert not has_numeric_clause(())
    assert isinstance(parse_target("稳步提升")[0], Clause)


def test_implied_year_without_fiscal_year_keeps_kind_date():
    (clause,) = parse_target("12月31日前")
    assert (clause.kind, clause.operator, clause.date) == ("date", "<=", None)


# --- Years named relative to the fiscal year ------------------------------------------------

# Every relative-year word and the year it names when the fiscal year is 2025.
RELATIVE_YEARS = [
    ("当年", 2025), ("当年度", 2025), ("本年", 2025), ("本年度", 2025), ("今年", 2025),
    ("次年", 2026), ("次年度", 2026), ("下年", 2026), ("下年度", 2026), ("明年", 2026),
    ("明年度", 2026), ("来年", 2026), ("翌年", 2026), ("下一年", 2026), ("下一年度", 2026),
    ("后年", 2027),
    ("上年", 2024), ("上年度", 2024), ("去年", 2024), ("上一年", 2024), ("上一年度", 2024),
]  # fmt: skip
_FISCAL_YEAR = 2025


def _date_row(text, operator, date, date_max=None, context=None) -> dict:
    """The whole clause row of a one-clause date value."""
    return {
        "clause_seq": 1, "text": text, "kind": "date", "operator": operator, "value": None,
        "value_max": None, "unit": None, "base_value": None, "base_value_max": None,
        "base_unit": None, "date": date, "date_max": date_max, "context": context,
        "operator_inferred": False, "unit_inferred": False,
    }  # fmt: skip


def _text_row(text) -> dict:
    return _date_row(text, None, None, context=text) | {"kind": "text"}


def _rows(text, fiscal_year=_FISCAL_YEAR) -> list[dict]:
    return [clause_to_dict(clause) for clause in parse_target(text, None, fiscal_year)]


def _read(text, fiscal_year=None) -> list[tuple]:
    """What each clause of a value reads: (kind, operator, value, unit, context)."""
    return [
        (c.kind, c.operator, c.value, c.unit, c.context)
        for c in parse_target(text, None, fiscal_year)
    ]


def test_every_relative_year_word_has_a_case():
    assert sorted(word for word, _ in RELATIVE_YEARS) == sorted(
        word for word, _ in vocab.RELATIVE_YEARS
    )


@pytest.mark.parametrize(("word", "year"), RELATIVE_YEARS)
def test_relative_year_before_a_month_counts_from_the_fiscal_year(word, year):
    text = f"{word}3月底前"
    assert _rows(text) == [_date_row(text, "<=", f"{year}-03-31")]
    assert _rows(text, None) == [_date_row(text, "<=", None)]


@pytest.mark.parametrize(("word", "year"), RELATIVE_YEARS)
def test_relative_year_before_a_day_a_part_of_the_year_or_a_deadline_word(word, year):
    assert _rows(f"{word}6月30日前") == [_date_row(f"{word}6月30日前", "<=", f"{year}-06-30")]
    assert _rows(f"{word}1月") == [
        _date_row(f"{word}1月", "between", f"{year}-01-01", f"{year}-01-31")
    ]
    assert _rows(f"{word}1-3月") == [
        _date_row(f"{word}1-3月", "between", f"{year}-01-01", f"{year}-03-31")
    ]
    assert _rows(f"{word}3/31前") == [_date_row(f"{word}3/31前", "<=", f"{year}-03-31")]
    assert _rows(f"{word}底前") == [_date_row(f"{word}底前", "<=", f"{year}-12-31")]
    assert _rows(f"{word}上半年") == [_date_row(f"{word}上半年", "<=", f"{year}-06-30")]
    assert _rows(f"{word}内完成") == [
        _date_row(f"{word}内完成", "<=", f"{year}-12-31", context="完成")
    ]
    for text in (f"{word}6月30日前", f"{word}底前", f"{word}内完成"):
        assert [row["date"] for row in _rows(text, None)] == [None], text


@pytest.mark.parametrize(("word", "year"), RELATIVE_YEARS)
def test_a_relative_year_alone_is_a_date_only_for_the_fiscal_year_itself(word, year):
    if year == _FISCAL_YEAR:
        assert _rows(word) == [_date_row(word, "<=", "2025-12-31")]
        assert _rows(word, None) == [_date_row(word, "<=", None)]
    else:
        # `上年度`, `去年同期`, `下一年`: a comparison base, not a deadline; no `一年` either.
        assert _rows(word) == [_text_row(word)]
        assert _rows(word + "同期") == [_text_row(word + "同期")]


@pytest.mark.parametrize(
    ("text", "fiscal_year", "date", "date_max"),
    [
        ("2024年11月至次年3月", 2025, "2024-11-01", "2025-03-31"),
        ("2024年11月至次年3月", None, "2024-11-01", "2025-03-31"),
        ("当年11月至次年3月", 2025, "2025-11-01", "2026-03-31"),
        ("当年11月至次年3月", None, None, None),
        ("11月至次年3月", 2025, "2025-11-01", "2026-03-31"),
        ("当年至次年", 2025, "2025-01-01", "2026-12-31"),
    ],
)
def test_a_relative_year_ending_a_range_counts_from_its_start(text, fiscal_year, date, date_max):
    assert _rows(text, fiscal_year) == [_date_row(text, "between", date, date_max)]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # A deadline of the table's next year, then one whose year it leaves out: that year.
        ("2026年6月底前完成主体建设，9月底前投入使用", ["2026-06-30", "2026-09-30"]),
        ("2026年6月底前开工，年底前完工", ["2026-06-30", "2026-12-31"]),
        # A range running into its next year: the year the range ends in.
        ("2025年11月至次年3月完成，6月底前验收", [("2025-11-01", "2026-03-31"), "2026-06-30"]),
        # A base year compared with is no date: the fiscal year.
        ("较2023年增长5%，12月底前完成", ["2025-12-31"]),
        # Nothing written before: the fiscal year.
        ("6月底前开工，2026年3月底前完工", ["2025-06-30", "2026-03-31"]),
        # A span's end written as its start is, without the year (values 48: 山西 2021).
        ("2021.1.1-12.31", [("2021-01-01", "2021-12-31")]),
        ("2024-11-1至3-31", [("2024-11-01", "2025-03-31")]),
        # ... not a figure after a date (`-12`), nor one that carries a unit.
        ("2021.1.1-12", ["2021-01-01"]),
        ("2021.1.1-12.5万元", ["2021-01-01"]),
    ],
)
def test_a_date_leaving_out_its_year_is_in_the_year_of_the_date_written_before_it(text, dates):
    read = [
        (str(c.date), str(c.date_max)) if c.date_max else str(c.date)
        for c in parse_target(text, None, _FISCAL_YEAR)
        if c.kind == "date"
    ]
    assert read == dates


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # The plain forms keep their meaning.
        ("年底前", [_date_row("年底前", "<=", "2025-12-31")]),
        ("年度内完成", [_date_row("年度内完成", "<=", "2025-12-31", context="完成")]),
        ("12月31日前", [_date_row("12月31日前", "<=", "2025-12-31")]),
        # A word that ends in a relative year's first character is no year.
        ("说明年底前提交", [_date_row("说明年底前提交", "<=", "2025-12-31", context="说明 提交")]),
        ("应当年底前完成", [_date_row("应当年底前完成", "<=", "2025-12-31", context="应当 完成")]),
        ("以后年度", [_text_row("以后年度")]),
        # A relative year beside a quantity is only its context.
        ("不低于上年水平", [_text_row("不低于上年水平")]),
    ],
)
def test_plain_year_words_keep_their_meaning(text, rows):
    assert _rows(text) == rows


def _quantity_row(text, kind, value, unit, context) -> dict:
    """The whole clause row of a one-clause bare quantity (`=`)."""
    return _date_row(text, "=", None, context=context) | {
        "kind": kind, "value": value, "unit": unit, "base_value": value, "base_unit": unit,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "较2023年提高2个百分点",
            [_quantity_row("较2023年提高2个百分点", "percent", 2.0, "个百分点", "较2023年提高")],
        ),
        ("比2020年下降3%", [_quantity_row("比2020年下降3%", "percent", 3.0, "%", "比2020年下降")]),
        (
            "与2023年相比增长5%",
            [_quantity_row("与2023年相比增长5%", "percent", 5.0, "%", "与2023年相比增长")],
        ),
        ("较2022年12月底前提高", [_text_row("较2022年12月底前提高")]),
    ],
)
def test_a_year_compared_with_is_the_base_of_the_change_not_a_date(text, rows):
    assert _rows(text) == rows


def test_a_relative_year_past_the_calendar_stays_null():
    assert _rows("次年3月底前", 9999) == [_date_row("次年3月底前", "<=", None)]
    assert _rows("上年3月底前", 1) == [_date_row("上年3月底前", "<=", None)]


def test_parse_target_command_reads_a_next_year_deadline():
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "parse-target", "--fiscal-year", "2025", "次年3月底前"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parent.parent,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert json.loads(result.stdout) == {
        "text": "次年3月底前",
        "clauses": [_date_row("次年3月底前", "<=", "2026-03-31")],
    }


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # A word of completion is no operator in an actual: `达到95%` is `>=` only as a target.
        ("已达到95%", ("percent", "=", 95.0, "%", "已达到")),
        ("达到95%", ("percent", "=", 95.0, "%", "达到")),
        ("已完成100%", ("percent", "=", 100.0, "%", "已完成")),
        ("100%完成", ("percent", "=", 100.0, "%", "完成")),
        # Words only: text, never guessed.
        ("已完成", ("text", None, None, None, "已完成")),
        ("完成", ("text", None, None, None, "完成")),
        ("达成预期指标", ("text", None, None, None, "达成预期指标")),
        # An actual that restates the target keeps the operator it writes.
        ("已完成≥266米", ("number", ">=", 266.0, "米", "已完成")),
        ("50", ("number", "=", 50.0, None, None)),
        ("1093万元", ("money", "=", 1093.0, "万元", None)),
    ],
)
def test_an_actual_reads_like_a_target_but_words_of_completion_are_context(text, clause):
    (found,) = parse_actual(text, 2025)
    assert (found.kind, found.operator, found.value, found.unit, found.context) == clause
    assert found.text == text


@pytest.mark.parametrize(
    ("text", "operator", "first", "last"),
    [
        # A period written alone as an actual is when it was done, its span, as a month is
        # (was `<=` its last day, a target's deadline: an actual with an operator, met null).
        ("2021年第三季度", "between", "2021-07-01", "2021-09-30"),
        ("三季度完成", "between", "2025-07-01", "2025-09-30"),
        ("2021年上半年", "between", "2021-01-01", "2021-06-30"),
        ("2021年10月", "between", "2021-10-01", "2021-10-31"),
        # Written with its operator, or as a point, it stays as written.
        ("第三季度前", "<=", "2025-09-30", None),
        ("三季度末", "=", "2025-09-30", None),
    ],
)
def test_a_period_written_alone_as_an_actual_is_its_span(text, operator, first, last):
    (found,) = parse_actual(text, 2025)
    assert (found.kind, found.operator, str(found.date), found.date_max and str(found.date_max)) == (
        "date", operator, first, last,
    )  # fmt: skip
    # As a target, a quarter stays a deadline.
    assert [(c.operator, str(c.date)) for c in parse_target("2021年第三季度", None, 2025)] == [
        ("<=", "2021-09-30")
    ]


def test_an_actual_takes_no_operator_from_the_indicator_name_and_keeps_its_own_memo_entry():
    assert parse_target("达到95%", "满意度(≥**%)")[0].operator == ">="
    assert parse_actual("达到95%")[0].operator == "="
    assert parse_target("达到95%")[0].operator == ">="


def test_every_completion_word_alone_is_a_text_actual():
    for word in vocab.COMPLETION_WORDS:
        assert [(c.kind, c.text) for c in parse_actual(word)] == [("text", word)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("1 612批次", 1612.0, "批次"), ("≥1 500人", 1500.0, "人"), ("12 345 678元", 12345678.0, "元")],
)
def test_digits_grouped_in_threes_by_a_space_are_one_number(text, value, unit):
    # GB 3101 groups digits with a space; a converter leaves it: not 1 and 612批次.
    (clause,) = parse_target(text)
    assert (clause.value, clause.unit, clause.base_value) == (value, unit, value)


def test_decimals_grouped_in_threes_by_a_space_are_one_number():
    # GB 3101 groups decimals from the point too, as an amount cell prints `968.191 8`.
    (clause,) = parse_target("968.191 8")
    assert (clause.kind, clause.value, clause.base_value) == ("number", 968.1918, 968.1918)


@pytest.mark.parametrize("text", ["≥9 5%", "3 25个", "0.5 1", "2025 12 31前"])
def test_numbers_a_lone_space_apart_are_text_not_a_guess(text):
    # 95 % parted by a converter, or two numbers whose cells ran together: no grouping of
    # digits explains the space, and which it is cannot be told.
    assert [(c.kind, c.value, c.context) for c in parse_target(text)] == [("text", None, text)]
    assert [(c.kind, c.value) for c in parse_actual(text)] == [("text", None)]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("≥25厘米", ("number", ">=", 25.0, "厘米", "厘米", None)),
        ("≤5毫米", ("number", "<=", 5.0, "毫米", "毫米", None)),
        ("3cm", ("number", "=", 3.0, "cm", "cm", None)),
        ("≤2mm", ("number", "<=", 2.0, "mm", "mm", None)),
        ("5分米", ("number", "=", 5.0, "分米", "分米", None)),
    ],
)
def test_a_length_in_centimetres_or_millimetres_keeps_its_unit(text, clause):
    (found,) = parse_target(text)
    assert (
        found.kind,
        found.operator,
        found.value,
        found.unit,
        found.base_unit,
        found.context,
    ) == clause


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # `介于` opens a range only with two ends; alone it is context.
        ("介于10", [("number", "=", 10.0, None, None, "介于")]),
        ("介于2万元和3万元之间", [("money", "between", 2.0, 3.0, "万元", None)]),
        # A bracketed comma is a range only when the ends rise: `[1,000]` is one thousand.
        ("[1,000]", [("number", "=", 1000.0, None, None, None)]),
        ("【80%,90%】", [("percent", "between", 80.0, 90.0, "%", None)]),
        # `近` before a length of time is `the last`, not about; nearby words are no operator.
        ("近3年", [("duration", "=", 3.0, None, "年", "近")]),
        ("近三年", [("duration", "=", 3.0, None, "年", "近")]),
        ("将近3个月", [("duration", "≈", 3.0, None, "月", None)]),
        ("附近3公里", [("number", "=", 3.0, None, "公里", "附近")]),
        # A lone place is a number only before 余/多; 数/几 make a place indefinite.
        ("千余户", [("number", ">", 1000.0, None, "户", None)]),
        ("百余年历史", [("text", None, None, None, None, "百余年历史")]),
        ("千家万户", [("text", None, None, None, None, "千家万户")]),
        ("几百人", [("text", None, None, None, None, "几百人")]),
        ("人数一百人", [("number", "=", 100.0, None, "人", "人数")]),
        # `第` makes a numeral an ordinal, Arabic or Chinese; a count after it is still read.
        ("第1批", [("text", None, None, None, None, "第1批")]),
        ("第2期≥50人", [("number", ">=", 50.0, None, "人", "第2期")]),
        ("≥3个第三方", [("number", ">=", 3.0, None, "个", "第三方")]),
        # A day or part of a month named without its number is a deadline of no known date.
        ("当月底前完成", [("date", "<=", None, None, None, "当月 完成")]),
        ("每月1次", [("number", "=", 1.0, None, "次", "每月")]),
        ("本月", [("text", None, None, None, None, "本月")]),
        # A scale after 满分 is context of the score before it, and only of one.
        ("≥90分，满分100分", [("number", ">=", 90.0, None, "分", "满分100分")]),
        ("满分5分", [("number", "=", 5.0, None, "分", "满分")]),
        # An operator reaches over `X的` only to the quantity right after it.
        ("≥90%的村", [("percent", ">=", 90.0, None, "%", "的村")]),
        (
            "≥3个村的100户",
            [
                ("number", ">=", 3.0, None, "个", None),
                ("number", "=", 100.0, None, "户", "村的"),
            ],
        ),
        # Digits in a row are read one by one only as a year (or with a zero); places still read.
        ("三五天", [("text", None, None, None, None, "三五天")]),
        ("一百零五人", [("number", "=", 105.0, None, "人", None)]),
        ("一〇五个", [("number", "=", 105.0, None, "个", None)]),
        # A hyphen is a code's only after letters or digits; elsewhere it is a sign or a range.
        ("同比-5%", [("percent", "=", -5.0, None, "%", "同比")]),
        ("5-10个", [("number", "between", 5.0, 10.0, "个", None)]),
        ("COVID-19", [("text", None, None, None, None, "COVID-19")]),
        # month.day is a date only before a deadline word, with a day of two digits.
        ("12.31", [("number", "=", 12.31, None, None, None)]),
        ("6.5前", [("number", "=", 6.5, None, None, "前")]),
        ("98.50前", [("number", "=", 98.5, None, None, "前")]),
        # An item's number opens the value or a clause and has more after its mark.
        ("1.5", [("number", "=", 1.5, None, None, None)]),
        ("3、", [("number", "=", 3.0, None, None, None)]),
        ("完成3.", [("number", "=", 3.0, None, None, "完成 .")]),
        # A times sign makes factors, except in a power of ten; 号 after a range names things.
        ("≥1.5×10^4元", [("money", ">=", 15000.0, None, "元", None)]),
        ("3~5号", [("text", None, None, None, None, "3~5号")]),
        # 年内 is the current year only where 年 does not count years.
        ("多年内", [("text", None, None, None, None, "多年内")]),
        ("全年内完成", [("date", "<=", None, None, None, "全 完成")]),
        # A period after 每, a label before a colon: context of the next quantity, never alone.
        ("每10万人口≥3名", [("number", ">=", 3.0, None, "名", "每10万人口")]),
        ("每隔2小时巡查1次", [("number", "=", 1.0, None, "次", "每隔2小时巡查")]),
        ("每3年", [("duration", "=", 3.0, None, "年", "每")]),
        ("3个:甲村、乙村", [("number", "=", 3.0, None, "个", "甲村、乙村")]),
        (
            "≥2个:其中≥1个省级",
            [
                ("number", ">=", 2.0, None, "个", None),
                ("number", ">=", 1.0, None, "个", "其中 省级"),
            ],
        ),
        # A length glued before a count is its period; before another length it is not: years
        # and months are one length in months, as hours and minutes are (round 35).
        ("1年6个月", [("duration", "=", 18.0, None, "月", None)]),
        (
            "30天100%完成",
            [("duration", "=", 30.0, None, "天", None), ("percent", "=", 100.0, None, "%", "完成")],
        ),
        # A two-digit year needs a month or 底/末/初 after it; 注 a bracket or the value's start.
        ("25年", [("duration", "=", 25.0, None, "年", None)]),
        ("关注10万人", [("number", "=", 10.0, None, "万人", "关注")]),
        # 群 counts bee colonies, but not where it opens a noun (群众).
        ("中蜂养殖≥6万群", [("number", ">=", 6.0, None, "万群", "中蜂养殖")]),
        ("惠及1万群众", [("number", "=", 1.0, None, "万", "惠及 群众")]),
        # 对 counts couples or pairs, but not where it opens a word (对象, 对接, 对口).
        ("孕前优生健康检查≥1600对", [("number", ">=", 1600.0, None, "对", "孕前优生健康检查")]),
        ("帮扶10对口村", [("number", "=", 10.0, None, None, "帮扶 对口村")]),
        # 村 counts villages (values 49: 淮北), but not where it opens a word (村级, 村民).
        ("≥70村", [("number", ">=", 70.0, None, "村", None)]),
        ("覆盖12村级活动场所", [("number", "=", 12.0, None, None, "覆盖 村级活动场所")]),
        ("3村民小组", [("number", "=", 3.0, None, None, "村民小组")]),
        # 标准箱 is 标箱 written out (values 50: 天津), its magnitude kept.
        ("2218万标准箱", [("number", "=", 2218.0, None, "万标准箱", None)]),
        # A name's words follow a number without a unit; a point and a hyphen make a day.
        ("3个版本", [("number", "=", 3.0, None, "个", "版本")]),
        ("2025-10-12", [("date", "=", None, None, None, None)]),
    ],
)
def test_the_held_out_fixes_stop_where_their_words_stop(text, clauses):
    assert [
        (c.kind, c.operator, c.value, c.value_max, c.unit, c.context) for c in parse_target(text)
    ] == clauses


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # An inclusiveness note between a date and its deadline word restates or narrows it.
        ("2025年12月31日(含)前", ("date", "<=", datetime.date(2025, 12, 31), None)),
        ("2025年12月31日（不含）前", ("date", "<", datetime.date(2025, 12, 31), None)),
        ("2025年6月(含)以后", ("date", ">=", datetime.date(2025, 6, 1), None)),
        ("2025年12月31日前(不含)", ("date", "<", datetime.date(2025, 12, 31), None)),
        # ... also with a converter's spaces inside its brackets.
        ("2025年12月31日（ 含 ）前", ("date", "<=", datetime.date(2025, 12, 31), None)),
        ("3000户（ 含 ）以上", ("number", ">=", 3000.0, None)),
        ("5个以上( 不含 )", ("number", ">", 5.0, None)),
        # A 日 or 号 after a dotted day is the day's own word.
        ("2025.12.31号", ("date", "=", datetime.date(2025, 12, 31), None)),
        # A digit after 成 is its tenth; 制 makes a scale only of a quantity after another one.
        ("九成五以上", ("percent", ">=", 95.0, None)),
        ("实行3班制", ("number", "=", 3.0, "实行 制")),
        # A number without a unit before 点 or 时 tells the hour, read whole or scanned.
        ("8点", ("text", None, None, "8点")),
        ("18时前", ("text", None, None, "18时前")),
        # Two months listed make one span only when they follow one another.
        ("2025年3、9月", ("text", None, None, "2025年3、9月")),
        ("2025年5、6月完成", ("date", "between", datetime.date(2025, 5, 1), "完成")),
        # A letter joined by + makes a name of the number on either side.
        ("N+1", ("text", None, None, "N+1")),
        ("1+X证书", ("text", None, None, "1+X证书")),
        # An exponent: superscript after ×10, or a spreadsheet's mark with its sign only.
        ("1.5×10³元", ("money", "=", 1500.0, None)),
        ("2E+05", ("number", "=", 200000.0, None)),
        ("≥5E", ("text", None, None, "≥5E")),
        # ¥ gives the unit only to a number written without one, also after an operator.
        ("¥≥500", ("money", ">=", 500.0, None)),
        # Units in Latin letters: not before another letter or a digit, where they name things.
        ("≥60km/h", ("number", ">=", 60.0, None)),
        ("5W1H", ("text", None, None, "5W1H")),
        # A rate per 万 or 10万 keeps its number; a fraction of two plain numbers is a share.
        ("1/10万", ("percent", "=", 1.0, None)),
        ("10/100", ("percent", "=", 10.0, None)),
        # Arabic digits before places are one number: after a large place, a digit a place.
        ("12万3千元", ("money", "=", 123000.0, None)),
        ("3万5千余人", ("number", ">", 35000.0, None)),
        # ... and so are digits before each large place, a large place closing the last
        # section (`3千万`): they read 3亿 and 2亿 alone.
        ("3亿5000万元", ("money", "=", 350000000.0, None)),
        ("≥2亿3千万元", ("money", ">=", 230000000.0, None)),
        # Such a number opening a range keeps its own magnitude, in Chinese numerals too (this
        # read 2 .. 15000 万元 before): only the range's unit without 万 applies to it.
        ("一万五千至两万元", ("money", "between", 1.5, None)),
        ("1万5千-2万5千元", ("money", "between", 15000.0, None)),
        # An hour and its minutes before a deadline word are the deadline's context.
        ("2025年12月31日8点30分前", ("date", "<=", datetime.date(2025, 12, 31), "8点30分")),
        ("$\\geq200$人", ("number", ">=", 200.0, None)),
        # The ratio sign parts two terms as a colon does; 整 ends a sum as the phrase's end does.
        ("1∶2", ("text", None, None, "1∶2")),
        ("叁拾万元整", ("money", "=", 30.0, "整")),
        # An operator reaches over a verb of what is counted right before the quantity ...
        ("最多支持3个项目", ("number", "<=", 3.0, "支持 项目")),
        ("≥覆盖90%", ("percent", ">=", 90.0, "覆盖")),
    ],
)
def test_the_fourth_round_fixes_stop_where_their_words_stop(text, clause):
    (found,) = parse_target(text)
    value = found.date if found.kind == "date" else found.value
    assert (found.kind, found.operator, value, found.context) == clause


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # 来 is about only before what it counts, in Arabic digits too; alone it is a word.
        ("20来岁", ("number", "≈", 20.0, None)),
        ("一来二去", ("text", None, None, "一来二去")),
        ("10来", ("number", "=", 10.0, "来")),
        # Cubic metres said short; 方 in a word after a numeral (三方协议, 双方) is no unit.
        ("≥500立方", ("number", ">=", 500.0, None)),
        ("签订三方协议", ("text", None, None, "签订三方协议")),
        # A day counted from a scheme's day is no quantity, with a unit as without one.
        ("T+3个工作日内", ("text", None, None, "T+3个工作日内")),
        # A half after a year or a day, or 个半 before a month or an hour, adds half of one (this
        # read 1 年 with 半 as context, 3 个 with 半月, and text for Chinese numerals) ...
        ("建设周期一年半", ("duration", "=", 1.5, "建设周期")),
        ("3天半内完成", ("duration", "<=", 3.5, "完成")),
        ("1个半月内", ("duration", "<=", 1.5, None)),
        ("两个半钟头", ("duration", "=", 2.5, None)),
        # ... but two half days are no 2.5 days, nor is half a year after a year one.
        ("2个半天", ("number", "=", 2.0, "半天")),
        ("1年半年", ("duration", "=", 1.0, "半年")),
        # A rate's second denominator after a full stop or a times sign (the unit stopped at 元/人).
        ("≤300元/人.天", ("money", "<=", 300.0, None)),
        ("300元/人*天", ("money", "=", 300.0, None)),
    ],
)
def test_the_fifth_round_fixes_stop_where_their_words_stop(text, clause):
    (found,) = parse_target(text)
    assert (found.kind, found.operator, found.value, found.context) == clause


def test_quarters_written_with_a_q_are_quarters_and_a_q_before_more_digits_is_a_name():
    # `2025年Q4` read as the whole year 2025, with Q4 as context.
    assert [(c.kind, c.operator, c.date) for c in parse_target("2025年Q4")] == [
        ("date", "<=", datetime.date(2025, 12, 31))
    ]
    assert [
        (c.kind, c.operator, c.date, c.context) for c in parse_target("Q3前完成", None, 2025)
    ] == [("date", "<=", datetime.date(2025, 9, 30), "完成")]
    assert [c.kind for c in parse_target("Q235钢材", None, 2025)] == ["text"]


def test_the_end_of_every_half_year_is_no_end_of_the_fiscal_year():
    # `每半年末` read 年末 as 2025-12-31, with 每半 as context.
    assert [(c.kind, c.date) for c in parse_target("每半年末", None, 2025)] == [("text", None)]
    assert [(c.kind, c.date) for c in parse_target("年末前", None, 2025)] == [
        ("date", datetime.date(2025, 12, 31))
    ]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # A month or a year's part after a year of the project's own is a date the value does not
        # resolve (these read as the fiscal year's 2025-06 and 2025-12-31).
        ("第3年6月", ("date", "between", None, "第3年")),
        ("第2年底前", ("date", "<=", None, "第2")),
        ("第一年12月底前", ("date", "<=", None, "第一年")),
        # ... an ordinal of anything else leaves the fiscal year as it is.
        ("第1批12月底前", ("date", "<=", datetime.date(2025, 12, 31), "第1批")),
        # A day in eight digits, as systems export one (this read the number 20,251,231) ...
        ("20251231前", ("date", "<=", datetime.date(2025, 12, 31), None)),
        ("截至20251130", ("date", "<=", datetime.date(2025, 11, 30), None)),
    ],
)
def test_dates_the_fifth_round_reads(text, clause):
    (found,) = parse_target(text, None, 2025)
    assert (found.kind, found.operator, found.date, found.context) == clause


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("20251231元", ("money", 20251231.0, None)),
        ("20251301前", ("number", 20251301.0, None)),
        ("202512310", ("number", 202512310.0, None)),
    ],
)
def test_eight_digits_that_are_no_day_or_carry_a_unit_stay_a_number(text, clause):
    (found,) = parse_target(text, None, 2025)
    assert (found.kind, found.value, found.date) == clause


def test_brackets_around_a_quantity_are_no_context_but_the_words_inside_them_are():
    assert [clause.context for clause in parse_target("≥4次（每季度1次）")] == [None, "每季度"]
    assert [clause.context for clause in parse_target("（城区≥98%）")] == ["城区"]
    # Brackets after the quantity are words of its clause.
    assert [clause.context for clause in parse_target("完成率96.5%（未达标）")] == [
        "完成率 （未达标）"
    ]


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # A tolerance right after a bare value is the band around it: in the value's unit or
        # none, or percentage points on a percentage, added; in percent of another unit, a share.
        ("100±5", [("between", 95.0, 105.0, None)]),
        ("98%±1个百分点", [("between", 97.0, 99.0, "%")]),
        ("200万元±5‰", [("between", 199.0, 201.0, "万元")]),
        # The unit written once after the tolerance, or after the bracket around both, is both's.
        ("100±5%", [("between", 95.0, 105.0, "%")]),
        ("(25±2)", [("between", 23.0, 27.0, None)]),
        # Not after a bound, nor across units it cannot relate, nor after a gap of words.
        ("≥100%±5%", [(">=", 100.0, None, "%"), ("between", -5.0, 5.0, "%")]),
        ("1.5万元±500元", [("=", 1.5, None, "万元"), ("between", -500.0, 500.0, "元")]),
        ("30天，误差±2天", [("=", 30.0, None, "天"), ("between", -2.0, 2.0, "天")]),
    ],
)
def test_a_tolerance_after_a_value_is_the_band_around_it(text, clauses):
    assert [(c.operator, c.value, c.value_max, c.unit) for c in parse_target(text)] == clauses


def test_an_operator_reaches_over_a_verb_only_to_the_quantity_right_after_it():
    # ... and not past a clause separator into the next clause.
    assert [
        (c.operator, c.value, c.unit, c.context) for c in parse_target("不少于3个乡镇，覆盖5个村")
    ] == [(">=", 3.0, "个", "乡镇"), ("=", 5.0, "个", "覆盖 村")]


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # pp is percentage points (this read text) ...
        ("下降0.8pp", [("percent", "=", 0.8, "个百分点", "下降")]),
        # ... glued to more letters it is a name (`ppm`, parts per million, is a unit of its own).
        ("2ppt课件", [("text", None, None, None, "2ppt课件")]),
        # 前 before a place in a ranking is a ceiling on it (this read `=`) ...
        ("位列前5名", [("number", "<=", 5.0, "名", "位列")]),
        # ... but not ending a word (提前, 目前), nor before a length of time (the first N months).
        ("提前3天完成", [("duration", "=", 3.0, "天", "提前 完成")]),
        ("目前5个", [("number", "=", 5.0, "个", "目前")]),
        ("前3个月", [("duration", "=", 3.0, "月", "前")]),
        # A trailing + is more than (this read `=` with + as context) ...
        ("300+人", [("number", ">", 300.0, "人", None)]),
        # ... but a + before a digit or a letter joins a sum or a scheme.
        ("3+2个", [("number", "=", 3.0, None, None), ("number", "=", 2.0, "个", None)]),
        # ... and so is a + after the unit (this dropped it, reading `=`), but not before a digit.
        ("800人+", [("number", ">", 800.0, "人", None)]),
        ("3个+2个", [("number", "=", 3.0, "个", None), ("number", "=", 2.0, "个", None)]),
        # k is a thousand (this read text); kg and kW stay units, K glued to a name is a code.
        ("约3k人", [("number", "≈", 3.0, "k人", None)]),
        ("≥5kg", [("number", ">=", 5.0, "kg", None)]),
        ("8K摄像头2台", [("number", "=", 2.0, "台", "8K摄像头")]),
        # An exponent typed without its sign (this read text); more letters make a code.
        ("3.5e2", [("number", "=", 350.0, None, None)]),
        ("2e4x", [("text", None, None, None, "2e4x")]),
        # A note of what an amount holds is no inclusiveness note (its words were dropped) ...
        ("≤50万元（含运费）", [("money", "<=", 50.0, "万元", "（含运费）")]),
        # ... one naming the bound or its number is.
        ("≥3个（含本数）", [("number", ">=", 3.0, "个", None)]),
        ("超过3个(含三个)", [("number", ">=", 3.0, "个", None)]),
        # An operator before a bound whose figure follows in brackets (this read `=`), and not
        # past a clause separator.
        ("不高于合同价（120万元）", [("money", "<=", 120.0, "万元", "合同价")]),
        ("不高于合同价,（120万元）", [("money", "=", 120.0, "万元", "不高于合同价")]),
        # A year before 水平 is the base of a comparison, no date (this read >= 2024-01-01).
        ("不低于2023年水平", [("text", None, None, None, "不低于2023年水平")]),
        # A year or a part of one before a budget or a season is no date (this read a date).
        ("不超过年初预算", [("text", None, None, None, "不超过年初预算")]),
        ("2024年秋季", [("text", None, None, None, "2024年秋季")]),
        # ... a deadline before such words still is.
        ("2025年5月底前下达预算", [("date", "<=", None, None, "下达预算")]),
        # A year whose figure follows in brackets is the base named (this read >= 2024-01-01 and
        # a second clause of = 85 %); words in brackets leave a deadline as it was.
        ("高于2023年（120家）", [("number", ">", 120.0, "家", "2023年")]),
        ("截至2025年(预计)", [("date", "<=", None, None, "(预计)")]),
        # A half alone before an hour or a month is half of one (this read text) ...
        ("半个小时内响应", [("duration", "<=", 0.5, "小时", "响应")]),
        # ... not before a day or a year, words of their own.
        ("半天", [("text", None, None, None, "半天")]),
        # A number before a grade word names a level, after an operator too (this read >= 2).
        ("达到二级标准", [("text", None, None, None, "达到二级标准")]),
        ("≥3星", [("text", None, None, None, "≥3星")]),
        ("≥2等", [("text", None, None, None, "≥2等")]),
        ("三等奖", [("text", None, None, None, "三等奖")]),
        # ... a fraction before one counts the grades climbed (this read text).
        ("≥0.2等", [("number", ">=", 0.2, "等", None)]),
        ("提升0.5级", [("number", "=", 0.5, "级", "提升")]),
        ("提升零点五级", [("number", "=", 0.5, "级", "提升")]),
        # A letter OCR made of a digit between two others is damage, not guessed at (this read
        # 2025-12-31 and = 10 %) ...
        ("1O0%", [("text", None, None, None, "1O0%")]),
        # ... a letter beside one digit is a name's (CO2, O3).
        ("O3浓度≤160微克/立方米", [("number", "<=", 160.0, "微克/立方米", "O3浓度")]),
        # A distance glued to a rate's name is its radius (this read = 500 米 and >= 100 %) ...
        ("站点500米覆盖率达到100%", [("percent", ">=", 100.0, "%", "站点500米覆盖率")]),
        ("新建道路500米", [("number", "=", 500.0, "米", "新建道路")]),
        # ... and a span in brackets inside a rate's name its scope (this read > 12 月).
        (
            "案件（立案超过12个月）清理率100%",
            [("percent", "=", 100.0, "%", "案件（立案超过12个月）清理率")],
        ),
        # 类 may count kinds: a number still.
        ("≥3类", [("number", ">=", 3.0, None, "类")]),
    ],
)
def test_the_sixth_round_fixes_stop_where_their_words_stop(text, clauses):
    assert _read(text) == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # 到 and 至 make a deadline of a date only: before a number they say what it rises to.
        ("提高到95%", [("percent", "=", 95.0, "%", "提高到")]),
        ("增加至300人", [("number", "=", 300.0, "人", "增加至")]),
        ("到期", [("text", None, None, None, "到期")]),
        # 超 is 超过 before a figure, not where it begins a word (超额, 超出).
        ("超额完成20场", [("number", "=", 20.0, "场", "超额完成")]),
        ("超出目标值5%", [("percent", "=", 5.0, "%", "超出目标值")]),
        ("超1000人", [("number", ">", 1000.0, "人", None)]),
        # 及, 并 and 和 separate two comparisons, not where they begin a word.
        (
            "≥95%及时率100%",
            [("percent", ">=", 95.0, "%", None), ("percent", "=", 100.0, "%", "及时率")],
        ),
        (
            "≥90%并网率100%",
            [("percent", ">=", 90.0, "%", None), ("percent", "=", 100.0, "%", "并网率")],
        ),
        # A bound named before its figure, with a link word or a colon, or after other words.
        ("补助上限为5万元", [("money", "<=", 5.0, "万元", "补助")]),
        ("下限：60%", [("percent", ">=", 60.0, "%", None)]),
        # ... but an operator written with the figure wins.
        ("上限5万元以下", [("money", "<=", 5.0, "万元", "上限")]),
        ("下限不低于50%", [("percent", ">=", 50.0, "%", "下限")]),
        # A modal word inside any negated comparison: 不可超过, 不准低于.
        ("不可超过3次", [("number", "<=", 3.0, "次", None)]),
        ("不准低于60分", [("number", ">=", 60.0, "分", None)]),
        # 在 frames a range closed by 之间; before any other quantity, or inside the words an
        # operator reaches over, it is a word.
        ("在80%到90%之间", [("percent", "between", 80.0, "%", None)]),
        ("保持在95%以上", [("percent", ">=", 95.0, "%", "保持在")]),
        ("不低于在职人数的80%", [("percent", ">=", 80.0, "%", "在职人数的")]),
        # 零下 is a sign only before a figure.
        ("零下", [("text", None, None, None, "零下")]),
        # 过半 is more than half alone or before 数; before a time unit it is a length of time.
        ("超过半数", [("percent", ">", 50.0, "%", None)]),
        ("超过半年", [("text", None, None, None, "超过半年")]),
        # Two digits are units and tenths only before 折: `三五天` is three or five days.
        ("三五天", [("text", None, None, None, "三五天")]),
        ("三折叠", [("text", None, None, None, "三折叠")]),
    ],
)
def test_the_eighth_round_fixes_stop_where_their_words_stop(text, clauses):
    assert _read(text) == clauses


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        # 零下 before either end of a range signs that end (the second read 零 as 0 and a clause
        # of 10 ℃ after it).
        ("零下5至零下10℃", (-10.0, -5.0)),
        ("零下10℃~5℃", (-10.0, 5.0)),
        ("5至零下5℃", (-5.0, 5.0)),
    ],
)
def test_a_range_below_zero_keeps_the_signs_of_both_ends(text, bounds):
    (clause,) = parse_target(text)
    assert (clause.operator, clause.value, clause.value_max, clause.unit) == (
        "between",
        *bounds,
        "℃",
    )


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # A range of quarters spans them (this read the last quarter alone, `第1-` as context).
        ("第1-2季度", (datetime.date(2025, 1, 1), datetime.date(2025, 6, 30))),
        ("2024年二至四季度", (datetime.date(2024, 4, 1), datetime.date(2024, 12, 31))),
        # A count of quarters is a length of time, and quarters out of order no span.
        ("1-3个季度", (None, None)),
        ("4-2季度", (None, None)),
    ],
)
def test_a_range_of_quarters_runs_from_the_first_day_of_the_first_to_the_last_of_the_last(
    text, dates
):
    (found,) = parse_target(text, None, 2025)
    assert (found.date, found.date_max) == dates


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # A rating glued to the noun the next quantity counts names what is counted (this read a
        # clause of = 35 千伏 and the noun as the next one's context) ...
        ("改造35千伏线路≥5公里", [("number", ">=", 5.0, "公里", "改造35千伏线路")]),
        ("更换200W灯具≥50盏", [("number", ">=", 50.0, "盏", "更换200W灯具")]),
        # ... a rating after a separator, or alone, is a quantity of its own.
        (
            "功率200W，数量≥50盏",
            [("number", "=", 200.0, "W", "功率"), ("number", ">=", 50.0, "盏", "数量")],
        ),
        ("新建10kV线路", [("number", "=", 10.0, "kV", "新建 线路")]),
        # A lone place between an operator and a unit is a number (this read text) ...
        ("不足百户", [("number", "<", 100.0, "户", None)]),
        ("近万人", [("number", "≈", 10000.0, "人", None)]),
        # ... without an operator, or without a unit, a word.
        ("每千人3名", [("number", "=", 3.0, "名", "每千人")]),
        ("千家万户", [("text", None, None, None, "千家万户")]),
        ("近百姓", [("text", None, None, None, "近百姓")]),
        # 余 after a Chinese numeral counts before a noun too (this read text).
        ("三十余名志愿者", [("number", ">", 30.0, "名", "志愿者")]),
        # A month/day is a date only before a word only dates take (6.30以内 read 2025-06-30).
        ("6.30以内", [("number", "<=", 6.3, None, None)]),
        ("12/31止", [("date", "<=", None, None, None)]),
        # 占 is a verb an operator reaches over (this read = 60 %, context 约占).
        ("至少占60%", [("percent", ">=", 60.0, "%", "占")]),
        # 折 after a number is a tenth of the price (this read 9, 折 as context); in a word no share.
        ("9折", [("percent", "=", 90.0, "%", None)]),
        ("折合3万元", [("money", "=", 3.0, "万元", "折合")]),
        # 并 between two complete comparisons separates them (this left it in the second's context);
        # inside one phrase it joins words.
        (
            "培训3期并考核2次",
            [("number", "=", 3.0, "期", "培训"), ("number", "=", 2.0, "次", "考核")],
        ),
        ("完成并验收", [("text", None, None, None, "完成并验收")]),
    ],
)
def test_the_seventh_round_fixes_stop_where_their_words_stop(text, clauses):
    assert _read(text) == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # A weekday after a day restates it, bare or in brackets, with any word for the week
        # (these read it as context, and lost the deadline word after a bracketed one) ...
        ("2025年6月30日周一", [("date", "=", None, datetime.date(2025, 6, 30), None)]),
        ("2025-12-31(周三)前", [("date", "<=", None, datetime.date(2025, 12, 31), None)]),
        ("2025年12月31日礼拜三", [("date", "=", None, datetime.date(2025, 12, 31), None)]),
        ("12月31日(星期天)", [("date", "=", None, datetime.date(2025, 12, 31), None)]),
        # ... and without a day before it, a weekday is words.
        ("周一至周五", [("text", None, None, None, "周一至周五")]),
        ("每周一", [("text", None, None, None, "每周一")]),
        # 最迟, 最晚 and 最早 before a date bound it (this read 最早于2025年3月 as the whole month).
        ("最早于2025年3月", [("date", ">=", None, datetime.date(2025, 3, 1), None)]),
        # An operator reaches over a verb of inspection or of paying (these read `=`) ...
        ("最高补助5万元", [("money", "<=", 5.0, None, "补助")]),
        ("不低于抽检200批次", [("number", ">=", 200.0, None, "抽检")]),
        # ... but such a verb opening a value is only the context.
        ("检查合格率≥95%", [("percent", ">=", 95.0, None, "检查合格率")]),
        # A count after a slash and a count in another counter is a second figure (this kept
        # 150人 as context) ...
        ("2期/150人", [("number", "=", 2.0, None, None), ("number", "=", 150.0, None, None)]),
        # ... but a round base, one of a thing per a count (`≥1名/200户`: read as a target of
        # 200 户 too), a length of time or an amount after a price is what the rate is counted
        # per.
        ("1名/100户", [("number", "=", 1.0, None, "/100户")]),
        ("≥1名/200户", [("number", ">=", 1.0, None, "/200户")]),
        ("1台/50人", [("number", "=", 1.0, None, "/50人")]),
        ("1次/2年", [("number", "=", 1.0, None, "/2年")]),
        ("5元/500克", [("money", "=", 5.0, None, "/500克")]),
    ],
)
def test_the_ninth_round_fixes_stop_where_their_words_stop(text, clauses):
    found = [
        (c.kind, c.operator, c.value, c.date, c.context) for c in parse_target(text, None, 2025)
    ]
    assert found == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # A unit alone in brackets after a figure is its unit (these read a bare number) ...
        ("≥95（%）", [("percent", ">=", 95.0, "%", None)]),
        ("5（万元）", [("money", "=", 5.0, "万元", None)]),
        # ... but words in brackets stay context, and a figure with a unit keeps its own.
        ("95（抽样）", [("number", "=", 95.0, None, "（抽样）")]),
        ("3个（人）", [("number", "=", 3.0, "个", "（人）")]),
        # 度 counts kWh or degrees (this left it as a word), and is still a rate's base.
        ("用电量≤500度", [("number", "<=", 500.0, "度", "用电量")]),
        ("≤0.5元/度", [("money", "<=", 0.5, "元/度", None)]),
        # A lone place with a unit and a bound after it is a number (this read text) ...
        ("千人以上", [("number", ">=", 1000.0, "人", None)]),
        # ... but without a bound, or before a noun, it is a word still.
        ("千家万户", [("text", None, None, None, "千家万户")]),
        ("万人", [("text", None, None, None, "万人")]),
        # An age band glued to the people another figure counts names them (these read a
        # target of 60 岁 too) ...
        ("60岁以上老年人≥1200人", [("number", ">=", 1200.0, "人", "60岁以上老年人")]),
        ("3-6岁幼儿入园率≥90%", [("percent", ">=", 90.0, "%", "3-6岁幼儿入园率")]),
        # ... but alone or before a separator it is a figure of its own.
        ("60岁以上", [("number", ">=", 60.0, "岁", None)]),
        (
            "60岁以上，覆盖≥1200人",
            [("number", ">=", 60.0, "岁", None), ("number", ">=", 1200.0, "人", "覆盖")],
        ),
        # A public service's number glued to its word, or a release number after the words it
        # follows, names something (these read a target of 120 and of 2.0) ...
        ("120急救车辆≥3台", [("number", ">=", 3.0, "台", "120急救车辆")]),
        ("工业4.0示范企业2家", [("number", "=", 2.0, "家", "工业4.0示范企业")]),
        # ... but the same number with a unit counts.
        ("救治120人", [("number", "=", 120.0, "人", "救治")]),
        # A year alone in brackets after a figure is its remark (this gave a date clause too) ...
        ("达标率≥90%（2026年）", [("percent", ">=", 90.0, "%", "达标率 （2026年）")]),
        # ... but a deadline in brackets is a date of its own.
        (
            "≥90%（2026年底前）",
            [("percent", ">=", 90.0, "%", None), ("date", "<=", None, None, None)],
        ),
        # A sign of comparison reaches over the name of the amount to its figure (this read `=`) ...
        ("≥全年计划2000人", [("number", ">=", 2000.0, "人", "全年计划")]),
        # ... but not over another figure, nor over a separator.
        (
            "≥95%项目预算1200万元",
            [("percent", ">=", 95.0, "%", None), ("money", "=", 1200.0, "万元", "项目预算")],
        ),
        (
            "≥2次，其中省级1次",
            [("number", ">=", 2.0, "次", None), ("number", "=", 1.0, "次", "其中省级")],
        ),
    ],
)
def test_the_tenth_round_fixes_stop_where_their_words_stop(text, clauses):
    assert _read(text, 2026) == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # A month in Chinese numerals glued before a count is its period (these read January) ...
        ("一月两次", [("number", "=", 2.0, "次", "一月")]),
        # ... but before a deadline word, or alone, it is a month still.
        ("一月底前", [("date", "<=", None, None, None)]),
        ("一月", [("date", "between", None, None, None)]),
        # A count in Chinese numerals after 每 and a period is one before any word (this read
        # text) ...
        ("每周两次巡查", [("number", "=", 2.0, "次", "每周 巡查")]),
        # ... but 一次性 is a word still.
        ("每年一次性补助500元", [("money", "=", 500.0, "元", "每年一次性补助")]),
        # A length of time that names a circle is no time limit (this read 1 小时) ...
        ("1小时经济圈", [("text", None, None, None, "1小时经济圈")]),
        # ... but one with no circle word after it is.
        ("30分钟内到达", [("duration", "<=", 30.0, "分钟", "到达")]),
        # A year before a colon labels the figure after it (this gave a date clause too) ...
        ("2027年：不少于3次", [("number", ">=", 3.0, "次", "2027年")]),
        # ... but the part of a year before one stays a date, and a year with nothing after it.
        ("年底为95%", [("date", "=", None, None, None), ("percent", "=", 95.0, "%", None)]),
        ("2026年为止", [("date", "<=", None, None, None)]),
        # A note naming a part of the amount is a figure of its own (this dropped it) ...
        (
            "培训20人（含外聘2人）",
            [("number", "=", 20.0, "人", "培训"), ("number", "=", 2.0, "人", "含外聘")],
        ),
        # ... but a note that restates the bound is none.
        ("20人以上（含20人）", [("number", ">=", 20.0, "人", None)]),
        # A joining word after a figure is no context (this kept 且), but a slash is.
        ("≥95%并持续提升", [("percent", ">=", 95.0, "%", "持续提升")]),
        ("1次/3年", [("number", "=", 1.0, "次", "/3年")]),
        # 但 between two bounds separates them (this kept 但 as context) ...
        (
            "≥3次，但≤5次",
            [("number", ">=", 3.0, "次", None), ("number", "<=", 5.0, "次", None)],
        ),
        # ... and 二甲 is a hospital's grade (this read a floor of 2), hm² and 标台 are units.
        ("达到三乙标准", [("text", None, None, None, "达到三乙标准")]),
        ("退耕还林50hm2", [("number", "=", 50.0, "hm2", "退耕还林")]),
        ("新增公交车辆30标台", [("number", "=", 30.0, "标台", "新增公交车辆")]),
        # 丛 counts shrubs and 路 channels (these left them context) ...
        ("补植灌木500丛", [("number", "=", 500.0, "丛", "补植灌木")]),
        ("接入视频监控≥500路", [("number", ">=", 500.0, "路", "接入视频监控")]),
        # 最长 caps a length and 最短 floors one (these read `=` with the word as context).
        ("服务期最长3年", [("duration", "<=", 3.0, "年", "服务期")]),
        ("最短5天", [("duration", ">=", 5.0, "天", None)]),
    ],
)
def test_the_eleventh_round_fixes_stop_where_their_words_stop(text, clauses):
    assert _read(text, 2026) == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # A return period is a standard's figure (this read 50 years), a plain length stays one.
        ("防洪标准50年一遇", [("number", "=", 50.0, "年一遇", "防洪标准")]),
        ("5年内", [("duration", "<=", 5.0, "年", None)]),
        # 盘 counts hoses and 团队 is what a rate is counted per (these were context).
        ("配备水带20盘", [("number", "=", 20.0, "盘", "配备水带")]),
        ("≤1500人/团队", [("number", "<=", 1500.0, "人/团队", None)]),
        # 最低 opening 最低工资 is no floor (this read >= with 工资标准的 as context) ...
        ("最低工资标准的1.2倍", [("number", "=", 1.2, "倍", "最低工资标准的")]),
        # ... but before a figure it is one still.
        ("最低3次", [("number", ">=", 3.0, "次", None)]),
        # 控制在 … 以内 around words drops 以内 from them, and reads as before without words.
        ("控制在80%红线以内", [("percent", "<=", 80.0, "%", "红线")]),
        ("控制在80%以内", [("percent", "<=", 80.0, "%", None)]),
        # A span of years glued before a count is its period (this read a range of years) ...
        ("2~3年一次", [("number", "=", 1.0, "次", "2~3年")]),
        # ... but alone it is a range of years still.
        ("2~3年", [("duration", "between", 2.0, "年", None)]),
        # An age band alone in brackets after a figure is its context (this was a bound) ...
        ("≥80%（60岁以上）", [("percent", ">=", 80.0, "%", "（60岁以上）")]),
        # ... but an age band alone is a bound still.
        ("60周岁以上", [("number", ">=", 60.0, "周岁", None)]),
        # A ratio after a separator is a text clause of its own (this was the count's context) ...
        (
            "≥45人，师生比1:15",
            [("number", ">=", 45.0, "人", None), ("text", None, None, None, "师生比1:15")],
        ),
        # ... but a ratio alone is one text clause still.
        ("师生比1:12", [("text", None, None, None, "师生比1:12")]),
        # A separator inside brackets that hold a figure separates nothing (this split them) ...
        (
            "每月1次（春、秋季各加1次）",
            [("number", "=", 1.0, "次", "每月"), ("number", "=", 1.0, "次", "春、秋季各加")],
        ),
        # ... and a length of time glued to a rate's name names it (this was a time limit) ...
        ("2小时到达率≥90%", [("percent", ">=", 90.0, "%", "2小时到达率")]),
        # ... but one before a verb is a time limit still.
        ("2小时内到达", [("duration", "<=", 2.0, "小时", "到达")]),
        # Words alone in quotes are a name, their numerals no count (this read 1 单) ...
        ("推行“一事一单”", [("text", None, None, None, "推行“一事一单”")]),
        # ... but quotes holding a digit hold a figure still.
        ("“100%”", [("percent", "=", 100.0, "%", None)]),
    ],
)
def test_the_twelfth_round_fixes_stop_where_their_words_stop(text, clauses):
    assert _read(text, 2026) == clauses


def test_an_operator_alone_in_a_names_brackets_bounds_a_figure_without_a_unit():
    (clause,) = parse_target("0.6", "灌溉水有效利用系数（≥）", 2026)
    assert (clause.operator, clause.value, clause.unit, clause.operator_inferred) == (
        ">=", 0.6, None, True,
    )  # fmt: skip
    (clause,) = parse_target("0.6", "灌溉水有效利用系数", 2026)
    assert (clause.operator, clause.operator_inferred) == ("=", False)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("队伍30人", [_quantity_row("队伍30人", "number", 30.0, "人", "队伍")]),
        ("大陆50公里", [_quantity_row("大陆50公里", "number", 50.0, "公里", "大陆")]),
        ("二100%", [_text_row("二100%")]),
    ],
)
def test_a_financial_numeral_glued_before_digits_ends_a_word(text, rows):
    # 伍 of 队伍, 陆 of 大陆 write no numeral before an Arabic figure; 二 there stays OCR damage.
    assert _rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("未来24小时预报", [_text_row("未来24小时预报")]),
        (
            "72小时台风路径预报误差≤150公里",
            [
                _quantity_row("72小时台风路径预报误差≤150公里", "number", 150.0, "公里", None)
                | {"operator": "<=", "context": "72小时台风路径预报误差"}
            ],
        ),
    ],
)
def test_the_hours_a_forecast_looks_ahead_name_it(text, rows):
    # A length of time before 预报 is the forecast's range, never a time limit of its own.
    assert _rows(text) == rows


@pytest.mark.parametrize(
    ("text", "operator", "value", "unit", "kind"),
    [("约200人以上", ">=", 200.0, "人", "number"), ("大约5天以下", "<=", 5.0, "天", "duration")],
)
def test_a_bound_after_the_figure_wins_over_an_about_before_it(text, operator, value, unit, kind):
    # 约 only hedges the figure; 以上/以下 after it say which side of it the target lies.
    assert _rows(text) == [_quantity_row(text, kind, value, unit, None) | {"operator": operator}]


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # 突破 before a figure is to pass it, 不突破 not to (these read = with the word as context)
        ("交易额突破50亿元", [("money", ">", 50.0, "亿元", "交易额")]),
        ("费用不突破80万元", [("money", "<=", 80.0, "万元", "费用")]),
        # ... but without a figure they are words still.
        ("不突破预算", [("text", None, None, None, "不突破预算")]),
        # A rate is counted per ten thousand (or a thousand, a hundred) of any counter (these read
        # 人 and 个, the denominator left in the context) ...
        ("死亡率≤0.1人/万台", [("number", "<=", 0.1, "人/万台", "死亡率")]),
        ("≥2个/万户", [("number", ">=", 2.0, "个/万户", None)]),
        ("≤3起/百公里", [("number", "<=", 3.0, "起/百公里", None)]),
        # ... as it was per population, and a share per ten thousand alone stays one.
        ("≥6张/千人口", [("number", ">=", 6.0, "张/千人口", None)]),
        ("≥0.5座/万人", [("number", ">=", 0.5, "座/万人", None)]),
        ("≤20/万", [("percent", "<=", 20.0, "‱", None)]),
        ("≤10/十万", [("percent", "<=", 10.0, "/10万", None)]),
        # An operator reaches over what a figure is counted per to the figure (these read =, the
        # operator left in the context) ...
        ("不超过每月2次", [("number", "<=", 2.0, "次", "每月")]),
        ("不低于每人每年500元", [("money", ">=", 500.0, "元", "每人每年")]),
        ("至少每季度开展1次", [("number", ">=", 1.0, "次", "每季度开展")]),
        # ... as it does when written after it, and a figure per period alone is = still.
        ("每周不少于1次", [("number", ">=", 1.0, "次", "每周")]),
        ("每月2次", [("number", "=", 2.0, "次", "每月")]),
        # Figures listed in brackets after a comma are clauses whose words leave the bracket
        # their clause cut in two (these were `（应检` and `实检 ）`) ...
        (
            "检验率99.2%（应检8346台，实检8279台）",
            [
                ("percent", "=", 99.2, "%", "检验率"),
                ("number", "=", 8346.0, "台", "应检"),
                ("number", "=", 8279.0, "台", "实检"),
            ],
        ),
        # ... and brackets a clause holds whole stay.
        ("文化馆（站）开放每周≥42小时", [("duration", ">=", 42.0, "小时", "文化馆（站）开放每周")]),
    ],
)
def test_the_fourteenth_round_fixes_stop_where_their_words_stop(text, clauses):
    assert _read(text, 2026) == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # Trains and nautical miles are counters of their trades (these read 列 and 海里 as words
        # of the context, and 万海里 as a bare 万) ...
        ("班列开行≥12列/月", [("number", ">=", 12.0, "列/月", "班列开行")]),
        ("开行专列30列次", [("number", "=", 30.0, "列次", "开行专列")]),
        ("巡航里程≥1.5万海里", [("number", ">=", 1.5, "万海里", "巡航里程")]),
        # ... and a 列 no figure counts stays a word.
        ("列入年度计划", [("text", None, None, None, "列入年度计划")]),
        # A quantity bounded after it and glued to a noun names a class of the things the next
        # quantity counts (these read a floor of 1 亿元 and of 10 万元 as first clauses) ...
        ("新签约亿元以上项目不少于20个", [("number", ">=", 20.0, "个", "新签约亿元以上项目")]),
        (
            "收入10万元以上的村占比≥70%",
            [("percent", ">=", 70.0, "%", "收入10万元以上的村占比")],
        ),
        # ... but two bounds in a row, or a bound before a separator, stay clauses of their own.
        ("3人以上5人以下", [("number", ">=", 3.0, "人", None), ("number", "<=", 5.0, "人", None)]),
        (
            "90%以上，群众满意度≥85%",
            [("percent", ">=", 90.0, "%", None), ("percent", ">=", 85.0, "%", "群众满意度")],
        ),
    ],
)
def test_the_fifteenth_round_fixes_stop_where_their_words_stop(text, clauses):
    assert _read(text, 2025) == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # 廿, 卅 and 卌 are a digit's tens in one character (these were words) ...
        ("文艺活动廿场以上", [("number", ">=", 20.0, "场", "文艺活动")]),
        ("一百廿人", [("number", "=", 120.0, "人", None)]),
        ("卅天内", [("duration", "<=", 30.0, "天", None)]),
        # ... with no digit before them, and inside a name they count nothing as other numerals.
        ("二廿人", [("text", None, None, None, "二廿人")]),
        ("廿四节气科普活动≥12场", [("number", ">=", 12.0, "场", "廿四节气科普活动")]),
        # Digits alone in quotes before a word name a service (these read the number as a figure
        # and cut the value at the closing quote) ...
        (
            "“12330”维权援助热线接通率≥90%",
            [("percent", ">=", 90.0, "%", "“12330”维权援助热线接通率")],
        ),
        ("“12345”平台工单办结率≥95%", [("percent", ">=", 95.0, "%", "“12345”平台工单办结率")]),
        # ... but quotes ending the value, or holding a unit, hold a figure still.
        ("“5”", [("number", "=", 5.0, None, None)]),
        ("“95%”", [("percent", "=", 95.0, "%", None)]),
        # A numeral opening a thing's name with a unit's character is no count (these read 10 字
        # and 8 方) ...
        ("红十字“博爱家园”建设≥5个", [("number", ">=", 5.0, "个", "红十字“博爱家园”建设")]),
        ("红十字", [("text", None, None, None, "红十字")]),
        ("四面八方", [("text", None, None, None, "四面八方")]),
        # ... but with an operator, or inside a longer numeral, it counts still.
        ("不少于十字", [("number", ">=", 10.0, "字", None)]),
        ("二十字以内", [("number", "<=", 20.0, "字", None)]),
        # An operator reaches over the event a length of time is counted from (these read =, the
        # operator left in the context) ...
        ("不迟于收到申请后10个工作日答复", [("duration", "<=", 10.0, "工作日", "收到申请后 答复")]),
        ("不少于竣工验收之后2年", [("duration", ">=", 2.0, "年", "竣工验收之后")]),
        # ... not 为, and a length of time bounded after it stays so.
        ("保修期为竣工后2年", [("duration", "=", 2.0, "年", "保修期为竣工后")]),
        ("合同签订后15个工作日内", [("duration", "<=", 15.0, "工作日", "合同签订后")]),
    ],
)
def test_the_sixteenth_round_fixes_stop_where_their_words_stop(text, clauses):
    assert _read(text, 2025) == clauses


@pytest.mark.parametrize(
    ("text", "day"),
    [("3月廿日前", datetime.date(2025, 3, 20)), ("10月廿五日前", datetime.date(2025, 10, 25))],
)
def test_a_day_written_with_contracted_tens_is_a_date(text, day):
    (clause,) = parse_target(text, None, 2025)
    assert (clause.kind, clause.operator, clause.date) == ("date", "<=", day)


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # A bracket closing right after a figure that opened before it is that figure's clause's
        # when no separator follows (these gave `主汛期(` and `)每日会商1次`) ...
        ("主汛期(6-8月)每日会商1次", [("主汛期(6-8月)", "主汛期"), ("每日会商1次", "每日会商")]),
        ("完成（95%）其中线上3场", [("完成（95%）", "完成"), ("其中线上3场", "其中线上")]),
        # ... but a bracket opened after the figure holds the next clause whole, as it did, a
        # separator inside it parting nothing.
        (
            "培训3场（每场50人）",
            [("培训3场", "培训"), ("（每场50人）", "每场")],
        ),
        (
            "每季度1次（枯、丰水期各加测1次）",
            [("每季度1次", "每季度"), ("（枯、丰水期各加测1次）", "枯、丰水期各加测")],
        ),
        # Words between a separator and the bracket holding the next figure open that figure's
        # clause (these gave `监测覆盖率100%，汛前` and `（4月底前）完成排查`).
        (
            "监测覆盖率100%，汛前（4月底前）完成排查",
            [("监测覆盖率100%", "监测覆盖率"), ("汛前（4月底前）完成排查", "汛前 完成排查")],
        ),
        (
            "放流2次，休渔期（5月1日—8月1日）巡查每周2次",
            [
                ("放流2次", "放流"),
                ("休渔期（5月1日—8月1日）", "休渔期"),
                ("巡查每周2次", "巡查每周"),
            ],
        ),
    ],
)
def test_a_bracket_goes_with_the_clause_its_words_belong_to(text, pieces):
    assert [(c.text, c.context) for c in parse_target(text, None, 2025)] == pieces


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # A figure alone in quotes, before an operator word, a unit or no word: the quotes set it
        # off (these read = with the operator in the context, `满意度“ ”以上`, and 3 without 项) ...
        ("满意度“95%”以上", [("percent", ">=", 95.0, "%", "满意度")]),
        ("完成“3”项", [("number", "=", 3.0, "项", "完成")]),
        ("“2”个以上", [("number", ">=", 2.0, "个", None)]),
        # ... but a figure in quotes before another word names something, as it did.
        ("“12345”热线接通率≥95%", [("percent", ">=", 95.0, "%", "“12345”热线接通率")]),
        ("开展“3+X”活动5次", [("number", "=", 5.0, "次", "开展“3+X”活动")]),
    ],
)
def test_a_figure_alone_in_quotes_is_read_with_what_follows_it(text, clauses):
    assert _read(text, 2025) == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # 集 counts a film's episodes and 遍 rounds over all (these were no units: `制作 集`, and
        # 一遍 no figure at all) ...
        ("专题片拍摄制作2集", [("number", "=", 2.0, "集", "专题片拍摄制作")]),
        ("纪录片≥6集", [("number", ">=", 6.0, "集", "纪录片")]),
        ("每年轮训一遍", [("number", "=", 1.0, "遍", "每年轮训")]),
        ("全员核查2遍以上", [("number", ">=", 2.0, "遍", "全员核查")]),
        # ... but not where they open a noun.
        ("扶持3集体经济薄弱村", [("number", "=", 3.0, None, "扶持 集体经济薄弱村")]),
        ("两遍及全县", [("text", None, None, None, "两遍及全县")]),
        # An equality word before the name of what a figure is a share of bounds nothing: it stays
        # in the context (these dropped 为: `租金 市场价的`) ...
        ("租金为市场价的50%～70%", [("percent", "between", 50.0, "%", "租金为市场价的")]),
        ("补贴标准为上年的80%以上", [("percent", ">=", 80.0, "%", "补贴标准为上年的")]),
        ("等于上年的1.2倍", [("number", "=", 1.2, "倍", "等于上年的")]),
        # ... where a bound reaches over it as it did.
        ("注册率达到常住人口的13%以上", [("percent", ">=", 13.0, "%", "注册率 常住人口的")]),
        ("不低于上年的80%", [("percent", ">=", 80.0, "%", "上年的")]),
    ],
)
def test_the_seventeenth_round_fixes_stop_where_their_words_stop(text, clauses):
    assert _read(text, 2025) == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # 空方 counts an artificial reef's hollow volume (this gave unit 万 and `投放 空方`) ...
        ("人工鱼礁投放≥3万空方", [("number", ">=", 3.0, "万空方", "人工鱼礁投放")]),
        ("投放礁体8000空方", [("number", "=", 8000.0, "空方", "投放礁体")]),
        # ... and a rate per year may write the year as a letter, inside brackets or not (these
        # gave unit t and `土壤侵蚀模数 /(km²·a)`).
        ("土壤侵蚀模数≤200t/(km²·a)", [("number", "<=", 200.0, "t/(km²·a)", "土壤侵蚀模数")]),
        ("输沙模数＜500t/km²·a", [("number", "<", 500.0, "t/km²·a", "输沙模数")]),
        # A length of time opens a rate's or a forecast's name over more than four words, and over
        # a bracket inside it (these read 24 小时 as a clause of its own) ...
        ("24小时森林火灾扑灭率≥95%", [("percent", ">=", 95.0, "%", "24小时森林火灾扑灭率")]),
        (
            "24小时最高（低）气温预报准确率不低于80%",
            [("percent", ">=", 80.0, "%", "24小时最高（低）气温预报准确率")],
        ),
        # ... but not over a separator, nor where no such name follows.
        (
            "24小时内响应，群众满意率≥95%",
            [("duration", "<=", 24.0, "小时", "响应"), ("percent", ">=", 95.0, "%", "群众满意率")],
        ),
        ("瞭望塔24小时值守", [("duration", "=", 24.0, "小时", "瞭望塔 值守")]),
    ],
)
def test_the_eighteenth_round_fixes_stop_where_their_words_stop(text, clauses):
    assert _read(text, 2025) == clauses


@pytest.mark.parametrize(
    ("text", "base"), [("≥3万空方", (30000.0, "空方")), ("13.2万画幅", (132000.0, "画幅"))]
)
def test_a_magnitude_scales_a_counter_of_a_trade(text, base):
    (clause,) = parse_target(text)
    assert (clause.base_value, clause.base_unit) == base


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # A sign or an operator word reaches over a name holding a prefix's word that opens an
        # ordinary word there (最低工资, 最低生活保障: PREFIX_NOT_BEFORE); these lost the bound
        # and read the share as `=` ...
        ("≤当地最低工资标准的80%", [("percent", "<=", 80.0, "%", "当地最低工资标准的")]),
        (
            "不超过当地最低生活保障标准的150%",
            [("percent", "<=", 150.0, "%", "当地最低生活保障标准的")],
        ),
        ("≤当地最低工资标准80%", [("percent", "<=", 80.0, "%", "当地最低工资标准")]),
        # ... while the name alone still bounds nothing, and 最低 before a figure is a floor.
        ("最低工资标准的80%", [("percent", "=", 80.0, "%", "最低工资标准的")]),
        ("最低95%", [("percent", ">=", 95.0, "%", None)]),
    ],
)
def test_a_sign_reaches_over_a_name_opening_with_a_prefix_word(text, clauses):
    assert _read(text, 2025) == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # 画幅 counts the frames archives are scanned in (this gave unit 万 and `档案数字化 画幅`) ...
        ("馆藏档案数字化 12万画幅", [("number", "=", 12.0, "万画幅", "馆藏档案数字化")]),
        # ... while 幅 alone still counts pictures.
        ("制作展板≥30幅", [("number", ">=", 30.0, "幅", "制作展板")]),
        # A year glued to the figure after it is the figure's time, its context (this read a date
        # of the whole year 2024 and the figure apart from its words) ...
        (
            "在2024年1.8万件基础上增长10%",
            [("number", "=", 1.8, "万件", "在2024年"), ("percent", "=", 10.0, "%", "基础上增长")],
        ),
        (
            "2024年 1.2万人次，2025年1.5万人次",
            [("number", "=", 1.2, "万人次", "2024年"), ("number", "=", 1.5, "万人次", "2025年")],
        ),
        # ... while a month or a day after the year is still the date, and words between a year
        # and a figure leave the year a date of its own.
        ("2025年 12月底前", [("date", "<=", None, None, None)]),
        ("2025年1-6月", [("date", "between", None, None, None)]),
        (
            "2024年完成1.8万件",
            [("date", "between", None, None, None), ("number", "=", 1.8, "万件", "完成")],
        ),
        # A Chinese numeral of several characters with a place in it counts before a counter and
        # a noun (these were read as text, as a one-character numeral opening a name is) ...
        ("十二个乡镇", [("number", "=", 12.0, "个", "乡镇")]),
        ("培训三百名村医", [("number", "=", 300.0, "名", "培训 村医")]),
        ("一百二十户脱贫户", [("number", "=", 120.0, "户", "脱贫户")]),
        # ... but not one of a single character, one before a length of time, nor one numbering a
        # session without its 第.
        ("四项制度", [("text", None, None, None, "四项制度")]),
        ("开展两次疏散演练", [("text", None, None, None, "开展两次疏散演练")]),
        ("八十年代", [("text", None, None, None, "八十年代")]),
        (
            "学习贯彻党的二十届三中全会精神",
            [("text", None, None, None, "学习贯彻党的二十届三中全会精神")],
        ),
        ("十四次党代会", [("text", None, None, None, "十四次党代会")]),
    ],
)
def test_the_nineteenth_round_fixes_stop_where_their_words_stop(text, clauses):
    assert _read(text, 2025) == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # A year before 版 names an edition (these read the year 2018, and 2020 years) ...
        (
            "按照GB 50016-2014（2018年版）验收",
            [("text", None, None, None, "按照GB 50016-2014（2018年版）验收")],
        ),
        (
            "执行《中国药典》2020年版标准",
            [("text", None, None, None, "执行《中国药典》2020年版标准")],
        ),
        ("2020版指南发放≥300册", [("number", ">=", 300.0, "册", "2020版指南发放")]),
        # ... but not before the characters that make another word of 版.
        (
            "2024年度版权登记≥3件",
            [("number", ">=", 3.0, "件", "2024年度版权登记")],
        ),
        # A count per 万车 is a rate (this left /万车 in the context) ...
        (
            "出租汽车万车投诉率不高于3件/万车",
            [("number", "<=", 3.0, "件/万车", "出租汽车万车投诉率")],
        ),
        ("停车费≤20元/车", [("money", "<=", 20.0, "元/车", "停车费")]),
        # A class in brackets between the noun it defines and the rest of the name is the name's
        # (this read a floor of 56 人 as a clause of its own) ...
        (
            "大班额（56人及以上）比例控制在5%以内",
            [("percent", "<=", 5.0, "%", "大班额（56人及以上）比例")],
        ),
        # ... but not in brackets that end the words before a bound of their own, nor alone.
        (
            "培训（200人以上）≥3场",
            [("number", ">=", 200.0, "人", "培训"), ("number", ">=", 3.0, "场", None)],
        ),
        ("完成率（90%以上）", [("percent", ">=", 90.0, "%", "完成率")]),
    ],
)
def test_the_twenty_first_round_fixes_stop_where_their_words_stop(text, clauses):
    assert _read(text, 2025) == clauses


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # The minus sign a typesetter prints is a sign: these read 5 to 5, a ceiling of 5, and
        # two clauses of -5 and 2 ...
        ("−5%~5%", ("−5%~5%", "percent", "between", -5.0, 5.0, "%", None)),
        ("≤−5%", ("≤−5%", "percent", "<=", -5.0, None, "%", None)),
        ("温度-5℃~−2℃", ("温度-5℃~−2℃", "number", "between", -5.0, -2.0, "℃", "温度")),
        # ... and a hyphen between two figures a range (this read 5, then 10 人) ...
        ("5‐10人", ("5‐10人", "number", "between", 5.0, 10.0, "人", None)),
        ("5\u201110人", ("5\u201110人", "number", "between", 5.0, 10.0, "人", None)),
        # ... a zero-width space prints nothing (this lost the %) ...
        ("≥95\u200b%", ("≥95%", "percent", ">=", 95.0, None, "%", None)),
        # ... and 担, 标箱 and 台件 are units (these left them context, 10万 a count in 万).
        ("茶叶产量≥2万担", ("茶叶产量≥2万担", "number", ">=", 2.0, None, "万担", "茶叶产量")),
        ("吞吐量≥10万标箱", ("吞吐量≥10万标箱", "number", ">=", 10.0, None, "万标箱", "吞吐量")),
        ("维修设备20台件", ("维修设备20台件", "number", "=", 20.0, None, "台件", "维修设备")),
        # 担 opening a word is none (担任, 担保).
        ("1人担任", ("1人担任", "number", "=", 1.0, None, "人", "担任")),
    ],
)
def test_typeset_minus_signs_hyphens_invisible_characters_and_the_twentieth_round_units(
    text, clause
):
    (parsed,) = parse_target(text)
    assert (
        parsed.text, parsed.kind, parsed.operator, parsed.value, parsed.value_max, parsed.unit,
        parsed.context,
    ) == clause  # fmt: skip


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # A sign after a figure is read as written, the figure on its left: each of these read
        # its first figure as `=` (the sign lost, or left in the second clause's context).
        ("95%≤", [("95%≤", ">=", 95.0, "%", None)]),
        ("5%≥", [("5%≥", "<=", 5.0, "%", None)]),
        ("98% <", [("98% <", ">", 98.0, "%", None)]),
        (
            "95%≤完成率≤100%",
            [("95%≤", ">=", 95.0, "%", None), ("完成率≤100%", "<=", 100.0, "%", "完成率")],
        ),
        (
            "-5%≤偏差率≤5%",
            [("-5%≤", ">=", -5.0, "%", None), ("偏差率≤5%", "<=", 5.0, "%", "偏差率")],
        ),
        ("0<偏差≤5%", [("0<", ">", 0.0, None, None), ("偏差≤5%", "<=", 5.0, "%", "偏差")]),
        (
            "90% <= x <= 100%",
            [("90% <=", ">=", 90.0, "%", None), ("x <= 100%", "<=", 100.0, "%", "x")],
        ),
        # A sign before a figure stays that figure's own ...
        ("≥95%≤100%", [("≥95%", ">=", 95.0, "%", None), ("≤100%", "<=", 100.0, "%", None)]),
        ("≥95% ≤ 100%", [("≥95%", ">=", 95.0, "%", None), ("≤ 100%", "<=", 100.0, "%", None)]),
        ("95%>90%", [("95%", "=", 95.0, "%", None), (">90%", ">", 90.0, "%", None)]),
        # ... and before words alone it may compare something else: the figure is `=`, the sign
        # kept in the context.
        ("95%≥上年同期", [("95%≥上年同期", "=", 95.0, "%", "≥上年同期")]),
    ],
)
def test_a_comparison_sign_after_a_figure_bounds_it_the_other_way_round(text, clauses):
    assert [
        (clause.text, clause.operator, clause.value, clause.unit, clause.context)
        for clause in parse_target(text)
    ] == clauses


@pytest.mark.parametrize(
    ("text", "operator", "date", "date_max", "context"),
    [
        ("6月中前完成项目中期评估", "<=", "2025-06-15", None, "完成项目中期评估"),
        ("3月中完成", "=", "2025-03-15", None, "完成"),
        ("6月中下旬完成", "between", "2025-06-11", "2025-06-30", "完成"),
        # 中 opening a word is no middle of the month: the month and the word.
        ("2025年3月中央财政资金到位", "between", "2025-03-01", "2025-03-31", "中央财政资金到位"),
        ("5月中标", "between", "2025-05-01", "2025-05-31", "中标"),
    ],
)
def test_the_middle_of_a_month_is_its_fifteenth_unless_zhong_opens_a_word(
    text, operator, date, date_max, context
):
    (clause,) = parse_target(text, None, _FISCAL_YEAR)
    assert (clause.kind, clause.operator, str(clause.date), clause.date_max, clause.context) == (
        "date", operator, date, date_max and datetime.date.fromisoformat(date_max), context
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("资金分两至三批下达", ("number", "between", 2.0, 3.0, "批", "资金分 下达")),
        ("三至五家企业入驻", ("number", "between", 3.0, 5.0, "家", "企业入驻")),
        # A range of school years or grades names them, no count.
        ("小学三至六年级", ("text", None, None, None, None, "小学三至六年级")),
        ("一至三级医院全覆盖", ("text", None, None, None, None, "一至三级医院全覆盖")),
        ("二至三星级酒店", ("text", None, None, None, None, "二至三星级酒店")),
    ],
)
def test_a_range_of_chinese_numerals_before_a_counter_counts_whatever_follows(text, clause):
    (read,) = parse_target(text, None, _FISCAL_YEAR)
    assert (read.kind, read.operator, read.value, read.value_max, read.unit, read.context) == clause


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # An adverb of a bound before a word that only links it to the figure is one bound, the
        # adverb's (these read 为 as `=` and 达到 alone, the adverb left in the context) ...
        ("贷款贴息比例至少为50%", [("percent", ">=", 50.0, "%", "贷款贴息比例")]),
        ("开放时间至少达到40小时", [("duration", ">=", 40.0, "小时", "开放时间")]),
        ("补助最高为每亩40元", [("money", "<=", 40.0, "元", "补助 每亩")]),
        ("最低为60%", [("percent", ">=", 60.0, "%", None)]),
        ("至多为3次", [("number", "<=", 3.0, "次", None)]),
        ("补贴最高达5万元", [("money", "<=", 5.0, "万元", "补贴")]),
        # ... while the link alone keeps its own reading, and the adverb alone its own.
        ("比例为50%", [("percent", "=", 50.0, "%", "比例")]),
        ("达到40小时", [("duration", ">=", 40.0, "小时", None)]),
        ("最高5万元", [("money", "<=", 5.0, "万元", None)]),
        # 人日 and 道 count (these read 60 人 with 日 left in the context, and 12 with no unit) ...
        ("不少于60人日", [("number", ">=", 60.0, "人日", None)]),
        ("涵洞12道", [("number", "=", 12.0, "道", "涵洞")]),
        ("3道工序", [("number", "=", 3.0, "道", "工序")]),
        # ... but not where 道 or 日 opens a word (道路, 日常), nor after a numeral of one
        # character opening a name (一道防线).
        ("服务500人日常生活照料", [("number", "=", 500.0, "人", "服务 日常生活照料")]),
        ("改造5道路段", [("number", "=", 5.0, None, "改造 道路段")]),
        ("筑牢最后一道防线", [("text", None, None, None, "筑牢最后一道防线")]),
        # 日历日 is a length of time, 个 dropped before it (this read a count of 15 个, 日历日 its
        # context).
        ("不超过15个日历日", [("duration", "<=", 15.0, "日历日", None)]),
        ("工期20日历日", [("duration", "=", 20.0, "日历日", "工期")]),
    ],
)
def test_the_thirty_second_round_fixes_stop_where_their_words_stop(text, clauses):
    assert _read(text, 2025) == clauses


@pytest.mark.parametrize("text", ["≥95°/o", "≥95 °/o", "98°/0", "95○/○以上", "3°/oo"])
def test_a_percent_sign_ocr_broke_into_marks_is_text_not_a_figure_without_a_unit(text):
    # `°/o` for `%`: the figure may be intact, but its unit is damage that is not guessed at, as
    # the spec's `二100百分比` (this read `>=` 95 with no unit, `°/o` its context).
    assert [(c.kind, c.value, c.context) for c in parse_target(text)] == [("text", None, text)]
    assert [(c.kind, c.value) for c in parse_actual(text)] == [("text", None)]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # A degree sign alone is no broken percent: the figure stays, the sign its context.
        ("坡度≤25°", ("number", "<=", 25.0, None, "坡度 °")),
        # Nor are the marks before more digits.
        ("≥95°/0.5", ("number", ">=", 95.0, None, "°/0.5")),
    ],
)
def test_marks_that_are_no_broken_percent_sign_leave_the_figure(text, clause):
    assert _read(text) == [clause]


@pytest.mark.parametrize("text", [",500人次", "，500人次", "≥,500人", "≥ ,500"])
def test_a_figure_that_lost_its_first_digits_before_its_thousands_separator_is_text(text):
    # `,500人次` for `1,500人次` (spec: number damage, a lost leading character): the comma had
    # been read as a clause's separator, the value `=` 500 人次 (and `≥,500人` lost its `≥`).
    assert [(c.kind, c.value, c.context) for c in parse_target(text)] == [("text", None, text)]
    assert [(c.kind, c.value) for c in parse_actual(text)] == [("text", None)]


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        ("1,500人次", [("number", "=", 1500.0, "人次", None)]),
        # a separator between two clauses, a figure before it
        (
            "100人,500人次",
            [("number", "=", 100.0, "人", None), ("number", "=", 500.0, "人次", None)],
        ),
    ],
)
def test_a_thousands_separator_after_digits_or_between_clauses_stays_as_read(text, clauses):
    assert _read(text) == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # 低于 (少于, 高于, 多于) and 等于 run together without 或 are one bound, as 小于等于 (these
        # read 等于 alone, `=`, the first word left in the context) ...
        ("资金闲置率低于等于2%", [("percent", "<=", 2.0, "%", "资金闲置率")]),
        ("少于等于3次", [("number", "<=", 3.0, "次", None)]),
        ("高于等于90%", [("percent", ">=", 90.0, "%", None)]),
        ("多于等于5家", [("number", ">=", 5.0, "家", None)]),
        # ... 超出 negated is a ceiling, as 不超过, with a modal inside (these read `=`) ...
        ("服务户数不得超出300户", [("number", "<=", 300.0, "户", "服务户数")]),
        ("不超出5%", [("percent", "<=", 5.0, "%", None)]),
        # ... while 超出 alone is still an excess, no bound.
        ("超出目标20场", [("number", "=", 20.0, "场", "超出目标")]),
        # 保底 names a floor as 下限 does, 起码 is spoken 至少 (these read `=`, the word context) ...
        ("年经营性收入保底5万元", [("money", ">=", 5.0, "万元", "年经营性收入")]),
        ("每村起码配备1名村医", [("number", ">=", 1.0, "名", "每村 配备 村医")]),
        # ... and 保 inside a name before a share still lets the operator reach over it.
        ("不低于当地低保标准的1.3倍", [("number", ">=", 1.3, "倍", "当地低保标准的")]),
    ],
)
def test_the_thirty_third_round_operator_words_are_the_bounds_they_name(text, clauses):
    assert _read(text, 2025) == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # An adverb of a bound before a negated comparison of the same bound restates it: one
        # bound, the adverb no context, whichever pair and modal (these left the adverb in the
        # context; only 最低不低于, 最少不少于, 至少不低于, 至少不少于 and 最高/最多/至多不超过 had
        # been listed: round 36's 最少不低于85分) ...
        ("最少不低于85分", [("number", ">=", 85.0, "分", None)]),
        ("最低不少于50人", [("number", ">=", 50.0, "人", None)]),
        ("最少不得少于2次", [("number", ">=", 2.0, "次", None)]),
        ("最多不多于3次", [("number", "<=", 3.0, "次", None)]),
        ("至多不大于5%", [("percent", "<=", 5.0, "%", None)]),
        ("补助最高不得超过50万元", [("money", "<=", 50.0, "万元", "补助")]),
        ("最低不低于500元", [("money", ">=", 500.0, "元", None)]),
        # ... but 最长 and 最短 say which length is bounded and stay context (rounds 11 and 24:
        # 一般不超过3天，最长不超过7天) ...
        ("最长不超过30天", [("duration", "<=", 30.0, "天", "最长")]),
        ("最短不少于3年", [("duration", ">=", 3.0, "年", "最短")]),
        # ... and an adverb of another bound than the comparison after it stays context: the
        # comparison written wins (round 27's 最长不满30天).
        ("最长不满30天", [("duration", "<", 30.0, "天", "最长")]),
        ("最低不超过5%", [("percent", "<=", 5.0, "%", "最低")]),
    ],
)
def test_an_adverb_of_a_bound_restating_the_negated_bound_after_it_is_one_bound(text, clauses):
    assert _read(text, 2025) == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # 趟, 笔, 头份, 床日 and CFU count, 自然年 is a length of time (these left the counter, or
        # its last character, in the context, or read the whole value as text) ...
        ("每日往返不少于6趟", [("number", ">=", 6.0, "趟", "每日往返")]),
        ("发放贷款不少于300笔", [("number", ">=", 300.0, "笔", "发放贷款")]),
        ("疫苗不少于120万头份", [("number", ">=", 120.0, "万头份", "疫苗")]),
        ("年服务≥3万床日", [("number", ">=", 3.0, "万床日", "年服务")]),
        # (头次, 只次 and 羽次, animals times immunised, left 次 in the context: round 101)
        ("强制免疫≥42万头次", [("number", ">=", 42.0, "万头次", "强制免疫")]),
        ("免疫≥156万羽次", [("number", ">=", 156.0, "万羽次", "免疫")]),
        ("犬只免疫不少于3000只次", [("number", ">=", 3000.0, "只次", "犬只免疫")]),
        ("菌落总数≤100CFU/mL", [("number", "<=", 100.0, "CFU/mL", "菌落总数")]),
        ("实施周期1个自然年", [("duration", "=", 1.0, "自然年", "实施周期")]),
        # ... but not where 笔 opens a word (笔记本) ...
        ("配备3笔记本电脑", [("number", "=", 3.0, None, "配备 笔记本电脑")]),
        # ... and 区间 after a range restates it, as 之间 (this left 在 … 区间 in the context).
        ("预算执行率保持在90%-100%区间", [("percent", "between", 90.0, "%", "预算执行率保持")]),
    ],
)
def test_the_thirty_third_round_counters_and_lengths_are_units(text, clauses):
    assert _read(text, 2025) == clauses


@pytest.mark.parametrize(
    "text",
    [
        "涓嶄綆浜\ufffd95%",  # 不低于 decoded with the wrong code page (this read = 95 %)
        "达到\ufffd95%",
        "?95%",  # an operator the code page lacked (this read = 95 %)
        "≥?95%",
        "(cid:21)95%",  # a glyph a PDF converter could not map (this read = 21 and = 95 %)
        "95。5%",  # a decimal point read as a full stop (this read = 95 and = 5 %)
        "2024年12月31曰前",  # 曰 for 日 (this read the month and = 31)
    ],
)
def test_a_figure_damaged_by_a_decoder_a_converter_or_ocr_is_text_not_guessed_at(text):
    assert [(c.kind, c.value, c.context) for c in parse_target(text)] == [("text", None, text)]
    assert [(c.kind, c.value) for c in parse_actual(text)] == [("text", None)]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # A question mark or a full stop that touches no figure is no damage to one.
        ("是否达到95%?", ("percent", ">=", 95.0, "%", "是否 ?")),
        ("95.5%", ("percent", "=", 95.5, "%", None)),
    ],
)
def test_marks_that_touch_no_figure_leave_it_read(text, clause):
    assert _read(text) == [clause]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # ± typed on a keyboard is a tolerance (this read = -5 %, the + no sign) ...
        ("+/-5%", ("percent", "between", -5.0, 5.0, None)),
        ("+-3%", ("percent", "between", -3.0, 3.0, None)),
        ("偏差+/-5%以内", ("percent", "between", -5.0, 5.0, "偏差")),
        # ... around a value, as ± is (these read > 100 %, the rest of the tolerance context).
        ("100%+/-5%", ("percent", "between", 95.0, 105.0, None)),
        ("50万元+/-10%", ("money", "between", 45.0, 55.0, None)),
        # A + after a figure alone is still more than it.
        ("500人+", ("number", ">", 500.0, None, None)),
    ],
)
def test_a_tolerance_typed_on_a_keyboard_is_a_range(text, clause):
    (read,) = parse_target(text)
    assert (read.kind, read.operator, read.value, read.value_max, read.context) == clause


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # A character reference or a code point's escape is the character it names (these read
        # = 95 % with `&gt` in the context, and text) ...
        ("&gt;=95%", [(">=95%", ">=", 95.0, None)]),
        ("&ge;95%", [("≥95%", ">=", 95.0, None)]),
        ("&#8805;95%", [("≥95%", ">=", 95.0, None)]),
        ("\\u226595%", [("≥95%", ">=", 95.0, None)]),
        # ... a line-break tag is white space between two comparisons (this cut it in two) ...
        (
            "合格率≥95%<br>结业率≥90%",
            [("合格率≥95%", ">=", 95.0, "合格率"), ("结业率≥90%", ">=", 90.0, "结业率")],
        ),
        (
            "合格率≥95%<BR/>结业率≥90%",
            [("合格率≥95%", ">=", 95.0, "合格率"), ("结业率≥90%", ">=", 90.0, "结业率")],
        ),
        # ... while an ampersand or a < that opens no such thing is read as written.
        ("A&B公司3家", [("A&B公司3家", "=", 3.0, "A&B公司")]),
        ("<5%", [("<5%", "<", 5.0, None)]),
    ],
)
def test_text_a_web_page_or_an_export_escaped_is_read_as_what_it_shows(text, clauses):
    assert [(c.text, c.operator, c.value, c.context) for c in parse_target(text)] == clauses


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # 半 alone after 近 is nearly half, as after 过 it is more than half (this was text) ...
        ("占比近半", ("percent", "≈", 50.0, "%", "占比")),
        ("过半", ("percent", ">", 50.0, "%", None)),
        # ... but not where 半 opens a length of time.
        ("近半年", ("text", None, None, None, "近半年")),
    ],
)
def test_half_alone_after_a_word_of_a_bound_is_a_share_bound_so(text, clause):
    assert _read(text) == [clause]


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # 比 between two figures writes a ratio, no quantity, as 1:1 (this read = 1 and = 1) ...
        ("按1比1比例落实配套资金", [("text", None, None, None, "按1比1比例落实配套资金")]),
        # ... but not where no figure stands on both sides of it.
        ("同比增长5%", [("percent", "=", 5.0, "%", "同比增长")]),
        # Digits grouped by four after a comma are damage, not guessed at (these read = 10 and
        # = 0 元) ...
        ("项目总投资10,0000元", [("text", None, None, None, "项目总投资10,0000元")]),
        ("1,0000,0000元", [("text", None, None, None, "1,0000,0000元")]),
        # ... while groups of three are thousands, and a comma after a percentage parts clauses.
        ("1,000元", [("money", "=", 1000.0, "元", None)]),
        ("95%,1000人", [("percent", "=", 95.0, "%", None), ("number", "=", 1000.0, "人", None)]),
    ],
)
def test_a_ratio_in_words_and_digits_grouped_by_four_give_no_figure(text, clauses):
    assert _read(text) == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # A year before 同期 is the base of a change, no deadline (these read 到 or 至 and the
        # year as a date <= its last day, a clause of its own) ...
        (
            "旅游接待人次恢复到2019年同期的90%以上",
            [("percent", ">=", 90.0, "%", "旅游接待人次恢复到2019年同期的")],
        ),
        ("恢复至2019年同期水平的90%", [("percent", "=", 90.0, "%", "恢复至2019年同期水平的")]),
        # An operator word before a year's share is the share's bound, as before any share
        # (`达到上年的95%`); the year's digits had kept 达到 from the figure, read `=`.
        ("达到2019年同期的90%", [("percent", ">=", 90.0, "%", "2019年同期的")]),
        ("不超过2024年预算的10%", [("percent", "<=", 10.0, "%", "2024年预算的")]),
        # ... while 到 before a year alone is still a deadline.
        ("到2025年", [("date", "<=", None, None, None)]),
    ],
)
def test_a_year_before_tongqi_is_a_base_not_a_deadline(text, clauses):
    assert _read(text, 2023) == clauses


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # A year in four digits and a point before a month and its 月 is that month (this read a
        # length of 2024.12 months) ...
        ("2024.12月底前", ("date", "<=", datetime.date(2024, 12, 31), None, None)),
        (
            "2024.6月",
            ("date", "between", datetime.date(2024, 6, 1), datetime.date(2024, 6, 30), None),
        ),
        # ... while a figure with a point before 月 alone is still a length.
        ("工期2.5月", ("duration", "=", None, None, "工期")),
        # A day with a workbook's time of day after it is that day, the time its context (these
        # were text, the space read as a figure split in two) ...
        ("2024-12-31 00:00:00", ("date", "=", datetime.date(2024, 12, 31), None, "00:00:00")),
        ("2024/12/31 17:00前", ("date", "<=", datetime.date(2024, 12, 31), None, "17:00")),
        # ... but a time after a figure that is no day leaves the value text.
        ("3 12:00", ("text", None, None, None, "3 12:00")),
    ],
)
def test_dates_a_point_or_a_workbook_writes_are_dates(text, clause):
    (read,) = parse_target(text, None, 2024)
    assert (read.kind, read.operator, read.date, read.date_max, read.context) == clause


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # A year before a holiday is no date of its own, as before 春节 (these read the whole year)
        # ...
        ("2025年“五一”前完成主体工程", ("text", None, None, "2025年“五一”前完成主体工程")),
        ("2025年国庆前完成", ("text", None, None, "2025年国庆前完成")),
        # ... a day of the lunar calendar no Gregorian date (this read 2023-12-20) ...
        ("农历十二月二十日前", ("text", None, None, "农历十二月二十日前")),
        ("农历8月15日", ("text", None, None, "农历8月15日")),
        # ... and an hour in words between a day and 起 or 前 leaves them their bound (this read
        # the day =, 起 left in the context).
        (
            "2024年7月1日零时起施行新标准",
            ("date", ">=", datetime.date(2024, 7, 1), "零时 施行新标准"),
        ),
        ("12月31日十时前", ("date", "<=", datetime.date(2023, 12, 31), "十时")),
    ],
)
def test_holidays_lunar_days_and_hours_in_words_are_read_as_they_bind(text, clause):
    (read,) = parse_target(text, None, 2023)
    assert (read.kind, read.operator, read.date, read.context) == clause


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # A length in two units, the smaller glued after the larger, is one length in the
        # smaller unit, the bound on the whole (these read two clauses, the bound on the first) ...
        ("培训时长不少于2小时30分钟", ("duration", ">=", 150.0, "分钟", "培训时长")),
        ("3天12小时", ("duration", "=", 84.0, "小时", None)),
        ("0.1小时6分钟", ("duration", "=", 12.0, "分钟", None)),
        # 上限 or 下限 in brackets after the figure is its bound, as before it (this read `=`
        # with （上限） the context).
        ("1500元/人（上限）", ("money", "<=", 1500.0, "元/人", None)),
        ("60%(下限)", ("percent", ">=", 60.0, "%", None)),
    ],
)
def test_a_length_in_two_units_and_a_bound_named_after_the_figure_are_one_clause(text, clause):
    assert _read(text) == [clause]


def test_two_lengths_apart_or_the_smaller_first_stay_two():
    assert [c.value for c in parse_target("1小时 30分钟")] == [1.0, 30.0]
    assert [c.value for c in parse_target("30分钟2小时")] == [30.0, 2.0]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # 多 after 成 is more than it, as 多 before a unit is (these were text) ...
        ("零售额占比三成多", ("percent", ">", 30.0, "%", "零售额占比")),
        ("3成多", ("percent", ">", 30.0, "%", None)),
        # ... while a digit after 成 is still its tenth.
        ("九成五", ("percent", "=", 95.0, "%", None)),
    ],
)
def test_more_after_cheng_is_more_than_its_tenths(text, clause):
    assert _read(text) == [clause]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # A Chinese numeral and its counter before a name in quotation marks read as before the
        # name without them, a phrase, no count (these read = 2 个, = 3 次) ...
        ("实现两个“全覆盖”", ("text", None, None, None, "实现两个“全覆盖”")),
        ("开展三次“送温暖”活动", ("text", None, None, None, "开展三次“送温暖”活动")),
        # ... while digits before it count, and a numeral that ends the phrase.
        ("建设3个“十五分钟生活圈”", ("number", "=", 3.0, "个", "建设 “十五分钟生活圈”")),
        ("开展三次", ("number", "=", 3.0, "次", "开展")),
    ],
)
def test_a_numeral_before_a_quoted_name_reads_as_before_the_name_unquoted(text, clause):
    assert _read(text) == [clause]


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # A sum after a sum across a slash is a figure of its own, nothing priced per yuan (these
        # read one clause, the second sum its context) ...
        ("1203.56万元/1250万元", [(1203.56, "万元", None), (1250.0, "万元", None)]),
        ("120元/150元", [(120.0, "元", None), (150.0, "元", None)]),
        # ... while a sum per people or per weight stays one rate.
        ("5万元/10人", [(5.0, "万元", "/10人")]),
        ("5元/500克", [(5.0, "元", "/500克")]),
    ],
)
def test_a_sum_after_a_sum_across_a_slash_is_a_figure_of_its_own(text, clauses):
    assert [(c.value, c.unit, c.context) for c in parse_actual(text, 2021)] == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # A year before 的 and a figure is the year the figure was measured in, its label, no
        # date (these read the whole year a clause of its own and 的 the figure's context) ...
        (
            "由2023年的85%提高到90%",
            [("percent", "=", 85.0, "%", "由2023年的"), ("percent", "=", 90.0, "%", "提高到")],
        ),
        ("相当于2022年的80%", [("percent", "=", 80.0, "%", "相当于2022年的")]),
        # ... while a year before a verb and a figure is still a date of its own.
        (
            "2023年完成85%",
            [("date", "between", None, None, None), ("percent", "=", 85.0, "%", "完成")],
        ),
    ],
)
def test_a_year_before_de_and_a_figure_labels_the_figure(text, clauses):
    assert _read(text, 2024) == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # A year alone before a noun whose clause a figure quantifies labels the figure, no date
        # (these read the whole year a clause of its own and the rest a second clause) ...
        ("2022年衔接资金共下达105万元", [("money", "=", 105.0, "万元", "2022年衔接资金共下达")]),
        (
            "2020年地区生产总值达到53.7亿元,比2015年增长30.4%",
            [
                ("money", ">=", 53.7, "亿元", "2020年地区生产总值"),
                ("percent", "=", 30.4, "%", "比2015年增长"),
            ],
        ),
        # ... also before a date, which the year then dates
        (
            "确保2025年高标准农田任务在12月底前全部完成",
            [("date", "<=", None, None, "确保2025年高标准农田任务在 全部完成")],
        ),
        # ... while before a verb, alone in its clause or bounded the year is a date of its own.
        (
            "2023年计划投入2500万元",
            [("date", "between", None, None, None), ("money", "=", 2500.0, "万元", "计划投入")],
        ),
        (
            "2025年,完成80%",
            [("date", "between", None, None, None), ("percent", "=", 80.0, "%", "完成")],
        ),
        (
            "2025年前建成3座",
            [("date", "<=", None, None, None), ("number", "=", 3.0, "座", "建成")],
        ),
    ],
)
def test_a_year_before_a_noun_labels_the_figure_of_its_clause(text, clauses):
    assert _read(text, 2024) == clauses


def test_a_labelling_year_still_dates_a_month_after_it():
    (clause,) = parse_target("确保2025年高标准农田任务在12月底前全部完成", None, 2024)
    assert clause.date == datetime.date(2025, 12, 31)


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # A year before a school's holidays is no date of its own: each school sets their days
        # (these read the whole year, the holiday its context) ...
        ("2024年寒假期间", [("text", None, None, None, "2024年寒假期间")]),
        ("2025年暑期开展托管服务", [("text", None, None, None, "2025年暑期开展托管服务")]),
        # ... while months the holiday is named beside are dates still.
        ("2024年7月至8月（暑期）", [("date", "between", None, None, "（暑期）")]),
    ],
)
def test_a_year_before_a_schools_holidays_is_no_date(text, clauses):
    assert _read(text, 2024) == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # UTF-8 a converter decoded with a single-byte code page is damage, the value text
        # (these read = 95 % and ±5 % with Â the context, what was left of the operator) ...
        ("â‰¥95%", [("text", None, None, None, "â‰¥95%")]),
        ("Â±5%", [("text", None, None, None, "Â±5%")]),
        ("ä¸å°äº95%", [("text", None, None, None, "ä¸å°äº95%")]),
        # ... while the code page's own signs as written are read.
        ("±5%", [("percent", "between", -5.0, "%", None)]),
        ("≤0.5‰", [("percent", "<=", 0.5, "‰", None)]),
        ("3×10²", [("number", "=", 300.0, None, None)]),
    ],
)
def test_text_decoded_with_the_wrong_code_page_is_text(text, clauses):
    assert _read(text) == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # An operator word OCR misread (于 as 干) before a figure is damage, the value text (these
        # read = 95 % from the 等于 left intact, or = 90 % with 不低干 the context) ...
        ("大干等于95%", [("text", None, None, None, "大干等于95%")]),
        ("不低干90%", [("text", None, None, None, "不低干90%")]),
        ("大于等干3次", [("text", None, None, None, "大于等干3次")]),
        # ... while 干 in words before a figure is read as written.
        ("主干道亮灯率100%", [("percent", "=", 100.0, "%", "主干道亮灯率")]),
        ("培训骨干教师20人", [("number", "=", 20.0, "人", "培训骨干教师")]),
    ],
)
def test_an_operator_word_ocr_misread_before_a_figure_is_text(text, clauses):
    assert _read(text) == clauses


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # A year printed with its digits grouped by three before a month is that year (these
        # read a length of 2024 年 and the month's day apart) ...
        ("2 024年12月31日前", ("date", "<=", datetime.date(2024, 12, 31), None)),
        ("截至2 023年6月30日", ("date", "<=", datetime.date(2023, 6, 30), None)),
        (
            "2 024年12月",
            ("date", "between", datetime.date(2024, 12, 1), datetime.date(2024, 12, 31)),
        ),
        # ... while figures a lone space apart that no grouping explains stay text.
        ("2025 12 31前", ("text", None, None, None)),
    ],
)
def test_a_year_grouped_by_three_before_a_month_is_that_year(text, clause):
    (read,) = parse_target(text, None, 2024)
    assert (read.kind, read.operator, read.date, read.date_max) == clause


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # 棒 counts mushroom logs (菌棒): the unit had ended at 万, 棒 left in the context ...
        ("菌棒年生产能力≥300万棒", [("number", ">=", 300.0, "万棒", "菌棒年生产能力")]),
        ("310万棒", [("number", "=", 310.0, "万棒", None)]),
        # ... but not where it opens a word (棒球场).
        ("建成棒球场3个", [("number", "=", 3.0, "个", "建成棒球场")]),
    ],
)
def test_mushroom_logs_are_counted_in_bang(text, clauses):
    assert _read(text, 2025) == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # A lone place after an operator counts before a magnitude word and a unit too (these
        # read no number, and the sum after the comma took 突破千亿元 into its context) ...
        (
            "突破千亿元,达1082.18亿元",
            [("money", ">", 1000.0, "亿元", None), ("money", ">=", 1082.18, "亿元", None)],
        ),
        ("首次突破百亿元大关", [("money", ">", 100.0, "亿元", "首次 大关")]),
        ("千亿元以上", [("money", ">=", 1000.0, "亿元", None)]),
        # ... but with no operator it is still a word.
        ("千亿元级产业集群建成1个", [("number", "=", 1.0, "个", "千亿元级产业集群建成")]),
    ],
)
def test_a_lone_place_before_a_magnitude_and_a_unit_counts(text, clauses):
    assert _read(text, 2024) == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # A class glued to a noun names what a bare figure after it counts too (these read a
        # floor of 500 万元 and of 20 户 as first clauses) ...
        (
            "500万元以上固定资产投资增长13.8%",
            [("percent", "=", 13.8, "%", "500万元以上固定资产投资增长")],
        ),
        (
            "20户以上自然村通屯道路硬化率100%",
            [("percent", "=", 100.0, "%", "20户以上自然村通屯道路硬化率")],
        ),
        # ... but not across a separator.
        (
            "培训50人以上,满意度90%",
            [("number", ">=", 50.0, "人", "培训"), ("percent", "=", 90.0, "%", "满意度")],
        ),
    ],
)
def test_a_class_before_a_bare_figure_names_what_it_counts(text, clauses):
    assert _read(text, 2021) == clauses


@pytest.mark.parametrize("text", ["执行数78.*元", "≥95.*%", "完成12.**万元"])
def test_masked_decimals_are_not_read(text):
    # A figure whose decimals are masked cannot be read back (these read the whole part alone).
    assert _read(text, 2023) == [("text", None, None, None, text)]


def test_a_times_sign_after_decimals_is_no_mask():
    assert _read("1.2*10^4元", 2023) == [("money", "=", 12000.0, "元", None)]


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # A ratio a separator parts from the figures after it is a text clause of its own, as one
        # past the last figure is (this took the ratio into the first figure's context) ...
        (
            "三次产业结构演进为15.5:51.8:32.7,一产提高3.9个百分点",
            [
                ("text", None, None, None, "三次产业结构演进为15.5:51.8:32.7"),
                ("percent", "=", 3.9, "个百分点", "一产提高"),
            ],
        ),
        (
            "生师比20:1，班额不超过45人，床护比1:0.6",
            [
                ("text", None, None, None, "生师比20:1"),
                ("number", "<=", 45.0, "人", "班额"),
                ("text", None, None, None, "床护比1:0.6"),
            ],
        ),
        # ... and the two-dot leader a typesetter prints for a colon is a ratio's sign (this read
        # each term a figure of its own).
        (
            "三次产业结构由19.8︰41︰39.2",
            [("text", None, None, None, "三次产业结构由19.8︰41︰39.2")],
        ),
    ],
)
def test_a_ratio_before_the_figures_is_a_text_clause_of_its_own(text, clauses):
    assert _read(text, 2021) == clauses
    assert [c.clause_seq for c in parse_target(text, None, 2021)] == list(
        range(1, len(clauses) + 1)
    )


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # 头只 counts cattle and sheep together and 峰 counts camels (these read 万头 with 只
        # left in the context, and 5000 with no unit, 峰左右 its context, missing the ≈) ...
        ("牲畜总头数达到63万头只", [("number", ">=", 63.0, "万头只", "牲畜总头数")]),
        ("骆驼5000峰左右", [("number", "≈", 5000.0, "峰", "骆驼")]),
        # ... but 峰 opening a word is no camel.
        ("用电负荷3峰值", [("number", "=", 3.0, None, "用电负荷 峰值")]),
    ],
)
def test_livestock_counters_are_units(text, clauses):
    assert _read(text, 2021) == clauses


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # A word joining things after the last figure keeps them in its context, itself too
        # (this dropped the 及) ...
        ("分干管管长1100m及其他配套设施", "分干管管长 及其他配套设施"),
        ("新建泵站2座和配套管网", "新建泵站 和配套管网"),
        # ... while one joining comparisons is no context.
        ("≥90%且逐年提高", "逐年提高"),
    ],
)
def test_a_word_joining_things_after_the_figure_stays_in_the_context(text, context):
    (clause,) = parse_target(text, None, 2022)
    assert clause.context == context
