#!/usr/bin/env bash
# The benchmark as it was run for README's Performance section, on a quiet machine (nothing else
# heavy at the same time). Each size: generate the corpus, then run. Results are appended to
# $BENCH_REPORT (default target/bench/results.md) as Markdown tables; progress goes to stderr.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B package -DskipTests
JAR=target/quanze.jar
OUT=${BENCH_OUT:-target/bench}
REPORT=${BENCH_REPORT:-$OUT/results.md}
mkdir -p "$OUT"
java -jar $JAR bench generate --scale 1 --out "$OUT/corpus-1"
java -jar $JAR bench generate --scale 100 --out "$OUT/corpus-100"
java -jar $JAR bench generate --scale 1000 --out "$OUT/corpus-1000"

# 1×: the load as `quanze load` runs it (impact graphs included), three runs of each loader.
java -Xmx12g -jar $JAR bench run --corpus "$OUT/corpus-1" --work "$OUT/work" --runs 3 --requests 40 --budget 20 \
  --report "$REPORT"
# 100×: the store's write path against tdbloader (impact graphs left out: see README) …
java -Xmx12g -jar $JAR bench run --corpus "$OUT/corpus-100" --work "$OUT/work" --runs 1 --tdbloader-runs 1 \
  --requests 20 --budget 20 --no-impact-graphs --report "$REPORT"
# … and as `quanze load` runs it, with the impact graphs: the latency of the four questions.
java -Xmx12g -jar $JAR bench run --corpus "$OUT/corpus-100" --work "$OUT/work" --runs 1 --skip-tdbloader \
  --requests 20 --budget 15 --report "$REPORT"
# 1000×: part by part (ten loads of a hundred copies), once; the store is dropped before tdbloader runs.
java -Xmx16g -jar $JAR bench run --corpus "$OUT/corpus-1000" --work "$OUT/work" --runs 1 --tdbloader-runs 1 \
  --requests 10 --budget 20 --by-part --no-impact-graphs --no-impact --drop-store --report "$REPORT"
