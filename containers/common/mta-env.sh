# shellcheck shell=bash
# Shared part of the MTA entrypoints: reads and validates the environment contract
# (see containers/README.md) and prepares TLS files and the mailbox. Sourced, not run.
# The caller sets MTA_NAME (postfix|exim|opensmtpd) before sourcing.

log()  { printf '[mta-interop/%s] %s\n' "$MTA_NAME" "$*"; }
die()  { printf '[mta-interop/%s] FATAL: %s\n' "$MTA_NAME" "$*" >&2; exit 64; }

one_of() {  # one_of NAME VALUE ALLOWED...
  local name=$1 value=$2; shift 2
  local allowed
  for allowed in "$@"; do [[ $value == "$allowed" ]] && return 0; done
  die "$name='$value' is not one of: $*"
}

readonly TLS_DIR=/etc/mta-interop/tls
readonly GENERATED_TLS_DIR=/run/mta-interop/tls
readonly MAILBOX=/var/mail/inbox
readonly MAILBOX_USER=inbox

MX_HOSTNAME="${MX_HOSTNAME:-mx.${MTA_NAME}.test}"
MAIL_DOMAINS="${MAIL_DOMAINS:-${MTA_NAME}.test}"
TLS_LEVEL="${TLS_LEVEL:-may}"
TLS_FLOOR="${TLS_FLOOR:-tls12}"
CIPHERS="${CIPHERS:-stock}"
OUTBOUND_POLICY="${OUTBOUND_POLICY:-may}"
NEXT_HOP="${NEXT_HOP:-}"
PARTNER_NETWORKS="${PARTNER_NETWORKS:-}"
DNS_RESOLVER="${DNS_RESOLVER:-}"
HELO_REQUIRED="${HELO_REQUIRED:-no}"
TLS_SESSION_TIMEOUT="${TLS_SESSION_TIMEOUT:-}"
TLS_GROUPS="${TLS_GROUPS:-}"
TLS_EMS="${TLS_EMS:-yes}"
TLS_COMPRESSION="${TLS_COMPRESSION:-no}"

one_of TLS_LEVEL "$TLS_LEVEL" none may encrypt
one_of TLS_FLOOR "$TLS_FLOOR" tls12 legacy
one_of CIPHERS "$CIPHERS" strict stock weak
one_of OUTBOUND_POLICY "$OUTBOUND_POLICY" may encrypt verify dane
one_of HELO_REQUIRED "$HELO_REQUIRED" yes no
[[ -z $TLS_SESSION_TIMEOUT || $TLS_SESSION_TIMEOUT =~ ^[0-9]{1,7}$ ]] || die "TLS_SESSION_TIMEOUT='$TLS_SESSION_TIMEOUT' is not a number of seconds"
[[ -n $TLS_SESSION_TIMEOUT && $MTA_NAME != postfix ]] && log "TLS_SESSION_TIMEOUT ignored: $MTA_NAME has no setting for the session ticket lifetime"
one_of TLS_EMS "$TLS_EMS" yes no
[[ $TLS_GROUPS =~ ^[A-Za-z0-9_:\ -]*$ ]] || die "TLS_GROUPS='$TLS_GROUPS' is not a list of group names"
[[ -n $TLS_GROUPS && $MTA_NAME != postfix ]] && log "TLS_GROUPS ignored: only Postfix (tls_eecdh_auto_curves) sets the groups here"
[[ $TLS_EMS == no && $MTA_NAME != exim ]] && log "TLS_EMS=no ignored: only Exim (GnuTLS %NO_SESSION_HASH) can leave out extended_master_secret here"
one_of TLS_COMPRESSION "$TLS_COMPRESSION" yes no
[[ $TLS_COMPRESSION == yes && $MTA_NAME != postfix ]] && log "TLS_COMPRESSION=yes ignored: only Postfix over OpenSSL built with zlib (mta-interop/postfix-compression) negotiates compression here"
[[ $MX_HOSTNAME =~ ^[A-Za-z0-9.-]+$ ]] || die "MX_HOSTNAME='$MX_HOSTNAME' is not a host name"

# Lists may be separated by spaces or commas.
read -r -a MAIL_DOMAIN_LIST <<< "${MAIL_DOMAINS//,/ }"
read -r -a PARTNER_NETWORK_LIST <<< "${PARTNER_NETWORKS//,/ }"
[[ ${#MAIL_DOMAIN_LIST[@]} -gt 0 ]] || die "MAIL_DOMAINS is empty"
for _d in "${MAIL_DOMAIN_LIST[@]}"; do
  [[ $_d =~ ^[A-Za-z0-9.-]+$ ]] || die "MAIL_DOMAINS entry '$_d' is not a domain"
done
for _n in "${PARTNER_NETWORK_LIST[@]}"; do
  [[ $_n =~ ^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$ ]] || die "PARTNER_NETWORKS entry '$_n' is not an address or CIDR"
done
unset _d _n

# NEXT_HOP: host[:port] or [v6-address]:port -> NEXT_HOP_HOST, NEXT_HOP_PORT (default 25).
NEXT_HOP_HOST="" NEXT_HOP_PORT=25
if [[ -n $NEXT_HOP ]]; then
  if [[ $NEXT_HOP =~ ^\[([0-9A-Fa-f:.]+)\](:([0-9]+))?$ ]]; then
    NEXT_HOP_HOST=${BASH_REMATCH[1]}; NEXT_HOP_PORT=${BASH_REMATCH[3]:-25}
  elif [[ $NEXT_HOP =~ ^([A-Za-z0-9.-]+)(:([0-9]+))?$ ]]; then
    NEXT_HOP_HOST=${BASH_REMATCH[1]}; NEXT_HOP_PORT=${BASH_REMATCH[3]:-25}
  else
    die "NEXT_HOP='$NEXT_HOP' is not host[:port]"
  fi
fi
if [[ $OUTBOUND_POLICY == dane && -z $DNS_RESOLVER ]]; then
  log "WARNING: OUTBOUND_POLICY=dane without DNS_RESOLVER: no DNSSEC-validated TLSA records can be found"
fi

# OpenSSL cipher strings shared by the OpenSSL-based MTAs (Postfix, OpenSMTPD).
# strict: ANSSI-like TLS 1.2 suites (ECDHE + AEAD only); TLS 1.3 suites are the OpenSSL defaults.
readonly OPENSSL_STRICT_CIPHERS='ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256'
# weak: everything but eNULL at security level 0 = OpenSSL's default list plus anonymous (aNULL)
# suites, and 3DES where the library has it (Debian's OpenSSL 3 is built without 3DES suites).
readonly OPENSSL_WEAK_CIPHERS='ALL:!eNULL:@SECLEVEL=0'

# TLS files: mounted ones win; otherwise a throwaway self-signed certificate.
TLS_CERT="$TLS_DIR/fullchain.pem" TLS_KEY="$TLS_DIR/key.pem" TLS_CA="$TLS_DIR/ca.pem"
prepare_tls() {
  [[ $TLS_LEVEL == none ]] && return 0
  if [[ -r $TLS_CERT && -r $TLS_KEY ]]; then
    log "using TLS certificate $TLS_CERT"
  else
    mkdir -p "$GENERATED_TLS_DIR"
    TLS_CERT="$GENERATED_TLS_DIR/fullchain.pem" TLS_KEY="$GENERATED_TLS_DIR/key.pem"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 30 \
      -subj "/CN=$MX_HOSTNAME" -addext "subjectAltName=DNS:$MX_HOSTNAME" \
      -keyout "$TLS_KEY" -out "$TLS_CERT" 2>/dev/null || die "could not generate a certificate"
    log "no certificate in $TLS_DIR: generated a throwaway self-signed certificate for $MX_HOSTNAME"
  fi
  # Private copies readable by the MTA's unprivileged user when the mount is not.
  if [[ $TLS_CERT == "$TLS_DIR"/* ]]; then
    mkdir -p "$GENERATED_TLS_DIR"
    cp "$TLS_DIR/fullchain.pem" "$GENERATED_TLS_DIR/fullchain.pem"
    cp "$TLS_DIR/key.pem" "$GENERATED_TLS_DIR/key.pem"
    TLS_CERT="$GENERATED_TLS_DIR/fullchain.pem" TLS_KEY="$GENERATED_TLS_DIR/key.pem"
  fi
  chmod 600 "$TLS_KEY"
  # Optional second chain (dual certificates, e.g. RSA beside ECDSA): fullchain2.pem + key2.pem.
  # Only MTAs with SECOND_CHAIN_SUPPORTED=yes (Postfix) serve it; the others say they ignore it.
  TLS_CERT2="" TLS_KEY2=""
  if [[ -r $TLS_DIR/fullchain2.pem && -r $TLS_DIR/key2.pem ]]; then
    if [[ ${SECOND_CHAIN_SUPPORTED:-no} == yes ]]; then
      mkdir -p "$GENERATED_TLS_DIR"
      cp "$TLS_DIR/fullchain2.pem" "$GENERATED_TLS_DIR/fullchain2.pem"
      cp "$TLS_DIR/key2.pem" "$GENERATED_TLS_DIR/key2.pem"
      TLS_CERT2="$GENERATED_TLS_DIR/fullchain2.pem" TLS_KEY2="$GENERATED_TLS_DIR/key2.pem"
      chmod 600 "$TLS_KEY2"
      log "using second TLS certificate $TLS_DIR/fullchain2.pem"
    else
      log "WARNING: $TLS_DIR/fullchain2.pem ignored: $MTA_NAME here serves one certificate only"
    fi
  fi
}
prepare_ca() {
  if [[ -r $TLS_CA ]]; then return 0; fi
  TLS_CA=""
  [[ $OUTBOUND_POLICY == verify ]] && log "WARNING: OUTBOUND_POLICY=verify but no $TLS_DIR/ca.pem: every peer will fail verification"
  return 0
}

# One mbox file for every accepted recipient, owned by the system user "inbox".
prepare_mailbox() {
  mkdir -p /var/mail
  touch "$MAILBOX"
  chown "$MAILBOX_USER:mail" "$MAILBOX"
  chmod 660 "$MAILBOX"
}

# Only the resolver the harness names; without it, lookups fail fast instead of leaving the test network.
prepare_resolver() {
  if [[ -n $DNS_RESOLVER ]]; then
    printf 'nameserver %s\noptions trust-ad\n' "$DNS_RESOLVER" > /etc/resolv.conf 2>/dev/null \
      || log "WARNING: /etc/resolv.conf is read-only; DNS_RESOLVER ignored"
  fi
}

prepare_common() {
  prepare_tls
  prepare_ca
  prepare_mailbox
  prepare_resolver
  log "MX_HOSTNAME=$MX_HOSTNAME MAIL_DOMAINS=${MAIL_DOMAIN_LIST[*]} TLS_LEVEL=$TLS_LEVEL TLS_FLOOR=$TLS_FLOOR CIPHERS=$CIPHERS"
  log "OUTBOUND_POLICY=$OUTBOUND_POLICY NEXT_HOP=${NEXT_HOP:-<none: non-local mail refused>} PARTNER_NETWORKS=${PARTNER_NETWORK_LIST[*]:-<none>}"
}
