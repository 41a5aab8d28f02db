# language: fr
@in @submission @imap @pop3
Fonctionnalité: Extensions TLS et compression sur les services d'accès à la messagerie
  Les mêmes extensions comptent sur la liaison depuis le logiciel de messagerie de l'utilisateur : la
  renégociation sécurisée et l'extended master secret protègent la session ; la compression, heartbeat et le
  HMAC tronqué ne font qu'élargir la surface d'attaque (guide TLS de l'ANSSI ; RFC 9325).

  Contexte:
    Soit le service d'accès à la messagerie évalué

  @REQ-TLS-EXT-01 @anssi @should
  Scénario: La renégociation sécurisée est prise en charge
    Quand un logiciel de messagerie demande la compression et des extensions TLS facultatives
    Alors la renégociation sécurisée est prise en charge

  @REQ-TLS-EXT-02 @anssi @should
  Scénario: L'extended master secret est pris en charge
    Quand un logiciel de messagerie demande la compression et des extensions TLS facultatives
    Alors l'extended master secret est convenu

  @REQ-TLS-EXT-03 @anssi @must
  Scénario: La compression TLS est refusée
    Quand un logiciel de messagerie demande la compression et des extensions TLS facultatives
    Alors la compression TLS est refusée

  @REQ-TLS-EXT-06 @anssi @should
  Scénario: Ni heartbeat ni HMAC tronqué
    Quand un logiciel de messagerie demande la compression et des extensions TLS facultatives
    Alors ni heartbeat ni HMAC tronqué ne sont convenus
