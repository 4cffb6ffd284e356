#!/usr/bin/env bash
# Batch targets of issue 8, measured on whole `earchive convert` runs (JVM start included):
#   1. throughput on a mixed folder (COPIES x fixtures/samples: text, HTML, JPEG, PNG, TIFF) with --jobs 1 and 2
#   2. peak resident memory (GNU time) for SMALL and LARGE folders of one-page text documents, --jobs 2
#
#   bench/batch.sh [COPIES] [SMALL] [LARGE]      defaults: 10 copies, 100 and 1000 documents
#
# The machine should be otherwise idle: on a shared one the ratios mean little. Uses /usr/bin/time -v.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
copies="${1:-10}"
small="${2:-100}"
large="${3:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

[[ -f "$here/cli/target/earchive.jar" ]] || (cd "$here" && mvn -q -B -DskipTests package)

mkdir -p "$work/mixed"
for i in $(seq -w 1 "$copies"); do
  mkdir -p "$work/mixed/c$i" && cp -r "$here/fixtures/samples/." "$work/mixed/c$i/"
done
for n in "$small" "$large"; do
  mkdir -p "$work/text-$n"
  for i in $(seq -w 1 "$n"); do cp "$here/fixtures/samples/thong-bao-utf16.txt" "$work/text-$n/t$i.txt"; done
done

run() {  # $1 = folder, $2 = jobs; prints "seconds peak-rss-MB"
  rm -rf "$work/out"
  /usr/bin/time -v "$here/earchive" convert "$1" --out "$work/out" --jobs "$2" --quiet >/dev/null 2>"$work/time.txt" || true
  awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]} /Maximum resident/ {m=$2/1024} END {printf "%.1f %.0f\n", s, m}' "$work/time.txt"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
docs=$(find "$work/mixed" -type f | wc -l)
read -r s1 m1 < <(run "$work/mixed" 1)
read -r s2 m2 < <(run "$work/mixed" 2)
printf 'mixed   %4d docs  --jobs 1: %6.1f s   --jobs 2: %6.1f s   speed-up %.2fx\n' "$docs" "$s1" "$s2" "$(echo "$s1 / $s2" | bc -l)"
read -r ss ms < <(run "$work/text-$small" 2)
read -r sl ml < <(run "$work/text-$large" 2)
printf 'memory  %4d docs: %5d MB peak RSS (%.1f s)   %4d docs: %5d MB peak RSS (%.1f s)   ratio %.2f\n' \
  "$small" "$ms" "$ss" "$large" "$ml" "$sl" "$(echo "$ml / $ms" | bc -l)"
