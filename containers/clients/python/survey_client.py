#!/usr/bin/python3
"""survey_client.py PROTOCOL MODE HOST PORT: the Python standard library as a mail client.

TLS required, certificate verified, as the ssl module documentation recommends ("Security
considerations": ssl.create_default_context() with cafile= checks the chain and the host name).
Credentials and CA come from $SURVEY_JOB_DIR/{user,password,ca.pem}. Exit 0 on success, 1 on any error.
"""
import email.utils
import imaplib
import os
import poplib
import smtplib
import ssl
import sys

TIMEOUT = 15


def job_file(name):
    return os.path.join(os.environ.get("SURVEY_JOB_DIR", "/survey"), name)


def secret(name):
    with open(job_file(name), encoding="utf-8") as f:
        return f.readline().rstrip("\r\n")


def context():
    # ssl.create_default_context(cafile=...): CERT_REQUIRED and check_hostname=True; only the survey CA
    return ssl.create_default_context(cafile=job_file("ca.pem"))


def submission(mode, host, port, user, password):
    message = ("From: <alice@survey.test>\r\nTo: <bob@survey.test>\r\n"
               "Subject: mta-interop client survey: python submission %s\r\nDate: %s\r\n"
               "Message-ID: %s\r\n\r\nOne small message from smtplib.\r\n"
               % (mode, email.utils.formatdate(), email.utils.make_msgid(domain="survey.test")))
    if mode == "implicit":
        client = smtplib.SMTP_SSL(host, port, local_hostname="client.survey.test", timeout=TIMEOUT, context=context())
    else:
        client = smtplib.SMTP(host, port, local_hostname="client.survey.test", timeout=TIMEOUT)
    client.set_debuglevel(1)
    with client:
        if mode == "starttls":
            client.ehlo()
            client.starttls(context=context())  # raises SMTPNotSupportedError when STARTTLS is not offered
            client.ehlo()
        client.login(user, password)
        client.sendmail("alice@survey.test", ["bob@survey.test"], message)


def imap(mode, host, port, user, password):
    if mode == "implicit":
        client = imaplib.IMAP4_SSL(host, port, ssl_context=context(), timeout=TIMEOUT)
    else:
        client = imaplib.IMAP4(host, port, timeout=TIMEOUT)
        client.starttls(ssl_context=context())  # raises when STARTTLS is not advertised
    client.debug = 4
    client.login(user, password)
    print(client.select("INBOX", readonly=True))
    print(client.fetch("1", "(RFC822)")[0])
    client.logout()


def pop3(mode, host, port, user, password):
    if mode == "implicit":
        client = poplib.POP3_SSL(host, port, context=context(), timeout=TIMEOUT)
    else:
        client = poplib.POP3(host, port, timeout=TIMEOUT)
        client.stls(context=context())  # raises when STLS is not in CAPA
    client.set_debuglevel(1)
    client.user(user)
    client.pass_(password)
    print(client.stat())
    print(client.retr(1)[0])
    client.quit()


def main(argv):
    protocol, mode, host, port = argv[1], argv[2], argv[3], int(argv[4])
    handler = {"submission": submission, "imap": imap, "pop3": pop3}[protocol]
    try:
        handler(mode, host, port, secret("user"), secret("password"))
    except Exception as e:  # any failure is the job's failure, reported by type and message
        print("python %s %s failed: %s: %s" % (protocol, mode, type(e).__name__, e), flush=True)
        return 1
    print("python %s %s: done" % (protocol, mode))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
