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
#: measured 2026-12-06 (sixth session, bundled model v1-faad46e4ff: 599 train+dev pages):
#: rules 0.877 / 0.903 / 1.95% (macro and keep F1 floors raised); rules + bundled model
#: 0.912 / 0.933 / 1.24% (lost-token ceiling tightened). The combined keep F1 floor goes down
#: from 0.935 to 0.93, for this reason: the session's changes were chosen by 4-fold CV by
#: site style over train+dev (the yardstick, never the test split), and on the same 599 pages
#: the code at the start of the session (4253c45) and now give combined keep F1 0.9310 ->
#: 0.9374, lost 1.47% -> 1.40%, macro 0.8917 -> 0.8949; rules 0.9040 / 1.87% / 0.8114 ->
#: 0.9169 / 1.53% / 0.8282 (``benchmarks/model_cv.py --save`` with each commit's code); on
#: these 32 pages the retrained model moved keep F1 0.940 -> 0.933 (precision 0.927 -> 0.911)
#: while lost text fell 1.37% -> 1.24%. Fifth session: rules 0.870 / 0.900 / 1.95%, combined
#: 0.919 / 0.940 / 1.37%; fourth: rules 0.859 / 0.888 / 2.88%, combined 0.905 / 0.946 / 1.69%.
FLOORS = {
    "rules": (0.872, 0.9, 0.021),
    "combined": (0.91, 0.93, 0.014),
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
