#!/usr/bin/env bash
# earchive serve under load (issue 22): single-page text documents sent by CLIENTS concurrent clients (curl), each
# sending one, waiting for its job to finish, and sending the next, for SECONDS after a warm-up; reports finished
# documents per minute and the server's peak resident memory (VmHWM of its JVM).
#
#   bench/serve.sh [CLIENTS] [SECONDS] [JOBS]      defaults: 4 clients, 120 s, --jobs 2
#
# The machine should be otherwise idle: on a shared one the numbers mean little.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
clients="${1:-4}"
seconds="${2:-120}"
jobs="${3:-2}"
work="$(mktemp -d)"
server=""
cleanup() {
  [[ -n "$server" ]] && kill -TERM "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

[[ -f "$here/cli/target/earchive.jar" ]] || (cd "$here" && mvn -q -B -DskipTests package)

# one A4 page of Vietnamese text
doc="$work/cong-van.txt"
{
  echo "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH"
  echo "Số: 12/UBND-VP"
  echo
  for i in $(seq 1 12); do
    echo "Thực hiện kế hoạch công tác năm 2024, Ủy ban nhân dân xã đề nghị các bộ phận chuyên môn rà soát hồ sơ, tài liệu và nộp lưu đúng hạn."
  done
} > "$doc"

EARCHIVE_LANG=en "$here/earchive" serve --port 0 --work "$work/serve" --jobs "$jobs" --queue 64 > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 300); do
  grep -q 'listening on' "$work/serve.log" && break
  sleep 0.2
done
url="$(grep -o 'http://[0-9.:]*/' "$work/serve.log" | head -1)"
[[ -n "$url" ]] || { cat "$work/serve.log"; exit 1; }

one() {  # sends the document, waits for its job; prints its state
  local id state
  id="$(curl -sf --data-binary @"$doc" "${url}convert?name=cong-van.txt" | sed -n 's/.*"id" : "\([0-9a-f]*\)".*/\1/p')"
  [[ -n "$id" ]] || { echo refused; return; }
  while :; do
    state="$(curl -sf "${url}jobs/$id" | sed -n 's/^  "state" : "\([a-z]*\)".*/\1/p')"
    [[ "$state" == queued || "$state" == running ]] || break
    sleep 0.1
  done
  curl -sf -X DELETE "${url}jobs/$id" >/dev/null || true
  echo "$state"
}

client() {  # $1 = until (epoch seconds)
  while (( $(date +%s) < $1 )); do one; done
}

for _ in $(seq 1 "$clients"); do one >/dev/null; done   # warm-up: classes loaded, fonts and schemas cached
start=$(date +%s.%N)
until=$(( $(date +%s) + seconds ))
for c in $(seq 1 "$clients"); do client "$until" > "$work/client-$c.txt" & done
wait $(jobs -p | grep -v "^$server$") 2>/dev/null || true
end=$(date +%s.%N)
done_count=$(cat "$work"/client-*.txt | grep -c '^done$' || true)
other=$(cat "$work"/client-*.txt | grep -vc '^done$' || true)
peak=$(awk '/VmHWM/ {print int($2/1024)}' "/proc/$server/status")

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
printf 'serve --jobs %d, %d clients, %.0f s: %d single-page documents converted (%d not), %.1f per minute; server peak RSS %d MB\n' \
  "$jobs" "$clients" "$(echo "$end - $start" | bc -l)" "$done_count" "$other" \
  "$(echo "$done_count * 60 / ($end - $start)" | bc -l)" "$peak"
