<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>FunnelPane</name>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/insights_view.py" line="187" />
        <source>median %n day(s) from sign to answer</source>
        <translation><numerusform>median %n day from sign to answer</numerusform><numerusform>median %n days from sign to answer</numerusform></translation>
    </message>
    </context>
<context>
    <name>ImportFlow</name>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_flow.py" line="181" />
        <source>Importing %n file(s)</source>
        <translation><numerusform>Importing %n file</numerusform><numerusform>Importing %n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_flow.py" line="291" />
        <source>This LinkedIn export has no date of its own: it may be older than your last one, so it changed nothing you knew (%n of your connections are missing from it or shown differently). Is it your newest export? Yes applies it as your newest, dated today.</source>
        <translation><numerusform>This LinkedIn export has no date of its own: it may be older than your last one, so it changed nothing you knew (%n of your connections is missing from it or shown differently). Is it your newest export? Yes applies it as your newest, dated today.</numerusform><numerusform>This LinkedIn export has no date of its own: it may be older than your last one, so it changed nothing you knew (%n of your connections are missing from it or shown differently). Is it your newest export? Yes applies it as your newest, dated today.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_flow.py" line="300" />
        <source>%n of your connections are missing from this LinkedIn export, so it was imported as partial: nobody was marked removed. Did you remove them from your network? Yes marks them removed.</source>
        <translation><numerusform>%n of your connections is missing from this LinkedIn export, so it was imported as partial: nobody was marked removed. Did you remove it from your network? Yes marks it removed.</numerusform><numerusform>%n of your connections are missing from this LinkedIn export, so it was imported as partial: nobody was marked removed. Did you remove them from your network? Yes marks them removed.</numerusform></translation>
    </message>
</context>
<context>
    <name>LinkedInView</name>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/linkedin_view.py" line="201" />
        <source>%n connection(s)</source>
        <translation><numerusform>%n connection</numerusform><numerusform>%n connections</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/main_window.py" line="340" />
        <source>%n sender(s) set aside as automated</source>
        <translation><numerusform>%n sender set aside as automated</numerusform><numerusform>%n senders set aside as automated</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/main_window.py" line="342" />
        <source>%n sender(s) taken back as persons</source>
        <translation><numerusform>%n sender taken back as persons</numerusform><numerusform>%n senders taken back as persons</numerusform></translation>
    </message>
    </context>
<context>
    <name>MorningNudge</name>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/nudge.py" line="116" />
        <source>%n lead(s) to revive</source>
        <translation><numerusform>%n lead to revive</numerusform><numerusform>%n leads to revive</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/nudge.py" line="117" />
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>OwnAddressesDialog</name>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/own_addresses_dialog.py" line="22" />
        <source>• {0} &lt;{1}&gt;: %n exchange(s)</source>
        <translation><numerusform>• {0} &lt;{1}&gt;: %n exchange</numerusform><numerusform>• {0} &lt;{1}&gt;: %n exchanges</numerusform></translation>
    </message>
    </context>
<context>
    <name>PairsView</name>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/pairs_view.py" line="146" />
        <source>%n pair(s) left to review</source>
        <translation><numerusform>%n pair left to review</numerusform><numerusform>%n pairs left to review</numerusform></translation>
    </message>
    </context>
<context>
    <name>ProspectsView</name>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/prospects_view.py" line="299" />
        <source>%n person(s) shown</source>
        <translation><numerusform>%n person shown</numerusform><numerusform>%n people shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/prospects_view.py" line="301" />
        <source>%n in total</source>
        <translation><numerusform>%n in total</numerusform><numerusform>%n in total</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/prospects_view.py" line="305" />
        <source>%n automated sender(s) hidden</source>
        <translation><numerusform>%n automated sender hidden</numerusform><numerusform>%n automated senders hidden</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultText</name>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="160" />
        <source>%n row(s) skipped</source>
        <translation><numerusform>%n row skipped</numerusform><numerusform>%n rows skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="161" />
        <source>%n row(s) rejected</source>
        <translation><numerusform>%n row rejected</numerusform><numerusform>%n rows rejected</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="162" />
        <source>Signals found: %n</source>
        <translation><numerusform>Signals found: %n</numerusform><numerusform>Signals found: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="166" />
        <source>%n new connection(s)</source>
        <translation><numerusform>%n new connection</numerusform><numerusform>%n new connections</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="168" />
        <source>%n connection(s) changed (job, title or details)</source>
        <translation><numerusform>%n connection changed (job, title or details)</numerusform><numerusform>%n connections changed (job, title or details)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="170" />
        <source>%n connection(s) unchanged</source>
        <translation><numerusform>%n connection unchanged</numerusform><numerusform>%n connections unchanged</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="171" />
        <source>%n connection(s) removed from your network</source>
        <translation><numerusform>%n connection removed from your network</numerusform><numerusform>%n connections removed from your network</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="172" />
        <source>%n row(s) added to the history only</source>
        <translation><numerusform>%n row added to the history only</numerusform><numerusform>%n rows added to the history only</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="174" />
        <source>%n connection(s) missing from this export, kept</source>
        <translation><numerusform>%n connection missing from this export, kept</numerusform><numerusform>%n connections missing from this export, kept</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="177" />
        <source>%n connection(s) shown differently in this export, left as they were</source>
        <translation><numerusform>%n connection shown differently in this export, left as they were</numerusform><numerusform>%n connections shown differently in this export, left as they were</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="180" />
        <source>%n connection(s) found under a new profile address, followed</source>
        <translation><numerusform>%n connection found under a new profile address, followed</numerusform><numerusform>%n connections found under a new profile address, followed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="183" />
        <source>%n profile(s) known only from messages or invitations</source>
        <translation><numerusform>%n profile known only from messages or invitations</numerusform><numerusform>%n profiles known only from messages or invitations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="186" />
        <source>%n exchange(s) recorded (messages, endorsements, recommendations)</source>
        <translation><numerusform>%n exchange recorded (messages, endorsements, recommendations)</numerusform><numerusform>%n exchanges recorded (messages, endorsements, recommendations)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="192" />
        <source>%n message(s) fetched from the server</source>
        <translation><numerusform>%n message fetched from the server</numerusform><numerusform>%n messages fetched from the server</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="193" />
        <source>%n message(s) read</source>
        <translation><numerusform>%n message read</numerusform><numerusform>%n messages read</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="194" />
        <source>%n email exchange(s) recorded</source>
        <translation><numerusform>%n email exchange recorded</numerusform><numerusform>%n email exchanges recorded</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="195" />
        <location filename="../../linkrevive/gui/import_result.py" line="208" />
        <source>%n contact(s) added</source>
        <translation><numerusform>%n contact added</numerusform><numerusform>%n contacts added</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="197" />
        <source>%n automated message(s) set aside (newsletters, notifications, out-of-office replies…)</source>
        <translation><numerusform>%n automated message set aside (newsletters, notifications, out-of-office replies…)</numerusform><numerusform>%n automated messages set aside (newsletters, notifications, out-of-office replies…)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="202" />
        <source>%n automated sender(s) recognised</source>
        <translation><numerusform>%n automated sender recognised</numerusform><numerusform>%n automated senders recognised</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="203" />
        <source>%n message(s) filed as spam set aside</source>
        <translation><numerusform>%n message filed as spam set aside</numerusform><numerusform>%n messages filed as spam set aside</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="204" />
        <source>%n message(s) without a date skipped</source>
        <translation><numerusform>%n message without a date skipped</numerusform><numerusform>%n messages without a date skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="209" />
        <source>%n contact(s) completed or updated</source>
        <translation><numerusform>%n contact completed or updated</numerusform><numerusform>%n contacts completed or updated</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="210" />
        <source>%n contact(s) already known, unchanged</source>
        <translation><numerusform>%n contact already known, unchanged</numerusform><numerusform>%n contacts already known, unchanged</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="211" />
        <source>%n last-contact date(s) recorded</source>
        <translation><numerusform>%n last-contact date recorded</numerusform><numerusform>%n last-contact dates recorded</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="213" />
        <source>Shared addresses (contact@, info@…) set apart: %n</source>
        <translation><numerusform>Shared addresses (contact@, info@…) set apart: %n</numerusform><numerusform>Shared addresses (contact@, info@…) set apart: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="215" />
        <source>%n warning(s): the rows were imported</source>
        <translation><numerusform>%n warning: the rows were imported</numerusform><numerusform>%n warnings: the rows were imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="294" />
        <source>Members who hide their profile, skipped (LinkedIn gives no name): %n</source>
        <translation><numerusform>Members who hide their profile, skipped (LinkedIn gives no name): %n</numerusform><numerusform>Members who hide their profile, skipped (LinkedIn gives no name): %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="340" />
        <source>%n file(s) imported</source>
        <translation><numerusform>%n file imported</numerusform><numerusform>%n files imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/import_result.py" line="342" />
        <source>%n file(s) not imported</source>
        <translation><numerusform>%n file not imported</numerusform><numerusform>%n files not imported</numerusform></translation>
    </message>
    </context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/settings_dialog.py" line="48" />
        <source>%n month(s)</source>
        <translation><numerusform>%n month</numerusform><numerusform>%n months</numerusform></translation>
    </message>
    </context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="254" />
        <location filename="../../linkrevive/gui/today_view.py" line="328" />
        <source>%n new in your network ›</source>
        <translation><numerusform>%n new in your network ›</numerusform><numerusform>%n new in your network ›</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="275" />
        <source>%n contact(s) to connect with</source>
        <translation><numerusform>%n contact to connect with</numerusform><numerusform>%n contacts to connect with</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="277" />
        <source>%n contact(s) to connect with on LinkedIn ›</source>
        <translation><numerusform>%n contact to connect with on LinkedIn ›</numerusform><numerusform>%n contacts to connect with on LinkedIn ›</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="356" />
        <source>%n new since yesterday</source>
        <translation><numerusform>%n new since yesterday</numerusform><numerusform>%n new since yesterday</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="359" />
        <source>%n new since {0}</source>
        <translation><numerusform>%n new since {0}</numerusform><numerusform>%n new since {0}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="360" />
        <source>%n new since your look of {0}</source>
        <translation><numerusform>%n new since your look of {0}</numerusform><numerusform>%n new since your look of {0}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="366" />
        <source>%n lead(s) to revive today</source>
        <translation><numerusform>%n lead to revive today</numerusform><numerusform>%n leads to revive today</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="377" />
        <source>%n more due — see Prospects, filter Dormant</source>
        <translation><numerusform>%n more due — see Prospects, filter Dormant</numerusform><numerusform>%n more due — see Prospects, filter Dormant</numerusform></translation>
    </message>
    </context>
</TS>