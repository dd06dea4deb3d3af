"""``zhtext recode``: stdout, --check, --in-place, -o, streaming, failures."""

from __future__ import annotations

import codecs
import os

import pytest
from click.testing import CliRunner

from zhtext.cli.main import cli

GBK_TEXT = "配置文件里的中文注释，保存成了旧编码。\n"
BIG5_TEXT = "設定檔裡的中文註解，存成了舊編碼。\n"
HKSCS_TEXT = "呢份文件要喺星期五之前交返俾經理㗎。\n"


def invoke(*args, input=None):
    return CliRunner().invoke(cli, ["recode", *args], input=input)


@pytest.fixture
def tree(tmp_path):
    files = {
        "gbk.txt": GBK_TEXT.encode("gbk"),
        "docs/big5.md": BIG5_TEXT.encode("big5"),
        "docs/hk.txt": HKSCS_TEXT.encode("big5hkscs"),
        "docs/bom.txt": codecs.BOM_UTF8 + "带 BOM 的 UTF-8。\n".encode("utf-8"),
        "docs/wide.txt": "UTF-16 沒有 BOM\n".encode("utf-16-le"),
        "utf8.txt": "已经是 UTF-8。\n".encode("utf-8"),
        "logo.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    }
    for rel, data in files.items():
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return tmp_path


def test_one_file_to_stdout(tree):
    result = invoke(str(tree / "gbk.txt"))
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == GBK_TEXT.encode("utf-8")


def test_stdin_to_stdout():
    result = invoke("-", input=BIG5_TEXT.encode("big5"))
    assert result.exit_code == 0
    assert result.stdout_bytes == BIG5_TEXT.encode("utf-8")


def test_check_writes_nothing_and_exits_1(tree):
    before = {p: p.read_bytes() for p in tree.rglob("*") if p.is_file()}
    result = invoke("--check", str(tree))
    assert result.exit_code == 1
    assert {p: p.read_bytes() for p in tree.rglob("*") if p.is_file()} == before
    would = sorted(line.split("would change ")[1] for line in result.stderr.splitlines()
                   if line.startswith("would change"))
    names = sorted(os.path.relpath(p, tree) for p in would)
    assert names == ["docs/big5.md", "docs/bom.txt", "docs/hk.txt", "docs/wide.txt", "gbk.txt"]
    assert "logo.png" in result.stderr and "binary" in result.stderr


def test_check_is_clean_on_utf8(tree):
    result = invoke("--check", str(tree / "utf8.txt"))
    assert result.exit_code == 0


def test_in_place_rewrites_as_utf8_without_bom(tree):
    result = invoke("--in-place", str(tree))
    assert result.exit_code == 1, result.stderr
    assert (tree / "gbk.txt").read_bytes() == GBK_TEXT.encode("utf-8")
    assert (tree / "docs/big5.md").read_bytes() == BIG5_TEXT.encode("utf-8")
    assert (tree / "docs/hk.txt").read_bytes() == HKSCS_TEXT.encode("utf-8")
    assert (tree / "docs/bom.txt").read_bytes() == "带 BOM 的 UTF-8。\n".encode("utf-8")
    assert (tree / "docs/wide.txt").read_bytes() == "UTF-16 沒有 BOM\n".encode("utf-8")
    assert (tree / "logo.png").read_bytes().startswith(b"\x89PNG")  # skipped, untouched
    again = invoke("--check", str(tree))
    assert again.exit_code == 0  # nothing left to change


def test_output_folder_mirrors_the_tree(tree, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = invoke("-o", str(out), str(tree))
    assert result.exit_code == 0, result.stderr
    assert (out / "docs/big5.md").read_bytes() == BIG5_TEXT.encode("utf-8")
    assert (tree / "docs/big5.md").read_bytes() == BIG5_TEXT.encode("big5")


def test_forced_encoding(tree):
    result = invoke("--encoding", "big5", str(tree / "docs/big5.md"))
    assert result.stdout_bytes == BIG5_TEXT.encode("utf-8")
    result = invoke("--encoding", "no-such-codec", str(tree / "docs/big5.md"))
    assert result.exit_code == 2


def test_undecodable_fails_with_one_line(tree):
    bad = tree / "bad.txt"
    head = "UTF-8 开头。\n".encode("utf-8")
    bad.write_bytes(head + "然后是 GBK。\n".encode("gbk"))
    result = invoke("--check", str(bad), str(tree / "gbk.txt"))
    assert result.exit_code == 3
    (line,) = [l for l in result.stderr.splitlines() if "error" in l]
    with pytest.raises(UnicodeDecodeError) as info:
        bad.read_bytes().decode("utf-8")
    assert info.value.start >= len(head)  # GBK bytes may pass as UTF-8 for a moment
    assert "bad.txt" in line and "utf-8" in line and "gb18030" in line
    assert f"offset {info.value.start}" in line
    assert bad.read_bytes().startswith(head)
    # --errors replace goes on
    result = invoke("--errors", "replace", str(bad))
    assert result.exit_code == 0
    assert result.stdout_bytes.startswith(head) and "\ufffd".encode() in result.stdout_bytes


def test_cut_file_warns_and_writes_replacement(tree):
    cut = tree / "cut.txt"
    cut.write_bytes((BIG5_TEXT * 3).encode("big5").rstrip(b"\n")[:-1])
    result = invoke(str(cut))
    assert result.exit_code == 0
    assert result.stdout_bytes.decode("utf-8").endswith("\ufffd")
    assert "warning" in result.stderr and "U+FFFD" in result.stderr


def test_large_file_streams(tree, monkeypatch):
    from zhtext.cli.batch import inputs

    monkeypatch.setattr(inputs, "STREAM_THRESHOLD", 1000)
    monkeypatch.setattr(inputs, "BLOCK_BYTES", 300)
    text = BIG5_TEXT * 200
    big = tree / "big.txt"
    big.write_bytes(text.encode("big5"))
    from zhtext.cli.processors.recode import RecodeProcessor

    called = []
    original = RecodeProcessor.stream

    def spy(self, blocks, path):
        called.append(True)
        return original(self, blocks, path)

    monkeypatch.setattr(RecodeProcessor, "stream", spy)
    result = invoke("--in-place", str(big))
    assert result.exit_code == 1, result.stderr
    assert called
    assert big.read_bytes() == text.encode("utf-8")


def test_stream_method_recodes_blocks():
    from zhtext.cli.processors.recode import RecodeProcessor

    data = (GBK_TEXT * 50).encode("gbk")
    blocks = [data[i:i + 77] for i in range(0, len(data), 77)]  # cuts inside characters
    out = b"".join(RecodeProcessor().stream(iter(blocks), None))
    assert out == (GBK_TEXT * 50).encode("utf-8")


def test_processor_is_picklable():
    import pickle

    from zhtext.cli.processors.recode import RecodeProcessor

    proc = pickle.loads(pickle.dumps(RecodeProcessor("gbk", "replace")))
    assert proc.process("编码".encode("gbk"), None).text == "编码"
