#!/usr/bin/env bash
# Sourced by determinism.sh: the second JDK of the cross-JDK determinism checks, the one setting the
# Maven tests read too (dev.synesthetic.codegen.testing.SecondJdk): $DETERMINISM_JDK, else Temurin 25
# where Debian installs it.
# second_jdk_java prints that JDK's java. Without one: under CI=true an error (return 2); elsewhere one
# WARNING line on stderr, nothing on stdout, and the cross-JDK checks are skipped.
second_jdk_java() {
  local home=${DETERMINISM_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
  if [[ -x $home/bin/java ]]; then
    echo "$home/bin/java"
  elif [[ ${CI:-} == true ]]; then
    echo "determinism: no JDK at $home, and CI=true: the cross-JDK checks cannot be skipped in CI; set DETERMINISM_JDK to a JDK 25 home" >&2
    return 2
  else
    echo "WARNING: no JDK at $home: cross-JDK determinism checks SKIPPED (set DETERMINISM_JDK to a JDK 25 home)" >&2
  fi
}
