<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="209" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="209" />
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="209" />
        <source>Organisme</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="210" />
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="210" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="218" />
        <source>Intitulé (ex. Cariste CACES)</source>
        <translation>Title (e.g. Forklift licence)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="220" />
        <source>Échéance JJ/MM/AAAA</source>
        <translation>Deadline DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="221" />
        <source>Ajouter l'a&amp;ction</source>
        <translation>Add a&amp;ction</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="55" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="57" />
        <source>Mode &amp;permanence</source>
        <translation>&amp;Drop-in mode</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="71" />
        <source>Sept prochains jours</source>
        <translation>Next seven days</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="88" />
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="88" />
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="88" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="89" />
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="89" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="110" />
        <source>Aujourd'hui, %s</source>
        <translation>Today, %s</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="130" />
        <source>Aucun rendez-vous</source>
        <translation>No appointment</translation>
    </message>
</context>
<context>
    <name>AuditsPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="19" />
        <source>Bilans de compétences</source>
        <translation>Skills audits</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="21" />
        <source>Ici viendront les bilans de compétences de chaque personne : parcours, formations, compétences avec leur niveau et leurs preuves, intérêts et contraintes, métiers visés avec leurs écarts, plan d'action et synthèse imprimable.</source>
        <translation>Each person's skills audit will come here: work history, education, skills with level and evidence, interests and constraints, target occupations with their gaps, action plan and a printable summary.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="63" />
        <source>&amp;Personne</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="65" />
        <source>Rechercher une personne…</source>
        <translation>Search for a person…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="67" />
        <source>Rechercher une personne</source>
        <translation>Search for a person</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="70" />
        <source>Personnes trouvées</source>
        <translation>People found</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="72" />
        <source>Seu&amp;lement les personnes avec un bilan</source>
        <translation>On&amp;ly people with an audit</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="76" />
        <source>&amp;Bilans de la personne</source>
        <translation>&amp;Audits of this person</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="79" />
        <source>Bilans de la personne</source>
        <translation>Audits of this person</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="84" />
        <source>&amp;Nouveau bilan</source>
        <translation>&amp;New audit</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="85" />
        <source>Rendre co&amp;urant</source>
        <translation>Make c&amp;urrent</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="86" />
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="90" />
        <source>Importer un référentiel ESCO…</source>
        <translation>Import an ESCO referential…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="97" />
        <source>Choisissez une personne pour voir ou commencer son bilan.</source>
        <translation>Choose a person to see or start their skills audit.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="177" />
        <source>A déjà un bilan de compétences.</source>
        <translation>Already has a skills audit.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="223" />
        <source> (clôturé le %s)</source>
        <translation> (closed on %s)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="225" />
        <source> — courant</source>
        <translation> — current</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="267" />
        <source>%s — pas encore de bilan : « Nouveau bilan » pour commencer.</source>
        <translation>%s — no audit yet: “New audit” to start one.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="310" />
        <source>Supprimer le bilan</source>
        <translation>Delete the audit</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="311" />
        <source>Supprimer « %s » et tout son contenu (parcours, compétences, plan) ?</source>
        <translation>Delete “%s” and everything in it (career, skills, plan)?</translation>
    </message>
</context>
<context>
    <name>CardConfirm</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="56" />
        <source>&amp;Charger une carte…</source>
        <translation>&amp;Load a card…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="64" />
        <source>Empreinte</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="69" />
        <source>L&apos;&amp;empreinte est bien celle que la personne m&apos;a lue (par téléphone ou en personne)</source>
        <translation>The &amp;fingerprint is the one the person read to me (by phone or in person)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="80" />
        <source>Choisir la carte d&apos;identité reçue</source>
        <translation>Choose the identity card you received</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="95" />
        <source>Cette carte est celle d&apos;un appareil « %s », pas « %s ».</source>
        <translation>This card belongs to a “%s” device, not “%s”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="103" />
        <source>&lt;b&gt;%s&lt;/b&gt; (%s), appareil %s&lt;br&gt;Empreinte à comparer :</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; (%s), device %s&lt;br&gt;Fingerprint to compare:</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="104" />
        <source>sans nom</source>
        <translation>no name</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../reconv_desktop/gui/caseload_model.py" line="48" />
        <source>Nom</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/caseload_model.py" line="48" />
        <source>Prénom</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/caseload_model.py" line="48" />
        <source>Cellule</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/caseload_model.py" line="48" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/caseload_model.py" line="49" />
        <source>Dernier contact</source>
        <translation>Last contact</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/pages/caseload.py" line="54" />
        <source>Rechercher un nom, une note, une action… (Ctrl+F)</source>
        <translation>Search a name, a note, an action… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/caseload.py" line="56" />
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/caseload.py" line="58" />
        <source>Filtrer par cellule</source>
        <translation>Filter by cell</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/caseload.py" line="60" />
        <source>Filtrer par statut</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/caseload.py" line="61" />
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/caseload.py" line="64" />
        <source>&amp;Nouvelle personne (Ctrl+N)</source>
        <translation>&amp;New person (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/caseload.py" line="134" />
        <source>Toutes les cellules</source>
        <translation>All cells</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reconv_desktop/gui/pages/caseload.py" line="169" />
        <source>%n personne(s)</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="154" />
        <source>Cochez une démarche quand elle est faite (Espace).</source>
        <translation>Tick a step when it is done (Space).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="172" />
        <source> — faite le %s</source>
        <translation> — done on %s</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="174" />
        <source> — échéance %s</source>
        <translation> — due %s</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="190" />
        <source>Démarche cochée</source>
        <translation>Step ticked</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="73" />
        <source>Importer un lot</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="75" />
        <source>Choisissez le fichier reçu. Il est vérifié (signature, destinataire, intégrité) avant tout aperçu ; rien n&apos;est modifié avant votre confirmation.</source>
        <translation>Choose the file you received. It is verified (signature, recipient, integrity) before any preview; nothing changes until you confirm.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="80" />
        <source>Fichier du lot</source>
        <translation>Bundle file</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="82" />
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="101" />
        <source>Choisir le lot reçu</source>
        <translation>Choose the received bundle</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="115" />
        <source>Vérification du lot…</source>
        <translation>Verifying the bundle…</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="131" />
        <source>Aucun conflit à examiner.</source>
        <translation>No conflict to review.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="135" />
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="135" />
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="136" />
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="137" />
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="145" />
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="145" />
        <source>Version actuelle</source>
        <translation>Current version</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="146" />
        <source>Autre version</source>
        <translation>Other version</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="155" />
        <source>&amp;Garder la version actuelle</source>
        <translation>&amp;Keep the current version</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="156" />
        <source>&amp;Prendre l&apos;autre version (échanger)</source>
        <translation>&amp;Take the other version (swap)</translation>
    </message>
</context>
<context>
    <name>CoordinationPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="51" />
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="197" />
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="55" />
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="61" />
        <source>Accompagnateurs enregistrés</source>
        <translation>Registered counsellors</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="59" />
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="59" />
        <source>Empreinte</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="59" />
        <source>Lots reçus</source>
        <translation>Bundles received</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="60" />
        <source>Dernier lot reçu</source>
        <translation>Last bundle received</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="60" />
        <source>Dernier mois</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="66" />
        <source>&amp;Ajouter un·e accompagnateur·rice…</source>
        <translation>&amp;Add a counsellor…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="67" />
        <source>&amp;Importer un lot reçu…</source>
        <translation>&amp;Import a received bundle…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="68" />
        <source>&amp;Envoyer un lot…</source>
        <translation>&amp;Send a bundle…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="69" />
        <source>Exporter &amp;ma carte…</source>
        <translation>Export &amp;my card…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="82" />
        <source>Indicateurs consolidés du &amp;mois :</source>
        <translation>Consolidated indicators for the &amp;month:</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="85" />
        <source>Exporter en &amp;PDF…</source>
        <translation>Export as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="86" />
        <source>Exporter en C&amp;SV…</source>
        <translation>Export as C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="102" />
        <source>Indicateurs consolidés</source>
        <translation>Consolidated indicators</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="145" />
        <source>%1 : chiffres de %2 accompagnateur(s) sur %3.</source>
        <translation>%1: figures from %2 of %3 counsellor(s).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="171" />
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="172" />
        <source>Tableaux CSV (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="174" />
        <source>Exporter les indicateurs consolidés</source>
        <translation>Export the consolidated indicators</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="191" />
        <source>Exporté : %s</source>
        <translation>Exported: %s</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="191" />
        <source>Écriture…</source>
        <translation>Writing…</translation>
    </message>
</context>
<context>
    <name>DropInForm</name>
    <message>
        <location filename="../../ui/dropin.ui" line="8" />
        <source>Tapez le nom de la personne : choisissez-la dans la liste (flèches) ou laissez le nom tel quel pour l'inscrire. Entrée enregistre le passage.</source>
        <translation>Type the person's name: pick them in the list (arrow keys) or leave the name as typed to register them. Enter records the visit.</translation>
    </message>
    <message>
        <location filename="../../ui/dropin.ui" line="16" />
        <source>&amp;Personne</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../ui/dropin.ui" line="22" />
        <source>Nom Prénom (ex. Wójcik Łukasz)</source>
        <translation>Family name Given name (e.g. Wójcik Łukasz)</translation>
    </message>
    <message>
        <location filename="../../ui/dropin.ui" line="32" />
        <source>&amp;Motif</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dropin.ui" line="43" />
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../ui/dropin.ui" line="49" />
        <source>Ce qui a été dit ou fait (facultatif)</source>
        <translation>What was said or done (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/dropin.ui" line="64" />
        <source>&amp;Enregistrer le passage</source>
        <translation>&amp;Record the visit</translation>
    </message>
    <message>
        <location filename="../../ui/dropin.ui" line="71" />
        <source>Passages d'aujourd'hui</source>
        <translation>Today's visits</translation>
    </message>
</context>
<context>
    <name>DropInPanel</name>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="157" />
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="157" />
        <source>Dossier chômage</source>
        <translation>Unemployment file</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="157" />
        <source>CV</source>
        <translation>CVs</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="157" />
        <source>Formation</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="158" />
        <source>Question administrative</source>
        <translation>Administrative question</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="158" />
        <source>Offre d'emploi</source>
        <translation>Job offer</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="158" />
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="216" />
        <source> — dernier contact %s</source>
        <translation> — last contact %s</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="221" />
        <source>Nouvelle personne : « %s »</source>
        <translation>New person: "%s"</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="234" />
        <source>Passage pour : %s</source>
        <translation>Visit for: %s</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="253" />
        <source>Tapez d'abord le nom de la personne.</source>
        <translation>Type the person's name first.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="272" />
        <source> (nouvelle personne inscrite)</source>
        <translation> (new person registered)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="282" />
        <source>Passage enregistré : %s</source>
        <translation>Visit recorded: %s</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="294" />
        <source>Passage en permanence non enregistré</source>
        <translation>Drop-in visit not recorded</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="130" />
        <source>Enregistrer la coordination</source>
        <translation>Register coordination</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="131" />
        <source>Enregistrer un·e accompagnateur·rice</source>
        <translation>Register a counsellor</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="134" />
        <source>Chargez la carte reçue (fichier .json), puis comparez l&apos;empreinte avec celle que la personne vous lit. Ne confirmez que si elles sont identiques.</source>
        <translation>Load the card you received (.json file), then compare its fingerprint with the one the person reads to you. Confirm only if they are identical.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="143" />
        <source>&amp;Enregistrer</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="167" />
        <source>Exporter ma carte d&apos;identité</source>
        <translation>Export my identity card</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="175" />
        <source>Carte non écrite</source>
        <translation>Card not written</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="177" />
        <source>Carte écrite</source>
        <translation>Card written</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="178" />
        <source>Carte écrite dans %s.

Empreinte à lire à voix haute à l&apos;autre partie :
%s</source>
        <translation>Card written to %s.

Fingerprint to read aloud to the other side:
%s</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="227" />
        <source>Inscription auprès de la coordination (facultatif)</source>
        <translation>Enrolment with coordination (optional)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="229" />
        <source>Si la coordination vous a remis sa carte (fichier .json), chargez-la et comparez l&apos;empreinte avec celle qu&apos;elle vous lit. Sinon, cliquez sur Terminer : vous pourrez le faire plus tard depuis la page Synchronisation.</source>
        <translation>If coordination gave you its card (.json file), load it and compare the fingerprint with the one they read to you. Otherwise click Finish: you can do it later from the Sync page.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="265" />
        <source>Inscription non enregistrée</source>
        <translation>Enrolment not recorded</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="193" />
        <source>Exporter un lot</source>
        <translation>Export a bundle</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="196" />
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="197" />
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="198" />
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="199" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="218" />
        <source>Calcul de l&apos;aperçu…</source>
        <translation>Computing the preview…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="223" />
        <source>Enregistrer le lot</source>
        <translation>Save the bundle</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="241" />
        <source>Écriture du lot…</source>
        <translation>Writing the bundle…</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_figures.py" line="65" />
        <source>Cellule</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_figures.py" line="65" />
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_figures.py" line="65" />
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_figures.py" line="66" />
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_figures.py" line="67" />
        <source>Accompagnement</source>
        <translation>Counsellor</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="246" />
        <source>Reconv Desktop — premier démarrage</source>
        <translation>Reconv Desktop — first start</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="249" />
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="250" />
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="251" />
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="252" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="286" />
        <source>Le coffre n'a pas pu être créé (erreur inattendue).</source>
        <translation>The vault could not be created (unexpected error).</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="50" />
        <source>activité</source>
        <translation>activity</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="51" />
        <source>référence</source>
        <translation>reference</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="52" />
        <source>accusés de réception</source>
        <translation>receipts</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="53" />
        <source>indicateurs</source>
        <translation>indicators</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="54" />
        <source>pseudonymisé</source>
        <translation>pseudonymous</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="55" />
        <source>complet</source>
        <translation>full</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="83" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="83" />
        <source>Sens</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="83" />
        <source>Correspondant</source>
        <translation>Peer</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="84" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="84" />
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="84" />
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="85" />
        <source>Accusé de réception</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="85" />
        <source>Contenu (lignes)</source>
        <translation>Contents (rows)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="110" />
        <source>accusé le %s</source>
        <translation>acknowledged on %s</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="111" />
        <source>en attente</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="114" />
        <source>envoyé</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="114" />
        <source>reçu</source>
        <translation>received</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../reconv_desktop/gui/pages/home.py" line="31" />
        <source>À faire aujourd'hui</source>
        <translation>To do today</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/home.py" line="34" />
        <source>Cliquez sur une ligne (ou Entrée) pour ouvrir le dossier.</source>
        <translation>Click a line (or press Enter) to open the file.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/home.py" line="41" />
        <source>Rendez-vous du jour</source>
        <translation>Today's appointments</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/home.py" line="42" />
        <source>Sans contact depuis 30 jours</source>
        <translation>No contact for 30 days</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/home.py" line="43" />
        <source>Démarches administratives en retard</source>
        <translation>Overdue administrative steps</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/home.py" line="44" />
        <source>Échéances d'actions dépassées</source>
        <translation>Overdue action deadlines</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/home.py" line="70" />
        <source>Aucun rendez-vous aujourd'hui.</source>
        <translation>No appointment today.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/home.py" line="72" />
        <source>Tout le monde a été vu récemment.</source>
        <translation>Everyone was seen recently.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/home.py" line="74" />
        <source>Aucune démarche en retard.</source>
        <translation>No overdue step.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/home.py" line="76" />
        <source>Aucune échéance dépassée.</source>
        <translation>No overdue deadline.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="36" />
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="36" />
        <source>Nouvelles</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="37" />
        <source>Modifiées</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="38" />
        <source>Supprimées</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="39" />
        <source>Inchangées</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="40" />
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="40" />
        <source>Refusées</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="238" />
        <source>Importer un lot</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="241" />
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="242" />
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="243" />
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="244" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="270" />
        <source>Vérification du lot…</source>
        <translation>Verifying the bundle…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="281" />
        <source>Import du lot…</source>
        <translation>Importing the bundle…</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../reconv_desktop/gui/charts.py" line="34" />
        <source>Graphique des indicateurs</source>
        <translation>Indicators chart</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/charts.py" line="49" />
        <source>Aucun chiffre pour ce mois</source>
        <translation>No figures for this month</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../reconv_desktop/gui/app.py" line="97" />
        <source>Préparation du coffre de démonstration…</source>
        <translation>Preparing the demo vault…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/app.py" line="59" />
        <source>Cette copie de l&apos;application va se fermer sans ouvrir le coffre.</source>
        <translation>This copy of the application will close without opening the vault.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="111" />
        <source>Reconv Desktop</source>
        <translation>Reconv Desktop</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="113" />
        <source> — démonstration (données fictives)</source>
        <translation> — demo (fictitious data)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="125" />
        <source>Verrouillé automatiquement après une période d'inactivité.</source>
        <translation>Locked automatically after a period of inactivity.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="135" />
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="135" />
        <source>Dossiers</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="135" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="135" />
        <source>Bilans</source>
        <translation>Skills audits</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="136" />
        <source>CV</source>
        <translation>CVs</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="136" />
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="136" />
        <source>Rapports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="137" />
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="148" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="149" />
        <source>&amp;Nouvelle personne…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="151" />
        <source>&amp;Verrouiller</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="154" />
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="155" />
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="156" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="159" />
        <source>&amp;Rechercher une personne</source>
        <translation>&amp;Search for a person</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="161" />
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="166" />
        <source>Mode &amp;permanence</source>
        <translation>&amp;Drop-in mode</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="182" />
        <source>Verrouillé</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="186" />
        <source>Déverrouillé</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="188" />
        <source>Dernier envoi : %s</source>
        <translation>Last bundle sent: %s</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="189" />
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reconv_desktop/gui/main_window.py" line="193" />
        <source>%1 modification(s) non envoyée(s)</source>
        <translation><numerusform>%1 change not yet sent</numerusform><numerusform>%1 changes not yet sent</numerusform></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="238" />
        <source>Saisie non valide abandonnée :</source>
        <translation>Invalid input discarded:</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="161" />
        <source>&amp;Sauvegardes…</source>
        <translation>&amp;Backups…</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="48" />
        <source>Lot mensuel pour la coordination</source>
        <translation>Monthly bundle for coordination</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="50" />
        <source>Choisissez le mois et ce que le lot contient. Vous verrez ensuite exactement ce qui quitte cet ordinateur, avant que rien ne soit écrit.</source>
        <translation>Choose the month and what the bundle holds. You will then see exactly what leaves this computer, before anything is written.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="54" />
        <source>&amp;Mois</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="57" />
        <source>&amp;Indicateurs : comptages mensuels anonymes (moins de 5 masqués)</source>
        <translation>&amp;Indicators: anonymous monthly counts (under 5 masked)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="59" />
        <source>&amp;Pseudonymisé : dossiers sans nom, contact, numéro national ni texte libre ; date de naissance réduite à l&apos;année</source>
        <translation>&amp;Pseudonymous: records without name, contact, national number or free text; birth date reduced to the year</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="61" />
        <source>&amp;Complet : toutes les données (par exemple pour un transfert)</source>
        <translation>&amp;Full: all data (for example for a transfer)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="72" />
        <source>Contenu</source>
        <translation>Contents</translation>
    </message>
</context>
<context>
    <name>OutcomeTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="283" />
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="285" />
        <source>(sans objet)</source>
        <translation>(not applicable)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="289" />
        <source>Enregistrer la &amp;sortie</source>
        <translation>Record the &amp;outcome</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="291" />
        <source>Type de sortie</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="292" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="293" />
        <source>Contrat</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="294" />
        <source>Employeur ou organisme</source>
        <translation>Employer or organisation</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="318" />
        <source>Pas encore de sortie enregistrée.</source>
        <translation>No outcome recorded yet.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="42" />
        <source>Bienvenue dans Reconv Desktop</source>
        <translation>Welcome to Reconv Desktop</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="44" />
        <source>Vos dossiers seront chiffrés sur cet ordinateur. Choisissez une phrase de passe d'au moins 10 caractères : quelques mots, avec chiffres ou signes.</source>
        <translation>Your files will be encrypted on this computer. Choose a passphrase of at least 10 characters: a few words, with digits or symbols.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="48" />
        <source>Prénom Nom (facultatif)</source>
        <translation>Given name Family name (optional)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="61" />
        <source>Votre &amp;nom</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="62" />
        <source>&amp;Phrase de passe</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="65" />
        <source>&amp;Confirmation</source>
        <translation>&amp;Confirmation</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="77" />
        <source>Solidité : %s</source>
        <translation>Strength: %s</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="89" />
        <source>Les deux phrases de passe ne sont pas identiques.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="106" />
        <source>Création du coffre chiffré…</source>
        <translation>Creating the encrypted vault…</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="84" />
        <source>Ce qui quitte cet ordinateur</source>
        <translation>What leaves this computer</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="90" />
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="90" />
        <source>Lignes</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="91" />
        <source>Champs envoyés</source>
        <translation>Fields sent</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="91" />
        <source>Champs retirés</source>
        <translation>Fields removed</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="106" />
        <source>&amp;Écrire le lot…</source>
        <translation>&amp;Write the bundle…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="111" />
        <source>Calcul de l&apos;aperçu…</source>
        <translation>Computing the preview…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="120" />
        <source>Destinataire(s) : %s&lt;br&gt;Mois : %s&lt;br&gt;&lt;b&gt;%s ligne(s) au total&lt;/b&gt; dans ce lot.</source>
        <translation>Recipient(s): %s&lt;br&gt;Month(s): %s&lt;br&gt;&lt;b&gt;%s row(s) in total&lt;/b&gt; in this bundle.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="130" />
        <source>Rien de nouveau à envoyer pour ce mois.</source>
        <translation>Nothing new to send for this month.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="153" />
        <source>Écriture du lot…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="139" />
        <source>Aperçu du lot (rien n&apos;est encore modifié)</source>
        <translation>Bundle preview (nothing changed yet)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="150" />
        <source>&amp;Appliquer</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="157" />
        <source>Lot n° %s de &lt;b&gt;%s&lt;/b&gt; — %s, période %s, créé le %s (%s octets).&lt;br&gt;Signature et contenu vérifiés.</source>
        <translation>Bundle no. %s from &lt;b&gt;%s&lt;/b&gt; — %s, period %s, created %s (%s bytes).&lt;br&gt;Signature and contents verified.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="164" />
        <source>Ce lot a déjà été importé : l&apos;importer à nouveau ne changerait rien.</source>
        <translation>This bundle was already imported: importing it again would change nothing.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="167" />
        <source>%s conflit(s) : la version perdante sera gardée dans la liste des conflits à examiner.</source>
        <translation>%s conflict(s): the losing version will be kept in the list of conflicts to review.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="170" />
        <source>Accusé de réception de %s lot(s) envoyé(s).</source>
        <translation>Acknowledges %s sent bundle(s).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="173" />
        <source>Tables ignorées (format plus récent) : %s</source>
        <translation>Tables ignored (newer format): %s</translation>
    </message>
</context>
<context>
    <name>QuickAddDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/quick_add.py" line="20" />
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/quick_add.py" line="24" />
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/quick_add.py" line="31" />
        <source>Créer le dossier</source>
        <translation>Create the file</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/quick_add.py" line="32" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QuickAddForm</name>
    <message>
        <location filename="../../ui/quick_add.ui" line="10" />
        <source>&amp;Nom</source>
        <translation>Family &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/quick_add.ui" line="19" />
        <source>&amp;Prénom</source>
        <translation>&amp;Given name</translation>
    </message>
    <message>
        <location filename="../../ui/quick_add.ui" line="28" />
        <source>&amp;Cellule</source>
        <translation>&amp;Cell</translation>
    </message>
    <message>
        <location filename="../../ui/quick_add.ui" line="37" />
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../ui/quick_add.ui" line="46" />
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="134" />
        <source>Votre clé de secours</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="136" />
        <source>Si vous oubliez la phrase de passe, seule cette clé ouvre vos dossiers. Imprimez-la ou recopiez-la et rangez-la en lieu sûr, hors de l'ordinateur.</source>
        <translation>If you forget the passphrase, only this key opens your files. Print it or copy it down and keep it somewhere safe, away from the computer.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="148" />
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="149" />
        <source>&amp;Copier</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="158" />
        <source>&amp;J'ai conservé la clé de secours en lieu sûr</source>
        <translation>I have &amp;kept the recovery key somewhere safe</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="172" />
        <source>Clé copiée ; le presse-papiers sera vidé dans %s s.</source>
        <translation>Key copied; the clipboard will be cleared in %s s.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="187" />
        <source>Reconv Desktop — clé de secours</source>
        <translation>Reconv Desktop — recovery key</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="190" />
        <source>À garder en lieu sûr. Elle ouvre le coffre si la phrase de passe est oubliée.</source>
        <translation>Keep it somewhere safe. It opens the vault if the passphrase is forgotten.</translation>
    </message>
</context>
<context>
    <name>RememberPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="201" />
        <source>Cet ordinateur</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="202" />
        <source>Choisissez si le coffre s'ouvre sans phrase de passe ici.</source>
        <translation>Choose whether the vault opens without a passphrase here.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="204" />
        <source>Se &amp;souvenir du coffre sur cet ordinateur</source>
        <translation>&amp;Remember the vault on this computer</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="211" />
        <source>La clé sera gardée dans le trousseau sécurisé du système. À éviter sur un ordinateur partagé.</source>
        <translation>The key will be kept in the system's secure keyring. Avoid this on a shared computer.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="45" />
        <source>Rapport mensuel d&apos;activité</source>
        <translation>Monthly activity report</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="49" />
        <source>Les mêmes chiffres que le lot « indicateurs » envoyé à la coordination. Les comptes de 1 à %d sont masqués (« &lt; %d ») pour qu&apos;aucun chiffre ne désigne une personne.</source>
        <translation>The same figures as the “indicators” bundle sent to coordination. Counts from 1 to %d are masked (“&lt; %d”) so that no figure points at a person.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="56" />
        <source>&amp;Mois :</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="59" />
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="60" />
        <source>Enregistrer en &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="61" />
        <source>Enregistrer en C&amp;SV…</source>
        <translation>Save as C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="75" />
        <source>Chiffres du mois</source>
        <translation>Figures of the month</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="106" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="109" />
        <source>%1 : %2 chiffre(s), dont %3 masqué(s).</source>
        <translation>%1: %2 figure(s), %3 of them masked.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="111" />
        <source>Aucune activité enregistrée pour %s.</source>
        <translation>No activity recorded for %s.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="123" />
        <source>Enregistrer le rapport en PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="124" />
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="130" />
        <source>Enregistrer les chiffres en CSV</source>
        <translation>Save the figures as CSV</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="131" />
        <source>Tableaux CSV (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="150" />
        <source>Rapport enregistré : %s</source>
        <translation>Report saved: %s</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="152" />
        <source>Écriture du rapport…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="161" />
        <source>Rapport mensuel %s</source>
        <translation>Monthly report %s</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="168" />
        <source>Lot écrit</source>
        <translation>Bundle written</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="180" />
        <source>Lot n° %s écrit : %s (%s octets).&lt;br&gt;&lt;br&gt;Remettez ce fichier à la coordination (clé USB ou courriel) : il est chiffré pour elle seule. Tant qu&apos;elle n&apos;en a pas accusé réception, ces changements repartent dans le lot suivant.</source>
        <translation>Bundle no. %s written: %s (%s bytes).&lt;br&gt;&lt;br&gt;Hand this file to coordination (USB key or e-mail): it is encrypted for them only. Until they acknowledge it, these changes go out again in the next bundle.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="206" />
        <source>Lot importé</source>
        <translation>Bundle imported</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="219" />
        <source>Lot déjà importé : rien n&apos;a changé.</source>
        <translation>Bundle already imported: nothing changed.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="221" />
        <source>%s changement(s), %s conflit(s).</source>
        <translation>%s change(s), %s conflict(s).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="224" />
        <source>%s envoi(s) accusé(s) par la coordination.</source>
        <translation>%s sent bundle(s) acknowledged by coordination.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="46" />
        <source>Envoyer un lot à un·e accompagnateur·rice</source>
        <translation>Send a bundle to a counsellor</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="55" />
        <source>&amp;Destinataire</source>
        <translation>&amp;Recipient</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="56" />
        <source>&amp;Référentiel : cellules et check-lists de ce coffre</source>
        <translation>Re&amp;ference data: cells and checklists of this vault</translation>
    </message>
    <message>
        <source>&amp;Compétences et métiers (remplace le référentiel de la personne)</source>
        <translation>&amp;Skills and occupations (replaces the counsellor's referential)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="58" />
        <source>&amp;Accusés de réception des lots reçus</source>
        <translation>&amp;Acknowledge the bundles received</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="61" />
        <source>identifiants séparés par des virgules</source>
        <translation>ids separated by commas</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="64" />
        <source>&amp;Transférer les personnes</source>
        <translation>&amp;Transfer people</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="67" />
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="67" />
        <source>Lignes</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="68" />
        <source>Champs envoyés</source>
        <translation>Fields sent</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="77" />
        <source>A&amp;perçu</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="78" />
        <source>&amp;Écrire le lot…</source>
        <translation>&amp;Write the bundle…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="79" />
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="119" />
        <source>%s ligne(s) pour %s.</source>
        <translation>%s row(s) for %s.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="134" />
        <source>Enregistrer le lot</source>
        <translation>Save the bundle</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="145" />
        <source>Lot n° %s écrit : %s (%s octets).</source>
        <translation>Bundle no. %s written: %s (%s bytes).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="154" />
        <source>Écriture du lot…</source>
        <translation>Writing the bundle…</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../ui/settings_page.ui" line="8" />
        <source>Sécurité</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="13" />
        <source>&amp;Verrouiller après</source>
        <translation>&amp;Lock after</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="19" />
        <source> min d'inactivité</source>
        <translation> min of inactivity</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="27" />
        <source>&amp;Se souvenir du coffre sur cet ordinateur (ouverture sans phrase de passe)</source>
        <translation>&amp;Remember the vault on this computer (open without passphrase)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="42" />
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="47" />
        <source>&amp;Langue de l'interface</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="56" />
        <source>Le changement de langue s'applique au prochain démarrage.</source>
        <translation>A change of language applies at the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="65" />
        <source>Dossiers</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="69" />
        <source>Dossier des données</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="80" />
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="85" />
        <source>Dossier des sauvegardes</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="96" />
        <source>&amp;Choisir…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="104" />
        <source>Protection des données</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="108" />
        <source>Vider le &amp;presse-papiers après</source>
        <translation>Clear the cli&amp;pboard after</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="114" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="115" />
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="120" />
        <source>Après une copie de données personnelles (coordonnées, clé de secours), si le presse-papiers contient encore ce texte.</source>
        <translation>After personal data is copied (contact details, recovery key), if the clipboard still holds that text.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="127" />
        <source>Sauve&amp;gardes…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="132" />
        <source>&amp;Journal d&apos;audit…</source>
        <translation>Audit lo&amp;g…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="137" />
        <source>&amp;Durée de conservation…</source>
        <translation>Re&amp;tention period…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/pages/settings.py" line="49" />
        <source>Pas pour un coffre de démonstration.</source>
        <translation>Not for a demo vault.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/settings.py" line="52" />
        <source>La clé est gardée dans le trousseau du système ; verrouillez votre session Windows ou Linux quand vous quittez l'ordinateur.</source>
        <translation>The key is kept in the system keyring; lock your Windows or Linux session when you leave the computer.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/settings.py" line="66" />
        <source>Paramètres enregistrés.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/settings.py" line="78" />
        <source>Le trousseau du système a refusé la clé.</source>
        <translation>The system keyring refused the key.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/settings.py" line="85" />
        <source>Langue enregistrée : elle s'appliquera au prochain démarrage.</source>
        <translation>Language saved: it will apply at the next start.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/settings.py" line="88" />
        <source>Dossier des sauvegardes</source>
        <translation>Backup folder</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="37" />
        <source>Synchronisation avec la coordination</source>
        <translation>Sync with coordination</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="41" />
        <source>Correspondants</source>
        <translation>Peers</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="50" />
        <source>Enregistrer la &amp;coordination…</source>
        <translation>Register &amp;coordination…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="51" />
        <source>Exporter &amp;ma carte…</source>
        <translation>Export &amp;my card…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="61" />
        <source>&amp;Exporter le lot du mois…</source>
        <translation>&amp;Export the monthly bundle…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="62" />
        <source>&amp;Importer un lot reçu…</source>
        <translation>&amp;Import a received bundle…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="76" />
        <source>Historique des lots</source>
        <translation>Bundle history</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="80" />
        <source>&amp;Historique</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="81" />
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="116" />
        <source>Con&amp;flits</source>
        <translation>Con&amp;flicts</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="95" />
        <source>Cet appareil : %s — empreinte &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>This device: %s — fingerprint &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="99" />
        <source>Ce coffre est celui de la coordination : les accompagnateurs, leurs lots et les chiffres consolidés sont dans la page Coordination.</source>
        <translation>This is the coordination vault: counsellors, their bundles and the consolidated figures are on the Coordination page.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="104" />
        <source>Coordination : %s</source>
        <translation>Coordination: %s</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="107" />
        <source>Aucune coordination enregistrée : chargez sa carte pour pouvoir lui envoyer vos lots.</source>
        <translation>No coordination registered: load its card to be able to send it your bundles.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="115" />
        <source>Con&amp;flits (%s)</source>
        <translation>Con&amp;flicts (%s)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="119" />
        <source>Dernier envoi : %s — %s modification(s) non encore accusée(s) par la coordination.</source>
        <translation>Last sent: %s — %s change(s) not yet acknowledged by coordination.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="120" />
        <source>jamais</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="69" />
        <source>Nouvelle note (Ctrl+Entrée pour l'ajouter)</source>
        <translation>New note (Ctrl+Enter to add it)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="72" />
        <source>Ajouter la &amp;note</source>
        <translation>Add the &amp;note</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="101" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="130" />
        <source>Ajout d'une note</source>
        <translation>Note added</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../ui/unlock.ui" line="26" />
        <source>Coffre verrouillé</source>
        <translation>Vault locked</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="32" />
        <source>Saisissez votre phrase de passe pour ouvrir vos dossiers. Si vous l'avez oubliée, utilisez la clé de secours imprimée lors de la création du coffre.</source>
        <translation>Enter your passphrase to open your files. If you forgot it, use the recovery key printed when the vault was created.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="40" />
        <source>&amp;Phrase de passe</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="46" />
        <source>Clé de &amp;secours</source>
        <translation>&amp;Recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="54" />
        <source>Phrase de passe</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="55" />
        <source>Phrase de passe ou clé de secours</source>
        <translation>Passphrase or recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="69" />
        <source>Ouvrir avec la clé &amp;mémorisée</source>
        <translation>Open with the &amp;remembered key</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="79" />
        <source>&amp;Déverrouiller</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../reconv_desktop/gui/unlock.py" line="45" />
        <source>Coffre de démonstration (données fictives) : sa phrase de passe est « %s ».</source>
        <translation>Demo vault (fictitious data): its passphrase is "%s".</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/unlock.py" line="62" />
        <source>Phrase de passe</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/unlock.py" line="62" />
        <source>ABCD-EFGH-… (8 groupes de 4)</source>
        <translation>ABCD-EFGH-… (8 groups of 4)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/unlock.py" line="85" />
        <source>Saisissez la phrase de passe ou la clé de secours.</source>
        <translation>Enter the passphrase or the recovery key.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/unlock.py" line="92" />
        <source>Ouverture du coffre…</source>
        <translation>Opening the vault…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/unlock.py" line="116" />
        <source>Le coffre n'a pas pu être ouvert (erreur inattendue).</source>
        <translation>The vault could not be opened (unexpected error).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/unlock.py" line="127" />
        <source>Aucune clé mémorisée valable sur cet ordinateur : saisissez la phrase de passe.</source>
        <translation>No valid remembered key on this computer: enter the passphrase.</translation>
    </message>
</context>
<context>
    <name>WorkerFile</name>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="74" />
        <source>← Liste (Échap)</source>
        <translation>← List (Esc)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="92" />
        <source>&amp;Identité et contact</source>
        <translation>&amp;Identity and contact</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="97" />
        <source>&amp;Suivi (notes et rendez-vous)</source>
        <translation>&amp;Follow-up (notes and appointments)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="98" />
        <source>&amp;Démarches administratives</source>
        <translation>&amp;Administrative steps</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="99" />
        <source>&amp;Actions</source>
        <translation>A&amp;ctions</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="100" />
        <source>So&amp;rtie</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="124" />
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="195" />
        <source>Enregistré</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="240" />
        <source>Saisie non valide</source>
        <translation>Invalid input</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="241" />
        <source>Certaines saisies ne sont pas valides et ne sont pas enregistrées :
%s</source>
        <translation>Some input is not valid and is not saved:
%s</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="243" />
        <source>Corriger</source>
        <translation>Correct it</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="244" />
        <source>Abandonner ces saisies</source>
        <translation>Discard this input</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="83" />
        <source>&amp;Bilan de compétences →</source>
        <translation>Skills &amp;audit →</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="108" />
        <source>Droits (R&amp;GPD)</source>
        <translation>Rights (&amp;GDPR)</translation>
    </message>
</context>
<context>
    <name>WorkerIdentityForm</name>
    <message>
        <location filename="../../ui/worker_identity.ui" line="8" />
        <source>Identité et contact</source>
        <translation>Identity and contact</translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="12" />
        <source>&amp;Nom</source>
        <translation>Family &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="29" />
        <source>&amp;Prénom</source>
        <translation>&amp;Given name</translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="46" />
        <source>Date de &amp;naissance</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="52" />
        <location filename="../../ui/worker_identity.ui" line="231" />
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="64" />
        <source>Numéro national (NISS/NIR)</source>
        <translation>National number (NISS/NIR)</translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="70" />
        <source>11 chiffres (NISS) ou 15 caractères (NIR)</source>
        <translation>11 digits (NISS) or 15 characters (NIR)</translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="82" />
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="99" />
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="116" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="133" />
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="150" />
        <source>&amp;Localité</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="167" />
        <source>&amp;Cellule</source>
        <translation>&amp;Cell</translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="184" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="204" />
        <source>Consentement (RGPD)</source>
        <translation>Consent (GDPR)</translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="208" />
        <source>Portée du consentement</source>
        <translation>Consent scope</translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="225" />
        <source>Date du consentement</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="243" />
        <source>Recueilli par</source>
        <translation>Collected by</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="43" />
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="51" />
        <source>Ctrl+1 à Ctrl+8 : changer de page
Ctrl+L : verrouiller</source>
        <translation>Ctrl+1 to Ctrl+8: change page
Ctrl+L: lock</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../reconv_desktop/gui/operations.py" line="29" />
        <source>Reconv Desktop</source>
        <translation>Reconv Desktop</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/operations.py" line="36" />
        <source>Une erreur inattendue s'est produite. Vos données enregistrées ne sont pas touchées ; le détail technique est dans le journal.</source>
        <translation>An unexpected error occurred. Your saved data is untouched; the technical details are in the log.</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../reconv_desktop/gui/undo.py" line="58" />
        <source>Modification : %s</source>
        <translation>Edit: %s</translation>
    </message>
</context>
<context>
    <name>AuditConstraintsForm</name>
    <message>
        <location filename="../../ui/audit_constraints.ui" line="10" />
        <source>Trajet &amp;maximum (minutes)</source>
        <translation>&amp;Maximum commute (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_constraints.ui" line="20" />
        <source>Uniquement en transports en &amp;commun</source>
        <translation>Public transport &amp;only</translation>
    </message>
    <message>
        <location filename="../../ui/audit_constraints.ui" line="25" />
        <source>Permis (e&amp;x. B, C, CE)</source>
        <translation>Driving licences (e.&amp;g. B, C, CE)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_constraints.ui" line="35" />
        <source>Dispose d'un &amp;véhicule</source>
        <translation>Has a &amp;vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/audit_constraints.ui" line="40" />
        <source>&amp;Horaires possibles</source>
        <translation>Possible &amp;hours</translation>
    </message>
    <message>
        <location filename="../../ui/audit_constraints.ui" line="50" />
        <source>Restrictions de &amp;santé</source>
        <translation>Health &amp;restrictions</translation>
    </message>
    <message>
        <location filename="../../ui/audit_constraints.ui" line="62" />
        <source>Autres c&amp;ontraintes</source>
        <translation>Other cons&amp;traints</translation>
    </message>
    <message>
        <location filename="../../ui/audit_constraints.ui" line="83" />
        <source>&amp;Enregistrer les contraintes</source>
        <translation>&amp;Save constraints</translation>
    </message>
</context>
<context>
    <name>AuditEditor</name>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="56" />
        <source>Ctrl+Tab / Ctrl+Maj+Tab : onglet suivant / précédent</source>
        <translation>Ctrl+Tab / Ctrl+Shift+Tab: next / previous tab</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="61" />
        <source>Parcours professionnel</source>
        <translation>Work history</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="62" />
        <source>Employeur</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="62" />
        <source>Fonction</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="62" />
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="62" />
        <source>Entrée</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="63" />
        <source>Sortie</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="63" />
        <source>Tâches</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="64" />
        <source>Ajouter un &amp;emploi…</source>
        <translation>Add a &amp;job…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="66" />
        <source>Formation et certificats</source>
        <translation>Education and certificates</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="67" />
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="67" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="67" />
        <source>Établissement</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="67" />
        <source>Obtenu le</source>
        <translation>Obtained on</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="68" />
        <source>Remarque</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="69" />
        <source>Ajouter une &amp;formation…</source>
        <translation>Add &amp;education…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="73" />
        <source>Parcours</source>
        <translation>Career</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="76" />
        <source>Compétences (savoir-faire, savoirs, savoir-être)</source>
        <translation>Skills (know-how, knowledge, soft skills)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="77" />
        <source>Compétence</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="77" />
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="77" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="77" />
        <source>Transférable</source>
        <translation>Transferable</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="78" />
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="78" />
        <source>Preuve</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="79" />
        <source>Ajouter une &amp;compétence…</source>
        <translation>Add a s&amp;kill…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="80" />
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="83" />
        <source>Intérêts, contraintes</source>
        <translation>Interests, constraints</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="86" />
        <source>Plan d'action</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="87" />
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="87" />
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="87" />
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="87" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="88" />
        <source>Ajouter une é&amp;tape…</source>
        <translation>Add a s&amp;tep…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="92" />
        <source>Synthèse</source>
        <translation>Synthesis</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="95" />
        <source>Métiers cibles</source>
        <translation>Target occupations</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="98" />
        <source>Aperçu / Imprimer</source>
        <translation>Preview / Print</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="160" />
        <source>en cours</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="167" />
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="168" />
        <source>référentiel</source>
        <translation>referential</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="168" />
        <source>texte libre</source>
        <translation>free text</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="214" />
        <source>Emploi occupé</source>
        <translation>Job held</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="233" />
        <source>Formation ou certificat</source>
        <translation>Education or certificate</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="287" />
        <source>Étape du plan d'action</source>
        <translation>Action plan step</translation>
    </message>
</context>
<context>
    <name>AuditEducationForm</name>
    <message>
        <location filename="../../ui/audit_education.ui" line="10" />
        <source>&amp;Intitulé</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ui/audit_education.ui" line="20" />
        <source>&amp;Type</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../ui/audit_education.ui" line="30" />
        <source>Éta&amp;blissement</source>
        <translation>&amp;Institution</translation>
    </message>
    <message>
        <location filename="../../ui/audit_education.ui" line="40" />
        <source>&amp;Obtenu le (JJ/MM/AAAA)</source>
        <translation>&amp;Obtained on (DD/MM/YYYY)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_education.ui" line="50" />
        <source>&amp;Remarque</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>AuditExperienceForm</name>
    <message>
        <location filename="../../ui/audit_experience.ui" line="10" />
        <source>&amp;Employeur</source>
        <translation>&amp;Employer</translation>
    </message>
    <message>
        <location filename="../../ui/audit_experience.ui" line="20" />
        <source>&amp;Fonction occupée</source>
        <translation>&amp;Role held</translation>
    </message>
    <message>
        <location filename="../../ui/audit_experience.ui" line="30" />
        <source>&amp;Secteur</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <location filename="../../ui/audit_experience.ui" line="40" />
        <source>&amp;Date d'entrée (JJ/MM/AAAA)</source>
        <translation>Start &amp;date (DD/MM/YYYY)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_experience.ui" line="50" />
        <source>Date de s&amp;ortie (vide : en cours)</source>
        <translation>End d&amp;ate (empty: ongoing)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_experience.ui" line="60" />
        <source>&amp;Tâches principales</source>
        <translation>Main &amp;tasks</translation>
    </message>
</context>
<context>
    <name>AuditPlanStepForm</name>
    <message>
        <location filename="../../ui/audit_plan_step.ui" line="10" />
        <source>É&amp;tape</source>
        <translation>S&amp;tep</translation>
    </message>
    <message>
        <location filename="../../ui/audit_plan_step.ui" line="20" />
        <source>&amp;Responsable</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <location filename="../../ui/audit_plan_step.ui" line="30" />
        <source>É&amp;chéance (JJ/MM/AAAA)</source>
        <translation>&amp;Deadline (DD/MM/YYYY)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_plan_step.ui" line="40" />
        <source>&amp;Statut</source>
        <translation>St&amp;atus</translation>
    </message>
</context>
<context>
    <name>AuditSkillForm</name>
    <message>
        <location filename="../../ui/audit_skill.ui" line="10" />
        <source>&amp;Compétence</source>
        <translation>S&amp;kill</translation>
    </message>
    <message>
        <location filename="../../ui/audit_skill.ui" line="20" />
        <source>&amp;Niveau</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <location filename="../../ui/audit_skill.ui" line="30" />
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location filename="../../ui/audit_skill.ui" line="40" />
        <source>&amp;Preuve / observation</source>
        <translation>&amp;Evidence / observation</translation>
    </message>
    <message>
        <location filename="../../ui/audit_skill.ui" line="52" />
        <source>Compétence &amp;transférable ou savoir-être</source>
        <translation>&amp;Transferable or soft skill</translation>
    </message>
    <message>
        <location filename="../../ui/audit_skill.ui" line="59" />
        <source>Tapez quelques lettres pour choisir dans le référentiel (flèches puis Entrée), ou écrivez librement une compétence qui n'y figure pas.</source>
        <translation>Type a few letters to choose from the referential (arrows, then Enter), or write freely a skill it does not list.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/audit_items.py" line="64" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_items.py" line="65" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../reconv_desktop/gui/audit_items.py" line="147" />
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_items.py" line="148" />
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>PreviewTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="62" />
        <source>Ac&amp;tualiser l'aperçu</source>
        <translation>Refres&amp;h preview</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="63" />
        <source>&amp;Imprimer…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="64" />
        <source>Enregistrer en P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="65" />
        <source>Inclure les restrictions de &amp;santé</source>
        <translation>Include health &amp;restrictions</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="67" />
        <source>Décochée, la version imprimée ne montre pas les restrictions de santé : elle peut être remise à un employeur.</source>
        <translation>Unchecked, the printed version leaves out health restrictions: it can be handed to an employer.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="81" />
        <source>Aperçu du bilan imprimé</source>
        <translation>Preview of the printed audit</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="121" />
        <source>Mise en page du bilan…</source>
        <translation>Laying out the assessment…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="143" />
        <source>Bilan de %1 : %n page(s).</source>
        <translation><numerusform>Assessment of %1: %n page.</numerusform><numerusform>Assessment of %1: %n pages.</numerusform></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="160" />
        <source>Enregistrer le bilan en PDF</source>
        <translation>Save the assessment as PDF</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="160" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="171" />
        <source>Enregistré : %s</source>
        <translation>Saved: %s</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="178" />
        <source>Bilan de compétences</source>
        <translation>Skills assessment</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="56" />
        <source>Centres d'intérêt</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="59" />
        <source>Intérêt</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="59" />
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="65" />
        <source>ex. Travail manuel</source>
        <translation>e.g. Manual work</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="67" />
        <source>précision (facultatif)</source>
        <translation>detail (optional)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="68" />
        <source>&amp;Intérêt</source>
        <translation>&amp;Interest</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="69" />
        <source>&amp;Détail</source>
        <translation>&amp;Detail</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="72" />
        <source>A&amp;jouter l'intérêt</source>
        <translation>Add the int&amp;erest</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="73" />
        <source>Retirer l'intérêt choisi</source>
        <translation>Remove the selected interest</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="82" />
        <source>Contraintes</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="174" />
        <source>Contraintes enregistrées.</source>
        <translation>Constraints saved.</translation>
    </message>
</context>
<context>
    <name>ReferentialImportDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="41" />
        <source>Importer un référentiel ESCO</source>
        <translation>Import an ESCO referential</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="48" />
        <source>Choisissez le dossier du téléchargement ESCO au format CSV (fichiers skills_fr.csv, occupations_fr.csv, occupationSkillRelations_fr.csv). Le référentiel actuel est remplacé seulement si tout l'import réussit.</source>
        <translation>Choose the folder of the ESCO download in CSV format (files skills_fr.csv, occupations_fr.csv, occupationSkillRelations_fr.csv). The current referential is replaced only if the whole import succeeds.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="56" />
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="59" />
        <source>&amp;Dossier</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="61" />
        <source>détectée d'après les noms de fichiers (ex. fr)</source>
        <translation>detected from the file names (e.g. fr)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="62" />
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="66" />
        <source>Résultat de l'import</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="69" />
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="71" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="83" />
        <source>Référentiel actuel : aucun (le référentiel de départ sera chargé au premier besoin).</source>
        <translation>Current referential: none (the starter referential will be loaded when first needed).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="87" />
        <source>Référentiel actuel : %1 (%2), %3 compétences, %4 métiers, %5 liens.</source>
        <translation>Current referential: %1 (%2), %3 skills, %4 occupations, %5 links.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="93" />
        <source>Dossier ESCO (CSV)</source>
        <translation>ESCO folder (CSV)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="101" />
        <source>Choisissez d'abord le dossier ESCO.</source>
        <translation>Choose the ESCO folder first.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="114" />
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="116" />
        <source>Import du référentiel ESCO…</source>
        <translation>Importing the ESCO referential…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="121" />
        <source>Import réussi en %s s.</source>
        <translation>Import succeeded in %s s.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="122" />
        <source>%s compétences, %s métiers, %s liens métier-compétence.</source>
        <translation>%s skills, %s occupations, %s occupation-skill links.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="124" />
        <source>Attention : %s</source>
        <translation>Warning: %s</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="132" />
        <source>Import refusé, référentiel inchangé :
%s</source>
        <translation>Import refused, referential unchanged:
%s</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="135" />
        <source>Import interrompu, référentiel inchangé.</source>
        <translation>Import interrupted, referential unchanged.</translation>
    </message>
</context>
<context>
    <name>SynthesisTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="193" />
        <source>&amp;Titre du bilan</source>
        <translation>Audit &amp;title</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="194" />
        <source>&amp;Début (JJ/MM/AAAA)</source>
        <translation>&amp;Start (DD/MM/YYYY)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="195" />
        <source>&amp;Clôture (JJ/MM/AAAA)</source>
        <translation>&amp;Closed (DD/MM/YYYY)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="196" />
        <source>Conse&amp;iller·e</source>
        <translation>Counsell&amp;or</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="202" />
        <source>&amp;Synthèse du conseiller·e</source>
        <translation>Counsellor's s&amp;ynthesis</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="207" />
        <source>Points forts, freins, pistes retenues, prochaines étapes…</source>
        <translation>Strengths, obstacles, options kept, next steps…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="212" />
        <source>Enregistrer (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="269" />
        <source>Enregistré</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="283" />
        <source>Bilan : %s</source>
        <translation>Audit: %s</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="69" />
        <source>Métiers pr&amp;oposés selon les compétences du référentiel</source>
        <translation>Occupations su&amp;ggested from the referential skills</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="71" />
        <source>Métier</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="71" />
        <source>Adéquation</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="72" />
        <source>Essentielles couvertes</source>
        <translation>Essential covered</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="72" />
        <source>Métiers proposés</source>
        <translation>Suggested occupations</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="81" />
        <source>Recalculer le &amp;classement</source>
        <translation>Re&amp;compute the ranking</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="82" />
        <source>&amp;Retenir ce métier</source>
        <translation>&amp;Keep this occupation</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="95" />
        <source>Métiers &amp;visés retenus</source>
        <translation>&amp;Target occupations kept</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="98" />
        <source>Compétences à acquérir</source>
        <translation>Skills to acquire</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="98" />
        <source>Métiers visés</source>
        <translation>Target occupations</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="101" />
        <source>Compétences manquantes → pl&amp;an d'action</source>
        <translation>Missing skills → act&amp;ion plan</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="102" />
        <source>Ne plus viser ce métier</source>
        <translation>No longer target this occupation</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="132" />
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="171" />
        <source>Classement en cours…</source>
        <translation>Ranking…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="198" />
        <source>%n métier(s) classé(s) selon l'adéquation, du plus proche au plus éloigné.</source>
        <translation><numerusform>%n occupation ranked by fit, closest first.</numerusform><numerusform>%n occupations ranked by fit, closest first.</numerusform></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="203" />
        <source>Aucun métier proposé : ajoutez des compétences choisies dans le référentiel (onglet Compétences).</source>
        <translation>No occupation suggested: add skills chosen from the referential (Skills tab).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="215" />
        <source>%s  (retenu)</source>
        <translation>%s  (kept)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="245" />
        <source>« %s » ajouté aux métiers visés.</source>
        <translation>“%s” added to the target occupations.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="271" />
        <source>%n étape(s) ajoutée(s) au plan d'action.</source>
        <translation><numerusform>%n step added to the action plan.</numerusform><numerusform>%n steps added to the action plan.</numerusform></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="275" />
        <source>Rien à ajouter : le plan couvre déjà les compétences essentielles manquantes.</source>
        <translation>Nothing to add: the plan already covers the missing essential skills.</translation>
    </message>
</context>
<context>
    <name>BackupKeyDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="121" />
        <source>Ouvrir la sauvegarde</source>
        <translation>Open the backup</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="125" />
        <source>Sauvegarde du %s. Elle s&apos;ouvre avec la phrase de passe en vigueur ce jour-là, ou avec la clé de secours imprimée.</source>
        <translation>Backup of %s. It opens with the passphrase in use on that day, or with the printed recovery key.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="129" />
        <source>&amp;Phrase de passe</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="130" />
        <source>&amp;Clé de secours</source>
        <translation>&amp;Recovery key</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="139" />
        <source>Phrase de passe ou clé de secours</source>
        <translation>Passphrase or recovery key</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="164" />
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="199" />
        <source>à l&apos;écriture</source>
        <translation>when written</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="206" />
        <source>Aucune sauvegarde dans ce dossier pour l&apos;instant.</source>
        <translation>No backup in this folder yet.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="226" />
        <source>oui, contrôlée à %s</source>
        <translation>yes, checked at %s</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="253" />
        <source>Cette sauvegarde ne s&apos;ouvre pas avec la clé du coffre ouvert ; sa phrase de passe ou la clé de secours sera demandée pour la restaurer.</source>
        <translation>This backup does not open with the key of the open vault; its passphrase or the recovery key will be asked to restore it.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="256" />
        <source>Lecture de la sauvegarde…</source>
        <translation>Reading the backup…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="265" />
        <source>ABÎMÉE</source>
        <translation>DAMAGED</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="271" />
        <source>Vérification de la sauvegarde…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="289" />
        <source>Sauvegarde créée et vérifiée : %s</source>
        <translation>Backup created and verified: %s</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="294" />
        <source>Sauvegarde du coffre…</source>
        <translation>Backing up the vault…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="299" />
        <source>Dossier des sauvegardes (par exemple une clé USB)</source>
        <translation>Backup folder (for example a USB stick)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="310" />
        <source>Les prochaines sauvegardes iront dans « %s ».</source>
        <translation>The next backups will go to “%s”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="316" />
        <source>Remplacer le coffre par la sauvegarde du %s ?</source>
        <translation>Replace the vault with the backup of %s?</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="317" />
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="320" />
        <source>Les changements faits depuis cette sauvegarde ne seront plus dans le coffre. Une copie de sécurité du coffre actuel est gardée d&apos;abord, dans le dossier « avant-restauration » du dossier des données.

La fenêtre se verrouillera ensuite : déverrouillez-la pour retrouver le coffre restauré.</source>
        <translation>Changes made since this backup will no longer be in the vault. A safety copy of the current vault is kept first, in the “avant-restauration” folder of the data folder.

The window will then lock: unlock it to find the restored vault.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="324" />
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="349" />
        <source>Restauration de la sauvegarde du %s en cours…</source>
        <translation>Restoring the backup of %s…</translation>
    </message>
    <message>
        <source>Coffre de : %s.</source>
        <translation>Vault of: %s.</translation>
    </message>
    <message>
        <source>Sauvegarde du {when} — {reason} — intacte. Schéma {schema}.
Contient : {counts}.
{owner}</source>
        <translation>Backup of {when} — {reason} — intact. Schema {schema}.
Holds: {counts}.
{owner}</translation>
    </message>
    <message>
        <source>rien</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Sauvegarde automatique faite dans « %s ».</source>
        <translation>Automatic backup made in “%s”.</translation>
    </message>
    <message>
        <source>erreur inattendue</source>
        <translation>unexpected error</translation>
    </message>
    <message>
        <source>Sauvegarde automatique impossible : %s</source>
        <translation>Automatic backup failed: %s</translation>
    </message>
    <message>
        <source>Coffre restauré depuis la sauvegarde du %s. Déverrouillez-le pour continuer.</source>
        <translation>Vault restored from the backup of %s. Unlock it to continue.</translation>
    </message>
    <message>
        <source>Copie de sécurité de l&apos;ancien coffre : %s</source>
        <translation>Safety copy of the previous vault: %s</translation>
    </message>
    <message>
        <source>La restauration n&apos;a pas abouti ; le coffre est inchangé.</source>
        <translation>The restore did not complete; the vault is unchanged.</translation>
    </message>
    <message>
        <source>Restauration de la sauvegarde…</source>
        <translation>Restoring the backup…</translation>
    </message>
</context>
<context>
    <name>BackupsForm</name>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="10" />
        <source>&amp;Dossier des sauvegardes</source>
        <translation>Backup &amp;folder</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="21" />
        <source>C&amp;hoisir…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="22" />
        <source>Par exemple une clé USB : chaque sauvegarde est chiffrée.</source>
        <translation>For example a USB stick: every backup is encrypted.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="27" />
        <source>Par d&amp;éfaut</source>
        <translation>D&amp;efault</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="34" />
        <source>Sauvegarde automatique à la première ouverture du jour, avant chaque importation, effacement ou mise à jour. On garde les 7 derniers jours, 4 semaines et 12 mois.</source>
        <translation>Automatic backup at the first opening of the day, before every import, erasure or update. The last 7 days, 4 weeks and 12 months are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="44" />
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="45" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="46" />
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="47" />
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="48" />
        <source>Vérifiée</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="53" />
        <source>Contenu de la sauvegarde choisie</source>
        <translation>Content of the chosen backup</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="57" />
        <source>Choisissez une sauvegarde dans la liste.</source>
        <translation>Choose a backup in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="75" />
        <source>&amp;Sauvegarder maintenant</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="80" />
        <source>&amp;Vérifier</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="85" />
        <source>&amp;Restaurer…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="95" />
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="68" />
        <source>Effacer une personne</source>
        <translation>Erase a person</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="72" />
        <source>&lt;b&gt;Effacer {name} partout dans ce coffre ?&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Son identité, ses notes, rendez-vous, démarches, actions, bilans et CV sont vidés et marqués supprimés ; la suppression partira vers la coordination avec le prochain lot.&lt;/li&gt;&lt;li&gt;Une sauvegarde est faite juste avant. Les sauvegardes faites avant l&apos;effacement contiennent encore cette personne jusqu&apos;à ce que leur rotation les supprime (au plus douze mois) ; celles faites après ne la contiennent plus.&lt;/li&gt;&lt;li&gt;C&apos;est irréversible.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Erase {name} everywhere in this vault?&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Their identity, notes, appointments, steps, actions, assessments and CVs are blanked and marked deleted; the deletion will reach coordination with the next bundle.&lt;/li&gt;&lt;li&gt;A backup is made just before. Backups made before the erasure still hold this person until rotation removes them (twelve months at most); backups made afterwards no longer do.&lt;/li&gt;&lt;li&gt;This cannot be undone.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="83" />
        <source>Pour confirmer, tapez son nom de famille (« %s ») :</source>
        <translation>To confirm, type their family name (“%s”):</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="87" />
        <source>Nom de famille à taper</source>
        <translation>Family name to type</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="92" />
        <source>Effacer définitivement</source>
        <translation>Erase for good</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="86" />
        <source>Journal d&apos;audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="90" />
        <source>Chaque déverrouillage, consultation d&apos;un dossier, exportation, impression, importation et effacement est noté ici, dans le coffre chiffré. Le journal ne peut pas être modifié.</source>
        <translation>Every unlock, file access, export, print, import and erasure is recorded here, inside the encrypted vault. The log cannot be edited.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="98" />
        <source>Lignes du journal</source>
        <translation>Log lines</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="110" />
        <source>&amp;Exporter en CSV…</source>
        <translation>&amp;Export as CSV…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="120" />
        <source>Lecture du journal…</source>
        <translation>Reading the log…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="125" />
        <source>%s ligne(s) affichée(s), la plus récente en haut.</source>
        <translation>%s line(s) shown, newest first.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="130" />
        <source>Exporter le journal d&apos;audit</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="131" />
        <source>Fichier CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="147" />
        <source>Journal exporté : %s ligne(s) dans %s</source>
        <translation>Log exported: %s line(s) in %s</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="49" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="49" />
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="49" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="49" />
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="50" />
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="47" />
        <source>Durée de conservation</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="51" />
        <source>Après la fin d&apos;une cellule, les données de ses personnes ne sont gardées qu&apos;un temps. Anonymiser garde les chiffres d&apos;activité sans nom ni texte libre ; effacer supprime tout. Rien n&apos;est appliqué sans votre confirmation, et une sauvegarde est faite juste avant.</source>
        <translation>After a cell ends, its people&apos;s data is kept only for a while. Anonymising keeps the activity figures without names or free text; erasing removes everything. Nothing is applied without your confirmation, and a backup is made just before.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="60" />
        <source> mois après la fin de la cellule</source>
        <translation> months after the cell ends</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="64" />
        <source>&amp;Durée</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="65" />
        <source>&amp;Ensuite</source>
        <translation>&amp;Then</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="67" />
        <source>Enregistrer la &amp;règle et actualiser l&apos;aperçu</source>
        <translation>Save the &amp;rule and refresh the preview</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="75" />
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="75" />
        <source>Cellule</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="76" />
        <source>Fin de la cellule</source>
        <translation>Cell end</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="76" />
        <source>Échéance</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="81" />
        <source>&amp;Appliquer…</source>
        <translation>&amp;Apply…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="100" />
        <source>Calcul de l&apos;aperçu…</source>
        <translation>Computing the preview…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="113" />
        <source>Règle : %s
%s personne(s) concernée(s) aujourd&apos;hui.</source>
        <translation>Rule: %s
%s person(s) concerned today.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="116" />
        <source>&amp;Appliquer à %s personne(s)…</source>
        <translation>&amp;Apply to %s person(s)…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="133" />
        <source>Appliquer la durée de conservation</source>
        <translation>Apply the retention period</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="134" />
        <source>%s

%s personne(s) seront traitées. Une sauvegarde est faite juste avant ; c&apos;est irréversible dans le coffre.</source>
        <translation>%s

%s person(s) will be processed. A backup is made just before; this cannot be undone in the vault.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="165" />
        <source>Durée de conservation appliquée à %s personne(s).</source>
        <translation>Retention period applied to %s person(s).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="169" />
        <source>Application de la durée de conservation…</source>
        <translation>Applying the retention period…</translation>
    </message>
</context>
<context>
    <name>RightsTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="120" />
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="125" />
        <source>Il se modifie dans l&apos;onglet Identité et contact.</source>
        <translation>It is edited in the Identity and contact tab.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="127" />
        <source>Imprimer le &amp;consentement (PDF)…</source>
        <translation>Print the &amp;consent (PDF)…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="134" />
        <source>Droit d&apos;accès</source>
        <translation>Right of access</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="137" />
        <source>Tout ce que le coffre contient sur cette personne : un PDF à lui remettre et un fichier JSON lisible par une machine. L&apos;export est noté dans le journal d&apos;audit.</source>
        <translation>Everything the vault holds about this person: a PDF to hand over and a machine-readable JSON file. The export is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="140" />
        <source>E&amp;xporter tout ce qui est détenu…</source>
        <translation>E&amp;xport everything held…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="142" />
        <source>Co&amp;pier les coordonnées</source>
        <translation>Co&amp;py contact details</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="144" />
        <source>Le presse-papiers est vidé après le délai choisi dans les Paramètres.</source>
        <translation>The clipboard is cleared after the delay chosen in Settings.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="150" />
        <source>Droit à l&apos;effacement</source>
        <translation>Right to erasure</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="153" />
        <source>Efface la personne partout dans ce coffre (données, index de recherche, CV) et transmet la suppression à la coordination au prochain envoi.</source>
        <translation>Erases the person everywhere in this vault (data, search index, CVs) and sends the deletion to coordination with the next bundle.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="156" />
        <source>&amp;Effacer cette personne…</source>
        <translation>&amp;Erase this person…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="203" />
        <source>Imprimer le consentement</source>
        <translation>Print the consent</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="204" />
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="217" />
        <source>Impression du consentement…</source>
        <translation>Printing the consent…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="218" />
        <source>Consentement enregistré : %s</source>
        <translation>Consent saved: %s</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="226" />
        <source>Dossier où écrire l&apos;export (PDF et JSON)</source>
        <translation>Folder for the export (PDF and JSON)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="242" />
        <source>Export écrit :
%s
%s</source>
        <translation>Export written:
%s
%s</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="244" />
        <source>Export de toutes les données de la personne…</source>
        <translation>Exporting all the person&apos;s data…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="252" />
        <source>Coordonnées copiées ; le presse-papiers sera vidé dans %s s.</source>
        <translation>Contact details copied; the clipboard will be cleared in %s s.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="255" />
        <source>Coordonnées copiées.</source>
        <translation>Contact details copied.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="270" />
        <source>Sauvegarde avant l&apos;effacement…</source>
        <translation>Backing up before the erasure…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="283" />
        <source>Personne effacée (%s enregistrement(s)).</source>
        <translation>Person erased (%s record(s)).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="287" />
        <source>Effacement de la personne…</source>
        <translation>Erasing the person…</translation>
    </message>
</context>
<context>
    <name>CvHistoryForm</name>
    <message>
        <location filename="../../ui/cv_history.ui" line="8"/>
        <source>&amp;Versions enregistrées (la plus récente en haut)</source>
        <translation>&amp;Saved versions (newest first)</translation>
    </message>
    <message>
        <location filename="../../ui/cv_history.ui" line="16"/>
        <source>Versions du CV</source>
        <translation>CV versions</translation>
    </message>
    <message>
        <location filename="../../ui/cv_history.ui" line="20"/>
        <source>Contenu de la version choisie</source>
        <translation>Content of the chosen version</translation>
    </message>
</context>
<context>
    <name>CvNewForm</name>
    <message>
        <location filename="../../ui/cv_new.ui" line="16"/>
        <source>&amp;Métier visé</source>
        <translation>&amp;Target occupation</translation>
    </message>
    <message>
        <location filename="../../ui/cv_new.ui" line="22"/>
        <source>Métier visé</source>
        <translation>Target occupation</translation>
    </message>
    <message>
        <location filename="../../ui/cv_new.ui" line="27"/>
        <source>&amp;Titre du CV</source>
        <translation>CV t&amp;itle</translation>
    </message>
    <message>
        <location filename="../../ui/cv_new.ui" line="33"/>
        <source>Titre du CV</source>
        <translation>CV title</translation>
    </message>
    <message>
        <location filename="../../ui/cv_new.ui" line="38"/>
        <source>M&amp;odèle</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <location filename="../../ui/cv_new.ui" line="44"/>
        <source>Modèle de mise en page</source>
        <translation>Page layout</translation>
    </message>
</context>
<context>
    <name>CvPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="73"/>
        <source>Projets de CV</source>
        <translation>CV drafts</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="87"/>
        <source>C&amp;V de la personne</source>
        <translation>&amp;CVs of this person</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="89"/>
        <source>CV de la personne</source>
        <translation>CVs of this person</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="92"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="92"/>
        <source>Métier visé</source>
        <translation>Target occupation</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="92"/>
        <source>Modèle</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="93"/>
        <source>Dernière modification</source>
        <translation>Last edited</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="105"/>
        <source>&amp;Nouveau CV…</source>
        <translation>&amp;New CV…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="106"/>
        <source>Ac&amp;tualiser depuis le bilan…</source>
        <translation>Refresh from the a&amp;udit…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="107"/>
        <source>&amp;Historique…</source>
        <translation>Histor&amp;y…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="108"/>
        <source>&amp;Supprimer</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="109"/>
        <source>Montre ce que le bilan changerait, rubrique par rubrique, avant d&apos;appliquer</source>
        <translation>Shows what the audit would change, section by section, before applying</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="111"/>
        <source>Supprimer ce CV et son historique (Suppr)</source>
        <translation>Delete this CV and its history (Del)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="124"/>
        <source>Ouvrir le &amp;bilan de la personne</source>
        <translation>Open the person's &amp;skills audit</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="149"/>
        <source>Choisissez une personne pour voir ses CV ou en créer un à partir de son bilan de compétences.</source>
        <translation>Choose a person to see their CVs or create one from their skills audit.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="243"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="299"/>
        <source>{name} n&apos;a pas encore de CV : « Nouveau CV… » en crée un à partir de son bilan de compétences.</source>
        <translation>{name} has no CV yet: “New CV…” creates one from their skills audit.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="304"/>
        <source>{name} n&apos;a pas encore de bilan de compétences. Un CV se construit à partir du bilan : commencez-le sur la page Bilans (Ctrl+4), puis revenez créer le CV.</source>
        <translation>{name} has no skills audit yet. A CV is built from the audit: start it on the Skills audits page (Ctrl+4), then come back to create the CV.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="334"/>
        <source>Nouveau CV</source>
        <translation>New CV</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="364"/>
        <source>Actualiser depuis le bilan</source>
        <translation>Refresh from the audit</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="365"/>
        <source>Ce CV reprend déjà tout ce que contient le bilan : rien à actualiser.</source>
        <translation>This CV already contains everything in the audit: nothing to refresh.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="419"/>
        <source>Supprimer le CV</source>
        <translation>Delete the CV</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="420"/>
        <source>Supprimer « {title} » et toutes ses versions ? Le bilan n&apos;est pas touché.</source>
        <translation>Delete “{title}” and all its versions? The audit is not touched.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="41"/>
        <source>Classique (une colonne)</source>
        <translation>Classic (one column)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="42"/>
        <source>Moderne (deux colonnes)</source>
        <translation>Modern (two columns)</translation>
    </message>
    <message>
        <source>Classique (une colonne)</source>
        <translation>Classic (one column)</translation>
    </message>
    <message>
        <source>Moderne (deux colonnes)</source>
        <translation>Modern (two columns)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="252"/>
        <source>Historique du CV</source>
        <translation>CV history</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="259"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="260"/>
        <source>&amp;Restaurer cette version</source>
        <translation>&amp;Restore this version</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="271"/>
        <source>Version {n} — {day} {hour}
{reason} · {title}</source>
        <translation>Version {n} — {day} {hour}
{reason} · {title}</translation>
    </message>
</context>
<context>
    <name>NewCvDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="59"/>
        <source>Nouveau CV</source>
        <translation>New CV</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="67"/>
        <source>Le CV de {name} reprend son bilan « {audit} » ; il se modifie ensuite librement, sans toucher au bilan.</source>
        <translation>{name}'s CV starts from their audit “{audit}”; it can then be edited freely without changing the audit.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="71"/>
        <source> (adéquation {pct} %)</source>
        <translation> (fit {pct}%)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="75"/>
        <source>(aucun métier visé dans le bilan)</source>
        <translation>(no target occupation in the audit)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="80"/>
        <source>Créer le CV</source>
        <translation>Create the CV</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="81"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="103"/>
        <source>CV — {job}</source>
        <translation>CV — {job}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="104"/>
        <source>CV</source>
        <translation>CV</translation>
    </message>
</context>
<context>
    <name>RefreshDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="161"/>
        <source>Actualiser depuis le bilan</source>
        <translation>Refresh from the audit</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="165"/>
        <source>Le bilan a changé depuis ce CV. Cochez les rubriques à reprendre du bilan ; les autres gardent le texte du CV. Rien n&apos;est modifié avant « Appliquer ».</source>
        <translation>The audit has changed since this CV. Tick the sections to take from the audit; the others keep the CV's text. Nothing changes before “Apply”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="175"/>
        <source> — modifiée à la main dans ce CV : non reprise sauf si vous la cochez</source>
        <translation> — edited by hand in this CV: not taken unless you tick it</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="180"/>
        <source>Changements de la rubrique {title}</source>
        <translation>Changes to the section {title}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="196"/>
        <source>&amp;Appliquer les rubriques cochées</source>
        <translation>&amp;Apply the ticked sections</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="199"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="211"/>
        <source>(mise en forme seulement)</source>
        <translation>(layout only)</translation>
    </message>
</context>
<context>
    <name>WorkerPicker</name>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_picker.py" line="34"/>
        <source>&amp;Personne</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_picker.py" line="36"/>
        <source>Rechercher une personne…</source>
        <translation>Search for a person…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_picker.py" line="38"/>
        <source>Rechercher une personne</source>
        <translation>Search for a person</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_picker.py" line="41"/>
        <source>Personnes trouvées</source>
        <translation>People found</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_picker.py" line="86"/>
        <source>A un bilan de compétences : un CV peut en partir.</source>
        <translation>Has a skills audit: a CV can start from it.</translation>
    </message>
</context>
<context>
    <name>CvSections</name>
    <message>
        <source>Identité et coordonnées</source>
        <translation>Identity and contact details</translation>
    </message>
    <message>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Expérience professionnelle</source>
        <translation>Work experience</translation>
    </message>
    <message>
        <source>Formation</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Atouts</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Permis de conduire</source>
        <translation>Driving licences</translation>
    </message>
    <message>
        <source>Centres d'intérêt</source>
        <translation>Interests</translation>
    </message>
</context>
<context>
    <name>CvPhotoBox</name>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="25"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="45"/>
        <source>Cochée : la photo est imprimée sur ce CV</source>
        <translation>Ticked: the photo is printed on this CV</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="46"/>
        <source>Facultative : de nombreux recruteurs recommandent de ne pas en mettre (risque de discrimination).</source>
        <translation>Optional: many recruiters advise against one (risk of discrimination).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="55"/>
        <source>Photo de la personne</source>
        <translation>Photo of the person</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="34"/>
        <source>Choisir une photo…</source>
        <translation>Choose a photo…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="34"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="58"/>
        <source>Retirer la photo de la personne (tous ses CV)</source>
        <translation>Remove the person&apos;s photo (all their CVs)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="97"/>
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="115"/>
        <source>Aucune photo enregistrée : choisissez-en une pour l&apos;imprimer.</source>
        <translation>No photo saved: choose one to print it.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="34"/>
        <source>Choisir une photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="125"/>
        <source>Images JPEG ou PNG (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>JPEG or PNG images (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="132"/>
        <source>Vérification de la photo…</source>
        <translation>Checking the photo…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="58"/>
        <source>Retirer la photo</source>
        <translation>Remove the photo</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="160"/>
        <source>Retirer la photo de cette personne ? Elle disparaît de tous ses CV.</source>
        <translation>Remove this person&apos;s photo? It disappears from all their CVs.</translation>
    </message>
</context>
<context>
    <name>ActionKind</name>
    <message>
        <source>Candidature</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Entretien d'embauche</source>
        <translation>Job interview</translation>
    </message>
    <message>
        <source>Formation</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Immersion en entreprise</source>
        <translation>Work placement</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <source>abandonnée</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>prévue</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>terminée</source>
        <translation>completed</translation>
    </message>
</context>
<context>
    <name>AppointmentKind</name>
    <message>
        <source>Entretien individuel</source>
        <translation>Individual interview</translation>
    </message>
    <message>
        <source>Passage en permanence</source>
        <translation>Drop-in visit</translation>
    </message>
    <message>
        <source>Séance collective</source>
        <translation>Group session</translation>
    </message>
</context>
<context>
    <name>AppointmentStatus</name>
    <message>
        <source>absent</source>
        <translation>no-show</translation>
    </message>
    <message>
        <source>annulé</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>prévu</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>réalisé</source>
        <translation>done</translation>
    </message>
</context>
<context>
    <name>ConsentScope</name>
    <message>
        <source>Accompagnement</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Accompagnement et partage avec la coordination</source>
        <translation>Support and sharing with coordination</translation>
    </message>
    <message>
        <source>Pas de consentement</source>
        <translation>No consent</translation>
    </message>
</context>
<context>
    <name>ContractType</name>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>CDD</source>
        <translation>Fixed-term contract</translation>
    </message>
    <message>
        <source>CDI</source>
        <translation>Permanent contract</translation>
    </message>
    <message>
        <source>Contrat aidé</source>
        <translation>Subsidised contract</translation>
    </message>
    <message>
        <source>Intérim</source>
        <translation>Temporary agency work</translation>
    </message>
</context>
<context>
    <name>CvTemplate</name>
    <message>
        <source>Classique (une colonne)</source>
        <translation>Classic (one column)</translation>
    </message>
    <message>
        <source>Moderne (deux colonnes)</source>
        <translation>Modern (two columns)</translation>
    </message>
</context>
<context>
    <name>EducationKind</name>
    <message>
        <source>Certificat / attestation</source>
        <translation>Certificate / attestation</translation>
    </message>
    <message>
        <source>Diplôme</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <source>Formation suivie</source>
        <translation>Training attended</translation>
    </message>
</context>
<context>
    <name>JournalAction</name>
    <message>
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Consultation d'un dossier</source>
        <translation>File viewed</translation>
    </message>
    <message>
        <source>Durée de conservation</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Déverrouillage</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Effacement</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <source>Exportation</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Importation</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Restauration</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Sauvegarde</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>OutcomeKind</name>
    <message>
        <source>Création d'activité</source>
        <translation>Business start-up</translation>
    </message>
    <message>
        <source>Emploi</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Formation qualifiante</source>
        <translation>Qualifying training</translation>
    </message>
    <message>
        <source>Retraite / RCC</source>
        <translation>Retirement / early retirement (RCC)</translation>
    </message>
    <message>
        <source>Sans solution</source>
        <translation>No solution</translation>
    </message>
</context>
<context>
    <name>PlanOwner</name>
    <message>
        <source>Conseiller·e</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Personne accompagnée</source>
        <translation>Person supported</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <source>Abandonné</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
</context>
<context>
    <name>SkillLevel</name>
    <message>
        <source>Autonome</source>
        <translation>Independent</translation>
    </message>
    <message>
        <source>Expert·e / peut transmettre</source>
        <translation>Expert / can teach others</translation>
    </message>
    <message>
        <source>Notions</source>
        <translation>Basic knowledge</translation>
    </message>
    <message>
        <source>Pratique accompagnée</source>
        <translation>Practice with guidance</translation>
    </message>
</context>
<context>
    <name>SkillSource</name>
    <message>
        <source>Attestée</source>
        <translation>Certified</translation>
    </message>
    <message>
        <source>Déclarée</source>
        <translation>Self-reported</translation>
    </message>
    <message>
        <source>Observée</source>
        <translation>Observed</translation>
    </message>
</context>
<context>
    <name>WorkerStatus</name>
    <message>
        <source>Accueil</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>En bilan</source>
        <translation>In skills audit</translation>
    </message>
    <message>
        <source>En emploi</source>
        <translation>In work</translation>
    </message>
    <message>
        <source>En formation</source>
        <translation>In training</translation>
    </message>
    <message>
        <source>En recherche</source>
        <translation>Job seeking</translation>
    </message>
    <message>
        <source>Sorti</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>WorkingHours</name>
    <message>
        <source>Horaires de jour uniquement</source>
        <translation>Daytime hours only</translation>
    </message>
    <message>
        <source>Pas de travail de nuit</source>
        <translation>No night work</translation>
    </message>
    <message>
        <source>Temps partiel souhaité</source>
        <translation>Part-time wanted</translation>
    </message>
    <message>
        <source>Tous horaires (y compris nuit et week-end)</source>
        <translation>Any hours (including nights and weekends)</translation>
    </message>
</context>
<context>
    <name>admin_steps</name>
    <message>
        <source>Attestation employeur France Travail reçue</source>
        <translation>France Travail employer certificate received</translation>
    </message>
    <message>
        <source>Budget de formation identifié</source>
        <translation>Training budget identified</translation>
    </message>
    <message>
        <source>Consentement RGPD recueilli</source>
        <translation>GDPR consent obtained</translation>
    </message>
    <message>
        <source>Contrat de sécurisation professionnelle proposé / signé</source>
        <translation>Career security contract (CSP) offered / signed</translation>
    </message>
    <message>
        <source>Demande d'allocations introduite (organisme de paiement)</source>
        <translation>Benefit claim filed (payment agency)</translation>
    </message>
    <message>
        <source>Droits CCT vérifiés (préavis, indemnités, outplacement)</source>
        <translation>Collective agreement (CCT) rights checked (notice, severance pay, outplacement)</translation>
    </message>
    <message>
        <source>Droits CPF consultés (budget formation)</source>
        <translation>CPF rights checked (training budget)</translation>
    </message>
    <message>
        <source>Formulaire C4 reçu et vérifié</source>
        <translation>C4 form received and checked</translation>
    </message>
    <message>
        <source>Inscription comme demandeur d'emploi (Forem / Actiris / VDAB)</source>
        <translation>Registered as a jobseeker (Forem / Actiris / VDAB)</translation>
    </message>
    <message>
        <source>Inscription à France Travail</source>
        <translation>Registered with France Travail</translation>
    </message>
    <message>
        <source>Inscription à la cellule de reconversion</source>
        <translation>Enrolled in the redeployment cell</translation>
    </message>
</context>
<context>
    <name>assessment</name>
    <message>
        <source>Adéquation</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Atouts</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Aucun bilan de compétences pour {display_name} : commencez-en un d'abord.</source>
        <translation>No skills audit for {display_name}: start one first.</translation>
    </message>
    <message>
        <source>Aucun métier visé pour l'instant.</source>
        <translation>No target occupation yet.</translation>
    </message>
    <message>
        <source>Aucun écart repéré</source>
        <translation>No gap found</translation>
    </message>
    <message>
        <source>Aucune compétence technique notée.</source>
        <translation>No technical skill recorded.</translation>
    </message>
    <message>
        <source>Aucune compétence transférable notée.</source>
        <translation>No transferable skill recorded.</translation>
    </message>
    <message>
        <source>Aucune expérience professionnelle renseignée.</source>
        <translation>No work experience entered.</translation>
    </message>
    <message>
        <source>Aucune formation renseignée.</source>
        <translation>No education entered.</translation>
    </message>
    <message>
        <source>Autres contraintes</source>
        <translation>Other constraints</translation>
    </message>
    <message>
        <source>Bilan</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Bilan de compétences</source>
        <translation>Skills audit</translation>
    </message>
    <message>
        <source>Bilan de compétences — {name}</source>
        <translation>Skills audit — {name}</translation>
    </message>
    <message>
        <source>Bilan prêt</source>
        <translation>Audit ready</translation>
    </message>
    <message>
        <source>Ce document récapitule le parcours, les compétences, les pistes de métiers et le plan d'action établis ensemble au cours du bilan. {summary}</source>
        <translation>This document sums up the career path, skills, possible occupations and action plan drawn up together during the audit. {summary}</translation>
    </message>
    <message>
        <source>Cellule de reconversion</source>
        <translation>Redeployment cell</translation>
    </message>
    <message>
        <source>Centres d'intérêt</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>Centres d'intérêt et contraintes</source>
        <translation>Interests and constraints</translation>
    </message>
    <message>
        <source>Compétence</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Compétences transférables et savoir-être</source>
        <translation>Transferable skills and soft skills</translation>
    </message>
    <message>
        <source>Confidentiel — bilan de {name}, à ne diffuser qu'avec son accord.</source>
        <translation>Confidential — skills audit of {name}, to be shared only with their consent.</translation>
    </message>
    <message>
        <source>Connaissances</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <source>Conseiller·e</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Contraintes</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <source>Date et signature :</source>
        <translation>Date and signature:</translation>
    </message>
    <message>
        <source>Document édité le</source>
        <translation>Document issued on</translation>
    </message>
    <message>
        <source>Essentiel : {skills}</source>
        <translation>Essential: {skills}</translation>
    </message>
    <message>
        <source>Fonction et employeur</source>
        <translation>Job and employer</translation>
    </message>
    <message>
        <source>Formation et certificats</source>
        <translation>Education and certificates</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>La personne accompagnée</source>
        <translation>The person supported</translation>
    </message>
    <message>
        <source>Le ou la conseiller·e</source>
        <translation>The counsellor</translation>
    </message>
    <message>
        <source>Lecture des niveaux de maîtrise</source>
        <translation>How to read the skill levels</translation>
    </message>
    <message>
        <source>Les deux signataires attestent que ce bilan a été établi ensemble. La personne accompagnée reste seule juge de sa diffusion.</source>
        <translation>Both signatories confirm that this audit was drawn up together. The person supported alone decides who may see it.</translation>
    </message>
    <message>
        <source>Mise en page du bilan</source>
        <translation>Laying out the audit</translation>
    </message>
    <message>
        <source>Mobilité</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <source>Métier</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Métiers visés</source>
        <translation>Target occupations</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Non renseignés.</source>
        <translation>Not entered.</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Parcours professionnel</source>
        <translation>Career path</translation>
    </message>
    <message>
        <source>Permis de conduire</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Personne accompagnée</source>
        <translation>Person supported</translation>
    </message>
    <message>
        <source>Plan d'action</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Plan d'action à construire.</source>
        <translation>Action plan to be drawn up.</translation>
    </message>
    <message>
        <source>Preuve, observation</source>
        <translation>Evidence, observation</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Restrictions de santé</source>
        <translation>Health restrictions</translation>
    </message>
    <message>
        <source>Savoir-faire</source>
        <translation>Know-how</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Souhaitable : {skills}</source>
        <translation>Desirable: {skills}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Synthèse</source>
        <translation>Synthesis</translation>
    </message>
    <message>
        <source>Synthèse à rédiger avec la personne.</source>
        <translation>Synthesis to be written with the person.</translation>
    </message>
    <message>
        <source>Tâches et responsabilités</source>
        <translation>Tasks and responsibilities</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source>aujourd'hui</source>
        <translation>today</translation>
    </message>
    <message>
        <source>commencé le {date}</source>
        <translation>started on {date}</translation>
    </message>
    <message>
        <source>commencé le {start}, clôturé le {end}</source>
        <translation>started on {start}, closed on {end}</translation>
    </message>
    <message>
        <source>dispose d'un véhicule</source>
        <translation>has a vehicle</translation>
    </message>
    <message>
        <source>en transports en commun</source>
        <translation>by public transport</translation>
    </message>
    <message>
        <source>trajet de {minutes} min au plus</source>
        <translation>travel of {minutes} min at most</translation>
    </message>
    <message>
        <source>{experiences} expérience(s) professionnelle(s), {education} formation(s) ou certificat(s), {skills} compétence(s) évaluée(s), {targets} métier(s) visé(s), {steps} étape(s) au plan d'action.</source>
        <translation>{experiences} job(s), {education} training course(s) or certificate(s), {skills} skill(s) assessed, {targets} target occupation(s), {steps} step(s) in the action plan.</translation>
    </message>
    <message>
        <source>{shown} et {n} autre(s)</source>
        <translation>{shown} and {n} more</translation>
    </message>
    <message>
        <source>À aborder avec la personne (non imprimé).</source>
        <translation>To discuss with the person (not printed).</translation>
    </message>
    <message>
        <source>À acquérir</source>
        <translation>To acquire</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Établissement et remarques</source>
        <translation>Institution and notes</translation>
    </message>
    <message>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Acquérir « {label} » (visé : {occupation_label})</source>
        <translation>Acquire “{label}” (for: {occupation_label})</translation>
    </message>
    <message>
        <source>Adéquation invalide : « {fit} ».</source>
        <translation>Invalid fit: “{fit}”.</translation>
    </message>
    <message>
        <source>Bilan de compétences</source>
        <translation>Skills audit</translation>
    </message>
    <message>
        <source>Bilan introuvable.</source>
        <translation>Skills audit not found.</translation>
    </message>
    <message>
        <source>Compétence inconnue du référentiel : « {uri} ».</source>
        <translation>Skill not in the referential: “{uri}”.</translation>
    </message>
    <message>
        <source>Date d'entrée</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Date d'obtention</source>
        <translation>Date obtained</translation>
    </message>
    <message>
        <source>Date de clôture</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <source>Date de début</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Date de sortie</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <source>L'adéquation doit être comprise entre 0 et 100 %.</source>
        <translation>The fit must be between 0 and 100 %.</translation>
    </message>
    <message>
        <source>L'employeur</source>
        <translation>The employer</translation>
    </message>
    <message>
        <source>L'intitulé du diplôme</source>
        <translation>The diploma's title</translation>
    </message>
    <message>
        <source>L'établissement</source>
        <translation>The institution</translation>
    </message>
    <message>
        <source>L'étape</source>
        <translation>The step</translation>
    </message>
    <message>
        <source>L'étape du plan d'action est obligatoire.</source>
        <translation>The action-plan step is required.</translation>
    </message>
    <message>
        <source>La clôture du bilan précède son début.</source>
        <translation>The audit's closing date is before its start.</translation>
    </message>
    <message>
        <source>La date d'entrée est dans le futur.</source>
        <translation>The start date is in the future.</translation>
    </message>
    <message>
        <source>La date d'obtention est dans le futur.</source>
        <translation>The date obtained is in the future.</translation>
    </message>
    <message>
        <source>La date de sortie précède la date d'entrée.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>La description des tâches</source>
        <translation>The description of tasks</translation>
    </message>
    <message>
        <source>La fonction occupée</source>
        <translation>The job held</translation>
    </message>
    <message>
        <source>La preuve</source>
        <translation>The evidence</translation>
    </message>
    <message>
        <source>La remarque</source>
        <translation>The note</translation>
    </message>
    <message>
        <source>La synthèse</source>
        <translation>The synthesis</translation>
    </message>
    <message>
        <source>Le centre d'intérêt</source>
        <translation>The interest</translation>
    </message>
    <message>
        <source>Le détail</source>
        <translation>The detail</translation>
    </message>
    <message>
        <source>Le métier visé</source>
        <translation>The target occupation</translation>
    </message>
    <message>
        <source>Le nom de la compétence</source>
        <translation>The skill's name</translation>
    </message>
    <message>
        <source>Le nom du conseiller</source>
        <translation>The counsellor's name</translation>
    </message>
    <message>
        <source>Le secteur</source>
        <translation>The sector</translation>
    </message>
    <message>
        <source>Le titre du bilan</source>
        <translation>The audit's title</translation>
    </message>
    <message>
        <source>Les autres contraintes</source>
        <translation>The other constraints</translation>
    </message>
    <message>
        <source>Les restrictions de santé</source>
        <translation>The health restrictions</translation>
    </message>
    <message>
        <source>Niveau invalide : « {raw} » (choisissez : {words}).</source>
        <translation>Invalid level: “{raw}” (choose: {words}).</translation>
    </message>
    <message>
        <source>Permis inconnu : « {raw} » (catégories : {categories}).</source>
        <translation>Unknown licence: “{raw}” (categories: {categories}).</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Statut de l'étape</source>
        <translation>Step status</translation>
    </message>
    <message>
        <source>Temps de trajet invalide : « {minutes} » (en minutes).</source>
        <translation>Invalid travel time: “{minutes}” (in minutes).</translation>
    </message>
    <message>
        <source>Temps de trajet peu plausible : {minutes} min (0 à {limit}).</source>
        <translation>Implausible travel time: {minutes} min (0 to {limit}).</translation>
    </message>
    <message>
        <source>Type de formation</source>
        <translation>Type of education</translation>
    </message>
    <message>
        <source>Une compétence attestée doit citer sa preuve (attestation, certificat…).</source>
        <translation>A certified skill must state its evidence (attestation, certificate…).</translation>
    </message>
    <message>
        <source>{what} : texte trop long ({limit} caractères au plus).</source>
        <translation>{what}: text too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>{what} : texte trop long ({n} caractères, {limit} au plus).</source>
        <translation>{what}: text too long ({n} characters, at most {limit}).</translation>
    </message>
    <message>
        <source>{what} est obligatoire.</source>
        <translation>{what} is required.</translation>
    </message>
    <message>
        <source>« {label} » figure déjà dans ce bilan.</source>
        <translation>“{label}” is already in this audit.</translation>
    </message>
    <message>
        <source>« {occupation_label} » est déjà un métier visé.</source>
        <translation>“{occupation_label}” is already a target occupation.</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Cette sauvegarde appartient à un autre coffre : restauration refusée.</source>
        <translation>This backup belongs to another vault: restore refused.</translation>
    </message>
    <message>
        <source>Cette sauvegarde vient d'une version plus récente de Reconv Desktop : mettez l'application à jour.</source>
        <translation>This backup comes from a newer version of Reconv Desktop: update the application.</translation>
    </message>
    <message>
        <source>Coffre restauré</source>
        <translation>Vault restored</translation>
    </message>
    <message>
        <source>Copie chiffrée de la base</source>
        <translation>Encrypted copy of the database</translation>
    </message>
    <message>
        <source>Copie de l'en-tête</source>
        <translation>Copying the header</translation>
    </message>
    <message>
        <source>Copie de la sauvegarde</source>
        <translation>Copying the backup</translation>
    </message>
    <message>
        <source>Copie de sécurité du coffre actuel</source>
        <translation>Safety copy of the current vault</translation>
    </message>
    <message>
        <source>La base du coffre est abîmée (contrôle d'intégrité en échec). Restaurez la dernière sauvegarde : « reconv backup list » puis « reconv backup restore ».</source>
        <translation>The vault database is damaged (integrity check failed). Restore the latest backup: “reconv backup list” then “reconv backup restore”.</translation>
    </message>
    <message>
        <source>La copie de la sauvegarde est abîmée : rien n'a été remplacé.</source>
        <translation>The copy of the backup is damaged: nothing was replaced.</translation>
    </message>
    <message>
        <source>La sauvegarde écrite ne passe pas le contrôle d'intégrité ; elle a été supprimée.</source>
        <translation>The backup written fails the integrity check; it was deleted.</translation>
    </message>
    <message>
        <source>Phrase de passe incorrecte pour cette sauvegarde (c'est celle du jour de la sauvegarde ; la clé de secours convient aussi).</source>
        <translation>Wrong passphrase for this backup (it is the one in use on the day of the backup; the recovery key works too).</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publishing</translation>
    </message>
    <message>
        <source>Remplacement du coffre</source>
        <translation>Replacing the vault</translation>
    </message>
    <message>
        <source>Restauration impossible : {reason}</source>
        <translation>Restore failed: {reason}</translation>
    </message>
    <message>
        <source>Sauvegarde abîmée : le contrôle d'intégrité échoue.</source>
        <translation>Damaged backup: the integrity check fails.</translation>
    </message>
    <message>
        <source>Sauvegarde illisible : la base ne s'ouvre pas avec cette clé (fichier abîmé ?).</source>
        <translation>Unreadable backup: the database does not open with this key (damaged file?).</translation>
    </message>
    <message>
        <source>Sauvegarde impossible : la copie n'a pas pu être écrite ou vérifiée ({exc}).</source>
        <translation>Backup failed: the copy could not be written or checked ({exc}).</translation>
    </message>
    <message>
        <source>Sauvegarde impossible : {reason}</source>
        <translation>Backup failed: {reason}</translation>
    </message>
    <message>
        <source>Sauvegarde incomplète : « {name} » manque.</source>
        <translation>Incomplete backup: “{name}” is missing.</translation>
    </message>
    <message>
        <source>Sauvegarde introuvable : « {name} ».</source>
        <translation>Backup not found: “{name}”.</translation>
    </message>
    <message>
        <source>Sauvegarde vérifiée</source>
        <translation>Backup checked</translation>
    </message>
    <message>
        <source>Sauvegarde « {name} » abîmée : son contenu ne correspond plus à son empreinte.</source>
        <translation>Backup “{name}” damaged: its content no longer matches its fingerprint.</translation>
    </message>
    <message>
        <source>Sauvegarde « {name} » illisible : {strerror}.</source>
        <translation>Backup “{name}” unreadable: {strerror}.</translation>
    </message>
    <message>
        <source>Vérification de la copie</source>
        <translation>Checking the copy</translation>
    </message>
    <message>
        <source>Vérification de la sauvegarde</source>
        <translation>Checking the backup</translation>
    </message>
    <message>
        <source>automatique (ouverture)</source>
        <translation>automatic (on unlock)</translation>
    </message>
    <message>
        <source>avant application de la durée de conservation</source>
        <translation>before applying the retention period</translation>
    </message>
    <message>
        <source>avant effacement</source>
        <translation>before erasure</translation>
    </message>
    <message>
        <source>avant importation</source>
        <translation>before import</translation>
    </message>
    <message>
        <source>avant mise à jour du schéma</source>
        <translation>before schema update</translation>
    </message>
    <message>
        <source>avant restauration</source>
        <translation>before restore</translation>
    </message>
    <message>
        <source>manuelle</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>« {name} » n'est pas une sauvegarde Reconv complète.</source>
        <translation>“{name}” is not a complete Reconv backup.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>(aussi{tag} : {label})</source>
        <translation>(also{tag}: {label})</translation>
    </message>
    <message>
        <source>({n} formation(s))</source>
        <translation>({n} training course(s))</translation>
    </message>
    <message>
        <source>({n} métiers classés en {elapsed:.0f} ms)</source>
        <translation>({n} occupations ranked in {elapsed:.0f} ms)</translation>
    </message>
    <message>
        <source>AAAA-MM (défaut : le mois dernier)</source>
        <translation>YYYY-MM (default: last month)</translation>
    </message>
    <message>
        <source>Appliquer ces changements ?</source>
        <translation>Apply these changes?</translation>
    </message>
    <message>
        <source>Attention : aucune photo enregistrée pour cette personne (reconv cv photo {worker_id} --set FICHIER).</source>
        <translation>Warning: no photo saved for this person (reconv cv photo {worker_id} --set FILE).</translation>
    </message>
    <message>
        <source>Attention : {warning}</source>
        <translation>Warning: {warning}</translation>
    </message>
    <message>
        <source>Aucun bilan de compétences pour {display_name}.</source>
        <translation>No skills audit for {display_name}.</translation>
    </message>
    <message>
        <source>Aucun conflit à examiner.</source>
        <translation>No conflict to review.</translation>
    </message>
    <message>
        <source>Aucun métier : ajoutez au bilan des compétences du référentiel.</source>
        <translation>No occupation: add skills from the referential to the audit.</translation>
    </message>
    <message>
        <source>Aucun métier visé : ajoutez au bilan des compétences du référentiel.</source>
        <translation>No target occupation: add skills from the referential to the audit.</translation>
    </message>
    <message>
        <source>Aucun projet de CV pour cette personne.</source>
        <translation>No CV draft for this person.</translation>
    </message>
    <message>
        <source>Aucun résultat.</source>
        <translation>No results.</translation>
    </message>
    <message>
        <source>Aucune formation.</source>
        <translation>No training.</translation>
    </message>
    <message>
        <source>Aucune photo à retirer.</source>
        <translation>No photo to remove.</translation>
    </message>
    <message>
        <source>Aucune photo.</source>
        <translation>No photo.</translation>
    </message>
    <message>
        <source>Aucune sauvegarde dans « {dest} ».</source>
        <translation>No backup in “{dest}”.</translation>
    </message>
    <message>
        <source>Bilan imprimé : {out} ({pages} pages, {elapsed:.0f} ms).</source>
        <translation>Audit printed: {out} ({pages} pages, {elapsed:.0f} ms).</translation>
    </message>
    <message>
        <source>COMMANDE</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>CSV écrit : {csv}</source>
        <translation>CSV written: {csv}</translation>
    </message>
    <message>
        <source>CV créé : « {title} » (modèle {template}).</source>
        <translation>CV created: “{title}” (template {template}).</translation>
    </message>
    <message>
        <source>CV exporté (JSON Resume) : {out}.</source>
        <translation>CV exported (JSON Resume): {out}.</translation>
    </message>
    <message>
        <source>CV exporté (Word) : {out}.</source>
        <translation>CV exported (Word): {out}.</translation>
    </message>
    <message>
        <source>CV exporté : {out} ({pages} page).</source>
        <translation>CV exported: {out} ({pages} page).</translation>
    </message>
    <message>
        <source>CV exporté : {out} ({pages} pages).</source>
        <translation>CV exported: {out} ({pages} pages).</translation>
    </message>
    <message>
        <source>Carte de « {name} » ({role}), appareil {device_id}</source>
        <translation>Card of “{name}” ({role}), device {device_id}</translation>
    </message>
    <message>
        <source>Carte écrite : {out}</source>
        <translation>Card written: {out}</translation>
    </message>
    <message>
        <source>Catalogue importé : {added} formation(s) ajoutée(s), {updated} mise(s) à jour.</source>
        <translation>Catalogue imported: {added} training course(s) added, {updated} updated.</translation>
    </message>
    <message>
        <source>Ce coffre est maintenant un coffre de coordination.</source>
        <translation>This vault is now a coordination vault.</translation>
    </message>
    <message>
        <source>Ce lot a déjà été importé : l'importer à nouveau ne changerait rien.</source>
        <translation>This bundle was already imported: importing it again would change nothing.</translation>
    </message>
    <message>
        <source>Ce qui quitte cet ordinateur :</source>
        <translation>What leaves this computer:</translation>
    </message>
    <message>
        <source>Cellule inconnue : « {cell} ».</source>
        <translation>Unknown cell: “{cell}”.</translation>
    </message>
    <message>
        <source>Cette empreinte est-elle celle que la personne vous a lue ?</source>
        <translation>Is this the fingerprint the person read out to you?</translation>
    </message>
    <message>
        <source>Clé de secours</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Clé de secours (à imprimer ou recopier, et à garder à part de l'ordinateur) :</source>
        <translation>Recovery key (print it or copy it out, and keep it away from the computer):</translation>
    </message>
    <message>
        <source>Clé mémorisée sur cet ordinateur (trousseau du système).</source>
        <translation>Key remembered on this computer (system keyring).</translation>
    </message>
    <message>
        <source>Clé oubliée sur cet ordinateur.</source>
        <translation>Key forgotten on this computer.</translation>
    </message>
    <message>
        <source>Coffre créé dans : {data_dir}</source>
        <translation>Vault created in: {data_dir}</translation>
    </message>
    <message>
        <source>Coffre déverrouillé : phrase de passe correcte.</source>
        <translation>Vault unlocked: passphrase correct.</translation>
    </message>
    <message>
        <source>Coffre déverrouillé avec la clé de secours ; nouvelle phrase de passe enregistrée.</source>
        <translation>Vault unlocked with the recovery key; new passphrase saved.</translation>
    </message>
    <message>
        <source>Coffre restauré depuis la sauvegarde du {date}.</source>
        <translation>Vault restored from the backup of {date}.</translation>
    </message>
    <message>
        <source>Commencé le {started_on:%d/%m/%Y} ; conseiller·e : {counsellor}</source>
        <translation>Started on {started_on:%d/%m/%Y}; counsellor: {counsellor}</translation>
    </message>
    <message>
        <source>Compétences :</source>
        <translation>Skills:</translation>
    </message>
    <message>
        <source>Confirmation nécessaire : relancez avec --yes.</source>
        <translation>Confirmation needed: run again with --yes.</translation>
    </message>
    <message>
        <source>Confirmez la nouvelle phrase de passe</source>
        <translation>Confirm the new passphrase</translation>
    </message>
    <message>
        <source>Conflit n° {id} résolu : l'autre version est maintenant la version actuelle.</source>
        <translation>Conflict no. {id} resolved: the other version is now the current one.</translation>
    </message>
    <message>
        <source>Conflit n° {id} résolu : version actuelle conservée.</source>
        <translation>Conflict no. {id} resolved: current version kept.</translation>
    </message>
    <message>
        <source>Consentement imprimé : {pdf}</source>
        <translation>Consent printed: {pdf}</translation>
    </message>
    <message>
        <source>Copie de sécurité de l'ancien coffre : {safety}</source>
        <translation>Safety copy of the old vault: {safety}</translation>
    </message>
    <message>
        <source>Destinataires : {recipients}</source>
        <translation>Recipients: {recipients}</translation>
    </message>
    <message>
        <source>Dossier introuvable : « {parent} ».</source>
        <translation>Folder not found: “{parent}”.</translation>
    </message>
    <message>
        <source>Durée de conservation appliquée à {n} personne(s).</source>
        <translation>Retention period applied to {n} person(s).</translation>
    </message>
    <message>
        <source>Effacement non confirmé : {rows} enregistrement(s) seraient effacés. Relancez avec --yes.</source>
        <translation>Erasure not confirmed: {rows} record(s) would be erased. Run again with --yes.</translation>
    </message>
    <message>
        <source>Elle ne sera plus jamais affichée.</source>
        <translation>It will never be shown again.</translation>
    </message>
    <message>
        <source>Empreinte : {fingerprint}</source>
        <translation>Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Empreinte à lire à voix haute : {fingerprint}</source>
        <translation>Fingerprint to read out loud: {fingerprint}</translation>
    </message>
    <message>
        <source>Enrôlement annulé.</source>
        <translation>Enrolment cancelled.</translation>
    </message>
    <message>
        <source>Essai à blanc : rien n'a été écrit.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Export annulé : rien n'a été écrit.</source>
        <translation>Export cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Export du droit d'accès : {rows} enregistrement(s) dans {n} table(s).</source>
        <translation>Right-of-access export: {rows} record(s) in {n} table(s).</translation>
    </message>
    <message>
        <source>Fichier de phrase de passe illisible : « {path} » ({strerror}).</source>
        <translation>Unreadable passphrase file: “{path}” ({strerror}).</translation>
    </message>
    <message>
        <source>Formation :</source>
        <translation>Education:</translation>
    </message>
    <message>
        <source>Identité age SECRÈTE écrite dans {out} (à garder pour soi ; usage : age -d -i {out} LOT.reconv).</source>
        <translation>SECRET age identity written to {out} (keep it to yourself; use: age -d -i {out} BUNDLE.reconv).</translation>
    </message>
    <message>
        <source>Import annulé : rien n'a été modifié.</source>
        <translation>Import cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Indiquez --json FICHIER et/ou --pdf FICHIER.</source>
        <translation>Give --json FILE and/or --pdf FILE.</translation>
    </message>
    <message>
        <source>Indiquez --out (PDF) et/ou --csv.</source>
        <translation>Give --out (PDF) and/or --csv.</translation>
    </message>
    <message>
        <source>Indiquez le fichier du lot avec --out.</source>
        <translation>Give the bundle file with --out.</translation>
    </message>
    <message>
        <source>Inspection seulement : rien n'a été modifié.</source>
        <translation>Inspection only: nothing was changed.</translation>
    </message>
    <message>
        <source>Journal exporté : {count} ligne(s) dans {csv}</source>
        <translation>Journal exported: {count} line(s) in {csv}</translation>
    </message>
    <message>
        <source>La base du coffre est abîmée ({detail}). Restaurez une sauvegarde : voyez-les avec « reconv backup list », puis « reconv backup restore NOM ».</source>
        <translation>The vault database is damaged ({detail}). Restore a backup: list them with “reconv backup list”, then “reconv backup restore NAME”.</translation>
    </message>
    <message>
        <source>Le CV est à jour : le bilan ne changerait rien.</source>
        <translation>The CV is up to date: the audit would change nothing.</translation>
    </message>
    <message>
        <source>Le coffre est occupé par une autre opération ; réessayez dans un instant.</source>
        <translation>The vault is busy with another operation; try again in a moment.</translation>
    </message>
    <message>
        <source>Le trousseau du système a refusé d'enregistrer la clé.</source>
        <translation>The system keyring refused to store the key.</translation>
    </message>
    <message>
        <source>Les sauvegardes plus anciennes la contiennent encore jusqu'à leur rotation.</source>
        <translation>Older backups still hold it until they are rotated out.</translation>
    </message>
    <message>
        <source>Libellés gardés dans d'autres langues : {languages}.</source>
        <translation>Labels kept in other languages: {languages}.</translation>
    </message>
    <message>
        <source>Lot déjà importé : rien n'a changé.</source>
        <translation>Bundle already imported: nothing changed.</translation>
    </message>
    <message>
        <source>Lot importé : {changes} changement(s), {conflicts} conflit(s), {acknowledged} envoi(s) accusé(s).</source>
        <translation>Bundle imported: {changes} change(s), {conflicts} conflict(s), {acknowledged} sending(s) acknowledged.</translation>
    </message>
    <message>
        <source>Lot importé : {changes} changement(s), {conflicts} conflit(s).</source>
        <translation>Bundle imported: {changes} change(s), {conflicts} conflict(s).</translation>
    </message>
    <message>
        <source>Lot n° {sequence} écrit : {path} ({file_bytes} octets).</source>
        <translation>Bundle no. {sequence} written: {path} ({file_bytes} bytes).</translation>
    </message>
    <message>
        <source>Lot n° {sequence} écrit pour « {name} » : {path} ({file_bytes} octets).</source>
        <translation>Bundle no. {sequence} written for “{name}”: {path} ({file_bytes} bytes).</translation>
    </message>
    <message>
        <source>Lot {kind} n° {sequence} de « {sender_name} » (portée {scope}, période {period}, créé le {created_at}, {file_bytes} octets) — signature et contenu vérifiés.</source>
        <translation>Bundle {kind} no. {sequence} from “{sender_name}” (scope {scope}, period {period}, created on {created_at}, {file_bytes} bytes) — signature and content checked.</translation>
    </message>
    <message>
        <source>Lot {kind} — portée : {scope}</source>
        <translation>Bundle {kind} — scope: {scope}</translation>
    </message>
    <message>
        <source>Mémorisation impossible : {reason}</source>
        <translation>Cannot remember the key: {reason}</translation>
    </message>
    <message>
        <source>Métier visé : {label} (à acquérir : {gaps})</source>
        <translation>Target occupation: {label} (to acquire: {gaps})</translation>
    </message>
    <message>
        <source>Métiers visés :</source>
        <translation>Target occupations:</translation>
    </message>
    <message>
        <source>Nombre de personnes invalide (1 à 10 000).</source>
        <translation>Invalid number of people (1 to 10,000).</translation>
    </message>
    <message>
        <source>Nombre de personnes invalide (1 à 200 000).</source>
        <translation>Invalid number of people (1 to 200,000).</translation>
    </message>
    <message>
        <source>Nouvelle phrase de passe</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Parcours :</source>
        <translation>Career path:</translation>
    </message>
    <message>
        <source>Personne effacée : {total} enregistrement(s) vidés et marqués supprimés (la suppression partira vers la coordination avec le prochain lot).</source>
        <translation>Person erased: {total} record(s) emptied and marked deleted (the deletion will go to coordination with the next bundle).</translation>
    </message>
    <message>
        <source>Personne n'est concerné·e aujourd'hui : rien à faire.</source>
        <translation>Nobody is affected today: nothing to do.</translation>
    </message>
    <message>
        <source>Photo : {width} × {height} pixels.</source>
        <translation>Photo: {width} × {height} pixels.</translation>
    </message>
    <message>
        <source>Photo enregistrée ({kind}, {width} × {height} pixels). Elle n'est imprimée que sur les CV où l'option photo est activée.</source>
        <translation>Photo saved ({kind}, {width} × {height} pixels). It is printed only on CVs with the photo option on.</translation>
    </message>
    <message>
        <source>Photo imprimée sur ce CV.</source>
        <translation>Photo printed on this CV.</translation>
    </message>
    <message>
        <source>Photo non imprimée sur ce CV.</source>
        <translation>Photo not printed on this CV.</translation>
    </message>
    <message>
        <source>Photo retirée.</source>
        <translation>Photo removed.</translation>
    </message>
    <message>
        <source>Phrase de passe</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Phrase de passe actuelle</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>Phrase de passe changée (clé de la base inchangée, la clé de secours reste valable).</source>
        <translation>Passphrase changed (database key unchanged, the recovery key remains valid).</translation>
    </message>
    <message>
        <source>Plan d'action :</source>
        <translation>Action plan:</translation>
    </message>
    <message>
        <source>Période : {period}</source>
        <translation>Period: {period}</translation>
    </message>
    <message>
        <source>Période : {period} (et {others} non encore accusés)</source>
        <translation>Period: {period} (and {others} not yet acknowledged)</translation>
    </message>
    <message>
        <source>Rapport CSV écrit : {csv}</source>
        <translation>CSV report written: {csv}</translation>
    </message>
    <message>
        <source>Rapport PDF écrit : {out}</source>
        <translation>PDF report written: {out}</translation>
    </message>
    <message>
        <source>Rapport mensuel écrit : {out} ({n} chiffres)</source>
        <translation>Monthly report written: {out} ({n} figures)</translation>
    </message>
    <message>
        <source>Reconv Desktop en ligne de commande (coffre chiffré, dossiers, synchro).</source>
        <translation>Reconv Desktop on the command line (encrypted vault, files, sync).</translation>
    </message>
    <message>
        <source>Restauration non confirmée : relancez avec --yes pour remplacer le coffre actuel (une copie de sécurité en sera gardée).</source>
        <translation>Restore not confirmed: run again with --yes to replace the current vault (a safety copy of it will be kept).</translation>
    </message>
    <message>
        <source>Rien n'a été modifié : relancez avec --apply pour appliquer.</source>
        <translation>Nothing was changed: run again with --apply to apply.</translation>
    </message>
    <message>
        <source>Règle : {description}</source>
        <translation>Rule: {description}</translation>
    </message>
    <message>
        <source>Règle enregistrée : {description}</source>
        <translation>Rule saved: {description}</translation>
    </message>
    <message>
        <source>Référentiel ESCO ({lang}) importé en {seconds:.1f} s : {skills} compétences, {occupations} métiers, {relations} liens métier-compétence.</source>
        <translation>ESCO referential ({lang}) imported in {seconds:.1f} s: {skills} skills, {occupations} occupations, {relations} occupation-skill links.</translation>
    </message>
    <message>
        <source>Sauvegarde créée et vérifiée : {path} ({size}).</source>
        <translation>Backup created and checked: {path} ({size}).</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Synthèse :</source>
        <translation>Synthesis:</translation>
    </message>
    <message>
        <source>Tables ignorées (format plus récent) : {tables}</source>
        <translation>Tables skipped (newer format): {tables}</translation>
    </message>
    <message>
        <source>Total : {total_rows} ligne(s).</source>
        <translation>Total: {total_rows} row(s).</translation>
    </message>
    <message>
        <source>URI d'une compétence couverte</source>
        <translation>URI of a skill covered</translation>
    </message>
    <message>
        <source>URI du métier visé</source>
        <translation>URI of the target occupation</translation>
    </message>
    <message>
        <source>URI du métier visé (par défaut : le premier du bilan)</source>
        <translation>URI of the target occupation (default: the first of the audit)</translation>
    </message>
    <message>
        <source>Version {version} restaurée (enregistrée comme version {number}).</source>
        <translation>Version {version} restored (saved as version {number}).</translation>
    </message>
    <message>
        <source>[transférable]</source>
        <translation>[transferable]</translation>
    </message>
    <message>
        <source>accuser réception des lots reçus</source>
        <translation>acknowledge the bundles received</translation>
    </message>
    <message>
        <source>accusé le {date}</source>
        <translation>acknowledged on {date}</translation>
    </message>
    <message>
        <source>afficher cette aide et quitter</source>
        <translation>show this help and exit</translation>
    </message>
    <message>
        <source>afficher l'identité et l'empreinte de cet appareil</source>
        <translation>show this device's identity and fingerprint</translation>
    </message>
    <message>
        <source>afficher la clé brute SQLCipher (64 caractères hexadécimaux)</source>
        <translation>show the raw SQLCipher key (64 hexadecimal characters)</translation>
    </message>
    <message>
        <source>afficher la version et quitter</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <source>afficher le bilan courant d'une personne</source>
        <translation>show a person's current skills audit</translation>
    </message>
    <message>
        <source>afficher, enregistrer ou imprimer le consentement</source>
        <translation>show, record or print the consent</translation>
    </message>
    <message>
        <source>ajouter des personnes fictives (démonstration, tests)</source>
        <translation>add fictitious people (demonstration, tests)</translation>
    </message>
    <message>
        <source>ajouter une personne</source>
        <translation>add a person</translation>
    </message>
    <message>
        <source>appliquer la règle (après l'aperçu)</source>
        <translation>apply the rule (after the preview)</translation>
    </message>
    <message>
        <source>appliquer les changements montrés</source>
        <translation>apply the changes shown</translation>
    </message>
    <message>
        <source>argument {name} : au moins une valeur est attendue</source>
        <translation>argument {name}: at least one value is expected</translation>
    </message>
    <message>
        <source>argument {name} : choix invalide : {value} (choix : {choices})</source>
        <translation>argument {name}: invalid choice: {value} (choices: {choices})</translation>
    </message>
    <message>
        <source>argument {name} : incompatible avec l'argument {other}</source>
        <translation>argument {name}: not allowed with argument {other}</translation>
    </message>
    <message>
        <source>argument {name} : une valeur est attendue</source>
        <translation>argument {name}: one value is expected</translation>
    </message>
    <message>
        <source>argument {name} : valeur inattendue : {value}</source>
        <translation>argument {name}: unexpected value: {value}</translation>
    </message>
    <message>
        <source>argument {name} : valeur invalide : {value}</source>
        <translation>argument {name}: invalid value: {value}</translation>
    </message>
    <message>
        <source>argument {name} : {n} valeur(s) attendue(s)</source>
        <translation>argument {name}: {n} value(s) expected</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>arguments non reconnus : {names}</source>
        <translation>unrecognised arguments: {names}</translation>
    </message>
    <message>
        <source>arguments obligatoires manquants : {names}</source>
        <translation>required arguments missing: {names}</translation>
    </message>
    <message>
        <source>aucun essentiel</source>
        <translation>none essential</translation>
    </message>
    <message>
        <source>aucun écart essentiel</source>
        <translation>no essential gap</translation>
    </message>
    <message>
        <source>aucun, accompagnement, accompagnement_et_partage</source>
        <translation>aucun, accompagnement, accompagnement_et_partage</translation>
    </message>
    <message>
        <source>aucune formation du catalogue ne couvre ces compétences</source>
        <translation>no training in the catalogue covers these skills</translation>
    </message>
    <message>
        <source>aujourd'hui</source>
        <translation>today</translation>
    </message>
    <message>
        <source>bilan de compétences imprimé (PDF)</source>
        <translation>printed skills audit (PDF)</translation>
    </message>
    <message>
        <source>bilans de compétences</source>
        <translation>skills audits</translation>
    </message>
    <message>
        <source>carte, identifiant d'appareil ou nom</source>
        <translation>card, device identifier or name</translation>
    </message>
    <message>
        <source>catalogue de formations (envoyé par la coordination)</source>
        <translation>training catalogue (sent by coordination)</translation>
    </message>
    <message>
        <source>ce que le bilan changerait au CV (--apply pour appliquer)</source>
        <translation>what the audit would change in the CV (--apply to apply)</translation>
    </message>
    <message>
        <source>changer la phrase de passe (la base n'est pas réécrite)</source>
        <translation>change the passphrase (the database is not rewritten)</translation>
    </message>
    <message>
        <source>changer la règle</source>
        <translation>change the rule</translation>
    </message>
    <message>
        <source>chemin, version du schéma, SQLCipher, nombre de lignes</source>
        <translation>path, schema version, SQLCipher, row counts</translation>
    </message>
    <message>
        <source>chercher dans les libellés de cette langue (nl, en...)</source>
        <translation>search the labels in this language (nl, en...)</translation>
    </message>
    <message>
        <source>chercher des métiers</source>
        <translation>search occupations</translation>
    </message>
    <message>
        <source>chercher une compétence (ou un métier), sans accents</source>
        <translation>search a skill (or an occupation), accents not needed</translation>
    </message>
    <message>
        <source>clé brute de la base</source>
        <translation>raw database key</translation>
    </message>
    <message>
        <source>confirmer</source>
        <translation>confirm</translation>
    </message>
    <message>
        <source>confirmer l'effacement</source>
        <translation>confirm the erasure</translation>
    </message>
    <message>
        <source>confirmer le remplacement du coffre</source>
        <translation>confirm replacing the vault</translation>
    </message>
    <message>
        <source>conflits de synchronisation à examiner</source>
        <translation>sync conflicts to review</translation>
    </message>
    <message>
        <source>couvre : {skills}</source>
        <translation>covers: {skills}</translation>
    </message>
    <message>
        <source>couvre : {skills} ; vise ce métier</source>
        <translation>covers: {skills}; aims at this occupation</translation>
    </message>
    <message>
        <source>créer et vérifier une sauvegarde maintenant</source>
        <translation>create and check a backup now</translation>
    </message>
    <message>
        <source>créer un coffre chiffré et afficher la clé de secours</source>
        <translation>create an encrypted vault and show the recovery key</translation>
    </message>
    <message>
        <source>côté accompagnement : enrôler la coordination</source>
        <translation>counsellor side: enrol the coordination</translation>
    </message>
    <message>
        <source>côté coordination : accompagnateurs, rapports, envois</source>
        <translation>coordination side: counsellors, reports, sendings</translation>
    </message>
    <message>
        <source>date du consentement (JJ/MM/AAAA ou AAAA-MM-JJ)</source>
        <translation>consent date (DD/MM/YYYY or YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>document PDF (pour la personne)</source>
        <translation>PDF document (for the person)</translation>
    </message>
    <message>
        <source>donner des bilans fictifs aux personnes de démo</source>
        <translation>give fictitious skills audits to the demo people</translation>
    </message>
    <message>
        <source>dossier des sauvegardes (sinon celui choisi dans les réglages, ou le défaut)</source>
        <translation>backup folder (else the one chosen in the settings, or the default)</translation>
    </message>
    <message>
        <source>dossier du coffre (sinon RECONV_DATA_DIR ou le dossier par défaut)</source>
        <translation>vault folder (else RECONV_DATA_DIR or the default folder)</translation>
    </message>
    <message>
        <source>durée de conservation après la fin des cellules</source>
        <translation>retention period after the end of the cells</translation>
    </message>
    <message>
        <source>effacer une personne partout (irréversible)</source>
        <translation>erase a person everywhere (cannot be undone)</translation>
    </message>
    <message>
        <source>enregistrer cette photo (JPEG ou PNG)</source>
        <translation>save this photo (JPEG or PNG)</translation>
    </message>
    <message>
        <source>enregistrer la carte d'un·e accompagnateur·rice</source>
        <translation>register a counsellor's card</translation>
    </message>
    <message>
        <source>enregistrer la carte de la coordination</source>
        <translation>register the coordination's card</translation>
    </message>
    <message>
        <source>envoyer référentiel, transferts et accusés de réception</source>
        <translation>send the referential, transfers and acknowledgements</translation>
    </message>
    <message>
        <source>envoyé</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>exporter tout le journal dans ce fichier CSV</source>
        <translation>export the whole journal to this CSV file</translation>
    </message>
    <message>
        <source>exporter un CV en PDF, Word ou JSON Resume</source>
        <translation>export a CV as PDF, Word or JSON Resume</translation>
    </message>
    <message>
        <source>faire de ce coffre un coffre de coordination</source>
        <translation>make this vault a coordination vault</translation>
    </message>
    <message>
        <source>fichier CSV</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <source>fichier CSV à colonnes nommées (intitule, organisme, debut…)</source>
        <translation>CSV file with named columns (intitule, organisme, debut…)</translation>
    </message>
    <message>
        <source>fichier JSON (pour une machine)</source>
        <translation>JSON file (for a machine)</translation>
    </message>
    <message>
        <source>fichier PDF</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>fichier PDF à écrire</source>
        <translation>PDF file to write</translation>
    </message>
    <message>
        <source>fichier du lot (.reconv)</source>
        <translation>bundle file (.reconv)</translation>
    </message>
    <message>
        <source>fichier à écrire</source>
        <translation>file to write</translation>
    </message>
    <message>
        <source>formations du catalogue couvrant les compétences à acquérir</source>
        <translation>catalogue trainings covering the skills to acquire</translation>
    </message>
    <message>
        <source>garder la version actuelle ou --swap pour l'autre</source>
        <translation>keep the current version, or --swap for the other one</translation>
    </message>
    <message>
        <source>graine (mêmes données pour la même graine)</source>
        <translation>seed (same data for the same seed)</translation>
    </message>
    <message>
        <source>id d'un autre bilan que le bilan courant</source>
        <translation>id of an audit other than the current one</translation>
    </message>
    <message>
        <source>identité de l'appareil (carte publique, clé age)</source>
        <translation>device identity (public card, age key)</translation>
    </message>
    <message>
        <source>importer le téléchargement CSV officiel d'ESCO</source>
        <translation>import the official ESCO CSV download</translation>
    </message>
    <message>
        <source>importer un catalogue CSV (tout ou rien)</source>
        <translation>import a CSV catalogue (all or nothing)</translation>
    </message>
    <message>
        <source>imprimer aussi les restrictions de santé (non imprimées par défaut)</source>
        <translation>also print the health restrictions (not printed by default)</translation>
    </message>
    <message>
        <source>imprimer la photo de la personne sur ce CV (off par défaut)</source>
        <translation>print the person's photo on this CV (off by default)</translation>
    </message>
    <message>
        <source>imprimer le bilan courant d'une personne en PDF</source>
        <translation>print a person's current skills audit as PDF</translation>
    </message>
    <message>
        <source>imprimer le consentement dans ce fichier PDF</source>
        <translation>print the consent to this PDF file</translation>
    </message>
    <message>
        <source>indicateurs consolidés du mois (PDF et CSV)</source>
        <translation>consolidated indicators of the month (PDF and CSV)</translation>
    </message>
    <message>
        <source>joindre le référentiel compétences/métiers</source>
        <translation>attach the skills/occupations referential</translation>
    </message>
    <message>
        <source>journal des accès et opérations (append-only)</source>
        <translation>journal of access and operations (append-only)</translation>
    </message>
    <message>
        <source>l'un des arguments {names} est obligatoire</source>
        <translation>one of the arguments {names} is required</translation>
    </message>
    <message>
        <source>langue des fichiers (fr, nl, en...) ; sinon détectée</source>
        <translation>language of the files (fr, nl, en...); detected otherwise</translation>
    </message>
    <message>
        <source>langue des messages (sinon RECONV_LANG, les paramètres, fr)</source>
        <translation>language of the messages (else RECONV_LANG, the settings, fr)</translation>
    </message>
    <message>
        <source>lignes affichées (défaut 50)</source>
        <translation>lines shown (default 50)</translation>
    </message>
    <message>
        <source>lire la nouvelle phrase de passe dans ce fichier</source>
        <translation>read the new passphrase from this file</translation>
    </message>
    <message>
        <source>lire la phrase de passe dans ce fichier</source>
        <translation>read the passphrase from this file</translation>
    </message>
    <message>
        <source>lister (id, nom, prénom, cellule, statut)</source>
        <translation>list (id, surname, first name, cell, status)</translation>
    </message>
    <message>
        <source>lister les accompagnateurs enregistrés</source>
        <translation>list the registered counsellors</translation>
    </message>
    <message>
        <source>lister les conflits (avec les différences)</source>
        <translation>list the conflicts (with the differences)</translation>
    </message>
    <message>
        <source>lister ou chercher les formations du catalogue</source>
        <translation>list or search the catalogue trainings</translation>
    </message>
    <message>
        <source>lots de synchronisation : exporter, inspecter, importer</source>
        <translation>sync bundles: export, inspect, import</translation>
    </message>
    <message>
        <source>lots envoyés et reçus</source>
        <translation>bundles sent and received</translation>
    </message>
    <message>
        <source>modèle : {templates}</source>
        <translation>template: {templates}</translation>
    </message>
    <message>
        <source>mois après la fin de la cellule</source>
        <translation>months after the end of the cell</translation>
    </message>
    <message>
        <source>montrer ce qui partirait, sans écrire</source>
        <translation>show what would leave, without writing</translation>
    </message>
    <message>
        <source>mots cherchés (sans accents ni majuscules)</source>
        <translation>words searched (accents and capitals not needed)</translation>
    </message>
    <message>
        <source>métiers classés selon les compétences du bilan courant</source>
        <translation>occupations ranked by the skills of the current audit</translation>
    </message>
    <message>
        <source>ne pas demander de confirmer l'empreinte</source>
        <translation>do not ask to confirm the fingerprint</translation>
    </message>
    <message>
        <source>nom affiché sur la carte</source>
        <translation>name shown on the card</translation>
    </message>
    <message>
        <source>nom du dossier de sauvegarde (défaut : toutes)</source>
        <translation>name of the backup folder (default: all)</translation>
    </message>
    <message>
        <source>nom du dossier de sauvegarde (voir `reconv backup list`)</source>
        <translation>name of the backup folder (see `reconv backup list`)</translation>
    </message>
    <message>
        <source>nom du ou de la titulaire (carte d'identité de l'appareil)</source>
        <translation>holder's name (device identity card)</translation>
    </message>
    <message>
        <source>nom ou id de la cellule</source>
        <translation>name or id of the cell</translation>
    </message>
    <message>
        <source>nombre de personnes</source>
        <translation>number of people</translation>
    </message>
    <message>
        <source>nombre de personnes à ajouter</source>
        <translation>number of people to add</translation>
    </message>
    <message>
        <source>notes par personne</source>
        <translation>notes per person</translation>
    </message>
    <message>
        <source>nouveau CV depuis le bilan courant (affiche son id)</source>
        <translation>new CV from the current audit (shows its id)</translation>
    </message>
    <message>
        <source>option ambiguë : {name} peut désigner {choices}</source>
        <translation>ambiguous option: {name} could match {choices}</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>oublier la clé mémorisée sur cet ordinateur</source>
        <translation>forget the key remembered on this computer</translation>
    </message>
    <message>
        <source>ouvrir avec la clé de secours ({recovery_key_env} ou invite)</source>
        <translation>open with the recovery key ({recovery_key_env} or prompt)</translation>
    </message>
    <message>
        <source>personnes accompagnées : dossiers, recherche, droits (accès, effacement, consentement)</source>
        <translation>people supported: files, search, rights (access, erasure, consent)</translation>
    </message>
    <message>
        <source>photo d'une personne pour ses CV (JPEG ou PNG)</source>
        <translation>a person's photo for their CVs (JPEG or PNG)</translation>
    </message>
    <message>
        <source>projets de CV construits à partir du bilan</source>
        <translation>CV drafts built from the skills audit</translation>
    </message>
    <message>
        <source>projets de CV d'une personne</source>
        <translation>a person's CV drafts</translation>
    </message>
    <message>
        <source>qui serait concerné aujourd'hui</source>
        <translation>who would be affected today</translation>
    </message>
    <message>
        <source>rapport mensuel d'activité (mêmes chiffres que le lot)</source>
        <translation>monthly activity report (same figures as the bundle)</translation>
    </message>
    <message>
        <source>rapports imprimables</source>
        <translation>printable reports</translation>
    </message>
    <message>
        <source>rechercher dans les noms, notes et actions (sans accents)</source>
        <translation>search names, notes and actions (accents not needed)</translation>
    </message>
    <message>
        <source>reconv : avertissement : {message}</source>
        <translation>reconv: warning: {message}</translation>
    </message>
    <message>
        <source>reconv : erreur d'utilisation : {message}</source>
        <translation>reconv: usage error: {message}</translation>
    </message>
    <message>
        <source>reconv : erreur interne inattendue ; le détail technique est dans le journal ({log_dir}).</source>
        <translation>reconv: unexpected internal error; the technical detail is in the log ({log_dir}).</translation>
    </message>
    <message>
        <source>reconv : interrompu.</source>
        <translation>reconv: interrupted.</translation>
    </message>
    <message>
        <source>reconv : {message}</source>
        <translation>reconv: {message}</translation>
    </message>
    <message>
        <source>recueilli par</source>
        <translation>obtained by</translation>
    </message>
    <message>
        <source>remplacer le coffre par une sauvegarde vérifiée</source>
        <translation>replace the vault with a checked backup</translation>
    </message>
    <message>
        <source>remplacer par l'autre version</source>
        <translation>replace with the other version</translation>
    </message>
    <message>
        <source>rendez-vous par personne</source>
        <translation>appointments per person</translation>
    </message>
    <message>
        <source>retirer la photo</source>
        <translation>remove the photo</translation>
    </message>
    <message>
        <source>retirés : {fields}</source>
        <translation>removed: {fields}</translation>
    </message>
    <message>
        <source>revenir à une version antérieure d'un CV</source>
        <translation>go back to an earlier version of a CV</translation>
    </message>
    <message>
        <source>reçu</source>
        <translation>received</translation>
    </message>
    <message>
        <source>référentiel de compétences et de métiers</source>
        <translation>skills and occupations referential</translation>
    </message>
    <message>
        <source>réglages d'un CV (photo imprimée ou non)</source>
        <translation>settings of a CV (photo printed or not)</translation>
    </message>
    <message>
        <source>résolu ({resolution})</source>
        <translation>resolved ({resolution})</translation>
    </message>
    <message>
        <source>sauvegardes chiffrées : lister, créer, vérifier, restaurer</source>
        <translation>encrypted backups: list, create, check, restore</translation>
    </message>
    <message>
        <source>sauvegardes de ce coffre, la plus récente d'abord</source>
        <translation>backups of this vault, newest first</translation>
    </message>
    <message>
        <source>se souvenir de la clé sur cet ordinateur</source>
        <translation>remember the key on this computer</translation>
    </message>
    <message>
        <source>seulement les formations à venir</source>
        <translation>only upcoming trainings</translation>
    </message>
    <message>
        <source>statut : {values}</source>
        <translation>status: {values}</translation>
    </message>
    <message>
        <source>table	nouvelles	modifiées	supprimées	inchangées	conflits	refusées</source>
        <translation>table	new	updated	deleted	unchanged	conflicts	refused</translation>
    </message>
    <message>
        <source>tenir le catalogue de formations</source>
        <translation>maintain the training catalogue</translation>
    </message>
    <message>
        <source>titre du projet de CV</source>
        <translation>title of the CV draft</translation>
    </message>
    <message>
        <source>tout ce que le coffre contient sur une personne</source>
        <translation>everything the vault holds about a person</translation>
    </message>
    <message>
        <source>transférer une personne (et son dossier) à ce destinataire</source>
        <translation>transfer a person (and their file) to this recipient</translation>
    </message>
    <message>
        <source>utilisation : </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>utiliser la clé de secours (RECONV_RECOVERY_KEY ou invite), puis choisir une nouvelle phrase de passe</source>
        <translation>use the recovery key (RECONV_RECOVERY_KEY or prompt), then choose a new passphrase</translation>
    </message>
    <message>
        <source>versions enregistrées d'un CV</source>
        <translation>saved versions of a CV</translation>
    </message>
    <message>
        <source>vise : {occupation}</source>
        <translation>aims at: {occupation}</translation>
    </message>
    <message>
        <source>vérifier et résumer un lot sans rien modifier</source>
        <translation>check and summarise a bundle without changing anything</translation>
    </message>
    <message>
        <source>vérifier la phrase de passe ; avec --recovery-key, en définir une nouvelle</source>
        <translation>check the passphrase; with --recovery-key, set a new one</translation>
    </message>
    <message>
        <source>vérifier puis importer un lot</source>
        <translation>check then import a bundle</translation>
    </message>
    <message>
        <source>vérifier une sauvegarde (ou toutes) et afficher son contenu</source>
        <translation>check a backup (or all of them) and show its content</translation>
    </message>
    <message>
        <source>y compris les conflits résolus</source>
        <translation>including resolved conflicts</translation>
    </message>
    <message>
        <source>{added} bilans de démonstration ajoutés.</source>
        <translation>{added} demo skills audits added.</translation>
    </message>
    <message>
        <source>{added} personnes fictives ajoutées ({count} au total).</source>
        <translation>{added} fictitious people added ({count} in total).</translation>
    </message>
    <message>
        <source>{column} : actuel « {current} » / autre « {other} »</source>
        <translation>{column}: current “{current}” / other “{other}”</translation>
    </message>
    <message>
        <source>{device_id}	{name}	{fingerprint}	{bundles} lot(s)	{received}	{period}</source>
        <translation>{device_id}	{name}	{fingerprint}	{bundles} bundle(s)	{received}	{period}</translation>
    </message>
    <message>
        <source>{failures} sauvegarde(s) sur {n} en échec.</source>
        <translation>{failures} of {n} backup(s) failed.</translation>
    </message>
    <message>
        <source>{label} : </source>
        <translation>{label}: </translation>
    </message>
    <message>
        <source>{label} requise : définissez {passphrase_env} ou utilisez --passphrase-file.</source>
        <translation>{label} required: set {passphrase_env} or use --passphrase-file.</translation>
    </message>
    <message>
        <source>{name}	{date}	{reason_label}	schéma {schema}	{size}</source>
        <translation>{name}	{date}	{reason_label}	schema {schema}	{size}</translation>
    </message>
    <message>
        <source>{name} : intacte — {date}, {reason_label}, schéma {schema}, {workers} personne(s)</source>
        <translation>{name}: intact — {date}, {reason_label}, schema {schema}, {workers} person(s)</translation>
    </message>
    <message>
        <source>{name} : {rows} ligne(s) ; champs : {fields}</source>
        <translation>{name}: {rows} row(s); fields: {fields}</translation>
    </message>
    <message>
        <source>{name} : ÉCHEC — {message}</source>
        <translation>{name}: FAILED — {message}</translation>
    </message>
    <message>
        <source>{n} personne(s) concernée(s) aujourd'hui.</source>
        <translation>{n} person(s) affected today.</translation>
    </message>
    <message>
        <source>{n} personne(s) seraient traitées ({description}) — voyez `reconv retention preview`, puis relancez avec --yes.</source>
        <translation>{n} person(s) would be processed ({description}) — see `reconv retention preview`, then run again with --yes.</translation>
    </message>
    <message>
        <source>{n} rubrique(s) mise(s) à jour depuis le bilan.</source>
        <translation>{n} section(s) updated from the audit.</translation>
    </message>
    <message>
        <source>{percent:3d} %  {occupation} (à acquérir : {gaps})</source>
        <translation>{percent:3d} %  {occupation} (to acquire: {gaps})</translation>
    </message>
    <message>
        <source>{question} [o/N] </source>
        <translation>{question} [y/N] </translation>
    </message>
    <message>
        <source>{size:.0f} Ko</source>
        <translation>{size:.0f} KB</translation>
    </message>
    <message>
        <source>{size:.1f} Mo</source>
        <translation>{size:.1f} MB</translation>
    </message>
    <message>
        <source>{worker_id}	{display_name}	{cell_name}	fin {end}	échéance {due}</source>
        <translation>{worker_id}	{display_name}	{cell_name}	end {end}	due {due}</translation>
    </message>
    <message>
        <source>« builtin » (cellules, check-lists et catalogue du coffre) ou un dossier de .jsonl</source>
        <translation>“builtin” (the vault's cells, checklists and catalogue) or a folder of .jsonl files</translation>
    </message>
    <message>
        <source>« {name} » est enregistré·e.</source>
        <translation>“{name}” is registered.</translation>
    </message>
    <message>
        <source>Écrire ce lot ?</source>
        <translation>Write this bundle?</translation>
    </message>
    <message>
        <source>écrire l'identité age SECRÈTE (pour `age -d -i`)</source>
        <translation>write the SECRET age identity (for `age -d -i`)</translation>
    </message>
    <message>
        <source>écrire la carte publique (JSON) à donner à l'autre partie</source>
        <translation>write the public card (JSON) to give to the other party</translation>
    </message>
    <message>
        <source>écrire le lot du mois pour la coordination</source>
        <translation>write the month's bundle for coordination</translation>
    </message>
    <message>
        <source>écrire sans demander de confirmation</source>
        <translation>write without asking for confirmation</translation>
    </message>
</context>
<context>
    <name>cv</name>
    <message>
        <source>2 à 4 centres d'intérêt qui disent quelque chose de vous.</source>
        <translation>2 to 4 interests that say something about you.</translation>
    </message>
    <message>
        <source>3 à 5 atouts ou savoir-être, en quelques mots.</source>
        <translation>3 to 5 strengths or soft skills, in a few words.</translation>
    </message>
    <message>
        <source>3 à 5 phrases : métier, expérience, points forts, projet.</source>
        <translation>3 to 5 sentences: occupation, experience, strengths, plans.</translation>
    </message>
    <message>
        <source>6 à 12 compétences, les plus utiles au métier visé d'abord.</source>
        <translation>6 to 12 skills, the most useful for the target occupation first.</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Année invalide : « {year} » (exemple : 2012).</source>
        <translation>Invalid year: “{year}” (example: 2012).</translation>
    </message>
    <message>
        <source>Aucun bilan de compétences pour {display_name} : rien à reprendre.</source>
        <translation>No skills audit for {display_name}: nothing to take over.</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>CONTACT</translation>
    </message>
    <message>
        <source>CV — {target}</source>
        <translation>CV — {target}</translation>
    </message>
    <message>
        <source>Catégories, puis éventuellement « véhicule personnel ».</source>
        <translation>Categories, then “own vehicle” if relevant.</translation>
    </message>
    <message>
        <source>Ce fichier n'est pas une photo JPEG ou PNG.</source>
        <translation>This file is not a JPEG or PNG photo.</translation>
    </message>
    <message>
        <source>Cette photo est illisible ou abîmée.</source>
        <translation>This photo is unreadable or damaged.</translation>
    </message>
    <message>
        <source>Champ d'identité inconnu : {name}.</source>
        <translation>Unknown identity field: {name}.</translation>
    </message>
    <message>
        <source>Curriculum vitae</source>
        <translation>Curriculum vitae</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Diplômes, certificats et formations utiles au métier visé.</source>
        <translation>Diplomas, certificates and training useful for the target occupation.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Employeur</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Fichier introuvable : « {path} ».</source>
        <translation>File not found: “{path}”.</translation>
    </message>
    <message>
        <source>La colonne de gauche déborde : la fin des rubriques de gauche passe dans la colonne principale.</source>
        <translation>The left column overflows: the end of the left-hand sections moves to the main column.</translation>
    </message>
    <message>
        <source>Le CV tient sur {pages} pages : raccourcissez les rubriques les plus longues ou masquez-en une pour tenir sur une page.</source>
        <translation>The CV takes {pages} pages: shorten the longest sections or hide one to fit on one page.</translation>
    </message>
    <message>
        <source>Le titre du CV est obligatoire.</source>
        <translation>The CV's title is required.</translation>
    </message>
    <message>
        <source>Lecture impossible : « {path} » ({strerror}).</source>
        <translation>Cannot read “{path}” ({strerror}).</translation>
    </message>
    <message>
        <source>Lecture refusée : « {path} ».</source>
        <translation>Read access denied: “{path}”.</translation>
    </message>
    <message>
        <source>Les emplois récents en détail, les anciens en une ligne.</source>
        <translation>Recent jobs in detail, older ones in one line.</translation>
    </message>
    <message>
        <source>Localité</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Maîtrise</source>
        <translation>Proficient</translation>
    </message>
    <message>
        <source>Modèle inconnu : « {raw} » (choisissez : {names}).</source>
        <translation>Unknown template: “{raw}” (choose: {names}).</translation>
    </message>
    <message>
        <source>Mois invalide : « {text} ».</source>
        <translation>Invalid month: “{text}”.</translation>
    </message>
    <message>
        <source>Métier inconnu du référentiel : « {uri} ».</source>
        <translation>Occupation not in the referential: “{uri}”.</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Notions</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Né·e le</source>
        <translation>Born on</translation>
    </message>
    <message>
        <source>Ordre des rubriques invalide.</source>
        <translation>Invalid order of sections.</translation>
    </message>
    <message>
        <source>Permis de conduire {code}</source>
        <translation>Driving licence {code}</translation>
    </message>
    <message>
        <source>Permis {codes}</source>
        <translation>Licence {codes}</translation>
    </message>
    <message>
        <source>Photo trop grande en pixels : choisissez une image plus petite.</source>
        <translation>Photo too large in pixels: choose a smaller picture.</translation>
    </message>
    <message>
        <source>Photo trop lourde ({megabytes} Mo) : {limit} Mo au plus. Réduisez-la ou choisissez-en une autre.</source>
        <translation>Photo too heavy ({megabytes} MB): {limit} MB at most. Shrink it or choose another one.</translation>
    </message>
    <message>
        <source>Points forts : {skills}.</source>
        <translation>Strengths: {skills}.</translation>
    </message>
    <message>
        <source>Pratique</source>
        <translation>Working knowledge</translation>
    </message>
    <message>
        <source>Projet : exercer le métier de {occupation_label}, en mettant à profit une solide expérience de terrain.</source>
        <translation>Goal: to work as {occupation_label}, drawing on solid hands-on experience.</translation>
    </message>
    <message>
        <source>Projet de CV introuvable : « {record_id} ».</source>
        <translation>CV draft not found: “{record_id}”.</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Période illisible : « {text} » (exemple : 09/1999 – 12/2024).</source>
        <translation>Unreadable period: “{text}” (example: 09/1999 – 12/2024).</translation>
    </message>
    <message>
        <source>Reconnu·e pour : {qualities}.</source>
        <translation>Known for: {qualities}.</translation>
    </message>
    <message>
        <source>Rubrique inconnue : {key}.</source>
        <translation>Unknown section: {key}.</translation>
    </message>
    <message>
        <source>Titre (métier visé)</source>
        <translation>Headline (target occupation)</translation>
    </message>
    <message>
        <source>Titre trop long ({limit} caractères au plus).</source>
        <translation>Title too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Tél.</source>
        <translation>Tel.</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Une langue par ligne, avec le niveau.</source>
        <translation>One language per line, with the level.</translation>
    </message>
    <message>
        <source>Version {number} introuvable pour ce CV.</source>
        <translation>Version {number} not found for this CV.</translation>
    </message>
    <message>
        <source>Véhicule personnel</source>
        <translation>Own vehicle</translation>
    </message>
    <message>
        <source>création depuis le bilan</source>
        <translation>created from the skills audit</translation>
    </message>
    <message>
        <source>depuis {date}</source>
        <translation>since {date}</translation>
    </message>
    <message>
        <source>jusqu'en {date}</source>
        <translation>until {date}</translation>
    </message>
    <message>
        <source>mise à jour depuis le bilan</source>
        <translation>updated from the skills audit</translation>
    </message>
    <message>
        <source>modification</source>
        <translation>edit</translation>
    </message>
    <message>
        <source>né·e le {birth_date}</source>
        <translation>born on {birth_date}</translation>
    </message>
    <message>
        <source>restauration de la version {number}</source>
        <translation>restore of version {number}</translation>
    </message>
    <message>
        <source>savoir-être</source>
        <translation>soft skills</translation>
    </message>
    <message>
        <source>{count} caractères</source>
        <translation>{count} characters</translation>
    </message>
    <message>
        <source>{count} caractères (conseillé : {span})</source>
        <translation>{count} characters (advised: {span})</translation>
    </message>
    <message>
        <source>{count} caractères — trop long pour une page (conseillé : {span})</source>
        <translation>{count} characters — too long for one page (advised: {span})</translation>
    </message>
    <message>
        <source>{count} caractères — un peu court (conseillé : {span})</source>
        <translation>{count} characters — a bit short (advised: {span})</translation>
    </message>
    <message>
        <source>{high} au plus</source>
        <translation>{high} at most</translation>
    </message>
    <message>
        <source>{low} à {high}</source>
        <translation>{low} to {high}</translation>
    </message>
    <message>
        <source>{role} avec {years} ans d'expérience professionnelle, dernièrement chez {employer}.</source>
        <translation>{role} with {years} years of work experience, most recently at {employer}.</translation>
    </message>
    <message>
        <source>{role}, dernièrement chez {employer}.</source>
        <translation>{role}, most recently at {employer}.</translation>
    </message>
    <message>
        <source>{what} : texte trop long ({n} caractères, {limit} au plus).</source>
        <translation>{what}: text too long ({n} characters, at most {limit}).</translation>
    </message>
    <message>
        <source>« {path} » est un dossier, pas une photo.</source>
        <translation>“{path}” is a folder, not a photo.</translation>
    </message>
    <message>
        <source>Établissement</source>
        <translation>Institution</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>Accès refusé en écriture dans « {parent} ».</source>
        <translation>Write access denied in “{parent}”.</translation>
    </message>
    <message>
        <source>Disque plein : impossible d'écrire « {name} ». Rien n'a été modifié.</source>
        <translation>Disk full: cannot write “{name}”. Nothing was changed.</translation>
    </message>
    <message>
        <source>Le dossier « {parent} » n'est plus accessible (clé USB retirée ?). Rien n'a été écrit.</source>
        <translation>The folder “{parent}” can no longer be reached (USB stick removed?). Nothing was written.</translation>
    </message>
    <message>
        <source>Écriture impossible de « {name} » : {reason}.</source>
        <translation>Cannot write “{name}”: {reason}.</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>La phrase de passe doit compter au moins {n} caractères.</source>
        <translation>The passphrase must be at least {n} characters long.</translation>
    </message>
    <message>
        <source>La phrase de passe est trop longue.</source>
        <translation>The passphrase is too long.</translation>
    </message>
    <message>
        <source>Les deux phrases de passe ne sont pas identiques.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
    <message>
        <source>Phrase de passe trop faible : ajoutez des mots, des chiffres ou des signes.</source>
        <translation>Passphrase too weak: add words, digits or symbols.</translation>
    </message>
    <message>
        <source>correcte</source>
        <translation>fair</translation>
    </message>
    <message>
        <source>faible</source>
        <translation>weak</translation>
    </message>
    <message>
        <source>forte</source>
        <translation>strong</translation>
    </message>
    <message>
        <source>très faible</source>
        <translation>very weak</translation>
    </message>
    <message>
        <source>très forte</source>
        <translation>very strong</translation>
    </message>
</context>
<context>
    <name>referential</name>
    <message>
        <source> (langues présentes : {languages})</source>
        <translation> (languages present: {languages})</translation>
    </message>
    <message>
        <source>, colonne « {column} »</source>
        <translation>, column “{column}”</translation>
    </message>
    <message>
        <source>Atouts : {skills}</source>
        <translation>Strengths: {skills}</translation>
    </message>
    <message>
        <source>Aucun fichier ESCO (skills_&lt;langue&gt;.csv, occupations_&lt;langue&gt;.csv) dans « {directory} ».</source>
        <translation>No ESCO file (skills_&lt;language&gt;.csv, occupations_&lt;language&gt;.csv) in “{directory}”.</translation>
    </message>
    <message>
        <source>CSV illisible ({exc})</source>
        <translation>Unreadable CSV ({exc})</translation>
    </message>
    <message>
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Compétences essentielles couvertes : {essential} sur {essential_total} ; optionnelles : {optional} sur {optional_total}.</source>
        <translation>Essential skills covered: {essential} of {essential_total}; optional: {optional} of {optional_total}.</translation>
    </message>
    <message>
        <source>Dossier introuvable : « {directory} ».</source>
        <translation>Folder not found: “{directory}”.</translation>
    </message>
    <message>
        <source>Enregistrement</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>Fichier occupationSkillRelations_{lang}.csv absent : métiers et compétences importés sans liens entre eux (pas de classement des métiers).</source>
        <translation>File occupationSkillRelations_{lang}.csv missing: occupations and skills imported without links between them (no ranking of occupations).</translation>
    </message>
    <message>
        <source>Fichier « {kind}_{lang}.csv » introuvable dans « {directory} »{available}.</source>
        <translation>File “{kind}_{lang}.csv” not found in “{directory}”{available}.</translation>
    </message>
    <message>
        <source>Libellés traduits</source>
        <translation>Translated labels</translation>
    </message>
    <message>
        <source>Liens métier-compétence</source>
        <translation>Occupation-skill links</translation>
    </message>
    <message>
        <source>Métiers</source>
        <translation>Occupations</translation>
    </message>
    <message>
        <source>Plusieurs langues ESCO dans « {directory} » ({languages}) : choisissez la langue à importer.</source>
        <translation>Several ESCO languages in “{directory}” ({languages}): choose the language to import.</translation>
    </message>
    <message>
        <source>Référentiel introuvable : « {path} ».</source>
        <translation>Referential not found: “{path}”.</translation>
    </message>
    <message>
        <source>colonne obligatoire absente de l'en-tête</source>
        <translation>required column missing from the header</translation>
    </message>
    <message>
        <source>compétence</source>
        <translation>skill</translation>
    </message>
    <message>
        <source>fichier vide, ligne d'en-tête attendue</source>
        <translation>empty file, header line expected</translation>
    </message>
    <message>
        <source>identifiant invalide « {value} »</source>
        <translation>invalid identifier “{value}”</translation>
    </message>
    <message>
        <source>le fichier n'est pas encodé en UTF-8</source>
        <translation>the file is not encoded in UTF-8</translation>
    </message>
    <message>
        <source>métier</source>
        <translation>occupation</translation>
    </message>
    <message>
        <source>métier « {label} », champ « {relation} » : liste d'identifiants attendue.</source>
        <translation>occupation “{label}”, field “{relation}”: list of identifiers expected.</translation>
    </message>
    <message>
        <source>valeur manquante (la ligne a {n} champs au lieu de {expected})</source>
        <translation>missing value (the line has {n} fields instead of {expected})</translation>
    </message>
    <message>
        <source>valeur vide</source>
        <translation>empty value</translation>
    </message>
    <message>
        <source>valeur « {value} » inattendue (essential ou optional)</source>
        <translation>unexpected value “{value}” (essential or optional)</translation>
    </message>
    <message>
        <source>{name} : ce n'est pas un référentiel Reconv.</source>
        <translation>{name}: this is not a Reconv referential.</translation>
    </message>
    <message>
        <source>{name} : fichier JSON illisible ({exc}).</source>
        <translation>{name}: unreadable JSON file ({exc}).</translation>
    </message>
    <message>
        <source>{name} : la liste « {key} » est absente ou mal formée.</source>
        <translation>{name}: the “{key}” list is missing or malformed.</translation>
    </message>
    <message>
        <source>{name} : langue absente.</source>
        <translation>{name}: language missing.</translation>
    </message>
    <message>
        <source>{name} : version de format {version!r} non prise en charge (mettez l'application à jour).</source>
        <translation>{name}: format version {version!r} not supported (update the application).</translation>
    </message>
    <message>
        <source>{name} : {skipped} lien(s) vers une compétence ou un métier inconnu.</source>
        <translation>{name}: {skipped} link(s) to an unknown skill or occupation.</translation>
    </message>
    <message>
        <source>{name} : {what} « {uri} » en double.</source>
        <translation>{name}: duplicate {what} “{uri}”.</translation>
    </message>
    <message>
        <source>{name}, compétence n° {number}</source>
        <translation>{name}, skill no. {number}</translation>
    </message>
    <message>
        <source>{name}, ligne {line}</source>
        <translation>{name}, line {line}</translation>
    </message>
    <message>
        <source>{name}, métier n° {number}</source>
        <translation>{name}, occupation no. {number}</translation>
    </message>
    <message>
        <source>{n} champs au lieu de {expected} (virgule ou guillemet mal placé ?)</source>
        <translation>{n} fields instead of {expected} (misplaced comma or quote?)</translation>
    </message>
    <message>
        <source>{shown} (+ {n} autres)</source>
        <translation>{shown} (+ {n} more)</translation>
    </message>
    <message>
        <source>{skipped} lien(s) métier-compétence ignoré(s) : le métier ou la compétence n'est pas dans les fichiers importés.</source>
        <translation>{skipped} occupation-skill link(s) skipped: the occupation or the skill is not in the imported files.</translation>
    </message>
    <message>
        <source>{where} : {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>{where}, champ « alt_labels » : liste de textes attendue.</source>
        <translation>{where}, field “alt_labels”: list of texts expected.</translation>
    </message>
    <message>
        <source>{where}, champ « {key} » : texte attendu.</source>
        <translation>{where}, field “{key}”: text expected.</translation>
    </message>
    <message>
        <source>« {uri} » en double (déjà ligne {line})</source>
        <translation>duplicate “{uri}” (already on line {line})</translation>
    </message>
    <message>
        <source>À acquérir (essentiel) : {skills}</source>
        <translation>To acquire (essential): {skills}</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>(aucun contenu)</source>
        <translation>(no content)</translation>
    </message>
    <message>
        <source>Accès à votre dossier</source>
        <translation>Access to your file</translation>
    </message>
    <message>
        <source>Actions (formations, candidatures, stages)</source>
        <translation>Actions (training, applications, placements)</translation>
    </message>
    <message>
        <source>Aucun accès enregistré.</source>
        <translation>No access recorded.</translation>
    </message>
    <message>
        <source>Aucun consentement enregistré.</source>
        <translation>No consent recorded.</translation>
    </message>
    <message>
        <source>Bilans de compétences</source>
        <translation>Skills audits</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Ce document répond à votre droit d'accès (article 15 du RGPD). Vous pouvez demander la rectification d'une donnée inexacte ou l'effacement de vos données à votre accompagnateur ou accompagnatrice ({controller}).</source>
        <translation>This document answers your right of access (article 15 of the GDPR). You can ask your counsellor ({controller}) to correct inaccurate data or to erase your data.</translation>
    </message>
    <message>
        <source>Ce document répond à votre droit d'accès (article 15 du RGPD). Vous pouvez demander la rectification d'une donnée inexacte ou l'effacement de vos données à votre accompagnateur ou accompagnatrice.</source>
        <translation>This document answers your right of access (article 15 of the GDPR). You can ask your counsellor to correct inaccurate data or to erase your data.</translation>
    </message>
    <message>
        <source>Cellule</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Comptes masqués</source>
        <translation>Hidden counts</translation>
    </message>
    <message>
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Consentement au traitement des données</source>
        <translation>Consent to data processing</translation>
    </message>
    <message>
        <source>Copie de toutes les données vous concernant, établie le {generated}.</source>
        <translation>Copy of all the data about you, made on {generated}.</translation>
    </message>
    <message>
        <source>Données personnelles — droit d'accès</source>
        <translation>Personal data — right of access</translation>
    </message>
    <message>
        <source>Démarches administratives</source>
        <translation>Administrative steps</translation>
    </message>
    <message>
        <source>Détail par cellule</source>
        <translation>Detail by cell</translation>
    </message>
    <message>
        <source>Expériences professionnelles</source>
        <translation>Work experience</translation>
    </message>
    <message>
        <source>Formations et diplômes</source>
        <translation>Training and diplomas</translation>
    </message>
    <message>
        <source>Identité et coordonnées</source>
        <translation>Identity and contact details</translation>
    </message>
    <message>
        <source>Imprimé le {printed}. Le consentement peut être retiré à tout moment.</source>
        <translation>Printed on {printed}. Consent can be withdrawn at any time.</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Indicateurs consolidés</source>
        <translation>Consolidated indicators</translation>
    </message>
    <message>
        <source>Indicateurs consolidés {period}</source>
        <translation>Consolidated indicators {period}</translation>
    </message>
    <message>
        <source>Les comptes de 1 à {highest} sont masqués (« &lt; {threshold} ») pour qu'aucun chiffre ne désigne une personne.</source>
        <translation>Counts from 1 to {highest} are hidden (“&lt; {threshold}”) so that no figure points to a person.</translation>
    </message>
    <message>
        <source>Métiers visés</source>
        <translation>Target occupations</translation>
    </message>
    <message>
        <source>Notes de suivi</source>
        <translation>Follow-up notes</translation>
    </message>
    <message>
        <source>Page {page} / {total}</source>
        <translation>Page {page} / {total}</translation>
    </message>
    <message>
        <source>Plan d'action</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Police de caractères manquante : « {name} » (réinstallez l'application).</source>
        <translation>Font missing: “{name}” (reinstall the application).</translation>
    </message>
    <message>
        <source>Période : {period} — établi le {today:%d/%m/%Y}</source>
        <translation>Period: {period} — drawn up on {today:%d/%m/%Y}</translation>
    </message>
    <message>
        <source>Période : {period} — établi le {today:%d/%m/%Y} par {owner}</source>
        <translation>Period: {period} — drawn up on {today:%d/%m/%Y} by {owner}</translation>
    </message>
    <message>
        <source>Rapport mensuel d'activité</source>
        <translation>Monthly activity report</translation>
    </message>
    <message>
        <source>Rapport mensuel {period}</source>
        <translation>Monthly report {period}</translation>
    </message>
    <message>
        <source>Rendez-vous</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Rien reçu pour cette période.</source>
        <translation>Nothing received for this period.</translation>
    </message>
    <message>
        <source>Signature : ________________________</source>
        <translation>Signature: ________________________</translation>
    </message>
    <message>
        <source>Signature de l'accompagnateur·rice</source>
        <translation>Counsellor's signature</translation>
    </message>
    <message>
        <source>Signature de la personne</source>
        <translation>Signature of the person</translation>
    </message>
    <message>
        <source>Sorties</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Total affiché</source>
        <translation>Total shown</translation>
    </message>
    <message>
        <source>Totaux</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Totaux, tous accompagnements</source>
        <translation>Totals, all counsellors</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Valeurs affichées (les comptes masqués &lt; 5 valent 0)</source>
        <translation>Values shown (hidden counts &lt; 5 count as 0)</translation>
    </message>
    <message>
        <source>Vos données personnelles</source>
        <translation>Your personal data</translation>
    </message>
    <message>
        <source>supprimé (conservé jusqu'à effacement)</source>
        <translation>deleted (kept until erasure)</translation>
    </message>
    <message>
        <source>{counsellor} — source : {source}</source>
        <translation>{counsellor} — source: {source}</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>rights</name>
    <message>
        <source>Anonymiser {months} mois après la fin de la cellule.</source>
        <translation>Anonymise {months} months after the end of the cell.</translation>
    </message>
    <message>
        <source>Application de la durée de conservation</source>
        <translation>Applying the retention period</translation>
    </message>
    <message>
        <source>Aucun consentement enregistré.</source>
        <translation>No consent recorded.</translation>
    </message>
    <message>
        <source>Durée de conservation invalide : de 1 à {limit} mois.</source>
        <translation>Invalid retention period: 1 to {limit} months.</translation>
    </message>
    <message>
        <source>Effacement : {table}</source>
        <translation>Erasing: {table}</translation>
    </message>
    <message>
        <source>Effacement terminé</source>
        <translation>Erasure complete</translation>
    </message>
    <message>
        <source>Effacer {months} mois après la fin de la cellule.</source>
        <translation>Erase {months} months after the end of the cell.</translation>
    </message>
    <message>
        <source>Indiquez la date du consentement.</source>
        <translation>Enter the consent date.</translation>
    </message>
    <message>
        <source>Mise en page du PDF</source>
        <translation>Laying out the PDF</translation>
    </message>
    <message>
        <source>Mode de conservation : anonymise ou delete.</source>
        <translation>Retention mode: anonymise or delete.</translation>
    </message>
    <message>
        <source>Nettoyage de l'index de recherche</source>
        <translation>Cleaning the search index</translation>
    </message>
    <message>
        <source>Personne introuvable : {worker_id}.</source>
        <translation>Person not found: {worker_id}.</translation>
    </message>
    <message>
        <source>Rassemblement des données</source>
        <translation>Gathering the data</translation>
    </message>
    <message>
        <source>Terminé</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>{scope} — donné le {date}, recueilli par {by}.</source>
        <translation>{scope} — given on {date}, obtained by {by}.</translation>
    </message>
    <message>
        <source>{scope} — donné le {date}.</source>
        <translation>{scope} — given on {date}.</translation>
    </message>
    <message>
        <source>Écriture du fichier JSON</source>
        <translation>Writing the JSON file</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Délai d'effacement du presse-papiers invalide (0 à {limit} s).</source>
        <translation>Invalid clipboard clearing delay (0 to {limit} s).</translation>
    </message>
    <message>
        <source>Délai de verrouillage invalide (plus de 0 et au plus {limit:.0f} minutes).</source>
        <translation>Invalid lock delay (more than 0 and at most {limit:.0f} minutes).</translation>
    </message>
    <message>
        <source>Langue non prise en charge : {language}.</source>
        <translation>Language not supported: {language}.</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>Ce coffre a été enregistré par une version plus récente de Reconv Desktop (schéma {current}) : mettez l'application à jour.</source>
        <translation>This vault was saved by a newer version of Reconv Desktop (schema {current}): update the application.</translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Date de début</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Date de fin</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Date de sortie</source>
        <translation>Outcome date</translation>
    </message>
    <message>
        <source>Date et heure du rendez-vous invalides.</source>
        <translation>Invalid appointment date and time.</translation>
    </message>
    <message>
        <source>Durée invalide (5 à 600 minutes).</source>
        <translation>Invalid duration (5 to 600 minutes).</translation>
    </message>
    <message>
        <source>Employeur</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Enregistrement introuvable ({table} {record_id}).</source>
        <translation>Record not found ({table} {record_id}).</translation>
    </message>
    <message>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Indiquez le nom puis le prénom de la personne (ex. « Wójcik Łukasz »).</source>
        <translation>Enter the person's surname then first name (e.g. “Wójcik Łukasz”).</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>L'intitulé de l'action est obligatoire.</source>
        <translation>The action's title is required.</translation>
    </message>
    <message>
        <source>La date de fin précède la date de début.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>La date de la sortie est obligatoire.</source>
        <translation>The outcome date is required.</translation>
    </message>
    <message>
        <source>La fin de la cellule précède son début.</source>
        <translation>The cell's end is before its start.</translation>
    </message>
    <message>
        <source>La note</source>
        <translation>The note</translation>
    </message>
    <message>
        <source>La note est vide.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <source>Le code et le libellé de l'étape sont obligatoires.</source>
        <translation>The step's code and label are required.</translation>
    </message>
    <message>
        <source>Le nom de la cellule est obligatoire.</source>
        <translation>The cell's name is required.</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Notes CCT</source>
        <translation>Collective agreement (CCT) notes</translation>
    </message>
    <message>
        <source>Organisme</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type d'action</source>
        <translation>Action type</translation>
    </message>
    <message>
        <source>Type de contrat</source>
        <translation>Contract type</translation>
    </message>
    <message>
        <source>Type de rendez-vous</source>
        <translation>Appointment type</translation>
    </message>
    <message>
        <source>Type de sortie</source>
        <translation>Outcome type</translation>
    </message>
    <message>
        <source>aucun contact</source>
        <translation>no contact</translation>
    </message>
    <message>
        <source>dernier contact le {date}</source>
        <translation>last contact on {date}</translation>
    </message>
    <message>
        <source>{label} (échéance {due_date:%d/%m/%Y})</source>
        <translation>{label} (due {due_date:%d/%m/%Y})</translation>
    </message>
    <message>
        <source>{title} (échéance {due_date:%d/%m/%Y})</source>
        <translation>{title} (due {due_date:%d/%m/%Y})</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Actions démarrées (par type)</source>
        <translation>Actions started (by type)</translation>
    </message>
    <message>
        <source>Aucun fichier cell.jsonl ni admin_step_template.jsonl dans « {folder} ».</source>
        <translation>No cell.jsonl or admin_step_template.jsonl file in “{folder}”.</translation>
    </message>
    <message>
        <source>Aucun référentiel dans ce coffre : importez-en un (reconv referential import-esco DOSSIER) avant de l'envoyer.</source>
        <translation>No referential in this vault: import one (reconv referential import-esco FOLDER) before sending it.</translation>
    </message>
    <message>
        <source>Aucune coordination enregistrée : importez d'abord sa carte (reconv coordination enrol CARTE.json).</source>
        <translation>No coordination registered: import its card first (reconv coordination enrol CARD.json).</translation>
    </message>
    <message>
        <source>Carte d'identité invalide : {detail}.</source>
        <translation>Invalid identity card: {detail}.</translation>
    </message>
    <message>
        <source>Carte illisible : « {path} » ({strerror}).</source>
        <translation>Unreadable card: “{path}” ({strerror}).</translation>
    </message>
    <message>
        <source>Ce coffre est enrôlé auprès d'une coordination : il ne peut pas en devenir une.</source>
        <translation>This vault is enrolled with a coordination: it cannot become one.</translation>
    </message>
    <message>
        <source>Ce coffre n'est pas un coffre de coordination (reconv coord init).</source>
        <translation>This vault is not a coordination vault (reconv coord init).</translation>
    </message>
    <message>
        <source>Cette carte est celle d'un appareil « {role} », pas « {expected} ».</source>
        <translation>This card belongs to a “{role}” device, not “{expected}”.</translation>
    </message>
    <message>
        <source>Cette carte est celle de cet appareil-ci.</source>
        <translation>This card is this device's own.</translation>
    </message>
    <message>
        <source>Cette personne n'a été reçue qu'en pseudonymisé : le transfert demande un envoi complet par son accompagnateur·rice.</source>
        <translation>This person was only received in pseudonymous form: a transfer needs a full bundle from their counsellor.</translation>
    </message>
    <message>
        <source>Chiffrement et écriture</source>
        <translation>Encrypting and writing</translation>
    </message>
    <message>
        <source>Conflit n° {conflict_id} introuvable.</source>
        <translation>Conflict no. {conflict_id} not found.</translation>
    </message>
    <message>
        <source>Destinataire non enregistré : « {device} ».</source>
        <translation>Recipient not registered: “{device}”.</translation>
    </message>
    <message>
        <source>Démarches administratives terminées</source>
        <translation>Administrative steps completed</translation>
    </message>
    <message>
        <source>Enregistrement dans l'historique</source>
        <translation>Recording in the history</translation>
    </message>
    <message>
        <source>File active en fin de mois (par statut)</source>
        <translation>Caseload at the end of the month (by status)</translation>
    </message>
    <message>
        <source>Fusion de « {table} »</source>
        <translation>Merging “{table}”</translation>
    </message>
    <message>
        <source>JSON illisible</source>
        <translation>unreadable JSON</translation>
    </message>
    <message>
        <source>Le conflit n° {conflict_id} est déjà résolu.</source>
        <translation>Conflict no. {conflict_id} is already resolved.</translation>
    </message>
    <message>
        <source>Lot refusé : {reason} Rien n'a été modifié.</source>
        <translation>Bundle refused: {reason} Nothing was changed.</translation>
    </message>
    <message>
        <source>Lot vérifié</source>
        <translation>Bundle checked</translation>
    </message>
    <message>
        <source>Nouvelles inscriptions</source>
        <translation>New enrolments</translation>
    </message>
    <message>
        <source>Personne « {worker_id} » inconnue de la coordination.</source>
        <translation>Person “{worker_id}” unknown to coordination.</translation>
    </message>
    <message>
        <source>Portée inconnue « {scope} » : {scopes}.</source>
        <translation>Unknown scope “{scope}”: {scopes}.</translation>
    </message>
    <message>
        <source>Préparation des données</source>
        <translation>Preparing the data</translation>
    </message>
    <message>
        <source>Période invalide « {text} » : AAAA-MM attendu.</source>
        <translation>Invalid period “{text}”: YYYY-MM expected.</translation>
    </message>
    <message>
        <source>Rendez-vous réalisés (par type)</source>
        <translation>Appointments held (by type)</translation>
    </message>
    <message>
        <source>Rien à envoyer : choisissez --reference, --referential, --transfer ou --receipts.</source>
        <translation>Nothing to send: choose --reference, --referential, --transfer or --receipts.</translation>
    </message>
    <message>
        <source>Référentiel « {name} » invalide : {reason} Rien n'a été modifié.</source>
        <translation>Invalid reference data “{name}”: {reason} Nothing was changed.</translation>
    </message>
    <message>
        <source>Rôle inconnu : « {role} » (counsellor ou coordination).</source>
        <translation>Unknown role: “{role}” (counsellor or coordination).</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signing</translation>
    </message>
    <message>
        <source>Sorties (par type)</source>
        <translation>Outcomes (by type)</translation>
    </message>
    <message>
        <source>Terminé</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Vérification de « {name} »</source>
        <translation>Checking “{name}”</translation>
    </message>
    <message>
        <source>accompagnement</source>
        <translation>counselling</translation>
    </message>
    <message>
        <source>ce fichier n'est pas un lot Reconv (format inconnu).</source>
        <translation>this file is not a Reconv bundle (unknown format).</translation>
    </message>
    <message>
        <source>ce fichier n'est pas un lot Reconv (il n'est pas chiffré avec age).</source>
        <translation>this file is not a Reconv bundle (it is not encrypted with age).</translation>
    </message>
    <message>
        <source>ce lot a été produit par cet appareil-ci.</source>
        <translation>this bundle was made by this very device.</translation>
    </message>
    <message>
        <source>ce lot est adressé à un autre appareil.</source>
        <translation>this bundle is addressed to another device.</translation>
    </message>
    <message>
        <source>ce lot est au format {version}, plus récent que celui que connaît cette application ({supported}) : mettez l'application à jour.</source>
        <translation>this bundle is in format {version}, newer than the one this application knows ({supported}): update the application.</translation>
    </message>
    <message>
        <source>ce lot n'est pas chiffré pour cet appareil (destiné à quelqu'un d'autre).</source>
        <translation>this bundle is not encrypted for this device (meant for someone else).</translation>
    </message>
    <message>
        <source>ce n'est pas une carte Reconv</source>
        <translation>this is not a Reconv card</translation>
    </message>
    <message>
        <source>champ « {key} » du manifeste manquant ou mal formé.</source>
        <translation>manifest field “{key}” missing or malformed.</translation>
    </message>
    <message>
        <source>champ « {key} » manquant ou mal formé</source>
        <translation>field “{key}” missing or malformed</translation>
    </message>
    <message>
        <source>chemin interdit dans l'archive : « {name} ».</source>
        <translation>forbidden path in the archive: “{name}”.</translation>
    </message>
    <message>
        <source>clé publique illisible</source>
        <translation>unreadable public key</translation>
    </message>
    <message>
        <source>colonne inconnue « {name} »</source>
        <translation>unknown column “{name}”</translation>
    </message>
    <message>
        <source>colonne obligatoire « {name} » absente</source>
        <translation>required column “{name}” missing</translation>
    </message>
    <message>
        <source>complet (toutes les données, ex. transfert de dossier)</source>
        <translation>full (all data, e.g. transfer of a file)</translation>
    </message>
    <message>
        <source>contenu trop volumineux ({total_rows} lignes, {size} Mo décompressés).</source>
        <translation>content too large ({total_rows} rows, {size} MB decompressed).</translation>
    </message>
    <message>
        <source>coordination</source>
        <translation>coordination</translation>
    </message>
    <message>
        <source>entrée inattendue dans l'archive : « {name} ».</source>
        <translation>unexpected entry in the archive: “{name}”.</translation>
    </message>
    <message>
        <source>entrée non annoncée dans le manifeste : « {name} ».</source>
        <translation>entry not listed in the manifest: “{name}”.</translation>
    </message>
    <message>
        <source>entrée « {name} » en double dans l'archive.</source>
        <translation>duplicate entry “{name}” in the archive.</translation>
    </message>
    <message>
        <source>entrée « {name} » interdite (lien, dossier ou fichier spécial).</source>
        <translation>entry “{name}” forbidden (link, folder or special file).</translation>
    </message>
    <message>
        <source>expéditeur inconnu (« {name} », appareil {device}) : enregistrez d'abord sa carte après avoir vérifié son empreinte.</source>
        <translation>unknown sender (“{name}”, device {device}): first register their card after checking its fingerprint.</translation>
    </message>
    <message>
        <source>fichier illisible « {name} » ({strerror}).</source>
        <translation>unreadable file “{name}” ({strerror}).</translation>
    </message>
    <message>
        <source>fichier trop grand</source>
        <translation>file too large</translation>
    </message>
    <message>
        <source>fichier trop volumineux ({size} Mo ; maximum {limit} Mo).</source>
        <translation>file too large ({size} MB; at most {limit} MB).</translation>
    </message>
    <message>
        <source>format {version} trop ancien, plus pris en charge.</source>
        <translation>format {version} too old, no longer supported.</translation>
    </message>
    <message>
        <source>horloge « updated_at » mal formée</source>
        <translation>malformed “updated_at” clock</translation>
    </message>
    <message>
        <source>identifiant d'appareil vide</source>
        <translation>empty device identifier</translation>
    </message>
    <message>
        <source>identifiant « id » manquant ou mal formé</source>
        <translation>identifier “id” missing or malformed</translation>
    </message>
    <message>
        <source>identifiant « {row_id} » en double</source>
        <translation>duplicate identifier “{row_id}”</translation>
    </message>
    <message>
        <source>indicateurs (comptages mensuels anonymes)</source>
        <translation>indicators (anonymous monthly counts)</translation>
    </message>
    <message>
        <source>l'archive contenue dans le lot est illisible.</source>
        <translation>the archive inside the bundle is unreadable.</translation>
    </message>
    <message>
        <source>l'empreinte SHA-256 de « {name} » ne correspond pas au manifeste (contenu modifié).</source>
        <translation>the SHA-256 fingerprint of “{name}” does not match the manifest (content altered).</translation>
    </message>
    <message>
        <source>l'empreinte ne correspond pas aux clés (carte modifiée ou abîmée)</source>
        <translation>the fingerprint does not match the keys (card altered or damaged)</translation>
    </message>
    <message>
        <source>la colonne « {name} » doit être du texte</source>
        <translation>column “{name}” must be text</translation>
    </message>
    <message>
        <source>la colonne « {name} » doit être un nombre entier</source>
        <translation>column “{name}” must be a whole number</translation>
    </message>
    <message>
        <source>la colonne « {name} » ne peut pas être vide</source>
        <translation>column “{name}” cannot be empty</translation>
    </message>
    <message>
        <source>la sauvegarde faite avant chaque import a échoué ({message})</source>
        <translation>the backup made before each import failed ({message})</translation>
    </message>
    <message>
        <source>la signature ne correspond pas à la clé enregistrée de « {name} » (lot falsifié ou signé par quelqu'un d'autre).</source>
        <translation>the signature does not match the registered key of “{name}” (bundle forged or signed by someone else).</translation>
    </message>
    <message>
        <source>le contenu chiffré a été modifié (au moins un octet ne se vérifie plus) : ne l'utilisez pas et demandez un nouvel envoi.</source>
        <translation>the encrypted content was altered (at least one byte no longer checks out): do not use it and ask for a new one.</translation>
    </message>
    <message>
        <source>le fichier est tronqué (copie interrompue ou clé USB retirée trop tôt ?) : demandez un nouvel envoi.</source>
        <translation>the file is truncated (copy interrupted or USB stick removed too early?): ask for a new one.</translation>
    </message>
    <message>
        <source>le fichier « {file} » annoncé manque.</source>
        <translation>the listed file “{file}” is missing.</translation>
    </message>
    <message>
        <source>le manifeste est illisible (JSON invalide).</source>
        <translation>the manifest is unreadable (invalid JSON).</translation>
    </message>
    <message>
        <source>le manifeste ou sa signature manque.</source>
        <translation>the manifest or its signature is missing.</translation>
    </message>
    <message>
        <source>ligne {line} de « ref_occupation_skill » : métier ou compétence absent</source>
        <translation>line {line} of “ref_occupation_skill”: occupation or skill missing</translation>
    </message>
    <message>
        <source>ligne {line} de « ref_occupation_skill » : relation inconnue</source>
        <translation>line {line} of “ref_occupation_skill”: unknown relation</translation>
    </message>
    <message>
        <source>ligne {line} de « {table} » : identifiant incohérent</source>
        <translation>line {line} of “{table}”: inconsistent identifier</translation>
    </message>
    <message>
        <source>ligne {line} de « {table} » d'une autre version ou supprimée</source>
        <translation>line {line} of “{table}” from another version or deleted</translation>
    </message>
    <message>
        <source>ligne {line} de « {table} » invalide : {detail}.</source>
        <translation>line {line} of “{table}” invalid: {detail}.</translation>
    </message>
    <message>
        <source>manifeste trop volumineux.</source>
        <translation>manifest too large.</translation>
    </message>
    <message>
        <source>modifié des deux côtés depuis le dernier échange</source>
        <translation>changed on both sides since the last exchange</translation>
    </message>
    <message>
        <source>même horloge, contenus différents</source>
        <translation>same clock, different content</translation>
    </message>
    <message>
        <source>origine « origin » manquante ou mal formée</source>
        <translation>origin “origin” missing or malformed</translation>
    </message>
    <message>
        <source>pseudonymisé (sans nom, contact, numéro national ni texte libre)</source>
        <translation>pseudonymous (no name, contact details, national number or free text)</translation>
    </message>
    <message>
        <source>reçu de « {sender} »</source>
        <translation>received from “{sender}”</translation>
    </message>
    <message>
        <source>référentiel : {sizes} — pas plus récent que celui en place, inchangé</source>
        <translation>referential: {sizes} — not newer than the current one, unchanged</translation>
    </message>
    <message>
        <source>référentiel : {sizes} — refusé (seule la coordination envoie le référentiel)</source>
        <translation>referential: {sizes} — refused (only coordination sends the referential)</translation>
    </message>
    <message>
        <source>référentiel : {sizes} — remplace l'actuel</source>
        <translation>referential: {sizes} — replaces the current one</translation>
    </message>
    <message>
        <source>référentiel joint invalide : {detail}.</source>
        <translation>attached referential invalid: {detail}.</translation>
    </message>
    <message>
        <source>rôle « {role} » inconnu</source>
        <translation>unknown role “{role}”</translation>
    </message>
    <message>
        <source>signature illisible.</source>
        <translation>unreadable signature.</translation>
    </message>
    <message>
        <source>table inconnue « {name} ».</source>
        <translation>unknown table “{name}”.</translation>
    </message>
    <message>
        <source>table « {name} » : fichier ou empreinte mal décrits.</source>
        <translation>table “{name}”: file or fingerprint badly described.</translation>
    </message>
    <message>
        <source>table « {name} » : « {key} » mal formé.</source>
        <translation>table “{name}”: malformed “{key}”.</translation>
    </message>
    <message>
        <source>table « {name} » mal décrite dans le manifeste.</source>
        <translation>table “{name}” badly described in the manifest.</translation>
    </message>
    <message>
        <source>texte qui n'est pas de l'UTF-8</source>
        <translation>text that is not UTF-8</translation>
    </message>
    <message>
        <source>trop d'entrées dans l'archive.</source>
        <translation>too many entries in the archive.</translation>
    </message>
    <message>
        <source>type de lot inconnu « {kind} ».</source>
        <translation>unknown bundle type “{kind}”.</translation>
    </message>
    <message>
        <source>un objet JSON est attendu</source>
        <translation>a JSON object is expected</translation>
    </message>
    <message>
        <source>version de carte inconnue (mettez l'application à jour)</source>
        <translation>unknown card version (update the application)</translation>
    </message>
    <message>
        <source>version de format illisible « {version} ».</source>
        <translation>unreadable format version “{version}”.</translation>
    </message>
    <message>
        <source>{column} (réduit à l'année)</source>
        <translation>{column} (reduced to the year)</translation>
    </message>
    <message>
        <source>{skills} compétences, {occupations} métiers, {links} liens</source>
        <translation>{skills} skills, {occupations} occupations, {links} links</translation>
    </message>
    <message>
        <source>« deleted » doit valoir 0 ou 1</source>
        <translation>“deleted” must be 0 or 1</translation>
    </message>
    <message>
        <source>« ref_meta » doit contenir exactement une ligne « referential »</source>
        <translation>“ref_meta” must hold exactly one “referential” row</translation>
    </message>
    <message>
        <source>« {column} » annonce {declared} lignes, « {table} » en contient {n}</source>
        <translation>“{column}” announces {declared} rows, “{table}” holds {n}</translation>
    </message>
    <message>
        <source>« {name} » : {n} lignes au lieu des {rows} annoncées.</source>
        <translation>“{name}”: {n} rows instead of the {rows} announced.</translation>
    </message>
    <message>
        <source>« {name} » n'est pas un gzip valide.</source>
        <translation>“{name}” is not valid gzip.</translation>
    </message>
    <message>
        <source>« {name} » se décompresse au-delà de la taille annoncée (bombe de décompression ?).</source>
        <translation>“{name}” decompresses beyond its announced size (decompression bomb?).</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>, colonne « {column} »</source>
        <translation>, column “{column}”</translation>
    </message>
    <message>
        <source>CSV illisible ({exc}).</source>
        <translation>Unreadable CSV ({exc}).</translation>
    </message>
    <message>
        <source>Catalogue « {name} », {where} : {detail} Rien n'a été importé.</source>
        <translation>Catalogue “{name}”, {where}: {detail} Nothing was imported.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Compétence mal formée : « {value} ».</source>
        <translation>Malformed skill: “{value}”.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Date de début</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Date de fin</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Fichier illisible « {name} » ({strerror}).</source>
        <translation>Unreadable file “{name}” ({strerror}).</translation>
    </message>
    <message>
        <source>Financement</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>L'intitulé de la formation est obligatoire.</source>
        <translation>The training's title is required.</translation>
    </message>
    <message>
        <source>La date de fin précède la date de début.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Le catalogue de formations est tenu par la coordination : il se met à jour par ses envois.</source>
        <translation>The training catalogue is kept by coordination: it is updated by what coordination sends.</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Métier visé</source>
        <translation>Target occupation</translation>
    </message>
    <message>
        <source>Métier visé (URI)</source>
        <translation>Target occupation (URI)</translation>
    </message>
    <message>
        <source>Nombre d'heures hors limites : {value} (0 à {limit}).</source>
        <translation>Number of hours out of range: {value} (0 to {limit}).</translation>
    </message>
    <message>
        <source>Nombre d'heures invalide : « {raw} » (heures entières).</source>
        <translation>Invalid number of hours: “{raw}” (whole hours).</translation>
    </message>
    <message>
        <source>Nombre d'heures invalide : « {raw} » (un nombre entier est attendu).</source>
        <translation>Invalid number of hours: “{raw}” (a whole number is expected).</translation>
    </message>
    <message>
        <source>Organisme</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Remarques</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>aucune formation dans le fichier.</source>
        <translation>no training in the file.</translation>
    </message>
    <message>
        <source>colonne en double.</source>
        <translation>duplicate column.</translation>
    </message>
    <message>
        <source>colonne inconnue (attendues : intitule, organisme, lieu, debut, fin, heures, financement, metier, metier_uri, competences, contact, remarques, code).</source>
        <translation>unknown column (expected: intitule, organisme, lieu, debut, fin, heures, financement, metier, metier_uri, competences, contact, remarques, code).</translation>
    </message>
    <message>
        <source>compétence « {token} » inconnue du référentiel.</source>
        <translation>skill “{token}” not in the referential.</translation>
    </message>
    <message>
        <source>dates à préciser</source>
        <translation>dates to be confirmed</translation>
    </message>
    <message>
        <source>du {start} au {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <source>en-tête</source>
        <translation>header</translation>
    </message>
    <message>
        <source>fichier trop volumineux (20 Mo au plus).</source>
        <translation>file too large (20 MB at most).</translation>
    </message>
    <message>
        <source>jusqu'au {end}</source>
        <translation>until {end}</translation>
    </message>
    <message>
        <source>la colonne « intitule » est obligatoire.</source>
        <translation>the “intitule” column is required.</translation>
    </message>
    <message>
        <source>le fichier est vide.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>ligne {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <source>plus de {limit} formations.</source>
        <translation>more than {limit} trainings.</translation>
    </message>
    <message>
        <source>{values} valeurs pour {columns} colonnes (séparateur ou guillemets à vérifier).</source>
        <translation>{values} values for {columns} columns (check the separator or quotes).</translation>
    </message>
    <message>
        <source>à partir du {start}</source>
        <translation>from {start}</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Adresse e-mail invalide : « {text} ».</source>
        <translation>Invalid e-mail address: “{text}”.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Date de naissance peu plausible (âge : {age} ans).</source>
        <translation>Implausible date of birth (age: {age}).</translation>
    </message>
    <message>
        <source>La date de naissance doit être dans le passé.</source>
        <translation>The date of birth must be in the past.</translation>
    </message>
    <message>
        <source>Numéro NIR invalide : la clé de contrôle (2 derniers chiffres) ne correspond pas.</source>
        <translation>Invalid NIR number: the check digits (last 2) do not match.</translation>
    </message>
    <message>
        <source>Numéro NISS invalide : la clé de contrôle (2 derniers chiffres) ne correspond pas.</source>
        <translation>Invalid national register number (NISS): the check digits (last 2) do not match.</translation>
    </message>
    <message>
        <source>Numéro de téléphone invalide : « {text} ».</source>
        <translation>Invalid phone number: “{text}”.</translation>
    </message>
    <message>
        <source>Numéro national non reconnu : 11 chiffres pour un NISS belge, 15 caractères pour un NIR français.</source>
        <translation>National number not recognised: 11 digits for a Belgian NISS, 15 characters for a French NIR.</translation>
    </message>
    <message>
        <source>{label} est obligatoire.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <source>{label} est trop long ({limit} caractères au plus).</source>
        <translation>{label} is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>{label} inconnu : « {raw} » (valeurs possibles : {accepted}).</source>
        <translation>Unknown {label}: “{raw}” (possible values: {accepted}).</translation>
    </message>
    <message>
        <source>{label} invalide : « {text} » (format attendu JJ/MM/AAAA).</source>
        <translation>Invalid {label}: “{text}” (expected format DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>{label} ne peut pas contenir de chiffres.</source>
        <translation>{label} cannot contain digits.</translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <source>%d/%m/%Y à %H:%M</source>
        <translation>%d/%m/%Y at %H:%M</translation>
    </message>
    <message>
        <source>Aucun coffre dans « {parent} » (en-tête absent).</source>
        <translation>No vault in “{parent}” (header missing).</translation>
    </message>
    <message>
        <source>Aucun trousseau sécurisé n'est disponible sur cet ordinateur (gestionnaire de mots de passe du système) : la phrase de passe sera demandée à chaque ouverture.</source>
        <translation>No secure keyring is available on this computer (the system's password manager): the passphrase will be asked for every time.</translation>
    </message>
    <message>
        <source>Base de données du coffre introuvable : « {path} ».</source>
        <translation>Vault database not found: “{path}”.</translation>
    </message>
    <message>
        <source>Ce coffre a été créé par une version plus récente de Reconv Desktop : mettez l'application à jour.</source>
        <translation>This vault was created by a newer version of Reconv Desktop: update the application.</translation>
    </message>
    <message>
        <source>Ce coffre est déjà ouvert par une autre fenêtre de Reconv Desktop{who}. Utilisez-la, ou fermez-la avant de rouvrir le coffre.</source>
        <translation>This vault is already open in another Reconv Desktop window{who}. Use that window, or close it before opening the vault again.</translation>
    </message>
    <message>
        <source>Ce fichier n'est pas un en-tête de coffre Reconv.</source>
        <translation>This file is not a Reconv vault header.</translation>
    </message>
    <message>
        <source>Clé de secours incorrecte pour ce coffre.</source>
        <translation>Wrong recovery key for this vault.</translation>
    </message>
    <message>
        <source>Clé de secours mal formée : 32 caractères attendus, en 8 groupes de 4 (ex. ABCD-EFGH-…).</source>
        <translation>Malformed recovery key: 32 characters expected, in 8 groups of 4 (e.g. ABCD-EFGH-…).</translation>
    </message>
    <message>
        <source>Disque plein : la modification n'a pas été enregistrée. Libérez de la place ; les données déjà enregistrées sont intactes.</source>
        <translation>Disk full: the change was not saved. Free some space; the data already saved is intact.</translation>
    </message>
    <message>
        <source>En-tête du coffre corrompu : restaurez-le depuis une sauvegarde ou utilisez la clé brute exportée.</source>
        <translation>Vault header damaged: restore it from a backup or use the exported raw key.</translation>
    </message>
    <message>
        <source>En-tête du coffre illisible (champ manquant ou altéré).</source>
        <translation>Vault header unreadable (field missing or altered).</translation>
    </message>
    <message>
        <source>En-tête du coffre illisible : méthode de dérivation inconnue.</source>
        <translation>Vault header unreadable: unknown key derivation method.</translation>
    </message>
    <message>
        <source>En-tête du coffre illisible : {strerror}.</source>
        <translation>Vault header unreadable: {strerror}.</translation>
    </message>
    <message>
        <source>En-tête du coffre invalide (taille anormale).</source>
        <translation>Invalid vault header (abnormal size).</translation>
    </message>
    <message>
        <source>Impossible de créer le dossier « {data_dir} » : {strerror}.</source>
        <translation>Cannot create the folder “{data_dir}”: {strerror}.</translation>
    </message>
    <message>
        <source>Impossible de créer le verrou du coffre dans « {parent} » ({strerror}).</source>
        <translation>Cannot create the vault lock in “{parent}” ({strerror}).</translation>
    </message>
    <message>
        <source>L'en-tête du coffre a été modifié (contrôle d'intégrité en échec). Restaurez-le depuis une sauvegarde.</source>
        <translation>The vault header was altered (integrity check failed). Restore it from a backup.</translation>
    </message>
    <message>
        <source>La base du coffre ne s'ouvre pas avec cette clé (fichier corrompu ou ne correspondant pas à l'en-tête).</source>
        <translation>The vault database does not open with this key (file damaged or not matching the header).</translation>
    </message>
    <message>
        <source>Le disque du coffre ne répond plus (clé USB retirée ?) : la modification n'a pas été enregistrée.</source>
        <translation>The vault's disk no longer responds (USB stick removed?): the change was not saved.</translation>
    </message>
    <message>
        <source>Le dossier du coffre est en lecture seule : la modification n'a pas été enregistrée. Les données déjà enregistrées sont intactes.</source>
        <translation>The vault folder is read-only: the change was not saved. The data already saved is intact.</translation>
    </message>
    <message>
        <source>Le trousseau du système n'a pas pu être chargé.</source>
        <translation>The system keyring could not be loaded.</translation>
    </message>
    <message>
        <source>Phrase de passe incorrecte. Vérifiez la saisie (majuscules, clavier) et réessayez.</source>
        <translation>Wrong passphrase. Check what you typed (capitals, keyboard layout) and try again.</translation>
    </message>
    <message>
        <source>Un coffre existe déjà dans « {data_dir} ».</source>
        <translation>A vault already exists in “{data_dir}”.</translation>
    </message>
    <message>
        <source>Une base « {name} » existe sans en-tête dans « {data_dir} » : déplacez-la avant de créer un coffre.</source>
        <translation>A database “{name}” exists without a header in “{data_dir}”: move it before creating a vault.</translation>
    </message>
    <message>
        <source>processus {pid} sur « {hostname} », depuis le {since}</source>
        <translation>process {pid} on “{hostname}”, since {since}</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Cellule</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Champ inconnu : {name}.</source>
        <translation>Unknown field: {name}.</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Consentement recueilli par</source>
        <translation>Consent obtained by</translation>
    </message>
    <message>
        <source>Date d'inscription</source>
        <translation>Enrolment date</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Date du consentement</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Dernier contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Indiquez la date du consentement.</source>
        <translation>Enter the consent date.</translation>
    </message>
    <message>
        <source>Localité</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Numéro national</source>
        <translation>National number</translation>
    </message>
    <message>
        <source>Portée du consentement</source>
        <translation>Consent scope</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
</context>
</TS>