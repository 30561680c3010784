#!/usr/bin/env bash
# Times `credentials issue-batch` of N learners (default 100,000), VC-JWT EdDSA, Release build, on SQLite and, when a
# PostgreSQL connection string is given as the first argument, on PostgreSQL too. Prints throughput and peak RSS.
# Target: 100,000 learners in at most 60 s and 500 MiB.
# Usage: tests/Credentials.Benchmarks/batch-100k.sh ["Host=…;Port=…;Username=…;Database=…"] (N in $ROWS)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
rows="${ROWS:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$repo/src/Credentials.Cli" -c Release --artifacts-path "$work/art" -v quiet -nologo >/dev/null
cli="$work/art/bin/Credentials.Cli/release/credentials.dll"

{
  echo "student_number;given_name;family_name;date_of_birth;email;national_id;grade;completion_date"
  seq 0 $((rows - 1)) | awk '{ printf "%d;Learner;Number %d;2000-01-02;;;5;2026-06-15\r\n", 1000000 + $1, $1 }'
} > "$work/learners.csv"

run() {
  local name="$1" db="$2"
  rm -rf "$work/out"
  /usr/bin/time -v -o "$work/time.txt" dotnet "$cli" issue-batch --template "$repo/samples/batch/template.json" \
    --learners "$work/learners.csv" --key "$repo/keys.example/northern-university" --out "$work/out" --db "$db" > "$work/log.txt"
  local seconds rss
  seconds="$(jq -r .seconds "$work/out/summary.json")"
  rss="$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/time.txt")"
  echo "$name: $rows learners in $seconds s ($(awk -v n="$rows" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }') credentials/s), peak RSS $rss MiB"
}

run sqlite "$work/registry.db"
if [[ $# -ge 1 ]]; then
  run postgresql "$1"
fi
