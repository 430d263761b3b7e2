#!/usr/bin/env bash
# Whole-process timings of `validate` against networknt json-schema-validator 3.0.9 doing the same
# (benchmarks/cli/networknt-driver: every schema registered by $id, each instance's schema named by
# its root "$schema", set aside as metadata, format assertion on), in one run on this machine (2
# shared cores: expect noise, compare the ratios). The commands take turns, round by round:
#   the 15 Synesthetic examples: ours warm (validator cache filled), ours cold (cache emptied before
#   each run), networknt;
#   a schema of about 1 MB (BigSchema.java: 1,400 object definitions) and its one instance: ours
#   warm, ours cold, networknt.
# Ours runs through the bin/ launcher, its class-data archives made by a first run of each beforehand.
# Usage (from the project root, after `mvn -B -DskipTests package`):
#   bash benchmarks/cli/validate-vs-networknt.sh [RUNS] [BIG_RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
big_runs=${2:-3}
launcher=cli/target/synesthetic-codegen/bin/synesthetic-codegen
schemas=../shared/synesthetic-schemas/jsonschema
examples=../shared/synesthetic-schemas/examples
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache
[[ -x $launcher ]] || { echo "build first: mvn -B -DskipTests package" >&2; exit 2; }
mvn -B -q -f benchmarks/cli/networknt-driver/pom.xml -DskipTests package >/dev/null
driver=benchmarks/cli/networknt-driver/target/networknt-driver.jar
java benchmarks/cli/BigSchema.java "$work/big" >/dev/null
big_schemas=$work/big/schemas
big=$work/big/instances

TIMEFORMAT='%R %U %S'
timed() {
  local file=$1
  shift
  { time "$@" >/dev/null 2>&1; } 2>>"$work/raw"
  awk '{printf "%s %.3f\n", $1, $2 + $3}' <(tail -1 "$work/raw") >>"$file"
}
median() { sort -n -k"$2" "$1" | awk -v k="$2" '{a[NR]=$k} END {print a[int((NR + 1) / 2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

ours() { "$launcher" validate --schemas "$1" --cache-dir "$2" "$3"; }
cold() { rm -rf "$work/$2"; ours "$1" "$work/$2" "$3"; }
# The first runs fill the warm caches and make the launcher's validate archive (with javac's classes).
ours "$schemas" "$work/warm" "$examples" >/dev/null 2>&1
ours "$big_schemas" "$work/bigwarm" "$big" >/dev/null 2>&1
java -jar "$driver" "$schemas" "$examples" >/dev/null 2>&1
for ((i = 0; i < runs; i++)); do
  timed "$work/warm.t" ours "$schemas" "$work/warm" "$examples"
  timed "$work/cold.t" cold "$schemas" cold "$examples"
  timed "$work/nn.t" java -jar "$driver" "$schemas" "$examples"
done
for ((i = 0; i < big_runs; i++)); do
  timed "$work/bigwarm.t" ours "$big_schemas" "$work/bigwarm" "$big"
  timed "$work/bigcold.t" cold "$big_schemas" bigcold "$big"
  timed "$work/bignn.t" java -jar "$driver" "$big_schemas" "$big"
done

row() { # label file networknt-file
  echo "| $1 | $(median "$2" 1) | $(median "$2" 2) | $(ratio "$(median "$2" 1)" "$(median "$3" 1)") | $(ratio "$(median "$2" 2)" "$(median "$3" 2)") |"
}
cat <<TABLE
| \`validate\` (median of $runs, 1 MB schema: of $big_runs; $(java -version 2>&1 | head -1 | tr -d '"'), $(date -u +%Y-%m-%d)) | wall s | cpu s | wall vs networknt | cpu vs networknt |
|---|---|---|---|---|
$(row '15 examples, networknt 3.0.9' "$work/nn.t" "$work/nn.t")
$(row '15 examples, ours warm (cache filled)' "$work/warm.t" "$work/nn.t")
$(row '15 examples, ours cold (empty cache)' "$work/cold.t" "$work/nn.t")
$(row '1 MB schema, networknt 3.0.9' "$work/bignn.t" "$work/bignn.t")
$(row '1 MB schema, ours warm' "$work/bigwarm.t" "$work/bignn.t")
$(row '1 MB schema, ours cold' "$work/bigcold.t" "$work/bignn.t")
TABLE
