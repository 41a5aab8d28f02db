# shellcheck shell=bash
# Sourced by the Dovecot entrypoint after dovecot.conf is written (image mta-interop/path-dovecot). Variables:
#   ACCOUNT        the test account's user name (required); its password is read from
#                  /etc/mta-interop/secret/password (copied in by the harness: never an environment variable,
#                  so `docker inspect` does not show it) and stored as a SHA512-CRYPT hash
#   AUTH_PORT      Dovecot's auth service for Postfix SASL, on the operator's network (default 12345)
#   LMTP_PORT      LMTP listener with STARTTLS (default 24)
# Every recipient (any local part, any domain Postfix hands over) is the one account, stored as Maildir under
# /var/mail/maildir/<account> (Maildir, not the image's mbox: several IMAP sessions at once each expunge their own
# message, which Maildir does per file).
ACCOUNT="${ACCOUNT:-}" AUTH_PORT="${AUTH_PORT:-12345}" LMTP_PORT="${LMTP_PORT:-24}"
[[ $ACCOUNT =~ ^[A-Za-z0-9._-]+$ ]] || die "ACCOUNT='$ACCOUNT' is not a user name"
[[ $AUTH_PORT =~ ^[0-9]+$ && $LMTP_PORT =~ ^[0-9]+$ ]] || die "AUTH_PORT and LMTP_PORT must be numbers"
secret=/etc/mta-interop/secret/password
[[ -r $secret ]] || die "no password file at $secret"
hash=$(doveadm pw -s SHA512-CRYPT -p "$(head -n1 "$secret")") || die "doveadm pw failed"
printf '%s:%s\n' "$ACCOUNT" "$hash" > /etc/dovecot/mta-interop.passwd
unset hash
chown root:dovecot /etc/dovecot/mta-interop.passwd && chmod 640 /etc/dovecot/mta-interop.passwd
mkdir -p /var/mail/maildir && chown inbox:mail /var/mail/maildir
cat >> /etc/dovecot/dovecot.conf <<CONF
# path hook: the test account $ACCOUNT, SASL for Postfix, LMTP with STARTTLS
protocols = imap lmtp
auth_username_format = %Ln
mail_location = maildir:/var/mail/maildir/%u
service auth {
  inet_listener sasl {
    port = $AUTH_PORT
  }
}
service lmtp {
  inet_listener lmtp {
    port = $LMTP_PORT
  }
}
protocol lmtp {
  postmaster_address = postmaster@$SERVER_HOSTNAME
}
CONF
log "path: account $ACCOUNT, auth on $AUTH_PORT, LMTP on $LMTP_PORT"
