#!/usr/bin/env bash
# The benchmark (src/bench/java): not in the product jar. Maven compiles it with the tests; it runs
# on the main classpath plus its own classes only (copied to target/bench-classes, so that no test
# class or test configuration reaches the server it starts). Arguments go to `bench`:
#   src/bench/bench.sh generate --scale 100 --out corpus-100
#   JAVA_OPTS=-Xmx12g src/bench/bench.sh run --corpus corpus-100
# BENCH_BUILT=1 skips the build (run.sh builds once for all its runs).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${BENCH_BUILT:-}" ]; then
  mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile=target/bench.classpath
  rm -rf target/bench-classes
  mkdir -p target/bench-classes/org/quanze
  cp -r target/test-classes/org/quanze/bench target/bench-classes/org/quanze/
  find target/bench-classes -name '*Test.class' -o -name '*Test$*.class' | xargs -r rm
fi
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
exec java ${JAVA_OPTS:-} -cp "target/classes:target/bench-classes:$(cat target/bench.classpath)" \
  org.quanze.bench.BenchCommand "$@"
