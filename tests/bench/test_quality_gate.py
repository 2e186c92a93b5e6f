"""Quality is gated like code: pinned minimum scores on the corpus test split.

Raise a floor when the cleaner improves; lowering one needs a stated reason
in the commit that does it. The figures here are measured by
``newsclean bench corpus/text/test`` (see benchmarks/RESULTS.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.bench.metrics import score
from newsclean.bench.runner import Run, run_html_corpus, run_seg
from newsclean.types import Options
from paths import CORPUS

TEST_SPLIT = CORPUS / "text" / "test"
#: the test split's documents by batch: the 32 of the first split, and documents written blind
#: later (``-blindNN`` in the name: written and labelled without running the cleaner, never
#: looked at against its output; see corpus/README.md). Each batch has its own floors, pinned
#: when it was added, so that a new batch never moves the floors of the old one.
ORIGINAL = sorted(p for p in TEST_SPLIT.glob("*.seg") if "-blind" not in p.name)
BLIND15 = sorted(TEST_SPLIT.glob("*-blind15-*.seg"))
BLIND15B = sorted(TEST_SPLIT.glob("*-blind15b-*.seg"))
BLIND15C = sorted(TEST_SPLIT.glob("*-blind15c-*.seg"))
BLIND16 = sorted(TEST_SPLIT.glob("*-blind16-*.seg"))
BLIND17 = sorted(TEST_SPLIT.glob("*-blind17-*.seg"))

#: system → (minimum macro F1, minimum keep F1, maximum lost body tokens)
#: measured 2026-12-07 (fourteenth session, rules changed, bundled model v1-f06a9d2fb6 unchanged):
#: rules 0.907 / 0.932 / 1.95%, rules + bundled model 0.945 / 0.963 / 0.65%: the rules macro floor
#: goes up 0.90 -> 0.905; the rest stay (keep F1 rose by 0.001). Models retrained on this session's
#: code (mid-session, v1-3c167fc82b; and with rule-verdict features dropped from 30% of the training
#: lines, v1-adecd87282) measured keep F1 0.953 / 0.952 and lost 0.87% / 1.13% here, under the
#: floors, and are not shipped.
#: measured 2026-12-07 (thirteenth session, rules changed, bundled model v1-f06a9d2fb6 unchanged):
#: rules 0.904 / 0.931 / 1.95%, rules + bundled model 0.944 / 0.962 / 0.65%: the rules floors go
#: up (macro 0.89 -> 0.90, keep 0.92 -> 0.93); the combined floors stay. A model retrained on this
#: code (v1-c6c6245c91) measured 0.943 / 0.954 / 0.76% here, under the keep F1 floor, and is not shipped.
#: measured 2026-12-07 (eleventh session, rules changed, bundled model v1-f06a9d2fb6 unchanged):
#: rules 0.895 / 0.927 / 1.95%, rules + bundled model 0.942 / 0.964 / 0.41%: the combined macro
#: floor goes up 0.938 -> 0.94; the others stay (rules macro fell 0.897 -> 0.895, still above
#: its floor; keep F1 rose by 0.001 only).
#: measured 2026-12-07 (tenth session, rules changed, bundled model v1-f06a9d2fb6 unchanged):
#: rules 0.897 / 0.926 / 1.95%, rules + bundled model 0.941 / 0.963 / 0.41%: every floor goes
#: up (rules 0.885 -> 0.89 macro, 0.91 -> 0.92 keep; combined 0.935 -> 0.938, 0.955 -> 0.96);
#: the lost ceilings stay.
#: measured 2026-12-06 (ninth session, bundled model v1-f06a9d2fb6: 885 train+dev pages):
#: rules 0.891 / 0.912 / 1.95%, rules + bundled model 0.937 / 0.957 / 0.41%: the lost ceiling
#: goes 1% -> 0.8%; the keep F1 and macro floors stay (two later trainings of the same pages
#: measured 0.958 / 0.934 and, with the real pages' tune half, 0.953 / 0.927: the floors kept
#: those models out).
#: measured 2026-12-06 (eighth session, bundled model v1-caeb256689: 833 train+dev pages):
#: rules 0.891 / 0.912 / 1.95%, rules + bundled model 0.940 / 0.955 / 0.58%: the lost ceiling
#: goes 1.4% -> 1%; the keep F1 floor stays (0.9550 measured); the macro floor stays (0.9396).
#: Before, (seventh session, bundled model v1-e63acbfec7: 729 train+dev pages,
#: weights averaged over the last half of the epochs): rules 0.891 / 0.912 / 1.95%, rules +
#: bundled model 0.941 / 0.959 / 1.32%. Every floor is above the sixth session's; the lost
#: ceiling stays at the sixth session's 1.4%. (An earlier commit of this session had set it to
#: 1.3% for a model without averaging, 1.18% here; averaging was chosen by 4-fold CV by style
#: over the 729 train+dev pages, combined 0.9263 / 2.50% / 0.8902 -> 0.9331 / 1.56% / 0.8916,
#: and by its smaller spread between two training seeds, never by these 32 pages.) Sixth session: rules 0.877 / 0.903 / 1.95%, combined
#: 0.912 / 0.933 / 1.24% (the combined keep F1 floor had gone down 0.935 -> 0.93 then, with
#: its reason in that commit); fifth: rules 0.870 / 0.900 / 1.95%, combined 0.919 / 0.940 /
#: 1.37%; fourth: rules 0.859 / 0.888 / 2.88%, combined 0.905 / 0.946 / 1.69%.
#: measured 2026-12-07 (seventeenth session, rules changed, bundled model v1-f06a9d2fb6 unchanged):
#: rules 0.910 / 0.937 / 1.95%, rules + bundled model 0.946 / 0.965 / 0.65%: the rules' keep F1
#: floor goes up 0.93 -> 0.935 and the combined macro floor 0.94 -> 0.945.
FLOORS = {
    "rules": (0.905, 0.935, 0.02),
    "combined": (0.945, 0.96, 0.008),
}
#: the 16 blind documents of the fifteenth session (6 en, 2 each de fr es pt, 1 each it nl),
#: measured 2026-12-07 as they were added (bundled model v1-f06a9d2fb6): rules 0.869 / 0.938 /
#: 0.57%, rules + bundled model 0.894 / 0.953 / 0.55% (model alone 0.887 / 0.951 / 1.51%)
#: At the end of the session (after the fresh-page fixes of eight helpers, never tuned on these):
#: rules 0.892 / 0.953 / 0.57%, combined 0.918 / 0.970 / 0.55%: the floors go up.
BLIND15_FLOORS = {
    "rules": (0.89, 0.95, 0.008),
    "combined": (0.915, 0.965, 0.008),
}
#: the second blind batch of the fifteenth session (6 en: ie nz ng ke ph sg; 2 each de fr es pt,
#: 1 each sv pl), measured 2026-12-07 as added: rules 0.896 / 0.948 / 0.43%, rules + bundled
#: model 0.941 / 0.963 / 1.71% (model alone 0.937 / 0.955 / 3.13%: the model drops body here)
#: At the end of the session: rules 0.901 / 0.952 / 0.43%, combined 0.944 / 0.965 / 1.71%.
#: At the end of the sixteenth session (never tuned on): rules 0.911 / 0.957 / 0.43%, combined
#: 0.950 / 0.969 / 1.71%: the floors go up.
#: At the end of the seventeenth session (never tuned on): rules 0.920 / 0.960 / 0.43%, combined
#: 0.957 / 0.974 / 1.71%: the floors go up.
BLIND15B_FLOORS = {
    "rules": (0.915, 0.955, 0.006),
    "combined": (0.955, 0.97, 0.02),
}
#: the third blind batch (6 en: us uk au in ca scot; 2 each de fr es pt, 1 each it nl), written
#: after most of the session's fixes, measured as added: rules 0.912 / 0.976 / 0.00%, rules +
#: bundled model 0.970 / 0.985 / 0.00% (model alone 0.965 / 0.984 / 0.56%)
#: At the end of the sixteenth session: rules 0.920 / 0.976 / 0.00% (the rules' macro floor goes up).
#: At the end of the seventeenth session: rules 0.924 / 0.979 / 0.00%, combined 0.975 / 0.988 / 0.00%.
BLIND15C_FLOORS = {
    "rules": (0.92, 0.975, 0.005),
    "combined": (0.97, 0.985, 0.005),
}
#: the blind batch of the sixteenth session (7 en: us uk ie za nz pk ph; 2 each de fr es, 1 each
#: pt it pl; one teaser index page), measured 2026-12-07 as added, before the session's fixes
#: (bundled model v1-f06a9d2fb6): rules 0.834 / 0.947 / 1.15%, rules + bundled model 0.911 /
#: 0.980 / 0.15% (model alone 0.896 / 0.962 / 1.43%). At the end of the session: rules 0.838 /
#: 0.949 / 1.15%, combined 0.913 / 0.982 / 0.15% (the combined keep F1 floor goes up).
#: At the end of the seventeenth session: rules 0.846 / 0.950 / 1.15%, combined 0.917 / 0.984 / 0.15%
#: (the rules' macro floor goes up).
BLIND16_FLOORS = {
    "rules": (0.84, 0.945, 0.012),
    "combined": (0.91, 0.98, 0.003),
}
#: the blind batch of the seventeenth session (6 en: us uk in au ca ng; 1 each de fr es pt it nl
#: pl sv tr id), measured 2026-12-07 as added, before the session's fixes (bundled model
#: v1-f06a9d2fb6): rules 0.877 / 0.947 / 0.80%, rules + bundled model 0.915 / 0.964 / 0.80%
#: (model alone 0.915 / 0.966 / 1.87%).
#: At the end of the session (its fixes made on fresh pages, never on these): rules 0.887 / 0.952 /
#: 0.80%, combined 0.924 / 0.969 / 0.80%: the floors go up.
BLIND17_FLOORS = {
    "rules": (0.88, 0.945, 0.010),
    "combined": (0.92, 0.965, 0.010),
}
BATCHES = {
    "original": (ORIGINAL, FLOORS),
    "blind15": (BLIND15, BLIND15_FLOORS),
    "blind15b": (BLIND15B, BLIND15B_FLOORS),
    "blind15c": (BLIND15C, BLIND15C_FLOORS),
    "blind16": (BLIND16, BLIND16_FLOORS),
    "blind17": (BLIND17, BLIND17_FLOORS),
}
SYSTEMS = {
    "rules": Options(input_format="text", use_model=False),
    "combined": Options(input_format="text"),
}


@pytest.fixture(scope="module")
def test_split_runs() -> dict[str, Run]:
    return {name: run_seg(files, SYSTEMS, baselines=["c4-lines", "keep-all"]) for name, (files, _) in BATCHES.items()}


def test_the_batches_cover_the_test_split() -> None:
    assert len(ORIGINAL) == 32, "the first split's test documents are fixed"
    assert len(BLIND15) == len(BLIND15B) == len(BLIND15C) == len(BLIND16) == len(BLIND17) == 16
    batched = ORIGINAL + BLIND15 + BLIND15B + BLIND15C + BLIND16 + BLIND17
    assert sorted(batched) == sorted(TEST_SPLIT.glob("*.seg")), "a test document in no batch"


@pytest.mark.parametrize("batch", sorted(BATCHES))
@pytest.mark.parametrize("system", sorted(FLOORS))
def test_cleaner_meets_the_pinned_floors(test_split_runs: dict[str, Run], batch: str, system: str) -> None:
    s = score(test_split_runs[batch].results[system])
    macro, keep, lost = BATCHES[batch][1][system]
    assert s.macro_f1 >= macro, f"{batch}, {system}: macro F1 {s.macro_f1:.3f} < {macro}"
    assert s.keep_f1 >= keep, f"{batch}, {system}: keep F1 {s.keep_f1:.3f} < {keep}"
    assert s.lost_body_tokens <= lost, f"{batch}, {system}: lost body tokens {s.lost_body_tokens:.4f} > {lost}"


#: the whole test split, every batch pooled (112 documents): system → (minimum keep F1, maximum lost
#: body tokens). The rules' floor is the corpus issue's (keep F1 0.95, under 2% lost): measured
#: 2026-12-07 (sixteenth session) rules 0.951 / 1.03%, rules + bundled model 0.973 / 0.57%.
#: Seventeenth session (112 documents: blind17 added, scored as written, then never tuned on): rules
#: 0.954 / 1.00%, combined 0.975 / 0.60%: the keep F1 floors go up (0.952, 0.972).
WHOLE_SPLIT_FLOORS = {"rules": (0.952, 0.02), "combined": (0.972, 0.008)}


@pytest.mark.parametrize("system", sorted(WHOLE_SPLIT_FLOORS))
def test_cleaner_meets_the_floors_on_the_whole_test_split(test_split_runs: dict[str, Run], system: str) -> None:
    s = score([r for run in test_split_runs.values() for r in run.results[system]])
    keep, lost = WHOLE_SPLIT_FLOORS[system]
    assert s.keep_f1 >= keep, f"whole test split, {system}: keep F1 {s.keep_f1:.4f} < {keep}"
    assert s.lost_body_tokens <= lost, f"whole test split, {system}: lost {s.lost_body_tokens:.4f} > {lost}"


@pytest.mark.parametrize("batch", sorted(BATCHES))
@pytest.mark.parametrize("system", sorted(FLOORS))
def test_cleaner_beats_the_line_baselines(test_split_runs: dict[str, Run], batch: str, system: str) -> None:
    run = test_split_runs[batch]
    ours = score(run.results[system])
    for baseline in ("c4-lines", "keep-all"):
        theirs = score(run.results[baseline])
        assert ours.keep_f1 > theirs.keep_f1, f"{baseline} keep F1 {theirs.keep_f1:.3f} >= {system} {ours.keep_f1:.3f}"


#: the blind labelled HTML pages (``corpus/html/test``: written and labelled without running the
#: cleaner; ``corpus/html`` itself is tuned on), by batch, each pinned when it was added.
#: ``blind15h`` (ten pages), measured 2026-12-07 (fifteenth session): macro F1 0.823, keep F1 0.953
#: (P 0.979, R 0.929), lost body tokens 4.20%: article text lost on unseen layouts is the HTML
#: path's known gap
#: ``blind15hb`` (ten more, same session, after the fresh-page fixes of three helpers): macro F1
#: 0.913, keep F1 0.985 (P 0.978, R 0.991), lost 0.64%; ``blind15hc`` (ten more, at the end of the
#: session): macro F1 0.881, keep F1 0.941 (P 0.936, R 0.945), lost 2.84%. At the end of the session
#: ``blind15h`` measured 0.833 / 0.956 / 3.88% (its floors go up); the others unchanged.
#: ``blind16h`` (ten pages of the sixteenth session: 6 en, 1 each de pt it id; one an index page),
#: measured as added, before the session's fixes: macro F1 0.865, keep F1 0.970 (P 0.959, R 0.981),
#: lost 1.10%.
#: At the end of the sixteenth session (its HTML fixes made on fresh pages, never on these):
#: ``blind15h`` 0.862 / 0.985 / 0.05% (lost 3.88% before), ``blind15hc`` 0.890 / 0.941 / 2.84%,
#: ``blind16h`` 0.881 / 0.975 / 1.10%: their floors go up; ``blind15hb`` unchanged.
#: ``blind17h`` (ten pages of the seventeenth session: 5 en, 1 each de fr es pt tr; the French one
#: an index page), measured as added, before the session's fixes: macro F1 0.889, keep F1 0.988
#: (P 0.982, R 0.994), lost 0.34%.
HTML_TEST = CORPUS / "html" / "test"
HTML_BATCHES = {
    "blind15h": (sorted(HTML_TEST.glob("*-blind15h-*.html")), (0.86, 0.98, 0.005)),
    "blind15hb": (sorted(HTML_TEST.glob("*-blind15hb-*.html")), (0.91, 0.98, 0.008)),
    "blind15hc": (sorted(HTML_TEST.glob("*-blind15hc-*.html")), (0.885, 0.935, 0.032)),
    "blind16h": (sorted(HTML_TEST.glob("*-blind16h-*.html")), (0.88, 0.97, 0.012)),
    "blind17h": (sorted(HTML_TEST.glob("*-blind17h-*.html")), (0.885, 0.985, 0.005)),
}


def test_the_html_batches_cover_the_html_test_folder() -> None:
    batched = sorted(p for files, _ in HTML_BATCHES.values() for p in files)
    assert [len(files) for files, _ in HTML_BATCHES.values()] == [10, 10, 10, 10, 10]
    assert batched == sorted(HTML_TEST.glob("*.html")), "a blind HTML page in no batch"


@pytest.mark.parametrize("batch", sorted(HTML_BATCHES))
def test_cleaner_meets_the_pinned_floors_on_blind_html(batch: str, tmp_path: Path) -> None:
    files, (macro, keep, lost) = HTML_BATCHES[batch]
    for f in files:  # run_html_corpus reads a folder
        (tmp_path / f.name).write_bytes(f.read_bytes())
    run = run_html_corpus(tmp_path, {"combined": SYSTEMS["combined"]}, baselines=["c4-lines"])
    assert not run.notes, run.notes  # every page scored (segments line up with the labels)
    s = score(run.results["combined"])
    assert s.macro_f1 >= macro, f"{batch}: macro F1 {s.macro_f1:.3f} < {macro}"
    assert s.keep_f1 >= keep, f"{batch}: keep F1 {s.keep_f1:.3f} < {keep}"
    assert s.lost_body_tokens <= lost, f"{batch}: lost body tokens {s.lost_body_tokens:.4f} > {lost}"
    assert s.keep_f1 > score(run.results["c4-lines"]).keep_f1
