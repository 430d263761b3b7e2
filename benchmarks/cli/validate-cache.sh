#!/usr/bin/env bash
# Whole-process timings of `validate` for issue 13, in one run on this machine (2 shared cores:
# expect noise, compare the ratios): the 15 Synesthetic examples validated with an empty cache
# (cold: generate, compile, store), with the cache filled (warm: load the classes), with
# --no-cache, and a bare start of the jar (--version) as the floor. The commands take turns.
# Usage (from the project root, after `mvn -B -DskipTests package`):  bash benchmarks/cli/validate-cache.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
jar=cli/target/synesthetic-codegen.jar
examples=../shared/synesthetic-schemas/examples
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[[ -f $jar ]] || { echo "build first: mvn -B -DskipTests package" >&2; exit 2; }

TIMEFORMAT='%R %U %S'
# appends "wall cpu" seconds of one run of the command to the file $1
timed() {
  local file=$1
  shift
  { time "$@" >/dev/null 2>&1; } 2>>"$work/raw"
  awk '{printf "%s %.3f\n", $1, $2 + $3}' <(tail -1 "$work/raw") >>"$file"
}
cold() { rm -rf "$work/cold"; java -jar "$jar" validate --cache-dir "$work/cold" "$examples"; }
warm() { java -jar "$jar" validate --cache-dir "$work/warm" "$examples"; }
nocache() { java -jar "$jar" validate --no-cache "$examples"; }
floor() { java -jar "$jar" --version; }

warm >/dev/null 2>&1 || true # fills the warm cache; one warm-up run of each
for ((i = 0; i < runs; i++)); do
  timed "$work/cold.t" cold
  timed "$work/warm.t" warm
  timed "$work/nocache.t" nocache
  timed "$work/floor.t" floor
done

median() { sort -n -k"$2" "$1" | awk -v k="$2" '{a[NR]=$k} END {print a[int((NR + 1) / 2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
cat <<TABLE
| \`validate\` of the 15 examples (median of $runs, $(java -version 2>&1 | head -1 | tr -d '"'), $(date -u +%Y-%m-%d)) | wall s | cpu s | cpu vs warm |
|---|---|---|---|
| bare JVM start of our jar (\`--version\`) | $(median "$work/floor.t" 1) | $(median "$work/floor.t" 2) | $(ratio "$(median "$work/floor.t" 2)" "$(median "$work/warm.t" 2)") |
| warm: cache filled | $(median "$work/warm.t" 1) | $(median "$work/warm.t" 2) | 1.00 |
| cold: empty cache (generate, compile, store) | $(median "$work/cold.t" 1) | $(median "$work/cold.t" 2) | $(ratio "$(median "$work/cold.t" 2)" "$(median "$work/warm.t" 2)") |
| \`--no-cache\` (generate, compile) | $(median "$work/nocache.t" 1) | $(median "$work/nocache.t" 2) | $(ratio "$(median "$work/nocache.t" 2)" "$(median "$work/warm.t" 2)") |
TABLE
