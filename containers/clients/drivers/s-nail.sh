# s-nail 14.9.24 (OpenSSL 3): submission, IMAP and POP3, STARTTLS and implicit TLS.
# Sourced by run-client. Documentation: s-nail(1), https://www.sdaoden.eu/code-nail.html
supports() { return 0; }

prepare() {
  local user scheme starttls=''
  user=$(url_user "$SURVEY_USER")
  case "$PROTOCOL/$MODE" in
    submission/starttls) scheme=smtp starttls='set smtp-use-starttls' ;;
    submission/implicit) scheme=smtps ;;
    imap/starttls) scheme=imap starttls='set imap-use-starttls' ;;
    imap/implicit) scheme=imaps ;;
    pop3/starttls) scheme=pop3 starttls='set pop3-use-starttls' ;;
    pop3/implicit) scheme=pop3s ;;
  esac
  ( umask 077; printf 'machine %s login %s password %s\n' "$HOST" "$SURVEY_USER" "$(cat "$PASS_FILE")" > "$WORK/.netrc" )
  cat > "$WORK/mailrc" <<RC
# s-nail(1) "Encrypted network communication": smtps:// pop3s:// imaps:// for implicit TLS,
# or the plain scheme plus smtp-use-starttls / pop3-use-starttls / imap-use-starttls.
set v15-compat
${starttls}
# s-nail(1) tls-ca-file: trusted CA certificates; tls-ca-no-defaults: "Do not load the default CA locations"
set tls-ca-file=$CA
set tls-ca-no-defaults
# s-nail(1) tls-verify: "'strict' (fail and close connection immediately)"; the default 'ask' would read stdin
set tls-verify=strict
# s-nail(1) netrc-lookup: account credentials from ~/.netrc (NETRC), not from this file or the command line
set netrc-lookup
set NETRC=$WORK/.netrc
set socket-connect-timeout=10
set from=$FROM_ADDR
set mta=$scheme://$user@$HOST:$PORT
set sendwait
RC
  CONFIG_FILES=("$WORK/mailrc" "$WORK/.netrc")
  if [[ $PROTOCOL == submission ]]; then
    # -. ends the options and forces send mode (s-nail(1))
    CMD=(env MAILRC="$WORK/mailrc" s-nail -:u -# -v -s "$SUBJECT" -. "$TO_ADDR")
    STDIN_FILE=$BODY
  else
    # batch mode: open the remote folder read-only, list it, print message 1, quit; errexit turns a
    # failed command into a non-zero exit status
    printf 'set errexit\nheaders\nprint 1\nquit\n' > "$WORK/commands"
    CONFIG_FILES+=("$WORK/commands")
    CMD=(env MAILRC="$WORK/mailrc" s-nail -:u -# -v -R -f "$scheme://$user@$HOST:$PORT")
    STDIN_FILE=$WORK/commands
  fi
}
