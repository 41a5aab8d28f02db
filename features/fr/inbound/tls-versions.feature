# language: fr
@in @smtp
Fonctionnalité: Versions du protocole TLS proposées par le MX de réception
  Les MTA d'envoi des partenaires vont de TLS 1.2 seul à TLS 1.3. Le pilote exige que TLS 1.2 fonctionne ;
  le guide de l'ANSSI recommande TLS 1.3 là où il est disponible.

  Contexte:
    Soit le MTA de réception évalué

  @REQ-TLS-VER-03 @pilot @must
  Scénario: TLS 1.2 est pris en charge
    Quand un MTA d'envoi ne propose que TLS 1.2
    Alors la négociation TLS 1.2 aboutit

  @REQ-TLS-VER-04 @anssi @should
  Scénario: TLS 1.3 est pris en charge et préféré
    Quand un MTA d'envoi propose TLS 1.3 et TLS 1.2
    Alors TLS 1.3 est choisi

  @REQ-TLS-VER-01 @pilot @must
  Scénario: SSLv2 et SSLv3 ne sont jamais négociés
    Quand un MTA d'envoi essaie chaque version du protocole tour à tour
    Alors SSLv2 et SSLv3 sont refusés

  @REQ-TLS-VER-02 @anssi @must
  Scénario: TLS 1.0 et TLS 1.1 sont refusés
    Quand un MTA d'envoi essaie chaque version du protocole tour à tour
    Alors TLS 1.0 et TLS 1.1 sont refusés
