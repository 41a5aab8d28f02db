# mbsync (isync 1.4.4, OpenSSL 3): IMAP only (it synchronises IMAP to a local Maildir), STARTTLS and IMAPS.
# Sourced by run-client. Documentation: mbsync(1) of isync 1.4 (1.5 renamed SSLType to TLSType).
supports() { [[ $1 == imap ]]; }

prepare() {
  local ssltype=STARTTLS
  [[ $MODE == implicit ]] && ssltype=IMAPS
  mkdir -p "$WORK/mail"
  cat > "$WORK/mbsyncrc" <<RC
IMAPAccount survey
Host $HOST
Port $PORT
User $SURVEY_USER
# mbsync(1) PassCmd: "Specify a shell command to obtain a password rather than specifying a password directly"
PassCmd "cat $PASS_FILE"
# mbsync(1) SSLType {None|STARTTLS|IMAPS}: "STARTTLS - security is established via the STARTTLS extension",
# "IMAPS - security is established by starting SSL/TLS negotiation right after connecting"
SSLType $ssltype
# mbsync(1) SystemCertificates: "Disable this if you want to trust only hand-picked certificates."
SystemCertificates no
# mbsync(1) CertificateFile: "additional X.509 certificates used to verify server identities"; a CA
# certificate here makes the chain "fully validated" (and the host name is checked)
CertificateFile $CA
Timeout 15

IMAPStore remote
Account survey

MaildirStore local
Path $WORK/mail/
Inbox $WORK/mail/INBOX

Channel survey
Far :remote:
Near :local:
Patterns INBOX
Sync Pull
Create Near
SyncState *
RC
  CONFIG_FILES=("$WORK/mbsyncrc")
  CMD=(mbsync --config "$WORK/mbsyncrc" --verbose survey)
}
