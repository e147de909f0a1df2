#!/usr/bin/env bash
# The benchmark as it was run for README's Performance section, on a quiet machine (nothing else
# heavy at the same time). Each size: generate the corpus, then run. Results are appended to
# $BENCH_REPORT (default target/bench/results.md) as Markdown tables; progress goes to stderr.
set -euo pipefail
cd "$(dirname "$0")/../.."
src/bench/bench.sh --version >/dev/null   # builds once: the main classes and the bench
export BENCH_BUILT=1
BENCH=src/bench/bench.sh
OUT=${BENCH_OUT:-target/bench}
REPORT=${BENCH_REPORT:-$OUT/results.md}
mkdir -p "$OUT"
$BENCH generate --scale 1 --out "$OUT/corpus-1"
$BENCH generate --scale 100 --out "$OUT/corpus-100"
$BENCH generate --scale 1000 --out "$OUT/corpus-1000"

# 1×: the load as `quanze load` runs it (impact graphs included), three runs of each loader.
JAVA_OPTS=-Xmx12g $BENCH run --corpus "$OUT/corpus-1" --work "$OUT/work" --runs 3 --requests 40 --budget 20 \
  --report "$REPORT"
# 100×: the store's write path against tdbloader (impact graphs left out: see README) …
JAVA_OPTS=-Xmx12g $BENCH run --corpus "$OUT/corpus-100" --work "$OUT/work" --runs 1 --tdbloader-runs 1 \
  --requests 20 --budget 20 --no-impact-graphs --report "$REPORT"
# … and as `quanze load` runs it, with the impact graphs, into a store kept for the latency runs …
JAVA_OPTS=-Xmx12g $BENCH run --corpus "$OUT/corpus-100" --work "$OUT/work100" --runs 1 --skip-tdbloader \
  --skip-latency --report "$REPORT"
# … whose latency is measured on that store as it is (no load: --runs 0), once per build measured.
JAVA_OPTS=-Xmx12g $BENCH run --corpus "$OUT/corpus-100" --work "$OUT/work100" --runs 0 --skip-tdbloader \
  --requests 20 --budget 20 --report "$REPORT"
# 1000×: part by part (ten loads of a hundred copies) without the citation findings (they read every
# citation into memory at once), then the article correspondences the impact report needs, then the
# latency of the four questions. tdb2.tdbloader was run on the same quads by an earlier build of
# this script (--tdbloader-runs 1 --drop-store: the export and its load take another 20 minutes).
JAVA_OPTS=-Xmx16g $BENCH run --corpus "$OUT/corpus-1000" --work "$OUT/work1000" --runs 1 --by-part \
  --no-impact-graphs --correspondences --skip-tdbloader --requests 10 --budget 20 --report "$REPORT"
