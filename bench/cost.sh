#!/usr/bin/env bash
# What earchive costs per page or document beside the engine it drives, run side by side on the same inputs in
# one run: CPU seconds (user+sys of the whole process tree, children included: /usr/bin/time), which hold on a
# loaded machine where wall times do not, and peak RSS (the largest process of the tree). Prints one row per work
# with earchive's CPU per unit, the peer's, the ratio, and both peak RSS (issue 20's table). Never a timed test.
#
#   [ROWS='version scan1 scans pdfs office validate1 text100 text1000'] [JOBS=2] [WARM=0] [EARCHIVE_JAVA_OPTS=...] bench/cost.sh
#
# Default ROWS: every row but text1000 (1,000 documents, ~5 minutes of CPU); ROWS=all runs it too.
# Beside the cold rows of scan1, scans, pdfs, office (pool) and validate1, the same work through a warm worker
# (docs/worker.md; WARM=0 leaves them out): a worker started for the row (its folder, its environment), warmed by one
# run of another input, then the row; its CPU is the client's process tree plus the worker's own delta
# (utime+stime+cutime+cstime of /proc/PID/stat before and after: its threads, and Tesseract or soffice once reaped),
# its peak RSS the worker's (VmHWM, warm-up included). What starting and warming it cost is printed apart.
# Peers (run as /work/shared/PEERS.md says):
#   version  `java -version`
#   scan1    one 200-dpi grey page; bare `tesseract page out -l vie+eng pdf` (OMP_THREAD_LIMIT=1)
#   scans    24 pages (AdministrativeScans' bench set, four times) in one folder, --jobs JOBS; bare Tesseract per
#            page, JOBS at once; the peer column with "+osd" adds Tesseract's own orientation pass (--psm 0)
#   pdfs     30 born-digital PDFs (fixtures/detect, three times) -> PDF/A, no OCR on either side; Ghostscript
#            pdfwrite with PDFA_def.ps pointing at an sRGB profile, JOBS at once
#   office   26 DOCX/ODT (11 fixtures, 15 from the shared corpus; EARCHIVE_CORPUS) through LibreOffice's pool
#            (--engine libreoffice), beside one `soffice --convert-to pdf` per file; and through the Java engine
#            (--engine java), beside one soffice call for all of them
#   validate1 `validate` of one PDF/A earchive wrote (no peer)
#   text100  100 one-page text/HTML documents, --jobs JOBS (no peer: the limit is 0.3 CPU-s each)
#   text1000 the same with 1,000 documents: peak RSS beside text100's
# Needs: tesseract-ocr tesseract-ocr-vie ghostscript libreoffice-writer-nogui (rows whose peer is missing are skipped)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="${JOBS:-2}"
rows="${ROWS:-version scan1 scans pdfs office validate1 text100}"
[[ "$rows" == all ]] && rows="version scan1 scans pdfs office validate1 text100 text1000"
warm="${WARM:-1}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[[ -f "$here/cli/target/earchive.jar" && -d "$here/fixtures/target/classes" ]] || (cd "$here" && mvn -q -B -DskipTests package)
fixtures_cp="$here/cli/target/lib/*:$here/cli/target/earchive.jar:$here/fixtures/target/classes"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)   JOBS=$jobs   EARCHIVE_JAVA_OPTS=${EARCHIVE_JAVA_OPTS:-launcher default}"

# `measure NAME COMMAND...`: runs it once, leaves "cpu_seconds peak_rss_mb wall_seconds" in $work/NAME
measure() {
  local name="$1"
  shift
  /usr/bin/time -f '%U %S %M %e' -o "$work/$name.time" "$@" >"$work/$name.out" 2>&1 \
    || { echo "$name failed:" >&2; tail -20 "$work/$name.out" >&2; return 1; }
  awk '{printf "%.2f %.0f %.1f\n", $1 + $2, $3 / 1024, $4}' "$work/$name.time" > "$work/$name"
}
cpu() { cut -d' ' -f1 "$work/$1"; }
rss() { cut -d' ' -f2 "$work/$1"; }

printf '\n%-44s %12s %12s %7s %10s %10s\n' "work (per unit)" "earchive" "peer" "ratio" "RSS MB" "peer RSS"
# `row LABEL EARCHIVE_RUN PEER_RUN UNITS`: CPU per unit of each, the ratio, peak RSS of each
row() {
  local label="$1" mine="$2" peer="$3" units="$4"
  local m p
  m=$(echo "$(cpu "$mine") / $units" | bc -l)
  if [[ -n "$peer" ]]; then
    p=$(echo "$(cpu "$peer") / $units" | bc -l)
    printf '%-44s %12.2f %12.2f %6.1fx %10s %10s\n' "$label" "$m" "$p" "$(echo "$m / $p" | bc -l)" "$(rss "$mine")" "$(rss "$peer")"
  else
    printf '%-44s %12.2f %12s %7s %10s %10s\n' "$label" "$m" "-" "-" "$(rss "$mine")" "-"
  fi
}
has() { command -v "$1" >/dev/null; }
earchive="$here/earchive"

# The warm worker's rows. `warm NAME WARMUP_INPUT [env VAR=VALUE...] "$earchive" ARGS...`: a worker started with the
# row's environment and --jobs in this folder, warmed by converting WARMUP_INPUT (validating it, a PDF), another
# input than the row's, then the row
# through it. $work/NAME as measure leaves it (the client's tree plus the worker's CPU delta; the worker's peak RSS);
# $work/NAME.start: CPU to start the worker (its start command and its own JVM until it answers) and to warm it.
tick=$(getconf CLK_TCK)
worker_cpu() { awk -v t="$tick" '{printf "%.2f", ($14 + $15 + $16 + $17) / t}' "/proc/$1/stat"; }
warm() {
  local name="$1" warmup="$2" pre=() pid before after start_cpu
  shift 2
  while [[ "$1" != "$earchive" ]]; do pre+=("$1"); shift; done
  shift
  local jobs_option=() previous_arg=""
  for arg in "$@"; do [[ "$previous_arg" == --jobs ]] && jobs_option=(--jobs "$arg"); previous_arg="$arg"; done
  # the heap the row's --jobs gives (the launcher's flags are part of the worker's key)
  measure "${name}_start" "${pre[@]}" "$earchive" --lang en worker start --idle 30m "${jobs_option[@]}"
  pid=$("${pre[@]}" "$earchive" --lang en worker status | sed -n 's/^Worker: pid //p')
  [[ -n "$pid" ]] || { echo "$name: the worker did not start" >&2; return 1; }
  start_cpu=$(echo "$(cpu "${name}_start") + $(worker_cpu "$pid")" | bc -l)
  before=$(worker_cpu "$pid")
  if [[ "$warmup" == *.pdf ]]; then
    measure "${name}_warmup" "${pre[@]}" "$earchive" validate "$warmup"
  else
    measure "${name}_warmup" "${pre[@]}" "$earchive" convert "$warmup" --out "$work/warmup-$name" --quiet
  fi
  after=$(worker_cpu "$pid")
  printf '%s %.2f %.2f\n' "$start_cpu" "$(echo "$(cpu "${name}_warmup") + $after - $before" | bc -l)" \
    "$(echo "$(cpu "${name}_start") + $(cpu "${name}_warmup") + $after" | bc -l)" > "$work/$name.start"
  before=$(worker_cpu "$pid")
  measure "$name" "${pre[@]}" "$earchive" "$@"
  after=$(worker_cpu "$pid")
  "${pre[@]}" "$earchive" --lang en worker status | grep -q '^Jobs run: 2$' \
    || { echo "$name: the worker did not run the row" >&2; return 1; }
  local rss_kb
  rss_kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status")
  "${pre[@]}" "$earchive" worker stop >/dev/null
  awk -v w="$(echo "$after - $before" | bc -l)" -v r="$rss_kb" '{printf "%.2f %.0f %s\n", $1 + w, r / 1024, $3}' \
    "$work/$name" > "$work/$name.tmp" && mv "$work/$name.tmp" "$work/$name"
}
# `warm_row LABEL NAME PEER UNITS`: the warm row beside the cold one, and what the worker's start cost
warm_row() {
  [[ -f "$work/$2" ]] || return 0
  row "$1" "$2" "$3" "$4"
  read -r start warmup total < "$work/$2.start"
  printf '%-44s %12s\n' "    (worker start ${start} CPU-s, warm-up run ${warmup})" ""
}

for r in $rows; do
  case "$r" in
  version)
    measure e_version "$earchive" --version
    measure p_version java -version
    row "earchive --version (CPU-s per run)" e_version p_version 1
    ;;
  scan1|scans)
    has tesseract || { echo "$r: skipped, no tesseract"; continue; }
    if [[ ! -d "$work/set" ]]; then
      java -Djava.awt.headless=true -cp "$fixtures_cp" org.earchive.fixtures.AdministrativeScans "$work/set"
      rm -f "$work"/set/*.txt
    fi
    if [[ "$r" == scan1 ]]; then
      mkdir -p "$work/scan1"
      cp "$work"/set/quyet-dinh-200dpi-grey-*.tif "$work/scan1/page.tif"
      measure e_scan1 "$earchive" convert "$work/scan1" --out "$work/out-scan1" --jobs 1 --quiet
      measure p_scan1 env OMP_THREAD_LIMIT=1 tesseract "$work/scan1/page.tif" "$work/p-scan1" -l vie+eng pdf
      row "one 200-dpi scan page, vie+eng" e_scan1 p_scan1 1
      if [[ "$warm" == 1 ]]; then
        mkdir -p "$work/warmup-in-scan1"
        cp "$(ls "$work"/set/* | grep -v quyet-dinh-200dpi-grey | head -1)" "$work/warmup-in-scan1/"
        warm w_scan1 "$work/warmup-in-scan1" "$earchive" convert "$work/scan1" --out "$work/out-w-scan1" --jobs 1 --quiet
        warm_row "  same, warm worker" w_scan1 p_scan1 1
      fi
    else
      mkdir -p "$work/scans"
      for i in 1 2 3 4; do for f in "$work"/set/*; do cp "$f" "$work/scans/$i-$(basename "$f")"; done; done
      pages=$(ls "$work/scans" | wc -l)
      measure e_scans "$earchive" convert "$work/scans" --out "$work/out-scans" --jobs "$jobs" --quiet
      mkdir -p "$work/p-scans"
      # shellcheck disable=SC2016
      measure p_scans bash -c 'ls "$1" | OMP_THREAD_LIMIT=1 xargs -P "$2" -I{} tesseract "$1/{}" "$3/{}" -l vie+eng pdf' _ \
        "$work/scans" "$jobs" "$work/p-scans"
      # shellcheck disable=SC2016
      measure p_osd bash -c 'ls "$1" | OMP_THREAD_LIMIT=1 xargs -P "$2" -I{} tesseract "$1/{}" - --psm 0 -l osd' _ \
        "$work/scans" "$jobs"
      echo "$(echo "$(cpu p_scans) + $(cpu p_osd)" | bc -l) $(rss p_scans) 0" > "$work/p_scans_osd"
      row "$pages scan pages, one folder (per page)" e_scans p_scans "$pages"
      row "  same, peer +osd (per page)" e_scans p_scans_osd "$pages"
      if [[ "$warm" == 1 ]]; then
        mkdir -p "$work/warmup-in-scans"
        cp "$(ls "$work"/set/* | head -1)" "$work/warmup-in-scans/"
        warm w_scans "$work/warmup-in-scans" "$earchive" convert "$work/scans" --out "$work/out-w-scans" --jobs "$jobs" --quiet
        warm_row "  same, warm worker" w_scans p_scans "$pages"
        warm_row "  same, warm worker, peer +osd" w_scans p_scans_osd "$pages"
      fi
    fi
    ;;
  pdfs)
    has gs || { echo "pdfs: skipped, no gs"; continue; }
    mkdir -p "$work/pdfs" "$work/p-pdfs"
    for i in 1 2 3; do
      for f in born-digital claims-pdfa-2b device-cmyk javascript-and-attachment lost-tounicode-whole-font \
               partly-unmapped-text text-without-unicode type3-glyphs-without-unicode unembedded-standard-fonts \
               legacy-lzw-interpolate; do
        cp "$here/fixtures/detect/$f.pdf" "$work/pdfs/$i-$f.pdf"
      done
    done
    n=$(ls "$work/pdfs" | wc -l)
    icc=/usr/share/color/icc/ghostscript/srgb.icc
    sed "s|(srgb.icc)|($icc)|" /usr/share/ghostscript/*/lib/PDFA_def.ps > "$work/PDFA_def.ps"
    # Ghostscript does not OCR: neither does earchive in this row
    measure e_pdfs env EARCHIVE_TESSERACT=/nonexistent "$here/earchive" convert "$work/pdfs" --out "$work/out-pdfs" \
      --jobs "$jobs" --quiet
    # shellcheck disable=SC2016
    measure p_pdfs bash -c 'ls "$1" | xargs -P "$2" -I{} gs -q -dPDFA=2 -dBATCH -dNOPAUSE -sColorConversionStrategy=RGB \
      -dPDFACompatibilityPolicy=1 -sDEVICE=pdfwrite --permit-file-read="$3" -sOutputFile="$4/{}" "$5" "$1/{}"' _ \
      "$work/pdfs" "$jobs" "$icc" "$work/p-pdfs" "$work/PDFA_def.ps"
    row "$n born-digital PDFs -> PDF/A (per doc)" e_pdfs p_pdfs "$n"
    if [[ "$warm" == 1 ]]; then
      mkdir -p "$work/warmup-in-pdfs"
      cp "$here/fixtures/detect/hybrid-text-under-image.pdf" "$work/warmup-in-pdfs/"
      warm w_pdfs "$work/warmup-in-pdfs" env EARCHIVE_TESSERACT=/nonexistent "$earchive" convert "$work/pdfs" \
        --out "$work/out-w-pdfs" --jobs "$jobs" --quiet
      warm_row "  same, warm worker" w_pdfs p_pdfs "$n"
    fi
    ;;
  office)
    has soffice || { echo "office: skipped, no soffice"; continue; }
    mkdir -p "$work/office"
    # A pool serves many documents: at least 20, varied (DOCX and ODT, one page to many, tables, lists, footnotes,
    # pictures, legacy Vietnamese encodings), never copies of one file, each of which both engines convert (Phuluc1
    # and testWORD_various came back in the eighth session, once the Java engine kept their words; testWORD_various's
    # Japanese needs fonts-droid-fallback). The fixtures give 11; the shared corpus the rest.
    cp "$here/fixtures/office/cong-van-times-new-roman.docx" "$here/fixtures/office/cau-truc-tieu-de-danh-sach-bang-anh.docx" \
       "$here/fixtures/detect/bao-cao.docx" "$here"/fixtures/legacy/cong-van-*.odt "$here"/fixtures/legacy/cong-van-*.docx \
       "$work/office/"
    corpus="${EARCHIVE_CORPUS:-/work/shared/corpus}"
    for f in vietnamese/van-ban-plus/30_2020_ND_CP.docx vietnamese/van-ban-plus/Phuluc2.docx \
             vietnamese/van-ban-plus/Phuluc3.docx vietnamese/van-ban-plus/Phuluc4.docx vietnamese/van-ban-plus/Phuluc5.docx \
             tika/testWORD_numbered_list.docx tika/footnotes.docx tika/testWORD_embedded_pics.docx \
             tika/testOpenOffice2.odt tika/testODFwithOOo3.odt tika/LibreOfficeWriter_odt_1.3.odt \
             poi/document__SampleDoc.docx poi/document__HeaderFooterUnicode.docx \
             vietnamese/van-ban-plus/Phuluc1.docx tika/testWORD_various.docx; do
      if [[ -f "$corpus/$f" ]]; then cp "$corpus/$f" "$work/office/"; fi
    done
    (( $(ls "$work/office" | wc -l) >= 20 )) || echo "office: only $(ls "$work/office" | wc -l) documents (no corpus at $corpus)"
    n=$(ls "$work/office" | wc -l)
    measure e_office_lo "$earchive" convert "$work/office" --out "$work/out-office-lo" --engine libreoffice --jobs "$jobs" --quiet
    measure e_office_java "$earchive" convert "$work/office" --out "$work/out-office-java" --engine java --jobs "$jobs" --quiet
    # shellcheck disable=SC2016
    measure p_office_each bash -c 'for f in "$1"/*; do soffice -env:UserInstallation=file://"$2"/profile-each --headless \
      --convert-to pdf --outdir "$2/each" "$f"; done' _ "$work/office" "$work/p-office"
    measure p_office_all soffice -env:UserInstallation=file://"$work"/p-office/profile-all --headless --convert-to pdf \
      --outdir "$work/p-office/all" "$work"/office/*
    row "$n DOCX/ODT, LibreOffice pool (per doc)" e_office_lo p_office_each "$n"
    row "  same, Java engine vs one soffice for all" e_office_java p_office_all "$n"
    if [[ "$warm" == 1 ]]; then
      mkdir -p "$work/warmup-in-office"
      cp "$here/fixtures/legacy/cong-van-tcvn3.doc" "$work/warmup-in-office/"
      warm w_office_lo "$work/warmup-in-office" "$earchive" convert "$work/office" --out "$work/out-w-office-lo" \
        --engine libreoffice --jobs "$jobs" --quiet
      warm_row "  pool, warm worker" w_office_lo p_office_each "$n"
    fi
    ;;
  validate1)
    # one PDF/A earchive wrote, validated as a clerk checks a file; warmed by validating another
    mkdir -p "$work/validate-in"
    cp "$here/fixtures/samples/quyet-dinh.html" "$here/fixtures/samples/bao-cao-tong-ket.txt" "$work/validate-in/"
    "$earchive" convert "$work/validate-in" --out "$work/validate-out" --quiet >/dev/null
    measure e_validate1 "$earchive" validate "$work/validate-out/quyet-dinh.pdf"
    row "validate one PDF/A (CPU-s per run)" e_validate1 "" 1
    if [[ "$warm" == 1 ]]; then
      warm w_validate1 "$work/validate-out/bao-cao-tong-ket.pdf" "$earchive" validate "$work/validate-out/quyet-dinh.pdf"
      warm_row "  same, warm worker" w_validate1 "" 1
    fi
    ;;
  text100|text1000)
    n=${r#text}
    mkdir -p "$work/$r"
    for i in $(seq 1 "$n"); do
      if (( i % 2 )); then
        printf 'CÔNG VĂN số %d/UBND\nV/v báo cáo kết quả số hóa tài liệu lưu trữ năm 2025, đợt %d.\nKính gửi: Sở Nội vụ.\n' \
          "$i" "$i" > "$work/$r/cong-van-$i.txt"
      else
        printf '<html><head><meta charset="utf-8"><title>Thông báo %d</title></head><body><h1>THÔNG BÁO số %d</h1><p>Về lịch tiếp công dân tháng %d.</p></body></html>\n' \
          "$i" "$i" "$(( i % 12 + 1 ))" > "$work/$r/thong-bao-$i.html"
      fi
    done
    measure "e_$r" "$earchive" convert "$work/$r" --out "$work/out-$r" --jobs "$jobs" --quiet
    row "$n small text/HTML docs (per doc)" "e_$r" "" "$n"
    if [[ "$r" == text1000 && -f "$work/e_text100" ]]; then
      echo "  peak RSS, 1,000 docs against 100: $(rss e_text1000) / $(rss e_text100) MB = $(echo "$(rss e_text1000) / $(rss e_text100)" | bc -l | cut -c1-4)"
    fi
    ;;
  *) echo "unknown row: $r" >&2; exit 2 ;;
  esac
done
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
