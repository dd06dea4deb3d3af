"""Benchmark `zhtext strip` against readability-lxml, trafilatura and jusText.

Data (read from beside the project when present; the tests never read it):

- ``../shared/datasets/cwced``: 69 saved Chinese news pages (``original/*.html``,
  gold main text in ``cleaned/*.txt``, the date in ``date/*.txt``);
- ``../shared/datasets/news-pages``: 58 pages of major Chinese portals
  (``original/*.html``, gold in ``gold/*.txt``);
- ``/work/material/pages2`` (``--set collected2``): more pages of the kinds the first
  collection is thin on (WeChat, Taiwan and Hong Kong news, government sites, blogs and
  platform accounts, portals), one subfolder per kind, with gold written by reading each
  page; made by ``benchmarks/collect_pages2.py`` from ``benchmarks/pages2_manifest.jsonl``,
  whose ``note`` fields name the doubtful gold decisions; a mean per kind is printed too;
- ``/work/material/pages3`` (``--set collected3``): a third collection of the same conventions
  from 13 other repositories (Taiwan business and tech news, WeChat articles as crawled, NetEase
  news, columns and long-form, China Daily, Xinhua, Guangming, Baijiahao, CSDN and Jianshu posts,
  browser-saved government bulletins, a Zhihu answer), made by the same script from
  ``benchmarks/pages3_manifest.jsonl``; measured before any rule was written for it;
- ``/work/material/pages4`` (``--set collected4``): a fourth collection of the same conventions
  from 6 other repositories, weighted to Hong Kong news (Apple Daily, Headline Daily, HKEJ, HKET,
  Ming Pao, Oriental Daily and on.cc, RTHK, Sing Pao, Sing Tao, Sky Post, Wen Wei Po, HK01) with
  mainland portals (QQ, chinanews, ifeng, Xinhua, 360) and a CSDN post, made by the same script from
  ``benchmarks/pages4_manifest.jsonl``; its first 38 pages were measured before any rule was
  written for them, its 15 Taiwan pages (kind ``taiwan``) were added after the rules and only measured;
- ``/work/material/pages5`` (``--set collected5``): a fifth collection of the same conventions,
  41 pages from 9 other repositories (Taiwan and Hong Kong news, NetEase and other portals,
  WeChat articles, blogs, help-centre articles, a Baidu Baike entry, a research institute's
  news item), made by the same script from ``benchmarks/pages5_manifest.jsonl``; only
  measured, never tuned on;
- ``/work/material/pages6`` (``--set collected6``): a sixth collection of the same conventions,
  20 pages from 6 other repositories (Taiwan Wretch blog posts, WeChat articles as saved by a
  desktop downloader and as re-rendered by a backup script, NetEase, 2009-era portal pages of
  人民网, 腾讯, 新浪 and an IT reprint site, a corporate blog, a Q&A page), made by the same script
  from ``benchmarks/pages6_manifest.jsonl``; only measured, never tuned on;
- ``/work/material/pages7`` (``--set collected7``): a seventh collection of the same conventions,
  29 pages from 9 other repositories (blogs: a bare re-rendered blog backup, a Hugo post, PJBlog3
  and Hexo pages, a Hong Kong MSN Spaces/blog archive with a huge sidebar; a 2006 institution site
  saved by Internet Explorer in GB2312; a university admissions site and a school site of the
  VSB/博达 CMS mirrored on GitHub Pages; two chapters of a translated book), made by the same
  script from ``benchmarks/pages7_manifest.jsonl``; only measured, never tuned on;
- ``/work/material/pages8`` (``--set collected8``): an eighth collection of the same conventions,
  29 pages from 7 other repositories, weighted to news: pages students' crawlers saved in
  course labs (新浪新闻 and its 政务 and 教育 channels, 新浪博客, 搜狐号, 东方网 and its 政务
  channel, 央视网, 澎湃新闻, 新华网, 百度百科, 中国共产党新闻网, the 中央编办 domain site conac.cn,
  university news and notices; some written to disk as Python bytes literals), a 2012 搜狐 page
  kept by a page analyser, and a crawler's fixtures (a WeChat article as crawled with js_content
  hidden, 网易, 今日头条), made by the same script from ``benchmarks/pages8_manifest.jsonl``;
  only measured, never tuned on;
- ``/work/material/pages9`` (``--set collected9``): a ninth collection of the same conventions,
  17 pages from 4 other repositories, pages other projects keep as test data: htmldate's
  evaluation pages (搜狐号, and Taiwan's 新浪新聞, 上報, 自由財經 and 經濟日報), omnivore's readability
  test pages (财新网 behind its paywall, a WeChat article as a browser saved it, a WordPress
  resource blog), a student's boilerplate-removal dataset of saved Taiwanese pages (環境資訊中心
  notices with a comment widget, Blogger and WordPress posts, an art news site, a film society,
  a design company and a county museum) and fundus's 人民网 page (gzipped); made by the same
  script from ``benchmarks/pages9_manifest.jsonl``; only measured, never tuned on;
- ``/work/material/pages10`` (``--set collected10``): a tenth collection of the same conventions,
  9 pages from 4 other repositories, weighted to Hong Kong news and government sites: a
  蘋果日報 (Hong Kong) column kept as an archive project's sample, two 香港01 pages (a news story
  and a 博評 opinion piece) a student's crime-map crawler saved after prettifying them, five
  江西省人民政府 document pages (notices, a 政策解读, a work plan) a policy crawler kept as
  pickled strings, and a 丽水市人民政府 notice kept by a crawler's unit tests; made by the same
  script from ``benchmarks/pages10_manifest.jsonl``; only measured, never tuned on;
- ``/work/material/pages11`` (``--set collected11``): an eleventh collection of the same conventions,
  14 pages from 8 other repositories: WeChat articles as a crawler saved them (js_content hidden,
  reposts with a source-account card, a paid article), a 新华网 channel page (an archive.org
  capture), Hexo and Hugo blog posts (code listings, unrendered LaTeX, a repost) and a 知网
  reader page saved by a browser; made by the same script from
  ``benchmarks/pages11_manifest.jsonl``; only measured, never tuned on;
- ``/work/material/pages12`` (``--set collected12``): a twelfth collection of the same conventions,
  pages other projects keep inside test code (a 豆瓣读书 book entry, an 开源中国 Q&A thread and
  blog post and an ITeye blog post kept as Java strings, a 清华新闻网 story kept as an escaped
  JavaScript template), made by the same script from ``benchmarks/pages12_manifest.jsonl``;
  only measured, never tuned on;
- ``/work/material/pages13`` (``--set collected13``): a thirteenth collection of the same conventions,
  13 pages from 6 repositories: 3 WeChat articles as WechatSogou's tests keep them (two newspaper
  accounts' news digests, a personal essay), and 10 blog posts as static-site generators wrote them
  to GitHub Pages (Octopress and Hexo themes: short essays, reading notes that open with their own
  table of contents, a list-only post, a code listing with a line-number gutter, an in-post job
  referral), made by the same script from ``benchmarks/pages13_manifest.jsonl``; only measured,
  never tuned on;
- ``/work/material/pages14`` (``--set collected14``): a fourteenth collection of the same conventions,
  5 pages of overseas Chinese-language news sites, saved whole as a news-radar project's parser
  fixtures (BBC News 中文: a simplified feature on a Hong Kong fire survivor and a traditional video
  page on Taiwan's army; RFI 华语 on Taiwan's air defence; 联合早报 and 8视界 of Singapore), made by
  the same script from ``benchmarks/pages14_manifest.jsonl``; only measured, never tuned on;
- ``/work/material/pages15`` (``--set collected15``): a fifteenth collection of the same conventions,
  12 encyclopedia and knowledge pages from 7 other repositories: 百度百科 entries (one a JavaScript
  template literal in a learner's exercise, two saved whole by a browser, one of them a long
  technical entry with code listings and tables), Chinese Wikipedia articles (one as a knowledge-graph
  project keeps it, content only, every class attribute stripped; three 台灣正體 articles saved whole by
  a browser, with example tables and formulae drawn as images), three 萌娘百科 song entries saved
  by a browser (lead and bilingual lyrics amid templates, infoboxes and huge navboxes), a 百度知道
  question page (GBK) and a 2015 知乎 question page (answers with hidden summaries) with their answers;
  made by the same script from
  ``benchmarks/pages15_manifest.jsonl``; only measured, never tuned on;
- ``/work/material/pages16`` (``--set collected16``): a sixteenth collection of the same conventions,
  8 pages from 4 repositories, mostly government sites: four Taiwan government event and notice
  pages (經濟部工業局 CITD, 蘭陽博物館, 臺南市政府文化局, 高雄市政府文化局) a boilerplate-removal
  project saved for its training data, two 中国政府网 国务院办公厅 documents whose content region
  a policy crawler stored in a SQL dump, a 武汉市市场监督管理局 政务公开 page a crawler dumped
  after two lines of its own log, and a paywalled 财新网 story a read-later app keeps as a test
  page; made by the same script from ``benchmarks/pages16_manifest.jsonl``; only measured, never
  tuned on;
- ``/work/material/pages17`` (``--set collected17``): a seventeenth collection of the same conventions,
  30 Chinese finance-news pages (2016-2018) from one public labelled dataset (wwwxmu's dataset for web
  main-content extraction: 1,093 pages of 10 sites with human-labelled text), 3 pages a site, one of them
  of a site's other template where it has one: 财经网, 经济观察网, 每经网 and 第一财经 (kind
  ``finance-newsite``, sites in neither development set) and 和讯网, 人民网财经 (a photo story among
  them), 腾讯新闻 (the article column only), 新浪财经, 网易财经 and 新华网 (kind ``finance-devsite``,
  sites news-pages also has, other pages and years); several pages are UTF-8 under a stale
  ``charset=gb2312``; the gold is written by reading each page (the dataset's labels keep bylines,
  来源 lines and captions and leave out subheadings, so they only guided the reading); made by the same
  script from ``benchmarks/pages17_manifest.jsonl``; only measured, never tuned on;
- ``/work/material/pages18`` (``--set collected18``): an eighteenth collection of the same conventions,
  20 pages of Taiwanese blogs and sites saved whole by a browser (Save as, complete) in one personal
  tech-notes repository's history, no more than 4 from one site: PIXNET 痞客邦 posts (a portal bar of
  teaser lists, comments, 最新迴響 sidebars), 點部落 posts (a summary line, data tables), Blogger posts
  (the Dynamic Views theme with a second post loaded beside the first, headings drawn white on blue and
  white-on-white copies of them), WordPress, Logdown, Ghost-like and BlogEngine.NET blogs (code boxes
  with line-number gutters and an invisible plain-text copy), an iThome column and an iT 邦幫忙 article,
  a company e-newsletter, a tutorial site and a PTT 批踢踢 reply with its push comments; made by the same
  script from ``benchmarks/pages18_manifest.jsonl``; only measured, never tuned on;
- ``/work/material/pages19`` (``--set collected19``): a nineteenth collection of the same conventions,
  25 other pages of the same tech-notes repository's history (none of pages15's or pages18's files),
  no more than 3 from one site: a 程式設計俱樂部 forum thread (Big5, replies quoting each other with
  ``>`` lines), a Seednet help-column article (Big5, no headline of its own), old and new openhome.cc
  pages, an IBM developerWorks 中国 and an InfoQ 中文站 article (simplified script, listing gutters,
  sponsor boxes inside the text), Blogger posts (a repost with its source line, a long post with 27
  comments), PIXNET, WordPress, Logdown, Hexo, Jekyll and GitBook pages, a HackMD note, a Twincl
  article, an iT 邦幫忙 article and a 點燈坊 tutorial whose code boxes carry commit-link headers and
  gutters; made by the same script from ``benchmarks/pages19_manifest.jsonl``; only measured, never
  tuned on;
- ``/work/material/pages20`` (``--set collected20``): a twentieth collection of the same conventions,
  24 Taiwanese event, notice and article pages (2016-2022) that a boilerplate-removal project saved as
  training data (its Chinese pages other than the four of ``collected16``), 16 sites, no more than 2 a
  site: 藝文平台 event pages of a city culture bureau and a craft research centre, a ministry programme's
  agenda notice, NGO and foundation event posts (CiviCRM, Drupal), a forestry centre's Blogger posts,
  an e-book platform's editorial WordPress posts, art, design and nonprofit news sites (artwork caption
  blocks, photo credits, Disqus comment lists, timetables as tables), a film festival's call for entries,
  a store group's news items, a club's XOOPS news item, a university lecture notice and a design
  magazine story whose text carries backspace characters; made by the same script from
  ``benchmarks/pages20_manifest.jsonl``; only measured, never tuned on;
- ``/work/material/pages21`` (``--set collected21``): a twenty-first collection of the same conventions,
  11 pages from 4 repositories none of the earlier sets drew on, no more than 3 a site: three WeChat
  articles (2017) and two V2EX threads (the forum convention: the opening post and every reply kept,
  one thread a second page of replies, one with 100 replies) that a flame-war archive saved whole with a
  browser, three 知乎 question pages a backup of deleted questions keeps (the question and every answer
  on the page), a 北京市教育委员会 news page re-hosted by a personal repository (with a paragraph the
  uploader put into the body), and two Apple Daily (Taiwan) charity column pages a crawler saved;
  made by the same script from ``benchmarks/pages21_manifest.jsonl``; only measured, never tuned on;
- ``/work/material/textsaves`` (``--set textsaves``): real plain-text saves of whole article
  pages (crawlers' markdown dumps of news sites, WeChat articles and blogs, a select-all copy of
  an encyclopedia page), made by ``benchmarks/collect_textsaves.py`` from
  ``benchmarks/textsaves_manifest.jsonl``; zhtext strips the ``.txt`` files themselves; the
  tools that need HTML (the comparison tools and the ``text save: R`` renderers) are skipped;
  the title counts as right only when it is the manifest's headline (whitespace aside);
  only measured, never tuned on;
- ``/work/material/textsaves2`` (``--set textsaves2``): a second set of real plain-text saves,
  from other tools and people than the first: a reader service's whole-page markdown (Jina
  Reader's ``Title:``/``URL Source:``/``Markdown Content:`` saves committed by four bookmark-summary
  repositories: WeChat articles with the platform's page chrome, a WordPress blog and a 简书 page
  with menus, sidebars and recommendation streams, and readability-like saves of news sites,
  博客园, 掘金, 少数派 and personal blogs) and a read-later service's export; made by the same
  script from ``benchmarks/textsaves2_manifest.jsonl`` (``--manifest … --out …``); zhtext only,
  the same exact-title check; only measured, never tuned on;
- ``/work/material/textsaves3`` (``--set textsaves3``): a third set of real plain-text saves, from
  repositories and sites used by neither of the first two (Jina Reader saves committed by five
  other bookmark-summary repositories: whole blog pages with menus, sidebars, comments and
  footers, V2EX topics with their replies, 百度百科 entries, WeChat articles, a 人民日报 essay and
  readability-like saves of personal blogs); made by the same script from
  ``benchmarks/textsaves3_manifest.jsonl``; zhtext only, the same exact-title check; only measured,
  never tuned on;
- ``/work/material/textsaves4`` (``--set textsaves4``): a fourth set of real plain-text saves, from
  repositories and sites used by none of the first three (Jina Reader saves committed by three
  other bookmark-summary repositories: readability-like saves of personal and technical blogs,
  some with headings saved as empty anchor links or permalink links, a table of contents or
  reference lists, and two WeChat articles with closing promotions); made by the same script from
  ``benchmarks/textsaves4_manifest.jsonl``; zhtext only, the same exact-title check; only measured,
  never tuned on;
- ``/work/material/textsaves5`` (``--set textsaves5``): a fifth set of real plain-text saves, from
  repositories and sites used by none of the first four and from another tool (crawl4ai markdown
  dumps of whole pages kept by a crawler project and a crawler course: a government notice with
  its menu, breadcrumb, 发布时间 line, sign-off and footer, and a Taiwanese news article with its
  menus, standfirst, byline block, share links, disclaimer, tags and related lists); made by the
  same script from ``benchmarks/textsaves5_manifest.jsonl``; zhtext only, the same exact-title
  check; only measured, never tuned on;
- ``/work/material/textsaves6`` (``--set textsaves6``): a sixth set of real plain-text saves, from
  repositories and sites used by none of the first five (BeautifulSoup text dumps of whole pages
  kept by two search-engine course projects: NetEase sports articles as one text node a line,
  with the site's menus, link-split sentences, 本文来源/责任编辑 lines and 相关推荐 lists with
  counts; university news pages with the text of inline scripts and HTML comments, breadcrumbs,
  the body run together on one line and 打印本页/关闭窗口; and a crawl4ai markdown dump of a
  financial portal's news page with ~360 lines of menus, quote widgets and an in-body ad); made by
  the same script from ``benchmarks/textsaves6_manifest.jsonl``; zhtext only, the same exact-title
  check; only measured, never tuned on;
- ``/work/material/textsaves7`` (``--set textsaves7``): a seventh set of real plain-text saves, from
  repositories and sites used by none of the first six (a boilerplate-removal project's CSV text-block
  dumps of 2005-06 whole pages — Sohu and Sina news, a 雅虎 news article and a 雅虎社区 forum post,
  each read as its content column, one block a line, with doctype and comment fragments, toolbars
  split over many lines and sentences split at inline links; Jina Reader saves of whole blog pages,
  two in markdown (a WordPress blog with theme widgets, calendar and archive lists, a 博客园 post) and
  one in plain text (a Hexo blog with code line-number gutters and language labels); a crawl4ai
  markdown dump of a documentation site's tutorial page); made by the same script from
  ``benchmarks/textsaves7_manifest.jsonl``; zhtext only, the same exact-title check; only measured,
  never tuned on;
- ``/work/material/textsaves8`` (``--set textsaves8``): an eighth set of real plain-text saves, from
  repositories and sites used by none of the first seven (html2text markdown of whole WeChat article
  pages kept as style samples by a writing-assistant project — one account's posts with the reader-mode
  widget, hard-wrapped paragraphs, links whose URL part stands alone on a line, the account's standing
  promotion block and the page's closing 预览时标签不可点/微信扫一扫 chrome; Jina Reader saves of two
  documentation landing pages, an open-source book's VuePress site and a GitBook site, each with the
  whole sidebar as a link list); made by the same script from ``benchmarks/textsaves8_manifest.jsonl``;
  zhtext only, the same exact-title check; only measured, never tuned on;
- ``/work/material/textsaves11`` (``--set textsaves11``): an eleventh set of real plain-text saves, from
  two repositories none of the earlier sets used (crawlers' text dumps of single article pages: 人民日报
  e-paper articles as ``连接：<url>`` / ``标题：<kicker>`` / headline / sub-headline / ``内容：`` / paragraphs,
  where the headline is the line between the kicker and the sub-headline, and a college news site's pages as
  a URL line, the headline line and the body, followed by the crawling project's own separators or an
  appended LLM answer); made by the same script from ``benchmarks/textsaves11_manifest.jsonl``; zhtext
  only, the same exact-title check; only measured, never tuned on;
- ``/work/material/pages`` (``--collected``): pages of other sites and forms, made by
  ``benchmarks/collect_pages.py`` from ``benchmarks/pages_manifest.jsonl``; its
  ``*-dev`` parts are looked at while tuning, its ``*-holdout`` parts only measured;
  ``forum-*`` are forum threads, whose gold holds the replies too.

For every set: mean and median character-bigram F1 of the extracted body
against the gold text (whitespace ignored), pages below 0.5, title and date
accuracy, pages per second (extraction only, one process).

Title accuracy: the truth is, in this order, a headline read off the page by
hand where the ``<title>`` does not give it (``data/strip_titles.tsv``: the
title is a site name, "显示", "1"), the gold text's first line when it is the
headline (always, for the second collection, whose gold opens with it), else a proxy: the extracted title counts as right when it is the
headline part of the ``<title>`` or ``og:title`` (split at ``_ | - ——``, the
heaviest segment, a trailing "(页 1)" aside) or contains it or is contained in
it.  ``--show-titles`` lists every wrong title with the expected one.  Date
accuracy compares year, month and day with the gold date where it is known
(cwced only).

Text saves: rows ``text save: R`` render each page to plain text with renderer
R and strip that, as a user's saved text would be stripped: ``render_text``
(a line per block, hidden elements too), ``copy`` (a browser's select-all +
copy: block text on lines, whitespace collapsed, ``display:none`` left out),
``copy+title`` (the same after the ``<title>`` line, as browsers' text saves
often begin), ``inscriptis`` (a browser-like layout with indentation and
bullets), ``html2text`` (markdown-ish, links and images left out),
``markdown`` (html2text with its links and images: a crawler's markdown dump)
and ``lynx`` (``lynx -dump``: numbered links and their References list).  Their
pages/s include the rendering.  A summary over all article pages closes the
table.

Every tool gets the same decoded text (the page decoded by zhtext's page
decoder), so the comparison measures extraction, not decoding.  Tools that
are not installed are skipped with a note.

    python benchmarks/bench_strip.py [--set NAME] [--pages N] [--worst K] [--repeat R] [--only TOOL] [--show ID] [--show-titles] [--no-others]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"
MATERIAL = Path("/work/material")
COLLECTED = MATERIAL / "pages"  # the first collection (article-dev/holdout, forum-dev/holdout)
# the collections made by benchmarks/collect_pages2.py (one manifest each, pagesN_manifest.jsonl):
# set name -> folder
COLLECTIONS = {f"collected{n}": MATERIAL / f"pages{n}" for n in range(2, 50)}
# the real text saves made by benchmarks/collect_textsaves.py (textsaves*_manifest.jsonl): set name -> folder
TEXT_SAVES = {name: MATERIAL / name for name in ("textsaves", "textsaves2", "textsaves3", "textsaves4", "textsaves5", "textsaves6", "textsaves7", "textsaves8", "textsaves9", "textsaves10", "textsaves11", "textsaves12", "textsaves13")}
_WS = re.compile(r"\s+")


def bigrams(text: str) -> Counter:
    t = _WS.sub("", text)
    return Counter(t[i:i + 2] for i in range(len(t) - 1))


def f1(pred: str, gold: str) -> float:
    a, b = bigrams(pred), bigrams(gold)
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    overlap = sum((a & b).values())
    p = overlap / sum(a.values())
    r = overlap / sum(b.values())
    return 0.0 if overlap == 0 else 2 * p * r / (p + r)


_DATE = re.compile(r"((?:19|20)\d{2})\D{1,3}(\d{1,2})(?:\D{1,3}(\d{1,2}))?")


def date_key(text: str | None):
    if not text:
        return None
    m = _DATE.search(text)
    if not m:
        return None
    return tuple(int(x) for x in m.groups() if x is not None)


def date_ok(pred: str | None, gold: str) -> bool:
    g = date_key(gold)
    p = date_key(pred)
    return p is not None and g is not None and p[: len(g)] == g


_TSPLIT = re.compile(r"\s*(?:[|_｜]|--+|——|－－| - | – | — |::)\s*")


def _weight(seg: str) -> int:
    return sum(2 if "\u4e00" <= ch <= "\u9fff" else 1 for ch in seg)


_DASHES = str.maketrans({"—": "-", "－": "-", "–": "-", "“": '"', "”": '"', "‘": "'", "’": "'"})  # (html2text writes ASCII quotes)
_TAIL = re.compile(r"[(（][^()（）]{0,12}[)）]$")


def title_ok(pred: str | None, page_title: str) -> bool:
    """Proxy: the title matches the headline part of the page's <title> (site name and page number aside)."""
    if not pred or not page_title:
        return False
    p = _WS.sub("", pred).translate(_DASHES)
    segs = [_TAIL.sub("", _WS.sub("", s)).translate(_DASHES) for s in _TSPLIT.split(page_title) if s.strip()]
    segs = [s for s in segs if s]
    if not segs:
        return False
    headline = max(segs, key=_weight)
    return p == headline or (len(p) >= 4 and (p in headline or headline in p))


def headline_of(page_title: str) -> str:
    """The headline part of a ``<title>``: its heaviest segment, site name and page number aside."""
    segs = [_TAIL.sub("", _WS.sub("", s)) for s in _TSPLIT.split(page_title or "") if s.strip()]
    return max((s for s in segs if s), key=_weight, default="")


HAND_TITLES = Path(__file__).resolve().parent / "data" / "strip_titles.tsv"
# sets whose gold text always opens with the headline (written so by hand)
GOLD_OPENS_WITH_HEADLINE = set(COLLECTIONS)


def hand_titles() -> dict[str, str]:
    """Page id (prefix) -> headline read off the page by hand ("-": none), for pages whose
    ``<title>`` does not give it."""
    out = {}
    for line in HAND_TITLES.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, title = line.partition("\t")
            out[key.strip()] = title.strip()
    return out


def title_truth(stem: str, gold: str, page_title: str, og_title: str = "", hand=None) -> tuple[str, list[str]]:
    """(where the truth comes from, the headlines a right title matches).

    A headline read by hand where the ``<title>`` does not give it (``strip_titles.tsv``); else
    the gold text's first line when it is the headline (a line no longer than the ``<title>``'s
    headline part that matches it); else the headline parts of ``<title>`` and ``og:title``
    (the proxy of :func:`title_ok`)."""
    hand = hand_titles() if hand is None else hand
    key = next((k for k in hand if stem.startswith(k)), None)
    if key is not None:
        return ("hand", [hand[key]]) if hand[key] != "-" else ("none", [])
    refs = [r for r in dict.fromkeys((page_title, og_title)) if r and headline_of(r)]
    first = next((line.strip() for line in gold.splitlines() if line.strip()), "")
    if first and any(title_ok(first, r) and len(_WS.sub("", first)) <= 1.2 * len(headline_of(r)) + 2 for r in refs):
        return "gold", [first]
    return "proxy", refs


def _same_headline(pred: str, headline: str) -> bool:
    p = _WS.sub("", pred).translate(_DASHES)
    g = _WS.sub("", headline).translate(_DASHES)
    if not p or not g:
        return False
    short, long_ = sorted((p, g), key=len)
    return p == g or (len(short) >= 4 and len(short) >= 0.4 * len(long_) and short in long_)


def title_right(pred: str | None, truth: tuple[str, list[str]]) -> bool:
    """Whether ``pred`` is the headline: exactly it, whitespace aside (``exact``: the text
    saves' manifest); the same as the hand-read or gold headline (whitespace and dash forms
    aside, or one inside the other when the shorter is 4+ characters and 0.4 of the longer);
    or by the proxy of :func:`title_ok` against any reference."""
    kind, refs = truth
    if kind == "exact":
        return _WS.sub("", pred or "") == _WS.sub("", refs[0])
    if kind in ("hand", "gold"):
        return _same_headline(pred or "", refs[0])
    return any(title_ok(pred, r) for r in refs)


def _read(path: Path) -> str:
    return path.read_text("utf-8", "replace") if path.exists() else ""


def _parts(folder: Path) -> list[Path]:
    """``folder`` itself when it has ``original/``, else its subfolders that have one (one per kind)."""
    if (folder / "original").is_dir():
        return [folder]
    return sorted(p.parent for p in folder.glob("*/original") if p.is_dir())


def load_set(folder: Path, gold_dir: str, limit=None, pattern="*.html"):
    """(id, page bytes, gold text, gold date) for every ``original/*.html`` (``pattern``) of
    ``folder`` (of each kind's subfolder, the id then being ``kind/name``)."""
    pages = []
    parts = _parts(folder)
    for part in parts:
        for path in sorted((part / "original").glob(pattern))[:limit]:
            stem = path.stem if part == folder else f"{part.name}/{path.stem}"
            gold = _read(part / gold_dir / f"{path.stem}.txt")
            if not gold.strip():
                print(f"bench_strip: {path}: no gold text (a set still being written?); left out", file=sys.stderr)
                continue
            gold_date = _read(part / "date" / f"{path.stem}.txt").strip()
            if not date_key(gold_date):
                gold_date = ""
            pages.append((stem, path.read_bytes(), gold, gold_date))
    return pages


def datasets(collected: Path, collections: dict | None = None):
    """(name, folder, gold folder) of the sets that are present (``collections``: the
    collect_pages2.py sets, name -> folder, by default :data:`COLLECTIONS`)."""
    sets = [("cwced", SHARED / "cwced", "cleaned"), ("news-pages", SHARED / "news-pages", "gold")]
    sets += [(part, collected / part, "gold") for part in ("article-dev", "article-holdout", "forum-dev", "forum-holdout")]
    sets += [(name, folder, "gold") for name, folder in (COLLECTIONS if collections is None else collections).items()]
    sets += [(name, folder, "gold") for name, folder in TEXT_SAVES.items()]
    return [s for s in sets if _parts(s[1])]


# Notes on the lowest pages (checked by reading them): where the gold is not the
# article alone, and one honest miss.
GOLD_NOTES = {
    "d5bced5e": "gold is the whole Wikipedia page, maintenance banners and '跳到导航跳到搜索' included",
    "d8d4c4ec": "gold stops at the '展开全文' button; the rest of the article sits in a collapsed div",
    "386d70f8": "a forum error/login page; the gold is its login form, there is no article",
    "0df12126": "gold ends with a large table of exam subjects (short cells, no sentences); zhtext drops it",
}


def manifest_rows(folder: Path) -> list[dict]:
    """The rows of a collected set's ``manifest.jsonl`` (none when it is absent)."""
    import json

    path = folder / "manifest.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def manifest_notes(folder: Path) -> dict:
    """The ``note`` of each page in a collected set's ``manifest.jsonl`` (the doubtful gold decisions)."""
    return {r["name"]: r["note"] for r in manifest_rows(folder) if r.get("note")}


# --- the tools -----------------------------------------------------------


def run_zhtext(raw: bytes, html: str):
    from zhtext.converters import strip_boilerplate

    a = strip_boilerplate(raw, "page.html")
    return "\n".join(a.body), a.title, a.date


def run_zhtext_text(raw: bytes, name: str):
    """zhtext on a text save (``name``: the file's name, standing where the other tools get HTML)."""
    from zhtext.converters import strip_boilerplate

    a = strip_boilerplate(raw, name)
    return "\n".join(a.body), a.title, a.date


# sets of plain-text saves: only zhtext runs on them (the other tools need HTML)


_BLOCK = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
          "header", "footer", "ul", "ol", "table", "dt", "dd", "pre", "blockquote", "figcaption", "title")


def _parse(html: str):
    """The page as an lxml tree without scripts, styles and the head, or None (control
    characters, which no XML text may hold and a renderer's tree refuses, taken out first)."""
    import lxml.html

    try:
        doc = lxml.html.fromstring(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", html))
    except Exception:  # noqa: BLE001 - an empty or broken page
        return None
    for bad in doc.xpath("//script|//style|//noscript|//template|//head"):
        bad.drop_tree()
    return doc


def render_text(html: str) -> str:
    """zhtext's own rendering: visible text, a line per block (hidden elements too)."""
    doc = _parse(html)
    if doc is None:
        return ""
    for el in doc.iter(*_BLOCK):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    text = doc.text_content()
    return "\n".join(line.strip() for line in text.splitlines() if line.strip()) + "\n"


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_COPY_BLOCK = frozenset(_BLOCK + ("nav", "aside", "main", "form", "dl", "fieldset", "figure", "address",
                                  "hr", "center", "caption", "thead", "tbody", "tfoot", "h1", "option"))


def render_get_text(html: str) -> str:
    """A crawler's text dump (``soup.get_text()``, lxml's ``text_content()``): the body's text with
    the page source's own whitespace kept (its indentation, its blank lines, its line breaks and
    no others: blocks written on one source line run together), as the seed page was saved."""
    doc = _parse(html)
    if doc is None:
        return ""
    return doc.text_content()


def render_soup(html: str) -> str:
    """A crawler's dump of the whole document (BeautifulSoup's ``soup.get_text()`` over the page
    as fetched): the doctype's word, the ``<title>``, the text of scripts and style sheets, then
    the body, with the source's own whitespace (as the real dumps of the sixth text-save set)."""
    import lxml.html

    try:
        doc = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - an empty or broken page
        return ""
    return ("html\n" if html.lstrip()[:15].lower().startswith("<!doctype html") else "") + doc.text_content()


def render_copy(html: str) -> str:
    """A browser's "select all + copy": the rendered text of each block on its own line, runs of
    whitespace collapsed, table cells separated by a tab, elements hidden with ``display:none`` or
    ``hidden`` left out (what a reader does not see is not copied), no markup."""
    doc = _parse(html)
    if doc is None:
        return ""
    for el in doc.xpath("//*[@hidden]|//*[@style]|//input|//select|//textarea|//button"):
        if el.tag in ("input", "select", "textarea") or el.get("hidden") is not None \
                or _HIDDEN_STYLE.search(el.get("style") or ""):
            el.drop_tree()
    lines: list[str] = []
    buf: list[str] = []

    def flush():
        line = " ".join("".join(buf).split())
        if line:
            lines.append(line)
        buf.clear()

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag in _COPY_BLOCK
        if block:
            flush()
        if tag in ("td", "th") and buf:
            buf.append("\t")
        if tag == "br":
            flush()
        if tag and el.text:
            buf.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                buf.append(child.tail)
        if block:
            flush()

    walk(doc)
    flush()
    return "\n".join(lines) + "\n"


def render_copy_titled(html: str) -> str:
    """A browser's text save that begins with the page's ``<title>`` (then the copied text)."""
    from zhtext.converters.pages.blocks import html_blocks

    title = " ".join(html_blocks(html).title.split())
    return (title + "\n\n" if title else "") + render_copy(html)


def render_inscriptis(html: str) -> str:
    """inscriptis: text laid out as a browser renders it (indentation, list bullets, table columns)."""
    from inscriptis import get_text

    return get_text(html)


def render_html2text(html: str) -> str:
    """html2text: markdown-ish text (``#`` headings, ``*`` lists, ``**`` emphasis), links and images left out."""
    import html2text

    h = html2text.HTML2Text()
    h.ignore_links = True
    h.ignore_images = True
    h.body_width = 0
    return h.handle(html)


def render_markdown(html: str) -> str:
    """html2text with its links and images: a crawler's markdown dump (``[text](url)``, ``![alt](src)``)."""
    import html2text

    h = html2text.HTML2Text()
    h.body_width = 0
    return h.handle(html)


def render_lynx(html: str) -> str:
    """A ``lynx -dump``: the blocks as :func:`render_copy` gives them, indented, each link's text
    after its number (``[12]新闻``), and the numbered link targets under ``References`` at the end."""
    import lxml.html

    doc = _parse(html)
    if doc is None:
        return ""
    targets = []
    for a in doc.xpath("//a[@href]"):
        if (a.text_content() or "").strip():
            targets.append(a.get("href"))
            a.text = f"[{len(targets)}]" + (a.text or "")
    lines = ["   " + line for line in render_copy(lxml.html.tostring(doc, encoding="unicode")).splitlines()]
    if targets:
        lines += ["", "References", ""] + [f"  {i}. {href}" for i, href in enumerate(targets, 1)]
    return "\n".join(lines) + "\n"


# name -> (renderer, module it needs)
RENDERERS = {
    "render_text": (render_text, "lxml"),
    "get_text": (render_get_text, "lxml"),
    "soup": (render_soup, "lxml"),
    "copy": (render_copy, "lxml"),
    "copy+title": (render_copy_titled, "lxml"),
    "inscriptis": (render_inscriptis, "inscriptis"),
    "html2text": (render_html2text, "html2text"),
    "markdown": (render_markdown, "html2text"),
    "lynx": (render_lynx, "lxml"),
}


def text_saver(render):
    """A tool that strips the page as ``render`` saves it as plain text."""

    def run(raw: bytes, html: str):
        from zhtext.converters import strip_boilerplate

        a = strip_boilerplate(render(html).encode("utf-8"), "page.txt")
        return "\n".join(a.body), a.title, a.date

    return run


def run_trafilatura(raw: bytes, html: str):
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, favor_precision=False)
    if doc is None:
        return "", None, None
    if not isinstance(doc, dict):
        doc = doc.as_dict()
    return doc.get("text") or "", doc.get("title"), doc.get("date")


def run_readability(raw: bytes, html: str):
    from readability import Document

    doc = Document(html)
    summary = doc.summary(html_partial=True)
    import lxml.html

    text = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
    return text, doc.short_title(), None


def run_justext(raw: bytes, html: str):
    import justext

    # Chinese-tuned lengths: a Chinese character carries more than a Latin one.
    paras = justext.justext(
        html.encode("utf-8"), frozenset(), length_low=10, length_high=40,
        stopwords_low=0, stopwords_high=0, encoding="utf-8",
    )
    return "\n".join(p.text for p in paras if not p.is_boilerplate), None, None


TOOLS = [
    ("zhtext", run_zhtext, None),
    *((f"text save: {name}", text_saver(fn), module) for name, (fn, module) in RENDERERS.items()),
    ("trafilatura", run_trafilatura, "trafilatura"),
    ("readability-lxml", run_readability, "readability"),
    ("jusText", run_justext, "justext"),
]


def measure(name, fn, decoded, repeat, notes, wrong_titles=None):
    """Scores of one tool on one set: (per-page F1, title hits, titles, date hits, dates, CPU s, wall s)."""
    scores, titles, ntitles, dates, ndates = {}, 0, 0, 0, 0
    elapsed = wall = 0.0
    for stem, raw, html, gold, gdate, truth in decoded:
        t0, w0 = time.process_time(), time.perf_counter()
        try:
            text, title, date = fn(raw, html)
        except Exception as exc:  # noqa: BLE001 - a tool failing on a page scores 0
            text, title, date = "", None, None
            notes.append(f"{name}: {stem}: {type(exc).__name__}")
        elapsed += time.process_time() - t0
        wall += time.perf_counter() - w0
        scores[stem] = f1(text, gold)
        if truth[1]:
            ntitles += 1
            right = title_right(title, truth)
            titles += right
            if not right and wrong_titles is not None:
                wrong_titles.append((stem, title or "", truth, scores[stem]))
        if gdate:
            ndates += 1
            dates += date_ok(date, gdate)
    # Speed: the best of --repeat passes (the machine may be shared).
    for _ in range(repeat - 1):
        cpu = wall_pass = 0.0
        for stem, raw, html, gold, gdate, truth in decoded:
            t0, w0 = time.process_time(), time.perf_counter()
            try:
                fn(raw, html)
            except Exception:  # noqa: BLE001 - already noted above
                pass
            cpu += time.process_time() - t0
            wall_pass += time.perf_counter() - w0
        elapsed, wall = min(elapsed, cpu), min(wall, wall_pass)
    return scores, titles, ntitles, dates, ndates, elapsed, wall


def show(decoded, prefix, renderer=None, text_set=False):
    """Print zhtext's output for the pages whose id starts with ``prefix`` (their text save by
    ``renderer`` when one is named; the file itself in a set of text saves)."""
    from zhtext.converters import strip_boilerplate

    for stem, raw, html, gold, gdate, truth in decoded:
        if stem.startswith(prefix):
            a = strip_boilerplate(renderer(html).encode("utf-8"), "page.txt") if renderer else \
                strip_boilerplate(raw, html if text_set else "page.html")
            print(stem, "EXPECTED:", " / ".join(truth[1]), f"({truth[0]})")
            print(stem, "TITLE:", a.title, "| DATE:", a.date, "| AUTHOR:", a.author, "| SOURCE:", a.source)
            print("F1:", round(f1("\n".join(a.body), gold), 3))
            for p in a.body:
                print("  +", p[:150])
            for t, r in a.removed:
                print(f"  - [{r}]", t[:100])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    names = ["cwced", "news-pages", "article-dev", "article-holdout", "forum-dev", "forum-holdout", *COLLECTIONS, *TEXT_SAVES]
    ap.add_argument("--set", action="append", help=f"only this set ({', '.join(names)})")
    ap.add_argument("--collected", type=Path, default=COLLECTED, help="folder of the collected pages")
    ap.add_argument("--pages", type=int, default=None, help="only the first N pages of each set")
    ap.add_argument("--worst", type=int, default=6, help="list the K lowest-F1 pages for zhtext")
    ap.add_argument("--only", help="run only this tool")
    ap.add_argument("--repeat", type=int, default=2, help="timing passes per tool; the best counts")
    ap.add_argument("--show", help="print zhtext's output for the pages with this id prefix (as text saves "
                    "when --only names a 'text save: RENDERER' tool)")
    ap.add_argument("--show-titles", action="store_true", help="list every page whose title is wrong: "
                    "the chosen title and the expected one")
    ap.add_argument("--no-others", action="store_true", help="zhtext rows only (no comparison tools)")
    args = ap.parse_args(argv)
    from zhtext.converters.pages.blocks import html_blocks
    from zhtext.converters.encoding import decode_page
    from zhtext.converters.pages.load import declared_charset

    sets = [s for s in datasets(args.collected) if not args.set or s[0] in args.set]
    if not sets:
        print(f"no dataset found under {SHARED} or {args.collected}", file=sys.stderr)
        return 2
    available, notes = [], []
    for name, fn, module in TOOLS:
        if args.only and name != args.only:
            continue
        if args.no_others and not name.startswith(("zhtext", "text save")):
            continue
        if module:
            try:
                __import__(module)
            except ImportError:
                notes.append(f"{name}: not installed, skipped (pip install {name})")
                continue
        available.append((name, fn))
    header = ("set", "tool", "mean F1", "median", "min", "<0.5", "title", "date", "pages/s", "wall p/s")
    rows, lowest = [], []
    hand = hand_titles()
    failures: list = []
    overall: dict = {}  # tool -> [titles right, titles known, F1 of every article page]
    for set_name, folder, gold_dir in sets:
        decoded = []
        if set_name in TEXT_SAVES:  # the file's name stands for the HTML; the manifest gives the headline
            titles = {r["name"]: r["title"] for r in manifest_rows(folder)}
            for stem, raw, gold, gdate in load_set(folder, gold_dir, args.pages, "*.txt"):
                decoded.append((stem, raw, f"{stem}.txt", gold, gdate, ("exact", [titles[stem]])))
        else:
            for stem, raw, gold, gdate in load_set(folder, gold_dir, args.pages):
                html, _, _ = decode_page(raw, declared_charset(raw))
                parsed = html_blocks(html)
                decoded.append((stem, raw, html, gold, gdate,
                                ("gold", [gold.strip().splitlines()[0].strip()]) if set_name in GOLD_OPENS_WITH_HEADLINE
                                else title_truth(stem, gold, parsed.title, parsed.meta.get("og:title", ""), hand)))
        if not decoded:
            continue  # (a set whose pages all still lack their gold)
        if args.show:
            saver = RENDERERS.get((args.only or "").removeprefix("text save: "))
            show(decoded, args.show, saver[0] if saver else None, set_name in TEXT_SAVES)
            continue
        per_page = {}
        tools = [("zhtext", run_zhtext_text)] if set_name in TEXT_SAVES else available
        if set_name in TEXT_SAVES and len(available) > 1:
            notes.append(f"{set_name}: plain-text saves, only zhtext runs (the other tools need HTML)")
        for name, fn in tools:
            wrong: list = []
            scores, titles, ntitles, dates, ndates, elapsed, wall = measure(name, fn, decoded, args.repeat, notes, wrong)
            per_page[name] = scores
            failures.extend((name, set_name, *w) for w in wrong)
            if not set_name.startswith("forum"):
                agg = overall.setdefault(name, [0, 0, []])
                agg[0] += titles
                agg[1] += ntitles
                agg[2].extend(scores.values())
            values = list(scores.values())
            rows.append((
                set_name if name == tools[0][0] else "", name,
                f"{statistics.mean(values):.3f}", f"{statistics.median(values):.3f}", f"{min(values):.3f}",
                str(sum(v < 0.5 for v in values)),
                f"{titles / max(ntitles, 1):.2f}" if name != "jusText" else "n/a",
                f"{dates / ndates:.2f}" if ndates and (name.startswith(("zhtext", "text save")) or name == "trafilatura") else "n/a",
                f"{len(decoded) / max(elapsed, 1e-9):.0f}", f"{len(decoded) / max(wall, 1e-9):.0f}",
            ))
        kinds = sorted({stem.split("/")[0] for stem in per_page.get(tools[0][0], {}) if "/" in stem})
        if kinds:  # a set made of kinds: the mean of each tool on each kind
            lowest.append(f"{set_name} by kind (pages; mean F1 of " + ", ".join(per_page) + "):")
            for kind in kinds:
                means = [statistics.mean(v for k, v in scores.items() if k.startswith(kind + "/")) for scores in per_page.values()]
                n = sum(k.startswith(kind + "/") for k in per_page[tools[0][0]])
                lowest.append(f"  {kind:<12} {n:3d}  " + "  ".join(f"{m:.3f}" for m in means))
        if "zhtext" in per_page and args.worst:
            others = [n for n in per_page if n != "zhtext"]
            lowest.append(f"{set_name} ({len(decoded)} pages), zhtext's lowest F1:")
            for stem, v in sorted(per_page["zhtext"].items(), key=lambda kv: kv[1])[: args.worst]:
                extra = "  ".join(f"{n}={per_page[n][stem]:.2f}" for n in others)
                note = GOLD_NOTES.get(stem[:8]) or GOLD_NOTES.get(stem) or manifest_notes(folder).get(stem.split("/")[-1])
                lowest.append(f"  {stem}  {v:.3f}  {extra}" + (f"\n      gold: {note}" if note else ""))
    if args.show:
        return 0
    widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
    for r in [header] + rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)))
    print("(title: the gold's first line where it is the headline, else the headline part of the page's "
          "<title> or og:title; date: pages with a gold date; "
          "pages/s: CPU time of this process, wall p/s: elapsed; best of --repeat passes; "
          "readability-lxml and jusText give no date, jusText no title)")
    if overall:
        print()
        print("all article pages (forum threads aside):")
        head = ("tool", "pages", "title", "mean F1", "<0.5")
        table = [(n, str(len(v[2])), f"{v[0] / max(v[1], 1):.3f} ({v[0]}/{v[1]})",
                  f"{statistics.mean(v[2]):.3f}", str(sum(x < 0.5 for x in v[2])))
                 for n, v in overall.items() if n != "jusText"]
        w = [max(len(r[i]) for r in table + [head]) for i in range(len(head))]
        for r in [head] + table:
            print("  ".join(c.ljust(x) for c, x in zip(r, w)))
    if args.show_titles:
        print()
        for name, set_name, stem, chosen, truth, score in failures:
            print(f"{name} | {set_name} {stem} | F1 {score:.2f} | chose {chosen[:60]!r} | "
                  f"expected {' / '.join(truth[1])[:80]!r} ({truth[0]})")
    for line in lowest:
        print(line)
    for n in notes:
        print("note:", n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
