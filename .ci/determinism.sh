#!/usr/bin/env bash
# Determinism gate (after the build): regenerates every golden corpus with the shaded CLI
#   1. on the Temurin JDK 25 beside the default JDK 17, and
#   2. on JDK 17 with a Turkish default locale (LANG=tr_TR.UTF-8, user.language=tr: the dotless-i
#      case mapping that breaks naive toUpperCase/toLowerCase),
# and fails on any byte difference from golden/ (ensure-clean compares bytes; exit 1 on drift);
# then generates every corpus with validators and readers on JDK 17, JDK 25 and under tr_TR and
# fails unless the three outputs are byte-identical.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=cli/target/synesthetic-codegen.jar
jdk25=${DETERMINISM_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
[[ -f $jar ]] || { echo "determinism: build first (mvn -B verify): no $jar" >&2; exit 2; }
[[ -x $jdk25/bin/java ]] || { echo "determinism: no JDK at $jdk25; set DETERMINISM_JDK" >&2; exit 2; }

# name|schema folder|golden folder|package, one line per golden corpus (as GoldenCorpus lists them)
corpora() {
  echo "synesthetic|../shared/synesthetic-schemas/jsonschema|golden/synesthetic|dev.synesthetic.schema"
  for folder in schemas/*/; do
    name=$(basename "$folder")
    [[ $name == invalid ]] && continue
    echo "fixture $name|$folder|golden/fixtures|dev.synesthetic.fixtures.${name//-/_}"
  done
}

failures=0
checked=0
run() { # label, then the java command and its leading options
  local label=$1
  shift
  while IFS='|' read -r name schemas golden package; do
    checked=$((checked + 1))
    if ! "$@" -jar "$jar" ensure-clean --schemas "$schemas" --output "$golden" --package "$package" \
        --color never >"${TMPDIR:-/tmp}/determinism.out" 2>&1; then
      echo "determinism: $label: $name differs from golden/:" >&2
      cat "${TMPDIR:-/tmp}/determinism.out" >&2
      failures=$((failures + 1))
    fi
  done < <(corpora)
}

run "JDK 25" "$jdk25/bin/java"

# Validators and readers have no golden copy: generate them on the three set-ups and compare.
compare_all_outputs() {
  local scratch
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' RETURN
  while IFS='|' read -r name schemas golden package; do
    checked=$((checked + 1))
    local n=0
    for setup in "java" "$jdk25/bin/java" "env LANG=tr_TR.UTF-8 LC_ALL=tr_TR.UTF-8 java -Duser.language=tr -Duser.country=TR"; do
      n=$((n + 1))
      $setup -jar "$jar" generate --schemas "$schemas" --output "$scratch/$n/$name" --package "$package" \
          --validators --readers --format-assertions >/dev/null 2>&1
    done
    if ! diff -r "$scratch/1/$name" "$scratch/2/$name" >&2 || ! diff -r "$scratch/1/$name" "$scratch/3/$name" >&2; then
      echo "determinism: $name with validators and readers differs between JDK 17, JDK 25 and tr_TR" >&2
      failures=$((failures + 1))
    fi
  done < <(corpora)
}
compare_all_outputs
run "Turkish locale" env LANG=tr_TR.UTF-8 LC_ALL=tr_TR.UTF-8 java -Duser.language=tr -Duser.country=TR
if ((failures > 0)); then
  echo "determinism: FAILED, $failures of $checked regenerations differ from golden/" >&2
  exit 1
fi
echo "determinism: all $checked checks byte-identical (golden/ regenerated on JDK 25 and under tr_TR; validators and readers generated on JDK 17, JDK 25 and under tr_TR)"
