<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name />
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="174" />
        <source>Unexpected error: {0}</source>
        <translation>Erreur inattendue : {0}</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../linkrevive/gui/chart_widget.py" line="121" />
        <location filename="../../linkrevive/gui/chart_widget.py" line="300" />
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
</context>
<context>
    <name>ConnectionsTableModel</name>
    <message>
        <location filename="../../linkrevive/gui/connections_table_model.py" line="22" />
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/connections_table_model.py" line="23" />
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/connections_table_model.py" line="24" />
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/connections_table_model.py" line="25" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/connections_table_model.py" line="37" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/connections_table_model.py" line="41" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/connections_table_model.py" line="45" />
        <source>Title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/connections_table_model.py" line="49" />
        <source>Connected on</source>
        <translation>Connecté le</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/connections_table_model.py" line="54" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/connections_table_model.py" line="58" />
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="113" />
        <source>Open LinkedIn profile</source>
        <translation>Ouvrir le profil LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="117" />
        <location filename="../../linkrevive/gui/detail_pane.py" line="121" />
        <source>(unknown)</source>
        <translation>(inconnue)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="134" />
        <source>Notes (saved as you type)</source>
        <translation>Notes (enregistrées au fil de la frappe)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="142" />
        <source>Log an exchange…</source>
        <translation>Noter un échange…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="144" />
        <source>Add a signal…</source>
        <translation>Ajouter un signal…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="154" />
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="155" />
        <source>Stall reason</source>
        <translation>Raison du blocage</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="157" />
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="163" />
        <source>Position history</source>
        <translation>Historique des postes</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="165" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="185" />
        <source>Select a person</source>
        <translation>Choisissez une personne</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="215" />
        <source>Not paired with a LinkedIn connection</source>
        <translation>Pas associé à une relation LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="243" />
        <source>No LinkedIn connection paired yet.</source>
        <translation>Aucune relation LinkedIn associée.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="254" />
        <source>Connected on {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="264" />
        <source>Not paired with any of your contacts yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="280" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="281" />
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="282" />
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="283" />
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="284" />
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="285" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="286" />
        <source>Endorsement</source>
        <translation>Recommandation de compétence</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="287" />
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="350" />
        <source>Add a signal</source>
        <translation>Ajouter un signal</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="351" />
        <source>What happened (e.g. viewed my profile, posted about a new project)?</source>
        <translation>Que s'est-il passé (ex. : a consulté mon profil, a parlé d'un nouveau projet) ?</translation>
    </message>
</context>
<context>
    <name>DoNotContactDialog</name>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="100" />
        <location filename="../../linkrevive/gui/lead_actions.py" line="110" />
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="101" />
        <source>Never contact {0} again?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="104" />
        <source>{0} will never be proposed again and is left out of every export. Use this when the person asked not to be contacted. You can undo it here (Edit ▸ Undo) or restore the lead later from the detail pane.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../linkrevive/gui/export_dialog.py" line="58" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/export_dialog.py" line="60" />
        <source>Reactivation list</source>
        <translation>Liste de relance</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/export_dialog.py" line="61" />
        <source>Contacts to connect on LinkedIn</source>
        <translation>Contacts à ajouter sur LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/export_dialog.py" line="63" />
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/export_dialog.py" line="64" />
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/export_dialog.py" line="66" />
        <source>Semicolon ; (French Excel)</source>
        <translation>Point-virgule ; (Excel français)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/export_dialog.py" line="67" />
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/export_dialog.py" line="68" />
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/export_dialog.py" line="76" />
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/export_dialog.py" line="82" />
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/export_dialog.py" line="83" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/export_dialog.py" line="84" />
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/export_dialog.py" line="85" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/export_dialog.py" line="113" />
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
</context>
<context>
    <name>ImapDialog</name>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="63" />
        <source>Import from an IMAP account</source>
        <extracomment>``(user, host) -&gt; bool``: is a password already in the keyring for this account?</extracomment>
        <translation>Importer depuis un compte IMAP</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="67" />
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="71" />
        <source>Only messages since</source>
        <translation>Seulement les messages depuis</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="77" />
        <source>leave empty to use the stored password</source>
        <translation>vide : mot de passe enregistré</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="79" />
        <source>The password is kept in your system's keyring, never in a file.</source>
        <translation>Le mot de passe est gardé dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="82" />
        <source>needed each time (not remembered)</source>
        <translation>à saisir à chaque fois (non mémorisé)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="85" />
        <source>No password store (keyring) is available on this computer: the password is used for this import only and will not be remembered.</source>
        <translation>Aucun trousseau n'est disponible sur cet ordinateur : le mot de passe sert à cet import seulement et ne sera pas mémorisé.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="96" />
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="97" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="98" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="99" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="100" />
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="147" />
        <source>No password is stored for {0} yet: type it once.</source>
        <translation>Aucun mot de passe enregistré pour {0} : saisissez-le une fois.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="150" />
        <source>Type the password of {0}: without a keyring it is not remembered.</source>
        <translation>Saisissez le mot de passe de {0} : sans trousseau, il n'est pas mémorisé.</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="126" />
        <source>Dormant leads by year of last exchange</source>
        <translation>Prospects en sommeil par année du dernier échange</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="128" />
        <source>Dormant leads</source>
        <translation>Prospects en sommeil</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="132" />
        <source>Signals per month</source>
        <translation>Signaux par mois</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="134" />
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="138" />
        <source>Revivals over time</source>
        <translation>Relances dans le temps</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="140" />
        <source>Revived leads</source>
        <translation>Prospects relancés</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="150" />
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="156" />
        <source>Where conversations stall (stage × stall reason)</source>
        <translation>Où les conversations bloquent (étape × raison)</translation>
    </message>
</context>
<context>
    <name>LeadActions</name>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="188" />
        <source>Snooze…</source>
        <translation>Mettre en veille…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="189" />
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="191" />
        <source>Mark revived</source>
        <translation>Relancé</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="194" />
        <source>Do not contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="197" />
        <source>Make active again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="199" />
        <source>Copy opener</source>
        <translation>Copier l'accroche</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="200" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="202" />
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="267" />
        <source>dismissal of {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="268" />
        <source>{0} dismissed: never proposed again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="272" />
        <source>revival of {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="273" />
        <source>{0} marked revived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="277" />
        <source>restore of {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="278" />
        <source>{0} is an active lead again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="292" />
        <source>snooze of {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="293" />
        <source>{0} snoozed until {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="311" />
        <source>do-not-contact of {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="312" />
        <source>{0} will not be contacted: left out of the list and the exports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="335" />
        <source>{0} changed since; nothing was undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="339" />
        <source>{0} changed meanwhile; nothing was done.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LinkRevive</name>
    <message>
        <location filename="../../linkrevive/gui/main.py" line="67" />
        <source>LinkRevive — {0}</source>
        <translation>LinkRevive — {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main.py" line="70" />
        <source>LinkRevive — as of {0}</source>
        <translation>LinkRevive — au {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main.py" line="71" />
        <source>LinkRevive — {0} — as of {1}</source>
        <translation>LinkRevive — {0} — au {1}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="156" />
        <source>{0}: {1} · {2}</source>
        <translation>{0} : {1} · {2}</translation>
    </message>
</context>
<context>
    <name>LinkedInView</name>
    <message>
        <location filename="../../linkrevive/gui/linkedin_view.py" line="78" />
        <source>Search name, company, title…</source>
        <extracomment>The window's selected person (None: this view alone). Profile id -&gt; its paired person's id, and back (pairs the user or the matcher made). Profile id -&gt; its row in the model.</extracomment>
        <translation>Chercher nom, société, poste…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/linkedin_view.py" line="85" />
        <source>Show removed connections</source>
        <translation>Afficher les relations retirées</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/linkedin_view.py" line="88" />
        <source>Only with signals</source>
        <translation>Seulement avec signaux</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/linkedin_view.py" line="98" />
        <source>Job history</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/linkedin_view.py" line="101" />
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/linkedin_view.py" line="143" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/linkedin_view.py" line="180" />
        <source>%n connection(s)</source>
        <translation><numerusform>%n connexion</numerusform><numerusform>%n connexions</numerusform></translation>
    </message>
</context>
<context>
    <name>LoadingOverlay</name>
    <message>
        <location filename="../../linkrevive/gui/view_loader.py" line="77" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>LogExchangeDialog</name>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="49" />
        <source>Log an exchange</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="54" />
        <source>I wrote / called</source>
        <translation>J'ai écrit / appelé</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="55" />
        <source>They wrote / called</source>
        <translation>Il/elle a écrit / appelé</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="58" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="59" />
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="60" />
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="61" />
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="62" />
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="66" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="67" />
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="68" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="69" />
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="104" />
        <source>Today</source>
        <extracomment>File types accepted by drag and drop and the import dialogs. The last question about a partial LinkedIn export (kept for tests). The selected person, one for every view; the detail pane follows it.</extracomment>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="105" />
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="106" />
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="107" />
        <source>Review pairs</source>
        <translation>Vérifier les paires</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="108" />
        <source>Insights</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="160" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="177" />
        <source>Import LinkedIn export…</source>
        <translation>Importer l'export LinkedIn…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="182" />
        <source>Import contacts or mailbox…</source>
        <translation>Importer contacts ou boîte mail…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="185" />
        <source>Import a folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="188" />
        <source>Import from IMAP…</source>
        <translation>Importer depuis IMAP…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="190" />
        <source>Open demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="191" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="192" />
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="193" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="195" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="197" />
        <source>Pair contacts with LinkedIn</source>
        <translation>Associer les contacts à LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="198" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="213" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="216" />
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="301" />
        <source>Import your LinkedIn export</source>
        <translation>Importer votre export LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="303" />
        <source>LinkedIn export (*.zip Connections.csv *.csv)</source>
        <translation>Export LinkedIn (*.zip Connections.csv *.csv)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="311" />
        <source>Import contacts or a mailbox</source>
        <translation>Importer des contacts ou une boîte mail</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="313" />
        <source>Contacts and mail (*.vcf *.csv *.xlsx *.mbox);;All files (*)</source>
        <translation>Contacts et e-mails (*.vcf *.csv *.xlsx *.mbox);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="319" />
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="352" />
        <source>Importing {0}</source>
        <translation>Import de {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="380" />
        <source>Reading {0}</source>
        <translation>Lecture de {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="385" />
        <source>Building the demo</source>
        <translation>Création de la démo</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="391" />
        <source>Pairing contacts with LinkedIn</source>
        <translation>Association des contacts à LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="409" />
        <source>Exporting to {0}</source>
        <translation>Export vers {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="442" />
        <source>Please wait: another task is running.</source>
        <translation>Patientez : une autre tâche est en cours.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="482" />
        <source>Cancel came too late for what is listed here: it is saved. Nothing after it was done.</source>
        <translation>Annulation trop tardive pour ce qui est listé ici : c'est enregistré. Rien d'autre n'a été fait.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/main_window.py" line="506" />
        <source>%n of your connections are missing from this LinkedIn export, so it was imported as partial: nobody was marked removed. Did you remove them from your network? Yes marks them removed.</source>
        <translation><numerusform>%n de vos relations manquent dans cet export LinkedIn : il a été importé comme partiel et personne n'a été marqué comme retiré. Les avez-vous retirées de votre réseau ? Oui les marque comme retirées.</numerusform><numerusform>%n de vos relations manquent dans cet export LinkedIn : il a été importé comme partiel et personne n'a été marqué comme retiré. Les avez-vous retirées de votre réseau ? Oui les marque comme retirées.</numerusform></translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="533" />
        <source>Cancelled: the database is unchanged.</source>
        <translation>Annulé : la base de données est inchangée.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="543" />
        <source>Exported to {0}</source>
        <translation>Exporté vers {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="545" />
        <location filename="../../linkrevive/gui/main_window.py" line="560" />
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="554" />
        <source>older than the export of {0}: history only</source>
        <translation>plus ancien que l'export du {0} : historique seulement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/main_window.py" line="558" />
        <source>%n signal(s)</source>
        <translation><numerusform>%n signal</numerusform><numerusform>%n signaux</numerusform></translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="409" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PairsTableModel</name>
    <message>
        <location filename="../../linkrevive/gui/pairs_table_model.py" line="21" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_table_model.py" line="25" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_table_model.py" line="29" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_table_model.py" line="33" />
        <source>LinkedIn name</source>
        <translation>Nom LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_table_model.py" line="37" />
        <source>LinkedIn company</source>
        <translation>Société LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_table_model.py" line="41" />
        <source>Title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_table_model.py" line="45" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>PairsView</name>
    <message>
        <location filename="../../linkrevive/gui/pairs_view.py" line="69" />
        <source>Y</source>
        <comment>key that confirms a pair (yes)</comment>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_view.py" line="70" />
        <source>N</source>
        <comment>key that rejects a pair (no)</comment>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_view.py" line="71" />
        <source>Confirm ({key})</source>
        <translation>Confirmer ({key})</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_view.py" line="73" />
        <source>Reject ({key})</source>
        <translation>Rejeter ({key})</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_view.py" line="79" />
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_view.py" line="81" />
        <source>Email contact</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_view.py" line="82" />
        <source>LinkedIn connection</source>
        <translation>Relation LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_view.py" line="85" />
        <source>Evidence</source>
        <translation>Indices</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_view.py" line="96" />
        <source>All pairs reviewed. New suggestions appear after each import.</source>
        <translation>Toutes les paires sont vérifiées. De nouvelles suggestions apparaissent après chaque import.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_view.py" line="117" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/pairs_view.py" line="138" />
        <source>%n pair(s) left to review</source>
        <translation><numerusform>%n paire à vérifier</numerusform><numerusform>%n paires à vérifier</numerusform></translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_view.py" line="158" />
        <source>Nothing to review.</source>
        <translation>Rien à vérifier.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="47" />
        <source>Automated sender</source>
        <translation>Expéditeur automatique</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="49" />
        <source>Shared box</source>
        <translation>Boîte partagée</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="58" />
        <source>A robot's address (no-reply, notifications…)</source>
        <translation>Adresse d'un robot (no-reply, notifications…)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="61" />
        <source>Delivery failure reports</source>
        <translation>Avis de non-remise</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="64" />
        <source>Calendar invitations</source>
        <translation>Invitations d'agenda</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="67" />
        <source>A mailing list or a newsletter (List-Id)</source>
        <translation>Liste de diffusion ou newsletter (List-Id)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="70" />
        <source>Bulk mail: newsletters, campaigns</source>
        <translation>Envois en masse : newsletters, campagnes</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="73" />
        <source>Automatic messages (Auto-Submitted)</source>
        <translation>Messages automatiques (Auto-Submitted)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="76" />
        <source>Many similar messages, never answered</source>
        <translation>Beaucoup de messages semblables, jamais de réponse</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="79" />
        <source>You said so</source>
        <translation>Vous l'avez indiqué</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="100" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="103" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="107" />
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="111" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="115" />
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="119" />
        <source>Stall reason</source>
        <translation>Raison du blocage</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="123" />
        <source>Last exchange</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="128" />
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="132" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>ProspectsView</name>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="79" />
        <source>Search name, company, email…</source>
        <extracomment>Short pause after a keystroke before filtering, so fast typing filters once.</extracomment>
        <translation>Chercher nom, société, e-mail…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="88" />
        <source>Any stage</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="91" />
        <source>Any stall reason</source>
        <translation>Toutes les raisons</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="93" />
        <source>Any country</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="95" />
        <source>Dormant or active</source>
        <translation>En sommeil ou actifs</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="96" />
        <source>Dormant</source>
        <translation>En sommeil</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="97" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="100" />
        <source>With or without LinkedIn</source>
        <translation>Avec ou sans LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="101" />
        <source>On LinkedIn</source>
        <translation>Sur LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="102" />
        <source>Not on LinkedIn</source>
        <translation>Pas sur LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="107" />
        <source>People and shared boxes</source>
        <translation>Personnes et boîtes partagées</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="108" />
        <source>People only</source>
        <translation>Personnes seulement</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="109" />
        <source>Shared boxes</source>
        <translation>Boîtes partagées</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="110" />
        <source>Automated senders</source>
        <translation>Expéditeurs automatiques</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="111" />
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="115" />
        <source>This is a person</source>
        <translation>C'est une personne</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="117" />
        <source>Not an automated sender: count their emails (at the next mailbox import)</source>
        <translation>Pas un expéditeur automatique : ses e-mails comptent (à la prochaine importation de la boîte mail)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="120" />
        <source>Automated sender</source>
        <translation>Expéditeur automatique</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="122" />
        <source>A newsletter, a notification or a robot: never a lead, never paired</source>
        <translation>Une newsletter, une notification ou un robot : jamais un prospect, jamais associé</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="128" />
        <source>(unknown stage)</source>
        <translation>(étape inconnue)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="132" />
        <source>(unknown reason)</source>
        <translation>(raison inconnue)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="135" />
        <source>Apply to selection</source>
        <translation>Appliquer à la sélection</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="155" />
        <source>Set for selection:</source>
        <translation>Pour la sélection :</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="171" />
        <source>(unknown)</source>
        <translation>(inconnue)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="199" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/prospects_view.py" line="247" />
        <source>%n person(s) shown</source>
        <translation><numerusform>%n personne affichée</numerusform><numerusform>%n personnes affichées</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/prospects_view.py" line="249" />
        <source>%n in total</source>
        <translation><numerusform>%n au total</numerusform><numerusform>%n au total</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/prospects_view.py" line="253" />
        <source>%n automated sender(s) hidden</source>
        <translation><numerusform>%n expéditeur automatique masqué</numerusform><numerusform>%n expéditeurs automatiques masqués</numerusform></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="49" />
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="51" />
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="59" />
        <source>you@company.com, you@gmail.com</source>
        <translation>vous@societe.fr, vous@gmail.com</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="65" />
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="67" />
        <source>Dormant after</source>
        <translation>En sommeil après</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="68" />
        <source>Cool-down of lost leads</source>
        <translation>Délai de carence des prospects perdus</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="69" />
        <source>My email addresses</source>
        <translation>Mes adresses e-mail</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="71" />
        <source>Language (applies after restart)</source>
        <translation>Langue (après redémarrage de la fenêtre)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="73" />
        <source>Revisit window per stall reason</source>
        <translation>Délai de relance par raison du blocage</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="80" />
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="82" />
        <source>Score weights per signal</source>
        <translation>Poids des signaux dans le score</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="85" />
        <source>Job change</source>
        <translation>Changement de poste</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="86" />
        <source>Title change</source>
        <translation>Nouveau titre</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="87" />
        <source>Reconnected</source>
        <translation>Reconnecté</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="88" />
        <source>LinkedIn message</source>
        <translation>Message LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="89" />
        <source>LinkedIn invitation</source>
        <translation>Invitation LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="90" />
        <source>Incoming email</source>
        <translation>E-mail reçu</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="91" />
        <source>Manual signal</source>
        <translation>Signal manuel</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="125" />
        <source>Not an email address: {0}</source>
        <translation>Adresse e-mail non valide : {0}</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="73" />
        <location filename="../../linkrevive/gui/today_view.py" line="78" />
        <source>Snooze until</source>
        <extracomment>How long the "what happened — Undo" message stays in the status bar.
----------
Height of a row of the candidate tables (the selected one grows to its reason's lines). Rows of "New in your network" shown when it is opened, before it scrolls.</extracomment>
        <translation>Mettre en veille jusqu'au</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="79" />
        <location filename="../../linkrevive/gui/today_view.py" line="84" />
        <source>The lead leaves the list until this day.</source>
        <translation>Le prospect quitte la liste jusqu'à ce jour.</translation>
    </message>
</context>
<context>
    <name>ToConnectDialog</name>
    <message>
        <location filename="../../linkrevive/gui/to_connect_dialog.py" line="18" />
        <source>To connect on LinkedIn</source>
        <translation>À ajouter sur LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/to_connect_dialog.py" line="24" />
        <source>Find on LinkedIn</source>
        <translation>Chercher sur LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/to_connect_dialog.py" line="25" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../linkrevive/gui/to_connect_dialog.py" line="29" />
        <source>Email contacts with no LinkedIn connection yet (double-click: find).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ToConnectTableModel</name>
    <message>
        <location filename="../../linkrevive/gui/to_connect_table_model.py" line="19" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/to_connect_table_model.py" line="23" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/to_connect_table_model.py" line="27" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/to_connect_table_model.py" line="31" />
        <source>Last exchange</source>
        <translation>Dernier échange</translation>
    </message>
</context>
<context>
    <name>TodayTableModel</name>
    <message>
        <location filename="../../linkrevive/gui/today_table_model.py" line="24" />
        <source>Score</source>
        <extracomment>The first why-now reason (the last column: it takes the room the others leave).</extracomment>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_table_model.py" line="29" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_table_model.py" line="32" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_table_model.py" line="36" />
        <source>Last exchange</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_table_model.py" line="41" />
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_table_model.py" line="45" />
        <source>Stall reason</source>
        <translation>Raison du blocage</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_table_model.py" line="49" />
        <source>Why now</source>
        <translation>Pourquoi maintenant</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../linkrevive/gui/today_view.py" line="154" />
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_view.py" line="155" />
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_view.py" line="161" />
        <source>Copy opener</source>
        <translation>Copier l'accroche</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_view.py" line="163" />
        <source>Snooze…</source>
        <translation>Mettre en veille…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_view.py" line="165" />
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_view.py" line="167" />
        <source>Mark revived</source>
        <translation>Relancé</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_view.py" line="169" />
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_view.py" line="172" />
        <source>Why now</source>
        <translation>Pourquoi maintenant</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_view.py" line="178" />
        <source>Suggested opener</source>
        <translation>Accroche suggérée</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_view.py" line="258" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="354" />
        <source>%n lead(s) to revive today</source>
        <translation><numerusform>%n prospect à relancer aujourd'hui</numerusform><numerusform>%n prospects à relancer aujourd'hui</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="356" />
        <source>%n more due — see Prospects, filter Dormant</source>
        <translation><numerusform>%n autre à relancer — voir Prospects, filtre En sommeil</numerusform><numerusform>%n autres à relancer — voir Prospects, filtre En sommeil</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="283" />
        <source>%n contact(s) to connect with</source>
        <translation><numerusform>%n contact à ajouter sur LinkedIn</numerusform><numerusform>%n contacts à ajouter sur LinkedIn</numerusform></translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_view.py" line="134" />
        <source>New in your network (not prospects yet)</source>
        <extracomment>The window's selected person (None: this view alone, as in single-widget tests).</extracomment>
        <translation>Nouveau dans votre réseau (pas encore des prospects)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="276" />
        <location filename="../../linkrevive/gui/today_view.py" line="327" />
        <source>%n new in your network ›</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_view.py" line="278" />
        <location filename="../../linkrevive/gui/today_view.py" line="325" />
        <source>Hide new in your network</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="285" />
        <source>%n contact(s) to connect with on LinkedIn ›</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_view.py" line="358" />
        <source>As of {0}: {1}</source>
        <translation>Au {0} : {1}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_view.py" line="422" />
        <source>Select a lead to see why now is a good time.</source>
        <translation>Choisissez un prospect pour voir pourquoi c'est le bon moment.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_view.py" line="441" />
        <source>Opener copied to the clipboard.</source>
        <translation>Accroche copiée dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="359" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="361" />
        <source>Undo ({0})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../linkrevive/gui/welcome_page.py" line="18" />
        <source>Welcome to LinkRevive</source>
        <translation>Bienvenue dans LinkRevive</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/welcome_page.py" line="25" />
        <source>LinkRevive pairs your email contacts with your LinkedIn connections and, every morning, shows the dormant leads that show signs of a new project.</source>
        <translation>LinkRevive associe vos contacts e-mail à vos relations LinkedIn et, chaque matin, vous montre les prospects en sommeil qui donnent des signes d'un nouveau projet.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/welcome_page.py" line="34" />
        <source>Import your LinkedIn export…</source>
        <translation>Importer votre export LinkedIn…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/welcome_page.py" line="35" />
        <source>Import your contacts or mailbox…</source>
        <translation>Importer vos contacts ou votre boîte mail…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/welcome_page.py" line="36" />
        <source>Open the demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/welcome_page.py" line="40" />
        <source>You can also drop a .zip, .csv, .vcf, .xlsx or .mbox file here.</source>
        <translation>Vous pouvez aussi déposer ici un fichier .zip, .csv, .vcf, .xlsx ou .mbox.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="412" />
        <source>&amp;Lead</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="180" />
        <source>{file}: no such file or folder.</source>
        <translation>{file} : fichier ou dossier introuvable.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="181" />
        <source>{file} is empty.</source>
        <translation>{file} est vide.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="182" />
        <source>{file} is not a text file (it looks binary).</source>
        <translation>{file} n'est pas un fichier texte (il semble binaire).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="185" />
        <source>{file} is not a LinkedIn export: no Connections.csv, messages.csv or Invitations.csv with the expected header was found.</source>
        <translation>{file} n'est pas un export LinkedIn : aucun Connections.csv, messages.csv ou Invitations.csv avec l'en-tête attendu n'a été trouvé.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="190" />
        <source>{file} is not a readable zip archive (damaged or truncated): {detail}.</source>
        <translation>{file} n'est pas une archive zip lisible (abîmée ou tronquée) : {detail}.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="193" />
        <source>{file}, line {line}: the CSV is malformed ({detail}).</source>
        <translation>{file}, ligne {line} : le CSV est mal formé ({detail}).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="196" />
        <source>{file}: the text encoding could not be recognised.</source>
        <translation>{file} : l'encodage du texte n'a pas été reconnu.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="199" />
        <source>{file}, line {line}: '{value}' is not a date LinkRevive understands.</source>
        <translation>{file}, ligne {line} : « {value} » n'est pas une date que LinkRevive comprend.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="202" />
        <source>{file}: the format was not recognised (expected vCard, an address-book CSV, a lead sheet CSV/XLSX, an mbox file or a folder of .eml files).</source>
        <translation>{file} : format non reconnu (attendu : vCard, CSV de carnet d'adresses, fichier de prospects CSV/XLSX, fichier mbox ou dossier de fichiers .eml).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="207" />
        <source>{file} is not a readable XLSX workbook ({detail}).</source>
        <translation>{file} n'est pas un classeur XLSX lisible ({detail}).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="210" />
        <source>{file} is not an mbox file (it does not start with a 'From ' line).</source>
        <translation>{file} n'est pas un fichier mbox (il ne commence pas par une ligne « From »).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="213" />
        <source>The database is busy in another window or command; try again.</source>
        <translation>La base de données est occupée par une autre fenêtre ou commande ; réessayez.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="216" />
        <source>No password store (keyring) is available: start a Secret Service such as gnome-keyring, or configure a keyring backend, then try again.</source>
        <translation>Aucun trousseau de mots de passe n'est disponible : démarrez un service comme gnome-keyring, ou configurez un trousseau, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="221" />
        <source>IMAP server {detail}.</source>
        <translation>Serveur IMAP {detail}.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="222" />
        <source>The IMAP server refused the user name or password for {detail}.</source>
        <translation>Le serveur IMAP a refusé l'utilisateur ou le mot de passe pour {detail}.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="225" />
        <source>The import was cancelled; the database is unchanged.</source>
        <translation>L'import a été annulé ; la base de données est inchangée.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="228" />
        <source>{file} could not be written ({detail}).</source>
        <translation>{file} n'a pas pu être écrit ({detail}).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="231" />
        <source>{file} is refused as an export target: {detail}.</source>
        <translation>{file} est refusé comme fichier d'export : {detail}.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="234" />
        <source>{file} was written by a newer LinkRevive (database version {detail}); it needs a newer LinkRevive to open it.</source>
        <translation>{file} a été écrit par une version plus récente de LinkRevive (version de base {detail}) ; il faut une version plus récente de LinkRevive pour l'ouvrir.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="239" />
        <source>{file} cannot be written ({detail}); LinkRevive needs a database it can write to.</source>
        <translation>{file} ne peut pas être modifié ({detail}) ; LinkRevive a besoin d'une base de données modifiable.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="243" />
        <source>'{value}' is not a database LinkRevive can open ({detail}).</source>
        <translation>« {value} » n'est pas une base de données que LinkRevive sait ouvrir ({detail}).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="246" />
        <source>{file} is refused: its content would expand far beyond a real export ({detail}).</source>
        <translation>{file} est refusé : son contenu décompressé dépasserait de loin un vrai export ({detail}).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="250" />
        <source>{file} is refused: it is larger than {detail} MB, far beyond a real file of its kind.</source>
        <translation>{file} est refusé : il dépasse {detail} Mo, bien au-delà d'un vrai fichier de ce type.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="254" />
        <source>{file}, line {line}: a line is longer than {detail} million characters; the file is refused.</source>
        <translation>{file}, ligne {line} : une ligne dépasse {detail} million(s) de caractères ; le fichier est refusé.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="259" />
        <source>{file}, line {line}: a cell is longer than {detail} million characters; the file is refused.</source>
        <translation>{file}, ligne {line} : une cellule dépasse {detail} million(s) de caractères ; le fichier est refusé.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="264" />
        <source>{file} is refused: it has more than {detail} rows.</source>
        <translation>{file} est refusé : il a plus de {detail} lignes.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="267" />
        <source>{file} is not a regular file (a pipe, a device or a socket); give a file or a folder.</source>
        <translation>{file} n'est pas un fichier ordinaire (un tube, un périphérique ou un socket) ; donnez un fichier ou un dossier.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="271" />
        <source>{file} could not be read ({detail}).</source>
        <translation>{file} n'a pas pu être lu ({detail}).</translation>
    </message>
</context>
</TS>