# getmail6 6.18.11 (Python 3.11 ssl): IMAP and POP3, implicit TLS only: this version has no STARTTLS
# (its non-SSL retrievers speak plaintext), so "TLS required" over STARTTLS is not applicable.
# Sourced by run-client. Documentation: /usr/share/doc/getmail6/configuration.html
supports() { [[ ($1 == imap || $1 == pop3) && $2 == implicit ]]; }

prepare() {
  local type=SimpleIMAPSSLRetriever mailboxes='mailboxes = ("INBOX",)'
  if [[ $PROTOCOL == pop3 ]]; then type=SimplePOP3SSLRetriever mailboxes=''; fi
  mkdir -p "$WORK/getmail"
  : > "$WORK/mbox"
  cat > "$WORK/getmail/getmailrc" <<RC
[retriever]
type = $type
server = $HOST
port = $PORT
username = $SURVEY_USER
# configuration.html password_command: "retrieve the password from the output of a command"
password_command = ("/bin/cat", "$PASS_FILE")
# configuration.html ca_certs: "perform validation of the server's SSL certificate" against these CAs;
# getmail then also matches the certificate to "server" (ssl_cert_hostname unset). Without ca_certs,
# getmail checks nothing at all.
ca_certs = $CA
timeout = 15
$mailboxes

[destination]
type = Mboxrd
path = $WORK/mbox

[options]
verbose = 2
read_all = true
delete = false
RC
  CONFIG_FILES=("$WORK/getmail/getmailrc")
  CMD=(getmail --getmaildir "$WORK/getmail" --rcfile getmailrc)
}
