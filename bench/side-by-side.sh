#!/usr/bin/env bash
# bench/side-by-side.sh — one set of real servers, healthy and misbehaving, started from the reference images,
# and every comparison of issue 17 timed side by side in one run, the harness with its DEFAULT options:
#   endpoints  Postfix, Exim, OpenSMTPD x hardened (compliant), stock, weak-ciphers, legacy-tls   (12)
#              OpenSMTPD 6.8 on bookworm: every handshake fails (internal_error)                  (1)
#              a drip server in the Postfix image: a 200-byte banner, one byte a second           (1)
#   (1) one server (Postfix stock), --profile anssi           vs testssl.sh --starttls smtp       goal >= 50x
#   (2) the 13 MTAs in one process, --profile anssi            vs nmap -sV --script ssl-enum-ciphers goal >= 3x
#       and the same narrowed to what nmap reports (--tags TLS-VER-01/02, TLS-CS-01..04, TLS-KX-01)
#   (3) posttls-finger's facts (--tags STARTTLS-01/-08, CERT-01/-02) on the 13  vs posttls-finger in sequence
#                                                                                                  goal <= 2x
#   (4) the drip server alone, default options: the whole run within --deadline (45 s) + 5 s
#   (5) a far MX: Postfix stock behind bench/latency-proxy.py (25 ms each way, 50 ms per round trip, as a live MX
#       across a country), --profile anssi vs testssl.sh --starttls smtp (BENCH_FAR=0 leaves it out)
# A script a person runs (the figures go to README "How fast"), not a timed test. Needs Docker and the images
# (containers/build-images.sh, plus opensmtpd-bookworm, built here if missing); installs testssl.sh and nmap
# (Debian packages) if missing, and takes posttls-finger from Debian's postfix package without installing it
# (dpkg-deb -x into a temporary directory: no MTA is started on this machine).
# Every tool's output is checked (bench/tool-results.py): mta-interop's summaries, testssl.sh's protocol and cipher
# findings, nmap's ssl-enum-ciphers section per port (its versions against those mta-interop's enumeration
# accepted), posttls-finger reaching TLS. A tool that produced no result for an endpoint gets no ratio, and the
# script exits 2. nmap gives up silently on a port whose connections were turned away (Exim's 421 to its parallel
# hellos): it is timed again on the endpoints it completed, beside the nmap-like harness run on those alone.
# Usage: bench/side-by-side.sh [--keep]   (--keep: leave the containers running, print their ports)
#        BENCH_RUNS=3 (rounds of the timed comparisons; medians printed), BENCH_ALONE=0 (skip each MTA alone)
set -euo pipefail
cd "$(dirname "$0")/.."
keep="${1:-}"
need_apt=()
command -v testssl >/dev/null 2>&1 || command -v testssl.sh >/dev/null 2>&1 || need_apt+=(testssl.sh)
command -v nmap >/dev/null 2>&1 || need_apt+=(nmap)
if [ ${#need_apt[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
testssl_cmd=$(command -v testssl || command -v testssl.sh)
bash .ci/docker-up.sh >/dev/null
bash containers/build-images.sh postfix exim opensmtpd >/dev/null
docker image inspect mta-interop/opensmtpd-bookworm:latest >/dev/null 2>&1 \
  || bash containers/build-images.sh opensmtpd-bookworm >/dev/null
./mta-interop --version >/dev/null                       # builds the jar and its class-data archive outside the timed part

work=$(mktemp -d)
tag="mtainterop-bench-$$"
cids=()
cleanup() {
  if [ "$keep" = --keep ]; then echo "(--keep: containers $tag-* and $work stay)"; return; fi
  [ ${#cids[@]} -gt 0 ] && docker rm -f "${cids[@]}" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

# posttls-finger: Debian's postfix package, unpacked (not installed), with a private main.cf.
ptf=$(command -v posttls-finger || true)
ptf_env=()
if [ -z "$ptf" ]; then
  (cd "$work" && apt-get download postfix >/dev/null 2>&1 \
    || { apt-get update -qq && apt-get download postfix >/dev/null 2>&1; })
  dpkg-deb -x "$work"/postfix_*.deb "$work/postfix"
  mkdir -p "$work/postfix-conf"
  printf '%s\n' 'mail_owner = nobody' 'default_privs = daemon' 'setgid_group = mail' 'compatibility_level = 3.6' \
    'myhostname = posttls-finger.mta-interop.test' 'mydomain = mta-interop.test' 'inet_protocols = ipv4' \
    > "$work/postfix-conf/main.cf"
  ptf="$work/postfix/usr/sbin/posttls-finger"
  ptf_env=(LD_LIBRARY_PATH="$work/postfix/usr/lib/postfix" MAIL_CONFIG="$work/postfix-conf")
fi

# One test PKI for every MTA: each certificate names mx.bench.test, so CERT-01/-02 can pass.
mx=mx.bench.test
./mta-interop pki --host "$mx" --out "$work/tls" >/dev/null
chmod 644 "$work/tls/key.pem"                             # throwaway test key, readable by the containers
declare -A env=([compliant]="-e CIPHERS=strict -e HELO_REQUIRED=yes" [stock]="-e CIPHERS=stock"
                [weak-ciphers]="-e CIPHERS=weak" [legacy-tls]="-e TLS_FLOOR=legacy")
start() {  # start NAME IMAGE [docker args...] [-- command...]: publishes 25 on 127.0.0.1, no resolver, no relay
  local name=$1 image=$2; shift 2
  local opts=() cid
  while [ $# -gt 0 ] && [ "$1" != -- ]; do opts+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  cid=$(docker run -d --name "$tag-$name" -p 127.0.0.1::25 --dns 127.0.0.1 "${opts[@]}" "$image" "$@" 2>/dev/null)
  cids+=("$cid")
  port_of[$name]=$(docker port "$cid" 25/tcp | head -1 | sed 's/.*://')
  name_at[${port_of[$name]}]=$name
  names+=("$name")
}
declare -A port_of=() name_at=() incomplete=()
names=()
for mta in postfix exim opensmtpd; do
  for profile in compliant stock weak-ciphers legacy-tls; do
    # shellcheck disable=SC2086
    start "$mta-$profile" "mta-interop/$mta:latest" -v "$work/tls:/etc/mta-interop/tls:ro" ${env[$profile]}
  done
done
start opensmtpd68-tls-fails mta-interop/opensmtpd-bookworm:latest -v "$work/tls:/etc/mta-interop/tls:ro" -e CIPHERS=stock
mtas=("${names[@]}")
cat > "$work/drip.pl" <<'PERL'
use IO::Socket::INET; $SIG{CHLD} = "IGNORE";
my $l = IO::Socket::INET->new(LocalPort => 25, Listen => 128, ReuseAddr => 1) or die "listen: $!";
my $banner = "220-drip.mta-interop.test ESMTP, one byte a second\r\n" x 3 . "220 drip.mta-interop.test ready\r\n";
$banner = substr($banner . ("." x 200), 0, 198) . "\r\n";
while (my $c = $l->accept) { if (!fork) { $c->autoflush(1);
  for my $ch (split //, $banner) { print $c $ch or exit; sleep 1 } sleep 30; exit } close $c }
PERL
chmod 644 "$work/drip.pl"
start drip mta-interop/postfix:latest -v "$work/drip.pl:/drip.pl:ro" --entrypoint perl -- /drip.pl
for name in "${mtas[@]}"; do
  for _ in $(seq 1 150); do
    (exec 3<>"/dev/tcp/127.0.0.1/${port_of[$name]}" && head -c3 <&3 | grep -q 220) 2>/dev/null && break
    sleep 0.1
  done
done
for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/${port_of[drip]}" && head -c1 <&3 | grep -q 2) 2>/dev/null && break; sleep 0.1; done
echo "endpoints: $(( ${#mtas[@]} + 1 ))"
for name in "${names[@]}"; do printf '  %-24s 127.0.0.1:%s\n' "$name" "${port_of[$name]}"; done

targets=()
for name in "${mtas[@]}"; do targets+=(--target "127.0.0.1:${port_of[$name]}"); done
harness=(./mta-interop run --mx-name "$mx" --trust-ca "$work/tls/ca.pem" --no-html)
declare -A took=()
runs="${BENCH_RUNS:-1}"
timed() {  # timed KEY command...: wall seconds appended to took[KEY] (one per round); output into $work/KEY.txt
  local key=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  "$@" > "$work/$key.txt" 2>&1 || true
  t1=$(date +%s.%N)
  took[$key]="${took[$key]:-} $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')"
}
median() {  # median KEY: the median of the rounds of took[KEY]
  tr ' ' '\n' <<<"${took[$1]:-}" | grep . | sort -n | awk '{ v[NR] = $1 } END {
    if (NR == 0) print 0; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
one="127.0.0.1:${port_of[postfix-stock]}"
far_port=""
if [ "${BENCH_FAR:-1}" = 1 ]; then      # the far MX: a loopback proxy holding every chunk 25 ms each way
  far_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  python3 bench/latency-proxy.py "$far_port" "${port_of[postfix-stock]}" 25 > "$work/proxy.out" 2>&1 &
  proxy_pid=$!
  for _ in $(seq 1 50); do grep -q ready "$work/proxy.out" 2>/dev/null && break; sleep 0.1; done
  trap 'kill "$proxy_pid" 2>/dev/null; cleanup' EXIT
fi
nmap_like='@REQ-TLS-VER-01 or @REQ-TLS-VER-02 or @REQ-TLS-CS-01 or @REQ-TLS-CS-02 or @REQ-TLS-CS-03 or @REQ-TLS-CS-04 or @REQ-TLS-KX-01'
finger_like='@REQ-STARTTLS-01 or @REQ-STARTTLS-08 or @REQ-CERT-01 or @REQ-CERT-02'
ports_csv=$(for name in "${mtas[@]}"; do printf '%s,' "${port_of[$name]}"; done | sed 's/,$//')
finger_all() {
  for name in "${mtas[@]}"; do
    env "${ptf_env[@]}" "$ptf" -c -l secure -F "$work/tls/ca.pem" "[127.0.0.1]:${port_of[$name]}" "$mx" || true
  done
}
pairs=(); for name in "${names[@]}"; do pairs+=("$name=${port_of[$name]}"); done

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for round in $(seq 1 "$runs"); do
  [ "$runs" -gt 1 ] && echo "round $round of $runs (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  timed harness-one       "${harness[@]}" --target "$one" --profile anssi --report-dir "$work/r-one"
  rm -f "$work/testssl.json"                             # testssl.sh refuses to overwrite its JSON
  timed testssl           "$testssl_cmd" --quiet --color 0 --warnings off --starttls smtp --jsonfile "$work/testssl.json" "$one"
  timed harness-set       "${harness[@]}" "${targets[@]}" --profile anssi --report-dir "$work/r-set"
  timed harness-set-nmap  "${harness[@]}" "${targets[@]}" --profile anssi --tags "$nmap_like" --report-dir "$work/r-nmap"
  timed nmap              nmap -Pn -sV --script ssl-enum-ciphers -p "$ports_csv" 127.0.0.1
  timed harness-finger    "${harness[@]}" "${targets[@]}" --tags "$finger_like" --report-dir "$work/r-finger"
  timed posttls-finger    finger_all
  timed harness-drip      "${harness[@]}" --target "127.0.0.1:${port_of[drip]}" --profile anssi --report-dir "$work/r-drip"
  if [ -n "$far_port" ]; then
    timed harness-far     "${harness[@]}" --target "127.0.0.1:$far_port" --profile anssi --report-dir "$work/r-far"
    rm -f "$work/testssl-far.json"
    timed testssl-far     "$testssl_cmd" --quiet --color 0 --warnings off --starttls smtp --jsonfile "$work/testssl-far.json" "127.0.0.1:$far_port"
  fi
  # Every tool's output of this round, checked: a ratio is computed only against a tool that did its work.
  BENCH_ONE_PORT="${port_of[postfix-stock]}" BENCH_FAR_PORT="$far_port" python3 bench/tool-results.py "$work" "${pairs[@]}" > "$work/verdict-$round.txt" || true
  sed "s/^/  [round $round] /" "$work/verdict-$round.txt"
  grep -q 'NO RESULT  testssl.sh' "$work/verdict-$round.txt" && incomplete[testssl]=1
  grep -q 'NO RESULT  posttls-finger' "$work/verdict-$round.txt" && incomplete[posttls-finger]=1
  grep -q 'NO RESULT  mta-interop' "$work/verdict-$round.txt" && incomplete[mta-interop]=1
  grep -q 'NO RESULT  nmap' "$work/verdict-$round.txt" && incomplete[nmap]=1
  # nmap gives up silently on a port whose connections were turned away (421): time it again, with the
  # nmap-like harness run, on the endpoints where it did complete, so a like-for-like ratio exists at all.
  read -r -a complete_ports < "$work/complete-nmap-ports"
  if [ -n "${incomplete[nmap]:-}" ] && [ ${#complete_ports[@]} -gt 0 ]; then
    sub_targets=(); sub_pairs=()
    for p in "${complete_ports[@]}"; do sub_targets+=(--target "127.0.0.1:$p"); sub_pairs+=("${name_at[$p]}=$p"); done
    timed nmap-complete     nmap -Pn -sV --script ssl-enum-ciphers -p "$(IFS=,; echo "${complete_ports[*]}")" 127.0.0.1
    timed harness-complete  "${harness[@]}" "${sub_targets[@]}" --profile anssi --tags "$nmap_like" --report-dir "$work/r-nmap"
    if ! BENCH_ONLY=nmap BENCH_NMAP_OUT=nmap-complete.txt python3 bench/tool-results.py "$work" "${sub_pairs[@]}" \
        > "$work/verdict-complete-$round.txt"; then
      incomplete[nmap-complete]=1
      sed "s/^/  [round $round, nmap again on the ${#complete_ports[@]} it completed] /" "$work/verdict-complete-$round.txt"
    fi
  fi
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

alone_max=0
if [ "${BENCH_ALONE:-1}" = 1 ]; then   # each MTA alone, to compare the set with its slowest member
  for name in "${mtas[@]}"; do
    timed "alone-$name" "${harness[@]}" --target "127.0.0.1:${port_of[$name]}" --profile anssi --report-dir "$work/r-alone"
    alone_max=$(awk -v a="$alone_max" -v b="$(median "alone-$name")" 'BEGIN { print (b > a ? b : a) }')
    printf '  alone %-24s %s s\n' "$name" "$(median "alone-$name")"
  done
fi

grep -E '^(target|  [A-Z]+ +(STARTTLS-01|CERT-01) )' "$work/harness-set.txt" | paste - - - | cut -c1-150 | head -20
ratio_or_why() {  # ratio_or_why TOOL NUMERATOR DENOMINATOR: the ratio, or why none is computed
  if [ -n "${incomplete[$1]:-}" ]; then echo "not computed: $1 produced no result for some endpoint (above)"; return; fi
  awk -v a="$2" -v b="$3" 'BEGIN { printf "%.1fx", a / b }'
}
echo
echo "load average before the timed part: $load_before; after: $load_after; rounds: $runs (medians)"
printf '%-66s %8s   %s\n' "what (mta-interop with its default options)" "median" "rounds"
row() { printf '%-66s %7.2fs   %s\n' "$1" "$(median "$2")" "${took[$2]:-}"; }
row "mta-interop, Postfix stock, --profile anssi" harness-one
row "testssl.sh --starttls smtp, the same server" testssl
row "mta-interop, the ${#mtas[@]} MTAs in one process, --profile anssi" harness-set
[ "$alone_max" != 0 ] && printf '%-66s %7.2fs\n' "  the slowest of them alone" "$alone_max"
row "mta-interop, the same, narrowed to what nmap reports" harness-set-nmap
row "nmap -sV --script ssl-enum-ciphers, the same ports" nmap
if [ -n "${took[nmap-complete]:-}" ]; then
  row "nmap again, only the ${#complete_ports[@]} ports it completed" nmap-complete
  row "mta-interop, nmap-like, on those ${#complete_ports[@]} endpoints" harness-complete
fi
row "mta-interop, posttls-finger facts (STARTTLS-01/-08, CERT-01/-02)" harness-finger
row "posttls-finger, the ${#mtas[@]} in sequence" posttls-finger
row "mta-interop, the drip server alone (bound: --deadline 45 s + 5 s)" harness-drip
if [ -n "$far_port" ]; then
  row "mta-interop, Postfix stock 50 ms away, --profile anssi" harness-far
  row "testssl.sh --starttls smtp, the same far server" testssl-far
fi
echo
echo "ratio testssl.sh / mta-interop (one server):           $(ratio_or_why testssl "$(median testssl)" "$(median harness-one)")  (goal >= 50x)"
[ -n "$far_port" ] && echo "ratio testssl.sh / mta-interop (one server, far):      $(ratio_or_why testssl "$(median testssl-far)" "$(median harness-far)")"
echo "ratio nmap / mta-interop (the set, full run):          $(ratio_or_why nmap "$(median nmap)" "$(median harness-set)")"
echo "ratio nmap / mta-interop (the set, like for like):     $(ratio_or_why nmap "$(median nmap)" "$(median harness-set-nmap)")  (goal >= 3x)"
if [ -n "${took[nmap-complete]:-}" ]; then
  echo "ratio nmap / mta-interop (like for like, the ${#complete_ports[@]} nmap completed): $(ratio_or_why nmap-complete "$(median nmap-complete)" "$(median harness-complete)")"
fi
echo "ratio mta-interop / posttls-finger (its facts):        $(ratio_or_why posttls-finger "$(median harness-finger)" "$(median posttls-finger)")  (goal <= 2x)"
[ "$alone_max" != 0 ] && awk -v set="$(median harness-set)" -v alone="$alone_max" \
  'BEGIN { printf "the set / its slowest member alone:                   %6.2fx  (+%.2f s)\n", set / alone, set - alone }'
awk -v drip="$(median harness-drip)" 'BEGIN { printf "drip server bounded:                                   %s (%.1f s <= 50 s)\n", (drip <= 50 ? "yes" : "NO"), drip }'
if [ ${#incomplete[@]} -gt 0 ]; then
  echo "FAILED: no result from ${!incomplete[*]} for some endpoint; no ratio was computed against it (see above)" >&2
  exit 2
fi
