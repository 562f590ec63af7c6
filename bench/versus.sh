#!/usr/bin/env bash
# Retort beside Alembic (issue 14): bench/scale.sh and bench/alembic.sh on the same generated model
# of N entities, database and number of runs, one after the other in this session, then one table:
# each step's median wall time and peak RSS for both, and Retort/Alembic of each (below 1: Retort
# takes less). Notes (a failed step, what a check found) follow the row, as in the two tables above it.
# Usage: bench/versus.sh [-n N] [-d postgresql|mariadb] [-r RUNS]   (defaults: 1000, postgresql, 3)
# Needs what both scripts need.
set -euo pipefail
cd "$(dirname "$0")/.."
size=1000 database=postgresql runs=3
while getopts "n:d:r:" option; do
  case $option in
    n) size=$OPTARG ;;
    d) database=$OPTARG ;;
    r) runs=$OPTARG ;;
    *) echo "usage: $0 [-n N] [-d postgresql|mariadb] [-r RUNS]" >&2; exit 2 ;;
  esac
done
work=$(mktemp -d "${TMPDIR:-/tmp}/retort-versus.XXXXXX")
trap 'rm -rf "$work"' EXIT

bench/scale.sh -n "$size" -d "$database" -r "$runs" -o "$work/retort"
echo
bench/alembic.sh -n "$size" -d "$database" -r "$runs" -o "$work/alembic"
echo

echo "Retort and Alembic, $size entities on $database, median of $runs runs, $(nproc) cores, $(date -u '+%F %H:%M') UTC:"
echo "| step | Retort | Alembic | Retort/Alembic, time | Retort/Alembic, peak RSS |"
echo "|---|---:|---:|---:|---:|"
join_row() { # step: its row, from both files' "step median-seconds peak-KiB [note]" lines
  local step=$1 retort alembic
  retort=$(grep "^$step " "$work/retort" || true)
  alembic=$(grep "^$step " "$work/alembic" || true)
  awk -v step="$step" -v retort="$retort" -v alembic="$alembic" 'BEGIN {
    split(retort, r, " "); split(alembic, a, " ")
    cell_r = retort == "" ? "-" : sprintf("%.2f s, %d MiB", r[2], r[3] / 1024)
    cell_a = alembic == "" ? "-" : sprintf("%.2f s, %d MiB", a[2], a[3] / 1024)
    time = (retort == "" || alembic == "" || a[2] == 0) ? "-" : sprintf("%.2f", r[2] / a[2])
    rss = (retort == "" || alembic == "") ? "-" : sprintf("%.2f", r[3] / a[3])
    sub(/^[^ ]+ [^ ]+ [^ ]+ ?/, "", retort); sub(/[ .]+$/, "", retort)
    sub(/^[^ ]+ [^ ]+ [^ ]+ ?/, "", alembic); sub(/[ .]+$/, "", alembic)
    notes = (retort == "" ? "" : " Retort: " retort ".") (alembic == "" ? "" : " Alembic: " alembic ".")
    printf "| %s | %s | %s | %s | %s |%s\n", step, cell_r, cell_a, time, rss, notes
  }'
}
for step in $(cut -d ' ' -f 1 "$work/retort" "$work/alembic" | awk '!seen[$0]++'); do
  join_row "$step"
done
