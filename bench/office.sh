#!/usr/bin/env bash
# Office documents -> PDF/A: earchive's LibreOffice pool and its Java engine beside LibreOffice's own
# `soffice --convert-to pdf` on the same files, both as the issue's baseline (one soffice per file, as a script
# looping over a folder does) and in its fastest mode (one call per application), with the PDF/A-2b export.
# Whole runs, JVM and LibreOffice start included; every earchive output is checked by veraPDF, LibreOffice's
# by `earchive validate --flavour 2b`.
#
#   bench/office.sh [FOLDER] [JOBS]    defaults: the shared corpus's office files + fixtures/detect/*.docx
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="${2:-$(nproc)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v soffice >/dev/null || { echo "LibreOffice (soffice) is needed" >&2; exit 2; }
in="$work/in"
mkdir -p "$in"
if [[ -n "${1:-}" ]]; then
  cp "$1"/* "$in/"
else
  for f in "$here"/../shared/corpus/tika/test{WORD.doc,WORD.docx,WORD_various.docx,EXCEL.xlsx,EXCEL.xls,PPT.pptx,PPT.ppt,OpenOffice2.odt,RTF.rtf} \
           "$here"/../shared/corpus/vietnamese/van-ban-plus/*.doc* "$here"/fixtures/detect/bao-cao.docx; do
    [[ -f "$f" ]] && cp "$f" "$in/"
  done
fi
[[ -f "$here/cli/target/earchive.jar" ]] || (cd "$here" && mvn -q -B -DskipTests package)
files=$(ls "$in" | wc -l)
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(soffice --version | head -1)"
echo "input: $files office files, --jobs $jobs"

run() {  # $1 = label, rest = command
  local label=$1; shift
  local start end
  start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N)
  printf '%-28s %7.2f s' "$label" "$(echo "$end - $start" | bc -l)"
}
for engine in libreoffice java; do
  run "earchive --engine $engine" "$here/earchive" convert "$in" --out "$work/$engine" --engine "$engine" --jobs "$jobs" --quiet
  jq -r '"  \([.documents[] | select(.status == "converted")] | length) converted (veraPDF), levels: \([.documents[].pdfaLevel] | map(select(. != null)) | group_by(.) | map("\(.[0]) x\(length)") | join(", ")), pages \(.summary.pages)"' \
    "$work/$engine/.earchive/report.json"
done
# one soffice call per application, each with its PDF/A-2 export filter (the fastest fair use of the CLI)
soffice_all() {
  local pdfa='{"SelectPdfVersion":{"type":"long","value":"2"}}'
  local profile="file://$work/profile"
  shopt -s nullglob
  local writer=("$in"/*.doc "$in"/*.docx "$in"/*.odt "$in"/*.rtf) calc=("$in"/*.xls "$in"/*.xlsx "$in"/*.ods)
  local impress=("$in"/*.ppt "$in"/*.pptx "$in"/*.odp)
  (( ${#writer[@]} )) && soffice -env:UserInstallation="$profile" --headless --convert-to "pdf:writer_pdf_Export:$pdfa" --outdir "$work/soffice" "${writer[@]}"
  (( ${#calc[@]} )) && soffice -env:UserInstallation="$profile" --headless --convert-to "pdf:calc_pdf_Export:$pdfa" --outdir "$work/soffice" "${calc[@]}"
  (( ${#impress[@]} )) && soffice -env:UserInstallation="$profile" --headless --convert-to "pdf:impress_pdf_Export:$pdfa" --outdir "$work/soffice" "${impress[@]}"
  return 0
}
run "soffice --convert-to (PDF/A-2b)" soffice_all
valid=$( ("$here/earchive" validate "$work/soffice" --flavour 2b --json 2>/dev/null || true) | jq -s '[.[] | select(.compliant == true)] | length')
echo "  $(ls "$work/soffice" 2>/dev/null | wc -l) PDFs written, $valid valid PDF/A-2b (veraPDF)"
# the issue's baseline: one soffice process per file, as a shell loop over the folder runs it
soffice_each() {
  local pdfa='{"SelectPdfVersion":{"type":"long","value":"2"}}'
  local profile="file://$work/profile-each" i=0
  for f in "$in"/*; do
    i=$((i + 1))
    local filter=writer_pdf_Export
    case "${f,,}" in *.xls|*.xlsx|*.ods) filter=calc_pdf_Export ;; *.ppt|*.pptx|*.odp) filter=impress_pdf_Export ;; esac
    soffice -env:UserInstallation="$profile" --headless --convert-to "pdf:$filter:$pdfa" --outdir "$work/each/$i" "$f" || true
  done
}
run "soffice --convert-to, per file" soffice_each
echo "  $(find "$work/each" -name '*.pdf' 2>/dev/null | wc -l) PDFs written"
