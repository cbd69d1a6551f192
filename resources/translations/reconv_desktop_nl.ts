<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="fr_FR">
<context>
    <name>ActionKind</name>
    <message>
        <source>Candidature</source>
        <translation>Sollicitatie</translation>
    </message>
    <message>
        <source>Entretien d'embauche</source>
        <translation>Sollicitatiegesprek</translation>
    </message>
    <message>
        <source>Formation</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Immersion en entreprise</source>
        <translation>Werkplekstage</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <source>abandonnée</source>
        <translation>stopgezet</translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>lopend</translation>
    </message>
    <message>
        <source>prévue</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>terminée</source>
        <translation>afgerond</translation>
    </message>
</context>
<context>
    <name>AppointmentKind</name>
    <message>
        <source>Entretien individuel</source>
        <translation>Individueel gesprek</translation>
    </message>
    <message>
        <source>Passage en permanence</source>
        <translation>Bezoek op de zitdag</translation>
    </message>
    <message>
        <source>Séance collective</source>
        <translation>Groepssessie</translation>
    </message>
</context>
<context>
    <name>AppointmentStatus</name>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>annulé</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>prévu</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>réalisé</source>
        <translation>afgerond</translation>
    </message>
</context>
<context>
    <name>ConsentScope</name>
    <message>
        <source>Accompagnement</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <source>Accompagnement et partage avec la coordination</source>
        <translation>Begeleiding en delen met de coördinatie</translation>
    </message>
    <message>
        <source>Pas de consentement</source>
        <translation>Geen toestemming</translation>
    </message>
</context>
<context>
    <name>ContractType</name>
    <message>
        <source>Autre</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>CDD</source>
        <translation>Contract van bepaalde duur</translation>
    </message>
    <message>
        <source>CDI</source>
        <translation>Contract van onbepaalde duur</translation>
    </message>
    <message>
        <source>Contrat aidé</source>
        <translation>Gesubsidieerd contract</translation>
    </message>
    <message>
        <source>Intérim</source>
        <translation>Uitzendwerk</translation>
    </message>
</context>
<context>
    <name>CvSections</name>
    <message>
        <source>Atouts</source>
        <translation>Troeven</translation>
    </message>
    <message>
        <source>Centres d'intérêt</source>
        <translation>Interesses</translation>
    </message>
    <message>
        <source>Compétences</source>
        <translation>Competenties</translation>
    </message>
    <message>
        <source>Expérience professionnelle</source>
        <translation>Werkervaring</translation>
    </message>
    <message>
        <source>Formation</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Identité et coordonnées</source>
        <translation>Identiteit en contactgegevens</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Permis de conduire</source>
        <translation>Rijbewijzen</translation>
    </message>
    <message>
        <source>Profil</source>
        <translation>Profiel</translation>
    </message>
</context>
<context>
    <name>CvTemplate</name>
    <message>
        <source>Classique (une colonne)</source>
        <translation>Klassiek (één kolom)</translation>
    </message>
    <message>
        <source>Moderne (deux colonnes)</source>
        <translation>Modern (twee kolommen)</translation>
    </message>
</context>
<context>
    <name>EducationKind</name>
    <message>
        <source>Certificat / attestation</source>
        <translation>Certificaat / attest</translation>
    </message>
    <message>
        <source>Diplôme</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <source>Formation suivie</source>
        <translation>Gevolgde opleiding</translation>
    </message>
</context>
<context>
    <name>JournalAction</name>
    <message>
        <source>Consentement</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Consultation d'un dossier</source>
        <translation>Dossier ingekeken</translation>
    </message>
    <message>
        <source>Durée de conservation</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Déverrouillage</source>
        <translation>Ontgrendeling</translation>
    </message>
    <message>
        <source>Effacement</source>
        <translation>Wissing</translation>
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
        <translation>Afdruk</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rechtzetting</translation>
    </message>
    <message>
        <source>Restauration</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <source>Sauvegarde</source>
        <translation>Back-up</translation>
    </message>
</context>
<context>
    <name>OutcomeKind</name>
    <message>
        <source>Création d'activité</source>
        <translation>Eigen zaak opgestart</translation>
    </message>
    <message>
        <source>Emploi</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Formation qualifiante</source>
        <translation>Kwalificerende opleiding</translation>
    </message>
    <message>
        <source>Retraite / RCC</source>
        <translation>Pensioen / SWT</translation>
    </message>
    <message>
        <source>Sans solution</source>
        <translation>Geen oplossing</translation>
    </message>
</context>
<context>
    <name>PlanOwner</name>
    <message>
        <source>Conseiller·e</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Personne accompagnée</source>
        <translation>Begeleide persoon</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <source>Abandonné</source>
        <translation>Stopgezet</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Fait</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>À faire</source>
        <translation>Te doen</translation>
    </message>
</context>
<context>
    <name>SkillLevel</name>
    <message>
        <source>Autonome</source>
        <translation>Zelfstandig</translation>
    </message>
    <message>
        <source>Expert·e / peut transmettre</source>
        <translation>Expert / kan het doorgeven</translation>
    </message>
    <message>
        <source>Notions</source>
        <translation>Basiskennis</translation>
    </message>
    <message>
        <source>Pratique accompagnée</source>
        <translation>Onder begeleiding</translation>
    </message>
</context>
<context>
    <name>SkillSource</name>
    <message>
        <source>Attestée</source>
        <translation>Aangetoond</translation>
    </message>
    <message>
        <source>Déclarée</source>
        <translation>Zelf verklaard</translation>
    </message>
    <message>
        <source>Observée</source>
        <translation>Vastgesteld</translation>
    </message>
</context>
<context>
    <name>WorkerStatus</name>
    <message>
        <source>Accueil</source>
        <translation>Onthaal</translation>
    </message>
    <message>
        <source>En bilan</source>
        <translation>In competentiebalans</translation>
    </message>
    <message>
        <source>En emploi</source>
        <translation>Aan het werk</translation>
    </message>
    <message>
        <source>En formation</source>
        <translation>In opleiding</translation>
    </message>
    <message>
        <source>En recherche</source>
        <translation>Werkzoekend</translation>
    </message>
    <message>
        <source>Sorti</source>
        <translation>Uitgestroomd</translation>
    </message>
</context>
<context>
    <name>WorkingHours</name>
    <message>
        <source>Horaires de jour uniquement</source>
        <translation>Alleen overdag</translation>
    </message>
    <message>
        <source>Pas de travail de nuit</source>
        <translation>Geen nachtwerk</translation>
    </message>
    <message>
        <source>Temps partiel souhaité</source>
        <translation>Deeltijds gewenst</translation>
    </message>
    <message>
        <source>Tous horaires (y compris nuit et week-end)</source>
        <translation>Alle uren (ook 's nachts en in het weekend)</translation>
    </message>
</context>
<context>
    <name>admin_steps</name>
    <message>
        <source>Attestation employeur France Travail reçue</source>
        <translation>Werkgeversattest France Travail ontvangen</translation>
    </message>
    <message>
        <source>Budget de formation identifié</source>
        <translation>Opleidingsbudget bepaald</translation>
    </message>
    <message>
        <source>Consentement RGPD recueilli</source>
        <translation>AVG-toestemming verkregen</translation>
    </message>
    <message>
        <source>Contrat de sécurisation professionnelle proposé / signé</source>
        <translation>Contract voor beroepszekerheid (CSP) voorgesteld / ondertekend</translation>
    </message>
    <message>
        <source>Demande d'allocations introduite (organisme de paiement)</source>
        <translation>Uitkeringsaanvraag ingediend (uitbetalingsinstelling)</translation>
    </message>
    <message>
        <source>Droits CCT vérifiés (préavis, indemnités, outplacement)</source>
        <translation>Rechten volgens de cao nagekeken (opzeg, vergoedingen, outplacement)</translation>
    </message>
    <message>
        <source>Droits CPF consultés (budget formation)</source>
        <translation>CPF-rechten nagekeken (opleidingsbudget)</translation>
    </message>
    <message>
        <source>Formulaire C4 reçu et vérifié</source>
        <translation>C4-formulier ontvangen en nagekeken</translation>
    </message>
    <message>
        <source>Inscription comme demandeur d'emploi (Forem / Actiris / VDAB)</source>
        <translation>Ingeschreven als werkzoekende (VDAB / Actiris / Forem)</translation>
    </message>
    <message>
        <source>Inscription à France Travail</source>
        <translation>Ingeschreven bij France Travail</translation>
    </message>
    <message>
        <source>Inscription à la cellule de reconversion</source>
        <translation>Ingeschreven bij de reconversiecel</translation>
    </message>
</context>
<context>
    <name>assessment</name>
    <message>
        <source>Adéquation</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Atouts</source>
        <translation>Troeven</translation>
    </message>
    <message>
        <source>Aucun bilan de compétences pour {display_name} : commencez-en un d'abord.</source>
        <translation>Geen competentiebalans voor {display_name}: begin er eerst een.</translation>
    </message>
    <message>
        <source>Aucun métier visé pour l'instant.</source>
        <translation>Nog geen beoogd beroep.</translation>
    </message>
    <message>
        <source>Aucun écart repéré</source>
        <translation>Geen tekort vastgesteld</translation>
    </message>
    <message>
        <source>Aucune compétence technique notée.</source>
        <translation>Geen technische competentie genoteerd.</translation>
    </message>
    <message>
        <source>Aucune compétence transférable notée.</source>
        <translation>Geen overdraagbare competentie genoteerd.</translation>
    </message>
    <message>
        <source>Aucune expérience professionnelle renseignée.</source>
        <translation>Geen werkervaring ingevuld.</translation>
    </message>
    <message>
        <source>Aucune formation renseignée.</source>
        <translation>Geen opleiding ingevuld.</translation>
    </message>
    <message>
        <source>Autres contraintes</source>
        <translation>Andere beperkingen</translation>
    </message>
    <message>
        <source>Bilan</source>
        <translation>Balans</translation>
    </message>
    <message>
        <source>Bilan de compétences</source>
        <translation>Competentiebalans</translation>
    </message>
    <message>
        <source>Bilan de compétences — {name}</source>
        <translation>Competentiebalans — {name}</translation>
    </message>
    <message>
        <source>Bilan prêt</source>
        <translation>Balans klaar</translation>
    </message>
    <message>
        <source>Ce document récapitule le parcours, les compétences, les pistes de métiers et le plan d'action établis ensemble au cours du bilan. {summary}</source>
        <translation>Dit document vat het loopbaantraject, de competenties, de mogelijke beroepen en het actieplan samen die tijdens de balans samen werden opgesteld. {summary}</translation>
    </message>
    <message>
        <source>Cellule de reconversion</source>
        <translation>Reconversiecel</translation>
    </message>
    <message>
        <source>Centres d'intérêt</source>
        <translation>Interesses</translation>
    </message>
    <message>
        <source>Centres d'intérêt et contraintes</source>
        <translation>Interesses en beperkingen</translation>
    </message>
    <message>
        <source>Compétence</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <source>Compétences</source>
        <translation>Competenties</translation>
    </message>
    <message>
        <source>Compétences transférables et savoir-être</source>
        <translation>Overdraagbare competenties en attitudes</translation>
    </message>
    <message>
        <source>Confidentiel — bilan de {name}, à ne diffuser qu'avec son accord.</source>
        <translation>Vertrouwelijk — competentiebalans van {name}, alleen te verspreiden met diens toestemming.</translation>
    </message>
    <message>
        <source>Connaissances</source>
        <translation>Kennis</translation>
    </message>
    <message>
        <source>Conseiller·e</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Contraintes</source>
        <translation>Beperkingen</translation>
    </message>
    <message>
        <source>Date et signature :</source>
        <translation>Datum en handtekening:</translation>
    </message>
    <message>
        <source>Document édité le</source>
        <translation>Document opgemaakt op</translation>
    </message>
    <message>
        <source>Essentiel : {skills}</source>
        <translation>Essentieel: {skills}</translation>
    </message>
    <message>
        <source>Fonction et employeur</source>
        <translation>Functie en werkgever</translation>
    </message>
    <message>
        <source>Formation et certificats</source>
        <translation>Opleiding en certificaten</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Werkuren</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>La personne accompagnée</source>
        <translation>De begeleide persoon</translation>
    </message>
    <message>
        <source>Le ou la conseiller·e</source>
        <translation>De begeleider</translation>
    </message>
    <message>
        <source>Lecture des niveaux de maîtrise</source>
        <translation>Hoe de beheersingsniveaus te lezen</translation>
    </message>
    <message>
        <source>Les deux signataires attestent que ce bilan a été établi ensemble. La personne accompagnée reste seule juge de sa diffusion.</source>
        <translation>Beide ondertekenaars bevestigen dat deze balans samen werd opgesteld. Alleen de begeleide persoon beslist over de verspreiding ervan.</translation>
    </message>
    <message>
        <source>Mise en page du bilan</source>
        <translation>Balans opmaken</translation>
    </message>
    <message>
        <source>Mobilité</source>
        <translation>Mobiliteit</translation>
    </message>
    <message>
        <source>Métier</source>
        <translation>Beroep</translation>
    </message>
    <message>
        <source>Métiers visés</source>
        <translation>Beoogde beroepen</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Non renseignés.</source>
        <translation>Niet ingevuld.</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Parcours professionnel</source>
        <translation>Loopbaan</translation>
    </message>
    <message>
        <source>Permis de conduire</source>
        <translation>Rijbewijs</translation>
    </message>
    <message>
        <source>Personne accompagnée</source>
        <translation>Begeleide persoon</translation>
    </message>
    <message>
        <source>Plan d'action</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>Plan d'action à construire.</source>
        <translation>Actieplan nog op te stellen.</translation>
    </message>
    <message>
        <source>Preuve, observation</source>
        <translation>Bewijs, observatie</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Restrictions de santé</source>
        <translation>Gezondheidsbeperkingen</translation>
    </message>
    <message>
        <source>Savoir-faire</source>
        <translation>Vaardigheden</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <source>Souhaitable : {skills}</source>
        <translation>Wenselijk: {skills}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Synthèse</source>
        <translation>Synthese</translation>
    </message>
    <message>
        <source>Synthèse à rédiger avec la personne.</source>
        <translation>Synthese nog samen met de persoon op te stellen.</translation>
    </message>
    <message>
        <source>Tâches et responsabilités</source>
        <translation>Taken en verantwoordelijkheden</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>aujourd'hui</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>commencé le {date}</source>
        <translation>begonnen op {date}</translation>
    </message>
    <message>
        <source>commencé le {start}, clôturé le {end}</source>
        <translation>begonnen op {start}, afgesloten op {end}</translation>
    </message>
    <message>
        <source>dispose d'un véhicule</source>
        <translation>heeft een voertuig</translation>
    </message>
    <message>
        <source>en transports en commun</source>
        <translation>met het openbaar vervoer</translation>
    </message>
    <message>
        <source>trajet de {minutes} min au plus</source>
        <translation>reistijd van hoogstens {minutes} min</translation>
    </message>
    <message>
        <source>{experiences} expérience(s) professionnelle(s), {education} formation(s) ou certificat(s), {skills} compétence(s) évaluée(s), {targets} métier(s) visé(s), {steps} étape(s) au plan d'action.</source>
        <translation>{experiences} werkervaring(en), {education} opleiding(en) of certifica(a)t(en), {skills} beoordeelde competentie(s), {targets} beoogd(e) beroep(en), {steps} stap(pen) in het actieplan.</translation>
    </message>
    <message>
        <source>{shown} et {n} autre(s)</source>
        <translation>{shown} en {n} andere</translation>
    </message>
    <message>
        <source>À aborder avec la personne (non imprimé).</source>
        <translation>Te bespreken met de persoon (niet afgedrukt).</translation>
    </message>
    <message>
        <source>À acquérir</source>
        <translation>Te verwerven</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Établissement et remarques</source>
        <translation>Instelling en opmerkingen</translation>
    </message>
    <message>
        <source>Étape</source>
        <translation>Stap</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Acquérir « {label} » (visé : {occupation_label})</source>
        <translation>“{label}” verwerven (voor: {occupation_label})</translation>
    </message>
    <message>
        <source>Adéquation invalide : « {fit} ».</source>
        <translation>Ongeldige overeenkomst: “{fit}”.</translation>
    </message>
    <message>
        <source>Bilan de compétences</source>
        <translation>Competentiebalans</translation>
    </message>
    <message>
        <source>Bilan introuvable.</source>
        <translation>Competentiebalans niet gevonden.</translation>
    </message>
    <message>
        <source>Compétence inconnue du référentiel : « {uri} ».</source>
        <translation>Competentie staat niet in het referentiekader: “{uri}”.</translation>
    </message>
    <message>
        <source>Date d'entrée</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>Date d'obtention</source>
        <translation>Datum behaald</translation>
    </message>
    <message>
        <source>Date de clôture</source>
        <translation>Afsluitdatum</translation>
    </message>
    <message>
        <source>Date de début</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>Date de sortie</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Werkuren</translation>
    </message>
    <message>
        <source>L'adéquation doit être comprise entre 0 et 100 %.</source>
        <translation>De overeenkomst moet tussen 0 en 100 % liggen.</translation>
    </message>
    <message>
        <source>L'employeur</source>
        <translation>De werkgever</translation>
    </message>
    <message>
        <source>L'intitulé du diplôme</source>
        <translation>De titel van het diploma</translation>
    </message>
    <message>
        <source>L'établissement</source>
        <translation>De onderwijsinstelling</translation>
    </message>
    <message>
        <source>L'étape</source>
        <translation>De stap</translation>
    </message>
    <message>
        <source>L'étape du plan d'action est obligatoire.</source>
        <translation>De stap van het actieplan is verplicht.</translation>
    </message>
    <message>
        <source>La clôture du bilan précède son début.</source>
        <translation>De afsluiting van de balans ligt voor het begin.</translation>
    </message>
    <message>
        <source>La date d'entrée est dans le futur.</source>
        <translation>De begindatum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>La date d'obtention est dans le futur.</source>
        <translation>De datum behaald ligt in de toekomst.</translation>
    </message>
    <message>
        <source>La date de sortie précède la date d'entrée.</source>
        <translation>De einddatum ligt voor de begindatum.</translation>
    </message>
    <message>
        <source>La description des tâches</source>
        <translation>De beschrijving van de taken</translation>
    </message>
    <message>
        <source>La fonction occupée</source>
        <translation>De uitgeoefende functie</translation>
    </message>
    <message>
        <source>La preuve</source>
        <translation>Het bewijs</translation>
    </message>
    <message>
        <source>La remarque</source>
        <translation>De opmerking</translation>
    </message>
    <message>
        <source>La synthèse</source>
        <translation>De synthese</translation>
    </message>
    <message>
        <source>Le centre d'intérêt</source>
        <translation>Het interessegebied</translation>
    </message>
    <message>
        <source>Le détail</source>
        <translation>Het detail</translation>
    </message>
    <message>
        <source>Le métier visé</source>
        <translation>Het beoogde beroep</translation>
    </message>
    <message>
        <source>Le nom de la compétence</source>
        <translation>De naam van de competentie</translation>
    </message>
    <message>
        <source>Le nom du conseiller</source>
        <translation>De naam van de begeleider</translation>
    </message>
    <message>
        <source>Le secteur</source>
        <translation>De sector</translation>
    </message>
    <message>
        <source>Le titre du bilan</source>
        <translation>De titel van de balans</translation>
    </message>
    <message>
        <source>Les autres contraintes</source>
        <translation>De andere beperkingen</translation>
    </message>
    <message>
        <source>Les restrictions de santé</source>
        <translation>De gezondheidsbeperkingen</translation>
    </message>
    <message>
        <source>Niveau invalide : « {raw} » (choisissez : {words}).</source>
        <translation>Ongeldig niveau: “{raw}” (kies: {words}).</translation>
    </message>
    <message>
        <source>Permis inconnu : « {raw} » (catégories : {categories}).</source>
        <translation>Onbekend rijbewijs: “{raw}” (categorieën: {categories}).</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Statut de l'étape</source>
        <translation>Status van de stap</translation>
    </message>
    <message>
        <source>Temps de trajet invalide : « {minutes} » (en minutes).</source>
        <translation>Ongeldige reistijd: “{minutes}” (in minuten).</translation>
    </message>
    <message>
        <source>Temps de trajet peu plausible : {minutes} min (0 à {limit}).</source>
        <translation>Onwaarschijnlijke reistijd: {minutes} min (0 tot {limit}).</translation>
    </message>
    <message>
        <source>Type de formation</source>
        <translation>Soort opleiding</translation>
    </message>
    <message>
        <source>Une compétence attestée doit citer sa preuve (attestation, certificat…).</source>
        <translation>Een aangetoonde competentie moet haar bewijs vermelden (attest, certificaat…).</translation>
    </message>
    <message>
        <source>{what} : texte trop long ({limit} caractères au plus).</source>
        <translation>{what}: tekst te lang (hoogstens {limit} tekens).</translation>
    </message>
    <message>
        <source>{what} : texte trop long ({n} caractères, {limit} au plus).</source>
        <translation>{what}: tekst te lang ({n} tekens, hoogstens {limit}).</translation>
    </message>
    <message>
        <source>{what} est obligatoire.</source>
        <translation>{what} is verplicht.</translation>
    </message>
    <message>
        <source>« {label} » figure déjà dans ce bilan.</source>
        <translation>“{label}” staat al in deze balans.</translation>
    </message>
    <message>
        <source>« {occupation_label} » est déjà un métier visé.</source>
        <translation>“{occupation_label}” is al een beoogd beroep.</translation>
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
        <translation>Deze back-up hoort bij een andere kluis: herstel geweigerd.</translation>
    </message>
    <message>
        <source>Cette sauvegarde vient d'une version plus récente de Reconv Desktop : mettez l'application à jour.</source>
        <translation>Deze back-up komt van een nieuwere versie van Reconv Desktop: werk de toepassing bij.</translation>
    </message>
    <message>
        <source>Coffre restauré</source>
        <translation>Kluis hersteld</translation>
    </message>
    <message>
        <source>Copie chiffrée de la base</source>
        <translation>Versleutelde kopie van de database</translation>
    </message>
    <message>
        <source>Copie de l'en-tête</source>
        <translation>Header kopiëren</translation>
    </message>
    <message>
        <source>Copie de la sauvegarde</source>
        <translation>Back-up kopiëren</translation>
    </message>
    <message>
        <source>Copie de sécurité du coffre actuel</source>
        <translation>Veiligheidskopie van de huidige kluis</translation>
    </message>
    <message>
        <source>La base du coffre est abîmée (contrôle d'intégrité en échec). Restaurez la dernière sauvegarde : « reconv backup list » puis « reconv backup restore ».</source>
        <translation>De database van de kluis is beschadigd (integriteitscontrole mislukt). Herstel de laatste back-up: “reconv backup list” en dan “reconv backup restore”.</translation>
    </message>
    <message>
        <source>La copie de la sauvegarde est abîmée : rien n'a été remplacé.</source>
        <translation>De kopie van de back-up is beschadigd: er is niets vervangen.</translation>
    </message>
    <message>
        <source>La sauvegarde écrite ne passe pas le contrôle d'intégrité ; elle a été supprimée.</source>
        <translation>De geschreven back-up doorstaat de integriteitscontrole niet; ze is verwijderd.</translation>
    </message>
    <message>
        <source>Phrase de passe incorrecte pour cette sauvegarde (c'est celle du jour de la sauvegarde ; la clé de secours convient aussi).</source>
        <translation>Verkeerde wachtzin voor deze back-up (het is die van de dag van de back-up; de herstelsleutel werkt ook).</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <source>Remplacement du coffre</source>
        <translation>Kluis vervangen</translation>
    </message>
    <message>
        <source>Restauration impossible : {reason}</source>
        <translation>Herstel mislukt: {reason}</translation>
    </message>
    <message>
        <source>Sauvegarde abîmée : le contrôle d'intégrité échoue.</source>
        <translation>Beschadigde back-up: de integriteitscontrole mislukt.</translation>
    </message>
    <message>
        <source>Sauvegarde illisible : la base ne s'ouvre pas avec cette clé (fichier abîmé ?).</source>
        <translation>Onleesbare back-up: de database gaat niet open met deze sleutel (beschadigd bestand?).</translation>
    </message>
    <message>
        <source>Sauvegarde impossible : la copie n'a pas pu être écrite ou vérifiée ({exc}).</source>
        <translation>Back-up mislukt: de kopie kon niet worden geschreven of gecontroleerd ({exc}).</translation>
    </message>
    <message>
        <source>Sauvegarde impossible : {reason}</source>
        <translation>Back-up mislukt: {reason}</translation>
    </message>
    <message>
        <source>Sauvegarde incomplète : « {name} » manque.</source>
        <translation>Onvolledige back-up: “{name}” ontbreekt.</translation>
    </message>
    <message>
        <source>Sauvegarde introuvable : « {name} ».</source>
        <translation>Back-up niet gevonden: “{name}”.</translation>
    </message>
    <message>
        <source>Sauvegarde vérifiée</source>
        <translation>Back-up gecontroleerd</translation>
    </message>
    <message>
        <source>Sauvegarde « {name} » abîmée : son contenu ne correspond plus à son empreinte.</source>
        <translation>Back-up “{name}” beschadigd: de inhoud komt niet meer overeen met de vingerafdruk.</translation>
    </message>
    <message>
        <source>Sauvegarde « {name} » illisible : {strerror}.</source>
        <translation>Back-up “{name}” onleesbaar: {strerror}.</translation>
    </message>
    <message>
        <source>Vérification de la copie</source>
        <translation>Kopie controleren</translation>
    </message>
    <message>
        <source>Vérification de la sauvegarde</source>
        <translation>Back-up controleren</translation>
    </message>
    <message>
        <source>automatique (ouverture)</source>
        <translation>automatisch (bij openen)</translation>
    </message>
    <message>
        <source>avant application de la durée de conservation</source>
        <translation>voor het toepassen van de bewaartermijn</translation>
    </message>
    <message>
        <source>avant effacement</source>
        <translation>voor het wissen</translation>
    </message>
    <message>
        <source>avant importation</source>
        <translation>voor het importeren</translation>
    </message>
    <message>
        <source>avant mise à jour du schéma</source>
        <translation>voor de schema-update</translation>
    </message>
    <message>
        <source>avant restauration</source>
        <translation>voor het herstel</translation>
    </message>
    <message>
        <source>manuelle</source>
        <translation>handmatig</translation>
    </message>
    <message>
        <source>« {name} » n'est pas une sauvegarde Reconv complète.</source>
        <translation>“{name}” is geen volledige Reconv-back-up.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>(aussi{tag} : {label})</source>
        <translation>(ook{tag}: {label})</translation>
    </message>
    <message>
        <source>({n} formation(s))</source>
        <translation>({n} opleiding(en))</translation>
    </message>
    <message>
        <source>({n} métiers classés en {elapsed:.0f} ms)</source>
        <translation>({n} beroepen gerangschikt in {elapsed:.0f} ms)</translation>
    </message>
    <message>
        <source>AAAA-MM (défaut : le mois dernier)</source>
        <translation>JJJJ-MM (standaard: vorige maand)</translation>
    </message>
    <message>
        <source>Appliquer ces changements ?</source>
        <translation>Deze wijzigingen toepassen?</translation>
    </message>
    <message>
        <source>Attention : aucune photo enregistrée pour cette personne (reconv cv photo {worker_id} --set FICHIER).</source>
        <translation>Let op: geen foto opgeslagen voor deze persoon (reconv cv photo {worker_id} --set BESTAND).</translation>
    </message>
    <message>
        <source>Attention : {warning}</source>
        <translation>Let op: {warning}</translation>
    </message>
    <message>
        <source>Aucun bilan de compétences pour {display_name}.</source>
        <translation>Geen competentiebalans voor {display_name}.</translation>
    </message>
    <message>
        <source>Aucun conflit à examiner.</source>
        <translation>Geen conflicten na te kijken.</translation>
    </message>
    <message>
        <source>Aucun métier : ajoutez au bilan des compétences du référentiel.</source>
        <translation>Geen beroep: voeg competenties uit het referentiekader toe aan de balans.</translation>
    </message>
    <message>
        <source>Aucun métier visé : ajoutez au bilan des compétences du référentiel.</source>
        <translation>Geen beoogd beroep: voeg competenties uit het referentiekader toe aan de balans.</translation>
    </message>
    <message>
        <source>Aucun projet de CV pour cette personne.</source>
        <translation>Geen cv-ontwerp voor deze persoon.</translation>
    </message>
    <message>
        <source>Aucun résultat.</source>
        <translation>Geen resultaten.</translation>
    </message>
    <message>
        <source>Aucune formation.</source>
        <translation>Geen opleidingen.</translation>
    </message>
    <message>
        <source>Aucune photo à retirer.</source>
        <translation>Geen foto om te verwijderen.</translation>
    </message>
    <message>
        <source>Aucune photo.</source>
        <translation>Geen foto.</translation>
    </message>
    <message>
        <source>Aucune sauvegarde dans « {dest} ».</source>
        <translation>Geen back-up in “{dest}”.</translation>
    </message>
    <message>
        <source>Bilan imprimé : {out} ({pages} pages, {elapsed:.0f} ms).</source>
        <translation>Balans afgedrukt: {out} ({pages} pagina's, {elapsed:.0f} ms).</translation>
    </message>
    <message>
        <source>COMMANDE</source>
        <translation>OPDRACHT</translation>
    </message>
    <message>
        <source>CSV écrit : {csv}</source>
        <translation>CSV geschreven: {csv}</translation>
    </message>
    <message>
        <source>CV créé : « {title} » (modèle {template}).</source>
        <translation>Cv aangemaakt: “{title}” (sjabloon {template}).</translation>
    </message>
    <message>
        <source>CV exporté (JSON Resume) : {out}.</source>
        <translation>Cv geëxporteerd (JSON Resume): {out}.</translation>
    </message>
    <message>
        <source>CV exporté (Word) : {out}.</source>
        <translation>Cv geëxporteerd (Word): {out}.</translation>
    </message>
    <message>
        <source>CV exporté : {out} ({pages} page).</source>
        <translation>Cv geëxporteerd: {out} ({pages} pagina).</translation>
    </message>
    <message>
        <source>CV exporté : {out} ({pages} pages).</source>
        <translation>Cv geëxporteerd: {out} ({pages} pagina's).</translation>
    </message>
    <message>
        <source>Carte de « {name} » ({role}), appareil {device_id}</source>
        <translation>Kaart van “{name}” ({role}), toestel {device_id}</translation>
    </message>
    <message>
        <source>Carte écrite : {out}</source>
        <translation>Kaart geschreven: {out}</translation>
    </message>
    <message>
        <source>Catalogue importé : {added} formation(s) ajoutée(s), {updated} mise(s) à jour.</source>
        <translation>Catalogus geïmporteerd: {added} opleiding(en) toegevoegd, {updated} bijgewerkt.</translation>
    </message>
    <message>
        <source>Ce coffre est maintenant un coffre de coordination.</source>
        <translation>Deze kluis is nu een coördinatiekluis.</translation>
    </message>
    <message>
        <source>Ce lot a déjà été importé : l'importer à nouveau ne changerait rien.</source>
        <translation>Dit pakket is al geïmporteerd: het opnieuw importeren zou niets veranderen.</translation>
    </message>
    <message>
        <source>Ce qui quitte cet ordinateur :</source>
        <translation>Wat deze computer verlaat:</translation>
    </message>
    <message>
        <source>Cellule inconnue : « {cell} ».</source>
        <translation>Onbekende cel: “{cell}”.</translation>
    </message>
    <message>
        <source>Cette empreinte est-elle celle que la personne vous a lue ?</source>
        <translation>Is dit de vingerafdruk die de persoon u heeft voorgelezen?</translation>
    </message>
    <message>
        <source>Clé de secours</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>Clé de secours (à imprimer ou recopier, et à garder à part de l'ordinateur) :</source>
        <translation>Herstelsleutel (afdrukken of overschrijven, en apart van de computer bewaren):</translation>
    </message>
    <message>
        <source>Clé mémorisée sur cet ordinateur (trousseau du système).</source>
        <translation>Sleutel onthouden op deze computer (sleutelhanger van het systeem).</translation>
    </message>
    <message>
        <source>Clé oubliée sur cet ordinateur.</source>
        <translation>Sleutel vergeten op deze computer.</translation>
    </message>
    <message>
        <source>Coffre créé dans : {data_dir}</source>
        <translation>Kluis aangemaakt in: {data_dir}</translation>
    </message>
    <message>
        <source>Coffre déverrouillé : phrase de passe correcte.</source>
        <translation>Kluis ontgrendeld: wachtzin juist.</translation>
    </message>
    <message>
        <source>Coffre déverrouillé avec la clé de secours ; nouvelle phrase de passe enregistrée.</source>
        <translation>Kluis ontgrendeld met de herstelsleutel; nieuwe wachtzin opgeslagen.</translation>
    </message>
    <message>
        <source>Coffre restauré depuis la sauvegarde du {date}.</source>
        <translation>Kluis hersteld uit de back-up van {date}.</translation>
    </message>
    <message>
        <source>Commencé le {started_on:%d/%m/%Y} ; conseiller·e : {counsellor}</source>
        <translation>Begonnen op {started_on:%d/%m/%Y}; begeleider: {counsellor}</translation>
    </message>
    <message>
        <source>Compétences :</source>
        <translation>Competenties:</translation>
    </message>
    <message>
        <source>Confirmation nécessaire : relancez avec --yes.</source>
        <translation>Bevestiging nodig: voer opnieuw uit met --yes.</translation>
    </message>
    <message>
        <source>Confirmez la nouvelle phrase de passe</source>
        <translation>Bevestig de nieuwe wachtzin</translation>
    </message>
    <message>
        <source>Conflit n° {id} résolu : l'autre version est maintenant la version actuelle.</source>
        <translation>Conflict nr. {id} opgelost: de andere versie is nu de huidige.</translation>
    </message>
    <message>
        <source>Conflit n° {id} résolu : version actuelle conservée.</source>
        <translation>Conflict nr. {id} opgelost: huidige versie behouden.</translation>
    </message>
    <message>
        <source>Consentement imprimé : {pdf}</source>
        <translation>Toestemming afgedrukt: {pdf}</translation>
    </message>
    <message>
        <source>Copie de sécurité de l'ancien coffre : {safety}</source>
        <translation>Veiligheidskopie van de oude kluis: {safety}</translation>
    </message>
    <message>
        <source>Destinataires : {recipients}</source>
        <translation>Ontvangers: {recipients}</translation>
    </message>
    <message>
        <source>Dossier introuvable : « {parent} ».</source>
        <translation>Map niet gevonden: “{parent}”.</translation>
    </message>
    <message>
        <source>Durée de conservation appliquée à {n} personne(s).</source>
        <translation>Bewaartermijn toegepast op {n} persoon/personen.</translation>
    </message>
    <message>
        <source>Effacement non confirmé : {rows} enregistrement(s) seraient effacés. Relancez avec --yes.</source>
        <translation>Wissen niet bevestigd: {rows} record(s) zouden worden gewist. Voer opnieuw uit met --yes.</translation>
    </message>
    <message>
        <source>Elle ne sera plus jamais affichée.</source>
        <translation>Ze wordt nooit meer getoond.</translation>
    </message>
    <message>
        <source>Empreinte : {fingerprint}</source>
        <translation>Vingerafdruk: {fingerprint}</translation>
    </message>
    <message>
        <source>Empreinte à lire à voix haute : {fingerprint}</source>
        <translation>Vingerafdruk om luidop voor te lezen: {fingerprint}</translation>
    </message>
    <message>
        <source>Enrôlement annulé.</source>
        <translation>Aansluiting geannuleerd.</translation>
    </message>
    <message>
        <source>Essai à blanc : rien n'a été écrit.</source>
        <translation>Proefdraai: er is niets geschreven.</translation>
    </message>
    <message>
        <source>Export annulé : rien n'a été écrit.</source>
        <translation>Export geannuleerd: er is niets geschreven.</translation>
    </message>
    <message>
        <source>Export du droit d'accès : {rows} enregistrement(s) dans {n} table(s).</source>
        <translation>Export voor het recht op inzage: {rows} record(s) in {n} tabel(len).</translation>
    </message>
    <message>
        <source>Fichier de phrase de passe illisible : « {path} » ({strerror}).</source>
        <translation>Onleesbaar wachtzinbestand: “{path}” ({strerror}).</translation>
    </message>
    <message>
        <source>Formation :</source>
        <translation>Opleiding:</translation>
    </message>
    <message>
        <source>Identité age SECRÈTE écrite dans {out} (à garder pour soi ; usage : age -d -i {out} LOT.reconv).</source>
        <translation>GEHEIME age-identiteit geschreven naar {out} (voor uzelf houden; gebruik: age -d -i {out} PAKKET.reconv).</translation>
    </message>
    <message>
        <source>Import annulé : rien n'a été modifié.</source>
        <translation>Import geannuleerd: er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Indiquez --json FICHIER et/ou --pdf FICHIER.</source>
        <translation>Geef --json BESTAND en/of --pdf BESTAND op.</translation>
    </message>
    <message>
        <source>Indiquez --out (PDF) et/ou --csv.</source>
        <translation>Geef --out (pdf) en/of --csv op.</translation>
    </message>
    <message>
        <source>Indiquez le fichier du lot avec --out.</source>
        <translation>Geef het pakketbestand op met --out.</translation>
    </message>
    <message>
        <source>Inspection seulement : rien n'a été modifié.</source>
        <translation>Alleen inspectie: er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Journal exporté : {count} ligne(s) dans {csv}</source>
        <translation>Logboek geëxporteerd: {count} regel(s) in {csv}</translation>
    </message>
    <message>
        <source>La base du coffre est abîmée ({detail}). Restaurez une sauvegarde : voyez-les avec « reconv backup list », puis « reconv backup restore NOM ».</source>
        <translation>De database van de kluis is beschadigd ({detail}). Herstel een back-up: bekijk ze met “reconv backup list”, daarna “reconv backup restore NAAM”.</translation>
    </message>
    <message>
        <source>Le CV est à jour : le bilan ne changerait rien.</source>
        <translation>Het cv is bijgewerkt: de balans zou niets veranderen.</translation>
    </message>
    <message>
        <source>Le coffre est occupé par une autre opération ; réessayez dans un instant.</source>
        <translation>De kluis is bezig met een andere bewerking; probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>Le trousseau du système a refusé d'enregistrer la clé.</source>
        <translation>De sleutelhanger van het systeem weigerde de sleutel op te slaan.</translation>
    </message>
    <message>
        <source>Les sauvegardes plus anciennes la contiennent encore jusqu'à leur rotation.</source>
        <translation>Oudere back-ups bevatten haar nog tot ze worden vervangen.</translation>
    </message>
    <message>
        <source>Libellés gardés dans d'autres langues : {languages}.</source>
        <translation>Benamingen bewaard in andere talen: {languages}.</translation>
    </message>
    <message>
        <source>Lot déjà importé : rien n'a changé.</source>
        <translation>Pakket al geïmporteerd: er is niets veranderd.</translation>
    </message>
    <message>
        <source>Lot importé : {changes} changement(s), {conflicts} conflit(s), {acknowledged} envoi(s) accusé(s).</source>
        <translation>Pakket geïmporteerd: {changes} wijziging(en), {conflicts} conflict(en), {acknowledged} zending(en) bevestigd.</translation>
    </message>
    <message>
        <source>Lot importé : {changes} changement(s), {conflicts} conflit(s).</source>
        <translation>Pakket geïmporteerd: {changes} wijziging(en), {conflicts} conflict(en).</translation>
    </message>
    <message>
        <source>Lot n° {sequence} écrit : {path} ({file_bytes} octets).</source>
        <translation>Pakket nr. {sequence} geschreven: {path} ({file_bytes} bytes).</translation>
    </message>
    <message>
        <source>Lot n° {sequence} écrit pour « {name} » : {path} ({file_bytes} octets).</source>
        <translation>Pakket nr. {sequence} geschreven voor “{name}”: {path} ({file_bytes} bytes).</translation>
    </message>
    <message>
        <source>Lot {kind} n° {sequence} de « {sender_name} » (portée {scope}, période {period}, créé le {created_at}, {file_bytes} octets) — signature et contenu vérifiés.</source>
        <translation>Pakket {kind} nr. {sequence} van “{sender_name}” (reikwijdte {scope}, periode {period}, aangemaakt op {created_at}, {file_bytes} bytes) — handtekening en inhoud gecontroleerd.</translation>
    </message>
    <message>
        <source>Lot {kind} — portée : {scope}</source>
        <translation>Pakket {kind} — reikwijdte: {scope}</translation>
    </message>
    <message>
        <source>Mémorisation impossible : {reason}</source>
        <translation>Kan de sleutel niet onthouden: {reason}</translation>
    </message>
    <message>
        <source>Métier visé : {label} (à acquérir : {gaps})</source>
        <translation>Beoogd beroep: {label} (te verwerven: {gaps})</translation>
    </message>
    <message>
        <source>Métiers visés :</source>
        <translation>Beoogde beroepen:</translation>
    </message>
    <message>
        <source>Nombre de personnes invalide (1 à 10 000).</source>
        <translation>Ongeldig aantal personen (1 tot 10.000).</translation>
    </message>
    <message>
        <source>Nombre de personnes invalide (1 à 200 000).</source>
        <translation>Ongeldig aantal personen (1 tot 200.000).</translation>
    </message>
    <message>
        <source>Nouvelle phrase de passe</source>
        <translation>Nieuwe wachtzin</translation>
    </message>
    <message>
        <source>Parcours :</source>
        <translation>Loopbaan:</translation>
    </message>
    <message>
        <source>Personne effacée : {total} enregistrement(s) vidés et marqués supprimés (la suppression partira vers la coordination avec le prochain lot).</source>
        <translation>Persoon gewist: {total} record(s) leeggemaakt en als verwijderd gemarkeerd (de verwijdering gaat met het volgende pakket naar de coördinatie).</translation>
    </message>
    <message>
        <source>Personne n'est concerné·e aujourd'hui : rien à faire.</source>
        <translation>Niemand is vandaag betrokken: niets te doen.</translation>
    </message>
    <message>
        <source>Photo : {width} × {height} pixels.</source>
        <translation>Foto: {width} × {height} pixels.</translation>
    </message>
    <message>
        <source>Photo enregistrée ({kind}, {width} × {height} pixels). Elle n'est imprimée que sur les CV où l'option photo est activée.</source>
        <translation>Foto opgeslagen ({kind}, {width} × {height} pixels). Ze wordt alleen afgedrukt op cv's waar de foto-optie aanstaat.</translation>
    </message>
    <message>
        <source>Photo imprimée sur ce CV.</source>
        <translation>Foto afgedrukt op dit cv.</translation>
    </message>
    <message>
        <source>Photo non imprimée sur ce CV.</source>
        <translation>Foto niet afgedrukt op dit cv.</translation>
    </message>
    <message>
        <source>Photo retirée.</source>
        <translation>Foto verwijderd.</translation>
    </message>
    <message>
        <source>Phrase de passe</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>Phrase de passe actuelle</source>
        <translation>Huidige wachtzin</translation>
    </message>
    <message>
        <source>Phrase de passe changée (clé de la base inchangée, la clé de secours reste valable).</source>
        <translation>Wachtzin gewijzigd (databasesleutel ongewijzigd, de herstelsleutel blijft geldig).</translation>
    </message>
    <message>
        <source>Plan d'action :</source>
        <translation>Actieplan:</translation>
    </message>
    <message>
        <source>Période : {period}</source>
        <translation>Periode: {period}</translation>
    </message>
    <message>
        <source>Période : {period} (et {others} non encore accusés)</source>
        <translation>Periode: {period} (en {others} nog niet bevestigd)</translation>
    </message>
    <message>
        <source>Rapport CSV écrit : {csv}</source>
        <translation>CSV-verslag geschreven: {csv}</translation>
    </message>
    <message>
        <source>Rapport PDF écrit : {out}</source>
        <translation>Pdf-verslag geschreven: {out}</translation>
    </message>
    <message>
        <source>Rapport mensuel écrit : {out} ({n} chiffres)</source>
        <translation>Maandverslag geschreven: {out} ({n} cijfers)</translation>
    </message>
    <message>
        <source>Reconv Desktop en ligne de commande (coffre chiffré, dossiers, synchro).</source>
        <translation>Reconv Desktop op de opdrachtregel (versleutelde kluis, dossiers, synchronisatie).</translation>
    </message>
    <message>
        <source>Restauration non confirmée : relancez avec --yes pour remplacer le coffre actuel (une copie de sécurité en sera gardée).</source>
        <translation>Herstel niet bevestigd: voer opnieuw uit met --yes om de huidige kluis te vervangen (er wordt een veiligheidskopie van bewaard).</translation>
    </message>
    <message>
        <source>Rien n'a été modifié : relancez avec --apply pour appliquer.</source>
        <translation>Er is niets gewijzigd: voer opnieuw uit met --apply om toe te passen.</translation>
    </message>
    <message>
        <source>Règle : {description}</source>
        <translation>Regel: {description}</translation>
    </message>
    <message>
        <source>Règle enregistrée : {description}</source>
        <translation>Regel opgeslagen: {description}</translation>
    </message>
    <message>
        <source>Référentiel ESCO ({lang}) importé en {seconds:.1f} s : {skills} compétences, {occupations} métiers, {relations} liens métier-compétence.</source>
        <translation>ESCO-referentiekader ({lang}) geïmporteerd in {seconds:.1f} s: {skills} competenties, {occupations} beroepen, {relations} koppelingen beroep-competentie.</translation>
    </message>
    <message>
        <source>Sauvegarde créée et vérifiée : {path} ({size}).</source>
        <translation>Back-up gemaakt en gecontroleerd: {path} ({size}).</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Synthèse :</source>
        <translation>Synthese:</translation>
    </message>
    <message>
        <source>Tables ignorées (format plus récent) : {tables}</source>
        <translation>Tabellen overgeslagen (nieuwer formaat): {tables}</translation>
    </message>
    <message>
        <source>Total : {total_rows} ligne(s).</source>
        <translation>Totaal: {total_rows} rij(en).</translation>
    </message>
    <message>
        <source>URI d'une compétence couverte</source>
        <translation>URI van een gedekte competentie</translation>
    </message>
    <message>
        <source>URI du métier visé</source>
        <translation>URI van het beoogde beroep</translation>
    </message>
    <message>
        <source>URI du métier visé (par défaut : le premier du bilan)</source>
        <translation>URI van het beoogde beroep (standaard: het eerste van de balans)</translation>
    </message>
    <message>
        <source>Version {version} restaurée (enregistrée comme version {number}).</source>
        <translation>Versie {version} hersteld (opgeslagen als versie {number}).</translation>
    </message>
    <message>
        <source>[transférable]</source>
        <translation>[overdraagbaar]</translation>
    </message>
    <message>
        <source>accuser réception des lots reçus</source>
        <translation>de ontvangst van de pakketten bevestigen</translation>
    </message>
    <message>
        <source>accusé le {date}</source>
        <translation>bevestigd op {date}</translation>
    </message>
    <message>
        <source>afficher cette aide et quitter</source>
        <translation>deze hulp tonen en stoppen</translation>
    </message>
    <message>
        <source>afficher l'identité et l'empreinte de cet appareil</source>
        <translation>de identiteit en de vingerafdruk van dit toestel tonen</translation>
    </message>
    <message>
        <source>afficher la clé brute SQLCipher (64 caractères hexadécimaux)</source>
        <translation>de ruwe SQLCipher-sleutel tonen (64 hexadecimale tekens)</translation>
    </message>
    <message>
        <source>afficher la version et quitter</source>
        <translation>de versie tonen en stoppen</translation>
    </message>
    <message>
        <source>afficher le bilan courant d'une personne</source>
        <translation>de huidige competentiebalans van een persoon tonen</translation>
    </message>
    <message>
        <source>afficher, enregistrer ou imprimer le consentement</source>
        <translation>de toestemming tonen, registreren of afdrukken</translation>
    </message>
    <message>
        <source>ajouter des personnes fictives (démonstration, tests)</source>
        <translation>fictieve personen toevoegen (demonstratie, tests)</translation>
    </message>
    <message>
        <source>ajouter une personne</source>
        <translation>een persoon toevoegen</translation>
    </message>
    <message>
        <source>appliquer la règle (après l'aperçu)</source>
        <translation>de regel toepassen (na het voorbeeld)</translation>
    </message>
    <message>
        <source>appliquer les changements montrés</source>
        <translation>de getoonde wijzigingen toepassen</translation>
    </message>
    <message>
        <source>argument {name} : au moins une valeur est attendue</source>
        <translation>argument {name}: minstens één waarde verwacht</translation>
    </message>
    <message>
        <source>argument {name} : choix invalide : {value} (choix : {choices})</source>
        <translation>argument {name}: ongeldige keuze: {value} (keuzes: {choices})</translation>
    </message>
    <message>
        <source>argument {name} : incompatible avec l'argument {other}</source>
        <translation>argument {name}: niet samen met argument {other}</translation>
    </message>
    <message>
        <source>argument {name} : une valeur est attendue</source>
        <translation>argument {name}: één waarde verwacht</translation>
    </message>
    <message>
        <source>argument {name} : valeur inattendue : {value}</source>
        <translation>argument {name}: onverwachte waarde: {value}</translation>
    </message>
    <message>
        <source>argument {name} : valeur invalide : {value}</source>
        <translation>argument {name}: ongeldige waarde: {value}</translation>
    </message>
    <message>
        <source>argument {name} : {n} valeur(s) attendue(s)</source>
        <translation>argument {name}: {n} waarde(n) verwacht</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>argumenten</translation>
    </message>
    <message>
        <source>arguments non reconnus : {names}</source>
        <translation>onbekende argumenten: {names}</translation>
    </message>
    <message>
        <source>arguments obligatoires manquants : {names}</source>
        <translation>verplichte argumenten ontbreken: {names}</translation>
    </message>
    <message>
        <source>aucun essentiel</source>
        <translation>geen essentiële</translation>
    </message>
    <message>
        <source>aucun écart essentiel</source>
        <translation>geen essentieel tekort</translation>
    </message>
    <message>
        <source>aucun, accompagnement, accompagnement_et_partage</source>
        <translation>aucun, accompagnement, accompagnement_et_partage</translation>
    </message>
    <message>
        <source>aucune formation du catalogue ne couvre ces compétences</source>
        <translation>geen opleiding uit de catalogus dekt deze competenties</translation>
    </message>
    <message>
        <source>aujourd'hui</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>bilan de compétences imprimé (PDF)</source>
        <translation>afgedrukte competentiebalans (pdf)</translation>
    </message>
    <message>
        <source>bilans de compétences</source>
        <translation>competentiebalansen</translation>
    </message>
    <message>
        <source>carte, identifiant d'appareil ou nom</source>
        <translation>kaart, toestelidentificatie of naam</translation>
    </message>
    <message>
        <source>catalogue de formations (envoyé par la coordination)</source>
        <translation>opleidingscatalogus (verstuurd door de coördinatie)</translation>
    </message>
    <message>
        <source>ce que le bilan changerait au CV (--apply pour appliquer)</source>
        <translation>wat de balans aan het cv zou veranderen (--apply om toe te passen)</translation>
    </message>
    <message>
        <source>changer la phrase de passe (la base n'est pas réécrite)</source>
        <translation>de wachtzin wijzigen (de database wordt niet herschreven)</translation>
    </message>
    <message>
        <source>changer la règle</source>
        <translation>de regel wijzigen</translation>
    </message>
    <message>
        <source>chemin, version du schéma, SQLCipher, nombre de lignes</source>
        <translation>pad, schemaversie, SQLCipher, aantal rijen</translation>
    </message>
    <message>
        <source>chercher dans les libellés de cette langue (nl, en...)</source>
        <translation>zoeken in de benamingen in deze taal (nl, en...)</translation>
    </message>
    <message>
        <source>chercher des métiers</source>
        <translation>beroepen zoeken</translation>
    </message>
    <message>
        <source>chercher une compétence (ou un métier), sans accents</source>
        <translation>een competentie (of een beroep) zoeken, accenten niet nodig</translation>
    </message>
    <message>
        <source>clé brute de la base</source>
        <translation>ruwe databasesleutel</translation>
    </message>
    <message>
        <source>confirmer</source>
        <translation>bevestigen</translation>
    </message>
    <message>
        <source>confirmer l'effacement</source>
        <translation>het wissen bevestigen</translation>
    </message>
    <message>
        <source>confirmer le remplacement du coffre</source>
        <translation>het vervangen van de kluis bevestigen</translation>
    </message>
    <message>
        <source>conflits de synchronisation à examiner</source>
        <translation>synchronisatieconflicten om na te kijken</translation>
    </message>
    <message>
        <source>couvre : {skills}</source>
        <translation>dekt: {skills}</translation>
    </message>
    <message>
        <source>couvre : {skills} ; vise ce métier</source>
        <translation>dekt: {skills}; gericht op dit beroep</translation>
    </message>
    <message>
        <source>créer et vérifier une sauvegarde maintenant</source>
        <translation>nu een back-up maken en controleren</translation>
    </message>
    <message>
        <source>créer un coffre chiffré et afficher la clé de secours</source>
        <translation>een versleutelde kluis aanmaken en de herstelsleutel tonen</translation>
    </message>
    <message>
        <source>côté accompagnement : enrôler la coordination</source>
        <translation>kant begeleiding: aansluiten bij de coördinatie</translation>
    </message>
    <message>
        <source>côté coordination : accompagnateurs, rapports, envois</source>
        <translation>kant coördinatie: begeleiders, verslagen, zendingen</translation>
    </message>
    <message>
        <source>date du consentement (JJ/MM/AAAA ou AAAA-MM-JJ)</source>
        <translation>datum van toestemming (DD/MM/JJJJ of JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>document PDF (pour la personne)</source>
        <translation>pdf-document (voor de persoon)</translation>
    </message>
    <message>
        <source>donner des bilans fictifs aux personnes de démo</source>
        <translation>fictieve competentiebalansen geven aan de demopersonen</translation>
    </message>
    <message>
        <source>dossier des sauvegardes (sinon celui choisi dans les réglages, ou le défaut)</source>
        <translation>back-upmap (anders die uit de instellingen, of de standaardmap)</translation>
    </message>
    <message>
        <source>dossier du coffre (sinon RECONV_DATA_DIR ou le dossier par défaut)</source>
        <translation>map van de kluis (anders RECONV_DATA_DIR of de standaardmap)</translation>
    </message>
    <message>
        <source>durée de conservation après la fin des cellules</source>
        <translation>bewaartermijn na het einde van de cellen</translation>
    </message>
    <message>
        <source>effacer une personne partout (irréversible)</source>
        <translation>een persoon overal wissen (onomkeerbaar)</translation>
    </message>
    <message>
        <source>enregistrer cette photo (JPEG ou PNG)</source>
        <translation>deze foto opslaan (JPEG of PNG)</translation>
    </message>
    <message>
        <source>enregistrer la carte d'un·e accompagnateur·rice</source>
        <translation>de kaart van een begeleider registreren</translation>
    </message>
    <message>
        <source>enregistrer la carte de la coordination</source>
        <translation>de kaart van de coördinatie registreren</translation>
    </message>
    <message>
        <source>envoyer référentiel, transferts et accusés de réception</source>
        <translation>referentiekader, overdrachten en ontvangstbevestigingen versturen</translation>
    </message>
    <message>
        <source>envoyé</source>
        <translation>verstuurd</translation>
    </message>
    <message>
        <source>exporter tout le journal dans ce fichier CSV</source>
        <translation>het volledige logboek naar dit CSV-bestand exporteren</translation>
    </message>
    <message>
        <source>exporter un CV en PDF, Word ou JSON Resume</source>
        <translation>een cv exporteren als pdf, Word of JSON Resume</translation>
    </message>
    <message>
        <source>faire de ce coffre un coffre de coordination</source>
        <translation>van deze kluis een coördinatiekluis maken</translation>
    </message>
    <message>
        <source>fichier CSV</source>
        <translation>CSV-bestand</translation>
    </message>
    <message>
        <source>fichier CSV à colonnes nommées (intitule, organisme, debut…)</source>
        <translation>CSV-bestand met benoemde kolommen (intitule, organisme, debut…)</translation>
    </message>
    <message>
        <source>fichier JSON (pour une machine)</source>
        <translation>JSON-bestand (voor een machine)</translation>
    </message>
    <message>
        <source>fichier PDF</source>
        <translation>pdf-bestand</translation>
    </message>
    <message>
        <source>fichier PDF à écrire</source>
        <translation>te schrijven pdf-bestand</translation>
    </message>
    <message>
        <source>fichier du lot (.reconv)</source>
        <translation>pakketbestand (.reconv)</translation>
    </message>
    <message>
        <source>fichier à écrire</source>
        <translation>te schrijven bestand</translation>
    </message>
    <message>
        <source>formations du catalogue couvrant les compétences à acquérir</source>
        <translation>opleidingen uit de catalogus die de te verwerven competenties dekken</translation>
    </message>
    <message>
        <source>garder la version actuelle ou --swap pour l'autre</source>
        <translation>de huidige versie behouden, of --swap voor de andere</translation>
    </message>
    <message>
        <source>graine (mêmes données pour la même graine)</source>
        <translation>seed (zelfde gegevens voor dezelfde seed)</translation>
    </message>
    <message>
        <source>id d'un autre bilan que le bilan courant</source>
        <translation>id van een andere balans dan de huidige</translation>
    </message>
    <message>
        <source>identité de l'appareil (carte publique, clé age)</source>
        <translation>identiteit van het toestel (publieke kaart, age-sleutel)</translation>
    </message>
    <message>
        <source>importer le téléchargement CSV officiel d'ESCO</source>
        <translation>de officiële CSV-download van ESCO importeren</translation>
    </message>
    <message>
        <source>importer un catalogue CSV (tout ou rien)</source>
        <translation>een CSV-catalogus importeren (alles of niets)</translation>
    </message>
    <message>
        <source>imprimer aussi les restrictions de santé (non imprimées par défaut)</source>
        <translation>ook de gezondheidsbeperkingen afdrukken (standaard niet afgedrukt)</translation>
    </message>
    <message>
        <source>imprimer la photo de la personne sur ce CV (off par défaut)</source>
        <translation>de foto van de persoon op dit cv afdrukken (standaard uit)</translation>
    </message>
    <message>
        <source>imprimer le bilan courant d'une personne en PDF</source>
        <translation>de huidige competentiebalans van een persoon als pdf afdrukken</translation>
    </message>
    <message>
        <source>imprimer le consentement dans ce fichier PDF</source>
        <translation>de toestemming afdrukken in dit pdf-bestand</translation>
    </message>
    <message>
        <source>indicateurs consolidés du mois (PDF et CSV)</source>
        <translation>geconsolideerde indicatoren van de maand (pdf en CSV)</translation>
    </message>
    <message>
        <source>joindre le référentiel compétences/métiers</source>
        <translation>het referentiekader competenties/beroepen bijvoegen</translation>
    </message>
    <message>
        <source>journal des accès et opérations (append-only)</source>
        <translation>logboek van toegang en bewerkingen (enkel toevoegen)</translation>
    </message>
    <message>
        <source>l'un des arguments {names} est obligatoire</source>
        <translation>een van de argumenten {names} is verplicht</translation>
    </message>
    <message>
        <source>langue des fichiers (fr, nl, en...) ; sinon détectée</source>
        <translation>taal van de bestanden (fr, nl, en...); anders automatisch bepaald</translation>
    </message>
    <message>
        <source>langue des messages (sinon RECONV_LANG, les paramètres, fr)</source>
        <translation>taal van de berichten (anders RECONV_LANG, de instellingen, fr)</translation>
    </message>
    <message>
        <source>lignes affichées (défaut 50)</source>
        <translation>getoonde regels (standaard 50)</translation>
    </message>
    <message>
        <source>lire la nouvelle phrase de passe dans ce fichier</source>
        <translation>de nieuwe wachtzin uit dit bestand lezen</translation>
    </message>
    <message>
        <source>lire la phrase de passe dans ce fichier</source>
        <translation>de wachtzin uit dit bestand lezen</translation>
    </message>
    <message>
        <source>lister (id, nom, prénom, cellule, statut)</source>
        <translation>oplijsten (id, naam, voornaam, cel, status)</translation>
    </message>
    <message>
        <source>lister les accompagnateurs enregistrés</source>
        <translation>de geregistreerde begeleiders oplijsten</translation>
    </message>
    <message>
        <source>lister les conflits (avec les différences)</source>
        <translation>de conflicten oplijsten (met de verschillen)</translation>
    </message>
    <message>
        <source>lister ou chercher les formations du catalogue</source>
        <translation>de opleidingen uit de catalogus oplijsten of zoeken</translation>
    </message>
    <message>
        <source>lots de synchronisation : exporter, inspecter, importer</source>
        <translation>synchronisatiepakketten: exporteren, inspecteren, importeren</translation>
    </message>
    <message>
        <source>lots envoyés et reçus</source>
        <translation>verstuurde en ontvangen pakketten</translation>
    </message>
    <message>
        <source>modèle : {templates}</source>
        <translation>sjabloon: {templates}</translation>
    </message>
    <message>
        <source>mois après la fin de la cellule</source>
        <translation>maanden na het einde van de cel</translation>
    </message>
    <message>
        <source>montrer ce qui partirait, sans écrire</source>
        <translation>tonen wat zou vertrekken, zonder te schrijven</translation>
    </message>
    <message>
        <source>mots cherchés (sans accents ni majuscules)</source>
        <translation>gezochte woorden (accenten en hoofdletters niet nodig)</translation>
    </message>
    <message>
        <source>métiers classés selon les compétences du bilan courant</source>
        <translation>beroepen gerangschikt volgens de competenties van de huidige balans</translation>
    </message>
    <message>
        <source>ne pas demander de confirmer l'empreinte</source>
        <translation>niet vragen om de vingerafdruk te bevestigen</translation>
    </message>
    <message>
        <source>nom affiché sur la carte</source>
        <translation>naam op de kaart</translation>
    </message>
    <message>
        <source>nom du dossier de sauvegarde (défaut : toutes)</source>
        <translation>naam van de back-upmap (standaard: alle)</translation>
    </message>
    <message>
        <source>nom du dossier de sauvegarde (voir `reconv backup list`)</source>
        <translation>naam van de back-upmap (zie `reconv backup list`)</translation>
    </message>
    <message>
        <source>nom du ou de la titulaire (carte d'identité de l'appareil)</source>
        <translation>naam van de houder (identiteitskaart van het toestel)</translation>
    </message>
    <message>
        <source>nom ou id de la cellule</source>
        <translation>naam of id van de cel</translation>
    </message>
    <message>
        <source>nombre de personnes</source>
        <translation>aantal personen</translation>
    </message>
    <message>
        <source>nombre de personnes à ajouter</source>
        <translation>aantal toe te voegen personen</translation>
    </message>
    <message>
        <source>notes par personne</source>
        <translation>notities per persoon</translation>
    </message>
    <message>
        <source>nouveau CV depuis le bilan courant (affiche son id)</source>
        <translation>nieuw cv uit de huidige balans (toont de id)</translation>
    </message>
    <message>
        <source>option ambiguë : {name} peut désigner {choices}</source>
        <translation>dubbelzinnige optie: {name} kan {choices} betekenen</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>oublier la clé mémorisée sur cet ordinateur</source>
        <translation>de op deze computer onthouden sleutel vergeten</translation>
    </message>
    <message>
        <source>ouvrir avec la clé de secours ({recovery_key_env} ou invite)</source>
        <translation>openen met de herstelsleutel ({recovery_key_env} of vraag)</translation>
    </message>
    <message>
        <source>personnes accompagnées : dossiers, recherche, droits (accès, effacement, consentement)</source>
        <translation>begeleide personen: dossiers, zoeken, rechten (inzage, wissing, toestemming)</translation>
    </message>
    <message>
        <source>photo d'une personne pour ses CV (JPEG ou PNG)</source>
        <translation>foto van een persoon voor diens cv's (JPEG of PNG)</translation>
    </message>
    <message>
        <source>projets de CV construits à partir du bilan</source>
        <translation>cv-ontwerpen opgebouwd uit de competentiebalans</translation>
    </message>
    <message>
        <source>projets de CV d'une personne</source>
        <translation>cv-ontwerpen van een persoon</translation>
    </message>
    <message>
        <source>qui serait concerné aujourd'hui</source>
        <translation>wie vandaag betrokken zou zijn</translation>
    </message>
    <message>
        <source>rapport mensuel d'activité (mêmes chiffres que le lot)</source>
        <translation>maandelijks activiteitenverslag (dezelfde cijfers als het pakket)</translation>
    </message>
    <message>
        <source>rapports imprimables</source>
        <translation>afdrukbare verslagen</translation>
    </message>
    <message>
        <source>rechercher dans les noms, notes et actions (sans accents)</source>
        <translation>zoeken in namen, notities en acties (accenten niet nodig)</translation>
    </message>
    <message>
        <source>reconv : avertissement : {message}</source>
        <translation>reconv: waarschuwing: {message}</translation>
    </message>
    <message>
        <source>reconv : erreur d'utilisation : {message}</source>
        <translation>reconv: gebruiksfout: {message}</translation>
    </message>
    <message>
        <source>reconv : erreur interne inattendue ; le détail technique est dans le journal ({log_dir}).</source>
        <translation>reconv: onverwachte interne fout; de technische details staan in het logbestand ({log_dir}).</translation>
    </message>
    <message>
        <source>reconv : interrompu.</source>
        <translation>reconv: onderbroken.</translation>
    </message>
    <message>
        <source>reconv : {message}</source>
        <translation>reconv: {message}</translation>
    </message>
    <message>
        <source>recueilli par</source>
        <translation>verkregen door</translation>
    </message>
    <message>
        <source>remplacer le coffre par une sauvegarde vérifiée</source>
        <translation>de kluis vervangen door een gecontroleerde back-up</translation>
    </message>
    <message>
        <source>remplacer par l'autre version</source>
        <translation>vervangen door de andere versie</translation>
    </message>
    <message>
        <source>rendez-vous par personne</source>
        <translation>afspraken per persoon</translation>
    </message>
    <message>
        <source>retirer la photo</source>
        <translation>de foto verwijderen</translation>
    </message>
    <message>
        <source>retirés : {fields}</source>
        <translation>verwijderd: {fields}</translation>
    </message>
    <message>
        <source>revenir à une version antérieure d'un CV</source>
        <translation>terugkeren naar een eerdere versie van een cv</translation>
    </message>
    <message>
        <source>reçu</source>
        <translation>ontvangen</translation>
    </message>
    <message>
        <source>référentiel de compétences et de métiers</source>
        <translation>referentiekader van competenties en beroepen</translation>
    </message>
    <message>
        <source>réglages d'un CV (photo imprimée ou non)</source>
        <translation>instellingen van een cv (foto afgedrukt of niet)</translation>
    </message>
    <message>
        <source>résolu ({resolution})</source>
        <translation>opgelost ({resolution})</translation>
    </message>
    <message>
        <source>sauvegardes chiffrées : lister, créer, vérifier, restaurer</source>
        <translation>versleutelde back-ups: oplijsten, maken, controleren, herstellen</translation>
    </message>
    <message>
        <source>sauvegardes de ce coffre, la plus récente d'abord</source>
        <translation>back-ups van deze kluis, de recentste eerst</translation>
    </message>
    <message>
        <source>se souvenir de la clé sur cet ordinateur</source>
        <translation>de sleutel op deze computer onthouden</translation>
    </message>
    <message>
        <source>seulement les formations à venir</source>
        <translation>alleen komende opleidingen</translation>
    </message>
    <message>
        <source>statut : {values}</source>
        <translation>status: {values}</translation>
    </message>
    <message>
        <source>table	nouvelles	modifiées	supprimées	inchangées	conflits	refusées</source>
        <translation>tabel	nieuw	gewijzigd	verwijderd	ongewijzigd	conflicten	geweigerd</translation>
    </message>
    <message>
        <source>tenir le catalogue de formations</source>
        <translation>de opleidingscatalogus beheren</translation>
    </message>
    <message>
        <source>titre du projet de CV</source>
        <translation>titel van het cv-ontwerp</translation>
    </message>
    <message>
        <source>tout ce que le coffre contient sur une personne</source>
        <translation>alles wat de kluis over een persoon bevat</translation>
    </message>
    <message>
        <source>transférer une personne (et son dossier) à ce destinataire</source>
        <translation>een persoon (en diens dossier) overdragen aan deze ontvanger</translation>
    </message>
    <message>
        <source>utilisation : </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>utiliser la clé de secours (RECONV_RECOVERY_KEY ou invite), puis choisir une nouvelle phrase de passe</source>
        <translation>de herstelsleutel gebruiken (RECONV_RECOVERY_KEY of vraag), en dan een nieuwe wachtzin kiezen</translation>
    </message>
    <message>
        <source>versions enregistrées d'un CV</source>
        <translation>opgeslagen versies van een cv</translation>
    </message>
    <message>
        <source>vise : {occupation}</source>
        <translation>gericht op: {occupation}</translation>
    </message>
    <message>
        <source>vérifier et résumer un lot sans rien modifier</source>
        <translation>een pakket controleren en samenvatten zonder iets te wijzigen</translation>
    </message>
    <message>
        <source>vérifier la phrase de passe ; avec --recovery-key, en définir une nouvelle</source>
        <translation>de wachtzin controleren; met --recovery-key een nieuwe instellen</translation>
    </message>
    <message>
        <source>vérifier puis importer un lot</source>
        <translation>een pakket controleren en dan importeren</translation>
    </message>
    <message>
        <source>vérifier une sauvegarde (ou toutes) et afficher son contenu</source>
        <translation>een back-up (of alle) controleren en de inhoud tonen</translation>
    </message>
    <message>
        <source>y compris les conflits résolus</source>
        <translation>ook opgeloste conflicten</translation>
    </message>
    <message>
        <source>{added} bilans de démonstration ajoutés.</source>
        <translation>{added} demo-competentiebalansen toegevoegd.</translation>
    </message>
    <message>
        <source>{added} personnes fictives ajoutées ({count} au total).</source>
        <translation>{added} fictieve personen toegevoegd ({count} in totaal).</translation>
    </message>
    <message>
        <source>{column} : actuel « {current} » / autre « {other} »</source>
        <translation>{column}: huidig “{current}” / ander “{other}”</translation>
    </message>
    <message>
        <source>{device_id}	{name}	{fingerprint}	{bundles} lot(s)	{received}	{period}</source>
        <translation>{device_id}	{name}	{fingerprint}	{bundles} pakket(ten)	{received}	{period}</translation>
    </message>
    <message>
        <source>{failures} sauvegarde(s) sur {n} en échec.</source>
        <translation>{failures} van {n} back-up(s) mislukt.</translation>
    </message>
    <message>
        <source>{label} : </source>
        <translation>{label}: </translation>
    </message>
    <message>
        <source>{label} requise : définissez {passphrase_env} ou utilisez --passphrase-file.</source>
        <translation>{label} vereist: stel {passphrase_env} in of gebruik --passphrase-file.</translation>
    </message>
    <message>
        <source>{name}	{date}	{reason_label}	schéma {schema}	{size}</source>
        <translation>{name}	{date}	{reason_label}	schema {schema}	{size}</translation>
    </message>
    <message>
        <source>{name} : intacte — {date}, {reason_label}, schéma {schema}, {workers} personne(s)</source>
        <translation>{name}: intact — {date}, {reason_label}, schema {schema}, {workers} persoon/personen</translation>
    </message>
    <message>
        <source>{name} : {rows} ligne(s) ; champs : {fields}</source>
        <translation>{name}: {rows} rij(en); velden: {fields}</translation>
    </message>
    <message>
        <source>{name} : ÉCHEC — {message}</source>
        <translation>{name}: MISLUKT — {message}</translation>
    </message>
    <message>
        <source>{n} personne(s) concernée(s) aujourd'hui.</source>
        <translation>{n} persoon/personen vandaag betrokken.</translation>
    </message>
    <message>
        <source>{n} personne(s) seraient traitées ({description}) — voyez `reconv retention preview`, puis relancez avec --yes.</source>
        <translation>{n} persoon/personen zouden worden verwerkt ({description}) — zie `reconv retention preview`, en voer dan opnieuw uit met --yes.</translation>
    </message>
    <message>
        <source>{n} rubrique(s) mise(s) à jour depuis le bilan.</source>
        <translation>{n} rubriek(en) bijgewerkt uit de balans.</translation>
    </message>
    <message>
        <source>{percent:3d} %  {occupation} (à acquérir : {gaps})</source>
        <translation>{percent:3d} %  {occupation} (te verwerven: {gaps})</translation>
    </message>
    <message>
        <source>{question} [o/N] </source>
        <translation>{question} [j/N] </translation>
    </message>
    <message>
        <source>{size:.0f} Ko</source>
        <translation>{size:.0f} kB</translation>
    </message>
    <message>
        <source>{size:.1f} Mo</source>
        <translation>{size:.1f} MB</translation>
    </message>
    <message>
        <source>{worker_id}	{display_name}	{cell_name}	fin {end}	échéance {due}</source>
        <translation>{worker_id}	{display_name}	{cell_name}	einde {end}	deadline {due}</translation>
    </message>
    <message>
        <source>« builtin » (cellules, check-lists et catalogue du coffre) ou un dossier de .jsonl</source>
        <translation>“builtin” (cellen, checklists en catalogus van de kluis) of een map met .jsonl-bestanden</translation>
    </message>
    <message>
        <source>« {name} » est enregistré·e.</source>
        <translation>“{name}” is geregistreerd.</translation>
    </message>
    <message>
        <source>Écrire ce lot ?</source>
        <translation>Dit pakket schrijven?</translation>
    </message>
    <message>
        <source>écrire l'identité age SECRÈTE (pour `age -d -i`)</source>
        <translation>de GEHEIME age-identiteit schrijven (voor `age -d -i`)</translation>
    </message>
    <message>
        <source>écrire la carte publique (JSON) à donner à l'autre partie</source>
        <translation>de publieke kaart (JSON) schrijven om aan de andere partij te geven</translation>
    </message>
    <message>
        <source>écrire le lot du mois pour la coordination</source>
        <translation>het pakket van de maand voor de coördinatie schrijven</translation>
    </message>
    <message>
        <source>écrire sans demander de confirmation</source>
        <translation>schrijven zonder om bevestiging te vragen</translation>
    </message>
</context>
<context>
    <name>cv</name>
    <message>
        <source>2 à 4 centres d'intérêt qui disent quelque chose de vous.</source>
        <translation>2 tot 4 interesses die iets over u zeggen.</translation>
    </message>
    <message>
        <source>3 à 5 atouts ou savoir-être, en quelques mots.</source>
        <translation>3 tot 5 troeven of attitudes, in enkele woorden.</translation>
    </message>
    <message>
        <source>3 à 5 phrases : métier, expérience, points forts, projet.</source>
        <translation>3 tot 5 zinnen: beroep, ervaring, sterke punten, project.</translation>
    </message>
    <message>
        <source>6 à 12 compétences, les plus utiles au métier visé d'abord.</source>
        <translation>6 tot 12 competenties, de nuttigste voor het beoogde beroep eerst.</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Année invalide : « {year} » (exemple : 2012).</source>
        <translation>Ongeldig jaar: “{year}” (voorbeeld: 2012).</translation>
    </message>
    <message>
        <source>Aucun bilan de compétences pour {display_name} : rien à reprendre.</source>
        <translation>Geen competentiebalans voor {display_name}: niets over te nemen.</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>CONTACT</translation>
    </message>
    <message>
        <source>CV — {target}</source>
        <translation>cv — {target}</translation>
    </message>
    <message>
        <source>Catégories, puis éventuellement « véhicule personnel ».</source>
        <translation>Categorieën, en eventueel “eigen wagen”.</translation>
    </message>
    <message>
        <source>Ce fichier n'est pas une photo JPEG ou PNG.</source>
        <translation>Dit bestand is geen JPEG- of PNG-foto.</translation>
    </message>
    <message>
        <source>Cette photo est illisible ou abîmée.</source>
        <translation>Deze foto is onleesbaar of beschadigd.</translation>
    </message>
    <message>
        <source>Champ d'identité inconnu : {name}.</source>
        <translation>Onbekend identiteitsveld: {name}.</translation>
    </message>
    <message>
        <source>Curriculum vitae</source>
        <translation>Curriculum vitae</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Diplômes, certificats et formations utiles au métier visé.</source>
        <translation>Diploma's, certificaten en opleidingen die nuttig zijn voor het beoogde beroep.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Employeur</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Fichier introuvable : « {path} ».</source>
        <translation>Bestand niet gevonden: “{path}”.</translation>
    </message>
    <message>
        <source>La colonne de gauche déborde : la fin des rubriques de gauche passe dans la colonne principale.</source>
        <translation>De linkerkolom loopt over: het einde van de linkerrubrieken schuift naar de hoofdkolom.</translation>
    </message>
    <message>
        <source>Le CV tient sur {pages} pages : raccourcissez les rubriques les plus longues ou masquez-en une pour tenir sur une page.</source>
        <translation>Het cv telt {pages} pagina's: kort de langste rubrieken in of verberg er een om op één pagina te passen.</translation>
    </message>
    <message>
        <source>Le titre du CV est obligatoire.</source>
        <translation>De titel van het cv is verplicht.</translation>
    </message>
    <message>
        <source>Lecture impossible : « {path} » ({strerror}).</source>
        <translation>Kan “{path}” niet lezen ({strerror}).</translation>
    </message>
    <message>
        <source>Lecture refusée : « {path} ».</source>
        <translation>Leestoegang geweigerd: “{path}”.</translation>
    </message>
    <message>
        <source>Les emplois récents en détail, les anciens en une ligne.</source>
        <translation>Recente banen in detail, oudere in één regel.</translation>
    </message>
    <message>
        <source>Localité</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Maîtrise</source>
        <translation>Gevorderd</translation>
    </message>
    <message>
        <source>Modèle inconnu : « {raw} » (choisissez : {names}).</source>
        <translation>Onbekend sjabloon: “{raw}” (kies: {names}).</translation>
    </message>
    <message>
        <source>Mois invalide : « {text} ».</source>
        <translation>Ongeldige maand: “{text}”.</translation>
    </message>
    <message>
        <source>Métier inconnu du référentiel : « {uri} ».</source>
        <translation>Beroep staat niet in het referentiekader: “{uri}”.</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Notions</source>
        <translation>Basiskennis</translation>
    </message>
    <message>
        <source>Né·e le</source>
        <translation>Geboren op</translation>
    </message>
    <message>
        <source>Ordre des rubriques invalide.</source>
        <translation>Ongeldige volgorde van de rubrieken.</translation>
    </message>
    <message>
        <source>Permis de conduire {code}</source>
        <translation>Rijbewijs {code}</translation>
    </message>
    <message>
        <source>Permis {codes}</source>
        <translation>Rijbewijs {codes}</translation>
    </message>
    <message>
        <source>Photo trop grande en pixels : choisissez une image plus petite.</source>
        <translation>Foto te groot in pixels: kies een kleinere afbeelding.</translation>
    </message>
    <message>
        <source>Photo trop lourde ({megabytes} Mo) : {limit} Mo au plus. Réduisez-la ou choisissez-en une autre.</source>
        <translation>Foto te zwaar ({megabytes} MB): hoogstens {limit} MB. Verklein ze of kies een andere.</translation>
    </message>
    <message>
        <source>Points forts : {skills}.</source>
        <translation>Sterke punten: {skills}.</translation>
    </message>
    <message>
        <source>Pratique</source>
        <translation>Praktijkkennis</translation>
    </message>
    <message>
        <source>Projet : exercer le métier de {occupation_label}, en mettant à profit une solide expérience de terrain.</source>
        <translation>Project: aan de slag gaan als {occupation_label}, met een stevige praktijkervaring als troef.</translation>
    </message>
    <message>
        <source>Projet de CV introuvable : « {record_id} ».</source>
        <translation>Cv-ontwerp niet gevonden: “{record_id}”.</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Période illisible : « {text} » (exemple : 09/1999 – 12/2024).</source>
        <translation>Onleesbare periode: “{text}” (voorbeeld: 09/1999 – 12/2024).</translation>
    </message>
    <message>
        <source>Reconnu·e pour : {qualities}.</source>
        <translation>Gewaardeerd om: {qualities}.</translation>
    </message>
    <message>
        <source>Rubrique inconnue : {key}.</source>
        <translation>Onbekende rubriek: {key}.</translation>
    </message>
    <message>
        <source>Titre (métier visé)</source>
        <translation>Titel (beoogd beroep)</translation>
    </message>
    <message>
        <source>Titre trop long ({limit} caractères au plus).</source>
        <translation>Titel te lang (hoogstens {limit} tekens).</translation>
    </message>
    <message>
        <source>Tél.</source>
        <translation>Tel.</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Une langue par ligne, avec le niveau.</source>
        <translation>Eén taal per regel, met het niveau.</translation>
    </message>
    <message>
        <source>Version {number} introuvable pour ce CV.</source>
        <translation>Versie {number} niet gevonden voor dit cv.</translation>
    </message>
    <message>
        <source>Véhicule personnel</source>
        <translation>Eigen wagen</translation>
    </message>
    <message>
        <source>création depuis le bilan</source>
        <translation>aangemaakt uit de competentiebalans</translation>
    </message>
    <message>
        <source>depuis {date}</source>
        <translation>sinds {date}</translation>
    </message>
    <message>
        <source>jusqu'en {date}</source>
        <translation>tot {date}</translation>
    </message>
    <message>
        <source>mise à jour depuis le bilan</source>
        <translation>bijgewerkt uit de competentiebalans</translation>
    </message>
    <message>
        <source>modification</source>
        <translation>wijziging</translation>
    </message>
    <message>
        <source>né·e le {birth_date}</source>
        <translation>geboren op {birth_date}</translation>
    </message>
    <message>
        <source>restauration de la version {number}</source>
        <translation>herstel van versie {number}</translation>
    </message>
    <message>
        <source>savoir-être</source>
        <translation>attitudes</translation>
    </message>
    <message>
        <source>{count} caractères</source>
        <translation>{count} tekens</translation>
    </message>
    <message>
        <source>{count} caractères (conseillé : {span})</source>
        <translation>{count} tekens (aanbevolen: {span})</translation>
    </message>
    <message>
        <source>{count} caractères — trop long pour une page (conseillé : {span})</source>
        <translation>{count} tekens — te lang voor één pagina (aanbevolen: {span})</translation>
    </message>
    <message>
        <source>{count} caractères — un peu court (conseillé : {span})</source>
        <translation>{count} tekens — wat kort (aanbevolen: {span})</translation>
    </message>
    <message>
        <source>{high} au plus</source>
        <translation>hoogstens {high}</translation>
    </message>
    <message>
        <source>{low} à {high}</source>
        <translation>{low} tot {high}</translation>
    </message>
    <message>
        <source>{role} avec {years} ans d'expérience professionnelle, dernièrement chez {employer}.</source>
        <translation>{role} met {years} jaar werkervaring, laatst bij {employer}.</translation>
    </message>
    <message>
        <source>{role}, dernièrement chez {employer}.</source>
        <translation>{role}, laatst bij {employer}.</translation>
    </message>
    <message>
        <source>{what} : texte trop long ({n} caractères, {limit} au plus).</source>
        <translation>{what}: tekst te lang ({n} tekens, hoogstens {limit}).</translation>
    </message>
    <message>
        <source>« {path} » est un dossier, pas une photo.</source>
        <translation>“{path}” is een map, geen foto.</translation>
    </message>
    <message>
        <source>Établissement</source>
        <translation>Instelling</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>Accès refusé en écriture dans « {parent} ».</source>
        <translation>Schrijftoegang geweigerd in “{parent}”.</translation>
    </message>
    <message>
        <source>Disque plein : impossible d'écrire « {name} ». Rien n'a été modifié.</source>
        <translation>Schijf vol: “{name}” kan niet worden geschreven. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Le dossier « {parent} » n'est plus accessible (clé USB retirée ?). Rien n'a été écrit.</source>
        <translation>De map “{parent}” is niet meer bereikbaar (usb-stick verwijderd?). Er is niets geschreven.</translation>
    </message>
    <message>
        <source>Écriture impossible de « {name} » : {reason}.</source>
        <translation>Kan “{name}” niet schrijven: {reason}.</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>La phrase de passe doit compter au moins {n} caractères.</source>
        <translation>De wachtzin moet minstens {n} tekens lang zijn.</translation>
    </message>
    <message>
        <source>La phrase de passe est trop longue.</source>
        <translation>De wachtzin is te lang.</translation>
    </message>
    <message>
        <source>Les deux phrases de passe ne sont pas identiques.</source>
        <translation>De twee wachtzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Phrase de passe trop faible : ajoutez des mots, des chiffres ou des signes.</source>
        <translation>Wachtzin te zwak: voeg woorden, cijfers of tekens toe.</translation>
    </message>
    <message>
        <source>correcte</source>
        <translation>redelijk</translation>
    </message>
    <message>
        <source>faible</source>
        <translation>zwak</translation>
    </message>
    <message>
        <source>forte</source>
        <translation>sterk</translation>
    </message>
    <message>
        <source>très faible</source>
        <translation>zeer zwak</translation>
    </message>
    <message>
        <source>très forte</source>
        <translation>zeer sterk</translation>
    </message>
</context>
<context>
    <name>referential</name>
    <message>
        <source> (langues présentes : {languages})</source>
        <translation> (aanwezige talen: {languages})</translation>
    </message>
    <message>
        <source>, colonne « {column} »</source>
        <translation>, kolom “{column}”</translation>
    </message>
    <message>
        <source>Atouts : {skills}</source>
        <translation>Troeven: {skills}</translation>
    </message>
    <message>
        <source>Aucun fichier ESCO (skills_&lt;langue&gt;.csv, occupations_&lt;langue&gt;.csv) dans « {directory} ».</source>
        <translation>Geen ESCO-bestand (skills_&lt;taal&gt;.csv, occupations_&lt;taal&gt;.csv) in “{directory}”.</translation>
    </message>
    <message>
        <source>CSV illisible ({exc})</source>
        <translation>Onleesbare CSV ({exc})</translation>
    </message>
    <message>
        <source>Compétences</source>
        <translation>Competenties</translation>
    </message>
    <message>
        <source>Compétences essentielles couvertes : {essential} sur {essential_total} ; optionnelles : {optional} sur {optional_total}.</source>
        <translation>Essentiële competenties gedekt: {essential} van {essential_total}; optionele: {optional} van {optional_total}.</translation>
    </message>
    <message>
        <source>Dossier introuvable : « {directory} ».</source>
        <translation>Map niet gevonden: “{directory}”.</translation>
    </message>
    <message>
        <source>Enregistrement</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Fichier occupationSkillRelations_{lang}.csv absent : métiers et compétences importés sans liens entre eux (pas de classement des métiers).</source>
        <translation>Bestand occupationSkillRelations_{lang}.csv ontbreekt: beroepen en competenties geïmporteerd zonder onderlinge koppelingen (geen rangschikking van beroepen).</translation>
    </message>
    <message>
        <source>Fichier « {kind}_{lang}.csv » introuvable dans « {directory} »{available}.</source>
        <translation>Bestand “{kind}_{lang}.csv” niet gevonden in “{directory}”{available}.</translation>
    </message>
    <message>
        <source>Libellés traduits</source>
        <translation>Vertaalde benamingen</translation>
    </message>
    <message>
        <source>Liens métier-compétence</source>
        <translation>Koppelingen beroep-competentie</translation>
    </message>
    <message>
        <source>Métiers</source>
        <translation>Beroepen</translation>
    </message>
    <message>
        <source>Plusieurs langues ESCO dans « {directory} » ({languages}) : choisissez la langue à importer.</source>
        <translation>Meerdere ESCO-talen in “{directory}” ({languages}): kies de taal om te importeren.</translation>
    </message>
    <message>
        <source>Référentiel introuvable : « {path} ».</source>
        <translation>Referentiekader niet gevonden: “{path}”.</translation>
    </message>
    <message>
        <source>colonne obligatoire absente de l'en-tête</source>
        <translation>verplichte kolom ontbreekt in de kopregel</translation>
    </message>
    <message>
        <source>compétence</source>
        <translation>competentie</translation>
    </message>
    <message>
        <source>fichier vide, ligne d'en-tête attendue</source>
        <translation>leeg bestand, kopregel verwacht</translation>
    </message>
    <message>
        <source>identifiant invalide « {value} »</source>
        <translation>ongeldige identificatie “{value}”</translation>
    </message>
    <message>
        <source>le fichier n'est pas encodé en UTF-8</source>
        <translation>het bestand is niet in UTF-8 gecodeerd</translation>
    </message>
    <message>
        <source>métier</source>
        <translation>beroep</translation>
    </message>
    <message>
        <source>métier « {label} », champ « {relation} » : liste d'identifiants attendue.</source>
        <translation>beroep “{label}”, veld “{relation}”: lijst van identificaties verwacht.</translation>
    </message>
    <message>
        <source>valeur manquante (la ligne a {n} champs au lieu de {expected})</source>
        <translation>ontbrekende waarde (de regel heeft {n} velden in plaats van {expected})</translation>
    </message>
    <message>
        <source>valeur vide</source>
        <translation>lege waarde</translation>
    </message>
    <message>
        <source>valeur « {value} » inattendue (essential ou optional)</source>
        <translation>onverwachte waarde “{value}” (essential of optional)</translation>
    </message>
    <message>
        <source>{name} : ce n'est pas un référentiel Reconv.</source>
        <translation>{name}: dit is geen Reconv-referentiekader.</translation>
    </message>
    <message>
        <source>{name} : fichier JSON illisible ({exc}).</source>
        <translation>{name}: onleesbaar JSON-bestand ({exc}).</translation>
    </message>
    <message>
        <source>{name} : la liste « {key} » est absente ou mal formée.</source>
        <translation>{name}: de lijst “{key}” ontbreekt of is ongeldig.</translation>
    </message>
    <message>
        <source>{name} : langue absente.</source>
        <translation>{name}: taal ontbreekt.</translation>
    </message>
    <message>
        <source>{name} : version de format {version!r} non prise en charge (mettez l'application à jour).</source>
        <translation>{name}: formaatversie {version!r} niet ondersteund (werk de toepassing bij).</translation>
    </message>
    <message>
        <source>{name} : {skipped} lien(s) vers une compétence ou un métier inconnu.</source>
        <translation>{name}: {skipped} koppeling(en) naar een onbekende competentie of een onbekend beroep.</translation>
    </message>
    <message>
        <source>{name} : {what} « {uri} » en double.</source>
        <translation>{name}: {what} “{uri}” dubbel.</translation>
    </message>
    <message>
        <source>{name}, compétence n° {number}</source>
        <translation>{name}, competentie nr. {number}</translation>
    </message>
    <message>
        <source>{name}, ligne {line}</source>
        <translation>{name}, regel {line}</translation>
    </message>
    <message>
        <source>{name}, métier n° {number}</source>
        <translation>{name}, beroep nr. {number}</translation>
    </message>
    <message>
        <source>{n} champs au lieu de {expected} (virgule ou guillemet mal placé ?)</source>
        <translation>{n} velden in plaats van {expected} (verkeerd geplaatste komma of aanhalingsteken?)</translation>
    </message>
    <message>
        <source>{shown} (+ {n} autres)</source>
        <translation>{shown} (+ {n} andere)</translation>
    </message>
    <message>
        <source>{skipped} lien(s) métier-compétence ignoré(s) : le métier ou la compétence n'est pas dans les fichiers importés.</source>
        <translation>{skipped} koppeling(en) beroep-competentie overgeslagen: het beroep of de competentie staat niet in de geïmporteerde bestanden.</translation>
    </message>
    <message>
        <source>{where} : {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>{where}, champ « alt_labels » : liste de textes attendue.</source>
        <translation>{where}, veld “alt_labels”: lijst van teksten verwacht.</translation>
    </message>
    <message>
        <source>{where}, champ « {key} » : texte attendu.</source>
        <translation>{where}, veld “{key}”: tekst verwacht.</translation>
    </message>
    <message>
        <source>« {uri} » en double (déjà ligne {line})</source>
        <translation>“{uri}” dubbel (al op regel {line})</translation>
    </message>
    <message>
        <source>À acquérir (essentiel) : {skills}</source>
        <translation>Te verwerven (essentieel): {skills}</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>(aucun contenu)</source>
        <translation>(geen inhoud)</translation>
    </message>
    <message>
        <source>Accès à votre dossier</source>
        <translation>Toegang tot uw dossier</translation>
    </message>
    <message>
        <source>Actions (formations, candidatures, stages)</source>
        <translation>Acties (opleidingen, sollicitaties, stages)</translation>
    </message>
    <message>
        <source>Aucun accès enregistré.</source>
        <translation>Geen toegang geregistreerd.</translation>
    </message>
    <message>
        <source>Aucun consentement enregistré.</source>
        <translation>Geen toestemming geregistreerd.</translation>
    </message>
    <message>
        <source>Bilans de compétences</source>
        <translation>Competentiebalansen</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Ce document répond à votre droit d'accès (article 15 du RGPD). Vous pouvez demander la rectification d'une donnée inexacte ou l'effacement de vos données à votre accompagnateur ou accompagnatrice ({controller}).</source>
        <translation>Dit document beantwoordt uw recht op inzage (artikel 15 van de AVG). U kunt uw begeleider ({controller}) vragen om onjuiste gegevens recht te zetten of uw gegevens te wissen.</translation>
    </message>
    <message>
        <source>Ce document répond à votre droit d'accès (article 15 du RGPD). Vous pouvez demander la rectification d'une donnée inexacte ou l'effacement de vos données à votre accompagnateur ou accompagnatrice.</source>
        <translation>Dit document beantwoordt uw recht op inzage (artikel 15 van de AVG). U kunt uw begeleider vragen om onjuiste gegevens recht te zetten of uw gegevens te wissen.</translation>
    </message>
    <message>
        <source>Cellule</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Comptes masqués</source>
        <translation>Verborgen tellingen</translation>
    </message>
    <message>
        <source>Compétences</source>
        <translation>Competenties</translation>
    </message>
    <message>
        <source>Consentement</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Consentement au traitement des données</source>
        <translation>Toestemming voor de verwerking van gegevens</translation>
    </message>
    <message>
        <source>Copie de toutes les données vous concernant, établie le {generated}.</source>
        <translation>Kopie van alle gegevens over u, opgemaakt op {generated}.</translation>
    </message>
    <message>
        <source>Données personnelles — droit d'accès</source>
        <translation>Persoonsgegevens — recht op inzage</translation>
    </message>
    <message>
        <source>Démarches administratives</source>
        <translation>Administratieve stappen</translation>
    </message>
    <message>
        <source>Détail par cellule</source>
        <translation>Detail per cel</translation>
    </message>
    <message>
        <source>Expériences professionnelles</source>
        <translation>Werkervaring</translation>
    </message>
    <message>
        <source>Formations et diplômes</source>
        <translation>Opleidingen en diploma's</translation>
    </message>
    <message>
        <source>Identité et coordonnées</source>
        <translation>Identiteit en contactgegevens</translation>
    </message>
    <message>
        <source>Imprimé le {printed}. Le consentement peut être retiré à tout moment.</source>
        <translation>Afgedrukt op {printed}. De toestemming kan op elk moment worden ingetrokken.</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Indicateurs consolidés</source>
        <translation>Geconsolideerde indicatoren</translation>
    </message>
    <message>
        <source>Indicateurs consolidés {period}</source>
        <translation>Geconsolideerde indicatoren {period}</translation>
    </message>
    <message>
        <source>Les comptes de 1 à {highest} sont masqués (« &lt; {threshold} ») pour qu'aucun chiffre ne désigne une personne.</source>
        <translation>Tellingen van 1 tot {highest} worden verborgen (“&lt; {threshold}”) zodat geen enkel cijfer naar een persoon verwijst.</translation>
    </message>
    <message>
        <source>Métiers visés</source>
        <translation>Beoogde beroepen</translation>
    </message>
    <message>
        <source>Notes de suivi</source>
        <translation>Opvolgingsnotities</translation>
    </message>
    <message>
        <source>Page {page} / {total}</source>
        <translation>Pagina {page} / {total}</translation>
    </message>
    <message>
        <source>Plan d'action</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>Police de caractères manquante : « {name} » (réinstallez l'application).</source>
        <translation>Lettertype ontbreekt: “{name}” (installeer de toepassing opnieuw).</translation>
    </message>
    <message>
        <source>Période : {period} — établi le {today:%d/%m/%Y}</source>
        <translation>Periode: {period} — opgemaakt op {today:%d/%m/%Y}</translation>
    </message>
    <message>
        <source>Période : {period} — établi le {today:%d/%m/%Y} par {owner}</source>
        <translation>Periode: {period} — opgemaakt op {today:%d/%m/%Y} door {owner}</translation>
    </message>
    <message>
        <source>Rapport mensuel d'activité</source>
        <translation>Maandelijks activiteitenverslag</translation>
    </message>
    <message>
        <source>Rapport mensuel {period}</source>
        <translation>Maandverslag {period}</translation>
    </message>
    <message>
        <source>Rendez-vous</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Rien reçu pour cette période.</source>
        <translation>Niets ontvangen voor deze periode.</translation>
    </message>
    <message>
        <source>Signature : ________________________</source>
        <translation>Handtekening: ________________________</translation>
    </message>
    <message>
        <source>Signature de l'accompagnateur·rice</source>
        <translation>Handtekening van de begeleider</translation>
    </message>
    <message>
        <source>Signature de la personne</source>
        <translation>Handtekening van de persoon</translation>
    </message>
    <message>
        <source>Sorties</source>
        <translation>Uitstroom</translation>
    </message>
    <message>
        <source>Total affiché</source>
        <translation>Getoond totaal</translation>
    </message>
    <message>
        <source>Totaux</source>
        <translation>Totalen</translation>
    </message>
    <message>
        <source>Totaux, tous accompagnements</source>
        <translation>Totalen, alle begeleiders</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Valeurs affichées (les comptes masqués &lt; 5 valent 0)</source>
        <translation>Getoonde waarden (verborgen tellingen &lt; 5 tellen als 0)</translation>
    </message>
    <message>
        <source>Vos données personnelles</source>
        <translation>Uw persoonsgegevens</translation>
    </message>
    <message>
        <source>supprimé (conservé jusqu'à effacement)</source>
        <translation>verwijderd (bewaard tot de wissing)</translation>
    </message>
    <message>
        <source>{counsellor} — source : {source}</source>
        <translation>{counsellor} — bron: {source}</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Toestand</translation>
    </message>
</context>
<context>
    <name>rights</name>
    <message>
        <source>Anonymiser {months} mois après la fin de la cellule.</source>
        <translation>Anonimiseren {months} maanden na het einde van de cel.</translation>
    </message>
    <message>
        <source>Application de la durée de conservation</source>
        <translation>Bewaartermijn toepassen</translation>
    </message>
    <message>
        <source>Aucun consentement enregistré.</source>
        <translation>Geen toestemming geregistreerd.</translation>
    </message>
    <message>
        <source>Durée de conservation invalide : de 1 à {limit} mois.</source>
        <translation>Ongeldige bewaartermijn: 1 tot {limit} maanden.</translation>
    </message>
    <message>
        <source>Effacement : {table}</source>
        <translation>Wissen: {table}</translation>
    </message>
    <message>
        <source>Effacement terminé</source>
        <translation>Wissen voltooid</translation>
    </message>
    <message>
        <source>Effacer {months} mois après la fin de la cellule.</source>
        <translation>Wissen {months} maanden na het einde van de cel.</translation>
    </message>
    <message>
        <source>Indiquez la date du consentement.</source>
        <translation>Vul de datum van toestemming in.</translation>
    </message>
    <message>
        <source>Mise en page du PDF</source>
        <translation>Pdf opmaken</translation>
    </message>
    <message>
        <source>Mode de conservation : anonymise ou delete.</source>
        <translation>Bewaarwijze: anonymise of delete.</translation>
    </message>
    <message>
        <source>Nettoyage de l'index de recherche</source>
        <translation>Zoekindex opschonen</translation>
    </message>
    <message>
        <source>Personne introuvable : {worker_id}.</source>
        <translation>Persoon niet gevonden: {worker_id}.</translation>
    </message>
    <message>
        <source>Rassemblement des données</source>
        <translation>Gegevens verzamelen</translation>
    </message>
    <message>
        <source>Terminé</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>{scope} — donné le {date}, recueilli par {by}.</source>
        <translation>{scope} — gegeven op {date}, verkregen door {by}.</translation>
    </message>
    <message>
        <source>{scope} — donné le {date}.</source>
        <translation>{scope} — gegeven op {date}.</translation>
    </message>
    <message>
        <source>Écriture du fichier JSON</source>
        <translation>JSON-bestand schrijven</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Délai d'effacement du presse-papiers invalide (0 à {limit} s).</source>
        <translation>Ongeldige wachttijd voor het wissen van het klembord (0 tot {limit} s).</translation>
    </message>
    <message>
        <source>Délai de verrouillage invalide (plus de 0 et au plus {limit:.0f} minutes).</source>
        <translation>Ongeldige vergrendeltijd (meer dan 0 en hoogstens {limit:.0f} minuten).</translation>
    </message>
    <message>
        <source>Langue non prise en charge : {language}.</source>
        <translation>Taal niet ondersteund: {language}.</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>Ce coffre a été enregistré par une version plus récente de Reconv Desktop (schéma {current}) : mettez l'application à jour.</source>
        <translation>Deze kluis is opgeslagen met een nieuwere versie van Reconv Desktop (schema {current}): werk de toepassing bij.</translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Date de début</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>Date de fin</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Date de sortie</source>
        <translation>Uitstroomdatum</translation>
    </message>
    <message>
        <source>Date et heure du rendez-vous invalides.</source>
        <translation>Ongeldige datum en tijd van de afspraak.</translation>
    </message>
    <message>
        <source>Durée invalide (5 à 600 minutes).</source>
        <translation>Ongeldige duur (5 tot 600 minuten).</translation>
    </message>
    <message>
        <source>Employeur</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Enregistrement introuvable ({table} {record_id}).</source>
        <translation>Record niet gevonden ({table} {record_id}).</translation>
    </message>
    <message>
        <source>Entreprise</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Indiquez le nom puis le prénom de la personne (ex. « Wójcik Łukasz »).</source>
        <translation>Vul de naam en dan de voornaam van de persoon in (bv. “Wójcik Łukasz”).</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>L'intitulé de l'action est obligatoire.</source>
        <translation>De titel van de actie is verplicht.</translation>
    </message>
    <message>
        <source>La date de fin précède la date de début.</source>
        <translation>De einddatum ligt voor de begindatum.</translation>
    </message>
    <message>
        <source>La date de la sortie est obligatoire.</source>
        <translation>De uitstroomdatum is verplicht.</translation>
    </message>
    <message>
        <source>La fin de la cellule précède son début.</source>
        <translation>Het einde van de cel ligt voor het begin.</translation>
    </message>
    <message>
        <source>La note</source>
        <translation>De notitie</translation>
    </message>
    <message>
        <source>La note est vide.</source>
        <translation>De notitie is leeg.</translation>
    </message>
    <message>
        <source>Le code et le libellé de l'étape sont obligatoires.</source>
        <translation>De code en de omschrijving van de stap zijn verplicht.</translation>
    </message>
    <message>
        <source>Le nom de la cellule est obligatoire.</source>
        <translation>De naam van de cel is verplicht.</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Notes CCT</source>
        <translation>Notities over de cao</translation>
    </message>
    <message>
        <source>Organisme</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Resultaat</translation>
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
        <translation>Soort actie</translation>
    </message>
    <message>
        <source>Type de contrat</source>
        <translation>Soort contract</translation>
    </message>
    <message>
        <source>Type de rendez-vous</source>
        <translation>Soort afspraak</translation>
    </message>
    <message>
        <source>Type de sortie</source>
        <translation>Soort uitstroom</translation>
    </message>
    <message>
        <source>aucun contact</source>
        <translation>geen contact</translation>
    </message>
    <message>
        <source>dernier contact le {date}</source>
        <translation>laatste contact op {date}</translation>
    </message>
    <message>
        <source>{label} (échéance {due_date:%d/%m/%Y})</source>
        <translation>{label} (deadline {due_date:%d/%m/%Y})</translation>
    </message>
    <message>
        <source>{title} (échéance {due_date:%d/%m/%Y})</source>
        <translation>{title} (deadline {due_date:%d/%m/%Y})</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Actions démarrées (par type)</source>
        <translation>Gestarte acties (per soort)</translation>
    </message>
    <message>
        <source>Aucun fichier cell.jsonl ni admin_step_template.jsonl dans « {folder} ».</source>
        <translation>Geen bestand cell.jsonl of admin_step_template.jsonl in “{folder}”.</translation>
    </message>
    <message>
        <source>Aucun référentiel dans ce coffre : importez-en un (reconv referential import-esco DOSSIER) avant de l'envoyer.</source>
        <translation>Geen referentiekader in deze kluis: importeer er een (reconv referential import-esco MAP) voordat u het verstuurt.</translation>
    </message>
    <message>
        <source>Aucune coordination enregistrée : importez d'abord sa carte (reconv coordination enrol CARTE.json).</source>
        <translation>Geen coördinatie geregistreerd: importeer eerst haar kaart (reconv coordination enrol KAART.json).</translation>
    </message>
    <message>
        <source>Carte d'identité invalide : {detail}.</source>
        <translation>Ongeldige identiteitskaart: {detail}.</translation>
    </message>
    <message>
        <source>Carte illisible : « {path} » ({strerror}).</source>
        <translation>Onleesbare kaart: “{path}” ({strerror}).</translation>
    </message>
    <message>
        <source>Ce coffre est enrôlé auprès d'une coordination : il ne peut pas en devenir une.</source>
        <translation>Deze kluis is aangesloten bij een coördinatie: ze kan er zelf geen worden.</translation>
    </message>
    <message>
        <source>Ce coffre n'est pas un coffre de coordination (reconv coord init).</source>
        <translation>Deze kluis is geen coördinatiekluis (reconv coord init).</translation>
    </message>
    <message>
        <source>Cette carte est celle d'un appareil « {role} », pas « {expected} ».</source>
        <translation>Deze kaart hoort bij een toestel “{role}”, niet “{expected}”.</translation>
    </message>
    <message>
        <source>Cette carte est celle de cet appareil-ci.</source>
        <translation>Deze kaart is die van dit toestel zelf.</translation>
    </message>
    <message>
        <source>Cette personne n'a été reçue qu'en pseudonymisé : le transfert demande un envoi complet par son accompagnateur·rice.</source>
        <translation>Deze persoon werd alleen gepseudonimiseerd ontvangen: een overdracht vraagt een volledig pakket van diens begeleider.</translation>
    </message>
    <message>
        <source>Chiffrement et écriture</source>
        <translation>Versleutelen en schrijven</translation>
    </message>
    <message>
        <source>Conflit n° {conflict_id} introuvable.</source>
        <translation>Conflict nr. {conflict_id} niet gevonden.</translation>
    </message>
    <message>
        <source>Destinataire non enregistré : « {device} ».</source>
        <translation>Ontvanger niet geregistreerd: “{device}”.</translation>
    </message>
    <message>
        <source>Démarches administratives terminées</source>
        <translation>Afgeronde administratieve stappen</translation>
    </message>
    <message>
        <source>Enregistrement dans l'historique</source>
        <translation>Opslaan in de geschiedenis</translation>
    </message>
    <message>
        <source>File active en fin de mois (par statut)</source>
        <translation>Caseload aan het einde van de maand (per status)</translation>
    </message>
    <message>
        <source>Fusion de « {table} »</source>
        <translation>“{table}” samenvoegen</translation>
    </message>
    <message>
        <source>JSON illisible</source>
        <translation>onleesbare JSON</translation>
    </message>
    <message>
        <source>Le conflit n° {conflict_id} est déjà résolu.</source>
        <translation>Conflict nr. {conflict_id} is al opgelost.</translation>
    </message>
    <message>
        <source>Lot refusé : {reason} Rien n'a été modifié.</source>
        <translation>Pakket geweigerd: {reason} Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Lot vérifié</source>
        <translation>Pakket gecontroleerd</translation>
    </message>
    <message>
        <source>Nouvelles inscriptions</source>
        <translation>Nieuwe inschrijvingen</translation>
    </message>
    <message>
        <source>Personne « {worker_id} » inconnue de la coordination.</source>
        <translation>Persoon “{worker_id}” is onbekend bij de coördinatie.</translation>
    </message>
    <message>
        <source>Portée inconnue « {scope} » : {scopes}.</source>
        <translation>Onbekende reikwijdte “{scope}”: {scopes}.</translation>
    </message>
    <message>
        <source>Préparation des données</source>
        <translation>Gegevens voorbereiden</translation>
    </message>
    <message>
        <source>Période invalide « {text} » : AAAA-MM attendu.</source>
        <translation>Ongeldige periode “{text}”: JJJJ-MM verwacht.</translation>
    </message>
    <message>
        <source>Rendez-vous réalisés (par type)</source>
        <translation>Gehouden afspraken (per soort)</translation>
    </message>
    <message>
        <source>Rien à envoyer : choisissez --reference, --referential, --transfer ou --receipts.</source>
        <translation>Niets te versturen: kies --reference, --referential, --transfer of --receipts.</translation>
    </message>
    <message>
        <source>Référentiel « {name} » invalide : {reason} Rien n'a été modifié.</source>
        <translation>Ongeldige referentiegegevens “{name}”: {reason} Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Rôle inconnu : « {role} » (counsellor ou coordination).</source>
        <translation>Onbekende rol: “{role}” (counsellor of coordination).</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Ondertekenen</translation>
    </message>
    <message>
        <source>Sorties (par type)</source>
        <translation>Uitstroom (per soort)</translation>
    </message>
    <message>
        <source>Terminé</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Vérification de « {name} »</source>
        <translation>“{name}” controleren</translation>
    </message>
    <message>
        <source>accompagnement</source>
        <translation>begeleiding</translation>
    </message>
    <message>
        <source>ce fichier n'est pas un lot Reconv (format inconnu).</source>
        <translation>dit bestand is geen Reconv-pakket (onbekend formaat).</translation>
    </message>
    <message>
        <source>ce fichier n'est pas un lot Reconv (il n'est pas chiffré avec age).</source>
        <translation>dit bestand is geen Reconv-pakket (het is niet met age versleuteld).</translation>
    </message>
    <message>
        <source>ce lot a été produit par cet appareil-ci.</source>
        <translation>dit pakket is door dit toestel zelf gemaakt.</translation>
    </message>
    <message>
        <source>ce lot est adressé à un autre appareil.</source>
        <translation>dit pakket is voor een ander toestel bestemd.</translation>
    </message>
    <message>
        <source>ce lot est au format {version}, plus récent que celui que connaît cette application ({supported}) : mettez l'application à jour.</source>
        <translation>dit pakket heeft formaat {version}, nieuwer dan het formaat dat deze toepassing kent ({supported}): werk de toepassing bij.</translation>
    </message>
    <message>
        <source>ce lot n'est pas chiffré pour cet appareil (destiné à quelqu'un d'autre).</source>
        <translation>dit pakket is niet voor dit toestel versleuteld (bestemd voor iemand anders).</translation>
    </message>
    <message>
        <source>ce n'est pas une carte Reconv</source>
        <translation>dit is geen Reconv-kaart</translation>
    </message>
    <message>
        <source>champ « {key} » du manifeste manquant ou mal formé.</source>
        <translation>veld “{key}” van het manifest ontbreekt of is ongeldig.</translation>
    </message>
    <message>
        <source>champ « {key} » manquant ou mal formé</source>
        <translation>veld “{key}” ontbreekt of is ongeldig</translation>
    </message>
    <message>
        <source>chemin interdit dans l'archive : « {name} ».</source>
        <translation>verboden pad in het archief: “{name}”.</translation>
    </message>
    <message>
        <source>clé publique illisible</source>
        <translation>onleesbare publieke sleutel</translation>
    </message>
    <message>
        <source>colonne inconnue « {name} »</source>
        <translation>onbekende kolom “{name}”</translation>
    </message>
    <message>
        <source>colonne obligatoire « {name} » absente</source>
        <translation>verplichte kolom “{name}” ontbreekt</translation>
    </message>
    <message>
        <source>complet (toutes les données, ex. transfert de dossier)</source>
        <translation>volledig (alle gegevens, bv. overdracht van een dossier)</translation>
    </message>
    <message>
        <source>contenu trop volumineux ({total_rows} lignes, {size} Mo décompressés).</source>
        <translation>inhoud te groot ({total_rows} rijen, {size} MB gedecomprimeerd).</translation>
    </message>
    <message>
        <source>coordination</source>
        <translation>coördinatie</translation>
    </message>
    <message>
        <source>entrée inattendue dans l'archive : « {name} ».</source>
        <translation>onverwacht item in het archief: “{name}”.</translation>
    </message>
    <message>
        <source>entrée non annoncée dans le manifeste : « {name} ».</source>
        <translation>item niet vermeld in het manifest: “{name}”.</translation>
    </message>
    <message>
        <source>entrée « {name} » en double dans l'archive.</source>
        <translation>item “{name}” dubbel in het archief.</translation>
    </message>
    <message>
        <source>entrée « {name} » interdite (lien, dossier ou fichier spécial).</source>
        <translation>item “{name}” verboden (koppeling, map of speciaal bestand).</translation>
    </message>
    <message>
        <source>expéditeur inconnu (« {name} », appareil {device}) : enregistrez d'abord sa carte après avoir vérifié son empreinte.</source>
        <translation>onbekende afzender (“{name}”, toestel {device}): registreer eerst diens kaart na controle van de vingerafdruk.</translation>
    </message>
    <message>
        <source>fichier illisible « {name} » ({strerror}).</source>
        <translation>onleesbaar bestand “{name}” ({strerror}).</translation>
    </message>
    <message>
        <source>fichier trop grand</source>
        <translation>bestand te groot</translation>
    </message>
    <message>
        <source>fichier trop volumineux ({size} Mo ; maximum {limit} Mo).</source>
        <translation>bestand te groot ({size} MB; hoogstens {limit} MB).</translation>
    </message>
    <message>
        <source>format {version} trop ancien, plus pris en charge.</source>
        <translation>formaat {version} te oud, niet meer ondersteund.</translation>
    </message>
    <message>
        <source>horloge « updated_at » mal formée</source>
        <translation>ongeldige klok “updated_at”</translation>
    </message>
    <message>
        <source>identifiant d'appareil vide</source>
        <translation>lege toestelidentificatie</translation>
    </message>
    <message>
        <source>identifiant « id » manquant ou mal formé</source>
        <translation>identificatie “id” ontbreekt of is ongeldig</translation>
    </message>
    <message>
        <source>identifiant « {row_id} » en double</source>
        <translation>identificatie “{row_id}” dubbel</translation>
    </message>
    <message>
        <source>indicateurs (comptages mensuels anonymes)</source>
        <translation>indicatoren (anonieme maandelijkse tellingen)</translation>
    </message>
    <message>
        <source>l'archive contenue dans le lot est illisible.</source>
        <translation>het archief in het pakket is onleesbaar.</translation>
    </message>
    <message>
        <source>l'empreinte SHA-256 de « {name} » ne correspond pas au manifeste (contenu modifié).</source>
        <translation>de SHA-256-vingerafdruk van “{name}” komt niet overeen met het manifest (inhoud gewijzigd).</translation>
    </message>
    <message>
        <source>l'empreinte ne correspond pas aux clés (carte modifiée ou abîmée)</source>
        <translation>de vingerafdruk komt niet overeen met de sleutels (kaart gewijzigd of beschadigd)</translation>
    </message>
    <message>
        <source>la colonne « {name} » doit être du texte</source>
        <translation>kolom “{name}” moet tekst zijn</translation>
    </message>
    <message>
        <source>la colonne « {name} » doit être un nombre entier</source>
        <translation>kolom “{name}” moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>la colonne « {name} » ne peut pas être vide</source>
        <translation>kolom “{name}” mag niet leeg zijn</translation>
    </message>
    <message>
        <source>la sauvegarde faite avant chaque import a échoué ({message})</source>
        <translation>de back-up die voor elke import wordt gemaakt, is mislukt ({message})</translation>
    </message>
    <message>
        <source>la signature ne correspond pas à la clé enregistrée de « {name} » (lot falsifié ou signé par quelqu'un d'autre).</source>
        <translation>de handtekening komt niet overeen met de geregistreerde sleutel van “{name}” (pakket vervalst of door iemand anders ondertekend).</translation>
    </message>
    <message>
        <source>le contenu chiffré a été modifié (au moins un octet ne se vérifie plus) : ne l'utilisez pas et demandez un nouvel envoi.</source>
        <translation>de versleutelde inhoud is gewijzigd (minstens één byte klopt niet meer): gebruik het niet en vraag een nieuwe zending.</translation>
    </message>
    <message>
        <source>le fichier est tronqué (copie interrompue ou clé USB retirée trop tôt ?) : demandez un nouvel envoi.</source>
        <translation>het bestand is afgekapt (kopie onderbroken of usb-stick te vroeg verwijderd?): vraag een nieuwe zending.</translation>
    </message>
    <message>
        <source>le fichier « {file} » annoncé manque.</source>
        <translation>het vermelde bestand “{file}” ontbreekt.</translation>
    </message>
    <message>
        <source>le manifeste est illisible (JSON invalide).</source>
        <translation>het manifest is onleesbaar (ongeldige JSON).</translation>
    </message>
    <message>
        <source>le manifeste ou sa signature manque.</source>
        <translation>het manifest of de handtekening ervan ontbreekt.</translation>
    </message>
    <message>
        <source>ligne {line} de « ref_occupation_skill » : métier ou compétence absent</source>
        <translation>regel {line} van “ref_occupation_skill”: beroep of competentie ontbreekt</translation>
    </message>
    <message>
        <source>ligne {line} de « ref_occupation_skill » : relation inconnue</source>
        <translation>regel {line} van “ref_occupation_skill”: onbekende relatie</translation>
    </message>
    <message>
        <source>ligne {line} de « {table} » : identifiant incohérent</source>
        <translation>regel {line} van “{table}”: inconsistente identificatie</translation>
    </message>
    <message>
        <source>ligne {line} de « {table} » d'une autre version ou supprimée</source>
        <translation>regel {line} van “{table}” van een andere versie of verwijderd</translation>
    </message>
    <message>
        <source>ligne {line} de « {table} » invalide : {detail}.</source>
        <translation>regel {line} van “{table}” ongeldig: {detail}.</translation>
    </message>
    <message>
        <source>manifeste trop volumineux.</source>
        <translation>manifest te groot.</translation>
    </message>
    <message>
        <source>modifié des deux côtés depuis le dernier échange</source>
        <translation>aan beide kanten gewijzigd sinds de laatste uitwisseling</translation>
    </message>
    <message>
        <source>même horloge, contenus différents</source>
        <translation>zelfde klok, verschillende inhoud</translation>
    </message>
    <message>
        <source>origine « origin » manquante ou mal formée</source>
        <translation>oorsprong “origin” ontbreekt of is ongeldig</translation>
    </message>
    <message>
        <source>pseudonymisé (sans nom, contact, numéro national ni texte libre)</source>
        <translation>gepseudonimiseerd (zonder naam, contactgegevens, rijksregisternummer of vrije tekst)</translation>
    </message>
    <message>
        <source>reçu de « {sender} »</source>
        <translation>ontvangen van “{sender}”</translation>
    </message>
    <message>
        <source>référentiel : {sizes} — pas plus récent que celui en place, inchangé</source>
        <translation>referentiekader: {sizes} — niet recenter dan het huidige, ongewijzigd</translation>
    </message>
    <message>
        <source>référentiel : {sizes} — refusé (seule la coordination envoie le référentiel)</source>
        <translation>referentiekader: {sizes} — geweigerd (alleen de coördinatie verstuurt het referentiekader)</translation>
    </message>
    <message>
        <source>référentiel : {sizes} — remplace l'actuel</source>
        <translation>referentiekader: {sizes} — vervangt het huidige</translation>
    </message>
    <message>
        <source>référentiel joint invalide : {detail}.</source>
        <translation>bijgevoegd referentiekader ongeldig: {detail}.</translation>
    </message>
    <message>
        <source>rôle « {role} » inconnu</source>
        <translation>onbekende rol “{role}”</translation>
    </message>
    <message>
        <source>signature illisible.</source>
        <translation>onleesbare handtekening.</translation>
    </message>
    <message>
        <source>table inconnue « {name} ».</source>
        <translation>onbekende tabel “{name}”.</translation>
    </message>
    <message>
        <source>table « {name} » : fichier ou empreinte mal décrits.</source>
        <translation>tabel “{name}”: bestand of vingerafdruk slecht beschreven.</translation>
    </message>
    <message>
        <source>table « {name} » : « {key} » mal formé.</source>
        <translation>tabel “{name}”: “{key}” ongeldig.</translation>
    </message>
    <message>
        <source>table « {name} » mal décrite dans le manifeste.</source>
        <translation>tabel “{name}” slecht beschreven in het manifest.</translation>
    </message>
    <message>
        <source>texte qui n'est pas de l'UTF-8</source>
        <translation>tekst die geen UTF-8 is</translation>
    </message>
    <message>
        <source>trop d'entrées dans l'archive.</source>
        <translation>te veel items in het archief.</translation>
    </message>
    <message>
        <source>type de lot inconnu « {kind} ».</source>
        <translation>onbekend soort pakket “{kind}”.</translation>
    </message>
    <message>
        <source>un objet JSON est attendu</source>
        <translation>een JSON-object wordt verwacht</translation>
    </message>
    <message>
        <source>version de carte inconnue (mettez l'application à jour)</source>
        <translation>onbekende kaartversie (werk de toepassing bij)</translation>
    </message>
    <message>
        <source>version de format illisible « {version} ».</source>
        <translation>onleesbare formaatversie “{version}”.</translation>
    </message>
    <message>
        <source>{column} (réduit à l'année)</source>
        <translation>{column} (beperkt tot het jaar)</translation>
    </message>
    <message>
        <source>{skills} compétences, {occupations} métiers, {links} liens</source>
        <translation>{skills} competenties, {occupations} beroepen, {links} koppelingen</translation>
    </message>
    <message>
        <source>« deleted » doit valoir 0 ou 1</source>
        <translation>“deleted” moet 0 of 1 zijn</translation>
    </message>
    <message>
        <source>« ref_meta » doit contenir exactement une ligne « referential »</source>
        <translation>“ref_meta” moet precies één rij “referential” bevatten</translation>
    </message>
    <message>
        <source>« {column} » annonce {declared} lignes, « {table} » en contient {n}</source>
        <translation>“{column}” vermeldt {declared} rijen, “{table}” bevat er {n}</translation>
    </message>
    <message>
        <source>« {name} » : {n} lignes au lieu des {rows} annoncées.</source>
        <translation>“{name}”: {n} rijen in plaats van de vermelde {rows}.</translation>
    </message>
    <message>
        <source>« {name} » n'est pas un gzip valide.</source>
        <translation>“{name}” is geen geldig gzip-bestand.</translation>
    </message>
    <message>
        <source>« {name} » se décompresse au-delà de la taille annoncée (bombe de décompression ?).</source>
        <translation>“{name}” wordt groter dan de vermelde grootte bij het decomprimeren (decompressiebom?).</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>, colonne « {column} »</source>
        <translation>, kolom “{column}”</translation>
    </message>
    <message>
        <source>CSV illisible ({exc}).</source>
        <translation>Onleesbare CSV ({exc}).</translation>
    </message>
    <message>
        <source>Catalogue « {name} », {where} : {detail} Rien n'a été importé.</source>
        <translation>Catalogus “{name}”, {where}: {detail} Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Compétence mal formée : « {value} ».</source>
        <translation>Ongeldige competentie: “{value}”.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Date de début</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>Date de fin</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Fichier illisible « {name} » ({strerror}).</source>
        <translation>Onleesbaar bestand “{name}” ({strerror}).</translation>
    </message>
    <message>
        <source>Financement</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>L'intitulé de la formation est obligatoire.</source>
        <translation>De titel van de opleiding is verplicht.</translation>
    </message>
    <message>
        <source>La date de fin précède la date de début.</source>
        <translation>De einddatum ligt voor de begindatum.</translation>
    </message>
    <message>
        <source>Le catalogue de formations est tenu par la coordination : il se met à jour par ses envois.</source>
        <translation>De opleidingscatalogus wordt beheerd door de coördinatie: hij wordt bijgewerkt via haar zendingen.</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Métier visé</source>
        <translation>Beoogd beroep</translation>
    </message>
    <message>
        <source>Métier visé (URI)</source>
        <translation>Beoogd beroep (URI)</translation>
    </message>
    <message>
        <source>Nombre d'heures hors limites : {value} (0 à {limit}).</source>
        <translation>Aantal uren buiten de grenzen: {value} (0 tot {limit}).</translation>
    </message>
    <message>
        <source>Nombre d'heures invalide : « {raw} » (heures entières).</source>
        <translation>Ongeldig aantal uren: “{raw}” (hele uren).</translation>
    </message>
    <message>
        <source>Nombre d'heures invalide : « {raw} » (un nombre entier est attendu).</source>
        <translation>Ongeldig aantal uren: “{raw}” (een geheel getal wordt verwacht).</translation>
    </message>
    <message>
        <source>Organisme</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Remarques</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>aucune formation dans le fichier.</source>
        <translation>geen opleiding in het bestand.</translation>
    </message>
    <message>
        <source>colonne en double.</source>
        <translation>dubbele kolom.</translation>
    </message>
    <message>
        <source>colonne inconnue (attendues : intitule, organisme, lieu, debut, fin, heures, financement, metier, metier_uri, competences, contact, remarques, code).</source>
        <translation>onbekende kolom (verwacht: intitule, organisme, lieu, debut, fin, heures, financement, metier, metier_uri, competences, contact, remarques, code).</translation>
    </message>
    <message>
        <source>compétence « {token} » inconnue du référentiel.</source>
        <translation>competentie “{token}” staat niet in het referentiekader.</translation>
    </message>
    <message>
        <source>dates à préciser</source>
        <translation>data nog te bepalen</translation>
    </message>
    <message>
        <source>du {start} au {end}</source>
        <translation>van {start} tot {end}</translation>
    </message>
    <message>
        <source>en-tête</source>
        <translation>kopregel</translation>
    </message>
    <message>
        <source>fichier trop volumineux (20 Mo au plus).</source>
        <translation>bestand te groot (hoogstens 20 MB).</translation>
    </message>
    <message>
        <source>jusqu'au {end}</source>
        <translation>tot {end}</translation>
    </message>
    <message>
        <source>la colonne « intitule » est obligatoire.</source>
        <translation>de kolom “intitule” is verplicht.</translation>
    </message>
    <message>
        <source>le fichier est vide.</source>
        <translation>het bestand is leeg.</translation>
    </message>
    <message>
        <source>ligne {line}</source>
        <translation>regel {line}</translation>
    </message>
    <message>
        <source>plus de {limit} formations.</source>
        <translation>meer dan {limit} opleidingen.</translation>
    </message>
    <message>
        <source>{values} valeurs pour {columns} colonnes (séparateur ou guillemets à vérifier).</source>
        <translation>{values} waarden voor {columns} kolommen (controleer het scheidingsteken of de aanhalingstekens).</translation>
    </message>
    <message>
        <source>à partir du {start}</source>
        <translation>vanaf {start}</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Adresse e-mail invalide : « {text} ».</source>
        <translation>Ongeldig e-mailadres: “{text}”.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Date de naissance peu plausible (âge : {age} ans).</source>
        <translation>Onwaarschijnlijke geboortedatum (leeftijd: {age} jaar).</translation>
    </message>
    <message>
        <source>La date de naissance doit être dans le passé.</source>
        <translation>De geboortedatum moet in het verleden liggen.</translation>
    </message>
    <message>
        <source>Numéro NIR invalide : la clé de contrôle (2 derniers chiffres) ne correspond pas.</source>
        <translation>Ongeldig NIR-nummer: de controlegetallen (laatste 2 cijfers) kloppen niet.</translation>
    </message>
    <message>
        <source>Numéro NISS invalide : la clé de contrôle (2 derniers chiffres) ne correspond pas.</source>
        <translation>Ongeldig rijksregisternummer: de controlegetallen (laatste 2 cijfers) kloppen niet.</translation>
    </message>
    <message>
        <source>Numéro de téléphone invalide : « {text} ».</source>
        <translation>Ongeldig telefoonnummer: “{text}”.</translation>
    </message>
    <message>
        <source>Numéro national non reconnu : 11 chiffres pour un NISS belge, 15 caractères pour un NIR français.</source>
        <translation>Nationaal nummer niet herkend: 11 cijfers voor een Belgisch rijksregisternummer, 15 tekens voor een Frans NIR.</translation>
    </message>
    <message>
        <source>{label} est obligatoire.</source>
        <translation>{label} is verplicht.</translation>
    </message>
    <message>
        <source>{label} est trop long ({limit} caractères au plus).</source>
        <translation>{label} is te lang (hoogstens {limit} tekens).</translation>
    </message>
    <message>
        <source>{label} inconnu : « {raw} » (valeurs possibles : {accepted}).</source>
        <translation>Onbekende waarde voor {label}: “{raw}” (mogelijke waarden: {accepted}).</translation>
    </message>
    <message>
        <source>{label} invalide : « {text} » (format attendu JJ/MM/AAAA).</source>
        <translation>Ongeldige {label}: “{text}” (verwacht formaat DD/MM/JJJJ).</translation>
    </message>
    <message>
        <source>{label} ne peut pas contenir de chiffres.</source>
        <translation>{label} mag geen cijfers bevatten.</translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <source>%d/%m/%Y à %H:%M</source>
        <translation>%d/%m/%Y om %H:%M</translation>
    </message>
    <message>
        <source>Aucun coffre dans « {parent} » (en-tête absent).</source>
        <translation>Geen kluis in “{parent}” (header ontbreekt).</translation>
    </message>
    <message>
        <source>Aucun trousseau sécurisé n'est disponible sur cet ordinateur (gestionnaire de mots de passe du système) : la phrase de passe sera demandée à chaque ouverture.</source>
        <translation>Er is geen beveiligde sleutelhanger beschikbaar op deze computer (de wachtwoordbeheerder van het systeem): de wachtzin wordt bij elke opening gevraagd.</translation>
    </message>
    <message>
        <source>Base de données du coffre introuvable : « {path} ».</source>
        <translation>Database van de kluis niet gevonden: “{path}”.</translation>
    </message>
    <message>
        <source>Ce coffre a été créé par une version plus récente de Reconv Desktop : mettez l'application à jour.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van Reconv Desktop: werk de toepassing bij.</translation>
    </message>
    <message>
        <source>Ce coffre est déjà ouvert par une autre fenêtre de Reconv Desktop{who}. Utilisez-la, ou fermez-la avant de rouvrir le coffre.</source>
        <translation>Deze kluis is al geopend in een ander venster van Reconv Desktop{who}. Gebruik dat venster, of sluit het voordat u de kluis opnieuw opent.</translation>
    </message>
    <message>
        <source>Ce fichier n'est pas un en-tête de coffre Reconv.</source>
        <translation>Dit bestand is geen header van een Reconv-kluis.</translation>
    </message>
    <message>
        <source>Clé de secours incorrecte pour ce coffre.</source>
        <translation>Verkeerde herstelsleutel voor deze kluis.</translation>
    </message>
    <message>
        <source>Clé de secours mal formée : 32 caractères attendus, en 8 groupes de 4 (ex. ABCD-EFGH-…).</source>
        <translation>Ongeldige herstelsleutel: 32 tekens verwacht, in 8 groepen van 4 (bv. ABCD-EFGH-…).</translation>
    </message>
    <message>
        <source>Disque plein : la modification n'a pas été enregistrée. Libérez de la place ; les données déjà enregistrées sont intactes.</source>
        <translation>Schijf vol: de wijziging is niet opgeslagen. Maak ruimte vrij; de reeds opgeslagen gegevens zijn intact.</translation>
    </message>
    <message>
        <source>En-tête du coffre corrompu : restaurez-le depuis une sauvegarde ou utilisez la clé brute exportée.</source>
        <translation>Header van de kluis beschadigd: herstel hem uit een back-up of gebruik de geëxporteerde ruwe sleutel.</translation>
    </message>
    <message>
        <source>En-tête du coffre illisible (champ manquant ou altéré).</source>
        <translation>Header van de kluis onleesbaar (veld ontbreekt of is gewijzigd).</translation>
    </message>
    <message>
        <source>En-tête du coffre illisible : méthode de dérivation inconnue.</source>
        <translation>Header van de kluis onleesbaar: onbekende sleutelafleidingsmethode.</translation>
    </message>
    <message>
        <source>En-tête du coffre illisible : {strerror}.</source>
        <translation>Header van de kluis onleesbaar: {strerror}.</translation>
    </message>
    <message>
        <source>En-tête du coffre invalide (taille anormale).</source>
        <translation>Ongeldige header van de kluis (abnormale grootte).</translation>
    </message>
    <message>
        <source>Impossible de créer le dossier « {data_dir} » : {strerror}.</source>
        <translation>Kan de map “{data_dir}” niet aanmaken: {strerror}.</translation>
    </message>
    <message>
        <source>Impossible de créer le verrou du coffre dans « {parent} » ({strerror}).</source>
        <translation>Kan de vergrendeling van de kluis niet aanmaken in “{parent}” ({strerror}).</translation>
    </message>
    <message>
        <source>L'en-tête du coffre a été modifié (contrôle d'intégrité en échec). Restaurez-le depuis une sauvegarde.</source>
        <translation>De header van de kluis is gewijzigd (integriteitscontrole mislukt). Herstel hem uit een back-up.</translation>
    </message>
    <message>
        <source>La base du coffre ne s'ouvre pas avec cette clé (fichier corrompu ou ne correspondant pas à l'en-tête).</source>
        <translation>De database van de kluis gaat niet open met deze sleutel (bestand beschadigd of past niet bij de header).</translation>
    </message>
    <message>
        <source>Le disque du coffre ne répond plus (clé USB retirée ?) : la modification n'a pas été enregistrée.</source>
        <translation>De schijf van de kluis reageert niet meer (usb-stick verwijderd?): de wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <source>Le dossier du coffre est en lecture seule : la modification n'a pas été enregistrée. Les données déjà enregistrées sont intactes.</source>
        <translation>De map van de kluis is alleen-lezen: de wijziging is niet opgeslagen. De reeds opgeslagen gegevens zijn intact.</translation>
    </message>
    <message>
        <source>Le trousseau du système n'a pas pu être chargé.</source>
        <translation>De sleutelhanger van het systeem kon niet worden geladen.</translation>
    </message>
    <message>
        <source>Phrase de passe incorrecte. Vérifiez la saisie (majuscules, clavier) et réessayez.</source>
        <translation>Verkeerde wachtzin. Controleer wat u typte (hoofdletters, toetsenbord) en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Un coffre existe déjà dans « {data_dir} ».</source>
        <translation>Er bestaat al een kluis in “{data_dir}”.</translation>
    </message>
    <message>
        <source>Une base « {name} » existe sans en-tête dans « {data_dir} » : déplacez-la avant de créer un coffre.</source>
        <translation>Er staat een database “{name}” zonder header in “{data_dir}”: verplaats ze voordat u een kluis aanmaakt.</translation>
    </message>
    <message>
        <source>processus {pid} sur « {hostname} », depuis le {since}</source>
        <translation>proces {pid} op “{hostname}”, sinds {since}</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>Adresse</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Cellule</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Champ inconnu : {name}.</source>
        <translation>Onbekend veld: {name}.</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Consentement recueilli par</source>
        <translation>Toestemming verkregen door</translation>
    </message>
    <message>
        <source>Date d'inscription</source>
        <translation>Inschrijvingsdatum</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Date du consentement</source>
        <translation>Datum van toestemming</translation>
    </message>
    <message>
        <source>Dernier contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Indiquez la date du consentement.</source>
        <translation>Vul de datum van toestemming in.</translation>
    </message>
    <message>
        <source>Localité</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Numéro national</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>Portée du consentement</source>
        <translation>Reikwijdte van de toestemming</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Telefoon</translation>
    </message>
</context>
</TS>
