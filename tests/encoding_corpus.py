"""A corpus of encoded Chinese text and non-Chinese controls, built with codecs.

Every text here was written for zhtext's tests.  ``build_corpus()`` encodes
each text in every encoding that can represent it, at several lengths, cuts
some files in the middle of a character, wraps a few Chinese words in
mostly-ASCII files (Markdown, YAML, code, CSV) and adds non-Chinese controls.
The tests and ``benchmarks/bench_encoding.py`` share it.

A :class:`Sample` knows its bytes and the text they stand for; for a file cut
inside a character, ``text`` is what a correct decoder recovers before the
cut (zhtext then appends U+FFFD for the partial character).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

SIMPLIFIED = [
    "今天早上我骑自行车去图书馆，路上的风有点凉。",
    "这个周末我们打算去山里露营，顺便看看星星。",
    "王喆和李堃在实验室里讨论新的测量方法。",
    "陈镕把旧电脑里的照片全部备份到了移动硬盘上。",
    "厨房的水龙头坏了，物业说明天下午派人来修。",
    "她每天晚上都会花半个小时练习毛笔字。",
    "会议推迟到下周三，请大家提前准备好材料。",
    "这家小面馆的牛肉面分量很足，价格也不贵。",
    "孩子们在操场上踢足球，老师在旁边记录成绩。",
    "我们需要把配置文件里的编码统一改成万国码。",
    "雨下了一整夜，第二天河边的小路全是泥水。",
    "他把书架上的杂志按照年份重新整理了一遍。",
    "新开的地铁线路让上班的时间缩短了二十分钟。",
    "奶奶在阳台上种了番茄、辣椒和几盆薄荷。",
    "这篇报告的数据来自三个城市的问卷调查。",
    "程序在读取文件时遇到了无法识别的字节。",
    "明年春天他们准备带父母去南方旅行。",
    "博物馆周一闭馆，其余时间免费对公众开放。",
    "邻居家的小狗每天清晨都会在门口等主人回来。",
    "请在表格最后一栏填写你的联系电话和邮箱。",
    "火车晚点了四十分钟，站台上挤满了等车的人。",
    "我们用了一个下午才把这段代码的错误找出来。",
    "秋天的银杏叶落满了整条街，看起来金灿灿的。",
    "这本词典收录了很多方言里常用的说法。",
    "晚饭后大家一起散步，顺便讨论了装修的方案。",
    "工程师检查了桥梁的每一个螺丝和焊接点。",
    "超市的鸡蛋今天打折，门口排起了长队。",
    "学校决定从下学期开始增加一节体育课。",
    "他给远方的朋友写了一封很长的信。",
    "天气预报说周末会有大风，出门记得关好窗户。",
    "「注意」：文件名不能包含空格或者特殊符号！",
    "第一章讲历史背景；第二章讲具体的实验步骤。",
]

TRADITIONAL = [
    "今天早上我騎腳踏車去圖書館，路上的風有點涼。",
    "這個週末我們打算去山裡露營，順便看看星星。",
    "廚房的水龍頭壞了，管理員說明天下午會派人來修。",
    "她每天晚上都會花半個小時練習書法。",
    "會議延到下週三，請大家提前準備好資料。",
    "這家小麵店的牛肉麵份量很足，價格也不貴。",
    "孩子們在操場上踢足球，老師在旁邊記錄成績。",
    "我們需要把設定檔裡的編碼統一改成萬國碼。",
    "雨下了一整夜，第二天河邊的小路全是泥水。",
    "他把書架上的雜誌按照年份重新整理了一遍。",
    "新開的捷運路線讓通勤的時間縮短了二十分鐘。",
    "奶奶在陽臺上種了番茄、辣椒和幾盆薄荷。",
    "這篇報告的數據來自三個城市的問卷調查。",
    "程式在讀取檔案時遇到了無法辨識的位元組。",
    "明年春天他們準備帶父母去南部旅行。",
    "博物館週一休館，其餘時間免費對民眾開放。",
    "鄰居家的小狗每天清晨都會在門口等主人回來。",
    "請在表格最後一欄填寫你的聯絡電話和電子郵件。",
    "火車誤點了四十分鐘，月臺上擠滿了等車的人。",
    "我們花了一個下午才把這段程式碼的錯誤找出來。",
    "秋天的銀杏葉落滿了整條街，看起來金燦燦的。",
    "這本辭典收錄了很多方言裡常用的說法。",
    "晚飯後大家一起散步，順便討論了裝潢的方案。",
    "工程師檢查了橋樑的每一個螺絲和焊接點。",
    "超市的雞蛋今天打折，門口排起了長長的隊伍。",
    "學校決定從下學期開始增加一節體育課。",
    "他給遠方的朋友寫了一封很長的信。",
    "氣象預報說週末會有強風，出門記得關好窗戶。",
    "「注意」：檔名不能包含空格或者特殊符號！",
    "第一章講歷史背景；第二章講具體的實驗步驟。",
]

HONG_KONG = [
    "我哋聽日去邊度食晏好呢？",
    "佢啱啱先至返到屋企，仲未食飯㗎。",
    "呢間茶餐廳嘅奶茶好出名，日日都排長龍。",
    "你頭先講嘅嘢我唔係好明白，可唔可以再講一次？",
    "今日落大雨，啲巴士全部遲咗半個鐘。",
    "我琴日買咗一部新電腦，用落幾好。",
    "嗰個老師教書好有耐性，學生都好鍾意佢。",
    "唔使急，慢慢嚟，我喺門口等你。",
    "佢話下個禮拜先得閒，到時再約過啦。",
    "呢度啲樓價貴到離譜，後生仔點買得起呀？",
    "你食咗飯未呀？冇食就一齊落去食啦。",
    "啲細路喺公園度玩得好開心。",
    "我覺得呢個設計幾靚，不過顏色可以再淺啲。",
    "佢成日話要減肥，但係又成日食宵夜。",
    "呢份文件要喺星期五之前交返俾經理㗎。",
    "搭天星小輪過海，睇住維港嘅夜景真係好舒服。",
    "阿婆喺街市買咗幾斤菜同一條魚。",
    "部機壞咗，要搵師傅嚟整。",
    "冇問題，我今晚幫你睇下份報告。",
    "乜嘢事咁開心呀？講嚟聽下。",
]

# words for mostly-ASCII files
WORDS_SIMPLIFIED = ["标题", "作者", "说明", "配置", "数据", "测试", "文件", "用户", "密码",
                    "地址", "北京", "上海", "价格", "备注", "日期", "版本", "中文", "错误",
                    "服务器", "数据库", "张三", "李四", "默认值", "首页", "联系我们"]
WORDS_TRADITIONAL = ["標題", "作者", "說明", "設定", "資料", "測試", "檔案", "使用者", "密碼",
                     "地址", "臺北", "高雄", "價格", "備註", "日期", "版本", "中文", "錯誤",
                     "伺服器", "資料庫", "陳大文", "林小明", "預設值", "首頁", "聯絡我們"]

ENGLISH = [
    "The quick test of a text detector starts with plain English sentences.",
    "Every file in this folder was written by hand for the encoding tests.",
    "If the detector guesses wrong, the output turns into unreadable noise.",
    "Remember to close the window before the storm arrives tonight.",
    "Our team meets every Tuesday to review the open issues.",
]
FRENCH = [
    "L'été dernier, nous sommes allés à la mer près de Saint-Malo.",
    "Le cœur de la ville est très animé pendant les fêtes de fin d'année.",
    "Ça coûte 12 € — c'est un peu cher pour un café crème, non ?",
    "« Où est la gare ? » a demandé l'étudiant québécois, un peu perdu.",
    "Les élèves ont déjà rendu leurs devoirs à l'œil attentif du maître.",
    "Il faut préparer le dîner avant que les invités n'arrivent à huit heures.",
]
JAPANESE = [
    "今日は朝から雨が降っていて、駅まで歩くのが大変でした。",
    "来週の会議の資料は、金曜日までにメールで送ってください。",
    "このお店のラーメンはとてもおいしいので、いつも行列ができています。",
    "私たちは週末に山へ行って、きれいな景色を楽しみました。",
    "新しいパソコンを買ったので、古いデータを移しているところです。",
    "子どもたちは公園で元気に遊んでいます。",
]
KOREAN = [
    "오늘 아침에는 비가 와서 버스가 많이 늦었습니다.",
    "우리는 주말에 산에 가서 맑은 공기를 마셨어요.",
    "이 식당의 김치찌개는 정말 맛있어서 자주 옵니다.",
    "다음 주 회의 자료는 금요일까지 보내 주세요.",
    "새 컴퓨터를 샀는데 아직 프로그램을 설치하지 못했어요.",
    "아이들이 공원에서 즐겁게 뛰어놀고 있습니다.",
]

CHINESE_ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb2312", "gbk", "gb18030",
                     "big5", "cp950", "big5hkscs")
LEGACY_CHINESE = ("gb2312", "gbk", "gb18030", "big5", "cp950", "big5hkscs")
SIZES = (10, 30, 100, 300, 1200)


@dataclass(frozen=True)
class Sample:
    name: str
    group: str  # "chinese", "mostly-ascii", "truncated" or "control"
    encoding: str  # the codec the bytes were written with
    data: bytes
    text: str
    truncated: bool = False

    @property
    def is_control(self) -> bool:
        return self.group == "control"


def _text_of(rng: random.Random, pool: list[str], size: int) -> str:
    """About ``size`` characters made of sentences from ``pool``."""
    parts: list[str] = []
    total = 0
    while total < size:
        s = rng.choice(pool)
        parts.append(s)
        total += len(s)
        if rng.random() < 0.15:
            parts.append("\n")
    text = "".join(parts)
    if size < 40:
        # short files: a piece of a sentence, starting anywhere
        start = rng.randrange(0, max(1, len(text) - size))
        text = text[start:start + size]
    return text


def _encode(text: str, encoding: str) -> bytes | None:
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return None


def _mostly_ascii(rng: random.Random, words: list[str], kind: str, index: int) -> str:
    picked = rng.sample(words, rng.randint(1, 3))
    w = picked + [picked[-1]] * (3 - len(picked))
    n = rng.randint(1, 999)
    if kind == "markdown":
        return (f"# Release notes {n}\n\nThis release fixes the parser ({w[0]}).\n\n"
                f"- Install with `pip install tool=={n}.0`\n- See docs/usage.md for {w[1]}\n\n"
                f"Thanks to everyone who reported issues. {w[2]}\n")
    if kind == "yaml":
        return (f"name: service-{n}\nversion: {index}.{n}\ndescription: \"{w[0]}\"\n"
                f"settings:\n  port: {8000 + n}\n  label: {w[1]}\n  debug: false\n"
                f"  owner: {w[2]}\n")
    if kind == "code":
        return (f"def handler_{n}(request):\n    # {w[0]}\n    value = request.get('key', {n})\n"
                f"    if value > {index}:\n        raise ValueError(\"{w[1]}\")\n"
                f"    return {{'status': 'ok', 'note': '{w[2]}'}}\n")
    # csv
    rows = [f"id,name,city,amount"]
    for i in range(rng.randint(3, 8)):
        rows.append(f"{i},user{n + i},{w[i % 3] if i < 3 else 'N/A'},{rng.randint(1, 99999) / 100}")
    return "\n".join(rows) + "\n"


def build_corpus(seed: int = 20261126, variants: int = 8) -> list[Sample]:
    """Every sample of the corpus, deterministic for a given seed."""
    rng = random.Random(seed)
    out: list[Sample] = []

    pools = {"hans": SIMPLIFIED, "hant": TRADITIONAL, "hk": HONG_KONG}
    for script, pool in pools.items():
        for size in SIZES:
            for v in range(variants):
                text = _text_of(rng, pool, size)
                for enc in CHINESE_ENCODINGS:
                    data = _encode(text, enc)
                    if data is not None:
                        out.append(Sample(f"{script}-{size}-{v}.{enc}", "chinese", enc, data, text))

    # files cut in the middle of a character
    for script, pool in pools.items():
        for size in (100, 300, 1200):
            for v in range(variants):
                text = _text_of(rng, pool, size).rstrip("\n")
                for enc in ("utf-8",) + LEGACY_CHINESE:
                    data = _encode(text, enc)
                    if data is None:
                        continue
                    last_len = len(text[-1].encode(enc))
                    if last_len < 2:
                        continue
                    cut = len(data) - rng.randint(1, last_len - 1)
                    out.append(Sample(f"cut-{script}-{size}-{v}.{enc}", "truncated", enc,
                                      data[:cut], text[:-1], truncated=True))

    # mostly-ASCII files with one to three Chinese words
    for script, words in (("hans", WORDS_SIMPLIFIED), ("hant", WORDS_TRADITIONAL)):
        for kind in ("markdown", "yaml", "code", "csv"):
            for v in range(variants * 3):
                text = _mostly_ascii(rng, words, kind, v)
                for enc in ("utf-8",) + LEGACY_CHINESE:
                    data = _encode(text, enc)
                    if data is not None:
                        out.append(Sample(f"ascii-{kind}-{script}-{v}.{enc}", "mostly-ascii",
                                          enc, data, text))

    # non-Chinese controls
    controls = (("en", ENGLISH, ("ascii",)), ("fr", FRENCH, ("cp1252",)),
                ("ja", JAPANESE, ("shift_jis", "euc_jp")), ("ko", KOREAN, ("euc_kr",)))
    for lang, pool, encodings in controls:
        for size in SIZES[1:]:
            for v in range(variants):
                text = _text_of(rng, pool, size)
                for enc in encodings:
                    out.append(Sample(f"control-{lang}-{size}-{v}.{enc}", "control", enc,
                                      text.encode(enc), text))
    return out


def write_corpus(folder, samples: list[Sample] | None = None) -> None:
    """Write the corpus as files under ``folder`` (for the CLI and ``chardetect``)."""
    from pathlib import Path

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for s in samples if samples is not None else build_corpus():
        (folder / s.name).write_bytes(s.data)
