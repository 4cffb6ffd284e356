#!/usr/bin/env bash
# Words kept: of each office document's words (Tika's text of the original), how many come back whole from
# its PDF by earchive's check (whole in PDFBox's and pdftotext's readings, one font family) and by pdftotext alone. Compares
# LibreOffice as it lays documents out on this machine by itself (`soffice --convert-to pdf`, a fresh
# profile: what earchive's pool did before issue 16) with earchive's LibreOffice pool and its Java engine.
#
#   bench/words.sh [FOLDER] [JOBS] [--each]   default: the shared corpus's text documents (DOC, DOCX, ODT, RTF)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="${2:-$(nproc)}"
each="${3:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v soffice >/dev/null || { echo "LibreOffice (soffice) is needed" >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "pdftotext (poppler-utils) is needed" >&2; exit 2; }
in="$work/in"
mkdir -p "$in"
copy() {  # X.doc and X.docx get different base names, so that their PDFs do not collide
  local name ext
  name=$(basename "$1"); ext="${name##*.}"
  cp "$1" "$in/${name%.*}_${ext}.${ext}"
}
if [[ -n "${1:-}" ]]; then
  for f in "$1"/*; do copy "$f"; done
else
  corpus="$here/../shared/corpus"
  # the corpus's valid word-processing files (MANIFEST.tsv: not encrypted, not corrupt)
  awk -F'\t' 'NR > 1 && $5 ~ /^(doc|docx|odt|rtf)$/ && $9 !~ /^(ENCRYPTED|CORRUPT \(|DRM)/ { print $1 }' \
    "$corpus/MANIFEST.tsv" | while read -r f; do copy "$corpus/$f"; done
fi
[[ -f "$here/cli/target/earchive.jar" ]] || (cd "$here" && mvn -q -B -DskipTests package)
cp="$here/cli/target/lib/*:$here/cli/target/earchive.jar"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(soffice --version | head -1)"
echo "input: $(ls "$in" | wc -l) documents, --jobs $jobs"
measure() {  # $1 = label, $2 = folder of PDFs
  printf '%-40s ' "$1"
  java -cp "$cp" "$here/bench/WordsKept.java" "$in" "$2" $each
}
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work/soffice" "$in"/* >/dev/null 2>&1 || true
measure "soffice --convert-to pdf (machine fonts)" "$work/soffice"
for engine in libreoffice java; do
  "$here/earchive" convert "$in" --out "$work/$engine" --engine "$engine" --jobs "$jobs" --quiet >/dev/null 2>&1 || true
  measure "earchive --engine $engine" "$work/$engine"
  jq -r '"  \([.documents[] | select(.status == "converted")] | length) converted, \([.documents[] | select(.status == "not-compliant")] | length) not-compliant"' \
    "$work/$engine/.earchive/report.json"
done
