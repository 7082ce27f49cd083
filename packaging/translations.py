"""Build the interface translations: pyside6-lupdate, fill French from this table, lrelease.

python packaging/translations.py          # update .ts, fill, compile .qm
python packaging/translations.py --check  # fail when a French translation is missing

Three files come out of one lupdate run and this module's tables:

- ``linkrevive_fr``: every message in French (``FR``; plurals write "(s)", or their two
  forms in ``FR_FORMS`` when the plural is irregular);
- ``linkrevive_en``: the plural (``%n``) messages only, "(s)" turned into "" and "s"
  ("1 lead", "23 leads"), or the forms of ``EN_FORMS``; every other string is its source;
- ``linkrevive_qt_fr``: the strings of Qt's own dialogs that Qt's shipped ``qtbase_fr``
  (translations of an older Qt, LGPL/GPL, bundled from PySide6) does not have yet because
  Qt 6.5+ changed their source text (``&Look in:`` where the translation knows ``Look in:``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TS = REPO / "resources" / "translations" / "linkrevive_fr.ts"
QM = TS.with_suffix(".qm")
TS_EN = TS.with_name("linkrevive_en.ts")
TS_QT = TS.with_name("linkrevive_qt_fr.ts")

#: Plurals that "(s)" cannot write: (singular, plural).
FR_FORMS: dict[str, tuple[str, str]] = {
    "%n signal(s)": ("%n signal", "%n signaux"),
    # -- morning loop (new since last time, nudge) --
    "%n new since yesterday": ("%n nouveau depuis hier", "%n nouveaux depuis hier"),
    "%n new since {0}": ("%n nouveau depuis {0}", "%n nouveaux depuis {0}"),
    "%n new since your look of {0}": (
        "%n nouveau depuis votre visite du {0}",
        "%n nouveaux depuis votre visite du {0}",
    ),
    "This LinkedIn export has no date of its own: it may be older than your last one, so it "
    "changed nothing you knew (%n of your connections are missing from it or shown "
    "differently). Is it your newest export? Yes applies it as your newest, dated today.": (
        "Cet export LinkedIn n’a pas de date propre : il est peut-être plus ancien que votre "
        "dernier export, il n’a donc rien changé de ce que vous saviez (%n de vos relations en "
        "est absente ou y apparaît autrement). Est-ce votre export le plus récent ? Oui "
        "l’applique comme le plus récent, daté d’aujourd’hui.",
        "Cet export LinkedIn n’a pas de date propre : il est peut-être plus ancien que votre "
        "dernier export, il n’a donc rien changé de ce que vous saviez (%n de vos relations en "
        "sont absentes ou y apparaissent autrement). Est-ce votre export le plus récent ? Oui "
        "l’applique comme le plus récent, daté d’aujourd’hui.",
    ),
}
EN_FORMS: dict[str, tuple[str, str]] = {
    "and %n more": ("and %n more", "and %n more"),
    "%n person(s) shown": ("%n person shown", "%n people shown"),
    "%n of your connections are missing from this LinkedIn export, so it was imported as "
    "partial: nobody was marked removed. Did you remove them from your network? Yes marks "
    "them removed.": (
        "%n of your connections is missing from this LinkedIn export, so it was imported as "
        "partial: nobody was marked removed. Did you remove it from your network? Yes marks "
        "it removed.",
        "%n of your connections are missing from this LinkedIn export, so it was imported as "
        "partial: nobody was marked removed. Did you remove them from your network? Yes marks "
        "them removed.",
    ),
    "This LinkedIn export has no date of its own: it may be older than your last one, so it "
    "changed nothing you knew (%n of your connections are missing from it or shown "
    "differently). Is it your newest export? Yes applies it as your newest, dated today.": (
        "This LinkedIn export has no date of its own: it may be older than your last one, so "
        "it changed nothing you knew (%n of your connections is missing from it or shown "
        "differently). Is it your newest export? Yes applies it as your newest, dated today.",
        "This LinkedIn export has no date of its own: it may be older than your last one, so "
        "it changed nothing you knew (%n of your connections are missing from it or shown "
        "differently). Is it your newest export? Yes applies it as your newest, dated today.",
    ),
}

#: Qt's own strings (context, source) whose text changed after the translation Qt ships:
#: the French of the old source ("Look in:" → "Voir dans :") with the new shortcut letter.
QT_FR: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "&Voir dans\u00a0:",
    ("QFileDialog", "Files of &type:"): "Fichiers de &type\u00a0:",
}

FR: dict[str, str] = {
    # Keys of Review pairs: oui / non.
    "Y": "O",
    " months": " mois",
    "%n connection(s)": "%n connexion(s)",
    "%n contact(s) to connect with": "%n contact(s) à ajouter sur LinkedIn",
    "%n in total": "%n au total",
    "%n lead(s) to revive today": "%n prospect(s) à relancer aujourd'hui",
    "%n more due — see Prospects, filter Dormant": (
        "%n autre(s) à relancer — voir Prospects, filtre En sommeil"
    ),
    "As of {0}: {1}": "Au {0} : {1}",
    "LinkRevive — as of {0}": "LinkRevive — au {0}",
    "LinkRevive — {0}": "LinkRevive — {0}",
    "LinkRevive — {0} — as of {1}": "LinkRevive — {0} — au {1}",
    "needed each time (not remembered)": "à saisir à chaque fois (non mémorisé)",
    "No password store (keyring) is available on this computer: the password is used for "
    "this import only and will not be remembered.": (
        "Aucun trousseau n'est disponible sur cet ordinateur : le mot de passe sert à cet "
        "import seulement et ne sera pas mémorisé."
    ),
    "Type the password of {0}: without a keyring it is not remembered.": (
        "Saisissez le mot de passe de {0} : sans trousseau, il n'est pas mémorisé."
    ),
    "New in your network (not prospects yet)": (
        "Nouveau dans votre réseau (pas encore des prospects)"
    ),
    "%n pair(s) left to review": "%n paire(s) à vérifier",
    "%n person(s) shown": "%n personne(s) affichée(s)",
    "&File": "&Fichier",
    "&View": "&Affichage",
    "(unknown reason)": "(raison inconnue)",
    "(unknown stage)": "(étape inconnue)",
    "(unknown)": "(inconnue)",
    "Active": "Actif",
    "Loading…": "Chargement…",
    "No password is stored for {0} yet: type it once.": (
        "Aucun mot de passe enregistré pour {0} : saisissez-le une fois."
    ),
    "Not an email address: {0}": "Adresse e-mail non valide : {0}",
    "older than the export of {0}: history only": (
        "plus ancien que l'export du {0} : historique seulement"
    ),
    "The lead leaves the list until this day.": "Le prospect quitte la liste jusqu'à ce jour.",
    "Add a signal": "Ajouter un signal",
    "Add a signal…": "Ajouter un signal…",
    "Any country": "Tous les pays",
    "Any stage": "Toutes les étapes",
    "Any stall reason": "Toutes les raisons",
    "Apply to selection": "Appliquer à la sélection",
    # Prospects: automated senders and shared boxes.
    "Kind": "Type",
    "Automated sender": "Expéditeur automatique",
    "Automated senders": "Expéditeurs automatiques",
    "Shared box": "Boîte partagée",
    "Shared boxes": "Boîtes partagées",
    "People and shared boxes": "Personnes et boîtes partagées",
    "People only": "Personnes seulement",
    "Everyone": "Tout le monde",
    "This is a person": "C'est une personne",
    "Not an automated sender: count their emails (at the next mailbox import)": (
        "Pas un expéditeur automatique : ses e-mails comptent (à la prochaine importation "
        "de la boîte mail)"
    ),
    "A newsletter, a notification or a robot: never a lead, never paired": (
        "Une newsletter, une notification ou un robot : jamais un prospect, jamais associé"
    ),
    "%n automated sender(s) hidden": "%n expéditeur(s) automatique(s) masqué(s)",
    "A robot's address (no-reply, notifications…)": (
        "Adresse d'un robot (no-reply, notifications…)"
    ),
    "Delivery failure reports": "Avis de non-remise",
    "Calendar invitations": "Invitations d'agenda",
    "A mailing list or a newsletter (List-Id)": "Liste de diffusion ou newsletter (List-Id)",
    "Bulk mail: newsletters, campaigns": "Envois en masse : newsletters, campagnes",
    "Out-of-office replies": "Réponses d'absence",
    "Automatic messages (Auto-Submitted)": "Messages automatiques (Auto-Submitted)",
    "Many similar messages, never answered": "Beaucoup de messages semblables, jamais de réponse",
    "You said so": "Vous l'avez indiqué",
    "Browse…": "Parcourir…",
    "Building the demo": "Création de la démo",
    "CSV (.csv)": "CSV (.csv)",
    "Call": "Appel",
    "Cancel": "Annuler",
    "Cancelled: the database is unchanged.": "Annulé : la base de données est inchangée.",
    "Cancel came too late for what is listed here: it is saved. Nothing after it was done.": (
        "Annulation trop tardive pour ce qui est listé ici : c'est enregistré. Rien d'autre "
        "n'a été fait."
    ),
    "%n of your connections are missing from this LinkedIn export, so it was imported as "
    "partial: nobody was marked removed. Did you remove them from your network? Yes marks "
    "them removed.": (
        "%n de vos relations manquent dans cet export LinkedIn : il a été importé comme "
        "partiel et personne n'a été marqué comme retiré. Les avez-vous retirées de votre "
        "réseau ? Oui les marque comme retirées."
    ),
    "Channel": "Canal",
    "Comma ,": "Virgule ,",
    "Company": "Société",
    "Confirm ({key})": "Confirmer ({key})",
    "Connected": "Connecté",
    "Connected on": "Connecté le",
    "Contact": "Contact",
    "Contacts and mail (*.vcf *.csv *.xlsx *.mbox);;All files (*)": (
        "Contacts et e-mails (*.vcf *.csv *.xlsx *.mbox);;Tous les fichiers (*)"
    ),
    "Contacts to connect on LinkedIn": "Contacts à ajouter sur LinkedIn",
    "Cool-down of lost leads": "Délai de carence des prospects perdus",
    "Copy opener": "Copier l'accroche",
    "Country": "Pays",
    "Delimiter": "Séparateur",
    "Direction": "Sens",
    "Dismiss": "Écarter",
    "Do not contact": "Ne pas contacter",
    "Done.": "Terminé.",
    "Dormant": "En sommeil",
    "Dormant after": "En sommeil après",
    "Dormant leads": "Prospects en sommeil",
    "Dormant leads by year of last exchange": "Prospects en sommeil par année du dernier échange",
    "Dormant or active": "En sommeil ou actifs",
    "Email": "E-mail",
    "Email contact": "Contact e-mail",
    "Emails": "E-mails",
    "Endorsement": "Recommandation de compétence",
    "English": "Anglais",
    "Evidence": "Indices",
    "Excel workbook (.xlsx)": "Classeur Excel (.xlsx)",
    "Export": "Exporter",
    "Export to": "Exporter vers",
    "Exported to {0}": "Exporté vers {0}",
    "Exporting to {0}": "Export vers {0}",
    "Export…": "Exporter…",
    "File": "Fichier",
    "Find on LinkedIn": "Chercher sur LinkedIn",
    "Folder": "Dossier",
    "Format": "Format",
    "French": "Français",
    "General": "Général",
    "I wrote / called": "J'ai écrit / appelé",
    "Import LinkedIn export…": "Importer l'export LinkedIn…",
    "Import a folder": "Importer un dossier",
    "Import a folder…": "Importer un dossier…",
    "Import contacts or a mailbox": "Importer des contacts ou une boîte mail",
    "Import contacts or mailbox…": "Importer contacts ou boîte mail…",
    "Import from IMAP…": "Importer depuis IMAP…",
    "Import from an IMAP account": "Importer depuis un compte IMAP",
    "Import your LinkedIn export": "Importer votre export LinkedIn",
    "Import your LinkedIn export…": "Importer votre export LinkedIn…",
    "Import your contacts or mailbox…": "Importer vos contacts ou votre boîte mail…",
    "Importing {0}": "Import de {0}",
    "Importing {0} ({1} of {2})": "Import de {0} ({1} sur {2})",
    "Incoming email": "E-mail reçu",
    "Insights": "Analyses",
    "Invitation": "Invitation",
    "Job change": "Changement de poste",
    "Job history": "Parcours",
    "The dates are those of the LinkedIn exports that showed each position: the first and "
    "the last one (a single date: one export showed it).": (
        "Les dates sont celles des exports LinkedIn où figure chaque poste : le premier et le "
        "dernier (une seule date : un seul export le montrait)."
    ),
    "Language (applies after restart)": "Langue (après redémarrage de la fenêtre)",
    "Last exchange": "Dernier échange",
    "The last exchange of the conversation, before the silence\n"
    "(a message of theirs that ended it is in Why now)": (
        "Le dernier échange de la conversation, avant le silence\n"
        "(un message de leur part qui l'a rompu est dans Pourquoi maintenant)"
    ),
    "LinkRevive pairs your email contacts with your LinkedIn connections and, every morning, "
    "shows the dormant leads that show signs of a new project.": (
        "LinkRevive associe vos contacts e-mail à vos relations LinkedIn et, chaque matin, "
        "vous montre les prospects en sommeil qui donnent des signes d'un nouveau projet."
    ),
    "LinkedIn": "LinkedIn",
    "LinkedIn company": "Société LinkedIn",
    "LinkedIn connection": "Relation LinkedIn",
    "LinkedIn export (*.zip Connections.csv *.csv)": (
        "Export LinkedIn (*.zip Connections.csv *.csv)"
    ),
    "LinkedIn invitation": "Invitation LinkedIn",
    "LinkedIn message": "Message LinkedIn",
    "LinkedIn name": "Nom LinkedIn",
    "List": "Liste",
    "Log an exchange": "Noter un échange",
    "Log an exchange…": "Noter un échange…",
    "Main": "Principale",
    "Manual signal": "Signal manuel",
    "Mark revived": "Relancé",
    "Meeting": "Réunion",
    "Message": "Message",
    "My email addresses": "Mes adresses e-mail",
    "N": "N",
    "Name": "Nom",
    "No LinkedIn connection paired yet.": "Aucune relation LinkedIn associée.",
    "No data yet": "Pas encore de données",
    "Not on LinkedIn": "Pas sur LinkedIn",
    "Not paired with a LinkedIn connection": "Pas associé à une relation LinkedIn",
    "Search LinkedIn for {0}": "Rechercher {0} sur LinkedIn",
    "Note": "Note",
    "Notes": "Notes",
    "Notes (saved as you type)": "Notes (enregistrées au fil de la frappe)",
    "Nothing to review.": "Rien à vérifier.",
    "On LinkedIn": "Sur LinkedIn",
    "Only messages since": "Seulement les messages depuis",
    "Also read the sent folder (your replies)": (
        "Lire aussi le dossier des messages envoyés (vos réponses)"
    ),
    "Only with signals": "Seulement avec signaux",
    "Open LinkedIn profile": "Ouvrir le profil LinkedIn",
    "Open demo": "Ouvrir la démo",
    "Open the demo": "Ouvrir la démo",
    "Opener copied to the clipboard.": "Accroche copiée dans le presse-papiers.",
    "Pair contacts with LinkedIn": "Associer les contacts à LinkedIn",
    "Pairing contacts with LinkedIn": "Association des contacts à LinkedIn",
    "Password": "Mot de passe",
    "Please wait: another task is running.": "Patientez : une autre tâche est en cours.",
    "Port": "Port",
    "Position history": "Historique des postes",
    "Prospects": "Prospects",
    "Quit": "Quitter",
    "Reactivation list": "Liste de relance",
    "Reading {0}": "Lecture de {0}",
    "Reading {0} on {1}": "Lecture de {0} sur {1}",
    "Your addresses": "Vos adresses",
    "An earlier import took these addresses of yours for other people:": (
        "Un import précédent a pris ces adresses, les vôtres, pour d'autres personnes :"
    ),
    "As yours, the mail stored under them goes, and those people are removed "
    "(one who holds your notes, a stage or another address keeps them). Import "
    "your mailbox again: the mail you sent from them then counts as yours.": (
        "Comme elles sont à vous, le courrier enregistré à leur nom est retiré, ainsi que ces "
        "personnes (celle qui porte vos notes, une étape ou une autre adresse les garde). "
        "Importez à nouveau votre boîte mail : le courrier que vous avez envoyé depuis ces "
        "adresses comptera alors comme le vôtre."
    ),
    "They are mine": "Elles sont à moi",
    "This is me…": "C'est moi…",
    "One of your own addresses: your mail, never a lead (asks first)": (
        "Une de vos propres adresses : votre courrier, jamais un prospect (demande d'abord)"
    ),
    "• {0} <{1}>: %n exchange(s)": "• {0} <{1}> : %n échange(s)",
    "one of your own addresses, taken for someone else by an earlier import: "
    "that person is removed, and the mail sent from it counts as yours": (
        "une de vos propres adresses, prise pour quelqu'un d'autre par un import précédent : "
        "cette personne est retirée, et le courrier envoyé depuis cette adresse compte comme "
        "le vôtre"
    ),
    "one of your own addresses, taken off this person, who keeps their other "
    "details; the mail sent from it counts as yours": (
        "une de vos propres adresses, retirée de cette personne, qui garde ses autres "
        "informations ; le courrier envoyé depuis cette adresse compte comme le vôtre"
    ),
    "Reading the sent folder on {0}": "Lecture du dossier des messages envoyés sur {0}",
    "Recommendation": "Recommandation",
    "Reconnected": "Reconnecté",
    "Refresh": "Actualiser",
    "Reject ({key})": "Rejeter ({key})",
    "Removed": "Retiré",
    "Review pairs": "Vérifier les paires",
    "Revisit window per stall reason": "Délai de relance par raison du blocage",
    "Revivals over time": "Relances dans le temps",
    "Revived leads": "Prospects relancés",
    "Score": "Score",
    "Score weights per signal": "Poids des signaux dans le score",
    "Search name, company, email…": "Chercher nom, société, e-mail…",
    "Search name, company, title…": "Chercher nom, société, poste…",
    "nothing to revive today — no dormant lead shows a new sign, and none is due for a revisit": (
        "rien à relancer aujourd'hui — aucun prospect en sommeil ne montre de signe récent, "
        "et aucun n'est à relancer"
    ),
    "New mail, a newer LinkedIn export or a revisit coming due will bring leads here: "
    "import them as they come.": (
        "De nouveaux e-mails, un export LinkedIn plus récent ou une relance arrivée à "
        "échéance amèneront des prospects ici : importez-les au fil de l'eau."
    ),
    "Select a lead to see why now is a good time.": (
        "Choisissez un prospect pour voir pourquoi c'est le bon moment."
    ),
    "Select a person": "Choisissez une personne",
    "Semicolon ; (French Excel)": "Point-virgule ; (Excel français)",
    "Server": "Serveur",
    "Set for selection:": "Pour la sélection :",
    "Settings": "Réglages",
    "Settings…": "Réglages…",
    "Show removed connections": "Afficher les relations retirées",
    "Side by side": "Côte à côte",
    "Signals": "Signaux",
    "Signals per month": "Signaux par mois",
    "Snooze until": "Mettre en veille jusqu'au",
    "Snooze…": "Mettre en veille…",
    "Stage": "Étape",
    "Stall reason": "Raison du blocage",
    "Status": "Statut",
    "Subject": "Objet",
    "Suggested opener": "Accroche suggérée",
    "Tab": "Tabulation",
    "The password is kept in your system's keyring, never in a file.": (
        "Le mot de passe est gardé dans le trousseau du système, jamais dans un fichier."
    ),
    "They wrote / called": "Il/elle a écrit / appelé",
    "Timeline": "Chronologie",
    "Title": "Poste",
    "Title change": "Nouveau titre",
    "To connect on LinkedIn": "À ajouter sur LinkedIn",
    "Today": "Aujourd'hui",
    "Unexpected error: {0}": "Erreur inattendue : {0}",
    "Unknown": "Inconnue",
    "User": "Utilisateur",
    "Visit": "Visite",
    "Welcome to LinkRevive": "Bienvenue dans LinkRevive",
    "What happened (e.g. viewed my profile, posted about a new project)?": (
        "Que s'est-il passé (ex. : a consulté mon profil, a parlé d'un nouveau projet) ?"
    ),
    "When": "Quand",
    "Where conversations stall (stage × stall reason)": (
        "Où les conversations bloquent (étape × raison)"
    ),
    "Why now": "Pourquoi maintenant",
    "With or without LinkedIn": "Avec ou sans LinkedIn",
    "default": "par défaut",
    "leave empty to use the stored password": "vide : mot de passe enregistré",
    "you@company.com, you@gmail.com": "vous@societe.fr, vous@gmail.com",
    # errors (linkrevive.domain.errors.MESSAGES)
    "{file}: no such file or folder.": "{file} : fichier ou dossier introuvable.",
    "{file} is empty.": "{file} est vide.",
    "{file} is an Outlook file ({detail}), which LinkRevive cannot read: import that "
    "mailbox from its server instead (Import from IMAP), or export it as an mbox file "
    "from a mail program that reads it (Thunderbird reads .pst files).": (
        "{file} est un fichier Outlook ({detail}), que LinkRevive ne sait pas lire : importez "
        "plutôt cette boîte depuis son serveur (Importer depuis IMAP), ou exportez-la en "
        "fichier mbox depuis un logiciel de messagerie qui la lit (Thunderbird lit les "
        "fichiers .pst)."
    ),
    "{file} is not a readable Excel 97-2003 workbook ({detail}).": (
        "{file} n'est pas un classeur Excel 97-2003 lisible ({detail})."
    ),
    "{file} holds several mailboxes ({detail}): import them one by one (select them "
    "together in the window).": (
        "{file} contient plusieurs boîtes mail ({detail}) : importez-les une par une "
        "(sélectionnez-les ensemble dans la fenêtre)."
    ),
    "{file} is not a text file (it looks binary).": (
        "{file} n'est pas un fichier texte (il semble binaire)."
    ),
    "{file} is not a LinkedIn export: no Connections.csv, messages.csv or Invitations.csv "
    "with the expected header was found.": (
        "{file} n'est pas un export LinkedIn : aucun Connections.csv, messages.csv ou "
        "Invitations.csv avec l'en-tête attendu n'a été trouvé."
    ),
    "{file} is a folder holding the LinkedIn export as a zip, {detail}: import that zip.": (
        "{file} est un dossier qui contient l'export LinkedIn sous forme de zip, {detail} : "
        "importez ce zip."
    ),
    "{file} holds the LinkedIn export as another zip, {detail}: take it out of {file}, then "
    "import it.": (
        "{file} contient l'export LinkedIn sous forme d'un autre zip, {detail} : sortez-le de "
        "{file}, puis importez-le."
    ),
    "{file} is not a readable zip archive (damaged or truncated): {detail}.": (
        "{file} n'est pas une archive zip lisible (abîmée ou tronquée) : {detail}."
    ),
    "{file}, line {line}: the CSV is malformed ({detail}).": (
        "{file}, ligne {line} : le CSV est mal formé ({detail})."
    ),
    "{file}: the text encoding could not be recognised.": (
        "{file} : l'encodage du texte n'a pas été reconnu."
    ),
    "{file}, line {line}: '{value}' is not a date LinkRevive understands.": (
        "{file}, ligne {line} : « {value} » n'est pas une date que LinkRevive comprend."
    ),
    "{file}: the format was not recognised (expected vCard, an address-book CSV, a lead "
    "sheet CSV/XLSX, an mbox file or a folder of .eml files).": (
        "{file} : format non reconnu (attendu : vCard, CSV de carnet d'adresses, fichier de "
        "prospects CSV/XLSX, fichier mbox ou dossier de fichiers .eml)."
    ),
    "{file} is not a readable XLSX workbook ({detail}).": (
        "{file} n'est pas un classeur XLSX lisible ({detail})."
    ),
    "{file} is not an mbox file (it does not start with a 'From ' line).": (
        "{file} n'est pas un fichier mbox (il ne commence pas par une ligne « From »)."
    ),
    "The database is busy in another window or command; try again.": (
        "La base de données est occupée par une autre fenêtre ou commande ; réessayez."
    ),
    "The database refused the change ({detail}); nothing was saved.": (
        "La base de données a refusé la modification ({detail}) ; rien n’a été enregistré."
    ),
    "no date of its own: it may be older than your last export, so it changed nothing the "
    "database knew and marked nobody removed": (
        "sans date propre : il est peut-être plus ancien que votre dernier export, il n’a donc "
        "rien changé de ce que la base savait ni marqué personne comme retiré"
    ),
    "{file} already holds your people or connections; the demo goes into a database "
    "of its own (--db demo.sqlite3).": (
        "{file} contient déjà vos personnes ou vos relations ; la démo va dans une base "
        "à part (--db demo.sqlite3)."
    ),
    "{file} is not a LinkedIn Connections.csv: no line with 'First Name' and 'Connected On' "
    "(or the old Outlook layout) was found in the first lines.": (
        "{file} n’est pas un fichier Connections.csv de LinkedIn : aucune ligne avec « First "
        "Name » et « Connected On » (ni l’ancienne présentation Outlook) dans les premières "
        "lignes."
    ),
    "{file}, line {line}: the vCard is truncated or malformed ({detail}).": (
        "{file}, ligne {line} : la vCard est tronquée ou mal formée ({detail})."
    ),
    "{file}: the database could not be opened ({detail}).": (
        "{file} : la base de données n’a pas pu être ouverte ({detail})."
    ),
    "No person or LinkedIn profile matches '{value}'.": (
        "Aucune personne ni aucun profil LinkedIn ne correspond à « {value} »."
    ),
    "No pairing between {value} exists.": "Aucune association entre {value} n’existe.",
    "{value} was changed in another window or by a teammate meanwhile; try again.": (
        "{value} a été modifié entre-temps dans une autre fenêtre ou par un coéquipier ; réessayez."
    ),
    "No password is stored in the keyring for {detail}; give it once to store it.": (
        "Aucun mot de passe n’est enregistré dans le trousseau pour {detail} ; saisissez-le "
        "une fois pour l’enregistrer."
    ),
    "No password store (keyring) is available: start a Secret Service such as gnome-keyring, "
    "or configure a keyring backend, then try again.": (
        "Aucun trousseau de mots de passe n'est disponible : démarrez un service comme "
        "gnome-keyring, ou configurez un trousseau, puis réessayez."
    ),
    "IMAP server {detail}.": "Serveur IMAP {detail}.",
    "The IMAP server refused the user name or password for {detail}.": (
        "Le serveur IMAP a refusé l'utilisateur ou le mot de passe pour {detail}."
    ),
    "The import was cancelled; the database is unchanged.": (
        "L'import a été annulé ; la base de données est inchangée."
    ),
    "{file} could not be written ({detail}).": "{file} n'a pas pu être écrit ({detail}).",
    "{file} is refused as an export target: {detail}.": (
        "{file} est refusé comme fichier d'export : {detail}."
    ),
    "{file} was written by a newer LinkRevive (database version {detail}); it needs a newer "
    "LinkRevive to open it.": (
        "{file} a été écrit par une version plus récente de LinkRevive (version de base "
        "{detail}) ; il faut une version plus récente de LinkRevive pour l'ouvrir."
    ),
    "{file} cannot be written ({detail}); LinkRevive needs a database it can write to.": (
        "{file} ne peut pas être modifié ({detail}) ; LinkRevive a besoin d'une base de "
        "données modifiable."
    ),
    "'{value}' is not a database LinkRevive can open ({detail}).": (
        "« {value} » n'est pas une base de données que LinkRevive sait ouvrir ({detail})."
    ),
    # errors: inputs beyond the caps of linkrevive.importers.limits
    "{file} is refused: its content would expand far beyond a real export ({detail}).": (
        "{file} est refusé : son contenu décompressé dépasserait de loin un vrai export ({detail})."
    ),
    "{file} is refused: it is larger than {detail} MB, far beyond a real file of its kind.": (
        "{file} est refusé : il dépasse {detail} Mo, bien au-delà d'un vrai fichier de ce type."
    ),
    "{file}, line {line}: a line is longer than {detail} million characters; the file is "
    "refused.": (
        "{file}, ligne {line} : une ligne dépasse {detail} million(s) de caractères ; le "
        "fichier est refusé."
    ),
    "{file}, line {line}: a cell is longer than {detail} million characters; the file is "
    "refused.": (
        "{file}, ligne {line} : une cellule dépasse {detail} million(s) de caractères ; le "
        "fichier est refusé."
    ),
    "{file} is refused: it has more than {detail} rows.": (
        "{file} est refusé : il a plus de {detail} lignes."
    ),
    "{file} is not a regular file (a pipe, a device or a socket); give a file or a folder.": (
        "{file} n'est pas un fichier ordinaire (un tube, un périphérique ou un socket) ; "
        "donnez un fichier ou un dossier."
    ),
    "{file} could not be read ({detail}).": "{file} n'a pas pu être lu ({detail}).",
    # -- lead actions and undo --
    "Do not contact…": "Ne pas contacter…",
    "Make active again": "Réactiver",
    "Undo": "Annuler",
    "Redo": "Rétablir",
    "Undo ({0})": "Annuler ({0})",
    "Undone: {0}.": "Annulé : {0}.",
    "&Edit": "&Édition",
    "&Lead": "&Prospect",
    "snooze of {0}": "la mise en veille de {0}",
    "dismissal of {0}": "l'écartement de {0}",
    "revival of {0}": "la relance de {0}",
    "do-not-contact of {0}": "le « ne pas contacter » de {0}",
    "restore of {0}": "la réactivation de {0}",
    "{0} snoozed until {1}.": "{0} : en veille jusqu'au {1}.",
    "{0} dismissed: never proposed again.": "{0} : écarté, plus jamais proposé.",
    "{0} marked revived.": "{0} : marqué relancé.",
    "{0} is an active lead again.": "{0} : de nouveau un prospect actif.",
    "{0} will not be contacted: left out of the list and the exports.": (
        "{0} ne sera plus contacté : retiré de la liste et des exports."
    ),
    "{0} changed since; nothing was undone.": "{0} a changé depuis ; rien n'a été annulé.",
    "{0} changed meanwhile; nothing was done.": "{0} a changé entre-temps ; rien n'a été fait.",
    "Never contact {0} again?": "Ne plus jamais contacter {0} ?",
    "{0} will never be proposed again and is left out of every export. Use this when the "
    "person asked not to be contacted. You can undo it here (Edit ▸ Undo) or restore the "
    "lead later from the detail pane.": (
        "{0} ne sera plus jamais proposé et sera exclu de tous les exports. À utiliser quand "
        "la personne a demandé à ne pas être contactée. Vous pouvez l'annuler ici "
        "(Édition ▸ Annuler) ou rétablir le prospect plus tard depuis le panneau de détail."
    ),
    "Snoozed": "En veille",
    "Snoozed until {0}": "En veille jusqu'au {0}",
    "Wake now": "Réveiller maintenant",
    "Dismissed": "Écarté",
    "Restore": "Rétablir",
    "Marked revived": "Marqué relancé",
    "Marked revived on {0}": "Marqué relancé le {0}",
    "Make this lead active again (undoable)": "Rendre ce prospect de nouveau actif (annulable)",
    "Revived": "Relancé",
    "Revived on {0}": "Relancé le {0}",
    "Lead state": "État du prospect",
    "Any lead state": "Tout état de prospect",
    # -- imports and demo --
    "%n new connection(s)": "%n nouvelle(s) connexion(s)",
    "%n connection(s) changed (job, title or details)": (
        "%n connexion(s) modifiée(s) (poste, titre ou coordonnées)"
    ),
    "%n connection(s) unchanged": "%n connexion(s) inchangée(s)",
    "%n connection(s) removed from your network": "%n connexion(s) retirée(s) de votre réseau",
    "%n row(s) added to the history only": "%n ligne(s) ajoutée(s) à l'historique seulement",
    "%n connection(s) missing from this export, kept": (
        "%n connexion(s) absente(s) de cet export, conservée(s)"
    ),
    "%n connection(s) shown differently in this export, left as they were": (
        "%n connexion(s) présentée(s) autrement dans cet export, laissée(s) telle(s) quelle(s)"
    ),
    "partial export: too many of your connections are missing from it": (
        "export partiel : trop de vos relations en sont absentes"
    ),
    "%n connection(s) found under a new profile address, followed": (
        "%n connexion(s) retrouvée(s) sous une nouvelle adresse de profil, suivie(s)"
    ),
    "%n profile(s) known only from messages or invitations": (
        "%n profil(s) connu(s) seulement par des messages ou des invitations"
    ),
    "%n exchange(s) recorded (messages, endorsements, recommendations)": (
        "%n échange(s) enregistré(s) (messages, compétences validées, recommandations)"
    ),
    "%n row(s) skipped": "%n ligne(s) ignorée(s)",
    "%n sender(s) set aside as automated": "%n expéditeur(s) mis de côté comme automatique(s)",
    "%n sender(s) taken back as persons": "%n expéditeur(s) repris comme personne(s)",
    "Saving who writes automated mail": "Enregistrement des expéditeurs automatiques",
    "%n row(s) rejected": "%n ligne(s) refusée(s)",
    "Signals found: %n": "Signaux trouvés : %n",
    "%n message(s) fetched from the server": "%n message(s) téléchargé(s) depuis le serveur",
    "%n message(s) read": "%n message(s) lu(s)",
    "%n email exchange(s) recorded": "%n échange(s) d'e-mails enregistré(s)",
    "%n contact(s) added": "%n contact(s) ajouté(s)",
    "%n automated message(s) set aside (newsletters, notifications, out-of-office replies…)": (
        "%n message(s) automatique(s) mis de côté (lettres d'information, notifications, "
        "réponses d'absence…)"
    ),
    "%n automated sender(s) recognised": "%n expéditeur(s) automatique(s) reconnu(s)",
    "%n message(s) filed as spam set aside": "%n message(s) classé(s) en spam mis de côté",
    "%n message(s) without a date skipped": "%n message(s) sans date ignoré(s)",
    "%n contact(s) completed or updated": "%n contact(s) complété(s) ou mis à jour",
    "%n contact(s) already known, unchanged": "%n contact(s) déjà connu(s), inchangé(s)",
    "%n last-contact date(s) recorded": "%n date(s) de dernier contact enregistrée(s)",
    "Shared addresses (contact@, info@…) set apart: %n": (
        "Adresses partagées (contact@, info@…) mises à part : %n"
    ),
    "%n warning(s): the rows were imported": "%n avertissement(s) : les lignes ont été importées",
    "Nothing new.": "Rien de nouveau.",
    "no name and no email address: row skipped": "ni nom ni adresse e-mail : ligne ignorée",
    "a given name alone, without email address, last name or company: row skipped "
    "(a total or a note?)": "un prénom seul, sans adresse e-mail, nom ni société : ligne "
    "ignorée (un total ou une note ?)",
    "not a LinkedIn profile URL: row rejected": "pas une URL de profil LinkedIn : ligne refusée",
    "no name: row rejected": "pas de nom : ligne refusée",
    "date not understood": "date non comprise",
    "no profile URL: skipped": "pas d'URL de profil : ignorée",
    "none of your connections: left out": "aucune de vos relations : ignorée",
    "several of your connections bear this name: left out": (
        "plusieurs de vos relations portent ce nom : ignorée"
    ),
    "invitation direction not understood: rejected": "sens de l'invitation non compris : refusée",
    "message direction not understood: rejected": "sens du message non compris : refusé",
    "the file is empty": "le fichier est vide",
    "empty vCard: skipped": "vCard vide : ignorée",
    "vCard cut short: skipped": "vCard tronquée : ignorée",
    "not an email address: left out, the row was imported": (
        "pas une adresse e-mail : écartée, la ligne a été importée"
    ),
    "message without a date: skipped": "message sans date : ignoré",
    "no sent folder found on the server: your replies were not read (name the folder that "
    "holds them in Folder and import again)": (
        "aucun dossier des messages envoyés sur le serveur : vos réponses n’ont pas été lues "
        "(indiquez le dossier qui les contient dans Dossier et importez à nouveau)"
    ),
    "unknown stage, left empty (valid: {0})": (
        "étape inconnue, laissée vide (valeurs valides : {0})"
    ),
    "unknown stall reason, left empty (valid: {0})": (
        "raison du blocage inconnue, laissée vide (valeurs valides : {0})"
    ),
    # No-break spaces: a line never starts with the closing guillemet.
    "{0} — “{1}”": "{0} — «\u00a0{1}\u00a0»",
    "{0}, line {1}: {2}": "{0}, ligne {1} : {2}",
    "{0}: {1}": "{0} : {1}",
    "Members who hide their profile, skipped (LinkedIn gives no name): %n": (
        "Membres au profil masqué, ignorés (LinkedIn ne donne pas leur nom) : %n"
    ),
    "{0} — not imported": "{0} — non importé",
    "LinkedIn export of {0}": "Export LinkedIn du {0}",
    "LinkedIn export": "Export LinkedIn",
    "Mailbox": "Boîte mail",
    "Lead sheet": "Tableau de suivi des prospects",
    "Address book": "Carnet d'adresses",
    "%n file(s) imported": "%n fichier(s) importé(s)",
    "%n file(s) not imported": "%n fichier(s) non importé(s)",
    "Problems found:": "Problèmes trouvés :",
    "Import results": "Résultats de l'import",
    "What the import added, changed and skipped, file by file.": (
        "Ce que l'import a ajouté, modifié et ignoré, fichier par fichier."
    ),
    "Copy": "Copier",
    "Copy the whole report as text": "Copier tout le rapport en texte",
    "Import your LinkedIn exports": "Importer vos exports LinkedIn",
    "LinkedIn export (*.zip Connections.csv *.csv);;All files (*)": (
        "Export LinkedIn (*.zip Connections.csv *.csv);;Tous les fichiers (*)"
    ),
    "Contacts and mail (*.vcf *.csv *.xlsx *.xls *.mbox *.eml *.zip);;All files (*)": (
        "Contacts et e-mails (*.vcf *.csv *.xlsx *.xls *.mbox *.eml *.zip);;Tous les fichiers (*)"
    ),
    "Importing %n file(s)": "Import de %n fichier(s)",
    "The demo is ready: it opens in its own window.": (
        "La démo est prête : elle s'ouvre dans sa propre fenêtre."
    ),
    "No import yet on this database.": "Aucun import encore dans cette base de données.",
    "Last import results…": "Derniers résultats d'import…",
    "This is the demo: sample data. File ▸ Open your database to go back.": (
        "Ceci est la démo : des données d'exemple. Fichier ▸ Ouvrir votre base de données "
        "pour revenir."
    ),
    "Open your database": "Ouvrir votre base de données",
    "Demo": "Démo",
    "Sample data in a database of its own, in its own window: yours is untouched.": (
        "Des données d'exemple dans leur propre base, dans leur propre fenêtre : la vôtre "
        "n'est pas touchée."
    ),
    "You can also drop files here, several at once: .zip, .csv, .vcf, .xlsx, .xls, .mbox or "
    ".eml.": (
        "Vous pouvez aussi déposer des fichiers ici, plusieurs à la fois : .zip, .csv, .vcf, "
        ".xlsx, .xls, .mbox ou .eml."
    ),
    # -- Today layout and selection --
    "%n new in your network ›": "Réseau : %n nouveauté(s) ›",
    "Hide new in your network": "Masquer les nouveautés du réseau",
    "%n contact(s) to connect with on LinkedIn ›": "%n contact(s) à ajouter sur LinkedIn ›",
    "Close": "Fermer",
    "Email contacts with no LinkedIn connection yet (double-click: find).": (
        "Contacts e-mail pas encore en relation sur LinkedIn (double-clic : chercher)."
    ),
    "Connected on {0}": "En relation depuis le {0}",
    "Not paired with any of your contacts yet.": "Pas encore associé à l’un de vos contacts.",
    "The contacts to connect with could not be read.": (
        "Les contacts à ajouter sur LinkedIn n’ont pas pu être lus."
    ),
    # -- language, keyboard and empty states --
    "{0}: {1} · {2}": "{0} : {1} · {2}",
    "All pairs reviewed. New suggestions appear after each import.": (
        "Toutes les paires sont vérifiées. De nouvelles suggestions apparaissent après "
        "chaque import."
    ),
    "Keyboard shortcuts": "Raccourcis clavier",
    "Next view": "Vue suivante",
    "Previous view": "Vue précédente",
    "Search": "Rechercher",
    "&Help": "&Aide",
    "Action": "Action",
    "Shortcut": "Raccourci",
    "Confirm a pair": "Confirmer une paire",
    "Reject a pair": "Rejeter une paire",
    "No dormant lead: every lead had an exchange within the dormancy period.": (
        "Aucun prospect en sommeil : chacun a eu un échange pendant la période de sommeil."
    ),
    "No LinkedIn signal in the last 12 months. Signals come with each LinkedIn import "
    "(messages, invitations, endorsements).": (
        "Aucun signal LinkedIn ces 12 derniers mois. Les signaux arrivent avec chaque "
        "import LinkedIn (messages, invitations, recommandations)."
    ),
    "No lead revived in the last 12 months. Mark a lead revived in Today when the "
    "conversation starts again: it shows here.": (
        "Aucun prospect relancé ces 12 derniers mois. Marquez un prospect comme relancé "
        "dans Aujourd'hui quand la conversation reprend : il apparaît ici."
    ),
    "No lead has a stage yet. Set the stage and stall reason of your leads in Prospects "
    "or in the detail pane.": (
        "Aucun prospect n'a encore d'étape. Indiquez l'étape et la raison du blocage de "
        "vos prospects dans Prospects ou dans le panneau de détail."
    ),
    "No prospects yet. Import your contacts, a mailbox or your LinkedIn export (File menu).": (
        "Aucun prospect pour l'instant. Importez vos contacts, une boîte mail ou votre "
        "export LinkedIn (menu Fichier)."
    ),
    "No one matches this search and these filters. Clear the search or set a filter back "
    "to “Any”.": (
        "Personne ne correspond à cette recherche et à ces filtres. Videz la recherche ou"
        " remettez un filtre sur « Tous »."
    ),
    "No LinkedIn connections yet. Import your LinkedIn export (File ▸ Import LinkedIn "
    "export…); LinkedIn sends it a few minutes after you ask for it.": (
        "Aucune relation LinkedIn pour l'instant. Importez votre export LinkedIn (Fichier"
        " ▸ Importer l'export LinkedIn…) ; LinkedIn l'envoie quelques minutes après la "
        "demande."
    ),
    "No connection matches this search.": "Aucune relation ne correspond à cette recherche.",
    "%n month(s)": "%n mois",
    # -- morning loop (what came of each revival) --
    "Overview": "Vue d'ensemble",
    "What works": "Ce qui marche",
    "Group the funnel by": "Regrouper l'entonnoir par",
    "Group by:": "Regrouper par :",
    "Export CSV…": "Exporter en CSV…",
    "Export the revival funnel": "Exporter l'entonnoir des relances",
    "CSV (*.csv)": "CSV (*.csv)",
    "Revival funnel by %1": "Entonnoir des relances par %1",
    "Nothing proposed yet. Each lead Today shows you is counted here, then whether you wrote "
    "to them, they answered, and the stage moved forward.": (
        "Rien de proposé pour l'instant. Chaque prospect qu'Aujourd'hui vous montre est compté"
        " ici, puis si vous lui avez écrit, s'il a répondu et si l'étape a avancé."
    ),
    "median %n day(s) from sign to answer": "médiane de %n jour(s) du signe à la réponse",
    "Grouped by": "Regroupé par",
    "Group": "Groupe",
    "Median days from sign to answer": "Jours médians du signe à la réponse",
    "Proposed": "Proposés",
    "Acted on": "Relancés",
    "Answered": "Réponses",
    "Advanced": "Avancés",
    "Client": "Clients",
    "All proposals": "Toutes les propositions",
    "Sign": "Signe",
    "Year of the conversation": "Année de la conversation",
    "New title": "Nouveau titre",
    "Re-connection": "Reconnexion",
    "Noted by you": "Noté par vous",
    "Revisit due": "Relance due",
    "Answer rate": "Taux de réponse",
    "{0}%": "{0} %",
    "Answered out of acted on": "Réponses sur prospects relancés",
    "Days to answer": "Jours avant réponse",
    "Median days from the sign to the answer": "Nombre médian de jours du signe à la réponse",
    "Adjust them by my results (what led to answers)": (
        "Les ajuster selon mes résultats (ce qui a mené à des réponses)"
    ),
    "Today raises the weight of the signals that led to answers for you and lowers the "
    "others, a little at a time and within bounds. Untick to use the weights above as they "
    "are.": (
        "Aujourd'hui augmente le poids des signaux qui ont mené à des réponses pour vous et"
        " baisse celui des autres, peu à peu et dans des limites. Décochez pour utiliser les"
        " poids ci-dessus tels quels."
    ),
    # -- morning loop (new since last time, nudge) --
    "New since your last look at Today": "Nouveau depuis votre dernière visite d'Aujourd'hui",
    "new since your last look": "nouveau depuis votre dernière visite",
    "%n lead(s) to revive": "%n prospect(s) à relancer",
    "and %n more": "et %n autre(s)",
    "{0} wrote again": "{0} a réécrit",
    "{0} wrote on LinkedIn": "{0} a écrit sur LinkedIn",
    "{0} invited you on LinkedIn": "{0} vous a invité(e) sur LinkedIn",
    "{0} changed jobs": "{0} a changé de poste",
    "{0} has a new title": "{0} a un nouveau titre",
    "{0} connected again": "{0} s'est reconnecté(e)",
    "{0}: a sign you noted": "{0} : un signe que vous avez noté",
    "{0} is back from snooze": "{0} revient de mise en veille",
    "{0} is due for a new try": "{0} est à relancer",
    "{0} is new": "{0} est nouveau",
    "Open Today": "Ouvrir Aujourd'hui",
    "Quit LinkRevive": "Quitter LinkRevive",
    "Start LinkRevive at login": "Lancer LinkRevive à l'ouverture de session",
    "Opens minimised in the system tray when you log in, and shows one notification in the "
    "morning when there are new leads to revive.": (
        "S'ouvre réduit dans la zone de notification à l'ouverture de session et affiche une"
        " notification le matin quand il y a de nouveaux prospects à relancer."
    ),
    "On this system, see the README to start LinkRevive at login.": (
        "Sur ce système, voyez le README pour lancer LinkRevive à l'ouverture de session."
    ),
    "Leads to revive this morning": "Prospects à relancer ce matin",
    "Could not change the login entry: {0}": (
        "Impossible de modifier le lancement à l'ouverture de session : {0}"
    ),
    # -- one LinkedIn network per consultant --
    "{0} (since {1})": "{0} (depuis {1})",
    "Also connected: {0}": "Aussi en relation : {0}",
    "Ask {0} to introduce you": "Demandez à {0} de vous présenter",
    "a teammate": "un collègue",
    "Your name in a shared database": "Votre nom dans une base partagée",
    "e.g. Ioana (empty: the database is yours alone)": (
        "p. ex. Ioana (vide : la base n'est qu'à vous)"
    ),
    "In a database shared by a team, your LinkedIn imports are your own network and each "
    "person shows which teammates are also connected.": (
        "Dans une base partagée par une équipe, vos imports LinkedIn sont votre propre réseau"
        " et chaque personne indique quels collègues sont aussi en relation avec elle."
    ),
}


def fill(path: Path) -> list[str]:
    """Write the French translations into the .ts file; return the sources left untranslated."""
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        numerus = message.get("numerus") == "yes"
        french = FR.get(source)
        forms = FR_FORMS.get(source) if numerus else None
        if forms is None and french is not None and numerus:
            forms = plural_forms(french)
        if french is None and forms is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if forms is not None:
            _set_forms(translation, forms)
        else:
            translation.text = french
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def plural_forms(text: str) -> tuple[str, str]:
    """Singular and plural of a text writing its plurals "(s)" (and "(e)" for gender)."""
    singular = text.replace("(s)", "").replace("(e)", "")
    plural = text.replace("(s)", "s").replace("(e)", "e")
    return singular, plural


def _set_forms(translation: ET.Element, forms: tuple[str, str]) -> None:
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    for form in forms:
        ET.SubElement(translation, "numerusform").text = form


def fill_english(path: Path) -> None:
    """Keep only the plural messages in the English .ts, with their two English forms."""
    tree = ET.parse(path)
    root = tree.getroot()
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            translation = message.find("translation")
            if message.get("numerus") != "yes" or translation is None:
                context.remove(message)
                continue
            source = message.findtext("source") or ""
            translation.attrib.pop("type", None)
            _set_forms(translation, EN_FORMS.get(source) or plural_forms(source))
        if context.find("message") is None:
            root.remove(context)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def write_qt_supplement(path: Path) -> None:
    """The .ts of :data:`QT_FR` (Qt's own strings missing from the shipped qtbase_fr)."""
    root = ET.Element("TS", version="2.1", language="fr_FR")
    contexts: dict[str, ET.Element] = {}
    for (context_name, source), french in sorted(QT_FR.items()):
        context = contexts.get(context_name)
        if context is None:
            context = contexts[context_name] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = french
    ET.indent(root)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def tool(name: str) -> str:
    """A PySide6 tool next to the running interpreter, else on PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def main() -> int:
    """Update, fill and compile (or only check)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    sources = sorted(str(p) for p in (REPO / "linkrevive" / "gui").glob("*.py"))
    if not args.check:
        subprocess.run(
            [tool("pyside6-lupdate"), *sources, "-ts", str(TS), str(TS_EN), "-no-obsolete"],
            check=True,
        )
    missing = fill(TS) if not args.check else _untranslated(TS)
    if not args.check:
        fill_english(TS_EN)
        write_qt_supplement(TS_QT)
        # Compiled even with gaps (those strings stay English); the gaps still fail the run.
        for ts in (TS, TS_EN, TS_QT):
            subprocess.run(
                [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
            )
    if missing:
        print("missing French translations:", *missing, sep="\n  ", file=sys.stderr)
        return 1
    return 0


def _untranslated(path: Path) -> list[str]:
    tree = ET.parse(path)
    return [
        m.findtext("source") or ""
        for m in tree.getroot().iter("message")
        if (t := m.find("translation")) is not None and t.get("type") == "unfinished"
    ]


if __name__ == "__main__":
    sys.exit(main())
