"""Tables for people (Markdown-friendly text) and a dict for machines."""

from __future__ import annotations

from typing import Any

from newsclean.bench.metrics import DocResult, Scores, score
from newsclean.bench.runner import Run, ShingleRun
from newsclean.types import KEEP, Label

_ORDER = [
    "newsclean",
    "newsclean-rules",
    "newsclean-model",
    "keep-all",
    "c4-lines",
    "justext",
    "trafilatura",
]


def _ordered(names: list[str]) -> list[str]:
    return sorted(names, key=lambda n: (_ORDER.index(n) if n in _ORDER else len(_ORDER), n))


def scores_of(run: Run) -> dict[str, Scores]:
    return {name: score(results) for name, results in run.results.items()}


def summary_table(title: str, run: Run) -> str:
    scores = scores_of(run)
    lines = [
        f"### {title}",
        "",
        "| system | keep P | keep R | keep F1 | token P | token R | token F1 | **lost body tokens** | macro F1 | lines/s |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name in _ordered(list(scores)):
        s = scores[name]
        secs = run.seconds.get(name, 0.0)
        speed = f"{s.lines / secs:,.0f}" if secs else "-"
        macro = f"{s.macro_f1:.3f}" if s.labelled else "-"
        lines.append(
            f"| {name} | {s.keep_p:.3f} | {s.keep_r:.3f} | {s.keep_f1:.3f} | {s.token_p:.3f} | {s.token_r:.3f} | {s.token_f1:.3f} | **{100 * s.lost_body_tokens:.2f}%** | {macro} | {speed} |"
        )
    docs = next(iter(scores.values())).docs if scores else 0
    n_lines = next(iter(scores.values())).lines if scores else 0
    lines.append("")
    lines.append(
        f"{docs} documents, {n_lines} labelled lines. keep = headline + body; lost body tokens = share of gold headline+body tokens dropped."
    )
    for note in run.notes:
        lines.append(f"- note: {note}")
    return "\n".join(lines)


def label_table(system: str, s: Scores) -> str:
    lines = [
        f"Per-label scores of `{system}` (lines):",
        "",
        "| label | precision | recall | F1 | support |",
        "|---|---|---|---|---|",
    ]
    for label in Label:
        if label.value in s.per_label:
            p, r, f, n = s.per_label[label.value]
            lines.append(f"| {label.value} | {p:.3f} | {r:.3f} | {f:.3f} | {n} |")
    lines.append(f"| **macro** | | | **{s.macro_f1:.3f}** | |")
    return "\n".join(lines)


def confusion_table(s: Scores) -> str:
    labels = [label.value for label in Label]
    head = "| gold \\ predicted | " + " | ".join(labels) + " |"
    lines = [
        "Confusion matrix (rows gold, columns predicted):",
        "",
        head,
        "|---" * (len(labels) + 1) + "|",
    ]
    for g in labels:
        row = s.confusion.get(g, {})
        lines.append(f"| {g} | " + " | ".join(str(row.get(p, 0)) or "0" for p in labels) + " |")
    return "\n".join(lines)


def by_rule_table(s: Scores, top: int = 12) -> str:
    """Lost body tokens and kept junk tokens by the rule that decided the line, the biggest first.

    In aggregate only (no line is shown), so it may be printed for a held-out
    split: it says which rule to look at, not which page.
    """
    lost_total = sum(s.lost_by_rule.values())
    junk_total = sum(s.junk_by_rule.values())
    lines = [
        f"Tokens on the wrong side, by the rule that decided (top {top}; "
        f"lost body tokens {lost_total:,}, kept junk tokens {junk_total:,}):",
        "",
        "| rule that dropped article text | lost tokens | rule that kept furniture | junk tokens |",
        "|---|---|---|---|",
    ]
    lost = list(s.lost_by_rule.items())[:top]
    junk = list(s.junk_by_rule.items())[:top]
    for i in range(max(len(lost), len(junk))):
        left = f"{lost[i][0]} | {lost[i][1]:,}" if i < len(lost) else " | "
        right = f"{junk[i][0]} | {junk[i][1]:,}" if i < len(junk) else " | "
        lines.append(f"| {left} | {right} |")
    return "\n".join(lines)


def worst(results: list[DocResult], n_docs: int = 6, n_lines: int = 12) -> str:
    ranked = sorted(results, key=lambda r: (-r.lost_tokens, -len(r.errors)))[:n_docs]
    lines = ["Worst documents (lost body tokens, wrong lines) and their wrong lines:", ""]
    for r in ranked:
        if not r.errors:
            continue
        lines.append(
            f"- {r.name}: lost {r.lost_tokens} body tokens, kept {r.junk_tokens} junk tokens, {len(r.errors)} wrong lines"
        )
        for i in r.errors[:n_lines]:
            p = r.pred[i]
            shown = p.value if isinstance(p, Label) else ("keep" if p else "drop")
            flag = "LOST " if r.gold[i] in KEEP and not r.kept_pred(i) else ""
            lines.append(f"    - {flag}line {i + 1}: gold {r.gold[i].value}, got {shown}: {r.texts[i][:90]!r}")
    return "\n".join(lines)


def shingle_table(title: str, sr: ShingleRun) -> str:
    lines = [
        f"### {title}",
        "",
        "| system | F1 (report half) | P | R | F1 (tune half) | F1 (all) | P (all) | R (all) | pages/s "
        "| pages/s (first pass) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    ranked = sorted(sr.scores, key=lambda n: (-sr.scores[n]["report"]["f1"], -sr.scores[n]["all"]["f1"]))

    def cell(scores: dict[str, float], key: str) -> str:
        return f"{scores[key]:.3f}" if scores.get("n") else "-"  # a half that was not run

    for name in ranked:
        rep, tune, allp = sr.scores[name]["report"], sr.scores[name]["tune"], sr.scores[name]["all"]
        lines.append(
            f"| {name} | {cell(rep, 'f1')} | {cell(rep, 'precision')} | {cell(rep, 'recall')} | {cell(tune, 'f1')} "
            f"| {cell(allp, 'f1')} | {cell(allp, 'precision')} | {cell(allp, 'recall')} "
            f"| {sr.pages_per_second.get(name, 0):.1f} | {sr.first_pass_pages_per_second.get(name, 0):.1f} |"
        )
    for note in sorted(set(sr.notes))[:20]:
        lines.append(f"- note: {note}")
    return "\n".join(lines)


def shingle_worst(sr: ShingleRun, system: str, split: str | None, count: int) -> str:
    """The ``count`` pages of ``split`` (None: both halves) where ``system`` scores lowest."""
    rows = [r for r in sr.pages.get(system, []) if split is None or r[1] == split]
    rows.sort(key=lambda r: (min(r[2], r[3]), r[0]))
    lines = [
        f"{system}: the {min(count, len(rows))} weakest pages ({split or 'both halves'}) by min(P, R)",
        "",
        "| page | half | P | R |",
        "|---|---|---|---|",
    ]
    lines += [f"| {pid[:12]} | {half} | {p:.3f} | {r:.3f} |" for pid, half, p, r in rows[:count]]
    return "\n".join(lines)


def as_json(sections: dict[str, Run], shingles: ShingleRun | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for title, run in sections.items():
        out[title] = {
            "systems": {name: s.as_dict() for name, s in scores_of(run).items()},
            "seconds": run.seconds,
            "notes": run.notes,
        }
    if shingles is not None:
        out["real-pages-html"] = {
            "scores": shingles.scores,
            "pages_per_second": shingles.pages_per_second,
            "first_pass_pages_per_second": shingles.first_pass_pages_per_second,
            "notes": shingles.notes,
        }
    return out
