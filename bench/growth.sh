#!/usr/bin/env bash
# How Retort's time and memory grow with the schema (issue 14): bench/scale.sh at several model
# sizes, one table of median wall time (s) and one of peak RSS (MiB) per step and size, and, when
# gnuplot is installed (Debian: gnuplot-nox), a plot of both against the size (PNG).
# Usage: bench/growth.sh [-d postgresql|mariadb|h2] [-r RUNS] [-o PLOT.png] [SIZES...]
#        (defaults: postgresql, 1 run, no plot, sizes 50 200 1000 5000)
set -euo pipefail
cd "$(dirname "$0")/.."
database=postgresql runs=1 plot=
while getopts "d:r:o:" option; do
  case $option in
    d) database=$OPTARG ;;
    r) runs=$OPTARG ;;
    o) plot=$OPTARG ;;
    *) echo "usage: $0 [-d postgresql|mariadb|h2] [-r RUNS] [-o PLOT.png] [SIZES...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
sizes=("${@:-50 200 1000 5000}")
read -r -a sizes <<< "${sizes[*]}"
work=$(mktemp -d "${TMPDIR:-/tmp}/retort-growth.XXXXXX")
trap 'rm -rf "$work"' EXIT

for size in "${sizes[@]}"; do
  echo "N = $size..." >&2
  bench/scale.sh -n "$size" -d "$database" -r "$runs" > "$work/$size.txt" || { cat "$work/$size.txt" >&2; exit 1; }
done

# one row per step, one column per size: field 3 is the time, field 4 the memory of scale.sh's table
table() { # field, title
  local field=$1
  printf '| %s |' "$2"; printf ' N = %s |' "${sizes[@]}"; echo
  printf '|---|'; printf -- '---:|%.0s' "${sizes[@]}"; echo
  for step in current autogen-initial upgrade-initial current-applied autogen-no-change autogen-changed upgrade-changed downgrade-1 downgrade-base; do
    printf '| %s |' "$step"
    for size in "${sizes[@]}"; do
      printf ' %s |' "$(awk -F'|' -v step="$step" -v field="$field" '$2 ~ " "step" " { gsub(/ /, "", $field); print $field }' "$work/$size.txt")"
    done
    echo
  done
}
echo "Retort on $database, $runs run(s) per size, $(nproc) cores"
echo
table 3 "time (s)"
echo
table 4 "peak RSS (MiB)"
grep -h "exit " "$work"/*.txt | sed 's/^/note: /' || true

if [ -n "$plot" ]; then
  command -v gnuplot > /dev/null || { echo "no gnuplot: install gnuplot-nox for the plot" >&2; exit 1; }
  for size in "${sizes[@]}"; do
    awk -F'|' -v size="$size" '$2 ~ /^ [a-z]/ && $2 !~ /step/ { gsub(/ /, "", $2); gsub(/ /, "", $3); gsub(/ /, "", $4); print $2, size, $3, $4 }' \
      "$work/$size.txt"
  done > "$work/points"
  steps=(autogen-initial upgrade-initial autogen-no-change autogen-changed upgrade-changed current)
  time_plots= memory_plots=
  for step in "${steps[@]}"; do
    grep "^$step " "$work/points" | sort -k2 -n > "$work/$step.dat"
    time_plots+="${time_plots:+, }'$work/$step.dat' using 2:3 with linespoints title '$step'"
    memory_plots+="${memory_plots:+, }'$work/$step.dat' using 2:4 with linespoints title '$step'"
  done
  gnuplot <<EOF
set terminal pngcairo size 1200,500 font ",10"
set output '$plot'
set multiplot layout 1,2 title "Retort on $database: time and memory against the number of entities"
set key top left
set xlabel "entities (tables)"
set grid
set ylabel "seconds (median)"
plot $time_plots
set ylabel "peak RSS (MiB)"
plot $memory_plots
unset multiplot
EOF
  echo "plot: $plot" >&2
fi
