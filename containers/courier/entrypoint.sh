#!/usr/bin/env bash
# Courier's ESMTP listener in the foreground: couriertcpd on port 25 running courieresmtpd with the settings of
# /etc/courier/esmtpd, the certificate the harness mounts (/etc/mta-interop/tls/fullchain.pem + key.pem, or a
# throwaway self-signed one), the name MX_HOSTNAME, and no DNS or ident lookups. courierd is not started: mail
# that courieresmtpd accepts stays in the queue and is never delivered. See containers/README.md ("Courier").
set -euo pipefail
log() { printf '[mta-interop/courier] %s\n' "$*"; }
MX_HOSTNAME="${MX_HOSTNAME:-mx.courier.test}"
[[ $MX_HOSTNAME =~ ^[A-Za-z0-9.-]+$ ]] || { log "FATAL: MX_HOSTNAME='$MX_HOSTNAME' is not a host name" >&2; exit 64; }
tls=/etc/mta-interop/tls
pem=/etc/courier/esmtpd.pem
if [[ -r $tls/fullchain.pem && -r $tls/key.pem ]]; then
  cat "$tls/key.pem" "$tls/fullchain.pem" > "$pem"
  log "using TLS certificate $tls/fullchain.pem"
else
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 30 -subj "/CN=$MX_HOSTNAME" \
    -addext "subjectAltName=DNS:$MX_HOSTNAME" -keyout /tmp/key.pem -out /tmp/cert.pem 2>/dev/null
  cat /tmp/key.pem /tmp/cert.pem > "$pem" && rm -f /tmp/key.pem
  log "no certificate in $tls: generated a throwaway self-signed certificate for $MX_HOSTNAME"
fi
chown root:courier "$pem" && chmod 640 "$pem"
echo "$MX_HOSTNAME" > /etc/courier/me
echo "$MX_HOSTNAME" > /etc/courier/defaultdomain
set -a +u   # the package's settings file refers to variables it never sets (${sysconfdir})
# shellcheck disable=SC1091
. /etc/courier/esmtpd
set +a -u
export BOFHCHECKDNS=0 TLS_CERTFILE="$pem"
log "starting $(dpkg-query -W -f '${Package} ${Version}' courier-mta) esmtpd on port 25 in the foreground"
exec /usr/sbin/couriertcpd -nodnslookup -noidentlookup -maxprocs=20 -maxperip=20 -address=0 25 /usr/sbin/courieresmtpd
