#!/usr/bin/env bash
# Does `earchive detect` give the PRONOM ids DROID gives? Runs DROID's own command line (6.5.2, The National
# Archives, BSD licence; fetched with its libraries by Maven into bench/pronom-agreement/target/droid, never part of
# earchive) in profile mode with its defaults (64 KB scanned at each end, extensions only where no signature matches,
# archives not opened) and with the same two signature files earchive carries, then `earchive detect --json --quick`
# on the same folder, and prints file by file where they differ, with the count that agree. Not a test.
#
#   bench/pronom-agreement.sh [FOLDER]      (default: the shared corpus, /work/shared/corpus)
#
# A file agrees when both give the same PUIDs (DROID lists several when its signatures cannot tell formats apart;
# earchive puts one first and lists the rest as candidates: the same set agrees).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
folder="$(cd "${1:-/work/shared/corpus}" && pwd)"
bench="$here/bench/pronom-agreement"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

[[ -f "$here/cli/target/earchive.jar" ]] || (cd "$here" && mvn -q -B -DskipTests package)
[[ -d "$bench/target/droid" ]] || (cd "$bench" && mvn -q -B dependency:copy-dependencies -DoutputDirectory=target/droid)
signatures="$here/converters/target/classes/org/earchive/detect/pronom"
binary="$(basename "$(ls "$signatures"/DROID_SignatureFile_V*.xml)" .xml)"
container="$(basename "$(ls "$signatures"/container-signature-*.xml)" .xml)"

# DROID's home: its first run writes the defaults; then the same signature files as earchive, archives left shut
home="$work/home/.droid6"
droid_cmd=(java -Duser.home="$work/home" -Ddroid.userDir="$home" -cp "$bench/target/droid/*"
           uk.gov.nationalarchives.droid.command.DroidCommandLine)
droid() { "${droid_cmd[@]}" "$@"; }
droid -v >/dev/null 2>&1
cp "$signatures/$binary.xml" "$home/signature_files/"
cp "$signatures/$container.xml" "$home/container_sigs/"
sed -i -e "s/^profile.defaultBinarySigFileVersion = .*/profile.defaultBinarySigFileVersion = $binary/" \
       -e "s/^profile.defaultContainerSigFileVersion = .*/profile.defaultContainerSigFileVersion = $container/" \
       -e 's/^update.autoCheck = .*/update.autoCheck = false/' \
       -e 's/^profile.process\([A-Za-z0-9]*\) = true/profile.process\1 = false/' "$home/droid.properties"

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); DROID $(droid -v 2>/dev/null | tail -1); signatures $binary, $container"
/usr/bin/time -f '%U %S' -o "$work/droid.time" "${droid_cmd[@]}" -q -a "$folder" -R -p "$work/profile.droid" >/dev/null 2>&1
droid -q -p "$work/profile.droid" -e "$work/droid.csv" >/dev/null 2>&1
/usr/bin/time -f '%U %S' -o "$work/earchive.time" "$here/earchive" detect --json --quick "$folder" >"$work/earchive.jsonl" 2>/dev/null || true
echo "CPU seconds (user+sys): DROID profile $(awk '{print $1+$2}' "$work/droid.time"), earchive detect --quick $(awk '{print $1+$2}' "$work/earchive.time")"

python3 - "$folder" "$work/droid.csv" "$work/earchive.jsonl" <<'EOF'
import csv, json, os, sys
folder, droid_csv, earchive_jsonl = sys.argv[1:]
droid = {}
rows = list(csv.reader(open(droid_csv, encoding="utf-8")))
header = rows[0]
for row in rows[1:]:
    if row[header.index("TYPE")] != "File" or row[header.index("STATUS")] != "Done":
        continue
    path = os.path.relpath(row[header.index("FILE_PATH")], folder)
    first = header.index("PUID")
    puids = [p for p in row[first::4] if p]   # PUID, MIME_TYPE, FORMAT_NAME, FORMAT_VERSION per format
    droid[path] = (puids, row[header.index("METHOD")])
earchive = {}
for line in open(earchive_jsonl, encoding="utf-8"):
    line = line.strip()
    if not line.startswith("{"):
        continue
    record = json.loads(line)
    if "path" not in record:
        continue
    puids = record.get("puidCandidates") or ([record["puid"]] if record.get("puid") else [])
    earchive[os.path.relpath(os.path.join(folder, record["path"]), folder) if not os.path.isabs(record["path"])
             else os.path.relpath(record["path"], folder)] = (puids, record.get("format") or "")
same, differ = 0, []
for path in sorted(set(droid) | set(earchive)):
    d, e = droid.get(path, ([], "")), earchive.get(path, ([], ""))
    if sorted(d[0]) == sorted(e[0]):
        same += 1
    else:
        differ.append((path, d, e))
print(f"agree: {same} of {len(set(droid) | set(earchive))} files (same PUIDs)")
for path, d, e in differ:
    print(f"  {path}: DROID {','.join(d[0]) or 'none'} ({d[1] or 'no method'}), earchive {','.join(e[0]) or 'none'} ({e[1]})")
EOF
