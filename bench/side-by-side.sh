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
# A script a person runs (the figures go to README "How fast"), not a timed test. Needs Docker and the images
# (containers/build-images.sh, plus opensmtpd-bookworm, built here if missing); installs testssl.sh and nmap
# (Debian packages) if missing, and takes posttls-finger from Debian's postfix package without installing it
# (dpkg-deb -x into a temporary directory: no MTA is started on this machine).
# Usage: bench/side-by-side.sh [--keep]   (--keep: leave the containers running, print their ports)
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
  names+=("$name")
}
declare -A port_of=()
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
timed() {  # timed KEY command...: wall seconds into took[KEY]; the command's output into $work/KEY.txt
  local key=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  "$@" > "$work/$key.txt" 2>&1 || true
  t1=$(date +%s.%N)
  took[$key]=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
}
one="127.0.0.1:${port_of[postfix-stock]}"
nmap_like='@REQ-TLS-VER-01 or @REQ-TLS-VER-02 or @REQ-TLS-CS-01 or @REQ-TLS-CS-02 or @REQ-TLS-CS-03 or @REQ-TLS-CS-04 or @REQ-TLS-KX-01'
finger_like='@REQ-STARTTLS-01 or @REQ-STARTTLS-08 or @REQ-CERT-01 or @REQ-CERT-02'
ports_csv=$(for name in "${mtas[@]}"; do printf '%s,' "${port_of[$name]}"; done | sed 's/,$//')
finger_all() {
  for name in "${mtas[@]}"; do
    env "${ptf_env[@]}" "$ptf" -c -l secure -F "$work/tls/ca.pem" "[127.0.0.1]:${port_of[$name]}" "$mx" || true
  done
}

timed harness-one       "${harness[@]}" --target "$one" --profile anssi --report-dir "$work/r-one"
timed testssl           "$testssl_cmd" --quiet --color 0 --warnings off --starttls smtp --jsonfile "$work/testssl.json" "$one"
timed harness-set       "${harness[@]}" "${targets[@]}" --profile anssi --report-dir "$work/r-set"
timed harness-set-nmap  "${harness[@]}" "${targets[@]}" --profile anssi --tags "$nmap_like" --report-dir "$work/r-nmap"
timed nmap              nmap -Pn -sV --script ssl-enum-ciphers -p "$ports_csv" 127.0.0.1
timed harness-finger    "${harness[@]}" "${targets[@]}" --tags "$finger_like" --report-dir "$work/r-finger"
timed posttls-finger    finger_all
timed harness-drip      "${harness[@]}" --target "127.0.0.1:${port_of[drip]}" --profile anssi --report-dir "$work/r-drip"

alone_max=0
if [ "${BENCH_ALONE:-1}" = 1 ]; then   # each MTA alone, to compare the set with its slowest member
  for name in "${mtas[@]}"; do
    timed "alone-$name" "${harness[@]}" --target "127.0.0.1:${port_of[$name]}" --profile anssi --report-dir "$work/r-alone"
    alone_max=$(awk -v a="$alone_max" -v b="${took[alone-$name]}" 'BEGIN { print (b > a ? b : a) }')
    printf '  alone %-24s %s s\n' "$name" "${took[alone-$name]}"
  done
fi

grep -E '^(target|  [A-Z]+ +(STARTTLS-01|CERT-01) )' "$work/harness-set.txt" | paste - - - | cut -c1-150 | head -20
awk -v one="${took[harness-one]}" -v ts="${took[testssl]}" -v set="${took[harness-set]}" \
    -v setn="${took[harness-set-nmap]}" -v nm="${took[nmap]}" -v hf="${took[harness-finger]}" \
    -v pf="${took[posttls-finger]}" -v drip="${took[harness-drip]}" -v alone="$alone_max" -v n="${#mtas[@]}" 'BEGIN {
  printf "\n%-66s %8s\n", "what (mta-interop with its default options)", "wall"
  printf "%-66s %7.2fs\n", "mta-interop, Postfix stock, --profile anssi", one
  printf "%-66s %7.2fs\n", "testssl.sh --starttls smtp, the same server", ts
  printf "%-66s %7.2fs\n", "mta-interop, the " n " MTAs in one process, --profile anssi", set
  if (alone > 0) printf "%-66s %7.2fs\n", "  the slowest of them alone", alone
  printf "%-66s %7.2fs\n", "mta-interop, the same, narrowed to what nmap reports", setn
  printf "%-66s %7.2fs\n", "nmap -sV --script ssl-enum-ciphers, the same ports", nm
  printf "%-66s %7.2fs\n", "mta-interop, posttls-finger facts (STARTTLS-01/-08, CERT-01/-02)", hf
  printf "%-66s %7.2fs\n", "posttls-finger, the " n " in sequence", pf
  printf "%-66s %7.2fs\n", "mta-interop, the drip server alone (bound: --deadline 45 s + 5 s)", drip
  printf "\nratio testssl.sh / mta-interop (one server):           %6.1fx  (goal >= 50x)\n", ts / one
  printf "ratio nmap / mta-interop (the set, full run):          %6.1fx\n", nm / set
  printf "ratio nmap / mta-interop (the set, like for like):     %6.1fx  (goal >= 3x)\n", nm / setn
  printf "ratio mta-interop / posttls-finger (its facts):        %6.1fx  (goal <= 2x)\n", hf / pf
  if (alone > 0) printf "the set / its slowest member alone:                   %6.2fx  (+%.2f s)\n", set / alone, set - alone
  printf "drip server bounded:                                   %s (%.1f s <= 50 s)\n", (drip <= 50 ? "yes" : "NO"), drip }'
