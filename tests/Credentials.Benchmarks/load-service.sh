#!/usr/bin/env bash
# Load benchmark, side by side in one run on 127.0.0.1 with wrk (Debian package `wrk`):
#   1. our service (Release build, Development environment so the TEST-ONLY demo issuer of keys.example is known,
#      its embedded SQLite registry in a fresh file, rate limit lifted): POST /credentials/verify, all checks;
#   2. load/jose-verifier.mjs, a Node.js server on npm `jose` (pinned in load/package.json and package-lock.json) that
#      checks only the EdDSA signature and nbf/exp of the same token;
# the same wrk load against both (THREADS x CONNECTIONS, DURATION after a WARMUP), POST of
# samples/valid/northern-university-aijala.jwt; prints requests/s, p50 and p99 of both and the ratio ours / jose.
# Then POST /credentials/issue of single credentials with the demo API key (ours only; ISSUE=0 skips it).
# Target: ratio >= 1.0 with p99 <= 25 ms on a quiet 2-core machine.
# Usage: tests/Credentials.Benchmarks/load-service.sh
#   (env: DURATION=15s WARMUP=5s CONNECTIONS=32 THREADS=2 PORT=5799 JOSE_PORT=5798 ISSUE=1)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
load="$repo/tests/Credentials.Benchmarks/load"
duration="${DURATION:-15s}"
warmup="${WARMUP:-5s}"
connections="${CONNECTIONS:-32}"
threads="${THREADS:-2}"
port="${PORT:-5799}"
jose_port="${JOSE_PORT:-5798}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v node >/dev/null || { echo "node is missing (Node.js 20 or newer)" >&2; exit 1; }

work="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

[[ -d "$load/node_modules/jose" ]] || (cd "$load" && npm ci --no-audit --no-fund >/dev/null)
dotnet build "$repo/src/Credentials.Web" -c Release --artifacts-path "$work/art" -v quiet -nologo >/dev/null
jwt="$(tr -d '\n' < "$repo/samples/valid/northern-university-aijala.jwt")"
printf '{"verifiableCredential":"%s"}' "$jwt" > "$work/verify.json"
printf '{"credential":%s}' "$(cat "$repo/samples/valid/northern-university-aijala.input.json")" > "$work/issue.json"

ASPNETCORE_ENVIRONMENT=Development \
ASPNETCORE_URLS="http://127.0.0.1:$port" \
Credentials__Database="$work/registry.db" \
Credentials__RateLimit__PermitLimit=1000000000 \
Logging__LogLevel__Default=Warning \
  dotnet "$work/art/bin/Credentials.Web/release/Credentials.Web.dll" > "$work/service.log" 2>&1 &
pids+=($!)
node "$load/jose-verifier.mjs" "$jose_port" "$repo/keys.example/northern-university/public.jwk.json" > "$work/jose.log" 2>&1 &
pids+=($!)

wait_for() {
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' --data-binary @"$work/verify.json" "$1" && return 0
    sleep 0.5
  done
  echo "$1 does not verify the sample; log:" >&2
  cat "$work/service.log" "$work/jose.log" >&2
  exit 1
}
wait_for "http://127.0.0.1:$port/credentials/verify"
wait_for "http://127.0.0.1:$jose_port/"

# wrk's latency figures in milliseconds ("850.00us", "36.12ms", "1.02s").
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

run() {
  local name="$1" url="$2" body="$3" authorization="${4:-}"
  # A warm-up (JIT, tiered compilation, connection pools), then the measured run.
  BODY_FILE="$body" AUTHORIZATION="$authorization" wrk -t"$threads" -c"$connections" -d"$warmup" -s "$load/post.lua" "$url" >/dev/null
  BODY_FILE="$body" AUTHORIZATION="$authorization" wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$load/post.lua" "$url" > "$work/$name.txt"
  rps["$name"]="$(awk '/^Requests\/sec/ { print $2 }' "$work/$name.txt")"
  p50["$name"]="$(ms "$(awk '$1 == "50%" { print $2 }' "$work/$name.txt")")"
  p99["$name"]="$(ms "$(awk '$1 == "99%" { print $2 }' "$work/$name.txt")")"
  echo "$name: ${rps[$name]} requests/s, p50 ${p50[$name]} ms, p99 ${p99[$name]} ms ($connections connections, $threads threads, $duration after $warmup)"
  grep -E "non-2xx|Non-2xx|Socket errors" "$work/$name.txt" || true
}

declare -A rps p50 p99
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
run "service verify" "http://127.0.0.1:$port/credentials/verify" "$work/verify.json"
run "jose signature-only verify" "http://127.0.0.1:$jose_port/" "$work/verify.json"
echo "ratio service / jose: $(awk -v a="${rps[service verify]}" -v b="${rps[jose signature-only verify]}" 'BEGIN { printf "%.2f", a / b }') (target >= 1.0, service p99 <= 25 ms)"
if [[ "${ISSUE:-1}" != 0 ]]; then
  run "service issue" "http://127.0.0.1:$port/credentials/issue" "$work/issue.json" "Bearer demo-api-key-not-for-production"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
