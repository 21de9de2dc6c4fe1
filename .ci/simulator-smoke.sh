#!/usr/bin/env bash
# The README's "run the simulator alone" commands, run as written against the fat jar:
# start it, sign in with curl, read the overview, and check that the demo accounts come back.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/bigv-disc-manager.jar
port=${SIM_PORT:-8765}
[ -f "$jar" ] || { echo "simulator-smoke: $jar missing (run mvn package first)"; exit 1; }

log=$(mktemp)
java -jar "$jar" --simulator --port "$port" >"$log" 2>&1 &
sim=$!
trap 'kill $sim 2>/dev/null || true; rm -f "$log"' EXIT

for _ in $(seq 1 100); do
  grep -q "http://" "$log" && break
  kill -0 $sim 2>/dev/null || { cat "$log"; echo "simulator-smoke: the simulator exited"; exit 1; }
  sleep 0.2
done

TOKEN=$(curl -s -XPOST "localhost:$port/session" -d '{"username":"demo","password":"demo","validity":"1800"}')
overview=$(curl -s -H "Authorization: Bearer $TOKEN" "localhost:$port/accounts?view=overview&include_deleted=true")
for account in acme-web northwind; do
  grep -q "\"name\":\"$account\"" <<<"$overview" || { echo "simulator-smoke: $account missing from the overview"; exit 1; }
done
status=$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/accounts")
[ "$status" = 401 ] || { echo "simulator-smoke: no token should get 401, got $status"; exit 1; }
echo "simulator-smoke: PASSED (sign-in, overview with both demo accounts, 401 without a token)"
