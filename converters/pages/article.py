"""Strip boilerplate from a saved news page: the :class:`Article` and :func:`strip_boilerplate`.

The page is loaded (:mod:`.load`), cut into blocks (:mod:`.blocks`), each
block classified (:mod:`.classify`), the article region chosen
(:mod:`.region`) and the title, date, author and source read
(:mod:`.metadata`).  Inside the region every block classified as
boilerplate is dropped; everything outside it is dropped too.  Spam is
removed wherever it sits, including keyword runs inside a kept paragraph,
the title and the metadata.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from ..lexicon import CompiledLexicon, Lexicon, bundled, compiled, load_lexicon
from .blocks import MAX_TEXT_CHARS, MAX_TEXT_LINES, Block, html_blocks, text_blocks
from .classify import (META, OUTSIDE, SPAM, TITLE, Item, classify, drop_comment_rules, drop_post_chrome,
                       drop_profile_intro, drop_repeated_paragraphs, drop_story_lists, spam_cut, value_of)
from .front_matter import FrontMatter, front_matter
from .load import load_page
from .metadata import broken_headline, headline_part, join_headline, without_site_tail, pick_title, read_metadata, site_like, title_deck, title_segments
from .region import (answer_region, below_byline, below_headline_block, below_sole_heading, best_region, bridge_data_tables,
                     bridge_thread, cut_sections, damp_headline_runs, damp_latin_prose, damp_linked_teasers, damp_reply_lists,
                     damp_run_together, damp_signed_remarks, drop_author_notes, drop_closing_sources, drop_link_box_heads,
                     drop_trailing_headlines, end_before_next_story, keep_drawn_tables, keep_introduced_links,
                     keep_notice_fields, keep_section_numbers, lift_broken_prose, lift_verse, mark_at_bylines,
                     reach_announced_list, reach_entry_summary, reach_event_fields, reach_numbered_list,
                     reach_numbered_sections, reach_over_inserts, reach_past_tables, reach_post_top, record_table,
                     revive_remarks, stub_under_headline, widen)
from .scripts import damp_markup
from .text_headline import (bar_headline, below_title_bar, home_links, headline_tail, headline_text, kicker_field, layout_headline,
                            listed_headline, shown_near_top, text_title)

__all__ = ["Article", "strip_boilerplate"]


@dataclass(slots=True)
class Article:
    """A news page with the boilerplate taken off."""

    title: str = ""
    date: str = ""
    author: str = ""
    source: str = ""
    body: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)  # (text, reason)
    form: str = "text"  # "text" | "html" | "mhtml"
    warnings: list[str] = field(default_factory=list)
    encoding: str | None = None
    url: str = ""  # the page's canonical link (or og:url), or an MHTML archive's Content-Location

    def to_text(self) -> str:
        """The title, a blank line, then the paragraphs separated by blank lines."""
        parts = ([self.title] if self.title else []) + list(self.body)
        return "\n\n".join(parts) + "\n" if parts else ""

    def to_record(self, path: str | None = None) -> dict:
        """One JSON Lines document: ``text`` (:meth:`to_text`: the title, a blank line, the
        paragraphs separated by blank lines, a final newline, as zhtext's text commands leave
        it) and ``title``, ``date``, ``author``, ``source``, ``url``, ``path``."""
        return {"text": self.to_text(), "title": self.title, "date": self.date,
                "author": self.author, "source": self.source, "url": self.url, "path": path}

    def to_dict(self) -> dict:
        """The fields as JSON-ready values (``url`` aside: ``strip --format json`` keeps its keys)."""
        d = asdict(self)
        del d["url"]
        d["removed"] = [{"text": t, "reason": r} for t, r in self.removed]
        return d


def merged_lexicon(lexicons) -> CompiledLexicon:
    """The bundled lexicon plus ``lexicons`` (paths or :class:`Lexicon` objects), compiled."""
    paths, objects = [], []
    for lx in lexicons:
        (objects if isinstance(lx, Lexicon) else paths).append(lx)
    if not objects:
        return compiled(tuple(str(p) for p in paths))
    lex = bundled()
    for p in paths:
        lex = lex.merged(load_lexicon(p))
    for o in objects:
        lex = lex.merged(o)
    return lex.compile()


def strip_boilerplate(data: bytes | str, filename=None, *, lexicons=()) -> Article:
    """Extract the article from a saved page (plain text, HTML or MHTML).

    ``data`` is the raw file (bytes, decoded here with the encoding layer)
    or already-decoded text.  ``filename`` helps tell the form apart by its
    extension.  ``lexicons`` are extra phrase-list files (or
    :class:`~zhtext.converters.lexicon.Lexicon` objects) added to the
    bundled ones.
    """
    lex = merged_lexicon(lexicons)
    page = load_page(data, str(filename) if filename else None)
    warnings = page.warnings
    text = page.text
    meta: dict = {}
    page_title = ""
    opening = FrontMatter()  # the fields a text save opens with (none for a page)
    named_part = ""  # the headline part of the title they name
    if page.form == "html":
        parsed = html_blocks(text)
        blocks, meta, page_title = parsed.blocks, parsed.meta, parsed.title
        if parsed.truncated:
            warnings.append("page too large or malformed; only its first part was read")
    else:
        opening = front_matter(text)
        if opening.fields:
            # the save's opening fields are no text of the page; the title they name (its
            # headline part: a reader service's Title: is the page's <title>, the site's name
            # after it) stands first, as the title bar of a browser's text save does, when the
            # page does not show it near its top
            part = named_part = bar_headline(opening.title, home_links(opening.text))
            shown = part and shown_near_top(opening.text, opening.title)
            text = (part + "\n\n" if part and not shown else "") + opening.text
            meta = {"canonical": opening.url} if opening.url else {}
        if len(text) > MAX_TEXT_CHARS:
            text = text[:MAX_TEXT_CHARS]
            warnings.append(f"page too large; only its first {MAX_TEXT_CHARS} characters were read")
        blocks = text_blocks(text)
        if text.count("\n") >= MAX_TEXT_LINES or len(blocks) >= MAX_TEXT_LINES:  # (table cells count too)
            warnings.append(f"only the first {MAX_TEXT_LINES} lines were read")

    article = Article(form=page.saved_form, encoding=page.encoding, warnings=warnings,
                      url=meta.get("canonical") or meta.get("og:url") or page.location or "")
    extract(article, blocks, lex, page.form, page_title, meta, opening.title, named_part)
    article.date = article.date or opening.date
    article.author = article.author or opening.author
    return article


_LABEL_MAX = 8  # the longest label before a headline repeated on a reading bar (正在阅读：)


def _labelled(text: str, title: str) -> bool:
    """The headline after a short label and a colon (正在阅读：某某, a page's reading bar above
    the headline)."""
    label = text[:-len(title)].rstrip() if text.endswith(title) and len(text) > len(title) else ""
    return 2 <= len(label) <= _LABEL_MAX and label.endswith(("：", ":"))


_HEADER_TEXT = 200  # the most text of the page's header lines a region may open with above the headline


def _header_above(items: list[Item], start: int, title_idx: int) -> bool:
    """HTML: whether the region's lines above its headline are the page's header, not the
    article: short (under 200 characters with no drop reason in all), with a dropped line (a
    menu, a date row) between them and the headline."""
    own = sum(items[k].length for k in range(start, title_idx) if not items[k].reason)
    return own < _HEADER_TEXT and any(items[k].reason for k in range(start, title_idx))


def _deck_line(items: list[Item], title_idx: int) -> bool:
    """Whether the line under the headline is its heading's second line, kept (美研究﹕某某<br><br>
    疑西方傾倒毒廢料所致 自食惡果 in one ``<h1>``: a deck the ``<title>`` does not join to it)."""
    head, deck = items[title_idx].block, items[title_idx + 1]
    return (head.heading > 0 and not deck.reason and deck.block.path == head.path and deck.block.heading == head.heading
            and deck.length <= _DECK_MAX)


_DECK_MAX = 60  # the most characters of a deck


def _drop_repeated_title(items: list[Item], start: int, end: int, title_idx: int | None, title: str) -> None:
    """The headline repeated in the body (a line of its own, or broken over a few lines at the top)."""
    bare = "".join(title.split())
    for i in range(start, end + 1):
        if i != title_idx and not items[i].reason and (items[i].text == title or (
                title_idx is not None and i < title_idx and _labelled(items[i].text, title))):
            items[i].reason = TITLE
    run, joined = [], ""
    for i in range(start, min(end + 1, start + 8)):
        if i == title_idx or items[i].reason:
            continue
        joined += "".join(items[i].text.split())
        if not bare.startswith(joined):
            return
        run.append(i)
        if joined == bare:
            for j in run:
                items[j].reason = TITLE
            return


def extract(article: Article, blocks: list[Block], lex: CompiledLexicon, form: str,
            page_title: str, meta: dict, named_title: str = "", named_part: str = "") -> None:
    """Fill ``article`` from the blocks of a page read as ``form`` ("html" or "text");
    ``named_title``: the title a text save's opening fields name; ``named_part``: its headline part."""
    items = [Item.of(b) for b in blocks]
    spam_pieces: list[tuple[str, str]] = []
    segs = title_segments(page_title)
    if classify(items, lex, form, segs[0] if segs else "", spam_pieces):
        article.warnings.append("the article text is hidden (shown by a script?); kept it")
    if form == "text":
        drop_story_lists(items)
        drop_comment_rules(items)
        drop_profile_intro(items)
    drop_repeated_paragraphs(items, form)
    if form == "html":
        drop_post_chrome(items)
        if revive_remarks(items):
            article.warnings.append("the page's only text is marked as comments (a list of reviews?); kept them")
    for it in items:
        it.value = value_of(it)
    if form == "text":
        damp_headline_runs(items)
        lift_broken_prose(items)  # (after: such prose is no run of headlines)
        damp_markup(items)
        damp_linked_teasers(items)
        damp_latin_prose(items)
        damp_run_together(items)
        mark_at_bylines(items)
    damp_signed_remarks(items)
    damp_reply_lists(items)
    if form == "html":
        bridge_data_tables(items)
        bridge_thread(items)
        lift_verse(items)
    start, end = best_region(items)
    if form == "text":
        start, end = below_sole_heading(items, start, end)
    start, end = widen(items, start, end, form)
    if form == "html":
        start, end = record_table(items, start, end)
        start, end = reach_numbered_list(items, start, end)
    end = reach_announced_list(items, start, end)
    start = reach_numbered_sections(items, start, end)
    if form == "html":
        start = reach_over_inserts(items, start, end)
        start = reach_entry_summary(items, start, end)
        end = reach_past_tables(items, start, end)
        end = keep_notice_fields(items, start, end)
        start = reach_event_fields(items, start, end)
    if form == "text":
        start = below_byline(items, below_title_bar(items, start), end)
        start = below_headline_block(items, start, end)

    title_idx = None
    if form == "html":
        title_idx = pick_title(items, start, page_title, meta, lex)
        segs = [x for x in title_segments(meta.get("og:title") or meta.get("articletitle") or page_title)
                if not lex.spam_hits(x)]
        named = headline_part(segs)
        if title_idx is None and site_like(named):
            # the <title> matches no block and names only the site (网易娱乐, 显示,
            # blog.example.com): the headline by the layout, as in a text save
            title_idx = layout_headline(items, start, end)
        article.title = headline_text(items[title_idx]) if title_idx is not None else named
        if title_idx is not None:
            first, last = broken_headline(items, title_idx, page_title, meta)
            if first != last:  # (a headline broken over lines of its heading: one title)
                article.title = join_headline([headline_text(items[j]) for j in range(first, last + 1)], page_title, meta)
                for j in range(first, last + 1):
                    if j != title_idx:
                        items[j].reason = TITLE
        deck = title_deck(items, title_idx, page_title, meta) if title_idx is not None else None
        if deck is not None:
            items[deck].reason = TITLE  # (the <title> names it with the headline: no body line)
        start = reach_post_top(items, start, end, title_idx)
        if title_idx is not None and start == title_idx + 2 and _deck_line(items, title_idx):
            start = title_idx + 1  # (the deck a line break sets under the headline in its heading: a body line)
        if title_idx is not None and start < title_idx <= end and _header_above(items, start, title_idx):
            start = title_idx  # (the blog's tagline over its menu and the post's date row: no article text)
    elif end >= start:
        title_idx = text_title(items, start, named_title)
        if title_idx is not None:
            it = items[title_idx]
            article.title = headline_text(it)
            first, last = headline_tail(items, title_idx) if it.reason != META else (title_idx, title_idx)
            if first != last:  # (a headline a renderer broke over two lines)
                article.title = join_headline([items[first].text, items[last].text])
                items[last if first == title_idx else first].reason = TITLE
            if named_part and "".join(article.title.split()) == "".join(named_title.split()) != "".join(named_part.split()):
                article.title = named_part  # (the page's heading repeats the whole title bar, the site's name with it)
            article.title = without_site_tail(article.title)
            if 0 < title_idx and kicker_field(items, title_idx - 1, start):
                items[title_idx - 1].reason = TITLE  # (标题：<the kicker> over the headline: the save's field)
        else:
            article.title = listed_headline(items, start)  # (named only in a list of the section's stories)
    if title_idx is not None and start <= title_idx <= end:
        if title_idx == start:
            start += 1
        else:
            items[title_idx].reason = TITLE
    elif form == "html" and end < start and title_idx is not None:
        start, end = stub_under_headline(items, title_idx, start, end)  # (no region: a post of a line or two)

    if article.title:
        _drop_repeated_title(items, start, end, title_idx, article.title)
        rest, cut = spam_cut(article.title, lex)
        if cut:
            spam_pieces.extend((piece, SPAM) for piece in cut)
            article.title = rest

    read_metadata(article, items, title_idx, start, end, meta, page_title)
    for key in ("author", "source"):
        value = getattr(article, key)
        if value and lex.spam_hits(value):
            spam_pieces.append((value, SPAM))
            setattr(article, key, "")

    if form == "html":
        end = end_before_next_story(items, title_idx, start, end)
    answer = answer_region(items, start, end)
    if answer is not None:
        start, end = answer  # a question-and-answer page: the answer is the article
    cut_sections(items, start, end, form)
    if form == "text":
        drop_trailing_headlines(items, start, end)
    else:
        drop_link_box_heads(items, start, end)
    if form == "html":
        keep_introduced_links(items, start, end)
        start = keep_section_numbers(items, start, end)
    drop_author_notes(items, start, end)
    drop_closing_sources(items, start, end)
    keep_drawn_tables(items, start, end)

    body: list[str] = []
    removed: list[tuple[str, str]] = []
    for i, it in enumerate(items):
        if i == title_idx:
            continue
        if start <= i <= end and not it.reason:
            body.append(it.text)
        else:
            removed.append((it.block.text, it.reason or OUTSIDE))
    removed.extend(spam_pieces)
    if items and not body and not article.title and form == "text" and not spam_pieces \
            and not any(it.reason for it in items):
        # Nothing was boilerplate and nothing looked like an article: a short
        # document (a review, a note) is its own article and stays as it is.
        article.body, article.removed = [it.text for it in items], []
        return
    article.body = body
    article.removed = removed
    prose = sum(items[i].length for i in range(start, end + 1) if not items[i].reason and items[i].punct)
    if not body:
        article.warnings.append("nothing here looks like an article; nothing was kept")
    elif prose < 40 and removed:  # (nothing removed: the text is all article, however short)
        article.warnings.append("nothing here looks like an article; kept the best guess")
