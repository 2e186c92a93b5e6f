"""Quality is gated like code: pinned minimum scores on the corpus test split.

Raise a floor when the cleaner improves; lowering one needs a stated reason
in the commit that does it. The figures here are measured by
``newsclean bench corpus/text/test`` (see benchmarks/RESULTS.md).
"""

from __future__ import annotations

import pytest

from newsclean.bench.metrics import score
from newsclean.bench.runner import Run, run_seg
from newsclean.types import Options
from paths import CORPUS

TEST_SPLIT = CORPUS / "text" / "test"

#: system → (minimum macro F1, minimum keep F1, maximum lost body tokens)
#: measured 2026-12-06 (third session, bundled model v1-9d747736a8: 416 train+dev pages,
#: neighbours at ±1, firm rule verdicts open to the model): rules 0.846 / 0.879 / 3.23%;
#: rules + bundled model 0.907 / 0.949 / 1.47%. The combined macro floor goes down from
#: 0.91 and its lost-token ceiling up from 1.25%: the model changes were chosen by 4-fold
#: CV over train+dev (benchmarks/model_cv.py, better there on every figure), the corpus
#: grew from 266 to 416 pages and the rules changed, and the test split is never tuned
#: against (second session: 0.820 / 0.862 / 3.23% and 0.916 / 0.944 / 1.10%)
FLOORS = {
    "rules": (0.84, 0.875, 0.033),
    "combined": (0.905, 0.945, 0.015),
}
SYSTEMS = {
    "rules": Options(input_format="text", use_model=False),
    "combined": Options(input_format="text"),
}


@pytest.fixture(scope="module")
def test_split_run() -> Run:
    return run_seg([TEST_SPLIT], SYSTEMS, baselines=["c4-lines", "keep-all"])


@pytest.mark.parametrize("system", sorted(FLOORS))
def test_cleaner_meets_the_pinned_floors(test_split_run: Run, system: str) -> None:
    s = score(test_split_run.results[system])
    macro, keep, lost = FLOORS[system]
    assert s.macro_f1 >= macro, f"{system}: macro F1 {s.macro_f1:.3f} < {macro}"
    assert s.keep_f1 >= keep, f"{system}: keep F1 {s.keep_f1:.3f} < {keep}"
    assert s.lost_body_tokens <= lost, f"{system}: lost body tokens {s.lost_body_tokens:.4f} > {lost}"


@pytest.mark.parametrize("system", sorted(FLOORS))
def test_cleaner_beats_the_line_baselines(test_split_run: Run, system: str) -> None:
    ours = score(test_split_run.results[system])
    for baseline in ("c4-lines", "keep-all"):
        theirs = score(test_split_run.results[baseline])
        assert ours.keep_f1 > theirs.keep_f1, f"{baseline} keep F1 {theirs.keep_f1:.3f} >= {system} {ours.keep_f1:.3f}"
