#!/usr/bin/env bash
# Existing PDFs -> PDF/A: earchive's ladder beside Ghostscript's pdfwrite PDF/A-2b on the same files, in one
# run, same parallelism. Reports wall time, how many outputs veraPDF accepts (earchive validates its own;
# Ghostscript's are checked with `earchive validate`), which rung earchive stopped on, and output size.
#
#   bench/pdf.sh [FOLDER] [JOBS]    defaults: ../shared/corpus PDFs + fixtures/detect PDFs, jobs = processors
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="${2:-$(nproc)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v gs >/dev/null || { echo "Ghostscript (gs) is needed for the side-by-side run" >&2; exit 2; }

in="$work/in"
mkdir -p "$in"
if [[ -n "${1:-}" ]]; then
  find "$1" -type f -iname '*.pdf' -exec cp {} "$in/" \;
else
  [[ -d "$here/../shared/corpus" ]] && find "$here/../shared/corpus" -type f -iname '*.pdf' -exec cp {} "$in/" \;
  cp "$here"/fixtures/detect/*.pdf "$in/"
fi
[[ -f "$here/cli/target/earchive.jar" ]] || (cd "$here" && mvn -q -B -DskipTests package)
files=$(ls "$in" | wc -l)
in_bytes=$(du -cb "$in"/*.pdf | tail -1 | cut -f1)

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), $(gs --version | sed 's/^/Ghostscript /')"
echo "input: $files PDFs, $in_bytes bytes, --jobs $jobs"

# Ghostscript does not OCR, so for the side-by-side run neither does earchive (its OCR of scanned pages is
# timed separately below)
start=$(date +%s.%N)
EARCHIVE_TESSERACT=/nonexistent "$here/earchive" convert "$in" --out "$work/earchive" --jobs "$jobs" --quiet >/dev/null || true
end=$(date +%s.%N)
e_secs=$(echo "$end - $start" | bc -l)
report="$work/earchive/.earchive/report.json"
e_valid=$(jq '[.documents[] | select(.status == "converted")] | length' "$report")
e_bytes=$(find "$work/earchive" -path "$work/earchive/.earchive" -prune -o -name '*.pdf' ! -name '*.NOT-COMPLIANT.pdf' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)

mkdir -p "$work/gs"
# Ghostscript run as PEERS.md says: PDFA_def.ps pointing at an sRGB profile, read access to exactly that file
icc=/usr/share/color/icc/ghostscript/srgb.icc
sed "s|(srgb.icc)|($icc)|" /usr/share/ghostscript/*/lib/PDFA_def.ps > "$work/PDFA_def.ps"
start=$(date +%s.%N)
ls "$in" | xargs -P "$jobs" -I{} gs -q -dPDFA=2 -dBATCH -dNOPAUSE -sColorConversionStrategy=RGB \
  -dPDFACompatibilityPolicy=1 -sDEVICE=pdfwrite --permit-file-read="$icc" -sOutputFile="$work/gs/{}" \
  "$work/PDFA_def.ps" "$in/{}" >/dev/null 2>&1 || true
end=$(date +%s.%N)
g_secs=$(echo "$end - $start" | bc -l)
g_valid=$( ("$here/earchive" validate "$work/gs" --flavour 2b --json 2>/dev/null || true) | jq -s '[.[] | select(.compliant == true)] | length')
g_bytes=$(du -cb "$work"/gs/*.pdf 2>/dev/null | tail -1 | cut -f1)

printf 'earchive:    %6.2f s  %3d/%d valid PDF/A (veraPDF)  output %s bytes (%.0f%% of input)\n' \
  "$e_secs" "$e_valid" "$files" "$e_bytes" "$(echo "100 * $e_bytes / $in_bytes" | bc -l)"
printf 'Ghostscript: %6.2f s  %3d/%d valid PDF/A-2b (veraPDF) output %s bytes (%.0f%% of input)\n' \
  "$g_secs" "$g_valid" "$files" "$g_bytes" "$(echo "100 * $g_bytes / $in_bytes" | bc -l)"
echo "earchive, by status and rung:"
jq -r '.documents | group_by([.status, (.facts["pdfa-rung"] // "-")]) | .[] | "  \(length)  \(.[0].status)  \(.[0].facts["pdfa-rung"] // "-")"' "$report"

# Text kept: documents whose extracted text (whitespace removed) equals the input's, per tool
same_text() {  # $1 = output folder
  local same=0
  for f in "$in"/*.pdf; do
    local name out; name=$(basename "$f"); out="$1/$name"
    [[ -f "$out" ]] || continue
    a=$(pdftotext -q "$f" - 2>/dev/null | tr -d '[:space:]' | sha1sum)
    b=$(pdftotext -q "$out" - 2>/dev/null | tr -d '[:space:]' | sha1sum)
    [[ "$a" == "$b" ]] && same=$((same + 1))
  done
  echo "$same"
}
command -v pdftotext >/dev/null && echo "text unchanged (pdftotext, whitespace ignored): earchive $(same_text "$work/earchive")/$files, Ghostscript $(same_text "$work/gs")/$files"

start=$(date +%s.%N)
"$here/earchive" convert "$in" --out "$work/earchive-ocr" --jobs "$jobs" --quiet >/dev/null || true
end=$(date +%s.%N)
printf 'earchive with OCR of scanned pages: %6.2f s, %s PDFs made searchable\n' "$(echo "$end - $start" | bc -l)" \
  "$(jq '[.documents[] | select(.facts.searchable == "yes")] | length' "$work/earchive-ocr/.earchive/report.json")"
