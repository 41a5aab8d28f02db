# shellcheck shell=bash
# Sourced by the Postfix entrypoint (postfix.d hook) after main.cf is written: makes Postfix an MTA-STS
# sender for the test domains MTA_STS_DOMAIN, and nothing else.
#   MTA_STS_DOMAIN   the recipient domains (space separated) whose MX hosts are looked up (required)
#   MTA_STS_PORT     the port every MX of that domain is reached on (default 25)
#   DNS_RESOLVER     the test bed's Unbound (required: MX, A and the policy host are resolved there only)
# The test CA (ca.pem) is added to the system store: postfix-mta-sts-resolver validates the policy host's
# certificate with it, Postfix the MX certificates (smtp_tls_CAfile). Every other domain is refused.
[[ -n ${MTA_STS_DOMAIN:-} ]] || die "the postfix-mta-sts image needs MTA_STS_DOMAIN"
[[ -n ${DNS_RESOLVER:-} ]] || die "the postfix-mta-sts image needs DNS_RESOLVER (the test bed's resolver)"
[[ ${MTA_STS_PORT:-25} =~ ^[0-9]+$ ]] || die "MTA_STS_PORT='${MTA_STS_PORT}' is not a port"
if [[ -f $TLS_CA ]]; then
  cp "$TLS_CA" /usr/local/share/ca-certificates/mta-interop-test-ca.crt
  update-ca-certificates >/dev/null 2>&1 || die "update-ca-certificates failed"
fi
cat > /etc/mta-sts-daemon.yml <<YML
host: 127.0.0.1
port: 8461
reuse_port: true
shutdown_timeout: 5
cache:
  type: internal
  options:
    cache_size: 100
default_zone:
  strict_testing: false
  timeout: 10
YML
log "starting mta-sts-daemon $(dpkg-query -W -f='${Version}' postfix-mta-sts-resolver)"
mta-sts-daemon -c /etc/mta-sts-daemon.yml -v debug > /proc/1/fd/1 2>&1 &
for _ in $(seq 1 50); do
  (exec 3<>/dev/tcp/127.0.0.1/8461) 2>/dev/null && break
  sleep 0.1
done
: > /etc/postfix/transport
for domain in $MTA_STS_DOMAIN; do
  [[ $domain =~ ^[A-Za-z0-9.-]+$ ]] || die "MTA_STS_DOMAIN: '$domain' is not a domain"
  printf '%s smtp:%s:%s\n' "$domain" "$domain" "${MTA_STS_PORT:-25}" >> /etc/postfix/transport
done
postmap /etc/postfix/transport
postconf -e \
  "transport_maps = hash:/etc/postfix/transport" \
  "default_transport = error:5.7.1 only the MTA-STS test domain is delivered" \
  "relay_transport = error:5.7.1 only the MTA-STS test domain is delivered" \
  "relayhost =" \
  "smtpd_relay_restrictions = check_client_access static:OK, reject_unauth_destination" \
  "smtp_dns_support_level = enabled" \
  "smtp_host_lookup = dns" \
  "smtp_tls_security_level = may" \
  "smtp_tls_policy_maps = socketmap:inet:127.0.0.1:8461:postfix" \
  "smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt" \
  "smtp_connect_timeout = 10s" \
  "maximal_backoff_time = 60s" "minimal_backoff_time = 10s" "queue_run_delay = 10s"
