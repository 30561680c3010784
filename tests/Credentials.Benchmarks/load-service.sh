#!/usr/bin/env bash
# Load benchmark, side by side in one run on 127.0.0.1 with wrk (Debian package `wrk`), of
#   our service: a Release build run as deployed (Production, so no developer exception page; the TEST-ONLY demo
#     issuer of keys.example allowed by Credentials:AllowDemoKeys; its embedded SQLite registry in a fresh file;
#     rate limit lifted), POST /credentials/verify, all checks;
#   jose: load/jose-verifier.mjs, a Node.js server on npm `jose` (pinned in load/package.json and package-lock.json)
#     that checks only the EdDSA signature and nbf/exp of a token.
# Two scenarios, each against both servers with the same wrk load (THREADS x CONNECTIONS, DURATION after a WARMUP):
#   1. "checked again": samples/valid/northern-university-aijala.jwt posted again and again, so after the first
#      request its structural verdicts come from the service's memory (Credentials:StructureMemoryCapacity);
#   2. "never seen": LEARNERS credentials of the same course, issued to as many learners by this service before the
#      load (load/issue-learners.mjs), posted in turn (load/rotate.lua) to the service restarted with
#      Credentials:StructureMemoryCapacity=0, so no credential's verdicts are remembered: each request pays for a
#      credential the service has never seen (what recurs per course may still be remembered inside the checks).
# Prints requests/s, p50 and p99 of both, the ratio service / jose and the load average beside each figure.
# Then POST /credentials/issue of single credentials with the demo API key (ours only; ISSUE=0 skips it).
# Target: ratio >= 1.0 with service p99 <= 25 ms on a quiet 2-core machine. Not part of the test command.
# Usage: tests/Credentials.Benchmarks/load-service.sh
#   (env: DURATION=15s WARMUP=5s CONNECTIONS=32 THREADS=2 LEARNERS=300 PORT=5799 JOSE_PORT=5798 ISSUE=1 SCENARIOS="1 2")
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
load="$repo/tests/Credentials.Benchmarks/load"
duration="${DURATION:-15s}"
warmup="${WARMUP:-5s}"
connections="${CONNECTIONS:-32}"
threads="${THREADS:-2}"
learners="${LEARNERS:-300}"
port="${PORT:-5799}"
jose_port="${JOSE_PORT:-5798}"
scenarios="${SCENARIOS:-1 2}"
api_key="demo-api-key-not-for-production"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v node >/dev/null || { echo "node is missing (Node.js 20 or newer)" >&2; exit 1; }

work="$(mktemp -d)"
service_pid=""
jose_pid=""
cleanup() {
  for p in $service_pid $jose_pid; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
echo "load average at start: $(loadavg)"
[[ -d "$load/node_modules/jose" ]] || (cd "$load" && npm ci --no-audit --no-fund >/dev/null)
dotnet build "$repo/src/Credentials.Web" -c Release --artifacts-path "$work/art" -v quiet -nologo >/dev/null
jwt="$(tr -d '\n' < "$repo/samples/valid/northern-university-aijala.jwt")"
printf '{"verifiableCredential":"%s"}' "$jwt" > "$work/verify.json"
printf '{"credential":%s}' "$(cat "$repo/samples/valid/northern-university-aijala.input.json")" > "$work/issue.json"

# The service as deployed, with the demo issuer's settings of appsettings.Development.json given explicitly.
start_service() {
  ASPNETCORE_ENVIRONMENT=Production \
  ASPNETCORE_URLS="http://127.0.0.1:$port" \
  Credentials__AllowDemoKeys=true \
  Credentials__IssuerKeyPath=demo-keys/northern-university \
  Credentials__TrustedIssuersPath=demo-keys/trusted-issuers.json \
  Credentials__DidDocuments__0=demo-keys/vastra-hogskolan/did.json \
  Credentials__PublicBaseUrl="http://127.0.0.1:$port" \
  Credentials__ApiKeySha256__0=53336a65f72081080e228ff84ceb69f6ca8562d1acfb30d5403ac696b0b109ca \
  Credentials__Database="$work/registry.db" \
  Credentials__RateLimit__PermitLimit=1000000000 \
  Credentials__StructureMemoryCapacity="$1" \
  Logging__LogLevel__Default=Warning \
    dotnet "$work/art/bin/Credentials.Web/release/Credentials.Web.dll" >> "$work/service.log" 2>&1 &
  service_pid=$!
  wait_for "http://127.0.0.1:$port/credentials/verify"
}

stop_service() {
  kill "$service_pid" 2>/dev/null || true
  wait "$service_pid" 2>/dev/null || true
  service_pid=""
}

wait_for() {
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' --data-binary @"$work/verify.json" "$1" && return 0
    sleep 0.5
  done
  echo "$1 does not verify the sample; log:" >&2
  cat "$work/service.log" "$work/jose.log" >&2
  exit 1
}

# wrk's latency figures in milliseconds ("850.00us", "36.12ms", "1.02s").
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

declare -A rps p50 p99
# run NAME URL LUA [BODY_FILE BODIES_FILE AUTHORIZATION]: a warm-up (JIT, tiered compilation, connections), then the
# measured run; prints requests/s, p50, p99 and the load average when it started.
run() {
  local name="$1" url="$2" lua="$3" body="${4:-}" bodies="${5:-}" authorization="${6:-}"
  local -a env=(BODY_FILE="$body" BODIES_FILE="$bodies" AUTHORIZATION="$authorization" WRK_THREADS="$threads")
  env "${env[@]}" wrk -t"$threads" -c"$connections" -d"$warmup" -s "$lua" "$url" >/dev/null
  local before
  before="$(cut -d' ' -f1 /proc/loadavg)"
  env "${env[@]}" wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$lua" "$url" > "$work/run.txt"
  rps["$name"]="$(awk '/^Requests\/sec/ { print $2 }' "$work/run.txt")"
  p50["$name"]="$(ms "$(awk '$1 == "50%" { print $2 }' "$work/run.txt")")"
  p99["$name"]="$(ms "$(awk '$1 == "99%" { print $2 }' "$work/run.txt")")"
  printf '  %-8s %9s requests/s, p50 %7s ms, p99 %7s ms (load %s; %s)\n' "$name" "${rps[$name]}" "${p50[$name]}" "${p99[$name]}" \
    "$before" "$(grep -E "non-2xx answers|Socket errors" "$work/run.txt" | tr '\n' ' ' | sed 's/ $//')"
}

ratio() {
  echo "  ratio service / jose: $(awk -v a="${rps[service]}" -v b="${rps[jose]}" 'BEGIN { printf "%.2f", a / b }');" \
    "p99 service ${p99[service]} ms, jose ${p99[jose]} ms (target: ratio >= 1.0 with service p99 <= 25 ms)"
}

node "$load/jose-verifier.mjs" "$jose_port" "$repo/keys.example/northern-university/public.jwk.json" > "$work/jose.log" 2>&1 &
jose_pid=$!
wait_for "http://127.0.0.1:$jose_port/"
start_service 4096
echo "($threads wrk threads x $connections connections, $duration after a $warmup warm-up, each server in turn)"

if [[ " $scenarios " == *" 1 "* ]]; then
  echo "scenario 1, one credential checked again and again (its structural verdicts remembered):"
  run service "http://127.0.0.1:$port/credentials/verify" "$load/post.lua" "$work/verify.json"
  run jose "http://127.0.0.1:$jose_port/" "$load/post.lua" "$work/verify.json"
  ratio
fi

if [[ " $scenarios " == *" 2 "* ]]; then
  node "$load/issue-learners.mjs" "http://127.0.0.1:$port/credentials/issue" "$api_key" \
    "$repo/samples/valid/northern-university-aijala.input.json" "$learners" "$work/learners.txt" > /dev/null
  stop_service
  start_service 0
  echo "scenario 2, $learners learners' credentials of one course in turn, none remembered (StructureMemoryCapacity=0):"
  run service "http://127.0.0.1:$port/credentials/verify" "$load/rotate.lua" "" "$work/learners.txt"
  run jose "http://127.0.0.1:$jose_port/" "$load/rotate.lua" "" "$work/learners.txt"
  ratio
fi

if [[ "${ISSUE:-1}" != 0 ]]; then
  echo "issue, one credential a request (ours only):"
  run service "http://127.0.0.1:$port/credentials/issue" "$load/post.lua" "$work/issue.json" "" "Bearer $api_key"
fi
echo "load average at end: $(loadavg)"
