#!/usr/bin/env bash
# Retort on large schemas (issue 14): a generated model of N entities (bench/scale/ModelGenerator.java)
# taken through each step as a fresh CLI process, as a user runs them: current, autogen initial
# (empty database), upgrade head, current again (now checking the applied revision's checksum),
# autogen with no change, autogen of the "changed" model, its upgrade, downgrade -1, downgrade base.
# Each step's result is checked (the no-op finds nothing, the changed model finds exactly the
# tables it edits). Prints the median wall time and the largest
# peak RSS of each step over RUNS runs, each on a fresh database and compile cache.
# Runs go through the distribution's launcher (bin/retort's JVM options and class archive); -p runs
# `java -jar` with no options instead, as before the launcher had any, for a ratio in one session.
# -o FILE also writes the table as "step median-seconds peak-KiB [note]" lines (bench/versus.sh).
# Usage: bench/scale.sh [-n N] [-d postgresql|mariadb|h2] [-r RUNS] [-p] [-o FILE]   (defaults: 1000, postgresql, 3)
# Needs the local servers of docs/testing.md (PostgreSQL on 127.0.0.1:5432 as postgres, MariaDB on
# 127.0.0.1:3306 as root) and /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/table.sh
size=1000 database=postgresql runs=3 plain= output=
while getopts "n:d:r:po:" option; do
  case $option in
    n) size=$OPTARG ;;
    d) database=$OPTARG ;;
    r) runs=$OPTARG ;;
    p) plain=1 ;;
    o) output=$OPTARG ;;
    *) echo "usage: $0 [-n N] [-d postgresql|mariadb|h2] [-r RUNS] [-p] [-o FILE]" >&2; exit 2 ;;
  esac
done
[ -f cli/target/retort.jar ] || mvn -B -q -DskipTests package
jar=$PWD/cli/target/retort.jar
work=$(mktemp -d "${TMPDIR:-/tmp}/retort-scale.XXXXXX")
trap 'drop_database; rm -rf "$work"' EXIT
name=retort_scale_$$

java bench/scale/ModelGenerator.java "$size" base "$work/base"
java bench/scale/ModelGenerator.java "$size" changed "$work/changed"

create_database() {
  case $database in
    postgresql) psql -q -h 127.0.0.1 -U postgres -d postgres -c "create database $name" ;;
    mariadb) mariadb -h 127.0.0.1 -u root -e "create database $name" ;;
    h2) rm -f "$work/$name".* ;;
  esac
}
drop_database() {
  case $database in
    postgresql) psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $name" 2>/dev/null || true ;;
    mariadb) mariadb -h 127.0.0.1 -u root -e "drop database if exists $name" 2>/dev/null || true ;;
  esac
}
url() {
  case $database in
    postgresql) echo "url=jdbc:postgresql://127.0.0.1:5432/$name"; echo "user=postgres" ;;
    mariadb) echo "url=jdbc:mariadb://127.0.0.1:3306/$name"; echo "user=root" ;;
    h2) echo "url=jdbc:h2:$work/$name"; echo "user=sa" ;;
  esac
}
configure() { # model: base or changed
  { url; echo "password="; echo "entities.packages=bench.model"; echo "entities.sources=$work/$1/src"
    echo "migrations.dir=$work/project/migrations"; echo "migrations.package=bench.migrations"; } > "$work/project/retort.properties"
}

export RETORT_CACHE_DIR=$work/cache
if [ -n "$plain" ]; then retort=(java -jar "$jar"); else retort=(env RETORT_JAR="$jar" "$PWD/cli/src/dist/bin/retort"); fi
"${retort[@]}" --version > /dev/null 2>&1 # the launcher's class archive, made once, outside the timings

steps=(current autogen-initial upgrade-initial current-applied autogen-no-change autogen-changed upgrade-changed downgrade-1 downgrade-base)
declare -A times memory failed
step() { # name, expected exit code (or any), retort arguments...
  local step=$1 expected=$2; shift 2
  local status=0
  /usr/bin/time -o "$work/time" -f "%e %M" "${retort[@]}" -C "$work/project" "$@" > "$work/out" 2> "$work/err" || status=$?
  [ "$status" = 0 ] || failed[$step]="exit $status: $(grep -o 'ERROR: [^-]*' "$work/err" | head -n 1)"
  if [ "$expected" != any ] && [ "$status" != "$expected" ]; then
    echo "$step: exit $status (expected $expected)" >&2; tail -n 20 "$work/err" >&2; report; exit 1
  fi
  read -r seconds kib < <(tail -n 1 "$work/time") # after "Command exited with non-zero status N", when it did
  times[$step]+="$seconds "
  memory[$step]=$(( ${memory[$step]:-0} > kib ? ${memory[$step]:-0} : kib ))
}
report() { # the table of what ran so far
  echo "Retort${plain:+ (java -jar, no launcher options)}, $size entities on $database (${operations:-?} operations initially, ${changes:-?} for $(wc -l < "$work/changed/changed-tables.txt") edits), $runs runs, $(nproc) cores:"
  table
}
json_field() { # field of autogen --json's line
  python3 -c "import json, sys; print(json.dumps(json.load(open(sys.argv[1]))[sys.argv[2]]))" "$work/out" "$1"
}

for run in $(seq "$runs"); do
  rm -rf "$work/project" "$work/cache/entities" "$work/cache/revisions"; mkdir -p "$work/project/migrations"
  drop_database; create_database; configure base
  step current 0 current
  grep -q '^base' "$work/out" || { echo "current: expected base, got: $(cat "$work/out")" >&2; exit 1; }
  step autogen-initial 0 autogen -m initial --json
  operations=$(json_field operations | python3 -c "import json, sys; print(len(json.load(sys.stdin)))")
  step upgrade-initial 0 upgrade head
  step current-applied 0 current # checks every applied revision's checksum
  step autogen-no-change 0 autogen -m nothing --json
  [ "$(json_field revision)" = null ] || { echo "autogen with no change wrote a revision" >&2; exit 1; }
  configure changed
  step autogen-changed 0 autogen -m changed --json
  found=$(json_field operations | python3 -c "import json, re, sys; print('\n'.join(sorted({t for op in json.load(sys.stdin) for t in re.findall(r'\bt\d{4}\b', op)})))")
  if [ "$found" != "$(cat "$work/changed/changed-tables.txt")" ]; then
    echo "autogen of the changed model touched other tables than its edits:" >&2
    diff <(echo "$found") "$work/changed/changed-tables.txt" >&2 || true; exit 1
  fi
  changes=$(json_field operations | python3 -c "import json, sys; print(len(json.load(sys.stdin)))")
  step upgrade-changed 0 upgrade head
  step downgrade-1 0 downgrade -1
  step downgrade-base any downgrade base # PostgreSQL's default lock table is too small for 1,000 tables in one transaction
done

report
