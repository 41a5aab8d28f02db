# curl 7.88 (Debian bookworm, OpenSSL 3): submission, IMAP and POP3, STARTTLS and implicit TLS.
# Sourced by run-client. Documentation: curl(1) and https://everything.curl.dev/usingcurl/reademail
supports() { return 0; }

prepare() {
  local scheme
  case "$PROTOCOL/$MODE" in
    submission/starttls) scheme=smtp ;;  # curl(1) --ssl-reqd: "require SSL/TLS ... upgrade with STARTTLS"
    submission/implicit) scheme=smtps ;; # smtps:// = implicit TLS (RFC 8314)
    imap/starttls) scheme=imap ;;
    imap/implicit) scheme=imaps ;;
    pop3/starttls) scheme=pop3 ;;
    pop3/implicit) scheme=pop3s ;;
  esac
  # curl(1) --netrc-file: the credentials come from a file, never from the command line (-u would show in ps).
  ( umask 077; printf 'machine %s login %s password %s\n' "$HOST" "$SURVEY_USER" "$(cat "$PASS_FILE")" > "$WORK/netrc" )
  CONFIG_FILES=("$WORK/netrc")
  CMD=(curl --verbose --silent --show-error
       --ssl-reqd            # curl(1): "Require SSL/TLS for the connection. Terminates the connection if the server does not support SSL/TLS."
       --cacert "$CA"        # curl(1): "use the specified certificate file to verify the peer" (the only CA; no system store in the image)
       --netrc-file "$WORK/netrc"
       --connect-timeout 10)
  # Peer and host name verification are curl's defaults (no --insecure): curl(1) --insecure says so.
  case "$PROTOCOL" in
    # the URL path is the EHLO name (curl(1) "SMTP"); without one, -T would append the file name
    submission) CMD+=(--mail-from "$FROM_ADDR" --mail-rcpt "$TO_ADDR" --upload-file "$MESSAGE" "$scheme://$HOST:$PORT/client.survey.test") ;;
    imap) CMD+=("$scheme://$HOST:$PORT/INBOX;MAILINDEX=1") ;;  # fetch message 1 of INBOX
    pop3) CMD+=("$scheme://$HOST:$PORT/1") ;;                  # RETR 1
  esac
}
