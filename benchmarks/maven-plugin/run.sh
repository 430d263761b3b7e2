#!/usr/bin/env bash
# Whole-process timings for the Maven plugin (issue 5), in one run on this machine (2 shared cores:
# expect noise; medians of RUNS):
#   1. `mvn -o verify` of a consumer project with committed generated sources and `check` bound,
#      vs the same project without the plugin (the sources compile as ordinary sources);
#   2. `mvn -o generate-sources` with `generate` bound: the first run (empty target/) vs a second
#      run with nothing changed, which must generate nothing.
# Usage (from the project root): bash benchmarks/maven-plugin/run.sh [RUNS]
# It installs this build's snapshot into the local repository first (mvn install -DskipTests), so
# the consumer builds resolve the plugin as any user's build would.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
root=$(pwd)
schemas=$root/../shared/synesthetic-schemas/jsonschema
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mvn -B -q -DskipTests -Dinvoker.skip=true install >/dev/null
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
jspecify=$(sed -n 's:.*<jspecify.version>\(.*\)</jspecify.version>.*:\1:p' pom.xml | head -1)
jackson=$(sed -n 's:.*<jackson.version>\(.*\)</jackson.version>.*:\1:p' pom.xml | head -1)
junit=$(sed -n 's:.*<junit.version>\(.*\)</junit.version>.*:\1:p' pom.xml | head -1)
examples=$root/../shared/synesthetic-schemas/examples

# consumer POM; $1 = the <plugins> block
pom() {
  cat <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>consumer</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-databind</artifactId><version>$jackson</version></dependency>
    <dependency><groupId>com.fasterxml.jackson.datatype</groupId><artifactId>jackson-datatype-jsr310</artifactId><version>$jackson</version></dependency>
    <dependency><groupId>com.fasterxml.jackson.datatype</groupId><artifactId>jackson-datatype-jdk8</artifactId><version>$jackson</version></dependency>
    <dependency><groupId>org.jspecify</groupId><artifactId>jspecify</artifactId><version>$jspecify</version></dependency>
    <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><version>$junit</version><scope>test</scope></dependency>
  </dependencies>
  <build>
    <pluginManagement><plugins>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.5.0</version></plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.16.0</version></plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-surefire-plugin</artifactId><version>3.5.4</version></plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-jar-plugin</artifactId><version>3.5.1</version></plugin>
    </plugins></pluginManagement>
    <plugins>$1</plugins>
  </build>
</project>
POM
}

plugin() { # $1 = extra configuration, $2 = goal
  cat <<XML
<plugin><groupId>dev.synesthetic.codegen</groupId><artifactId>synesthetic-codegen-maven-plugin</artifactId><version>$version</version>
  <configuration><schemaDirectory>$schemas</schemaDirectory><packageName>com.example.model</packageName><validators>true</validators>$1</configuration>
  <executions><execution><goals><goal>$2</goal></goals></execution></executions></plugin>
XML
}

committed='<outputDirectory>src/main/java</outputDirectory><addCompileSourceRoot>false</addCompileSourceRoot>'
# The consumer is the integration test's: its own JUnit test parses, validates and round-trips an example.
for project in with-check without incremental; do
  mkdir -p "$work/$project"
  cp -r maven-plugin/src/it/consumer/src "$work/$project/src"
  mkdir -p "$work/$project/src/test/resources/examples"  # where the test reads them (the IT's setup.groovy does the same)
  cp "$examples"/*.json "$work/$project/src/test/resources/examples/"
done
pom "$(plugin "$committed" check)" > "$work/with-check/pom.xml"
pom "" > "$work/without/pom.xml"
pom "$(plugin "" generate)" > "$work/incremental/pom.xml"
(cd "$work/with-check" && mvn -B -o -q synesthetic-codegen:generate >/dev/null)
cp -r "$work/with-check/src/main" "$work/without/src/main"

# wall time in milliseconds of one run of a command in a folder
time_ms() {
  local dir=$1
  shift
  local start end
  start=$(date +%s%N)
  (cd "$dir" && "$@" >/dev/null 2>&1)
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

# The two sides of each comparison run alternately, so a noisy neighbour slows both alike.
w=() c=() f=() n=()
for ((i = 0; i < runs; i++)); do
  rm -rf "$work/without/target" "$work/with-check/target"
  w+=("$(time_ms "$work/without" mvn -B -o verify)")
  c+=("$(time_ms "$work/with-check" mvn -B -o verify)")
  rm -rf "$work/incremental/target"
  f+=("$(time_ms "$work/incremental" mvn -B -o generate-sources)")
  n+=("$(time_ms "$work/incremental" mvn -B -o generate-sources)")
done
without=$(median "${w[@]}")
with=$(median "${c[@]}")
first=$(median "${f[@]}")
again=$(median "${n[@]}")
log=$(cd "$work/incremental" && mvn -B -o generate-sources 2>&1 | grep 'synesthetic-codegen:' || true)

maven=$(mvn -B -v 2>/dev/null | sed -n 's/.*\(Apache Maven [0-9.]*\).*/\1/p' | head -1)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
cat <<TABLE
| measurement (median of $runs, $(java -version 2>&1 | head -1 | tr -d '"'), $maven, $(date -u +%Y-%m-%d)) | ms | ratio |
|---|---|---|
| consumer \`mvn -o verify\` (compile, JUnit test), no plugin: committed sources compiled as is | $without | 1.00 |
| the same with \`check\` bound (regenerate in memory + compare every file) | $with | $(ratio "$with" "$without") |
| \`mvn -o generate-sources\` with \`generate\`, first run (empty target/) | $first | 1.00 |
| the same again, nothing changed | $again | $(ratio "$again" "$first") |

no-change run says: ${log#*\] }
TABLE
