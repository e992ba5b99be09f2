<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AllegationRow</name>
    <message>
        <source>Allegation %1</source>
        <translation>Allégation %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>When (a date, or e.g. “last week”)</source>
        <translation>Quand (une date, ou p.&#xa0;ex. «&#xa0;la semaine dernière&#xa0;»)</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Quand cela s’est produit</translation>
    </message>
    <message>
        <source>Alleged perpetrator (category only, no names)</source>
        <translation>Auteur présumé (catégorie seulement, pas de nom)</translation>
    </message>
</context>
<context>
    <name>AnswerButtons</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S.&#xa0;O.</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
</context>
<context>
    <name>AnswerDetails</name>
    <message>
        <source>Observed</source>
        <translation>Observé</translation>
    </message>
    <message>
        <source>Detainee</source>
        <translation>Personne détenue</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Note: where, who, which register page…</source>
        <translation>Note&#xa0;: où, qui, quelle page du registre…</translation>
    </message>
    <message>
        <source>Note on the answer</source>
        <translation>Note sur la réponse</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Cannot read the CA certificate %1</source>
        <translation>Impossible de lire le certificat de l’autorité de certification %1</translation>
    </message>
    <message>
        <source>The user interface failed to load.</source>
        <translation>L’interface n’a pas pu être chargée.</translation>
    </message>
</context>
<context>
    <name>ChangePassphrasePage</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>Phrase secrète changée. Utilisez désormais la nouvelle.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>Suffisamment robuste.</translation>
    </message>
    <message>
        <source>A short sentence is easy to remember and hard to guess.</source>
        <translation>Une courte phrase est facile à retenir et difficile à deviner.</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase secrète, à nouveau</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Back to visits</source>
        <translation>Retour aux visites</translation>
    </message>
    <message>
        <source>%1 flagged</source>
        <translation>%1 alerte(s)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 items answered</source>
        <translation>%1 sur %2 points renseignés</translation>
    </message>
    <message>
        <source>Calculated: %1</source>
        <translation>Calculé&#xa0;: %1</translation>
    </message>
    <message>
        <source>needs more answers</source>
        <translation>réponses manquantes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Show guidance and rule reference</source>
        <translation>Afficher l’aide et la règle de référence</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Back to the visit</source>
        <translation>Retour à la visite</translation>
    </message>
    <message>
        <source>This visit has been submitted: answers can be read but not changed.</source>
        <translation>Cette visite a été remise&#xa0;: les réponses peuvent être lues mais pas modifiées.</translation>
    </message>
    <message>
        <source>≠ Team members answered this differently. The visit lead settles it under “Team”.</source>
        <translation>≠ Les membres de l’équipe ont répondu différemment. Le ou la chef·fe de délégation tranche sous «&#xa0;Équipe&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CycleOverviewPage</name>
    <message>
        <source>Facility</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>m²/person</source>
        <translation>m²/personne</translation>
    </message>
    <message>
        <source>Per toilet</source>
        <translation>Par WC</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Isolement</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Non conformes</translation>
    </message>
    <message>
        <source>Cycle overview</source>
        <translation>Vue d’ensemble du cycle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message numerus="yes">
        <source>%n facilities</source>
        <translation>
            <numerusform>%n lieu</numerusform>
            <numerusform>%n lieux</numerusform>
        </translation>
    </message>
    <message>
        <source>Compliance by theme, in checklist order: N non-compliant, P partially compliant, C compliant, – not assessed. Urgent: urgent findings. Isolation: longest solitary confinement.</source>
        <translation>Conformité par thème, dans l’ordre de la grille&#xa0;: N non conforme, P partiellement conforme, C conforme, – non évalué. Urgent&#xa0;: constats urgents. Isolement&#xa0;: plus longue durée d’isolement.</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Trier par %1</translation>
    </message>
</context>
<context>
    <name>DivergentItem</name>
    <message>
        <source>Settled before: %1</source>
        <translation>Tranché auparavant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why this answer stands (e.g. re-checked together)</source>
        <translation>Pourquoi cette réponse est retenue (p.&#xa0;ex. revérifiée ensemble)</translation>
    </message>
    <message>
        <source>Reason for the choice</source>
        <translation>Motif du choix</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(effacée)</translation>
    </message>
    <message>
        <source>%1 · %2 · source: %3</source>
        <translation>%1 · %2 · source&#xa0;: %3</translation>
    </message>
    <message>
        <source>Keep this answer</source>
        <translation>Retenir cette réponse</translation>
    </message>
    <message>
        <source>Keep %1&apos;s answer</source>
        <translation>Retenir la réponse de %1</translation>
    </message>
</context>
<context>
    <name>EarlierRecommendation</name>
    <message>
        <source>To %1 · priority %2</source>
        <translation>À %1 · priorité %2</translation>
    </message>
    <message>
        <source> · due %1</source>
        <translation> · échéance %1</translation>
    </message>
    <message>
        <source>Overdue – </source>
        <translation>En retard – </translation>
    </message>
    <message>
        <source>Checked on this visit: %1</source>
        <translation>Vérifiée lors de cette visite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>What did you see or were you shown? (evidence)</source>
        <translation>Qu’avez-vous vu ou vous a-t-on montré&#xa0;? (éléments de preuve)</translation>
    </message>
    <message>
        <source>Evidence for the status</source>
        <translation>Éléments de preuve de l’état</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Non mise en œuvre</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Marquer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <source>Enrol this tablet</source>
        <translation>Enregistrer cette tablette</translation>
    </message>
    <message>
        <source>Your administrator gives you the server address and a one-time enrolment code. The code works once and expires.</source>
        <translation>Votre administrateur·rice vous donne l’adresse du serveur et un code d’enregistrement à usage unique. Le code ne sert qu’une fois et expire.</translation>
    </message>
    <message>
        <source>Server address, e.g. custos.example.org:7443</source>
        <translation>Adresse du serveur, p.&#xa0;ex. custos.example.org:7443</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Enrolment code, e.g. 7KQ2-M9XD-4HTR</source>
        <translation>Code d’enregistrement, p.&#xa0;ex. 7KQ2-M9XD-4HTR</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Code d’enregistrement</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the app</source>
        <translation>Verrouiller l’application</translation>
    </message>
</context>
<context>
    <name>EvidenceAnswer</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source> — team answers differ</source>
        <translation> — les réponses de l’équipe divergent</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Urgent: </source>
        <translation>Urgent&#xa0;: </translation>
    </message>
    <message>
        <source>Flag: </source>
        <translation>Alerte&#xa0;: </translation>
    </message>
</context>
<context>
    <name>FacilityTrendPage</name>
    <message>
        <source>%1 · %2 · capacity %3</source>
        <translation>%1 · %2 · capacité %3</translation>
    </message>
    <message>
        <source>Standards met (%)</source>
        <translation>Normes respectées (%)</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>Constats par gravité</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Priority concern</source>
        <translation>Préoccupation prioritaire</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Préoccupation</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Bonne pratique</translation>
    </message>
    <message>
        <source>Compliance by theme</source>
        <translation>Conformité par thème</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>%1 — visit of %2, %3; %4 urgent findings, %5 flags</source>
        <translation>%1 — visite du %2, %3&#xa0;; %4 constat(s) urgent(s), %5 alerte(s)</translation>
    </message>
    <message>
        <source>%1 — not visited</source>
        <translation>%1 — pas de visite</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation>Ouvrir la visite</translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Nouveau constat</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Mandela Rules concerned</source>
        <translation>Règles Nelson Mandela concernées</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
    <message>
        <source>What the team found</source>
        <translation>Ce que l’équipe a constaté</translation>
    </message>
    <message>
        <source>Facts, where and how they were established (triangulated sources)</source>
        <translation>Faits, où et comment ils ont été établis (sources recoupées)</translation>
    </message>
    <message>
        <source>Finding text</source>
        <translation>Texte du constat</translation>
    </message>
    <message>
        <source>Evidence it rests on</source>
        <translation>Éléments sur lesquels il repose</translation>
    </message>
    <message>
        <source>Answer checklist items or record interviews to link them here.</source>
        <translation>Répondez à des points de la grille ou enregistrez des entretiens pour les lier ici.</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Findings and recommendations</source>
        <translation>Constats et recommandations</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Immediate observations for the final talk (%1)</source>
        <translation>Observations immédiates pour l’entretien de fin de visite (%1)</translation>
    </message>
    <message>
        <source>None yet. Findings marked “Urgent – immediate observation” appear here, numbered, ready to put to the management before the team leaves.</source>
        <translation>Aucune pour l’instant. Les constats marqués «&#xa0;Urgent – observation immédiate&#xa0;» apparaissent ici, numérotés, prêts à être présentés à la direction avant le départ de l’équipe.</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Constats (%1)</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Nouveau constat</translation>
    </message>
    <message>
        <source>%1 finding: %2</source>
        <translation>Constat %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · Rules %1</source>
        <translation> · Règles %1</translation>
    </message>
    <message numerus="yes">
        <source>Rests on %n piece(s) of evidence · by %1</source>
        <translation>
            <numerusform>Repose sur %n élément · par %1</numerusform>
            <numerusform>Repose sur %n éléments · par %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Recommendations (%1)</source>
        <translation>Recommandations (%1)</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Nouvelle recommandation</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>Recommandation&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>To %1 · priority %2</source>
        <translation>À %1 · priorité %2</translation>
    </message>
    <message>
        <source> · due %1</source>
        <translation> · échéance %1</translation>
    </message>
    <message numerus="yes">
        <source> · based on %n finding(s)</source>
        <translation>
            <numerusform> · fondée sur %n constat</numerusform>
            <numerusform> · fondée sur %n constats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagList</name>
    <message>
        <source>Urgent: </source>
        <translation>Urgent&#xa0;: </translation>
    </message>
    <message>
        <source>Priority concern: </source>
        <translation>Préoccupation prioritaire&#xa0;: </translation>
    </message>
    <message>
        <source>Concern: </source>
        <translation>Préoccupation&#xa0;: </translation>
    </message>
</context>
<context>
    <name>FollowUpItem</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>%1 · %2 · to %3 · priority %4%5</source>
        <translation>%1 · %2 · à %3 · priorité %4%5</translation>
    </message>
    <message>
        <source> · due %1</source>
        <translation> · échéance %1</translation>
    </message>
    <message>
        <source>New status recorded on this tablet, waiting for sync: %1</source>
        <translation>Nouvel état enregistré sur cette tablette, en attente de synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hide history (%1)</source>
        <translation>Masquer l’historique (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historique (%1)</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Changer l’état</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>no evidence noted</source>
        <translation>aucun élément de preuve noté</translation>
    </message>
    <message>
        <source>Evidence: what the new status rests on</source>
        <translation>Éléments de preuve&#xa0;: ce sur quoi repose le nouvel état</translation>
    </message>
    <message>
        <source>Record status</source>
        <translation>Enregistrer l’état</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Recommendation follow-up</source>
        <translation>Suivi des recommandations</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>%n recommandation</numerusform>
            <numerusform>%n recommandations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n en retard</numerusform>
            <numerusform>, %n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Tous les lieux</translation>
    </message>
    <message>
        <source>All cycles</source>
        <translation>Tous les cycles</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Toutes priorités</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous états</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <source>No recommendation matches these filters.</source>
        <translation>Aucune recommandation ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Show %1 more of %2</source>
        <translation>Afficher %1 de plus sur %2</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>Interview %1</source>
        <translation>Entretien %1</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>1. Consent</source>
        <translation>1. Consentement</translation>
    </message>
    <message>
        <source>Explain who you are, that taking part is voluntary, and what may be done with what the person says. Record their answer before anything else.</source>
        <translation>Expliquez qui vous êtes, que la participation est volontaire et ce qui pourra être fait de ses propos. Enregistrez sa réponse avant toute autre chose.</translation>
    </message>
    <message>
        <source>Nothing else can be recorded until consent is recorded.</source>
        <translation>Rien d’autre ne peut être enregistré tant que le consentement ne l’est pas.</translation>
    </message>
    <message>
        <source>2. Who and how</source>
        <translation>2. Qui et comment</translation>
    </message>
    <message>
        <source>Pseudonymous code, e.g. D-17 (never a name)</source>
        <translation>Code pseudonyme, p.&#xa0;ex. D-17 (jamais un nom)</translation>
    </message>
    <message>
        <source>Pseudonymous code</source>
        <translation>Code pseudonyme</translation>
    </message>
    <message>
        <source>Suggest a code</source>
        <translation>Proposer un code</translation>
    </message>
    <message>
        <source>Privacy: e.g. out of sight and hearing of staff</source>
        <translation>Confidentialité&#xa0;: p.&#xa0;ex. hors de la vue et de l’écoute du personnel</translation>
    </message>
    <message>
        <source>Privacy conditions</source>
        <translation>Conditions de confidentialité</translation>
    </message>
    <message>
        <source>An interpreter took part</source>
        <translation>Un·e interprète a participé</translation>
    </message>
    <message>
        <source>3. Allegations</source>
        <translation>3. Allégations</translation>
    </message>
    <message>
        <source>Add an allegation</source>
        <translation>Ajouter une allégation</translation>
    </message>
    <message>
        <source>4. Risks and follow-up</source>
        <translation>4. Risques et suivi</translation>
    </message>
    <message>
        <source>Risk of reprisal against this person</source>
        <translation>Risque de représailles contre cette personne</translation>
    </message>
    <message>
        <source>Needs follow-up (a later check on this person&apos;s safety or case)</source>
        <translation>Suivi nécessaire (vérification ultérieure de la sécurité ou de la situation de cette personne)</translation>
    </message>
    <message>
        <source>5. What was said</source>
        <translation>5. Ce qui a été dit</translation>
    </message>
    <message>
        <source>Account in the person&apos;s words; no names of others</source>
        <translation>Récit dans les mots de la personne&#xa0;; aucun nom de tiers</translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>Private interviews happen out of the hearing of staff. Ask for consent first, use a pseudonymous code, never a name. Group interviews give no confidentiality: keep sensitive topics for individual ones.</source>
        <translation>Les entretiens privés se déroulent hors de l’écoute du personnel. Demandez d’abord le consentement, utilisez un code pseudonyme, jamais un nom. Les entretiens collectifs n’offrent aucune confidentialité&#xa0;: réservez les sujets sensibles aux entretiens individuels.</translation>
    </message>
    <message>
        <source>No interviews recorded for this visit yet.</source>
        <translation>Aucun entretien enregistré pour cette visite pour l’instant.</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>Entretien %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Consent: %1 · %n allegation(s) · by %2</source>
        <translation>
            <numerusform>Consentement&#xa0;: %1 · %n allégation · par %2</numerusform>
            <numerusform>Consentement&#xa0;: %1 · %n allégations · par %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk of reprisal</source>
        <translation>Risque de représailles</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Suivi nécessaire</translation>
    </message>
</context>
<context>
    <name>ItemInput</name>
    <message>
        <source>Decrease</source>
        <translation>Diminuer</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Augmenter</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Write what you observed</source>
        <translation>Décrivez ce que vous avez observé</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Custos</source>
        <translation>Custos</translation>
    </message>
</context>
<context>
    <name>OverviewRow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>N %1 · P %2 · C %3</source>
        <translation>N %1 · P %2 · C %3</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Not on this tablet yet</source>
        <translation>Pas encore sur cette tablette</translation>
    </message>
    <message>
        <source>Shows people: awaiting the lead&apos;s approval</source>
        <translation>Montre des personnes&#xa0;: en attente de l’accord du ou de la chef·fe de délégation</translation>
    </message>
    <message>
        <source>Shows people: approved by the lead</source>
        <translation>Montre des personnes&#xa0;: approuvée par le ou la chef·fe de délégation</translation>
    </message>
    <message>
        <source>Shows people: not approved by the lead</source>
        <translation>Montre des personnes&#xa0;: non approuvée par le ou la chef·fe de délégation</translation>
    </message>
    <message>
        <source>No people</source>
        <translation>Aucune personne</translation>
    </message>
    <message>
        <source>Photo %1: %2</source>
        <translation>Photo %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Arrives with the next sync</source>
        <translation>Arrive à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>Lead&apos;s note: %1</source>
        <translation>Note du ou de la chef·fe de délégation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approve photo %1</source>
        <translation>Approuver la photo %1</translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <translation>Retirer l’approbation</translation>
    </message>
    <message>
        <source>Do not approve</source>
        <translation>Ne pas approuver</translation>
    </message>
    <message>
        <source>%1, photo %2</source>
        <translation>%1, photo %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove photo %1 from this answer</source>
        <translation>Retirer la photo %1 de cette réponse</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Ajouter une photo</translation>
    </message>
    <message>
        <source>Add a photo to this answer</source>
        <translation>Ajouter une photo à cette réponse</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) of people awaiting the lead&apos;s approval; they stay out of reports and exports until approved.</source>
        <translation>
            <numerusform>%n photo de personnes attend l’accord du ou de la chef·fe de délégation&#xa0;; elle reste hors des rapports et des exports jusqu’à son approbation.</numerusform>
            <numerusform>%n photos de personnes attendent l’accord du ou de la chef·fe de délégation&#xa0;; elles restent hors des rapports et des exports jusqu’à leur approbation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Does the photo show people?</source>
        <translation>La photo montre-t-elle des personnes&#xa0;?</translation>
    </message>
    <message>
        <source>Photos of people need the person&apos;s express consent and the visit lead&apos;s approval before any use.</source>
        <translation>Les photos de personnes exigent le consentement exprès de la personne et l’accord du ou de la chef·fe de délégation avant toute utilisation.</translation>
    </message>
    <message>
        <source>The photo shows no people</source>
        <translation>La photo ne montre personne</translation>
    </message>
    <message>
        <source>Shows people</source>
        <translation>Montre des personnes</translation>
    </message>
    <message>
        <source>The photo shows people</source>
        <translation>La photo montre des personnes</translation>
    </message>
    <message>
        <source>No pictures found in Pictures, Downloads, Documents or on removable media.</source>
        <translation>Aucune image trouvée dans Images, Téléchargements, Documents ou sur un support amovible.</translation>
    </message>
    <message>
        <source>Choose the picture. Location and camera details are removed; the app keeps it only in its encrypted database.</source>
        <translation>Choisissez l’image. La localisation et les détails de l’appareil sont supprimés&#xa0;; l’application la conserve uniquement dans sa base de données chiffrée.</translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation>Importer %1 depuis %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel adding a photo</source>
        <translation>Annuler l’ajout d’une photo</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>This file is not a picture the app can read.</source>
        <translation>Ce fichier n’est pas une image que l’application peut lire.</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Nouvelle recommandation</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>What should change, measurably, and by when</source>
        <translation>Ce qui doit changer, de façon mesurable, et d’ici quand</translation>
    </message>
    <message>
        <source>Recommendation text</source>
        <translation>Texte de la recommandation</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Adressée à</translation>
    </message>
    <message>
        <source>Authority, e.g. Facility director, Ministry of Justice</source>
        <translation>Autorité, p.&#xa0;ex. direction de l’établissement, ministère de la Justice</translation>
    </message>
    <message>
        <source>Authority addressed</source>
        <translation>Autorité destinataire</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Findings it answers</source>
        <translation>Constats auxquels elle répond</translation>
    </message>
    <message>
        <source>No findings yet.</source>
        <translation>Aucun constat pour l’instant.</translation>
    </message>
</context>
<context>
    <name>ReviewHomePage</name>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Visits on this tablet</source>
        <translation>Visites sur cette tablette</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the app now</source>
        <translation>Verrouiller l’application maintenant</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Recommendation follow-up</source>
        <translation>Suivi des recommandations</translation>
    </message>
    <message>
        <source>Visit cycles</source>
        <translation>Cycles de visites</translation>
    </message>
    <message>
        <source>No visit cycle has reached this device yet. Connect to the server and sync.</source>
        <translation>Aucun cycle de visites n’est encore parvenu sur cet appareil. Connectez-vous au serveur et synchronisez.</translation>
    </message>
</context>
<context>
    <name>ReviewPageHeader</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Loaded in %1 ms</source>
        <translation>Chargé en %1 ms</translation>
    </message>
</context>
<context>
    <name>SectionCard</name>
    <message>
        <source>%1: %2 of %3 answered, %4 flagged</source>
        <translation>%1&#xa0;: %2 sur %3 renseignés, %4 alerte(s)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>⚑ %n flagged</source>
        <translation>
            <numerusform>⚑ %n alerte</numerusform>
            <numerusform>⚑ %n alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≠ %n divergent</source>
        <translation>
            <numerusform>≠ %n divergence</numerusform>
            <numerusform>≠ %n divergences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SensitiveText</name>
    <message>
        <source>Visible now. It hides again when you let go or leave the field.</source>
        <translation>Visible maintenant. Le texte se masque à nouveau quand vous relâchez ou quittez le champ.</translation>
    </message>
    <message>
        <source>Hidden. Hold “Show” to read it, or tap the field to write.</source>
        <translation>Masqué. Maintenez «&#xa0;Afficher&#xa0;» pour le lire, ou touchez le champ pour écrire.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hold to show the content</source>
        <translation>Maintenir pour afficher le contenu</translation>
    </message>
    <message>
        <source>Interview content</source>
        <translation>Contenu de l’entretien</translation>
    </message>
    <message>
        <source>●●●●●●  content hidden  ●●●●●●</source>
        <translation>●●●●●●  contenu masqué  ●●●●●●</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the previous screen</source>
        <translation>Retour à l’écran précédent</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The screens change at once. Checklist questions and facility names stay as the server sent them.</source>
        <translation>Les écrans changent aussitôt. Les questions de la grille et les noms des lieux restent tels que le serveur les a envoyés.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Dark is easier on the eyes in dim rooms and at night. High contrast is for bright light, such as a courtyard in the sun.</source>
        <translation>Le mode sombre repose les yeux dans les pièces peu éclairées et la nuit. Le contraste élevé sert en pleine lumière, par exemple dans une cour au soleil.</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Verrouillage automatique</translation>
    </message>
    <message>
        <source>Custos locks itself when the tablet is not used for this long. Your passphrase opens it again.</source>
        <translation>Custos se verrouille quand la tablette reste inutilisée pendant cette durée. Votre phrase secrète le rouvre.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Everything is sent.</source>
        <translation>Tout est envoyé.</translation>
    </message>
    <message>
        <source>Last sync: %1.</source>
        <translation>Dernière synchronisation&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n modification en attente d’envoi.</numerusform>
            <numerusform>%n modifications en attente d’envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team and submission</source>
        <translation>Équipe et remise</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Équipe&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) answered differently by team members</source>
        <translation>
            <numerusform>%n point renseigné différemment par les membres de l’équipe</numerusform>
            <numerusform>%n points renseignés différemment par les membres de l’équipe</numerusform>
        </translation>
    </message>
    <message>
        <source>No divergent answers: the team agrees on every item answered so far.</source>
        <translation>Aucune réponse divergente&#xa0;: l’équipe est d’accord sur tous les points renseignés jusqu’ici.</translation>
    </message>
    <message>
        <source>The visit lead decides which answer stands. Until then the latest answer counts, and every answer is kept.</source>
        <translation>Le ou la chef·fe de délégation décide quelle réponse est retenue. D’ici là, la dernière réponse compte, et toutes les réponses sont conservées.</translation>
    </message>
    <message>
        <source>Submit the visit</source>
        <translation>Remettre la visite</translation>
    </message>
    <message>
        <source>%1 of %2 items answered · %3 flagged · %4 findings · %5 recommendations · %6 interviews</source>
        <translation>%1 sur %2 points renseignés · %3 alerte(s) · %4 constat(s) · %5 recommandation(s) · %6 entretien(s)</translation>
    </message>
    <message>
        <source>Settle the divergent answers above first, or submit knowing that the latest answers count.</source>
        <translation>Tranchez d’abord les réponses divergentes ci-dessus, ou remettez la visite en sachant que les dernières réponses comptent.</translation>
    </message>
    <message>
        <source>After submission, monitors can no longer change this visit; a coordinator reviews it or returns it to the team.</source>
        <translation>Après la remise, les membres de l’équipe de visite ne peuvent plus modifier cette visite&#xa0;; un·e coordinateur·rice la relit ou la renvoie à l’équipe.</translation>
    </message>
    <message>
        <source>The team&apos;s data for this visit is complete</source>
        <translation>Les données de l’équipe pour cette visite sont complètes</translation>
    </message>
    <message>
        <source>Submit visit</source>
        <translation>Remettre la visite</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Protect this tablet</source>
        <translation>Protéger cette tablette</translation>
    </message>
    <message>
        <source>Unlock Custos</source>
        <translation>Déverrouiller Custos</translation>
    </message>
    <message>
        <source>Choose a passphrase. Everything you record is encrypted with it. It cannot be recovered if forgotten, so keep it somewhere safe — never on the tablet.</source>
        <translation>Choisissez une phrase secrète. Tout ce que vous enregistrez est chiffré avec elle. Elle ne peut pas être récupérée en cas d’oubli&#xa0;: conservez-la en lieu sûr, jamais sur la tablette.</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your visits.</source>
        <translation>Saisissez votre phrase secrète pour ouvrir vos visites.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Saisissez à nouveau la phrase secrète</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmer la phrase secrète</translation>
    </message>
    <message>
        <source>Encrypt and continue</source>
        <translation>Chiffrer et continuer</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>VisitHeader</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Retour à %1</translation>
    </message>
</context>
<context>
    <name>VisitHomePage</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>This visit has been submitted. Its data can be read but no longer changed on this tablet.</source>
        <translation>Cette visite a été remise. Ses données peuvent être lues mais plus modifiées sur cette tablette.</translation>
    </message>
    <message>
        <source>Whole checklist</source>
        <translation>Grille complète</translation>
    </message>
    <message>
        <source>Walk the whole checklist</source>
        <translation>Parcourir toute la grille</translation>
    </message>
    <message>
        <source>Interviews (%1)</source>
        <translation>Entretiens (%1)</translation>
    </message>
    <message>
        <source>Findings (%1) and recommendations (%2)</source>
        <translation>Constats (%1) et recommandations (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Team: %n divergent</source>
        <translation>
            <numerusform>Équipe&#xa0;: %n divergence</numerusform>
            <numerusform>Équipe&#xa0;: %n divergences</numerusform>
        </translation>
    </message>
    <message>
        <source>Team and submission</source>
        <translation>Équipe et remise</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Checklist sections</source>
        <translation>Sections de la grille</translation>
    </message>
    <message>
        <source>The checklist of this visit has not been received yet. Sync when you have a connection.</source>
        <translation>La grille de cette visite n’a pas encore été reçue. Synchronisez dès que vous avez une connexion.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Population at the time of the visit</source>
        <translation>Population au moment de la visite</translation>
    </message>
    <message>
        <source>Not recorded yet: ask management for the official capacity and today&apos;s population by category (section “Population”).</source>
        <translation>Pas encore enregistrée&#xa0;: demandez à la direction la capacité officielle et la population du jour par catégorie (section «&#xa0;Population&#xa0;»).</translation>
    </message>
    <message>
        <source>Earlier recommendations to check</source>
        <translation>Recommandations antérieures à vérifier</translation>
    </message>
    <message>
        <source>No open recommendations from earlier visits to this facility.</source>
        <translation>Aucune recommandation en suspens issue de visites antérieures de ce lieu.</translation>
    </message>
</context>
<context>
    <name>VisitListPage</name>
    <message>
        <source>My visits</source>
        <translation>Mes visites</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No visits yet. Visits assigned to you appear here after a sync.</source>
        <translation>Aucune visite pour l’instant. Les visites qui vous sont confiées apparaissent ici après une synchronisation.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 sur %2 renseignés</translation>
    </message>
    <message>
        <source>checklist not received yet</source>
        <translation>grille pas encore reçue</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the app now</source>
        <translation>Verrouiller l’application maintenant</translation>
    </message>
    <message numerus="yes">
        <source>⚑ %n flagged</source>
        <translation>
            <numerusform>⚑ %n alerte</numerusform>
            <numerusform>⚑ %n alertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
</context>
<context>
    <name>VisitReviewPage</name>
    <message>
        <source>Visit review — %1</source>
        <translation>Relecture de la visite — %1</translation>
    </message>
    <message>
        <source>Visit review</source>
        <translation>Relecture de la visite</translation>
    </message>
    <message>
        <source>%1 · %2 · team: %3</source>
        <translation>%1 · %2 · équipe&#xa0;: %3</translation>
    </message>
    <message>
        <source>Reviewed.</source>
        <translation>Relue.</translation>
    </message>
    <message>
        <source>Marked reviewed on this tablet, waiting for sync.</source>
        <translation>Marquée comme relue sur cette tablette, en attente de synchronisation.</translation>
    </message>
    <message>
        <source>Submitted by the team, waiting for your review.</source>
        <translation>Remise par l’équipe, en attente de votre relecture.</translation>
    </message>
    <message>
        <source>The team has not submitted this visit yet.</source>
        <translation>L’équipe n’a pas encore remis cette visite.</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marquer comme relue</translation>
    </message>
    <message>
        <source>Save report (English)</source>
        <translation>Enregistrer le rapport (anglais)</translation>
    </message>
    <message>
        <source>Save report (French)</source>
        <translation>Enregistrer le rapport (français)</translation>
    </message>
    <message>
        <source>Saved to %1 in %2 ms. The PDF is not encrypted: keep it only where the report may be.</source>
        <translation>Enregistré dans %1 en %2 ms. Le PDF n’est pas chiffré&#xa0;: conservez-le uniquement là où le rapport peut se trouver.</translation>
    </message>
    <message>
        <source>%1 answers · %2 findings (%3 urgent) · %4 recommendations · %5 flagged answers</source>
        <translation>%1 réponse(s) · %2 constat(s) (%3 urgent(s)) · %4 recommandation(s) · %5 réponse(s) avec alerte</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Interview %1 (consent: %2)</source>
        <translation>Entretien %1 (consentement&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>%1. %2 — to %3, priority %4%5</source>
        <translation>%1. %2 — à %3, priorité %4%5</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, échéance %1</translation>
    </message>
    <message>
        <source>Flagged answers</source>
        <translation>Réponses avec alerte</translation>
    </message>
    <message>
        <source>Earlier recommendations</source>
        <translation>Recommandations antérieures</translation>
    </message>
    <message>
        <source>%1 (%2): %3%4</source>
        <translation>%1 (%2)&#xa0;: %3%4</translation>
    </message>
    <message>
        <source> — overdue</source>
        <translation> — en retard</translation>
    </message>
</context>
<context>
    <name>custos::app::ChecklistModel</name>
    <message>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
    <message>
        <source>Rules %1</source>
        <translation>Règles %1</translation>
    </message>
    <message>
        <source>This visit&apos;s checklist has not been received yet. Sync when you have a connection.</source>
        <translation>La grille de cette visite n’a pas encore été reçue. Synchronisez dès que vous avez une connexion.</translation>
    </message>
    <message>
        <source>The answers could not be read: %1</source>
        <translation>Les réponses n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>a former team member</source>
        <translation>un·e ancien·ne membre de l’équipe</translation>
    </message>
    <message>
        <source>Answered under an earlier version of the checklist</source>
        <translation>Réponse donnée avec une version antérieure de la grille</translation>
    </message>
    <message>
        <source>This question is no longer asked; the answer is kept.</source>
        <translation>Cette question n’est plus posée&#xa0;; la réponse est conservée.</translation>
    </message>
    <message>
        <source>Re-check under: %1</source>
        <translation>À revérifier sous&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is not a valid answer for this question.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une réponse valable pour cette question.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2026-11-30.</source>
        <translation>Écrivez la date sous la forme AAAA-MM-JJ, p.&#xa0;ex. 2026-11-30.</translation>
    </message>
    <message>
        <source>Unknown source “%1”.</source>
        <translation>Source inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Only the visit lead can settle divergent answers.</source>
        <translation>Seul·e le ou la chef·fe de délégation peut trancher les réponses divergentes.</translation>
    </message>
    <message>
        <source>The choice could not be saved: %1</source>
        <translation>Le choix n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The app is locked; unlock it to record answers.</source>
        <translation>L’application est verrouillée&#xa0;; déverrouillez-la pour enregistrer des réponses.</translation>
    </message>
    <message>
        <source>This visit has been submitted; its answers can no longer be changed here.</source>
        <translation>Cette visite a été remise&#xa0;; ses réponses ne peuvent plus être modifiées ici.</translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation type="vanished">La réponse n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>custos::app::PhotoImporter</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 is too large to import.</source>
        <translation>%1 est trop volumineux pour être importé.</translation>
    </message>
    <message>
        <source>The app is locked.</source>
        <translation>L’application est verrouillée.</translation>
    </message>
</context>
<context>
    <name>custos::app::PhotoListModel</name>
    <message>
        <source>The app is locked.</source>
        <translation>L’application est verrouillée.</translation>
    </message>
</context>
<context>
    <name>custos::app::ReviewClient</name>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>Prison</translation>
    </message>
    <message>
        <source>Remand centre</source>
        <translation>Centre de détention provisoire</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>Poste de police</translation>
    </message>
    <message>
        <source>Immigration detention</source>
        <translation>Centre de rétention administrative</translation>
    </message>
    <message>
        <source>Psychiatric institution</source>
        <translation>Établissement psychiatrique</translation>
    </message>
    <message>
        <source>Juvenile centre</source>
        <translation>Centre pour mineurs</translation>
    </message>
    <message>
        <source>Social care home</source>
        <translation>Établissement médico-social</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Unlock the app to review.</source>
        <translation>Déverrouillez l’application pour accéder à la relecture.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1. Check that there is space and that the folder can be written to.</source>
        <translation>Le rapport n’a pas pu être enregistré dans %1. Vérifiez qu’il reste de la place et que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>Choose where the recommendation stands.</source>
        <translation>Indiquez où en est la recommandation.</translation>
    </message>
    <message>
        <source>Say what the new status rests on (a document, a visit, the authority&apos;s answer).</source>
        <translation>Indiquez sur quoi repose le nouvel état (un document, une visite, la réponse de l’autorité).</translation>
    </message>
    <message>
        <source>Rules %1</source>
        <translation>Règles %1</translation>
    </message>
    <message>
        <source>Confidential interview</source>
        <translation>Entretien confidentiel</translation>
    </message>
    <message>
        <source>Not visited yet</source>
        <translation>Pas encore de visite</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relue</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Partially compliant</source>
        <translation>Partiellement conforme</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
</context>
<context>
    <name>custos::app::Session</name>
    <message>
        <source>Use at least %1 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>Utilisez au moins %1 caractères. Une courte phrase est facile à retenir et difficile à deviner.</translation>
    </message>
    <message>
        <source>Too repetitive: mix more different letters, words or numbers.</source>
        <translation>Trop répétitif&#xa0;: mélangez davantage de lettres, de mots ou de chiffres différents.</translation>
    </message>
    <message>
        <source>The two passphrases are different. Type the same passphrase twice.</source>
        <translation>Les deux phrases secrètes diffèrent. Saisissez deux fois la même phrase secrète.</translation>
    </message>
    <message>
        <source>The encrypted database could not be created: %1</source>
        <translation>La base de données chiffrée n’a pas pu être créée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Trop de phrases secrètes erronées. Attendez %n seconde avant de réessayer.</numerusform>
            <numerusform>Trop de phrases secrètes erronées. Attendez %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong passphrase. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Phrase secrète erronée. Attendez %n seconde avant de réessayer.</numerusform>
            <numerusform>Phrase secrète erronée. Attendez %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase. Check it and try again; your data is safe.</source>
        <translation>Phrase secrète erronée. Vérifiez-la et réessayez&#xa0;; vos données ne risquent rien.</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>La base de données n’a pas pu être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The two new passphrases are different. Type the same passphrase twice.</source>
        <translation>Les deux nouvelles phrases secrètes diffèrent. Saisissez deux fois la même phrase secrète.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>La phrase secrète actuelle est erronée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database could not be checked: %1</source>
        <translation>La base de données n’a pas pu être vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The passphrase could not be changed; the old one still opens your data. %1</source>
        <translation>La phrase secrète n’a pas pu être changée&#xa0;; l’ancienne ouvre toujours vos données. %1</translation>
    </message>
    <message>
        <source>Enter the server address and the enrolment code you were given.</source>
        <translation>Saisissez l’adresse du serveur et le code d’enregistrement qui vous ont été remis.</translation>
    </message>
    <message>
        <source>The tablet&apos;s storage is full, so this was not saved. Everything saved before is safe. Free some space (other apps&apos; files, old downloads), then enter it again.</source>
        <translation>La mémoire de la tablette est pleine&#xa0;: ceci n’a donc pas été enregistré. Tout ce qui a été enregistré auparavant est en sécurité. Libérez de l’espace (fichiers d’autres applications, anciens téléchargements), puis saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>The encrypted database is damaged, so this was not saved. Sync as soon as you can and tell your administrator.</source>
        <translation>La base de données chiffrée est endommagée&#xa0;: ceci n’a donc pas été enregistré. Synchronisez dès que possible et prévenez votre administrateur·rice.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>custos::app::SyncController</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>Envoi des modifications</translation>
    </message>
    <message>
        <source>Sending photos</source>
        <translation>Envoi des photos</translation>
    </message>
    <message>
        <source>Receiving the team&apos;s changes</source>
        <translation>Réception des modifications de l’équipe</translation>
    </message>
    <message>
        <source>Receiving photos</source>
        <translation>Réception des photos</translation>
    </message>
</context>
<context>
    <name>custos::app::VisitListModel</name>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>remise</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>relue</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>custos::app::VisitWorkspace</name>
    <message>
        <source>The visit&apos;s records could not be read: %1</source>
        <translation>Les données de la visite n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Submitted (waiting for sync)</source>
        <translation>Remise (en attente de synchronisation)</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relue</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation>%1 (chef·fe de délégation)</translation>
    </message>
    <message>
        <source>another team</source>
        <translation>une autre équipe</translation>
    </message>
    <message>
        <source>The app is locked; unlock it to continue.</source>
        <translation>L’application est verrouillée&#xa0;; déverrouillez-la pour continuer.</translation>
    </message>
    <message>
        <source>This visit is not on this tablet.</source>
        <translation>Cette visite n’est pas sur cette tablette.</translation>
    </message>
    <message>
        <source>This visit has been submitted; it can no longer be changed here.</source>
        <translation>Cette visite a été remise&#xa0;; elle ne peut plus être modifiée ici.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="vanished">Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>Entretien %1</translation>
    </message>
    <message>
        <source>Only the visit lead can submit the visit.</source>
        <translation>Seul·e le ou la chef·fe de délégation peut remettre la visite.</translation>
    </message>
    <message>
        <source>Urgent – immediate observation</source>
        <translation>Urgent – observation immédiate</translation>
    </message>
    <message>
        <source>Priority concern</source>
        <translation>Préoccupation prioritaire</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Préoccupation</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Bonne pratique</translation>
    </message>
    <message>
        <source>No consent: the team&apos;s own knowledge only</source>
        <translation>Pas de consentement&#xa0;: connaissance de l’équipe seulement</translation>
    </message>
    <message>
        <source>Internal use by the monitoring body</source>
        <translation>Usage interne par l’organe de contrôle</translation>
    </message>
    <message>
        <source>May be raised with the authorities</source>
        <translation>Peut être évoqué auprès des autorités</translation>
    </message>
    <message>
        <source>May be published, anonymised</source>
        <translation>Peut être publié, anonymisé</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuel</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Collectif</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Partiellement mise en œuvre</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Non mise en œuvre</translation>
    </message>
    <message>
        <source>No longer applicable</source>
        <translation>Sans objet désormais</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observé</translation>
    </message>
    <message>
        <source>Detainee</source>
        <translation>Personne détenue</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Custodial staff</source>
        <translation>Personnel de surveillance</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Medical staff</source>
        <translation>Personnel médical</translation>
    </message>
    <message>
        <source>Other detainees</source>
        <translation>Autres personnes détenues</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Physical ill-treatment</source>
        <translation>Mauvais traitements physiques</translation>
    </message>
    <message>
        <source>Threats or verbal abuse</source>
        <translation>Menaces ou violences verbales</translation>
    </message>
    <message>
        <source>Excessive use of force</source>
        <translation>Usage excessif de la force</translation>
    </message>
    <message>
        <source>Denial of health care</source>
        <translation>Refus de soins</translation>
    </message>
    <message>
        <source>Prolonged solitary confinement</source>
        <translation>Isolement prolongé</translation>
    </message>
    <message>
        <source>Corruption or extortion</source>
        <translation>Corruption ou extorsion</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Violences sexuelles</translation>
    </message>
    <message>
        <source>Record the person&apos;s consent first: it decides who may ever see this interview.</source>
        <translation>Enregistrez d’abord le consentement de la personne&#xa0;: il décide qui pourra voir cet entretien.</translation>
    </message>
    <message>
        <source>Only the interviewer or the visit lead can change this interview.</source>
        <translation>Seul·es la personne qui a mené l’entretien ou le ou la chef·fe de délégation peuvent le modifier.</translation>
    </message>
    <message>
        <source>Give the person a pseudonymous code (for example D-17). Never a name.</source>
        <translation>Attribuez un code pseudonyme à la personne (par exemple D-17). Jamais un nom.</translation>
    </message>
    <message>
        <source>A finding needs a theme and a text.</source>
        <translation>Un constat doit avoir un thème et un texte.</translation>
    </message>
    <message>
        <source>Choose how serious the finding is.</source>
        <translation>Indiquez la gravité du constat.</translation>
    </message>
    <message>
        <source>A recommendation needs a text and the authority it is addressed to.</source>
        <translation>Une recommandation doit avoir un texte et l’autorité à laquelle elle s’adresse.</translation>
    </message>
    <message>
        <source>Write the due date as YYYY-MM-DD, e.g. 2027-03-31.</source>
        <translation>Écrivez l’échéance sous la forme AAAA-MM-JJ, p.&#xa0;ex. 2027-03-31.</translation>
    </message>
    <message>
        <source>Immediate observations – %1, %2</source>
        <translation>Observations immédiates – %1, %2</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Choose where the recommendation stands.</source>
        <translation>Indiquez où en est la recommandation.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Custos — detention monitoring visits</source>
        <translation>Custos — visites de contrôle des lieux de privation de liberté</translation>
    </message>
    <message>
        <source>Folder for the encrypted database.</source>
        <translation>Dossier de la base de données chiffrée.</translation>
    </message>
    <message>
        <source>Server address to enrol with.</source>
        <translation>Adresse du serveur auprès duquel s’enregistrer.</translation>
    </message>
    <message>
        <source>CA certificate (PEM) to trust for the server.</source>
        <translation>Certificat de l’autorité de certification (PEM) à approuver pour le serveur.</translation>
    </message>
    <message>
        <source>Load every screen, report problems and exit.</source>
        <translation>Charger chaque écran, signaler les problèmes et quitter.</translation>
    </message>
    <message>
        <source>Enrolment code to pre-fill.</source>
        <translation>Code d’enregistrement à préremplir.</translation>
    </message>
    <message>
        <source>Language of the screens: en, fr or ar (default: the saved choice, else the system language; unsupported languages show English).</source>
        <translation>Langue des écrans&#xa0;: en, fr ou ar (par défaut&#xa0;: le choix enregistré, sinon la langue du système&#xa0;; les langues non prises en charge affichent l’anglais).</translation>
    </message>
    <message>
        <source>Colours: light, dark or contrast (bright light); default: the saved choice, else light.</source>
        <translation>Couleurs&#xa0;: light (clair), dark (sombre) ou contrast (pleine lumière)&#xa0;; par défaut&#xa0;: le choix enregistré, sinon clair.</translation>
    </message>
</context>
</TS>
