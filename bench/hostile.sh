#!/usr/bin/env bash
# The hostile corpus (fixtures' HostileCorpus at full scale: bombs, lying counts, deep nesting, every format cut
# short, odd names, encrypted files, a FIFO and links) through `earchive convert --jobs 2`, with the launcher's
# 2 GB heap: peak RSS of the whole run, CPU seconds and the statuses. The issue's bound is 1.5 GB RSS.
#
#   bench/hostile.sh [SEED] [JOBS]     defaults: seed 19, jobs 2
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seed="${1:-19}"
jobs="${2:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[[ -f "$here/cli/target/earchive.jar" ]] || (cd "$here" && mvn -q -B -DskipTests package)
(cd "$here" && mvn -q -B dependency:build-classpath -pl fixtures -Dmdep.outputFile="$work/cp.txt" > /dev/null)
java -Dearchive.root="$here" -cp "$here/fixtures/target/classes:$(cat "$work/cp.txt")" \
  org.earchive.fixtures.HostileCorpus "$work/in" "$seed" | tail -1

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
for command in detect convert; do
  if [[ $command == detect ]]; then args=(detect "$work/in" --jobs "$jobs"); else args=(convert "$work/in" --out "$work/out" --jobs "$jobs"); fi
  /usr/bin/time -v -o "$work/$command.time" "$here/earchive" "${args[@]}" > "$work/$command.out" 2>&1 || true
  awk -F': ' -v c="$command" '/User time/{u=$2} /System time/{s=$2} /Maximum resident/{r=$2} /Elapsed/{e=$2}
       END {printf "%-8s peak RSS %.0f MB, CPU %.0f s (user+sys), wall %s\n", c, r/1024, u+s, e}' "$work/$command.time"
done
python3 - "$work/out/.earchive/report.json" <<'PY'
import json, sys, collections
documents = json.load(open(sys.argv[1]))["documents"]
print("convert statuses:", dict(collections.Counter(d["status"] for d in documents)))
bad = [d for d in documents if d["status"] == "failed" or any(w in json.dumps(d) for w in ("OutOfMemoryError", "StackOverflowError", "as a bug"))]
for d in bad:
    print("  ", d["status"], d["source"], d["message"])
PY
