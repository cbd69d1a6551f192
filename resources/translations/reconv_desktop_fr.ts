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
    <name>CvPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="19"/>
        <source>CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/cv.py" line="21"/>
        <source>Ici viendront les projets de CV de chaque personne, construits à partir du bilan et adaptés à chaque métier visé, à imprimer ou à exporter.</source>
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
    <name>EnrolmentPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="223"/>
        <source>Inscription auprès de la coordination (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="226"/>
        <source>La coordination vous remettra un fichier d&apos;inscription pour l&apos;échange mensuel des paquets. Son import arrivera avec la fonction de synchronisation ; vous pourrez le faire plus tard depuis la page Synchronisation. Cliquez sur Terminer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/wizard.py" line="231"/>
        <source>Importer un fichier d&apos;inscription…</source>
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
    <name>Launcher</name>
    <message>
        <location filename="../../reconv_desktop/gui/app.py" line="97"/>
        <source>Préparation du coffre de démonstration…</source>
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
        <source>Clé copiée ; le presse-papiers sera vidé dans une minute.</source>
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
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="19"/>
        <source>Rapports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/reports.py" line="21"/>
        <source>Ici viendront les rapports : le rapport mensuel d&apos;activité, les bilans et CV imprimables, et les chiffres pour le comité d&apos;accompagnement.</source>
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
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="19"/>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/pages/sync.py" line="21"/>
        <source>Ici viendront les échanges avec la coordination : l&apos;envoi du paquet mensuel (avec l&apos;aperçu de ce qui quitte l&apos;ordinateur), l&apos;import des paquets reçus et l&apos;historique des échanges.</source>
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
</TS>
