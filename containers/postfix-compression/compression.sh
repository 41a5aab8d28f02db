# shellcheck shell=bash
# Sourced by the Postfix entrypoint (postfix.d hook) of mta-interop/postfix-compression, after main.cf is written.
# TLS_COMPRESSION=yes: OpenSSL 3.0 compresses (DEFLATE, method 1, TLS 1.2 and below only) when libssl has a
# compression method (this image's libssl3 is built with zlib), SSL_OP_NO_COMPRESSION is cleared (set by default
# since OpenSSL 1.1.0; Postfix 3.7's tls_ssl_options can only set options, not clear them) and the security level is
# at most 1 (level 2, Debian's default, refuses compression: SSL_SECOP_COMPRESSION). Both go into the system_default
# section of the system openssl.cnf, which every SSL_CTX of smtpd (server) and smtp (client) starts from; Postfix's
# cipher lists carry no @SECLEVEL, so the level stays 1 under them. An OpenSSL client offers its compression methods only when its highest version is below TLS 1.3 (statem_clnt.c), so the smtp client (the sender
# of outbound TLS-EXT-03) is held to TLS 1.2; the server keeps TLS 1.3 and compresses when a client asks in TLS 1.2.
if [[ ${TLS_COMPRESSION:-no} == yes ]]; then
  openssl version -f | grep -q -- '-DZLIB' || die "TLS_COMPRESSION=yes: this libcrypto was built without zlib"
  cnf=/etc/ssl/openssl.cnf
  # Debian's openssl.cnf has an empty [openssl_init] and no ssl_conf: add one, with a system_default section.
  grep -q '^\[openssl_init\]' "$cnf" || die "TLS_COMPRESSION=yes: no [openssl_init] in $cnf"
  if ! grep -q '^ssl_conf = mta_interop_ssl_sect$' "$cnf"; then  # not yet (a restarted container has it)
    grep -q '^ssl_conf *=' "$cnf" && die "TLS_COMPRESSION=yes: $cnf has an ssl_conf already; this hook expects Debian's"
    sed -i 's/^\[openssl_init\]$/&\nssl_conf = mta_interop_ssl_sect/' "$cnf"
    cat >> "$cnf" <<'CNF'

# Added by mta-interop's postfix-compression hook (TLS_COMPRESSION=yes): compression allowed.
[mta_interop_ssl_sect]
system_default = mta_interop_system_default_sect

[mta_interop_system_default_sect]
Options = Compression
CipherString = DEFAULT:@SECLEVEL=1
CNF
  fi
  postconf -e 'smtp_tls_protocols = >=TLSv1.2 <=TLSv1.2' 'smtp_tls_mandatory_protocols = >=TLSv1.2 <=TLSv1.2'
  log "TLS_COMPRESSION=yes: smtp client held to TLS 1.2; $cnf system default: Options = Compression, CipherString = DEFAULT:@SECLEVEL=1"
  TLS_COMPRESSION_APPLIED=yes
fi
