#!/usr/bin/env bash
# What straightening askew scans gains: the evaluation set of fixtures/SkewedScans (8 Vietnamese pages, A5 and
# A4, 200 and 300 dpi, bilevel G4 / grey LZW / colour JPEG, turned -5..+5 degrees, one 0.3 degrees) converted
# by earchive read as they are (--no-ocr-deskew), read from a straightened copy (the default), and stored
# straightened (--deskew); with OCRmyPDF installed, also `ocrmypdf --deskew` and OCRmyPDF without it. Prints
# the character error rate of each PDF's text (PDFBox) against the text printed on the page, and its size.
#
#   bench/deskew.sh [JOBS]      default: number of processors
# Needs: apt-get install tesseract-ocr tesseract-ocr-vie (and ocrmypdf for its columns)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="${1:-$(nproc)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[[ -f "$here/cli/target/earchive.jar" && -d "$here/fixtures/target/classes" ]] || (cd "$here" && mvn -q -B -DskipTests package)
cp_="$here/cli/target/lib/*:$here/cli/target/earchive.jar:$here/fixtures/target/classes"

java -Djava.awt.headless=true -cp "$cp_" org.earchive.fixtures.SkewedScans "$work/set"
mkdir -p "$work/in" && cp "$work"/set/*.tif "$work"/set/*.jpg "$work/in/"

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); printf '%.1f' "$(echo "$end - $start" | bc -l)"; }
earchive() { "$here/earchive" convert "$work/in" --out "$work/$1" --jobs "$jobs" --quiet "${@:2}"; }
columns=()
times=()
for run in "as-is --no-ocr-deskew" "straight" "stored --deskew"; do
  read -r label flags <<<"$run"
  times+=("$label $(seconds earchive "$label" ${flags:-})")
  columns+=("$label=$work/$label")
done
if command -v ocrmypdf >/dev/null 2>&1; then
  ocrmypdf_run() {
    mkdir -p "$work/$1"
    for f in "$work"/in/*; do
      name="$(basename "${f%.*}")"
      # the image's own resolution; -l vie+eng and --output-type pdfa-2 as bench/ocr.sh runs it
      PYTHONHASHSEED=0 ocrmypdf -q -l vie+eng --rotate-pages --output-type pdfa-2 --jobs "$jobs" "${@:2}" \
        "$f" "$work/$1/$name.pdf" >/dev/null 2>&1 || echo "ocrmypdf failed on $name" >&2
    done
  }
  times+=("ocrmypdf $(seconds ocrmypdf_run ocrmypdf)")
  times+=("ocrmypdf-deskew $(seconds ocrmypdf_run ocrmypdf-deskew --deskew)")
  columns+=("ocrmypdf=$work/ocrmypdf" "ocrmypdf-deskew=$work/ocrmypdf-deskew")
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)," \
     "$(tesseract --version 2>&1 | sed -n 1p)$(command -v ocrmypdf >/dev/null && echo ", OCRmyPDF $(ocrmypdf --version)")"
echo "input: $(ls "$work/in" | wc -l) one-page scans, $(cat "$work"/in/* | wc -c) bytes; --jobs $jobs"
printf 'seconds: %s\n' "${times[*]}"
java -Djava.awt.headless=true -cp "$cp_" "$here/bench/ScanCer.java" "$work/set" "${columns[@]}" 2>/dev/null
