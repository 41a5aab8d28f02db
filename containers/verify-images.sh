#!/usr/bin/env bash
# verify-images.sh [postfix|exim|opensmtpd|opensmtpd-bookworm|postfix-compression ...]   (default: the three MTAs)
#
# Smoke test of the mta-interop MTA images against the environment contract. Starts each
# configuration on 127.0.0.1 only (-p 127.0.0.1::25, --dns 127.0.0.1 so nothing is resolved
# outside), probes it with openssl s_client / swaks and prints one line per check.
# Needs: docker, openssl, swaks. Containers it starts are removed on exit; images are kept.
set -uo pipefail

readonly PKI=$(mktemp -d /tmp/mta-interop-pki.XXXXXX)
STARTED=()
cleanup() {
  [[ ${#STARTED[@]} -gt 0 ]] && docker rm -f "${STARTED[@]}" >/dev/null 2>&1
  rm -rf "$PKI"
}
trap cleanup EXIT
FAILURES=0
result() {  # result mta check ok|FAIL detail
  printf '%-20s %-48s %-4s %s\n' "$1" "$2" "$3" "${4:-}"
  [[ $3 == FAIL ]] && FAILURES=$((FAILURES + 1))
  return 0
}

# Test PKI: root -> intermediate -> leaf (RSA 2048, SAN = MX name), like the harness' fixtures.
make_pki() {
  local mta=$1 dir="$PKI/$1"
  mkdir -p "$dir"
  if [[ ! -f $PKI/root.pem ]]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=mta-interop smoke root" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
      -keyout "$PKI/root.key" -out "$PKI/root.pem" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=mta-interop smoke intermediate" \
      -keyout "$PKI/int.key" -out "$PKI/int.csr" 2>/dev/null
    printf 'basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n' > "$PKI/int.ext"
    openssl x509 -req -in "$PKI/int.csr" -CA "$PKI/root.pem" -CAkey "$PKI/root.key" -CAcreateserial \
      -days 2 -extfile "$PKI/int.ext" -out "$PKI/int.pem" 2>/dev/null
  fi
  openssl req -newkey rsa:2048 -nodes -subj "/CN=mx.$mta.test" -keyout "$dir/key.pem" -out "$dir/leaf.csr" 2>/dev/null
  printf 'subjectAltName=DNS:mx.%s.test\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' "$mta" > "$dir/leaf.ext"
  openssl x509 -req -in "$dir/leaf.csr" -CA "$PKI/int.pem" -CAkey "$PKI/int.key" -CAcreateserial \
    -days 2 -extfile "$dir/leaf.ext" -out "$dir/leaf.pem" 2>/dev/null
  cat "$dir/leaf.pem" "$PKI/int.pem" > "$dir/fullchain.pem"
  cp "$PKI/root.pem" "$dir/ca.pem"
  chmod 644 "$dir"/*.pem
}

# start NAME IMAGE MTA [docker -e args...] -> prints host port; ms to the first 220 go to $PKI/banner_ms
start() {
  local name=$1 image=$2 mta=$3; shift 3
  docker rm -f "$name" >/dev/null 2>&1
  local t0; t0=$(date +%s%N)
  docker run -d --name "$name" --dns 127.0.0.1 -p 127.0.0.1::25 \
    -v "$PKI/$mta:/etc/mta-interop/tls:ro" "$@" "$image" >/dev/null 2>&1 || return 1
  local port; port=$(docker port "$name" 25/tcp | head -n1); port=${port##*:}
  local line
  for _ in $(seq 1 300); do
    if exec 3<>"/dev/tcp/127.0.0.1/$port" 2>/dev/null; then
      IFS= read -r -t 2 line <&3; exec 3>&-
      [[ $line == 220* ]] && { echo $(( ($(date +%s%N) - t0) / 1000000 )) > "$PKI/banner_ms"; echo "$port"; return 0; }
    fi
    sleep 0.05
  done
  docker logs "$name" >&2; return 1
}

# plain PORT CMD... -> the last reply (all lines) of a plaintext dialogue
plain() {
  local port=$1 line reply=""; shift
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  read_reply() { reply=""; while IFS= read -r -t 5 line <&3; do reply+="${line%$'\r'}"$'\n'; [[ ${line:3:1} == " " ]] && break; done; }
  read_reply
  local cmd; for cmd in "$@"; do printf '%s\r\n' "$cmd" >&3; read_reply; done
  printf 'QUIT\r\n' >&3; exec 3>&-
  printf '%s' "$reply"
}

# handshake PORT MX s_client-args... -> "Protocol Cipher" or "FAILED"
handshake() {
  local port=$1 mx=$2; shift 2
  local out; out=$(echo QUIT | timeout 15 openssl s_client -starttls smtp -connect "127.0.0.1:$port" \
     -servername "$mx" "$@" 2>&1)
  if grep -q '^New, .*Cipher is (NONE)' <<< "$out" || ! grep -q '^New, ' <<< "$out"; then echo FAILED; return 1; fi
  awk '/^New, /{p=$2; c=$NF; sub(",", "", p)} /^ +Protocol +:/{p=$3} END{print p, c}' <<< "$out"
}

# gnutls_3des PORT -> suite description when a TLS 1.2 3DES suite is negotiated (Debian's
# OpenSSL client has no 3DES suites, so this probe uses gnutls-cli)
gnutls_3des() {
  local out; out=$(timeout 15 gnutls-cli --starttls-proto=smtp --insecure --port "$1" 127.0.0.1 \
    --priority 'NONE:+VERS-TLS1.2:+3DES-CBC:+RSA:+ECDHE-RSA:+DHE-RSA:+SHA1:+COMP-NULL:+SIGN-ALL:+GROUP-ALL:+CTYPE-X509' \
    < /dev/null 2>&1)
  grep -o '(TLS1.2[^)]*)-.*3DES[^ ]*' <<< "$out" || { echo FAILED; return 1; }
}

# after_starttls PORT MX LINE... -> server replies inside TLS to the given commands
after_starttls() {
  local port=$1 mx=$2; shift 2
  { sleep 1; local l; for l in "$@"; do printf '%s\r\n' "$l"; sleep 0.7; done; } \
    | timeout 20 openssl s_client -starttls smtp -connect "127.0.0.1:$port" -servername "$mx" -quiet 2>/dev/null | tr -d '\r'
}

# Documented limitations per MTA (containers/README.md): a failing check is reported as "known".
limits_for() {
  LEGACY_LIMIT="" DES3_LIMIT="" ANON_LIMIT="" PARTNER_LIMIT=""
  case "$1" in
    postfix)   DES3_LIMIT="Debian's OpenSSL 3 has no 3DES suites" ;;
    exim)      ANON_LIMIT="Exim sets no GnuTLS anonymous credentials" ;;
    opensmtpd*) DES3_LIMIT="Debian's OpenSSL 3 has no 3DES suites"
               LEGACY_LIMIT="OpenSMTPD 7 libtls negotiates TLS 1.2+ only"
               PARTNER_LIMIT="OpenSMTPD refuses plaintext partners at RCPT, not MAIL" ;;
  esac
}
expect_unless() {  # expect_unless MTA CHECK CONDITION-RESULT DETAIL LIMITATION
  if [[ $3 != 0 && -n $5 ]]; then result "$1" "$2" known "$4 ($5)"; else expect "$1" "$2" "$3" "$4"; fi
}

expect() {  # expect MTA CHECK CONDITION-RESULT DETAIL
  if [[ $3 == 0 ]]; then result "$1" "$2" ok "$4"; else result "$1" "$2" FAIL "$4"; fi
}

verify_mta() {
  local mta=$1 image="mta-interop/$1:latest" tag=$1
  [[ $mta == opensmtpd-bookworm ]] && mta=opensmtpd
  local mx="mx.$mta.test" dom="$mta.test" c="verify-$tag" port r
  make_pki "$mta"
  limits_for "$tag"

  port=$(start "$c" "$image" "$mta") || { result "$tag" "start (defaults)" FAIL; return; }
  result "$tag" "first 220 after docker run" ok "$(cat "$PKI/banner_ms") ms"
  r=$(plain "$port" "EHLO probe.test"); grep -q STARTTLS <<< "$r"; expect "$tag" "TLS_LEVEL=may: STARTTLS advertised" $? ""
  r=$(handshake "$port" "$mx" -tls1_3); expect "$tag" "TLS 1.3 handshake" $? "$r"
  r=$(handshake "$port" "$mx" -tls1_2); expect "$tag" "TLS 1.2 handshake" $? "$r"
  r=$(handshake "$port" "$mx" -tls1_1 -cipher 'DEFAULT@SECLEVEL=0'); [[ $r == FAILED ]]; expect "$tag" "TLS_FLOOR=tls12: TLS 1.1 refused" $? "$r"
  r=$(handshake "$port" "$mx" -tls1 -cipher 'DEFAULT@SECLEVEL=0'); [[ $r == FAILED ]]; expect "$tag" "TLS_FLOOR=tls12: TLS 1.0 refused" $? "$r"
  r=$(echo QUIT | timeout 15 openssl s_client -starttls smtp -connect "127.0.0.1:$port" -servername "$mx" \
      -CAfile "$PKI/root.pem" -verify_hostname "$mx" -verify_return_error 2>&1 | grep -c 'Verify return code: 0 (ok)')
  [[ $r -ge 1 ]]; expect "$tag" "chain verifies against ca.pem for $mx" $? ""
  r=$(after_starttls "$port" "$mx" "MAIL FROM:<a@probe.test>" | head -n1)
  result "$tag" "STARTTLS-03: MAIL w/o new EHLO in TLS" info "$r"
  r=$(after_starttls "$port" "$mx" "EHLO probe.test" | grep -c STARTTLS)
  result "$tag" "STARTTLS-04: STARTTLS re-advertised in TLS" info "$([[ $r -gt 0 ]] && echo yes || echo no)"
  r=$(plain "$port" "EHLO probe.test" "MAIL FROM:<a@probe.test>" "RCPT TO:<x@elsewhere.example>")
  [[ $r == 5* ]]; expect "$tag" "no NEXT_HOP: non-local RCPT refused" $? "${r%%$'\n'*}"
  local marker="mta-interop-$RANDOM$RANDOM"
  swaks --server "127.0.0.1:$port" --to "anyone@$dom" --from "probe@sender.test" --helo probe.test \
    --tls --tls-verify --tls-ca-path "$PKI/root.pem" --tls-sni "$mx" --header "Subject: $marker" \
    --body "$marker" >/dev/null 2>&1; r=$?
  expect "$tag" "swaks over STARTTLS (verified) accepted" $r ""
  local found=1
  for _ in $(seq 1 50); do docker exec "$c" grep -q "$marker" /var/mail/inbox 2>/dev/null && { found=0; break; }; sleep 0.2; done
  expect "$tag" "message in /var/mail/inbox (mbox)" $found "$(docker exec "$c" head -n1 /var/mail/inbox 2>/dev/null)"
  docker rm -f "$c" >/dev/null

  port=$(start "$c" "$image" "$mta" -e TLS_FLOOR=legacy) || { result "$tag" "start legacy" FAIL; return; }
  r=$(handshake "$port" "$mx" -tls1 -cipher 'DEFAULT@SECLEVEL=0'); expect_unless "$tag" "TLS_FLOOR=legacy: TLS 1.0 accepted" $? "$r" "$LEGACY_LIMIT"
  r=$(handshake "$port" "$mx" -tls1_1 -cipher 'DEFAULT@SECLEVEL=0'); expect_unless "$tag" "TLS_FLOOR=legacy: TLS 1.1 accepted" $? "$r" "$LEGACY_LIMIT"
  r=$(handshake "$port" "$mx" -tls1_2 -cipher 'ADH:AECDH:@SECLEVEL=0'); [[ $r == FAILED ]]; expect "$tag" "TLS_FLOOR=legacy+stock: no anonymous suite" $? "$r"
  docker rm -f "$c" >/dev/null

  port=$(start "$c" "$image" "$mta" -e CIPHERS=weak) || { result "$tag" "start weak" FAIL; return; }
  r=$(gnutls_3des "$port"); expect_unless "$tag" "CIPHERS=weak: 3DES accepted (TLS 1.2)" $? "$r" "$DES3_LIMIT"
  r=$(handshake "$port" "$mx" -tls1_2 -cipher 'ADH:AECDH:@SECLEVEL=0'); expect_unless "$tag" "CIPHERS=weak: anonymous accepted (TLS 1.2)" $? "$r" "$ANON_LIMIT"
  docker rm -f "$c" >/dev/null

  port=$(start "$c" "$image" "$mta" -e CIPHERS=strict) || { result "$tag" "start strict" FAIL; return; }
  r=$(handshake "$port" "$mx" -tls1_2 -cipher 'AES256-SHA:AES128-GCM-SHA256'); [[ $r == FAILED ]]; expect "$tag" "CIPHERS=strict: static RSA refused" $? "$r"
  r=$(handshake "$port" "$mx" -tls1_2 -cipher 'ECDHE-RSA-AES128-SHA'); [[ $r == FAILED ]]; expect "$tag" "CIPHERS=strict: ECDHE CBC refused" $? "$r"
  r=$(handshake "$port" "$mx" -tls1_2 -cipher 'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384')
  [[ $r == *ECDHE-RSA-AES256-GCM-SHA384 ]]; expect "$tag" "CIPHERS=strict: server order wins" $? "$r"
  r=$(handshake "$port" "$mx" -tls1_3); expect "$tag" "CIPHERS=strict: TLS 1.3" $? "$r"
  docker rm -f "$c" >/dev/null

  port=$(start "$c" "$image" "$mta" -e TLS_LEVEL=none) || { result "$tag" "start none" FAIL; return; }
  r=$(plain "$port" "EHLO probe.test"); ! grep -q STARTTLS <<< "$r"; expect "$tag" "TLS_LEVEL=none: no STARTTLS in EHLO" $? ""
  docker rm -f "$c" >/dev/null

  port=$(start "$c" "$image" "$mta" -e TLS_LEVEL=encrypt) || { result "$tag" "start encrypt" FAIL; return; }
  r=$(plain "$port" "EHLO probe.test" "MAIL FROM:<a@probe.test>"); [[ $r == 530* ]]
  expect "$tag" "TLS_LEVEL=encrypt: plaintext MAIL -> 530" $? "${r%%$'\n'*}"
  r=$(after_starttls "$port" "$mx" "EHLO probe.test" "MAIL FROM:<a@probe.test>" | grep -E '^[0-9]{3} ' | tail -n1)
  [[ $r == 250* ]]; expect "$tag" "TLS_LEVEL=encrypt: MAIL inside TLS -> 250" $? "$r"
  docker rm -f "$c" >/dev/null

  # The host reaches published ports through the bridge gateway, so 172.16.0.0/12 covers it.
  port=$(start "$c" "$image" "$mta" -e PARTNER_NETWORKS="192.0.2.0/24, 172.16.0.0/12") || { result "$tag" "start partner" FAIL; return; }
  r=$(plain "$port" "EHLO probe.test" "MAIL FROM:<a@probe.test>")
  [[ $r == 530* ]]; expect_unless "$tag" "PARTNER_NETWORKS: plaintext MAIL -> 530" $? "${r%%$'\n'*}" "$PARTNER_LIMIT"
  r=$(plain "$port" "EHLO probe.test" "MAIL FROM:<a@probe.test>" "RCPT TO:<x@$dom>")
  [[ $r == [45]* ]]; expect "$tag" "PARTNER_NETWORKS: plaintext RCPT refused" $? "${r%%$'\n'*}"
  r=$(after_starttls "$port" "$mx" "EHLO probe.test" "MAIL FROM:<a@probe.test>" | grep -E '^[0-9]{3} ' | tail -n1)
  [[ $r == 250* ]]; expect "$tag" "PARTNER_NETWORKS: MAIL inside TLS -> 250" $? "$r"
  docker rm -f "$c" >/dev/null

  docker rm -f "$c" >/dev/null 2>&1
  docker run -d --name "$c" --dns 127.0.0.1 -p 127.0.0.1::25 "$image" >/dev/null
  port=$(docker port "$c" 25/tcp | head -n1); port=${port##*:}; sleep 3
  r=$(handshake "$port" "$mx" -tls1_2); expect "$tag" "no mounted cert: self-signed generated" $? "$r"
  r=$(docker logs "$c" 2>&1); grep -q 'generated a throwaway self-signed' <<< "$r"; expect "$tag" "no mounted cert: said so on stdout" $? ""
  docker rm -f "$c" >/dev/null
}

# in_container_comp CONTAINER s_client-args... -> the "Compression:" line of a STARTTLS handshake made inside the
# container (the host's OpenSSL has no zlib, so only the image's own openssl can offer DEFLATE)
in_container_comp() {
  local c=$1; shift
  docker exec "$c" bash -c 'echo QUIT | timeout 15 openssl s_client -starttls smtp -connect 127.0.0.1:25 "$@" 2>&1' _ "$@" \
    | grep -m1 -E '^(Compression|New, )' | tr -d '\r'
}

# postfix-compression (TLS-EXT-03's failing case): DEFLATE in TLS 1.2 with TLS_COMPRESSION=yes, never without
verify_compression() {
  local tag=postfix-compression image="mta-interop/postfix-compression:latest" c="verify-postfix-compression" port r
  make_pki "$tag"
  port=$(start "$c" "$image" "$tag" -e TLS_COMPRESSION=yes) || { result "$tag" "start (TLS_COMPRESSION=yes)" FAIL; return; }
  r=$(docker exec "$c" openssl version -f); grep -q -- -DZLIB <<< "$r"; expect "$tag" "libcrypto built with zlib" $? ""
  r=$(in_container_comp "$c" -tls1_2 -comp); [[ $r == 'Compression: zlib compression' ]]
  expect "$tag" "TLS_COMPRESSION=yes: TLS 1.2 with -comp gets DEFLATE" $? "$r"
  r=$(in_container_comp "$c" -tls1_2 -no_comp); [[ $r == 'Compression: NONE' ]]
  expect "$tag" "TLS 1.2, client -no_comp: no compression" $? "$r"
  r=$(handshake "$port" "mx.$tag.test" -tls1_3); expect "$tag" "TLS 1.3 handshake (never compressed)" $? "$r"
  docker rm -f "$c" >/dev/null
  port=$(start "$c" "$image" "$tag") || { result "$tag" "start (defaults)" FAIL; return; }
  # the client needs security level 1 to offer DEFLATE (the container's openssl.cnf is Debian's again)
  r=$(in_container_comp "$c" -tls1_2 -comp -cipher 'DEFAULT@SECLEVEL=1'); [[ $r == 'Compression: NONE' ]]
  expect "$tag" "TLS_COMPRESSION=no (default): DEFLATE refused" $? "$r"
  docker rm -f "$c" >/dev/null
}

main() {
  local mtas=("$@"); [[ ${#mtas[@]} -gt 0 ]] || mtas=(postfix exim opensmtpd)
  command -v gnutls-cli >/dev/null && command -v swaks >/dev/null || { echo "needs gnutls-cli (gnutls-bin) and swaks" >&2; exit 2; }
  local m; for m in "${mtas[@]}"; do
    STARTED+=("verify-$m")
    if [[ $m == postfix-compression ]]; then verify_compression; else verify_mta "$m"; fi
  done
  echo "failures: $FAILURES"
  [[ $FAILURES -eq 0 ]]
}
main "$@"
