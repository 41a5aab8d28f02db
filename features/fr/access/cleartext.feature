# language: fr
@in @submission @imap @pop3
Fonctionnalité: Pas de mot de passe avant TLS, et rien d'antérieur à TLS n'est cru
  Un mot de passe envoyé avant TLS se lit sur le réseau, et des commandes glissées avant la négociation
  s'exécutent à l'intérieur (la famille des injections de commandes STARTTLS). Ces exigences portent sur les
  ports STARTTLS et STLS ; sur les ports à TLS implicite rien n'est échangé avant TLS, elles y sont sans objet.

  Contexte:
    Soit le service d'accès à la messagerie évalué

  @REQ-ACCESS-02 @pilot @must
  Scénario: Aucune authentification n'est proposée ni acceptée avant TLS
    Quand un logiciel de messagerie demande à s'authentifier avant TLS
    Alors aucune authentification n'est proposée ni acceptée avant TLS

  @REQ-ACCESS-04 @pilot @must
  Scénario: Une commande enchaînée derrière STARTTLS ou STLS est ignorée
    Quand un logiciel de messagerie enchaîne une commande en clair derrière la commande TLS
    Alors la commande en clair est ignorée

  @REQ-ACCESS-05 @anssi @should
  Scénario: Les capacités sont annoncées de nouveau sous TLS
    Quand un logiciel de messagerie chiffre la connexion par TLS
    Et un logiciel de messagerie enchaîne une commande en clair derrière la commande TLS
    Alors les capacités sont annoncées de nouveau sous TLS
