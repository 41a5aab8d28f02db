#!/usr/bin/env bash
# bench/vs-nmap.sh — twelve reference containers (Postfix, Exim, OpenSMTPD x compliant, stock,
# legacy-tls, weak-ciphers) on loopback, probed side by side in one run by
#   (a) one mta-interop process: the full inbound run, --profile anssi, on every endpoint at once (targets
#       concurrent, bounded),
#   (b) one mta-interop process narrowed to what ssl-enum-ciphers reports (versions, suites and their order,
#       groups: TLS-VER-01/02, TLS-CS-01..04, TLS-KX-01), so only the enumeration and one dialogue are probed,
#   (c) one nmap -sV --script ssl-enum-ciphers run over the same ports,
# then compares the TLS 1.2 suites of (a) and (c) per port, printing the wall times, the full run's ratio and,
# last, the like-for-like ratio (b against c).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v nmap >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nmap >/dev/null; }
bash .ci/docker-up.sh >/dev/null
bash containers/build-images.sh >/dev/null
./mta-interop --version >/dev/null                       # builds the jar outside the timed part

work=$(mktemp -d)
cids=()
cleanup() { [ ${#cids[@]} -gt 0 ] && docker rm -f "${cids[@]}" >/dev/null 2>&1; rm -rf "$work"; }
trap cleanup EXIT
declare -A env=([compliant]="-e CIPHERS=strict -e HELO_REQUIRED=yes" [stock]="-e CIPHERS=stock"
                [legacy-tls]="-e TLS_FLOOR=legacy" [weak-ciphers]="-e CIPHERS=weak")
targets=() ports=() names=()
for mta in postfix exim opensmtpd; do
  ./mta-interop pki --host "mx.$mta.test" --out "$work/$mta" >/dev/null
  chmod 644 "$work/$mta/key.pem"                          # throwaway test key, readable by the container
  for profile in compliant stock legacy-tls weak-ciphers; do
    # shellcheck disable=SC2086
    cid=$(docker run -d -p 127.0.0.1::25 --dns 127.0.0.1 -v "$work/$mta:/etc/mta-interop/tls:ro" \
          ${env[$profile]} "mta-interop/$mta:latest")
    cids+=("$cid")
    port=$(docker port "$cid" 25/tcp | head -1 | sed 's/.*://')
    ports+=("$port"); names+=("$mta:$profile"); targets+=(--target "127.0.0.1:$port")
  done
done
for port in "${ports[@]}"; do
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port" && head -c3 <&3 | grep -q 220) 2>/dev/null && break
    sleep 0.1
  done
done
echo "endpoints: ${#ports[@]} (${names[*]})"

# --min-interval 0: these are our own loopback containers; live targets keep the polite default.
suites_only='@REQ-TLS-VER-01 or @REQ-TLS-VER-02 or @REQ-TLS-CS-01 or @REQ-TLS-CS-02 or @REQ-TLS-CS-03 or @REQ-TLS-CS-04 or @REQ-TLS-KX-01'
t0=$(date +%s.%N)
./mta-interop run "${targets[@]}" --profile anssi --min-interval 0 --no-html --report-dir "$work/harness" > "$work/harness.txt" 2>&1 || true
t1=$(date +%s.%N)
nmap -Pn -sV --script ssl-enum-ciphers -p "$(IFS=,; echo "${ports[*]}")" 127.0.0.1 -oN "$work/nmap.txt" >/dev/null 2>&1 || true
t2=$(date +%s.%N)
./mta-interop run "${targets[@]}" --profile anssi --tags "$suites_only" --min-interval 0 --no-html \
  --report-dir "$work/suites" > "$work/suites.txt" 2>&1 || true
t3=$(date +%s.%N)

python3 - "$work" "${ports[@]}" <<'PY'
import glob, json, os, re, sys
work, ports = sys.argv[1], sys.argv[2:]
def harness_suites(run):
    found = {}
    for f in glob.glob(os.path.join(work, run, "allure-results/*-result.json")):
        result = json.load(open(f))
        target = next((p["value"] for p in result.get("parameters", []) if p["name"] == "target"), None)
        def walk(step):
            for a in step.get("attachments", []):
                if a["name"].startswith("TLS enumeration"):
                    yield a["source"]
            for s in step.get("steps", []):
                yield from walk(s)
        for src in walk(result):
            text = open(os.path.join(work, run, "allure-results", src)).read()
            section = re.search(r"^TLSv1\.2: \d+ suite.*?\n((?:\s+\d+\..*\n)*)", text, re.M)
            suites = set(re.findall(r"(TLS_[A-Za-z0-9_]+)", section.group(1))) if section else set()
            found[target.split(":")[-1]] = suites
    return found
nmap, port = {}, None
for line in open(os.path.join(work, "nmap.txt")):
    m = re.match(r"(\d+)/tcp", line)
    if m:
        port, section = m.group(1), None
        nmap[port] = set()
    if "TLSv1.2:" in line:
        section = "1.2"
    elif re.search(r"\| +TLSv1\.[013]:|SSLv3:", line):
        section = None
    m = re.search(r"\|\s+(TLS_[A-Za-z0-9_]+) ", line)   # anon suites: TLS_DH_anon_...
    if m and port and section == "1.2":
        nmap[port].add(m.group(1))
for run, label in (("harness", "full run"), ("suites", "versions and suites only")):
    harness, same = harness_suites(run), 0
    for p in ports:
        h, n = harness.get(p, set()), nmap.get(p, set())
        if h == n:
            same += 1
        else:
            print(f"{label}, port {p}: only mta-interop {sorted(h - n)}; only nmap {sorted(n - h)}")
    print(f"TLS 1.2 accepted suites identical on {same} of {len(ports)} endpoints ({label})")
PY
awk -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" 'BEGIN {
  printf "mta-interop, one process, --profile anssi:          %.1f s\n", b - a
  printf "mta-interop, versions, suites and groups only:      %.1f s\n", d - c
  printf "nmap -sV --script ssl-enum-ciphers:                 %.1f s\n", c - b
  printf "ratio nmap/mta-interop (full inbound run): %.1fx\n", (c - b) / (b - a)
  printf "ratio nmap/mta-interop (like for like): %.1fx\n", (c - b) / (d - c) }'
