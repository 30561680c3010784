#!/usr/bin/env bash
# Times `credentials issue-batch` of N learners (default 100,000), VC-JWT EdDSA, Release build, on SQLite and, when a
# PostgreSQL connection string is given as the first argument, on PostgreSQL too. Prints throughput and peak RSS.
# Target: 100,000 learners in at most 30 s and 500 MiB on a quiet 2-core machine. The load average is printed: on a
# shared machine the wall time mostly measures the other processes, the CPU time (user + system) does not.
# Usage: tests/Credentials.Benchmarks/batch-100k.sh ["Host=…;Port=…;Username=…;Database=…"] (N in $ROWS; set
# $ARTIFACTS to a folder to keep and reuse the Release build between runs)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
rows="${ROWS:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
art="${ARTIFACTS:-$work/art}"
dotnet build "$repo/src/Credentials.Cli" -c Release --artifacts-path "$art" -v quiet -nologo >/dev/null
cli="$art/bin/Credentials.Cli/release/credentials.dll"

{
  echo "student_number;given_name;family_name;date_of_birth;email;national_id;grade;completion_date"
  seq 0 $((rows - 1)) | awk '{ printf "%d;Learner;Number %d;2000-01-02;;;5;2026-06-15\r\n", 1000000 + $1, $1 }'
} > "$work/learners.csv"
# A template id of its own per run, so a reused PostgreSQL database never turns the run into idempotency hits.
jq --arg id "bench-$(date +%s)-$$" '.id = $id' "$repo/samples/batch/template.json" > "$work/template.json"

run() {
  local name="$1" db="$2"
  echo "$name: load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  rm -rf "$work/out"
  /usr/bin/time -v -o "$work/time.txt" dotnet "$cli" issue-batch --template "$work/template.json" \
    --learners "$work/learners.csv" --key "$repo/keys.example/northern-university" --out "$work/out" --db "$db" --status-base-url https://credentials.northern.example/status > "$work/log.txt"
  local seconds rss cpu
  # End to end: the process's wall-clock time, start-up included.
  seconds="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s }' "$work/time.txt")"
  cpu="$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$work/time.txt")"
  rss="$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/time.txt")"
  echo "$name: $rows learners in $seconds s ($(awk -v n="$rows" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }') credentials/s), peak RSS $rss MiB, CPU $cpu s (user + system)"
  # The phases overlap (the registry stage runs beside the signing of the next chunk), so they add up to more than the wall time.
  jq -r '"  phase times (overlapping): sign \(.timings.signSeconds) s, write files \(.timings.outputSeconds) s, registry \(.timings.registrySeconds) s"' "$work/out/summary.json"
  jq -e --argjson n "$rows" '.issued == $n' "$work/out/summary.json" >/dev/null || { echo "$name: not every row was issued"; exit 1; }
  if [[ "$db" != *=* ]]; then rm -f "$db" "$db-wal" "$db-shm"; fi
}

run sqlite "$work/registry.db"
if [[ $# -ge 1 ]]; then
  run postgresql "$1"
fi
