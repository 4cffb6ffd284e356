#!/usr/bin/env bash
# Times whole `earchive detect` runs (JVM start included) on a mixed folder, beside the same folder through
# Tika's detector alone (`earchive detect --quick`: media type and PRONOM id, content never opened), and
# shows where the time goes, by format, from the per-file durations in the JSON output.
#
#   bench/detect.sh [FOLDER] [JOBS]    defaults: ../shared/corpus + the project's fixtures, jobs = processors
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="${2:-$(nproc)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ -n "${1:-}" ]]; then
  folder="$1"
else
  folder="$work/mixed"
  mkdir -p "$folder"
  [[ -d "$here/../shared/corpus" ]] && cp -r "$here/../shared/corpus" "$folder/corpus"
  cp -r "$here/fixtures/samples" "$here/fixtures/bad" "$here/fixtures/detect" "$folder/"
fi
[[ -f "$here/cli/target/earchive.jar" ]] || (cd "$here" && mvn -q -B -DskipTests package)

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_run() {  # prints the median seconds of 3 runs of: earchive detect "$@"
  local secs=()
  for run in 1 2 3; do
    local start end
    start=$(date +%s.%N)
    "$here/earchive" detect "$@" --jobs "$jobs" --json > "$work/last.jsonl" || true
    end=$(date +%s.%N)
    secs+=("$(echo "$end - $start" | bc -l)")
  done
  printf '%s\n' "${secs[@]}" | median
}

files=$(find "$folder" -type f | wc -l)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "folder: $files files, --jobs $jobs, median of 3 whole runs (JVM start included)"
quick=$(time_run "$folder" --quick)
full=$(time_run "$folder")
pages=$(jq -s 'map(.pages // 0) | add' "$work/last.jsonl")
printf 'Tika detector only (--quick): %6.2f s  %6.1f files/s\n' "$quick" "$(echo "$files / $quick" | bc -l)"
printf 'full detect (classify pages): %6.2f s  %6.1f files/s  %6.1f pages/s (%d pages)\n' \
  "$full" "$(echo "$files / $full" | bc -l)" "$(echo "$pages / $full" | bc -l)" "$pages"
echo "where the time goes (sum of per-file durations, by media type):"
jq -rs 'group_by(.mime) | map({mime: (.[0].mime // "(none)"), files: length, ms: (map(.durationMs) | add)})
        | sort_by(-.ms) | .[:8][] | "  \(.ms) ms  \(.files) files  \(.mime)"' "$work/last.jsonl"
