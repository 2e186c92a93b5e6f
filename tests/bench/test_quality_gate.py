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

#: (system, minimum macro F1, minimum keep F1, maximum lost body tokens)
FLOORS = {
    "rules": (0.80, 0.85, 0.040),
}


@pytest.fixture(scope="module")
def rules_run() -> Run:
    return run_seg(
        [TEST_SPLIT], {"rules": Options(input_format="text", use_model=False)}, baselines=["c4-lines", "keep-all"]
    )


def test_rules_meet_the_pinned_floors(rules_run: Run) -> None:
    s = score(rules_run.results["rules"])
    macro, keep, lost = FLOORS["rules"]
    assert s.macro_f1 >= macro, f"macro F1 {s.macro_f1:.3f} < {macro}"
    assert s.keep_f1 >= keep, f"keep F1 {s.keep_f1:.3f} < {keep}"
    assert s.lost_body_tokens <= lost, f"lost body tokens {s.lost_body_tokens:.4f} > {lost}"


def test_rules_beat_the_line_baselines(rules_run: Run) -> None:
    ours = score(rules_run.results["rules"])
    for baseline in ("c4-lines", "keep-all"):
        theirs = score(rules_run.results[baseline])
        assert ours.keep_f1 > theirs.keep_f1, f"{baseline} keep F1 {theirs.keep_f1:.3f} >= ours {ours.keep_f1:.3f}"
