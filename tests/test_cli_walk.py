"""Walking inputs: folders, hidden and VCS entries, binary files, globs, symlinks."""

from __future__ import annotations

from pathlib import Path

from cli_processors import Upper, run_options
from zhtext.cli.batch.inputs import iter_inputs, looks_binary
from zhtext.cli.batch.run import run


def make_tree(root: Path) -> None:
    files = {
        "a.txt": "甲 alpha\n",
        "notes/b.md": "乙 beta\n",
        "notes/deep/c.txt": "丙 gamma\n",
        "notes/deep/deeper/d.txt": "丁 delta\n",
        ".hidden.txt": "隐藏\n",
        ".cache/e.txt": "缓存\n",
        ".git/config": "[core]\n",
        ".hg/store": "x\n",
        "vendor/lib.js": "var x = 1;\n",
        "build/out.txt": "生成\n",
    }
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def rels(root: Path, **kw) -> list[str]:
    skipped = []
    found = [i.relative.as_posix() for i in iter_inputs((str(root),), on_skip=lambda n, r: skipped.append((n, r)), **kw)]
    return found


def test_nested_walk_is_sorted_and_skips_hidden_and_vcs(tmp_path):
    make_tree(tmp_path)
    assert rels(tmp_path) == [
        "a.txt", "image.png", "build/out.txt", "notes/b.md", "notes/deep/c.txt",
        "notes/deep/deeper/d.txt", "vendor/lib.js",
    ]


def test_hidden_flag_walks_hidden_entries_but_never_vcs_folders(tmp_path):
    make_tree(tmp_path)
    found = rels(tmp_path, hidden=True)
    assert ".hidden.txt" in found and ".cache/e.txt" in found
    assert not any(r.startswith((".git/", ".hg/")) for r in found)


def test_excludes_files_folders_and_any_depth(tmp_path):
    make_tree(tmp_path)
    assert "vendor/lib.js" not in rels(tmp_path, exclude=("vendor/",))
    assert "build/out.txt" not in rels(tmp_path, exclude=("build",))
    found = rels(tmp_path, exclude=("*.txt",))
    assert found == ["image.png", "notes/b.md", "vendor/lib.js"]
    assert rels(tmp_path, exclude=("**/deeper",)) == [
        "a.txt", "image.png", "build/out.txt", "notes/b.md", "notes/deep/c.txt", "vendor/lib.js",
    ]
    assert "notes/deep/c.txt" not in rels(tmp_path, exclude=("notes/deep/*",))


def test_includes_select_walked_files(tmp_path):
    make_tree(tmp_path)
    assert rels(tmp_path, include=("*.md",)) == ["notes/b.md"]
    assert rels(tmp_path, include=("notes/*.txt",)) == ["notes/deep/c.txt", "notes/deep/deeper/d.txt"]


def test_exclude_also_applies_to_files_named_directly(tmp_path, monkeypatch):
    make_tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    got = [i.display for i in iter_inputs(("vendor/lib.js", "a.txt"), exclude=("vendor/*",))]
    assert got == ["a.txt"]


def test_symlink_loop_and_links_out_of_the_folder(tmp_path):
    root = tmp_path / "root"
    make_tree(root)
    outside = tmp_path / "outside.txt"
    outside.write_text("外面\n", encoding="utf-8")
    (root / "notes" / "deep" / "loop").symlink_to("../..", target_is_directory=True)
    (root / "self").symlink_to(".", target_is_directory=True)
    (root / "escape.txt").symlink_to(outside)
    (root / "inner-link.txt").symlink_to("a.txt")
    (root / "dangling.txt").symlink_to("nowhere.txt")
    skipped = []
    found = [i.relative.as_posix() for i in iter_inputs((str(root),), on_skip=lambda n, r: skipped.append((Path(n).name, r)))]
    assert "inner-link.txt" in found
    assert not any("loop" in f or f.startswith("self/") for f in found)
    assert "escape.txt" not in found
    assert ("escape.txt", "symlink points outside the folder") in skipped
    assert ("dangling.txt", "broken symlink") in skipped


def test_in_place_through_a_symlink_keeps_the_link_and_does_the_file_once(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("abc\n", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to("a.txt")
    code = run((str(tmp_path),), Upper(), run_options(in_place=True, jobs=1))
    assert code == 1
    assert (tmp_path / "link.txt").is_symlink()
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "ABC\n"
    assert capsys.readouterr().err.count("fixed") == 1


def test_binary_files_are_skipped_and_reported(tmp_path, capsys):
    make_tree(tmp_path)
    code = run((str(tmp_path),), Upper(), run_options(check=True, jobs=1))
    err = capsys.readouterr().err
    assert f"zhtext: skipped {tmp_path / 'image.png'}: binary file (contains NUL bytes)" in err
    assert "1 skipped" in err
    assert code == 1


def test_binary_sniffing_rules():
    assert looks_binary(b"abc\x00def")
    assert not looks_binary("中文".encode("utf-8"))
    assert not looks_binary("中文".encode("utf-16"))  # BOM: UTF-16 text, not binary
    assert not looks_binary(b"a" * 9000 + b"\x00")  # only the first block is looked at


def test_missing_input_is_one_line_and_the_others_still_run(tmp_path, capsys):
    (tmp_path / "ok.txt").write_text("fine\n", encoding="utf-8")
    code = run((str(tmp_path / "missing.txt"), str(tmp_path / "ok.txt")), Upper(),
               run_options(in_place=True, jobs=1))
    err = capsys.readouterr().err
    assert code == 3
    assert f"zhtext: error: {tmp_path / 'missing.txt'}: No such file or directory" in err.splitlines()
    assert (tmp_path / "ok.txt").read_text(encoding="utf-8") == "FINE\n"


def test_stdin_dash(monkeypatch, capsys):
    import io
    import sys

    class FakeStdin:
        buffer = io.BytesIO("小写 abc\n".encode("utf-8"))

    monkeypatch.setattr(sys, "stdin", FakeStdin)
    assert run(("-",), Upper(), run_options()) == 0
    assert capsys.readouterr().out == "小写 ABC\n"
