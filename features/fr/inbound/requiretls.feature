# language: fr
@in @smtp
Fonctionnalité: Annonce de REQUIRETLS (RFC 8689)
  REQUIRETLS permet à un expéditeur d'exiger TLS sur tout le trajet d'un message. Il n'a de sens que sous TLS.

  Contexte:
    Soit le MTA de réception évalué

  @REQ-REQTLS-01 @modern @info
  Scénario: REQUIRETLS n'est annoncé que sous TLS
    Quand un MTA d'envoi bascule la session en TLS par STARTTLS
    Alors REQUIRETLS n'est annoncé que sous TLS
