"""The zhtext-typeset pre-commit hook, run by the real pre-commit on a content repository:
the first run typesets the prose of the files its pattern names, the second passes, and
code, links, other file kinds and every other byte stay as they were."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]

GUIDE = (
    "# 安装指南\n\n"
    "使用pip安装zhtext,然后运行`zhtext --help`查看帮助.\n\n"
    "详见[文档](docs/项目2.md)和https://example.com/a,b.\n\n"
    "```python\nprint(\"你好,world\")  # 注释:不变\n```\n"
)
GUIDE_FIXED = (
    "# 安装指南\n\n"
    "使用 pip 安装 zhtext，然后运行`zhtext --help`查看帮助。\n\n"
    "详见[文档](docs/项目2.md)和 https://example.com/a,b.\n\n"
    "```python\nprint(\"你好,world\")  # 注释:不变\n```\n"
)
NOTES = "今天开会(第3次),讨论了Python 3.12的升级.\n"
NOTES_FIXED = "今天开会（第 3 次），讨论了 Python 3.12 的升级。\n"
RST = "标题\n====\n\n用Sphinx写文档,很方便.\n"
RST_FIXED = "标题\n====\n\n用 Sphinx 写文档，很方便。\n"
UNTOUCHED = {
    "tool.py": "# 注释:用Python写的\nprint('你好,世界')\n",
    "config.yaml": "名称: 用Python,测试\n",
    "data.csv": "名称,数量\n苹果,3\n",
}


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def run_pre_commit(repo: Path, home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PRE_COMMIT", "GIT_"))}
    env["PRE_COMMIT_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"],
        cwd=repo, env=env, capture_output=True, text=True, timeout=600,
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_typeset_hook_fixes_prose_once(tmp_path):
    pytest.importorskip("pre_commit")
    hooks = {h["id"]: h for h in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    hook = dict(hooks["zhtext-typeset"])
    assert hook["entry"].startswith("zhtext typeset --in-place")
    hook.pop("description")
    hook.pop("minimum_pre_commit_version")
    hook["entry"] = f"{shlex.quote(sys.executable)} -m zhtext.cli {hook['entry'][len('zhtext '):]}"
    hook["language"] = "system"
    repo = tmp_path / "content"
    repo.mkdir()
    git(repo, "init", "-q")
    files = {"docs/guide.md": GUIDE, "notes.txt": NOTES, "docs/INDEX.RST": RST, **UNTOUCHED}
    for rel, text in files.items():
        (repo / rel).parent.mkdir(parents=True, exist_ok=True)
        (repo / rel).write_bytes(text.encode("utf-8"))
    config = yaml.safe_dump({"repos": [{"repo": "local", "hooks": [hook]}]}, allow_unicode=True, sort_keys=False)
    (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    git(repo, "add", "-A")

    first = run_pre_commit(repo, tmp_path / "home")
    assert first.returncode == 1, first.stdout + first.stderr
    assert "zhtext-typeset" in first.stdout and "files were modified by this hook" in first.stdout
    assert (repo / "docs/guide.md").read_text(encoding="utf-8") == GUIDE_FIXED
    assert (repo / "notes.txt").read_text(encoding="utf-8") == NOTES_FIXED
    assert (repo / "docs/INDEX.RST").read_text(encoding="utf-8") == RST_FIXED  # the pattern ignores case
    for rel, text in UNTOUCHED.items():
        assert (repo / rel).read_text(encoding="utf-8") == text, rel

    second = run_pre_commit(repo, tmp_path / "home")
    assert second.returncode == 0, second.stdout + second.stderr
