"""The real pre-commit against this repository's hooks (.pre-commit-hooks.yaml).

A Traditional-script content repository with GBK, Big5 and UTF-8 files
(CRLF, trailing spaces, Simplified text) plus YAML, Python, a binary file
and the hook configuration itself: the first run fails and fixes the
prose, the second run passes, and nothing else is touched.

``test_hooks_from_this_repository`` runs the hook definitions as written
but with ``language: system`` and this interpreter (no install step);
``test_hooks_installed_by_pre_commit`` lets pre-commit clone this
repository at HEAD and pip-install it into its own environment, as a user's
``.pre-commit-config.yaml`` would (its dependencies come from PyPI).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import pre_commit  # noqa: F401  (the test extra installs it; it must run here, not skip)
import yaml  # a dependency of pre-commit

REPO = Path(__file__).resolve().parents[2]
HOOKS_FILE = REPO / ".pre-commit-hooks.yaml"
HOOK_IDS = ["zhtext-recode", "zhtext-normalize", "zhtext-convert"]
CONVERT_ARGS = ["-c", "s2tw"]

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"

YAML_TEXT = "标题: 简体字的配置\nitems:\n  - 项目一\n  -   缩进保留\n"
YAML_SAVED = YAML_TEXT.replace("items:", "items:   ")  # trailing spaces: the one thing to fix
PY_TEXT = "# 这是简体注释\ndef greet():\n    return '你好'\n"
CLEAN_TEXT = "這份文件已經是繁體。\n"

FILES = {
    # GBK, Simplified, trailing spaces
    "news/gbk.txt": "今天天气很好，我们一起去公园散步。  \n".encode("gbk"),
    # Big5, Traditional Markdown with a trailing space and no final newline
    "docs/big5.md": "# 標題\n\n這是一段繁體中文的說明。 \n\n- 第一項".encode("big5"),
    # UTF-8 with CRLF, trailing spaces and Simplified text in a Traditional repository
    "notes/crlf.txt": "学习中文很有意思。\t\r\n\r\n\r\n\r\n我们明天见。 \r\n".encode("utf-8"),
    # files the hooks have no business changing (beyond the trailing spaces in the YAML)
    "config.yaml": YAML_SAVED.encode("utf-8"),
    "tool.py": PY_TEXT.encode("utf-8"),
    "clean.txt": CLEAN_TEXT.encode("utf-8"),
    "logo.png": PNG,
}

EXPECTED = {
    "news/gbk.txt": "今天天氣很好，我們一起去公園散步。\n",
    "docs/big5.md": "# 標題\n\n這是一段繁體中文的說明。\n\n- 第一項\n",
    "notes/crlf.txt": "學習中文很有意思。\n\n我們明天見。\n",
}


def hook_definitions() -> dict:
    return {h["id"]: h for h in yaml.safe_load(HOOKS_FILE.read_text(encoding="utf-8"))}


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def make_repo(tmp_path: Path, config: str, files: dict[str, bytes] = FILES) -> Path:
    """A git work tree holding ``files`` and ``config`` as its pre-commit configuration, all staged."""
    repo = tmp_path / "content"
    repo.mkdir()
    git(repo, "init", "-q")
    git(repo, "config", "core.autocrlf", "false")
    for rel, data in files.items():
        p = repo / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    git(repo, "add", "-A")
    return repo


def run_pre_commit(repo: Path, home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PRE_COMMIT", "GIT_"))}
    env["PRE_COMMIT_HOME"] = str(home)
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files", "--show-diff-on-failure", "--color", "never"],
        cwd=repo, env=env, capture_output=True, timeout=900,
    )
    # the diff shows the GBK and Big5 bytes as they were: not UTF-8
    proc.stdout = proc.stdout.decode("utf-8", "replace")
    proc.stderr = proc.stderr.decode("utf-8", "replace")
    return proc


def check_two_runs(repo: Path, home: Path) -> None:
    config_before = (repo / ".pre-commit-config.yaml").read_bytes()
    first = run_pre_commit(repo, home)
    assert first.returncode == 1, first.stdout + first.stderr
    for hook in HOOK_IDS:
        assert hook in first.stdout
    assert "files were modified by this hook" in first.stdout
    for rel, text in EXPECTED.items():
        assert (repo / rel).read_bytes() == text.encode("utf-8"), rel
    # what the hooks have no business changing
    assert (repo / "config.yaml").read_text(encoding="utf-8") == YAML_TEXT  # no conversion, indentation kept
    assert (repo / "tool.py").read_bytes() == PY_TEXT.encode("utf-8")
    assert (repo / "clean.txt").read_bytes() == CLEAN_TEXT.encode("utf-8")
    assert (repo / "logo.png").read_bytes() == PNG
    assert (repo / ".pre-commit-config.yaml").read_bytes() == config_before
    second = run_pre_commit(repo, home)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "Failed" not in second.stdout


def test_hooks_from_this_repository(tmp_path):
    """The hook definitions as written, run with this interpreter (no install)."""
    python = shlex.quote(sys.executable)
    hooks = []
    for hook_id, hook in hook_definitions().items():
        entry = hook["entry"]
        assert entry.startswith("zhtext ")
        local = {k: v for k, v in hook.items() if k not in ("description", "minimum_pre_commit_version")}
        local["entry"] = f"{python} -m zhtext.cli {entry[len('zhtext '):]}"
        local["language"] = "system"
        if hook_id == "zhtext-convert":
            local["args"] = CONVERT_ARGS
        hooks.append(local)
    config = yaml.safe_dump({"repos": [{"repo": "local", "hooks": hooks}]}, allow_unicode=True, sort_keys=False)
    repo = make_repo(tmp_path, config)
    check_two_runs(repo, tmp_path / "pre-commit-home")


def _head_of_this_repository() -> str | None:
    if shutil.which("git") is None or not (REPO / ".git").exists():
        return None
    out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True)
    return out.stdout.strip() if out.returncode == 0 else None


def test_hooks_installed_by_pre_commit(tmp_path):
    """pre-commit clones this repository at HEAD and pip-installs it, as for a user."""
    head = _head_of_this_repository()
    if head is None:
        pytest.skip("not a git checkout of zhtext")
    committed = subprocess.run(["git", "cat-file", "-e", f"{head}:.pre-commit-hooks.yaml"], cwd=REPO)
    if committed.returncode != 0:
        pytest.skip(".pre-commit-hooks.yaml is not committed yet")
    hooks = [{"id": h} for h in HOOK_IDS]
    hooks[-1]["args"] = CONVERT_ARGS
    config = yaml.safe_dump({"repos": [{"repo": str(REPO), "rev": head, "hooks": hooks}]}, sort_keys=False)
    repo = make_repo(tmp_path, config)
    # A cache shared between runs of the tests: the install happens once per HEAD.
    home = Path(os.environ.get("ZHTEXT_TEST_PRE_COMMIT_HOME", Path.home() / ".cache" / "zhtext-test-pre-commit"))
    check_two_runs(repo, home)


def test_readme_shows_every_hook():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for hook_id in hook_definitions():
        assert f"id: {hook_id}" in readme, hook_id
