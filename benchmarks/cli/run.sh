#!/usr/bin/env bash
# Whole-process timings (issues 4 and 13), in one run on this machine (2 shared cores: expect noise,
# compare the ratios). The commands take turns, round by round:
#   a bare start of our jar (--version), the floor;
#   our ensure-clean of the Synesthetic corpus through the bin/ launcher (its class-data archive
#   made by a first run beforehand) and with plain java -jar, each twice: with its generation cache
#   warm (the entry made by that first run: every run after the first on a machine) and with
#   --no-cache (what a fresh CI machine pays: the generator runs);
#   jsonschema2pojo 1.3.3 generating the same corpus;
# then generate of 99 vs 999 schemas (copies re-hosted by ScaleCorpus.java).
# Usage (from the project root, after `mvn -B -DskipTests package`):  bash benchmarks/cli/run.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
dist=cli/target/synesthetic-codegen
jar=$dist/lib/synesthetic-codegen.jar
launcher=$dist/bin/synesthetic-codegen
schemas=../shared/synesthetic-schemas/jsonschema
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache # the launcher's archives and the generation cache, made fresh for this run

[[ -x $launcher ]] || { echo "build first: mvn -B -DskipTests package" >&2; exit 2; }
mvn -B -q -f benchmarks/cli/j2p-driver/pom.xml -DskipTests package >/dev/null
driver=benchmarks/cli/j2p-driver/target/j2p-driver.jar

TIMEFORMAT='%R %U %S'
# appends "wall cpu" seconds of one run of the command to the file $1
timed() {
  local file=$1
  shift
  { time "$@" >/dev/null 2>&1; } 2>>"$work/raw"
  awk '{printf "%s %.3f\n", $1, $2 + $3}' <(tail -1 "$work/raw") >>"$file"
}
median() { sort -n -k"$2" "$1" | awk -v k="$2" '{a[NR]=$k} END {print a[int((NR + 1) / 2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

java -jar "$jar" generate --schemas "$schemas" --output "$work/committed" >/dev/null 2>&1
java benchmarks/cli/ScaleCorpus.java "$schemas" "$work/scale100" 11
java benchmarks/cli/ScaleCorpus.java "$schemas" "$work/scale1000" 111
# makes the archive and the generation cache's entry
"$launcher" ensure-clean --schemas "$schemas" --output "$work/committed" >/dev/null 2>&1
[[ -d $XDG_CACHE_HOME/synesthetic-codegen/generated ]] || { echo "no generation cache entry was made" >&2; exit 2; }

floor() { java -jar "$jar" --version; }
launched() { "$launcher" ensure-clean --schemas "$schemas" --output "$work/committed" "$@"; }
plain() { java -jar "$jar" ensure-clean --schemas "$schemas" --output "$work/committed" "$@"; }
j2p() { java -jar "$driver" "$schemas" "$work/j2p-out"; }
for ((i = 0; i < runs; i++)); do
  timed "$work/floor.t" floor
  timed "$work/launched.t" launched
  timed "$work/plain.t" plain
  timed "$work/launched-nocache.t" launched --no-cache
  timed "$work/plain-nocache.t" plain --no-cache
  timed "$work/j2p.t" j2p
done
"$launcher" generate --schemas "$work/scale100" --output "$work/out100" --package scale >/dev/null 2>&1
for ((i = 0; i < runs; i++)); do
  timed "$work/s100.t" "$launcher" generate --schemas "$work/scale100" --output "$work/out100" --package scale
  timed "$work/s1000.t" "$launcher" generate --schemas "$work/scale1000" --output "$work/out1000" --package scale
done

row() { # label file base-file base-name
  echo "| $1 | $(median "$2" 1) | $(median "$2" 2) | $(ratio "$(median "$2" 1)" "$(median "$3" 1)") × $4 |"
}
cat <<TABLE
| measurement (median of $runs, $(java -version 2>&1 | head -1 | tr -d '"'), $(date -u +%Y-%m-%d)) | wall s | cpu s | wall ratio |
|---|---|---|---|
$(row 'bare JVM start of our jar (`java -jar … --version`), the floor' "$work/floor.t" "$work/floor.t" floor)
$(row '`ensure-clean` of the Synesthetic corpus, `bin/synesthetic-codegen` (archive made), generation cache warm' "$work/launched.t" "$work/floor.t" floor)
$(row '`ensure-clean` of the same, `java -jar`, generation cache warm' "$work/plain.t" "$work/floor.t" floor)
$(row '`ensure-clean --no-cache` (generates: a fresh CI machine), `bin/synesthetic-codegen` (archive made)' "$work/launched-nocache.t" "$work/floor.t" floor)
$(row '`ensure-clean --no-cache`, `java -jar`' "$work/plain-nocache.t" "$work/floor.t" floor)
$(row 'jsonschema2pojo 1.3.3 generating the same corpus' "$work/j2p.t" "$work/floor.t" floor)
$(row '`generate` 99 schemas (11 copies), launcher' "$work/s100.t" "$work/s100.t" 'the 99')
$(row '`generate` 999 schemas (111 copies), launcher' "$work/s1000.t" "$work/s100.t" 'the 99')
TABLE
echo "launcher ensure-clean, cache warm / jsonschema2pojo, wall: $(ratio "$(median "$work/launched.t" 1)" "$(median "$work/j2p.t" 1)")"
echo "launcher ensure-clean --no-cache / jsonschema2pojo, wall: $(ratio "$(median "$work/launched-nocache.t" 1)" "$(median "$work/j2p.t" 1)")"
