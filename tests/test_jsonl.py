"""JSON Lines shards (.jsonl, .jsonl.gz): one document per line, its text field processed."""

from __future__ import annotations

import gzip
import io
import itertools
import json
import os

from conftest import invoke_cli, temp_files
from hypothesis import given, settings
from hypothesis import strategies as st

from cli_processors import Upper, run_options
from zhtext.cli.batch import documents, inputs
from zhtext.cli.batch.run import run

# Own sentences: a short news item, with the whitespace a scraper leaves behind.
NEWS = "  今天上午，市图书馆新开了一间儿童阅览室。  \r\n\r\n\r\n  馆长说，周末会有志愿者给孩子们讲故事。 "
# A document is a string: normalize adds no final line break it did not have (issue 12).
NEWS_CLEAN = "今天上午，市图书馆新开了一间儿童阅览室。\n\n馆长说，周末会有志愿者给孩子们讲故事。"
TIDY = "这一段已经整理好了，不需要再改。\n"


def lines_of(*docs: str, ending: str = "\n") -> bytes:
    return "".join(d + ending for d in docs).encode("utf-8")


leftovers = temp_files


def invoke(*args: str):
    return invoke_cli(*args)


# -- what is written ------------------------------------------------------


def test_only_the_text_value_changes(tmp_path):
    shard = tmp_path / "news.jsonl"
    first = '{"id": 7,   "text" : ' + json.dumps(NEWS, ensure_ascii=False) + ',  "score":1.50, "tags":["\\u65b0\\u95fb"]}'
    second = '{"text":' + json.dumps(TIDY) + ',"id":8}'  # \u escapes; already normalized
    shard.write_bytes(lines_of(first, "", second))
    result = invoke("normalize", str(shard))
    assert result.exit_code == 0, result.output
    out = result.stdout_bytes.decode("utf-8").split("\n")
    # Spacing, key order, number spelling and escapes of the other fields are kept.
    assert out[0] == '{"id": 7,   "text" : ' + json.dumps(NEWS_CLEAN, ensure_ascii=False) + ',  "score":1.50, "tags":["\\u65b0\\u95fb"]}'
    assert out[1] == ""  # a blank line is copied
    assert out[2] == second  # unchanged text: the line is kept byte for byte
    assert json.loads(out[0])["text"] == NEWS_CLEAN


def test_crlf_line_endings_and_a_bom_are_kept(tmp_path):
    shard = tmp_path / "win.jsonl"
    doc = json.dumps({"text": "行尾有空格   "}, ensure_ascii=False)
    shard.write_bytes(b"\xef\xbb\xbf" + lines_of(doc, doc, ending="\r\n"))
    result = invoke("normalize", str(shard))
    assert result.exit_code == 0
    expected = json.dumps({"text": "行尾有空格"}, ensure_ascii=False)
    assert result.stdout_bytes == b"\xef\xbb\xbf" + lines_of(expected, expected, ending="\r\n")


def test_text_field_option(tmp_path):
    shard = tmp_path / "a.jsonl"
    shard.write_bytes(lines_of(json.dumps({"text": "abc", "body": "xyz"})))
    result = invoke("normalize", "--text-field", "body", str(shard))
    assert result.exit_code == 0
    assert json.loads(result.stdout_bytes) == {"text": "abc", "body": "xyz"}
    shard.write_bytes(lines_of(json.dumps({"text": "abc", "body": "xyz  "})))
    result = invoke("normalize", "--text-field", "body", str(shard))
    assert json.loads(result.stdout_bytes) == {"text": "abc", "body": "xyz"}


def test_gz_stays_gz_under_o_and_is_deterministic(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    docs = [json.dumps({"id": i, "text": f"第{i}篇  文章 "}, ensure_ascii=False) for i in range(50)]
    with gzip.open(src / "part-000.jsonl.gz", "wb") as fh:
        fh.write(lines_of(*docs))
    (src / "part-001.jsonl").write_bytes(lines_of(*docs[:3]))
    for out in ("out1", "out2"):
        result = invoke("clean", str(src), "-o", str(tmp_path / out))
        assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (tmp_path / "out1").iterdir())
    assert names == ["part-000.jsonl.gz", "part-001.jsonl"]  # clean keeps a shard's name (no .txt)
    one = (tmp_path / "out1" / "part-000.jsonl.gz").read_bytes()
    assert one == (tmp_path / "out2" / "part-000.jsonl.gz").read_bytes()
    texts = [json.loads(line)["text"] for line in gzip.decompress(one).decode("utf-8").splitlines()]
    assert len(texts) == 50
    lines = [json.loads(line) for line in gzip.decompress(one).decode("utf-8").splitlines()]
    assert [d["id"] for d in lines] == list(range(50))


def test_gz_to_stdout_is_plain_json_lines(tmp_path):
    shard = tmp_path / "a.jsonl.gz"
    shard.write_bytes(gzip.compress(lines_of(json.dumps({"text": "你好  世界"}, ensure_ascii=False))))
    result = invoke("normalize", str(shard))
    assert result.exit_code == 0
    assert json.loads(result.stdout_bytes) == {"text": "你好 世界"}


def test_o_file_ending_in_gz_is_compressed(tmp_path):
    shard = tmp_path / "a.jsonl"
    shard.write_bytes(lines_of(json.dumps({"text": "你好  世界"}, ensure_ascii=False)))
    result = invoke("normalize", str(shard), "-o", str(tmp_path / "b.jsonl.gz"))
    assert result.exit_code == 0
    assert json.loads(gzip.decompress((tmp_path / "b.jsonl.gz").read_bytes())) == {"text": "你好 世界"}


def test_in_place_check_and_diff(tmp_path):
    shard = tmp_path / "a.jsonl"
    shard.write_bytes(lines_of(json.dumps({"text": TIDY}), json.dumps({"text": NEWS}, ensure_ascii=False)))
    result = invoke("normalize", "--check", str(shard))
    assert result.exit_code == 1
    assert f"would change {shard}" in result.stderr
    result = invoke("normalize", "--diff", str(shard))
    assert result.exit_code == 0
    assert f"--- a/{shard}:2\n+++ b/{shard}:2\n" in result.stdout
    assert ":1\n" not in result.stdout  # the unchanged document has no diff
    result = invoke("normalize", "--in-place", str(shard))
    assert result.exit_code == 1
    assert [json.loads(x)["text"] for x in shard.read_text(encoding="utf-8").splitlines()] == [TIDY, NEWS_CLEAN]
    before = os.stat(shard)
    result = invoke("normalize", "--in-place", str(shard))
    assert result.exit_code == 0
    after = os.stat(shard)
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)  # not rewritten
    assert leftovers(tmp_path) == []


def test_several_shards_with_jobs_match_one_process(tmp_path):
    src = tmp_path / "src"
    for n in range(6):
        p = src / f"d{n % 2}" / f"s{n}.jsonl"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(lines_of(*(json.dumps({"n": i, "text": f"  第{n}份第{i}行 "}, ensure_ascii=False)
                                 for i in range(30))))
    assert invoke("normalize", str(src), "-o", str(tmp_path / "j1"), "--jobs", "1").exit_code == 0
    assert invoke("normalize", str(src), "-o", str(tmp_path / "j2"), "--jobs", "2").exit_code == 0
    for p in (tmp_path / "j1").rglob("*.jsonl"):
        assert p.read_bytes() == (tmp_path / "j2" / p.relative_to(tmp_path / "j1")).read_bytes()


# -- bad lines fail the shard -----------------------------------------------


def test_a_bad_line_fails_its_shard_with_the_line_number(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    good = json.dumps({"text": "好的一行 "}, ensure_ascii=False)
    (src / "a.jsonl").write_bytes(lines_of(good, good, '{"text": "没有结束'))
    (src / "b.jsonl").write_bytes(lines_of(good, '{"title": "没有正文"}'))
    (src / "c.jsonl").write_bytes(lines_of(good, '{"text": null}'))
    (src / "d.jsonl").write_bytes(lines_of('["text", "不是对象"]'))
    (src / "e.jsonl").write_bytes(lines_of(good) + b'{"text": "\xff"}\n')
    (src / "f.jsonl").write_bytes(lines_of(good))
    out = tmp_path / "out"
    result = invoke("normalize", str(src), "-o", str(out))
    assert result.exit_code == 3
    err = result.stderr
    assert f"zhtext: error: {src / 'a.jsonl'}: line 3: not valid JSON: Unterminated string" in err
    assert f"zhtext: error: {src / 'b.jsonl'}: line 2: no \"text\" field" in err
    assert f"zhtext: error: {src / 'c.jsonl'}: line 2: field \"text\" is null, not a string" in err
    assert f"zhtext: error: {src / 'd.jsonl'}: line 1: not a JSON object" in err
    assert f"zhtext: error: {src / 'e.jsonl'}: line 2: not UTF-8" in err
    assert "5 failed" in err
    # Nothing is written for a failed shard; the good one is.
    assert sorted(p.name for p in out.iterdir()) == ["f.jsonl"]
    assert leftovers(tmp_path) == []


def test_a_failed_shard_is_left_untouched_in_place(tmp_path):
    shard = tmp_path / "a.jsonl"
    data = lines_of(json.dumps({"text": "要改  的"}, ensure_ascii=False), "{oops}")
    shard.write_bytes(data)
    result = invoke("normalize", "--in-place", str(shard))
    assert result.exit_code == 3
    assert shard.read_bytes() == data
    assert leftovers(tmp_path) == []


def test_a_document_the_processor_rejects_fails_the_shard(tmp_path):
    shard = tmp_path / "a.jsonl"
    shard.write_bytes(lines_of(json.dumps({"text": "fine"}), json.dumps({"text": "a BAD one"}),
                               json.dumps({"text": "a BUG"})))
    assert run((str(shard),), Upper(), run_options(output=str(tmp_path / "out.jsonl"))) == 3
    assert not (tmp_path / "out.jsonl").exists()


def test_a_truncated_gzip_shard_fails(tmp_path):
    shard = tmp_path / "a.jsonl.gz"
    shard.write_bytes(gzip.compress(lines_of(*[json.dumps({"text": "x" * 50})] * 200))[:-30])
    result = invoke("normalize", str(shard), "-o", str(tmp_path / "out") + "/")
    assert result.exit_code == 3
    assert f"zhtext: error: {shard}: cannot read" in result.stderr
    assert leftovers(tmp_path) == []


# -- the pieces -------------------------------------------------------------


def test_batches_are_read_lazily():
    # An endless shard: the first batch comes without reading everything.
    endless = (b'{"text": "x"}\n' for _ in itertools.count())
    first = next(inputs.read_batches(endless, max_lines=3))
    assert (first.first, len(first.lines)) == (1, 3)
    fh = io.BytesIO(b"a\n" * 7)
    assert [(b.first, len(b.lines)) for b in inputs.read_batches(fh, max_lines=3)] == [(1, 3), (4, 3), (7, 1)]


def test_small_batches_give_the_same_shard(tmp_path, monkeypatch):
    shard = tmp_path / "a.jsonl"
    shard.write_bytes(lines_of(*(json.dumps({"i": i, "text": f"  第{i}行 "}, ensure_ascii=False) for i in range(40))))
    assert run((str(shard),), Upper(), run_options(output=str(tmp_path / "big.jsonl"))) == 0
    monkeypatch.setattr(inputs, "BATCH_LINES", 3)
    assert run((str(shard),), Upper(), run_options(output=str(tmp_path / "small.jsonl"))) == 0
    assert (tmp_path / "big.jsonl").read_bytes() == (tmp_path / "small.jsonl").read_bytes()


def test_field_span_finds_the_top_level_key_only():
    line = '{"meta": {"text": "inner"}, "note": "\\"text\\": no", "text": "outer", "n": 1}'
    start, stop, value = documents.field_span(line, "text")
    assert (line[start:stop], value) == ('"outer"', "outer")
    # A repeated key: the last one counts, as in json.loads.
    line = '{"text": "a", "text": "b"}'
    start, stop, value = documents.field_span(line, "text")
    assert value == json.loads(line)["text"] == "b"
    assert line[start:stop] == '"b"'


keys = st.text(st.characters(blacklist_categories=("Cs",)), max_size=5)
scalars = st.none() | st.booleans() | st.integers() | st.text(st.characters(blacklist_categories=("Cs",)))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(keys, inner, max_size=3), max_leaves=8)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(keys, values, max_size=5), st.text(st.characters(blacklist_categories=("Cs",))),
       st.booleans(), st.booleans())
def test_a_document_round_trips(doc, text, ascii_, spaced):
    doc = dict(doc)
    doc["text"] = text
    sep = (", ", ": ") if spaced else (",", ":")
    raw = json.dumps(doc, ensure_ascii=ascii_, separators=sep).encode("utf-8") + b"\n"
    result = documents.transform_batch(Upper(), inputs.Batch(1, [raw]))
    if "BAD" in text or "BUG" in text or "STOP" in text:
        return
    assert result.error is None
    out = json.loads(result.lines[0])
    assert list(out) == list(doc)  # key order kept
    assert out == {**doc, "text": text.upper()}
    if text.upper() == text:
        assert result.lines[0] == raw
