# language: fr
@in @submission @imap @pop3
Fonctionnalité: Le certificat du service d'accès à la messagerie
  Les logiciels de messagerie vérifient le certificat du serveur avant d'envoyer le mot de passe de
  l'utilisateur (RFC 8314 §4.2) : une chaîne non fiable ou un autre nom, c'est un avertissement que
  l'utilisateur apprend à ignorer, ou plus de courrier du tout.

  Contexte:
    Soit le service d'accès à la messagerie évalué

  @REQ-CERT-01 @pilot @must
  Scénario: La chaîne de certificats est complète, non expirée et de confiance
    Quand le service présente sa chaîne de certificats
    Alors la chaîne du service est complète, non expirée et de confiance

  @REQ-CERT-02 @pilot @must
  Scénario: Le certificat porte le nom du serveur que configurent les utilisateurs
    Quand le service présente sa chaîne de certificats
    Alors le certificat porte le nom de serveur que configurent les utilisateurs

  @REQ-CERT-03 @anssi @must
  Scénario: Le certificat emploie des clés robustes et des signatures SHA-2
    Quand le service présente sa chaîne de certificats
    Alors la clé et les signatures du certificat du service sont assez robustes

  @REQ-CERT-04 @anssi @should
  Scénario: Le certificat a un usage de clé critique, prévoit l'authentification de serveur et vit au plus 825 jours
    Quand le service présente sa chaîne de certificats
    Alors les usages de clé et la durée de vie du certificat du service conviennent à un serveur TLS
