"""Materialize a collected page set (``--set collected2`` … ``collected48`` of bench_strip.py).

Third-party pages of the kinds the first set is thin on (WeChat articles, Taiwan
and Hong Kong news, government sites, blogs and platform accounts), kept outside
the repository.  ``benchmarks/pages2_manifest.jsonl`` lists one page a line:
``name``, ``repo``, ``commit``, ``path`` (``.xz`` and ``.gz`` paths are decompressed), ``url``,
``kind``, ``licence`` and the gold text, written by reading the page:

- ``xpath``: the element that holds the article (chosen by reading the page);
- ``title``: the headline as the page shows it;
- ``keep``: the lines of that element's text (rendered by :func:`lines_of`, one
  line per block, numbered from 1) that are the article body, as ``"3,5-9"``;
- ``note``: doubtful cases.

The gold text is the title and the kept lines, one per line.  Pages are taken from
a local bare clone of each repository (``--mirror``, one ``owner+name/repo``
folder per repository, as the ``fetch`` tool makes them) and written to
``/work/material/pages2/<kind>/original/NAME.html`` with the gold in
``.../gold/NAME.txt``.  ``--show NAME`` prints a page's numbered lines (or
``--show FILE --xpath X`` for a page not yet in the manifest).

The third set (``--manifest benchmarks/pages3_manifest.jsonl --out /work/material/pages3``)
uses the same fields; a row may add ``unwrap``: ``"js-template"`` when the page sits in a
JavaScript test file as a template literal (the text between its first and last backtick).
The fifth set (``--manifest benchmarks/pages5_manifest.jsonl --out /work/material/pages5``,
``--set collected5``) uses the same fields; it is only measured, never tuned on, and so is the
sixth (``--manifest benchmarks/pages6_manifest.jsonl --out /work/material/pages6``, ``--set collected6``),
the seventh (``--manifest benchmarks/pages7_manifest.jsonl --out /work/material/pages7``, ``--set collected7``)
and the eighth (``--manifest benchmarks/pages8_manifest.jsonl --out /work/material/pages8``, ``--set collected8``),
whose rows may add ``unwrap``: ``"py-bytes"`` for a page a crawler wrote to disk as a Python
bytes literal (``str(response.content)``: ``b'<!DOCTYPE html>\\n…'``); the page written under
``original/`` is the unwrapped one, as the site sent it.
The ninth (``--manifest benchmarks/pages9_manifest.jsonl --out /work/material/pages9``,
``--set collected9``) uses the same fields and is only measured too; its pages come from other
projects' test data, one of them gzipped (a ``.gz`` path).
The tenth (``--manifest benchmarks/pages10_manifest.jsonl --out /work/material/pages10``, ``--set collected10``)
is only measured too; a row may add ``unwrap``: ``"pickle-str"`` for a page a crawler pickled as one string.
The eleventh (``--manifest benchmarks/pages11_manifest.jsonl --out /work/material/pages11``,
``--set collected11``) uses the same fields and is only measured too; so does the twelfth
(``--manifest benchmarks/pages12_manifest.jsonl --out /work/material/pages12``, ``--set collected12``),
whose rows may add ``unwrap``: ``"java-string:NAME"`` or ``"js-template-escaped"`` (see :func:`unwrap`).
The thirteenth (``--manifest benchmarks/pages13_manifest.jsonl --out /work/material/pages13``,
``--set collected13``) uses the same fields and is only measured too; its pages are WeChat articles
another project's tests keep and blog posts as static-site generators wrote them to GitHub Pages.
The fourteenth (``--manifest benchmarks/pages14_manifest.jsonl --out /work/material/pages14``,
``--set collected14``) uses the same fields and is only measured too; its pages are overseas Chinese-language
news sites (BBC News 中文, RFI 华语, 联合早报, 8视界) as a news-radar project keeps them for its parser tests.
The fifteenth (``--manifest benchmarks/pages15_manifest.jsonl --out /work/material/pages15``,
``--set collected15``) uses the same fields and is only measured too; its pages are encyclopedia and knowledge
pages (百度百科, Chinese Wikipedia, 萌娘百科, 百度知道, 知乎), some saved whole by a browser, one a template literal.
The sixteenth (``--manifest benchmarks/pages16_manifest.jsonl --out /work/material/pages16``,
``--set collected16``) uses the same fields and is only measured too; its pages are government sites
(Taiwan city and ministry portals, 中国政府网 documents, a 武汉 bureau's 政务公开 page) and a 财新 story;
a row may add ``unwrap``: ``"sql-value:ROW:COLUMN"`` for a page region a crawler stored in a column
of a SQL dump (see :func:`unwrap`).
The seventeenth (``--manifest benchmarks/pages17_manifest.jsonl --out /work/material/pages17``,
``--set collected17``) uses the same fields and is only measured too; its pages are Chinese finance news of
ten sites (2016-2018) from a public labelled dataset, 3 a site; the page files need no unwrapping (some are
UTF-8 under a stale ``charset=gb2312``, which the page decoder sees through); the gold is written by reading.
The eighteenth (``--manifest benchmarks/pages18_manifest.jsonl --out /work/material/pages18``,
``--set collected18``) uses the same fields and is only measured too; its pages are Taiwanese blog posts and
articles (PIXNET, 點部落, Blogger, WordPress, Logdown, iThome, iT 邦幫忙, PTT and others) a personal tech-notes
repository saved whole by a browser.
The nineteenth (``--manifest benchmarks/pages19_manifest.jsonl --out /work/material/pages19``,
``--set collected19``) uses the same fields and is only measured too; its pages are 25 other browser saves of
the same repository's history (no file of pages15 or pages18): a Big5 forum thread and help-column article,
Blogger, PIXNET, WordPress, Logdown, Hexo, Jekyll and GitBook posts, a HackMD note, openhome.cc pages and
two simplified-script articles (IBM developerWorks 中国, InfoQ 中文站).
The twentieth (``--manifest benchmarks/pages20_manifest.jsonl --out /work/material/pages20``,
``--set collected20``) uses the same fields and is only measured too; its pages are Taiwanese event, notice
and article pages a boilerplate-removal project saved as training data (its Chinese pages other than the four
of the sixteenth); one has backspace characters in its text, which the line renderer drops (they are no XML
characters), while the page itself is written as it is.
The twenty-first (``--manifest benchmarks/pages21_manifest.jsonl --out /work/material/pages21``,
``--set collected21``) uses the same fields and is only measured too; its pages are WeChat articles and V2EX
threads a flame-war archive saved whole with a browser (``.htm`` files under paths with spaces and full-width
punctuation), 知乎 question pages a backup of deleted questions keeps, a 北京市教育委员会 news page a personal
repository re-hosts and two Apple Daily (Taiwan) pages a crawler saved.
The twenty-second (``--manifest benchmarks/pages22_manifest.jsonl --out /work/material/pages22``,
``--set collected22``) uses the same fields and is only measured too; its pages are mainland portal news:
entertainment stories of 网易, 腾讯, 凤凰网, 21CN and 新浪 (2005-2012) that a Google Code news-extractor project's
crawler saved (re-serialized as UTF-8 under the pages' own ``charset=gb2312``), a 山西新闻网 story a crawler
framework keeps as a test page, and a 手机网易网 轻松一刻 column (2025) kept as a template literal in a TypeScript file.
The twenty-third (``--manifest benchmarks/pages23_manifest.jsonl --out /work/material/pages23``,
``--set collected23``) uses the same fields and is only measured too; its pages are Hong Kong news articles
of 2017 (Apple Daily, 頭條日報 print and instant, 信報, 經濟日報 TOPick, 東方日報, RTHK, 成報, 星島日報 print and
instant, 晴報) that a news-aggregator app keeps whole as debug assets for its parser tests (at the commits
where each was last a full page), and an ETtoday 房產雲 article (2025) a scraper's headless browser saved
after its scripts ran.
The twenty-fourth (``--manifest benchmarks/pages24_manifest.jsonl --out /work/material/pages24``,
``--set collected24``) uses the same fields and is only measured too; its pages are Chinese blog posts and forum
threads: Discuz! 7 threads of a closed forum (1984bbs, GBK) a backup keeps whole, CoolShell (a WordPress blog)
posts saved with SingleFile (hidden copies of each code listing left in the file, marked ``sf-hidden``) and post
pages of a personal blog's static archive, and two pages of one 百度贴吧 thread a crawler keeps as example input;
a forum thread's posts are its content (see each row's ``note``).
The twenty-fifth (``--manifest benchmarks/pages25_manifest.jsonl --out /work/material/pages25``,
``--set collected25``) uses the same fields and is only measured too; its pages are 25 government article and
notice pages (教育部, 网信办, provincial and city portals, 教育厅, 卫健委, 文旅局), one a site, each re-hosted whole
(``index.html`` with its assets under ``static/``) in its own repository by one personal account, other than the
北京市教育委员会 repository of the twenty-first; the uploader inserts promotional lines into some bodies, which
the gold keeps as the page's text (each row's note names them).
The twenty-sixth (``--manifest benchmarks/pages26_manifest.jsonl --out /work/material/pages26``,
``--set collected26``) uses the same fields and is only measured too; its pages are 11 Taiwan news articles of
2013-2014 (中央社 4, 自由時報 2, 中國時報, ETtoday 論壇, 蘋果日報, 公視, 三立) that a news-diff crawler keeps
whole as its parser tests' data, the files of that repository no earlier manifest lists (the second set took
its other ten); one has a backspace character in its text, which the line renderer drops.
The twenty-seventh (``--manifest benchmarks/pages27_manifest.jsonl --out /work/material/pages27``,
``--set collected27``) uses the same fields and is only measured too; its pages are WeChat articles as crawlers
and an exporter saved them (2018-2026: 2025-26 pages with ``js_content`` hidden by inline style from the exporter's
samples, 2019 pages a student's urllib crawler saved, a 2018 video post a WeChat client's tests keep) and
self-media platform pages of the same crawl (搜狐号 and an old mt.sohu.com page, 新浪看点 ``k.sina.com.cn`` in its
entertainment and 新浪汽车 templates, a 中国网 app-share mobile page), all files no earlier set used, from repositories
earlier sets drew other files from (each row's note says what was kept).
The twenty-eighth (``--manifest benchmarks/pages28_manifest.jsonl --out /work/material/pages28``,
``--set collected28``) uses the same fields and is only measured too; its pages are knowledge and tech-blog pages
other projects keep whole as test or demo inputs: a Chinese Wikipedia article whose formulas are hidden MathML
beside fallback images, a 知乎 question page, CSDN posts (one with KaTeX math, one with a one-line body beside a
long related stream), a CSDN文库 answer, a 博客园 code-only post, a GB2312 51CTO article and three reposts built by
a personal VuePress site (kinds ``encyclopedia``, ``knowledge``, ``techblog``); code-block line-number gutters are
left out of the gold (see each row's ``note``).
The twenty-ninth (``--manifest benchmarks/pages29_manifest.jsonl --out /work/material/pages29``,
``--set collected29``) uses the same fields and is only measured too; its pages are 13 mainland news article
pages of 2016-2025 layouts (新华网 twice, 光明网, 湖北日报客户端, 中国文明网 北京站, 文明山东, 南昌文明网, a 央视网 video
page, 《中华英才》半月刊网, the news sites of 中国海洋大学, 西安美术学院 and a 苏州大学 centre, and the 晋祠博物馆 site),
each re-hosted whole in its own repository by the same personal account as the twenty-fifth (its news and
university repositories, none of the government ones); one page is a Word-saved UTF-16 file; the uploader's
inserted lines and replaced bodies are kept as the page's text, as in the twenty-fifth (each row's note says so).
The thirtieth (``--manifest benchmarks/pages30_manifest.jsonl --out /work/material/pages30``,
``--set collected30``) uses the same fields and is only measured too; its pages are 17 WeChat articles of 16 accounts
(2016-2018) as readers saved them whole with a browser into a public archive repository (``js_content`` visible,
scripts and inline styles kept), a 360doc 个人图书馆 repost and a 豆瓣日记 note from the same archive (kind ``platform``),
and 4 articles of one hospital account (2016) that a WeChat mini-site project pasted whole into JSP views (the JSP
directives precede the page, so their lines are numbered inside ``div#js_article``); the articles' own numbered
section markers are kept in the gold, bylines, sign-offs and promotion lines are not (each row's note says which).
The thirty-first (``--manifest benchmarks/pages31_manifest.jsonl --out /work/material/pages31``,
``--set collected31``) uses the same fields and is only measured too; its pages are 10 Chinese blog posts of
2016-2023 from repositories no earlier set used: a CSDN post a student's crawler saved whole, a 博客园 post (trimmed by
its uploader) and a 知乎专栏 post saved by a browser, three posts of a personal blog built from GitHub issues (its
``<title>`` is the site name, the headline a ``div``) and four of an MWeb-built personal blog whose every page carries
the site's whole post tree twice (one a one-line stub); the code blocks and tables of tech posts are body text
(kinds ``techblog``, ``blog``; each row's note says what was kept).
The thirty-second (``--manifest benchmarks/pages32_manifest.jsonl --out /work/material/pages32``,
``--set collected32``) uses the same fields and is only measured too; its pages are browser-rendered saves of Chinese
pages on gender topics from one personal web archive (澎湃新闻 via a news-reader syndication page, 凤凰网 评论, 央广网,
人民网 港澳 and 健康, 人民網 文化 (BIG5), 手机光明网, 中国日报网 英语点津 (bilingual) and 中文国际,
中青在线, 潇湘晨报's e-paper, 浙江在线 (2007, with failed-include 404 blocks), 搜狐新闻 (2004),
纽约时报中文网, a Hong Kong charity's feature page and a Taiwanese film blog); that repository's snapshot is too
big for ``fetch``, so the pages were read with ``read_file`` and written out under ``original/`` by hand from its
chunks (each length checked against the stored one; one page lacks seven invisible characters, see its note), and
this script cannot re-materialize them without a mirror.
The thirty-third (``--manifest benchmarks/pages33_manifest.jsonl --out /work/material/pages33``,
``--set collected33``) uses the same fields and is only measured too; its pages are 25 mainland government article
and notice pages (2009-2025: 工信部, 国家民委, the 广东, 江苏, 河南 and 四川 (twice) provincial portals, 北京 顺义 and 丰台 districts,
the 北京 发改委 and 重大项目办, 广州 黄埔, 南沙 and 白云 districts, 洪湖, 廊坊, 绥滨, 安溪, 常州新北, 合肥蜀山, 乌鲁木齐, the
四川 中医药局, 云南 科技厅, 济南 and 南昌 culture bureaus), each re-hosted whole in its own repository by the same personal
account as the twenty-fifth (its government repositories no earlier set claimed); the two 四川省人民政府 pages carry a
second full copy of the article in another template block, and the uploader's inserted lines are kept as the page's
text, as in the twenty-fifth (each row's note says so).
The thirty-fourth (``--manifest benchmarks/pages34_manifest.jsonl --out /work/material/pages34``,
``--set collected34``) uses the same fields and is only measured too; its pages are 14 mainland-China pages from a
public archive of browser-rendered saves of Chinese pages on gender topics (project-polymorph/webpage_archive, shared
with the thirty-second, which takes the Hong Kong, Taiwan, Macau and overseas sites): eight news-portal pages (中青在线,
新京报, 杭州网, 中国江苏网, 界面新闻, 海报新闻, 浙江在线, 大众日报), a 潇湘晨报 数字报 page, a gov.cn big5-gateway page, a
新浪博客 post, a poetry account's WordPress post, a 无讼阅读 share page and a phpwind forum thread in its archive view
(kinds ``news-portal``, ``epaper``, ``government``, ``blog``, ``platform``, ``forum``; the forum gold keeps every
post's own text); that repository is too big to fetch (694 MB), so its pages were read file by file with the search
tool's read_file and written under original/ directly: this script cannot re-materialize them without a local mirror.
The thirty-fifth (``--manifest benchmarks/pages35_manifest.jsonl --out /work/material/pages35``,
``--set collected35``) uses the same fields and is only measured too; its pages are 6 self-media and platform pages
from the same archive (project-polymorph/webpage_archive, shared with the thirty-second and thirty-fourth; never a
path they used): two 豆瓣 pages (a mobile editorial neo page whose film cards sit between the editor's paragraphs, and a
user's 豆列 whose every item text is a ``blockquote.comment``; kind ``platform``), a WeChat account's article re-hosted on
艺术头条's 艺术号 platform with the WeChat profile header pasted into its body and a 东方网 account-feed page (kind
``selfmedia``), and two 澎湃新闻 快报 share pages (kind ``appshare``); no mp.weixin.qq.com save could be listed in the
folders reachable by the search tool; that repository is too big to fetch (694 MB), so its pages were read with the
search tool's read_file and written under original/ directly (each length checked against the stored one): this script
cannot re-materialize them without a local mirror.
The thirty-sixth (``--manifest benchmarks/pages36_manifest.jsonl --out /work/material/pages36``,
``--set collected36``) uses the same fields and is only measured too; its pages are 17 Hong Kong, Taiwan and overseas
Chinese news pages on gender topics (2004-2024) from the raw/ folder of transTerminus/webpage_archive, the same
project's earlier, fetchable archive behind project-polymorph/webpage_archive (which the thirty-second and thirty-fourth
read file by file; no path of theirs is used): 信報 (twice, one behind its subscriber wall), 大公网, 東網, 星島頭條,
關鍵評論網 (a 香港中文大學 feature it reprints), 中央社, 公視 新聞實驗室, 自由時報 自由評論網, ETtoday, TVBS, 美国之音 (twice),
BBC News 中文 (two video pages), 星島日報 加拿大 (an infinite-scroll page carrying the next story) and a 联合早报 opinion
piece served by a mirror site (kinds ``news-hk``, ``news-tw``, ``news-overseas``); photo captions, bylines, datelines
on their own line and author notes are not in the gold, the sites' own subheadings are (each row's note says which);
unlike the thirty-second and thirty-fourth, this set is re-materialized from the mirror like any other.
The thirty-seventh (``--manifest benchmarks/pages37_manifest.jsonl --out /work/material/pages37``,
``--set collected37``) uses the same fields and is only measured too; its pages are 6 more files of the same gender-topics
archive (project-polymorph/webpage_archive, none a path of the thirty-second or thirty-fourth): a 北京法院网 (北京市高级人民法院)
article and a 吉林大学理论法学研究中心 essay (kind ``government``), a 京东健康 疾病百科 entry whose other sections sit only in a
Next.js data script and a 搜狗百科 entry (``encyclopedia``), a Discuz! thread of a Dutch Chinese community site (``forum``, the
post's text is the gold) and a personal WordPress blog's translated post (``blog``); they were read with the search tool's
read_file and written under original/ by hand from its chunks (one page lacks one invisible character, and the blog page
lacks its last 2,813 characters, the back-to-top icon and closing scripts, because the search budget ran out: see the rows'
notes), so this script cannot re-materialize them without a local mirror.
The thirty-eighth (``--manifest benchmarks/pages38_manifest.jsonl --out /work/material/pages38``,
``--set collected38``) uses the same fields and is only measured too; its pages are 19 Chinese blog posts (2010-2026) with
their sidebars, comment blocks, related-post cards and footers as served or saved, from 12 repositories no earlier set used:
a 新浪博客 post saved by a browser and a CSDN post a crawler saved (kind ``platform``), static mirrors of two Typecho blogs
(one with comments longer than its two-line post), a WordPress export, the Hexo output of four personal blogs (two in the
Butterfly theme, one reposting a 知乎专栏 essay), an Octopress and a Jekyll blog, and the 正體中文 page of a Hugo blog
(kind ``blog``); at most three pages a site; the gold is the headline and the post's own text, never its comments, and
code-block line-number gutters, figure captions, download widgets and repost or translation notices are left out
(each row's note says what was kept).
The thirty-ninth (``--manifest benchmarks/pages39_manifest.jsonl --out /work/material/pages39``,
``--set collected39``) uses the same fields and is only measured too; its pages are 20 Hong Kong and overseas
Chinese-language news pages of December 2024 to February 2025 that a transgender-news archive site's crawler saved
whole under ``.github/record/<date>/downloads/`` (project-polymorph/news-website, none of them a page of the
webpage_archive sets): on.cc 東網 (twice), 星島日報 (twice), RTHK through its simplified gateway, 無綫新聞 TVB, 端傳媒,
联合早报 (behind its paywall), 星洲网 and 加拿大都市网 (each with the next story of an infinite scroll appended),
東方網 馬來西亞東方日報, 中國報, 光华网, 世界新闻网 (twice), RFI, DW, BBC News 中文, 纽约时报中文网 and 大纪元 (kinds
``news-hk``, ``news-overseas``); photo captions, bylines, source lines and paywall or app prompts are not in the gold,
the sites' own subheadings and standfirsts are (each row's note says which).
The fortieth (``--manifest benchmarks/pages40_manifest.jsonl --out /work/material/pages40``,
``--set collected40``) uses the same fields and is only measured too; its pages are 16 mainland news article pages
(2012-2021) other projects keep whole as test or demo inputs: a 虎嗅网 article kept as a Go raw string (``unwrap``:
``"js-template"``; the uploader replaced the site's domain), a 荔枝网 (江苏广电) article a student's requests exercise
saved, a 环球网 article an HTTP-client demo saved, a 光明日报 数字报 page a course notebook printed (a row may add
``unwrap``: ``"ipynb-output:CELL:OUTPUT"``, see :func:`unwrap`), and the test pages of one developer's two image-ad
plugins (2012-2013; each with the plugin's script lines added): 光明网 娱乐频道 three times, 央视网 时尚, 汽车 and 旅游
(three files read at the last commit before they were removed), MSN中文网 娱乐, 网易女人, 中青在线, 君子门, and the
上海热线 and 中国娱乐网 gallery pages (kinds ``news-specialist``, ``news-regional``, ``news-portal``, ``epaper``,
``news-gallery``); photo captions, bylines, pagers and the sites' notices are not in the gold, a print deck is (each
row's note says what was kept).
The forty-first (``--manifest benchmarks/pages41_manifest.jsonl --out /work/material/pages41``,
``--set collected41``) uses the same fields and is only measured too; its pages are 5 WeChat articles of 5 accounts (2014-2019)
as crawler projects saved them (a 2014 layout kept for a parser tool, a Chrome save kept as a crawler's ``.txt`` test input, a
test file a WechatSogou copy added, a crawler's saved page and a 传送门 (chuansong.me) mirror page, the last two taken at the
commits that added them), a 豆瓣小组 topic page with 100 bump replies (kind ``forum``: the thread's posts are the content, see
its note) and, off the set's kinds, a 手机网易网 article (``news-portal``); no Discuz!, phpwind, 贴吧, 天涯, NGA or 虎扑 thread page
could be found in the repositories the search budget and the session's fetch limit reached.
The forty-second (``--manifest benchmarks/pages42_manifest.jsonl --out /work/material/pages42``,
``--set collected42``) uses the same fields and is only measured too; its pages are 9 government, university and
encyclopedia pages from six repositories no earlier set used: a 武汉市人民政府 article re-hosted whole by the account of the
twenty-fifth set (the one government repository of that account no set had claimed), two government procurement notices
(中国政府采购网 成交公告, a 河北省政府采购网 中标公告 saved by a browser with its ``_files`` folder), a 上海师范大学人文学院 notice
whose body is a table (re-hosted whole by another account), four 互动百科 entries (2019) a scrapy crawler wrote to files named
by the entry (the page's main region only, no ``<head>``: the headline is the ``h1``) and a 2018 百度百科 entry a crawler
tutorial wrote to ``html.txt`` (kinds ``government``, ``university``, ``encyclopedia``); the encyclopedia gold keeps the
summary, the section headings (as the page prints them, 互动百科's with the entry name and 编辑 in the same line), paragraphs,
the entry's own lists and code, and leaves out infoboxes, tables of contents, captions, reference markers and lists, data
tables and navigation boxes (each row's note says which).
The forty-third (``--manifest benchmarks/pages43_manifest.jsonl --out /work/material/pages43``,
``--set collected43``) uses the same fields and is only measured too; its pages are 20 more pages of December 2024 to
February 2025 that the thirty-ninth set's archive crawler saved whole (project-polymorph/news-website, none of the
thirty-ninth's pages and none of its sites), one a site: 亚视新闻 ATV, 南洋商报, 无忧资讯 (51.ca), 加西网 (the second page of a
paginated mobile view), 亿忆网, 印尼商报, 侨报网, 星岛环球网, 希望之声, 新唐人, 看中国, 倍可亲, 中国数字时代 (an archived WeChat
article), swissinfo.ch, 半岛电视台中文网, 中央日报中文网, 朝鲜日报中文网, the machine-translated Chinese editions of Newslooks and
VOI, and 川观新闻 (kinds ``news-overseas``, ``news-regional``); photo and video captions (also those written as body
paragraphs), bylines, datelines in their own line, pull-quote attributions, platform and reprint notices, collapsed
glossary boxes and the next story an infinite scroll appends are not in the gold, the sites' subheadings, standfirsts and
in-paragraph datelines are (each row's note says which).
The forty-fourth (``--manifest benchmarks/pages44_manifest.jsonl --out /work/material/pages44``,
``--set collected44``) uses the same fields and is only measured too; its pages are 11 pages from seven repositories no
earlier set used or claimed, the whole reach of the local mirrors once every claimed repository is left out: a 环球网 军事
article as a boilerplate-removal project fetched it (kind ``portal``; its body is escaped markup in a ``<textarea
class="article-content">`` inside a ``visibility:hidden`` data container, which the page's script renders, so its row adds
``escaped``: true, and the gold is that textarea's text parsed again and rendered), Hexo blog posts of two GitHub Pages
blogs (one theme closes ``</html>`` before ``<body>``), an essay of a project's MkDocs site, three case studies of a
designer's portfolio site (kind ``blog``), a 百度贴吧 thread (kind ``forum``: the title and every post's own text) and a
微博客服 help answer (kind ``notice``); colophons in a page's ``<footer>``, toggle labels and reference lists are not in
the gold (each row's note says which).
The forty-fifth (``--manifest benchmarks/pages45_manifest.jsonl --out /work/material/pages45``,
``--set collected45``) uses the same fields and is only measured too; its pages are 15 mainland pages of the
thirty-sixth set's archive (transTerminus/webpage_archive, browser saves; none of the pages or articles the thirty-sixth
or the sets from its successor project used), at most two a site: 第一财经 mobile, 南海网, 快科技, 科学网, 中国新闻网,
海外网 (kind ``news-portal``), 广西新闻网 (the second page of two), 长江网 (the first page of six), 东南网, 北晚新视觉
(kind ``news-regional``), and two NGO sites reposting WeChat articles, 中国发展简报 and 出色伙伴 (kind ``institution``);
photo captions (also a headline repeated as a caption), bylines, source and print-edition lines, author bios, reprint
notices and closing editorial notes are not in the gold, the articles' subheadings and in-paragraph datelines are, and
科学网's deck under the headline is (each row's note says which).
The forty-sixth (``--manifest benchmarks/pages46_manifest.jsonl --out /work/material/pages46``,
``--set collected46``) uses the same fields and is only measured too; its pages are 6 Hong Kong and overseas
Chinese-language news article pages from five repositories no earlier set used: two 明報 (news.mingpao.com, Big5,
2013) article pages two encoding-detection libraries keep as test fixtures (kind ``news-hk``), and four FT中文网 story
pages (2015-2022) as the site's own front-end repositories keep them, the story template filled with a live article
(kind ``news-overseas``; the development copies add test tables to two bodies, which are not in the gold); photo
captions, bylines, datelines, pull quotes with their attributions, credits, paywall boxes and closing notices are not
in the gold, the sites' decks, standfirsts, subheadings and an article's own table are (each row's note says which).
The forty-seventh (``--manifest benchmarks/pages47_manifest.jsonl --out /work/material/pages47``,
``--set collected47``) uses the same fields and is only measured too; its pages are 17 pages from 11 repositories no earlier
set used or claimed: 15 posts of nine personal blogs as their generators wrote them to GitHub Pages (Hugo 0.21, a Hugo zzo-like
theme and the Hugo Stack theme, Hexo NexT.Gemini, NexT and Yilia, a Hexo PPOffice theme, an Astro blog and VuePress 2 Theme
Hope; kind ``blog``), a 2018 CSDN post a student's crawler saved as ``CSDN.html`` (kind ``platform``) and a NodeBB thread page
(梨园, 2019) a student project pasted into a JSP view, whose JSP directive lines precede the doctype, so its lines are numbered
inside ``div#content`` (kind ``forum``: the thread's posts are the content); code-block line-number gutters, reference lists,
repost notices, figure captions, tag buttons, unrendered template lines and widget output are not in the gold, the sites' decks
under the headline and the posts' own tables are (each row's note says which).
The forty-eighth (``--manifest benchmarks/pages48_manifest.jsonl --out /work/material/pages48``,
``--set collected48``) uses the same fields and is only measured too; its pages are mainland university and government
pages from three repositories no earlier set used: two 南京大学 ITSC news pages an iOS course exercise keeps as parser
inputs (HTML in ``.md`` files), six 上海交通大学 pages an EE208 lab crawler wrote as ``str(response.content)`` (``unwrap``:
``py-bytes``; two 通知公告 notices of www.sjtu.edu.cn and four news.sjtu.edu.cn articles of other columns than the eighth
set's: 媒体聚焦, 服务之星, 交大要闻, 活力校园) and two 国家金融监督管理总局 penalty notices a crawler's tests keep as
Selenium page sources, whose body is one Word-made table (kept cell by cell; kind ``government``), and two 平潭综合实验区
政务公开 pages (a 要闻 story and a 公示公告 notice) of an archive the store has no snapshot of: they were read with the
search tool's read_file and written under original/ by hand (each length checked against the stored one, the second
rebuilt from the first's template and its own chunks), so this script cannot re-materialize those two without a local
mirror; notices keep their salutation, not their signature and date lines, photo captions and player prompts are
not in the gold (each row's note says which).


    python benchmarks/collect_pages2.py [--manifest M] [--mirror /work/.mirror] [--out /work/material/pages2] [--show NAME]
"""

from __future__ import annotations

import argparse
import ast
import gzip
import json
import lzma
import pickletools
import re
import subprocess
import sys
from pathlib import Path

MANIFEST = Path(__file__).with_name("pages2_manifest.jsonl")

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_BLOCK = ("p", "div", "br", "li", "tr", "td", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
          "header", "footer", "ul", "ol", "table", "dt", "dd", "pre", "blockquote", "figcaption")


def page_bytes(mirror: Path, row: dict) -> bytes:
    gitdir = mirror / row["repo"].replace("/", "+") / "repo"
    if (gitdir / ".git").is_dir():  # a clone with a work tree
        gitdir = gitdir / ".git"
    data = subprocess.run(["git", "--git-dir", str(gitdir), "show", f"{row['commit']}:{row['path']}"],
                          check=True, capture_output=True).stdout
    if row["path"].endswith(".xz"):
        data = lzma.decompress(data)
    elif row["path"].endswith(".gz"):
        data = gzip.decompress(data)
    return unwrap(data, row.get("unwrap"))


def unwrap(data: bytes, how: str | None) -> bytes:
    """The page inside a file that wraps it (``how`` is the manifest's ``unwrap``).

    ``js-template``: the text between the file's first and last backtick (a page kept in a
    JavaScript test file); ``py-bytes``: a Python bytes literal (``b'<!DOCTYPE html>\\n…'``),
    as a crawler writes ``str(response.content)`` to disk, turned back into the page's bytes;
    ``pickle-str``: a page a crawler pickled as one decoded string (``pickle.dump(response.text)``),
    written out as UTF-8; ``js-template-escaped``: like ``js-template``, for a page written on one
    line with its newlines as ``\\n`` escapes, which are decoded as JavaScript decodes them;
    ``java-string:NAME``: a page a Java test keeps as ``NAME = "…" + "…";``, the literals joined
    and their escapes decoded (both written out as UTF-8); ``csv-column:NAME``: the text of a page
    a tool wrote as a CSV table, one text block a row (a block-segmentation dump): the values of
    the column headed ``NAME``, one a line in the rows' order, written out as UTF-8;
    ``sql-value:ROW:COLUMN``: the ``COLUMN``-th value (from 0) of the ``ROW``-th ``INSERT … VALUES (…);``
    statement (from 0) of a SQL dump, a quoted MySQL string whose escapes are decoded, written out as UTF-8;
    ``ipynb-output:CELL:OUTPUT``: the text of the ``OUTPUT``-th output (from 0) of the ``CELL``-th cell (from 0)
    of a Jupyter notebook, a page a crawler's notebook printed (``print(response.text)``), written out as UTF-8.
    """
    if how is None:
        return data
    if how == "js-template":
        return data[data.index(b"`") + 1: data.rindex(b"`")]
    if how == "py-bytes":
        value = ast.literal_eval(data.decode("latin-1").strip())
        if not isinstance(value, bytes):
            raise ValueError("not a Python bytes literal")
        return value
    if how == "pickle-str":
        return _pickled_text(data).encode("utf-8")
    if how == "js-template-escaped":
        text = data.decode("utf-8")
        return _ESCAPE.sub(_unescape, text[text.index("`") + 1: text.rindex("`")]).encode("utf-8")
    if how.startswith("java-string:"):
        return _java_string(data.decode("utf-8"), how.partition(":")[2]).encode("utf-8")
    if how.startswith("csv-column:"):
        return _csv_column(data.decode("utf-8-sig"), how.partition(":")[2]).encode("utf-8")
    if how.startswith("sql-value:"):
        row, col = (int(n) for n in how.split(":")[1:])
        return _sql_value(data.decode("utf-8"), row, col).encode("utf-8")
    if how.startswith("ipynb-output:"):
        cell, out = (int(n) for n in how.split(":")[1:])
        return _ipynb_output(data.decode("utf-8-sig"), cell, out).encode("utf-8")
    raise ValueError(f"unknown unwrap {how!r}")


def _ipynb_output(text: str, cell: int, out: int) -> str:
    """The text of one output of one cell of a notebook (a stream's ``text`` or a result's ``text/plain``)."""
    output = json.loads(text)["cells"][cell]["outputs"][out]
    parts = output.get("text") or output.get("data", {}).get("text/plain")
    if parts is None:
        raise ValueError(f"output {out} of cell {cell} has no text")
    return parts if isinstance(parts, str) else "".join(parts)


# one backslash escape of a JavaScript or Java string literal
_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\n|.)", re.S)
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0", "\n": ""}


def _unescape(m: re.Match) -> str:
    code = m.group(1)
    if code.startswith("u{"):
        return chr(int(code[2:-1], 16))
    if code[0] in "ux" and len(code) > 1:
        return chr(int(code[1:], 16))
    return _SIMPLE.get(code, code)


def _java_string(text: str, name: str) -> str:
    """The value of ``name = "…" + "…" …;`` in a Java (or JavaScript) source: the string literals
    of the first such assignment joined, their escapes decoded (``\\n``, ``\\"``, ``\\uXXXX``)."""
    m = re.search(rf"\b{re.escape(name)}\s*=\s*", text)
    if m is None:
        raise ValueError(f"no assignment to {name!r}")
    parts, i = [], m.end()
    literal = re.compile(r'"((?:[^"\\]|\\.)*)"', re.S)
    while True:
        while i < len(text) and (text[i].isspace() or text[i] == "+"):
            i += 1
        lit = literal.match(text, i)
        if lit is None:
            break
        parts.append(_ESCAPE.sub(_unescape, lit.group(1)))
        i = lit.end()
    if not parts or not text[i:].lstrip().startswith(";"):
        raise ValueError(f"{name!r} is not assigned a concatenation of string literals")
    return "".join(parts)


def _csv_column(text: str, name: str) -> str:
    """The values of the column headed ``name`` of a CSV table (its first row the header), one a line."""
    import csv
    import io

    rows = csv.reader(io.StringIO(text, newline=""))
    header = next(rows)
    if name not in header:
        raise ValueError(f"no column {name!r}")
    col = header.index(name)
    return "\n".join(row[col] for row in rows if len(row) > col) + "\n"
# one value of a MySQL VALUES list: a quoted string (backslash escapes, doubled quotes), NULL or a number
_SQL_VALUE = re.compile(r"\s*(?:'((?:[^'\\]|\\.|'')*)'|(NULL|null|-?[0-9.]+))\s*(,|\))", re.S)
_SQL_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "0": "\0", "Z": "\x1a", "b": "\b"}


def _sql_value(text: str, row: int, col: int) -> str:
    """The ``col``-th value of the ``row``-th ``INSERT … VALUES (…)`` of a MySQL dump, decoded."""
    starts = [m.end() for m in re.finditer(r"^INSERT INTO [^(]*\([^)]*\)\s*VALUES\s*\(", text, re.M)]
    if row >= len(starts):
        raise ValueError(f"the dump has {len(starts)} INSERT statements, not {row + 1}")
    i, values = starts[row], []
    while True:
        m = _SQL_VALUE.match(text, i)
        if m is None:
            raise ValueError(f"cannot read value {len(values)} of INSERT {row}")
        if m.group(1) is not None:
            values.append(re.sub(r"\\(.)|''", lambda e: _SQL_ESCAPES.get(e.group(1), e.group(1)) if e.group(1)
                                 else "'", m.group(1), flags=re.S))
        else:
            values.append(None)
        i = m.end()
        if m.group(3) == ")":
            break
    if col >= len(values) or values[col] is None:
        raise ValueError(f"INSERT {row} has no string value {col}")
    return values[col]


def _pickled_text(data: bytes) -> str:
    """The one string a pickle holds, read with :mod:`pickletools` (nothing is unpickled, so no
    code in the file can run); any other kind of pickle is refused."""
    harmless = {"PROTO", "FRAME", "MEMOIZE", "PUT", "BINPUT", "LONG_BINPUT", "STOP"}
    texts = []
    for op, arg, _ in pickletools.genops(data):
        if op.name in ("SHORT_BINUNICODE", "BINUNICODE", "BINUNICODE8", "UNICODE"):
            texts.append(arg)
        elif op.name not in harmless:
            raise ValueError(f"not a pickled string (opcode {op.name})")
    if len(texts) != 1:
        raise ValueError("not a pickled string")
    return texts[0]


def lines_of(raw: bytes, xpath: str, escaped: bool = False) -> list[str]:
    """The text of the element at ``xpath``: one stripped line per block, empty lines dropped.

    ``escaped``: the element's text is itself escaped markup (a ``<textarea>`` a script renders
    as the article), which is parsed again and rendered the same way."""
    import lxml.html
    from zhtext.converters.encoding import decode_page
    from zhtext.converters.pages.load import declared_charset

    html, _, _ = decode_page(raw, declared_charset(raw))
    html = _CONTROL.sub("", html)  # a stray backspace in a page's text is no XML character
    matches = lxml.html.fromstring(html).xpath(xpath)
    if not matches:
        raise SystemExit(f"xpath {xpath!r} matches nothing")
    el = lxml.html.fromstring(lxml.html.tostring(matches[0], encoding="unicode"))
    if escaped:
        el = lxml.html.fragment_fromstring(el.text_content(), create_parent="div")
    for bad in el.xpath(".//script|.//style|.//noscript|.//template"):
        bad.drop_tree()
    for e in el.iter(*_BLOCK):
        e.tail = "\n" + (e.tail or "")
        if e.tag != "br":
            e.text = "\n" + (e.text or "")
    return [line.strip() for line in el.text_content().splitlines() if line.strip()]


def keep_lines(lines: list[str], spec: str) -> list[str]:
    out = []
    for part in spec.split(","):
        a, _, b = part.strip().partition("-")
        out.extend(lines[int(a) - 1: int(b or a)])
    return out


def gold_text(raw: bytes, row: dict) -> str:
    lines = lines_of(raw, row["xpath"], row.get("escaped", False))
    return "\n".join([row["title"], *keep_lines(lines, row["keep"])]) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--manifest", type=Path, default=MANIFEST, help="the manifest of the set (default: the second set's)")
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--out", type=Path, default=Path("/work/material/pages2"))
    ap.add_argument("--show", help="print the numbered lines of this manifest page (or this file)")
    ap.add_argument("--xpath", default="//body", help="with --show FILE: the element to print")
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in args.manifest.read_text("utf-8").splitlines() if line.strip()]
    if args.show:
        found = [r for r in rows if r["name"] == args.show]
        if found:
            raw = page_bytes(args.mirror, found[0])
        else:
            raw = Path(args.show).read_bytes()
            if args.show.endswith(".js"):  # a page kept in a JavaScript test file
                raw = unwrap(raw, "js-template")
            elif raw.startswith((b"b'", b'b"')):  # a crawler's str(bytes) save
                raw = unwrap(raw, "py-bytes")
            elif args.show.endswith(".pkl"):  # a crawler's pickled page
                raw = unwrap(raw, "pickle-str")
        shown = lines_of(raw, found[0]["xpath"], found[0].get("escaped", False)) if found else lines_of(raw, args.xpath)
        for i, line in enumerate(shown, 1):
            print(f"{i:3d} {line}")
        return 0
    for r in rows:
        folder = args.out / r["kind"]
        (folder / "original").mkdir(parents=True, exist_ok=True)
        (folder / "gold").mkdir(parents=True, exist_ok=True)
        raw = page_bytes(args.mirror, r)
        (folder / "original" / f"{r['name']}.html").write_bytes(raw)
        (folder / "gold" / f"{r['name']}.txt").write_text(gold_text(raw, r), "utf-8")
    (args.out / "manifest.jsonl").write_text(args.manifest.read_text("utf-8"), "utf-8")
    print(f"{len(rows)} pages written under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
