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
#: measured 2026-12-06 (fourth session, bundled model v1-d08350fcfa: 476 train+dev pages):
#: rules 0.859 / 0.888 / 2.88% (floors raised); rules + bundled model 0.905 / 0.946 / 1.69%.
#: The combined macro floor goes down from 0.905 to 0.90 and its lost-token ceiling up from
#: 1.5% to 1.8%, for these reasons: the model was retrained by the documented command on a
#: corpus grown by 60 pages of harder cases, after rule and decision changes that each
#: improved the rules on train+dev; 4-fold CV over train+dev (the yardstick, never the test
#: split) gives combined 0.9381 / 1.40% lost at the shipped constants, and every threshold
#: tried there (DEMOTE 0.99, DEMOTE_SHORT 0.6/0.8, PROMOTE 0.5, KEEP_ARTICLE 0.6) is flat
#: within 0.002 keep F1 and 0.06 points of lost tokens; on these 32 test pages two
#: retrainings by the same recipe at two code states this session gave 0.76% and 1.69%
#: lost, so the split cannot separate them and was not used to choose (third session:
#: rules 0.846 / 0.879 / 3.23%, combined 0.907 / 0.946 / 1.37%)
FLOORS = {
    "rules": (0.855, 0.885, 0.030),
    "combined": (0.90, 0.945, 0.018),
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
