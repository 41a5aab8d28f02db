# language: fr
@in @smtp
Fonctionnalité: Le certificat du MX de réception
  Un MTA d'envoi qui vérifie ses partenaires (l'accord du pilote, DANE ou MTA-STS) diffère le courrier
  destiné à un MX dont le certificat ne se valide pas ou ne porte pas le nom du serveur MX.

  Contexte:
    Soit le MTA de réception évalué

  @REQ-CERT-01 @pilot @must
  Scénario: La chaîne de certificats est complète, non expirée et de confiance
    Quand le MX présente sa chaîne de certificats après STARTTLS
    Alors la chaîne est complète, non expirée et de confiance

  @REQ-CERT-02 @pilot @must
  Scénario: Le certificat porte le nom du serveur MX
    Quand le MX présente sa chaîne de certificats après STARTTLS
    Alors le certificat porte le nom du serveur MX

  @REQ-CERT-03 @anssi @must
  Scénario: Le certificat emploie des clés robustes et des signatures SHA-2
    Quand le MX présente sa chaîne de certificats après STARTTLS
    Alors la clé et les signatures du certificat sont assez robustes

  @REQ-CERT-04 @anssi @should
  Scénario: Le certificat a un usage de clé critique, prévoit l'authentification de serveur et vit au plus 825 jours
    Quand le MX présente sa chaîne de certificats après STARTTLS
    Alors les usages de clé et la durée de vie du certificat conviennent à un serveur TLS

  @REQ-CERT-05 @anssi @info
  Scénario: Le certificat indique où son statut de révocation est publié, et ce que le MX agrafe pour lui est valide
    Quand le MX présente sa chaîne de certificats après STARTTLS
    Alors le certificat indique où son statut de révocation est publié et toute réponse OCSP agrafée pour lui est valide

  @REQ-CERT-08 @pilot @must
  Scénario: Le MX sert les clients qui n'envoient pas de SNI ou un SNI inconnu
    Quand des MTA d'envoi se connectent sans SNI et avec un SNI inconnu
    Alors les deux négociations aboutissent
