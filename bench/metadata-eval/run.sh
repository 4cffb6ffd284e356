#!/usr/bin/env bash
# Scores the metadata earchive reads from documents, field by field, against a clerk's reading of them
# (truth.tsv), on born-digital files and on 200-dpi scans of the same documents. Rerun it after a change to
# the extraction and compare the tables (bench/RESULTS.md keeps past runs).
#
#   bench/metadata-eval/run.sh [--each]          --each: also list every wrong or missed value
#
# The documents (docs/*.html, laid out as NĐ 30/2020 prints them: the two-column header, title, body,
# signature and nơi nhận) are saved as DOCX by LibreOffice, as an office would send them; each DOCX is then
# printed to PDF, rendered at 200 dpi and "scanned" by ScanPages.java (skew, noise, and on some the received
# stamp "ĐẾN" with its own number and date). The real Nghị định 30/2020/NĐ-CP from the shared corpus
# (EARCHIVE_CORPUS, default /work/shared/corpus) joins when it is there, and the project's own samples
# (fixtures/samples, which the extractor was tuned on) are scored as a group of their own.
# Everything goes through `earchive convert` (Tesseract for the scans) and the TT 05 X.xml it writes is what
# is scored. EARCHIVE=path/to/earchive scores another build (e.g. a checkout of the previous commit);
# METADATA_EVAL_KEEP=1 keeps the work folder (inputs, PDFs, descriptions) and says where.
#
# Needs LibreOffice (soffice), poppler-utils (pdftoppm) and Tesseract with Vietnamese.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
eval_dir="$here/bench/metadata-eval"
earchive="${EARCHIVE:-$here/earchive}"
corpus="${EARCHIVE_CORPUS:-/work/shared/corpus}"
for tool in soffice pdftoppm tesseract; do
  command -v "$tool" >/dev/null || { echo "metadata-eval: $tool is not installed" >&2; exit 2; }
done
[[ -f "$here/cli/target/earchive.jar" && -d "$here/fixtures/target/classes" ]] || (cd "$here" && mvn -q -B -DskipTests package)
work="$(mktemp -d)"
if [[ -n "${METADATA_EVAL_KEEP:-}" ]]; then
  echo "metadata-eval: keeping $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/in/born-digital" "$work/in/scans" "$work/in/samples/scans" "$work/pdf" "$work/png"

# born-digital: the documents as DOCX, and the real decree
soffice --headless "-env:UserInstallation=file://$work/lo-profile" --convert-to "docx:MS Word 2007 XML" \
  --outdir "$work/in/born-digital" "$eval_dir"/docs/*.html >/dev/null 2>&1
[[ -f "$corpus/vietnamese/van-ban-plus/30_2020_ND_CP.docx" ]] \
  && cp "$corpus/vietnamese/van-ban-plus/30_2020_ND_CP.docx" "$work/in/born-digital/"

# scans: each DOCX printed, its first two pages rendered at 200 dpi and scanned; received stamps on three
soffice --headless "-env:UserInstallation=file://$work/lo-profile" --convert-to pdf \
  --outdir "$work/pdf" "$work"/in/born-digital/*.docx >/dev/null 2>&1
declare -A stamps=(
  [cong-van-so-noi-vu]="UBND HUYỆN LẠC SƠN|1532|16/6/2025"
  [qd-2858-khoang-trang]="SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG|2210|12/6/2025"
  [qd-142-phan-cong]="PHÒNG NỘI VỤ|318|14/3/2025"
)
seed=1
for pdf in "$work"/pdf/*.pdf; do
  name="$(basename "$pdf" .pdf)"
  pdftoppm -r 200 -gray -png -f 1 -l 2 "$pdf" "$work/png/$name"
  java -Djava.awt.headless=true -cp "$here/fixtures/target/classes" "$eval_dir/ScanPages.java" \
    "$work/in/scans/$name.tif" "$seed" "${stamps[$name]:--}" "$work/png/$name"-*.png
  seed=$((seed + 1))
done

# the project's samples
cp -r "$here"/fixtures/samples/*.txt "$here"/fixtures/samples/*.html "$here"/fixtures/samples/anh "$work/in/samples/"
cp "$here"/fixtures/samples/scans/{bao-cao-300dpi-g4.tif,cong-van-200dpi.jpg,thong-bao-200dpi-lzw.tif} "$work/in/samples/scans/"

"$earchive" convert "$work/in" --out "$work/out" --jobs 2 --quiet >/dev/null 2>&1 || true
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(tesseract --version 2>&1 | head -1), earchive: $earchive"
java "$eval_dir/MetadataEval.java" "$eval_dir/truth.tsv" "$work/out" "$@"
