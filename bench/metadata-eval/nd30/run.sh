#!/usr/bin/env bash
# Scores the metadata earchive reads from generated NĐ 30/2020 documents, field by field, against the truth the
# generator wrote, on born-digital files (DOCX, HTML, PDF) and on 200-dpi colour scans of the same documents.
#
#   bench/metadata-eval/nd30/run.sh tune|heldout|fresh|fresh2|...|fresh16 [COUNT] [--each] [--calibrate]
#
# tune: the half the extractor may be tuned on. heldout: the half scored only to report (do not look at its
# misses while changing the extractor); fresh: a third seed with organs and subjects the others never show, blind
# since the held-out half was looked at (sixth session); fresh2: a fourth seed with more organs and subjects, and a
# header layout, none of the others shows, blind since the fresh half was looked at (seventh session); fresh3: a fifth
# seed with more organs, subjects and signers, and number ("Số:12 /QĐ-..."), date (2026, "ngày 5 tháng 01") and V/v
# (broken over two paragraphs) typing none of the others shows, blind since fresh2 was looked at (eighth session); fresh4:
# a sixth seed with more organs (two levels above the issuing organ, a name wrapping to three lines, a ký hiệu with a
# digit, "KH-BCĐ389"), subjects and signers, and typing none of the others shows ("Số:  05/2026/QĐ-UBND", a date
# line whose day is left for the pen under a typed month), blind since fresh3 was looked at (ninth session); fresh5: a
# seventh seed with more organs (names holding a dash, a school), subjects, signers, a Thông báo, and the number typed
# "Số: 12 / TB-SVHTT", blind since fresh4 was looked at (tenth session); fresh6: an eighth seed written with fresh5 (organs
# of Thành phố Hồ Chí Minh dated "TP. Hồ Chí Minh, ngày ...", the received stamp over the date line), kept blind for the
# code tuned on fresh5 (tenth session); fresh7: a ninth seed (organs of the two-level local government of 2025, a
# university, a hospital; the ký hiệu's dash turned into an en dash, "Số: 12/QĐ – UBND"; the received stamp over the
# organ's second line), scored once with main's code before any change (eleventh session); fresh8: a tenth seed written
# with fresh7 (special zones, "VĂN PHÒNG ỦY BAN NHÂN DÂN", a V/v broken before a preposition), kept blind for the code
# tuned on fresh7; fresh9: an eleventh seed (courts, procuracies, a state corporation after 2025; the urgency or
# secrecy mark boxed under the number line), scored once with main's code before any change (twelfth session);
# fresh10: a twelfth seed written with fresh9 (the trích yếu typed over three lines), kept blind for the code tuned on
# fresh9; fresh11: a thirteenth seed (organs of 2025 in places no other set names; the copy's "SAO Y" block, with its
# own number and date, at the foot of half the documents), scored once with main's code before any change (thirteenth
# session); fresh12: a fourteenth seed written with fresh11 (the received stamp across the trích yếu), kept blind for
# the code tuned on fresh11; fresh13: a fifteenth seed (organ heads of 2025 no other set uses: a regional state treasury,
# a regional political academy, a school, a court, a customs branch, "THI HÀNH ÁN DÂN SỰ", a ward's Party cell; a long
# issuing organ's name typed over three lines), scored once with main's code before any change (fourteenth session);
# fresh14: a sixteenth seed written with fresh13 (more new heads; the header table printed with its borders), kept
# blind for the code tuned on fresh13; fresh15: a seventeenth seed (heads of 2025 no other set uses: a farmers' union, a
# social-policy bank's branch, a forest-ranger station, a market-surveillance team, a labour federation, a library; a
# tabbed header whose parent is typed in regular capitals over the bold issuer), scored once with main's code before
# any change (fifteenth session); fresh16: an eighteenth seed written with fresh15 (more new heads; the motto typed
# "CỘNG HOÀ" with en dashes in the tiêu ngữ), kept blind for the code tuned on fresh15. Only the half scored is generated. COUNT documents
# per half (default 24; a larger COUNT keeps the first documents and adds more, so the halves stay apart); --each
# lists every miss. --calibrate (on the tuning half) then prints calibration.tsv's rows, counting the values the
# calibration withholds too (Calibration.java).
#
# generate.py lays out the documents (types, header as a table or tab-aligned, number and date typing variants,
# legal grounds citing other numbers and dates, signature block, nơi nhận); a document marked format=pdf is
# printed to PDF by LibreOffice. Every document is also printed, rendered at 200 dpi in colour and "scanned" by
# ScanSheet.java (skew 1-4 degrees, noise, red seal and signature, on half of them the red ĐẾN received stamp, under the
# number line or, in fresh6, over the date line, in fresh7 over the organ's second line).
# Everything goes through `earchive convert` and the TT 05 X.xml it writes is scored by ../MetadataEval.java.
# EARCHIVE=path/to/earchive scores another build; METADATA_EVAL_KEEP=1 keeps the work folder.
#
# Needs python3, LibreOffice (soffice), poppler-utils (pdftoppm) and Tesseract with Vietnamese.
set -euo pipefail
half="${1:?tune, heldout, fresh or fresh2 to fresh16}"
count="${2:-24}"
shift $(( $# >= 2 ? 2 : 1 ))
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
nd30="$here/bench/metadata-eval/nd30"
earchive="${EARCHIVE:-$here/earchive}"
for tool in python3 soffice pdftoppm tesseract; do
  command -v "$tool" >/dev/null || { echo "metadata-eval: $tool is not installed" >&2; exit 2; }
done
[[ -f "$here/cli/target/earchive.jar" && -d "$here/fixtures/target/classes" ]] || (cd "$here" && mvn -q -B -DskipTests package)
work="$(mktemp -d)"
if [[ -n "${METADATA_EVAL_KEEP:-}" ]]; then
  echo "metadata-eval: keeping $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi
python3 "$nd30/generate.py" "$work/gen" "$count" "$half"
gen="$work/gen/$half"
mkdir -p "$work/in/born-digital" "$work/in/scans" "$work/pdf" "$work/png"

# every document printed to PDF (the scans' paper, and the born-digital PDFs)
soffice --headless "-env:UserInstallation=file://$work/lo-profile" --convert-to pdf --outdir "$work/pdf" \
  "$gen"/*.docx "$gen"/*.html >/dev/null 2>&1
# name, format and stamp by column heading (empty cells would shift a plain `read`)
awk -F'\t' '/^#/ {next} !seen++ {for (i = 1; i <= NF; i++) col[$i] = i; next} {print $1, $col["format"], $col["stamp"]}' \
  "$gen/truth.tsv" | while read -r name format stamp; do
  case "$format" in
    pdf) cp "$work/pdf/$name.pdf" "$work/in/born-digital/" ;;
    *) cp "$gen/$name".* "$work/in/born-digital/" ;;
  esac
  pdftoppm -r 200 -png -f 1 -l 1 "$work/pdf/$name.pdf" "$work/png/$name"
  seed=$(( $(printf '%s' "$name" | cksum | cut -d' ' -f1) % 100000 ))
  java -Djava.awt.headless=true -cp "$here/fixtures/target/classes" "$nd30/ScanSheet.java" \
    "$work/in/scans/$name.jpg" "$seed" "$stamp" "$work/png/$name"-1.png >/dev/null
done

# the pages Tesseract read are kept, so that --calibrate reads the scans' words without reading them again; a cache
# named in EARCHIVE_OCR_CACHE is used instead, so that a rerun after changing the extractor reads no page twice
export EARCHIVE_OCR_CACHE="${EARCHIVE_OCR_CACHE:-$work/ocr-cache}"
"$earchive" convert "$work/in" --out "$work/out" --jobs 2 --quiet >/dev/null 2>&1 || true
echo "half: $half ($count documents), machine: $(nproc) cores, $(tesseract --version 2>&1 | head -1), earchive: $earchive"
each=""
calibrate=""
for option in "$@"; do
  case "$option" in --each) each="--each" ;; --calibrate) calibrate=1 ;; esac
done
java "$here/bench/metadata-eval/MetadataEval.java" "$gen/truth.tsv" "$work/out" $each
if [[ -n "$calibrate" ]]; then
  classpath="$here/cli/target/earchive.jar:$(printf '%s:' "$here"/cli/target/lib/*.jar)"
  java -cp "$classpath" "$nd30/Calibration.java" "$gen/truth.tsv" "$work" $each 2>/dev/null
fi
