#!/usr/bin/env bash
# Times whole `earchive convert` runs (JVM start, conversion and veraPDF validation included) on a corpus
# made from the project's fixtures, and prints pages per second. Rerun it after a change and compare.
#
#   bench/run.sh [COPIES] [JOBS]     defaults: 20 copies, jobs = number of processors
#
# Two workloads, each run 3 times, median reported:
#   text   COPIES x bao-cao-tong-ket.txt (3 pages each)                     -> PDF/A-2u
#   images COPIES x (2-page G4 TIFF + colour JPEG + grey LZW TIFF)         -> PDF/A-2b
# If LibreOffice is installed, the text corpus is also timed through `soffice --convert-to pdf` (one call
# for all files, its fastest mode) as a peer reference; it produces plain PDF, not validated PDF/A.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
copies="${1:-20}"
jobs="${2:-$(nproc)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

[[ -f "$here/cli/target/earchive.jar" ]] || (cd "$here" && mvn -q -B -DskipTests package)

mkdir -p "$work/text" "$work/images"
for i in $(seq -w 1 "$copies"); do
  cp "$here/fixtures/samples/bao-cao-tong-ket.txt" "$work/text/bao-cao-$i.txt"
  cp "$here/fixtures/samples/scans/bao-cao-300dpi-g4.tif" "$work/images/g4-$i.tif"
  cp "$here/fixtures/samples/scans/cong-van-200dpi.jpg" "$work/images/jpeg-$i.jpg"
  cp "$here/fixtures/samples/scans/thong-bao-200dpi-lzw.tif" "$work/images/lzw-$i.tif"
done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

time_earchive() {  # $1 = workload folder; prints "seconds pages"
  local secs=() pages=0
  for run in 1 2 3; do
    rm -rf "$work/out"
    local start end
    start=$(date +%s.%N)
    "$here/earchive" convert "$1" --out "$work/out" --jobs "$jobs" --quiet >/dev/null
    end=$(date +%s.%N)
    secs+=("$(echo "$end - $start" | bc -l)")
    pages=$(python3 -c "import json;print(json.load(open('$work/out/.earchive/report.json'))['summary']['pages'])")
  done
  echo "$(printf '%s\n' "${secs[@]}" | median) $pages"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "corpus: $copies copies, --jobs $jobs, median of 3 whole runs (JVM start included)"
for workload in text images; do
  read -r secs pages < <(time_earchive "$work/$workload")
  printf '%-7s %4d pages  %6.2f s  %6.2f pages/s  (earchive, validated PDF/A)\n' \
    "$workload" "$pages" "$secs" "$(echo "$pages / $secs" | bc -l)"
done

if command -v soffice >/dev/null 2>&1; then
  secs=()
  for run in 1 2 3; do
    rm -rf "$work/lo"
    start=$(date +%s.%N)
    soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf --outdir "$work/lo" "$work"/text/*.txt >/dev/null 2>&1
    end=$(date +%s.%N)
    secs+=("$(echo "$end - $start" | bc -l)")
  done
  printf '%-7s %4s        %6.2f s  (LibreOffice peer, plain PDF, not validated)\n' text "" "$(printf '%s\n' "${secs[@]}" | median)"
fi
