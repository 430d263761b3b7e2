#!/usr/bin/env bash
# Determinism gate (after the build): regenerates every golden corpus with the shaded CLI
#   1. on the Temurin JDK 25 beside the default JDK 17, and
#   2. on JDK 17 with a Turkish default locale (LANG=tr_TR.UTF-8, user.language=tr: the dotless-i
#      case mapping that breaks naive toUpperCase/toLowerCase),
# and fails on any byte difference from golden/ (ensure-clean compares bytes; exit 1 on drift).
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
run "Turkish locale" env LANG=tr_TR.UTF-8 LC_ALL=tr_TR.UTF-8 java -Duser.language=tr -Duser.country=TR
if ((failures > 0)); then
  echo "determinism: FAILED, $failures of $checked regenerations differ from golden/" >&2
  exit 1
fi
echo "determinism: all $checked regenerations (JDK 25; JDK 17 under tr_TR) are byte-identical to golden/"
