"""The real pre-commit, with every hook of this repository, over a content
repository that holds every kind of file a hook sees (issue 12).

Markdown with front matter, code, links, raw HTML and an anchor link; reST
with a literal block, a code directive and a link; GBK Python and HTML files
that declare their encoding; a .tsv with an empty last column; a patch
whose context line ends in a space; CMakeLists.txt and requirements.txt;
YAML; JSON; and a gitignored build folder.  The first run changes only
prose script, encodings together with their declarations, and whitespace
where the file's profile allows; the second run passes; every other byte
is as it was.  (The prose is typographically clean, so the typeset hook,
which runs too, has nothing to change; the YAML list in the front matter
keeps its ASCII comma.)
"""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_precommit import hook_definitions, make_repo, run_pre_commit

CONVERT_ARGS = ["-c", "s2tw"]

GUIDE_MD = """\
---
title: 简体标题
tags: [汉字, 简体]
---
# 安装说明

这是简体中文的说明，见[维基百科](https://zh.wikipedia.org/wiki/汉字 "汉字条目")与`pip install 汉字`。  
访问 例子.中国 或写信给 admin@例子.中国。

<span class="简体" title="提示">内联说明</span>

```python
print("简体字")   
```

[回到安装说明](#安装说明)
"""
GUIDE_EXPECTED = """\
---
title: 簡體標題
tags: [漢字, 簡體]
---
# 安裝說明

這是簡體中文的說明，見[維基百科](https://zh.wikipedia.org/wiki/汉字 "漢字條目")與`pip install 汉字`。  
訪問 例子.中国 或寫信給 admin@例子.中国。

<span class="简体" title="提示">內聯說明</span>

```python
print("简体字")   
```

[回到安裝說明](#安裝說明)
"""

API_RST = """\
接口说明
========

调用示例::

    client = 客户端("简体")   

.. code-block:: python

   print("简体")

参见 `官方网站 <https://例子.中国/文档>`_ 和 ``简体代码``。
"""
API_EXPECTED = """\
接口說明
========

調用示例::

    client = 客户端("简体")

.. code-block:: python

   print("简体")

參見 `官方網站 <https://例子.中国/文档>`_ 和 ``简体代码``。
"""

TOOL_PY = "# -*- coding: gbk -*-\nprint('你好，简体世界')\n"
PAGE_HTML = ('<html><head><meta charset="gb2312"><title>简体页面</title></head>\n'
             '<body><p>简体内容</p></body></html>\n')
TSV = "名称\t数量\t备注\n苹果\t3\t\n梨\t\t\n"
PATCH = "--- a/x.txt\n+++ b/x.txt\n@@ -1,2 +1,2 @@\n 上下文 \n-旧行\n+新行\n"
CMAKE = 'cmake_minimum_required(VERSION 3.10)\nproject(demo)\nif(WIN32)\n    message("简体信息")   \nendif()\n'
REQUIREMENTS = "requests>=2.31  \nclick>=8.1\n"
YAML_TEXT = "标题: 简体的配置\nitems:   \n  - 项目一\n"
JSON_TEXT = '{"名称": "简体", "列表": [1, 2]}\n'
BUILD = "简体输出  \n"

FILES = {
    "docs/guide.md": GUIDE_MD.encode("utf-8"),
    "docs/api.rst": API_RST.encode("utf-8"),
    "legacy/tool.py": TOOL_PY.encode("gbk"),
    "legacy/page.html": PAGE_HTML.encode("gbk"),
    "data/scores.tsv": TSV.encode("utf-8"),
    "fix.patch": PATCH.encode("utf-8"),
    "CMakeLists.txt": CMAKE.encode("utf-8"),
    "requirements.txt": REQUIREMENTS.encode("utf-8"),
    "config.yaml": YAML_TEXT.encode("utf-8"),
    "data.json": JSON_TEXT.encode("utf-8"),
    ".gitignore": b"build/\n",
}
EXPECTED = {
    "docs/guide.md": GUIDE_EXPECTED,
    "docs/api.rst": API_EXPECTED,
    # recoded, and the declarations with them; not converted (code and pages)
    "legacy/tool.py": TOOL_PY.replace("gbk", "utf-8"),
    "legacy/page.html": PAGE_HTML.replace("gb2312", "utf-8"),
    # whitespace is data here
    "data/scores.tsv": TSV,
    "fix.patch": PATCH,
    # code named .txt: trailing whitespace only, indentation and script kept
    "CMakeLists.txt": CMAKE.replace('")   \n', '")\n'),
    "requirements.txt": REQUIREMENTS.replace("  \n", "\n"),
    "config.yaml": YAML_TEXT.replace("items:   ", "items:"),
    "data.json": JSON_TEXT,
    ".gitignore": "build/\n",
}


def local_hooks() -> list[dict]:
    python = shlex.quote(sys.executable)
    hooks = []
    for hook_id, hook in hook_definitions().items():
        local = {k: v for k, v in hook.items() if k not in ("description", "minimum_pre_commit_version")}
        local["entry"] = f"{python} -m zhtext.cli {hook['entry'][len('zhtext '):]}"
        local["language"] = "system"
        if hook_id == "zhtext-convert":
            local["args"] = CONVERT_ARGS
        hooks.append(local)
    return hooks


@pytest.fixture
def content_repo(tmp_path: Path) -> Path:
    import yaml

    config = yaml.safe_dump({"repos": [{"repo": "local", "hooks": local_hooks()}]}, allow_unicode=True, sort_keys=False)
    repo = make_repo(tmp_path, config, FILES)
    (repo / "build").mkdir()
    (repo / "build" / "out.txt").write_bytes(BUILD.encode("utf-8"))
    return repo


def test_content_repository_first_run_fixes_only_what_it_may(content_repo, tmp_path):
    repo = content_repo
    config_before = (repo / ".pre-commit-config.yaml").read_bytes()
    first = run_pre_commit(repo, tmp_path / "home")
    assert first.returncode == 1, first.stdout + first.stderr
    for rel, text in EXPECTED.items():
        assert (repo / rel).read_bytes() == text.encode("utf-8"), rel
    assert (repo / ".pre-commit-config.yaml").read_bytes() == config_before
    assert (repo / "build" / "out.txt").read_bytes() == BUILD.encode("utf-8")
    # the rewritten Python file runs, and says what it is
    out = subprocess.run([sys.executable, str(repo / "legacy" / "tool.py")], capture_output=True)
    assert out.returncode == 0 and out.stdout.decode("utf-8").strip() == "你好，简体世界"
    second = run_pre_commit(repo, tmp_path / "home")
    assert second.returncode == 0, second.stdout + second.stderr


def _ignores_files() -> bool:
    """Whether folder walks follow .gitignore yet (issue 12, item 4: it comes with --no-ignore)."""
    import click

    from zhtext.cli.main import cli

    normalize = cli.get_command(click.Context(cli), "normalize")
    return any("--no-ignore" in p.opts for p in normalize.params)


@pytest.mark.xfail(not _ignores_files(), reason="folder walks honour .gitignore only with issue 12 item 4 (helper arch)",
                   strict=True)
def test_folder_walk_leaves_out_what_git_ignores(content_repo):
    """pre-commit passes only the files git tracks; a folder walk must agree with it."""
    out = subprocess.run([sys.executable, "-m", "zhtext.cli", "normalize", "--check", "-v", "."],
                         cwd=content_repo, capture_output=True, text=True)
    assert "out.txt" not in out.stdout + out.stderr


@pytest.mark.parametrize("hook_id", ["zhtext-convert", "zhtext-typeset"])
def test_prose_hooks_leave_out_every_code_name_of_the_minimal_profile(hook_id):
    import re

    from zhtext.converters.whitespace import NAME_RULES

    hook = hook_definitions()[hook_id]
    for pattern, profile, _kind in NAME_RULES:
        if profile == "minimal" and pattern.endswith(".txt"):
            sample = "docs/" + pattern.replace("*", "-dev")
            assert re.search(hook["exclude"], sample), sample
            assert re.search(hook["exclude"], sample.upper()), sample
    for prose in ("notes.txt", "docs/guide.txt", "requirement-notes.md", "NOTES.TXT"):
        assert not re.search(hook["exclude"], prose) and re.search(hook["files"], prose)
