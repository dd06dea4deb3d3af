"""Issue 12, the batch layer: what a content repository and a corpus need from the engine.

One test (at least) per item: ignore files, write modes from the command line
only, honest reports, case-insensitive hook patterns, documents as strings.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[2]
SIMPLIFIED = "汉字转换很有意思。\n"
TRADITIONAL = "漢字轉換很有意思。\n"


# -- item 8: the hooks' files: patterns are case-insensitive ---------------------


def test_hook_file_patterns_ignore_case():
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    patterns = [h["files"] for h in hooks if "files" in h]
    assert patterns, "no hook has a files: pattern"
    for pattern in patterns:
        for name in ("README.MD", "notes.TXT", "docs/Guide.Md", "a.txt"):
            assert re.search(pattern, name), (pattern, name)
        assert not re.search(pattern, "tool.py")


# -- item 5: write modes come from the command line only --------------------------


@pytest.mark.parametrize("key", ["in-place", "in_place", "check", "diff", "output"])
@pytest.mark.parametrize("where", ["top", "command"])
def test_a_write_mode_in_a_config_file_is_a_usage_error(tmp_path, monkeypatch, zhtext_cli, key, where):
    value = '"out"' if key == "output" else "true"
    body = f"{key} = {value}\n" if where == "top" else f"[convert]\n{key} = {value}\n"
    (tmp_path / ".zhtext.toml").write_text(body, encoding="utf-8")
    (tmp_path / "a.txt").write_text(SIMPLIFIED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ZHTEXT_NO_CONFIG", raising=False)
    result = zhtext_cli("convert", "-c", "s2t", "a.txt", catch_exceptions=True)
    assert result.exit_code == 2
    assert "write modes come from the command line only" in result.stderr and key in result.stderr
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == SIMPLIFIED  # never rewritten
    assert result.stdout == ""


def test_short_i_is_a_usage_error_that_names_in_place(tmp_path, zhtext_cli):
    path = tmp_path / "in.txt"
    path.write_text(SIMPLIFIED, encoding="utf-8")
    result = zhtext_cli("convert", "-c", "s2t", "-i", path, catch_exceptions=True)
    assert result.exit_code == 2
    assert "--in-place" in result.stderr and "plain arguments" in result.stderr
    assert path.read_text(encoding="utf-8") == SIMPLIFIED


@pytest.mark.parametrize("command", ["clean", "strip"])
@pytest.mark.parametrize("name", ["page.html", "saved/page.HTM", "archive.mht"])
def test_in_place_on_a_saved_page_is_a_usage_error_pointing_to_o(tmp_path, zhtext_cli, command, name):
    page = tmp_path / name
    page.parent.mkdir(parents=True, exist_ok=True)
    html = "<html><body><h1>标题</h1><p>" + "正文段落。" * 30 + "</p></body></html>"
    page.write_text(html, encoding="utf-8")
    result = zhtext_cli(command, "--in-place", tmp_path, catch_exceptions=True)
    assert result.exit_code == 2
    assert "-o FOLDER" in result.stderr and str(page) in result.stderr
    assert page.read_text(encoding="utf-8") == html


def test_in_place_on_a_plain_text_save_still_works(tmp_path, zhtext_cli):
    note = tmp_path / "note.txt"
    note.write_text("  标题\n\n  " + "正文段落。" * 30 + "  \n", encoding="utf-8")
    assert zhtext_cli("clean", "--in-place", note).exit_code in (0, 1)


# -- item 7: honest reports -------------------------------------------------------


def test_recode_diff_shows_the_encodings_and_says_would_change(tmp_path, zhtext_cli):
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(SIMPLIFIED.encode("gbk"))
    (tmp_path / "utf8.txt").write_text(SIMPLIFIED, encoding="utf-8")
    result = zhtext_cli("recode", "--diff", tmp_path)
    assert result.exit_code == 0
    assert f"--- a/{gbk}\t(gb18030)\n+++ b/{gbk}\t(utf-8)\n" in result.stdout
    assert "1 would change, 1 unchanged" in result.stderr and not re.search(r"\d changed", result.stderr)
    assert gbk.read_bytes() == SIMPLIFIED.encode("gbk")


def test_every_diff_summary_says_would_change(tmp_path, zhtext_cli):
    for i in range(2):
        (tmp_path / f"{i}.txt").write_text(SIMPLIFIED, encoding="utf-8")
    result = zhtext_cli("convert", "-c", "s2t", "--diff", tmp_path)
    assert "+" + TRADITIONAL in result.stdout
    assert "2 would change" in result.stderr


@pytest.mark.parametrize("command", [["convert", "-c", "s2t"], ["normalize"], ["recode"]])
def test_a_cut_final_character_is_one_warning_with_the_count(tmp_path, zhtext_cli, command):
    cut = tmp_path / "cut.txt"
    cut.write_bytes(("汉字转换很有意思" * 20).encode("gbk")[:-1])
    result = zhtext_cli(*command, cut)
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("zhtext: warning:")]
    assert warnings == [f"zhtext: warning: {cut}: 1 undecodable byte sequence(s) became U+FFFD "
                        "(the input ends inside a gb18030 character)"]


@pytest.mark.parametrize("command", [["convert", "-c", "s2t"], ["normalize"], ["recode"], ["clean"], ["strip"]])
def test_errors_replace_is_one_warning_with_the_count(tmp_path, zhtext_cli, command):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("第一行文字。\n".encode("utf-8") + b"\xff\xfe x \xff\n" + "第二行文字。\n".encode("utf-8"))
    result = zhtext_cli(*command, "--encoding", "utf-8", "--errors", "replace", bad)
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "U+FFFD" in line]
    assert warnings == [f"zhtext: warning: {bad}: 3 undecodable byte sequence(s) became U+FFFD (read as utf-8)"]


def test_a_streamed_input_counts_its_substitutions_too(tmp_path, monkeypatch, zhtext_cli):
    from zhtext.cli.batch import inputs

    monkeypatch.setattr(inputs, "STREAM_THRESHOLD", 100)
    monkeypatch.setattr(inputs, "BLOCK_BYTES", 64)
    big = tmp_path / "big.txt"
    big.write_bytes(("汉字转换很有意思。\n" * 50).encode("utf-8") + b"\xff\n" + "末行\n".encode("utf-8") + b"\xfe")
    result = zhtext_cli("convert", "-c", "s2t", "--encoding", "utf-8", "--errors", "replace", big)
    assert [line for line in result.stderr.splitlines() if "U+FFFD" in line] == [
        f"zhtext: warning: {big}: 2 undecodable byte sequence(s) became U+FFFD (read as utf-8)"]


def test_a_genuine_replacement_character_is_not_counted(tmp_path, zhtext_cli):
    path = tmp_path / "fffd.txt"
    path.write_text("这里本来就有\ufffd字符。\n", encoding="utf-8")
    result = zhtext_cli("convert", "-c", "s2t", "--errors", "replace", path)
    assert "warning" not in result.stderr


def test_json_output_escapes_undecodable_name_bytes_like_stderr(tmp_path, zhtext_cli):
    folder = tmp_path / "pages"
    folder.mkdir()
    name = b"\xff-page.html"
    html = "<html><head><title>标题</title></head><body><h1>标题</h1><p>" + "正文段落很长。" * 20 + "</p></body></html>"
    with open(bytes(folder) + b"/" + name, "wb") as fh:
        fh.write(html.encode("utf-8"))
    for args in (["strip", "--format", "json", folder], ["detect", "--json", folder]):
        result = zhtext_cli(*args)
        assert result.exit_code == 0, result.stderr
        line = result.stdout_bytes.decode("utf-8")  # strict: valid UTF-8
        assert "\\udcff-page.html" in line
        assert json.loads(line)["path"].endswith("\udcff-page.html")


@pytest.mark.parametrize("address", ["localhost", "tcp://127.0.0.1", "scheduler.example.org", "tcp://[::1]"])
def test_a_cluster_address_without_a_port_is_a_usage_error_at_once(tmp_path, zhtext_cli, address):
    (tmp_path / "a.txt").write_text(SIMPLIFIED, encoding="utf-8")
    result = zhtext_cli("convert", tmp_path / "a.txt", "--cluster", address, catch_exceptions=True)
    assert result.exit_code == 2
    assert "with its port" in result.stderr and "Traceback" not in result.stderr


def test_dask_log_lines_never_reach_zhtexts_stderr(tmp_path):
    pytest.importorskip("distributed")
    (tmp_path / "a.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SIMPLIFIED, encoding="utf-8")
    code = (
        "import logging, sys\n"
        "from zhtext.cli.main import main\n"
        "try:\n"
        f"    main(['convert', '-q', '--check', {str(tmp_path)!r}, '--cluster', 'local:1'])\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "logging.getLogger('distributed.client').warning(\"Couldn't gather 1 keys, rescheduling\")\n"
        "logging.getLogger('distributed.core').error('heartbeat: CommClosedError')\n"
        "print(code)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "ZHTEXT_NO_CONFIG": "1"})
    assert out.stdout.strip() == "1"
    assert "rescheduling" not in out.stderr and "CommClosedError" not in out.stderr
    assert "distributed" not in out.stderr, out.stderr


@pytest.mark.parametrize("command", ["clean", "strip"])
def test_undecodable_page_policy_is_the_same_in_help_readme_and_behaviour(tmp_path, zhtext_cli, command):
    page = tmp_path / "page.txt"
    page.write_bytes("标题\n\n".encode("utf-8") + ("正文段落很长。" * 20).encode("utf-8") + b"\xff\xfe\xff\n")
    result = zhtext_cli(command, page)
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if "U+FFFD" in line]
    assert len(warnings) == 1 and re.search(r"warning: .*page\.txt: \d+ undecodable byte sequence\(s\) became U\+FFFD",
                                            warnings[0]), result.stderr
    help_text = " ".join(zhtext_cli(command, "--help").output.split())
    assert "become U+FFFD, with a warning" in help_text and "fail the file" in help_text
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if "in a saved page (`clean`, `strip`)" in line)
    assert "becomes U+FFFD" in row and row.rstrip(" |").endswith("0 or 1")


# -- item 6: documents are strings, not files ---------------------------------------


def test_normalize_adds_no_final_newline_to_a_document(tmp_path, zhtext_cli):
    shard = tmp_path / "clean.jsonl"
    docs = [{"text": "第一篇 已经 干净"}, {"text": "第二篇\n有两行"}, {"text": "第三篇结尾有换行\n"}]
    data = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")
    shard.write_bytes(data)
    assert zhtext_cli("normalize", "--check", "--profile", "minimal", shard).exit_code == 0
    dirty = tmp_path / "dirty.jsonl"
    dirty.write_text(json.dumps({"text": "尾部有空格  "}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = zhtext_cli("normalize", dirty)
    assert json.loads(result.stdout) == {"text": "尾部有空格"}


def test_a_document_without_boilerplate_comes_out_of_clean_and_strip_unchanged(tmp_path, zhtext_cli):
    shard = tmp_path / "reviews.jsonl"
    docs = [{"id": 1, "text": "性价比高！"}, {"id": 2, "text": "房间很干净，早餐一般。\n"},
            {"id": 3, "text": "标题\n\n正文第一段。"}]
    shard.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    for command in ("clean", "strip"):
        result = zhtext_cli(command, shard)
        assert result.exit_code == 0, result.output
        assert [json.loads(line) for line in result.stdout.splitlines()] == docs
        assert "warning" not in result.stderr, result.stderr
    one = tmp_path / "note.txt"
    one.write_text("性价比高！\n", encoding="utf-8")
    result = zhtext_cli("clean", one)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "性价比高！\n", "")


def test_an_emptied_document_is_a_warning_and_under_strict_an_error(tmp_path, zhtext_cli):
    from zhtext.cli.processors.strip import StripProcessor

    shard = tmp_path / "reviews.jsonl"
    lines = [json.dumps({"id": 1, "text": ""}), json.dumps({"id": 2, "text": "   "}),
             json.dumps({"id": 3, "text": "导航 首页 新闻 体育 娱乐 财经 科技 | 版权所有 ICP备12345678号"})]
    shard.write_text("\n".join(lines) + "\n", encoding="utf-8")
    processor = StripProcessor()
    emptied = processor.process_document(json.loads(lines[2])["text"].encode("utf-8")).text.strip() == ""
    if not emptied:
        pytest.skip("strip keeps this text now; nothing to empty")
    result = zhtext_cli("strip", shard, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 0
    assert f"zhtext: warning: {shard}: line 3: the output is empty although the document has text" in result.stderr
    emptied_lines = re.findall(r"line (\d+): the output is empty", result.stderr)
    assert emptied_lines == ["3"]  # empty in, empty out is no finding
    strict = zhtext_cli("strip", "--strict", shard, "-o", tmp_path / "strict.jsonl")
    assert strict.exit_code == 3
    assert f"zhtext: error: {shard}: line 3: the output is empty although the document has text (--strict)" \
        in strict.stderr
    assert not (tmp_path / "strict.jsonl").exists()


# -- item 4: ignore files -------------------------------------------------------------


def git(*args, cwd, env=None):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=env)


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A content repository: ignored build output and logs beside prose to convert."""
    root = tmp_path / "repo"
    root.mkdir()
    global_ignore = tmp_path / "global-ignore"
    global_ignore.write_text("*.bak\n", encoding="utf-8")
    gitconfig = tmp_path / "gitconfig"
    gitconfig.write_text(f"[core]\n\texcludesFile = {global_ignore}\n", encoding="utf-8")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(gitconfig))
    monkeypatch.setenv("GIT_DIR", str(tmp_path / "elsewhere"))  # as in a hook: must not mislead the walk
    git("init", "-q", cwd=root, env={k: v for k, v in os.environ.items() if k != "GIT_DIR"})
    files = {
        "docs/guide.md": SIMPLIFIED,
        "docs/sub/notes.txt": SIMPLIFIED,
        "docs/sub/local.txt": SIMPLIFIED,  # ignored by docs/sub/.gitignore
        "build/out.txt": SIMPLIFIED,  # ignored by .gitignore (a folder)
        "run.log": SIMPLIFIED,  # ignored by .gitignore (a pattern)
        "secret.txt": SIMPLIFIED,  # ignored by .git/info/exclude
        "old.bak": SIMPLIFIED,  # ignored by the global excludes file
        "drafts/wip.txt": SIMPLIFIED,  # ignored by .zhtextignore
        "drafts/keep.txt": SIMPLIFIED,  # re-included by .zhtextignore
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / ".gitignore").write_text("build/\n*.log\n", encoding="utf-8")
    (root / "docs" / "sub" / ".gitignore").write_text("local.txt\n", encoding="utf-8")
    (root / ".git" / "info").mkdir(parents=True, exist_ok=True)
    (root / ".git" / "info" / "exclude").write_text("secret.txt\n", encoding="utf-8")
    (root / ".zhtextignore").write_text("drafts/*\n!drafts/keep.txt\n", encoding="utf-8")
    return root


def would_change(result) -> set[str]:
    return {line.split("would change ", 1)[1] for line in result.stderr.splitlines() if "would change " in line}


def test_a_walk_leaves_out_what_git_and_zhtextignore_ignore(repo, zhtext_cli):
    result = zhtext_cli("convert", "-c", "s2t", "--check", repo)
    assert result.exit_code == 1
    got = {str(Path(p).relative_to(repo)) for p in would_change(result)}
    assert got == {"docs/guide.md", "docs/sub/notes.txt", "drafts/keep.txt"}


def test_no_ignore_walks_everything_and_a_named_file_is_always_processed(repo, zhtext_cli):
    result = zhtext_cli("convert", "-c", "s2t", "--check", "--no-ignore", repo)
    assert len(would_change(result)) == 9
    named = zhtext_cli("convert", "-c", "s2t", repo / "build" / "out.txt")
    assert named.stdout == TRADITIONAL
    folder = zhtext_cli("convert", "-c", "s2t", "--check", repo / "build")  # an ignored folder, named
    assert would_change(folder) == {str(repo / "build" / "out.txt")}


def test_zhtextignore_works_outside_git_too(tmp_path, zhtext_cli):
    (tmp_path / "a.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "gen").mkdir()
    (tmp_path / "gen" / "b.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / ".zhtextignore").write_text("gen/\n", encoding="utf-8")
    result = zhtext_cli("convert", "-c", "s2t", "--check", "-v", tmp_path)
    assert would_change(result) == {str(tmp_path / "a.txt")}


@settings(max_examples=60, deadline=None)
@given(body=st.binary(max_size=400), cut=st.integers(min_value=1, max_value=97),
       encoding=st.sampled_from(["utf-8", "gb18030", "big5"]))
def test_streamed_and_whole_inputs_count_the_same_substitutions(body, cut, encoding):
    from zhtext.cli.processors.decoding import CountedBlocks, decode_input

    data = ("漢字開頭，" if encoding == "big5" else "汉字开头，").encode(encoding) + body
    text, _, whole = decode_input(data, encoding, "replace")
    counted = CountedBlocks(encoding, "replace")
    streamed = "".join(counted.texts(data[i:i + cut] for i in range(0, len(data), cut)))
    assert streamed == text

    def count(warnings):  # the count; the reason (cut or bad byte) is the encoding layer's verdict
        return [int(w.split()[0]) for w in warnings]

    assert count(counted.warnings()) == count(whole)
