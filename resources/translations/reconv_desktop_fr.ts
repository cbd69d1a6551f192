<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="209"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="209"/>
        <source>Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="209"/>
        <source>Organisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="210"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="210"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="218"/>
        <source>Intitulé (ex. Cariste CACES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="220"/>
        <source>Échéance JJ/MM/AAAA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="221"/>
        <source>Ajouter l&apos;a&amp;ction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="55"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="57"/>
        <source>Mode &amp;permanence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="71"/>
        <source>Sept prochains jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="88"/>
        <source>Quand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="88"/>
        <source>Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="88"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="89"/>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="89"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="110"/>
        <source>Aujourd&apos;hui, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="130"/>
        <source>Aucun rendez-vous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditsPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="19"/>
        <source>Bilans de compétences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="21"/>
        <source>Ici viendront les bilans de compétences de chaque personne : parcours, formations, compétences avec leur niveau et leurs preuves, intérêts et contraintes, métiers visés avec leurs écarts, plan d&apos;action et synthèse imprimable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="63"/>
        <source>&amp;Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="65"/>
        <source>Rechercher une personne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="67"/>
        <source>Rechercher une personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="70"/>
        <source>Personnes trouvées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="72"/>
        <source>Seu&amp;lement les personnes avec un bilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="76"/>
        <source>&amp;Bilans de la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="79"/>
        <source>Bilans de la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="84"/>
        <source>&amp;Nouveau bilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="85"/>
        <source>Rendre co&amp;urant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="86"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="90"/>
        <source>Importer un référentiel ESCO…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="97"/>
        <source>Choisissez une personne pour voir ou commencer son bilan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="177"/>
        <source>A déjà un bilan de compétences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="223"/>
        <source> (clôturé le %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="225"/>
        <source> — courant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="267"/>
        <source>%s — pas encore de bilan : « Nouveau bilan » pour commencer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="310"/>
        <source>Supprimer le bilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/audits.py" line="311"/>
        <source>Supprimer « %s » et tout son contenu (parcours, compétences, plan) ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardConfirm</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="56" />
        <source>&amp;Charger une carte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="64" />
        <source>Empreinte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="69" />
        <source>L&apos;&amp;empreinte est bien celle que la personne m&apos;a lue (par téléphone ou en personne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="80" />
        <source>Choisir la carte d&apos;identité reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="95" />
        <source>Cette carte est celle d&apos;un appareil « %s », pas « %s ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="103" />
        <source>&lt;b&gt;%s&lt;/b&gt; (%s), appareil %s&lt;br&gt;Empreinte à comparer :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="104" />
        <source>sans nom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../reconv_desktop/gui/caseload_model.py" line="48"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/caseload_model.py" line="48"/>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/caseload_model.py" line="48"/>
        <source>Cellule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/caseload_model.py" line="48"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/caseload_model.py" line="49"/>
        <source>Dernier contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/pages/caseload.py" line="54"/>
        <source>Rechercher un nom, une note, une action… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/caseload.py" line="56"/>
        <source>Recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/caseload.py" line="58"/>
        <source>Filtrer par cellule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/caseload.py" line="60"/>
        <source>Filtrer par statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/caseload.py" line="61"/>
        <source>Tous les statuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/caseload.py" line="64"/>
        <source>&amp;Nouvelle personne (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/caseload.py" line="134"/>
        <source>Toutes les cellules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reconv_desktop/gui/pages/caseload.py" line="169"/>
        <source>%n personne(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="154"/>
        <source>Cochez une démarche quand elle est faite (Espace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="172"/>
        <source> — faite le %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="174"/>
        <source> — échéance %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="190"/>
        <source>Démarche cochée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="73" />
        <source>Importer un lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="75" />
        <source>Choisissez le fichier reçu. Il est vérifié (signature, destinataire, intégrité) avant tout aperçu ; rien n&apos;est modifié avant votre confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="80" />
        <source>Fichier du lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="82" />
        <source>&amp;Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="101" />
        <source>Choisir le lot reçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="115" />
        <source>Vérification du lot…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="131" />
        <source>Aucun conflit à examiner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="135" />
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="135" />
        <source>Ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="136" />
        <source>Raison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="137" />
        <source>Conflits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="145" />
        <source>Champ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="145" />
        <source>Version actuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="146" />
        <source>Autre version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="155" />
        <source>&amp;Garder la version actuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="156" />
        <source>&amp;Prendre l&apos;autre version (échanger)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinationPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="51" />
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="197" />
        <source>Coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="55" />
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="61" />
        <source>Accompagnateurs enregistrés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="59" />
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="59" />
        <source>Empreinte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="59" />
        <source>Lots reçus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="60" />
        <source>Dernier lot reçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="60" />
        <source>Dernier mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="66" />
        <source>&amp;Ajouter un·e accompagnateur·rice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="67" />
        <source>&amp;Importer un lot reçu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="68" />
        <source>&amp;Envoyer un lot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="69" />
        <source>Exporter &amp;ma carte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="82" />
        <source>Indicateurs consolidés du &amp;mois :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="85" />
        <source>Exporter en &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="86" />
        <source>Exporter en C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="102" />
        <source>Indicateurs consolidés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="145" />
        <source>%1 : chiffres de %2 accompagnateur(s) sur %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="171" />
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="172" />
        <source>Tableaux CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="174" />
        <source>Exporter les indicateurs consolidés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="191" />
        <source>Exporté : %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/coordination.py" line="191" />
        <source>Écriture…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropInForm</name>
    <message>
        <location filename="../../ui/dropin.ui" line="8"/>
        <source>Tapez le nom de la personne : choisissez-la dans la liste (flèches) ou laissez le nom tel quel pour l&apos;inscrire. Entrée enregistre le passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dropin.ui" line="16"/>
        <source>&amp;Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dropin.ui" line="22"/>
        <source>Nom Prénom (ex. Wójcik Łukasz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dropin.ui" line="32"/>
        <source>&amp;Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dropin.ui" line="43"/>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dropin.ui" line="49"/>
        <source>Ce qui a été dit ou fait (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dropin.ui" line="64"/>
        <source>&amp;Enregistrer le passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dropin.ui" line="71"/>
        <source>Passages d&apos;aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropInPanel</name>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="157"/>
        <source>Suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="157"/>
        <source>Dossier chômage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="157"/>
        <source>CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="157"/>
        <source>Formation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="158"/>
        <source>Question administrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="158"/>
        <source>Offre d&apos;emploi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="158"/>
        <source>Autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="216"/>
        <source> — dernier contact %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="221"/>
        <source>Nouvelle personne : « %s »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="234"/>
        <source>Passage pour : %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="253"/>
        <source>Tapez d&apos;abord le nom de la personne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="272"/>
        <source> (nouvelle personne inscrite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="282"/>
        <source>Passage enregistré : %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/agenda.py" line="294"/>
        <source>Passage en permanence non enregistré</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="130" />
        <source>Enregistrer la coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="131" />
        <source>Enregistrer un·e accompagnateur·rice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="134" />
        <source>Chargez la carte reçue (fichier .json), puis comparez l&apos;empreinte avec celle que la personne vous lit. Ne confirmez que si elles sont identiques.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="143" />
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="167" />
        <source>Exporter ma carte d&apos;identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="175" />
        <source>Carte non écrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="177" />
        <source>Carte écrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_enrol.py" line="178" />
        <source>Carte écrite dans %s.

Empreinte à lire à voix haute à l&apos;autre partie :
%s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="227" />
        <source>Inscription auprès de la coordination (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="229" />
        <source>Si la coordination vous a remis sa carte (fichier .json), chargez-la et comparez l&apos;empreinte avec celle qu&apos;elle vous lit. Sinon, cliquez sur Terminer : vous pourrez le faire plus tard depuis la page Synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="265" />
        <source>Inscription non enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="193" />
        <source>Exporter un lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="196" />
        <source>&amp;Suivant &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="197" />
        <source>&lt; &amp;Précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="198" />
        <source>&amp;Terminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="199" />
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="218" />
        <source>Calcul de l&apos;aperçu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="223" />
        <source>Enregistrer le lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="241" />
        <source>Écriture du lot…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_figures.py" line="65" />
        <source>Cellule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_figures.py" line="65" />
        <source>Indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_figures.py" line="65" />
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_figures.py" line="66" />
        <source>Valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_figures.py" line="67" />
        <source>Accompagnement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="246"/>
        <source>Reconv Desktop — premier démarrage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="249"/>
        <source>&amp;Suivant &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="250"/>
        <source>&lt; &amp;Précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="251"/>
        <source>&amp;Terminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="252"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="286"/>
        <source>Le coffre n&apos;a pas pu être créé (erreur inattendue).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="50" />
        <source>activité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="51" />
        <source>référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="52" />
        <source>accusés de réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="53" />
        <source>indicateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="54" />
        <source>pseudonymisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="55" />
        <source>complet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="83" />
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="83" />
        <source>Sens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="83" />
        <source>Correspondant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="84" />
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="84" />
        <source>Mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="84" />
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="85" />
        <source>Accusé de réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="85" />
        <source>Contenu (lignes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="110" />
        <source>accusé le %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="111" />
        <source>en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="114" />
        <source>envoyé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_history.py" line="114" />
        <source>reçu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../reconv_desktop/gui/pages/home.py" line="31"/>
        <source>À faire aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/home.py" line="34"/>
        <source>Cliquez sur une ligne (ou Entrée) pour ouvrir le dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/home.py" line="41"/>
        <source>Rendez-vous du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/home.py" line="42"/>
        <source>Sans contact depuis 30 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/home.py" line="43"/>
        <source>Démarches administratives en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/home.py" line="44"/>
        <source>Échéances d&apos;actions dépassées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/home.py" line="70"/>
        <source>Aucun rendez-vous aujourd&apos;hui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/home.py" line="72"/>
        <source>Tout le monde a été vu récemment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/home.py" line="74"/>
        <source>Aucune démarche en retard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/home.py" line="76"/>
        <source>Aucune échéance dépassée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="36" />
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="36" />
        <source>Nouvelles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="37" />
        <source>Modifiées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="38" />
        <source>Supprimées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="39" />
        <source>Inchangées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="40" />
        <source>Conflits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="40" />
        <source>Refusées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="238" />
        <source>Importer un lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="241" />
        <source>&amp;Suivant &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="242" />
        <source>&lt; &amp;Précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="243" />
        <source>&amp;Terminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="244" />
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="270" />
        <source>Vérification du lot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="281" />
        <source>Import du lot…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../reconv_desktop/gui/charts.py" line="34" />
        <source>Graphique des indicateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/charts.py" line="49" />
        <source>Aucun chiffre pour ce mois</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../reconv_desktop/gui/app.py" line="97"/>
        <source>Préparation du coffre de démonstration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/app.py" line="59"/>
        <source>Cette copie de l&apos;application va se fermer sans ouvrir le coffre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="111"/>
        <source>Reconv Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="113"/>
        <source> — démonstration (données fictives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="125"/>
        <source>Verrouillé automatiquement après une période d&apos;inactivité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="135"/>
        <source>Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="135"/>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="135"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="135"/>
        <source>Bilans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="136"/>
        <source>CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="136"/>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="136"/>
        <source>Rapports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="137"/>
        <source>Paramètres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="148"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="149"/>
        <source>&amp;Nouvelle personne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="151"/>
        <source>&amp;Verrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="154"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="155"/>
        <source>É&amp;dition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="156"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="159"/>
        <source>&amp;Rechercher une personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="161"/>
        <source>&amp;Affichage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="166"/>
        <source>Mode &amp;permanence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="182"/>
        <source>Verrouillé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="186"/>
        <source>Déverrouillé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="188"/>
        <source>Dernier envoi : %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="189"/>
        <source>jamais</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reconv_desktop/gui/main_window.py" line="193"/>
        <source>%1 modification(s) non envoyée(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="238"/>
        <source>Saisie non valide abandonnée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="161"/>
        <source>&amp;Sauvegardes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="48" />
        <source>Lot mensuel pour la coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="50" />
        <source>Choisissez le mois et ce que le lot contient. Vous verrez ensuite exactement ce qui quitte cet ordinateur, avant que rien ne soit écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="54" />
        <source>&amp;Mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="57" />
        <source>&amp;Indicateurs : comptages mensuels anonymes (moins de 5 masqués)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="59" />
        <source>&amp;Pseudonymisé : dossiers sans nom, contact, numéro national ni texte libre ; date de naissance réduite à l&apos;année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="61" />
        <source>&amp;Complet : toutes les données (par exemple pour un transfert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="72" />
        <source>Contenu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="283"/>
        <source>JJ/MM/AAAA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="285"/>
        <source>(sans objet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="289"/>
        <source>Enregistrer la &amp;sortie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="291"/>
        <source>Type de sortie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="292"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="293"/>
        <source>Contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="294"/>
        <source>Employeur ou organisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="318"/>
        <source>Pas encore de sortie enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="42"/>
        <source>Bienvenue dans Reconv Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="44"/>
        <source>Vos dossiers seront chiffrés sur cet ordinateur. Choisissez une phrase de passe d&apos;au moins 10 caractères : quelques mots, avec chiffres ou signes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="48"/>
        <source>Prénom Nom (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="61"/>
        <source>Votre &amp;nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="62"/>
        <source>&amp;Phrase de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="65"/>
        <source>&amp;Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="77"/>
        <source>Solidité : %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="89"/>
        <source>Les deux phrases de passe ne sont pas identiques.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="106"/>
        <source>Création du coffre chiffré…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="84" />
        <source>Ce qui quitte cet ordinateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="90" />
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="90" />
        <source>Lignes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="91" />
        <source>Champs envoyés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="91" />
        <source>Champs retirés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="106" />
        <source>&amp;Écrire le lot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="111" />
        <source>Calcul de l&apos;aperçu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="120" />
        <source>Destinataire(s) : %s&lt;br&gt;Mois : %s&lt;br&gt;&lt;b&gt;%s ligne(s) au total&lt;/b&gt; dans ce lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="130" />
        <source>Rien de nouveau à envoyer pour ce mois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="153" />
        <source>Écriture du lot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="139" />
        <source>Aperçu du lot (rien n&apos;est encore modifié)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="150" />
        <source>&amp;Appliquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="157" />
        <source>Lot n° %s de &lt;b&gt;%s&lt;/b&gt; — %s, période %s, créé le %s (%s octets).&lt;br&gt;Signature et contenu vérifiés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="164" />
        <source>Ce lot a déjà été importé : l&apos;importer à nouveau ne changerait rien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="167" />
        <source>%s conflit(s) : la version perdante sera gardée dans la liste des conflits à examiner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="170" />
        <source>Accusé de réception de %s lot(s) envoyé(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="173" />
        <source>Tables ignorées (format plus récent) : %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickAddDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/quick_add.py" line="20"/>
        <source>Nouvelle personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/quick_add.py" line="24"/>
        <source>(aucune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/quick_add.py" line="31"/>
        <source>Créer le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/quick_add.py" line="32"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickAddForm</name>
    <message>
        <location filename="../../ui/quick_add.ui" line="10"/>
        <source>&amp;Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_add.ui" line="19"/>
        <source>&amp;Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_add.ui" line="28"/>
        <source>&amp;Cellule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_add.ui" line="37"/>
        <source>&amp;Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_add.ui" line="46"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="134"/>
        <source>Votre clé de secours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="136"/>
        <source>Si vous oubliez la phrase de passe, seule cette clé ouvre vos dossiers. Imprimez-la ou recopiez-la et rangez-la en lieu sûr, hors de l&apos;ordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="148"/>
        <source>&amp;Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="149"/>
        <source>&amp;Copier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="158"/>
        <source>&amp;J&apos;ai conservé la clé de secours en lieu sûr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="172"/>
        <source>Clé copiée ; le presse-papiers sera vidé dans %s s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="187"/>
        <source>Reconv Desktop — clé de secours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="190"/>
        <source>À garder en lieu sûr. Elle ouvre le coffre si la phrase de passe est oubliée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RememberPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="201"/>
        <source>Cet ordinateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="202"/>
        <source>Choisissez si le coffre s&apos;ouvre sans phrase de passe ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="204"/>
        <source>Se &amp;souvenir du coffre sur cet ordinateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="211"/>
        <source>La clé sera gardée dans le trousseau sécurisé du système. À éviter sur un ordinateur partagé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="45" />
        <source>Rapport mensuel d&apos;activité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="49" />
        <source>Les mêmes chiffres que le lot « indicateurs » envoyé à la coordination. Les comptes de 1 à %d sont masqués (« &lt; %d ») pour qu&apos;aucun chiffre ne désigne une personne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="56" />
        <source>&amp;Mois :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="59" />
        <source>&amp;Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="60" />
        <source>Enregistrer en &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="61" />
        <source>Enregistrer en C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="75" />
        <source>Chiffres du mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="106" />
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="109" />
        <source>%1 : %2 chiffre(s), dont %3 masqué(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="111" />
        <source>Aucune activité enregistrée pour %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="123" />
        <source>Enregistrer le rapport en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="124" />
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="130" />
        <source>Enregistrer les chiffres en CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="131" />
        <source>Tableaux CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="150" />
        <source>Rapport enregistré : %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="152" />
        <source>Écriture du rapport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="161" />
        <source>Rapport mensuel %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="168" />
        <source>Lot écrit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_export.py" line="180" />
        <source>Lot n° %s écrit : %s (%s octets).&lt;br&gt;&lt;br&gt;Remettez ce fichier à la coordination (clé USB ou courriel) : il est chiffré pour elle seule. Tant qu&apos;elle n&apos;en a pas accusé réception, ces changements repartent dans le lot suivant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="206" />
        <source>Lot importé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="219" />
        <source>Lot déjà importé : rien n&apos;a changé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="221" />
        <source>%s changement(s), %s conflit(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_import.py" line="224" />
        <source>%s envoi(s) accusé(s) par la coordination.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="46" />
        <source>Envoyer un lot à un·e accompagnateur·rice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="55" />
        <source>&amp;Destinataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="56" />
        <source>&amp;Référentiel : cellules et check-lists de ce coffre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compétences et métiers (remplace le référentiel de la personne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="58" />
        <source>&amp;Accusés de réception des lots reçus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="61" />
        <source>identifiants séparés par des virgules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="64" />
        <source>&amp;Transférer les personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="67" />
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="67" />
        <source>Lignes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="68" />
        <source>Champs envoyés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="77" />
        <source>A&amp;perçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="78" />
        <source>&amp;Écrire le lot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="79" />
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="119" />
        <source>%s ligne(s) pour %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="134" />
        <source>Enregistrer le lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="145" />
        <source>Lot n° %s écrit : %s (%s octets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync_send.py" line="154" />
        <source>Écriture du lot…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../ui/settings_page.ui" line="8"/>
        <source>Sécurité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="13"/>
        <source>&amp;Verrouiller après</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="19"/>
        <source> min d&apos;inactivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="27"/>
        <source>&amp;Se souvenir du coffre sur cet ordinateur (ouverture sans phrase de passe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="42"/>
        <source>Langue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="47"/>
        <source>&amp;Langue de l&apos;interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="56"/>
        <source>Le changement de langue s&apos;applique au prochain démarrage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="65"/>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="69"/>
        <source>Dossier des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="80"/>
        <source>&amp;Ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="85"/>
        <source>Dossier des sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="96"/>
        <source>&amp;Choisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="104"/>
        <source>Protection des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="108"/>
        <source>Vider le &amp;presse-papiers après</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="114"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="115"/>
        <source>jamais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="120"/>
        <source>Après une copie de données personnelles (coordonnées, clé de secours), si le presse-papiers contient encore ce texte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="127"/>
        <source>Sauve&amp;gardes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="132"/>
        <source>&amp;Journal d&apos;audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="137"/>
        <source>&amp;Durée de conservation…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/pages/settings.py" line="49"/>
        <source>Pas pour un coffre de démonstration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/settings.py" line="52"/>
        <source>La clé est gardée dans le trousseau du système ; verrouillez votre session Windows ou Linux quand vous quittez l&apos;ordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/settings.py" line="66"/>
        <source>Paramètres enregistrés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/settings.py" line="78"/>
        <source>Le trousseau du système a refusé la clé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/settings.py" line="85"/>
        <source>Langue enregistrée : elle s&apos;appliquera au prochain démarrage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/settings.py" line="88"/>
        <source>Dossier des sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="37" />
        <source>Synchronisation avec la coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="41" />
        <source>Correspondants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="50" />
        <source>Enregistrer la &amp;coordination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="51" />
        <source>Exporter &amp;ma carte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="61" />
        <source>&amp;Exporter le lot du mois…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="62" />
        <source>&amp;Importer un lot reçu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="76" />
        <source>Historique des lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="80" />
        <source>&amp;Historique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="81" />
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="116" />
        <source>Con&amp;flits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="95" />
        <source>Cet appareil : %s — empreinte &lt;b&gt;%s&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="99" />
        <source>Ce coffre est celui de la coordination : les accompagnateurs, leurs lots et les chiffres consolidés sont dans la page Coordination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="104" />
        <source>Coordination : %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="107" />
        <source>Aucune coordination enregistrée : chargez sa carte pour pouvoir lui envoyer vos lots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="115" />
        <source>Con&amp;flits (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="119" />
        <source>Dernier envoi : %s — %s modification(s) non encore accusée(s) par la coordination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="120" />
        <source>jamais</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="69"/>
        <source>Nouvelle note (Ctrl+Entrée pour l&apos;ajouter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="72"/>
        <source>Ajouter la &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="101"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_tabs.py" line="130"/>
        <source>Ajout d&apos;une note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../ui/unlock.ui" line="26"/>
        <source>Coffre verrouillé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="32"/>
        <source>Saisissez votre phrase de passe pour ouvrir vos dossiers. Si vous l&apos;avez oubliée, utilisez la clé de secours imprimée lors de la création du coffre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="40"/>
        <source>&amp;Phrase de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="46"/>
        <source>Clé de &amp;secours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="54"/>
        <source>Phrase de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="55"/>
        <source>Phrase de passe ou clé de secours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="69"/>
        <source>Ouvrir avec la clé &amp;mémorisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="79"/>
        <source>&amp;Déverrouiller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../reconv_desktop/gui/unlock.py" line="45"/>
        <source>Coffre de démonstration (données fictives) : sa phrase de passe est « %s ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/unlock.py" line="62"/>
        <source>Phrase de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/unlock.py" line="62"/>
        <source>ABCD-EFGH-… (8 groupes de 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/unlock.py" line="85"/>
        <source>Saisissez la phrase de passe ou la clé de secours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/unlock.py" line="92"/>
        <source>Ouverture du coffre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/unlock.py" line="116"/>
        <source>Le coffre n&apos;a pas pu être ouvert (erreur inattendue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/unlock.py" line="127"/>
        <source>Aucune clé mémorisée valable sur cet ordinateur : saisissez la phrase de passe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerFile</name>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="74"/>
        <source>← Liste (Échap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="92"/>
        <source>&amp;Identité et contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="97"/>
        <source>&amp;Suivi (notes et rendez-vous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="98"/>
        <source>&amp;Démarches administratives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="99"/>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="100"/>
        <source>So&amp;rtie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="124"/>
        <source>(aucune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="195"/>
        <source>Enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="240"/>
        <source>Saisie non valide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="241"/>
        <source>Certaines saisies ne sont pas valides et ne sont pas enregistrées :
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="243"/>
        <source>Corriger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="244"/>
        <source>Abandonner ces saisies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="83"/>
        <source>&amp;Bilan de compétences →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_file.py" line="108"/>
        <source>Droits (R&amp;GPD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerIdentityForm</name>
    <message>
        <location filename="../../ui/worker_identity.ui" line="8"/>
        <source>Identité et contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="12"/>
        <source>&amp;Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="29"/>
        <source>&amp;Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="46"/>
        <source>Date de &amp;naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="52"/>
        <location filename="../../ui/worker_identity.ui" line="231"/>
        <source>JJ/MM/AAAA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="64"/>
        <source>Numéro national (NISS/NIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="70"/>
        <source>11 chiffres (NISS) ou 15 caractères (NIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="82"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="99"/>
        <source>&amp;Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="116"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="133"/>
        <source>Code postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="150"/>
        <source>&amp;Localité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="167"/>
        <source>&amp;Cellule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="184"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="204"/>
        <source>Consentement (RGPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="208"/>
        <source>Portée du consentement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="225"/>
        <source>Date du consentement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_identity.ui" line="243"/>
        <source>Recueilli par</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="43"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/main_window.py" line="51"/>
        <source>Ctrl+1 à Ctrl+8 : changer de page
Ctrl+L : verrouiller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../reconv_desktop/gui/operations.py" line="29"/>
        <source>Reconv Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/operations.py" line="36"/>
        <source>Une erreur inattendue s&apos;est produite. Vos données enregistrées ne sont pas touchées ; le détail technique est dans le journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../reconv_desktop/gui/undo.py" line="58"/>
        <source>Modification : %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditConstraintsForm</name>
    <message>
        <location filename="../../ui/audit_constraints.ui" line="10"/>
        <source>Trajet &amp;maximum (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_constraints.ui" line="20"/>
        <source>Uniquement en transports en &amp;commun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_constraints.ui" line="25"/>
        <source>Permis (e&amp;x. B, C, CE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_constraints.ui" line="35"/>
        <source>Dispose d'un &amp;véhicule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_constraints.ui" line="40"/>
        <source>&amp;Horaires possibles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_constraints.ui" line="50"/>
        <source>Restrictions de &amp;santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_constraints.ui" line="62"/>
        <source>Autres c&amp;ontraintes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_constraints.ui" line="83"/>
        <source>&amp;Enregistrer les contraintes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditEditor</name>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="56"/>
        <source>Ctrl+Tab / Ctrl+Maj+Tab : onglet suivant / précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="61"/>
        <source>Parcours professionnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="62"/>
        <source>Employeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="62"/>
        <source>Fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="62"/>
        <source>Secteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="62"/>
        <source>Entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="63"/>
        <source>Sortie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="63"/>
        <source>Tâches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="64"/>
        <source>Ajouter un &amp;emploi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="66"/>
        <source>Formation et certificats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="67"/>
        <source>Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="67"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="67"/>
        <source>Établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="67"/>
        <source>Obtenu le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="68"/>
        <source>Remarque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="69"/>
        <source>Ajouter une &amp;formation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="73"/>
        <source>Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="76"/>
        <source>Compétences (savoir-faire, savoirs, savoir-être)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="77"/>
        <source>Compétence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="77"/>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="77"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="77"/>
        <source>Transférable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="78"/>
        <source>Origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="78"/>
        <source>Preuve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="79"/>
        <source>Ajouter une &amp;compétence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="80"/>
        <source>Compétences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="83"/>
        <source>Intérêts, contraintes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="86"/>
        <source>Plan d'action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="87"/>
        <source>Étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="87"/>
        <source>Responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="87"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="87"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="88"/>
        <source>Ajouter une é&amp;tape…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="92"/>
        <source>Synthèse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="95"/>
        <source>Métiers cibles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="98"/>
        <source>Aperçu / Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="160"/>
        <source>en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="167"/>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="168"/>
        <source>référentiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="168"/>
        <source>texte libre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="214"/>
        <source>Emploi occupé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="233"/>
        <source>Formation ou certificat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_editor.py" line="287"/>
        <source>Étape du plan d'action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditEducationForm</name>
    <message>
        <location filename="../../ui/audit_education.ui" line="10"/>
        <source>&amp;Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_education.ui" line="20"/>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_education.ui" line="30"/>
        <source>Éta&amp;blissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_education.ui" line="40"/>
        <source>&amp;Obtenu le (JJ/MM/AAAA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_education.ui" line="50"/>
        <source>&amp;Remarque</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditExperienceForm</name>
    <message>
        <location filename="../../ui/audit_experience.ui" line="10"/>
        <source>&amp;Employeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_experience.ui" line="20"/>
        <source>&amp;Fonction occupée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_experience.ui" line="30"/>
        <source>&amp;Secteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_experience.ui" line="40"/>
        <source>&amp;Date d'entrée (JJ/MM/AAAA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_experience.ui" line="50"/>
        <source>Date de s&amp;ortie (vide : en cours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_experience.ui" line="60"/>
        <source>&amp;Tâches principales</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPlanStepForm</name>
    <message>
        <location filename="../../ui/audit_plan_step.ui" line="10"/>
        <source>É&amp;tape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_plan_step.ui" line="20"/>
        <source>&amp;Responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_plan_step.ui" line="30"/>
        <source>É&amp;chéance (JJ/MM/AAAA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_plan_step.ui" line="40"/>
        <source>&amp;Statut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditSkillForm</name>
    <message>
        <location filename="../../ui/audit_skill.ui" line="10"/>
        <source>&amp;Compétence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_skill.ui" line="20"/>
        <source>&amp;Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_skill.ui" line="30"/>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_skill.ui" line="40"/>
        <source>&amp;Preuve / observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_skill.ui" line="52"/>
        <source>Compétence &amp;transférable ou savoir-être</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_skill.ui" line="59"/>
        <source>Tapez quelques lettres pour choisir dans le référentiel (flèches puis Entrée), ou écrivez librement une compétence qui n'y figure pas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/audit_items.py" line="64"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_items.py" line="65"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../reconv_desktop/gui/audit_items.py" line="147"/>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_items.py" line="148"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="62"/>
        <source>Ac&amp;tualiser l'aperçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="63"/>
        <source>&amp;Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="64"/>
        <source>Enregistrer en P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="65"/>
        <source>Inclure les restrictions de &amp;santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="67"/>
        <source>Décochée, la version imprimée ne montre pas les restrictions de santé : elle peut être remise à un employeur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="81"/>
        <source>Aperçu du bilan imprimé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="121"/>
        <source>Mise en page du bilan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="143"/>
        <source>Bilan de %1 : %n page(s).</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="160"/>
        <source>Enregistrer le bilan en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="160"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="171"/>
        <source>Enregistré : %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pdf_preview.py" line="178"/>
        <source>Bilan de compétences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="56"/>
        <source>Centres d'intérêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="59"/>
        <source>Intérêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="59"/>
        <source>Détail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="65"/>
        <source>ex. Travail manuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="67"/>
        <source>précision (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="68"/>
        <source>&amp;Intérêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="69"/>
        <source>&amp;Détail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="72"/>
        <source>A&amp;jouter l'intérêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="73"/>
        <source>Retirer l'intérêt choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="82"/>
        <source>Contraintes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="174"/>
        <source>Contraintes enregistrées.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferentialImportDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="41"/>
        <source>Importer un référentiel ESCO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="48"/>
        <source>Choisissez le dossier du téléchargement ESCO au format CSV (fichiers skills_fr.csv, occupations_fr.csv, occupationSkillRelations_fr.csv). Le référentiel actuel est remplacé seulement si tout l'import réussit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="56"/>
        <source>&amp;Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="59"/>
        <source>&amp;Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="61"/>
        <source>détectée d'après les noms de fichiers (ex. fr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="62"/>
        <source>&amp;Langue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="66"/>
        <source>Résultat de l'import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="69"/>
        <source>&amp;Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="71"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="83"/>
        <source>Référentiel actuel : aucun (le référentiel de départ sera chargé au premier besoin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="87"/>
        <source>Référentiel actuel : %1 (%2), %3 compétences, %4 métiers, %5 liens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="93"/>
        <source>Dossier ESCO (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="101"/>
        <source>Choisissez d'abord le dossier ESCO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="114"/>
        <source>Import en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="116"/>
        <source>Import du référentiel ESCO…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="121"/>
        <source>Import réussi en %s s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="122"/>
        <source>%s compétences, %s métiers, %s liens métier-compétence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="124"/>
        <source>Attention : %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="132"/>
        <source>Import refusé, référentiel inchangé :
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/referential_import.py" line="135"/>
        <source>Import interrompu, référentiel inchangé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SynthesisTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="193"/>
        <source>&amp;Titre du bilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="194"/>
        <source>&amp;Début (JJ/MM/AAAA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="195"/>
        <source>&amp;Clôture (JJ/MM/AAAA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="196"/>
        <source>Conse&amp;iller·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="202"/>
        <source>&amp;Synthèse du conseiller·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="207"/>
        <source>Points forts, freins, pistes retenues, prochaines étapes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="212"/>
        <source>Enregistrer (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="269"/>
        <source>Enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_profile.py" line="283"/>
        <source>Bilan : %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="69"/>
        <source>Métiers pr&amp;oposés selon les compétences du référentiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="71"/>
        <source>Métier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="71"/>
        <source>Adéquation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="72"/>
        <source>Essentielles couvertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="72"/>
        <source>Métiers proposés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="81"/>
        <source>Recalculer le &amp;classement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="82"/>
        <source>&amp;Retenir ce métier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="95"/>
        <source>Métiers &amp;visés retenus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="98"/>
        <source>Compétences à acquérir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="98"/>
        <source>Métiers visés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="101"/>
        <source>Compétences manquantes → pl&amp;an d'action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="102"/>
        <source>Ne plus viser ce métier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="132"/>
        <source>aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="171"/>
        <source>Classement en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="198"/>
        <source>%n métier(s) classé(s) selon l'adéquation, du plus proche au plus éloigné.</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="203"/>
        <source>Aucun métier proposé : ajoutez des compétences choisies dans le référentiel (onglet Compétences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="215"/>
        <source>%s  (retenu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="245"/>
        <source>« %s » ajouté aux métiers visés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="271"/>
        <source>%n étape(s) ajoutée(s) au plan d'action.</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/audit_targets.py" line="275"/>
        <source>Rien à ajouter : le plan couvre déjà les compétences essentielles manquantes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupKeyDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="121"/>
        <source>Ouvrir la sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="125"/>
        <source>Sauvegarde du %s. Elle s&apos;ouvre avec la phrase de passe en vigueur ce jour-là, ou avec la clé de secours imprimée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="129"/>
        <source>&amp;Phrase de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="130"/>
        <source>&amp;Clé de secours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="139"/>
        <source>Phrase de passe ou clé de secours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="164"/>
        <source>Sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="199"/>
        <source>à l&apos;écriture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="206"/>
        <source>Aucune sauvegarde dans ce dossier pour l&apos;instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="226"/>
        <source>oui, contrôlée à %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="253"/>
        <source>Cette sauvegarde ne s&apos;ouvre pas avec la clé du coffre ouvert ; sa phrase de passe ou la clé de secours sera demandée pour la restaurer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="256"/>
        <source>Lecture de la sauvegarde…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="265"/>
        <source>ABÎMÉE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="271"/>
        <source>Vérification de la sauvegarde…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="289"/>
        <source>Sauvegarde créée et vérifiée : %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="294"/>
        <source>Sauvegarde du coffre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="299"/>
        <source>Dossier des sauvegardes (par exemple une clé USB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="310"/>
        <source>Les prochaines sauvegardes iront dans « %s ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="316"/>
        <source>Remplacer le coffre par la sauvegarde du %s ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="317"/>
        <source>Restaurer une sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="320"/>
        <source>Les changements faits depuis cette sauvegarde ne seront plus dans le coffre. Une copie de sécurité du coffre actuel est gardée d&apos;abord, dans le dossier « avant-restauration » du dossier des données.

La fenêtre se verrouillera ensuite : déverrouillez-la pour retrouver le coffre restauré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="324"/>
        <source>Restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/backups_dialog.py" line="349"/>
        <source>Restauration de la sauvegarde du %s en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffre de : %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde du {when} — {reason} — intacte. Schéma {schema}.
Contient : {counts}.
{owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde automatique faite dans « %s ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erreur inattendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde automatique impossible : %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffre restauré depuis la sauvegarde du %s. Déverrouillez-le pour continuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copie de sécurité de l&apos;ancien coffre : %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La restauration n&apos;a pas abouti ; le coffre est inchangé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restauration de la sauvegarde…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsForm</name>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="10"/>
        <source>&amp;Dossier des sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="21"/>
        <source>C&amp;hoisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="22"/>
        <source>Par exemple une clé USB : chaque sauvegarde est chiffrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="27"/>
        <source>Par d&amp;éfaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="34"/>
        <source>Sauvegarde automatique à la première ouverture du jour, avant chaque importation, effacement ou mise à jour. On garde les 7 derniers jours, 4 semaines et 12 mois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="44"/>
        <source>Sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="45"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="46"/>
        <source>Raison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="47"/>
        <source>Taille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="48"/>
        <source>Vérifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="53"/>
        <source>Contenu de la sauvegarde choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="57"/>
        <source>Choisissez une sauvegarde dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="75"/>
        <source>&amp;Sauvegarder maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="80"/>
        <source>&amp;Vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="85"/>
        <source>&amp;Restaurer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="95"/>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="68"/>
        <source>Effacer une personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="72"/>
        <source>&lt;b&gt;Effacer {name} partout dans ce coffre ?&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Son identité, ses notes, rendez-vous, démarches, actions, bilans et CV sont vidés et marqués supprimés ; la suppression partira vers la coordination avec le prochain lot.&lt;/li&gt;&lt;li&gt;Une sauvegarde est faite juste avant. Les sauvegardes faites avant l&apos;effacement contiennent encore cette personne jusqu&apos;à ce que leur rotation les supprime (au plus douze mois) ; celles faites après ne la contiennent plus.&lt;/li&gt;&lt;li&gt;C&apos;est irréversible.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="83"/>
        <source>Pour confirmer, tapez son nom de famille (« %s ») :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="87"/>
        <source>Nom de famille à taper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="92"/>
        <source>Effacer définitivement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="86"/>
        <source>Journal d&apos;audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="90"/>
        <source>Chaque déverrouillage, consultation d&apos;un dossier, exportation, impression, importation et effacement est noté ici, dans le coffre chiffré. Le journal ne peut pas être modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="98"/>
        <source>Lignes du journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="110"/>
        <source>&amp;Exporter en CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="120"/>
        <source>Lecture du journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="125"/>
        <source>%s ligne(s) affichée(s), la plus récente en haut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="130"/>
        <source>Exporter le journal d&apos;audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="131"/>
        <source>Fichier CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="147"/>
        <source>Journal exporté : %s ligne(s) dans %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="49"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="49"/>
        <source>Qui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="49"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="49"/>
        <source>Objet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/journal_dialog.py" line="50"/>
        <source>Détail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="47"/>
        <source>Durée de conservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="51"/>
        <source>Après la fin d&apos;une cellule, les données de ses personnes ne sont gardées qu&apos;un temps. Anonymiser garde les chiffres d&apos;activité sans nom ni texte libre ; effacer supprime tout. Rien n&apos;est appliqué sans votre confirmation, et une sauvegarde est faite juste avant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="60"/>
        <source> mois après la fin de la cellule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="64"/>
        <source>&amp;Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="65"/>
        <source>&amp;Ensuite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="67"/>
        <source>Enregistrer la &amp;règle et actualiser l&apos;aperçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="75"/>
        <source>Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="75"/>
        <source>Cellule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="76"/>
        <source>Fin de la cellule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="76"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="81"/>
        <source>&amp;Appliquer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="100"/>
        <source>Calcul de l&apos;aperçu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="113"/>
        <source>Règle : %s
%s personne(s) concernée(s) aujourd&apos;hui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="116"/>
        <source>&amp;Appliquer à %s personne(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="133"/>
        <source>Appliquer la durée de conservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="134"/>
        <source>%s

%s personne(s) seront traitées. Une sauvegarde est faite juste avant ; c&apos;est irréversible dans le coffre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="165"/>
        <source>Durée de conservation appliquée à %s personne(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/retention_dialog.py" line="169"/>
        <source>Application de la durée de conservation…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RightsTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="120"/>
        <source>Consentement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="125"/>
        <source>Il se modifie dans l&apos;onglet Identité et contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="127"/>
        <source>Imprimer le &amp;consentement (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="134"/>
        <source>Droit d&apos;accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="137"/>
        <source>Tout ce que le coffre contient sur cette personne : un PDF à lui remettre et un fichier JSON lisible par une machine. L&apos;export est noté dans le journal d&apos;audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="140"/>
        <source>E&amp;xporter tout ce qui est détenu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="142"/>
        <source>Co&amp;pier les coordonnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="144"/>
        <source>Le presse-papiers est vidé après le délai choisi dans les Paramètres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="150"/>
        <source>Droit à l&apos;effacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="153"/>
        <source>Efface la personne partout dans ce coffre (données, index de recherche, CV) et transmet la suppression à la coordination au prochain envoi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="156"/>
        <source>&amp;Effacer cette personne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="203"/>
        <source>Imprimer le consentement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="204"/>
        <source>Document PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="217"/>
        <source>Impression du consentement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="218"/>
        <source>Consentement enregistré : %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="226"/>
        <source>Dossier où écrire l&apos;export (PDF et JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="242"/>
        <source>Export écrit :
%s
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="244"/>
        <source>Export de toutes les données de la personne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="252"/>
        <source>Coordonnées copiées ; le presse-papiers sera vidé dans %s s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="255"/>
        <source>Coordonnées copiées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="270"/>
        <source>Sauvegarde avant l&apos;effacement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="283"/>
        <source>Personne effacée (%s enregistrement(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/worker_rights.py" line="287"/>
        <source>Effacement de la personne…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CvHistoryForm</name>
    <message>
        <location filename="../../ui/cv_history.ui" line="8"/>
        <source>&amp;Versions enregistrées (la plus récente en haut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cv_history.ui" line="16"/>
        <source>Versions du CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cv_history.ui" line="20"/>
        <source>Contenu de la version choisie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CvNewForm</name>
    <message>
        <location filename="../../ui/cv_new.ui" line="16"/>
        <source>&amp;Métier visé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cv_new.ui" line="22"/>
        <source>Métier visé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cv_new.ui" line="27"/>
        <source>&amp;Titre du CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cv_new.ui" line="33"/>
        <source>Titre du CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cv_new.ui" line="38"/>
        <source>M&amp;odèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cv_new.ui" line="44"/>
        <source>Modèle de mise en page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CvPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="73"/>
        <source>Projets de CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="87"/>
        <source>C&amp;V de la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="89"/>
        <source>CV de la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="92"/>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="92"/>
        <source>Métier visé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="92"/>
        <source>Modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="93"/>
        <source>Dernière modification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="105"/>
        <source>&amp;Nouveau CV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="106"/>
        <source>Ac&amp;tualiser depuis le bilan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="107"/>
        <source>&amp;Historique…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="108"/>
        <source>&amp;Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="109"/>
        <source>Montre ce que le bilan changerait, rubrique par rubrique, avant d&apos;appliquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="111"/>
        <source>Supprimer ce CV et son historique (Suppr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="124"/>
        <source>Ouvrir le &amp;bilan de la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="149"/>
        <source>Choisissez une personne pour voir ses CV ou en créer un à partir de son bilan de compétences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="243"/>
        <source>(aucun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="299"/>
        <source>{name} n&apos;a pas encore de CV : « Nouveau CV… » en crée un à partir de son bilan de compétences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="304"/>
        <source>{name} n&apos;a pas encore de bilan de compétences. Un CV se construit à partir du bilan : commencez-le sur la page Bilans (Ctrl+4), puis revenez créer le CV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="334"/>
        <source>Nouveau CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="364"/>
        <source>Actualiser depuis le bilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="365"/>
        <source>Ce CV reprend déjà tout ce que contient le bilan : rien à actualiser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="419"/>
        <source>Supprimer le CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="420"/>
        <source>Supprimer « {title} » et toutes ses versions ? Le bilan n&apos;est pas touché.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="41"/>
        <source>Classique (une colonne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="42"/>
        <source>Moderne (deux colonnes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classique (une colonne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderne (deux colonnes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="252"/>
        <source>Historique du CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="259"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="260"/>
        <source>&amp;Restaurer cette version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="271"/>
        <source>Version {n} — {day} {hour}
{reason} · {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCvDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="59"/>
        <source>Nouveau CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="67"/>
        <source>Le CV de {name} reprend son bilan « {audit} » ; il se modifie ensuite librement, sans toucher au bilan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="71"/>
        <source> (adéquation {pct} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="75"/>
        <source>(aucun métier visé dans le bilan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="80"/>
        <source>Créer le CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="81"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="103"/>
        <source>CV — {job}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="104"/>
        <source>CV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="161"/>
        <source>Actualiser depuis le bilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="165"/>
        <source>Le bilan a changé depuis ce CV. Cochez les rubriques à reprendre du bilan ; les autres gardent le texte du CV. Rien n&apos;est modifié avant « Appliquer ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="175"/>
        <source> — modifiée à la main dans ce CV : non reprise sauf si vous la cochez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="180"/>
        <source>Changements de la rubrique {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="196"/>
        <source>&amp;Appliquer les rubriques cochées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="199"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_dialogs.py" line="211"/>
        <source>(mise en forme seulement)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerPicker</name>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_picker.py" line="34"/>
        <source>&amp;Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_picker.py" line="36"/>
        <source>Rechercher une personne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_picker.py" line="38"/>
        <source>Rechercher une personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_picker.py" line="41"/>
        <source>Personnes trouvées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_page_picker.py" line="86"/>
        <source>A un bilan de compétences : un CV peut en partir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CvPhotoBox</name>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="25"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="45"/>
        <source>Cochée : la photo est imprimée sur ce CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="46"/>
        <source>Facultative : de nombreux recruteurs recommandent de ne pas en mettre (risque de discrimination).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="55"/>
        <source>Photo de la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="34"/>
        <source>Choisir une photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="34"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="58"/>
        <source>Retirer la photo de la personne (tous ses CV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="97"/>
        <source>Aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="115"/>
        <source>Aucune photo enregistrée : choisissez-en une pour l&apos;imprimer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="34"/>
        <source>Choisir une photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="125"/>
        <source>Images JPEG ou PNG (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="132"/>
        <source>Vérification de la photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="58"/>
        <source>Retirer la photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv_photo_box.py" line="160"/>
        <source>Retirer la photo de cette personne ? Elle disparaît de tous ses CV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
