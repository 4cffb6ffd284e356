#!/usr/bin/env bash
# Issue 9 "bounded memory": `earchive validate` on an E-ARK SIP holding one large data file, as a folder and
# as a ZIP, with a small heap (-Xmx128m). Prints wall time and peak resident memory (GNU time).
# The data file is random bytes, so the ZIP cannot shrink it; its SHA-256 and SIZE are added to the METS.
#
#   bench/validate.sh [SIZE]      default 2G (anything head -c accepts)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size="${1:-2G}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

[[ -f "$here/cli/target/earchive.jar" ]] || (cd "$here" && mvn -q -B -DskipTests package)

mkdir -p "$work/in" && cp "$here/fixtures/samples/bao-cao-tong-ket.txt" "$work/in/"
"$here/earchive" convert "$work/in" --out "$work/out" --quiet >/dev/null
"$here/earchive" package "$work/out" --out "$work/sip" --profile eark-sip --organization bench >/dev/null
head -c "$size" /dev/urandom > "$work/sip/representations/rep1/data/big.bin"
python3 - "$work/sip" <<'PY'
import hashlib, os, sys
root = sys.argv[1]
big = os.path.join(root, "representations/rep1/data/big.bin")
digest = hashlib.sha256()
with open(big, "rb") as f:
    for block in iter(lambda: f.read(1 << 20), b""):
        digest.update(block)
mets = open(os.path.join(root, "METS.xml"), encoding="utf-8").read()
end = mets.index("</mets:fileGrp>", mets.index('USE="Representations/rep1"'))
entry = ('<mets:file ID="uuid-BIG" MIMETYPE="application/octet-stream" SIZE="%d" CREATED="2025-01-01T07:00:00+07:00"'
         ' CHECKSUM="%s" CHECKSUMTYPE="SHA-256"><mets:FLocat LOCTYPE="URL" xlink:type="simple"'
         ' xlink:href="representations/rep1/data/big.bin"/></mets:file>') % (os.path.getsize(big), digest.hexdigest())
open(os.path.join(root, "METS.xml"), "w", encoding="utf-8").write(mets[:end] + entry + mets[end:])
PY
(cd "$work" && zip -q -r sip.zip sip)

for target in sip sip.zip; do
  EARCHIVE_JAVA_OPTS=-Xmx128m /usr/bin/time -v "$here/earchive" validate "$work/$target" >/dev/null 2>"$work/time.txt" \
    || { echo "$target: validate did not accept the package" >&2; exit 1; }
  seconds=$(grep "Elapsed" "$work/time.txt" | awk '{print $NF}')
  rss=$(grep "Maximum resident" "$work/time.txt" | awk '{print int($NF/1024)}')
  echo "$target ($size data file): ${seconds} wall, ${rss} MB peak RSS, heap -Xmx128m"
done
