# language: fr
@out
Fonctionnalité: Ce que le MTA d'envoi propose dans son ClientHello
  Quoi que propose un expéditeur, un MX hostile ou négligent peut le choisir : son ClientHello, lu sur le fil
  par le MX de réception, ne doit contenir aucune suite faible, aucun groupe hors de la liste autorisée ni
  aucune compression, et doit lier les sessions TLS 1.2 à leur négociation (RFC 7465, RFC 9325 §3.3 et §4.1,
  RFC 7627, guide TLS de l'ANSSI v1.2).

  Contexte:
    Soit le MTA d'envoi évalué

  @REQ-TLS-CS-01 @pilot @must
  Scénario: L'expéditeur ne propose aucune suite cryptographique faible
    Quand il relaie un message vers un MX qui se comporte en compliant
    Alors son ClientHello ne propose aucune suite cryptographique faible

  @REQ-TLS-KX-01 @anssi @must
  Scénario: L'expéditeur ne propose que des groupes d'échange de clés autorisés
    Quand il relaie un message vers un MX qui se comporte en compliant
    Alors son ClientHello ne propose que des groupes d'échange de clés autorisés

  @REQ-TLS-EXT-02 @anssi @should
  Scénario: L'expéditeur propose l'extended master secret avec TLS 1.2
    Quand il relaie un message vers un MX qui se comporte en compliant
    Alors son ClientHello propose l'extended master secret avec TLS 1.2

  @REQ-TLS-EXT-03 @anssi @must
  Scénario: L'expéditeur ne propose aucune compression TLS
    Quand il relaie un message vers un MX qui se comporte en compliant
    Alors son ClientHello ne propose aucune compression TLS
