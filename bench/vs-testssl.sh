#!/usr/bin/env bash
# bench/vs-testssl.sh — one Postfix container on loopback, probed side by side in one run by
#   (a) mta-interop's full inbound run, --profile anssi, and
#   (b) testssl.sh --starttls smtp (Debian package),
# printing both wall times and, as the last line, the ratio. A script a person runs, not a timed test.
# Usage: bench/vs-testssl.sh [postfix|exim|opensmtpd] [compliant-env...]   (default: postfix, stock settings)
set -euo pipefail
cd "$(dirname "$0")/.."
mta="${1:-postfix}"
command -v testssl >/dev/null 2>&1 || command -v testssl.sh >/dev/null 2>&1 \
  || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq testssl.sh >/dev/null; }
testssl_cmd=$(command -v testssl || command -v testssl.sh)
bash .ci/docker-up.sh >/dev/null
bash containers/build-images.sh >/dev/null
./mta-interop --version >/dev/null                       # builds the jar outside the timed part

work=$(mktemp -d)
cid=""
cleanup() { [ -n "$cid" ] && docker rm -f "$cid" >/dev/null 2>&1; rm -rf "$work"; }
trap cleanup EXIT
./mta-interop pki --host "mx.$mta.test" --out "$work/tls" >/dev/null
chmod 644 "$work/tls/key.pem"                             # throwaway test key, readable by the container
cid=$(docker run -d -p 127.0.0.1::25 --dns 127.0.0.1 -v "$work/tls:/etc/mta-interop/tls:ro" \
      -e TLS_LEVEL=may -e CIPHERS=stock "mta-interop/$mta:latest")
port=$(docker port "$cid" 25/tcp | head -1 | sed 's/.*://')
for _ in $(seq 1 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port" && head -c3 <&3 | grep -q 220) 2>/dev/null && break
  sleep 0.1
done
echo "target: $mta (mta-interop/$mta:latest) on 127.0.0.1:$port"

# --min-interval 0: these are our own loopback containers; live targets keep the polite default.
t0=$(date +%s.%N)
./mta-interop run --target "127.0.0.1:$port" --mx-name "mx.$mta.test" --trust-ca "$work/tls/ca.pem" \
  --profile anssi --min-interval 0 --no-html --report-dir "$work/harness" > "$work/harness.txt" 2>&1 || true
t1=$(date +%s.%N)
"$testssl_cmd" --quiet --color 0 --warnings off --starttls smtp --jsonfile "$work/testssl.json" \
  "127.0.0.1:$port" > "$work/testssl.txt" 2>&1 || true
t2=$(date +%s.%N)

tail -n 3 "$work/harness.txt" | head -n 1
awk -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN {
  printf "mta-interop (--profile anssi): %.1f s\n", b - a
  printf "testssl.sh --starttls smtp:    %.1f s\n", c - b
  printf "ratio testssl/mta-interop: %.1fx\n", (c - b) / (b - a) }'
