#!/usr/bin/env bash
# Load benchmark of the web service on 127.0.0.1 with wrk (Debian package `wrk`): POST /credentials/verify of an Annex I
# VC-JWT sample, then POST /credentials/issue of single micro-credentials with the demo API key. Release build, fresh
# SQLite registry, rate limit lifted for the run. Each phase is bounded in time (DURATION, default 30 s).
# Targets on a 2-core machine: >= 2,000 verifications/s with p99 <= 50 ms; >= 1,000 issues/s.
# Usage: tests/Credentials.Benchmarks/load-service.sh   (env: DURATION=30s CONNECTIONS=32 THREADS=2 PORT=5799)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
duration="${DURATION:-30s}"
connections="${CONNECTIONS:-32}"
threads="${THREADS:-2}"
port="${PORT:-5799}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

work="$(mktemp -d)"
cleanup() { [[ -n "${pid:-}" ]] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

dotnet build "$repo/src/Credentials.Web" -c Release --artifacts-path "$work/art" -v quiet -nologo >/dev/null
jwt="$(tr -d '\n' < "$repo/samples/valid/northern-university-aijala.jwt")"
printf '{"verifiableCredential":"%s"}' "$jwt" > "$work/verify.json"
printf '{"credential":%s}' "$(cat "$repo/samples/valid/northern-university-aijala.input.json")" > "$work/issue.json"

ASPNETCORE_URLS="http://127.0.0.1:$port" \
Credentials__Database="$work/registry.db" \
Credentials__RateLimit__PermitLimit=1000000000 \
Logging__LogLevel__Default=Warning \
  dotnet "$work/art/bin/Credentials.Web/release/Credentials.Web.dll" --contentRoot "$repo/src/Credentials.Web" > "$work/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  sleep 0.5
done

run() {
  local name="$1" path="$2" body="$3" authorization="${4:-}"
  # A short warm-up (JIT, tiered compilation, connection pools), then the measured run.
  BODY_FILE="$body" AUTHORIZATION="$authorization" wrk -t"$threads" -c"$connections" -d5s -s "$repo/tests/Credentials.Benchmarks/load/post.lua" "http://127.0.0.1:$port$path" >/dev/null
  BODY_FILE="$body" AUTHORIZATION="$authorization" wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$repo/tests/Credentials.Benchmarks/load/post.lua" "http://127.0.0.1:$port$path" > "$work/$name.txt"
  local rps p50 p99
  rps="$(awk '/^Requests\/sec/ { print $2 }' "$work/$name.txt")"
  p50="$(awk '$1 == "50%" { print $2 }' "$work/$name.txt")"
  p99="$(awk '$1 == "99%" { print $2 }' "$work/$name.txt")"
  echo "$name: $rps requests/s, p50 $p50, p99 $p99 ($connections connections, $threads threads, $duration)"
  grep -E "non-2xx|Non-2xx|Socket errors" "$work/$name.txt" || true
}

run verify /credentials/verify "$work/verify.json"
run issue /credentials/issue "$work/issue.json" "Bearer demo-api-key-not-for-production"
