#!/usr/bin/env bash
# Whole-process timings for issue 4, in one run on this machine (2 cores, shared: expect noise).
#   our ensure-clean of the Synesthetic corpus vs jsonschema2pojo 1.3.3 generating it,
#   vs a bare start of our jar (--version) as the floor; and 100 vs 1,000 schemas.
# Usage (from the project root, after `mvn -B -DskipTests package`):  bash benchmarks/cli/run.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
jar=cli/target/synesthetic-codegen.jar
schemas=../shared/synesthetic-schemas/jsonschema
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[[ -f $jar ]] || { echo "build first: mvn -B -DskipTests package" >&2; exit 2; }
mvn -B -q -f benchmarks/cli/j2p-driver/pom.xml -DskipTests package >/dev/null
driver=benchmarks/cli/j2p-driver/target/j2p-driver.jar

# median wall time in milliseconds of a command run $runs times
median_ms() {
  local times=()
  for ((i = 0; i < runs; i++)); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'
}

java -jar "$jar" generate --schemas "$schemas" --output "$work/committed" >/dev/null 2>&1
java benchmarks/cli/ScaleCorpus.java "$schemas" "$work/scale100" 11
java benchmarks/cli/ScaleCorpus.java "$schemas" "$work/scale1000" 111

floor=$(median_ms java -jar "$jar" --version)
ours=$(median_ms java -jar "$jar" ensure-clean --schemas "$schemas" --output "$work/committed")
j2p=$(median_ms java -jar "$driver" "$schemas" "$work/j2p-out")
s100=$(median_ms java -jar "$jar" generate --schemas "$work/scale100" --output "$work/out100" --package scale)
s1000=$(median_ms java -jar "$jar" generate --schemas "$work/scale1000" --output "$work/out1000" --package scale)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
cat <<TABLE
| measurement (median of $runs, $(java -version 2>&1 | head -1 | tr -d '"'), $(date -u +%Y-%m-%d)) | ms | ratio |
|---|---|---|
| bare JVM start of our jar (\`--version\`), the floor | $floor | 1.00 |
| \`ensure-clean\` of the Synesthetic corpus (generate in memory + compare) | $ours | $(ratio "$ours" "$floor") × floor |
| jsonschema2pojo 1.3.3 generating the same corpus | $j2p | ours = $(ratio "$ours" "$j2p") × j2p |
| \`generate\` 99 schemas (11 copies) | $s100 | 1.00 |
| \`generate\` 999 schemas (111 copies) | $s1000 | $(ratio "$s1000" "$s100") × the 99 |
TABLE
