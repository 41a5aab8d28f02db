# language: fr
@interop
Fonctionnalité: Les MTA de référence se remettent le courrier en TLS vérifié
  Les partenaires du pilote font tourner des MTA différents. Chacun doit pouvoir envoyer à tous les autres, et
  à lui-même, par STARTTLS, en TLS 1.2 ou plus récent, avec un certificat que l'expéditeur a vérifié au regard
  de son ancre de confiance et du nom MX du destinataire (RFC 3207, RFC 6125, RFC 8996). Chaque destinataire
  est configuré conforme ; chaque expéditeur exige un certificat vérifié : un message qui arrive a donc
  voyagé en TLS vérifié.

  @REQ-INTEROP-01 @pilot @must
  Plan du scénario: <sender> remet à <receiver> en TLS 1.2 ou plus récent, certificat vérifié
    Soit <sender> exige un certificat vérifié lorsqu'il relaie du courrier
    Quand <sender> relaie un message vers <receiver>
    Alors le message arrive dans la boîte aux lettres de <receiver> en TLS 1.2 ou plus récent, avec un certificat vérifié

    Exemples:
      | sender    | receiver  |
      | Postfix   | Postfix   |
      | Postfix   | Exim      |
      | Postfix   | OpenSMTPD |
      | Exim      | Postfix   |
      | Exim      | Exim      |
      | Exim      | OpenSMTPD |
      | OpenSMTPD | Postfix   |
      | OpenSMTPD | Exim      |
      | OpenSMTPD | OpenSMTPD |
