#!/usr/bin/env bash
# mta-interop DNSSEC test bed: signs the test zones given in /etc/mta-interop/dns/ at start, serves them with
# NSD (127.0.0.2:53 inside the container) and runs Unbound on the container's addresses, validating with the
# trust anchor of the test tree's apex. Unbound resolves nothing outside the test tree: every other name is
# refused (local-zone "." refuse), it has one stub zone (the apex, at NSD) and no root hints are ever used.
#
# Input (mounted or copied in):
#   /etc/mta-interop/dns/zones.list   one zone a line: "<name> <mode>", parents before or after children
#   /etc/mta-interop/dns/<name>.zone  the zone's records (zone-file lines relative to the zone; no SOA/NS:
#                                     the bed adds SOA, NS ns.<apex> and the delegations and DS records)
#   APEX (env, default "test")        the apex of the tree; always signed; its DS is the trust anchor
# Modes: signed | unsigned | expired | not-yet-valid | broken | no-ds | wrong-ds
#   expired: RRSIGs expired 2 days ago; not-yet-valid: incepted in 2 days; broken: every RRSIG except the
#   DNSKEY set's has a corrupted signature; no-ds: signed, but the parent publishes no DS (provably insecure);
#   wrong-ds: signed, the parent's DS names a key the zone does not publish (bogus).
# Output: /run/mta-interop/dns/trust-anchor.ds (DS of the apex) and, on stdout, "dns test bed ready".
# Private keys stay in the container's /run (tmpfs-like, never copied out).
set -euo pipefail

in=/etc/mta-interop/dns
out=/run/mta-interop/dns
apex=${APEX:-test}
apex=${apex%.}
mkdir -p "$out/zones" "$out/keys"
cd "$out/keys"

fail() { echo "mta-interop-dns: $*" >&2; exit 64; }
stamp() { date -u -d "$1" +%Y%m%d%H%M%S; }

declare -A mode=()
mode[$apex]=signed
if [[ -f $in/zones.list ]]; then
  while read -r name m rest; do
    [[ -z ${name:-} || $name == \#* ]] && continue
    name=${name%.}
    case "$m" in signed|unsigned|expired|not-yet-valid|broken|no-ds|wrong-ds) ;; *) fail "zones.list: zone $name: unknown mode '$m'" ;; esac
    [[ $name == "$apex" || $name == *."$apex" ]] || fail "zones.list: zone $name is not under the apex $apex"
    [[ $name == "$apex" && $m != signed ]] && fail "zones.list: the apex $apex is always signed"
    mode[$name]=$m
  done < "$in/zones.list"
fi

# Parent of a zone: the longest other listed zone that is a proper suffix of it.
parent_of() {
  local z=$1 best="" p
  for p in "${!mode[@]}"; do
    [[ $p != "$z" && $z == *."$p" && ${#p} -gt ${#best} ]] && best=$p
  done
  echo "$best"
}
depth() { awk -F. '{print NF}' <<<"$1"; }

# Deepest zones first: a parent is signed after its children's DS records are known.
mapfile -t order < <(for z in "${!mode[@]}"; do echo "$(depth "$z") $z"; done | sort -k1,1nr -k2 | cut -d' ' -f2)

declare -A extra=()   # records a parent gets for its children (NS, DS)
serial=$(date -u +%s)
for z in "${order[@]}"; do
  m=${mode[$z]}
  f="$out/zones/$z.zone"
  {
    echo "\$ORIGIN $z."
    echo "\$TTL 300"
    echo "@ IN SOA ns.$apex. hostmaster.$z. $serial 3600 600 86400 300"
    echo "@ IN NS ns.$apex."
    [[ $z == "$apex" ]] && echo "ns.$apex. IN A 127.0.0.2"
    [[ -f $in/$z.zone ]] && cat "$in/$z.zone"
    echo
    printf '%s' "${extra[$z]:-}"
  } > "$f"
  parent=$(parent_of "$z")
  if [[ -n $parent ]]; then
    extra[$parent]+="$z. IN NS ns.$apex."$'\n'
  fi
  if [[ $m == unsigned ]]; then
    cp "$f" "$f.signed"
    continue
  fi
  ksk=$(ldns-keygen -a ECDSAP256SHA256 -k "$z.")
  zsk=$(ldns-keygen -a ECDSAP256SHA256 "$z.")
  inception=$(stamp '-10 days'); expiration=$(stamp '+30 days')
  case "$m" in
    expired)       inception=$(stamp '-40 days'); expiration=$(stamp '-2 days') ;;
    not-yet-valid) inception=$(stamp '+2 days');  expiration=$(stamp '+40 days') ;;
  esac
  ldns-signzone -i "$inception" -e "$expiration" -f "$f.signed" "$f" "$zsk" "$ksk" \
    || fail "ldns-signzone failed for $z"
  if [[ $m == broken ]]; then
    # Flip one base64 character of every signature except over the DNSKEY RRset: keys validate, data does not.
    awk 'BEGIN{OFS="\t"} $4=="RRSIG" && $5!="DNSKEY" { s=$NF; c=substr(s,1,1); $NF=(c=="A"?"B":"A") substr(s,2) } {print}' \
      "$f.signed" > "$f.broken" && mv "$f.broken" "$f.signed"
  fi
  if [[ -n $parent ]]; then
    case "$m" in
      no-ds) ;;
      wrong-ds) other=$(ldns-keygen -a ECDSAP256SHA256 -k "$z."); extra[$parent]+="$(cat "$other.ds")"$'\n' ;;
      *) extra[$parent]+="$(cat "$ksk.ds")"$'\n' ;;
    esac
  else
    cp "$ksk.ds" "$out/trust-anchor.ds"
  fi
done
[[ -s $out/trust-anchor.ds ]] || fail "no trust anchor written for the apex $apex"

{
  echo 'server:'
  echo '  ip-address: 127.0.0.2'
  echo '  port: 53'
  echo '  username: ""'
  echo '  database: ""'
  echo "  zonesdir: \"$out/zones\""
  echo "  pidfile: \"$out/nsd.pid\""
  echo "  xfrdfile: \"$out/xfrd.state\""
  echo "  zonelistfile: \"$out/zone.list\""
  echo '  server-count: 1'
  echo '  hide-version: yes'
  echo '  verbosity: 1'
  echo 'remote-control:'
  echo '  control-enable: no'
  for z in "${order[@]}"; do
    echo 'zone:'
    echo "  name: \"$z.\""
    echo "  zonefile: \"$z.zone.signed\""
  done
} > "$out/nsd.conf"

{
  echo 'server:'
  echo '  interface: 127.0.0.1'
  for ip in $(hostname -I); do echo "  interface: $ip"; done
  echo '  port: 53'
  echo '  do-ip6: no'
  echo '  username: ""'
  echo '  chroot: ""'
  echo '  directory: "'"$out"'"'
  echo '  pidfile: "'"$out"'/unbound.pid"'
  echo '  do-daemonize: no'
  echo '  use-syslog: no'
  echo '  logfile: ""'
  echo '  verbosity: 1'
  echo '  val-log-level: 2'
  echo '  access-control: 0.0.0.0/0 allow'
  echo '  do-not-query-localhost: no'
  echo '  qname-minimisation: no'
  echo '  module-config: "validator iterator"'
  echo "  trust-anchor-file: \"$out/trust-anchor.ds\""
  # No clock skew allowance: "expired" and "not yet valid" mean exactly that (default: up to one day).
  echo '  val-sig-skew-min: 0'
  echo '  val-sig-skew-max: 0'
  echo '  serve-expired: no'
  echo '  prefetch: no'
  # Nothing outside the test tree: refuse every other name, no recursion towards any root.
  echo '  local-zone: "." refuse'
  echo "  local-zone: \"$apex.\" transparent"
  echo 'stub-zone:'
  echo "  name: \"$apex.\""
  echo '  stub-addr: 127.0.0.2'
  echo 'remote-control:'
  echo '  control-enable: no'
} > "$out/unbound.conf"

nsd-checkconf "$out/nsd.conf" || fail "nsd.conf rejected"
unbound-checkconf "$out/unbound.conf" >/dev/null || fail "unbound.conf rejected"
for z in "${order[@]}"; do nsd-checkzone "$z." "$out/zones/$z.zone.signed" >/dev/null || fail "zone $z rejected by nsd-checkzone"; done

nsd -d -c "$out/nsd.conf" &
nsd_pid=$!
unbound -d -c "$out/unbound.conf" &
unbound_pid=$!
trap 'kill $nsd_pid $unbound_pid 2>/dev/null; wait' TERM INT

for _ in $(seq 1 100); do
  if drill -Q @127.0.0.2 "$apex." SOA >/dev/null 2>&1 && drill -Q @127.0.0.1 "$apex." SOA >/dev/null 2>&1; then
    echo "dns test bed ready: apex $apex., zones ${order[*]}"
    break
  fi
  sleep 0.05
done
wait -n $nsd_pid $unbound_pid
echo "mta-interop-dns: a daemon exited" >&2
exit 1
