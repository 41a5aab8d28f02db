# language: fr
@in @submission @imap @pop3
Fonctionnalité: TLS sur les services auxquels se connectent les logiciels de messagerie
  Les logiciels de messagerie soumettent le courrier (soumission, 587 et 465) et le relèvent (IMAP, 143 et
  993 ; POP3, 110 et 995) avec le mot de passe de l'utilisateur. L'opérateur propose TLS sur chacun :
  STARTTLS ou STLS sur le premier port de chaque paire, TLS dès le premier octet sur le second (RFC 8314),
  avec un certificat au nom de serveur que configurent les utilisateurs. Le banc d'essai joue un logiciel de
  messagerie et ne s'authentifie jamais.

  Contexte:
    Soit le service d'accès à la messagerie évalué

  @REQ-ACCESS-01 @pilot @must
  Scénario: Le service propose TLS
    Quand un logiciel de messagerie se connecte et demande les capacités
    Alors le service propose TLS

  @REQ-ACCESS-03 @modern @should
  Scénario: Le TLS implicite est proposé à côté de STARTTLS
    Quand un logiciel de messagerie se connecte au port TLS implicite
    Alors TLS est aussi proposé dès le premier octet

  @REQ-STARTTLS-08 @pilot @must
  Scénario: La négociation TLS d'un logiciel de messagerie moderne aboutit
    Quand un logiciel de messagerie chiffre la connexion par TLS
    Alors la négociation TLS du logiciel de messagerie aboutit
