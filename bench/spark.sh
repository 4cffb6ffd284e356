#!/usr/bin/env bash
# Issue 21: the same folder converted by the Spark job in local mode and by `earchive convert`, whole runs timed
# (JVM and Spark start-up included), all with SOURCE_DATE_EPOCH set so every run writes the same bytes:
#   earchive spark --master local[1]   earchive spark --master local[2]   earchive convert --jobs 1 / --jobs 2
# then docs/min, the local[2]/local[1] ratio, and local[2] against convert --jobs 2; and the driver's peak memory
# (GNU time, whole JVM: in local mode the executors live in it too) for SMALL one-page text documents.
#
#   bench/spark.sh [COPIES] [SMALL] [KIND]   defaults: 1 copy of fixtures/samples (9 documents), 0 (memory run off),
#                                            text (KIND=empty: zero-byte files, whose results cost the executors
#                                            almost nothing, so 10,000 of them measure the driver in minutes)
#
# The issue's folder is 200 documents (COPIES=22) and 10,000 small inputs; on a shared 2-core machine those take
# long, so the defaults are small. The machine should be otherwise idle: on a loaded one the ratios mean little.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
copies="${1:-1}"
small="${2:-0}"
kind="${3:-text}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1700000000

[[ -f "$here/cli/target/earchive.jar" && -f "$here/spark/target/earchive-spark.jar" ]] \
  || (cd "$here" && mvn -q -B -DskipTests package)

mkdir -p "$work/mixed"
for i in $(seq -w 1 "$copies"); do
  mkdir -p "$work/mixed/c$i" && cp -r "$here/fixtures/samples/." "$work/mixed/c$i/"
done
docs=$(find "$work/mixed" -type f | wc -l)

run() {  # $1 = folder, then the command's words; prints "seconds peak-rss-MB"
  local folder="$1"; shift
  rm -rf "$work/out"
  /usr/bin/time -v "$here/earchive" "$@" "$folder" --out "$work/out" --quiet >/dev/null 2>"$work/time.txt" || true
  awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]} /Maximum resident/ {m=$2/1024} END {printf "%.1f %.0f\n", s, m}' "$work/time.txt"
}
rate() { echo "$docs * 60 / $1" | bc -l; }

echo "machine: $(nproc) cores, load before $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
read -r s1 m1 < <(run "$work/mixed" spark --master 'local[1]')
read -r s2 m2 < <(run "$work/mixed" spark --master 'local[2]')
read -r c1 n1 < <(run "$work/mixed" convert --jobs 1)
read -r c2 n2 < <(run "$work/mixed" convert --jobs 2)
printf '%4d docs  spark local[1]: %6.1f s %6.1f docs/min %5d MB   local[2]: %6.1f s %6.1f docs/min %5d MB\n' \
  "$docs" "$s1" "$(rate "$s1")" "$m1" "$s2" "$(rate "$s2")" "$m2"
printf '%4d docs  convert --jobs 1: %6.1f s %6.1f docs/min %5d MB   --jobs 2: %6.1f s %6.1f docs/min %5d MB\n' \
  "$docs" "$c1" "$(rate "$c1")" "$n1" "$c2" "$(rate "$c2")" "$n2"
printf 'scaling local[2]/local[1] %.2fx (goal >= 1.8x); local[2] takes %.2fx the time of convert --jobs 2 (goal <= 1.10)\n' \
  "$(echo "$s1 / $s2" | bc -l)" "$(echo "$s2 / $c2" | bc -l)"
if (( small > 0 )); then
  # the driver's share: the largest heap left after a collection (GC log) as well as the whole JVM's peak RSS, with
  # the heap held to 512 MB (Spark's floor is 450 MB), so a driver holding documents rather than results would fail
  mkdir -p "$work/small-$small"
  for i in $(seq -w 1 "$small"); do
    d="$work/small-$small/d${i:0:${#i}-2}"; mkdir -p "$d"
    if [[ "$kind" == empty ]]; then : >"$d/t$i.txt"; else cp "$here/fixtures/samples/thong-bao-utf16.txt" "$d/t$i.txt"; fi
  done
  export EARCHIVE_JAVA_OPTS="-Xmx512m -Xlog:gc:file=$work/gc.log"
  read -r st mt < <(run "$work/small-$small" spark --master 'local[2]')
  unset EARCHIVE_JAVA_OPTS
  heap=$(grep -o '[0-9]*M->[0-9]*M' "$work/gc.log" | awk -F'->' '{sub("M","",$2); if ($2+0>m) m=$2+0} END {print m+0}')
  printf 'memory  %d small %s documents, spark local[2], -Xmx512m: largest heap after GC %d MB, peak RSS %d MB (driver and executors in one JVM), %.1f s\n' \
    "$small" "$kind" "$heap" "$mt" "$st"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
