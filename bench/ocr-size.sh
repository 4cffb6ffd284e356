#!/usr/bin/env bash
# Output bytes of scans -> searchable PDF/A-2b, earchive against OCRmyPDF at equal loss (the team's decision on
# issue 24's size goal, docs/ocr.md "Weight against OCRmyPDF"):
#   (a) inputs as scanners write them -- the scanner's JPEG for grey/colour (earchive keeps its bytes), bilevel
#       as single-strip G4 TIFF or 1-bit PNG: earchive's default against OCRmyPDF's default;
#   (b) lossless grey/colour inputs (PNG, LZW TIFF): earchive's default (lossless) against
#       `ocrmypdf --pdfa-image-compression lossless`, and earchive's `--optimize 2` (lossy, said in report.json and
#       PREMIS) against OCRmyPDF's default (Ghostscript re-encodes them as JPEG), with the PSNR of each lossy
#       stored image against the scan, so that "equal loss" is measured, not assumed.
#   A scanner's JPEG is also weighed against OCRmyPDF without --deskew, which then keeps it as earchive does (with
#   --deskew Ghostscript turns and re-encodes it: a second loss).
# Pages: AdministrativeScans' `size` set (nothing tuned on it: the held-out set plus a full A4 page at 300 dpi as
# single-strip G4 and as 1-bit PNG, at 200 dpi as G4, at 300 dpi grey as PNG), and the real 1-bit scans of the
# shared corpus (ocrmypdf/linn.png, typewriter.png) when /work/shared/corpus is there.
#
#   [KEEP=1] bench/ocr-size.sh [JOBS]      default JOBS: number of processors; KEEP=1 keeps the outputs
#
# OCRmyPDF runs as the issue states it (PYTHONHASHSEED=0 ocrmypdf -l vie+eng --output-type pdfa-2 --rotate-pages
# --deskew), one file per call. Its PSNR is measured on a second run without --deskew (a straightened image
# cannot be compared pixel for pixel) and without OCR (--tesseract-timeout 0): the same Ghostscript image path.
# Needs: apt-get install ocrmypdf tesseract-ocr tesseract-ocr-vie
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="${1:-$(nproc)}"
work="$(mktemp -d)"
[[ -n "${KEEP:-}" ]] && echo "outputs kept in $work" >&2 || trap 'rm -rf "$work"' EXIT
[[ -f "$here/cli/target/earchive.jar" && -d "$here/fixtures/target/classes" ]] || (cd "$here" && mvn -q -B -DskipTests package)
cp_="$here/cli/target/lib/*:$here/cli/target/earchive.jar:$here/fixtures/target/classes"
command -v ocrmypdf >/dev/null || { echo "ocrmypdf is not installed: apt-get install ocrmypdf" >&2; exit 2; }

java -Djava.awt.headless=true -cp "$cp_" org.earchive.fixtures.AdministrativeScans "$work/set" size
mkdir -p "$work/in" "$work/lossless" "$work/jpeg"
cp "$work"/set/*.tif "$work"/set/*.jpg "$work"/set/*.png "$work/in/"
for scan in ocrmypdf/linn.png ocrmypdf/typewriter.png; do
  [[ -f "/work/shared/corpus/$scan" ]] && cp "/work/shared/corpus/$scan" "$work/in/corpus-$(basename "$scan")"
done
# lossless grey or colour: a PNG or TIFF that is not bilevel
kind() {
  case "$1" in
    *.jpg) echo "jpeg" ;;
    *bilevel*|*corpus-*) echo "bilevel" ;;
    *) echo "lossless" ;;
  esac
}
for f in "$work"/in/*; do
  case "$(kind "$f")" in lossless) cp "$f" "$work/lossless/" ;; jpeg) cp "$f" "$work/jpeg/" ;; esac  # earchive skips symbolic links
done

cpu=()
measure() {  # CPU seconds (user+sys, children included) of a command
  /usr/bin/time -f '%U %S' -o "$work/time" bash -c '"$@"' _ "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; return 1; }
  awk '{printf "%.1f", $1 + $2}' "$work/time"
}
run_earchive() { "$here/earchive" convert "$1" --out "$2" --jobs "$jobs" --quiet "${@:3}"; }
run_ocrmypdf() {  # IN OUT [options]: one call per file
  mkdir -p "$2"
  for f in "$1"/*; do
    # the corpus PNGs record no resolution, which OCRmyPDF refuses without --image-dpi (earchive assumes 200)
    dpi=(); [[ "$f" == *corpus-* ]] && dpi=(--image-dpi 300)
    PYTHONHASHSEED=0 ocrmypdf -q -l vie+eng --output-type pdfa-2 --rotate-pages --jobs "$jobs" \
      --tesseract-timeout 3600 "${dpi[@]}" "${@:3}" "$f" "$2/$(basename "${f%.*}").pdf" >/dev/null 2>&1 \
      || echo "ocrmypdf failed on $(basename "$f")" >&2
  done
}
export here jobs
export -f run_earchive run_ocrmypdf
cpu+=("earchive $(measure run_earchive "$work/in" "$work/earchive")")
cpu+=("earchive-O2 $(measure run_earchive "$work/lossless" "$work/earchive-O2" --optimize 2)")
cpu+=("ocrmypdf $(measure run_ocrmypdf "$work/in" "$work/ocrmypdf" --deskew)")
cpu+=("ocrmypdf-lossless $(measure run_ocrmypdf "$work/lossless" "$work/ocrmypdf-lossless" --deskew --pdfa-image-compression lossless)")
# a scanner's JPEG: with --deskew Ghostscript turns and re-encodes it (a second loss); without, OCRmyPDF keeps it
cpu+=("ocrmypdf-kept-jpeg $(measure run_ocrmypdf "$work/jpeg" "$work/ocrmypdf-kept")")
# the same Ghostscript image path, image left where it is and no OCR: for the PSNR of OCRmyPDF's default
run_ocrmypdf "$work/lossless" "$work/ocrmypdf-level" --tesseract-timeout 0

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)," \
     "$(tesseract --version 2>&1 | sed -n 1p), OCRmyPDF $(ocrmypdf --version); --jobs $jobs"
echo "CPU seconds (user+sys): ${cpu[*]}"
echo "earchive veraPDF 2b: $("$here/earchive" validate "$work/earchive" --flavour 2b 2>/dev/null | grep -c ' compliant' || true)/$(ls "$work/in" | wc -l) compliant" \
     "(--optimize 2: $("$here/earchive" validate "$work/earchive-O2" --flavour 2b 2>/dev/null | grep -c ' compliant' || true)/$(ls "$work/lossless" | wc -l))"
echo
quality() { java -Djava.awt.headless=true -cp "$cp_" "$here/bench/StoredImageQuality.java" "$@" 2>/dev/null; }
bytes() { [[ -f "$1" ]] && stat -c %s "$1" || echo "-"; }
ratio() { [[ "$1" != - && "$2" != - ]] && awk -v a="$1" -v b="$2" 'BEGIN{printf "%+.0f%%", 100 * (a - b) / b}' || echo "-"; }
row='%-44s %-9s %9s | %9s %9s %6s | %9s %6s | %9s %8s %8s %6s\n'
printf "$row" scan kind input earchive ocrmypdf "e/o" "o equal" "e/oq" "e -O2" "PSNR e2" "PSNR o" "e2/o"
for f in "$work"/in/*; do
  name="$(basename "${f%.*}")"
  k="$(kind "$f")"
  in_b=$(bytes "$f")
  e=$(bytes "$work/earchive/$name.pdf")
  o=$(bytes "$work/ocrmypdf/$name.pdf")
  ol=- e2=- q_e2=- q_o=-
  [[ "$k" == jpeg ]] && ol=$(bytes "$work/ocrmypdf-kept/$name.pdf")
  if [[ "$k" == lossless ]]; then
    ol=$(bytes "$work/ocrmypdf-lossless/$name.pdf")
    e2=$(bytes "$work/earchive-O2/$name.pdf")
    read -r q_e2 q_o <<<"$(quality "$f" "$work/earchive-O2/$name.pdf" "$work/ocrmypdf-level/$name.pdf")"
  fi
  printf "$row" "$name" "$k" "$in_b" "$e" "$o" "$(ratio "$e" "$o")" "$ol" "$(ratio "$e" "$ol")" \
    "$e2" "$q_e2" "$q_o" "$(ratio "$e2" "$o")"
done
echo
echo "e/o: earchive's default against OCRmyPDF's default (negative: earchive smaller); (a) for bilevel and JPEG rows."
echo "o equal: OCRmyPDF at earchive's loss: --pdfa-image-compression lossless for lossless rows (b), no --deskew for"
echo "a scanner's JPEG (kept as it is, as earchive keeps it); e/oq earchive's default against it. e2/o: earchive"
echo "--optimize 2 against OCRmyPDF's default, with the PSNR of each one's stored image against the scan."
echo "Bilevel goal: earchive at least 30% under the input:"
for f in "$work"/in/*; do
  [[ "$(kind "$f")" == bilevel ]] || continue
  name="$(basename "${f%.*}")"
  printf '  %-44s %9s -> %9s  %s\n' "$name" "$(bytes "$f")" "$(bytes "$work/earchive/$name.pdf")" \
    "$(ratio "$(bytes "$work/earchive/$name.pdf")" "$(bytes "$f")")"
done
