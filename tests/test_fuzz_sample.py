"""A small sample of the fuzz generator (benchmarks/fuzz_sessions.py): random sessions end once, in time, unbroken."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.fuzz_sessions import Fuzzer, cases, make_material

SAMPLE = 8  # the first sessions of the benchmark's own seeded run (1,000 there)
SEED = 11


@pytest.fixture(scope="module")
def fuzzer() -> Fuzzer:
    return Fuzzer("pocketsphinx")


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory):
    return make_material(Path(tmp_path_factory.mktemp("fuzz")), SEED)


@pytest.mark.parametrize("index", range(SAMPLE))
def test_a_random_session_ends_once_without_crash_or_hang(fuzzer: Fuzzer, material, index: int) -> None:
    case = cases(SEED, SAMPLE, material)[index]
    outcome = fuzzer.run(case)
    assert outcome.kind == "ok", f"{case.flow} {case.settings}: {outcome.detail}\nreplies: {case.described}"
    assert outcome.session_seconds <= case.bound
