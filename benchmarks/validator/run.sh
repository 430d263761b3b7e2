#!/usr/bin/env bash
# JMH benchmarks of the generated validators and readers on the 15 Synesthetic examples, in one run:
# ours vs networknt 3.0.9 on pre-parsed trees, the Jackson parse floors, and bytes -> validated record.
# Usage (from anywhere, fresh clone is fine; needs JDK 17, Maven, ../shared beside the project root):
#   bash benchmarks/validator/run.sh [extra JMH options]
# Builds the reactor's CLI jar with `package` (never `install`), generates the sources from it into
# benchmarks/validator/target, builds the JMH jar, runs it (-f 1 -wi 5 -i 5, 1 s / 2 s iterations)
# and prints the README table. Never part of `mvn verify`.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
mvn -B -q -f "$root/pom.xml" -pl cli -am package -DskipTests
mvn -B -q -f "$here/pom.xml" package -Dshared.dir="$root/../shared"
java -Dshared.dir="$root/../shared" -jar "$here/target/benchmarks.jar" ValidatorBenchmark \
  -f 1 -wi 5 -w 1s -i 5 -r 2s -jvmArgsAppend "-Dshared.dir=$root/../shared" \
  -rf json -rff "$here/target/jmh.json" "$@"
echo
echo "$(java -version 2>&1 | head -1), $(nproc) cores, $(date -u +%Y-%m-%d)"
java -cp "$here/target/benchmarks.jar" "$here/Table.java" "$here/target/jmh.json"
