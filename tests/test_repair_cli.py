"""``zhtext repair`` and ``detect``'s mojibake field: exact reversals, notes when bytes are gone,
clean files untouched, every output mode."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from zhtext.cli.main import cli

ORIGINAL = "这是我们的配置说明，请在下周一之前检查。\n"
ORIGINAL_LATIN = "Les élèves ont rendu leurs devoirs à l'heure.\n"


def garble(text: str, codec: str) -> str:
    """UTF-8 bytes of ``text`` read with ``codec``, as a wrong editor shows (and saves) them."""
    return text.encode("utf-8").decode(codec)


GBK_MOJIBAKE = garble("这是测试数据\n", "gbk")
CP1252_MOJIBAKE = garble(ORIGINAL_LATIN, "cp1252")


def invoke(*args, input=None):
    return CliRunner().invoke(cli, ["repair", *args], input=input)


@pytest.fixture
def tree(tmp_path):
    files = {
        "gbk-mojibake.txt": GBK_MOJIBAKE.encode("utf-8"),
        "docs/latin-mojibake.md": CP1252_MOJIBAKE.encode("utf-8"),
        "docs/clean.txt": ORIGINAL.encode("utf-8"),
        "docs/clean-gbk.txt": ORIGINAL.encode("gbk"),
        "docs/japanese.txt": "今日は雨が降っています。\n".encode("utf-8"),
        "lost.txt": ("锟斤拷锟斤拷" + GBK_MOJIBAKE).encode("utf-8"),
    }
    for rel, data in files.items():
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return tmp_path


def test_one_file_to_stdout(tree):
    result = invoke(str(tree / "gbk-mojibake.txt"))
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes.decode("utf-8") == "这是测试数据\n"


def test_stdin_to_stdout():
    result = invoke("-", input=CP1252_MOJIBAKE.encode("utf-8"))
    assert result.exit_code == 0
    assert result.stdout_bytes.decode("utf-8") == ORIGINAL_LATIN


def test_check_names_the_garbled_files_and_writes_nothing(tree):
    before = {p: p.read_bytes() for p in tree.rglob("*") if p.is_file()}
    result = invoke("--check", str(tree))
    assert result.exit_code == 1
    assert {p: p.read_bytes() for p in tree.rglob("*") if p.is_file()} == before
    would = sorted(line.split("would change ")[1].replace(str(tree), "").lstrip("/\\")
                   for line in result.stderr.splitlines() if line.startswith("would change"))
    assert would == ["docs/latin-mojibake.md", "gbk-mojibake.txt"]


def test_in_place_repairs_and_leaves_the_rest_byte_for_byte(tree):
    clean = {rel: (tree / rel).read_bytes() for rel in ("docs/clean.txt", "docs/clean-gbk.txt",
                                                        "docs/japanese.txt", "lost.txt")}
    result = invoke("--in-place", str(tree))
    assert result.exit_code == 1, result.stderr
    assert (tree / "gbk-mojibake.txt").read_text("utf-8") == "这是测试数据\n"
    assert (tree / "docs/latin-mojibake.md").read_text("utf-8") == ORIGINAL_LATIN
    for rel, data in clean.items():
        assert (tree / rel).read_bytes() == data, rel  # a GBK file with no mojibake keeps its bytes
    again = invoke("--check", str(tree))
    assert again.exit_code == 0  # nothing left to repair


def test_bytes_gone_is_one_warning_and_no_change(tree):
    result = invoke("--check", str(tree / "lost.txt"))
    assert result.exit_code == 0
    notes = [line for line in result.stderr.splitlines() if "lost.txt" in line]
    assert len(notes) == 1 and "warning" in notes[0] and "bytes are gone" in notes[0] and "锟斤拷" in notes[0]


def test_diff_and_output_folder(tree, tmp_path_factory):
    result = invoke("--diff", str(tree / "gbk-mojibake.txt"))
    assert "-" + GBK_MOJIBAKE.rstrip("\n") in result.stdout and "+这是测试数据" in result.stdout
    out = tmp_path_factory.mktemp("out")
    result = invoke("-o", str(out), str(tree))
    assert result.exit_code == 0, result.stderr
    assert (out / "gbk-mojibake.txt").read_text("utf-8") == "这是测试数据\n"
    assert (out / "docs/clean.txt").read_text("utf-8") == ORIGINAL


def test_unknown_encoding_is_a_usage_error(tree):
    assert invoke("--encoding", "no-such-codec", str(tree / "lost.txt")).exit_code == 2


def test_detect_json_names_the_mojibake(tree):
    result = CliRunner().invoke(cli, ["detect", "--json", str(tree)])
    assert result.exit_code == 0, result.output
    rows = {json.loads(l)["path"].replace(str(tree), "").lstrip("/\\"): json.loads(l)
            for l in result.output.splitlines() if l.strip()}
    assert rows["gbk-mojibake.txt"]["mojibake"] == {"text_was": "utf-8", "read_as": "gbk"}
    assert rows["docs/latin-mojibake.md"]["mojibake"] == {"text_was": "utf-8", "read_as": "cp1252"}
    for clean in ("docs/clean.txt", "docs/clean-gbk.txt", "docs/japanese.txt"):
        assert rows[clean]["mojibake"] is None, clean
    # garbled, but bytes are gone: named, and repair leaves it alone
    assert rows["lost.txt"]["mojibake"] == {"text_was": "utf-8", "read_as": "gbk", "bytes_lost": True}


def test_detect_plain_line_mentions_the_mojibake(tree):
    result = CliRunner().invoke(cli, ["detect", str(tree / "gbk-mojibake.txt")])
    assert "mojibake (utf-8 read as gbk)" in result.output


def test_detect_streamed_input_names_the_mojibake(tree):
    from zhtext.converters.inspection import examine_blocks

    data = (GBK_MOJIBAKE * 20).encode("utf-8")
    fields = examine_blocks(data[i:i + 7] for i in range(0, len(data), 7))
    assert fields["mojibake"] == {"text_was": "utf-8", "read_as": "gbk"}


def test_json_lines_documents_are_repaired_one_by_one(tmp_path):
    shard = tmp_path / "corpus.jsonl"
    docs = [{"id": 1, "text": GBK_MOJIBAKE}, {"id": 2, "text": ORIGINAL}]
    shard.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    result = invoke(str(shard))
    assert result.exit_code == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert out == [{"id": 1, "text": "这是测试数据\n"}, {"id": 2, "text": ORIGINAL}]
