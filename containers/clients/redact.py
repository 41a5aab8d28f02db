#!/usr/bin/python3
"""Copies stdin to stdout with the job's credentials replaced (house rule 9: AUTH redacted at the source).

Reads the user and password from $SURVEY_JOB_DIR/{user,password}. Replaces, in this order: any base64
token that decodes to bytes containing either (AUTH PLAIN, AUTH LOGIN, AUTHENTICATE responses, however
they are framed), the SASL PLAIN blobs, the values themselves, and their quoted-string and percent-encoded
forms. The Java side (org.mtainterop.clients.Redaction) applies the same rules again.
"""
import base64
import binascii
import os
import re
import sys
import urllib.parse

B64_TOKEN = re.compile(r"[A-Za-z0-9+/]{4,}={0,2}")


def read(name):
    try:
        with open(os.path.join(os.environ.get("SURVEY_JOB_DIR", "/survey"), name), encoding="utf-8") as f:
            return f.readline().rstrip("\r\n")
    except OSError:
        return ""


def secrets():
    user, password = read("user"), read("password")
    values = [(password, "[password]"), (user, "[user]")]
    return [(v, label) for v, label in values if v]


def variants(value):
    forms = {value, value.replace("\\", "\\\\").replace('"', '\\"'), urllib.parse.quote(value, safe=""),
             urllib.parse.quote(value, safe="@")}
    return sorted((f for f in forms if f), key=len, reverse=True)


def redact_base64(line, raw_secrets):
    def replace(match):
        token = match.group(0)
        if len(token) < 4:
            return token
        padded = token + "=" * (-len(token) % 4)
        try:
            decoded = base64.b64decode(padded, validate=True)
        except (binascii.Error, ValueError):
            return token
        return "[redacted base64]" if any(s in decoded for s in raw_secrets) else token
    return B64_TOKEN.sub(replace, line)


def main():
    pairs = secrets()
    raw = [v.encode("utf-8") for v, _ in pairs]
    for line in sys.stdin.buffer:
        text = line.decode("utf-8", errors="replace")
        if raw:
            text = redact_base64(text, raw)
            for value, label in pairs:
                for form in variants(value):
                    text = text.replace(form, label)
        sys.stdout.write(text)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
