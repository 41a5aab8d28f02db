# Python 3.11 standard library (smtplib, imaplib, poplib; OpenSSL 3): every protocol and mode.
# Sourced by run-client. The script: /survey/python/survey_client.py
supports() { return 0; }

prepare() {
  cp /survey/python/survey_client.py "$WORK/survey_client.py"
  CONFIG_FILES=("$WORK/survey_client.py")
  CMD=(python3 -u /survey/python/survey_client.py "$PROTOCOL" "$MODE" "$HOST" "$PORT")
}
