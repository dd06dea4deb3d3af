"""reStructuredText: what stays and what is prose.

Kept:

* literal blocks: the indented block after a paragraph ending in ``::``
  (or a line that is only ``::``), and the ``::`` itself;
* code and verbatim directives, whole (marker, arguments, options, content):
  ``code-block``, ``code``, ``sourcecode``, ``literalinclude``, ``include``,
  ``raw``, ``math``, ``highlight``, ``toctree``, ``csv-table`` with
  ``:file:``/``:url:`` aside (its content is prose), ``only``/``ifconfig``
  expressions, ``automodule`` and other ``auto*`` directives, ``py:*`` and
  other domain directives;
* every other directive's marker ``.. name::``, its options (``:name:
  value``, except the text of ``:alt:``, ``:caption:`` and ``:title:``) and,
  for ``image``/``figure``, its argument (a path or URL); the arguments of
  other directives (``.. note:: 标题``) and their content are prose;
* comments (``..`` followed by text that is not a directive, target,
  footnote or substitution definition), with their indented continuation;
* hyperlink targets ``.. _name: url`` and ``.. __: url``, internal targets
  ``.. _name:``, footnote and citation labels, and the references to a
  target defined so in the same file (```name`_``, ``name_``);
* inline literals ````code````; interpreted text and roles
  (``:role:`content```), except the prose roles (``:emphasis:``,
  ``:strong:``, ``:sub:``, ``:sup:``, ``:abbr:``, ``:title-reference:``,
  ``:guilabel:``, ``:menuselection:``, ``:term:``, since a glossary term
  is prose where it is defined) and the *text* of ``text <target>`` forms;
  the ``<url>`` of ```text <url>`_``; substitution references ``|name|``;
  footnote and citation references ``[1]_``.

A reference whose name no explicit target of the file defines (```安装`_``
pointing at a section title, or at the text of an embedded-URI reference)
and an anonymous reference (```text`__``) are prose: they are converted
exactly as the title or text they name, so they keep finding it.

Section titles, paragraphs, lists, tables, field values and directive
content are prose.  ``.. zhtext: off`` ... ``.. zhtext: on`` (comments)
keeps everything between.
"""

from __future__ import annotations

import re

__all__ = ["DIRECTIVE", "VERBATIM_DIRECTIVES", "PROSE_ROLES", "kept_ranges"]

DIRECTIVE = re.compile(r"(?m)^[ \t]*\.\.[ \t]+(?:zhtext|ZHTEXT):[ \t]*(?P<state>(?i:off|on))[ \t]*\r?$")

VERBATIM_DIRECTIVES = frozenset({
    "code-block", "code", "sourcecode", "literalinclude", "include", "raw", "math",
    "highlight", "toctree", "only", "ifconfig", "parsed-literal", "graphviz", "digraph",
    "graph", "uml", "mermaid", "doctest", "testcode", "testoutput", "testsetup",
    "testcleanup", "ipython", "jupyter-execute", "program-output", "command-output",
    "index", "default-role", "role", "currentmodule", "module", "automodule",
})
PATH_DIRECTIVES = frozenset({"image", "figure"})
PROSE_OPTIONS = ("alt", "caption", "title")
PROSE_ROLES = frozenset({
    "emphasis", "strong", "sub", "sup", "subscript", "superscript", "abbr",
    "title-reference", "title", "t", "guilabel", "menuselection",
    # a glossary term is prose where it is defined, so it is prose where it is used
    "term",
})

# an explicit markup start: ".. " at some indentation
_EXPLICIT = re.compile(
    r"""(?m)^(?P<indent>[ \t]*)\.\.(?:[ \t]+|(?=\r?$))
    (?:
        (?P<target>_[^\n]*|__:[^\n]*)                               # hyperlink target
      | (?P<note>\[[^\]\n]+\])                                      # footnote / citation
      | (?P<subst>\|[^|\n]+\|[ \t]+)(?P<sname>[\w:+.-]+)::[^\S\n]*(?P<sargs>[^\n]*)   # substitution definition
      | (?P<dname>[\w:+.-]+)::(?!\S)[^\S\n]*(?P<args>[^\n]*)          # directive
      | (?P<comment>[^\n]*)                                         # comment
    )""",
    re.X,
)
# a line ending a paragraph with "::" (the literal block follows)
_LITERAL_MARK = re.compile(r"(?m)::[ \t]*\r?$")
_OPTION = re.compile(r"(?m)^[ \t]+:(?P<name>[^:\n]+):(?:[ \t]+(?P<value>[^\n]*?))?[ \t]*\r?$")
_BLANK_LINE = re.compile(r"[ \t\r]*\n")

_INLINE = re.compile(
    r"""
      (?P<literal>(?<![A-Za-z0-9`])``(?!\s)(?:[^`\n]|`(?!`)|\n(?![ \t\r]*\n))*?(?<!\s)``(?![A-Za-z0-9`]))
    | (?P<role>(?<![A-Za-z0-9`]):(?P<rname>[\w+.-]+(?::[\w+.-]+)*):`(?P<rbody>(?:[^`\\\n]|\\.|\n(?![ \t\r]*\n))+)`(?!\w))
    | (?P<ref>(?<![A-Za-z0-9`])`(?P<body>(?!\s)(?:[^`\\\n]|\\.|\n(?![ \t\r]*\n))+?)`(?::(?P<rafter>[\w+.-]+):|__?)?(?![A-Za-z0-9`]))
    | (?P<subref>(?<![\w|])\|(?!\s)[^|\n]+(?<!\s)\|(?:__?)?(?![\w|]))
    | (?P<fnref>\[(?:\#[\w-]*|\*|\d+|[\w.-]+)\]_(?!\w))
    | (?P<simple>(?<![\w`:/.+-])[A-Za-z0-9\u3400-\u9fff][\w.+-]{0,63}__?(?![\w`]))
    """,
    re.X,
)
_TARGET_NAME = re.compile(r"_(?:`(?P<quoted>(?:[^`\\]|\\.)+)`|(?P<plain>(?:[^:\\]|\\.)+)):")
_TEXT_TARGET = re.compile(r"(?s)(?P<text>.*?)(?P<target>\s*<[^<>]+>)\Z")


def _block_end(text: str, start: int, indent: int) -> int:
    """End of the lines after ``start`` (a line start) indented more than
    ``indent`` columns, blank lines between them included, trailing blank
    lines not."""
    n = len(text)
    pos = start
    end = start
    while pos < n:
        eol = text.find("\n", pos)
        eol = n if eol < 0 else eol + 1
        line = text[pos:eol]
        if line.strip():
            if len(line) - len(line.lstrip(" \t")) <= indent:
                break
            end = eol
        pos = eol
    return end


def _next_line(text: str, pos: int) -> int:
    eol = text.find("\n", pos)
    return len(text) if eol < 0 else eol + 1


def _width(s: str) -> int:
    return len(s.expandtabs(8))


def _name_key(name: str) -> str:
    """A reference name as docutils compares them: case and runs of
    whitespace do not count."""
    return " ".join(name.split()).casefold()


def _explicit(text: str, found: list, targets: set) -> None:
    for m in _EXPLICIT.finditer(text):
        indent = _width(m.group("indent"))
        line_end = _next_line(text, m.start())
        block_end = max(line_end, _block_end(text, line_end, indent))
        if m.group("target") is not None or m.group("comment") is not None:
            found.append((m.start(), block_end))
            target = _TARGET_NAME.match(m.group("target") or "")
            if target:
                targets.add(_name_key(target.group("quoted") or target.group("plain")))
        elif m.group("note") is not None:
            found.append((m.start(), m.end("note")))
        else:
            subst = m.group("subst") is not None
            name = (m.group("sname") if subst else m.group("dname")).lower()
            args = "sargs" if subst else "args"
            if name in VERBATIM_DIRECTIVES or name.startswith("auto") or ":" in name:
                found.append((m.start(), block_end))
                continue
            found.append((m.start(), m.start(args)))
            if name in PATH_DIRECTIVES:
                found.append(m.span(args))
            # options: the lines right after the marker that look like fields
            pos = line_end
            while pos < block_end:
                opt = _OPTION.match(text, pos)
                if opt is None:
                    break
                if opt.group("name").strip().lower() in PROSE_OPTIONS and opt.group("value"):
                    found.append((opt.start(), opt.start("value")))
                    found.append((opt.end("value"), opt.end()))
                else:
                    found.append(opt.span())
                pos = _next_line(text, opt.end())


def _literal_blocks(text: str, found: list) -> None:
    for m in _LITERAL_MARK.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start:m.start()]
        if line.lstrip().startswith(".."):
            continue  # a directive, handled above
        # the "::" is kept (it renders as ":" or nothing)
        found.append((m.start(), m.start() + 2))
        indent = _width(line[: len(line) - len(line.lstrip(" \t"))])
        pos = _next_line(text, m.start())
        blank = _BLANK_LINE.match(text, pos)
        if blank is None:
            continue  # no blank line: not a literal block
        while blank is not None:
            pos = blank.end()
            blank = _BLANK_LINE.match(text, pos)
        end = _block_end(text, pos, indent)
        if end > pos:
            found.append((pos, end))
        else:
            # quoted literal block: unindented lines starting with the same punctuation
            q = re.match(r"""[!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~]""", text[pos:pos + 1])
            if q:
                quoted = re.compile(rf"(?m)(?:^{re.escape(q.group())}[^\n]*(?:\n|\Z))+")
                qm = quoted.match(text, pos)
                found.append(qm.span())


def _inline(text: str, found: list, targets: set) -> None:
    for m in _INLINE.finditer(text):
        kind = m.lastgroup
        if kind == "role":
            body_s, body_e = m.span("rbody")
            found.append((m.start(), body_s))
            found.append((body_e, m.end()))
            if m.group("rname").lower() not in PROSE_ROLES:
                tt = _TEXT_TARGET.match(m.group("rbody"))
                if tt is None or not tt.group("text").strip():
                    found.append((body_s, body_e))
                else:
                    found.append((body_s + tt.start("target"), body_e))
        elif kind == "ref":
            body_s, body_e = m.span("body")
            rafter = m.group("rafter")
            suffix = text[body_e + 1:m.end()]
            tt = _TEXT_TARGET.match(m.group("body"))
            if rafter and rafter.lower() in PROSE_ROLES:
                found.append((m.start(), body_s))
                found.append((body_e, m.end()))
            elif suffix.startswith("_") and tt is not None and tt.group("text").strip():
                found.append((m.start(), body_s))
                found.append((body_s + tt.start("target"), m.end()))
            elif suffix.startswith("_") and (suffix == "__" or _name_key(m.group("body")) not in targets):
                # a reference to a section title, to the text of an embedded
                # URI, or anonymous: prose, converted as its target is
                found.append((m.start(), body_s))
                found.append((body_e, m.end()))
            else:
                found.append(m.span())
        elif kind == "simple":
            name = m.group().rstrip("_")
            if _name_key(name) in targets:
                found.append(m.span())
            else:
                found.append((m.start() + len(name), m.end()))
        else:
            found.append(m.span())


def kept_ranges(text: str) -> list[tuple[int, int]]:
    """The kept ranges of a reStructuredText document."""
    found: list[tuple[int, int]] = []
    targets: set[str] = set()
    _explicit(text, found, targets)
    _literal_blocks(text, found)
    _inline(text, found, targets)
    return found
