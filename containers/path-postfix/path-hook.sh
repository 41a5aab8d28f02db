# shellcheck shell=bash
# Sourced by the Postfix entrypoint after main.cf is written (image mta-interop/path-postfix). Variables:
#   SUBMISSION_SASL  host:port   Dovecot's auth service (inet): enables submission on 587 (STARTTLS required) and
#                                465 (implicit TLS, RFC 8314), AUTH only inside TLS, relaying only when authenticated
#   TRANSPORTS       "dom=host:port ..."  where mail for each domain goes (transport_maps: smtp:[host]:port); mail
#                                for any other non-local domain keeps the image's error transport: nothing leaves
#   RELAY_NETWORKS   CIDRs       clients allowed to relay through port 25 (an operator's own submission server)
#   LMTP_NEXT_HOP    host:port   local mail (MAIL_DOMAINS) goes to Dovecot over LMTP there instead of the mbox file
#   LMTP_TLS         encrypt|none  STARTTLS on that LMTP hop (default encrypt: verified against ca.pem)
SUBMISSION_SASL="${SUBMISSION_SASL:-}" TRANSPORTS="${TRANSPORTS:-}" RELAY_NETWORKS="${RELAY_NETWORKS:-}"
LMTP_NEXT_HOP="${LMTP_NEXT_HOP:-}" LMTP_TLS="${LMTP_TLS:-encrypt}"
one_of LMTP_TLS "$LMTP_TLS" encrypt none
hostport='^[A-Za-z0-9.-]+:[0-9]+$'
[[ -z $SUBMISSION_SASL || $SUBMISSION_SASL =~ $hostport ]] || die "SUBMISSION_SASL='$SUBMISSION_SASL' is not host:port"
[[ -z $LMTP_NEXT_HOP || $LMTP_NEXT_HOP =~ $hostport ]] || die "LMTP_NEXT_HOP='$LMTP_NEXT_HOP' is not host:port"

relay_restrictions="permit_sasl_authenticated, reject_unauth_destination"
if [[ -n $RELAY_NETWORKS ]]; then
  read -r -a _nets <<< "${RELAY_NETWORKS//,/ }"
  for _n in "${_nets[@]}"; do
    [[ $_n =~ ^[0-9A-Fa-f:.]+/[0-9]{1,3}$ ]] || die "RELAY_NETWORKS entry '$_n' is not a CIDR"
  done
  postconf -e "mynetworks = 127.0.0.0/8 ${_nets[*]}"
  relay_restrictions="permit_mynetworks, $relay_restrictions"
  unset _nets _n
fi
postconf -e "smtpd_relay_restrictions = $relay_restrictions"

if [[ -n $TRANSPORTS ]]; then
  : > /etc/postfix/transport
  for _t in ${TRANSPORTS//,/ }; do
    [[ $_t =~ ^([A-Za-z0-9.-]+)=([A-Za-z0-9.-]+):([0-9]+)$ ]] || die "TRANSPORTS entry '$_t' is not domain=host:port"
    printf '%s smtp:[%s]:%s\n' "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}" "${BASH_REMATCH[3]}" >> /etc/postfix/transport
  done
  unset _t
  postconf -e "transport_maps = texthash:/etc/postfix/transport"
  log "transport_maps: $(tr '\n' ';' < /etc/postfix/transport)"
fi

if [[ -n $LMTP_NEXT_HOP ]]; then
  postconf -e "virtual_transport = lmtp:inet:$LMTP_NEXT_HOP" \
    "lmtp_tls_security_level = $( [[ $LMTP_TLS == encrypt ]] && echo verify || echo none )" \
    "lmtp_tls_loglevel = 1" "lmtp_tls_protocols = >=TLSv1.2" "lmtp_tls_mandatory_protocols = >=TLSv1.2" \
    "lmtp_host_lookup = native"
  [[ -n $TLS_CA ]] && postconf -e "lmtp_tls_CAfile = $TLS_CA"
  log "local mail to Dovecot over LMTP at $LMTP_NEXT_HOP (LMTP_TLS=$LMTP_TLS)"
fi

if [[ -n $SUBMISSION_SASL ]]; then
  [[ $TLS_LEVEL != none ]] || die "SUBMISSION_SASL needs TLS (TLS_LEVEL=none)"
  sasl="-o smtpd_sasl_auth_enable=yes -o smtpd_sasl_type=dovecot -o smtpd_sasl_path=inet:$SUBMISSION_SASL"
  sasl="$sasl -o smtpd_tls_auth_only=yes -o smtpd_delay_reject=yes -o smtpd_client_restrictions="
  sasl="$sasl -o smtpd_relay_restrictions=permit_sasl_authenticated,reject"
  # shellcheck disable=SC2086
  postconf -M "submission/inet=submission inet n - n - - smtpd -o syslog_name=postfix/submission -o smtpd_tls_security_level=encrypt $sasl"
  # shellcheck disable=SC2086
  postconf -M "submissions/inet=submissions inet n - n - - smtpd -o syslog_name=postfix/submissions -o smtpd_tls_wrappermode=yes $sasl"
  log "submission on 587 (STARTTLS) and 465 (implicit TLS), SASL through Dovecot at $SUBMISSION_SASL"
fi
unset hostport relay_restrictions sasl
