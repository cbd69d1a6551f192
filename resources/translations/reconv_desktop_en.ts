<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>ActionKind</name>
    <message>
        <location filename="../../reconv_desktop/domain/enums.py" line="+45"/>
        <source>Candidature</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entretien d&apos;embauche</source>
        <translation>Job interview</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Formation</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Immersion en entreprise</source>
        <translation>Work placement</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <location line="+9"/>
        <source>abandonnée</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>en cours</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>prévue</source>
        <translation>planned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>terminée</source>
        <translation>completed</translation>
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
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisme</source>
        <translation>Organisation</translation>
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
        <translation>Title (e.g. Forklift licence)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Échéance JJ/MM/AAAA</source>
        <translation>Deadline DD/MM/YYYY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter l&apos;a&amp;ction</source>
        <translation>Add ac&amp;tion</translation>
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
        <translation>&amp;Drop-in mode</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sept prochains jours</source>
        <translation>Next seven days</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Aujourd&apos;hui, {day}</source>
        <translation>Today, {day}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Aucun rendez-vous</source>
        <translation>No appointment</translation>
    </message>
</context>
<context>
    <name>AppointmentKind</name>
    <message>
        <location filename="../../reconv_desktop/domain/enums.py" line="-22"/>
        <source>Entretien individuel</source>
        <translation>Individual interview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passage en permanence</source>
        <translation>Drop-in visit</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Séance collective</source>
        <translation>Group session</translation>
    </message>
</context>
<context>
    <name>AppointmentStatus</name>
    <message>
        <location line="+8"/>
        <source>absent</source>
        <translation>no-show</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>annulé</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>prévu</source>
        <translation>planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>réalisé</source>
        <translation>done</translation>
    </message>
</context>
<context>
    <name>AuditConstraintsForm</name>
    <message>
        <location filename="../../ui/audits/audit_constraints.ui" line="+10"/>
        <source>Trajet &amp;maximum (minutes)</source>
        <translation>&amp;Maximum commute (minutes)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Uniquement en transports en &amp;commun</source>
        <translation>Public transport &amp;only</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permis (e&amp;x. B, C, CE)</source>
        <translation>Driving licences (e.&amp;g. B, C, CE)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dispose d&apos;un &amp;véhicule</source>
        <translation>Has a &amp;vehicle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Horaires possibles</source>
        <translation>Possible &amp;hours</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restrictions de &amp;santé</source>
        <translation>Health &amp;restrictions</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Autres c&amp;ontraintes</source>
        <translation>Other cons&amp;traints</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Enregistrer les contraintes</source>
        <translation>&amp;Save constraints</translation>
    </message>
</context>
<context>
    <name>AuditEditor</name>
    <message>
        <location filename="../../reconv_desktop/gui/audits/editor.py" line="+64"/>
        <source>Ctrl+Tab / Ctrl+Maj+Tab : onglet suivant / précédent</source>
        <translation>Ctrl+Tab / Ctrl+Shift+Tab: next / previous tab</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parcours professionnel</source>
        <translation>Work history</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employeur</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fonction</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entrée</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sortie</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tâches</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ajouter un &amp;emploi…</source>
        <translation>Add a &amp;job…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formation et certificats</source>
        <translation>Education and certificates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Établissement</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtenu le</source>
        <translation>Obtained on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarque</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ajouter une &amp;formation…</source>
        <translation>Add &amp;education…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parcours</source>
        <translation>Career</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compétences (savoir-faire, savoirs, savoir-être)</source>
        <translation>Skills (know-how, knowledge, soft skills)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+245"/>
        <source>Compétence</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transférable</source>
        <translation>Transferable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preuve</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ajouter une &amp;compétence…</source>
        <translation>Add a s&amp;kill…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Intérêts, contraintes</source>
        <translation>Interests, constraints</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Plan d&apos;action</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsable</source>
        <translation>Owner</translation>
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
        <translation>Add a s&amp;tep…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synthèse</source>
        <translation>Synthesis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Métiers cibles</source>
        <translation>Target occupations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aperçu / Imprimer</source>
        <translation>Preview / Print</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>en cours</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>référentiel</source>
        <translation>referential</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>texte libre</source>
        <translation>free text</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Emploi occupé</source>
        <translation>Job held</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Formation ou certificat</source>
        <translation>Education or certificate</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Étape du plan d&apos;action</source>
        <translation>Action plan step</translation>
    </message>
</context>
<context>
    <name>AuditEducationForm</name>
    <message>
        <location filename="../../ui/audits/audit_education.ui" line="+10"/>
        <source>&amp;Intitulé</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Type</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Éta&amp;blissement</source>
        <translation>&amp;Institution</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Obtenu le (JJ/MM/AAAA)</source>
        <translation>&amp;Obtained on (DD/MM/YYYY)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Remarque</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>AuditExperienceForm</name>
    <message>
        <location filename="../../ui/audits/audit_experience.ui" line="+10"/>
        <source>&amp;Employeur</source>
        <translation>&amp;Employer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Fonction occupée</source>
        <translation>&amp;Role held</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Secteur</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Date d&apos;entrée (JJ/MM/AAAA)</source>
        <translation>Start &amp;date (DD/MM/YYYY)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date de s&amp;ortie (vide : en cours)</source>
        <translation>End d&amp;ate (empty: ongoing)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Tâches principales</source>
        <translation>Main &amp;tasks</translation>
    </message>
</context>
<context>
    <name>AuditPlanStepForm</name>
    <message>
        <location filename="../../ui/audits/audit_plan_step.ui" line="+10"/>
        <source>É&amp;tape</source>
        <translation>S&amp;tep</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Responsable</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>É&amp;chéance (JJ/MM/AAAA)</source>
        <translation>&amp;Deadline (DD/MM/YYYY)</translation>
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
        <translation>S&amp;kill</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Niveau</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Preuve / observation</source>
        <translation>&amp;Evidence / observation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compétence &amp;transférable ou savoir-être</source>
        <translation>&amp;Transferable or soft skill</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tapez quelques lettres pour choisir dans le référentiel (flèches puis Entrée), ou écrivez librement une compétence qui n&apos;y figure pas.</source>
        <translation>Type a few letters to choose from the referential (arrows, then Enter), or write freely a skill it does not list.</translation>
    </message>
</context>
<context>
    <name>AuditsPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/audits/page.py" line="+62"/>
        <source>Bilans de compétences</source>
        <translation>Skills audits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Personne</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rechercher une personne…</source>
        <translation>Search for a person…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rechercher une personne</source>
        <translation>Search for a person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personnes trouvées</source>
        <translation>People found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seu&amp;lement les personnes avec un bilan</source>
        <translation>On&amp;ly people with an audit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bilans de la personne</source>
        <translation>&amp;Audits of this person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bilans de la personne</source>
        <translation>Audits of this person</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Nouveau bilan</source>
        <translation>&amp;New audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendre co&amp;urant</source>
        <translation>Make c&amp;urrent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importer un référentiel ESCO…</source>
        <translation>Import an ESCO referential…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choisissez une personne pour voir ou commencer son bilan.</source>
        <translation>Choose a person to see or start their skills audit.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>A déjà un bilan de compétences.</source>
        <translation>Already has a skills audit.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source> (clôturé le {day})</source>
        <translation> (closed on {day})</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{name} — pas encore de bilan : « Nouveau bilan » pour commencer.</source>
        <translation>{name} — no audit yet: “New audit” to start one.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Supprimer « {title} » et tout son contenu (parcours, compétences, plan) ?</source>
        <translation>Delete “{title}” and everything in it (career, skills, plan)?</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+23"/>
        <source> — courant</source>
        <translation> — current</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Supprimer le bilan</source>
        <translation>Delete the audit</translation>
    </message>
</context>
<context>
    <name>BackupKeyDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/settings/backups_dialog.py" line="+137"/>
        <source>Ouvrir la sauvegarde</source>
        <translation>Open the backup</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sauvegarde du {when}. Elle s&apos;ouvre avec la phrase de passe en vigueur ce jour-là, ou avec la clé de secours imprimée.</source>
        <translation>Backup of {when}. It opens with the passphrase in use on that day, or with the printed recovery key.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Phrase de passe</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clé de secours</source>
        <translation>&amp;Recovery key</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phrase de passe ou clé de secours</source>
        <translation>Passphrase or recovery key</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location line="+29"/>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>à l&apos;écriture</source>
        <translation>when written</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aucune sauvegarde dans ce dossier pour l&apos;instant.</source>
        <translation>No backup in this folder yet.</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>{n} personne(s)</source>
        <translation>{n} person(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} cellule(s)</source>
        <translation>{n} cell(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} note(s)</source>
        <translation>{n} note(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} rendez-vous</source>
        <translation>{n} appointment(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} démarche(s)</source>
        <translation>{n} administrative step(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} action(s)</source>
        <translation>{n} action(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} sortie(s)</source>
        <translation>{n} outcome(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} bilan(s)</source>
        <translation>{n} skills audit(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} CV</source>
        <translation>{n} CV(s)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Coffre de : {owner}.</source>
        <translation>Vault of: {owner}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sauvegarde automatique faite dans « {folder} ».</source>
        <translation>Automatic backup made in “{folder}”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sauvegarde automatique impossible : {reason}</source>
        <translation>Automatic backup failed: {reason}</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>oui, contrôlée à {time}</source>
        <translation>yes, checked at {time}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cette sauvegarde ne s&apos;ouvre pas avec la clé du coffre ouvert ; sa phrase de passe ou la clé de secours sera demandée pour la restaurer.</source>
        <translation>This backup does not open with the key of the open vault; its passphrase or the recovery key will be asked to restore it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lecture de la sauvegarde…</source>
        <translation>Reading the backup…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ABÎMÉE</source>
        <translation>DAMAGED</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+88"/>
        <source>Vérification de la sauvegarde…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Sauvegarde créée et vérifiée : {name}</source>
        <translation>Backup created and verified: {name}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Les prochaines sauvegardes iront dans « {folder} ».</source>
        <translation>The next backups will go to “{folder}”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remplacer le coffre par la sauvegarde du {when} ?</source>
        <translation>Replace the vault with the backup of {when}?</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Restauration de la sauvegarde du {when} en cours…</source>
        <translation>Restoring the backup of {when}…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Coffre restauré depuis la sauvegarde du {when}. Déverrouillez-le pour continuer.</source>
        <translation>Vault restored from the backup of {when}. Unlock it to continue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copie de sécurité de l&apos;ancien coffre : {path}</source>
        <translation>Safety copy of the previous vault: {path}</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Sauvegarde du coffre…</source>
        <translation>Backing up the vault…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dossier des sauvegardes (par exemple une clé USB)</source>
        <translation>Backup folder (for example a USB stick)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Les changements faits depuis cette sauvegarde ne seront plus dans le coffre. Une copie de sécurité du coffre actuel est gardée d&apos;abord, dans le dossier « avant-restauration » du dossier des données.

La fenêtre se verrouillera ensuite : déverrouillez-la pour retrouver le coffre restauré.</source>
        <translation>Changes made since this backup will no longer be in the vault. A safety copy of the current vault is kept first, in the “avant-restauration” folder of the data folder.

The window will then lock: unlock it to find the restored vault.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Sauvegarde du {when} — {reason} — intacte. Schéma {schema}.
Contient : {counts}.
{owner}</source>
        <translation>Backup of {when} — {reason} — intact. Schema {schema}.
Holds: {counts}.
{owner}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rien</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>erreur inattendue</source>
        <translation>unexpected error</translation>
    </message>
    <message>
        <location line="+309"/>
        <source>La restauration n&apos;a pas abouti ; le coffre est inchangé.</source>
        <translation>The restore did not complete; the vault is unchanged.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restauration de la sauvegarde…</source>
        <translation>Restoring the backup…</translation>
    </message>
</context>
<context>
    <name>BackupsForm</name>
    <message>
        <location filename="../../ui/settings/backups_dialog.ui" line="+10"/>
        <source>&amp;Dossier des sauvegardes</source>
        <translation>Backup &amp;folder</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>C&amp;hoisir…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Par exemple une clé USB : chaque sauvegarde est chiffrée.</source>
        <translation>For example a USB stick: every backup is encrypted.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Par d&amp;éfaut</source>
        <translation>D&amp;efault</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sauvegarde automatique à la première ouverture du jour, avant chaque importation, effacement ou mise à jour. On garde les 7 derniers jours, 4 semaines et 12 mois.</source>
        <translation>Automatic backup at the first opening of the day, before every import, erasure or update. The last 7 days, 4 weeks and 12 months are kept.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifiée</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contenu de la sauvegarde choisie</source>
        <translation>Content of the chosen backup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choisissez une sauvegarde dans la liste.</source>
        <translation>Choose a backup in the list.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Sauvegarder maintenant</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Vérifier</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restaurer…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>CardConfirm</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/enrol.py" line="+63"/>
        <source>&amp;Charger une carte…</source>
        <translation>&amp;Load a card…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Empreinte</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L&apos;&amp;empreinte est bien celle que la personne m&apos;a lue (par téléphone ou en personne)</source>
        <translation>The &amp;fingerprint is the one the person read to me (by phone or in person)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choisir la carte d&apos;identité reçue</source>
        <translation>Choose the identity card you received</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cette carte est celle d&apos;un appareil « {role} », pas « {expected} ».</source>
        <translation>This card belongs to a “{role}” device, not “{expected}”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({role}), appareil {device}&lt;br&gt;Empreinte à comparer :</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({role}), device {device}&lt;br&gt;Fingerprint to compare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sans nom</source>
        <translation>no name</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../reconv_desktop/gui/caseload/model.py" line="+39"/>
        <source>Nom</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cellule</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dernier contact</source>
        <translation>Last contact</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/caseload/page.py" line="+54"/>
        <source>Rechercher un nom, une note, une action… (Ctrl+F)</source>
        <translation>Search a name, a note, an action… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filtrer par cellule</source>
        <translation>Filter by cell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filtrer par statut</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Nouvelle personne (Ctrl+N)</source>
        <translation>&amp;New person (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Toutes les cellules</source>
        <translation>All cells</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>{n} personne(s)</source>
        <translation>
            <numerusform>{n} person</numerusform>
            <numerusform>{n} people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/caseload/worker_tabs.py" line="-72"/>
        <source>Cochez une démarche quand elle est faite (Espace).</source>
        <translation>Tick a step when it is done (Space).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> — faite le {day}</source>
        <translation> — done on {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — échéance {day}</source>
        <translation> — due {day}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Démarche cochée</source>
        <translation>Step ticked</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/import_wizard.py" line="+81"/>
        <source>Importer un lot</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choisissez le fichier reçu. Il est vérifié (signature, destinataire, intégrité) avant tout aperçu ; rien n&apos;est modifié avant votre confirmation.</source>
        <translation>Choose the file you received. It is verified (signature, recipient, integrity) before any preview; nothing changes until you confirm.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fichier du lot</source>
        <translation>Bundle file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choisir le lot reçu</source>
        <translation>Choose the received bundle</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Vérification du lot…</source>
        <translation>Verifying the bundle…</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/history.py" line="+148"/>
        <source>Aucun conflit à examiner.</source>
        <translation>No conflict to review.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version actuelle</source>
        <translation>Current version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Autre version</source>
        <translation>Other version</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Garder la version actuelle</source>
        <translation>&amp;Keep the current version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prendre l&apos;autre version (échanger)</source>
        <translation>&amp;Take the other version (swap)</translation>
    </message>
</context>
<context>
    <name>ConsentScope</name>
    <message>
        <location filename="../../reconv_desktop/domain/enums.py" line="-15"/>
        <source>Accompagnement</source>
        <translation>Support</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accompagnement et partage avec la coordination</source>
        <translation>Support and sharing with coordination</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Pas de consentement</source>
        <translation>No consent</translation>
    </message>
</context>
<context>
    <name>ContractType</name>
    <message>
        <location line="+48"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>CDD</source>
        <translation>Fixed-term contract</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>CDI</source>
        <translation>Permanent contract</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contrat aidé</source>
        <translation>Subsidised contract</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Intérim</source>
        <translation>Temporary agency work</translation>
    </message>
</context>
<context>
    <name>CoordinationPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/shell/pages.py" line="+94"/>
        <location filename="../../reconv_desktop/gui/sync/coordination_page.py" line="+53"/>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync/coordination_page.py" line="+4"/>
        <location line="+12"/>
        <source>Accompagnateurs enregistrés</source>
        <translation>Registered counsellors</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empreinte</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lots reçus</source>
        <translation>Bundles received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dernier lot reçu</source>
        <translation>Last bundle received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dernier mois</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Ajouter un·e accompagnateur·rice…</source>
        <translation>&amp;Add a counsellor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Importer un lot reçu…</source>
        <translation>&amp;Import a received bundle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Envoyer un lot…</source>
        <translation>&amp;Send a bundle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter ma &amp;carte…</source>
        <translation>Export my &amp;card…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Indicateurs consolidés du &amp;mois :</source>
        <translation>Consolidated indicators for the &amp;month:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporter en &amp;PDF…</source>
        <translation>Export as &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter en C&amp;SV…</source>
        <translation>Export as CS&amp;V…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Indicateurs consolidés</source>
        <translation>Consolidated indicators</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>{month} : chiffres de {n} accompagnateur(s) sur {total}.</source>
        <translation>
            <numerusform>{month}: figures from {n} of {total} counsellor.</numerusform>
            <numerusform>{month}: figures from {n} of {total} counsellors.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Exporté : {path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tableaux CSV (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporter les indicateurs consolidés</source>
        <translation>Export the consolidated indicators</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Écriture…</source>
        <translation>Writing…</translation>
    </message>
</context>
<context>
    <name>CvEditor</name>
    <message>
        <location filename="../../reconv_desktop/gui/cv/editor.py" line="+50"/>
        <source>Quelques phrases : métier, années d&apos;expérience, points forts, projet.</source>
        <translation>A few sentences: occupation, years of experience, strengths, plans.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Soudeur
Employeur : Entreprise
Période : 09/1999 – 12/2024
- une tâche</source>
        <translation>Welder
Employer : Company
Period : 09/1999 – 12/2024
- a task</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Titre du diplôme
Établissement : École
Année : 2012</source>
        <translation>Title of the diploma
Institution : School
Year : 2012</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Une compétence par ligne, éventuellement « — Maîtrise »</source>
        <translation>One skill per line, optionally “— Proficient”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Un atout par ligne</source>
        <translation>One strength per line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Français — langue maternelle</source>
        <translation>French — native language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B, C
Véhicule personnel</source>
        <translation>B, C
Own vehicle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un centre d&apos;intérêt par ligne — détail</source>
        <translation>One interest per line — detail</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Titre du CV</source>
        <translation>CV title</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Classique (une colonne)</source>
        <translation>Classic (one column)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderne (deux colonnes)</source>
        <translation>Modern (two columns)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Titre :</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modèle :</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rubriques du CV</source>
        <translation>CV sections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monter</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descendre</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monter la rubrique (Alt+Haut)</source>
        <translation>Move the section up (Alt+Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descendre la rubrique (Alt+Bas)</source>
        <translation>Move the section down (Alt+Down)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rubriques (cochées = imprimées) :</source>
        <translation>Sections (ticked = printed):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Aperçu du CV</source>
        <translation>CV preview</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporter en PDF…</source>
        <translation>Export as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter en Word…</source>
        <translation>Export as Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter en JSON Resume…</source>
        <translation>Export as JSON Resume…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titre (métier visé)</source>
        <translation>Headline (target occupation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Localité</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cochée : imprimée sur le CV</source>
        <translation>Ticked: printed on the CV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L&apos;âge, l&apos;adresse complète et la photo ne sont pas imprimés par défaut : ils n&apos;aident pas à être rappelé·e et exposent à la discrimination.</source>
        <translation>Age, full address and photo are not printed by default: they do not help to get a call back and expose the person to discrimination.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Modifications en cours…</source>
        <translation>Saving changes…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{low} à {high}</source>
        <translation>{low} to {high}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{high} au plus</source>
        <translation>{high} at most</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} caractères (conseillé : {span})</source>
        <translation>{n} characters (advised: {span})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} caractères — un peu court (conseillé : {span})</source>
        <translation>{n} characters — a little short (advised: {span})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} caractères — trop long pour une page (conseillé : {span})</source>
        <translation>{n} characters — too long for one page (advised: {span})</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Enregistré.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Resume (*.json)</source>
        <translation>JSON Resume (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporter le CV</source>
        <translation>Export the CV</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>CV exporté : {path}</source>
        <translation>CV exported: {path}</translation>
    </message>
</context>
<context>
    <name>CvHistoryForm</name>
    <message>
        <location filename="../../ui/cv/cv_history.ui" line="+8"/>
        <source>&amp;Versions enregistrées (la plus récente en haut)</source>
        <translation>&amp;Saved versions (newest first)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Versions du CV</source>
        <translation>CV versions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contenu de la version choisie</source>
        <translation>Content of the chosen version</translation>
    </message>
</context>
<context>
    <name>CvNewForm</name>
    <message>
        <location filename="../../ui/cv/cv_new.ui" line="+16"/>
        <source>&amp;Métier visé</source>
        <translation>&amp;Target occupation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Métier visé</source>
        <translation>Target occupation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Titre du CV</source>
        <translation>CV t&amp;itle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Titre du CV</source>
        <translation>CV title</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>M&amp;odèle</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Modèle de mise en page</source>
        <translation>Page layout</translation>
    </message>
</context>
<context>
    <name>CvPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/cv/page.py" line="+66"/>
        <source>Projets de CV</source>
        <translation>CV drafts</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>C&amp;V de la personne</source>
        <translation>&amp;CVs of this person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CV de la personne</source>
        <translation>CVs of this person</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Métier visé</source>
        <translation>Target occupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modèle</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dernière modification</source>
        <translation>Last edited</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Nouveau CV…</source>
        <translation>&amp;New CV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ac&amp;tualiser depuis le bilan…</source>
        <translation>Refresh from the a&amp;udit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Historique…</source>
        <translation>Histor&amp;y…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Supprimer</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Montre ce que le bilan changerait, rubrique par rubrique, avant d&apos;appliquer</source>
        <translation>Shows what the audit would change, section by section, before applying</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supprimer ce CV et son historique (Suppr)</source>
        <translation>Delete this CV and its history (Del)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ouvrir le &amp;bilan de la personne</source>
        <translation>Open the person&apos;s &amp;skills audit</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choisissez une personne pour voir ses CV ou en créer un à partir de son bilan de compétences.</source>
        <translation>Choose a person to see their CVs or create one from their skills audit.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{name} n&apos;a pas encore de CV : « Nouveau CV… » en crée un à partir de son bilan de compétences.</source>
        <translation>{name} has no CV yet: “New CV…” creates one from their skills audit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} n&apos;a pas encore de bilan de compétences. Un CV se construit à partir du bilan : commencez-le sur la page Bilans (Ctrl+4), puis revenez créer le CV.</source>
        <translation>{name} has no skills audit yet. A CV is built from the audit: start it on the Skills audits page (Ctrl+4), then come back to create the CV.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nouveau CV</source>
        <translation>New CV</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Actualiser depuis le bilan</source>
        <translation>Refresh from the audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce CV reprend déjà tout ce que contient le bilan : rien à actualiser.</source>
        <translation>This CV already contains everything in the audit: nothing to refresh.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Supprimer le CV</source>
        <translation>Delete the CV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supprimer « {title} » et toutes ses versions ? Le bilan n&apos;est pas touché.</source>
        <translation>Delete “{title}” and all its versions? The audit is not touched.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/cv/dialogs.py" line="+47"/>
        <source>Classique (une colonne)</source>
        <translation>Classic (one column)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderne (deux colonnes)</source>
        <translation>Modern (two columns)</translation>
    </message>
</context>
<context>
    <name>CvPhotoBox</name>
    <message>
        <location filename="../../reconv_desktop/gui/cv/photo_box.py" line="+45"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cochée : la photo est imprimée sur ce CV</source>
        <translation>Ticked: the photo is printed on this CV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facultative : de nombreux recruteurs recommandent de ne pas en mettre (risque de discrimination).</source>
        <translation>Optional: many recruiters advise against one (risk of discrimination).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Photo de la personne</source>
        <translation>Photo of the person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisir une photo…</source>
        <translation>Choose a photo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer la photo de la personne (tous ses CV)</source>
        <translation>Remove the person&apos;s photo (all their CVs)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Aucune photo enregistrée : choisissez-en une pour l&apos;imprimer.</source>
        <translation>No photo saved: choose one to print it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choisir une photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images JPEG ou PNG (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>JPEG or PNG images (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vérification de la photo…</source>
        <translation>Checking the photo…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Retirer la photo</source>
        <translation>Remove the photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer la photo de cette personne ? Elle disparaît de tous ses CV.</source>
        <translation>Remove this person&apos;s photo? It disappears from all their CVs.</translation>
    </message>
</context>
<context>
    <name>CvSections</name>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="+50"/>
        <source>Identité et coordonnées</source>
        <translation>Identity and contact details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expérience professionnelle</source>
        <translation>Work experience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formation</source>
        <translation>Education</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atouts</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langues</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permis de conduire</source>
        <translation>Driving licences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centres d&apos;intérêt</source>
        <translation>Interests</translation>
    </message>
</context>
<context>
    <name>CvTemplate</name>
    <message>
        <location line="-26"/>
        <source>Classique (une colonne)</source>
        <translation>Classic (one column)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderne (deux colonnes)</source>
        <translation>Modern (two columns)</translation>
    </message>
</context>
<context>
    <name>DropInForm</name>
    <message>
        <location filename="../../ui/agenda/dropin.ui" line="+8"/>
        <source>Tapez le nom de la personne : choisissez-la dans la liste (flèches) ou laissez le nom tel quel pour l&apos;inscrire. Entrée enregistre le passage.</source>
        <translation>Type the person&apos;s name: pick them in the list (arrow keys) or leave the name as typed to register them. Enter records the visit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Personne</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nom Prénom (ex. Wójcik Łukasz)</source>
        <translation>Family name Given name (e.g. Wójcik Łukasz)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Motif</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ce qui a été dit ou fait (facultatif)</source>
        <translation>What was said or done (optional)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Enregistrer le passage</source>
        <translation>Record the &amp;visit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passages d&apos;aujourd&apos;hui</source>
        <translation>Today&apos;s visits</translation>
    </message>
</context>
<context>
    <name>DropInPanel</name>
    <message>
        <location filename="../../reconv_desktop/gui/agenda/page.py" line="+28"/>
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier chômage</source>
        <translation>Unemployment file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formation</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question administrative</source>
        <translation>Administrative question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offre d&apos;emploi</source>
        <translation>Job offer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+61"/>
        <source> — dernier contact {day}</source>
        <translation> — last contact {day}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nouvelle personne : « {name} »</source>
        <translation>New person: “{name}”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passage pour : {name}</source>
        <translation>Visit for: {name}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Passage enregistré : {name} (nouvelle personne inscrite)</source>
        <translation>Visit recorded: {name} (new person registered)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passage enregistré : {name}</source>
        <translation>Visit recorded: {name}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Tapez d&apos;abord le nom de la personne.</source>
        <translation>Type the person&apos;s name first.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Passage en permanence non enregistré</source>
        <translation>Drop-in visit not recorded</translation>
    </message>
</context>
<context>
    <name>EducationKind</name>
    <message>
        <location filename="../../reconv_desktop/domain/skill_audit.py" line="+59"/>
        <source>Certificat / attestation</source>
        <translation>Certificate / attestation</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Diplôme</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formation suivie</source>
        <translation>Training attended</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/enrol.py" line="-86"/>
        <source>Cartes Reconv (*.json *.reconv-card);;Tous les fichiers (*)</source>
        <translation>Reconv cards (*.json *.reconv-card);;All files (*)</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Enregistrer la coordination</source>
        <translation>Register coordination</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer un·e accompagnateur·rice</source>
        <translation>Register a counsellor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chargez la carte reçue (fichier .json), puis comparez l&apos;empreinte avec celle que la personne vous lit. Ne confirmez que si elles sont identiques.</source>
        <translation>Load the card you received (.json file), then compare its fingerprint with the one the person reads to you. Confirm only if they are identical.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Exporter ma carte d&apos;identité</source>
        <translation>Export my identity card</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Carte non écrite</source>
        <translation>Card not written</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Carte écrite</source>
        <translation>Card written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carte écrite dans {path}.

Empreinte à lire à voix haute à l&apos;autre partie :
{fingerprint}</source>
        <translation>Card written to {path}.

Fingerprint to read aloud to the other side:
{fingerprint}</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/shell/wizard.py" line="+253"/>
        <source>Inscription auprès de la coordination (facultatif)</source>
        <translation>Enrolment with coordination (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Si la coordination vous a remis sa carte (fichier .json), chargez-la et comparez l&apos;empreinte avec celle qu&apos;elle vous lit. Sinon, cliquez sur Terminer : vous pourrez le faire plus tard depuis la page Synchronisation.</source>
        <translation>If coordination gave you its card (.json file), load it and compare the fingerprint with the one they read to you. Otherwise click Finish: you can do it later from the Sync page.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Inscription non enregistrée</source>
        <translation>Enrolment not recorded</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/caseload/rights_tab.py" line="+72"/>
        <source>Effacer une personne</source>
        <translation>Erase a person</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Effacer {name} partout dans ce coffre ?&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Son identité, ses notes, rendez-vous, démarches, actions, bilans et CV sont vidés et marqués supprimés ; la suppression partira vers la coordination avec le prochain lot.&lt;/li&gt;&lt;li&gt;Une sauvegarde est faite juste avant. Les sauvegardes faites avant l&apos;effacement contiennent encore cette personne jusqu&apos;à ce que leur rotation les supprime (au plus douze mois) ; celles faites après ne la contiennent plus.&lt;/li&gt;&lt;li&gt;C&apos;est irréversible.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Erase {name} everywhere in this vault?&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Their identity, notes, appointments, steps, actions, assessments and CVs are blanked and marked deleted; the deletion will reach coordination with the next bundle.&lt;/li&gt;&lt;li&gt;A backup is made just before. Backups made before the erasure still hold this person until rotation removes them (twelve months at most); backups made afterwards no longer do.&lt;/li&gt;&lt;li&gt;This cannot be undone.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pour confirmer, tapez son nom de famille (« {name} ») :</source>
        <translation>To confirm, type their family name (“{name}”):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nom de famille à taper</source>
        <translation>Family name to type</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Effacer définitivement</source>
        <translation>Erase for good</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/export_wizard.py" line="+43"/>
        <source>Lots Reconv (*.reconv);;Tous les fichiers (*)</source>
        <translation>Reconv bundles (*.reconv);;All files (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erreur inattendue : rien n&apos;a été écrit ; le détail technique est dans le journal.</source>
        <translation>Unexpected error: nothing was written; the technical details are in the log.</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>Exporter un lot</source>
        <translation>Export a bundle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Calcul de l&apos;aperçu…</source>
        <translation>Computing the preview…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enregistrer le lot</source>
        <translation>Save the bundle</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Écriture du lot…</source>
        <translation>Writing the bundle…</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/figures.py" line="+65"/>
        <source>Cellule</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accompagnement</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(sans cellule)</source>
        <translation>(no cell)</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../reconv_desktop/gui/shell/wizard.py" line="+13"/>
        <source>Reconv Desktop — premier démarrage</source>
        <translation>Reconv Desktop — first start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Le coffre n&apos;a pas pu être créé (erreur inattendue).</source>
        <translation>The vault could not be created (unexpected error).</translation>
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
        <translation>{size} KB</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/cv/dialogs.py" line="+247"/>
        <source>Historique du CV</source>
        <translation>CV history</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restaurer cette version</source>
        <translation>&amp;Restore this version</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Version {n} — {day} {hour}
{reason} · {title}</source>
        <translation>Version {n} — {day} {hour}
{reason} · {title}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/history.py" line="-126"/>
        <source>activité</source>
        <translation>activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>référence</source>
        <translation>reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accusés de réception</source>
        <translation>receipts</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sens</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondant</source>
        <translation>Peer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accusé de réception</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contenu (lignes)</source>
        <translation>Contents (rows)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>accusé le {when}</source>
        <translation>acknowledged on {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>en attente</source>
        <translation>pending</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>envoyé</source>
        <translation>sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reçu</source>
        <translation>received</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../reconv_desktop/gui/home/page.py" line="+30"/>
        <source>À faire aujourd&apos;hui</source>
        <translation>To do today</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cliquez sur une ligne (ou Entrée) pour ouvrir le dossier.</source>
        <translation>Click a line (or press Enter) to open the file.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rendez-vous du jour</source>
        <translation>Today&apos;s appointments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sans contact depuis 30 jours</source>
        <translation>No contact for 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Démarches administratives en retard</source>
        <translation>Overdue administrative steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échéances d&apos;actions dépassées</source>
        <translation>Overdue action deadlines</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Aucun rendez-vous aujourd&apos;hui.</source>
        <translation>No appointment today.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tout le monde a été vu récemment.</source>
        <translation>Everyone was seen recently.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aucune démarche en retard.</source>
        <translation>No overdue step.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aucune échéance dépassée.</source>
        <translation>No overdue deadline.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/import_wizard.py" line="-86"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvelles</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifiées</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimées</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inchangées</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusées</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Importer un lot</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Vérification du lot…</source>
        <translation>Verifying the bundle…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import du lot…</source>
        <translation>Importing the bundle…</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../reconv_desktop/gui/kit/charts.py" line="+34"/>
        <source>Graphique des indicateurs</source>
        <translation>Indicators chart</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Aucun chiffre pour ce mois</source>
        <translation>No figures for this month</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/audits/items.py" line="+66"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location line="+83"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>JournalAction</name>
    <message>
        <location filename="../../reconv_desktop/rights/journal.py" line="+55"/>
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Consultation d&apos;un dossier</source>
        <translation>File viewed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Durée de conservation</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Déverrouillage</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Effacement</source>
        <translation>Erasure</translation>
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
        <translation>Print</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restauration</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Sauvegarde</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/settings/journal_dialog.py" line="+86"/>
        <source>Journal d&apos;audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chaque déverrouillage, consultation d&apos;un dossier, exportation, impression, importation et effacement est noté ici, dans le coffre chiffré. Le journal ne peut pas être modifié.</source>
        <translation>Every unlock, file access, export, print, import and erasure is recorded here, inside the encrypted vault. The log cannot be edited.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lignes du journal</source>
        <translation>Log lines</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Exporter en CSV…</source>
        <translation>&amp;Export as CSV…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lecture du journal…</source>
        <translation>Reading the log…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{n} ligne(s) affichée(s), la plus récente en haut.</source>
        <translation>
            <numerusform>{n} line shown, newest first.</numerusform>
            <numerusform>{n} lines shown, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Journal exporté : {n} ligne(s) dans {path}</source>
        <translation>
            <numerusform>Log exported: {n} line in {path}</numerusform>
            <numerusform>Log exported: {n} lines in {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Exporter le journal d&apos;audit</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fichier CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location line="-100"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objet</source>
        <translation>Subject</translation>
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
        <location filename="../../reconv_desktop/gui/shell/app.py" line="+153"/>
        <source>Préparation du coffre de démonstration…</source>
        <translation>Preparing the demo vault…</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Cette copie de l&apos;application va se fermer sans ouvrir le coffre.</source>
        <translation>This copy of the application will close without opening the vault.</translation>
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
        <translation> — demo (fictitious data)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Verrouillé automatiquement après une période d&apos;inactivité.</source>
        <translation>Locked automatically after a period of inactivity.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/shell/pages.py" line="-45"/>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dossiers</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bilans</source>
        <translation>Skills audits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CV</source>
        <translation>CVs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rapports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/shell/main_window.py" line="+21"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nouvelle personne…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verrouiller</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+106"/>
        <location line="+15"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>&amp;Rechercher une personne</source>
        <translation>&amp;Search for a person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mode &amp;permanence</source>
        <translation>&amp;Drop-in mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À &amp;propos de Reconv Desktop</source>
        <translation>&amp;About Reconv Desktop</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(coffre verrouillé)</source>
        <translation>(vault locked)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Reconv Desktop {version}&lt;/h3&gt;&lt;p&gt;Le bureau hors ligne des conseillers en reconversion.&lt;/p&gt;&lt;p&gt;SQLCipher {cipher} (SQLite {sqlite})&lt;br&gt;Qt {qt} · PySide6 {pyside}&lt;/p&gt;&lt;p&gt;Ce service utilise la classification ESCO de la Commission européenne.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reconv Desktop {version}&lt;/h3&gt;&lt;p&gt;The offline desk of career-transition counsellors.&lt;/p&gt;&lt;p&gt;SQLCipher {cipher} (SQLite {sqlite})&lt;br&gt;Qt {qt} · PySide6 {pyside}&lt;/p&gt;&lt;p&gt;This service uses the ESCO classification of the European Commission.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>À propos de Reconv Desktop</source>
        <translation>About Reconv Desktop</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verrouillé</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Déverrouillé</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dernier envoi : {day}</source>
        <translation>Last bundle sent: {day}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{n} modification(s) non envoyée(s)</source>
        <translation>
            <numerusform>{n} change not yet sent</numerusform>
            <numerusform>{n} changes not yet sent</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Saisie non valide abandonnée :</source>
        <translation>Invalid input discarded:</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>&amp;Sauvegardes…</source>
        <translation>&amp;Backups…</translation>
    </message>
</context>
<context>
    <name>NewCvDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/cv/dialogs.py" line="-244"/>
        <source>Nouveau CV</source>
        <translation>New CV</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Le CV de {name} reprend son bilan « {audit} » ; il se modifie ensuite librement, sans toucher au bilan.</source>
        <translation>{name}&apos;s CV starts from their audit “{audit}”; it can then be edited freely without changing the audit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (adéquation {pct} %)</source>
        <translation> (fit {pct}%)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(aucun métier visé dans le bilan)</source>
        <translation>(no target occupation in the audit)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Créer le CV</source>
        <translation>Create the CV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>CV — {job}</source>
        <translation>CV — {job}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CV</source>
        <translation>CV</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/export_wizard.py" line="-231"/>
        <source>Lot mensuel pour la coordination</source>
        <translation>Monthly bundle for coordination</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choisissez le mois et ce que le lot contient. Vous verrez ensuite exactement ce qui quitte cet ordinateur, avant que rien ne soit écrit.</source>
        <translation>Choose the month and what the bundle holds. You will then see exactly what leaves this computer, before anything is written.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Mois</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Indicateurs : comptages mensuels anonymes (moins de 5 masqués)</source>
        <translation>&amp;Indicators: anonymous monthly counts (under 5 masked)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pseudonymisé : dossiers sans nom, contact, numéro national ni texte libre ; date de naissance réduite à l&apos;année</source>
        <translation>&amp;Pseudonymous: records without name, contact, national number or free text; birth date reduced to the year</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Complet : toutes les données (par exemple pour un transfert)</source>
        <translation>&amp;Full: all data (for example for a transfer)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contenu</source>
        <translation>Contents</translation>
    </message>
</context>
<context>
    <name>OutcomeKind</name>
    <message>
        <location filename="../../reconv_desktop/domain/enums.py" line="-8"/>
        <source>Création d&apos;activité</source>
        <translation>Business start-up</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Emploi</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formation qualifiante</source>
        <translation>Qualifying training</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retraite / RCC</source>
        <translation>Retirement / early retirement (RCC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sans solution</source>
        <translation>No solution</translation>
    </message>
</context>
<context>
    <name>OutcomeTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/caseload/worker_tabs.py" line="+104"/>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(sans objet)</source>
        <translation>(not applicable)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enregistrer la &amp;sortie</source>
        <translation>&amp;Record the outcome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type de sortie</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contrat</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employeur ou organisme</source>
        <translation>Employer or organisation</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pas encore de sortie enregistrée.</source>
        <translation>No outcome recorded yet.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../reconv_desktop/gui/shell/wizard.py" line="-314"/>
        <source>Bienvenue dans Reconv Desktop</source>
        <translation>Welcome to Reconv Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vos dossiers seront chiffrés sur cet ordinateur. Choisissez une phrase de passe d&apos;au moins 10 caractères : quelques mots, avec chiffres ou signes.</source>
        <translation>Your files will be encrypted on this computer. Choose a passphrase of at least 10 characters: a few words, with digits or symbols.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prénom Nom (facultatif)</source>
        <translation>Given name Family name (optional)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Votre &amp;nom</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phrase de passe</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Confirmation</source>
        <translation>&amp;Confirmation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Solidité : {strength}</source>
        <translation>Strength: {strength}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Les deux phrases de passe ne sont pas identiques.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Création du coffre chiffré…</source>
        <translation>Creating the encrypted vault…</translation>
    </message>
</context>
<context>
    <name>PlanOwner</name>
    <message>
        <location filename="../../reconv_desktop/domain/skill_audit.py" line="+16"/>
        <source>Conseiller·e</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Personne accompagnée</source>
        <translation>Person supported</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <location line="+9"/>
        <source>Abandonné</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>En cours</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/export_wizard.py" line="+12"/>
        <source>Ce qui quitte cet ordinateur</source>
        <translation>What leaves this computer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lignes</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Champs envoyés</source>
        <translation>Fields sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Champs retirés</source>
        <translation>Fields removed</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Écrire le lot…</source>
        <translation>&amp;Write the bundle…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calcul de l&apos;aperçu…</source>
        <translation>Computing the preview…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Destinataire(s) : {recipients}&lt;br&gt;Mois : {months}&lt;br&gt;&lt;b&gt;{n} ligne(s) au total&lt;/b&gt; dans ce lot.</source>
        <translation>
            <numerusform>Recipient(s): {recipients}&lt;br&gt;Month(s): {months}&lt;br&gt;&lt;b&gt;{n} row in total&lt;/b&gt; in this bundle.</numerusform>
            <numerusform>Recipient(s): {recipients}&lt;br&gt;Month(s): {months}&lt;br&gt;&lt;b&gt;{n} rows in total&lt;/b&gt; in this bundle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rien de nouveau à envoyer pour ce mois.</source>
        <translation>Nothing new to send for this month.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Écriture du lot…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync/import_wizard.py" line="-178"/>
        <source>Aperçu du lot (rien n&apos;est encore modifié)</source>
        <translation>Bundle preview (nothing changed yet)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Appliquer</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lot n° {number} de &lt;b&gt;{sender}&lt;/b&gt; — {kind}, période {period}, créé le {created} ({size} octets).&lt;br&gt;Signature et contenu vérifiés.</source>
        <translation>Bundle no. {number} from &lt;b&gt;{sender}&lt;/b&gt; — {kind}, period {period}, created {created} ({size} bytes).&lt;br&gt;Signature and contents verified.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{n} conflit(s) : la version perdante sera gardée dans la liste des conflits à examiner.</source>
        <translation>
            <numerusform>{n} conflict: the losing version will be kept in the list of conflicts to review.</numerusform>
            <numerusform>{n} conflicts: the losing versions will be kept in the list of conflicts to review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Accusé de réception de {n} lot(s) envoyé(s).</source>
        <translation>
            <numerusform>Acknowledges {n} sent bundle.</numerusform>
            <numerusform>Acknowledges {n} sent bundles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tables ignorées (format plus récent) : {tables}</source>
        <translation>Tables skipped (newer format): {tables}</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Ce lot a déjà été importé : l&apos;importer à nouveau ne changerait rien.</source>
        <translation>This bundle was already imported: importing it again would change nothing.</translation>
    </message>
</context>
<context>
    <name>PreviewTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/kit/pdf_preview.py" line="+50"/>
        <source>personne</source>
        <translation>person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bilan de compétences - {name}.pdf</source>
        <translation>Skills audit - {name}.pdf</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ac&amp;tualiser l&apos;aperçu</source>
        <translation>Refres&amp;h preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Imprimer…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer en P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inclure les restrictions de &amp;santé</source>
        <translation>Include health &amp;restrictions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Décochée, la version imprimée ne montre pas les restrictions de santé : elle peut être remise à un employeur.</source>
        <translation>Unchecked, the printed version leaves out health restrictions: it can be handed to an employer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Aperçu du bilan imprimé</source>
        <translation>Preview of the printed audit</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Mise en page du bilan…</source>
        <translation>Laying out the assessment…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Bilan de {name} : {n} page(s).</source>
        <translation>
            <numerusform>Skills audit of {name}: {n} page.</numerusform>
            <numerusform>Skills audit of {name}: {n} pages.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enregistré : {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Enregistrer le bilan en PDF</source>
        <translation>Save the assessment as PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bilan de compétences</source>
        <translation>Skills assessment</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/printing.py" line="+25"/>
        <source>Le rapport PDF n&apos;a pas pu être relu pour l&apos;impression.</source>
        <translation>The PDF report could not be read back for printing.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte.</source>
        <translation>The printer could not be opened.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/audits/profile.py" line="+58"/>
        <location line="+5"/>
        <source>Centres d&apos;intérêt</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Intérêt</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ex. Travail manuel</source>
        <translation>e.g. Manual work</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>précision (facultatif)</source>
        <translation>detail (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Intérêt</source>
        <translation>&amp;Interest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Détail</source>
        <translation>&amp;Detail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;jouter l&apos;intérêt</source>
        <translation>Add the int&amp;erest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer l&apos;intérêt choisi</source>
        <translation>Remove the selected interest</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contraintes</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Contraintes enregistrées.</source>
        <translation>Constraints saved.</translation>
    </message>
</context>
<context>
    <name>QuickAddDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/caseload/quick_add.py" line="+21"/>
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Créer le dossier</source>
        <translation>Create the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QuickAddForm</name>
    <message>
        <location filename="../../ui/caseload/quick_add.ui" line="+10"/>
        <source>&amp;Nom</source>
        <translation>Family &amp;name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Prénom</source>
        <translation>&amp;Given name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Cellule</source>
        <translation>&amp;Cell</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
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
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Si vous oubliez la phrase de passe, seule cette clé ouvre vos dossiers. Imprimez-la ou recopiez-la et rangez-la en lieu sûr, hors de l&apos;ordinateur.</source>
        <translation>If you forget the passphrase, only this key opens your files. Print it or copy it down and keep it somewhere safe, away from the computer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copier</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;J&apos;ai conservé la clé de secours en lieu sûr</source>
        <translation>I have &amp;kept the recovery key somewhere safe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Clé copiée ; le presse-papiers sera vidé dans {seconds} s.</source>
        <translation>Key copied; the clipboard will be cleared in {seconds} s.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reconv Desktop — clé de secours</source>
        <translation>Reconv Desktop — recovery key</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>À garder en lieu sûr. Elle ouvre le coffre si la phrase de passe est oubliée.</source>
        <translation>Keep it somewhere safe. It opens the vault if the passphrase is forgotten.</translation>
    </message>
</context>
<context>
    <name>ReferentialImportDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/audits/referential_import.py" line="+44"/>
        <source>Importer un référentiel ESCO</source>
        <translation>Import an ESCO referential</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choisissez le dossier du téléchargement ESCO au format CSV (fichiers skills_fr.csv, occupations_fr.csv, occupationSkillRelations_fr.csv). Le référentiel actuel est remplacé seulement si tout l&apos;import réussit.</source>
        <translation>Choose the folder of the ESCO download in CSV format (files skills_fr.csv, occupations_fr.csv, occupationSkillRelations_fr.csv). The current referential is replaced only if the whole import succeeds.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dossier</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>détectée d&apos;après les noms de fichiers (ex. fr)</source>
        <translation>detected from the file names (e.g. fr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Résultat de l&apos;import</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Référentiel actuel : aucun (le référentiel de départ sera chargé au premier besoin).</source>
        <translation>Current referential: none (the starter referential will be loaded when first needed).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Référentiel actuel : {source} ({lang}), {skills} compétences, {occupations} métiers, {relations} liens.</source>
        <translation>Current referential: {source} ({lang}), {skills} skills, {occupations} occupations, {relations} links.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+43"/>
        <source>Import refusé, référentiel inchangé :
{reason}</source>
        <translation>Import refused, referential unchanged:
{reason}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Import sans relations</source>
        <translation>Import without relations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce dossier ne contient pas le fichier des liens métier-compétence : après l&apos;import, les métiers cibles ne pourront plus être classés (le référentiel actuel a {relations} liens). Importer quand même ?</source>
        <translation>This folder does not hold the occupation-skill relations file: after the import, target occupations can no longer be ranked (the current referential has {relations} links). Import anyway?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import réussi en {seconds} s.</source>
        <translation>Import succeeded in {seconds} s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{skills} compétences, {occupations} métiers, {relations} liens métier-compétence.</source>
        <translation>{skills} skills, {occupations} occupations, {relations} occupation-skill links.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attention : {warning}</source>
        <translation>Warning: {warning}</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Dossier ESCO (CSV)</source>
        <translation>ESCO folder (CSV)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choisissez d&apos;abord le dossier ESCO.</source>
        <translation>Choose the ESCO folder first.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import du référentiel ESCO…</source>
        <translation>Importing the ESCO referential…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Import interrompu, référentiel inchangé.</source>
        <translation>Import interrupted, referential unchanged.</translation>
    </message>
</context>
<context>
    <name>RefreshDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/cv/dialogs.py" line="+72"/>
        <source>Actualiser depuis le bilan</source>
        <translation>Refresh from the audit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le bilan a changé depuis ce CV. Cochez les rubriques à reprendre du bilan ; les autres gardent le texte du CV. Rien n&apos;est modifié avant « Appliquer ».</source>
        <translation>The audit has changed since this CV. Tick the sections to take from the audit; the others keep the CV&apos;s text. Nothing changes before “Apply”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> — modifiée à la main dans ce CV : non reprise sauf si vous la cochez</source>
        <translation> — edited by hand in this CV: not taken unless you tick it</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changements de la rubrique {title}</source>
        <translation>Changes to the section {title}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Appliquer les rubriques cochées</source>
        <translation>&amp;Apply the ticked sections</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(mise en forme seulement)</source>
        <translation>(layout only)</translation>
    </message>
</context>
<context>
    <name>RememberPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/shell/wizard.py" line="+12"/>
        <source>Cet ordinateur</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez si le coffre s&apos;ouvre sans phrase de passe ici.</source>
        <translation>Choose whether the vault opens without a passphrase here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se &amp;souvenir du coffre sur cet ordinateur</source>
        <translation>&amp;Remember the vault on this computer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>La clé sera gardée dans le trousseau sécurisé du système. À éviter sur un ordinateur partagé.</source>
        <translation>The key will be kept in the system&apos;s secure keyring. Avoid this on a shared computer.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/reports/page.py" line="+45"/>
        <source>Rapport mensuel d&apos;activité</source>
        <translation>Monthly activity report</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Les mêmes chiffres que le lot « indicateurs » envoyé à la coordination. Les comptes de 1 à {largest} sont masqués (« &lt; {limit} ») pour qu&apos;aucun chiffre ne désigne une personne.</source>
        <translation>The same figures as the “indicators” bundle sent to coordination. Counts from 1 to {largest} are masked (“&lt; {limit}”) so that no figure points at a person.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Mois :</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer en &amp;PDF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer en C&amp;SV…</source>
        <translation>Save as C&amp;SV…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chiffres du mois</source>
        <translation>Figures of the month</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{month} : {n} chiffre(s), dont {masked} masqué(s).</source>
        <translation>
            <numerusform>{month}: {n} figure, {masked} of them masked.</numerusform>
            <numerusform>{month}: {n} figures, {masked} of them masked.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucune activité enregistrée pour {month}.</source>
        <translation>No activity recorded for {month}.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Rapport enregistré : {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rapport mensuel {period}</source>
        <translation>Monthly report {period}</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Enregistrer le rapport en PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enregistrer les chiffres en CSV</source>
        <translation>Save the figures as CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tableaux CSV (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Écriture du rapport…</source>
        <translation>Writing the report…</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/export_wizard.py" line="+15"/>
        <source>Lot écrit</source>
        <translation>Bundle written</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lot n° {number} écrit : {path} ({size} octets).&lt;br&gt;&lt;br&gt;Remettez ce fichier à la coordination (clé USB ou courriel) : il est chiffré pour elle seule. Tant qu&apos;elle n&apos;en a pas accusé réception, ces changements repartent dans le lot suivant.</source>
        <translation>Bundle no. {number} written: {path} ({size} bytes).&lt;br&gt;&lt;br&gt;Hand this file to coordination (USB key or e-mail): it is encrypted for them only. Until they acknowledge it, these changes go out again in the next bundle.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/gui/sync/import_wizard.py" line="+56"/>
        <source>Lot importé</source>
        <translation>Bundle imported</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lot déjà importé : rien n&apos;a changé.</source>
        <translation>Bundle already imported: nothing changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{changes} changement(s), {conflicts} conflit(s).</source>
        <translation>{changes} change(s), {conflicts} conflict(s).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{n} envoi(s) accusé(s) par la coordination.</source>
        <translation>
            <numerusform>{n} sent bundle acknowledged by coordination.</numerusform>
            <numerusform>{n} sent bundles acknowledged by coordination.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/settings/retention_dialog.py" line="+49"/>
        <source>Durée de conservation</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Après la fin d&apos;une cellule, les données de ses personnes ne sont gardées qu&apos;un temps. Anonymiser garde les chiffres d&apos;activité sans nom ni texte libre ; effacer supprime tout. Rien n&apos;est appliqué sans votre confirmation, et une sauvegarde est faite juste avant.</source>
        <translation>After a cell ends, its people&apos;s data is kept only for a while. Anonymising keeps the activity figures without names or free text; erasing removes everything. Nothing is applied without your confirmation, and a backup is made just before.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> mois après la fin de la cellule</source>
        <translation> months after the cell ends</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Durée</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ensuite</source>
        <translation>&amp;Then</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer la &amp;règle et actualiser l&apos;aperçu</source>
        <translation>Save the &amp;rule and refresh the preview</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cellule</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fin de la cellule</source>
        <translation>Cell end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échéance</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Appliquer…</source>
        <translation>&amp;Apply…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Calcul de l&apos;aperçu…</source>
        <translation>Computing the preview…</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Règle : {rule}
{n} personne(s) concernée(s) aujourd&apos;hui.</source>
        <translation>
            <numerusform>Rule: {rule}
{n} person concerned today.</numerusform>
            <numerusform>Rule: {rule}
{n} people concerned today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Appliquer à {n} personne(s)…</source>
        <translation>
            <numerusform>&amp;Apply to {n} person…</numerusform>
            <numerusform>&amp;Apply to {n} people…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>{rule}

{n} personne(s) seront traitées. Une sauvegarde est faite juste avant ; c&apos;est irréversible dans le coffre.</source>
        <translation>
            <numerusform>{rule}

{n} person will be processed. A backup is made just before; this cannot be undone in the vault.</numerusform>
            <numerusform>{rule}

{n} people will be processed. A backup is made just before; this cannot be undone in the vault.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Durée de conservation appliquée à {n} personne(s).</source>
        <translation>
            <numerusform>Retention period applied to {n} person.</numerusform>
            <numerusform>Retention period applied to {n} people.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Appliquer la durée de conservation</source>
        <translation>Apply the retention period</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Application de la durée de conservation…</source>
        <translation>Applying the retention period…</translation>
    </message>
</context>
<context>
    <name>RightsTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/caseload/rights_tab.py" line="+30"/>
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Il se modifie dans l&apos;onglet Identité et contact.</source>
        <translation>It is edited in the Identity and contact tab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imprimer le &amp;consentement (PDF)…</source>
        <translation>Print the &amp;consent (PDF)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Droit d&apos;accès</source>
        <translation>Right of access</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tout ce que le coffre contient sur cette personne : un PDF à lui remettre et un fichier JSON lisible par une machine. L&apos;export est noté dans le journal d&apos;audit.</source>
        <translation>Everything the vault holds about this person: a PDF to hand over and a machine-readable JSON file. The export is recorded in the audit log.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xporter tout ce qui est détenu…</source>
        <translation>E&amp;xport everything held…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;pier les coordonnées</source>
        <translation>Co&amp;py contact details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le presse-papiers est vidé après le délai choisi dans les Paramètres.</source>
        <translation>The clipboard is cleared after the delay chosen in Settings.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Droit à l&apos;effacement</source>
        <translation>Right to erasure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Efface la personne partout dans ce coffre (données, index de recherche, CV) et transmet la suppression à la coordination au prochain envoi.</source>
        <translation>Erases the person everywhere in this vault (data, search index, CVs) and sends the deletion to coordination with the next bundle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Effacer cette personne…</source>
        <translation>&amp;Erase this person…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Imprimer le consentement</source>
        <translation>Print the consent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Impression du consentement…</source>
        <translation>Printing the consent…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consentement enregistré : {path}</source>
        <translation>Consent saved: {path}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export écrit :
{pdf}
{json}</source>
        <translation>Export written:
{pdf}
{json}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Coordonnées copiées ; le presse-papiers sera vidé dans {seconds} s.</source>
        <translation>Contact details copied; the clipboard will be cleared in {seconds} s.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Personne effacée ({n} enregistrement(s)).</source>
        <translation>
            <numerusform>Person erased ({n} record).</numerusform>
            <numerusform>Person erased ({n} records).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Dossier où écrire l&apos;export (PDF et JSON)</source>
        <translation>Folder for the export (PDF and JSON)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export de toutes les données de la personne…</source>
        <translation>Exporting all the person&apos;s data…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Coordonnées copiées.</source>
        <translation>Contact details copied.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sauvegarde avant l&apos;effacement…</source>
        <translation>Backing up before the erasure…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Effacement de la personne…</source>
        <translation>Erasing the person…</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/send.py" line="+50"/>
        <source>Envoyer un lot à un·e accompagnateur·rice</source>
        <translation>Send a bundle to a counsellor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Destinataire</source>
        <translation>&amp;Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Référentiel : cellules et check-lists de ce coffre</source>
        <translation>Re&amp;ference data: cells and checklists of this vault</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compétences et métiers (remplace le référentiel de la personne)</source>
        <translation>&amp;Skills and occupations (replaces the counsellor&apos;s referential)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accusés de réception des lots reçus</source>
        <translation>&amp;Acknowledge the bundles received</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>identifiants séparés par des virgules</source>
        <translation>ids separated by commas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Transférer les personnes</source>
        <translation>&amp;Transfer people</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lignes</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Champs envoyés</source>
        <translation>Fields sent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A&amp;perçu</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Écrire le lot…</source>
        <translation>&amp;Write the bundle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Aucun·e accompagnateur·rice enregistré·e.</source>
        <translation>No counsellor registered.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>{n} ligne(s) pour {recipient}.</source>
        <translation>
            <numerusform>{n} row for {recipient}.</numerusform>
            <numerusform>{n} rows for {recipient}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Lot n° {number} écrit : {path} ({size} octets).</source>
        <translation>Bundle no. {number} written: {path} ({size} bytes).</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Enregistrer le lot</source>
        <translation>Save the bundle</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Écriture du lot…</source>
        <translation>Writing the bundle…</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../reconv_desktop/gui/kit/undo.py" line="+70"/>
        <source>Modification : {field}</source>
        <translation>Edit: {field}</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../ui/settings/settings_page.ui" line="+8"/>
        <source>Sécurité</source>
        <translation>Security</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Verrouiller après</source>
        <translation>&amp;Lock after</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min d&apos;inactivité</source>
        <translation> min of inactivity</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Se souvenir du coffre sur cet ordinateur (ouverture sans phrase de passe)</source>
        <translation>&amp;Remember the vault on this computer (open without passphrase)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Langue de l&apos;interface</source>
        <translation>Interface la&amp;nguage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le changement de langue s&apos;applique au prochain démarrage.</source>
        <translation>A change of language applies at the next start.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dossiers</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dossier des données</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dossier des sauvegardes</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Choisir…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Protection des données</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vider le &amp;presse-papiers après</source>
        <translation>Clear the cli&amp;pboard after</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Après une copie de données personnelles (coordonnées, clé de secours), si le presse-papiers contient encore ce texte.</source>
        <translation>After personal data is copied (contact details, recovery key), if the clipboard still holds that text.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sauve&amp;gardes…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Journal d&apos;audit…</source>
        <translation>Audit lo&amp;g…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Durée de conservation…</source>
        <translation>Re&amp;tention period…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/settings/page.py" line="+65"/>
        <source>Pas pour un coffre de démonstration.</source>
        <translation>Not for a demo vault.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La clé est gardée dans le trousseau du système ; verrouillez votre session Windows ou Linux quand vous quittez l&apos;ordinateur.</source>
        <translation>The key is kept in the system keyring; lock your Windows or Linux session when you leave the computer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+32"/>
        <source>Paramètres enregistrés.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Le trousseau du système a refusé la clé.</source>
        <translation>The system keyring refused the key.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Langue enregistrée : elle s&apos;appliquera au prochain démarrage.</source>
        <translation>Language saved: it will apply at the next start.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dossier des sauvegardes</source>
        <translation>Backup folder</translation>
    </message>
</context>
<context>
    <name>SkillLevel</name>
    <message>
        <location filename="../../reconv_desktop/domain/skill_audit.py" line="-36"/>
        <source>Autonome</source>
        <translation>Independent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert·e / peut transmettre</source>
        <translation>Expert / can teach others</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Notions</source>
        <translation>Basic knowledge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pratique accompagnée</source>
        <translation>Practice with guidance</translation>
    </message>
</context>
<context>
    <name>SkillSource</name>
    <message>
        <location line="+10"/>
        <source>Attestée</source>
        <translation>Certified</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Déclarée</source>
        <translation>Self-reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observée</source>
        <translation>Observed</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../reconv_desktop/gui/sync/page.py" line="+50"/>
        <source>Synchronisation avec la coordination</source>
        <translation>Sync with coordination</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correspondants</source>
        <translation>Peers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enregistrer la &amp;coordination…</source>
        <translation>Register &amp;coordination…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter &amp;ma carte…</source>
        <translation>Export &amp;my card…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Exporter le lot du mois…</source>
        <translation>&amp;Export the monthly bundle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Importer un lot reçu…</source>
        <translation>&amp;Import a received bundle…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Historique des lots</source>
        <translation>Bundle history</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Historique</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Con&amp;flits</source>
        <translation>Con&amp;flicts</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Cet appareil : {name} — empreinte &lt;b&gt;{fingerprint}&lt;/b&gt;</source>
        <translation>This device: {name} — fingerprint &lt;b&gt;{fingerprint}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Coordination : {peers}</source>
        <translation>Coordination: {peers}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Con&amp;flits ({n})</source>
        <translation>Con&amp;flicts ({n})</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Dernier envoi : {day} — {n} modification(s) non encore accusée(s) par la coordination.</source>
        <translation>
            <numerusform>Last sent: {day} — {n} change not yet acknowledged by coordination.</numerusform>
            <numerusform>Last sent: {day} — {n} changes not yet acknowledged by coordination.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Ce coffre est celui de la coordination : les accompagnateurs, leurs lots et les chiffres consolidés sont dans la page Coordination.</source>
        <translation>This is the coordination vault: counsellors, their bundles and the consolidated figures are on the Coordination page.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Aucune coordination enregistrée : chargez sa carte pour pouvoir lui envoyer vos lots.</source>
        <translation>No coordination registered: load its card to be able to send it your bundles.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>jamais</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>SynthesisTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/audits/profile.py" line="+20"/>
        <source>&amp;Titre du bilan</source>
        <translation>Audit &amp;title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Début (JJ/MM/AAAA)</source>
        <translation>&amp;Start (DD/MM/YYYY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clôture (JJ/MM/AAAA)</source>
        <translation>&amp;Closed (DD/MM/YYYY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conse&amp;iller·e</source>
        <translation>Counsell&amp;or</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Synthèse du conseiller·e</source>
        <translation>Counsellor&apos;s s&amp;ynthesis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points forts, freins, pistes retenues, prochaines étapes…</source>
        <translation>Strengths, obstacles, options kept, next steps…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enregistrer (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Enregistré</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bilan : {problem}</source>
        <translation>Audit: {problem}</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/audits/targets.py" line="+71"/>
        <source>Métiers pr&amp;oposés selon les compétences du référentiel</source>
        <translation>Occupations su&amp;ggested from the referential skills</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Métier</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+28"/>
        <source>Adéquation</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Essentielles couvertes</source>
        <translation>Essential covered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Métiers proposés</source>
        <translation>Suggested occupations</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recalculer le &amp;classement</source>
        <translation>Re&amp;compute the ranking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retenir ce métier</source>
        <translation>&amp;Keep this occupation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Métiers &amp;visés retenus</source>
        <translation>&amp;Target occupations kept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compétences à acquérir</source>
        <translation>Skills to acquire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Métiers visés</source>
        <translation>Target occupations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compétences manquantes → pl&amp;an d&apos;action</source>
        <translation>Missing skills → act&amp;ion plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne plus viser ce métier</source>
        <translation>No longer target this occupation</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Classement en cours…</source>
        <translation>Ranking…</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>{n} métier(s) classé(s) selon l&apos;adéquation, du plus proche au plus éloigné.</source>
        <translation>
            <numerusform>{n} occupation ranked by fit, closest first.</numerusform>
            <numerusform>{n} occupations ranked by fit, closest first.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{label}  (retenu)</source>
        <translation>{label}  (kept)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>« {occupation} » ajouté aux métiers visés.</source>
        <translation>“{occupation}” added to the target occupations.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>{n} étape(s) ajoutée(s) au plan d&apos;action.</source>
        <translation>
            <numerusform>{n} step added to the action plan.</numerusform>
            <numerusform>{n} steps added to the action plan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Aucun métier proposé : ajoutez des compétences choisies dans le référentiel (onglet Compétences).</source>
        <translation>No occupation suggested: add skills chosen from the referential (Skills tab).</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Rien à ajouter : le plan couvre déjà les compétences essentielles manquantes.</source>
        <translation>Nothing to add: the plan already covers the missing essential skills.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../reconv_desktop/gui/caseload/worker_tabs.py" line="-257"/>
        <source>Nouvelle note (Ctrl+Entrée pour l&apos;ajouter)</source>
        <translation>New note (Ctrl+Enter to add it)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ajouter la &amp;note</source>
        <translation>Add the &amp;note</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ajout d&apos;une note</source>
        <translation>Note added</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../ui/shell/unlock.ui" line="+26"/>
        <source>Coffre verrouillé</source>
        <translation>Vault locked</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saisissez votre phrase de passe pour ouvrir vos dossiers. Si vous l&apos;avez oubliée, utilisez la clé de secours imprimée lors de la création du coffre.</source>
        <translation>Enter your passphrase to open your files. If you forgot it, use the recovery key printed when the vault was created.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Phrase de passe</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clé de &amp;secours</source>
        <translation>&amp;Recovery key</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phrase de passe</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phrase de passe ou clé de secours</source>
        <translation>Passphrase or recovery key</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ouvrir avec la clé &amp;mémorisée</source>
        <translation>Open with the re&amp;membered key</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Déverrouiller</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../reconv_desktop/gui/shell/unlock.py" line="+52"/>
        <source>Coffre de démonstration (données fictives) : sa phrase de passe est « {passphrase} ».</source>
        <translation>Demo vault (fictitious data): its passphrase is “{passphrase}”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Travail en cours, terminé avant la fermeture du coffre : {label}</source>
        <translation>Work in progress, finished before the vault closes: {label}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Phrase de passe</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ABCD-EFGH-… (8 groupes de 4)</source>
        <translation>ABCD-EFGH-… (8 groups of 4)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saisissez la phrase de passe ou la clé de secours.</source>
        <translation>Enter the passphrase or the recovery key.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ouverture du coffre…</source>
        <translation>Opening the vault…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+27"/>
        <source>Le coffre s&apos;ouvrira dès que le travail en cours sera terminé.</source>
        <translation>The vault will open as soon as the work in progress is finished.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Le coffre n&apos;a pas pu être ouvert (erreur inattendue).</source>
        <translation>The vault could not be opened (unexpected error).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Aucune clé mémorisée valable sur cet ordinateur : saisissez la phrase de passe.</source>
        <translation>No valid remembered key on this computer: enter the passphrase.</translation>
    </message>
</context>
<context>
    <name>UnlockedSession</name>
    <message>
        <location filename="../../reconv_desktop/gui/shell/unlocked_session.py" line="+197"/>
        <source>Enregistrement en cours…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>WorkerFile</name>
    <message>
        <location filename="../../reconv_desktop/gui/caseload/worker_file.py" line="+93"/>
        <source>← Liste (Échap)</source>
        <translation>← List (Esc)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Identité et contact</source>
        <translation>&amp;Identity and contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Suivi (notes et rendez-vous)</source>
        <translation>&amp;Follow-up (notes and appointments)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Démarches administratives</source>
        <translation>&amp;Administrative steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actions</source>
        <translation>Action&amp;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So&amp;rtie</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Enregistré</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saisie non valide</source>
        <translation>Invalid input</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certaines saisies ne sont pas valides et ne sont pas enregistrées :
{problems}</source>
        <translation>Some input is not valid and is not saved:
{problems}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corriger</source>
        <translation>Correct it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandonner ces saisies</source>
        <translation>Discard this input</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>&amp;Bilan de compétences →</source>
        <translation>S&amp;kills audit →</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Droits (R&amp;GPD)</source>
        <translation>Rig&amp;hts (GDPR)</translation>
    </message>
</context>
<context>
    <name>WorkerIdentityForm</name>
    <message>
        <location filename="../../ui/caseload/worker_identity.ui" line="+8"/>
        <source>Identité et contact</source>
        <translation>Identity and contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Nom</source>
        <translation>Family &amp;name</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Prénom</source>
        <translation>&amp;Given name</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Date de &amp;naissance</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+179"/>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Numéro national (NISS/NIR)</source>
        <translation>National number (NISS/NIR)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>11 chiffres (NISS) ou 15 caractères (NIR)</source>
        <translation>11 digits (NISS) or 15 characters (NIR)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Localité</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Cellule</source>
        <translation>&amp;Cell</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Consentement (RGPD)</source>
        <translation>Consent (GDPR)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Portée du consentement</source>
        <translation>Consent scope</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Date du consentement</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recueilli par</source>
        <translation>Collected by</translation>
    </message>
</context>
<context>
    <name>WorkerPicker</name>
    <message>
        <location filename="../../reconv_desktop/gui/kit/worker_picker.py" line="+35"/>
        <source>&amp;Personne</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rechercher une personne…</source>
        <translation>Search for a person…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rechercher une personne</source>
        <translation>Search for a person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personnes trouvées</source>
        <translation>People found</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A un bilan de compétences : un CV peut en partir.</source>
        <translation>Has a skills audit: a CV can start from it.</translation>
    </message>
</context>
<context>
    <name>WorkerStatus</name>
    <message>
        <location filename="../../reconv_desktop/domain/enums.py" line="-49"/>
        <source>Accueil</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En bilan</source>
        <translation>In skills audit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>En emploi</source>
        <translation>In work</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>En formation</source>
        <translation>In training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En recherche</source>
        <translation>Job seeking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorti</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>WorkingHours</name>
    <message>
        <location filename="../../reconv_desktop/domain/skill_audit.py" line="+15"/>
        <source>Horaires de jour uniquement</source>
        <translation>Daytime hours only</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Pas de travail de nuit</source>
        <translation>No night work</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temps partiel souhaité</source>
        <translation>Part-time wanted</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Tous horaires (y compris nuit et week-end)</source>
        <translation>Any hours (including nights and weekends)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../reconv_desktop/gui/shell/workspace.py" line="+37"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{first} à {last} : changer de page
Ctrl+L : verrouiller</source>
        <translation>{first} to {last}: change page
Ctrl+L: lock</translation>
    </message>
</context>
<context>
    <name>admin_steps</name>
    <message>
        <location filename="../../reconv_desktop/domain/admin_steps.py" line="+44"/>
        <source>Attestation employeur France Travail reçue</source>
        <translation>France Travail employer certificate received</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Budget de formation identifié</source>
        <translation>Training budget identified</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consentement RGPD recueilli</source>
        <translation>GDPR consent obtained</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Contrat de sécurisation professionnelle proposé / signé</source>
        <translation>Career security contract (CSP) offered / signed</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Demande d&apos;allocations introduite (organisme de paiement)</source>
        <translation>Benefit claim filed (payment agency)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Droits CCT vérifiés (préavis, indemnités, outplacement)</source>
        <translation>Collective agreement (CCT) rights checked (notice, severance pay, outplacement)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Droits CPF consultés (budget formation)</source>
        <translation>CPF rights checked (training budget)</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Formulaire C4 reçu et vérifié</source>
        <translation>C4 form received and checked</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inscription comme demandeur d&apos;emploi (Forem / Actiris / VDAB)</source>
        <translation>Registered as a jobseeker (Forem / Actiris / VDAB)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Inscription à France Travail</source>
        <translation>Registered with France Travail</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Inscription à la cellule de reconversion</source>
        <translation>Enrolled in the redeployment cell</translation>
    </message>
</context>
<context>
    <name>assessment</name>
    <message>
        <location filename="../../reconv_desktop/reports/assessment.py" line="+481"/>
        <source>Adéquation</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Atouts</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location line="-388"/>
        <source>Aucun bilan de compétences pour {display_name} : commencez-en un d&apos;abord.</source>
        <translation>No skills audit for {display_name}: start one first.</translation>
    </message>
    <message>
        <location line="+394"/>
        <source>Aucun métier visé pour l&apos;instant.</source>
        <translation>No target occupation yet.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Aucun écart repéré</source>
        <translation>No gap found</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Aucune compétence technique notée.</source>
        <translation>No technical skill recorded.</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Aucune compétence transférable notée.</source>
        <translation>No transferable skill recorded.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Aucune expérience professionnelle renseignée.</source>
        <translation>No work experience entered.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Aucune formation renseignée.</source>
        <translation>No education entered.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Autres contraintes</source>
        <translation>Other constraints</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Bilan</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+111"/>
        <source>Bilan de compétences</source>
        <translation>Skills audit</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Bilan de compétences — {name}</source>
        <translation>Skills audit — {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bilan prêt</source>
        <translation>Audit ready</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Ce document récapitule le parcours, les compétences, les pistes de métiers et le plan d&apos;action établis ensemble au cours du bilan. {summary}</source>
        <translation>This document sums up the career path, skills, possible occupations and action plan drawn up together during the audit. {summary}</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Cellule de reconversion</source>
        <translation>Redeployment cell</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Centres d&apos;intérêt</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location line="-335"/>
        <source>Centres d&apos;intérêt et contraintes</source>
        <translation>Interests and constraints</translation>
    </message>
    <message>
        <location line="+321"/>
        <source>Compétence</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compétences transférables et savoir-être</source>
        <translation>Transferable skills and soft skills</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confidentiel — bilan de {name}, à ne diffuser qu&apos;avec son accord.</source>
        <translation>Confidential — skills audit of {name}, to be shared only with their consent.</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>Connaissances</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Conseiller·e</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>Contraintes</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <location line="+103"/>
        <location line="+1"/>
        <source>Date et signature :</source>
        <translation>Date and signature:</translation>
    </message>
    <message>
        <location line="-335"/>
        <source>Document édité le</source>
        <translation>Document issued on</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>Essentiel : {skills}</source>
        <translation>Essential: {skills}</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Fonction et employeur</source>
        <translation>Job and employer</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Formation et certificats</source>
        <translation>Education and certificates</translation>
    </message>
    <message>
        <location line="+370"/>
        <source>Horaires</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>La personne accompagnée</source>
        <translation>The person supported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le ou la conseiller·e</source>
        <translation>The counsellor</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>Lecture des niveaux de maîtrise</source>
        <translation>How to read the skill levels</translation>
    </message>
    <message>
        <location line="+298"/>
        <source>Les deux signataires attestent que ce bilan a été établi ensemble. La personne accompagnée reste seule juge de sa diffusion.</source>
        <translation>Both signatories confirm that this audit was drawn up together. The person supported alone decides who may see it.</translation>
    </message>
    <message>
        <location line="-418"/>
        <source>Mise en page du bilan</source>
        <translation>Laying out the audit</translation>
    </message>
    <message>
        <location line="+279"/>
        <source>Mobilité</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Métier</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location line="-422"/>
        <source>Métiers visés</source>
        <translation>Target occupations</translation>
    </message>
    <message>
        <location line="+321"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Non renseignés.</source>
        <translation>Not entered.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="-461"/>
        <source>Parcours professionnel</source>
        <translation>Career path</translation>
    </message>
    <message>
        <location line="+368"/>
        <source>Permis de conduire</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Personne accompagnée</source>
        <translation>Person supported</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Plan d&apos;action</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location line="+464"/>
        <source>Plan d&apos;action à construire.</source>
        <translation>Action plan to be drawn up.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Preuve, observation</source>
        <translation>Evidence, observation</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Restrictions de santé</source>
        <translation>Health restrictions</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Savoir-faire</source>
        <translation>Know-how</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location line="+399"/>
        <source>Souhaitable : {skills}</source>
        <translation>Desirable: {skills}</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-458"/>
        <source>Synthèse</source>
        <translation>Synthesis</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Synthèse à rédiger avec la personne.</source>
        <translation>Synthesis to be written with the person.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Tâches et responsabilités</source>
        <translation>Tasks and responsibilities</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>aujourd&apos;hui</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>commencé le {date}</source>
        <translation>started on {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>commencé le {start}, clôturé le {end}</source>
        <translation>started on {start}, closed on {end}</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>dispose d&apos;un véhicule</source>
        <translation>has a vehicle</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>en transports en commun</source>
        <translation>by public transport</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>trajet de {minutes} min au plus</source>
        <translation>travel of {minutes} min at most</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>{experiences} expérience(s) professionnelle(s), {education} formation(s) ou certificat(s), {skills} compétence(s) évaluée(s), {targets} métier(s) visé(s), {steps} étape(s) au plan d&apos;action.</source>
        <translation>{experiences} job(s), {education} training course(s) or certificate(s), {skills} skill(s) assessed, {targets} target occupation(s), {steps} step(s) in the action plan.</translation>
    </message>
    <message>
        <location line="+272"/>
        <source>{shown} et {n} autre(s)</source>
        <translation>{shown} and {n} more</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>À aborder avec la personne (non imprimé).</source>
        <translation>To discuss with the person (not printed).</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>À acquérir</source>
        <translation>To acquire</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Établissement et remarques</source>
        <translation>Institution and notes</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../reconv_desktop/domain/skill_audit.py" line="+474"/>
        <source>Acquérir « {label} » (visé : {occupation_label})</source>
        <translation>Acquire “{label}” (for: {occupation_label})</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Adéquation invalide : « {fit} ».</source>
        <translation>Invalid fit: “{fit}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/skill_audits.py" line="+57"/>
        <source>Bilan de compétences</source>
        <translation>Skills audit</translation>
    </message>
    <message>
        <location line="+433"/>
        <source>Bilan introuvable.</source>
        <translation>Skills audit not found.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Compétence inconnue du référentiel : « {uri} ».</source>
        <translation>Skill not in the referential: “{uri}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/skill_audit.py" line="-206"/>
        <source>Date d&apos;entrée</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Date d&apos;obtention</source>
        <translation>Date obtained</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Date de clôture</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Date de début</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Date de sortie</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Horaires</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>L&apos;adéquation doit être comprise entre 0 et 100 %.</source>
        <translation>The fit must be between 0 and 100 %.</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>L&apos;employeur</source>
        <translation>The employer</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>L&apos;intitulé du diplôme</source>
        <translation>The diploma&apos;s title</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>L&apos;établissement</source>
        <translation>The institution</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>L&apos;étape</source>
        <translation>The step</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L&apos;étape du plan d&apos;action est obligatoire.</source>
        <translation>The action-plan step is required.</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>La clôture du bilan précède son début.</source>
        <translation>The audit&apos;s closing date is before its start.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>La date d&apos;entrée est dans le futur.</source>
        <translation>The start date is in the future.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>La date d&apos;obtention est dans le futur.</source>
        <translation>The date obtained is in the future.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>La date de sortie précède la date d&apos;entrée.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>La description des tâches</source>
        <translation>The description of tasks</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>La fonction occupée</source>
        <translation>The job held</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>La preuve</source>
        <translation>The evidence</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+170"/>
        <source>La remarque</source>
        <translation>The note</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>La synthèse</source>
        <translation>The synthesis</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Le centre d&apos;intérêt</source>
        <translation>The interest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le détail</source>
        <translation>The detail</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Le métier visé</source>
        <translation>The target occupation</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Le nom de la compétence</source>
        <translation>The skill&apos;s name</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Le nom du conseiller</source>
        <translation>The counsellor&apos;s name</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Le secteur</source>
        <translation>The sector</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Le titre du bilan</source>
        <translation>The audit&apos;s title</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Les autres contraintes</source>
        <translation>The other constraints</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Les restrictions de santé</source>
        <translation>The health restrictions</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Niveau invalide : « {raw} » (choisissez : {words}).</source>
        <translation>Invalid level: “{raw}” (choose: {words}).</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Permis inconnu : « {raw} » (catégories : {categories}).</source>
        <translation>Unknown licence: “{raw}” (categories: {categories}).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Statut de l&apos;étape</source>
        <translation>Step status</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Temps de trajet invalide : « {minutes} » (en minutes).</source>
        <translation>Invalid travel time: “{minutes}” (in minutes).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Temps de trajet peu plausible : {minutes} min (0 à {limit}).</source>
        <translation>Implausible travel time: {minutes} min (0 to {limit}).</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Type de formation</source>
        <translation>Type of education</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Une compétence attestée doit citer sa preuve (attestation, certificat…).</source>
        <translation>A certified skill must state its evidence (attestation, certificate…).</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>{what} : texte trop long ({limit} caractères au plus).</source>
        <translation>{what}: text too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>{what} : texte trop long ({n} caractères, {limit} au plus).</source>
        <translation>{what}: text too long ({n} characters, at most {limit}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{what} est obligatoire.</source>
        <translation>{what} is required.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/skill_audits.py" line="+13"/>
        <source>« {label} » figure déjà dans ce bilan.</source>
        <translation>“{label}” is already in this audit.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>« {occupation_label} » est déjà un métier visé.</source>
        <translation>“{occupation_label}” is already a target occupation.</translation>
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
        <translation>This backup belongs to another vault: restore refused.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/backups.py" line="+298"/>
        <source>Cette sauvegarde vient d&apos;une version plus récente de Reconv Desktop : mettez l&apos;application à jour.</source>
        <translation>This backup comes from a newer version of Reconv Desktop: update the application.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/restore.py" line="+40"/>
        <source>Coffre restauré</source>
        <translation>Vault restored</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/backups.py" line="-121"/>
        <source>Copie chiffrée de la base</source>
        <translation>Encrypted copy of the database</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copie de l&apos;en-tête</source>
        <translation>Copying the header</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/restore.py" line="-29"/>
        <source>Copie de la sauvegarde</source>
        <translation>Copying the backup</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Copie de sécurité du coffre actuel</source>
        <translation>Safety copy of the current vault</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>La base du coffre est abîmée (contrôle d&apos;intégrité en échec). Restaurez la dernière sauvegarde : « reconv backup list » puis « reconv backup restore ».</source>
        <translation>The vault database is damaged (integrity check failed). Restore the latest backup: “reconv backup list” then “reconv backup restore”.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>La copie de la sauvegarde est abîmée : rien n&apos;a été remplacé.</source>
        <translation>The copy of the backup is damaged: nothing was replaced.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/backups.py" line="+55"/>
        <source>La sauvegarde écrite ne passe pas le contrôle d&apos;intégrité ; elle a été supprimée.</source>
        <translation>The backup written fails the integrity check; it was deleted.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/restore.py" line="-189"/>
        <source>Phrase de passe incorrecte pour cette sauvegarde (c&apos;est celle du jour de la sauvegarde ; la clé de secours convient aussi).</source>
        <translation>Wrong passphrase for this backup (it is the one in use on the day of the backup; the recovery key works too).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/backups.py" line="-36"/>
        <source>Publication</source>
        <translation>Publishing</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/restore.py" line="+194"/>
        <source>Remplacement du coffre</source>
        <translation>Replacing the vault</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restauration impossible : {reason}</source>
        <translation>Restore failed: {reason}</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+6"/>
        <source>Sauvegarde abîmée : le contrôle d&apos;intégrité échoue.</source>
        <translation>Damaged backup: the integrity check fails.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Sauvegarde illisible : la base ne s&apos;ouvre pas avec cette clé (fichier abîmé ?).</source>
        <translation>Unreadable backup: the database does not open with this key (damaged file?).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/backups.py" line="+9"/>
        <source>Sauvegarde impossible : la copie n&apos;a pas pu être écrite ou vérifiée ({exc}).</source>
        <translation>Backup failed: the copy could not be written or checked ({exc}).</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Sauvegarde impossible : {reason}</source>
        <translation>Backup failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/restore.py" line="-17"/>
        <source>Sauvegarde incomplète : « {name} » manque.</source>
        <translation>Incomplete backup: “{name}” is missing.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/backups.py" line="+234"/>
        <source>Sauvegarde introuvable : « {name} ».</source>
        <translation>Backup not found: “{name}”.</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Sauvegarde vérifiée</source>
        <translation>Backup checked</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/restore.py" line="+71"/>
        <source>Sauvegarde « {name} » abîmée : son contenu ne correspond plus à son empreinte.</source>
        <translation>Backup “{name}” damaged: its content no longer matches its fingerprint.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sauvegarde « {name} » illisible : {strerror}.</source>
        <translation>Backup “{name}” unreadable: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/backups.py" line="-37"/>
        <source>Vérification de la copie</source>
        <translation>Checking the copy</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/restore.py" line="+68"/>
        <source>Vérification de la sauvegarde</source>
        <translation>Checking the backup</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/backup/backups.py" line="-131"/>
        <source>automatique (ouverture)</source>
        <translation>automatic (on unlock)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>avant application de la durée de conservation</source>
        <translation>before applying the retention period</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>avant effacement</source>
        <translation>before erasure</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>avant importation</source>
        <translation>before import</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>avant mise à jour du schéma</source>
        <translation>before schema update</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>avant restauration</source>
        <translation>before restore</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>manuelle</source>
        <translation>manual</translation>
    </message>
    <message>
        <location line="+265"/>
        <source>« {name} » n&apos;est pas une sauvegarde Reconv complète.</source>
        <translation>“{name}” is not a complete Reconv backup.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+169"/>
        <source>(aussi{tag} : {label})</source>
        <translation>(also{tag}: {label})</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+85"/>
        <source>({n} formation(s))</source>
        <translation>({n} training course(s))</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+88"/>
        <source>({n} métiers classés en {elapsed:.0f} ms)</source>
        <translation>({n} occupations ranked in {elapsed:.0f} ms)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+68"/>
        <location line="+44"/>
        <location line="+48"/>
        <source>AAAA-MM (défaut : le mois dernier)</source>
        <translation>YYYY-MM (default: last month)</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>Appliquer ces changements ?</source>
        <translation>Apply these changes?</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+202"/>
        <source>Attention : aucune photo enregistrée pour cette personne (reconv cv photo {worker_id} --set FICHIER).</source>
        <translation>Warning: no photo saved for this person (reconv cv photo {worker_id} --set FILE).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-128"/>
        <location filename="../../reconv_desktop/commands/cv.py" line="-75"/>
        <source>Attention : {warning}</source>
        <translation>Warning: {warning}</translation>
    </message>
    <message>
        <location line="+56"/>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+28"/>
        <source>Aucun bilan de compétences pour {display_name}.</source>
        <translation>No skills audit for {display_name}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+62"/>
        <source>Aucun conflit à examiner.</source>
        <translation>No conflict to review.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+63"/>
        <source>Aucun métier : ajoutez au bilan des compétences du référentiel.</source>
        <translation>No occupation: add skills from the referential to the audit.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+9"/>
        <source>Aucun métier visé : ajoutez au bilan des compétences du référentiel.</source>
        <translation>No target occupation: add skills from the referential to the audit.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="-21"/>
        <source>Aucun projet de CV pour cette personne.</source>
        <translation>No CV draft for this person.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-85"/>
        <source>Aucun résultat.</source>
        <translation>No results.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="-41"/>
        <source>Aucune formation.</source>
        <translation>No training.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+125"/>
        <source>Aucune photo à retirer.</source>
        <translation>No photo to remove.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Aucune photo.</source>
        <translation>No photo.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="+101"/>
        <location line="+58"/>
        <source>Aucune sauvegarde dans « {dest} ».</source>
        <translation>No backup in “{dest}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-50"/>
        <source>Bilan imprimé : {out} ({pages} pages, {elapsed:.0f} ms).</source>
        <translation>Audit printed: {out} ({pages} pages, {elapsed:.0f} ms).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="+234"/>
        <source>COMMANDE</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+67"/>
        <source>CSV écrit : {csv}</source>
        <translation>CSV written: {csv}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="-147"/>
        <source>CV créé : « {title} » (modèle {template}).</source>
        <translation>CV created: “{title}” (template {template}).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>CV exporté (JSON Resume) : {out}.</source>
        <translation>CV exported (JSON Resume): {out}.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CV exporté (Word) : {out}.</source>
        <translation>CV exported (Word): {out}.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>CV exporté : {out} ({pages} page).</source>
        <translation>CV exported: {out} ({pages} page).</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>CV exporté : {out} ({pages} pages).</source>
        <translation>CV exported: {out} ({pages} pages).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-296"/>
        <source>Carte de « {name} » ({role}), appareil {device_id}</source>
        <translation>Card of “{name}” ({role}), device {device_id}</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Carte écrite : {out}</source>
        <translation>Card written: {out}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+16"/>
        <source>Catalogue importé : {added} formation(s) ajoutée(s), {updated} mise(s) à jour.</source>
        <translation>Catalogue imported: {added} training course(s) added, {updated} updated.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+75"/>
        <source>Ce coffre est maintenant un coffre de coordination.</source>
        <translation>This vault is now a coordination vault.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Ce lot a déjà été importé : l&apos;importer à nouveau ne changerait rien.</source>
        <translation>This bundle was already imported: importing it again would change nothing.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Ce qui quitte cet ordinateur :</source>
        <translation>What leaves this computer:</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="+101"/>
        <source>Cellule inconnue : « {cell} ».</source>
        <translation>Unknown cell: “{cell}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-66"/>
        <source>Cette empreinte est-elle celle que la personne vous a lue ?</source>
        <translation>Is this the fingerprint the person read out to you?</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/context.py" line="+88"/>
        <source>Clé de secours</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="+102"/>
        <source>Clé de secours (à imprimer ou recopier, et à garder à part de l&apos;ordinateur) :</source>
        <translation>Recovery key (print it or copy it out, and keep it away from the computer):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clé mémorisée sur cet ordinateur (trousseau du système).</source>
        <translation>Key remembered on this computer (system keyring).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Clé oubliée sur cet ordinateur.</source>
        <translation>Key forgotten on this computer.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Coffre créé dans : {data_dir}</source>
        <translation>Vault created in: {data_dir}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Coffre déverrouillé : phrase de passe correcte.</source>
        <translation>Vault unlocked: passphrase correct.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Coffre déverrouillé avec la clé de secours ; nouvelle phrase de passe enregistrée.</source>
        <translation>Vault unlocked with the recovery key; new passphrase saved.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="+43"/>
        <source>Coffre restauré depuis la sauvegarde du {date}.</source>
        <translation>Vault restored from the backup of {date}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+85"/>
        <source>Commencé le {started_on:%d/%m/%Y} ; conseiller·e : {counsellor}</source>
        <translation>Started on {started_on:%d/%m/%Y}; counsellor: {counsellor}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compétences :</source>
        <translation>Skills:</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-64"/>
        <source>Confirmation nécessaire : relancez avec --yes.</source>
        <translation>Confirmation needed: run again with --yes.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/context.py" line="-4"/>
        <source>Confirmez la nouvelle phrase de passe</source>
        <translation>Confirm the new passphrase</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+310"/>
        <source>Conflit n° {id} résolu : l&apos;autre version est maintenant la version actuelle.</source>
        <translation>Conflict no. {id} resolved: the other version is now the current one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflit n° {id} résolu : version actuelle conservée.</source>
        <translation>Conflict no. {id} resolved: current version kept.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+146"/>
        <source>Consentement imprimé : {pdf}</source>
        <translation>Consent printed: {pdf}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="+4"/>
        <source>Copie de sécurité de l&apos;ancien coffre : {safety}</source>
        <translation>Safety copy of the old vault: {safety}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-185"/>
        <source>Destinataires : {recipients}</source>
        <translation>Recipients: {recipients}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-107"/>
        <location filename="../../reconv_desktop/commands/cv.py" line="-14"/>
        <source>Dossier introuvable : « {parent} ».</source>
        <translation>Folder not found: “{parent}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+62"/>
        <source>Durée de conservation appliquée à {n} personne(s).</source>
        <translation>Retention period applied to {n} person(s).</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Effacement non confirmé : {rows} enregistrement(s) seraient effacés. Relancez avec --yes.</source>
        <translation>Erasure not confirmed: {rows} record(s) would be erased. Run again with --yes.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="-42"/>
        <source>Elle ne sera plus jamais affichée.</source>
        <translation>It will never be shown again.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-67"/>
        <source>Empreinte : {fingerprint}</source>
        <translation>Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Empreinte à lire à voix haute : {fingerprint}</source>
        <translation>Fingerprint to read out loud: {fingerprint}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Enrôlement annulé.</source>
        <translation>Enrolment cancelled.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Essai à blanc : rien n&apos;a été écrit.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export annulé : rien n&apos;a été écrit.</source>
        <translation>Export cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-20"/>
        <source>Export du droit d&apos;accès : {rows} enregistrement(s) dans {n} table(s).</source>
        <translation>Right-of-access export: {rows} record(s) in {n} table(s).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/context.py" line="-55"/>
        <source>Fichier de phrase de passe illisible : « {path} » ({strerror}).</source>
        <translation>Unreadable passphrase file: “{path}” ({strerror}).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+104"/>
        <source>Formation :</source>
        <translation>Education:</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-134"/>
        <source>Identité age SECRÈTE écrite dans {out} (à garder pour soi ; usage : age -d -i {out} LOT.reconv).</source>
        <translation>SECRET age identity written to {out} (keep it to yourself; use: age -d -i {out} BUNDLE.reconv).</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Import annulé : rien n&apos;a été modifié.</source>
        <translation>Import cancelled: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-5"/>
        <source>Indiquez --json FICHIER et/ou --pdf FICHIER.</source>
        <translation>Give --json FILE and/or --pdf FILE.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+92"/>
        <source>Indiquez --out (PDF) et/ou --csv.</source>
        <translation>Give --out (PDF) and/or --csv.</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Indiquez le fichier du lot avec --out.</source>
        <translation>Give the bundle file with --out.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Inspection seulement : rien n&apos;a été modifié.</source>
        <translation>Inspection only: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+142"/>
        <source>Journal exporté : {count} ligne(s) dans {csv}</source>
        <translation>Journal exported: {count} line(s) in {csv}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="-198"/>
        <source>La base du coffre est abîmée ({detail}). Restaurez une sauvegarde : voyez-les avec « reconv backup list », puis « reconv backup restore NOM ».</source>
        <translation>The vault database is damaged ({detail}). Restore a backup: list them with “reconv backup list”, then “reconv backup restore NAME”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+36"/>
        <source>Le CV est à jour : le bilan ne changerait rien.</source>
        <translation>The CV is up to date: the audit would change nothing.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="+5"/>
        <source>Le coffre est occupé par une autre opération ; réessayez dans un instant.</source>
        <translation>The vault is busy with another operation; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="+13"/>
        <source>Le trousseau du système a refusé d&apos;enregistrer la clé.</source>
        <translation>The system keyring refused to store the key.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-98"/>
        <source>Les sauvegardes plus anciennes la contiennent encore jusqu&apos;à leur rotation.</source>
        <translation>Older backups still hold it until they are rotated out.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-61"/>
        <source>Libellés gardés dans d&apos;autres langues : {languages}.</source>
        <translation>Labels kept in other languages: {languages}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+15"/>
        <source>Lot déjà importé : rien n&apos;a changé.</source>
        <translation>Bundle already imported: nothing changed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lot importé : {changes} changement(s), {conflicts} conflit(s), {acknowledged} envoi(s) accusé(s).</source>
        <translation>Bundle imported: {changes} change(s), {conflicts} conflict(s), {acknowledged} sending(s) acknowledged.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lot importé : {changes} changement(s), {conflicts} conflit(s).</source>
        <translation>Bundle imported: {changes} change(s), {conflicts} conflict(s).</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Lot n° {sequence} écrit : {path} ({file_bytes} octets).</source>
        <translation>Bundle no. {sequence} written: {path} ({file_bytes} bytes).</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Lot n° {sequence} écrit pour « {name} » : {path} ({file_bytes} octets).</source>
        <translation>Bundle no. {sequence} written for “{name}”: {path} ({file_bytes} bytes).</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Lot {kind} n° {sequence} de « {sender_name} » (portée {scope}, période {period}, créé le {created_at}, {file_bytes} octets) — signature et contenu vérifiés.</source>
        <translation>Bundle {kind} no. {sequence} from “{sender_name}” (scope {scope}, period {period}, created on {created_at}, {file_bytes} bytes) — signature and content checked.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Lot {kind} — portée : {scope}</source>
        <translation>Bundle {kind} — scope: {scope}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="-4"/>
        <source>Mémorisation impossible : {reason}</source>
        <translation>Cannot remember the key: {reason}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+36"/>
        <source>Métier visé : {label} (à acquérir : {gaps})</source>
        <translation>Target occupation: {label} (to acquire: {gaps})</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+71"/>
        <source>Métiers visés :</source>
        <translation>Target occupations:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nombre de personnes invalide (1 à 10 000).</source>
        <translation>Invalid number of people (1 to 10,000).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="-24"/>
        <source>Nombre de personnes invalide (1 à 200 000).</source>
        <translation>Invalid number of people (1 to 200,000).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/context.py" line="+54"/>
        <source>Nouvelle phrase de passe</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-68"/>
        <source>Parcours :</source>
        <translation>Career path:</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-8"/>
        <source>Personne effacée : {total} enregistrement(s) vidés et marqués supprimés (la suppression partira vers la coordination avec le prochain lot).</source>
        <translation>Person erased: {total} record(s) emptied and marked deleted (the deletion will go to coordination with the next bundle).</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Personne n&apos;est concerné·e aujourd&apos;hui : rien à faire.</source>
        <translation>Nobody is affected today: nothing to do.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+84"/>
        <source>Photo : {width} × {height} pixels.</source>
        <translation>Photo: {width} × {height} pixels.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Photo enregistrée ({kind}, {width} × {height} pixels). Elle n&apos;est imprimée que sur les CV où l&apos;option photo est activée.</source>
        <translation>Photo saved ({kind}, {width} × {height} pixels). It is printed only on CVs with the photo option on.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Photo imprimée sur ce CV.</source>
        <translation>Photo printed on this CV.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Photo non imprimée sur ce CV.</source>
        <translation>Photo not printed on this CV.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Photo retirée.</source>
        <translation>Photo removed.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/context.py" line="-10"/>
        <location line="+33"/>
        <source>Phrase de passe</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="+49"/>
        <source>Phrase de passe actuelle</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phrase de passe changée (clé de la base inchangée, la clé de secours reste valable).</source>
        <translation>Passphrase changed (database key unchanged, the recovery key remains valid).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+26"/>
        <source>Plan d&apos;action :</source>
        <translation>Action plan:</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+8"/>
        <source>Période : {period}</source>
        <translation>Period: {period}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Période : {period} (et {others} non encore accusés)</source>
        <translation>Period: {period} (and {others} not yet acknowledged)</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Rapport CSV écrit : {csv}</source>
        <translation>CSV report written: {csv}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Rapport PDF écrit : {out}</source>
        <translation>PDF report written: {out}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rapport mensuel écrit : {out} ({n} chiffres)</source>
        <translation>Monthly report written: {out} ({n} figures)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="+169"/>
        <source>Reconv Desktop en ligne de commande (coffre chiffré, dossiers, synchro).</source>
        <translation>Reconv Desktop on the command line (encrypted vault, files, sync).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="-15"/>
        <source>Restauration non confirmée : relancez avec --yes pour remplacer le coffre actuel (une copie de sécurité en sera gardée).</source>
        <translation>Restore not confirmed: run again with --yes to replace the current vault (a safety copy of it will be kept).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="-62"/>
        <source>Rien n&apos;a été modifié : relancez avec --apply pour appliquer.</source>
        <translation>Nothing was changed: run again with --apply to apply.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-39"/>
        <source>Règle : {description}</source>
        <translation>Rule: {description}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Règle enregistrée : {description}</source>
        <translation>Rule saved: {description}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-97"/>
        <source>Référentiel ESCO ({lang}) importé en {seconds:.1f} s : {skills} compétences, {occupations} métiers, {relations} liens métier-compétence.</source>
        <translation>ESCO referential ({lang}) imported in {seconds:.1f} s: {skills} skills, {occupations} occupations, {relations} occupation-skill links.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="-71"/>
        <source>Sauvegarde créée et vérifiée : {path} ({size}).</source>
        <translation>Backup created and checked: {path} ({size}).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="+31"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+102"/>
        <source>Synthèse :</source>
        <translation>Synthesis:</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-147"/>
        <source>Tables ignorées (format plus récent) : {tables}</source>
        <translation>Tables skipped (newer format): {tables}</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Total : {total_rows} ligne(s).</source>
        <translation>Total: {total_rows} row(s).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="-100"/>
        <source>URI d&apos;une compétence couverte</source>
        <translation>URI of a skill covered</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>URI du métier visé</source>
        <translation>URI of the target occupation</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="-132"/>
        <source>URI du métier visé (par défaut : le premier du bilan)</source>
        <translation>URI of the target occupation (default: the first of the audit)</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Version {version} restaurée (enregistrée comme version {number}).</source>
        <translation>Version {version} restored (saved as version {number}).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-21"/>
        <source>[transférable]</source>
        <translation>[transferable]</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-223"/>
        <source>accuser réception des lots reçus</source>
        <translation>acknowledge the bundles received</translation>
    </message>
    <message>
        <location line="+349"/>
        <source>accusé le {date}</source>
        <translation>acknowledged on {date}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="-44"/>
        <source>afficher cette aide et quitter</source>
        <translation>show this help and exit</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-406"/>
        <source>afficher l&apos;identité et l&apos;empreinte de cet appareil</source>
        <translation>show this device&apos;s identity and fingerprint</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="-85"/>
        <source>afficher la clé brute SQLCipher (64 caractères hexadécimaux)</source>
        <translation>show the raw SQLCipher key (64 hexadecimal characters)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="+52"/>
        <source>afficher la version et quitter</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-148"/>
        <source>afficher le bilan courant d&apos;une personne</source>
        <translation>show a person&apos;s current skills audit</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-150"/>
        <source>afficher, enregistrer ou imprimer le consentement</source>
        <translation>show, record or print the consent</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="-85"/>
        <source>ajouter des personnes fictives (démonstration, tests)</source>
        <translation>add fictitious people (demonstration, tests)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>ajouter une personne</source>
        <translation>add a person</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+27"/>
        <source>appliquer la règle (après l&apos;aperçu)</source>
        <translation>apply the rule (after the preview)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="-132"/>
        <source>appliquer les changements montrés</source>
        <translation>apply the changes shown</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="-111"/>
        <source>argument {name} : au moins une valeur est attendue</source>
        <translation>argument {name}: at least one value is expected</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>argument {name} : choix invalide : {value} (choix : {choices})</source>
        <translation>argument {name}: invalid choice: {value} (choices: {choices})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>argument {name} : incompatible avec l&apos;argument {other}</source>
        <translation>argument {name}: not allowed with argument {other}</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>argument {name} : une valeur est attendue</source>
        <translation>argument {name}: one value is expected</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>argument {name} : valeur inattendue : {value}</source>
        <translation>argument {name}: unexpected value: {value}</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>argument {name} : valeur invalide : {value}</source>
        <translation>argument {name}: invalid value: {value}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>argument {name} : {n} valeur(s) attendue(s)</source>
        <translation>argument {name}: {n} value(s) expected</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>arguments non reconnus : {names}</source>
        <translation>unrecognised arguments: {names}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>arguments obligatoires manquants : {names}</source>
        <translation>required arguments missing: {names}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+97"/>
        <source>aucun essentiel</source>
        <translation>none essential</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+155"/>
        <source>aucun écart essentiel</source>
        <translation>no essential gap</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-23"/>
        <source>aucun, accompagnement, accompagnement_et_partage</source>
        <translation>aucun, accompagnement, accompagnement_et_partage</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+10"/>
        <source>aucune formation du catalogue ne couvre ces compétences</source>
        <translation>no training in the catalogue covers these skills</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-14"/>
        <source>aujourd&apos;hui</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>bilan de compétences imprimé (PDF)</source>
        <translation>printed skills audit (PDF)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>bilans de compétences</source>
        <translation>skills audits</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+44"/>
        <source>carte, identifiant d&apos;appareil ou nom</source>
        <translation>card, device identifier or name</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="-116"/>
        <source>catalogue de formations (envoyé par la coordination)</source>
        <translation>training catalogue (sent by coordination)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="-4"/>
        <source>ce que le bilan changerait au CV (--apply pour appliquer)</source>
        <translation>what the audit would change in the CV (--apply to apply)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="-13"/>
        <source>changer la phrase de passe (la base n&apos;est pas réécrite)</source>
        <translation>change the passphrase (the database is not rewritten)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+17"/>
        <source>changer la règle</source>
        <translation>change the rule</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="-36"/>
        <source>chemin, version du schéma, SQLCipher, nombre de lignes</source>
        <translation>path, schema version, SQLCipher, row counts</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-4"/>
        <source>chercher dans les libellés de cette langue (nl, en...)</source>
        <translation>search the labels in this language (nl, en...)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>chercher des métiers</source>
        <translation>search occupations</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>chercher une compétence (ou un métier), sans accents</source>
        <translation>search a skill (or an occupation), accents not needed</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="+44"/>
        <source>clé brute de la base</source>
        <translation>raw database key</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+7"/>
        <source>confirmer</source>
        <translation>confirm</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>confirmer l&apos;effacement</source>
        <translation>confirm the erasure</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="-49"/>
        <source>confirmer le remplacement du coffre</source>
        <translation>confirm replacing the vault</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+63"/>
        <source>conflits de synchronisation à examiner</source>
        <translation>sync conflicts to review</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+123"/>
        <source>couvre : {skills}</source>
        <translation>covers: {skills}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>couvre : {skills} ; vise ce métier</source>
        <translation>covers: {skills}; aims at this occupation</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="-37"/>
        <source>créer et vérifier une sauvegarde maintenant</source>
        <translation>create and check a backup now</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="-65"/>
        <source>créer un coffre chiffré et afficher la clé de secours</source>
        <translation>create an encrypted vault and show the recovery key</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-102"/>
        <source>côté accompagnement : enrôler la coordination</source>
        <translation>counsellor side: enrol the coordination</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>côté coordination : accompagnateurs, rapports, envois</source>
        <translation>coordination side: counsellors, reports, sendings</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+10"/>
        <source>date du consentement (JJ/MM/AAAA ou AAAA-MM-JJ)</source>
        <translation>consent date (DD/MM/YYYY or YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>document PDF (pour la personne)</source>
        <translation>PDF document (for the person)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+26"/>
        <source>donner des bilans fictifs aux personnes de démo</source>
        <translation>give fictitious skills audits to the demo people</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="-11"/>
        <source>dossier des sauvegardes (sinon celui choisi dans les réglages, ou le défaut)</source>
        <translation>backup folder (else the one chosen in the settings, or the default)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="+131"/>
        <source>dossier du coffre (sinon RECONV_DATA_DIR ou le dossier par défaut)</source>
        <translation>vault folder (else RECONV_DATA_DIR or the default folder)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+23"/>
        <source>durée de conservation après la fin des cellules</source>
        <translation>retention period after the end of the cells</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>effacer une personne partout (irréversible)</source>
        <translation>erase a person everywhere (cannot be undone)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+31"/>
        <source>enregistrer cette photo (JPEG ou PNG)</source>
        <translation>save this photo (JPEG or PNG)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+7"/>
        <source>enregistrer la carte d&apos;un·e accompagnateur·rice</source>
        <translation>register a counsellor&apos;s card</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>enregistrer la carte de la coordination</source>
        <translation>register the coordination&apos;s card</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>envoyer référentiel, transferts et accusés de réception</source>
        <translation>send the referential, transfers and acknowledgements</translation>
    </message>
    <message>
        <location line="+370"/>
        <source>envoyé</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+40"/>
        <source>exporter tout le journal dans ce fichier CSV</source>
        <translation>export the whole journal to this CSV file</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="-39"/>
        <source>exporter un CV en PDF, Word ou JSON Resume</source>
        <translation>export a CV as PDF, Word or JSON Resume</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-389"/>
        <source>faire de ce coffre un coffre de coordination</source>
        <translation>make this vault a coordination vault</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+92"/>
        <source>fichier CSV</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="-98"/>
        <source>fichier CSV à colonnes nommées (intitule, organisme, debut…)</source>
        <translation>CSV file with named columns (intitule, organisme, debut…)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-44"/>
        <source>fichier JSON (pour une machine)</source>
        <translation>JSON file (for a machine)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-93"/>
        <location line="+92"/>
        <source>fichier PDF</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-51"/>
        <source>fichier PDF à écrire</source>
        <translation>PDF file to write</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-45"/>
        <source>fichier du lot (.reconv)</source>
        <translation>bundle file (.reconv)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+4"/>
        <source>fichier à écrire</source>
        <translation>file to write</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+7"/>
        <source>formations du catalogue couvrant les compétences à acquérir</source>
        <translation>catalogue trainings covering the skills to acquire</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+31"/>
        <source>garder la version actuelle ou --swap pour l&apos;autre</source>
        <translation>keep the current version, or --swap for the other one</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="-23"/>
        <source>graine (mêmes données pour la même graine)</source>
        <translation>seed (same data for the same seed)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+1"/>
        <source>id d&apos;un autre bilan que le bilan courant</source>
        <translation>id of an audit other than the current one</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-131"/>
        <source>identité de l&apos;appareil (carte publique, clé age)</source>
        <translation>device identity (public card, age key)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+16"/>
        <source>importer le téléchargement CSV officiel d&apos;ESCO</source>
        <translation>import the official ESCO CSV download</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="-10"/>
        <source>importer un catalogue CSV (tout ou rien)</source>
        <translation>import a CSV catalogue (all or nothing)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-12"/>
        <source>imprimer aussi les restrictions de santé (non imprimées par défaut)</source>
        <translation>also print the health restrictions (not printed by default)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+26"/>
        <source>imprimer la photo de la personne sur ce CV (off par défaut)</source>
        <translation>print the person&apos;s photo on this CV (off by default)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-8"/>
        <source>imprimer le bilan courant d&apos;une personne en PDF</source>
        <translation>print a person&apos;s current skills audit as PDF</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+20"/>
        <source>imprimer le consentement dans ce fichier PDF</source>
        <translation>print the consent to this PDF file</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+50"/>
        <source>indicateurs consolidés du mois (PDF et CSV)</source>
        <translation>consolidated indicators of the month (PDF and CSV)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>joindre le référentiel compétences/métiers</source>
        <translation>attach the skills/occupations referential</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+22"/>
        <source>journal des accès et opérations (append-only)</source>
        <translation>journal of access and operations (append-only)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="-91"/>
        <source>l&apos;un des arguments {names} est obligatoire</source>
        <translation>one of the arguments {names} is required</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+24"/>
        <source>langue des fichiers (fr, nl, en...) ; sinon détectée</source>
        <translation>language of the files (fr, nl, en...); detected otherwise</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="+100"/>
        <source>langue des messages (sinon RECONV_LANG, les paramètres, fr)</source>
        <translation>language of the messages (else RECONV_LANG, the settings, fr)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+4"/>
        <source>lignes affichées (défaut 50)</source>
        <translation>lines shown (default 50)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="+42"/>
        <location line="+19"/>
        <source>lire la nouvelle phrase de passe dans ce fichier</source>
        <translation>read the new passphrase from this file</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="-6"/>
        <source>lire la phrase de passe dans ce fichier</source>
        <translation>read the passphrase from this file</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="+9"/>
        <source>lister (id, nom, prénom, cellule, statut)</source>
        <translation>list (id, surname, first name, cell, status)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-31"/>
        <source>lister les accompagnateurs enregistrés</source>
        <translation>list the registered counsellors</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>lister les conflits (avec les différences)</source>
        <translation>list the conflicts (with the differences)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="-16"/>
        <source>lister ou chercher les formations du catalogue</source>
        <translation>list or search the catalogue trainings</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-35"/>
        <source>lots de synchronisation : exporter, inspecter, importer</source>
        <translation>sync bundles: export, inspect, import</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>lots envoyés et reçus</source>
        <translation>bundles sent and received</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="-43"/>
        <source>modèle : {templates}</source>
        <translation>template: {templates}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-13"/>
        <source>mois après la fin de la cellule</source>
        <translation>months after the end of the cell</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-12"/>
        <source>montrer ce qui partirait, sans écrire</source>
        <translation>show what would leave, without writing</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+3"/>
        <source>mots cherchés (sans accents ni majuscules)</source>
        <translation>words searched (accents and capitals not needed)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+23"/>
        <source>métiers classés selon les compétences du bilan courant</source>
        <translation>occupations ranked by the skills of the current audit</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-78"/>
        <source>ne pas demander de confirmer l&apos;empreinte</source>
        <translation>do not ask to confirm the fingerprint</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>nom affiché sur la carte</source>
        <translation>name shown on the card</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="+21"/>
        <source>nom du dossier de sauvegarde (défaut : toutes)</source>
        <translation>name of the backup folder (default: all)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>nom du dossier de sauvegarde (voir `reconv backup list`)</source>
        <translation>name of the backup folder (see `reconv backup list`)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="-56"/>
        <source>nom du ou de la titulaire (carte d&apos;identité de l&apos;appareil)</source>
        <translation>holder&apos;s name (device identity card)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="+1"/>
        <location line="+16"/>
        <source>nom ou id de la cellule</source>
        <translation>name or id of the cell</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+9"/>
        <source>nombre de personnes</source>
        <translation>number of people</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="-32"/>
        <source>nombre de personnes à ajouter</source>
        <translation>number of people to add</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>notes par personne</source>
        <translation>notes per person</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="-6"/>
        <source>nouveau CV depuis le bilan courant (affiche son id)</source>
        <translation>new CV from the current audit (shows its id)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="-98"/>
        <source>option ambiguë : {name} peut désigner {choices}</source>
        <translation>ambiguous option: {name} could match {choices}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="+47"/>
        <source>oublier la clé mémorisée sur cet ordinateur</source>
        <translation>forget the key remembered on this computer</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="-10"/>
        <location line="+16"/>
        <source>ouvrir avec la clé de secours ({recovery_key_env} ou invite)</source>
        <translation>open with the recovery key ({recovery_key_env} or prompt)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="-18"/>
        <source>personnes accompagnées : dossiers, recherche, droits (accès, effacement, consentement)</source>
        <translation>people supported: files, search, rights (access, erasure, consent)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+53"/>
        <source>photo d&apos;une personne pour ses CV (JPEG ou PNG)</source>
        <translation>a person&apos;s photo for their CVs (JPEG or PNG)</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>projets de CV construits à partir du bilan</source>
        <translation>CV drafts built from the skills audit</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>projets de CV d&apos;une personne</source>
        <translation>a person&apos;s CV drafts</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-4"/>
        <source>qui serait concerné aujourd&apos;hui</source>
        <translation>who would be affected today</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+135"/>
        <source>rapport mensuel d&apos;activité (mêmes chiffres que le lot)</source>
        <translation>monthly activity report (same figures as the bundle)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>rapports imprimables</source>
        <translation>printable reports</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="+35"/>
        <source>rechercher dans les noms, notes et actions (sans accents)</source>
        <translation>search names, notes and actions (accents not needed)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/context.py" line="+13"/>
        <source>reconv : avertissement : {message}</source>
        <translation>reconv: warning: {message}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="+7"/>
        <source>reconv : erreur d&apos;utilisation : {message}</source>
        <translation>reconv: usage error: {message}</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>reconv : erreur interne inattendue ; le détail technique est dans le journal ({log_dir}).</source>
        <translation>reconv: unexpected internal error; the technical detail is in the log ({log_dir}).</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>reconv : interrompu.</source>
        <translation>reconv: interrupted.</translation>
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
        <translation>obtained by</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="-9"/>
        <source>remplacer le coffre par une sauvegarde vérifiée</source>
        <translation>replace the vault with a checked backup</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-4"/>
        <source>remplacer par l&apos;autre version</source>
        <translation>replace with the other version</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="-15"/>
        <source>rendez-vous par personne</source>
        <translation>appointments per person</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+45"/>
        <source>retirer la photo</source>
        <translation>remove the photo</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+160"/>
        <source>retirés : {fields}</source>
        <translation>removed: {fields}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="-22"/>
        <source>revenir à une version antérieure d&apos;un CV</source>
        <translation>go back to an earlier version of a CV</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+132"/>
        <source>reçu</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-41"/>
        <source>référentiel de compétences et de métiers</source>
        <translation>skills and occupations referential</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+5"/>
        <source>réglages d&apos;un CV (photo imprimée ou non)</source>
        <translation>settings of a CV (photo printed or not)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+18"/>
        <source>résolu ({resolution})</source>
        <translation>resolved ({resolution})</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="-38"/>
        <source>sauvegardes chiffrées : lister, créer, vérifier, restaurer</source>
        <translation>encrypted backups: list, create, check, restore</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sauvegardes de ce coffre, la plus récente d&apos;abord</source>
        <translation>backups of this vault, newest first</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="-36"/>
        <location line="+31"/>
        <source>se souvenir de la clé sur cet ordinateur</source>
        <translation>remember the key on this computer</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+5"/>
        <source>seulement les formations à venir</source>
        <translation>only upcoming trainings</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="+9"/>
        <source>statut : {values}</source>
        <translation>status: {values}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-100"/>
        <source>table	nouvelles	modifiées	supprimées	inchangées	conflits	refusées</source>
        <translation>table	new	updated	deleted	unchanged	conflicts	refused</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+6"/>
        <source>tenir le catalogue de formations</source>
        <translation>maintain the training catalogue</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="-33"/>
        <source>titre du projet de CV</source>
        <translation>title of the CV draft</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-22"/>
        <source>tout ce que le coffre contient sur une personne</source>
        <translation>everything the vault holds about a person</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-260"/>
        <source>transférer une personne (et son dossier) à ce destinataire</source>
        <translation>transfer a person (and their file) to this recipient</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/cli.py" line="-112"/>
        <source>utilisation : </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="-13"/>
        <source>utiliser la clé de secours (RECONV_RECOVERY_KEY ou invite), puis choisir une nouvelle phrase de passe</source>
        <translation>use the recovery key (RECONV_RECOVERY_KEY or prompt), then choose a new passphrase</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+24"/>
        <source>versions enregistrées d&apos;un CV</source>
        <translation>saved versions of a CV</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/catalogue.py" line="+29"/>
        <source>vise : {occupation}</source>
        <translation>aims at: {occupation}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+30"/>
        <source>vérifier et résumer un lot sans rien modifier</source>
        <translation>check and summarise a bundle without changing anything</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/vault.py" line="-7"/>
        <source>vérifier la phrase de passe ; avec --recovery-key, en définir une nouvelle</source>
        <translation>check the passphrase; with --recovery-key, set a new one</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-5"/>
        <source>vérifier puis importer un lot</source>
        <translation>check then import a bundle</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="+13"/>
        <source>vérifier une sauvegarde (ou toutes) et afficher son contenu</source>
        <translation>check a backup (or all of them) and show its content</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+17"/>
        <source>y compris les conflits résolus</source>
        <translation>including resolved conflicts</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="+239"/>
        <source>{added} bilans de démonstration ajoutés.</source>
        <translation>{added} demo skills audits added.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/caseload.py" line="+43"/>
        <source>{added} personnes fictives ajoutées ({count} au total).</source>
        <translation>{added} fictitious people added ({count} in total).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+326"/>
        <source>{column} : actuel « {current} » / autre « {other} »</source>
        <translation>{column}: current “{current}” / other “{other}”</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>{device_id}	{name}	{fingerprint}	{bundles} lot(s)	{received}	{period}</source>
        <translation>{device_id}	{name}	{fingerprint}	{bundles} bundle(s)	{received}	{period}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="+135"/>
        <source>{failures} sauvegarde(s) sur {n} en échec.</source>
        <translation>{failures} of {n} backup(s) failed.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/context.py" line="-73"/>
        <source>{label} : </source>
        <translation>{label}: </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{label} requise : définissez {passphrase_env} ou utilisez --passphrase-file.</source>
        <translation>{label} required: set {passphrase_env} or use --passphrase-file.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="-71"/>
        <source>{name}	{date}	{reason_label}	schéma {schema}	{size}</source>
        <translation>{name}	{date}	{reason_label}	schema {schema}	{size}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{name} : intacte — {date}, {reason_label}, schéma {schema}, {workers} personne(s)</source>
        <translation>{name}: intact — {date}, {reason_label}, schema {schema}, {workers} person(s)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="+35"/>
        <source>{name} : {rows} ligne(s) ; champs : {fields}</source>
        <translation>{name}: {rows} row(s); fields: {fields}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="+34"/>
        <source>{name} : ÉCHEC — {message}</source>
        <translation>{name}: FAILED — {message}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="+141"/>
        <source>{n} personne(s) concernée(s) aujourd&apos;hui.</source>
        <translation>{n} person(s) affected today.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{n} personne(s) seraient traitées ({description}) — voyez `reconv retention preview`, puis relancez avec --yes.</source>
        <translation>{n} person(s) would be processed ({description}) — see `reconv retention preview`, then run again with --yes.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/cv.py" line="+104"/>
        <source>{n} rubrique(s) mise(s) à jour depuis le bilan.</source>
        <translation>{n} section(s) updated from the audit.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/audit.py" line="-51"/>
        <source>{percent:3d} %  {occupation} (à acquérir : {gaps})</source>
        <translation>{percent:3d} %  {occupation} (to acquire: {gaps})</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-131"/>
        <source>{question} [o/N] </source>
        <translation>{question} [y/N] </translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/backup.py" line="-80"/>
        <source>{size:.0f} Ko</source>
        <translation>{size:.0f} KB</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{size:.1f} Mo</source>
        <translation>{size:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/rights.py" line="-35"/>
        <source>{worker_id}	{display_name}	{cell_name}	fin {end}	échéance {due}</source>
        <translation>{worker_id}	{display_name}	{cell_name}	end {end}	due {due}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/commands/sync.py" line="-91"/>
        <source>« builtin » (cellules, check-lists et catalogue du coffre) ou un dossier de .jsonl</source>
        <translation>“builtin” (the vault&apos;s cells, checklists and catalogue) or a folder of .jsonl files</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>« {name} » est enregistré·e.</source>
        <translation>“{name}” is registered.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Écrire ce lot ?</source>
        <translation>Write this bundle?</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>écrire l&apos;identité age SECRÈTE (pour `age -d -i`)</source>
        <translation>write the SECRET age identity (for `age -d -i`)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>écrire la carte publique (JSON) à donner à l&apos;autre partie</source>
        <translation>write the public card (JSON) to give to the other party</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>écrire le lot du mois pour la coordination</source>
        <translation>write the month&apos;s bundle for coordination</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>écrire sans demander de confirmation</source>
        <translation>write without asking for confirmation</translation>
    </message>
</context>
<context>
    <name>cv</name>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="+73"/>
        <source>2 à 4 centres d&apos;intérêt qui disent quelque chose de vous.</source>
        <translation>2 to 4 interests that say something about you.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>3 à 5 atouts ou savoir-être, en quelques mots.</source>
        <translation>3 to 5 strengths or soft skills, in a few words.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>3 à 5 phrases : métier, expérience, points forts, projet.</source>
        <translation>3 to 5 sentences: occupation, experience, strengths, plans.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>6 à 12 compétences, les plus utiles au métier visé d&apos;abord.</source>
        <translation>6 to 12 skills, the most useful for the target occupation first.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../reconv_desktop/reports/cv_pdf.py" line="+66"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_text.py" line="+35"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Année invalide : « {year} » (exemple : 2012).</source>
        <translation>Invalid year: “{year}” (example: 2012).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cv_drafts.py" line="+346"/>
        <source>Aucun bilan de compétences pour {display_name} : rien à reprendre.</source>
        <translation>No skills audit for {display_name}: nothing to take over.</translation>
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
        <translation>CV — {target}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="-15"/>
        <source>Catégories, puis éventuellement « véhicule personnel ».</source>
        <translation>Categories, then “own vehicle” if relevant.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_photo.py" line="+78"/>
        <source>Ce fichier n&apos;est pas une photo JPEG ou PNG.</source>
        <translation>This file is not a JPEG or PNG photo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cette photo est illisible ou abîmée.</source>
        <translation>This photo is unreadable or damaged.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="+139"/>
        <source>Champ d&apos;identité inconnu : {name}.</source>
        <translation>Unknown identity field: {name}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/cv_pdf.py" line="+2"/>
        <source>Curriculum vitae</source>
        <translation>Curriculum vitae</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="-123"/>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Diplômes, certificats et formations utiles au métier visé.</source>
        <translation>Diplomas, certificates and training useful for the target occupation.</translation>
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
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="+17"/>
        <source>Expertise</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cv_photos.py" line="+90"/>
        <source>Fichier introuvable : « {path} ».</source>
        <translation>File not found: “{path}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/cv_pdf.py" line="+369"/>
        <source>La colonne de gauche déborde : la fin des rubriques de gauche passe dans la colonne principale.</source>
        <translation>The left column overflows: the end of the left-hand sections moves to the main column.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Le CV tient sur {pages} pages : raccourcissez les rubriques les plus longues ou masquez-en une pour tenir sur une page.</source>
        <translation>The CV takes {pages} pages: shorten the longest sections or hide one to fit on one page.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="+224"/>
        <source>Le titre du CV est obligatoire.</source>
        <translation>The CV&apos;s title is required.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cv_photos.py" line="+12"/>
        <source>Lecture impossible : « {path} » ({strerror}).</source>
        <translation>Cannot read “{path}” ({strerror}).</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Lecture refusée : « {path} ».</source>
        <translation>Read access denied: “{path}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="-270"/>
        <source>Les emplois récents en détail, les anciens en une ligne.</source>
        <translation>Recent jobs in detail, older ones in one line.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../reconv_desktop/reports/cv_pdf.py" line="-293"/>
        <source>Localité</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Maîtrise</source>
        <translation>Proficient</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>Modèle inconnu : « {raw} » (choisissez : {names}).</source>
        <translation>Unknown template: “{raw}” (choose: {names}).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_text.py" line="+54"/>
        <source>Mois invalide : « {text} ».</source>
        <translation>Invalid month: “{text}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cv_drafts.py" line="+35"/>
        <source>Métier inconnu du référentiel : « {uri} ».</source>
        <translation>Occupation not in the referential: “{uri}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="-261"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Notions</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/cv_pdf.py" line="+2"/>
        <source>Né·e le</source>
        <translation>Born on</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="+96"/>
        <source>Ordre des rubriques invalide.</source>
        <translation>Invalid order of sections.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/cv_jsonresume.py" line="+112"/>
        <source>Permis de conduire {code}</source>
        <translation>Driving licence {code}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/cv_docx.py" line="-25"/>
        <location filename="../../reconv_desktop/reports/cv_pdf.py" line="+135"/>
        <source>Permis {codes}</source>
        <translation>Licence {codes}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_photo.py" line="-9"/>
        <source>Photo trop grande en pixels : choisissez une image plus petite.</source>
        <translation>Photo too large in pixels: choose a smaller picture.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Photo trop lourde ({megabytes} Mo) : {limit} Mo au plus. Réduisez-la ou choisissez-en une autre.</source>
        <translation>Photo too heavy ({megabytes} MB): {limit} MB at most. Shrink it or choose another one.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_from_audit.py" line="+93"/>
        <source>Points forts : {skills}.</source>
        <translation>Strengths: {skills}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="-95"/>
        <source>Pratique</source>
        <translation>Working knowledge</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_from_audit.py" line="+9"/>
        <source>Projet : exercer le métier de {occupation_label}, en mettant à profit une solide expérience de terrain.</source>
        <translation>Goal: to work as {occupation_label}, drawing on solid hands-on experience.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cv_drafts.py" line="+25"/>
        <source>Projet de CV introuvable : « {record_id} ».</source>
        <translation>CV draft not found: “{record_id}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_text.py" line="-53"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Période illisible : « {text} » (exemple : 09/1999 – 12/2024).</source>
        <translation>Unreadable period: “{text}” (example: 09/1999 – 12/2024).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_from_audit.py" line="-4"/>
        <source>Reconnu·e pour : {qualities}.</source>
        <translation>Known for: {qualities}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_text.py" line="+177"/>
        <source>Rubrique inconnue : {key}.</source>
        <translation>Unknown section: {key}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="-16"/>
        <source>Titre (métier visé)</source>
        <translation>Headline (target occupation)</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>Titre trop long ({limit} caractères au plus).</source>
        <translation>Title too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/cv_pdf.py" line="-138"/>
        <source>Tél.</source>
        <translation>Tel.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="-244"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Une langue par ligne, avec le niveau.</source>
        <translation>One language per line, with the level.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cv_drafts.py" line="+124"/>
        <source>Version {number} introuvable pour ce CV.</source>
        <translation>Version {number} not found for this CV.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_from_audit.py" line="+48"/>
        <source>Véhicule personnel</source>
        <translation>Own vehicle</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cv_drafts.py" line="-267"/>
        <source>création depuis le bilan</source>
        <translation>created from the skills audit</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_text.py" line="-259"/>
        <source>depuis {date}</source>
        <translation>since {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jusqu&apos;en {date}</source>
        <translation>until {date}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cv_drafts.py" line="+2"/>
        <source>mise à jour depuis le bilan</source>
        <translation>updated from the skills audit</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>modification</source>
        <translation>edit</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/cv_docx.py" line="+45"/>
        <location filename="../../reconv_desktop/reports/cv_pdf.py" line="+237"/>
        <source>né·e le {birth_date}</source>
        <translation>born on {birth_date}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cv_drafts.py" line="+2"/>
        <source>restauration de la version {number}</source>
        <translation>restore of version {number}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/cv_jsonresume.py" line="-15"/>
        <source>savoir-être</source>
        <translation>soft skills</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="+168"/>
        <source>{count} caractères</source>
        <translation>{count} characters</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} caractères (conseillé : {span})</source>
        <translation>{count} characters (advised: {span})</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{count} caractères — trop long pour une page (conseillé : {span})</source>
        <translation>{count} characters — too long for one page (advised: {span})</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{count} caractères — un peu court (conseillé : {span})</source>
        <translation>{count} characters — a bit short (advised: {span})</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{high} au plus</source>
        <translation>{high} at most</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>{low} à {high}</source>
        <translation>{low} to {high}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_from_audit.py" line="-66"/>
        <source>{role} avec {years} ans d&apos;expérience professionnelle, dernièrement chez {employer}.</source>
        <translation>{role} with {years} years of work experience, most recently at {employer}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{role}, dernièrement chez {employer}.</source>
        <translation>{role}, most recently at {employer}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv.py" line="-13"/>
        <location filename="../../reconv_desktop/domain/cv_text.py" line="+227"/>
        <source>{what} : texte trop long ({n} caractères, {limit} au plus).</source>
        <translation>{what}: text too long ({n} characters, at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cv_photos.py" line="-4"/>
        <source>« {path} » est un dossier, pas une photo.</source>
        <translation>“{path}” is a folder, not a photo.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/cv_text.py" line="-230"/>
        <source>Établissement</source>
        <translation>Institution</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../reconv_desktop/fileio.py" line="+38"/>
        <source>Accès refusé en écriture dans « {parent} ».</source>
        <translation>Write access denied in “{parent}”.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Disque plein : impossible d&apos;écrire « {name} ». Rien n&apos;a été modifié.</source>
        <translation>Disk full: cannot write “{name}”. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le dossier « {parent} » n&apos;est plus accessible (clé USB retirée ?). Rien n&apos;a été écrit.</source>
        <translation>The folder “{parent}” can no longer be reached (USB stick removed?). Nothing was written.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Écriture impossible de « {name} » : {reason}.</source>
        <translation>Cannot write “{name}”: {reason}.</translation>
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
        <translation>An unexpected error occurred. Your saved data is untouched; the technical details are in the log.</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../reconv_desktop/domain/passphrase.py" line="+61"/>
        <source>La phrase de passe doit compter au moins {n} caractères.</source>
        <translation>The passphrase must be at least {n} characters long.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La phrase de passe est trop longue.</source>
        <translation>The passphrase is too long.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Les deux phrases de passe ne sont pas identiques.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Phrase de passe trop faible : ajoutez des mots, des chiffres ou des signes.</source>
        <translation>Passphrase too weak: add words, digits or symbols.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>correcte</source>
        <translation>fair</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>faible</source>
        <translation>weak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forte</source>
        <translation>strong</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>très faible</source>
        <translation>very weak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>très forte</source>
        <translation>very strong</translation>
    </message>
</context>
<context>
    <name>referential</name>
    <message>
        <location filename="../../reconv_desktop/referential/esco_import.py" line="+100"/>
        <source> (langues présentes : {languages})</source>
        <translation> (languages present: {languages})</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>, colonne « {column} »</source>
        <translation>, column “{column}”</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/targets.py" line="+69"/>
        <source>Atouts : {skills}</source>
        <translation>Strengths: {skills}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/esco_import.py" line="-149"/>
        <source>Aucun fichier ESCO (skills_&lt;langue&gt;.csv, occupations_&lt;langue&gt;.csv) dans « {directory} ».</source>
        <translation>No ESCO file (skills_&lt;language&gt;.csv, occupations_&lt;language&gt;.csv) in “{directory}”.</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>CSV illisible ({exc})</source>
        <translation>Unreadable CSV ({exc})</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/targets.py" line="-13"/>
        <source>Compétences essentielles couvertes : {essential} sur {essential_total} ; optionnelles : {optional} sur {optional_total}.</source>
        <translation>Essential skills covered: {essential} of {essential_total}; optional: {optional} of {optional_total}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/esco_import.py" line="-281"/>
        <source>Dossier introuvable : « {directory} ».</source>
        <translation>Folder not found: “{directory}”.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Enregistrement</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Fichier occupationSkillRelations_{lang}.csv absent : métiers et compétences importés sans liens entre eux (pas de classement des métiers).</source>
        <translation>File occupationSkillRelations_{lang}.csv missing: occupations and skills imported without links between them (no ranking of occupations).</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Fichier « {kind}_{lang}.csv » introuvable dans « {directory} »{available}.</source>
        <translation>File “{kind}_{lang}.csv” not found in “{directory}”{available}.</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>Libellés traduits</source>
        <translation>Translated labels</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Liens métier-compétence</source>
        <translation>Occupation-skill links</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Métiers</source>
        <translation>Occupations</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Plusieurs langues ESCO dans « {directory} » ({languages}) : choisissez la langue à importer.</source>
        <translation>Several ESCO languages in “{directory}” ({languages}): choose the language to import.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/starter.py" line="+87"/>
        <source>Référentiel introuvable : « {path} ».</source>
        <translation>Referential not found: “{path}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/esco_import.py" line="+189"/>
        <source>colonne obligatoire absente de l&apos;en-tête</source>
        <translation>required column missing from the header</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/starter.py" line="-31"/>
        <source>compétence</source>
        <translation>skill</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/esco_import.py" line="-34"/>
        <source>fichier vide, ligne d&apos;en-tête attendue</source>
        <translation>empty file, header line expected</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>identifiant invalide « {value} »</source>
        <translation>invalid identifier “{value}”</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>le fichier n&apos;est pas encodé en UTF-8</source>
        <translation>the file is not encoded in UTF-8</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/starter.py" line="+1"/>
        <source>métier</source>
        <translation>occupation</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>métier « {label} », champ « {relation} » : liste d&apos;identifiants attendue.</source>
        <translation>occupation “{label}”, field “{relation}”: list of identifiers expected.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/esco_import.py" line="+21"/>
        <source>valeur manquante (la ligne a {n} champs au lieu de {expected})</source>
        <translation>missing value (the line has {n} fields instead of {expected})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>valeur vide</source>
        <translation>empty value</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>valeur « {value} » inattendue (essential ou optional)</source>
        <translation>unexpected value “{value}” (essential or optional)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/starter.py" line="-107"/>
        <source>{name} : ce n&apos;est pas un référentiel Reconv.</source>
        <translation>{name}: this is not a Reconv referential.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{name} : fichier JSON illisible ({exc}).</source>
        <translation>{name}: unreadable JSON file ({exc}).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{name} : la liste « {key} » est absente ou mal formée.</source>
        <translation>{name}: the “{key}” list is missing or malformed.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{name} : langue absente.</source>
        <translation>{name}: language missing.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{name} : version de format {version!r} non prise en charge (mettez l&apos;application à jour).</source>
        <translation>{name}: format version {version!r} not supported (update the application).</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>{name} : {skipped} lien(s) vers une compétence ou un métier inconnu.</source>
        <translation>{name}: {skipped} link(s) to an unknown skill or occupation.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>{name} : {what} « {uri} » en double.</source>
        <translation>{name}: duplicate {what} “{uri}”.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>{name}, compétence n° {number}</source>
        <translation>{name}, skill no. {number}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/esco_import.py" line="-190"/>
        <source>{name}, ligne {line}</source>
        <translation>{name}, line {line}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/starter.py" line="+14"/>
        <source>{name}, métier n° {number}</source>
        <translation>{name}, occupation no. {number}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/esco_import.py" line="+70"/>
        <source>{n} champs au lieu de {expected} (virgule ou guillemet mal placé ?)</source>
        <translation>{n} fields instead of {expected} (misplaced comma or quote?)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/targets.py" line="+28"/>
        <source>{shown} (+ {n} autres)</source>
        <translation>{shown} (+ {n} more)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/esco_import.py" line="-131"/>
        <source>{skipped} lien(s) métier-compétence ignoré(s) : le métier ou la compétence n&apos;est pas dans les fichiers importés.</source>
        <translation>{skipped} occupation-skill link(s) skipped: the occupation or the skill is not in the imported files.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{where} : {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/starter.py" line="-23"/>
        <source>{where}, champ « alt_labels » : liste de textes attendue.</source>
        <translation>{where}, field “alt_labels”: list of texts expected.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>{where}, champ « {key} » : texte attendu.</source>
        <translation>{where}, field “{key}”: text expected.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/esco_import.py" line="+100"/>
        <source>« {uri} » en double (déjà ligne {line})</source>
        <translation>duplicate “{uri}” (already on line {line})</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/referential/targets.py" line="-11"/>
        <source>À acquérir (essentiel) : {skills}</source>
        <translation>To acquire (essential): {skills}</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../reconv_desktop/reports/subject_access.py" line="+93"/>
        <source>(aucun contenu)</source>
        <translation>(no content)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Accès à votre dossier</source>
        <translation>Access to your file</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Actions (formations, candidatures, stages)</source>
        <translation>Actions (training, applications, placements)</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Aucun accès enregistré.</source>
        <translation>No access recorded.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Aucun consentement enregistré.</source>
        <translation>No consent recorded.</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Bilans de compétences</source>
        <translation>Skills audits</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/indicators_pdf.py" line="+235"/>
        <location line="+52"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/subject_access.py" line="+20"/>
        <source>Ce document répond à votre droit d&apos;accès (article 15 du RGPD). Vous pouvez demander la rectification d&apos;une donnée inexacte ou l&apos;effacement de vos données à votre accompagnateur ou accompagnatrice ({controller}).</source>
        <translation>This document answers your right of access (article 15 of the GDPR). You can ask your counsellor ({controller}) to correct inaccurate data or to erase your data.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ce document répond à votre droit d&apos;accès (article 15 du RGPD). Vous pouvez demander la rectification d&apos;une donnée inexacte ou l&apos;effacement de vos données à votre accompagnateur ou accompagnatrice.</source>
        <translation>This document answers your right of access (article 15 of the GDPR). You can ask your counsellor to correct inaccurate data or to erase your data.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/indicators_pdf.py" line="-54"/>
        <location line="+52"/>
        <source>Cellule</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+39"/>
        <source>Comptes masqués</source>
        <translation>Hidden counts</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/subject_access.py" line="-24"/>
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+48"/>
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consentement au traitement des données</source>
        <translation>Consent to data processing</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Copie de toutes les données vous concernant, établie le {generated}.</source>
        <translation>Copy of all the data about you, made on {generated}.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+41"/>
        <source>Données personnelles — droit d&apos;accès</source>
        <translation>Personal data — right of access</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Démarches administratives</source>
        <translation>Administrative steps</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/indicators_pdf.py" line="-31"/>
        <source>Détail par cellule</source>
        <translation>Detail by cell</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/subject_access.py" line="+4"/>
        <source>Expériences professionnelles</source>
        <translation>Work experience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formations et diplômes</source>
        <translation>Training and diplomas</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Identité et coordonnées</source>
        <translation>Identity and contact details</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Imprimé le {printed}. Le consentement peut être retiré à tout moment.</source>
        <translation>Printed on {printed}. Consent can be withdrawn at any time.</translation>
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
        <translation>Consolidated indicators</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Indicateurs consolidés {period}</source>
        <translation>Consolidated indicators {period}</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Les comptes de 1 à {highest} sont masqués (« &lt; {threshold} ») pour qu&apos;aucun chiffre ne désigne une personne.</source>
        <translation>Counts from 1 to {highest} are hidden (“&lt; {threshold}”) so that no figure points to a person.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/subject_access.py" line="-153"/>
        <source>Métiers visés</source>
        <translation>Target occupations</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Notes de suivi</source>
        <translation>Follow-up notes</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/layout.py" line="+198"/>
        <source>Page {page} / {total}</source>
        <translation>Page {page} / {total}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/subject_access.py" line="+9"/>
        <source>Plan d&apos;action</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/fonts.py" line="+45"/>
        <source>Police de caractères manquante : « {name} » (réinstallez l&apos;application).</source>
        <translation>Font missing: “{name}” (reinstall the application).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/indicators_pdf.py" line="-5"/>
        <source>Période : {period} — établi le {today:%d/%m/%Y}</source>
        <translation>Period: {period} — drawn up on {today:%d/%m/%Y}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Période : {period} — établi le {today:%d/%m/%Y} par {owner}</source>
        <translation>Period: {period} — drawn up on {today:%d/%m/%Y} by {owner}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rapport mensuel d&apos;activité</source>
        <translation>Monthly activity report</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Rapport mensuel {period}</source>
        <translation>Monthly report {period}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/subject_access.py" line="-10"/>
        <source>Rendez-vous</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/indicators_pdf.py" line="+35"/>
        <source>Rien reçu pour cette période.</source>
        <translation>Nothing received for this period.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Signature : ________________________</source>
        <translation>Signature: ________________________</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/subject_access.py" line="+172"/>
        <source>Signature de l&apos;accompagnateur·rice</source>
        <translation>Counsellor&apos;s signature</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Signature de la personne</source>
        <translation>Signature of the person</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Sorties</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/indicators_pdf.py" line="-22"/>
        <location line="+39"/>
        <source>Total affiché</source>
        <translation>Total shown</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Totaux</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Totaux, tous accompagnements</source>
        <translation>Totals, all counsellors</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+52"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Valeurs affichées (les comptes masqués &lt; 5 valent 0)</source>
        <translation>Values shown (hidden counts &lt; 5 count as 0)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/subject_access.py" line="+92"/>
        <source>Vos données personnelles</source>
        <translation>Your personal data</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>supprimé (conservé jusqu&apos;à effacement)</source>
        <translation>deleted (kept until erasure)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/indicators_pdf.py" line="+126"/>
        <source>{counsellor} — source : {source}</source>
        <translation>{counsellor} — source: {source}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/subject_access.py" line="-1"/>
        <source>État</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>rights</name>
    <message>
        <location filename="../../reconv_desktop/rights/retention.py" line="+31"/>
        <source>anonymiser</source>
        <translation>anonymise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effacer</source>
        <translation>erase</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Anonymiser {months} mois après la fin de la cellule.</source>
        <translation>Anonymise {months} months after the end of the cell.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Application de la durée de conservation</source>
        <translation>Applying the retention period</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/consent.py" line="+29"/>
        <source>Aucun consentement enregistré.</source>
        <translation>No consent recorded.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/retention.py" line="-114"/>
        <source>Durée de conservation invalide : de 1 à {limit} mois.</source>
        <translation>Invalid retention period: 1 to {limit} months.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/erasure.py" line="+101"/>
        <source>Effacement : {table}</source>
        <translation>Erasing: {table}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Effacement terminé</source>
        <translation>Erasure complete</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/retention.py" line="-57"/>
        <source>Effacer {months} mois après la fin de la cellule.</source>
        <translation>Erase {months} months after the end of the cell.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/consent.py" line="+29"/>
        <source>Indiquez la date du consentement.</source>
        <translation>Enter the consent date.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/access.py" line="+104"/>
        <source>Mise en page du PDF</source>
        <translation>Laying out the PDF</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/retention.py" line="+63"/>
        <source>Mode de conservation : anonymise ou delete.</source>
        <translation>Retention mode: anonymise or delete.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/erasure.py" line="-4"/>
        <source>Nettoyage de l&apos;index de recherche</source>
        <translation>Cleaning the search index</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/linked.py" line="+74"/>
        <source>Personne introuvable : {worker_id}.</source>
        <translation>Person not found: {worker_id}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/access.py" line="-8"/>
        <source>Rassemblement des données</source>
        <translation>Gathering the data</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../reconv_desktop/rights/retention.py" line="+125"/>
        <source>Terminé</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/reports/subject_access.py" line="+55"/>
        <location filename="../../reconv_desktop/rights/consent.py" line="-27"/>
        <source>{scope} — donné le {date}, recueilli par {by}.</source>
        <translation>{scope} — given on {date}, obtained by {by}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reconv_desktop/rights/consent.py" line="+2"/>
        <source>{scope} — donné le {date}.</source>
        <translation>{scope} — given on {date}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/access.py" line="-10"/>
        <source>Écriture du fichier JSON</source>
        <translation>Writing the JSON file</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/rights/journal.py" line="-18"/>
        <source>personne</source>
        <translation>person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sauvegarde</source>
        <translation>backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>règle de conservation</source>
        <translation>retention rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coffre</source>
        <translation>vault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>journal</source>
        <translation>log</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../reconv_desktop/settings.py" line="+67"/>
        <source>Délai d&apos;effacement du presse-papiers invalide (0 à {limit} s).</source>
        <translation>Invalid clipboard clearing delay (0 to {limit} s).</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Délai de verrouillage invalide (plus de 0 et au plus {limit:.0f} minutes).</source>
        <translation>Invalid lock delay (more than 0 and at most {limit:.0f} minutes).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Langue non prise en charge : {language}.</source>
        <translation>Language not supported: {language}.</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../../reconv_desktop/store/migrations/__init__.py" line="+103"/>
        <source>Ce coffre a été enregistré par une version plus récente de Reconv Desktop (schéma {current}) : mettez l&apos;application à jour.</source>
        <translation>This vault was saved by a newer version of Reconv Desktop (schema {current}): update the application.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/actions.py" line="+167"/>
        <location filename="../../reconv_desktop/store/admin_steps.py" line="+124"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Date de début</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date de fin</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Date de sortie</source>
        <translation>Outcome date</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/timeline.py" line="+57"/>
        <source>Date et heure du rendez-vous invalides.</source>
        <translation>Invalid appointment date and time.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Durée invalide (5 à 600 minutes).</source>
        <translation>Invalid duration (5 to 600 minutes).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/actions.py" line="+20"/>
        <source>Employeur</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/records.py" line="+85"/>
        <location line="+15"/>
        <source>Enregistrement introuvable ({table} {record_id}).</source>
        <translation>Record not found ({table} {record_id}).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cells.py" line="+38"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/dropin.py" line="+45"/>
        <source>Indiquez le nom puis le prénom de la personne (ex. « Wójcik Łukasz »).</source>
        <translation>Enter the person&apos;s surname then first name (e.g. “Wójcik Łukasz”).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/actions.py" line="-105"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&apos;intitulé de l&apos;action est obligatoire.</source>
        <translation>The action&apos;s title is required.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>La date de fin précède la date de début.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>La date de la sortie est obligatoire.</source>
        <translation>The outcome date is required.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cells.py" line="+13"/>
        <source>La fin de la cellule précède son début.</source>
        <translation>The cell&apos;s end is before its start.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/timeline.py" line="+60"/>
        <location line="+11"/>
        <source>La note</source>
        <translation>The note</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+11"/>
        <source>La note est vide.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/admin_steps.py" line="-55"/>
        <source>Le code et le libellé de l&apos;étape sont obligatoires.</source>
        <translation>The step&apos;s code and label are required.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cells.py" line="-17"/>
        <source>Le nom de la cellule est obligatoire.</source>
        <translation>The cell&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/admin_steps.py" line="-3"/>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/timeline.py" line="-60"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/dropin.py" line="+22"/>
        <location filename="../../reconv_desktop/store/timeline.py" line="-1"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/cells.py" line="+12"/>
        <source>Notes CCT</source>
        <translation>Collective agreement (CCT) notes</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/actions.py" line="-76"/>
        <source>Organisme</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+22"/>
        <source>Résultat</source>
        <translation>Result</translation>
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
        <translation>Action type</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Type de contrat</source>
        <translation>Contract type</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/timeline.py" line="-17"/>
        <source>Type de rendez-vous</source>
        <translation>Appointment type</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/actions.py" line="-4"/>
        <source>Type de sortie</source>
        <translation>Outcome type</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/attention.py" line="+94"/>
        <source>aucun contact</source>
        <translation>no contact</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>dernier contact le {date}</source>
        <translation>last contact on {date}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{label} (échéance {due_date:%d/%m/%Y})</source>
        <translation>{label} (due {due_date:%d/%m/%Y})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{title} (échéance {due_date:%d/%m/%Y})</source>
        <translation>{title} (due {due_date:%d/%m/%Y})</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/actions.py" line="-73"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../reconv_desktop/sync/indicators.py" line="+31"/>
        <source>Actions démarrées (par type)</source>
        <translation>Actions started (by type)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/coordination.py" line="+120"/>
        <source>Aucun fichier cell.jsonl ni admin_step_template.jsonl dans « {folder} ».</source>
        <translation>No cell.jsonl or admin_step_template.jsonl file in “{folder}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/reference_data.py" line="+65"/>
        <source>Aucun référentiel dans ce coffre : importez-en un (reconv referential import-esco DOSSIER) avant de l&apos;envoyer.</source>
        <translation>No referential in this vault: import one (reconv referential import-esco FOLDER) before sending it.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/export.py" line="+153"/>
        <source>Aucune coordination enregistrée : importez d&apos;abord sa carte (reconv coordination enrol CARTE.json).</source>
        <translation>No coordination registered: import its card first (reconv coordination enrol CARD.json).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="+180"/>
        <source>Carte d&apos;identité invalide : {detail}.</source>
        <translation>Invalid identity card: {detail}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Carte illisible : « {path} » ({strerror}).</source>
        <translation>Unreadable card: “{path}” ({strerror}).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/coordination.py" line="-76"/>
        <source>Ce coffre est enrôlé auprès d&apos;une coordination : il ne peut pas en devenir une.</source>
        <translation>This vault is enrolled with a coordination: it cannot become one.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ce coffre n&apos;est pas un coffre de coordination (reconv coord init).</source>
        <translation>This vault is not a coordination vault (reconv coord init).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="+18"/>
        <source>Cette carte est celle d&apos;un appareil « {role} », pas « {expected} ».</source>
        <translation>This card belongs to a “{role}” device, not “{expected}”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cette carte est celle de cet appareil-ci.</source>
        <translation>This card is this device&apos;s own.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/coordination.py" line="+113"/>
        <source>Cette personne n&apos;a été reçue qu&apos;en pseudonymisé : le transfert demande un envoi complet par son accompagnateur·rice.</source>
        <translation>This person was only received in pseudonymous form: a transfer needs a full bundle from their counsellor.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/export.py" line="+93"/>
        <source>Chiffrement et écriture</source>
        <translation>Encrypting and writing</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/conflicts.py" line="+74"/>
        <source>Conflit n° {conflict_id} introuvable.</source>
        <translation>Conflict no. {conflict_id} not found.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="+56"/>
        <source>Destinataire non enregistré : « {device} ».</source>
        <translation>Recipient not registered: “{device}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/indicators.py" line="+2"/>
        <source>Démarches administratives terminées</source>
        <translation>Administrative steps completed</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/export.py" line="+3"/>
        <source>Enregistrement dans l&apos;historique</source>
        <translation>Recording in the history</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/indicators.py" line="-5"/>
        <source>File active en fin de mois (par statut)</source>
        <translation>Caseload at the end of the month (by status)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/importing.py" line="+153"/>
        <source>Fusion de « {table} »</source>
        <translation>Merging “{table}”</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="-71"/>
        <location filename="../../reconv_desktop/sync/rows.py" line="+166"/>
        <source>JSON illisible</source>
        <translation>unreadable JSON</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/conflicts.py" line="+38"/>
        <source>Le conflit n° {conflict_id} est déjà résolu.</source>
        <translation>Conflict no. {conflict_id} is already resolved.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/errors.py" line="+15"/>
        <source>Lot refusé : {reason} Rien n&apos;a été modifié.</source>
        <translation>Bundle refused: {reason} Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="+269"/>
        <source>Lot vérifié</source>
        <translation>Bundle checked</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/indicators.py" line="+1"/>
        <source>Nouvelles inscriptions</source>
        <translation>New enrolments</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/coordination.py" line="-8"/>
        <source>Personne « {worker_id} » inconnue de la coordination.</source>
        <translation>Person “{worker_id}” unknown to coordination.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/export.py" line="-105"/>
        <source>Portée inconnue « {scope} » : {scopes}.</source>
        <translation>Unknown scope “{scope}”: {scopes}.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Préparation des données</source>
        <translation>Preparing the data</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/indicators.py" line="+74"/>
        <source>Période invalide « {text} » : AAAA-MM attendu.</source>
        <translation>Invalid period “{text}”: YYYY-MM expected.</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Rendez-vous réalisés (par type)</source>
        <translation>Appointments held (by type)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/coordination.py" line="+74"/>
        <source>Rien à envoyer : choisissez --reference, --referential, --transfer ou --receipts.</source>
        <translation>Nothing to send: choose --reference, --referential, --transfer or --receipts.</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Référentiel « {name} » invalide : {reason} Rien n&apos;a été modifié.</source>
        <translation>Invalid reference data “{name}”: {reason} Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="-80"/>
        <source>Rôle inconnu : « {role} » (counsellor ou coordination).</source>
        <translation>Unknown role: “{role}” (counsellor or coordination).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/export.py" line="+25"/>
        <source>Signature</source>
        <translation>Signing</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/indicators.py" line="+2"/>
        <source>Sorties (par type)</source>
        <translation>Outcomes (by type)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/export.py" line="+33"/>
        <source>Terminé</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="-39"/>
        <source>Vérification de « {name} »</source>
        <translation>Checking “{name}”</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="-123"/>
        <source>accompagnement</source>
        <translation>counselling</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="-177"/>
        <source>ce fichier n&apos;est pas un lot Reconv (format inconnu).</source>
        <translation>this file is not a Reconv bundle (unknown format).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="+161"/>
        <source>ce fichier n&apos;est pas un lot Reconv (il n&apos;est pas chiffré avec age).</source>
        <translation>this file is not a Reconv bundle (it is not encrypted with age).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="+54"/>
        <source>ce lot a été produit par cet appareil-ci.</source>
        <translation>this bundle was made by this very device.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ce lot est adressé à un autre appareil.</source>
        <translation>this bundle is addressed to another device.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>ce lot est au format {version}, plus récent que celui que connaît cette application ({supported}) : mettez l&apos;application à jour.</source>
        <translation>this bundle is in format {version}, newer than the one this application knows ({supported}): update the application.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="+11"/>
        <source>ce lot n&apos;est pas chiffré pour cet appareil (destiné à quelqu&apos;un d&apos;autre).</source>
        <translation>this bundle is not encrypted for this device (meant for someone else).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="+154"/>
        <source>ce n&apos;est pas une carte Reconv</source>
        <translation>this is not a Reconv card</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="+21"/>
        <source>champ « {key} » du manifeste manquant ou mal formé.</source>
        <translation>manifest field “{key}” missing or malformed.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="+10"/>
        <source>champ « {key} » manquant ou mal formé</source>
        <translation>field “{key}” missing or malformed</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="+36"/>
        <source>chemin interdit dans l&apos;archive : « {name} ».</source>
        <translation>forbidden path in the archive: “{name}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="+12"/>
        <source>clé publique illisible</source>
        <translation>unreadable public key</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/rows.py" line="+34"/>
        <source>colonne inconnue « {name} »</source>
        <translation>unknown column “{name}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>colonne obligatoire « {name} » absente</source>
        <translation>required column “{name}” missing</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/export.py" line="-240"/>
        <source>complet (toutes les données, ex. transfert de dossier)</source>
        <translation>full (all data, e.g. transfer of a file)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="+88"/>
        <source>contenu trop volumineux ({total_rows} lignes, {size} Mo décompressés).</source>
        <translation>content too large ({total_rows} rows, {size} MB decompressed).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="-175"/>
        <source>coordination</source>
        <translation>coordination</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="+12"/>
        <source>entrée inattendue dans l&apos;archive : « {name} ».</source>
        <translation>unexpected entry in the archive: “{name}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="+8"/>
        <source>entrée non annoncée dans le manifeste : « {name} ».</source>
        <translation>entry not listed in the manifest: “{name}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="+5"/>
        <source>entrée « {name} » en double dans l&apos;archive.</source>
        <translation>duplicate entry “{name}” in the archive.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>entrée « {name} » interdite (lien, dossier ou fichier spécial).</source>
        <translation>entry “{name}” forbidden (link, folder or special file).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="-76"/>
        <source>expéditeur inconnu (« {name} », appareil {device}) : enregistrez d&apos;abord sa carte après avoir vérifié son empreinte.</source>
        <translation>unknown sender (“{name}”, device {device}): first register their card after checking its fingerprint.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="+33"/>
        <source>fichier illisible « {name} » ({strerror}).</source>
        <translation>unreadable file “{name}” ({strerror}).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="+198"/>
        <source>fichier trop grand</source>
        <translation>file too large</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="-8"/>
        <source>fichier trop volumineux ({size} Mo ; maximum {limit} Mo).</source>
        <translation>file too large ({size} MB; at most {limit} MB).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="-32"/>
        <source>format {version} trop ancien, plus pris en charge.</source>
        <translation>format {version} too old, no longer supported.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/rows.py" line="-27"/>
        <source>horloge « updated_at » mal formée</source>
        <translation>malformed “updated_at” clock</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="-29"/>
        <source>identifiant d&apos;appareil vide</source>
        <translation>empty device identifier</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/rows.py" line="-10"/>
        <source>identifiant « id » manquant ou mal formé</source>
        <translation>identifier “id” missing or malformed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>identifiant « {row_id} » en double</source>
        <translation>duplicate identifier “{row_id}”</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/export.py" line="-4"/>
        <source>indicateurs (comptages mensuels anonymes)</source>
        <translation>indicators (anonymous monthly counts)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="+28"/>
        <source>l&apos;archive contenue dans le lot est illisible.</source>
        <translation>the archive inside the bundle is unreadable.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="+155"/>
        <source>l&apos;empreinte SHA-256 de « {name} » ne correspond pas au manifeste (contenu modifié).</source>
        <translation>the SHA-256 fingerprint of “{name}” does not match the manifest (content altered).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="+12"/>
        <source>l&apos;empreinte ne correspond pas aux clés (carte modifiée ou abîmée)</source>
        <translation>the fingerprint does not match the keys (card altered or damaged)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/rows.py" line="-30"/>
        <source>la colonne « {name} » doit être du texte</source>
        <translation>column “{name}” must be text</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>la colonne « {name} » doit être un nombre entier</source>
        <translation>column “{name}” must be a whole number</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>la colonne « {name} » ne peut pas être vide</source>
        <translation>column “{name}” cannot be empty</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/importing.py" line="+142"/>
        <source>la sauvegarde faite avant chaque import a échoué ({message})</source>
        <translation>the backup made before each import failed ({message})</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="-114"/>
        <source>la signature ne correspond pas à la clé enregistrée de « {name} » (lot falsifié ou signé par quelqu&apos;un d&apos;autre).</source>
        <translation>the signature does not match the registered key of “{name}” (bundle forged or signed by someone else).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="-72"/>
        <source>le contenu chiffré a été modifié (au moins un octet ne se vérifie plus) : ne l&apos;utilisez pas et demandez un nouvel envoi.</source>
        <translation>the encrypted content was altered (at least one byte no longer checks out): do not use it and ask for a new one.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>le fichier est tronqué (copie interrompue ou clé USB retirée trop tôt ?) : demandez un nouvel envoi.</source>
        <translation>the file is truncated (copy interrupted or USB stick removed too early?): ask for a new one.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="+50"/>
        <source>le fichier « {file} » annoncé manque.</source>
        <translation>the listed file “{file}” is missing.</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>le manifeste est illisible (JSON invalide).</source>
        <translation>the manifest is unreadable (invalid JSON).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="+85"/>
        <source>le manifeste ou sa signature manque.</source>
        <translation>the manifest or its signature is missing.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/reference_data.py" line="+98"/>
        <source>ligne {line} de « ref_occupation_skill » : métier ou compétence absent</source>
        <translation>line {line} of “ref_occupation_skill”: occupation or skill missing</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>ligne {line} de « ref_occupation_skill » : relation inconnue</source>
        <translation>line {line} of “ref_occupation_skill”: unknown relation</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>ligne {line} de « {table} » : identifiant incohérent</source>
        <translation>line {line} of “{table}”: inconsistent identifier</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>ligne {line} de « {table} » d&apos;une autre version ou supprimée</source>
        <translation>line {line} of “{table}” from another version or deleted</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/rows.py" line="-13"/>
        <source>ligne {line} de « {table} » invalide : {detail}.</source>
        <translation>line {line} of “{table}” invalid: {detail}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="+2"/>
        <source>manifeste trop volumineux.</source>
        <translation>manifest too large.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/conflicts.py" line="-89"/>
        <source>modifié des deux côtés depuis le dernier échange</source>
        <translation>changed on both sides since the last exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>même horloge, contenus différents</source>
        <translation>same clock, different content</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/rows.py" line="+66"/>
        <source>origine « origin » manquante ou mal formée</source>
        <translation>origin “origin” missing or malformed</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/export.py" line="+1"/>
        <source>pseudonymisé (sans nom, contact, numéro national ni texte libre)</source>
        <translation>pseudonymous (no name, contact details, national number or free text)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/reference_data.py" line="+99"/>
        <source>reçu de « {sender} »</source>
        <translation>received from “{sender}”</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>référentiel : {sizes} — pas plus récent que celui en place, inchangé</source>
        <translation>referential: {sizes} — not newer than the current one, unchanged</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>référentiel : {sizes} — refusé (seule la coordination envoie le référentiel)</source>
        <translation>referential: {sizes} — refused (only coordination sends the referential)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>référentiel : {sizes} — remplace l&apos;actuel</source>
        <translation>referential: {sizes} — replaces the current one</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>référentiel joint invalide : {detail}.</source>
        <translation>attached referential invalid: {detail}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="-14"/>
        <source>rôle « {role} » inconnu</source>
        <translation>unknown role “{role}”</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="+4"/>
        <source>signature illisible.</source>
        <translation>unreadable signature.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="+201"/>
        <source>table inconnue « {name} ».</source>
        <translation>unknown table “{name}”.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>table « {name} » : fichier ou empreinte mal décrits.</source>
        <translation>table “{name}”: file or fingerprint badly described.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>table « {name} » : « {key} » mal formé.</source>
        <translation>table “{name}”: malformed “{key}”.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>table « {name} » mal décrite dans le manifeste.</source>
        <translation>table “{name}” badly described in the manifest.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/rows.py" line="-26"/>
        <source>texte qui n&apos;est pas de l&apos;UTF-8</source>
        <translation>text that is not UTF-8</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="-18"/>
        <source>trop d&apos;entrées dans l&apos;archive.</source>
        <translation>too many entries in the archive.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="+70"/>
        <source>type de lot inconnu « {kind} ».</source>
        <translation>unknown bundle type “{kind}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/rows.py" line="+9"/>
        <source>un objet JSON est attendu</source>
        <translation>a JSON object is expected</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/identity.py" line="-11"/>
        <source>version de carte inconnue (mettez l&apos;application à jour)</source>
        <translation>unknown card version (update the application)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="-151"/>
        <source>version de format illisible « {version} ».</source>
        <translation>unreadable format version “{version}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/export.py" line="+57"/>
        <source>{column} (réduit à l&apos;année)</source>
        <translation>{column} (reduced to the year)</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/reference_data.py" line="+157"/>
        <source>{skills} compétences, {occupations} métiers, {links} liens</source>
        <translation>{skills} skills, {occupations} occupations, {links} links</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/rows.py" line="+20"/>
        <source>« deleted » doit valoir 0 ou 1</source>
        <translation>“deleted” must be 0 or 1</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/reference_data.py" line="-144"/>
        <source>« ref_meta » doit contenir exactement une ligne « referential »</source>
        <translation>“ref_meta” must hold exactly one “referential” row</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>« {column} » annonce {declared} lignes, « {table} » en contient {n}</source>
        <translation>“{column}” announces {declared} rows, “{table}” holds {n}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/verify.py" line="+195"/>
        <source>« {name} » : {n} lignes au lieu des {rows} annoncées.</source>
        <translation>“{name}”: {n} rows instead of the {rows} announced.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/sync/container.py" line="+30"/>
        <source>« {name} » n&apos;est pas un gzip valide.</source>
        <translation>“{name}” is not valid gzip.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>« {name} » se décompresse au-delà de la taille annoncée (bombe de décompression ?).</source>
        <translation>“{name}” decompresses beyond its announced size (decompression bomb?).</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <location filename="../../reconv_desktop/store/training_import.py" line="+81"/>
        <source>, colonne « {column} »</source>
        <translation>, column “{column}”</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+57"/>
        <source>CSV illisible ({exc}).</source>
        <translation>Unreadable CSV ({exc}).</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Catalogue « {name} », {where} : {detail} Rien n&apos;a été importé.</source>
        <translation>Catalogue “{name}”, {where}: {detail} Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/training.py" line="+22"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Compétence mal formée : « {value} ».</source>
        <translation>Malformed skill: “{value}”.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Date de début</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de fin</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/training_import.py" line="+16"/>
        <source>Fichier illisible « {name} » ({strerror}).</source>
        <translation>Unreadable file “{name}” ({strerror}).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/training.py" line="-121"/>
        <source>Financement</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>L&apos;intitulé de la formation est obligatoire.</source>
        <translation>The training&apos;s title is required.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../reconv_desktop/store/trainings.py" line="+95"/>
        <source>La date de fin précède la date de début.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/trainings.py" line="-26"/>
        <source>Le catalogue de formations est tenu par la coordination : il se met à jour par ses envois.</source>
        <translation>The training catalogue is kept by coordination: it is updated by what coordination sends.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/training.py" line="-129"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Métier visé</source>
        <translation>Target occupation</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Métier visé (URI)</source>
        <translation>Target occupation (URI)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Nombre d&apos;heures hors limites : {value} (0 à {limit}).</source>
        <translation>Number of hours out of range: {value} (0 to {limit}).</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Nombre d&apos;heures invalide : « {raw} » (heures entières).</source>
        <translation>Invalid number of hours: “{raw}” (whole hours).</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Nombre d&apos;heures invalide : « {raw} » (un nombre entier est attendu).</source>
        <translation>Invalid number of hours: “{raw}” (a whole number is expected).</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Organisme</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remarques</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/training_import.py" line="+113"/>
        <source>aucune formation dans le fichier.</source>
        <translation>no training in the file.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>colonne en double.</source>
        <translation>duplicate column.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>colonne inconnue (attendues : intitule, organisme, lieu, debut, fin, heures, financement, metier, metier_uri, competences, contact, remarques, code).</source>
        <translation>unknown column (expected: intitule, organisme, lieu, debut, fin, heures, financement, metier, metier_uri, competences, contact, remarques, code).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>compétence « {token} » inconnue du référentiel.</source>
        <translation>skill “{token}” not in the referential.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/training.py" line="+33"/>
        <source>dates à préciser</source>
        <translation>dates to be confirmed</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>du {start} au {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/training_import.py" line="-150"/>
        <source>en-tête</source>
        <translation>header</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>fichier trop volumineux (20 Mo au plus).</source>
        <translation>file too large (20 MB at most).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/training.py" line="+4"/>
        <source>jusqu&apos;au {end}</source>
        <translation>until {end}</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/store/training_import.py" line="+80"/>
        <source>la colonne « intitule » est obligatoire.</source>
        <translation>the “intitule” column is required.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>le fichier est vide.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>ligne {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>plus de {limit} formations.</source>
        <translation>more than {limit} trainings.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{values} valeurs pour {columns} colonnes (séparateur ou guillemets à vérifier).</source>
        <translation>{values} values for {columns} columns (check the separator or quotes).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/training.py" line="-2"/>
        <source>à partir du {start}</source>
        <translation>from {start}</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../reconv_desktop/domain/validation.py" line="+93"/>
        <source>Adresse e-mail invalide : « {text} ».</source>
        <translation>Invalid e-mail address: “{text}”.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Date de naissance peu plausible (âge : {age} ans).</source>
        <translation>Implausible date of birth (age: {age}).</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>La date de naissance doit être dans le passé.</source>
        <translation>The date of birth must be in the past.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/national_number.py" line="+77"/>
        <source>Numéro NIR invalide : la clé de contrôle (2 derniers chiffres) ne correspond pas.</source>
        <translation>Invalid NIR number: the check digits (last 2) do not match.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Numéro NISS invalide : la clé de contrôle (2 derniers chiffres) ne correspond pas.</source>
        <translation>Invalid national register number (NISS): the check digits (last 2) do not match.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/validation.py" line="+57"/>
        <source>Numéro de téléphone invalide : « {text} ».</source>
        <translation>Invalid phone number: “{text}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/national_number.py" line="+18"/>
        <source>Numéro national non reconnu : 11 chiffres pour un NISS belge, 15 caractères pour un NIR français.</source>
        <translation>National number not recognised: 11 digits for a Belgian NISS, 15 characters for a French NIR.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/domain/validation.py" line="-39"/>
        <source>{label} est obligatoire.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+45"/>
        <source>{label} est trop long ({limit} caractères au plus).</source>
        <translation>{label} is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{label} inconnu : « {raw} » (valeurs possibles : {accepted}).</source>
        <translation>Unknown {label}: “{raw}” (possible values: {accepted}).</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>{label} invalide : « {text} » (format attendu JJ/MM/AAAA).</source>
        <translation>Invalid {label}: “{text}” (expected format DD/MM/YYYY).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{label} ne peut pas contenir de chiffres.</source>
        <translation>{label} cannot contain digits.</translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <location filename="../../reconv_desktop/vault/instance_lock.py" line="+38"/>
        <source>%d/%m/%Y à %H:%M</source>
        <translation>%d/%m/%Y at %H:%M</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/header.py" line="+173"/>
        <source>Aucun coffre dans « {parent} » (en-tête absent).</source>
        <translation>No vault in “{parent}” (header missing).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/remembered_key.py" line="+43"/>
        <source>Aucun trousseau sécurisé n&apos;est disponible sur cet ordinateur (gestionnaire de mots de passe du système) : la phrase de passe sera demandée à chaque ouverture.</source>
        <translation>No secure keyring is available on this computer (the system&apos;s password manager): the passphrase will be asked for every time.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/connection.py" line="+26"/>
        <source>Base de données du coffre introuvable : « {path} ».</source>
        <translation>Vault database not found: “{path}”.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/header.py" line="+26"/>
        <source>Ce coffre a été créé par une version plus récente de Reconv Desktop : mettez l&apos;application à jour.</source>
        <translation>This vault was created by a newer version of Reconv Desktop: update the application.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/instance_lock.py" line="+89"/>
        <source>Ce coffre est déjà ouvert par une autre fenêtre de Reconv Desktop{who}. Utilisez-la, ou fermez-la avant de rouvrir le coffre.</source>
        <translation>This vault is already open in another Reconv Desktop window{who}. Use that window, or close it before opening the vault again.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/header.py" line="-6"/>
        <source>Ce fichier n&apos;est pas un en-tête de coffre Reconv.</source>
        <translation>This file is not a Reconv vault header.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/vault.py" line="+31"/>
        <source>Clé de secours incorrecte pour ce coffre.</source>
        <translation>Wrong recovery key for this vault.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clé de secours mal formée : 32 caractères attendus, en 8 groupes de 4 (ex. ABCD-EFGH-…).</source>
        <translation>Malformed recovery key: 32 characters expected, in 8 groups of 4 (e.g. ABCD-EFGH-…).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/connection.py" line="+33"/>
        <source>Disque plein : la modification n&apos;a pas été enregistrée. Libérez de la place ; les données déjà enregistrées sont intactes.</source>
        <translation>Disk full: the change was not saved. Free some space; the data already saved is intact.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/header.py" line="+29"/>
        <source>En-tête du coffre corrompu : restaurez-le depuis une sauvegarde ou utilisez la clé brute exportée.</source>
        <translation>Vault header damaged: restore it from a backup or use the exported raw key.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>En-tête du coffre illisible (champ manquant ou altéré).</source>
        <translation>Vault header unreadable (field missing or altered).</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>En-tête du coffre illisible : méthode de dérivation inconnue.</source>
        <translation>Vault header unreadable: unknown key derivation method.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>En-tête du coffre illisible : {strerror}.</source>
        <translation>Vault header unreadable: {strerror}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>En-tête du coffre invalide (taille anormale).</source>
        <translation>Invalid vault header (abnormal size).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/vault.py" line="+49"/>
        <source>Impossible de créer le dossier « {data_dir} » : {strerror}.</source>
        <translation>Cannot create the folder “{data_dir}”: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/instance_lock.py" line="+27"/>
        <source>Impossible de créer le verrou du coffre dans « {parent} » ({strerror}).</source>
        <translation>Cannot create the vault lock in “{parent}” ({strerror}).</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/header.py" line="-34"/>
        <source>L&apos;en-tête du coffre a été modifié (contrôle d&apos;intégrité en échec). Restaurez-le depuis une sauvegarde.</source>
        <translation>The vault header was altered (integrity check failed). Restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/connection.py" line="-15"/>
        <source>La base du coffre ne s&apos;ouvre pas avec cette clé (fichier corrompu ou ne correspondant pas à l&apos;en-tête).</source>
        <translation>The vault database does not open with this key (file damaged or not matching the header).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Le disque du coffre ne répond plus (clé USB retirée ?) : la modification n&apos;a pas été enregistrée.</source>
        <translation>The vault&apos;s disk no longer responds (USB stick removed?): the change was not saved.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Le dossier du coffre est en lecture seule : la modification n&apos;a pas été enregistrée. Les données déjà enregistrées sont intactes.</source>
        <translation>The vault folder is read-only: the change was not saved. The data already saved is intact.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/remembered_key.py" line="-8"/>
        <source>Le trousseau du système n&apos;a pas pu être chargé.</source>
        <translation>The system keyring could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/vault.py" line="-53"/>
        <source>Phrase de passe incorrecte. Vérifiez la saisie (majuscules, clavier) et réessayez.</source>
        <translation>Wrong passphrase. Check what you typed (capitals, keyboard layout) and try again.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Un coffre existe déjà dans « {data_dir} ».</source>
        <translation>A vault already exists in “{data_dir}”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Une base « {name} » existe sans en-tête dans « {data_dir} » : déplacez-la avant de créer un coffre.</source>
        <translation>A database “{name}” exists without a header in “{data_dir}”: move it before creating a vault.</translation>
    </message>
    <message>
        <location filename="../../reconv_desktop/vault/instance_lock.py" line="-112"/>
        <source>processus {pid} sur « {hostname} », depuis le {since}</source>
        <translation>process {pid} on “{hostname}”, since {since}</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../reconv_desktop/domain/workers.py" line="+45"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cellule</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Champ inconnu : {name}.</source>
        <translation>Unknown field: {name}.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consentement recueilli par</source>
        <translation>Consent obtained by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date d&apos;inscription</source>
        <translation>Enrolment date</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date du consentement</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dernier contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Indiquez la date du consentement.</source>
        <translation>Enter the consent date.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Localité</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Numéro national</source>
        <translation>National number</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Portée du consentement</source>
        <translation>Consent scope</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
</context>
</TS>
