# language: fr
@out
Fonctionnalité: Le MTA d'envoi résiste aux attaques par dégradation
  Un attaquant placé sur le chemin peut retirer STARTTLS de la réponse à EHLO, y répondre par une erreur,
  casser la négociation ou injecter des lignes dans le flux en clair. Entre partenaires qui exigent TLS, le
  courrier doit attendre en file plutôt que circuler en clair, et aucune réponse falsifiée ne doit être suivie
  d'effet (RFC 3207 §6, RFC 7457 §2.1, « NO STARTTLS » 2021).

  Contexte:
    Soit le MTA d'envoi évalué

  @REQ-DOWNGRADE-02 @anssi @must
  Scénario: Les lignes injectées après le 220 répondant à STARTTLS sont ignorées
    Quand il relaie un message vers un MX qui se comporte en inject-after-220
    Alors il ignore les lignes injectées derrière le 220

  @REQ-DOWNGRADE-03 @pilot @must
  Plan du scénario: Un expéditeur à TLS obligatoire diffère le courrier plutôt que de l'envoyer en clair (<profile>)
    Quand il relaie un message vers un MX qui se comporte en <profile>
    Alors le message est différé et rien n'est envoyé en clair

    Exemples:
      | profile         |
      | no-starttls     |
      | starttls-454    |
      | handshake-abort |

  @REQ-DOWNGRADE-04 @anssi @should
  Scénario: Après une négociation échouée, l'expéditeur ne réessaie pas avec une version de TLS plus ancienne
    Quand il relaie un message vers un MX qui se comporte en fail-first-handshake
    Alors sa nouvelle tentative ne propose aucune version de TLS plus ancienne
