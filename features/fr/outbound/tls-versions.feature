# language: fr
@out
Fonctionnalité: Versions du protocole TLS proposées par le MTA d'envoi
  Le ClientHello de l'expéditeur montre quelles versions il accepterait ; un MX qui ne parle que TLS 1.0
  montre s'il les refuse vraiment (RFC 7568, RFC 8996, guide de l'ANSSI R3).

  Contexte:
    Soit le MTA d'envoi évalué

  @REQ-TLS-VER-01 @pilot @must
  Scénario: L'expéditeur ne propose jamais SSLv2 ni SSLv3
    Quand il relaie un message vers un MX qui se comporte en compliant
    Alors son ClientHello ne propose ni SSLv2 ni SSLv3

  @REQ-TLS-VER-02 @anssi @must
  Scénario: L'expéditeur refuse TLS 1.0 et TLS 1.1
    Quand il relaie un message vers un MX qui se comporte en tls10-only
    Alors il refuse TLS 1.0 et TLS 1.1
