#!/usr/bin/env bash
# Regenerates benchmarks/RESULTS.md: every quality and speed figure, in one run, on this machine.
#   bash benchmarks/run_all.sh            (needs: pip install '.[dev]'; ../shared beside the repo)
set -euo pipefail
cd "$(dirname "$0")/.."
REAL=../shared/datasets/article-extraction-benchmark
OUT=benchmarks/RESULTS.md
{
  echo "# newsclean benchmark results"
  echo
  echo "Regenerate with \`bash benchmarks/run_all.sh\` (writes this file). Machine: $(uname -srm), $(nproc) cores,"
  echo "$(python3 --version), newsclean $(newsclean --version | cut -d' ' -f2-), run on $(date -u +%Y-%m-%d)."
  echo "Baselines run in the same run on the same pages. Test split and report half are never tuned against:"
  echo "their wrong lines and weakest pages are not listed here (\`--worst 0\`), so they cannot steer the work."
  echo
  echo "## 1. Hand-labelled corpus, test split (text dumps)"
  echo
  echo '```'
  echo "newsclean bench corpus/text/test --details --worst 0 --ablation"
  echo '```'
  echo
  newsclean bench corpus/text/test --details --worst 0 --ablation
  echo
  echo "### 1b. The test split by batch: the first split's 32 documents, and the blind ones added later"
  echo
  echo "Each batch has its own floors in tests/bench/test_quality_gate.py (corpus/README.md, \"The split\")."
  echo
  echo '```'
  echo 'newsclean bench $(ls corpus/text/test/*.seg | grep -v -- -blind) --worst 0 --ablation --baselines c4-lines'
  echo 'for batch in blind15 blind15b blind15c blind16 blind17; do newsclean bench corpus/text/test/*-$batch-*.seg --worst 0 --ablation --baselines c4-lines; done'
  echo '```'
  echo
  echo "First split (32 documents):"
  echo
  # shellcheck disable=SC2046
  newsclean bench $(ls corpus/text/test/*.seg | grep -v -- -blind) --worst 0 --ablation --baselines c4-lines | sed -n '/^| system/,/^$/p'
  # the blind batches, in the order they were written (a new batch: add it here and to the quality gate)
  for batch in blind15 blind15b blind15c blind16 blind17; do
    echo "Blind batch $batch ($(ls corpus/text/test/*-"$batch"-*.seg | wc -l) documents):"
    echo
    newsclean bench corpus/text/test/*-"$batch"-*.seg --worst 0 --ablation --baselines c4-lines | sed -n '/^| system/,/^$/p'
  done
  echo "## 2. Hand-labelled HTML pages (corpus/html)"
  echo
  echo '```'
  echo "newsclean bench corpus/html --ablation"
  echo '```'
  echo
  newsclean bench corpus/html --ablation
  echo
  echo "### 2b. Blind HTML pages (corpus/html/test: written and labelled without running the cleaner)"
  echo
  echo '```'
  echo "newsclean bench corpus/html/test --ablation --worst 0"
  echo '```'
  echo
  newsclean bench corpus/html/test --ablation --worst 0 | sed -n '/^| system/,/^$/p'
  for batch in blind15h blind15hb blind15hc blind16h blind17h; do
    tmp=$(mktemp -d)
    cp corpus/html/test/*-"$batch"-*.html "$tmp"/
    echo "Batch $batch ($(ls "$tmp" | wc -l) pages):"
    echo
    newsclean bench "$tmp" --worst 0 --baselines c4-lines | sed -n '/^| system/,/^$/p'
    rm -r "$tmp"
  done
  if [ -f "$REAL/ground-truth.json" ]; then
    for half in report tune; do
      echo "## 3.$([ $half = report ] && echo 1 || echo 2) Real pages (article-extraction-benchmark), $half half, as text dumps"
      echo
      echo '```'
      echo "newsclean bench --real $REAL --real-split $half --ablation"
      echo '```'
      echo
      newsclean bench --real "$REAL" --real-split "$half" --ablation
      echo
    done
    echo "## 4. Real pages, whole HTML, the benchmark's own metric (both halves)"
    echo
    echo "The ground truth leaves out the headline and the standfirst (the dataset's README): newsclean is"
    echo "scored on its body without the headline line and without a standfirst it told apart"
    echo "(\`decision.standfirst\`, still body in its output; \`bench.runner.benchmark_body\`)."
    echo "Every system reads every page twice, the systems taking turns page by page; pages/s is the"
    echo "second pass's (the first pays what a long run pays once: lazy imports, patterns compiled when a"
    echo "page first reaches them) and the first pass's is given beside it. newsclean reads no"
    echo "publication date here (\`Options.find_date\`), as \`trafilatura.extract\` reads no metadata by default."
    echo
    echo '```'
    echo "newsclean bench --real $REAL --real-split all --real-html --baselines ''"
    echo '```'
    echo
    newsclean bench --real "$REAL" --real-split all --real-html --baselines '' | sed -n '/whole HTML/,$p'
    echo
  else
    echo "(real pages skipped: $REAL not found)"
  fi
  echo "## 5. Throughput and start-up"
  echo
  echo '```'
  echo "python3 benchmarks/throughput.py --runs 3"
  echo '```'
  echo
  python3 benchmarks/throughput.py --runs 3
  echo
  echo "## 6. Bad input: time and peak memory"
  echo
  echo '```'
  echo "python3 benchmarks/bad_input.py"
  echo '```'
  echo
  python3 benchmarks/bad_input.py
  echo
  echo "## 7. Backtracking: adversarial lines"
  echo
  echo '```'
  echo "python3 benchmarks/redos.py --n 20000"
  echo '```'
  echo
  python3 benchmarks/redos.py --n 20000
  echo
  echo "## 8. Generalization: pages written unseen, scored by the code from before they were written"
  echo
  echo '```'
  echo "python3 benchmarks/unseen.py"
  echo '```'
  echo
  echo "\"then\": the code (rules and bundled model) of the commit before each document was added, which"
  echo "had never seen it; \"now\": the current code, in-sample for the fresh \`dev\` pages (later commits"
  echo "fixed what they showed), still out-of-sample for the blind \`test\` pages."
  echo
  if git rev-parse --git-dir >/dev/null 2>&1; then
    python3 benchmarks/unseen.py
  else
    echo "(skipped: needs the git history)"
  fi
} > "$OUT.tmp"
mv "$OUT.tmp" "$OUT"
echo "wrote $OUT"
