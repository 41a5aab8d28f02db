# msmtp 1.8.23 (GnuTLS): submission only (it is an SMTP client), STARTTLS and implicit TLS.
# Sourced by run-client. Documentation: msmtp(1), https://marlam.de/msmtp/msmtp.html
supports() { [[ $1 == submission ]]; }

prepare() {
  local starttls=on
  [[ $MODE == implicit ]] && starttls=off
  cat > "$WORK/msmtprc" <<RC
defaults
# msmtp(1) tls: "Enable or disable TLS (also known as SSL) for secured connections."
tls on
# msmtp(1) tls_starttls: "start TLS from within the session (on, default), or tunnel the session through TLS (off)"
tls_starttls $starttls
# msmtp(1) tls_trust_file: "Activate server certificate verification using a list of trusted Certification Authorities"
tls_trust_file $CA
# msmtp(1) tls_certcheck: "Enable or disable checks of the server certificate" (on is the default; said explicitly)
tls_certcheck on
timeout 15

account survey
host $HOST
port $PORT
from $FROM_ADDR
auth on
user $SURVEY_USER
# msmtp(1) passwordeval: "Set the password for authentication to the output of the given command"
passwordeval cat $PASS_FILE
RC
  chmod 0600 "$WORK/msmtprc"
  CONFIG_FILES=("$WORK/msmtprc")
  # --debug prints the whole conversation (msmtp warns it may show the password: run-client redacts it)
  CMD=(msmtp --file="$WORK/msmtprc" --account=survey --debug -- "$TO_ADDR")
  STDIN_FILE=$MESSAGE
}
