#!/usr/bin/env bash
# Times scans -> searchable PDF/A-2b with earchive against OCRmyPDF, on the same images, the same
# Tesseract, the same languages (vie+eng) and the same number of jobs, alternating the tools, and checks
# every output the same way (bench/OcrQuality.java): character error rate against the text printed on
# the fixture scans, and veraPDF PDF/A-2b.
#
#   bench/ocr.sh [COPIES] [JOBS] [RUNS]     defaults: 3 copies (12 pages), jobs = number of processors, 3 runs
#
# Corpus: COPIES x (2-page A4 300 dpi G4 TIFF + A5 200 dpi colour JPEG + A5 200 dpi grey LZW TIFF).
# OCRmyPDF runs as /work/shared/PEERS.md says (PYTHONHASHSEED=0 pins its language order) plus
# --rotate-pages, because earchive checks every page's orientation too; it takes one file per call, so
# the files go through it one after another, each with --jobs JOBS. Both times include start-up.
# Needs: apt-get install ocrmypdf tesseract-ocr tesseract-ocr-vie
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
copies="${1:-3}"
jobs="${2:-$(nproc)}"
runs="${3:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v ocrmypdf >/dev/null 2>&1 || { echo "bench/ocr.sh: needs OCRmyPDF (apt-get install ocrmypdf)" >&2; exit 2; }
[[ -f "$here/cli/target/earchive.jar" ]] || (cd "$here" && mvn -q -B -DskipTests package)
[[ -d "$here/fixtures/target/classes" ]] || (cd "$here" && mvn -q -B -DskipTests package)

mkdir -p "$work/in"
for i in $(seq -w 1 "$copies"); do
  cp "$here/fixtures/samples/scans/bao-cao-300dpi-g4.tif" "$work/in/bao-cao-300dpi-g4-$i.tif"
  cp "$here/fixtures/samples/scans/cong-van-200dpi.jpg" "$work/in/cong-van-200dpi-$i.jpg"
  cp "$here/fixtures/samples/scans/thong-bao-200dpi-lzw.tif" "$work/in/thong-bao-200dpi-lzw-$i.tif"
done
pages=$((copies * 4))
input_bytes=$(cat "$work"/in/* | wc -c)

run_earchive() {
  rm -rf "$work/earchive"
  "$here/earchive" convert "$work/in" --out "$work/earchive" --jobs "$jobs" --ocr-lang vie+eng --quiet >/dev/null
}
run_ocrmypdf() {
  rm -rf "$work/ocrmypdf" && mkdir -p "$work/ocrmypdf"
  for f in "$work"/in/*; do
    name="$(basename "${f%.*}")"
    # (Debian's OCRmyPDF 14 prints a Pillow setting on stdout even with -q)
    PYTHONHASHSEED=0 ocrmypdf -q -l vie+eng --rotate-pages --output-type pdfa-2 --jobs "$jobs" "$f" "$work/ocrmypdf/$name.pdf" >/dev/null
  done
}
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc -l; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

e_times=(); o_times=()
for run in $(seq 1 "$runs"); do
  e_times+=("$(seconds run_earchive)")
  o_times+=("$(seconds run_ocrmypdf)")
done

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)," \
     "$(tesseract --version 2>&1 | sed -n 1p), OCRmyPDF $(ocrmypdf --version)"
echo "corpus: $pages pages in $((copies * 3)) files, $input_bytes bytes; --jobs $jobs; median of $runs alternating runs"
cp_="$here/cli/target/lib/*:$here/cli/target/earchive.jar:$here/fixtures/target/classes"
for tool in earchive ocrmypdf; do
  if [[ $tool == earchive ]]; then secs=$(printf '%s\n' "${e_times[@]}" | median); else secs=$(printf '%s\n' "${o_times[@]}" | median); fi
  quality=$(java -Djava.awt.headless=true -cp "$cp_" "$here/bench/OcrQuality.java" "$work/$tool" 2>/dev/null)
  printf '%-9s %7.1f s  %6.1f pages/min  %s\n' "$tool" "$secs" "$(echo "$pages * 60 / $secs" | bc -l)" "$quality"
done
