"""Nothing is written outside the output folder or the file being rewritten,
and parsing a page touches neither the network nor the file system.

The file-system checks run the real command in a child process and compare
a snapshot of everything under a scratch folder before and after.  The
parser checks run in-process under an audit hook (PEP 578) that records
every file opened, every socket, URL fetch and process started while it is
armed.
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from zhtext.converters import strip_boilerplate
from zhtext.converters.pages.blocks import html_blocks
from zhtext.converters.pages.mhtml import main_part

ZHTEXT = [sys.executable, "-m", "zhtext.cli"]
LINE = "我们周末在图书馆借了几本关于历史和地理的书，回家后边喝茶边读。\n"
SECRET = "zhtext-secret-line-do-not-copy"


def zhtext(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([*ZHTEXT, *map(str, args)], capture_output=True, timeout=180, cwd=cwd)


def snapshot(root: Path) -> dict[str, bytes | str]:
    """Every entry under ``root``: file contents, link targets, folders."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root)
            if os.path.islink(path):
                out[rel] = "-> " + os.readlink(path)
            elif os.path.isdir(path):
                out[rel] = "dir"
            else:
                with open(path, "rb") as fh:
                    out[rel] = fh.read()
    return out


def changed_entries(before: dict, after: dict) -> set[str]:
    return {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}


# -- where outputs go ------------------------------------------------------------


def test_inputs_named_with_dot_dot_and_absolute_paths_land_inside_the_output_folder(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "c").mkdir()
    (tmp_path / "a" / "b" / "one.txt").write_text(LINE, encoding="utf-8")
    (tmp_path / "c" / "two.txt").write_text(LINE, encoding="utf-8")
    (tmp_path / "a" / "..name..txt").write_text(LINE, encoding="utf-8")
    work = tmp_path / "a" / "b"
    before = snapshot(tmp_path)
    result = zhtext("convert", "-c", "s2t", "-o", "../../out", "one.txt", "../../c/two.txt",
                    tmp_path / "c" / "two.txt", "../..name..txt", cwd=work)
    after = snapshot(tmp_path)
    # the same name twice is a reported collision, never an overwrite
    assert result.returncode == 3, result.stderr
    assert b"is also the output of" in result.stderr
    assert {p for p in changed_entries(before, after)} == {"out", "out/one.txt", "out/two.txt", "out/..name..txt"}


def test_mirrored_output_of_a_walked_folder_stays_inside(tmp_path):
    src = tmp_path / "src"
    (src / "x" / "y").mkdir(parents=True)
    (src / "x" / "y" / "deep.txt").write_text(LINE, encoding="utf-8")
    (src / "a..dots..txt").write_text(LINE, encoding="utf-8")
    before = snapshot(tmp_path)
    result = zhtext("convert", "-c", "s2t", "-o", tmp_path / "out", src)
    assert result.returncode == 0, result.stderr
    changed = changed_entries(before, snapshot(tmp_path))
    assert all(p == "out" or p.startswith("out/") for p in changed), changed
    assert "out/x/y/deep.txt" in changed and "out/a..dots..txt" in changed


def test_a_symlink_in_the_output_folder_is_replaced_not_written_through(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text(SECRET, encoding="utf-8")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text(LINE, encoding="utf-8")
    (tmp_path / "src" / "b.txt").write_text(LINE, encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.txt").symlink_to(victim)
    result = zhtext("convert", "-c", "s2t", "-o", tmp_path / "out", tmp_path / "src")
    assert result.returncode == 0, result.stderr
    assert victim.read_text(encoding="utf-8") == SECRET
    assert not (tmp_path / "out" / "a.txt").is_symlink()


def test_a_symlinked_folder_in_the_output_folder_is_not_followed(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "src" / "sub").mkdir(parents=True)
    (tmp_path / "src" / "sub" / "a.txt").write_text(LINE, encoding="utf-8")
    (tmp_path / "src" / "b.txt").write_text(LINE, encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "sub").symlink_to(elsewhere, target_is_directory=True)
    result = zhtext("convert", "-c", "s2t", "-o", tmp_path / "out", tmp_path / "src")
    assert list(elsewhere.iterdir()) == []
    assert result.returncode == 3
    assert b"zhtext: error: " in result.stderr and b"sub/a.txt" in result.stderr


def test_in_place_never_follows_a_link_out_of_a_walked_folder(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text(LINE, encoding="utf-8")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "link.txt").symlink_to(victim)
    (tmp_path / "src" / "own.txt").write_text(LINE, encoding="utf-8")
    result = zhtext("convert", "-c", "s2t", "--in-place", tmp_path / "src")
    assert result.returncode == 1, result.stderr
    assert victim.read_text(encoding="utf-8") == LINE
    assert (tmp_path / "src" / "link.txt").is_symlink()
    assert f"zhtext: skipped {tmp_path / 'src' / 'link.txt'}: symlink points outside the folder".encode() \
        in result.stderr


def test_in_place_writes_nothing_but_the_file_itself(tmp_path):
    (tmp_path / "src" / "sub").mkdir(parents=True)
    (tmp_path / "src" / "sub" / "a.txt").write_text(LINE, encoding="utf-8")
    before = snapshot(tmp_path)
    result = zhtext("convert", "-c", "s2t", "--in-place", tmp_path / "src", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert changed_entries(before, snapshot(tmp_path)) == {"src/sub/a.txt"}


# -- parsing pages: no network, no file system, no entities ------------------------

_EVENTS: list[tuple[str, str]] = []
_ARMED = [False]


def _audit(event, args):
    if not _ARMED[0]:
        return
    if event == "open":
        _EVENTS.append((event, os.fsdecode(args[0]) if isinstance(args[0], (str, bytes)) else repr(args[0])))
    elif event.startswith(("socket.", "urllib.", "http.", "subprocess.", "os.system", "os.exec", "os.posix_spawn",
                           "os.mkdir", "os.rename", "os.remove", "os.symlink", "shutil.", "ftplib.", "smtplib.")):
        _EVENTS.append((event, repr(args)[:200]))


sys.addaudithook(_audit)  # an audit hook cannot be removed: it records only while armed


@contextmanager
def recorded_side_effects():
    _EVENTS.clear()
    _ARMED[0] = True
    try:
        yield _EVENTS
    finally:
        _ARMED[0] = False


def assert_untouched(events, *, allow_reading_installed_data=True):
    library = os.path.dirname(os.path.dirname(os.__file__))
    bad = [(e, what) for e, what in events
           if not (allow_reading_installed_data and e == "open" and os.path.realpath(what).startswith(
               (library, os.path.dirname(os.path.dirname(__file__)), sys.prefix)))]
    assert bad == [], bad


@pytest.fixture(scope="module", autouse=True)
def warm_up():
    strip_boilerplate("<p>先把词表读进来。</p>", "warm.html")  # bundled lexicons load once, before recording


@pytest.fixture
def secret_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(SECRET + "\n", encoding="utf-8")
    return path


def xxe_page(secret_file: Path) -> str:
    uri = secret_file.as_uri()
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE html [\n  <!ENTITY x SYSTEM "{uri}">\n'
        f'  <!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd"> %p;\n'
        '  <!ENTITY a "哈哈哈哈哈哈哈哈">\n  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n'
        '  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\n]>\n'
        f'<html><head><title>河边散步</title><link rel="stylesheet" href="{uri}">'
        '<script src="http://127.0.0.1:9/x.js"></script></head><body>'
        f'<div class="content"><h1>河边散步</h1><p>外部实体：&x;。</p><p>层层展开：&c;。</p>'
        + "".join(f"<p>{LINE.strip()}第{i}段。</p>" for i in range(6))
        + f'<img src="{uri}"><iframe src="{uri}"></iframe>'
        '<object data="http://127.0.0.1:9/o"></object><embed src="file:///etc/passwd">'
        '<p style="background:url(http://127.0.0.1:9/bg.png)">样式里的网址不会被请求。</p>'
        '</div></body></html>'
    )


@pytest.mark.parametrize("name", ["page.html", "page.xhtml", None])
def test_html_external_entities_are_never_expanded_nor_fetched(secret_file, name):
    page = xxe_page(secret_file)
    with recorded_side_effects() as events:
        article = strip_boilerplate(page.encode("utf-8"), name)
        blocks = html_blocks(page)
    assert_untouched(events)
    everything = article.to_text() + "".join(b.text for b in blocks.blocks) + repr(article.to_dict())
    assert SECRET not in everything
    assert "哈哈哈哈哈哈哈哈哈哈" not in everything  # internal entities are not expanded either
    assert len(everything) < 4 * len(page)
    assert "第5段" in article.to_text()


def test_etc_passwd_entity_is_not_read(tmp_path):
    page = ('<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            '<html><body><p>密码文件：&x;。</p>' + "".join(f"<p>{LINE.strip()}</p>" for _ in range(4))
            + '<img src="file:///etc/passwd"></body></html>')
    with recorded_side_effects() as events:
        article = strip_boilerplate(page, "page.html")
    assert_untouched(events)
    assert "root:" not in article.to_text()


def mhtml_archive(secret_file: Path) -> bytes:
    uri = secret_file.as_uri()
    html = ("<html><body><div class=content>" + "".join(f"<p>{LINE.strip()}</p>" for _ in range(5))
            + f'<img src="{uri}"><img src="cid:pic1"></div></body></html>')
    parts = [
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related; boundary="BOUND"; type="text/html"; start="<main>"\r\n\r\n',
        b"--BOUND\r\nContent-Type: text/html; charset=utf-8\r\nContent-ID: <main>\r\n"
        b"Content-Transfer-Encoding: base64\r\nContent-Location: " + uri.encode() + b"\r\n\r\n"
        + base64.encodebytes(html.encode("utf-8")) + b"\r\n",
        b"--BOUND\r\nContent-Type: application/octet-stream\r\nContent-ID: <pic1>\r\n"
        b'Content-Disposition: attachment; filename="../../escaped.txt"\r\n'
        b"Content-Location: file:///tmp/zhtext-attachment.txt\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(b"attachment bytes " * 20) + b"\r\n",
        b"--BOUND\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b'Content-Disposition: attachment; filename="/tmp/zhtext-plain-attachment.txt"\r\n\r\n'
        b"plain attachment\r\n",
        b"--BOUND\r\nContent-Type: message/external-body; access-type=local-file; name=\"/etc/passwd\"\r\n\r\n"
        b"Content-Type: text/plain\r\n\r\n\r\n--BOUND--\r\n",
    ]
    return b"".join(parts)


def test_mhtml_parsing_opens_writes_and_fetches_nothing(secret_file):
    data = mhtml_archive(secret_file)
    with recorded_side_effects() as events:
        part = main_part(data)
        article = strip_boilerplate(data, "page.mht")
    assert_untouched(events)
    assert part is not None and part.content_type == "text/html"
    assert SECRET not in article.to_text() and "root:" not in article.to_text()
    assert "图书馆" in article.to_text()


def test_strip_cli_writes_only_its_output_for_an_mhtml_archive(tmp_path, secret_file):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.mht").write_bytes(mhtml_archive(secret_file))
    before = snapshot(tmp_path)
    result = zhtext("strip", "-o", tmp_path / "out", tmp_path / "in", cwd=tmp_path / "in")
    assert result.returncode == 0, result.stderr
    assert changed_entries(before, snapshot(tmp_path)) == {"out", "out/page.txt"}
    assert not Path("/tmp/zhtext-attachment.txt").exists()
    assert not Path("/tmp/zhtext-plain-attachment.txt").exists()
    text = (tmp_path / "out" / "page.txt").read_text(encoding="utf-8")
    assert "图书馆" in text and SECRET not in text


def test_a_streamed_large_file_is_refused_through_a_symlinked_output_folder_too(tmp_path, monkeypatch, zhtext_cli):
    # Large inputs are written in blocks; the writer checks the target exactly
    # as for a file written whole (it once followed OUT/sub -> ../elsewhere).
    from zhtext.cli.batch import inputs

    monkeypatch.setattr(inputs, "STREAM_THRESHOLD", 64)  # every input below is streamed
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "src" / "sub").mkdir(parents=True)
    (tmp_path / "src" / "sub" / "big.txt").write_text(LINE * 20, encoding="utf-8")
    (tmp_path / "src" / "b.txt").write_text(LINE * 20, encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "sub").symlink_to(elsewhere, target_is_directory=True)
    result = zhtext_cli("normalize", "-j", "1", "-o", tmp_path / "out", tmp_path / "src")
    assert list(elsewhere.iterdir()) == []
    assert result.exit_code == 3
    assert f"output folder {tmp_path / 'out' / 'sub'} is a symlink (not followed)" in result.stderr
    assert (tmp_path / "out" / "b.txt").read_text(encoding="utf-8") == LINE * 20


def test_an_output_folder_removed_during_a_run_is_made_again_and_checked(tmp_path):
    # Output folders are made (and checked for symlinks) once per process, not once a file.
    import shutil

    from zhtext.cli.batch.sinks import atomic_write

    root = tmp_path / "out"
    atomic_write(root / "sub" / "a.txt", b"one", root=root, durable=False)
    shutil.rmtree(root / "sub")
    atomic_write(root / "sub" / "b.txt", b"two", root=root, durable=False)
    assert sorted(p.name for p in (root / "sub").iterdir()) == ["b.txt"]
    (root / "other").symlink_to(tmp_path, target_is_directory=True)
    with pytest.raises(Exception, match="is a symlink"):
        atomic_write(root / "other" / "c.txt", b"three", root=root, durable=False)
    assert not (tmp_path / "c.txt").exists()
