#!/usr/bin/env bash
# Start-up cost of applying revisions: a cold `retort upgrade head` with nothing to do on the
# sample app's H2 database, run N times (default 10), median and best wall time and peak memory,
# and how many Hibernate classes the JVM loaded for it (0 means rendering needed no Hibernate).
# Usage: bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
[ -f cli/target/retort.jar ] || mvn -B -q -DskipTests package
jar=cli/target/retort.jar
java -jar "$jar" -C sample-app upgrade head >/dev/null
times=()
for _ in $(seq "$runs"); do
  times+=("$( { /usr/bin/time -f "%e %M" java -jar "$jar" -C sample-app upgrade head >/dev/null; } 2>&1 | tail -n 1)")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" '
  { t[NR] = $1; m = ($2 > m ? $2 : m) }
  END { printf "upgrade head, nothing to do: median %.2f s, best %.2f s, peak RSS %d MiB (%d runs)\n", t[int((n + 1) / 2)], t[1], m / 1024, n }'
classes=$(java -Xlog:class+load=info -jar "$jar" -C sample-app upgrade head | grep -c ' org\.hibernate\.' || true)
echo "Hibernate classes loaded by that run: $classes"
echo "CLI jar: $(du -k "$jar" | cut -f1) KiB"
