#!/usr/bin/env bash
# Determinism gate (after the build): regenerates every golden corpus with the shaded CLI
#   1. on the second JDK (Temurin 25 beside the default JDK 17; DETERMINISM_JDK, see second-jdk.sh), and
#   2. on JDK 17 with a Turkish default locale (LANG=tr_TR.UTF-8, user.language=tr: the dotless-i
#      case mapping that breaks naive toUpperCase/toLowerCase),
# and fails on any byte difference from golden/ (ensure-clean compares bytes; exit 1 on drift);
# then generates every corpus with validators and readers on JDK 17, JDK 25 and under tr_TR and
# fails unless the outputs are byte-identical. Without the second JDK (outside CI only) its checks
# are skipped after one WARNING line.
#
# Every run is a short JVM: the runs go $(nproc) at a time, each with C1 only (-XX:TieredStopAtLevel=1,
# half the CPU of a run that also starts C2; the bytes written do not depend on the JIT).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/second-jdk.sh
jar=cli/target/synesthetic-codegen.jar
java25=$(second_jdk_java) || exit 2
[[ -f $jar ]] || { echo "determinism: build first (mvn -B verify): no $jar" >&2; exit 2; }

# name|schema folder|golden folder|package|options, one line per golden corpus (as GoldenCorpus lists
# them, with the options GoldenCorpus gives a fixture by its folder name)
corpora() {
  echo "synesthetic|../shared/synesthetic-schemas/jsonschema|golden/synesthetic|dev.synesthetic.schema|"
  for folder in schemas/*/; do
    name=$(basename "$folder")
    [[ $name == invalid ]] && continue
    options=""
    [[ $name == bean-validation ]] && options="--bean-validation"
    echo "fixture-$name|$folder|golden/fixtures|dev.synesthetic.fixtures.${name//-/_}|$options"
  done
}

# set-up name|java command and its leading options (word-split on purpose)
setups() {
  echo "jdk17|java"
  [[ -n $java25 ]] && echo "jdk25|$java25"
  echo "tr_TR|env LANG=tr_TR.UTF-8 LC_ALL=tr_TR.UTF-8 java -Duser.language=tr -Duser.country=TR"
}

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
parallel=$(nproc)

# Runs a command in the background, at most $parallel at a time; its output and exit code go to $scratch/ID.*
task() {
  local id=$1
  shift
  while (($(jobs -rp | wc -l) >= parallel)); do
    wait -n || true
  done
  (
    code=0
    "$@" >"$scratch/$id.out" 2>&1 || code=$?
    echo "$code" >"$scratch/$id.rc"
  ) &
}

while IFS='|' read -r name schemas golden package options; do
  while IFS='|' read -r setup java; do
    # golden/ holds records and validators (the default): ensure-clean on every set-up but plain JDK 17 (the Maven tests' own)
    if [[ $setup != jdk17 ]]; then
      task "golden-$setup-$name" $java -XX:TieredStopAtLevel=1 -jar "$jar" ensure-clean --schemas "$schemas" \
          --output "$golden" --package "$package" --color never $options
    fi
    # readers have no golden copy: generated with validators on every set-up, compared below
    task "generate-$setup-$name" $java -XX:TieredStopAtLevel=1 -jar "$jar" generate --schemas "$schemas" \
        --output "$scratch/$setup/$name" --package "$package" --validators --readers --format-assertions $options
  done < <(setups)
done < <(corpora)
wait

failures=0
checked=0
while IFS='|' read -r name schemas golden package options; do
  while IFS='|' read -r setup java; do
    if [[ $setup != jdk17 ]]; then
      checked=$((checked + 1))
      if [[ $(cat "$scratch/golden-$setup-$name.rc") != 0 ]]; then
        echo "determinism: $setup: $name differs from golden/:" >&2
        cat "$scratch/golden-$setup-$name.out" >&2
        failures=$((failures + 1))
      fi
    fi
    if [[ $(cat "$scratch/generate-$setup-$name.rc") != 0 ]]; then
      echo "determinism: $setup: generating $name with validators and readers failed:" >&2
      cat "$scratch/generate-$setup-$name.out" >&2
      failures=$((failures + 1))
    elif [[ $setup != jdk17 ]]; then
      checked=$((checked + 1))
      if ! diff -r "$scratch/jdk17/$name" "$scratch/$setup/$name" >&2; then
        echo "determinism: $name with validators and readers differs between JDK 17 and $setup" >&2
        failures=$((failures + 1))
      fi
    fi
  done < <(setups)
done < <(corpora)

if ((failures > 0)); then
  echo "determinism: FAILED, $failures of $checked checks differ" >&2
  exit 1
fi
others=$(setups | cut -d'|' -f1 | grep -v '^jdk17$' | paste -sd' ')
echo "determinism: all $checked checks byte-identical (on $others: golden/ regenerated, and validators and" \
    "readers generated as on jdk17)"
