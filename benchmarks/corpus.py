"""Benchmarks: the synthetic corpus of 项目支出绩效目标表 files the benchmarks run on.

It draws on the real table in data/raw/ and the damaged variants in
tests/fixtures/raw-variants/: their project rows, 绩效目标 clauses and indicator lines
(level 1, level 2, name, targets) are parsed at start-up and recombined with the
regions, departments, funding units, project topics and indicators composed below.
Amounts are exact decimals that reconcile; encodings, line ends and PDF damage
(page lines, repeated headers, wrapped cells) are mixed as real downloads mix them.
Files come in the layouts of LAYOUT_KINDS, mixed as published nationally: the packed
department table, and per-project forms (one or many a file, 中期/年度 groups side by side
in some), forms with split value columns, flat lists, one-row-per-indicator lists and
department-wide tables, modelled on tests/fixtures/layouts/ with labels drawn from
`pipeline.vocab.layout_labels`. The manifest (expected.json) gives each file's layout
(`table_layout`), projects, indicators and total, as the build must read them.

    python -m benchmarks.corpus OUT_DIR --files 2000 --seed 0
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
import time
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from pipeline.labels.columns import column_roles, field_roles, label_scope
from pipeline.vocab import layout_labels

ROOT = Path(__file__).resolve().parent.parent
SEED_FILES = (ROOT / "data" / "raw" / "guangzhou-huadu-kgxj-2025.txt",)
VARIANT_DIR = ROOT / "tests" / "fixtures" / "raw-variants"
# Named, not globbed: a fixture added later must not change the corpus a seed gives.
VARIANT_FILES = (
    "edu-two-units.txt",
    "edu-gb18030-crlf.txt",
    "edu-pdf-artifacts.txt",
    "edu-truncated.txt",
)

TITLE = "项目支出绩效目标表（含转移支付项目）"
HEADER = "项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标"
UNIT_LINE = "单位：万元"
SEED_CITY, SEED_DISTRICT = "广州", "花都"  # place names in the seed's text, replaced per file

# (encoding, newline, layout, weight in %): ~68% clean UTF-8 LF, 10% BOM, 15% GB18030 CRLF,
# 15% PDF damage (overlapping the other three).
FORMS = (
    ("utf-8", "lf", "clean", 68),
    ("utf-8", "lf", "pdf", 7),
    ("utf-8-sig", "lf", "clean", 7),
    ("utf-8-sig", "lf", "pdf", 3),
    ("gb18030", "crlf", "clean", 10),
    ("gb18030", "crlf", "pdf", 5),
)
# (layout, weight in %): how a file lays out its projects and indicators. Per-project forms
# are the commonest nationally; the packed department table is the seed's layout.
LAYOUT_KINDS = (
    ("project-form", 34),
    ("split-columns", 12),
    ("packed", 24),
    ("indicator-rows", 12),
    ("flat-list", 10),
    ("department-overall", 8),
)
# Indicators per project: 3–8, mean ≈ 4.1 (as in the seed table).
INDICATOR_COUNTS = (3, 4, 5, 6, 7, 8)
INDICATOR_WEIGHTS = (38, 35, 16, 6, 3, 2)
# Factors a 数量指标's counts are scaled by (1: as published).
FACTORS = tuple(Decimal(f) for f in ("0.5", "0.6", "0.8", "1", "1", "1", "1.2", "1.5", "2", "3"))
# Digits before the decimal point of a project's total (1 → 1.00–9.99 万元, …).
AMOUNT_DIGITS = (1, 2, 3, 4)
AMOUNT_WEIGHTS = (14, 36, 38, 12)

# (province, city, district, ASCII slug): where the tables come from.
REGIONS = (
    ("广东省", "广州市", "花都区", "guangzhou-huadu"),
    ("广东省", "广州市", "番禺区", "guangzhou-panyu"),
    ("广东省", "广州市", "白云区", "guangzhou-baiyun"),
    ("广东省", "深圳市", "南山区", "shenzhen-nanshan"),
    ("广东省", "深圳市", "龙岗区", "shenzhen-longgang"),
    ("广东省", "佛山市", "顺德区", "foshan-shunde"),
    ("广东省", "珠海市", "香洲区", "zhuhai-xiangzhou"),
    ("浙江省", "杭州市", "西湖区", "hangzhou-xihu"),
    ("浙江省", "宁波市", "鄞州区", "ningbo-yinzhou"),
    ("江苏省", "南京市", "江宁区", "nanjing-jiangning"),
    ("江苏省", "苏州市", "吴中区", "suzhou-wuzhong"),
    ("四川省", "成都市", "武侯区", "chengdu-wuhou"),
    ("湖北省", "武汉市", "洪山区", "wuhan-hongshan"),
    ("湖南省", "长沙市", "岳麓区", "changsha-yuelu"),
    ("陕西省", "西安市", "雁塔区", "xian-yanta"),
    ("河南省", "郑州市", "金水区", "zhengzhou-jinshui"),
    ("山东省", "济南市", "历下区", "jinan-lixia"),
    ("安徽省", "合肥市", "蜀山区", "hefei-shushan"),
    ("福建省", "福州市", "鼓楼区", "fuzhou-gulou"),
    ("云南省", "昆明市", "五华区", "kunming-wuhua"),
    ("广西壮族自治区", "南宁市", "青秀区", "nanning-qingxiu"),
    ("重庆市", "重庆市", "渝北区", "chongqing-yubei"),
)

GENERIC_TOPICS = (
    "机构运行辅助",
    "信息化系统运维",
    "办公楼运行维护",
    "离退休人员活动",
    "档案数字化管理",
    "政府购买服务",
    "法律顾问服务",
    "政务宣传",
    "安全生产管理",
    "编外人员聘用",
    "专项审计",
    "网络安全等级保护",
    "业务培训",
    "政务服务窗口运行",
    "绩效评价第三方服务",
)
SUFFIXES = ("经费", "经费", "专项经费", "工作经费", "项目", "服务项目", "补助资金", "运行维护经费")
RENEWALS = ("（二期）", "（三期）", "（续建）", "（延续性项目）")
OPENINGS = (
    "通过开展{t}工作",
    "通过实施{t}项目",
    "做好{t}相关工作",
    "保障{t}工作顺利开展",
    "按照上级部门工作部署，推进{t}工作",
    "落实{t}相关政策",
)
GENERIC_CLAUSES = (
    "提高财政资金使用效益",
    "提升公共服务水平",
    "保障各项工作正常开展",
    "确保项目按期保质完成",
    "增强群众获得感和满意度",
    "推动花都经济社会高质量发展",
    "规范资金管理，防范廉政风险",
    "加强监督管理",
    "完善长效管理机制",
    "提升管理效能",
    "服务全区中心工作大局",
)
# Indicators composed to widen the seed's pool (level-2 codes the seed rarely uses).
GENERIC_INDICATORS = (
    ("1-产出指标", "12-质量指标", "验收合格率", "100%", "100%"),
    ("1-产出指标", "12-质量指标", "资金使用合规率", "100%", "100%"),
    ("1-产出指标", "13-时效指标", "项目完成时间", "2025年12月31日前", "2025年12月31日前"),
    ("1-产出指标", "13-时效指标", "资金支付及时率", "≥95%", "≥95%"),
    ("1-产出指标", "14-成本指标", "项目成本控制率", "≤100%", "≤100%"),
    ("1-产出指标", "14-成本指标", "预算执行偏差率", "≤5%", "≤5%"),
    ("1-产出指标", "14-成本指标", "单位服务成本", "≤120元/人次", "≤120元/人次"),
    ("2-效益指标", "21-经济效益", "带动社会投资", "≥500万元", "≥500万元"),
    ("2-效益指标", "23-生态效益", "节能减排效果", "有所改善", "有所改善"),
    ("2-效益指标", "23-生态效益", "生活垃圾无害化处理率", "100%", "100%"),
    ("2-效益指标", "24-可持续影响", "长效管理机制", "逐步健全", "逐步健全"),
    ("2-效益指标", "24-可持续影响", "项目持续发挥效益年限", "≥3年", "≥3年"),
    ("3-满意度指标", "31-服务对象满意度", "群众满意度", "≥85%", "≥85%"),
    ("3-满意度指标", "31-服务对象满意度", "服务对象满意度", "90%以上", "90%以上"),
)


# Indicators named after the project's topic ({t}).
TOPIC_INDICATORS = (
    ("1-产出指标", "11-数量指标", "{t}覆盖镇街数", "≥8个", "≥8个"),
    ("1-产出指标", "11-数量指标", "开展{t}工作次数", "≥12次", "≥12次"),
    ("1-产出指标", "12-质量指标", "{t}工作完成率", "100%", "100%"),
    ("1-产出指标", "13-时效指标", "{t}完成时间", "2025年12月31日前", "2025年12月31日前"),
    ("2-效益指标", "22-社会效益", "{t}工作成效", "明显提升", "明显提升"),
    ("2-效益指标", "24-可持续影响", "{t}长效机制", "逐步建立", "逐步建立"),
    ("3-满意度指标", "31-服务对象满意度", "{t}服务对象满意度", "≥90%", "≥90%"),
)


@dataclass(frozen=True)
class Department:
    code: str
    name: str
    units: tuple[str, ...]
    topics: tuple[str, ...]
    clauses: tuple[str, ...]
    indicators: tuple[tuple[str, str, str, str, str], ...]


DEPARTMENTS = (
    Department(
        "jyj",
        "教育局",
        ("教育发展中心", "教师发展中心", "招生考试中心", "教育装备中心"),
        (
            "义务教育课后服务",
            "中小学体育设施维护",
            "特殊教育发展",
            "学校食堂食品安全监管",
            "民办学校规范管理",
            "教育质量监测",
            "校外培训机构治理",
            "青少年科技创新活动",
            "普惠性幼儿园奖补",
            "中小学教辅材料购置",
            "校园视频监控系统升级",
            "高中阶段学生资助",
        ),
        ("提升办学条件", "促进教育优质均衡发展", "保障师生人身财产安全", "提高教育教学质量"),
        (
            ("1-产出指标", "11-数量指标", "义务教育新增学位数", "≥1200个", "≥1200个"),
            ("1-产出指标", "11-数量指标", "覆盖学校数", "≥45所", "≥45所"),
            ("2-效益指标", "22-社会效益", "义务教育巩固率", "≥99%", "≥99%"),
            ("3-满意度指标", "31-服务对象满意度", "学生家长满意度", "≥90%", "≥90%"),
        ),
    ),
    Department(
        "wsjkj",
        "卫生健康局",
        ("疾病预防控制中心", "卫生监督所", "妇幼保健院", "社区卫生服务中心"),
        (
            "基本公共卫生服务",
            "家庭医生签约服务",
            "重大传染病防控",
            "妇幼健康服务",
            "爱国卫生运动",
            "卫生监督执法",
            "老年健康服务",
            "计划生育特殊家庭扶助",
            "院前急救体系建设",
            "医疗设备购置",
            "健康教育宣传",
            "严重精神障碍患者管理",
        ),
        ("提高居民健康水平", "有效防控重大传染病", "提升基层医疗服务能力", "保障群众就医安全"),
        (
            ("1-产出指标", "11-数量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", "≥95%"),
            ("1-产出指标", "11-数量指标", "家庭医生签约人数", "≥8万人", "≥8万人"),
            ("2-效益指标", "22-社会效益", "居民健康素养水平", "≥30%", "≥30%"),
            ("3-满意度指标", "31-服务对象满意度", "患者满意度", "≥90%", "≥90%"),
        ),
    ),
    Department(
        "nyncj",
        "农业农村局",
        ("农业技术推广中心", "动物疫病预防控制中心", "农村经营管理站"),
        (
            "高标准农田建设",
            "农村人居环境整治",
            "动物防疫",
            "农产品质量安全监测",
            "耕地地力保护补贴",
            "农业技术推广",
            "乡村振兴示范村建设",
            "农机购置补贴",
            "水产养殖尾水治理",
            "美丽乡村建设",
            "农村集体资产管理",
        ),
        ("助力乡村振兴", "保障粮食安全", "改善农村人居环境", "促进农民增收"),
        (
            ("1-产出指标", "11-数量指标", "新建高标准农田面积", "≥3000亩", "≥3000亩"),
            ("1-产出指标", "12-质量指标", "农产品抽检合格率", "≥98%", "≥98%"),
            ("2-效益指标", "21-经济效益", "农村居民人均可支配收入增长", "≥6%", "≥6%"),
            ("2-效益指标", "23-生态效益", "农村生活污水治理率", "≥80%", "≥80%"),
            ("3-满意度指标", "31-服务对象满意度", "农户满意度", "≥85%", "≥85%"),
        ),
    ),
    Department(
        "mzj",
        "民政局",
        ("社会福利院", "救助管理站", "殡葬管理所"),
        (
            "最低生活保障",
            "特困人员供养",
            "临时救助",
            "社区居家养老服务",
            "孤儿基本生活保障",
            "殡葬改革",
            "社会组织培育",
            "婚姻登记服务",
            "困难残疾人生活补贴",
            "长者饭堂运营补助",
        ),
        ("兜牢民生底线", "保障困难群众基本生活", "提升养老服务水平"),
        (
            ("1-产出指标", "11-数量指标", "低保对象人数", "约2600人", "约2600人"),
            ("1-产出指标", "13-时效指标", "救助资金发放及时率", "100%", "100%"),
            ("2-效益指标", "22-社会效益", "困难群众基本生活保障率", "100%", "100%"),
            ("3-满意度指标", "31-服务对象满意度", "救助对象满意度", "≥90%", "≥90%"),
        ),
    ),
    Department(
        "rsj",
        "人力资源和社会保障局",
        ("就业服务管理中心", "劳动人事争议仲裁院", "社会保险基金管理中心"),
        (
            "就业创业补贴",
            "职业技能培训",
            "劳动保障监察",
            "人才引进",
            "高校毕业生就业见习",
            "劳动人事争议调解仲裁",
            "技能人才评价",
        ),
        ("促进高质量充分就业", "维护劳动者合法权益", "优化人才发展环境"),
        (
            ("1-产出指标", "11-数量指标", "城镇新增就业人数", "≥6000人", "≥6000人"),
            ("1-产出指标", "11-数量指标", "职业技能培训人次", "≥3000人次", "≥3000人次"),
            ("2-效益指标", "22-社会效益", "劳动争议案件结案率", "≥92%", "≥92%"),
            ("3-满意度指标", "31-服务对象满意度", "参训人员满意度", "≥90%", "≥90%"),
        ),
    ),
    Department(
        "zjj",
        "住房和城乡建设局",
        ("建设工程质量安全监督站", "房屋安全鉴定中心"),
        (
            "老旧小区改造",
            "城中村改造",
            "房屋安全鉴定",
            "建筑工程质量监督",
            "保障性住房运营管理",
            "燃气安全监管",
            "既有住宅加装电梯补助",
        ),
        ("改善居民居住条件", "保障房屋使用安全", "提升城市品质"),
        (
            ("1-产出指标", "11-数量指标", "改造老旧小区数量", "≥12个", "≥12个"),
            ("1-产出指标", "12-质量指标", "工程质量验收合格率", "100%", "100%"),
            ("2-效益指标", "22-社会效益", "较大及以上安全事故", "0起", "0起"),
            ("3-满意度指标", "31-服务对象满意度", "居民满意度", "≥85%", "≥85%"),
        ),
    ),
    Department(
        "jtj",
        "交通运输局",
        ("公路事务中心", "交通运输综合行政执法大队"),
        (
            "农村公路养护",
            "公交线路运营补贴",
            "道路交通安全设施完善",
            "公路桥梁定期检测",
            "出租车行业监管",
            "交通拥堵点治理",
        ),
        ("保障道路安全畅通", "方便群众出行", "提升交通运输服务水平"),
        (
            ("1-产出指标", "11-数量指标", "养护农村公路里程", "≥450公里", "≥450公里"),
            ("1-产出指标", "12-质量指标", "公路优良路率", "≥85%", "≥85%"),
            ("2-效益指标", "22-社会效益", "公交线路覆盖行政村比例", "100%", "100%"),
            ("3-满意度指标", "31-服务对象满意度", "乘客满意度", "≥85%", "≥85%"),
        ),
    ),
    Department(
        "wgltj",
        "文化广电旅游体育局",
        ("图书馆", "文化馆", "体育中心", "博物馆"),
        (
            "公共文化服务",
            "全民健身活动",
            "非物质文化遗产保护",
            "文物保护修缮",
            "图书馆图书购置",
            "旅游宣传推广",
            "群众文化活动",
            "公共体育场馆免费低收费开放",
        ),
        ("丰富群众精神文化生活", "传承优秀传统文化", "推动文旅融合发展"),
        (
            ("1-产出指标", "11-数量指标", "举办群众文化活动场次", "≥120场", "≥120场"),
            ("1-产出指标", "11-数量指标", "新增馆藏图书", "≥2万册", "≥2万册"),
            ("2-效益指标", "22-社会效益", "参与活动群众人次", "≥5万人次", "≥5万人次"),
            ("3-满意度指标", "31-服务对象满意度", "群众满意度", "≥90%", "≥90%"),
        ),
    ),
    Department(
        "sthjfj",
        "生态环境分局",
        ("生态环境监测站", "生态环境保护综合行政执法大队"),
        (
            "大气污染防治",
            "水环境质量监测",
            "土壤污染防治",
            "生态环境执法",
            "河涌水质提升",
            "噪声污染防治",
        ),
        ("持续改善生态环境质量", "守牢生态环境安全底线"),
        (
            ("1-产出指标", "11-数量指标", "水质监测断面数", "≥24个", "≥24个"),
            ("2-效益指标", "23-生态效益", "空气质量优良天数比例", "≥90%", "≥90%"),
            ("2-效益指标", "23-生态效益", "地表水国考断面达标率", "100%", "100%"),
            ("3-满意度指标", "31-服务对象满意度", "公众生态环境满意度", "≥85%", "≥85%"),
        ),
    ),
    Department(
        "scjgj",
        "市场监督管理局",
        ("食品药品检验所", "市场监管综合行政执法队"),
        (
            "食品安全抽检",
            "特种设备安全监察",
            "知识产权保护",
            "计量器具强制检定",
            "消费维权",
            "药品安全监管",
        ),
        ("守护群众舌尖上的安全", "营造公平竞争的市场环境"),
        (
            ("1-产出指标", "11-数量指标", "食品安全抽检批次", "≥4批次/千人", "≥4批次/千人"),
            ("1-产出指标", "13-时效指标", "投诉举报处理时限", "7个工作日内", "7个工作日内"),
            ("2-效益指标", "22-社会效益", "重大食品安全事故", "0起", "0起"),
            ("3-满意度指标", "31-服务对象满意度", "消费者满意度", "≥85%", "≥85%"),
        ),
    ),
    Department(
        "kgxj",
        "科技工业和信息化局",
        ("生产力促进中心",),
        (
            "科技创新券",
            "高新技术企业培育",
            "中小企业公共服务",
            "工业企业技术改造",
            "数字经济发展",
            "产业园区运营",
        ),
        ("提升区域科技创新能力", "推动产业转型升级", "营造良好营商环境"),
        (),
    ),
    Department(
        "cgj",
        "城市管理和综合执法局",
        ("环境卫生管理中心", "市政设施管理所"),
        (
            "环卫保洁",
            "生活垃圾分类",
            "市政道路维护",
            "路灯维护",
            "违法建设治理",
            "公园绿地养护",
            "公厕运营管理",
        ),
        ("提升市容环境卫生水平", "保障市政设施正常运行"),
        (
            ("1-产出指标", "11-数量指标", "保洁面积", "≥320万平方米", "≥320万平方米"),
            ("1-产出指标", "12-质量指标", "路灯亮灯率", "≥98%", "≥98%"),
            ("2-效益指标", "23-生态效益", "生活垃圾回收利用率", "≥40%", "≥40%"),
            ("3-满意度指标", "31-服务对象满意度", "市民满意度", "≥85%", "≥85%"),
        ),
    ),
    Department(
        "yjglj",
        "应急管理局",
        ("应急救援指挥中心",),
        ("安全生产执法检查", "应急物资储备", "森林防火", "应急演练", "自然灾害综合风险普查"),
        ("防范化解重大安全风险", "提升应急处置能力"),
        (
            ("1-产出指标", "11-数量指标", "执法检查企业数", "≥300家", "≥300家"),
            ("1-产出指标", "11-数量指标", "组织应急演练", "≥4次", "≥4次"),
            ("2-效益指标", "22-社会效益", "生产安全事故死亡人数", "下降", "下降"),
            ("3-满意度指标", "31-服务对象满意度", "群众安全感满意度", "≥90%", "≥90%"),
        ),
    ),
)

_IND_RE = re.compile(
    r"(\d+)、([^；]*)；([^；]*)；(.*?)；实施周期指标值[:：](.*?)；年度指标值[:：](.*?)。(?=\d+、|$)"
)
_YEAR_RE = re.compile(r"20[12]\d(?=年|-\d)")
_COUNT_RE = re.compile(r"(?<![\d.\-])(\d+)(?![\d.%\-年月日])")
_GOAL_SPLIT_RE = re.compile(r"[，。；]")
# Clauses too tied to their own project to reuse (dates, counts, quoted names).
_SPECIFIC_RE = re.compile(r"^通过|项目|[\d《“（(]")
# Seed indicators that fit any department's project.
_GENERIC_NAME_RE = re.compile(
    r"完成时间|及时率|合规率|办结率|完成率|参保率|准确率|合格率|报告份数|专家论证次数|工作方案"
    r"|资金拨付时间|^(服务对象|人员|使用|使用单位)满意度$"
)


@dataclass(frozen=True)
class Indicator:
    level1: str
    level2: str
    name: str
    period: str
    annual: str
    dated: bool  # a year to move to the file's fiscal year
    counted: bool  # a count to scale (数量指标)


@dataclass(frozen=True)
class Pools:
    # department code -> (project name, 绩效目标, its indicators) as published
    projects: dict[str, tuple[tuple[str, str, tuple[Indicator, ...]], ...]]
    clauses: dict[str, tuple[str, ...]]  # department code -> clauses of 绩效目标
    # department code ("" = any department, "{t}" = named after the project's topic)
    # -> level-1 code ("1", "2", "3") -> indicators
    indicators: dict[str, dict[str, tuple[Indicator, ...]]]


def decode_variant(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def read_rows(text: str) -> list[list[str]]:
    """Table rows of a raw text: seven cells each, continuation rows joined to their row."""
    rows: list[list[str]] = []
    for line in text.split("\n"):
        cells = line.rstrip("\r").split("\t")
        if len(cells) < 7 or cells[0].startswith("项目名称"):
            continue
        if not any(c.strip() for c in cells[:5]):
            if rows:
                rows[-1][5] += cells[5]
                rows[-1][6] += cells[6]
            continue
        rows.append(cells[:7])
    return rows


def _indicator(l1: str, l2: str, name: str, period: str, annual: str) -> Indicator:
    text = period + annual
    counted = l2.startswith("11") and bool(_COUNT_RE.search(text))
    return Indicator(l1, l2, name, period, annual, bool(_YEAR_RE.search(text)), counted)


@lru_cache(maxsize=1)
def load_pools() -> Pools:
    """Parse the seed table and the variants; merge in the composed lists."""
    sources = [("kgxj", p) for p in SEED_FILES]
    sources += [("jyj", VARIANT_DIR / name) for name in VARIANT_FILES]
    projects: dict[str, dict[str, tuple[str, tuple[Indicator, ...]]]] = {}
    clauses: dict[str, dict[str, None]] = {}
    inds: dict[str, dict[str, dict[tuple, Indicator]]] = {}

    def add(code: str, ind: Indicator) -> None:
        inds.setdefault(code, {}).setdefault(ind.level1[:1], {})[
            (ind.level1, ind.level2, ind.name)
        ] = ind

    for code, path in sources:
        for row in read_rows(decode_variant(path.read_bytes())):
            name, goal, cell = row[0].strip(), row[5].strip(), row[6].strip()
            found = tuple(_indicator(*m[1:]) for m in _IND_RE.findall(cell))
            if not found or "同志" in goal:  # a partial row; people's names stay out
                continue
            projects.setdefault(code, {}).setdefault(name, (goal, found))
            for clause in _GOAL_SPLIT_RE.split(goal)[1:]:
                if 4 <= len(clause) <= 20 and not _SPECIFIC_RE.search(clause):
                    clauses.setdefault(code, {})[clause] = None
            for ind in found:
                add("" if _GENERIC_NAME_RE.search(ind.name) else code, ind)
    for spec in GENERIC_INDICATORS:
        add("", _indicator(*spec))
    for spec in TOPIC_INDICATORS:
        add("{t}", _indicator(*spec))
    for dept in DEPARTMENTS:
        for spec in dept.indicators:
            add(dept.code, _indicator(*spec))
        clauses.setdefault(dept.code, {}).update(dict.fromkeys(dept.clauses))
    return Pools(
        projects={k: tuple((n, g, i) for n, (g, i) in v.items()) for k, v in projects.items()},
        clauses={k: tuple(v) for k, v in clauses.items()},
        indicators={
            k: {lv: tuple(d.values()) for lv, d in v.items()} for k, v in sorted(inds.items())
        },
    )


# ---------------------------------------------------------------- one file


def _fmt(amount: Decimal | None, sep: bool) -> str:
    if amount is None:
        return ""
    return f"{amount:,.2f}" if sep else f"{amount:.2f}"


def _add(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    if a is None:
        return b
    return a if b is None else a + b


def _total_cents(rng: random.Random) -> int:
    digits = rng.choices(AMOUNT_DIGITS, AMOUNT_WEIGHTS)[0]
    whole = rng.randint(10 ** (digits - 1), 10**digits - 1)
    r = rng.random()
    if r < 0.55:  # whole 万元, as most budgets are
        return whole * 100
    if r < 0.75:
        return whole * 100 + rng.randint(0, 9) * 10
    return whole * 100 + rng.randint(0, 99)


def _split(rng: random.Random, cents: int) -> int:
    """A part of `cents` (0 < part < cents), in whole 万元 when the total allows it."""
    if cents >= 300 and rng.random() < 0.7:
        return rng.randint(1, cents // 100 - 1) * 100
    return rng.randint(1, cents - 1)


def _amounts(rng: random.Random) -> tuple[Decimal, Decimal | None, Decimal | None, Decimal | None]:
    """Total and its parts 财政拨款, 财政专户拨款, 其他资金 (None: an empty cell)."""
    cents = _total_cents(rng)
    parts: list[int | None] = [cents, None, None]
    r = rng.random()
    if r < 0.74 or cents < 3:
        pass
    elif r < 0.83:
        other = _split(rng, cents)
        parts = [cents - other, None, other]
    elif r < 0.88:
        parts = [None, None, cents]
    elif r < 0.94:
        parts = [None, cents, None]
    elif r < 0.98:
        special = _split(rng, cents)
        parts = [cents - special, special, None]
    else:
        special = _split(rng, cents)
        other = _split(rng, cents - special) if cents - special >= 2 else None
        if other is None:
            parts = [cents - special, special, None]
        else:
            parts = [cents - special - other, special, other]
    total = Decimal(cents).scaleb(-2)
    fa, sa, oa = (None if p is None else Decimal(p).scaleb(-2) for p in parts)
    return total, fa, sa, oa


def _scale_counts(text: str, factor: Decimal) -> str:
    def repl(m: re.Match[str]) -> str:
        n = int(m.group(1))
        if n < 2:
            return m.group(1)
        return str(max(1, int((n * factor).to_integral_value())))

    return _COUNT_RE.sub(repl, text)


def _pick_indicators(
    rng: random.Random, pools: Pools, dept: Department, topic: str
) -> list[Indicator]:
    """3–8 indicators, 产出 first, then 效益 and 满意度, from the department's, the topic's
    and the shared pools."""
    n = rng.choices(INDICATOR_COUNTS, INDICATOR_WEIGHTS)[0]
    n3 = 0 if rng.random() < 0.12 else (2 if n >= 6 and rng.random() < 0.3 else 1)
    n2 = 0 if rng.random() < 0.08 else (2 if n >= 5 and rng.random() < 0.5 else 1)
    n1 = max(1, n - n2 - n3)
    n2 = n - n1 - n3
    chosen: list[Indicator] = []
    own = pools.indicators.get(dept.code, {})
    topical = pools.indicators["{t}"]
    generic = pools.indicators[""]
    for level, k in (("1", n1), ("2", n2), ("3", n3)):
        names: set[str] = set()
        picked: list[Indicator] = []
        own_pool, topic_pool, gen_pool = own.get(level, ()), topical[level], generic[level]
        for _ in range(k * 8):
            if len(picked) == k:
                break
            r = rng.random()
            if r < 0.2:
                ind = topic_pool[rng.randrange(len(topic_pool))]
                ind = replace(ind, name=ind.name.format(t=topic))
            else:
                pool = own_pool if own_pool and r < 0.55 else gen_pool
                ind = pool[rng.randrange(len(pool))]
            if ind.name not in names:
                names.add(ind.name)
                picked.append(ind)
        picked.sort(key=lambda i: i.level2[:2])
        chosen += picked
    return chosen


def _indicator_cell(
    rng: random.Random, inds: list[Indicator], fy: int, colon: str, l2_style: int
) -> str:
    parts = []
    for k, (ind, period, annual) in enumerate(_targets(rng, inds, fy), 1):
        l2 = ind.level2
        if l2_style and not l2.endswith("指标"):
            l2 += "指标"
        if l2_style == 2 and l2.startswith("31-"):
            l2 = "31-社会公众或服务对象满意度指标"
        parts.append(
            f"{k}、{ind.level1}；{l2}；{ind.name}；实施周期指标值{colon}{period}；"
            f"年度指标值{colon}{annual}。"
        )
    return "".join(parts)


def _project(
    rng: random.Random, pools: Pools, dept: Department, fy: int, used: set[str]
) -> tuple[str, str, list[Indicator]]:
    """Name (unique in the file), 绩效目标 and indicators of one project."""
    fixed = pools.projects.get(dept.code, ())
    for _ in range(6):
        if fixed and rng.random() < 0.3:  # a published project, as it was written
            name, goal, inds = fixed[rng.randrange(len(fixed))]
            inds = list(inds)
        else:
            topics = dept.topics if rng.random() < 0.75 else GENERIC_TOPICS
            topic = topics[rng.randrange(len(topics))]
            name = topic + SUFFIXES[rng.randrange(len(SUFFIXES))]
            if rng.random() < 0.08:
                name = f"{fy}年{name}"
            opening = OPENINGS[rng.randrange(len(OPENINGS))].format(t=topic)
            own = pools.clauses.get(dept.code, ())
            picked = [_clause(rng, own) for _ in range(rng.randint(1, 4))]
            goal = "，".join([opening, *dict.fromkeys(picked)]) + "。"
            inds = _pick_indicators(rng, pools, dept, topic)
        if name not in used:
            break
    else:
        base, k = name, 0
        while name in used:
            name = base + (RENEWALS[k] if k < len(RENEWALS) else f"（{k + 1}）")
            k += 1
    used.add(name)
    return name, goal, inds


def _clause(rng: random.Random, own: tuple[str, ...]) -> str:
    if own and rng.random() < 0.6:
        return own[rng.randrange(len(own))]
    return GENERIC_CLAUSES[rng.randrange(len(GENERIC_CLAUSES))]


def _wrap(rng: random.Random, cells: list[str]) -> list[str]:
    """Split a project row's 绩效目标 and 绩效指标 at arbitrary characters, as a PDF does."""
    goal, ind = cells[5], cells[6]
    pieces = 2 if rng.random() < 0.8 or len(ind) < 6 else 3
    ind_cuts = sorted(rng.sample(range(1, len(ind)), pieces - 1))
    if len(goal) >= pieces and rng.random() < 0.85:
        goal_cuts = sorted(rng.sample(range(1, len(goal)), pieces - 1))
    else:
        goal_cuts = [len(goal)] * (pieces - 1)
    gb = [0, *goal_cuts, len(goal)]
    ib = [0, *ind_cuts, len(ind)]
    lines = ["\t".join([*cells[:5], goal[gb[0] : gb[1]], ind[ib[0] : ib[1]]])]
    for p in range(1, pieces):
        lines.append("\t" * 5 + goal[gb[p] : gb[p + 1]] + "\t" + ind[ib[p] : ib[p + 1]])
    return lines


def make_table(
    rng: random.Random, index: int, pools: Pools | None = None
) -> tuple[str, bytes, dict, dict]:
    """One table: (file name, bytes, manifest entry, sources.csv row)."""
    pools = pools or load_pools()
    kind = rng.choices(LAYOUT_KINDS, [k[1] for k in LAYOUT_KINDS])[0][0]
    if kind != "packed":
        return layout_table(rng, index, pools, kind)
    dept = DEPARTMENTS[rng.randrange(len(DEPARTMENTS))]
    province, city, district, slug = REGIONS[rng.randrange(len(REGIONS))]
    fy = rng.randint(2021, 2026)
    encoding, newline, layout, _ = rng.choices(FORMS, [f[3] for f in FORMS])[0]
    colon = ":" if rng.random() < 0.85 else "："
    sep = rng.random() < 0.9
    r = rng.random()
    l2_style = 0 if r < 0.85 else (1 if r < 0.95 else 2)
    prefix = city + district
    department = prefix + dept.name

    n_projects = min(60, max(2, round(rng.triangular(2, 60, 13))))
    n_units = 1 if rng.random() < 0.6 else (2 if rng.random() < 0.7 else 3)
    n_units = min(n_units, len(dept.units) + 1, n_projects)
    units = [department] + [prefix + u for u in rng.sample(dept.units, n_units - 1)]
    cuts = sorted(rng.sample(range(1, n_projects), n_units - 1))
    sizes = [b - a for a, b in zip([0, *cuts], [*cuts, n_projects], strict=True)]

    used: set[str] = set()
    blocks: list[list[str]] = []  # physical lines of one table row each
    grand = [None, None, None, None]
    indicator_count = 0
    wrapped = 0
    for unit, size in zip(units, sizes, strict=True):
        sub: list[Decimal | None] = [None, None, None, None]
        rows: list[list[str]] = []
        for _ in range(size):
            name, goal, inds = _project(rng, pools, dept, fy, used)
            amounts = _amounts(rng)
            sub = [_add(s, a) for s, a in zip(sub, amounts, strict=True)]
            indicator_count += len(inds)
            cell = _indicator_cell(rng, inds, fy, colon, l2_style)
            cells = [name, *(_fmt(a, sep) for a in amounts), goal, cell]
            if layout == "pdf" and rng.random() < 0.5:
                rows.append(_wrap(rng, cells))
                wrapped += 1
            else:
                rows.append(["\t".join(cells)])
        grand = [_add(g, s) for g, s in zip(grand, sub, strict=True)]
        blocks.append(["\t".join([unit, *(_fmt(a, sep) for a in sub), "", ""])])
        blocks += rows
    blocks.insert(0, ["\t".join(["合计", *(_fmt(a, sep) for a in grand), "", ""])])

    title = TITLE
    if rng.random() < 0.15:
        title = f"{fy}年{TITLE}" if rng.random() < 0.5 else f"{department}{fy}年{TITLE}"
    lines = [""] * rng.randint(1, 2)
    lines += [title, "", f"部门名称：{department}", "", UNIT_LINE, "", HEADER]
    if layout == "pdf":
        cap = rng.randint(8, 12)
        pages: list[list[list[str]]] = [[]]
        used_lines = 3  # the title block takes room on page 1
        for block in blocks:
            if pages[-1] and used_lines + len(block) > cap:
                pages.append([])
                used_lines = 0
            pages[-1].append(block)
            used_lines += len(block)
        for p, page in enumerate(pages, 1):
            if p > 1:
                lines += ["", f"第 {p - 1} 页，共 {len(pages)} 页", "", HEADER]
            for block in page:
                lines += block
        if len(pages) == 1 or rng.random() < 0.5:  # the last page's line is often lost
            lines += ["", f"第 {len(pages)} 页，共 {len(pages)} 页"]
        lines.append("")
    else:
        for block in blocks:
            lines += block
            if rng.random() < 0.15:
                lines.append("")
    text = "\n".join(lines)
    if rng.random() < 0.5 and not text.endswith("\n"):
        text += "\n"
    text = text.replace(SEED_DISTRICT, district[:-1]).replace(SEED_CITY, city[:-1])
    if newline == "crlf":
        text = text.replace("\n", "\r\n")
    data = text.encode(encoding)

    file = f"{index:05d}-{slug}-{dept.code}-{fy}.txt"
    entry = {
        "department": department,
        "region": prefix,
        "fiscal_year": fy,
        "table_layout": "packed",
        "project_count": n_projects,
        "indicator_count": indicator_count,
        "grand_total": f"{grand[0]:.2f}",
        "encoding": encoding,
        "newline": newline,
        "layout": layout,
        "units": units,
        "wrapped_rows": wrapped,
    }
    return file, data, entry, _source(rng, file, fy, province, city, prefix, department, slug, dept)


def _source(rng, file, fy, province, city, prefix, department, slug, dept) -> dict:
    month = rng.randint(2, 4)
    return {
        "file": file,
        "fiscal_year": fy,
        "region": province + prefix if province != city else prefix,
        "department": department,
        "source_url": f"https://example.org/jixiao-synthetic/{slug}/{fy}/{dept.code}.html",
        "retrieved": f"{fy}-{month:02d}-{rng.randint(1, 28):02d}",
    }


# ---------------------------------------------------------------- the other layouts


# Where a label has several roles, the vocabulary's first one is what a table means by it:
# variants are drawn from those only, so that the table says what the generator meant.
def _variants(table, role: str, lookup, exclude=()) -> tuple[str, ...]:
    found = dict(table)[role]
    return tuple(v for v in found if lookup(v)[:1] == (role,) and v not in exclude)


def _field(role: str, exclude=()) -> tuple[str, ...]:
    return _variants(layout_labels.FIELD_LABELS, role, field_roles, exclude)


def _column(role: str, exclude=()) -> tuple[str, ...]:
    return _variants(layout_labels.COLUMN_LABELS, role, column_roles, exclude)


def _unscoped(labels: tuple[str, ...], scope: str | None = None) -> tuple[str, ...]:
    return tuple(label for label in labels if label_scope(label) in (None, scope))


class Labels:
    """The label variants a generated table draws from, by role."""

    project_name = _field("project_name")
    department = _field("department", exclude=("单位信息",))
    impl_unit = _field("impl_unit")
    money_block = _field("money_block", exclude=("预算执行情况",))
    total = _unscoped(_field("total"), "annual")
    period_total = tuple(v for v in _field("total") if v.startswith("中期"))
    annual_total = tuple(v for v in _field("total") if v.startswith(("年度", "当年")))
    # Unscoped: under a 中期 total, a part saying 本年 would be the annual one.
    fiscal = _unscoped(_field("fiscal_part"))
    other = _unscoped(_field("other_part"))
    goal_annual = _unscoped(_field("goal_annual"), "annual")
    block = _unscoped(_column("indicator_block"), "annual")
    level1 = _column("level1")
    level2 = _column("level2")
    level3 = _column("level3")
    value = _unscoped(_column("value"), "annual")
    operator = _column("operator")
    unit = _column("unit")
    weight = _column("weight")
    list_department = _column("department")
    list_project = _column("project_name")
    list_total = _column("total")
    list_goal = _column("goal_annual")


LABELS = Labels()
FORM_TITLES = ("项目支出绩效目标申报表", "项目支出绩效目标表", "{fy}年项目支出绩效目标申报表",
               "{fy}年度项目绩效目标表", "{fy}年一般性项目绩效目标表(二级项目)")  # fmt: skip
LIST_TITLES = ("部门预算项目绩效目标申报表({fy}年度)", "{fy}年项目支出绩效目标表", "{fy}年部门项目绩效目标汇总表")  # fmt: skip
WIDE_TITLES = ("部门整体支出绩效目标表", "{fy}年部门整体支出绩效目标表", "单位整体支出绩效目标表")
PROJECT_KINDS = ("常年项目", "一次性项目", "延续性项目", "经常性项目")
# Indicators per form: 4–12, as a form has room for more than a packed cell.
FORM_INDICATOR_COUNTS = (4, 5, 6, 7, 8, 9, 10, 12)
FORM_INDICATOR_WEIGHTS = (10, 14, 18, 18, 14, 10, 9, 7)
_SPLIT_RE = re.compile(r"(≥|≤|>|<|=)?(\d+(?:\.\d+)?)([^\d以左]{0,6})")


def _level(written: str) -> str:
    """`11-数量指标` as a form prints it: `数量指标` (a level named without 指标 gets it)."""
    name = written.split("-", 1)[-1]
    return name if name.endswith("指标") else name + "指标"


def _split_target(text: str) -> tuple[str, str, str]:
    """`≥95%` in split value columns: (`≥`, `95`, `%`); a target with no figure is 定性."""
    match = _SPLIT_RE.fullmatch(text)
    if not match:
        return "定性", text, ""
    return match[1] or "=", match[2], match[3]


def _targets(
    rng: random.Random, inds: list[Indicator], fy: int
) -> list[tuple[Indicator, str, str]]:
    """Each indicator with its (period, annual) targets, scaled and dated as in a packed cell."""
    out = []
    for ind in inds:
        period, annual = ind.period, ind.annual
        if ind.counted:
            factor = FACTORS[rng.randrange(len(FACTORS))]
            if factor != 1:
                period, annual = _scale_counts(period, factor), _scale_counts(annual, factor)
        if ind.dated:
            period, annual = _YEAR_RE.sub(str(fy), period), _YEAR_RE.sub(str(fy), annual)
        out.append((ind, period, annual))
    return out


def _pick(rng: random.Random, options: tuple[str, ...]) -> str:
    return options[rng.randrange(len(options))]


def _many_indicators(rng: random.Random, pools: Pools, dept: Department, n: int) -> list[Indicator]:
    """About `n` indicators of distinct names (a form's, or a whole department's), 产出 first."""
    found: dict[str, Indicator] = {}
    for _ in range(12):
        topic = _pick(rng, dept.topics)
        for ind in _pick_indicators(rng, pools, dept, topic):
            found.setdefault(ind.name, ind)
        if len(found) >= n:
            break
    return sorted(list(found.values())[:n], key=lambda i: i.level2[:2])


def _grid_rows(
    rng: random.Random, targets, *, levels: bool, split: bool, groups: int, lead: bool
) -> tuple[list[str], list[list[str]]]:
    """An indicator table: its header and rows (levels filled down or repeated)."""
    repeat = rng.random() < 0.3
    l1, l2, l3 = _pick(rng, LABELS.level1), _pick(rng, LABELS.level2), _pick(rng, LABELS.level3)
    value = _pick(rng, LABELS.value) if groups == 1 else "指标值"
    if split:
        order = rng.choice((("operator", "value", "unit"), ("unit", "operator", "value")))
        names = {"operator": _pick(rng, LABELS.operator), "value": value,
                 "unit": _pick(rng, LABELS.unit)}  # fmt: skip
        tail = [names[role] for role in order]
    else:
        tail = [value]
    weighted = split and rng.random() < 0.5
    header = [l1, l2, l3, *tail] if levels else [l3, *tail]
    if groups == 2:
        header += [l2, l3, *tail]
    if weighted:
        header.append(_pick(rng, LABELS.weight))
    if lead:
        header.insert(0, _pick(rng, LABELS.block))
    rows = []
    last1 = last2 = None
    for ind, period, annual in targets:
        level1, level2 = _level(ind.level1), _level(ind.level2)
        shown1 = level1 if repeat or level1 != last1 else ""
        shown2 = level2 if repeat or level2 != last2 or level1 != last1 else ""
        last1, last2 = level1, level2
        cells = [shown1] if levels else []
        for target in (period, annual)[2 - groups :]:
            if levels:
                cells.append(shown2)
            if split:
                op, number, unit = _split_target(target)
                parts = {"operator": op, "value": number, "unit": unit}
                cells += [ind.name, *(parts[role] for role in order)]
            else:
                cells += [ind.name, target]
        if weighted:
            cells.append(str(rng.choice((5, 10, 10, 20))))
        rows.append(([""] if lead else []) + cells)
    return header, rows


def _form(
    rng: random.Random,
    pools: Pools,
    dept: Department,
    fy: int,
    used: set[str],
    department: str,
    prefix: str,
    kind: str,
) -> tuple[list[list[str]], Decimal, int]:
    """One project's form: its rows of cells, total and indicator count."""  # fmt: skip
    name, goal, _ = _project(rng, pools, dept, fy, used)
    n = rng.choices(FORM_INDICATOR_COUNTS, FORM_INDICATOR_WEIGHTS)[0]
    targets = _targets(rng, _many_indicators(rng, pools, dept, n), fy)
    # The whole total is 财政拨款: a form's 其他资金 is kept as printed, not read as an amount.
    total = _amounts(rng)[0]
    fiscal, other = total, Decimal(0)
    groups = 2 if kind == "project-form" and rng.random() < 0.3 else 1
    rows: list[list[str]] = []
    if kind == "flat-list":
        rows.append([_pick(rng, LABELS.project_name), name])
        rows.append([_pick(rng, LABELS.department), department])
        rows.append([_pick(rng, LABELS.total), f"{total:.2f}"])
        rows.append([_pick(rng, LABELS.goal_annual), goal])
    else:
        first = [_pick(rng, LABELS.project_name), name]
        if rng.random() < 0.5:
            first += [_pick(rng, LABELS.department), department]
        else:
            rows.append(first)
            first = [_pick(rng, LABELS.department), department]
        rows.append(first)
        if rng.random() < 0.5:
            rows.append([_pick(rng, LABELS.impl_unit), prefix + _pick(rng, dept.units)])
        if rng.random() < 0.4:
            rows.append(["项目属性", _pick(rng, PROJECT_KINDS)])
        block = _pick(rng, LABELS.money_block) + "(万元)"
        fiscal_label = "其中:" + _pick(rng, LABELS.fiscal)
        other_label = _pick(rng, LABELS.other)
        if groups == 2:
            period = total * rng.choice((1, 2, 3))
            rows.append([block, _pick(rng, LABELS.period_total) + ":", f"{period:.2f}",
                         _pick(rng, LABELS.annual_total) + ":", f"{total:.2f}"])  # fmt: skip
            rows.append(["", fiscal_label, f"{period - other:.2f}", fiscal_label, f"{fiscal:.2f}"])
            rows.append(["", other_label, f"{other:.2f}", other_label, f"{other:.2f}"])
            rows.append(["总体目标", "中期目标", "年度目标"])
            rows.append(["", goal, goal])
        else:
            rows.append([block, _pick(rng, LABELS.total), f"{total:.2f}"])
            rows.append(["", fiscal_label, f"{fiscal:.2f}"])
            rows.append(["", other_label, f"{other:.2f}"])
            rows.append([_pick(rng, LABELS.goal_annual), goal])
    header, grid = _grid_rows(
        rng, targets, levels=kind != "flat-list",
        split=kind == "split-columns" or (kind == "flat-list" and rng.random() < 0.6),
        groups=groups, lead=kind == "flat-list" or rng.random() < 0.7,
    )  # fmt: skip
    return [*rows, header, *grid], total, len(targets)


def _list_rows(
    rng: random.Random, pools: Pools, dept: Department, fy: int, units: list[str], sizes
) -> tuple[list[list[str]], Decimal, int, int]:
    """A one-row-per-indicator list: header, then per funding unit a subtotal row and its
    projects, each project's cells on its first indicator's row."""
    header = [_pick(rng, LABELS.list_department), _pick(rng, LABELS.list_project),
              _pick(rng, LABELS.list_total), _pick(rng, LABELS.list_goal),
              _pick(rng, LABELS.level1), _pick(rng, LABELS.level2), _pick(rng, LABELS.level3),
              _pick(rng, LABELS.value)]  # fmt: skip
    rows, used = [header], set()
    grand, projects, indicators = Decimal(0), 0, 0
    for unit, size in zip(units, sizes, strict=True):
        block = []
        subtotal = Decimal(0)
        for k in range(size):
            name, goal, inds = _project(rng, pools, dept, fy, used)
            total = _amounts(rng)[0]
            subtotal += total
            for i, (ind, _, annual) in enumerate(_targets(rng, inds, fy)):
                lead = [unit if k == 0 else "", name, f"{total:,.2f}", goal] if i == 0 else [""] * 4
                block.append([*lead, _level(ind.level1), _level(ind.level2), ind.name, annual])
            projects, indicators = projects + 1, indicators + len(inds)
        rows.append([unit, "", f"{subtotal:,.2f}", "", "", "", "", ""])
        rows += block
        grand += subtotal
    return rows, grand, projects, indicators


def layout_table(
    rng: random.Random, index: int, pools: Pools, kind: str
) -> tuple[str, bytes, dict, dict]:
    """A file in one of the layouts the layout readers read (`kind`, see LAYOUT_KINDS)."""
    dept = DEPARTMENTS[rng.randrange(len(DEPARTMENTS))]
    province, city, district, slug = REGIONS[rng.randrange(len(REGIONS))]
    fy = rng.randint(2021, 2026)
    clean = [f for f in FORMS if f[2] == "clean"]
    encoding, newline, _, _ = rng.choices(clean, [f[3] for f in clean])[0]
    prefix = city + district
    department = prefix + dept.name
    units = [department]
    if kind == "indicator-rows":
        n_projects = min(60, max(2, round(rng.triangular(2, 60, 13))))
        n_units = min(1 if rng.random() < 0.6 else 2, n_projects)
        units += [prefix + u for u in rng.sample(dept.units, n_units - 1)]
        cut = rng.randrange(1, n_projects) if n_units == 2 else n_projects
        sizes = [cut, n_projects - cut][:n_units]
        title = _pick(rng, LIST_TITLES).format(fy=fy)
        rows, grand, n_projects, n_indicators = _list_rows(rng, pools, dept, fy, units, sizes)
        tables = [[[title], ["金额单位:万元"], *rows]]
    elif kind == "department-overall":
        n = round(rng.triangular(12, 40, 24))
        targets = _targets(rng, _many_indicators(rng, pools, dept, n), fy)
        grand = _amounts(rng)[0]
        spent = (
            Decimal(_split(rng, int(grand * 100))).scaleb(-2) if grand > Decimal("0.01") else grand
        )
        header, grid = _grid_rows(rng, targets, levels=True, split=False, groups=1,
                                  lead=rng.random() < 0.5)  # fmt: skip
        title = _pick(rng, WIDE_TITLES).format(fy=fy)
        tables = [[[title], [f"({fy}年度)"], [_pick(rng, LABELS.department), department],
                   [_pick(rng, LABELS.money_block) + "(万元)", "资金总额", f"{grand:.2f}"],
                   ["", "项目支出", f"{spent:.2f}"], ["", "基本支出", f"{grand - spent:.2f}"],
                   [_pick(rng, LABELS.goal_annual), _pick(rng, dept.clauses) + "。"],
                   header, *grid]]  # fmt: skip
        n_projects, n_indicators = 1, len(targets)
    else:
        n_projects = 1 if rng.random() < 0.2 else round(rng.triangular(2, 36, 14))
        title = _pick(rng, FORM_TITLES).format(fy=fy)
        used: set[str] = set()
        tables, grand, n_indicators = [], Decimal(0), 0
        for _ in range(n_projects):
            rows, total, count = _form(rng, pools, dept, fy, used, department, prefix, kind)
            opening = [[title]]
            if rng.random() < 0.5:
                opening.append([f"({fy}年度)"])
            opening.append(["单位:万元"])
            tables.append([*opening, *rows])
            grand, n_indicators = grand + total, n_indicators + count
    lines = ["\t".join(cells) for table in tables for cells in table]
    text = "\n".join(lines) + "\n"
    text = text.replace(SEED_DISTRICT, district[:-1]).replace(SEED_CITY, city[:-1])
    if newline == "crlf":
        text = text.replace("\n", "\r\n")
    file = f"{index:05d}-{slug}-{dept.code}-{fy}.txt"
    entry = {
        "department": department,
        "region": prefix,
        "fiscal_year": fy,
        "table_layout": kind,
        "project_count": n_projects,
        "indicator_count": n_indicators,
        "grand_total": f"{grand:.2f}",
        "encoding": encoding,
        "newline": newline,
        "layout": "clean",
        "units": units,
        "wrapped_rows": 0,
    }
    source = _source(rng, file, fy, province, city, prefix, department, slug, dept)
    return file, text.encode(encoding), entry, source


def generate_corpus(out_dir: Path, n_files: int, seed: int = 0) -> dict:
    """Write `n_files` tables, sources.csv and expected.json into out_dir; return the manifest.

    File i depends only on (seed, i): a smaller corpus is a prefix of a larger one.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pools = load_pools()
    manifest: dict[str, dict] = {}
    sources = []
    for i in range(1, n_files + 1):
        rng = random.Random(f"jixiao-corpus:{seed}:{i}")
        file, data, entry, source = make_table(rng, i, pools)
        (out_dir / file).write_bytes(data)
        manifest[file] = entry
        sources.append(source)
    buf = io.StringIO()
    writer = csv.DictWriter(
        buf,
        ["file", "fiscal_year", "region", "department", "source_url", "retrieved"],
        lineterminator="\n",
    )
    writer.writeheader()
    writer.writerows(sources)
    (out_dir / "sources.csv").write_bytes(buf.getvalue().encode("utf-8"))
    text = json.dumps(manifest, ensure_ascii=False, indent=1) + "\n"
    (out_dir / "expected.json").write_bytes(text.encode("utf-8"))
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.corpus", description="Write a synthetic corpus of tables."
    )
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--files", type=int, default=2000, help="number of tables (2000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (0)")
    args = parser.parse_args(argv)
    if args.files < 0:
        parser.error("--files must be >= 0")
    start = time.perf_counter()
    manifest = generate_corpus(args.out_dir, args.files, args.seed)
    seconds = time.perf_counter() - start
    projects = sum(e["project_count"] for e in manifest.values())
    indicators = sum(e["indicator_count"] for e in manifest.values())
    print(
        f"{len(manifest)} files, {projects} projects, {indicators} indicators "
        f"in {seconds:.2f} s -> {args.out_dir}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
