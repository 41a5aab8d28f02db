# NeoMutt 20220429 (Debian build: GnuTLS 3.7): submission (its built-in SMTP), IMAP and POP3, STARTTLS and
# implicit TLS. Sourced by run-client. Documentation: /usr/share/doc/neomutt/manual.txt.gz (reference
# section 3 and "Security Considerations": "NeoMutt highly recommends setting $ssl_force_tls").
supports() { return 0; }

prepare() {
  local user scheme url
  user=$(url_user "$SURVEY_USER")
  case "$PROTOCOL/$MODE" in
    submission/starttls) scheme=smtp ;; submission/implicit) scheme=smtps ;;
    imap/starttls) scheme=imap ;;       imap/implicit) scheme=imaps ;;
    pop3/starttls) scheme=pop ;;        pop3/implicit) scheme=pops ;;
  esac
  : > "$WORK/certificates"
  cat > "$WORK/neomuttrc" <<RC
# manual 3.408 ssl_force_tls: "NeoMutt will require that all connections to remote servers be encrypted"
set ssl_force_tls = yes
# manual 3.410 ssl_starttls: "attempt to use STARTTLS on servers advertising the capability"
set ssl_starttls = yes
# manual 3.405 ssl_ca_certificates_file: "a file containing trusted CA certificates" (GnuTLS only)
set ssl_ca_certificates_file = "$CA"
# manual 3.41 certificate_file: certificates accepted interactively are saved there; empty, nothing else is trusted
set certificate_file = "$WORK/certificates"
# manual 3.417 ssl_verify_host / 3.416 ssl_verify_dates: the defaults (yes), said explicitly
set ssl_verify_host = yes
set ssl_verify_dates = yes
set connect_timeout = 10
set from = "$FROM_ADDR"
set use_from = yes
set record = ""
set header_cache = ""
set message_cachedir = ""
set mbox_type = mbox
set folder = "$WORK"
set spoolfile = ""
set mbox = "$WORK/mbox"
set postponed = "$WORK/postponed"
set quit = yes
set wait_key = no
set sleep_time = 0
set smtp_url = "$scheme://$user@$HOST:$PORT/"
set smtp_pass = "\`cat $PASS_FILE\`"
set imap_user = "$user"
set imap_pass = "\`cat $PASS_FILE\`"
set pop_user = "$user"
set pop_pass = "\`cat $PASS_FILE\`"
RC
  CONFIG_FILES=("$WORK/neomuttrc")
  if [[ $PROTOCOL == submission ]]; then
    # batch mode: stdin is not a terminal, so the message is sent without the composer
    CMD=(neomutt -n -F "$WORK/neomuttrc" -s "$SUBJECT" -- "$TO_ADDR")
    STDIN_FILE=$BODY
    return 0
  fi
  url="$scheme://$user@$HOST:$PORT/"
  [[ $PROTOCOL == imap ]] && url+=INBOX
  # Reading needs a terminal: script(1) gives it one. The pushed keys copy message 1 to a local mbox and
  # quit; the "r" typed on the terminal answers "(r)eject" if NeoMutt asks about a certificate it could
  # not verify (it asks, interactively, instead of failing). NeoMutt's exit status does not say whether
  # the mailbox opened, so after() makes it 1 when no message was copied.
  printf 'r' > "$WORK/keys"
  STDIN_FILE=$WORK/keys
  CMD=(env TERM=vt100 script --quiet --return --command
       "neomutt -n -F $WORK/neomuttrc -R -f $url -e 'set confirmcreate = no' -e 'push <copy-message>$WORK/fetched<enter><quit>'"
       /dev/null)
}

after() {
  AFTER_RC=$1
  if [[ $PROTOCOL != submission && $1 -eq 0 ]] && ! grep -q '^From ' "$WORK/fetched" 2>/dev/null; then
    printf '\n[run-client] neomutt exited 0 but copied no message from the mailbox: exit 1\n'
    AFTER_RC=1
  fi
}
