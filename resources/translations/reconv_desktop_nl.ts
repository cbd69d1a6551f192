<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="fr_FR">
<context>
    <name>ActionKind</name>
    <message>
        <location filename="../../reconv_desktop/domain/enums.py" line="+45"/>
        <source>Candidature</source>
        <translation>Sollicitatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entretien d&apos;embauche</source>
        <translation>Sollicitatiegesprek</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Formation</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Immersion en entreprise</source>
        <translation>Werkplekstage</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <location line="+9"/>
        <source>abandonnée</source>
        <translation>stopgezet</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>en cours</source>
        <translation>lopend</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>prévue</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>terminée</source>
        <translation>afgerond</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/caseload/worker_tabs.py" line="+225"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intitulé</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisme</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Intitulé (ex. Cariste CACES)</source>
        <translation>Titel (bv. heftruckchauffeur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Échéance JJ/MM/AAAA</source>
        <translation>Deadline DD/MM/JJJJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter l&apos;a&amp;ction</source>
        <translation>Actie &amp;toevoegen</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/agenda/page.py" line="+45"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode &amp;permanence</source>
        <translation>Per&amp;manentiemodus</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sept prochains jours</source>
        <translation>Komende zeven dagen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Quand</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personne</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motif</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Aujourd&apos;hui, {day}</source>
        <translation>Vandaag, {day}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Aucun rendez-vous</source>
        <translation>Geen afspraak</translation>
    </message>
</context>
<context>
    <name>AppointmentKind</name>
    <message>
        <location filename="../../reconv_desktop/domain/enums.py" line="-22"/>
        <source>Entretien individuel</source>
        <translation>Individueel gesprek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passage en permanence</source>
        <translation>Bezoek op de permanentie</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Séance collective</source>
        <translation>Groepssessie</translation>
    </message>
</context>
<context>
    <name>AppointmentStatus</name>
    <message>
        <location line="+8"/>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>annulé</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>prévu</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>réalisé</source>
        <translation>afgerond</translation>
    </message>
</context>
<context>
    <name>AuditConstraintsForm</name>
    <message>
        <location filename="../../ui/audits/audit_constraints.ui" line="+10"/>
        <source>Trajet &amp;maximum (minutes)</source>
        <translation>&amp;Maximale reistijd (minuten)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Uniquement en transports en &amp;commun</source>
        <translation>Alleen met het &amp;openbaar vervoer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permis (e&amp;x. B, C, CE)</source>
        <translation>&amp;Rijbewijzen (bv. B, C, CE)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dispose d&apos;un &amp;véhicule</source>
        <translation>Heeft een &amp;voertuig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Horaires possibles</source>
        <translation>Mogelijke &amp;uren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restrictions de &amp;santé</source>
        <translation>&amp;Gezondheidsbeperkingen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Autres c&amp;ontraintes</source>
        <translation>Andere b&amp;eperkingen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Enregistrer les contraintes</source>
        <translation>Beperkingen op&amp;slaan</translation>
    </message>
</context>
<context>
    <name>AuditEditor</name>
    <message>
        <location filename="../../reconv_desktop/gui/audits/editor.py" line="+64"/>
        <source>Ctrl+Tab / Ctrl+Maj+Tab : onglet suivant / précédent</source>
        <translation>Ctrl+Tab / Ctrl+Shift+Tab: volgend / vorig tabblad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parcours professionnel</source>
        <translation>Loopbaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employeur</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fonction</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entrée</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sortie</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tâches</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ajouter un &amp;emploi…</source>
        <translation>&amp;Job toevoegen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formation et certificats</source>
        <translation>Opleiding en certificaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intitulé</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Établissement</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtenu le</source>
        <translation>Behaald op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarque</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ajouter une &amp;formation…</source>
        <translation>&amp;Opleiding toevoegen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parcours</source>
        <translation>Loopbaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compétences (savoir-faire, savoirs, savoir-être)</source>
        <translation>Competenties (vaardigheden, kennis, attitudes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+245"/>
        <source>Compétence</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>Niveau</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transférable</source>
        <translation>Overdraagbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origine</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preuve</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ajouter une &amp;compétence…</source>
        <translation>&amp;Competentie toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compétences</source>
        <translation>Competenties</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Intérêts, contraintes</source>
        <translation>Interesses, beperkingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Plan d&apos;action</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Étape</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsable</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter une é&amp;tape…</source>
        <translation>S&amp;tap toevoegen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synthèse</source>
        <translation>Synthese</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Métiers cibles</source>
        <translation>Doelberoepen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aperçu / Imprimer</source>
        <translation>Voorbeeld / Afdrukken</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>en cours</source>
        <translation>lopend</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>oui</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>référentiel</source>
        <translation>referentiekader</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>texte libre</source>
        <translation>vrije tekst</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Emploi occupé</source>
        <translation>Uitgeoefende job</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Formation ou certificat</source>
        <translation>Opleiding of certificaat</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Étape du plan d&apos;action</source>
        <translation>Stap van het actieplan</translation>
    </message>
</context>
<context>
    <name>AuditEducationForm</name>
    <message>
        <location filename="../../ui/audits/audit_education.ui" line="+10"/>
        <source>&amp;Intitulé</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Type</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Éta&amp;blissement</source>
        <translation>&amp;Instelling</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Obtenu le (JJ/MM/AAAA)</source>
        <translation>&amp;Behaald op (DD/MM/JJJJ)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Remarque</source>
        <translation>&amp;Opmerking</translation>
    </message>
</context>
<context>
    <name>AuditExperienceForm</name>
    <message>
        <location filename="../../ui/audits/audit_experience.ui" line="+10"/>
        <source>&amp;Employeur</source>
        <translation>&amp;Werkgever</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Fonction occupée</source>
        <translation>Uitgeoefende &amp;functie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Secteur</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Date d&apos;entrée (JJ/MM/AAAA)</source>
        <translation>&amp;Begindatum (DD/MM/JJJJ)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date de s&amp;ortie (vide : en cours)</source>
        <translation>&amp;Einddatum (leeg: lopend)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Tâches principales</source>
        <translation>Belangrijkste &amp;taken</translation>
    </message>
</context>
<context>
    <name>AuditPlanStepForm</name>
    <message>
        <location filename="../../ui/audits/audit_plan_step.ui" line="+10"/>
        <source>É&amp;tape</source>
        <translation>S&amp;tap</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Responsable</source>
        <translation>&amp;Verantwoordelijke</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>É&amp;chéance (JJ/MM/AAAA)</source>
        <translation>&amp;Deadline (DD/MM/JJJJ)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Statut</source>
        <translation>St&amp;atus</translation>
    </message>
</context>
<context>
    <name>AuditSkillForm</name>
    <message>
        <location filename="../../ui/audits/audit_skill.ui" line="+10"/>
        <source>&amp;Compétence</source>
        <translation>&amp;Competentie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Niveau</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Source</source>
        <translation>&amp;Bron</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Preuve / observation</source>
        <translation>Bewijs / &amp;observatie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compétence &amp;transférable ou savoir-être</source>
        <translation>Over&amp;draagbare competentie of attitude</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tapez quelques lettres pour choisir dans le référentiel (flèches puis Entrée), ou écrivez librement une compétence qui n&apos;y figure pas.</source>
        <translation>Typ een paar letters om te kiezen uit het referentiekader (pijltjes en dan Enter), of schrijf vrij een competentie die er niet in staat.</translation>
    </message>
</context>
<context>
    <name>AuditsPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/audits/page.py" line="+62"/>
        <source>Bilans de compétences</source>
        <translation>Competentiebalansen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Personne</source>
        <translation>&amp;Persoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rechercher une personne…</source>
        <translation>Een persoon zoeken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rechercher une personne</source>
        <translation>Een persoon zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personnes trouvées</source>
        <translation>Gevonden personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seu&amp;lement les personnes avec un bilan</source>
        <translation>A&amp;lleen personen met een balans</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bilans de la personne</source>
        <translation>&amp;Balansen van de persoon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bilans de la personne</source>
        <translation>Balansen van de persoon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Nouveau bilan</source>
        <translation>&amp;Nieuwe balans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendre co&amp;urant</source>
        <translation>Act&amp;ueel maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importer un référentiel ESCO…</source>
        <translation>Een ESCO-referentiekader importeren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choisissez une personne pour voir ou commencer son bilan.</source>
        <translation>Kies een persoon om de competentiebalans te bekijken of te beginnen.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>A déjà un bilan de compétences.</source>
        <translation>Heeft al een competentiebalans.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source> (clôturé le {day})</source>
        <translation> (afgesloten op {day})</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source> — courant</source>
        <translation> — actueel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} — pas encore de bilan : « Nouveau bilan » pour commencer.</source>
        <translation>{name} — nog geen balans: “Nieuwe balans” om te beginnen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Supprimer le bilan</source>
        <translation>De balans verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supprimer « {title} » et tout son contenu (parcours, compétences, plan) ?</source>
        <translation>“{title}” en de hele inhoud (loopbaan, competenties, plan) verwijderen?</translation>
    </message>
</context>
<context>
    <name>BackupKeyDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/settings/backups_dialog.py" line="+137"/>
        <source>Ouvrir la sauvegarde</source>
        <translation>De back-up openen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sauvegarde du {when}. Elle s&apos;ouvre avec la phrase de passe en vigueur ce jour-là, ou avec la clé de secours imprimée.</source>
        <translation>Back-up van {when}. Ze opent met de wachtzin die op die dag gold, of met de afgedrukte herstelsleutel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Phrase de passe</source>
        <translation>&amp;Wachtzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clé de secours</source>
        <translation>&amp;Herstelsleutel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phrase de passe ou clé de secours</source>
        <translation>Wachtzin of herstelsleutel</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location line="-111"/>
        <source>{n} personne(s)</source>
        <translation>{n} persoon/personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} cellule(s)</source>
        <translation>{n} cel(len)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} note(s)</source>
        <translation>{n} notitie(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} rendez-vous</source>
        <translation>{n} afspraak/afspraken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} démarche(s)</source>
        <translation>{n} administratieve stap(pen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} action(s)</source>
        <translation>{n} actie(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} sortie(s)</source>
        <translation>{n} uitstroom/uitstromen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} bilan(s)</source>
        <translation>{n} competentiebalans(en)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} CV</source>
        <translation>{n} cv(&apos;s)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Coffre de : {owner}.</source>
        <translation>Kluis van: {owner}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sauvegarde du {when} — {reason} — intacte. Schéma {schema}.
Contient : {counts}.
{owner}</source>
        <translation>Back-up van {when} — {reason} — intact. Schema {schema}.
Bevat: {counts}.
{owner}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rien</source>
        <translation>niets</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sauvegarde automatique faite dans « {folder} ».</source>
        <translation>Automatische back-up gemaakt in “{folder}”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>erreur inattendue</source>
        <translation>onverwachte fout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sauvegarde automatique impossible : {reason}</source>
        <translation>Automatische back-up mislukt: {reason}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Sauvegardes</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>à l&apos;écriture</source>
        <translation>bij het schrijven</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aucune sauvegarde dans ce dossier pour l&apos;instant.</source>
        <translation>Nog geen back-up in deze map.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>oui, contrôlée à {time}</source>
        <translation>ja, gecontroleerd om {time}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cette sauvegarde ne s&apos;ouvre pas avec la clé du coffre ouvert ; sa phrase de passe ou la clé de secours sera demandée pour la restaurer.</source>
        <translation>Deze back-up opent niet met de sleutel van de geopende kluis; om ze terug te zetten wordt haar wachtzin of de herstelsleutel gevraagd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lecture de la sauvegarde…</source>
        <translation>Back-up lezen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ABÎMÉE</source>
        <translation>BESCHADIGD</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+88"/>
        <source>Vérification de la sauvegarde…</source>
        <translation>Back-up controleren…</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Sauvegarde créée et vérifiée : {name}</source>
        <translation>Back-up gemaakt en gecontroleerd: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sauvegarde du coffre…</source>
        <translation>Back-up van de kluis maken…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dossier des sauvegardes (par exemple une clé USB)</source>
        <translation>Map voor de back-ups (bijvoorbeeld een USB-stick)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Les prochaines sauvegardes iront dans « {folder} ».</source>
        <translation>De volgende back-ups komen in “{folder}”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remplacer le coffre par la sauvegarde du {when} ?</source>
        <translation>De kluis vervangen door de back-up van {when}?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restaurer une sauvegarde</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Les changements faits depuis cette sauvegarde ne seront plus dans le coffre. Une copie de sécurité du coffre actuel est gardée d&apos;abord, dans le dossier « avant-restauration » du dossier des données.

La fenêtre se verrouillera ensuite : déverrouillez-la pour retrouver le coffre restauré.</source>
        <translation>De wijzigingen sinds deze back-up zullen niet meer in de kluis staan. Eerst wordt een veiligheidskopie van de huidige kluis bewaard, in de map “avant-restauration” van de gegevensmap.

Daarna wordt het venster vergrendeld: ontgrendel het om de teruggezette kluis te openen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restaurer</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Restauration de la sauvegarde du {when} en cours…</source>
        <translation>Back-up van {when} wordt teruggezet…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Coffre restauré depuis la sauvegarde du {when}. Déverrouillez-le pour continuer.</source>
        <translation>Kluis teruggezet vanuit de back-up van {when}. Ontgrendel ze om verder te gaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copie de sécurité de l&apos;ancien coffre : {path}</source>
        <translation>Veiligheidskopie van de vorige kluis: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>La restauration n&apos;a pas abouti ; le coffre est inchangé.</source>
        <translation>Het terugzetten is niet gelukt; de kluis is ongewijzigd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restauration de la sauvegarde…</source>
        <translation>Back-up terugzetten…</translation>
    </message>
</context>
<context>
    <name>BackupsForm</name>
    <message>
        <location filename="../../ui/settings/backups_dialog.ui" line="+10"/>
        <source>&amp;Dossier des sauvegardes</source>
        <translation>&amp;Map voor de back-ups</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>C&amp;hoisir…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Par exemple une clé USB : chaque sauvegarde est chiffrée.</source>
        <translation>Bijvoorbeeld een USB-stick: elke back-up is versleuteld.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Par d&amp;éfaut</source>
        <translation>&amp;Standaard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sauvegarde automatique à la première ouverture du jour, avant chaque importation, effacement ou mise à jour. On garde les 7 derniers jours, 4 semaines et 12 mois.</source>
        <translation>Automatische back-up bij de eerste opening van de dag, vóór elke import, wissing of update. De laatste 7 dagen, 4 weken en 12 maanden worden bewaard.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sauvegardes</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raison</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taille</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifiée</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contenu de la sauvegarde choisie</source>
        <translation>Inhoud van de gekozen back-up</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choisissez une sauvegarde dans la liste.</source>
        <translation>Kies een back-up in de lijst.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Sauvegarder maintenant</source>
        <translation>Nu een &amp;back-up maken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Vérifier</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restaurer…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Fermer</source>
        <translation>Sl&amp;uiten</translation>
    </message>
</context>
<context>
    <name>CardConfirm</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/enrol.py" line="+63"/>
        <source>&amp;Charger une carte…</source>
        <translation>Een kaart &amp;laden…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Empreinte</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L&apos;&amp;empreinte est bien celle que la personne m&apos;a lue (par téléphone ou en personne)</source>
        <translation>De &amp;vingerafdruk is wel degelijk die welke de persoon me heeft voorgelezen (telefonisch of persoonlijk)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choisir la carte d&apos;identité reçue</source>
        <translation>De ontvangen identiteitskaart kiezen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cette carte est celle d&apos;un appareil « {role} », pas « {expected} ».</source>
        <translation>Deze kaart hoort bij een toestel “{role}”, niet “{expected}”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({role}), appareil {device}&lt;br&gt;Empreinte à comparer :</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({role}), toestel {device}&lt;br&gt;Te vergelijken vingerafdruk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sans nom</source>
        <translation>zonder naam</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../reconv_desktop/gui/caseload/model.py" line="+39"/>
        <source>Nom</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cellule</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dernier contact</source>
        <translation>Laatste contact</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/caseload/page.py" line="+54"/>
        <source>Rechercher un nom, une note, une action… (Ctrl+F)</source>
        <translation>Een naam, een notitie, een actie zoeken… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recherche</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filtrer par cellule</source>
        <translation>Filteren op cel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filtrer par statut</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tous les statuts</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Nouvelle personne (Ctrl+N)</source>
        <translation>&amp;Nieuwe persoon (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Toutes les cellules</source>
        <translation>Alle cellen</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>{n} personne(s)</source>
        <translation>
            <numerusform>{n} persoon</numerusform>
            <numerusform>{n} personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/caseload/worker_tabs.py" line="-72"/>
        <source>Cochez une démarche quand elle est faite (Espace).</source>
        <translation>Vink een stap aan wanneer ze gedaan is (spatiebalk).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> — faite le {day}</source>
        <translation> — gedaan op {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — échéance {day}</source>
        <translation> — deadline {day}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Démarche cochée</source>
        <translation>Stap aangevinkt</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/import_wizard.py" line="+81"/>
        <source>Importer un lot</source>
        <translation>Een pakket importeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choisissez le fichier reçu. Il est vérifié (signature, destinataire, intégrité) avant tout aperçu ; rien n&apos;est modifié avant votre confirmation.</source>
        <translation>Kies het ontvangen bestand. Het wordt gecontroleerd (handtekening, bestemmeling, integriteit) vóór elk voorbeeld; niets wordt gewijzigd vóór uw bevestiging.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fichier du lot</source>
        <translation>Pakketbestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choisir le lot reçu</source>
        <translation>Het ontvangen pakket kiezen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Vérification du lot…</source>
        <translation>Pakket controleren…</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/history.py" line="+148"/>
        <source>Aucun conflit à examiner.</source>
        <translation>Geen conflicten na te kijken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ligne</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raison</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflits</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Champ</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version actuelle</source>
        <translation>Huidige versie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Autre version</source>
        <translation>Andere versie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Garder la version actuelle</source>
        <translation>Huidige versie &amp;behouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prendre l&apos;autre version (échanger)</source>
        <translation>Andere versie &amp;nemen (omwisselen)</translation>
    </message>
</context>
<context>
    <name>ConsentScope</name>
    <message>
        <location filename="../../reconv_desktop/domain/enums.py" line="-15"/>
        <source>Accompagnement</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accompagnement et partage avec la coordination</source>
        <translation>Begeleiding en delen met de coördinatie</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Pas de consentement</source>
        <translation>Geen toestemming</translation>
    </message>
</context>
<context>
    <name>ContractType</name>
    <message>
        <location line="+48"/>
        <source>Autre</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>CDD</source>
        <translation>Contract van bepaalde duur</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>CDI</source>
        <translation>Contract van onbepaalde duur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contrat aidé</source>
        <translation>Gesubsidieerd contract</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Intérim</source>
        <translation>Uitzendwerk</translation>
    </message>
</context>
<context>
    <name>CoordinationPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/shell/pages.py" line="+94"/>
        <location filename="../../reconv_desktop/gui/sync/coordination_page.py" line="+53"/>
        <source>Coordination</source>
        <translation>Coördinatie</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync/coordination_page.py" line="+4"/>
        <location line="+12"/>
        <source>Accompagnateurs enregistrés</source>
        <translation>Geregistreerde begeleiders</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Nom</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empreinte</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lots reçus</source>
        <translation>Ontvangen pakketten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dernier lot reçu</source>
        <translation>Laatste pakket ontvangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dernier mois</source>
        <translation>Laatste maand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Ajouter un·e accompagnateur·rice…</source>
        <translation>Begeleider &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Importer un lot reçu…</source>
        <translation>Ontvangen pakket &amp;importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Envoyer un lot…</source>
        <translation>Pakket &amp;versturen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter ma &amp;carte…</source>
        <translation>Mijn &amp;kaart exporteren…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Indicateurs consolidés du &amp;mois :</source>
        <translation>Geconsolideerde indicatoren van de &amp;maand:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporter en &amp;PDF…</source>
        <translation>Exporteren als &amp;pdf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter en C&amp;SV…</source>
        <translation>Exporteren als &amp;CSV…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Indicateurs consolidés</source>
        <translation>Geconsolideerde indicatoren</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>{month} : chiffres de {n} accompagnateur(s) sur {total}.</source>
        <translation>
            <numerusform>{month}: cijfers van {n} van {total} begeleider.</numerusform>
            <numerusform>{month}: cijfers van {n} van {total} begeleiders.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tableaux CSV (*.csv)</source>
        <translation>CSV-tabellen (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporter les indicateurs consolidés</source>
        <translation>De geconsolideerde indicatoren exporteren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exporté : {path}</source>
        <translation>Geëxporteerd: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écriture…</source>
        <translation>Schrijven…</translation>
    </message>
</context>
<context>
    <name>CvEditor</name>
    <message>
        <location filename="../../reconv_desktop/gui/cv/editor.py" line="+50"/>
        <source>Quelques phrases : métier, années d&apos;expérience, points forts, projet.</source>
        <translation>Enkele zinnen: beroep, jaren ervaring, sterke punten, plannen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Soudeur
Employeur : Entreprise
Période : 09/1999 – 12/2024
- une tâche</source>
        <translation>Lasser
Werkgever : Bedrijf
Periode : 09/1999 – 12/2024
- een taak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Titre du diplôme
Établissement : École
Année : 2012</source>
        <translation>Titel van het diploma
Instelling : School
Jaar : 2012</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Une compétence par ligne, éventuellement « — Maîtrise »</source>
        <translation>Eén competentie per regel, eventueel “— Gevorderd”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Un atout par ligne</source>
        <translation>Eén troef per regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Français — langue maternelle</source>
        <translation>Nederlands — moedertaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B, C
Véhicule personnel</source>
        <translation>B, C
Eigen wagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un centre d&apos;intérêt par ligne — détail</source>
        <translation>Eén interesse per regel — detail</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Titre du CV</source>
        <translation>Titel van het cv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Classique (une colonne)</source>
        <translation>Klassiek (één kolom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderne (deux colonnes)</source>
        <translation>Modern (twee kolommen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Titre :</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modèle :</source>
        <translation>Sjabloon:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rubriques du CV</source>
        <translation>Rubrieken van het cv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monter</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descendre</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monter la rubrique (Alt+Haut)</source>
        <translation>Rubriek omhoog (Alt+Omhoog)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descendre la rubrique (Alt+Bas)</source>
        <translation>Rubriek omlaag (Alt+Omlaag)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rubriques (cochées = imprimées) :</source>
        <translation>Rubrieken (aangevinkt = afgedrukt):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Aperçu du CV</source>
        <translation>Voorbeeld van het cv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporter en PDF…</source>
        <translation>Exporteren als pdf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter en Word…</source>
        <translation>Exporteren als Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter en JSON Resume…</source>
        <translation>Exporteren als JSON Resume…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nom</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titre (métier visé)</source>
        <translation>Titel (beoogd beroep)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Téléphone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Localité</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de naissance</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cochée : imprimée sur le CV</source>
        <translation>Aangevinkt: afgedrukt op het cv</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L&apos;âge, l&apos;adresse complète et la photo ne sont pas imprimés par défaut : ils n&apos;aident pas à être rappelé·e et exposent à la discrimination.</source>
        <translation>Leeftijd, volledig adres en foto worden standaard niet afgedrukt: ze helpen niet om teruggebeld te worden en stellen bloot aan discriminatie.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Modifications en cours…</source>
        <translation>Wijzigingen opslaan…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{low} à {high}</source>
        <translation>{low} tot {high}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{high} au plus</source>
        <translation>hoogstens {high}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} caractères (conseillé : {span})</source>
        <translation>{n} tekens (aangeraden: {span})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} caractères — un peu court (conseillé : {span})</source>
        <translation>{n} tekens — wat kort (aangeraden: {span})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} caractères — trop long pour une page (conseillé : {span})</source>
        <translation>{n} tekens — te lang voor één pagina (aangeraden: {span})</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Enregistré.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Document PDF (*.pdf)</source>
        <translation>Pdf-document (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document Word (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Resume (*.json)</source>
        <translation>JSON Resume (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporter le CV</source>
        <translation>Het cv exporteren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>CV exporté : {path}</source>
        <translation>Cv geëxporteerd: {path}</translation>
    </message>
</context>
<context>
    <name>CvHistoryForm</name>
    <message>
        <location filename="../../ui/cv/cv_history.ui" line="+8"/>
        <source>&amp;Versions enregistrées (la plus récente en haut)</source>
        <translation>Opgeslagen &amp;versies (de recentste bovenaan)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Versions du CV</source>
        <translation>Versies van het cv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contenu de la version choisie</source>
        <translation>Inhoud van de gekozen versie</translation>
    </message>
</context>
<context>
    <name>CvNewForm</name>
    <message>
        <location filename="../../ui/cv/cv_new.ui" line="+16"/>
        <source>&amp;Métier visé</source>
        <translation>&amp;Beoogd beroep</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Métier visé</source>
        <translation>Beoogd beroep</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Titre du CV</source>
        <translation>&amp;Titel van het cv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Titre du CV</source>
        <translation>Titel van het cv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>M&amp;odèle</source>
        <translation>&amp;Sjabloon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Modèle de mise en page</source>
        <translation>Sjabloon voor de opmaak</translation>
    </message>
</context>
<context>
    <name>CvPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/cv/dialogs.py" line="+47"/>
        <source>Classique (une colonne)</source>
        <translation>Klassiek (één kolom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderne (deux colonnes)</source>
        <translation>Modern (twee kolommen)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv/page.py" line="+66"/>
        <source>Projets de CV</source>
        <translation>Cv-ontwerpen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>C&amp;V de la personne</source>
        <translation>C&amp;v&apos;s van de persoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CV de la personne</source>
        <translation>Cv&apos;s van de persoon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Titre</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Métier visé</source>
        <translation>Beoogd beroep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modèle</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dernière modification</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Nouveau CV…</source>
        <translation>&amp;Nieuw cv…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ac&amp;tualiser depuis le bilan…</source>
        <translation>Bij&amp;werken vanuit de balans…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Historique…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Supprimer</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Montre ce que le bilan changerait, rubrique par rubrique, avant d&apos;appliquer</source>
        <translation>Toont wat de balans zou wijzigen, rubriek per rubriek, voordat het wordt toegepast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supprimer ce CV et son historique (Suppr)</source>
        <translation>Dit cv en de geschiedenis ervan verwijderen (Del)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ouvrir le &amp;bilan de la personne</source>
        <translation>De competentie&amp;balans van de persoon openen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choisissez une personne pour voir ses CV ou en créer un à partir de son bilan de compétences.</source>
        <translation>Kies een persoon om de cv&apos;s te bekijken of er een te maken vanuit de competentiebalans.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>(aucun)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{name} n&apos;a pas encore de CV : « Nouveau CV… » en crée un à partir de son bilan de compétences.</source>
        <translation>{name} heeft nog geen cv: “Nieuw cv…” maakt er een vanuit de competentiebalans.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} n&apos;a pas encore de bilan de compétences. Un CV se construit à partir du bilan : commencez-le sur la page Bilans (Ctrl+4), puis revenez créer le CV.</source>
        <translation>{name} heeft nog geen competentiebalans. Een cv wordt opgebouwd vanuit de balans: begin ze op de pagina Balansen (Ctrl+4) en kom dan terug om het cv te maken.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nouveau CV</source>
        <translation>Nieuw cv</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Actualiser depuis le bilan</source>
        <translation>Bijwerken vanuit de balans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce CV reprend déjà tout ce que contient le bilan : rien à actualiser.</source>
        <translation>Dit cv bevat al alles wat in de balans staat: niets bij te werken.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Supprimer le CV</source>
        <translation>Het cv verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supprimer « {title} » et toutes ses versions ? Le bilan n&apos;est pas touché.</source>
        <translation>“{title}” en alle versies ervan verwijderen? De balans blijft ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>CvPhotoBox</name>
    <message>
        <location filename="../../reconv_desktop/gui/cv/photo_box.py" line="+45"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cochée : la photo est imprimée sur ce CV</source>
        <translation>Aangevinkt: de foto wordt op dit cv afgedrukt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facultative : de nombreux recruteurs recommandent de ne pas en mettre (risque de discrimination).</source>
        <translation>Facultatief: veel rekruteerders raden af er een te gebruiken (risico op discriminatie).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Photo de la personne</source>
        <translation>Foto van de persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisir une photo…</source>
        <translation>Een foto kiezen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer la photo de la personne (tous ses CV)</source>
        <translation>De foto van de persoon verwijderen (alle cv&apos;s)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Aucune</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Aucune photo enregistrée : choisissez-en une pour l&apos;imprimer.</source>
        <translation>Geen foto opgeslagen: kies er een om ze af te drukken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choisir une photo</source>
        <translation>Een foto kiezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images JPEG ou PNG (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>JPEG- of PNG-afbeeldingen (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vérification de la photo…</source>
        <translation>Foto controleren…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Retirer la photo</source>
        <translation>De foto verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer la photo de cette personne ? Elle disparaît de tous ses CV.</source>
        <translation>De foto van deze persoon verwijderen? Ze verdwijnt uit alle cv&apos;s.</translation>
    </message>
</context>
<context>
    <name>CvSections</name>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="+55"/>
        <source>Atouts</source>
        <translation>Troeven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Centres d&apos;intérêt</source>
        <translation>Interesses</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Compétences</source>
        <translation>Competenties</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Expérience professionnelle</source>
        <translation>Werkervaring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formation</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Identité et coordonnées</source>
        <translation>Identiteit en contactgegevens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Langues</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permis de conduire</source>
        <translation>Rijbewijzen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Profil</source>
        <translation>Profiel</translation>
    </message>
</context>
<context>
    <name>CvTemplate</name>
    <message>
        <location line="-19"/>
        <source>Classique (une colonne)</source>
        <translation>Klassiek (één kolom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderne (deux colonnes)</source>
        <translation>Modern (twee kolommen)</translation>
    </message>
</context>
<context>
    <name>DropInForm</name>
    <message>
        <location filename="../../ui/agenda/dropin.ui" line="+8"/>
        <source>Tapez le nom de la personne : choisissez-la dans la liste (flèches) ou laissez le nom tel quel pour l&apos;inscrire. Entrée enregistre le passage.</source>
        <translation>Typ de naam van de persoon: kies ze in de lijst (pijltjes) of laat de naam staan zoals getypt om ze in te schrijven. Enter registreert het bezoek.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Personne</source>
        <translation>&amp;Persoon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nom Prénom (ex. Wójcik Łukasz)</source>
        <translation>Familienaam Voornaam (bv. Wójcik Łukasz)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Motif</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>N&amp;ote</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ce qui a été dit ou fait (facultatif)</source>
        <translation>Wat er gezegd of gedaan is (facultatief)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Enregistrer le passage</source>
        <translation>&amp;Bezoek registreren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passages d&apos;aujourd&apos;hui</source>
        <translation>Bezoeken van vandaag</translation>
    </message>
</context>
<context>
    <name>DropInPanel</name>
    <message>
        <location filename="../../reconv_desktop/gui/agenda/page.py" line="+28"/>
        <source>Suivi</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier chômage</source>
        <translation>Werkloosheidsdossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CV</source>
        <translation>Cv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formation</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question administrative</source>
        <translation>Administratieve vraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offre d&apos;emploi</source>
        <translation>Vacature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autre</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location line="+61"/>
        <source> — dernier contact {day}</source>
        <translation> — laatste contact {day}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nouvelle personne : « {name} »</source>
        <translation>Nieuwe persoon: “{name}”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passage pour : {name}</source>
        <translation>Bezoek voor: {name}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tapez d&apos;abord le nom de la personne.</source>
        <translation>Typ eerst de naam van de persoon.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Passage enregistré : {name} (nouvelle personne inscrite)</source>
        <translation>Bezoek geregistreerd: {name} (nieuwe persoon ingeschreven)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passage enregistré : {name}</source>
        <translation>Bezoek geregistreerd: {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passage en permanence non enregistré</source>
        <translation>Bezoek op de permanentie niet geregistreerd</translation>
    </message>
</context>
<context>
    <name>EducationKind</name>
    <message>
        <location filename="../../reconv_desktop/domain/skill_audit.py" line="+59"/>
        <source>Certificat / attestation</source>
        <translation>Certificaat / attest</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Diplôme</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formation suivie</source>
        <translation>Gevolgde opleiding</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/enrol.py" line="-86"/>
        <source>Cartes Reconv (*.json *.reconv-card);;Tous les fichiers (*)</source>
        <translation>Reconv-kaarten (*.json *.reconv-card);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Enregistrer la coordination</source>
        <translation>De coördinatie registreren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer un·e accompagnateur·rice</source>
        <translation>Een begeleider registreren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chargez la carte reçue (fichier .json), puis comparez l&apos;empreinte avec celle que la personne vous lit. Ne confirmez que si elles sont identiques.</source>
        <translation>Laad de ontvangen kaart (.json-bestand) en vergelijk dan de vingerafdruk met die welke de persoon u voorleest. Bevestig alleen als ze identiek zijn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Registreren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Exporter ma carte d&apos;identité</source>
        <translation>Mijn identiteitskaart exporteren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Carte non écrite</source>
        <translation>Kaart niet geschreven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Carte écrite</source>
        <translation>Kaart geschreven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carte écrite dans {path}.

Empreinte à lire à voix haute à l&apos;autre partie :
{fingerprint}</source>
        <translation>Kaart geschreven in {path}.

Vingerafdruk om luidop voor te lezen aan de andere partij:
{fingerprint}</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/shell/wizard.py" line="+253"/>
        <source>Inscription auprès de la coordination (facultatif)</source>
        <translation>Aansluiten bij de coördinatie (facultatief)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Si la coordination vous a remis sa carte (fichier .json), chargez-la et comparez l&apos;empreinte avec celle qu&apos;elle vous lit. Sinon, cliquez sur Terminer : vous pourrez le faire plus tard depuis la page Synchronisation.</source>
        <translation>Als de coördinatie u haar kaart (.json-bestand) heeft bezorgd, laad ze dan en vergelijk de vingerafdruk met die welke ze u voorleest. Klik anders op Voltooien: u kunt het later doen vanaf de pagina Synchronisatie.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Inscription non enregistrée</source>
        <translation>Aansluiting niet geregistreerd</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/caseload/rights_tab.py" line="+72"/>
        <source>Effacer une personne</source>
        <translation>Een persoon wissen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Effacer {name} partout dans ce coffre ?&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Son identité, ses notes, rendez-vous, démarches, actions, bilans et CV sont vidés et marqués supprimés ; la suppression partira vers la coordination avec le prochain lot.&lt;/li&gt;&lt;li&gt;Une sauvegarde est faite juste avant. Les sauvegardes faites avant l&apos;effacement contiennent encore cette personne jusqu&apos;à ce que leur rotation les supprime (au plus douze mois) ; celles faites après ne la contiennent plus.&lt;/li&gt;&lt;li&gt;C&apos;est irréversible.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;{name} overal in deze kluis wissen?&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Identiteit, notities, afspraken, administratieve stappen, acties, balansen en cv&apos;s worden leeggemaakt en als verwijderd gemarkeerd; de verwijdering gaat met het volgende pakket naar de coördinatie.&lt;/li&gt;&lt;li&gt;Vlak ervoor wordt een back-up gemaakt. Back-ups van vóór de wissing bevatten deze persoon nog tot hun rotatie ze verwijdert (hoogstens twaalf maanden); back-ups van erna bevatten haar niet meer.&lt;/li&gt;&lt;li&gt;Dit is onomkeerbaar.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pour confirmer, tapez son nom de famille (« {name} ») :</source>
        <translation>Typ ter bevestiging de familienaam (“{name}”):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nom de famille à taper</source>
        <translation>Te typen familienaam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Effacer définitivement</source>
        <translation>Definitief wissen</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/export_wizard.py" line="+43"/>
        <source>Lots Reconv (*.reconv);;Tous les fichiers (*)</source>
        <translation>Reconv-pakketten (*.reconv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erreur inattendue : rien n&apos;a été écrit ; le détail technique est dans le journal.</source>
        <translation>Onverwachte fout: er is niets geschreven; de technische details staan in het logbestand.</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>Exporter un lot</source>
        <translation>Een pakket exporteren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terminer</source>
        <translation>Voltooi&amp;en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Calcul de l&apos;aperçu…</source>
        <translation>Voorbeeld berekenen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enregistrer le lot</source>
        <translation>Het pakket opslaan</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Écriture du lot…</source>
        <translation>Pakket schrijven…</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/figures.py" line="+65"/>
        <source>Cellule</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Catégorie</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valeur</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accompagnement</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(sans cellule)</source>
        <translation>(geen cel)</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../reconv_desktop/gui/shell/wizard.py" line="+13"/>
        <source>Reconv Desktop — premier démarrage</source>
        <translation>Reconv Desktop — eerste start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terminer</source>
        <translation>Voltooi&amp;en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Le coffre n&apos;a pas pu être créé (erreur inattendue).</source>
        <translation>De kluis kon niet worden aangemaakt (onverwachte fout).</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../reconv_desktop/gui/kit/formatting.py" line="+80"/>
        <source>{size} Mo</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} Ko</source>
        <translation>{size} kB</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/cv/dialogs.py" line="+247"/>
        <source>Historique du CV</source>
        <translation>Geschiedenis van het cv</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fermer</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restaurer cette version</source>
        <translation>Deze versie &amp;terugzetten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Version {n} — {day} {hour}
{reason} · {title}</source>
        <translation>Versie {n} — {day} {hour}
{reason} · {title}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/history.py" line="-126"/>
        <source>activité</source>
        <translation>activiteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>référence</source>
        <translation>referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accusés de réception</source>
        <translation>ontvangstbevestigingen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sens</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondant</source>
        <translation>Correspondent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mois</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N°</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accusé de réception</source>
        <translation>Ontvangstbevestiging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contenu (lignes)</source>
        <translation>Inhoud (rijen)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>accusé le {when}</source>
        <translation>bevestigd op {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>en attente</source>
        <translation>wachtend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>envoyé</source>
        <translation>verstuurd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reçu</source>
        <translation>ontvangen</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../reconv_desktop/gui/home/page.py" line="+30"/>
        <source>À faire aujourd&apos;hui</source>
        <translation>Vandaag te doen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cliquez sur une ligne (ou Entrée) pour ouvrir le dossier.</source>
        <translation>Klik op een regel (of druk op Enter) om het dossier te openen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rendez-vous du jour</source>
        <translation>Afspraken van vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sans contact depuis 30 jours</source>
        <translation>Al 30 dagen geen contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Démarches administratives en retard</source>
        <translation>Achterstallige administratieve stappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échéances d&apos;actions dépassées</source>
        <translation>Verstreken deadlines van acties</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Aucun rendez-vous aujourd&apos;hui.</source>
        <translation>Geen afspraken vandaag.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tout le monde a été vu récemment.</source>
        <translation>Iedereen is onlangs gezien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aucune démarche en retard.</source>
        <translation>Geen achterstallige stappen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aucune échéance dépassée.</source>
        <translation>Geen verstreken deadlines.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/import_wizard.py" line="-86"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvelles</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifiées</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimées</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inchangées</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflits</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusées</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Importer un lot</source>
        <translation>Een pakket importeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terminer</source>
        <translation>Voltooi&amp;en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Vérification du lot…</source>
        <translation>Pakket controleren…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import du lot…</source>
        <translation>Pakket importeren…</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../reconv_desktop/gui/kit/charts.py" line="+34"/>
        <source>Graphique des indicateurs</source>
        <translation>Grafiek van de indicatoren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Aucun chiffre pour ce mois</source>
        <translation>Geen cijfers voor deze maand</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/audits/items.py" line="+66"/>
        <source>Enregistrer</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location line="+83"/>
        <source>Modifier…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>JournalAction</name>
    <message>
        <location filename="../../reconv_desktop/rights/journal.py" line="+55"/>
        <source>Consentement</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Consultation d&apos;un dossier</source>
        <translation>Dossier ingekeken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Durée de conservation</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Déverrouillage</source>
        <translation>Ontgrendeling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Effacement</source>
        <translation>Wissing</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Exportation</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importation</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impression</source>
        <translation>Afdruk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rectification</source>
        <translation>Rechtzetting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restauration</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Sauvegarde</source>
        <translation>Back-up</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/settings/journal_dialog.py" line="+86"/>
        <source>Journal d&apos;audit</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chaque déverrouillage, consultation d&apos;un dossier, exportation, impression, importation et effacement est noté ici, dans le coffre chiffré. Le journal ne peut pas être modifié.</source>
        <translation>Elke ontgrendeling, inzage van een dossier, export, afdruk, import en wissing wordt hier genoteerd, in de versleutelde kluis. Het logboek kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lignes du journal</source>
        <translation>Regels van het logboek</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Exporter en CSV…</source>
        <translation>&amp;Exporteren als CSV…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lecture du journal…</source>
        <translation>Logboek lezen…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{n} ligne(s) affichée(s), la plus récente en haut.</source>
        <translation>
            <numerusform>{n} regel getoond, de recentste bovenaan.</numerusform>
            <numerusform>{n} regels getoond, de recentste bovenaan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporter le journal d&apos;audit</source>
        <translation>Het auditlogboek exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fichier CSV (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Journal exporté : {n} ligne(s) dans {path}</source>
        <translation>
            <numerusform>Logboek geëxporteerd: {n} regel in {path}</numerusform>
            <numerusform>Logboek geëxporteerd: {n} regels in {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location line="-110"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qui</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objet</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../reconv_desktop/gui/shell/app.py" line="+60"/>
        <source>Cette copie de l&apos;application va se fermer sans ouvrir le coffre.</source>
        <translation>Dit exemplaar van de toepassing sluit af zonder de kluis te openen.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Préparation du coffre de démonstration…</source>
        <translation>Demokluis voorbereiden…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reconv_desktop/gui/shell/main_window.py" line="+43"/>
        <source>Reconv Desktop</source>
        <translation>Reconv Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — démonstration (données fictives)</source>
        <translation> — demo (fictieve gegevens)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Verrouillé automatiquement après une période d&apos;inactivité.</source>
        <translation>Automatisch vergrendeld na een periode van inactiviteit.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Fichier</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nouvelle personne…</source>
        <translation>&amp;Nieuwe persoon…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verrouiller</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sauvegardes…</source>
        <translation>Back-&amp;ups…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>É&amp;dition</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+106"/>
        <location line="+15"/>
        <source>Annuler</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>&amp;Rechercher une personne</source>
        <translation>Een persoon &amp;zoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Affichage</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mode &amp;permanence</source>
        <translation>&amp;Permanentiemodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À &amp;propos de Reconv Desktop</source>
        <translation>&amp;Over Reconv Desktop</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(coffre verrouillé)</source>
        <translation>(kluis vergrendeld)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Reconv Desktop {version}&lt;/h3&gt;&lt;p&gt;Le bureau hors ligne des conseillers en reconversion.&lt;/p&gt;&lt;p&gt;SQLCipher {cipher} (SQLite {sqlite})&lt;br&gt;Qt {qt} · PySide6 {pyside}&lt;/p&gt;&lt;p&gt;Ce service utilise la classification ESCO de la Commission européenne.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reconv Desktop {version}&lt;/h3&gt;&lt;p&gt;Het offline bureau van loopbaanbegeleiders bij reconversie.&lt;/p&gt;&lt;p&gt;SQLCipher {cipher} (SQLite {sqlite})&lt;br&gt;Qt {qt} · PySide6 {pyside}&lt;/p&gt;&lt;p&gt;Deze dienst gebruikt de ESCO-classificatie van de Europese Commissie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>À propos de Reconv Desktop</source>
        <translation>Over Reconv Desktop</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verrouillé</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Déverrouillé</source>
        <translation>Ontgrendeld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dernier envoi : {day}</source>
        <translation>Laatst verstuurd: {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jamais</source>
        <translation>nooit</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>{n} modification(s) non envoyée(s)</source>
        <translation>
            <numerusform>{n} wijziging niet verstuurd</numerusform>
            <numerusform>{n} wijzigingen niet verstuurd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Saisie non valide abandonnée :</source>
        <translation>Ongeldige invoer niet bewaard:</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/shell/pages.py" line="-45"/>
        <source>Accueil</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bilans</source>
        <translation>Balansen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CV</source>
        <translation>Cv&apos;s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synchronisation</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rapports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paramètres</source>
        <translation>Instellingen</translation>
    </message>
</context>
<context>
    <name>NewCvDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/cv/dialogs.py" line="-244"/>
        <source>Nouveau CV</source>
        <translation>Nieuw cv</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Le CV de {name} reprend son bilan « {audit} » ; il se modifie ensuite librement, sans toucher au bilan.</source>
        <translation>Het cv van {name} vertrekt van de balans “{audit}”; daarna kan het vrij worden bewerkt, zonder de balans te wijzigen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (adéquation {pct} %)</source>
        <translation> (overeenkomst {pct}%)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(aucun métier visé dans le bilan)</source>
        <translation>(geen beoogd beroep in de balans)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Créer le CV</source>
        <translation>Het cv maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>CV — {job}</source>
        <translation>Cv — {job}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CV</source>
        <translation>Cv</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/export_wizard.py" line="-231"/>
        <source>Lot mensuel pour la coordination</source>
        <translation>Maandpakket voor de coördinatie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choisissez le mois et ce que le lot contient. Vous verrez ensuite exactement ce qui quitte cet ordinateur, avant que rien ne soit écrit.</source>
        <translation>Kies de maand en wat het pakket bevat. Daarna ziet u precies wat deze computer verlaat, voordat er iets wordt geschreven.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Mois</source>
        <translation>&amp;Maand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Indicateurs : comptages mensuels anonymes (moins de 5 masqués)</source>
        <translation>&amp;Indicatoren: anonieme maandtellingen (minder dan 5 gemaskeerd)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pseudonymisé : dossiers sans nom, contact, numéro national ni texte libre ; date de naissance réduite à l&apos;année</source>
        <translation>&amp;Gepseudonimiseerd: dossiers zonder naam, contactgegevens, rijksregisternummer of vrije tekst; geboortedatum beperkt tot het jaar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Complet : toutes les données (par exemple pour un transfert)</source>
        <translation>Vo&amp;lledig: alle gegevens (bijvoorbeeld voor een overdracht)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contenu</source>
        <translation>Inhoud</translation>
    </message>
</context>
<context>
    <name>OutcomeKind</name>
    <message>
        <location filename="../../reconv_desktop/domain/enums.py" line="-8"/>
        <source>Création d&apos;activité</source>
        <translation>Eigen zaak opgestart</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Emploi</source>
        <translation>Werk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formation qualifiante</source>
        <translation>Kwalificerende opleiding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retraite / RCC</source>
        <translation>Pensioen / SWT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sans solution</source>
        <translation>Geen oplossing</translation>
    </message>
</context>
<context>
    <name>OutcomeTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/caseload/worker_tabs.py" line="+104"/>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/JJJJ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(sans objet)</source>
        <translation>(niet van toepassing)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enregistrer la &amp;sortie</source>
        <translation>Uitstroom &amp;registreren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type de sortie</source>
        <translation>Soort uitstroom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contrat</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employeur ou organisme</source>
        <translation>Werkgever of organisatie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pas encore de sortie enregistrée.</source>
        <translation>Nog geen uitstroom geregistreerd.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../reconv_desktop/gui/shell/wizard.py" line="-314"/>
        <source>Bienvenue dans Reconv Desktop</source>
        <translation>Welkom in Reconv Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vos dossiers seront chiffrés sur cet ordinateur. Choisissez une phrase de passe d&apos;au moins 10 caractères : quelques mots, avec chiffres ou signes.</source>
        <translation>Uw dossiers worden op deze computer versleuteld. Kies een wachtzin van minstens 10 tekens: enkele woorden, met cijfers of tekens.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prénom Nom (facultatif)</source>
        <translation>Voornaam Familienaam (facultatief)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Votre &amp;nom</source>
        <translation>Uw &amp;naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phrase de passe</source>
        <translation>&amp;Wachtzin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Confirmation</source>
        <translation>&amp;Bevestiging</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Solidité : {strength}</source>
        <translation>Sterkte: {strength}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Les deux phrases de passe ne sont pas identiques.</source>
        <translation>De twee wachtzinnen zijn niet identiek.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Création du coffre chiffré…</source>
        <translation>Versleutelde kluis aanmaken…</translation>
    </message>
</context>
<context>
    <name>PlanOwner</name>
    <message>
        <location filename="../../reconv_desktop/domain/skill_audit.py" line="+16"/>
        <source>Conseiller·e</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Personne accompagnée</source>
        <translation>Begeleide persoon</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <location line="+9"/>
        <source>Abandonné</source>
        <translation>Stopgezet</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>En cours</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fait</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>À faire</source>
        <translation>Te doen</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/export_wizard.py" line="+12"/>
        <source>Ce qui quitte cet ordinateur</source>
        <translation>Wat deze computer verlaat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lignes</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Champs envoyés</source>
        <translation>Verstuurde velden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Champs retirés</source>
        <translation>Verwijderde velden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Écrire le lot…</source>
        <translation>Pakket &amp;schrijven…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calcul de l&apos;aperçu…</source>
        <translation>Voorbeeld berekenen…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Destinataire(s) : {recipients}&lt;br&gt;Mois : {months}&lt;br&gt;&lt;b&gt;{n} ligne(s) au total&lt;/b&gt; dans ce lot.</source>
        <translation>
            <numerusform>Bestemmeling(en): {recipients}&lt;br&gt;Maand(en): {months}&lt;br&gt;&lt;b&gt;{n} rij in totaal&lt;/b&gt; in dit pakket.</numerusform>
            <numerusform>Bestemmeling(en): {recipients}&lt;br&gt;Maand(en): {months}&lt;br&gt;&lt;b&gt;{n} rijen in totaal&lt;/b&gt; in dit pakket.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rien de nouveau à envoyer pour ce mois.</source>
        <translation>Niets nieuws te versturen voor deze maand.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Écriture du lot…</source>
        <translation>Pakket schrijven…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync/import_wizard.py" line="-178"/>
        <source>Aperçu du lot (rien n&apos;est encore modifié)</source>
        <translation>Voorbeeld van het pakket (er is nog niets gewijzigd)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Appliquer</source>
        <translation>Toe&amp;passen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lot n° {number} de &lt;b&gt;{sender}&lt;/b&gt; — {kind}, période {period}, créé le {created} ({size} octets).&lt;br&gt;Signature et contenu vérifiés.</source>
        <translation>Pakket nr. {number} van &lt;b&gt;{sender}&lt;/b&gt; — {kind}, periode {period}, gemaakt op {created} ({size} bytes).&lt;br&gt;Handtekening en inhoud gecontroleerd.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ce lot a déjà été importé : l&apos;importer à nouveau ne changerait rien.</source>
        <translation>Dit pakket is al geïmporteerd: het opnieuw importeren zou niets veranderen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{n} conflit(s) : la version perdante sera gardée dans la liste des conflits à examiner.</source>
        <translation>
            <numerusform>{n} conflict: de verliezende versie wordt bewaard in de lijst van na te kijken conflicten.</numerusform>
            <numerusform>{n} conflicten: de verliezende versies worden bewaard in de lijst van na te kijken conflicten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Accusé de réception de {n} lot(s) envoyé(s).</source>
        <translation>
            <numerusform>Ontvangstbevestiging van {n} verstuurd pakket.</numerusform>
            <numerusform>Ontvangstbevestiging van {n} verstuurde pakketten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tables ignorées (format plus récent) : {tables}</source>
        <translation>Overgeslagen tabellen (recenter formaat): {tables}</translation>
    </message>
</context>
<context>
    <name>PreviewTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/kit/pdf_preview.py" line="+50"/>
        <source>personne</source>
        <translation>persoon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bilan de compétences - {name}.pdf</source>
        <translation>Competentiebalans - {name}.pdf</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ac&amp;tualiser l&apos;aperçu</source>
        <translation>Voorbeeld &amp;vernieuwen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer en P&amp;DF…</source>
        <translation>Opslaan als &amp;pdf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inclure les restrictions de &amp;santé</source>
        <translation>&amp;Gezondheidsbeperkingen opnemen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Décochée, la version imprimée ne montre pas les restrictions de santé : elle peut être remise à un employeur.</source>
        <translation>Niet aangevinkt toont de afgedrukte versie de gezondheidsbeperkingen niet: ze kan aan een werkgever worden gegeven.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Aperçu du bilan imprimé</source>
        <translation>Voorbeeld van de afgedrukte balans</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Mise en page du bilan…</source>
        <translation>Balans opmaken…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Bilan de {name} : {n} page(s).</source>
        <translation>
            <numerusform>Competentiebalans van {name}: {n} pagina.</numerusform>
            <numerusform>Competentiebalans van {name}: {n} pagina&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enregistrer le bilan en PDF</source>
        <translation>De balans opslaan als pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enregistré : {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bilan de compétences</source>
        <translation>Competentiebalans</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte.</source>
        <translation>De printer kon niet worden geopend.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/printing.py" line="+25"/>
        <source>Le rapport PDF n&apos;a pas pu être relu pour l&apos;impression.</source>
        <translation>Het pdf-rapport kon niet opnieuw worden gelezen om af te drukken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte.</source>
        <translation>De printer kon niet worden geopend.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/audits/profile.py" line="+58"/>
        <location line="+5"/>
        <source>Centres d&apos;intérêt</source>
        <translation>Interesses</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Intérêt</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ex. Travail manuel</source>
        <translation>bv. handenarbeid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>précision (facultatif)</source>
        <translation>toelichting (facultatief)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Intérêt</source>
        <translation>&amp;Interesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Détail</source>
        <translation>&amp;Detail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;jouter l&apos;intérêt</source>
        <translation>Interesse &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer l&apos;intérêt choisi</source>
        <translation>De gekozen interesse verwijderen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contraintes</source>
        <translation>Beperkingen</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Contraintes enregistrées.</source>
        <translation>Beperkingen opgeslagen.</translation>
    </message>
</context>
<context>
    <name>QuickAddDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/caseload/quick_add.py" line="+21"/>
        <source>Nouvelle personne</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(aucune)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Créer le dossier</source>
        <translation>Het dossier aanmaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>QuickAddForm</name>
    <message>
        <location filename="../../ui/caseload/quick_add.ui" line="+10"/>
        <source>&amp;Nom</source>
        <translation>&amp;Familienaam</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Prénom</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Cellule</source>
        <translation>&amp;Cel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Téléphone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/shell/wizard.py" line="+33"/>
        <source>Votre clé de secours</source>
        <translation>Uw herstelsleutel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Si vous oubliez la phrase de passe, seule cette clé ouvre vos dossiers. Imprimez-la ou recopiez-la et rangez-la en lieu sûr, hors de l&apos;ordinateur.</source>
        <translation>Als u de wachtzin vergeet, opent alleen deze sleutel uw dossiers. Druk ze af of schrijf ze over en bewaar ze op een veilige plaats, weg van de computer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copier</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;J&apos;ai conservé la clé de secours en lieu sûr</source>
        <translation>Ik heb de herstelsleutel veilig &amp;bewaard</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Clé copiée ; le presse-papiers sera vidé dans {seconds} s.</source>
        <translation>Sleutel gekopieerd; het klembord wordt over {seconds} s leeggemaakt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reconv Desktop — clé de secours</source>
        <translation>Reconv Desktop — herstelsleutel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>À garder en lieu sûr. Elle ouvre le coffre si la phrase de passe est oubliée.</source>
        <translation>Op een veilige plaats bewaren. Ze opent de kluis als de wachtzin vergeten is.</translation>
    </message>
</context>
<context>
    <name>ReferentialImportDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/audits/referential_import.py" line="+44"/>
        <source>Importer un référentiel ESCO</source>
        <translation>Een ESCO-referentiekader importeren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choisissez le dossier du téléchargement ESCO au format CSV (fichiers skills_fr.csv, occupations_fr.csv, occupationSkillRelations_fr.csv). Le référentiel actuel est remplacé seulement si tout l&apos;import réussit.</source>
        <translation>Kies de map van de ESCO-download in CSV-formaat (bestanden skills_nl.csv, occupations_nl.csv, occupationSkillRelations_nl.csv). Het huidige referentiekader wordt alleen vervangen als de hele import lukt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dossier</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>détectée d&apos;après les noms de fichiers (ex. fr)</source>
        <translation>afgeleid uit de bestandsnamen (bv. nl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Langue</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Résultat de l&apos;import</source>
        <translation>Resultaat van de import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Importer</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fermer</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Référentiel actuel : aucun (le référentiel de départ sera chargé au premier besoin).</source>
        <translation>Huidig referentiekader: geen (het startreferentiekader wordt geladen zodra het nodig is).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Référentiel actuel : {source} ({lang}), {skills} compétences, {occupations} métiers, {relations} liens.</source>
        <translation>Huidig referentiekader: {source} ({lang}), {skills} competenties, {occupations} beroepen, {relations} koppelingen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dossier ESCO (CSV)</source>
        <translation>ESCO-map (CSV)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choisissez d&apos;abord le dossier ESCO.</source>
        <translation>Kies eerst de ESCO-map.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import en cours…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import du référentiel ESCO…</source>
        <translation>ESCO-referentiekader importeren…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+43"/>
        <source>Import refusé, référentiel inchangé :
{reason}</source>
        <translation>Import geweigerd, referentiekader ongewijzigd:
{reason}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Import sans relations</source>
        <translation>Import zonder koppelingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce dossier ne contient pas le fichier des liens métier-compétence : après l&apos;import, les métiers cibles ne pourront plus être classés (le référentiel actuel a {relations} liens). Importer quand même ?</source>
        <translation>Deze map bevat het bestand met de koppelingen beroep-competentie niet: na de import kunnen de doelberoepen niet meer worden gerangschikt (het huidige referentiekader heeft {relations} koppelingen). Toch importeren?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import réussi en {seconds} s.</source>
        <translation>Import gelukt in {seconds} s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{skills} compétences, {occupations} métiers, {relations} liens métier-compétence.</source>
        <translation>{skills} competenties, {occupations} beroepen, {relations} koppelingen beroep-competentie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attention : {warning}</source>
        <translation>Let op: {warning}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import interrompu, référentiel inchangé.</source>
        <translation>Import onderbroken, referentiekader ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>RefreshDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/cv/dialogs.py" line="+72"/>
        <source>Actualiser depuis le bilan</source>
        <translation>Bijwerken vanuit de balans</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le bilan a changé depuis ce CV. Cochez les rubriques à reprendre du bilan ; les autres gardent le texte du CV. Rien n&apos;est modifié avant « Appliquer ».</source>
        <translation>De balans is gewijzigd sinds dit cv. Vink de rubrieken aan die uit de balans moeten worden overgenomen; de andere behouden de tekst van het cv. Niets wordt gewijzigd vóór “Toepassen”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> — modifiée à la main dans ce CV : non reprise sauf si vous la cochez</source>
        <translation> — met de hand gewijzigd in dit cv: niet overgenomen, tenzij u ze aanvinkt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changements de la rubrique {title}</source>
        <translation>Wijzigingen in de rubriek {title}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Appliquer les rubriques cochées</source>
        <translation>Aangevinkte rubrieken &amp;toepassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(mise en forme seulement)</source>
        <translation>(alleen opmaak)</translation>
    </message>
</context>
<context>
    <name>RememberPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/shell/wizard.py" line="+12"/>
        <source>Cet ordinateur</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez si le coffre s&apos;ouvre sans phrase de passe ici.</source>
        <translation>Kies of de kluis hier zonder wachtzin opent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se &amp;souvenir du coffre sur cet ordinateur</source>
        <translation>De kluis op deze computer &amp;onthouden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>La clé sera gardée dans le trousseau sécurisé du système. À éviter sur un ordinateur partagé.</source>
        <translation>De sleutel wordt bewaard in de beveiligde sleutelbos van het systeem. Vermijd dit op een gedeelde computer.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/reports/page.py" line="+45"/>
        <source>Rapport mensuel d&apos;activité</source>
        <translation>Maandelijks activiteitenrapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Les mêmes chiffres que le lot « indicateurs » envoyé à la coordination. Les comptes de 1 à {largest} sont masqués (« &lt; {limit} ») pour qu&apos;aucun chiffre ne désigne une personne.</source>
        <translation>Dezelfde cijfers als het pakket “indicatoren” dat naar de coördinatie wordt verstuurd. Tellingen van 1 tot {largest} worden gemaskeerd (“&lt; {limit}”) zodat geen enkel cijfer naar een persoon verwijst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Mois :</source>
        <translation>&amp;Maand:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer en &amp;PDF…</source>
        <translation>Opslaan als &amp;pdf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer en C&amp;SV…</source>
        <translation>Opslaan als &amp;CSV…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chiffres du mois</source>
        <translation>Cijfers van de maand</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{month} : {n} chiffre(s), dont {masked} masqué(s).</source>
        <translation>
            <numerusform>{month}: {n} cijfer, waarvan {masked} gemaskeerd.</numerusform>
            <numerusform>{month}: {n} cijfers, waarvan {masked} gemaskeerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucune activité enregistrée pour {month}.</source>
        <translation>Geen activiteit geregistreerd voor {month}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enregistrer le rapport en PDF</source>
        <translation>Het rapport opslaan als pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enregistrer les chiffres en CSV</source>
        <translation>De cijfers opslaan als CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tableaux CSV (*.csv)</source>
        <translation>CSV-tabellen (*.csv)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rapport enregistré : {path}</source>
        <translation>Rapport opgeslagen: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Écriture du rapport…</source>
        <translation>Rapport schrijven…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rapport mensuel {period}</source>
        <translation>Maandrapport {period}</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/export_wizard.py" line="+15"/>
        <source>Lot écrit</source>
        <translation>Pakket geschreven</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lot n° {number} écrit : {path} ({size} octets).&lt;br&gt;&lt;br&gt;Remettez ce fichier à la coordination (clé USB ou courriel) : il est chiffré pour elle seule. Tant qu&apos;elle n&apos;en a pas accusé réception, ces changements repartent dans le lot suivant.</source>
        <translation>Pakket nr. {number} geschreven: {path} ({size} bytes).&lt;br&gt;&lt;br&gt;Bezorg dit bestand aan de coördinatie (USB-stick of e-mail): het is alleen voor haar versleuteld. Zolang zij de ontvangst niet heeft bevestigd, gaan deze wijzigingen opnieuw mee in het volgende pakket.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync/import_wizard.py" line="+35"/>
        <source>Lot importé</source>
        <translation>Pakket geïmporteerd</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lot déjà importé : rien n&apos;a changé.</source>
        <translation>Pakket al geïmporteerd: er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{changes} changement(s), {conflicts} conflit(s).</source>
        <translation>{changes} wijziging(en), {conflicts} conflict(en).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{n} envoi(s) accusé(s) par la coordination.</source>
        <translation>
            <numerusform>{n} verzending bevestigd door de coördinatie.</numerusform>
            <numerusform>{n} verzendingen bevestigd door de coördinatie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/settings/retention_dialog.py" line="+49"/>
        <source>Durée de conservation</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Après la fin d&apos;une cellule, les données de ses personnes ne sont gardées qu&apos;un temps. Anonymiser garde les chiffres d&apos;activité sans nom ni texte libre ; effacer supprime tout. Rien n&apos;est appliqué sans votre confirmation, et une sauvegarde est faite juste avant.</source>
        <translation>Na het einde van een cel worden de gegevens van haar personen nog maar een tijd bewaard. Anonimiseren behoudt de activiteitscijfers zonder naam of vrije tekst; wissen verwijdert alles. Niets wordt toegepast zonder uw bevestiging, en vlak ervoor wordt een back-up gemaakt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> mois après la fin de la cellule</source>
        <translation> maanden na het einde van de cel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Durée</source>
        <translation>&amp;Termijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ensuite</source>
        <translation>&amp;Daarna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer la &amp;règle et actualiser l&apos;aperçu</source>
        <translation>&amp;Regel opslaan en voorbeeld vernieuwen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Personne</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cellule</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fin de la cellule</source>
        <translation>Einde van de cel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Appliquer…</source>
        <translation>Toe&amp;passen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Calcul de l&apos;aperçu…</source>
        <translation>Voorbeeld berekenen…</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Règle : {rule}
{n} personne(s) concernée(s) aujourd&apos;hui.</source>
        <translation>
            <numerusform>Regel: {rule}
{n} persoon betrokken vandaag.</numerusform>
            <numerusform>Regel: {rule}
{n} personen betrokken vandaag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Appliquer à {n} personne(s)…</source>
        <translation>
            <numerusform>Toe&amp;passen op {n} persoon…</numerusform>
            <numerusform>Toe&amp;passen op {n} personen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Appliquer la durée de conservation</source>
        <translation>De bewaartermijn toepassen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{rule}

{n} personne(s) seront traitées. Une sauvegarde est faite juste avant ; c&apos;est irréversible dans le coffre.</source>
        <translation>
            <numerusform>{rule}

{n} persoon wordt verwerkt. Vlak ervoor wordt een back-up gemaakt; dit is onomkeerbaar in de kluis.</numerusform>
            <numerusform>{rule}

{n} personen worden verwerkt. Vlak ervoor wordt een back-up gemaakt; dit is onomkeerbaar in de kluis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Durée de conservation appliquée à {n} personne(s).</source>
        <translation>
            <numerusform>Bewaartermijn toegepast op {n} persoon.</numerusform>
            <numerusform>Bewaartermijn toegepast op {n} personen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Application de la durée de conservation…</source>
        <translation>Bewaartermijn toepassen…</translation>
    </message>
</context>
<context>
    <name>RightsTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/caseload/rights_tab.py" line="+30"/>
        <source>Consentement</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Il se modifie dans l&apos;onglet Identité et contact.</source>
        <translation>Ze wordt gewijzigd in het tabblad Identiteit en contact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imprimer le &amp;consentement (PDF)…</source>
        <translation>&amp;Toestemming afdrukken (pdf)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Droit d&apos;accès</source>
        <translation>Recht op inzage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tout ce que le coffre contient sur cette personne : un PDF à lui remettre et un fichier JSON lisible par une machine. L&apos;export est noté dans le journal d&apos;audit.</source>
        <translation>Alles wat de kluis over deze persoon bevat: een pdf om haar te bezorgen en een machineleesbaar JSON-bestand. De export wordt genoteerd in het auditlogboek.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xporter tout ce qui est détenu…</source>
        <translation>Alles wat bewaard wordt e&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;pier les coordonnées</source>
        <translation>Contactgegevens &amp;kopiëren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le presse-papiers est vidé après le délai choisi dans les Paramètres.</source>
        <translation>Het klembord wordt leeggemaakt na de termijn gekozen in de Instellingen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Droit à l&apos;effacement</source>
        <translation>Recht op wissing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Efface la personne partout dans ce coffre (données, index de recherche, CV) et transmet la suppression à la coordination au prochain envoi.</source>
        <translation>Wist de persoon overal in deze kluis (gegevens, zoekindex, cv&apos;s) en stuurt de verwijdering bij de volgende verzending door naar de coördinatie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Effacer cette personne…</source>
        <translation>Deze persoon &amp;wissen…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Imprimer le consentement</source>
        <translation>De toestemming afdrukken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document PDF (*.pdf)</source>
        <translation>Pdf-document (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Impression du consentement…</source>
        <translation>Toestemming afdrukken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consentement enregistré : {path}</source>
        <translation>Toestemming opgeslagen: {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dossier où écrire l&apos;export (PDF et JSON)</source>
        <translation>Map voor de export (pdf en JSON)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export écrit :
{pdf}
{json}</source>
        <translation>Export geschreven:
{pdf}
{json}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export de toutes les données de la personne…</source>
        <translation>Alle gegevens van de persoon exporteren…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coordonnées copiées ; le presse-papiers sera vidé dans {seconds} s.</source>
        <translation>Contactgegevens gekopieerd; het klembord wordt over {seconds} s leeggemaakt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coordonnées copiées.</source>
        <translation>Contactgegevens gekopieerd.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sauvegarde avant l&apos;effacement…</source>
        <translation>Back-up vóór de wissing…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Personne effacée ({n} enregistrement(s)).</source>
        <translation>
            <numerusform>Persoon gewist ({n} record).</numerusform>
            <numerusform>Persoon gewist ({n} records).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Effacement de la personne…</source>
        <translation>Persoon wissen…</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/send.py" line="+50"/>
        <source>Envoyer un lot à un·e accompagnateur·rice</source>
        <translation>Een pakket naar een begeleider versturen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Destinataire</source>
        <translation>&amp;Bestemmeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Référentiel : cellules et check-lists de ce coffre</source>
        <translation>&amp;Referentiegegevens: cellen en checklists van deze kluis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compétences et métiers (remplace le référentiel de la personne)</source>
        <translation>&amp;Competenties en beroepen (vervangt het referentiekader van de begeleider)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accusés de réception des lots reçus</source>
        <translation>&amp;Ontvangstbevestigingen van de ontvangen pakketten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>identifiants séparés par des virgules</source>
        <translation>identificaties gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Transférer les personnes</source>
        <translation>Personen over&amp;dragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lignes</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Champs envoyés</source>
        <translation>Verstuurde velden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A&amp;perçu</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Écrire le lot…</source>
        <translation>Pakket &amp;schrijven…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fermer</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Aucun·e accompagnateur·rice enregistré·e.</source>
        <translation>Geen begeleider geregistreerd.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>{n} ligne(s) pour {recipient}.</source>
        <translation>
            <numerusform>{n} rij voor {recipient}.</numerusform>
            <numerusform>{n} rijen voor {recipient}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enregistrer le lot</source>
        <translation>Het pakket opslaan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lot n° {number} écrit : {path} ({size} octets).</source>
        <translation>Pakket nr. {number} geschreven: {path} ({size} bytes).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Écriture du lot…</source>
        <translation>Pakket schrijven…</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../reconv_desktop/gui/kit/undo.py" line="+70"/>
        <source>Modification : {field}</source>
        <translation>Wijziging: {field}</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../ui/settings/settings_page.ui" line="+8"/>
        <source>Sécurité</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Verrouiller après</source>
        <translation>&amp;Vergrendelen na</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min d&apos;inactivité</source>
        <translation> min inactiviteit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Se souvenir du coffre sur cet ordinateur (ouverture sans phrase de passe)</source>
        <translation>De kluis op deze computer &amp;onthouden (openen zonder wachtzin)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Langue</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Langue de l&apos;interface</source>
        <translation>&amp;Taal van de interface</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le changement de langue s&apos;applique au prochain démarrage.</source>
        <translation>Een andere taal wordt toegepast bij de volgende start.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dossier des données</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Ouvrir</source>
        <translation>Ope&amp;nen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dossier des sauvegardes</source>
        <translation>Map voor de back-ups</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Choisir…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Protection des données</source>
        <translation>Gegevensbescherming</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vider le &amp;presse-papiers après</source>
        <translation>Klembord &amp;leegmaken na</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jamais</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Après une copie de données personnelles (coordonnées, clé de secours), si le presse-papiers contient encore ce texte.</source>
        <translation>Na het kopiëren van persoonsgegevens (contactgegevens, herstelsleutel), als het klembord die tekst nog bevat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sauve&amp;gardes…</source>
        <translation>&amp;Back-ups…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Journal d&apos;audit…</source>
        <translation>&amp;Auditlogboek…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Durée de conservation…</source>
        <translation>Be&amp;waartermijn…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/settings/page.py" line="+65"/>
        <source>Pas pour un coffre de démonstration.</source>
        <translation>Niet voor een demokluis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La clé est gardée dans le trousseau du système ; verrouillez votre session Windows ou Linux quand vous quittez l&apos;ordinateur.</source>
        <translation>De sleutel wordt bewaard in de sleutelbos van het systeem; vergrendel uw Windows- of Linux-sessie wanneer u de computer verlaat.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+32"/>
        <source>Paramètres enregistrés.</source>
        <translation>Instellingen opgeslagen.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Le trousseau du système a refusé la clé.</source>
        <translation>De sleutelbos van het systeem heeft de sleutel geweigerd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Langue enregistrée : elle s&apos;appliquera au prochain démarrage.</source>
        <translation>Taal opgeslagen: ze wordt toegepast bij de volgende start.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dossier des sauvegardes</source>
        <translation>Map voor de back-ups</translation>
    </message>
</context>
<context>
    <name>SkillLevel</name>
    <message>
        <location filename="../../reconv_desktop/domain/skill_audit.py" line="-36"/>
        <source>Autonome</source>
        <translation>Zelfstandig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert·e / peut transmettre</source>
        <translation>Expert / kan het doorgeven</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Notions</source>
        <translation>Basiskennis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pratique accompagnée</source>
        <translation>Onder begeleiding</translation>
    </message>
</context>
<context>
    <name>SkillSource</name>
    <message>
        <location line="+10"/>
        <source>Attestée</source>
        <translation>Aangetoond</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Déclarée</source>
        <translation>Zelf verklaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observée</source>
        <translation>Vastgesteld</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/page.py" line="+50"/>
        <source>Synchronisation avec la coordination</source>
        <translation>Synchronisatie met de coördinatie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correspondants</source>
        <translation>Correspondenten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enregistrer la &amp;coordination…</source>
        <translation>Coördinatie &amp;registreren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter &amp;ma carte…</source>
        <translation>Mijn &amp;kaart exporteren…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Exporter le lot du mois…</source>
        <translation>Maandpakket &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Importer un lot reçu…</source>
        <translation>Ontvangen pakket &amp;importeren…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Historique des lots</source>
        <translation>Geschiedenis van de pakketten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Historique</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Con&amp;flits</source>
        <translation>Con&amp;flicten</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Cet appareil : {name} — empreinte &lt;b&gt;{fingerprint}&lt;/b&gt;</source>
        <translation>Dit toestel: {name} — vingerafdruk &lt;b&gt;{fingerprint}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ce coffre est celui de la coordination : les accompagnateurs, leurs lots et les chiffres consolidés sont dans la page Coordination.</source>
        <translation>Dit is de kluis van de coördinatie: de begeleiders, hun pakketten en de geconsolideerde cijfers staan op de pagina Coördinatie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coordination : {peers}</source>
        <translation>Coördinatie: {peers}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aucune coordination enregistrée : chargez sa carte pour pouvoir lui envoyer vos lots.</source>
        <translation>Geen coördinatie geregistreerd: laad haar kaart om haar uw pakketten te kunnen versturen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Con&amp;flits ({n})</source>
        <translation>Con&amp;flicten ({n})</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Dernier envoi : {day} — {n} modification(s) non encore accusée(s) par la coordination.</source>
        <translation>
            <numerusform>Laatst verstuurd: {day} — {n} wijziging nog niet bevestigd door de coördinatie.</numerusform>
            <numerusform>Laatst verstuurd: {day} — {n} wijzigingen nog niet bevestigd door de coördinatie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>jamais</source>
        <translation>nooit</translation>
    </message>
</context>
<context>
    <name>SynthesisTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/audits/profile.py" line="+20"/>
        <source>&amp;Titre du bilan</source>
        <translation>&amp;Titel van de balans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Début (JJ/MM/AAAA)</source>
        <translation>B&amp;egin (DD/MM/JJJJ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clôture (JJ/MM/AAAA)</source>
        <translation>&amp;Afsluiting (DD/MM/JJJJ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conse&amp;iller·e</source>
        <translation>Be&amp;geleider</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Synthèse du conseiller·e</source>
        <translation>&amp;Synthese van de begeleider</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points forts, freins, pistes retenues, prochaines étapes…</source>
        <translation>Sterke punten, drempels, gekozen pistes, volgende stappen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enregistrer (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Enregistré</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bilan : {problem}</source>
        <translation>Balans: {problem}</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/audits/targets.py" line="+71"/>
        <source>Métiers pr&amp;oposés selon les compétences du référentiel</source>
        <translation>&amp;Voorgestelde beroepen volgens de competenties uit het referentiekader</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Métier</source>
        <translation>Beroep</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+28"/>
        <source>Adéquation</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Essentielles couvertes</source>
        <translation>Essentiële gedekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Métiers proposés</source>
        <translation>Voorgestelde beroepen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recalculer le &amp;classement</source>
        <translation>&amp;Rangschikking herberekenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retenir ce métier</source>
        <translation>Dit beroep &amp;kiezen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Métiers &amp;visés retenus</source>
        <translation>Gekozen beoogde ber&amp;oepen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compétences à acquérir</source>
        <translation>Te verwerven competenties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Métiers visés</source>
        <translation>Beoogde beroepen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compétences manquantes → pl&amp;an d&apos;action</source>
        <translation>Ontbrekende competenties → &amp;actieplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne plus viser ce métier</source>
        <translation>Dit beroep niet meer beogen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>aucune</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Classement en cours…</source>
        <translation>Bezig met rangschikken…</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>{n} métier(s) classé(s) selon l&apos;adéquation, du plus proche au plus éloigné.</source>
        <translation>
            <numerusform>{n} beroep gerangschikt volgens overeenkomst, het dichtstbijzijnde eerst.</numerusform>
            <numerusform>{n} beroepen gerangschikt volgens overeenkomst, het dichtstbijzijnde eerst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aucun métier proposé : ajoutez des compétences choisies dans le référentiel (onglet Compétences).</source>
        <translation>Geen beroep voorgesteld: voeg competenties uit het referentiekader toe (tabblad Competenties).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{label}  (retenu)</source>
        <translation>{label}  (gekozen)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>« {occupation} » ajouté aux métiers visés.</source>
        <translation>“{occupation}” toegevoegd aan de beoogde beroepen.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>{n} étape(s) ajoutée(s) au plan d&apos;action.</source>
        <translation>
            <numerusform>{n} stap toegevoegd aan het actieplan.</numerusform>
            <numerusform>{n} stappen toegevoegd aan het actieplan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rien à ajouter : le plan couvre déjà les compétences essentielles manquantes.</source>
        <translation>Niets toe te voegen: het plan dekt de ontbrekende essentiële competenties al.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/caseload/worker_tabs.py" line="-257"/>
        <source>Nouvelle note (Ctrl+Entrée pour l&apos;ajouter)</source>
        <translation>Nieuwe notitie (Ctrl+Enter om ze toe te voegen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ajouter la &amp;note</source>
        <translation>&amp;Notitie toevoegen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ajout d&apos;une note</source>
        <translation>Notitie toegevoegd</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../ui/shell/unlock.ui" line="+26"/>
        <source>Coffre verrouillé</source>
        <translation>Kluis vergrendeld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saisissez votre phrase de passe pour ouvrir vos dossiers. Si vous l&apos;avez oubliée, utilisez la clé de secours imprimée lors de la création du coffre.</source>
        <translation>Voer uw wachtzin in om uw dossiers te openen. Bent u ze vergeten, gebruik dan de herstelsleutel die bij het aanmaken van de kluis is afgedrukt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Phrase de passe</source>
        <translation>&amp;Wachtzin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clé de &amp;secours</source>
        <translation>&amp;Herstelsleutel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phrase de passe</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phrase de passe ou clé de secours</source>
        <translation>Wachtzin of herstelsleutel</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ouvrir avec la clé &amp;mémorisée</source>
        <translation>Openen met de &amp;onthouden sleutel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Déverrouiller</source>
        <translation>Ont&amp;grendelen</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../reconv_desktop/gui/shell/unlock.py" line="+52"/>
        <source>Coffre de démonstration (données fictives) : sa phrase de passe est « {passphrase} ».</source>
        <translation>Demokluis (fictieve gegevens): de wachtzin is “{passphrase}”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Travail en cours, terminé avant la fermeture du coffre : {label}</source>
        <translation>Werk bezig, wordt afgerond voordat de kluis sluit: {label}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Phrase de passe</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ABCD-EFGH-… (8 groupes de 4)</source>
        <translation>ABCD-EFGH-… (8 groepen van 4)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saisissez la phrase de passe ou la clé de secours.</source>
        <translation>Voer de wachtzin of de herstelsleutel in.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ouverture du coffre…</source>
        <translation>Kluis openen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+27"/>
        <source>Le coffre s&apos;ouvrira dès que le travail en cours sera terminé.</source>
        <translation>De kluis opent zodra het lopende werk klaar is.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Le coffre n&apos;a pas pu être ouvert (erreur inattendue).</source>
        <translation>De kluis kon niet worden geopend (onverwachte fout).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Aucune clé mémorisée valable sur cet ordinateur : saisissez la phrase de passe.</source>
        <translation>Geen geldige onthouden sleutel op deze computer: voer de wachtzin in.</translation>
    </message>
</context>
<context>
    <name>UnlockedSession</name>
    <message>
        <location filename="../../reconv_desktop/gui/shell/unlocked_session.py" line="+197"/>
        <source>Enregistrement en cours…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
</context>
<context>
    <name>WorkerFile</name>
    <message>
        <location filename="../../reconv_desktop/gui/caseload/worker_file.py" line="+93"/>
        <source>← Liste (Échap)</source>
        <translation>← Lijst (Esc)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Bilan de compétences →</source>
        <translation>Competentie&amp;balans →</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Identité et contact</source>
        <translation>&amp;Identiteit en contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Suivi (notes et rendez-vous)</source>
        <translation>&amp;Opvolging (notities en afspraken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Démarches administratives</source>
        <translation>A&amp;dministratieve stappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actions</source>
        <translation>Actie&amp;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So&amp;rtie</source>
        <translation>&amp;Uitstroom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Droits (R&amp;GPD)</source>
        <translation>Rec&amp;hten (AVG)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(aucune)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Enregistré</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saisie non valide</source>
        <translation>Ongeldige invoer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certaines saisies ne sont pas valides et ne sont pas enregistrées :
{problems}</source>
        <translation>Sommige invoer is ongeldig en wordt niet opgeslagen:
{problems}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corriger</source>
        <translation>Corrigeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandonner ces saisies</source>
        <translation>Deze invoer niet bewaren</translation>
    </message>
</context>
<context>
    <name>WorkerIdentityForm</name>
    <message>
        <location filename="../../ui/caseload/worker_identity.ui" line="+8"/>
        <source>Identité et contact</source>
        <translation>Identiteit en contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Nom</source>
        <translation>&amp;Familienaam</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Prénom</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Date de &amp;naissance</source>
        <translation>&amp;Geboortedatum</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+179"/>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/JJJJ</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Numéro national (NISS/NIR)</source>
        <translation>Rijksregisternummer (INSZ/NIR)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>11 chiffres (NISS) ou 15 caractères (NIR)</source>
        <translation>11 cijfers (INSZ) of 15 tekens (NIR)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Téléphone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Adresse</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Localité</source>
        <translation>Ge&amp;meente</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Cellule</source>
        <translation>&amp;Cel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Consentement (RGPD)</source>
        <translation>Toestemming (AVG)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Portée du consentement</source>
        <translation>Reikwijdte van de toestemming</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Date du consentement</source>
        <translation>Datum van de toestemming</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recueilli par</source>
        <translation>Verkregen door</translation>
    </message>
</context>
<context>
    <name>WorkerPicker</name>
    <message>
        <location filename="../../reconv_desktop/gui/kit/worker_picker.py" line="+35"/>
        <source>&amp;Personne</source>
        <translation>&amp;Persoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rechercher une personne…</source>
        <translation>Een persoon zoeken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rechercher une personne</source>
        <translation>Een persoon zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personnes trouvées</source>
        <translation>Gevonden personen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A un bilan de compétences : un CV peut en partir.</source>
        <translation>Heeft een competentiebalans: een cv kan ervan vertrekken.</translation>
    </message>
</context>
<context>
    <name>WorkerStatus</name>
    <message>
        <location filename="../../reconv_desktop/domain/enums.py" line="-49"/>
        <source>Accueil</source>
        <translation>Onthaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En bilan</source>
        <translation>In competentiebalans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>En emploi</source>
        <translation>Aan het werk</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>En formation</source>
        <translation>In opleiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En recherche</source>
        <translation>Werkzoekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorti</source>
        <translation>Uitgestroomd</translation>
    </message>
</context>
<context>
    <name>WorkingHours</name>
    <message>
        <location filename="../../reconv_desktop/domain/skill_audit.py" line="+15"/>
        <source>Horaires de jour uniquement</source>
        <translation>Alleen overdag</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Pas de travail de nuit</source>
        <translation>Geen nachtwerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temps partiel souhaité</source>
        <translation>Deeltijds gewenst</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Tous horaires (y compris nuit et week-end)</source>
        <translation>Alle uren (ook &apos;s nachts en in het weekend)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../reconv_desktop/gui/shell/workspace.py" line="+37"/>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{first} à {last} : changer de page
Ctrl+L : verrouiller</source>
        <translation>{first} tot {last}: van pagina wisselen
Ctrl+L: vergrendelen</translation>
    </message>
</context>
<context>
    <name>admin_steps</name>
    <message>
        <location filename="../../reconv_desktop/domain/admin_steps.py" line="+44"/>
        <source>Attestation employeur France Travail reçue</source>
        <translation>Werkgeversattest France Travail ontvangen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Budget de formation identifié</source>
        <translation>Opleidingsbudget bepaald</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consentement RGPD recueilli</source>
        <translation>AVG-toestemming verkregen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Contrat de sécurisation professionnelle proposé / signé</source>
        <translation>Contract voor beroepszekerheid (CSP) voorgesteld / ondertekend</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Demande d&apos;allocations introduite (organisme de paiement)</source>
        <translation>Uitkeringsaanvraag ingediend (uitbetalingsinstelling)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Droits CCT vérifiés (préavis, indemnités, outplacement)</source>
        <translation>Rechten volgens de cao nagekeken (opzeg, vergoedingen, outplacement)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Droits CPF consultés (budget formation)</source>
        <translation>CPF-rechten nagekeken (opleidingsbudget)</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Formulaire C4 reçu et vérifié</source>
        <translation>C4-formulier ontvangen en nagekeken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inscription comme demandeur d&apos;emploi (Forem / Actiris / VDAB)</source>
        <translation>Ingeschreven als werkzoekende (VDAB / Actiris / Forem)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Inscription à France Travail</source>
        <translation>Ingeschreven bij France Travail</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Inscription à la cellule de reconversion</source>
        <translation>Ingeschreven bij de reconversiecel</translation>
    </message>
</context>
<context>
    <name>assessment</name>
    <message>
        <location filename="../../reconv_desktop/reports/assessment.py" line="+481"/>
        <source>Adéquation</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Année</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Atouts</source>
        <translation>Troeven</translation>
    </message>
    <message>
        <location line="-388"/>
        <source>Aucun bilan de compétences pour {display_name} : commencez-en un d&apos;abord.</source>
        <translation>Geen competentiebalans voor {display_name}: begin er eerst een.</translation>
    </message>
    <message>
        <location line="+394"/>
        <source>Aucun métier visé pour l&apos;instant.</source>
        <translation>Nog geen beoogd beroep.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Aucun écart repéré</source>
        <translation>Geen tekort vastgesteld</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Aucune compétence technique notée.</source>
        <translation>Geen technische competentie genoteerd.</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Aucune compétence transférable notée.</source>
        <translation>Geen overdraagbare competentie genoteerd.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Aucune expérience professionnelle renseignée.</source>
        <translation>Geen werkervaring ingevuld.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Aucune formation renseignée.</source>
        <translation>Geen opleiding ingevuld.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Autres contraintes</source>
        <translation>Andere beperkingen</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Bilan</source>
        <translation>Balans</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+111"/>
        <source>Bilan de compétences</source>
        <translation>Competentiebalans</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Bilan de compétences — {name}</source>
        <translation>Competentiebalans — {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bilan prêt</source>
        <translation>Balans klaar</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Ce document récapitule le parcours, les compétences, les pistes de métiers et le plan d&apos;action établis ensemble au cours du bilan. {summary}</source>
        <translation>Dit document vat het loopbaantraject, de competenties, de mogelijke beroepen en het actieplan samen die tijdens de balans samen werden opgesteld. {summary}</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Cellule de reconversion</source>
        <translation>Reconversiecel</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Centres d&apos;intérêt</source>
        <translation>Interesses</translation>
    </message>
    <message>
        <location line="-335"/>
        <source>Centres d&apos;intérêt et contraintes</source>
        <translation>Interesses en beperkingen</translation>
    </message>
    <message>
        <location line="+321"/>
        <source>Compétence</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>Compétences</source>
        <translation>Competenties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compétences transférables et savoir-être</source>
        <translation>Overdraagbare competenties en attitudes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confidentiel — bilan de {name}, à ne diffuser qu&apos;avec son accord.</source>
        <translation>Vertrouwelijk — competentiebalans van {name}, alleen te verspreiden met diens toestemming.</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>Connaissances</source>
        <translation>Kennis</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Conseiller·e</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>Contraintes</source>
        <translation>Beperkingen</translation>
    </message>
    <message>
        <location line="+103"/>
        <location line="+1"/>
        <source>Date et signature :</source>
        <translation>Datum en handtekening:</translation>
    </message>
    <message>
        <location line="-335"/>
        <source>Document édité le</source>
        <translation>Document opgemaakt op</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>Essentiel : {skills}</source>
        <translation>Essentieel: {skills}</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Fonction et employeur</source>
        <translation>Functie en werkgever</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Formation et certificats</source>
        <translation>Opleiding en certificaten</translation>
    </message>
    <message>
        <location line="+370"/>
        <source>Horaires</source>
        <translation>Werkuren</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Intitulé</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>La personne accompagnée</source>
        <translation>De begeleide persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le ou la conseiller·e</source>
        <translation>De begeleider</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>Lecture des niveaux de maîtrise</source>
        <translation>Hoe de beheersingsniveaus te lezen</translation>
    </message>
    <message>
        <location line="+298"/>
        <source>Les deux signataires attestent que ce bilan a été établi ensemble. La personne accompagnée reste seule juge de sa diffusion.</source>
        <translation>Beide ondertekenaars bevestigen dat deze balans samen werd opgesteld. Alleen de begeleide persoon beslist over de verspreiding ervan.</translation>
    </message>
    <message>
        <location line="-418"/>
        <source>Mise en page du bilan</source>
        <translation>Balans opmaken</translation>
    </message>
    <message>
        <location line="+279"/>
        <source>Mobilité</source>
        <translation>Mobiliteit</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Métier</source>
        <translation>Beroep</translation>
    </message>
    <message>
        <location line="-422"/>
        <source>Métiers visés</source>
        <translation>Beoogde beroepen</translation>
    </message>
    <message>
        <location line="+321"/>
        <source>Niveau</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Non renseignés.</source>
        <translation>Niet ingevuld.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>N°</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="-461"/>
        <source>Parcours professionnel</source>
        <translation>Loopbaan</translation>
    </message>
    <message>
        <location line="+368"/>
        <source>Permis de conduire</source>
        <translation>Rijbewijs</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Personne accompagnée</source>
        <translation>Begeleide persoon</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Plan d&apos;action</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <location line="+464"/>
        <source>Plan d&apos;action à construire.</source>
        <translation>Actieplan nog op te stellen.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Preuve, observation</source>
        <translation>Bewijs, observatie</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Période</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>Responsable</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Restrictions de santé</source>
        <translation>Gezondheidsbeperkingen</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Savoir-faire</source>
        <translation>Vaardigheden</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <location line="+399"/>
        <source>Souhaitable : {skills}</source>
        <translation>Wenselijk: {skills}</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-458"/>
        <source>Synthèse</source>
        <translation>Synthese</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Synthèse à rédiger avec la personne.</source>
        <translation>Synthese nog samen met de persoon op te stellen.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Tâches et responsabilités</source>
        <translation>Taken en verantwoordelijkheden</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>aucun</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>aujourd&apos;hui</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>commencé le {date}</source>
        <translation>begonnen op {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>commencé le {start}, clôturé le {end}</source>
        <translation>begonnen op {start}, afgesloten op {end}</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>dispose d&apos;un véhicule</source>
        <translation>heeft een voertuig</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>en transports en commun</source>
        <translation>met het openbaar vervoer</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>trajet de {minutes} min au plus</source>
        <translation>reistijd van hoogstens {minutes} min</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>{experiences} expérience(s) professionnelle(s), {education} formation(s) ou certificat(s), {skills} compétence(s) évaluée(s), {targets} métier(s) visé(s), {steps} étape(s) au plan d&apos;action.</source>
        <translation>{experiences} werkervaring(en), {education} opleiding(en) of certifica(a)t(en), {skills} beoordeelde competentie(s), {targets} beoogd(e) beroep(en), {steps} stap(pen) in het actieplan.</translation>
    </message>
    <message>
        <location line="+272"/>
        <source>{shown} et {n} autre(s)</source>
        <translation>{shown} en {n} andere</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>À aborder avec la personne (non imprimé).</source>
        <translation>Te bespreken met de persoon (niet afgedrukt).</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>À acquérir</source>
        <translation>Te verwerven</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Établissement et remarques</source>
        <translation>Instelling en opmerkingen</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Étape</source>
        <translation>Stap</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../reconv_desktop/domain/skill_audit.py" line="+474"/>
        <source>Acquérir « {label} » (visé : {occupation_label})</source>
        <translation>“{label}” verwerven (voor: {occupation_label})</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Adéquation invalide : « {fit} ».</source>
        <translation>Ongeldige overeenkomst: “{fit}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/skill_audits.py" line="+57"/>
        <source>Bilan de compétences</source>
        <translation>Competentiebalans</translation>
    </message>
    <message>
        <location line="+433"/>
        <source>Bilan introuvable.</source>
        <translation>Competentiebalans niet gevonden.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Compétence inconnue du référentiel : « {uri} ».</source>
        <translation>Competentie staat niet in het referentiekader: “{uri}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/skill_audit.py" line="-206"/>
        <source>Date d&apos;entrée</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Date d&apos;obtention</source>
        <translation>Datum behaald</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Date de clôture</source>
        <translation>Afsluitdatum</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Date de début</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Date de sortie</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Horaires</source>
        <translation>Werkuren</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>L&apos;adéquation doit être comprise entre 0 et 100 %.</source>
        <translation>De overeenkomst moet tussen 0 en 100 % liggen.</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>L&apos;employeur</source>
        <translation>De werkgever</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>L&apos;intitulé du diplôme</source>
        <translation>De titel van het diploma</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>L&apos;établissement</source>
        <translation>De onderwijsinstelling</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>L&apos;étape</source>
        <translation>De stap</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L&apos;étape du plan d&apos;action est obligatoire.</source>
        <translation>De stap van het actieplan is verplicht.</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>La clôture du bilan précède son début.</source>
        <translation>De afsluiting van de balans ligt voor het begin.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>La date d&apos;entrée est dans le futur.</source>
        <translation>De begindatum ligt in de toekomst.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>La date d&apos;obtention est dans le futur.</source>
        <translation>De datum behaald ligt in de toekomst.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>La date de sortie précède la date d&apos;entrée.</source>
        <translation>De einddatum ligt voor de begindatum.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>La description des tâches</source>
        <translation>De beschrijving van de taken</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>La fonction occupée</source>
        <translation>De uitgeoefende functie</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>La preuve</source>
        <translation>Het bewijs</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+170"/>
        <source>La remarque</source>
        <translation>De opmerking</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>La synthèse</source>
        <translation>De synthese</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Le centre d&apos;intérêt</source>
        <translation>Het interessegebied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le détail</source>
        <translation>Het detail</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Le métier visé</source>
        <translation>Het beoogde beroep</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Le nom de la compétence</source>
        <translation>De naam van de competentie</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Le nom du conseiller</source>
        <translation>De naam van de begeleider</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Le secteur</source>
        <translation>De sector</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Le titre du bilan</source>
        <translation>De titel van de balans</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Les autres contraintes</source>
        <translation>De andere beperkingen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Les restrictions de santé</source>
        <translation>De gezondheidsbeperkingen</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Niveau invalide : « {raw} » (choisissez : {words}).</source>
        <translation>Ongeldig niveau: “{raw}” (kies: {words}).</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Permis inconnu : « {raw} » (catégories : {categories}).</source>
        <translation>Onbekend rijbewijs: “{raw}” (categorieën: {categories}).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Responsable</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Statut de l&apos;étape</source>
        <translation>Status van de stap</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Temps de trajet invalide : « {minutes} » (en minutes).</source>
        <translation>Ongeldige reistijd: “{minutes}” (in minuten).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Temps de trajet peu plausible : {minutes} min (0 à {limit}).</source>
        <translation>Onwaarschijnlijke reistijd: {minutes} min (0 tot {limit}).</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Type de formation</source>
        <translation>Soort opleiding</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Une compétence attestée doit citer sa preuve (attestation, certificat…).</source>
        <translation>Een aangetoonde competentie moet haar bewijs vermelden (attest, certificaat…).</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>{what} : texte trop long ({limit} caractères au plus).</source>
        <translation>{what}: tekst te lang (hoogstens {limit} tekens).</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>{what} : texte trop long ({n} caractères, {limit} au plus).</source>
        <translation>{what}: tekst te lang ({n} tekens, hoogstens {limit}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{what} est obligatoire.</source>
        <translation>{what} is verplicht.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/skill_audits.py" line="+13"/>
        <source>« {label} » figure déjà dans ce bilan.</source>
        <translation>“{label}” staat al in deze balans.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>« {occupation_label} » est déjà un métier visé.</source>
        <translation>“{occupation_label}” is al een beoogd beroep.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/skill_audit.py" line="+275"/>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../reconv_desktop/backup/restore.py" line="+241"/>
        <source>Cette sauvegarde appartient à un autre coffre : restauration refusée.</source>
        <translation>Deze back-up hoort bij een andere kluis: herstel geweigerd.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/backups.py" line="+298"/>
        <source>Cette sauvegarde vient d&apos;une version plus récente de Reconv Desktop : mettez l&apos;application à jour.</source>
        <translation>Deze back-up komt van een nieuwere versie van Reconv Desktop: werk de toepassing bij.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/restore.py" line="+40"/>
        <source>Coffre restauré</source>
        <translation>Kluis hersteld</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/backups.py" line="-121"/>
        <source>Copie chiffrée de la base</source>
        <translation>Versleutelde kopie van de database</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copie de l&apos;en-tête</source>
        <translation>Header kopiëren</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/restore.py" line="-29"/>
        <source>Copie de la sauvegarde</source>
        <translation>Back-up kopiëren</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Copie de sécurité du coffre actuel</source>
        <translation>Veiligheidskopie van de huidige kluis</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>La base du coffre est abîmée (contrôle d&apos;intégrité en échec). Restaurez la dernière sauvegarde : « reconv backup list » puis « reconv backup restore ».</source>
        <translation>De database van de kluis is beschadigd (integriteitscontrole mislukt). Herstel de laatste back-up: “reconv backup list” en dan “reconv backup restore”.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>La copie de la sauvegarde est abîmée : rien n&apos;a été remplacé.</source>
        <translation>De kopie van de back-up is beschadigd: er is niets vervangen.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/backups.py" line="+55"/>
        <source>La sauvegarde écrite ne passe pas le contrôle d&apos;intégrité ; elle a été supprimée.</source>
        <translation>De geschreven back-up doorstaat de integriteitscontrole niet; ze is verwijderd.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/restore.py" line="-189"/>
        <source>Phrase de passe incorrecte pour cette sauvegarde (c&apos;est celle du jour de la sauvegarde ; la clé de secours convient aussi).</source>
        <translation>Verkeerde wachtzin voor deze back-up (het is die van de dag van de back-up; de herstelsleutel werkt ook).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/backups.py" line="-36"/>
        <source>Publication</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/restore.py" line="+194"/>
        <source>Remplacement du coffre</source>
        <translation>Kluis vervangen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restauration impossible : {reason}</source>
        <translation>Herstel mislukt: {reason}</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+6"/>
        <source>Sauvegarde abîmée : le contrôle d&apos;intégrité échoue.</source>
        <translation>Beschadigde back-up: de integriteitscontrole mislukt.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Sauvegarde illisible : la base ne s&apos;ouvre pas avec cette clé (fichier abîmé ?).</source>
        <translation>Onleesbare back-up: de database gaat niet open met deze sleutel (beschadigd bestand?).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/backups.py" line="+9"/>
        <source>Sauvegarde impossible : la copie n&apos;a pas pu être écrite ou vérifiée ({exc}).</source>
        <translation>Back-up mislukt: de kopie kon niet worden geschreven of gecontroleerd ({exc}).</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Sauvegarde impossible : {reason}</source>
        <translation>Back-up mislukt: {reason}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/restore.py" line="-17"/>
        <source>Sauvegarde incomplète : « {name} » manque.</source>
        <translation>Onvolledige back-up: “{name}” ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/backups.py" line="+234"/>
        <source>Sauvegarde introuvable : « {name} ».</source>
        <translation>Back-up niet gevonden: “{name}”.</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Sauvegarde vérifiée</source>
        <translation>Back-up gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/restore.py" line="+71"/>
        <source>Sauvegarde « {name} » abîmée : son contenu ne correspond plus à son empreinte.</source>
        <translation>Back-up “{name}” beschadigd: de inhoud komt niet meer overeen met de vingerafdruk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sauvegarde « {name} » illisible : {strerror}.</source>
        <translation>Back-up “{name}” onleesbaar: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/backups.py" line="-37"/>
        <source>Vérification de la copie</source>
        <translation>Kopie controleren</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/restore.py" line="+68"/>
        <source>Vérification de la sauvegarde</source>
        <translation>Back-up controleren</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/backups.py" line="-131"/>
        <source>automatique (ouverture)</source>
        <translation>automatisch (bij openen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>avant application de la durée de conservation</source>
        <translation>voor het toepassen van de bewaartermijn</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>avant effacement</source>
        <translation>voor het wissen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>avant importation</source>
        <translation>voor het importeren</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>avant mise à jour du schéma</source>
        <translation>voor de schema-update</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>avant restauration</source>
        <translation>voor het herstel</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>manuelle</source>
        <translation>handmatig</translation>
    </message>
    <message>
        <location line="+265"/>
        <source>« {name} » n&apos;est pas une sauvegarde Reconv complète.</source>
        <translation>“{name}” is geen volledige Reconv-back-up.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+169"/>
        <source>(aussi{tag} : {label})</source>
        <translation>(ook{tag}: {label})</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+85"/>
        <source>({n} formation(s))</source>
        <translation>({n} opleiding(en))</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+88"/>
        <source>({n} métiers classés en {elapsed:.0f} ms)</source>
        <translation>({n} beroepen gerangschikt in {elapsed:.0f} ms)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+68"/>
        <location line="+44"/>
        <location line="+48"/>
        <source>AAAA-MM (défaut : le mois dernier)</source>
        <translation>JJJJ-MM (standaard: vorige maand)</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>Appliquer ces changements ?</source>
        <translation>Deze wijzigingen toepassen?</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+202"/>
        <source>Attention : aucune photo enregistrée pour cette personne (reconv cv photo {worker_id} --set FICHIER).</source>
        <translation>Let op: geen foto opgeslagen voor deze persoon (reconv cv photo {worker_id} --set BESTAND).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-128"/>
        <location filename="../../reconv_desktop/commands/cv.py" line="-75"/>
        <source>Attention : {warning}</source>
        <translation>Let op: {warning}</translation>
    </message>
    <message>
        <location line="+56"/>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+28"/>
        <source>Aucun bilan de compétences pour {display_name}.</source>
        <translation>Geen competentiebalans voor {display_name}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+62"/>
        <source>Aucun conflit à examiner.</source>
        <translation>Geen conflicten na te kijken.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+63"/>
        <source>Aucun métier : ajoutez au bilan des compétences du référentiel.</source>
        <translation>Geen beroep: voeg competenties uit het referentiekader toe aan de balans.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+9"/>
        <source>Aucun métier visé : ajoutez au bilan des compétences du référentiel.</source>
        <translation>Geen beoogd beroep: voeg competenties uit het referentiekader toe aan de balans.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="-21"/>
        <source>Aucun projet de CV pour cette personne.</source>
        <translation>Geen cv-ontwerp voor deze persoon.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-85"/>
        <source>Aucun résultat.</source>
        <translation>Geen resultaten.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="-41"/>
        <source>Aucune formation.</source>
        <translation>Geen opleidingen.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+125"/>
        <source>Aucune photo à retirer.</source>
        <translation>Geen foto om te verwijderen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Aucune photo.</source>
        <translation>Geen foto.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="+101"/>
        <location line="+58"/>
        <source>Aucune sauvegarde dans « {dest} ».</source>
        <translation>Geen back-up in “{dest}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-50"/>
        <source>Bilan imprimé : {out} ({pages} pages, {elapsed:.0f} ms).</source>
        <translation>Balans afgedrukt: {out} ({pages} pagina&apos;s, {elapsed:.0f} ms).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="+234"/>
        <source>COMMANDE</source>
        <translation>OPDRACHT</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+67"/>
        <source>CSV écrit : {csv}</source>
        <translation>CSV geschreven: {csv}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="-147"/>
        <source>CV créé : « {title} » (modèle {template}).</source>
        <translation>Cv aangemaakt: “{title}” (sjabloon {template}).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>CV exporté (JSON Resume) : {out}.</source>
        <translation>Cv geëxporteerd (JSON Resume): {out}.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CV exporté (Word) : {out}.</source>
        <translation>Cv geëxporteerd (Word): {out}.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>CV exporté : {out} ({pages} page).</source>
        <translation>Cv geëxporteerd: {out} ({pages} pagina).</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>CV exporté : {out} ({pages} pages).</source>
        <translation>Cv geëxporteerd: {out} ({pages} pagina&apos;s).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-296"/>
        <source>Carte de « {name} » ({role}), appareil {device_id}</source>
        <translation>Kaart van “{name}” ({role}), toestel {device_id}</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Carte écrite : {out}</source>
        <translation>Kaart geschreven: {out}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+16"/>
        <source>Catalogue importé : {added} formation(s) ajoutée(s), {updated} mise(s) à jour.</source>
        <translation>Catalogus geïmporteerd: {added} opleiding(en) toegevoegd, {updated} bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+75"/>
        <source>Ce coffre est maintenant un coffre de coordination.</source>
        <translation>Deze kluis is nu een coördinatiekluis.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Ce lot a déjà été importé : l&apos;importer à nouveau ne changerait rien.</source>
        <translation>Dit pakket is al geïmporteerd: het opnieuw importeren zou niets veranderen.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Ce qui quitte cet ordinateur :</source>
        <translation>Wat deze computer verlaat:</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="+101"/>
        <source>Cellule inconnue : « {cell} ».</source>
        <translation>Onbekende cel: “{cell}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-66"/>
        <source>Cette empreinte est-elle celle que la personne vous a lue ?</source>
        <translation>Is dit de vingerafdruk die de persoon u heeft voorgelezen?</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/context.py" line="+88"/>
        <source>Clé de secours</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="+102"/>
        <source>Clé de secours (à imprimer ou recopier, et à garder à part de l&apos;ordinateur) :</source>
        <translation>Herstelsleutel (afdrukken of overschrijven, en apart van de computer bewaren):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clé mémorisée sur cet ordinateur (trousseau du système).</source>
        <translation>Sleutel onthouden op deze computer (sleutelhanger van het systeem).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Clé oubliée sur cet ordinateur.</source>
        <translation>Sleutel vergeten op deze computer.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Coffre créé dans : {data_dir}</source>
        <translation>Kluis aangemaakt in: {data_dir}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Coffre déverrouillé : phrase de passe correcte.</source>
        <translation>Kluis ontgrendeld: wachtzin juist.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Coffre déverrouillé avec la clé de secours ; nouvelle phrase de passe enregistrée.</source>
        <translation>Kluis ontgrendeld met de herstelsleutel; nieuwe wachtzin opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="+43"/>
        <source>Coffre restauré depuis la sauvegarde du {date}.</source>
        <translation>Kluis hersteld uit de back-up van {date}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+85"/>
        <source>Commencé le {started_on:%d/%m/%Y} ; conseiller·e : {counsellor}</source>
        <translation>Begonnen op {started_on:%d/%m/%Y}; begeleider: {counsellor}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compétences :</source>
        <translation>Competenties:</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-64"/>
        <source>Confirmation nécessaire : relancez avec --yes.</source>
        <translation>Bevestiging nodig: voer opnieuw uit met --yes.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/context.py" line="-4"/>
        <source>Confirmez la nouvelle phrase de passe</source>
        <translation>Bevestig de nieuwe wachtzin</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+310"/>
        <source>Conflit n° {id} résolu : l&apos;autre version est maintenant la version actuelle.</source>
        <translation>Conflict nr. {id} opgelost: de andere versie is nu de huidige.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflit n° {id} résolu : version actuelle conservée.</source>
        <translation>Conflict nr. {id} opgelost: huidige versie behouden.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+146"/>
        <source>Consentement imprimé : {pdf}</source>
        <translation>Toestemming afgedrukt: {pdf}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="+4"/>
        <source>Copie de sécurité de l&apos;ancien coffre : {safety}</source>
        <translation>Veiligheidskopie van de oude kluis: {safety}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-185"/>
        <source>Destinataires : {recipients}</source>
        <translation>Ontvangers: {recipients}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-107"/>
        <location filename="../../reconv_desktop/commands/cv.py" line="-14"/>
        <source>Dossier introuvable : « {parent} ».</source>
        <translation>Map niet gevonden: “{parent}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+62"/>
        <source>Durée de conservation appliquée à {n} personne(s).</source>
        <translation>Bewaartermijn toegepast op {n} persoon/personen.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Effacement non confirmé : {rows} enregistrement(s) seraient effacés. Relancez avec --yes.</source>
        <translation>Wissen niet bevestigd: {rows} record(s) zouden worden gewist. Voer opnieuw uit met --yes.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="-42"/>
        <source>Elle ne sera plus jamais affichée.</source>
        <translation>Ze wordt nooit meer getoond.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-67"/>
        <source>Empreinte : {fingerprint}</source>
        <translation>Vingerafdruk: {fingerprint}</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Empreinte à lire à voix haute : {fingerprint}</source>
        <translation>Vingerafdruk om luidop voor te lezen: {fingerprint}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Enrôlement annulé.</source>
        <translation>Aansluiting geannuleerd.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Essai à blanc : rien n&apos;a été écrit.</source>
        <translation>Proefdraai: er is niets geschreven.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export annulé : rien n&apos;a été écrit.</source>
        <translation>Export geannuleerd: er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-20"/>
        <source>Export du droit d&apos;accès : {rows} enregistrement(s) dans {n} table(s).</source>
        <translation>Export voor het recht op inzage: {rows} record(s) in {n} tabel(len).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/context.py" line="-55"/>
        <source>Fichier de phrase de passe illisible : « {path} » ({strerror}).</source>
        <translation>Onleesbaar wachtzinbestand: “{path}” ({strerror}).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+104"/>
        <source>Formation :</source>
        <translation>Opleiding:</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-134"/>
        <source>Identité age SECRÈTE écrite dans {out} (à garder pour soi ; usage : age -d -i {out} LOT.reconv).</source>
        <translation>GEHEIME age-identiteit geschreven naar {out} (voor uzelf houden; gebruik: age -d -i {out} PAKKET.reconv).</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Import annulé : rien n&apos;a été modifié.</source>
        <translation>Import geannuleerd: er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-5"/>
        <source>Indiquez --json FICHIER et/ou --pdf FICHIER.</source>
        <translation>Geef --json BESTAND en/of --pdf BESTAND op.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+92"/>
        <source>Indiquez --out (PDF) et/ou --csv.</source>
        <translation>Geef --out (pdf) en/of --csv op.</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Indiquez le fichier du lot avec --out.</source>
        <translation>Geef het pakketbestand op met --out.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Inspection seulement : rien n&apos;a été modifié.</source>
        <translation>Alleen inspectie: er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+142"/>
        <source>Journal exporté : {count} ligne(s) dans {csv}</source>
        <translation>Logboek geëxporteerd: {count} regel(s) in {csv}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="-198"/>
        <source>La base du coffre est abîmée ({detail}). Restaurez une sauvegarde : voyez-les avec « reconv backup list », puis « reconv backup restore NOM ».</source>
        <translation>De database van de kluis is beschadigd ({detail}). Herstel een back-up: bekijk ze met “reconv backup list”, daarna “reconv backup restore NAAM”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+36"/>
        <source>Le CV est à jour : le bilan ne changerait rien.</source>
        <translation>Het cv is bijgewerkt: de balans zou niets veranderen.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="+5"/>
        <source>Le coffre est occupé par une autre opération ; réessayez dans un instant.</source>
        <translation>De kluis is bezig met een andere bewerking; probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="+13"/>
        <source>Le trousseau du système a refusé d&apos;enregistrer la clé.</source>
        <translation>De sleutelhanger van het systeem weigerde de sleutel op te slaan.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-98"/>
        <source>Les sauvegardes plus anciennes la contiennent encore jusqu&apos;à leur rotation.</source>
        <translation>Oudere back-ups bevatten haar nog tot ze worden vervangen.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-61"/>
        <source>Libellés gardés dans d&apos;autres langues : {languages}.</source>
        <translation>Benamingen bewaard in andere talen: {languages}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+15"/>
        <source>Lot déjà importé : rien n&apos;a changé.</source>
        <translation>Pakket al geïmporteerd: er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lot importé : {changes} changement(s), {conflicts} conflit(s), {acknowledged} envoi(s) accusé(s).</source>
        <translation>Pakket geïmporteerd: {changes} wijziging(en), {conflicts} conflict(en), {acknowledged} zending(en) bevestigd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lot importé : {changes} changement(s), {conflicts} conflit(s).</source>
        <translation>Pakket geïmporteerd: {changes} wijziging(en), {conflicts} conflict(en).</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Lot n° {sequence} écrit : {path} ({file_bytes} octets).</source>
        <translation>Pakket nr. {sequence} geschreven: {path} ({file_bytes} bytes).</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Lot n° {sequence} écrit pour « {name} » : {path} ({file_bytes} octets).</source>
        <translation>Pakket nr. {sequence} geschreven voor “{name}”: {path} ({file_bytes} bytes).</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Lot {kind} n° {sequence} de « {sender_name} » (portée {scope}, période {period}, créé le {created_at}, {file_bytes} octets) — signature et contenu vérifiés.</source>
        <translation>Pakket {kind} nr. {sequence} van “{sender_name}” (reikwijdte {scope}, periode {period}, aangemaakt op {created_at}, {file_bytes} bytes) — handtekening en inhoud gecontroleerd.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Lot {kind} — portée : {scope}</source>
        <translation>Pakket {kind} — reikwijdte: {scope}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="-4"/>
        <source>Mémorisation impossible : {reason}</source>
        <translation>Kan de sleutel niet onthouden: {reason}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+36"/>
        <source>Métier visé : {label} (à acquérir : {gaps})</source>
        <translation>Beoogd beroep: {label} (te verwerven: {gaps})</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+71"/>
        <source>Métiers visés :</source>
        <translation>Beoogde beroepen:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nombre de personnes invalide (1 à 10 000).</source>
        <translation>Ongeldig aantal personen (1 tot 10.000).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="-24"/>
        <source>Nombre de personnes invalide (1 à 200 000).</source>
        <translation>Ongeldig aantal personen (1 tot 200.000).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/context.py" line="+54"/>
        <source>Nouvelle phrase de passe</source>
        <translation>Nieuwe wachtzin</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-68"/>
        <source>Parcours :</source>
        <translation>Loopbaan:</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-8"/>
        <source>Personne effacée : {total} enregistrement(s) vidés et marqués supprimés (la suppression partira vers la coordination avec le prochain lot).</source>
        <translation>Persoon gewist: {total} record(s) leeggemaakt en als verwijderd gemarkeerd (de verwijdering gaat met het volgende pakket naar de coördinatie).</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Personne n&apos;est concerné·e aujourd&apos;hui : rien à faire.</source>
        <translation>Niemand is vandaag betrokken: niets te doen.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+84"/>
        <source>Photo : {width} × {height} pixels.</source>
        <translation>Foto: {width} × {height} pixels.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Photo enregistrée ({kind}, {width} × {height} pixels). Elle n&apos;est imprimée que sur les CV où l&apos;option photo est activée.</source>
        <translation>Foto opgeslagen ({kind}, {width} × {height} pixels). Ze wordt alleen afgedrukt op cv&apos;s waar de foto-optie aanstaat.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Photo imprimée sur ce CV.</source>
        <translation>Foto afgedrukt op dit cv.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Photo non imprimée sur ce CV.</source>
        <translation>Foto niet afgedrukt op dit cv.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Photo retirée.</source>
        <translation>Foto verwijderd.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/context.py" line="-10"/>
        <location line="+33"/>
        <source>Phrase de passe</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="+49"/>
        <source>Phrase de passe actuelle</source>
        <translation>Huidige wachtzin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phrase de passe changée (clé de la base inchangée, la clé de secours reste valable).</source>
        <translation>Wachtzin gewijzigd (databasesleutel ongewijzigd, de herstelsleutel blijft geldig).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+26"/>
        <source>Plan d&apos;action :</source>
        <translation>Actieplan:</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+8"/>
        <source>Période : {period}</source>
        <translation>Periode: {period}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Période : {period} (et {others} non encore accusés)</source>
        <translation>Periode: {period} (en {others} nog niet bevestigd)</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Rapport CSV écrit : {csv}</source>
        <translation>CSV-verslag geschreven: {csv}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Rapport PDF écrit : {out}</source>
        <translation>Pdf-verslag geschreven: {out}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rapport mensuel écrit : {out} ({n} chiffres)</source>
        <translation>Maandverslag geschreven: {out} ({n} cijfers)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="+169"/>
        <source>Reconv Desktop en ligne de commande (coffre chiffré, dossiers, synchro).</source>
        <translation>Reconv Desktop op de opdrachtregel (versleutelde kluis, dossiers, synchronisatie).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="-15"/>
        <source>Restauration non confirmée : relancez avec --yes pour remplacer le coffre actuel (une copie de sécurité en sera gardée).</source>
        <translation>Herstel niet bevestigd: voer opnieuw uit met --yes om de huidige kluis te vervangen (er wordt een veiligheidskopie van bewaard).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="-62"/>
        <source>Rien n&apos;a été modifié : relancez avec --apply pour appliquer.</source>
        <translation>Er is niets gewijzigd: voer opnieuw uit met --apply om toe te passen.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-39"/>
        <source>Règle : {description}</source>
        <translation>Regel: {description}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Règle enregistrée : {description}</source>
        <translation>Regel opgeslagen: {description}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-97"/>
        <source>Référentiel ESCO ({lang}) importé en {seconds:.1f} s : {skills} compétences, {occupations} métiers, {relations} liens métier-compétence.</source>
        <translation>ESCO-referentiekader ({lang}) geïmporteerd in {seconds:.1f} s: {skills} competenties, {occupations} beroepen, {relations} koppelingen beroep-competentie.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="-71"/>
        <source>Sauvegarde créée et vérifiée : {path} ({size}).</source>
        <translation>Back-up gemaakt en gecontroleerd: {path} ({size}).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="+31"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+102"/>
        <source>Synthèse :</source>
        <translation>Synthese:</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-147"/>
        <source>Tables ignorées (format plus récent) : {tables}</source>
        <translation>Tabellen overgeslagen (nieuwer formaat): {tables}</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Total : {total_rows} ligne(s).</source>
        <translation>Totaal: {total_rows} rij(en).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="-100"/>
        <source>URI d&apos;une compétence couverte</source>
        <translation>URI van een gedekte competentie</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>URI du métier visé</source>
        <translation>URI van het beoogde beroep</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="-132"/>
        <source>URI du métier visé (par défaut : le premier du bilan)</source>
        <translation>URI van het beoogde beroep (standaard: het eerste van de balans)</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Version {version} restaurée (enregistrée comme version {number}).</source>
        <translation>Versie {version} hersteld (opgeslagen als versie {number}).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-21"/>
        <source>[transférable]</source>
        <translation>[overdraagbaar]</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-223"/>
        <source>accuser réception des lots reçus</source>
        <translation>de ontvangst van de pakketten bevestigen</translation>
    </message>
    <message>
        <location line="+349"/>
        <source>accusé le {date}</source>
        <translation>bevestigd op {date}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="-44"/>
        <source>afficher cette aide et quitter</source>
        <translation>deze hulp tonen en stoppen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-406"/>
        <source>afficher l&apos;identité et l&apos;empreinte de cet appareil</source>
        <translation>de identiteit en de vingerafdruk van dit toestel tonen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="-85"/>
        <source>afficher la clé brute SQLCipher (64 caractères hexadécimaux)</source>
        <translation>de ruwe SQLCipher-sleutel tonen (64 hexadecimale tekens)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="+52"/>
        <source>afficher la version et quitter</source>
        <translation>de versie tonen en stoppen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-148"/>
        <source>afficher le bilan courant d&apos;une personne</source>
        <translation>de huidige competentiebalans van een persoon tonen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-150"/>
        <source>afficher, enregistrer ou imprimer le consentement</source>
        <translation>de toestemming tonen, registreren of afdrukken</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="-85"/>
        <source>ajouter des personnes fictives (démonstration, tests)</source>
        <translation>fictieve personen toevoegen (demonstratie, tests)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>ajouter une personne</source>
        <translation>een persoon toevoegen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+27"/>
        <source>appliquer la règle (après l&apos;aperçu)</source>
        <translation>de regel toepassen (na het voorbeeld)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="-132"/>
        <source>appliquer les changements montrés</source>
        <translation>de getoonde wijzigingen toepassen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="-111"/>
        <source>argument {name} : au moins une valeur est attendue</source>
        <translation>argument {name}: minstens één waarde verwacht</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>argument {name} : choix invalide : {value} (choix : {choices})</source>
        <translation>argument {name}: ongeldige keuze: {value} (keuzes: {choices})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>argument {name} : incompatible avec l&apos;argument {other}</source>
        <translation>argument {name}: niet samen met argument {other}</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>argument {name} : une valeur est attendue</source>
        <translation>argument {name}: één waarde verwacht</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>argument {name} : valeur inattendue : {value}</source>
        <translation>argument {name}: onverwachte waarde: {value}</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>argument {name} : valeur invalide : {value}</source>
        <translation>argument {name}: ongeldige waarde: {value}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>argument {name} : {n} valeur(s) attendue(s)</source>
        <translation>argument {name}: {n} waarde(n) verwacht</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>arguments</source>
        <translation>argumenten</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>arguments non reconnus : {names}</source>
        <translation>onbekende argumenten: {names}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>arguments obligatoires manquants : {names}</source>
        <translation>verplichte argumenten ontbreken: {names}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+97"/>
        <source>aucun essentiel</source>
        <translation>geen essentiële</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+155"/>
        <source>aucun écart essentiel</source>
        <translation>geen essentieel tekort</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-23"/>
        <source>aucun, accompagnement, accompagnement_et_partage</source>
        <translation>aucun, accompagnement, accompagnement_et_partage</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+10"/>
        <source>aucune formation du catalogue ne couvre ces compétences</source>
        <translation>geen opleiding uit de catalogus dekt deze competenties</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-14"/>
        <source>aujourd&apos;hui</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>bilan de compétences imprimé (PDF)</source>
        <translation>afgedrukte competentiebalans (pdf)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>bilans de compétences</source>
        <translation>competentiebalansen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+44"/>
        <source>carte, identifiant d&apos;appareil ou nom</source>
        <translation>kaart, toestelidentificatie of naam</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="-116"/>
        <source>catalogue de formations (envoyé par la coordination)</source>
        <translation>opleidingscatalogus (verstuurd door de coördinatie)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="-4"/>
        <source>ce que le bilan changerait au CV (--apply pour appliquer)</source>
        <translation>wat de balans aan het cv zou veranderen (--apply om toe te passen)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="-13"/>
        <source>changer la phrase de passe (la base n&apos;est pas réécrite)</source>
        <translation>de wachtzin wijzigen (de database wordt niet herschreven)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+17"/>
        <source>changer la règle</source>
        <translation>de regel wijzigen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="-36"/>
        <source>chemin, version du schéma, SQLCipher, nombre de lignes</source>
        <translation>pad, schemaversie, SQLCipher, aantal rijen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-4"/>
        <source>chercher dans les libellés de cette langue (nl, en...)</source>
        <translation>zoeken in de benamingen in deze taal (nl, en...)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>chercher des métiers</source>
        <translation>beroepen zoeken</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>chercher une compétence (ou un métier), sans accents</source>
        <translation>een competentie (of een beroep) zoeken, accenten niet nodig</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="+44"/>
        <source>clé brute de la base</source>
        <translation>ruwe databasesleutel</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+7"/>
        <source>confirmer</source>
        <translation>bevestigen</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>confirmer l&apos;effacement</source>
        <translation>het wissen bevestigen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="-49"/>
        <source>confirmer le remplacement du coffre</source>
        <translation>het vervangen van de kluis bevestigen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+63"/>
        <source>conflits de synchronisation à examiner</source>
        <translation>synchronisatieconflicten om na te kijken</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+123"/>
        <source>couvre : {skills}</source>
        <translation>dekt: {skills}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>couvre : {skills} ; vise ce métier</source>
        <translation>dekt: {skills}; gericht op dit beroep</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="-37"/>
        <source>créer et vérifier une sauvegarde maintenant</source>
        <translation>nu een back-up maken en controleren</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="-65"/>
        <source>créer un coffre chiffré et afficher la clé de secours</source>
        <translation>een versleutelde kluis aanmaken en de herstelsleutel tonen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-102"/>
        <source>côté accompagnement : enrôler la coordination</source>
        <translation>kant begeleiding: aansluiten bij de coördinatie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>côté coordination : accompagnateurs, rapports, envois</source>
        <translation>kant coördinatie: begeleiders, verslagen, zendingen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+10"/>
        <source>date du consentement (JJ/MM/AAAA ou AAAA-MM-JJ)</source>
        <translation>datum van toestemming (DD/MM/JJJJ of JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>document PDF (pour la personne)</source>
        <translation>pdf-document (voor de persoon)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+26"/>
        <source>donner des bilans fictifs aux personnes de démo</source>
        <translation>fictieve competentiebalansen geven aan de demopersonen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="-11"/>
        <source>dossier des sauvegardes (sinon celui choisi dans les réglages, ou le défaut)</source>
        <translation>back-upmap (anders die uit de instellingen, of de standaardmap)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="+131"/>
        <source>dossier du coffre (sinon RECONV_DATA_DIR ou le dossier par défaut)</source>
        <translation>map van de kluis (anders RECONV_DATA_DIR of de standaardmap)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+23"/>
        <source>durée de conservation après la fin des cellules</source>
        <translation>bewaartermijn na het einde van de cellen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>effacer une personne partout (irréversible)</source>
        <translation>een persoon overal wissen (onomkeerbaar)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+31"/>
        <source>enregistrer cette photo (JPEG ou PNG)</source>
        <translation>deze foto opslaan (JPEG of PNG)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+7"/>
        <source>enregistrer la carte d&apos;un·e accompagnateur·rice</source>
        <translation>de kaart van een begeleider registreren</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>enregistrer la carte de la coordination</source>
        <translation>de kaart van de coördinatie registreren</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>envoyer référentiel, transferts et accusés de réception</source>
        <translation>referentiekader, overdrachten en ontvangstbevestigingen versturen</translation>
    </message>
    <message>
        <location line="+370"/>
        <source>envoyé</source>
        <translation>verstuurd</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+40"/>
        <source>exporter tout le journal dans ce fichier CSV</source>
        <translation>het volledige logboek naar dit CSV-bestand exporteren</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="-39"/>
        <source>exporter un CV en PDF, Word ou JSON Resume</source>
        <translation>een cv exporteren als pdf, Word of JSON Resume</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-389"/>
        <source>faire de ce coffre un coffre de coordination</source>
        <translation>van deze kluis een coördinatiekluis maken</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+92"/>
        <source>fichier CSV</source>
        <translation>CSV-bestand</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="-98"/>
        <source>fichier CSV à colonnes nommées (intitule, organisme, debut…)</source>
        <translation>CSV-bestand met benoemde kolommen (intitule, organisme, debut…)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-44"/>
        <source>fichier JSON (pour une machine)</source>
        <translation>JSON-bestand (voor een machine)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-93"/>
        <location line="+92"/>
        <source>fichier PDF</source>
        <translation>pdf-bestand</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-51"/>
        <source>fichier PDF à écrire</source>
        <translation>te schrijven pdf-bestand</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-45"/>
        <source>fichier du lot (.reconv)</source>
        <translation>pakketbestand (.reconv)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+4"/>
        <source>fichier à écrire</source>
        <translation>te schrijven bestand</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+7"/>
        <source>formations du catalogue couvrant les compétences à acquérir</source>
        <translation>opleidingen uit de catalogus die de te verwerven competenties dekken</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+31"/>
        <source>garder la version actuelle ou --swap pour l&apos;autre</source>
        <translation>de huidige versie behouden, of --swap voor de andere</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="-23"/>
        <source>graine (mêmes données pour la même graine)</source>
        <translation>seed (zelfde gegevens voor dezelfde seed)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+1"/>
        <source>id d&apos;un autre bilan que le bilan courant</source>
        <translation>id van een andere balans dan de huidige</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-131"/>
        <source>identité de l&apos;appareil (carte publique, clé age)</source>
        <translation>identiteit van het toestel (publieke kaart, age-sleutel)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+16"/>
        <source>importer le téléchargement CSV officiel d&apos;ESCO</source>
        <translation>de officiële CSV-download van ESCO importeren</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="-10"/>
        <source>importer un catalogue CSV (tout ou rien)</source>
        <translation>een CSV-catalogus importeren (alles of niets)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-12"/>
        <source>imprimer aussi les restrictions de santé (non imprimées par défaut)</source>
        <translation>ook de gezondheidsbeperkingen afdrukken (standaard niet afgedrukt)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+26"/>
        <source>imprimer la photo de la personne sur ce CV (off par défaut)</source>
        <translation>de foto van de persoon op dit cv afdrukken (standaard uit)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-8"/>
        <source>imprimer le bilan courant d&apos;une personne en PDF</source>
        <translation>de huidige competentiebalans van een persoon als pdf afdrukken</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+20"/>
        <source>imprimer le consentement dans ce fichier PDF</source>
        <translation>de toestemming afdrukken in dit pdf-bestand</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+50"/>
        <source>indicateurs consolidés du mois (PDF et CSV)</source>
        <translation>geconsolideerde indicatoren van de maand (pdf en CSV)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>joindre le référentiel compétences/métiers</source>
        <translation>het referentiekader competenties/beroepen bijvoegen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+22"/>
        <source>journal des accès et opérations (append-only)</source>
        <translation>logboek van toegang en bewerkingen (enkel toevoegen)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="-91"/>
        <source>l&apos;un des arguments {names} est obligatoire</source>
        <translation>een van de argumenten {names} is verplicht</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+24"/>
        <source>langue des fichiers (fr, nl, en...) ; sinon détectée</source>
        <translation>taal van de bestanden (fr, nl, en...); anders automatisch bepaald</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="+100"/>
        <source>langue des messages (sinon RECONV_LANG, les paramètres, fr)</source>
        <translation>taal van de berichten (anders RECONV_LANG, de instellingen, fr)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+4"/>
        <source>lignes affichées (défaut 50)</source>
        <translation>getoonde regels (standaard 50)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="+42"/>
        <location line="+19"/>
        <source>lire la nouvelle phrase de passe dans ce fichier</source>
        <translation>de nieuwe wachtzin uit dit bestand lezen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="-6"/>
        <source>lire la phrase de passe dans ce fichier</source>
        <translation>de wachtzin uit dit bestand lezen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="+9"/>
        <source>lister (id, nom, prénom, cellule, statut)</source>
        <translation>oplijsten (id, naam, voornaam, cel, status)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-31"/>
        <source>lister les accompagnateurs enregistrés</source>
        <translation>de geregistreerde begeleiders oplijsten</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>lister les conflits (avec les différences)</source>
        <translation>de conflicten oplijsten (met de verschillen)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="-16"/>
        <source>lister ou chercher les formations du catalogue</source>
        <translation>de opleidingen uit de catalogus oplijsten of zoeken</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-35"/>
        <source>lots de synchronisation : exporter, inspecter, importer</source>
        <translation>synchronisatiepakketten: exporteren, inspecteren, importeren</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>lots envoyés et reçus</source>
        <translation>verstuurde en ontvangen pakketten</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="-43"/>
        <source>modèle : {templates}</source>
        <translation>sjabloon: {templates}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-13"/>
        <source>mois après la fin de la cellule</source>
        <translation>maanden na het einde van de cel</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-12"/>
        <source>montrer ce qui partirait, sans écrire</source>
        <translation>tonen wat zou vertrekken, zonder te schrijven</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+3"/>
        <source>mots cherchés (sans accents ni majuscules)</source>
        <translation>gezochte woorden (accenten en hoofdletters niet nodig)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+23"/>
        <source>métiers classés selon les compétences du bilan courant</source>
        <translation>beroepen gerangschikt volgens de competenties van de huidige balans</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-78"/>
        <source>ne pas demander de confirmer l&apos;empreinte</source>
        <translation>niet vragen om de vingerafdruk te bevestigen</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>nom affiché sur la carte</source>
        <translation>naam op de kaart</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="+21"/>
        <source>nom du dossier de sauvegarde (défaut : toutes)</source>
        <translation>naam van de back-upmap (standaard: alle)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>nom du dossier de sauvegarde (voir `reconv backup list`)</source>
        <translation>naam van de back-upmap (zie `reconv backup list`)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="-56"/>
        <source>nom du ou de la titulaire (carte d&apos;identité de l&apos;appareil)</source>
        <translation>naam van de houder (identiteitskaart van het toestel)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="+1"/>
        <location line="+16"/>
        <source>nom ou id de la cellule</source>
        <translation>naam of id van de cel</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+9"/>
        <source>nombre de personnes</source>
        <translation>aantal personen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="-32"/>
        <source>nombre de personnes à ajouter</source>
        <translation>aantal toe te voegen personen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>notes par personne</source>
        <translation>notities per persoon</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="-6"/>
        <source>nouveau CV depuis le bilan courant (affiche son id)</source>
        <translation>nieuw cv uit de huidige balans (toont de id)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="-98"/>
        <source>option ambiguë : {name} peut désigner {choices}</source>
        <translation>dubbelzinnige optie: {name} kan {choices} betekenen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="+47"/>
        <source>oublier la clé mémorisée sur cet ordinateur</source>
        <translation>de op deze computer onthouden sleutel vergeten</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="-10"/>
        <location line="+16"/>
        <source>ouvrir avec la clé de secours ({recovery_key_env} ou invite)</source>
        <translation>openen met de herstelsleutel ({recovery_key_env} of vraag)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="-18"/>
        <source>personnes accompagnées : dossiers, recherche, droits (accès, effacement, consentement)</source>
        <translation>begeleide personen: dossiers, zoeken, rechten (inzage, wissing, toestemming)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+53"/>
        <source>photo d&apos;une personne pour ses CV (JPEG ou PNG)</source>
        <translation>foto van een persoon voor diens cv&apos;s (JPEG of PNG)</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>projets de CV construits à partir du bilan</source>
        <translation>cv-ontwerpen opgebouwd uit de competentiebalans</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>projets de CV d&apos;une personne</source>
        <translation>cv-ontwerpen van een persoon</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-4"/>
        <source>qui serait concerné aujourd&apos;hui</source>
        <translation>wie vandaag betrokken zou zijn</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+135"/>
        <source>rapport mensuel d&apos;activité (mêmes chiffres que le lot)</source>
        <translation>maandelijks activiteitenverslag (dezelfde cijfers als het pakket)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>rapports imprimables</source>
        <translation>afdrukbare verslagen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="+35"/>
        <source>rechercher dans les noms, notes et actions (sans accents)</source>
        <translation>zoeken in namen, notities en acties (accenten niet nodig)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/context.py" line="+13"/>
        <source>reconv : avertissement : {message}</source>
        <translation>reconv: waarschuwing: {message}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="+7"/>
        <source>reconv : erreur d&apos;utilisation : {message}</source>
        <translation>reconv: gebruiksfout: {message}</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>reconv : erreur interne inattendue ; le détail technique est dans le journal ({log_dir}).</source>
        <translation>reconv: onverwachte interne fout; de technische details staan in het logbestand ({log_dir}).</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>reconv : interrompu.</source>
        <translation>reconv: onderbroken.</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+11"/>
        <source>reconv : {message}</source>
        <translation>reconv: {message}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-10"/>
        <source>recueilli par</source>
        <translation>verkregen door</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="-9"/>
        <source>remplacer le coffre par une sauvegarde vérifiée</source>
        <translation>de kluis vervangen door een gecontroleerde back-up</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-4"/>
        <source>remplacer par l&apos;autre version</source>
        <translation>vervangen door de andere versie</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="-15"/>
        <source>rendez-vous par personne</source>
        <translation>afspraken per persoon</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+45"/>
        <source>retirer la photo</source>
        <translation>de foto verwijderen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+160"/>
        <source>retirés : {fields}</source>
        <translation>verwijderd: {fields}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="-22"/>
        <source>revenir à une version antérieure d&apos;un CV</source>
        <translation>terugkeren naar een eerdere versie van een cv</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+132"/>
        <source>reçu</source>
        <translation>ontvangen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-41"/>
        <source>référentiel de compétences et de métiers</source>
        <translation>referentiekader van competenties en beroepen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+5"/>
        <source>réglages d&apos;un CV (photo imprimée ou non)</source>
        <translation>instellingen van een cv (foto afgedrukt of niet)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+18"/>
        <source>résolu ({resolution})</source>
        <translation>opgelost ({resolution})</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="-38"/>
        <source>sauvegardes chiffrées : lister, créer, vérifier, restaurer</source>
        <translation>versleutelde back-ups: oplijsten, maken, controleren, herstellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sauvegardes de ce coffre, la plus récente d&apos;abord</source>
        <translation>back-ups van deze kluis, de recentste eerst</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="-36"/>
        <location line="+31"/>
        <source>se souvenir de la clé sur cet ordinateur</source>
        <translation>de sleutel op deze computer onthouden</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+5"/>
        <source>seulement les formations à venir</source>
        <translation>alleen komende opleidingen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="+9"/>
        <source>statut : {values}</source>
        <translation>status: {values}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-100"/>
        <source>table	nouvelles	modifiées	supprimées	inchangées	conflits	refusées</source>
        <translation>tabel	nieuw	gewijzigd	verwijderd	ongewijzigd	conflicten	geweigerd</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+6"/>
        <source>tenir le catalogue de formations</source>
        <translation>de opleidingscatalogus beheren</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="-33"/>
        <source>titre du projet de CV</source>
        <translation>titel van het cv-ontwerp</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-22"/>
        <source>tout ce que le coffre contient sur une personne</source>
        <translation>alles wat de kluis over een persoon bevat</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-260"/>
        <source>transférer une personne (et son dossier) à ce destinataire</source>
        <translation>een persoon (en diens dossier) overdragen aan deze ontvanger</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="-112"/>
        <source>utilisation : </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="-13"/>
        <source>utiliser la clé de secours (RECONV_RECOVERY_KEY ou invite), puis choisir une nouvelle phrase de passe</source>
        <translation>de herstelsleutel gebruiken (RECONV_RECOVERY_KEY of vraag), en dan een nieuwe wachtzin kiezen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+24"/>
        <source>versions enregistrées d&apos;un CV</source>
        <translation>opgeslagen versies van een cv</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+29"/>
        <source>vise : {occupation}</source>
        <translation>gericht op: {occupation}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+30"/>
        <source>vérifier et résumer un lot sans rien modifier</source>
        <translation>een pakket controleren en samenvatten zonder iets te wijzigen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="-7"/>
        <source>vérifier la phrase de passe ; avec --recovery-key, en définir une nouvelle</source>
        <translation>de wachtzin controleren; met --recovery-key een nieuwe instellen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-5"/>
        <source>vérifier puis importer un lot</source>
        <translation>een pakket controleren en dan importeren</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="+13"/>
        <source>vérifier une sauvegarde (ou toutes) et afficher son contenu</source>
        <translation>een back-up (of alle) controleren en de inhoud tonen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+17"/>
        <source>y compris les conflits résolus</source>
        <translation>ook opgeloste conflicten</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+239"/>
        <source>{added} bilans de démonstration ajoutés.</source>
        <translation>{added} demo-competentiebalansen toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="+43"/>
        <source>{added} personnes fictives ajoutées ({count} au total).</source>
        <translation>{added} fictieve personen toegevoegd ({count} in totaal).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+326"/>
        <source>{column} : actuel « {current} » / autre « {other} »</source>
        <translation>{column}: huidig “{current}” / ander “{other}”</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>{device_id}	{name}	{fingerprint}	{bundles} lot(s)	{received}	{period}</source>
        <translation>{device_id}	{name}	{fingerprint}	{bundles} pakket(ten)	{received}	{period}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="+135"/>
        <source>{failures} sauvegarde(s) sur {n} en échec.</source>
        <translation>{failures} van {n} back-up(s) mislukt.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/context.py" line="-73"/>
        <source>{label} : </source>
        <translation>{label}: </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{label} requise : définissez {passphrase_env} ou utilisez --passphrase-file.</source>
        <translation>{label} vereist: stel {passphrase_env} in of gebruik --passphrase-file.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="-71"/>
        <source>{name}	{date}	{reason_label}	schéma {schema}	{size}</source>
        <translation>{name}	{date}	{reason_label}	schema {schema}	{size}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{name} : intacte — {date}, {reason_label}, schéma {schema}, {workers} personne(s)</source>
        <translation>{name}: intact — {date}, {reason_label}, schema {schema}, {workers} persoon/personen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+35"/>
        <source>{name} : {rows} ligne(s) ; champs : {fields}</source>
        <translation>{name}: {rows} rij(en); velden: {fields}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="+34"/>
        <source>{name} : ÉCHEC — {message}</source>
        <translation>{name}: MISLUKT — {message}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+141"/>
        <source>{n} personne(s) concernée(s) aujourd&apos;hui.</source>
        <translation>{n} persoon/personen vandaag betrokken.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{n} personne(s) seraient traitées ({description}) — voyez `reconv retention preview`, puis relancez avec --yes.</source>
        <translation>{n} persoon/personen zouden worden verwerkt ({description}) — zie `reconv retention preview`, en voer dan opnieuw uit met --yes.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+104"/>
        <source>{n} rubrique(s) mise(s) à jour depuis le bilan.</source>
        <translation>{n} rubriek(en) bijgewerkt uit de balans.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-51"/>
        <source>{percent:3d} %  {occupation} (à acquérir : {gaps})</source>
        <translation>{percent:3d} %  {occupation} (te verwerven: {gaps})</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-131"/>
        <source>{question} [o/N] </source>
        <translation>{question} [j/N] </translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="-80"/>
        <source>{size:.0f} Ko</source>
        <translation>{size:.0f} kB</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{size:.1f} Mo</source>
        <translation>{size:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-35"/>
        <source>{worker_id}	{display_name}	{cell_name}	fin {end}	échéance {due}</source>
        <translation>{worker_id}	{display_name}	{cell_name}	einde {end}	deadline {due}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-91"/>
        <source>« builtin » (cellules, check-lists et catalogue du coffre) ou un dossier de .jsonl</source>
        <translation>“builtin” (cellen, checklists en catalogus van de kluis) of een map met .jsonl-bestanden</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>« {name} » est enregistré·e.</source>
        <translation>“{name}” is geregistreerd.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Écrire ce lot ?</source>
        <translation>Dit pakket schrijven?</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>écrire l&apos;identité age SECRÈTE (pour `age -d -i`)</source>
        <translation>de GEHEIME age-identiteit schrijven (voor `age -d -i`)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>écrire la carte publique (JSON) à donner à l&apos;autre partie</source>
        <translation>de publieke kaart (JSON) schrijven om aan de andere partij te geven</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>écrire le lot du mois pour la coordination</source>
        <translation>het pakket van de maand voor de coördinatie schrijven</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>écrire sans demander de confirmation</source>
        <translation>schrijven zonder om bevestiging te vragen</translation>
    </message>
</context>
<context>
    <name>cv</name>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="+73"/>
        <source>2 à 4 centres d&apos;intérêt qui disent quelque chose de vous.</source>
        <translation>2 tot 4 interesses die iets over u zeggen.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>3 à 5 atouts ou savoir-être, en quelques mots.</source>
        <translation>3 tot 5 troeven of attitudes, in enkele woorden.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>3 à 5 phrases : métier, expérience, points forts, projet.</source>
        <translation>3 tot 5 zinnen: beroep, ervaring, sterke punten, project.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>6 à 12 compétences, les plus utiles au métier visé d&apos;abord.</source>
        <translation>6 tot 12 competenties, de nuttigste voor het beoogde beroep eerst.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../reconv_desktop/reports/cv_pdf.py" line="+66"/>
        <source>Adresse</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_text.py" line="+35"/>
        <source>Année</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Année invalide : « {year} » (exemple : 2012).</source>
        <translation>Ongeldig jaar: “{year}” (voorbeeld: 2012).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cv_drafts.py" line="+346"/>
        <source>Aucun bilan de compétences pour {display_name} : rien à reprendre.</source>
        <translation>Geen competentiebalans voor {display_name}: niets over te nemen.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/cv_pdf.py" line="+259"/>
        <source>CONTACT</source>
        <translation>CONTACT</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/cv_docx.py" line="+150"/>
        <location filename="../../reconv_desktop/reports/cv_pdf.py" line="+20"/>
        <location filename="../../reconv_desktop/store/cv_drafts.py" line="-211"/>
        <source>CV — {target}</source>
        <translation>Cv — {target}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="-15"/>
        <source>Catégories, puis éventuellement « véhicule personnel ».</source>
        <translation>Categorieën, en eventueel “eigen wagen”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_photo.py" line="+78"/>
        <source>Ce fichier n&apos;est pas une photo JPEG ou PNG.</source>
        <translation>Dit bestand is geen JPEG- of PNG-foto.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cette photo est illisible ou abîmée.</source>
        <translation>Deze foto is onleesbaar of beschadigd.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="+139"/>
        <source>Champ d&apos;identité inconnu : {name}.</source>
        <translation>Onbekend identiteitsveld: {name}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/cv_pdf.py" line="+2"/>
        <source>Curriculum vitae</source>
        <translation>Curriculum vitae</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="-123"/>
        <source>Date de naissance</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Diplômes, certificats et formations utiles au métier visé.</source>
        <translation>Diploma&apos;s, certificaten en opleidingen die nuttig zijn voor het beoogde beroep.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../reconv_desktop/reports/cv_pdf.py" line="-284"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_text.py" line="-201"/>
        <source>Employeur</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="+17"/>
        <source>Expertise</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cv_photos.py" line="+90"/>
        <source>Fichier introuvable : « {path} ».</source>
        <translation>Bestand niet gevonden: “{path}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/cv_pdf.py" line="+369"/>
        <source>La colonne de gauche déborde : la fin des rubriques de gauche passe dans la colonne principale.</source>
        <translation>De linkerkolom loopt over: het einde van de linkerrubrieken schuift naar de hoofdkolom.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Le CV tient sur {pages} pages : raccourcissez les rubriques les plus longues ou masquez-en une pour tenir sur une page.</source>
        <translation>Het cv telt {pages} pagina&apos;s: kort de langste rubrieken in of verberg er een om op één pagina te passen.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="+224"/>
        <source>Le titre du CV est obligatoire.</source>
        <translation>De titel van het cv is verplicht.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cv_photos.py" line="+12"/>
        <source>Lecture impossible : « {path} » ({strerror}).</source>
        <translation>Kan “{path}” niet lezen ({strerror}).</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Lecture refusée : « {path} ».</source>
        <translation>Leestoegang geweigerd: “{path}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="-270"/>
        <source>Les emplois récents en détail, les anciens en une ligne.</source>
        <translation>Recente banen in detail, oudere in één regel.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../reconv_desktop/reports/cv_pdf.py" line="-293"/>
        <source>Localité</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Maîtrise</source>
        <translation>Gevorderd</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>Modèle inconnu : « {raw} » (choisissez : {names}).</source>
        <translation>Onbekend sjabloon: “{raw}” (kies: {names}).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_text.py" line="+54"/>
        <source>Mois invalide : « {text} ».</source>
        <translation>Ongeldige maand: “{text}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cv_drafts.py" line="+35"/>
        <source>Métier inconnu du référentiel : « {uri} ».</source>
        <translation>Beroep staat niet in het referentiekader: “{uri}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="-261"/>
        <source>Nom</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Notions</source>
        <translation>Basiskennis</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/cv_pdf.py" line="+2"/>
        <source>Né·e le</source>
        <translation>Geboren op</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="+96"/>
        <source>Ordre des rubriques invalide.</source>
        <translation>Ongeldige volgorde van de rubrieken.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/cv_jsonresume.py" line="+112"/>
        <source>Permis de conduire {code}</source>
        <translation>Rijbewijs {code}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/cv_docx.py" line="-25"/>
        <location filename="../../reconv_desktop/reports/cv_pdf.py" line="+135"/>
        <source>Permis {codes}</source>
        <translation>Rijbewijs {codes}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_photo.py" line="-9"/>
        <source>Photo trop grande en pixels : choisissez une image plus petite.</source>
        <translation>Foto te groot in pixels: kies een kleinere afbeelding.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Photo trop lourde ({megabytes} Mo) : {limit} Mo au plus. Réduisez-la ou choisissez-en une autre.</source>
        <translation>Foto te zwaar ({megabytes} MB): hoogstens {limit} MB. Verklein ze of kies een andere.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_from_audit.py" line="+93"/>
        <source>Points forts : {skills}.</source>
        <translation>Sterke punten: {skills}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="-95"/>
        <source>Pratique</source>
        <translation>Praktijkkennis</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_from_audit.py" line="+9"/>
        <source>Projet : exercer le métier de {occupation_label}, en mettant à profit une solide expérience de terrain.</source>
        <translation>Project: aan de slag gaan als {occupation_label}, met een stevige praktijkervaring als troef.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cv_drafts.py" line="+25"/>
        <source>Projet de CV introuvable : « {record_id} ».</source>
        <translation>Cv-ontwerp niet gevonden: “{record_id}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_text.py" line="-53"/>
        <source>Période</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Période illisible : « {text} » (exemple : 09/1999 – 12/2024).</source>
        <translation>Onleesbare periode: “{text}” (voorbeeld: 09/1999 – 12/2024).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_from_audit.py" line="-4"/>
        <source>Reconnu·e pour : {qualities}.</source>
        <translation>Gewaardeerd om: {qualities}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_text.py" line="+177"/>
        <source>Rubrique inconnue : {key}.</source>
        <translation>Onbekende rubriek: {key}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="-16"/>
        <source>Titre (métier visé)</source>
        <translation>Titel (beoogd beroep)</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>Titre trop long ({limit} caractères au plus).</source>
        <translation>Titel te lang (hoogstens {limit} tekens).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/cv_pdf.py" line="-138"/>
        <source>Tél.</source>
        <translation>Tel.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="-244"/>
        <source>Téléphone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Une langue par ligne, avec le niveau.</source>
        <translation>Eén taal per regel, met het niveau.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cv_drafts.py" line="+124"/>
        <source>Version {number} introuvable pour ce CV.</source>
        <translation>Versie {number} niet gevonden voor dit cv.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_from_audit.py" line="+48"/>
        <source>Véhicule personnel</source>
        <translation>Eigen wagen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cv_drafts.py" line="-267"/>
        <source>création depuis le bilan</source>
        <translation>aangemaakt uit de competentiebalans</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_text.py" line="-259"/>
        <source>depuis {date}</source>
        <translation>sinds {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jusqu&apos;en {date}</source>
        <translation>tot {date}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cv_drafts.py" line="+2"/>
        <source>mise à jour depuis le bilan</source>
        <translation>bijgewerkt uit de competentiebalans</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>modification</source>
        <translation>wijziging</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/cv_docx.py" line="+45"/>
        <location filename="../../reconv_desktop/reports/cv_pdf.py" line="+237"/>
        <source>né·e le {birth_date}</source>
        <translation>geboren op {birth_date}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cv_drafts.py" line="+2"/>
        <source>restauration de la version {number}</source>
        <translation>herstel van versie {number}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/cv_jsonresume.py" line="-15"/>
        <source>savoir-être</source>
        <translation>attitudes</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="+168"/>
        <source>{count} caractères</source>
        <translation>{count} tekens</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} caractères (conseillé : {span})</source>
        <translation>{count} tekens (aanbevolen: {span})</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{count} caractères — trop long pour une page (conseillé : {span})</source>
        <translation>{count} tekens — te lang voor één pagina (aanbevolen: {span})</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{count} caractères — un peu court (conseillé : {span})</source>
        <translation>{count} tekens — wat kort (aanbevolen: {span})</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{high} au plus</source>
        <translation>hoogstens {high}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>{low} à {high}</source>
        <translation>{low} tot {high}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_from_audit.py" line="-66"/>
        <source>{role} avec {years} ans d&apos;expérience professionnelle, dernièrement chez {employer}.</source>
        <translation>{role} met {years} jaar werkervaring, laatst bij {employer}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{role}, dernièrement chez {employer}.</source>
        <translation>{role}, laatst bij {employer}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="-13"/>
        <location filename="../../reconv_desktop/domain/cv_text.py" line="+227"/>
        <source>{what} : texte trop long ({n} caractères, {limit} au plus).</source>
        <translation>{what}: tekst te lang ({n} tekens, hoogstens {limit}).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cv_photos.py" line="-4"/>
        <source>« {path} » est un dossier, pas une photo.</source>
        <translation>“{path}” is een map, geen foto.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_text.py" line="-230"/>
        <source>Établissement</source>
        <translation>Instelling</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../reconv_desktop/fileio.py" line="+38"/>
        <source>Accès refusé en écriture dans « {parent} ».</source>
        <translation>Schrijftoegang geweigerd in “{parent}”.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Disque plein : impossible d&apos;écrire « {name} ». Rien n&apos;a été modifié.</source>
        <translation>Schijf vol: “{name}” kan niet worden geschreven. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le dossier « {parent} » n&apos;est plus accessible (clé USB retirée ?). Rien n&apos;a été écrit.</source>
        <translation>De map “{parent}” is niet meer bereikbaar (usb-stick verwijderd?). Er is niets geschreven.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Écriture impossible de « {name} » : {reason}.</source>
        <translation>Kan “{name}” niet schrijven: {reason}.</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../reconv_desktop/gui/kit/operations.py" line="+39"/>
        <source>Reconv Desktop</source>
        <translation>Reconv Desktop</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Une erreur inattendue s&apos;est produite. Vos données enregistrées ne sont pas touchées ; le détail technique est dans le journal.</source>
        <translation>Er is een onverwachte fout opgetreden. Uw opgeslagen gegevens zijn niet aangeraakt; de technische details staan in het logbestand.</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../reconv_desktop/domain/passphrase.py" line="+61"/>
        <source>La phrase de passe doit compter au moins {n} caractères.</source>
        <translation>De wachtzin moet minstens {n} tekens lang zijn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La phrase de passe est trop longue.</source>
        <translation>De wachtzin is te lang.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Les deux phrases de passe ne sont pas identiques.</source>
        <translation>De twee wachtzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Phrase de passe trop faible : ajoutez des mots, des chiffres ou des signes.</source>
        <translation>Wachtzin te zwak: voeg woorden, cijfers of tekens toe.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>correcte</source>
        <translation>redelijk</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>faible</source>
        <translation>zwak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forte</source>
        <translation>sterk</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>très faible</source>
        <translation>zeer zwak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>très forte</source>
        <translation>zeer sterk</translation>
    </message>
</context>
<context>
    <name>referential</name>
    <message>
        <location filename="../../reconv_desktop/referential/esco_import.py" line="+100"/>
        <source> (langues présentes : {languages})</source>
        <translation> (aanwezige talen: {languages})</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>, colonne « {column} »</source>
        <translation>, kolom “{column}”</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/targets.py" line="+69"/>
        <source>Atouts : {skills}</source>
        <translation>Troeven: {skills}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/esco_import.py" line="-149"/>
        <source>Aucun fichier ESCO (skills_&lt;langue&gt;.csv, occupations_&lt;langue&gt;.csv) dans « {directory} ».</source>
        <translation>Geen ESCO-bestand (skills_&lt;taal&gt;.csv, occupations_&lt;taal&gt;.csv) in “{directory}”.</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>CSV illisible ({exc})</source>
        <translation>Onleesbare CSV ({exc})</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Compétences</source>
        <translation>Competenties</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/targets.py" line="-13"/>
        <source>Compétences essentielles couvertes : {essential} sur {essential_total} ; optionnelles : {optional} sur {optional_total}.</source>
        <translation>Essentiële competenties gedekt: {essential} van {essential_total}; optionele: {optional} van {optional_total}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/esco_import.py" line="-281"/>
        <source>Dossier introuvable : « {directory} ».</source>
        <translation>Map niet gevonden: “{directory}”.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Enregistrement</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Fichier occupationSkillRelations_{lang}.csv absent : métiers et compétences importés sans liens entre eux (pas de classement des métiers).</source>
        <translation>Bestand occupationSkillRelations_{lang}.csv ontbreekt: beroepen en competenties geïmporteerd zonder onderlinge koppelingen (geen rangschikking van beroepen).</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Fichier « {kind}_{lang}.csv » introuvable dans « {directory} »{available}.</source>
        <translation>Bestand “{kind}_{lang}.csv” niet gevonden in “{directory}”{available}.</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>Libellés traduits</source>
        <translation>Vertaalde benamingen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Liens métier-compétence</source>
        <translation>Koppelingen beroep-competentie</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Métiers</source>
        <translation>Beroepen</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Plusieurs langues ESCO dans « {directory} » ({languages}) : choisissez la langue à importer.</source>
        <translation>Meerdere ESCO-talen in “{directory}” ({languages}): kies de taal om te importeren.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/starter.py" line="+87"/>
        <source>Référentiel introuvable : « {path} ».</source>
        <translation>Referentiekader niet gevonden: “{path}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/esco_import.py" line="+189"/>
        <source>colonne obligatoire absente de l&apos;en-tête</source>
        <translation>verplichte kolom ontbreekt in de kopregel</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/starter.py" line="-31"/>
        <source>compétence</source>
        <translation>competentie</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/esco_import.py" line="-34"/>
        <source>fichier vide, ligne d&apos;en-tête attendue</source>
        <translation>leeg bestand, kopregel verwacht</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>identifiant invalide « {value} »</source>
        <translation>ongeldige identificatie “{value}”</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>le fichier n&apos;est pas encodé en UTF-8</source>
        <translation>het bestand is niet in UTF-8 gecodeerd</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/starter.py" line="+1"/>
        <source>métier</source>
        <translation>beroep</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>métier « {label} », champ « {relation} » : liste d&apos;identifiants attendue.</source>
        <translation>beroep “{label}”, veld “{relation}”: lijst van identificaties verwacht.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/esco_import.py" line="+21"/>
        <source>valeur manquante (la ligne a {n} champs au lieu de {expected})</source>
        <translation>ontbrekende waarde (de regel heeft {n} velden in plaats van {expected})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>valeur vide</source>
        <translation>lege waarde</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>valeur « {value} » inattendue (essential ou optional)</source>
        <translation>onverwachte waarde “{value}” (essential of optional)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/starter.py" line="-107"/>
        <source>{name} : ce n&apos;est pas un référentiel Reconv.</source>
        <translation>{name}: dit is geen Reconv-referentiekader.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{name} : fichier JSON illisible ({exc}).</source>
        <translation>{name}: onleesbaar JSON-bestand ({exc}).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{name} : la liste « {key} » est absente ou mal formée.</source>
        <translation>{name}: de lijst “{key}” ontbreekt of is ongeldig.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{name} : langue absente.</source>
        <translation>{name}: taal ontbreekt.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{name} : version de format {version!r} non prise en charge (mettez l&apos;application à jour).</source>
        <translation>{name}: formaatversie {version!r} niet ondersteund (werk de toepassing bij).</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>{name} : {skipped} lien(s) vers une compétence ou un métier inconnu.</source>
        <translation>{name}: {skipped} koppeling(en) naar een onbekende competentie of een onbekend beroep.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>{name} : {what} « {uri} » en double.</source>
        <translation>{name}: {what} “{uri}” dubbel.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>{name}, compétence n° {number}</source>
        <translation>{name}, competentie nr. {number}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/esco_import.py" line="-190"/>
        <source>{name}, ligne {line}</source>
        <translation>{name}, regel {line}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/starter.py" line="+14"/>
        <source>{name}, métier n° {number}</source>
        <translation>{name}, beroep nr. {number}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/esco_import.py" line="+70"/>
        <source>{n} champs au lieu de {expected} (virgule ou guillemet mal placé ?)</source>
        <translation>{n} velden in plaats van {expected} (verkeerd geplaatste komma of aanhalingsteken?)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/targets.py" line="+28"/>
        <source>{shown} (+ {n} autres)</source>
        <translation>{shown} (+ {n} andere)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/esco_import.py" line="-131"/>
        <source>{skipped} lien(s) métier-compétence ignoré(s) : le métier ou la compétence n&apos;est pas dans les fichiers importés.</source>
        <translation>{skipped} koppeling(en) beroep-competentie overgeslagen: het beroep of de competentie staat niet in de geïmporteerde bestanden.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{where} : {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/starter.py" line="-23"/>
        <source>{where}, champ « alt_labels » : liste de textes attendue.</source>
        <translation>{where}, veld “alt_labels”: lijst van teksten verwacht.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>{where}, champ « {key} » : texte attendu.</source>
        <translation>{where}, veld “{key}”: tekst verwacht.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/esco_import.py" line="+100"/>
        <source>« {uri} » en double (déjà ligne {line})</source>
        <translation>“{uri}” dubbel (al op regel {line})</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/targets.py" line="-11"/>
        <source>À acquérir (essentiel) : {skills}</source>
        <translation>Te verwerven (essentieel): {skills}</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../reconv_desktop/reports/subject_access.py" line="+93"/>
        <source>(aucun contenu)</source>
        <translation>(geen inhoud)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Accès à votre dossier</source>
        <translation>Toegang tot uw dossier</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Actions (formations, candidatures, stages)</source>
        <translation>Acties (opleidingen, sollicitaties, stages)</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Aucun accès enregistré.</source>
        <translation>Geen toegang geregistreerd.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Aucun consentement enregistré.</source>
        <translation>Geen toestemming geregistreerd.</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Bilans de compétences</source>
        <translation>Competentiebalansen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/indicators_pdf.py" line="+235"/>
        <location line="+52"/>
        <source>Catégorie</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/subject_access.py" line="+20"/>
        <source>Ce document répond à votre droit d&apos;accès (article 15 du RGPD). Vous pouvez demander la rectification d&apos;une donnée inexacte ou l&apos;effacement de vos données à votre accompagnateur ou accompagnatrice ({controller}).</source>
        <translation>Dit document beantwoordt uw recht op inzage (artikel 15 van de AVG). U kunt uw begeleider ({controller}) vragen om onjuiste gegevens recht te zetten of uw gegevens te wissen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ce document répond à votre droit d&apos;accès (article 15 du RGPD). Vous pouvez demander la rectification d&apos;une donnée inexacte ou l&apos;effacement de vos données à votre accompagnateur ou accompagnatrice.</source>
        <translation>Dit document beantwoordt uw recht op inzage (artikel 15 van de AVG). U kunt uw begeleider vragen om onjuiste gegevens recht te zetten of uw gegevens te wissen.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/indicators_pdf.py" line="-54"/>
        <location line="+52"/>
        <source>Cellule</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+39"/>
        <source>Comptes masqués</source>
        <translation>Verborgen tellingen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/subject_access.py" line="-24"/>
        <source>Compétences</source>
        <translation>Competenties</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+48"/>
        <source>Consentement</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consentement au traitement des données</source>
        <translation>Toestemming voor de verwerking van gegevens</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Copie de toutes les données vous concernant, établie le {generated}.</source>
        <translation>Kopie van alle gegevens over u, opgemaakt op {generated}.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+41"/>
        <source>Données personnelles — droit d&apos;accès</source>
        <translation>Persoonsgegevens — recht op inzage</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Démarches administratives</source>
        <translation>Administratieve stappen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/indicators_pdf.py" line="-31"/>
        <source>Détail par cellule</source>
        <translation>Detail per cel</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/subject_access.py" line="+4"/>
        <source>Expériences professionnelles</source>
        <translation>Werkervaring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formations et diplômes</source>
        <translation>Opleidingen en diploma&apos;s</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Identité et coordonnées</source>
        <translation>Identiteit en contactgegevens</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Imprimé le {printed}. Le consentement peut être retiré à tout moment.</source>
        <translation>Afgedrukt op {printed}. De toestemming kan op elk moment worden ingetrokken.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/indicators_pdf.py" line="-10"/>
        <location line="+14"/>
        <location line="+25"/>
        <location line="+27"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Indicateurs consolidés</source>
        <translation>Geconsolideerde indicatoren</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Indicateurs consolidés {period}</source>
        <translation>Geconsolideerde indicatoren {period}</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Les comptes de 1 à {highest} sont masqués (« &lt; {threshold} ») pour qu&apos;aucun chiffre ne désigne une personne.</source>
        <translation>Tellingen van 1 tot {highest} worden verborgen (“&lt; {threshold}”) zodat geen enkel cijfer naar een persoon verwijst.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/subject_access.py" line="-153"/>
        <source>Métiers visés</source>
        <translation>Beoogde beroepen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Notes de suivi</source>
        <translation>Opvolgingsnotities</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/layout.py" line="+198"/>
        <source>Page {page} / {total}</source>
        <translation>Pagina {page} / {total}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/subject_access.py" line="+9"/>
        <source>Plan d&apos;action</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/fonts.py" line="+45"/>
        <source>Police de caractères manquante : « {name} » (réinstallez l&apos;application).</source>
        <translation>Lettertype ontbreekt: “{name}” (installeer de toepassing opnieuw).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/indicators_pdf.py" line="-5"/>
        <source>Période : {period} — établi le {today:%d/%m/%Y}</source>
        <translation>Periode: {period} — opgemaakt op {today:%d/%m/%Y}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Période : {period} — établi le {today:%d/%m/%Y} par {owner}</source>
        <translation>Periode: {period} — opgemaakt op {today:%d/%m/%Y} door {owner}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rapport mensuel d&apos;activité</source>
        <translation>Maandelijks activiteitenverslag</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Rapport mensuel {period}</source>
        <translation>Maandverslag {period}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/subject_access.py" line="-10"/>
        <source>Rendez-vous</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/indicators_pdf.py" line="+35"/>
        <source>Rien reçu pour cette période.</source>
        <translation>Niets ontvangen voor deze periode.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Signature : ________________________</source>
        <translation>Handtekening: ________________________</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/subject_access.py" line="+172"/>
        <source>Signature de l&apos;accompagnateur·rice</source>
        <translation>Handtekening van de begeleider</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Signature de la personne</source>
        <translation>Handtekening van de persoon</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Sorties</source>
        <translation>Uitstroom</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/indicators_pdf.py" line="-22"/>
        <location line="+39"/>
        <source>Total affiché</source>
        <translation>Getoond totaal</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Totaux</source>
        <translation>Totalen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Totaux, tous accompagnements</source>
        <translation>Totalen, alle begeleiders</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+52"/>
        <source>Valeur</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Valeurs affichées (les comptes masqués &lt; 5 valent 0)</source>
        <translation>Getoonde waarden (verborgen tellingen &lt; 5 tellen als 0)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/subject_access.py" line="+92"/>
        <source>Vos données personnelles</source>
        <translation>Uw persoonsgegevens</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>supprimé (conservé jusqu&apos;à effacement)</source>
        <translation>verwijderd (bewaard tot de wissing)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/indicators_pdf.py" line="+126"/>
        <source>{counsellor} — source : {source}</source>
        <translation>{counsellor} — bron: {source}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/subject_access.py" line="-1"/>
        <source>État</source>
        <translation>Toestand</translation>
    </message>
</context>
<context>
    <name>rights</name>
    <message>
        <location filename="../../reconv_desktop/rights/retention.py" line="+31"/>
        <source>anonymiser</source>
        <translation>anonimiseren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effacer</source>
        <translation>wissen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Anonymiser {months} mois après la fin de la cellule.</source>
        <translation>Anonimiseren {months} maanden na het einde van de cel.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Application de la durée de conservation</source>
        <translation>Bewaartermijn toepassen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/consent.py" line="+29"/>
        <source>Aucun consentement enregistré.</source>
        <translation>Geen toestemming geregistreerd.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/retention.py" line="-114"/>
        <source>Durée de conservation invalide : de 1 à {limit} mois.</source>
        <translation>Ongeldige bewaartermijn: 1 tot {limit} maanden.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/erasure.py" line="+101"/>
        <source>Effacement : {table}</source>
        <translation>Wissen: {table}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Effacement terminé</source>
        <translation>Wissen voltooid</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/retention.py" line="-57"/>
        <source>Effacer {months} mois après la fin de la cellule.</source>
        <translation>Wissen {months} maanden na het einde van de cel.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/consent.py" line="+29"/>
        <source>Indiquez la date du consentement.</source>
        <translation>Vul de datum van toestemming in.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/access.py" line="+104"/>
        <source>Mise en page du PDF</source>
        <translation>Pdf opmaken</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/retention.py" line="+63"/>
        <source>Mode de conservation : anonymise ou delete.</source>
        <translation>Bewaarwijze: anonymise of delete.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/erasure.py" line="-4"/>
        <source>Nettoyage de l&apos;index de recherche</source>
        <translation>Zoekindex opschonen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/linked.py" line="+74"/>
        <source>Personne introuvable : {worker_id}.</source>
        <translation>Persoon niet gevonden: {worker_id}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/access.py" line="-8"/>
        <source>Rassemblement des données</source>
        <translation>Gegevens verzamelen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../reconv_desktop/rights/retention.py" line="+125"/>
        <source>Terminé</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/subject_access.py" line="+55"/>
        <location filename="../../reconv_desktop/rights/consent.py" line="-27"/>
        <source>{scope} — donné le {date}, recueilli par {by}.</source>
        <translation>{scope} — gegeven op {date}, verkregen door {by}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reconv_desktop/rights/consent.py" line="+2"/>
        <source>{scope} — donné le {date}.</source>
        <translation>{scope} — gegeven op {date}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/access.py" line="-10"/>
        <source>Écriture du fichier JSON</source>
        <translation>JSON-bestand schrijven</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/journal.py" line="-18"/>
        <source>personne</source>
        <translation>persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sauvegarde</source>
        <translation>back-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>règle de conservation</source>
        <translation>bewaarregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coffre</source>
        <translation>kluis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>journal</source>
        <translation>logboek</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../reconv_desktop/settings.py" line="+67"/>
        <source>Délai d&apos;effacement du presse-papiers invalide (0 à {limit} s).</source>
        <translation>Ongeldige wachttijd voor het wissen van het klembord (0 tot {limit} s).</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Délai de verrouillage invalide (plus de 0 et au plus {limit:.0f} minutes).</source>
        <translation>Ongeldige vergrendeltijd (meer dan 0 en hoogstens {limit:.0f} minuten).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Langue non prise en charge : {language}.</source>
        <translation>Taal niet ondersteund: {language}.</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../../reconv_desktop/store/migrations/__init__.py" line="+103"/>
        <source>Ce coffre a été enregistré par une version plus récente de Reconv Desktop (schéma {current}) : mettez l&apos;application à jour.</source>
        <translation>Deze kluis is opgeslagen met een nieuwere versie van Reconv Desktop (schema {current}): werk de toepassing bij.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/actions.py" line="+167"/>
        <location filename="../../reconv_desktop/store/admin_steps.py" line="+124"/>
        <source>Commentaire</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Date de début</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date de fin</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Date de sortie</source>
        <translation>Uitstroomdatum</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/timeline.py" line="+57"/>
        <source>Date et heure du rendez-vous invalides.</source>
        <translation>Ongeldige datum en tijd van de afspraak.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Durée invalide (5 à 600 minutes).</source>
        <translation>Ongeldige duur (5 tot 600 minuten).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/actions.py" line="+20"/>
        <source>Employeur</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/records.py" line="+85"/>
        <location line="+15"/>
        <source>Enregistrement introuvable ({table} {record_id}).</source>
        <translation>Record niet gevonden ({table} {record_id}).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cells.py" line="+38"/>
        <source>Entreprise</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/dropin.py" line="+45"/>
        <source>Indiquez le nom puis le prénom de la personne (ex. « Wójcik Łukasz »).</source>
        <translation>Vul de naam en dan de voornaam van de persoon in (bv. “Wójcik Łukasz”).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/actions.py" line="-105"/>
        <source>Intitulé</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&apos;intitulé de l&apos;action est obligatoire.</source>
        <translation>De titel van de actie is verplicht.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>La date de fin précède la date de début.</source>
        <translation>De einddatum ligt voor de begindatum.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>La date de la sortie est obligatoire.</source>
        <translation>De uitstroomdatum is verplicht.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cells.py" line="+13"/>
        <source>La fin de la cellule précède son début.</source>
        <translation>Het einde van de cel ligt voor het begin.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/timeline.py" line="+60"/>
        <location line="+11"/>
        <source>La note</source>
        <translation>De notitie</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+11"/>
        <source>La note est vide.</source>
        <translation>De notitie is leeg.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/admin_steps.py" line="-55"/>
        <source>Le code et le libellé de l&apos;étape sont obligatoires.</source>
        <translation>De code en de omschrijving van de stap zijn verplicht.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cells.py" line="-17"/>
        <source>Le nom de la cellule est obligatoire.</source>
        <translation>De naam van de cel is verplicht.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/admin_steps.py" line="-3"/>
        <source>Libellé</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/timeline.py" line="-60"/>
        <source>Lieu</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/dropin.py" line="+22"/>
        <location filename="../../reconv_desktop/store/timeline.py" line="-1"/>
        <source>Motif</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cells.py" line="+12"/>
        <source>Notes CCT</source>
        <translation>Notities over de cao</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/actions.py" line="-76"/>
        <source>Organisme</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+22"/>
        <source>Résultat</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cells.py" line="-7"/>
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/actions.py" line="-24"/>
        <location line="+19"/>
        <location filename="../../reconv_desktop/store/timeline.py" line="-2"/>
        <location line="+14"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Type d&apos;action</source>
        <translation>Soort actie</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Type de contrat</source>
        <translation>Soort contract</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/timeline.py" line="-17"/>
        <source>Type de rendez-vous</source>
        <translation>Soort afspraak</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/actions.py" line="-4"/>
        <source>Type de sortie</source>
        <translation>Soort uitstroom</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/attention.py" line="+94"/>
        <source>aucun contact</source>
        <translation>geen contact</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>dernier contact le {date}</source>
        <translation>laatste contact op {date}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{label} (échéance {due_date:%d/%m/%Y})</source>
        <translation>{label} (deadline {due_date:%d/%m/%Y})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{title} (échéance {due_date:%d/%m/%Y})</source>
        <translation>{title} (deadline {due_date:%d/%m/%Y})</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/actions.py" line="-73"/>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../reconv_desktop/sync/indicators.py" line="+31"/>
        <source>Actions démarrées (par type)</source>
        <translation>Gestarte acties (per soort)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/coordination.py" line="+120"/>
        <source>Aucun fichier cell.jsonl ni admin_step_template.jsonl dans « {folder} ».</source>
        <translation>Geen bestand cell.jsonl of admin_step_template.jsonl in “{folder}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/reference_data.py" line="+65"/>
        <source>Aucun référentiel dans ce coffre : importez-en un (reconv referential import-esco DOSSIER) avant de l&apos;envoyer.</source>
        <translation>Geen referentiekader in deze kluis: importeer er een (reconv referential import-esco MAP) voordat u het verstuurt.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/export.py" line="+153"/>
        <source>Aucune coordination enregistrée : importez d&apos;abord sa carte (reconv coordination enrol CARTE.json).</source>
        <translation>Geen coördinatie geregistreerd: importeer eerst haar kaart (reconv coordination enrol KAART.json).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="+180"/>
        <source>Carte d&apos;identité invalide : {detail}.</source>
        <translation>Ongeldige identiteitskaart: {detail}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Carte illisible : « {path} » ({strerror}).</source>
        <translation>Onleesbare kaart: “{path}” ({strerror}).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/coordination.py" line="-76"/>
        <source>Ce coffre est enrôlé auprès d&apos;une coordination : il ne peut pas en devenir une.</source>
        <translation>Deze kluis is aangesloten bij een coördinatie: ze kan er zelf geen worden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ce coffre n&apos;est pas un coffre de coordination (reconv coord init).</source>
        <translation>Deze kluis is geen coördinatiekluis (reconv coord init).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="+18"/>
        <source>Cette carte est celle d&apos;un appareil « {role} », pas « {expected} ».</source>
        <translation>Deze kaart hoort bij een toestel “{role}”, niet “{expected}”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cette carte est celle de cet appareil-ci.</source>
        <translation>Deze kaart is die van dit toestel zelf.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/coordination.py" line="+113"/>
        <source>Cette personne n&apos;a été reçue qu&apos;en pseudonymisé : le transfert demande un envoi complet par son accompagnateur·rice.</source>
        <translation>Deze persoon werd alleen gepseudonimiseerd ontvangen: een overdracht vraagt een volledig pakket van diens begeleider.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/export.py" line="+93"/>
        <source>Chiffrement et écriture</source>
        <translation>Versleutelen en schrijven</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/conflicts.py" line="+74"/>
        <source>Conflit n° {conflict_id} introuvable.</source>
        <translation>Conflict nr. {conflict_id} niet gevonden.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="+56"/>
        <source>Destinataire non enregistré : « {device} ».</source>
        <translation>Ontvanger niet geregistreerd: “{device}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/indicators.py" line="+2"/>
        <source>Démarches administratives terminées</source>
        <translation>Afgeronde administratieve stappen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/export.py" line="+3"/>
        <source>Enregistrement dans l&apos;historique</source>
        <translation>Opslaan in de geschiedenis</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/indicators.py" line="-5"/>
        <source>File active en fin de mois (par statut)</source>
        <translation>Caseload aan het einde van de maand (per status)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/importing.py" line="+153"/>
        <source>Fusion de « {table} »</source>
        <translation>“{table}” samenvoegen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="-71"/>
        <location filename="../../reconv_desktop/sync/rows.py" line="+166"/>
        <source>JSON illisible</source>
        <translation>onleesbare JSON</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/conflicts.py" line="+38"/>
        <source>Le conflit n° {conflict_id} est déjà résolu.</source>
        <translation>Conflict nr. {conflict_id} is al opgelost.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/errors.py" line="+15"/>
        <source>Lot refusé : {reason} Rien n&apos;a été modifié.</source>
        <translation>Pakket geweigerd: {reason} Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="+269"/>
        <source>Lot vérifié</source>
        <translation>Pakket gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/indicators.py" line="+1"/>
        <source>Nouvelles inscriptions</source>
        <translation>Nieuwe inschrijvingen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/coordination.py" line="-8"/>
        <source>Personne « {worker_id} » inconnue de la coordination.</source>
        <translation>Persoon “{worker_id}” is onbekend bij de coördinatie.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/export.py" line="-105"/>
        <source>Portée inconnue « {scope} » : {scopes}.</source>
        <translation>Onbekende reikwijdte “{scope}”: {scopes}.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Préparation des données</source>
        <translation>Gegevens voorbereiden</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/indicators.py" line="+74"/>
        <source>Période invalide « {text} » : AAAA-MM attendu.</source>
        <translation>Ongeldige periode “{text}”: JJJJ-MM verwacht.</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Rendez-vous réalisés (par type)</source>
        <translation>Gehouden afspraken (per soort)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/coordination.py" line="+74"/>
        <source>Rien à envoyer : choisissez --reference, --referential, --transfer ou --receipts.</source>
        <translation>Niets te versturen: kies --reference, --referential, --transfer of --receipts.</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Référentiel « {name} » invalide : {reason} Rien n&apos;a été modifié.</source>
        <translation>Ongeldige referentiegegevens “{name}”: {reason} Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="-80"/>
        <source>Rôle inconnu : « {role} » (counsellor ou coordination).</source>
        <translation>Onbekende rol: “{role}” (counsellor of coordination).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/export.py" line="+25"/>
        <source>Signature</source>
        <translation>Ondertekenen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/indicators.py" line="+2"/>
        <source>Sorties (par type)</source>
        <translation>Uitstroom (per soort)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/export.py" line="+33"/>
        <source>Terminé</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="-39"/>
        <source>Vérification de « {name} »</source>
        <translation>“{name}” controleren</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="-123"/>
        <source>accompagnement</source>
        <translation>begeleiding</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="-177"/>
        <source>ce fichier n&apos;est pas un lot Reconv (format inconnu).</source>
        <translation>dit bestand is geen Reconv-pakket (onbekend formaat).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="+161"/>
        <source>ce fichier n&apos;est pas un lot Reconv (il n&apos;est pas chiffré avec age).</source>
        <translation>dit bestand is geen Reconv-pakket (het is niet met age versleuteld).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="+54"/>
        <source>ce lot a été produit par cet appareil-ci.</source>
        <translation>dit pakket is door dit toestel zelf gemaakt.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ce lot est adressé à un autre appareil.</source>
        <translation>dit pakket is voor een ander toestel bestemd.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>ce lot est au format {version}, plus récent que celui que connaît cette application ({supported}) : mettez l&apos;application à jour.</source>
        <translation>dit pakket heeft formaat {version}, nieuwer dan het formaat dat deze toepassing kent ({supported}): werk de toepassing bij.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="+11"/>
        <source>ce lot n&apos;est pas chiffré pour cet appareil (destiné à quelqu&apos;un d&apos;autre).</source>
        <translation>dit pakket is niet voor dit toestel versleuteld (bestemd voor iemand anders).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="+154"/>
        <source>ce n&apos;est pas une carte Reconv</source>
        <translation>dit is geen Reconv-kaart</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="+21"/>
        <source>champ « {key} » du manifeste manquant ou mal formé.</source>
        <translation>veld “{key}” van het manifest ontbreekt of is ongeldig.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="+10"/>
        <source>champ « {key} » manquant ou mal formé</source>
        <translation>veld “{key}” ontbreekt of is ongeldig</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="+36"/>
        <source>chemin interdit dans l&apos;archive : « {name} ».</source>
        <translation>verboden pad in het archief: “{name}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="+12"/>
        <source>clé publique illisible</source>
        <translation>onleesbare publieke sleutel</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/rows.py" line="+34"/>
        <source>colonne inconnue « {name} »</source>
        <translation>onbekende kolom “{name}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>colonne obligatoire « {name} » absente</source>
        <translation>verplichte kolom “{name}” ontbreekt</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/export.py" line="-240"/>
        <source>complet (toutes les données, ex. transfert de dossier)</source>
        <translation>volledig (alle gegevens, bv. overdracht van een dossier)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="+88"/>
        <source>contenu trop volumineux ({total_rows} lignes, {size} Mo décompressés).</source>
        <translation>inhoud te groot ({total_rows} rijen, {size} MB gedecomprimeerd).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="-175"/>
        <source>coordination</source>
        <translation>coördinatie</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="+12"/>
        <source>entrée inattendue dans l&apos;archive : « {name} ».</source>
        <translation>onverwacht item in het archief: “{name}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="+8"/>
        <source>entrée non annoncée dans le manifeste : « {name} ».</source>
        <translation>item niet vermeld in het manifest: “{name}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="+5"/>
        <source>entrée « {name} » en double dans l&apos;archive.</source>
        <translation>item “{name}” dubbel in het archief.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>entrée « {name} » interdite (lien, dossier ou fichier spécial).</source>
        <translation>item “{name}” verboden (koppeling, map of speciaal bestand).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="-76"/>
        <source>expéditeur inconnu (« {name} », appareil {device}) : enregistrez d&apos;abord sa carte après avoir vérifié son empreinte.</source>
        <translation>onbekende afzender (“{name}”, toestel {device}): registreer eerst diens kaart na controle van de vingerafdruk.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="+33"/>
        <source>fichier illisible « {name} » ({strerror}).</source>
        <translation>onleesbaar bestand “{name}” ({strerror}).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="+198"/>
        <source>fichier trop grand</source>
        <translation>bestand te groot</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="-8"/>
        <source>fichier trop volumineux ({size} Mo ; maximum {limit} Mo).</source>
        <translation>bestand te groot ({size} MB; hoogstens {limit} MB).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="-32"/>
        <source>format {version} trop ancien, plus pris en charge.</source>
        <translation>formaat {version} te oud, niet meer ondersteund.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/rows.py" line="-27"/>
        <source>horloge « updated_at » mal formée</source>
        <translation>ongeldige klok “updated_at”</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="-29"/>
        <source>identifiant d&apos;appareil vide</source>
        <translation>lege toestelidentificatie</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/rows.py" line="-10"/>
        <source>identifiant « id » manquant ou mal formé</source>
        <translation>identificatie “id” ontbreekt of is ongeldig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>identifiant « {row_id} » en double</source>
        <translation>identificatie “{row_id}” dubbel</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/export.py" line="-4"/>
        <source>indicateurs (comptages mensuels anonymes)</source>
        <translation>indicatoren (anonieme maandelijkse tellingen)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="+28"/>
        <source>l&apos;archive contenue dans le lot est illisible.</source>
        <translation>het archief in het pakket is onleesbaar.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="+155"/>
        <source>l&apos;empreinte SHA-256 de « {name} » ne correspond pas au manifeste (contenu modifié).</source>
        <translation>de SHA-256-vingerafdruk van “{name}” komt niet overeen met het manifest (inhoud gewijzigd).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="+12"/>
        <source>l&apos;empreinte ne correspond pas aux clés (carte modifiée ou abîmée)</source>
        <translation>de vingerafdruk komt niet overeen met de sleutels (kaart gewijzigd of beschadigd)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/rows.py" line="-30"/>
        <source>la colonne « {name} » doit être du texte</source>
        <translation>kolom “{name}” moet tekst zijn</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>la colonne « {name} » doit être un nombre entier</source>
        <translation>kolom “{name}” moet een geheel getal zijn</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>la colonne « {name} » ne peut pas être vide</source>
        <translation>kolom “{name}” mag niet leeg zijn</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/importing.py" line="+142"/>
        <source>la sauvegarde faite avant chaque import a échoué ({message})</source>
        <translation>de back-up die voor elke import wordt gemaakt, is mislukt ({message})</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="-114"/>
        <source>la signature ne correspond pas à la clé enregistrée de « {name} » (lot falsifié ou signé par quelqu&apos;un d&apos;autre).</source>
        <translation>de handtekening komt niet overeen met de geregistreerde sleutel van “{name}” (pakket vervalst of door iemand anders ondertekend).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="-72"/>
        <source>le contenu chiffré a été modifié (au moins un octet ne se vérifie plus) : ne l&apos;utilisez pas et demandez un nouvel envoi.</source>
        <translation>de versleutelde inhoud is gewijzigd (minstens één byte klopt niet meer): gebruik het niet en vraag een nieuwe zending.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>le fichier est tronqué (copie interrompue ou clé USB retirée trop tôt ?) : demandez un nouvel envoi.</source>
        <translation>het bestand is afgekapt (kopie onderbroken of usb-stick te vroeg verwijderd?): vraag een nieuwe zending.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="+50"/>
        <source>le fichier « {file} » annoncé manque.</source>
        <translation>het vermelde bestand “{file}” ontbreekt.</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>le manifeste est illisible (JSON invalide).</source>
        <translation>het manifest is onleesbaar (ongeldige JSON).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="+85"/>
        <source>le manifeste ou sa signature manque.</source>
        <translation>het manifest of de handtekening ervan ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/reference_data.py" line="+98"/>
        <source>ligne {line} de « ref_occupation_skill » : métier ou compétence absent</source>
        <translation>regel {line} van “ref_occupation_skill”: beroep of competentie ontbreekt</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>ligne {line} de « ref_occupation_skill » : relation inconnue</source>
        <translation>regel {line} van “ref_occupation_skill”: onbekende relatie</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>ligne {line} de « {table} » : identifiant incohérent</source>
        <translation>regel {line} van “{table}”: inconsistente identificatie</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>ligne {line} de « {table} » d&apos;une autre version ou supprimée</source>
        <translation>regel {line} van “{table}” van een andere versie of verwijderd</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/rows.py" line="-13"/>
        <source>ligne {line} de « {table} » invalide : {detail}.</source>
        <translation>regel {line} van “{table}” ongeldig: {detail}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="+2"/>
        <source>manifeste trop volumineux.</source>
        <translation>manifest te groot.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/conflicts.py" line="-89"/>
        <source>modifié des deux côtés depuis le dernier échange</source>
        <translation>aan beide kanten gewijzigd sinds de laatste uitwisseling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>même horloge, contenus différents</source>
        <translation>zelfde klok, verschillende inhoud</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/rows.py" line="+66"/>
        <source>origine « origin » manquante ou mal formée</source>
        <translation>oorsprong “origin” ontbreekt of is ongeldig</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/export.py" line="+1"/>
        <source>pseudonymisé (sans nom, contact, numéro national ni texte libre)</source>
        <translation>gepseudonimiseerd (zonder naam, contactgegevens, rijksregisternummer of vrije tekst)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/reference_data.py" line="+99"/>
        <source>reçu de « {sender} »</source>
        <translation>ontvangen van “{sender}”</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>référentiel : {sizes} — pas plus récent que celui en place, inchangé</source>
        <translation>referentiekader: {sizes} — niet recenter dan het huidige, ongewijzigd</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>référentiel : {sizes} — refusé (seule la coordination envoie le référentiel)</source>
        <translation>referentiekader: {sizes} — geweigerd (alleen de coördinatie verstuurt het referentiekader)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>référentiel : {sizes} — remplace l&apos;actuel</source>
        <translation>referentiekader: {sizes} — vervangt het huidige</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>référentiel joint invalide : {detail}.</source>
        <translation>bijgevoegd referentiekader ongeldig: {detail}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="-14"/>
        <source>rôle « {role} » inconnu</source>
        <translation>onbekende rol “{role}”</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="+4"/>
        <source>signature illisible.</source>
        <translation>onleesbare handtekening.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="+201"/>
        <source>table inconnue « {name} ».</source>
        <translation>onbekende tabel “{name}”.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>table « {name} » : fichier ou empreinte mal décrits.</source>
        <translation>tabel “{name}”: bestand of vingerafdruk slecht beschreven.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>table « {name} » : « {key} » mal formé.</source>
        <translation>tabel “{name}”: “{key}” ongeldig.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>table « {name} » mal décrite dans le manifeste.</source>
        <translation>tabel “{name}” slecht beschreven in het manifest.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/rows.py" line="-26"/>
        <source>texte qui n&apos;est pas de l&apos;UTF-8</source>
        <translation>tekst die geen UTF-8 is</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="-18"/>
        <source>trop d&apos;entrées dans l&apos;archive.</source>
        <translation>te veel items in het archief.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="+70"/>
        <source>type de lot inconnu « {kind} ».</source>
        <translation>onbekend soort pakket “{kind}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/rows.py" line="+9"/>
        <source>un objet JSON est attendu</source>
        <translation>een JSON-object wordt verwacht</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="-11"/>
        <source>version de carte inconnue (mettez l&apos;application à jour)</source>
        <translation>onbekende kaartversie (werk de toepassing bij)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="-151"/>
        <source>version de format illisible « {version} ».</source>
        <translation>onleesbare formaatversie “{version}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/export.py" line="+57"/>
        <source>{column} (réduit à l&apos;année)</source>
        <translation>{column} (beperkt tot het jaar)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/reference_data.py" line="+157"/>
        <source>{skills} compétences, {occupations} métiers, {links} liens</source>
        <translation>{skills} competenties, {occupations} beroepen, {links} koppelingen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/rows.py" line="+20"/>
        <source>« deleted » doit valoir 0 ou 1</source>
        <translation>“deleted” moet 0 of 1 zijn</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/reference_data.py" line="-144"/>
        <source>« ref_meta » doit contenir exactement une ligne « referential »</source>
        <translation>“ref_meta” moet precies één rij “referential” bevatten</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>« {column} » annonce {declared} lignes, « {table} » en contient {n}</source>
        <translation>“{column}” vermeldt {declared} rijen, “{table}” bevat er {n}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="+195"/>
        <source>« {name} » : {n} lignes au lieu des {rows} annoncées.</source>
        <translation>“{name}”: {n} rijen in plaats van de vermelde {rows}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="+30"/>
        <source>« {name} » n&apos;est pas un gzip valide.</source>
        <translation>“{name}” is geen geldig gzip-bestand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>« {name} » se décompresse au-delà de la taille annoncée (bombe de décompression ?).</source>
        <translation>“{name}” wordt groter dan de vermelde grootte bij het decomprimeren (decompressiebom?).</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <location filename="../../reconv_desktop/store/training_import.py" line="+81"/>
        <source>, colonne « {column} »</source>
        <translation>, kolom “{column}”</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+57"/>
        <source>CSV illisible ({exc}).</source>
        <translation>Onleesbare CSV ({exc}).</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Catalogue « {name} », {where} : {detail} Rien n&apos;a été importé.</source>
        <translation>Catalogus “{name}”, {where}: {detail} Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/training.py" line="+22"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Compétence mal formée : « {value} ».</source>
        <translation>Ongeldige competentie: “{value}”.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Date de début</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de fin</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/training_import.py" line="+16"/>
        <source>Fichier illisible « {name} » ({strerror}).</source>
        <translation>Onleesbaar bestand “{name}” ({strerror}).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/training.py" line="-121"/>
        <source>Financement</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Intitulé</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>L&apos;intitulé de la formation est obligatoire.</source>
        <translation>De titel van de opleiding is verplicht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../reconv_desktop/store/trainings.py" line="+95"/>
        <source>La date de fin précède la date de début.</source>
        <translation>De einddatum ligt voor de begindatum.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/trainings.py" line="-26"/>
        <source>Le catalogue de formations est tenu par la coordination : il se met à jour par ses envois.</source>
        <translation>De opleidingscatalogus wordt beheerd door de coördinatie: hij wordt bijgewerkt via haar zendingen.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/training.py" line="-129"/>
        <source>Lieu</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Métier visé</source>
        <translation>Beoogd beroep</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Métier visé (URI)</source>
        <translation>Beoogd beroep (URI)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Nombre d&apos;heures hors limites : {value} (0 à {limit}).</source>
        <translation>Aantal uren buiten de grenzen: {value} (0 tot {limit}).</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Nombre d&apos;heures invalide : « {raw} » (heures entières).</source>
        <translation>Ongeldig aantal uren: “{raw}” (hele uren).</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Nombre d&apos;heures invalide : « {raw} » (un nombre entier est attendu).</source>
        <translation>Ongeldig aantal uren: “{raw}” (een geheel getal wordt verwacht).</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Organisme</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remarques</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/training_import.py" line="+113"/>
        <source>aucune formation dans le fichier.</source>
        <translation>geen opleiding in het bestand.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>colonne en double.</source>
        <translation>dubbele kolom.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>colonne inconnue (attendues : intitule, organisme, lieu, debut, fin, heures, financement, metier, metier_uri, competences, contact, remarques, code).</source>
        <translation>onbekende kolom (verwacht: intitule, organisme, lieu, debut, fin, heures, financement, metier, metier_uri, competences, contact, remarques, code).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>compétence « {token} » inconnue du référentiel.</source>
        <translation>competentie “{token}” staat niet in het referentiekader.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/training.py" line="+33"/>
        <source>dates à préciser</source>
        <translation>data nog te bepalen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>du {start} au {end}</source>
        <translation>van {start} tot {end}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/training_import.py" line="-150"/>
        <source>en-tête</source>
        <translation>kopregel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>fichier trop volumineux (20 Mo au plus).</source>
        <translation>bestand te groot (hoogstens 20 MB).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/training.py" line="+4"/>
        <source>jusqu&apos;au {end}</source>
        <translation>tot {end}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/training_import.py" line="+80"/>
        <source>la colonne « intitule » est obligatoire.</source>
        <translation>de kolom “intitule” is verplicht.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>le fichier est vide.</source>
        <translation>het bestand is leeg.</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>ligne {line}</source>
        <translation>regel {line}</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>plus de {limit} formations.</source>
        <translation>meer dan {limit} opleidingen.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{values} valeurs pour {columns} colonnes (séparateur ou guillemets à vérifier).</source>
        <translation>{values} waarden voor {columns} kolommen (controleer het scheidingsteken of de aanhalingstekens).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/training.py" line="-2"/>
        <source>à partir du {start}</source>
        <translation>vanaf {start}</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../reconv_desktop/domain/validation.py" line="+93"/>
        <source>Adresse e-mail invalide : « {text} ».</source>
        <translation>Ongeldig e-mailadres: “{text}”.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date de naissance</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Date de naissance peu plausible (âge : {age} ans).</source>
        <translation>Onwaarschijnlijke geboortedatum (leeftijd: {age} jaar).</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>La date de naissance doit être dans le passé.</source>
        <translation>De geboortedatum moet in het verleden liggen.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/national_number.py" line="+77"/>
        <source>Numéro NIR invalide : la clé de contrôle (2 derniers chiffres) ne correspond pas.</source>
        <translation>Ongeldig NIR-nummer: de controlegetallen (laatste 2 cijfers) kloppen niet.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Numéro NISS invalide : la clé de contrôle (2 derniers chiffres) ne correspond pas.</source>
        <translation>Ongeldig rijksregisternummer: de controlegetallen (laatste 2 cijfers) kloppen niet.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/validation.py" line="+57"/>
        <source>Numéro de téléphone invalide : « {text} ».</source>
        <translation>Ongeldig telefoonnummer: “{text}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/national_number.py" line="+18"/>
        <source>Numéro national non reconnu : 11 chiffres pour un NISS belge, 15 caractères pour un NIR français.</source>
        <translation>Nationaal nummer niet herkend: 11 cijfers voor een Belgisch rijksregisternummer, 15 tekens voor een Frans NIR.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/validation.py" line="-39"/>
        <source>{label} est obligatoire.</source>
        <translation>{label} is verplicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+45"/>
        <source>{label} est trop long ({limit} caractères au plus).</source>
        <translation>{label} is te lang (hoogstens {limit} tekens).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{label} inconnu : « {raw} » (valeurs possibles : {accepted}).</source>
        <translation>Onbekende waarde voor {label}: “{raw}” (mogelijke waarden: {accepted}).</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>{label} invalide : « {text} » (format attendu JJ/MM/AAAA).</source>
        <translation>Ongeldige {label}: “{text}” (verwacht formaat DD/MM/JJJJ).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{label} ne peut pas contenir de chiffres.</source>
        <translation>{label} mag geen cijfers bevatten.</translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <location filename="../../reconv_desktop/vault/instance_lock.py" line="+38"/>
        <source>%d/%m/%Y à %H:%M</source>
        <translation>%d/%m/%Y om %H:%M</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/header.py" line="+173"/>
        <source>Aucun coffre dans « {parent} » (en-tête absent).</source>
        <translation>Geen kluis in “{parent}” (header ontbreekt).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/remembered_key.py" line="+43"/>
        <source>Aucun trousseau sécurisé n&apos;est disponible sur cet ordinateur (gestionnaire de mots de passe du système) : la phrase de passe sera demandée à chaque ouverture.</source>
        <translation>Er is geen beveiligde sleutelhanger beschikbaar op deze computer (de wachtwoordbeheerder van het systeem): de wachtzin wordt bij elke opening gevraagd.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/connection.py" line="+26"/>
        <source>Base de données du coffre introuvable : « {path} ».</source>
        <translation>Database van de kluis niet gevonden: “{path}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/header.py" line="+26"/>
        <source>Ce coffre a été créé par une version plus récente de Reconv Desktop : mettez l&apos;application à jour.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van Reconv Desktop: werk de toepassing bij.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/instance_lock.py" line="+89"/>
        <source>Ce coffre est déjà ouvert par une autre fenêtre de Reconv Desktop{who}. Utilisez-la, ou fermez-la avant de rouvrir le coffre.</source>
        <translation>Deze kluis is al geopend in een ander venster van Reconv Desktop{who}. Gebruik dat venster, of sluit het voordat u de kluis opnieuw opent.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/header.py" line="-6"/>
        <source>Ce fichier n&apos;est pas un en-tête de coffre Reconv.</source>
        <translation>Dit bestand is geen header van een Reconv-kluis.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/vault.py" line="+31"/>
        <source>Clé de secours incorrecte pour ce coffre.</source>
        <translation>Verkeerde herstelsleutel voor deze kluis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clé de secours mal formée : 32 caractères attendus, en 8 groupes de 4 (ex. ABCD-EFGH-…).</source>
        <translation>Ongeldige herstelsleutel: 32 tekens verwacht, in 8 groepen van 4 (bv. ABCD-EFGH-…).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/connection.py" line="+33"/>
        <source>Disque plein : la modification n&apos;a pas été enregistrée. Libérez de la place ; les données déjà enregistrées sont intactes.</source>
        <translation>Schijf vol: de wijziging is niet opgeslagen. Maak ruimte vrij; de reeds opgeslagen gegevens zijn intact.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/header.py" line="+29"/>
        <source>En-tête du coffre corrompu : restaurez-le depuis une sauvegarde ou utilisez la clé brute exportée.</source>
        <translation>Header van de kluis beschadigd: herstel hem uit een back-up of gebruik de geëxporteerde ruwe sleutel.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>En-tête du coffre illisible (champ manquant ou altéré).</source>
        <translation>Header van de kluis onleesbaar (veld ontbreekt of is gewijzigd).</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>En-tête du coffre illisible : méthode de dérivation inconnue.</source>
        <translation>Header van de kluis onleesbaar: onbekende sleutelafleidingsmethode.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>En-tête du coffre illisible : {strerror}.</source>
        <translation>Header van de kluis onleesbaar: {strerror}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>En-tête du coffre invalide (taille anormale).</source>
        <translation>Ongeldige header van de kluis (abnormale grootte).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/vault.py" line="+49"/>
        <source>Impossible de créer le dossier « {data_dir} » : {strerror}.</source>
        <translation>Kan de map “{data_dir}” niet aanmaken: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/instance_lock.py" line="+27"/>
        <source>Impossible de créer le verrou du coffre dans « {parent} » ({strerror}).</source>
        <translation>Kan de vergrendeling van de kluis niet aanmaken in “{parent}” ({strerror}).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/header.py" line="-34"/>
        <source>L&apos;en-tête du coffre a été modifié (contrôle d&apos;intégrité en échec). Restaurez-le depuis une sauvegarde.</source>
        <translation>De header van de kluis is gewijzigd (integriteitscontrole mislukt). Herstel hem uit een back-up.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/connection.py" line="-15"/>
        <source>La base du coffre ne s&apos;ouvre pas avec cette clé (fichier corrompu ou ne correspondant pas à l&apos;en-tête).</source>
        <translation>De database van de kluis gaat niet open met deze sleutel (bestand beschadigd of past niet bij de header).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Le disque du coffre ne répond plus (clé USB retirée ?) : la modification n&apos;a pas été enregistrée.</source>
        <translation>De schijf van de kluis reageert niet meer (usb-stick verwijderd?): de wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Le dossier du coffre est en lecture seule : la modification n&apos;a pas été enregistrée. Les données déjà enregistrées sont intactes.</source>
        <translation>De map van de kluis is alleen-lezen: de wijziging is niet opgeslagen. De reeds opgeslagen gegevens zijn intact.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/remembered_key.py" line="-8"/>
        <source>Le trousseau du système n&apos;a pas pu être chargé.</source>
        <translation>De sleutelhanger van het systeem kon niet worden geladen.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/vault.py" line="-53"/>
        <source>Phrase de passe incorrecte. Vérifiez la saisie (majuscules, clavier) et réessayez.</source>
        <translation>Verkeerde wachtzin. Controleer wat u typte (hoofdletters, toetsenbord) en probeer opnieuw.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Un coffre existe déjà dans « {data_dir} ».</source>
        <translation>Er bestaat al een kluis in “{data_dir}”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Une base « {name} » existe sans en-tête dans « {data_dir} » : déplacez-la avant de créer un coffre.</source>
        <translation>Er staat een database “{name}” zonder header in “{data_dir}”: verplaats ze voordat u een kluis aanmaakt.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/instance_lock.py" line="-112"/>
        <source>processus {pid} sur « {hostname} », depuis le {since}</source>
        <translation>proces {pid} op “{hostname}”, sinds {since}</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../reconv_desktop/domain/workers.py" line="+45"/>
        <source>Adresse</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cellule</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Champ inconnu : {name}.</source>
        <translation>Onbekend veld: {name}.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consentement recueilli par</source>
        <translation>Toestemming verkregen door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date d&apos;inscription</source>
        <translation>Inschrijvingsdatum</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Date de naissance</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date du consentement</source>
        <translation>Datum van toestemming</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dernier contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Indiquez la date du consentement.</source>
        <translation>Vul de datum van toestemming in.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Localité</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Nom</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Numéro national</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Portée du consentement</source>
        <translation>Reikwijdte van de toestemming</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Prénom</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Téléphone</source>
        <translation>Telefoon</translation>
    </message>
</context>
</TS>
