# language: fr
@out @mta-sts
Fonctionnalité: Le MTA d'envoi applique la politique MTA-STS du domaine destinataire
  Un expéditeur qui pratique MTA-STS (RFC 8461) récupère la politique du domaine destinataire par HTTPS et
  valide chaque MX avec elle : le MX doit correspondre à l'un des motifs mx de la politique, proposer STARTTLS
  et présenter un certificat valide pour son nom (§4). En mode enforce, il ne doit pas remettre à un MX qui
  échoue et garde le message en file d'attente (§5.1) ; en mode testing, il remet quand même et signale l'échec
  s'il pratique TLS-RPT (§5). Chaque cas est un domaine destinataire dont le harnais publie la politique et le MX.

  Contexte:
    Soit le MTA d'envoi évalué

  @REQ-MTASTS-04 @modern @must
  Scénario: En mode enforce, un MX conforme à la politique reçoit le message
    Quand il relaie un message vers un MX qui se comporte en mta-sts-enforce-valid
    Alors il remet le message à ce MX

  @REQ-MTASTS-04 @modern @must
  Plan du scénario: En mode enforce, un MX en défaut vis-à-vis de la politique ne reçoit rien (<profile>)
    Quand il relaie un message vers un MX qui se comporte en <profile>
    Alors il garde le message en file d'attente plutôt que de le remettre à ce MX

    Exemples:
      | profile                     |
      | mta-sts-enforce-mx-mismatch |
      | mta-sts-enforce-wrong-name  |
      | mta-sts-enforce-no-starttls |

  @REQ-MTASTS-04 @modern @must
  Scénario: En mode testing, un MX en défaut vis-à-vis de la politique reçoit quand même le message
    Quand il relaie un message vers un MX qui se comporte en mta-sts-testing-wrong-name
    Alors il remet le message à ce MX
