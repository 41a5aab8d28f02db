# fetchmail 6.4.37 (OpenSSL 3): IMAP and POP3 (retrieval only), STARTTLS and implicit TLS.
# Sourced by run-client. Documentation: fetchmail(1), https://www.fetchmail.info/fetchmail-man.html
supports() { [[ $1 == imap || $1 == pop3 ]]; }

prepare() {
  local proto=IMAP tls
  [[ $PROTOCOL == pop3 ]] && proto=POP3
  if [[ $MODE == starttls ]]; then
    # fetchmail(1) --sslproto: "'TLS1.2+' (recommended). Require TLS." Without --ssl it means STARTTLS/STLS, mandatory.
    tls="sslproto 'TLS1.2+'"
  else
    # fetchmail(1) --ssl: "Causes the connection to the mail server to be encrypted via SSL" (implicit TLS)
    tls="ssl sslproto 'TLS1.2+'"
  fi
  # fetchmail(1): "fetchmail will look for a password in ~/.netrc" when the rc file has none.
  ( umask 077; printf 'machine %s login %s password %s\n' "$HOST" "$SURVEY_USER" "$(cat "$PASS_FILE")" > "$WORK/.netrc" )
  ( umask 077; cat > "$WORK/fetchmailrc" <<RC
set no syslog
poll $HOST service $PORT protocol $proto auth password timeout 15
  user "$SURVEY_USER"
  $tls
  # fetchmail(1) --sslcertck: "require that SSL/TLS be used and disconnect ... if it cannot successfully
  # verify and validate the certificate" (default since 6.4.0; said explicitly); it also checks the name.
  sslcertck
  # fetchmail(1) --sslcertfile: "trusted CA certificates in PEM format" (the default store is then not loaded)
  sslcertfile "$CA"
  fetchall keep
  mda "/bin/sh -c 'cat >/dev/null'"
RC
  )
  CONFIG_FILES=("$WORK/fetchmailrc" "$WORK/.netrc")
  CMD=(fetchmail --verbose --nodetach --fetchmailrc "$WORK/fetchmailrc" --pidfile "$WORK/fetchmail.pid"
       --idfile "$WORK/fetchids")
}
