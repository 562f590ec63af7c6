#!/usr/bin/env bash
# Time to load a migrations folder of 50, 150 and 300 revisions (first load, after adding one,
# unchanged). Usage: bench/revision-load.sh [sizes...]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl engine -am test-compile -DskipTests
mvn -B -q -pl engine -am dependency:build-classpath -Dmdep.outputFile="$PWD/engine/target/bench.classpath" >/dev/null
java -cp "engine/target/test-classes:engine/target/classes:$(cat engine/target/bench.classpath)" dev.retort.bench.RevisionLoadBench "$@"
