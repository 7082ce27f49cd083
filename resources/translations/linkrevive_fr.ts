<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../linkrevive/gui/chart_widget.py" line="150" />
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
    <name>DemoBanner</name>
    <message>
        <location filename="../../linkrevive/gui/demo_banner.py" line="27" />
        <source>This is the demo: sample data. File ▸ Open your database to go back.</source>
        <translation>Ceci est la démo : des données d'exemple. Fichier ▸ Ouvrir votre base de données pour revenir.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/demo_banner.py" line="30" />
        <location filename="../../linkrevive/gui/demo_banner.py" line="53" />
        <source>Open your database</source>
        <translation>Ouvrir votre base de données</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="132" />
        <source>Open LinkedIn profile</source>
        <translation>Ouvrir le profil LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="136" />
        <location filename="../../linkrevive/gui/detail_pane.py" line="140" />
        <source>(unknown)</source>
        <translation>(inconnue)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="153" />
        <source>Notes (saved as you type)</source>
        <translation>Notes (enregistrées au fil de la frappe)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="161" />
        <source>Log an exchange…</source>
        <translation>Noter un échange…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="163" />
        <source>Add a signal…</source>
        <translation>Ajouter un signal…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="175" />
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="176" />
        <source>Stall reason</source>
        <translation>Raison du blocage</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="178" />
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="184" />
        <source>Position history</source>
        <translation>Historique des postes</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="189" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="212" />
        <source>Select a person</source>
        <translation>Choisissez une personne</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="246" />
        <location filename="../../linkrevive/gui/detail_pane.py" line="310" />
        <source>Search LinkedIn for {0}</source>
        <translation>Rechercher {0} sur LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="249" />
        <source>Not paired with a LinkedIn connection</source>
        <translation>Pas associé à une relation LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="270" />
        <source>new since your last look</source>
        <translation>nouveau depuis votre dernière visite</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="291" />
        <source>No LinkedIn connection paired yet.</source>
        <translation>Aucune relation LinkedIn associée.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="302" />
        <source>Connected on {0}</source>
        <translation>En relation depuis le {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="320" />
        <source>Not paired with any of your contacts yet.</source>
        <translation>Pas encore associé à l’un de vos contacts.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="329" />
        <source>{0} (since {1})</source>
        <translation>{0} (depuis {1})</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="334" />
        <source>Also connected: {0}</source>
        <translation>Aussi en relation : {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="336" />
        <source>Ask {0} to introduce you</source>
        <translation>Demandez à {0} de vous présenter</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="340" />
        <source>a teammate</source>
        <translation>un collègue</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="380" />
        <source>Snoozed</source>
        <translation>En veille</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="380" />
        <location filename="../../linkrevive/gui/detail_pane.py" line="381" />
        <source>Wake now</source>
        <translation>Réveiller maintenant</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="381" />
        <source>Snoozed until {0}</source>
        <translation>En veille jusqu'au {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="383" />
        <source>Dismissed</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="383" />
        <location filename="../../linkrevive/gui/detail_pane.py" line="389" />
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="386" />
        <source>Marked revived</source>
        <translation>Marqué relancé</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="386" />
        <location filename="../../linkrevive/gui/detail_pane.py" line="387" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="387" />
        <source>Marked revived on {0}</source>
        <translation>Marqué relancé le {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="389" />
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="400" />
        <source>Make this lead active again (undoable)</source>
        <translation>Rendre ce prospect de nouveau actif (annulable)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="437" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="438" />
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="439" />
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="440" />
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="441" />
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="442" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="443" />
        <source>Endorsement</source>
        <translation>Recommandation de compétence</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="444" />
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="507" />
        <source>Add a signal</source>
        <translation>Ajouter un signal</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="508" />
        <source>What happened (e.g. viewed my profile, posted about a new project)?</source>
        <translation>Que s'est-il passé (ex. : a consulté mon profil, a parlé d'un nouveau projet) ?</translation>
    </message>
</context>
<context>
    <name>DoNotContactDialog</name>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="97" />
        <location filename="../../linkrevive/gui/lead_actions.py" line="104" />
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="98" />
        <source>Never contact {0} again?</source>
        <translation>Ne plus jamais contacter {0} ?</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="100" />
        <source>{0} will never be proposed again and is left out of every export. Use this when the person asked not to be contacted. You can undo it here (Edit ▸ Undo) or restore the lead later from the detail pane.</source>
        <translation>{0} ne sera plus jamais proposé et sera exclu de tous les exports. À utiliser quand la personne a demandé à ne pas être contactée. Vous pouvez l'annuler ici (Édition ▸ Annuler) ou rétablir le prospect plus tard depuis le panneau de détail.</translation>
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
    <name>FunnelPane</name>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="115" />
        <source>Group the funnel by</source>
        <translation>Regrouper l'entonnoir par</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="120" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="132" />
        <source>Group by:</source>
        <translation>Regrouper par :</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="166" />
        <source>Revival funnel by %1</source>
        <translation>Entonnoir des relances par %1</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="174" />
        <source>Nothing proposed yet. Each lead Today shows you is counted here, then whether you wrote to them, they answered, and the stage moved forward.</source>
        <translation>Rien de proposé pour l'instant. Chaque prospect qu'Aujourd'hui vous montre est compté ici, puis si vous lui avez écrit, s'il a répondu et si l'étape a avancé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/insights_view.py" line="187" />
        <source>median %n day(s) from sign to answer</source>
        <translation><numerusform>médiane de %n jour du signe à la réponse</numerusform><numerusform>médiane de %n jours du signe à la réponse</numerusform></translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="192" />
        <source>Grouped by</source>
        <translation>Regroupé par</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="193" />
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="195" />
        <source>Median days from sign to answer</source>
        <translation>Jours médians du signe à la réponse</translation>
    </message>
</context>
<context>
    <name>FunnelTableModel</name>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="19" />
        <source>Proposed</source>
        <translation>Proposés</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="20" />
        <source>Acted on</source>
        <translation>Relancés</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="21" />
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="22" />
        <source>Advanced</source>
        <translation>Avancés</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="23" />
        <source>Client</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="30" />
        <source>All proposals</source>
        <translation>Toutes les propositions</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="31" />
        <source>Sign</source>
        <translation>Signe</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="32" />
        <source>Stall reason</source>
        <translation>Raison du blocage</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="33" />
        <source>Year of the conversation</source>
        <translation>Année de la conversation</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="40" />
        <source>Job change</source>
        <translation>Changement de poste</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="41" />
        <source>New title</source>
        <translation>Nouveau titre</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="42" />
        <source>Re-connection</source>
        <translation>Reconnexion</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="43" />
        <source>LinkedIn message</source>
        <translation>Message LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="44" />
        <source>LinkedIn invitation</source>
        <translation>Invitation LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="47" />
        <source>Incoming email</source>
        <translation>E-mail reçu</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="48" />
        <source>Noted by you</source>
        <translation>Noté par vous</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="49" />
        <source>Revisit due</source>
        <translation>Relance due</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="58" />
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="98" />
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="104" />
        <source>Answer rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="108" />
        <source>{0}%</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="113" />
        <source>Answered out of acted on</source>
        <translation>Réponses sur prospects relancés</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="118" />
        <source>Days to answer</source>
        <translation>Jours avant réponse</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/funnel_table_model.py" line="125" />
        <source>Median days from the sign to the answer</source>
        <translation>Nombre médian de jours du signe à la réponse</translation>
    </message>
</context>
<context>
    <name>ImapDialog</name>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="67" />
        <source>Import from an IMAP account</source>
        <translation>Importer depuis un compte IMAP</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="71" />
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="75" />
        <source>Also read the sent folder (your replies)</source>
        <translation>Lire aussi le dossier des messages envoyés (vos réponses)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="77" />
        <source>Only messages since</source>
        <translation>Seulement les messages depuis</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="84" />
        <source>leave empty to use the stored password</source>
        <translation>vide : mot de passe enregistré</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="86" />
        <source>The password is kept in your system's keyring, never in a file.</source>
        <translation>Le mot de passe est gardé dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="89" />
        <source>needed each time (not remembered)</source>
        <translation>à saisir à chaque fois (non mémorisé)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="92" />
        <source>No password store (keyring) is available on this computer: the password is used for this import only and will not be remembered.</source>
        <translation>Aucun trousseau n'est disponible sur cet ordinateur : le mot de passe sert à cet import seulement et ne sera pas mémorisé.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="103" />
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="104" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="105" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="106" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="107" />
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="156" />
        <source>No password is stored for {0} yet: type it once.</source>
        <translation>Aucun mot de passe enregistré pour {0} : saisissez-le une fois.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/imap_dialog.py" line="159" />
        <source>Type the password of {0}: without a keyring it is not remembered.</source>
        <translation>Saisissez le mot de passe de {0} : sans trousseau, il n'est pas mémorisé.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../linkrevive/gui/import_flow.py" line="103" />
        <source>Import your LinkedIn exports</source>
        <translation>Importer vos exports LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_flow.py" line="105" />
        <source>LinkedIn export (*.zip Connections.csv *.csv);;All files (*)</source>
        <translation>Export LinkedIn (*.zip Connections.csv *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_flow.py" line="112" />
        <source>Import contacts or a mailbox</source>
        <translation>Importer des contacts ou une boîte mail</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_flow.py" line="115" />
        <source>Contacts and mail (*.vcf *.csv *.xlsx *.xls *.mbox *.eml *.zip);;All files (*)</source>
        <translation>Contacts et e-mails (*.vcf *.csv *.xlsx *.xls *.mbox *.eml *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_flow.py" line="121" />
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_flow.py" line="141" />
        <source>Importing {0} ({1} of {2})</source>
        <translation>Import de {0} ({1} sur {2})</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_flow.py" line="179" />
        <source>Importing {0}</source>
        <translation>Import de {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_flow.py" line="181" />
        <source>Importing %n file(s)</source>
        <translation><numerusform>Import de %n fichier</numerusform><numerusform>Import de %n fichiers</numerusform></translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_flow.py" line="201" />
        <source>Reading {0} on {1}</source>
        <translation>Lecture de {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_flow.py" line="203" />
        <source>Reading the sent folder on {0}</source>
        <translation>Lecture du dossier des messages envoyés sur {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_flow.py" line="220" />
        <source>Reading {0}</source>
        <translation>Lecture de {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_flow.py" line="232" />
        <source>Building the demo</source>
        <translation>Création de la démo</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_flow.py" line="239" />
        <source>The demo is ready: it opens in its own window.</source>
        <translation>La démo est prête : elle s'ouvre dans sa propre fenêtre.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_flow.py" line="274" />
        <source>No import yet on this database.</source>
        <translation>Aucun import encore dans cette base de données.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_flow.py" line="291" />
        <source>This LinkedIn export has no date of its own: it may be older than your last one, so it changed nothing you knew (%n of your connections are missing from it or shown differently). Is it your newest export? Yes applies it as your newest, dated today.</source>
        <translation><numerusform>Cet export LinkedIn n’a pas de date propre : il est peut-être plus ancien que votre dernier export, il n’a donc rien changé de ce que vous saviez (%n de vos relations en est absente ou y apparaît autrement). Est-ce votre export le plus récent ? Oui l’applique comme le plus récent, daté d’aujourd’hui.</numerusform><numerusform>Cet export LinkedIn n’a pas de date propre : il est peut-être plus ancien que votre dernier export, il n’a donc rien changé de ce que vous saviez (%n de vos relations en sont absentes ou y apparaissent autrement). Est-ce votre export le plus récent ? Oui l’applique comme le plus récent, daté d’aujourd’hui.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_flow.py" line="300" />
        <source>%n of your connections are missing from this LinkedIn export, so it was imported as partial: nobody was marked removed. Did you remove them from your network? Yes marks them removed.</source>
        <translation><numerusform>%n de vos relations manquent dans cet export LinkedIn : il a été importé comme partiel et personne n'a été marqué comme retiré. Les avez-vous retirées de votre réseau ? Oui les marque comme retirées.</numerusform><numerusform>%n de vos relations manquent dans cet export LinkedIn : il a été importé comme partiel et personne n'a été marqué comme retiré. Les avez-vous retirées de votre réseau ? Oui les marque comme retirées.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="387" />
        <source>Import results</source>
        <translation>Résultats de l'import</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="390" />
        <source>What the import added, changed and skipped, file by file.</source>
        <translation>Ce que l'import a ajouté, modifié et ignoré, fichier par fichier.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="395" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="396" />
        <source>Copy the whole report as text</source>
        <translation>Copier tout le rapport en texte</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="232" />
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="233" />
        <source>What works</source>
        <translation>Ce qui marche</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="260" />
        <source>Export the revival funnel</source>
        <translation>Exporter l'entonnoir des relances</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="260" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="288" />
        <source>Dormant leads by year of last exchange</source>
        <translation>Prospects en sommeil par année du dernier échange</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="290" />
        <source>Dormant leads</source>
        <translation>Prospects en sommeil</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="292" />
        <source>No dormant lead: every lead had an exchange within the dormancy period.</source>
        <translation>Aucun prospect en sommeil : chacun a eu un échange pendant la période de sommeil.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="297" />
        <source>Signals per month</source>
        <translation>Signaux par mois</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="299" />
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="301" />
        <source>No LinkedIn signal in the last 12 months. Signals come with each LinkedIn import (messages, invitations, endorsements).</source>
        <translation>Aucun signal LinkedIn ces 12 derniers mois. Les signaux arrivent avec chaque import LinkedIn (messages, invitations, recommandations).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="307" />
        <source>Revivals over time</source>
        <translation>Relances dans le temps</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="309" />
        <source>Revived leads</source>
        <translation>Prospects relancés</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="311" />
        <source>No lead revived in the last 12 months. Mark a lead revived in Today when the conversation starts again: it shows here.</source>
        <translation>Aucun prospect relancé ces 12 derniers mois. Marquez un prospect comme relancé dans Aujourd'hui quand la conversation reprend : il apparaît ici.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="323" />
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="329" />
        <source>Where conversations stall (stage × stall reason)</source>
        <translation>Où les conversations bloquent (étape × raison)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/insights_view.py" line="334" />
        <source>No lead has a stage yet. Set the stage and stall reason of your leads in Prospects or in the detail pane.</source>
        <translation>Aucun prospect n'a encore d'étape. Indiquez l'étape et la raison du blocage de vos prospects dans Prospects ou dans le panneau de détail.</translation>
    </message>
</context>
<context>
    <name>KeyboardNavigation</name>
    <message>
        <location filename="../../linkrevive/gui/shortcuts_dialog.py" line="165" />
        <source>Next view</source>
        <translation>Vue suivante</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/shortcuts_dialog.py" line="167" />
        <source>Previous view</source>
        <translation>Vue précédente</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/shortcuts_dialog.py" line="170" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/shortcuts_dialog.py" line="176" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/shortcuts_dialog.py" line="178" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>LeadActions</name>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="136" />
        <source>Undone: {0}.</source>
        <translation>Annulé : {0}.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="185" />
        <source>Snooze…</source>
        <translation>Mettre en veille…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="186" />
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="187" />
        <source>Mark revived</source>
        <translation>Relancé</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="189" />
        <source>Do not contact…</source>
        <translation>Ne pas contacter…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="192" />
        <source>Make active again</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="194" />
        <source>Copy opener</source>
        <translation>Copier l'accroche</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="195" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="197" />
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="272" />
        <source>dismissal of {0}</source>
        <translation>l'écartement de {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="273" />
        <source>{0} dismissed: never proposed again.</source>
        <translation>{0} : écarté, plus jamais proposé.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="277" />
        <source>revival of {0}</source>
        <translation>la relance de {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="278" />
        <source>{0} marked revived.</source>
        <translation>{0} : marqué relancé.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="282" />
        <source>restore of {0}</source>
        <translation>la réactivation de {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="283" />
        <source>{0} is an active lead again.</source>
        <translation>{0} : de nouveau un prospect actif.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="297" />
        <source>snooze of {0}</source>
        <translation>la mise en veille de {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="298" />
        <source>{0} snoozed until {1}.</source>
        <translation>{0} : en veille jusqu'au {1}.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="327" />
        <source>do-not-contact of {0}</source>
        <translation>le « ne pas contacter » de {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="328" />
        <source>{0} will not be contacted: left out of the list and the exports.</source>
        <translation>{0} ne sera plus contacté : retiré de la liste et des exports.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="353" />
        <source>{0} changed since; nothing was undone.</source>
        <translation>{0} a changé depuis ; rien n'a été annulé.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="357" />
        <source>{0} changed meanwhile; nothing was done.</source>
        <translation>{0} a changé entre-temps ; rien n'a été fait.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="432" />
        <source>&amp;Lead</source>
        <translation>&amp;Prospect</translation>
    </message>
</context>
<context>
    <name>LinkRevive</name>
    <message>
        <location filename="../../linkrevive/gui/main.py" line="69" />
        <source>LinkRevive — {0}</source>
        <translation>LinkRevive — {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main.py" line="72" />
        <source>LinkRevive — as of {0}</source>
        <translation>LinkRevive — au {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main.py" line="73" />
        <source>LinkRevive — {0} — as of {1}</source>
        <translation>LinkRevive — {0} — au {1}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main.py" line="141" />
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="165" />
        <source>The dates are those of the LinkedIn exports that showed each position: the first and the last one (a single date: one export showed it).</source>
        <translation>Les dates sont celles des exports LinkedIn où figure chaque poste : le premier et le dernier (une seule date : un seul export le montrait).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="174" />
        <source>{0}: {1} · {2}</source>
        <translation>{0} : {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="187" />
        <source>Unexpected error: {0}</source>
        <translation>Erreur inattendue : {0}</translation>
    </message>
</context>
<context>
    <name>LinkedInView</name>
    <message>
        <location filename="../../linkrevive/gui/linkedin_view.py" line="86" />
        <source>Search name, company, title…</source>
        <translation>Chercher nom, société, poste…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/linkedin_view.py" line="93" />
        <source>Show removed connections</source>
        <translation>Afficher les relations retirées</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/linkedin_view.py" line="96" />
        <source>Only with signals</source>
        <translation>Seulement avec signaux</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/linkedin_view.py" line="106" />
        <source>Job history</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/linkedin_view.py" line="112" />
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/linkedin_view.py" line="142" />
        <source>No LinkedIn connections yet. Import your LinkedIn export (File ▸ Import LinkedIn export…); LinkedIn sends it a few minutes after you ask for it.</source>
        <translation>Aucune relation LinkedIn pour l'instant. Importez votre export LinkedIn (Fichier ▸ Importer l'export LinkedIn…) ; LinkedIn l'envoie quelques minutes après la demande.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/linkedin_view.py" line="145" />
        <source>No connection matches this search.</source>
        <translation>Aucune relation ne correspond à cette recherche.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/linkedin_view.py" line="164" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/linkedin_view.py" line="201" />
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
        <location filename="../../linkrevive/gui/detail_pane.py" line="60" />
        <source>Log an exchange</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="66" />
        <source>I wrote / called</source>
        <translation>J'ai écrit / appelé</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="67" />
        <source>They wrote / called</source>
        <translation>Il/elle a écrit / appelé</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="70" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="71" />
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="72" />
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="73" />
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="74" />
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="78" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="79" />
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="80" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/detail_pane.py" line="81" />
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="103" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="104" />
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="105" />
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="106" />
        <source>Review pairs</source>
        <translation>Vérifier les paires</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="107" />
        <source>Insights</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="162" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="180" />
        <source>Import LinkedIn export…</source>
        <translation>Importer l'export LinkedIn…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="185" />
        <source>Import contacts or mailbox…</source>
        <translation>Importer contacts ou boîte mail…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="188" />
        <source>Import a folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="191" />
        <source>Import from IMAP…</source>
        <translation>Importer depuis IMAP…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="193" />
        <source>Last import results…</source>
        <translation>Derniers résultats d'import…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="194" />
        <source>Open demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="195" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="196" />
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="197" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="199" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="201" />
        <source>Pair contacts with LinkedIn</source>
        <translation>Associer les contacts à LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="202" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="218" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="228" />
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="331" />
        <source>Pairing contacts with LinkedIn</source>
        <translation>Association des contacts à LinkedIn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/main_window.py" line="340" />
        <source>%n sender(s) set aside as automated</source>
        <translation><numerusform>%n expéditeur mis de côté comme automatique</numerusform><numerusform>%n expéditeurs mis de côté comme automatiques</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/main_window.py" line="342" />
        <source>%n sender(s) taken back as persons</source>
        <translation><numerusform>%n expéditeur repris comme personne</numerusform><numerusform>%n expéditeurs repris comme personnes</numerusform></translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="349" />
        <source>Saving who writes automated mail</source>
        <translation>Enregistrement des expéditeurs automatiques</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="365" />
        <source>Exporting to {0}</source>
        <translation>Export vers {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="419" />
        <source>Please wait: another task is running.</source>
        <translation>Patientez : une autre tâche est en cours.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="460" />
        <source>Cancel came too late for what is listed here: it is saved. Nothing after it was done.</source>
        <translation>Annulation trop tardive pour ce qui est listé ici : c'est enregistré. Rien d'autre n'a été fait.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="474" />
        <source>Cancelled: the database is unchanged.</source>
        <translation>Annulé : la base de données est inchangée.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="485" />
        <source>Exported to {0}</source>
        <translation>Exporté vers {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/main_window.py" line="489" />
        <location filename="../../linkrevive/gui/main_window.py" line="490" />
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="425" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="461" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>MorningNudge</name>
    <message>
        <location filename="../../linkrevive/gui/nudge.py" line="99" />
        <source>{0} wrote again</source>
        <translation>{0} a réécrit</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/nudge.py" line="100" />
        <source>{0} wrote on LinkedIn</source>
        <translation>{0} a écrit sur LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/nudge.py" line="101" />
        <source>{0} invited you on LinkedIn</source>
        <translation>{0} vous a invité(e) sur LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/nudge.py" line="102" />
        <source>{0} changed jobs</source>
        <translation>{0} a changé de poste</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/nudge.py" line="103" />
        <source>{0} has a new title</source>
        <translation>{0} a un nouveau titre</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/nudge.py" line="104" />
        <source>{0} connected again</source>
        <translation>{0} s'est reconnecté(e)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/nudge.py" line="105" />
        <source>{0}: a sign you noted</source>
        <translation>{0} : un signe que vous avez noté</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/nudge.py" line="106" />
        <source>{0} is back from snooze</source>
        <translation>{0} revient de mise en veille</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/nudge.py" line="107" />
        <source>{0} is due for a new try</source>
        <translation>{0} est à relancer</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/nudge.py" line="108" />
        <source>{0} is new</source>
        <translation>{0} est nouveau</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/nudge.py" line="116" />
        <source>%n lead(s) to revive</source>
        <translation><numerusform>%n prospect à relancer</numerusform><numerusform>%n prospects à relancer</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/nudge.py" line="117" />
        <source>and %n more</source>
        <translation><numerusform>et %n autre</numerusform><numerusform>et %n autres</numerusform></translation>
    </message>
</context>
<context>
    <name>OwnAddressesDialog</name>
    <message>
        <location filename="../../linkrevive/gui/own_addresses_dialog.py" line="26" />
        <source>Your addresses</source>
        <translation>Vos adresses</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/own_addresses_dialog.py" line="27" />
        <source>An earlier import took these addresses of yours for other people:</source>
        <translation>Un import précédent a pris ces adresses, les vôtres, pour d'autres personnes :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/own_addresses_dialog.py" line="22" />
        <source>• {0} &lt;{1}&gt;: %n exchange(s)</source>
        <translation><numerusform>• {0} &lt;{1}&gt; : %n échange</numerusform><numerusform>• {0} &lt;{1}&gt; : %n échanges</numerusform></translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/own_addresses_dialog.py" line="31" />
        <source>As yours, the mail stored under them goes, and those people are removed (one who holds your notes, a stage or another address keeps them). Import your mailbox again: the mail you sent from them then counts as yours.</source>
        <translation>Comme elles sont à vous, le courrier enregistré à leur nom est retiré, ainsi que ces personnes (celle qui porte vos notes, une étape ou une autre adresse les garde). Importez à nouveau votre boîte mail : le courrier que vous avez envoyé depuis ces adresses comptera alors comme le vôtre.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/own_addresses_dialog.py" line="35" />
        <source>They are mine</source>
        <translation>Elles sont à moi</translation>
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
        <location filename="../../linkrevive/gui/pairs_view.py" line="77" />
        <source>Y</source>
        <comment>key that confirms a pair (yes)</comment>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_view.py" line="78" />
        <source>N</source>
        <comment>key that rejects a pair (no)</comment>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_view.py" line="79" />
        <source>Confirm ({key})</source>
        <translation>Confirmer ({key})</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_view.py" line="81" />
        <source>Reject ({key})</source>
        <translation>Rejeter ({key})</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_view.py" line="87" />
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_view.py" line="89" />
        <source>Email contact</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_view.py" line="90" />
        <source>LinkedIn connection</source>
        <translation>Relation LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_view.py" line="93" />
        <source>Evidence</source>
        <translation>Indices</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_view.py" line="104" />
        <source>All pairs reviewed. New suggestions appear after each import.</source>
        <translation>Toutes les paires sont vérifiées. De nouvelles suggestions apparaissent après chaque import.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_view.py" line="125" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/pairs_view.py" line="146" />
        <source>%n pair(s) left to review</source>
        <translation><numerusform>%n paire à vérifier</numerusform><numerusform>%n paires à vérifier</numerusform></translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_view.py" line="166" />
        <source>Nothing to review.</source>
        <translation>Rien à vérifier.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_view.py" line="223" />
        <source>Confirm a pair</source>
        <translation>Confirmer une paire</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/pairs_view.py" line="224" />
        <source>Reject a pair</source>
        <translation>Rejeter une paire</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="95" />
        <source>Automated sender</source>
        <translation>Expéditeur automatique</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="97" />
        <source>Shared box</source>
        <translation>Boîte partagée</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="104" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="105" />
        <source>Snoozed</source>
        <translation>En veille</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="106" />
        <source>Dismissed</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="107" />
        <source>Revived</source>
        <translation>Relancé</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="108" />
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="127" />
        <source>Snoozed until {0}</source>
        <translation>En veille jusqu'au {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="131" />
        <source>Revived on {0}</source>
        <translation>Relancé le {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="148" />
        <source>A robot's address (no-reply, notifications…)</source>
        <translation>Adresse d'un robot (no-reply, notifications…)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="151" />
        <source>Delivery failure reports</source>
        <translation>Avis de non-remise</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="154" />
        <source>Calendar invitations</source>
        <translation>Invitations d'agenda</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="157" />
        <source>A mailing list or a newsletter (List-Id)</source>
        <translation>Liste de diffusion ou newsletter (List-Id)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="160" />
        <source>Bulk mail: newsletters, campaigns</source>
        <translation>Envois en masse : newsletters, campagnes</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="163" />
        <source>Automatic messages (Auto-Submitted)</source>
        <translation>Messages automatiques (Auto-Submitted)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="166" />
        <source>Out-of-office replies</source>
        <translation>Réponses d'absence</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="169" />
        <source>Many similar messages, never answered</source>
        <translation>Beaucoup de messages semblables, jamais de réponse</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="172" />
        <source>You said so</source>
        <translation>Vous l'avez indiqué</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="194" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="197" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="201" />
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="205" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="209" />
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="213" />
        <source>Stall reason</source>
        <translation>Raison du blocage</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="217" />
        <source>Last exchange</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="222" />
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="226" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/people_table_model.py" line="231" />
        <source>Lead state</source>
        <translation>État du prospect</translation>
    </message>
</context>
<context>
    <name>ProspectsView</name>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="93" />
        <source>Search name, company, email…</source>
        <translation>Chercher nom, société, e-mail…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="102" />
        <source>Any stage</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="105" />
        <source>Any stall reason</source>
        <translation>Toutes les raisons</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="107" />
        <source>Any country</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="109" />
        <source>Dormant or active</source>
        <translation>En sommeil ou actifs</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="110" />
        <source>Dormant</source>
        <translation>En sommeil</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="111" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="114" />
        <source>With or without LinkedIn</source>
        <translation>Avec ou sans LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="115" />
        <source>On LinkedIn</source>
        <translation>Sur LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="116" />
        <source>Not on LinkedIn</source>
        <translation>Pas sur LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="121" />
        <source>People and shared boxes</source>
        <translation>Personnes et boîtes partagées</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="122" />
        <source>People only</source>
        <translation>Personnes seulement</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="123" />
        <source>Shared boxes</source>
        <translation>Boîtes partagées</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="124" />
        <source>Automated senders</source>
        <translation>Expéditeurs automatiques</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="125" />
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="128" />
        <source>Any lead state</source>
        <translation>Tout état de prospect</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="135" />
        <source>This is a person</source>
        <translation>C'est une personne</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="137" />
        <source>Not an automated sender: count their emails (at the next mailbox import)</source>
        <translation>Pas un expéditeur automatique : ses e-mails comptent (à la prochaine importation de la boîte mail)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="140" />
        <source>Automated sender</source>
        <translation>Expéditeur automatique</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="142" />
        <source>A newsletter, a notification or a robot: never a lead, never paired</source>
        <translation>Une newsletter, une notification ou un robot : jamais un prospect, jamais associé</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="146" />
        <source>This is me…</source>
        <translation>C'est moi…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="148" />
        <source>One of your own addresses: your mail, never a lead (asks first)</source>
        <translation>Une de vos propres adresses : votre courrier, jamais un prospect (demande d'abord)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="155" />
        <source>(unknown stage)</source>
        <translation>(étape inconnue)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="159" />
        <source>(unknown reason)</source>
        <translation>(raison inconnue)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="162" />
        <source>Apply to selection</source>
        <translation>Appliquer à la sélection</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="186" />
        <source>Set for selection:</source>
        <translation>Pour la sélection :</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="206" />
        <source>No prospects yet. Import your contacts, a mailbox or your LinkedIn export (File menu).</source>
        <translation>Aucun prospect pour l'instant. Importez vos contacts, une boîte mail ou votre export LinkedIn (menu Fichier).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="210" />
        <source>No one matches this search and these filters. Clear the search or set a filter back to “Any”.</source>
        <translation>Personne ne correspond à cette recherche et à ces filtres. Videz la recherche ou remettez un filtre sur « Tous ».</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="218" />
        <source>(unknown)</source>
        <translation>(inconnue)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/prospects_view.py" line="246" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/prospects_view.py" line="299" />
        <source>%n person(s) shown</source>
        <translation><numerusform>%n personne affichée</numerusform><numerusform>%n personnes affichées</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/prospects_view.py" line="301" />
        <source>%n in total</source>
        <translation><numerusform>%n au total</numerusform><numerusform>%n au total</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/prospects_view.py" line="305" />
        <source>%n automated sender(s) hidden</source>
        <translation><numerusform>%n expéditeur automatique masqué</numerusform><numerusform>%n expéditeurs automatiques masqués</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultText</name>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="160" />
        <source>%n row(s) skipped</source>
        <translation><numerusform>%n ligne ignorée</numerusform><numerusform>%n lignes ignorées</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="161" />
        <source>%n row(s) rejected</source>
        <translation><numerusform>%n ligne refusée</numerusform><numerusform>%n lignes refusées</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="162" />
        <source>Signals found: %n</source>
        <translation><numerusform>Signaux trouvés : %n</numerusform><numerusform>Signaux trouvés : %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="166" />
        <source>%n new connection(s)</source>
        <translation><numerusform>%n nouvelle connexion</numerusform><numerusform>%n nouvelles connexions</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="168" />
        <source>%n connection(s) changed (job, title or details)</source>
        <translation><numerusform>%n connexion modifiée (poste, titre ou coordonnées)</numerusform><numerusform>%n connexions modifiées (poste, titre ou coordonnées)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="170" />
        <source>%n connection(s) unchanged</source>
        <translation><numerusform>%n connexion inchangée</numerusform><numerusform>%n connexions inchangées</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="171" />
        <source>%n connection(s) removed from your network</source>
        <translation><numerusform>%n connexion retirée de votre réseau</numerusform><numerusform>%n connexions retirées de votre réseau</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="172" />
        <source>%n row(s) added to the history only</source>
        <translation><numerusform>%n ligne ajoutée à l'historique seulement</numerusform><numerusform>%n lignes ajoutées à l'historique seulement</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="174" />
        <source>%n connection(s) missing from this export, kept</source>
        <translation><numerusform>%n connexion absente de cet export, conservée</numerusform><numerusform>%n connexions absentes de cet export, conservées</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="177" />
        <source>%n connection(s) shown differently in this export, left as they were</source>
        <translation><numerusform>%n connexion présentée autrement dans cet export, laissée telle quelle</numerusform><numerusform>%n connexions présentées autrement dans cet export, laissées telles quelles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="180" />
        <source>%n connection(s) found under a new profile address, followed</source>
        <translation><numerusform>%n connexion retrouvée sous une nouvelle adresse de profil, suivie</numerusform><numerusform>%n connexions retrouvées sous une nouvelle adresse de profil, suivies</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="183" />
        <source>%n profile(s) known only from messages or invitations</source>
        <translation><numerusform>%n profil connu seulement par des messages ou des invitations</numerusform><numerusform>%n profils connus seulement par des messages ou des invitations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="186" />
        <source>%n exchange(s) recorded (messages, endorsements, recommendations)</source>
        <translation><numerusform>%n échange enregistré (messages, compétences validées, recommandations)</numerusform><numerusform>%n échanges enregistrés (messages, compétences validées, recommandations)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="192" />
        <source>%n message(s) fetched from the server</source>
        <translation><numerusform>%n message téléchargé depuis le serveur</numerusform><numerusform>%n messages téléchargés depuis le serveur</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="193" />
        <source>%n message(s) read</source>
        <translation><numerusform>%n message lu</numerusform><numerusform>%n messages lus</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="194" />
        <source>%n email exchange(s) recorded</source>
        <translation><numerusform>%n échange d'e-mails enregistré</numerusform><numerusform>%n échanges d'e-mails enregistrés</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="195" />
        <location filename="../../linkrevive/gui/import_result.py" line="208" />
        <source>%n contact(s) added</source>
        <translation><numerusform>%n contact ajouté</numerusform><numerusform>%n contacts ajoutés</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="197" />
        <source>%n automated message(s) set aside (newsletters, notifications, out-of-office replies…)</source>
        <translation><numerusform>%n message automatique mis de côté (lettres d'information, notifications, réponses d'absence…)</numerusform><numerusform>%n messages automatiques mis de côté (lettres d'information, notifications, réponses d'absence…)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="202" />
        <source>%n automated sender(s) recognised</source>
        <translation><numerusform>%n expéditeur automatique reconnu</numerusform><numerusform>%n expéditeurs automatiques reconnus</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="203" />
        <source>%n message(s) filed as spam set aside</source>
        <translation><numerusform>%n message classé en spam mis de côté</numerusform><numerusform>%n messages classés en spam mis de côté</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="204" />
        <source>%n message(s) without a date skipped</source>
        <translation><numerusform>%n message sans date ignoré</numerusform><numerusform>%n messages sans date ignorés</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="209" />
        <source>%n contact(s) completed or updated</source>
        <translation><numerusform>%n contact complété ou mis à jour</numerusform><numerusform>%n contacts complétés ou mis à jour</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="210" />
        <source>%n contact(s) already known, unchanged</source>
        <translation><numerusform>%n contact déjà connu, inchangé</numerusform><numerusform>%n contacts déjà connus, inchangés</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="211" />
        <source>%n last-contact date(s) recorded</source>
        <translation><numerusform>%n date de dernier contact enregistrée</numerusform><numerusform>%n dates de dernier contact enregistrées</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="213" />
        <source>Shared addresses (contact@, info@…) set apart: %n</source>
        <translation><numerusform>Adresses partagées (contact@, info@…) mises à part : %n</numerusform><numerusform>Adresses partagées (contact@, info@…) mises à part : %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="215" />
        <source>%n warning(s): the rows were imported</source>
        <translation><numerusform>%n avertissement : les lignes ont été importées</numerusform><numerusform>%n avertissements : les lignes ont été importées</numerusform></translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="228" />
        <source>Nothing new.</source>
        <translation>Rien de nouveau.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="233" />
        <source>no name and no email address: row skipped</source>
        <translation>ni nom ni adresse e-mail : ligne ignorée</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="235" />
        <source>a given name alone, without email address, last name or company: row skipped (a total or a note?)</source>
        <translation>un prénom seul, sans adresse e-mail, nom ni société : ligne ignorée (un total ou une note ?)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="238" />
        <source>not a LinkedIn profile URL: row rejected</source>
        <translation>pas une URL de profil LinkedIn : ligne refusée</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="239" />
        <source>no name: row rejected</source>
        <translation>pas de nom : ligne refusée</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="240" />
        <source>date not understood</source>
        <translation>date non comprise</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="241" />
        <source>no profile URL: skipped</source>
        <translation>pas d'URL de profil : ignorée</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="242" />
        <source>none of your connections: left out</source>
        <translation>aucune de vos relations : ignorée</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="244" />
        <source>several of your connections bear this name: left out</source>
        <translation>plusieurs de vos relations portent ce nom : ignorée</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="246" />
        <source>invitation direction not understood: rejected</source>
        <translation>sens de l'invitation non compris : refusée</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="247" />
        <source>message direction not understood: rejected</source>
        <translation>sens du message non compris : refusé</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="248" />
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="249" />
        <source>empty vCard: skipped</source>
        <translation>vCard vide : ignorée</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="250" />
        <source>vCard cut short: skipped</source>
        <translation>vCard tronquée : ignorée</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="251" />
        <source>not an email address: left out, the row was imported</source>
        <translation>pas une adresse e-mail : écartée, la ligne a été importée</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="252" />
        <source>message without a date: skipped</source>
        <translation>message sans date : ignoré</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="254" />
        <source>no sent folder found on the server: your replies were not read (name the folder that holds them in Folder and import again)</source>
        <translation>aucun dossier des messages envoyés sur le serveur : vos réponses n’ont pas été lues (indiquez le dossier qui les contient dans Dossier et importez à nouveau)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="258" />
        <source>one of your own addresses, taken for someone else by an earlier import: that person is removed, and the mail sent from it counts as yours</source>
        <translation>une de vos propres adresses, prise pour quelqu'un d'autre par un import précédent : cette personne est retirée, et le courrier envoyé depuis cette adresse compte comme le vôtre</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="262" />
        <source>one of your own addresses, taken off this person, who keeps their other details; the mail sent from it counts as yours</source>
        <translation>une de vos propres adresses, retirée de cette personne, qui garde ses autres informations ; le courrier envoyé depuis cette adresse compte comme le vôtre</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="267" />
        <source>unknown stage, left empty (valid: {0})</source>
        <translation>étape inconnue, laissée vide (valeurs valides : {0})</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="269" />
        <source>unknown stall reason, left empty (valid: {0})</source>
        <translation>raison du blocage inconnue, laissée vide (valeurs valides : {0})</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="274" />
        <source>{0} — “{1}”</source>
        <translation>{0} — « {1} »</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="289" />
        <source>{0}, line {1}: {2}</source>
        <translation>{0}, ligne {1} : {2}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="291" />
        <location filename="../../linkrevive/gui/import_result.py" line="296" />
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="294" />
        <source>Members who hide their profile, skipped (LinkedIn gives no name): %n</source>
        <translation><numerusform>Membres au profil masqué, ignorés (LinkedIn ne donne pas leur nom) : %n</numerusform><numerusform>Membres au profil masqué, ignorés (LinkedIn ne donne pas leur nom) : %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="305" />
        <source>{0} — not imported</source>
        <translation>{0} — non importé</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="308" />
        <source>LinkedIn export of {0}</source>
        <translation>Export LinkedIn du {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="310" />
        <source>LinkedIn export</source>
        <translation>Export LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="312" />
        <source>Mailbox</source>
        <translation>Boîte mail</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="314" />
        <source>Lead sheet</source>
        <translation>Tableau de suivi des prospects</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="316" />
        <source>Address book</source>
        <translation>Carnet d'adresses</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="325" />
        <source>older than the export of {0}: history only</source>
        <translation>plus ancien que l'export du {0} : historique seulement</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="329" />
        <source>no date of its own: it may be older than your last export, so it changed nothing the database knew and marked nobody removed</source>
        <translation>sans date propre : il est peut-être plus ancien que votre dernier export, il n’a donc rien changé de ce que la base savait ni marqué personne comme retiré</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="334" />
        <source>partial export: too many of your connections are missing from it</source>
        <translation>export partiel : trop de vos relations en sont absentes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="340" />
        <source>%n file(s) imported</source>
        <translation><numerusform>%n fichier importé</numerusform><numerusform>%n fichiers importés</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="342" />
        <source>%n file(s) not imported</source>
        <translation><numerusform>%n fichier non importé</numerusform><numerusform>%n fichiers non importés</numerusform></translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="345" />
        <source>Cancel came too late for what is listed here: it is saved. Nothing after it was done.</source>
        <translation>Annulation trop tardive pour ce qui est listé ici : c'est enregistré. Rien d'autre n'a été fait.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/import_result.py" line="360" />
        <location filename="../../linkrevive/gui/import_result.py" line="377" />
        <source>Problems found:</source>
        <translation>Problèmes trouvés :</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="69" />
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/settings_dialog.py" line="48" />
        <source>%n month(s)</source>
        <translation><numerusform>%n mois</numerusform><numerusform>%n mois</numerusform></translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="78" />
        <source>you@company.com, you@gmail.com</source>
        <translation>vous@societe.fr, vous@gmail.com</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="87" />
        <source>e.g. Ioana (empty: the database is yours alone)</source>
        <translation>p. ex. Ioana (vide : la base n'est qu'à vous)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="91" />
        <source>In a database shared by a team, your LinkedIn imports are your own network and each person shows which teammates are also connected.</source>
        <translation>Dans une base partagée par une équipe, vos imports LinkedIn sont votre propre réseau et chaque personne indique quels collègues sont aussi en relation avec elle.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="96" />
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="98" />
        <source>Dormant after</source>
        <translation>En sommeil après</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="99" />
        <source>Cool-down of lost leads</source>
        <translation>Délai de carence des prospects perdus</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="100" />
        <source>My email addresses</source>
        <translation>Mes adresses e-mail</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="102" />
        <source>Language (applies after restart)</source>
        <translation>Langue (après redémarrage de la fenêtre)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="103" />
        <source>Your name in a shared database</source>
        <translation>Votre nom dans une base partagée</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="105" />
        <source>Start LinkRevive at login</source>
        <translation>Lancer LinkRevive à l'ouverture de session</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="108" />
        <source>Opens minimised in the system tray when you log in, and shows one notification in the morning when there are new leads to revive.</source>
        <translation>S'ouvre réduit dans la zone de notification à l'ouverture de session et affiche une notification le matin quand il y a de nouveaux prospects à relancer.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="117" />
        <source>On this system, see the README to start LinkRevive at login.</source>
        <translation>Sur ce système, voyez le README pour lancer LinkRevive à l'ouverture de session.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="121" />
        <source>Revisit window per stall reason</source>
        <translation>Délai de relance par raison du blocage</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="128" />
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="130" />
        <source>Score weights per signal</source>
        <translation>Poids des signaux dans le score</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="133" />
        <source>Job change</source>
        <translation>Changement de poste</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="134" />
        <source>Title change</source>
        <translation>Nouveau titre</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="135" />
        <source>Reconnected</source>
        <translation>Reconnecté</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="136" />
        <source>LinkedIn message</source>
        <translation>Message LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="137" />
        <source>LinkedIn invitation</source>
        <translation>Invitation LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="138" />
        <source>Incoming email</source>
        <translation>E-mail reçu</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="139" />
        <source>Manual signal</source>
        <translation>Signal manuel</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="148" />
        <source>Adjust them by my results (what led to answers)</source>
        <translation>Les ajuster selon mes résultats (ce qui a mené à des réponses)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="152" />
        <source>Today raises the weight of the signals that led to answers for you and lowers the others, a little at a time and within bounds. Untick to use the weights above as they are.</source>
        <translation>Aujourd'hui augmente le poids des signaux qui ont mené à des réponses pour vous et baisse celui des autres, peu à peu et dans des limites. Décochez pour utiliser les poids ci-dessus tels quels.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="188" />
        <source>Leads to revive this morning</source>
        <translation>Prospects à relancer ce matin</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="191" />
        <source>Could not change the login entry: {0}</source>
        <translation>Impossible de modifier le lancement à l'ouverture de session : {0}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/settings_dialog.py" line="200" />
        <source>Not an email address: {0}</source>
        <translation>Adresse e-mail non valide : {0}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../linkrevive/gui/shortcuts_dialog.py" line="99" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>ShortcutsTableModel</name>
    <message>
        <location filename="../../linkrevive/gui/shortcuts_dialog.py" line="82" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/shortcuts_dialog.py" line="86" />
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="69" />
        <source>Snooze until</source>
        <translation>Mettre en veille jusqu'au</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="76" />
        <source>The lead leaves the list until this day.</source>
        <translation>Le prospect quitte la liste jusqu'à ce jour.</translation>
    </message>
</context>
<context>
    <name>ToConnectDialog</name>
    <message>
        <location filename="../../linkrevive/gui/to_connect_dialog.py" line="25" />
        <source>To connect on LinkedIn</source>
        <translation>À ajouter sur LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/to_connect_dialog.py" line="31" />
        <source>Find on LinkedIn</source>
        <translation>Chercher sur LinkedIn</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/to_connect_dialog.py" line="32" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/to_connect_dialog.py" line="36" />
        <source>Email contacts with no LinkedIn connection yet (double-click: find).</source>
        <translation>Contacts e-mail pas encore en relation sur LinkedIn (double-clic : chercher).</translation>
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
        <location filename="../../linkrevive/gui/today_table_model.py" line="36" />
        <source>New since your last look at Today</source>
        <translation>Nouveau depuis votre dernière visite d'Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_table_model.py" line="47" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_table_model.py" line="52" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_table_model.py" line="58" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_table_model.py" line="62" />
        <source>Last exchange</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_table_model.py" line="65" />
        <source>The last exchange of the conversation, before the silence
(a message of theirs that ended it is in Why now)</source>
        <translation>Le dernier échange de la conversation, avant le silence
(un message de leur part qui l'a rompu est dans Pourquoi maintenant)</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_table_model.py" line="72" />
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_table_model.py" line="76" />
        <source>Stall reason</source>
        <translation>Raison du blocage</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_table_model.py" line="80" />
        <source>Why now</source>
        <translation>Pourquoi maintenant</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../linkrevive/gui/today_view.py" line="223" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_view.py" line="236" />
        <source>The contacts to connect with could not be read.</source>
        <translation>Les contacts à ajouter sur LinkedIn n’ont pas pu être lus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="356" />
        <source>%n new since yesterday</source>
        <translation><numerusform>%n nouveau depuis hier</numerusform><numerusform>%n nouveaux depuis hier</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="359" />
        <source>%n new since {0}</source>
        <translation><numerusform>%n nouveau depuis {0}</numerusform><numerusform>%n nouveaux depuis {0}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="360" />
        <source>%n new since your look of {0}</source>
        <translation><numerusform>%n nouveau depuis votre visite du {0}</numerusform><numerusform>%n nouveaux depuis votre visite du {0}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="366" />
        <source>%n lead(s) to revive today</source>
        <translation><numerusform>%n prospect à relancer aujourd'hui</numerusform><numerusform>%n prospects à relancer aujourd'hui</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="377" />
        <source>%n more due — see Prospects, filter Dormant</source>
        <translation><numerusform>%n autre à relancer — voir Prospects, filtre En sommeil</numerusform><numerusform>%n autres à relancer — voir Prospects, filtre En sommeil</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="275" />
        <source>%n contact(s) to connect with</source>
        <translation><numerusform>%n contact à ajouter sur LinkedIn</numerusform><numerusform>%n contacts à ajouter sur LinkedIn</numerusform></translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_view.py" line="119" />
        <source>New in your network (not prospects yet)</source>
        <translation>Nouveau dans votre réseau (pas encore des prospects)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="254" />
        <location filename="../../linkrevive/gui/today_view.py" line="328" />
        <source>%n new in your network ›</source>
        <translation><numerusform>Réseau : %n nouveauté ›</numerusform><numerusform>Réseau : %n nouveautés ›</numerusform></translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_view.py" line="256" />
        <location filename="../../linkrevive/gui/today_view.py" line="326" />
        <source>Hide new in your network</source>
        <translation>Masquer les nouveautés du réseau</translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="277" />
        <source>%n contact(s) to connect with on LinkedIn ›</source>
        <translation><numerusform>%n contact à ajouter sur LinkedIn ›</numerusform><numerusform>%n contacts à ajouter sur LinkedIn ›</numerusform></translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_view.py" line="369" />
        <source>nothing to revive today — no dormant lead shows a new sign, and none is due for a revisit</source>
        <translation>rien à relancer aujourd'hui — aucun prospect en sommeil ne montre de signe récent, et aucun n'est à relancer</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_view.py" line="379" />
        <source>As of {0}: {1}</source>
        <translation>Au {0} : {1}</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/today_view.py" line="480" />
        <source>Opener copied to the clipboard.</source>
        <translation>Accroche copiée dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../linkrevive/gui/nudge.py" line="161" />
        <source>Open Today</source>
        <translation>Ouvrir Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/nudge.py" line="163" />
        <source>Quit LinkRevive</source>
        <translation>Quitter LinkRevive</translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="377" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/lead_actions.py" line="379" />
        <source>Undo ({0})</source>
        <translation>Annuler ({0})</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../linkrevive/gui/welcome_page.py" line="19" />
        <source>Welcome to LinkRevive</source>
        <translation>Bienvenue dans LinkRevive</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/welcome_page.py" line="26" />
        <source>LinkRevive pairs your email contacts with your LinkedIn connections and, every morning, shows the dormant leads that show signs of a new project.</source>
        <translation>LinkRevive associe vos contacts e-mail à vos relations LinkedIn et, chaque matin, vous montre les prospects en sommeil qui donnent des signes d'un nouveau projet.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/welcome_page.py" line="35" />
        <source>Import your LinkedIn export…</source>
        <translation>Importer votre export LinkedIn…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/welcome_page.py" line="36" />
        <source>Import your contacts or mailbox…</source>
        <translation>Importer vos contacts ou votre boîte mail…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/welcome_page.py" line="37" />
        <source>Open the demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/welcome_page.py" line="39" />
        <source>Sample data in a database of its own, in its own window: yours is untouched.</source>
        <translation>Des données d'exemple dans leur propre base, dans leur propre fenêtre : la vôtre n'est pas touchée.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/welcome_page.py" line="46" />
        <source>You can also drop files here, several at once: .zip, .csv, .vcf, .xlsx, .xls, .mbox or .eml.</source>
        <translation>Vous pouvez aussi déposer des fichiers ici, plusieurs à la fois : .zip, .csv, .vcf, .xlsx, .xls, .mbox ou .eml.</translation>
    </message>
</context>
<context>
    <name>WhyNowBox</name>
    <message>
        <location filename="../../linkrevive/gui/selected_lead.py" line="39" />
        <source>Why now</source>
        <translation>Pourquoi maintenant</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/selected_lead.py" line="50" />
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/selected_lead.py" line="51" />
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/selected_lead.py" line="56" />
        <source>Copy opener</source>
        <translation>Copier l'accroche</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/selected_lead.py" line="57" />
        <source>Snooze…</source>
        <translation>Mettre en veille…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/selected_lead.py" line="58" />
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/selected_lead.py" line="59" />
        <source>Mark revived</source>
        <translation>Relancé</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/selected_lead.py" line="60" />
        <source>Do not contact…</source>
        <translation>Ne pas contacter…</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/selected_lead.py" line="67" />
        <source>Suggested opener</source>
        <translation>Accroche suggérée</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/selected_lead.py" line="106" />
        <source>New mail, a newer LinkedIn export or a revisit coming due will bring leads here: import them as they come.</source>
        <translation>De nouveaux e-mails, un export LinkedIn plus récent ou une relance arrivée à échéance amèneront des prospects ici : importez-les au fil de l'eau.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/selected_lead.py" line="110" />
        <source>Select a lead to see why now is a good time.</source>
        <translation>Choisissez un prospect pour voir pourquoi c'est le bon moment.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="194" />
        <source>{file}: no such file or folder.</source>
        <translation>{file} : fichier ou dossier introuvable.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="195" />
        <source>{file} is empty.</source>
        <translation>{file} est vide.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="196" />
        <source>{file} is not a text file (it looks binary).</source>
        <translation>{file} n'est pas un fichier texte (il semble binaire).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="199" />
        <source>{file} is not a LinkedIn export: no Connections.csv, messages.csv or Invitations.csv with the expected header was found.</source>
        <translation>{file} n'est pas un export LinkedIn : aucun Connections.csv, messages.csv ou Invitations.csv avec l'en-tête attendu n'a été trouvé.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="204" />
        <source>{file} is a folder holding the LinkedIn export as a zip, {detail}: import that zip.</source>
        <translation>{file} est un dossier qui contient l'export LinkedIn sous forme de zip, {detail} : importez ce zip.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="208" />
        <source>{file} holds the LinkedIn export as another zip, {detail}: take it out of {file}, then import it.</source>
        <translation>{file} contient l'export LinkedIn sous forme d'un autre zip, {detail} : sortez-le de {file}, puis importez-le.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="213" />
        <source>{file} is not a readable zip archive (damaged or truncated): {detail}.</source>
        <translation>{file} n'est pas une archive zip lisible (abîmée ou tronquée) : {detail}.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="216" />
        <source>{file}, line {line}: the CSV is malformed ({detail}).</source>
        <translation>{file}, ligne {line} : le CSV est mal formé ({detail}).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="219" />
        <source>{file}: the text encoding could not be recognised.</source>
        <translation>{file} : l'encodage du texte n'a pas été reconnu.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="222" />
        <source>{file}, line {line}: '{value}' is not a date LinkRevive understands.</source>
        <translation>{file}, ligne {line} : « {value} » n'est pas une date que LinkRevive comprend.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="225" />
        <source>{file}: the format was not recognised (expected vCard, an address-book CSV, a lead sheet CSV/XLSX, an mbox file or a folder of .eml files).</source>
        <translation>{file} : format non reconnu (attendu : vCard, CSV de carnet d'adresses, fichier de prospects CSV/XLSX, fichier mbox ou dossier de fichiers .eml).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="230" />
        <source>{file} is not a readable XLSX workbook ({detail}).</source>
        <translation>{file} n'est pas un classeur XLSX lisible ({detail}).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="233" />
        <source>{file} is not a readable Excel 97-2003 workbook ({detail}).</source>
        <translation>{file} n'est pas un classeur Excel 97-2003 lisible ({detail}).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="236" />
        <source>{file} is not an mbox file (it does not start with a 'From ' line).</source>
        <translation>{file} n'est pas un fichier mbox (il ne commence pas par une ligne « From »).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="239" />
        <source>{file} is an Outlook file ({detail}), which LinkRevive cannot read: import that mailbox from its server instead (Import from IMAP), or export it as an mbox file from a mail program that reads it (Thunderbird reads .pst files).</source>
        <translation>{file} est un fichier Outlook ({detail}), que LinkRevive ne sait pas lire : importez plutôt cette boîte depuis son serveur (Importer depuis IMAP), ou exportez-la en fichier mbox depuis un logiciel de messagerie qui la lit (Thunderbird lit les fichiers .pst).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="245" />
        <source>{file} holds several mailboxes ({detail}): import them one by one (select them together in the window).</source>
        <translation>{file} contient plusieurs boîtes mail ({detail}) : importez-les une par une (sélectionnez-les ensemble dans la fenêtre).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="250" />
        <source>The database is busy in another window or command; try again.</source>
        <translation>La base de données est occupée par une autre fenêtre ou commande ; réessayez.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="253" />
        <source>The database refused the change ({detail}); nothing was saved.</source>
        <translation>La base de données a refusé la modification ({detail}) ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="256" />
        <source>{file} already holds your people or connections; the demo goes into a database of its own (--db demo.sqlite3).</source>
        <translation>{file} contient déjà vos personnes ou vos relations ; la démo va dans une base à part (--db demo.sqlite3).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="261" />
        <source>No password store (keyring) is available: start a Secret Service such as gnome-keyring, or configure a keyring backend, then try again.</source>
        <translation>Aucun trousseau de mots de passe n'est disponible : démarrez un service comme gnome-keyring, ou configurez un trousseau, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="266" />
        <source>IMAP server {detail}.</source>
        <translation>Serveur IMAP {detail}.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="267" />
        <source>The IMAP server refused the user name or password for {detail}.</source>
        <translation>Le serveur IMAP a refusé l'utilisateur ou le mot de passe pour {detail}.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="270" />
        <source>The import was cancelled; the database is unchanged.</source>
        <translation>L'import a été annulé ; la base de données est inchangée.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="273" />
        <source>{file} could not be written ({detail}).</source>
        <translation>{file} n'a pas pu être écrit ({detail}).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="276" />
        <source>{file} is refused as an export target: {detail}.</source>
        <translation>{file} est refusé comme fichier d'export : {detail}.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="279" />
        <source>{file} was written by a newer LinkRevive (database version {detail}); it needs a newer LinkRevive to open it.</source>
        <translation>{file} a été écrit par une version plus récente de LinkRevive (version de base {detail}) ; il faut une version plus récente de LinkRevive pour l'ouvrir.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="284" />
        <source>{file} is not a LinkedIn Connections.csv: no line with 'First Name' and 'Connected On' (or the old Outlook layout) was found in the first lines.</source>
        <translation>{file} n’est pas un fichier Connections.csv de LinkedIn : aucune ligne avec « First Name » et « Connected On » (ni l’ancienne présentation Outlook) dans les premières lignes.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="289" />
        <source>{file}, line {line}: the vCard is truncated or malformed ({detail}).</source>
        <translation>{file}, ligne {line} : la vCard est tronquée ou mal formée ({detail}).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="293" />
        <source>{file}: the database could not be opened ({detail}).</source>
        <translation>{file} : la base de données n’a pas pu être ouverte ({detail}).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="296" />
        <source>No person or LinkedIn profile matches '{value}'.</source>
        <translation>Aucune personne ni aucun profil LinkedIn ne correspond à « {value} ».</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="299" />
        <source>No pairing between {value} exists.</source>
        <translation>Aucune association entre {value} n’existe.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="300" />
        <source>{value} was changed in another window or by a teammate meanwhile; try again.</source>
        <translation>{value} a été modifié entre-temps dans une autre fenêtre ou par un coéquipier ; réessayez.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="304" />
        <source>No password is stored in the keyring for {detail}; give it once to store it.</source>
        <translation>Aucun mot de passe n’est enregistré dans le trousseau pour {detail} ; saisissez-le une fois pour l’enregistrer.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="308" />
        <source>{file} cannot be written ({detail}); LinkRevive needs a database it can write to.</source>
        <translation>{file} ne peut pas être modifié ({detail}) ; LinkRevive a besoin d'une base de données modifiable.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="312" />
        <source>'{value}' is not a database LinkRevive can open ({detail}).</source>
        <translation>« {value} » n'est pas une base de données que LinkRevive sait ouvrir ({detail}).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="315" />
        <source>{file} is refused: its content would expand far beyond a real export ({detail}).</source>
        <translation>{file} est refusé : son contenu décompressé dépasserait de loin un vrai export ({detail}).</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="319" />
        <source>{file} is refused: it is larger than {detail} MB, far beyond a real file of its kind.</source>
        <translation>{file} est refusé : il dépasse {detail} Mo, bien au-delà d'un vrai fichier de ce type.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="323" />
        <source>{file}, line {line}: a line is longer than {detail} million characters; the file is refused.</source>
        <translation>{file}, ligne {line} : une ligne dépasse {detail} million(s) de caractères ; le fichier est refusé.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="328" />
        <source>{file}, line {line}: a cell is longer than {detail} million characters; the file is refused.</source>
        <translation>{file}, ligne {line} : une cellule dépasse {detail} million(s) de caractères ; le fichier est refusé.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="333" />
        <source>{file} is refused: it has more than {detail} rows.</source>
        <translation>{file} est refusé : il a plus de {detail} lignes.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="336" />
        <source>{file} is not a regular file (a pipe, a device or a socket); give a file or a folder.</source>
        <translation>{file} n'est pas un fichier ordinaire (un tube, un périphérique ou un socket) ; donnez un fichier ou un dossier.</translation>
    </message>
    <message>
        <location filename="../../linkrevive/gui/i18n.py" line="340" />
        <source>{file} could not be read ({detail}).</source>
        <translation>{file} n'a pas pu être lu ({detail}).</translation>
    </message>
</context>
</TS>