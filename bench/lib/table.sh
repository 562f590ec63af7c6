# Sourced by bench/scale.sh and bench/alembic.sh: the table of their steps, from the arrays they fill
# (steps, in order; times[step], each run's seconds; memory[step], the largest peak KiB; failed[step],
# a note), and with $output set, the same as "step median-seconds peak-KiB [note]" lines for
# bench/versus.sh. Medians of an even number of runs take the lower one.
table() {
  printf '| %-18s | %12s | %13s |\n' step "median (s)" "peak RSS (MiB)"
  printf '|%s|%s|%s|\n' "--------------------" "-------------:" "---------------:"
  [ -z "$output" ] || : > "$output"
  local step median
  for step in "${steps[@]}"; do
    [ -n "${times[$step]:-}" ] || continue
    median=$(tr ' ' '\n' <<< "${times[$step]}" | grep . | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
    printf '| %-18s | %12s | %13d |%s\n' "$step" "$median" $(( memory[$step] / 1024 )) "${failed[$step]:+ ${failed[$step]}}"
    [ -z "$output" ] || echo "$step $median ${memory[$step]} ${failed[$step]:-}" >> "$output"
  done
}
