# language: fr
@in @smtp
Fonctionnalité: Extensions TLS et compression sur le MX de réception
  Certaines extensions TLS protègent la session (renégociation sécurisée, extended master secret) ;
  d'autres ne font qu'élargir la surface d'attaque (compression, heartbeat, HMAC tronqué). Le guide TLS de
  l'ANSSI recommande les premières et proscrit les secondes.

  Contexte:
    Soit le MTA de réception évalué

  @REQ-TLS-EXT-01 @anssi @should
  Scénario: La renégociation sécurisée est prise en charge
    Quand un MTA d'envoi demande la compression et des extensions TLS facultatives
    Alors la renégociation sécurisée est prise en charge

  @REQ-TLS-EXT-02 @anssi @should
  Scénario: L'extended master secret est pris en charge
    Quand un MTA d'envoi demande la compression et des extensions TLS facultatives
    Alors l'extended master secret est convenu

  @REQ-TLS-EXT-03 @anssi @must
  Scénario: La compression TLS est refusée
    Quand un MTA d'envoi demande la compression et des extensions TLS facultatives
    Alors la compression TLS est refusée

  @REQ-TLS-EXT-04 @anssi @should
  Scénario: Les données précoces 0-RTT sont refusées
    Quand un MTA d'envoi propose des données précoces sur une session TLS 1.3 reprise
    Alors les données précoces sont refusées

  @REQ-TLS-EXT-05 @anssi @info
  Scénario: Les tickets de session vivent au plus 24 heures
    Quand un MTA d'envoi mène des négociations TLS complètes et garde les tickets de session
    Alors les tickets de session vivent au plus 24 heures

  @REQ-TLS-EXT-06 @anssi @should
  Scénario: Ni heartbeat ni HMAC tronqué
    Quand un MTA d'envoi demande la compression et des extensions TLS facultatives
    Alors ni heartbeat ni HMAC tronqué ne sont convenus
