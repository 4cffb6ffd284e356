#!/usr/bin/env bash
# Packages in bounded memory (issue 9): builds a convert output of about GB gigabytes (copies of one large scanned
# PDF/A with its TT 05 description and PREMIS), then times, under a 256 MB Java heap:
#   1. package --profile tt05-aip-hoso            (copy, hash, EAD/EAD_doc/PREMIS/METS, schema checks)
#   2. package --profile tt05-aip-hoso --zip      (the same, streamed into one ZIP)
#   3. validate of the package folder             (METS, checksums, every XML against its XSD, veraPDF per PDF)
#   4. validate of the ZIP                        (read in place, not extracted)
# and reports wall time and peak resident memory (GNU time) of each whole run.
#
#   bench/package.sh [GB]        default 2; 10 reproduces the issue's 10 GB case (needs ~35 GB free disk)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gigabytes="${1:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[[ -f "$here/cli/target/earchive.jar" ]] || (cd "$here" && mvn -q -B -DskipTests package)

# one large scan: 4000x5600 pixels of grey noise (incompressible, so its JPEG is large), converted without OCR
mkdir -p "$work/scan"
cat > "$work/Noise.java" <<'JAVA'
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.ImageIO;
public class Noise {
    public static void main(String[] args) throws Exception {
        BufferedImage image = new BufferedImage(4000, 5600, BufferedImage.TYPE_BYTE_GRAY);
        Random random = new Random(42);
        byte[] pixels = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        random.nextBytes(pixels);
        ImageIO.write(image, "png", new File(args[0]));
    }
}
JAVA
java "$work/Noise.java" "$work/scan/to-trinh.png"
EARCHIVE_TESSERACT=/nonexistent "$here/earchive" convert "$work/scan" --out "$work/one" --quiet >/dev/null
pdf_bytes=$(stat -c %s "$work/one/to-trinh.pdf")
copies=$(( gigabytes * 1024 * 1024 * 1024 / pdf_bytes + 1 ))

# the convert output: COPIES documents, each with its own PDF/A, EAD_doc and PREMIS, listed in report.json
mkdir -p "$work/converted/.earchive"
{
  printf '{"tool":"earchive","documents":['
  for i in $(seq -w 1 "$copies"); do
    cp "$work/one/to-trinh.pdf" "$work/converted/tt-$i.pdf"
    cp "$work/one/to-trinh.xml" "$work/converted/tt-$i.xml"
    cp "$work/one/to-trinh.premis.xml" "$work/converted/tt-$i.premis.xml"
    [[ "$i" == "$(seq -w 1 "$copies" | head -1)" ]] || printf ','
    printf '{"source":"tt-%s.jpg","status":"converted","outputs":["tt-%s.pdf","tt-%s.xml","tt-%s.premis.xml"]}' "$i" "$i" "$i" "$i"
  done
  printf ']}'
} > "$work/converted/.earchive/report.json"
printf 'fileCode=H49.64.33.2025.99\ntitle=Hồ sơ đo hiệu năng\n' > "$work/ho-so.txt"
total_mb=$(du -sm "$work/converted" | cut -f1)

run() {  # label, then the earchive arguments; prints one line
  local label="$1"; shift
  EARCHIVE_JAVA_OPTS=-Xmx256m /usr/bin/time -v "$here/earchive" "$@" >"$work/stdout.txt" 2>"$work/time.txt" || {
    echo "$label: exit $? — $(tail -3 "$work/stdout.txt")"; return; }
  awk -F': ' -v label="$label" '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]}
    /Maximum resident/ {m=$2/1024} END {printf "%-34s %7.1f s   peak RSS %5.0f MB\n", label, s, m}' "$work/time.txt"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), Java heap -Xmx256m"
echo "input: $copies documents of $((pdf_bytes / 1024 / 1024)) MB, ${total_mb} MB in all"
run "package tt05-aip-hoso" package "$work/converted" --out "$work/aip" --profile tt05-aip-hoso --file-defaults "$work/ho-so.txt"
run "package tt05-aip-hoso --zip" package "$work/converted" --out "$work/aip-zip" --profile tt05-aip-hoso --file-defaults "$work/ho-so.txt" --zip
run "validate (folder)" validate "$work"/aip/uuid-*
run "validate (zip)" validate "$work"/aip-zip/uuid-*.zip
