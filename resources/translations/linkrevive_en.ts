<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>LinkedInView</name>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/linkedin_view.py" line="180" />
        <source>%n connection(s)</source>
        <translation><numerusform>%n connection</numerusform><numerusform>%n connections</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/main_window.py" line="506" />
        <source>%n of your connections are missing from this LinkedIn export, so it was imported as partial: nobody was marked removed. Did you remove them from your network? Yes marks them removed.</source>
        <translation><numerusform>%n of your connections is missing from this LinkedIn export, so it was imported as partial: nobody was marked removed. Did you remove it from your network? Yes marks it removed.</numerusform><numerusform>%n of your connections are missing from this LinkedIn export, so it was imported as partial: nobody was marked removed. Did you remove them from your network? Yes marks them removed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/main_window.py" line="558" />
        <source>%n signal(s)</source>
        <translation><numerusform>%n signal</numerusform><numerusform>%n signals</numerusform></translation>
    </message>
    </context>
<context>
    <name>PairsView</name>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/pairs_view.py" line="138" />
        <source>%n pair(s) left to review</source>
        <translation><numerusform>%n pair left to review</numerusform><numerusform>%n pairs left to review</numerusform></translation>
    </message>
    </context>
<context>
    <name>ProspectsView</name>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/prospects_view.py" line="247" />
        <source>%n person(s) shown</source>
        <translation><numerusform>%n person shown</numerusform><numerusform>%n people shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/prospects_view.py" line="249" />
        <source>%n in total</source>
        <translation><numerusform>%n in total</numerusform><numerusform>%n in total</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/prospects_view.py" line="253" />
        <source>%n automated sender(s) hidden</source>
        <translation><numerusform>%n automated sender hidden</numerusform><numerusform>%n automated senders hidden</numerusform></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="276" />
        <location filename="../../linkrevive/gui/today_view.py" line="327" />
        <source>%n new in your network ›</source>
        <translation><numerusform>%n new in your network ›</numerusform><numerusform>%n new in your network ›</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="283" />
        <source>%n contact(s) to connect with</source>
        <translation><numerusform>%n contact to connect with</numerusform><numerusform>%n contacts to connect with</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="285" />
        <source>%n contact(s) to connect with on LinkedIn ›</source>
        <translation><numerusform>%n contact to connect with on LinkedIn ›</numerusform><numerusform>%n contacts to connect with on LinkedIn ›</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="354" />
        <source>%n lead(s) to revive today</source>
        <translation><numerusform>%n lead to revive today</numerusform><numerusform>%n leads to revive today</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../linkrevive/gui/today_view.py" line="356" />
        <source>%n more due — see Prospects, filter Dormant</source>
        <translation><numerusform>%n more due — see Prospects, filter Dormant</numerusform><numerusform>%n more due — see Prospects, filter Dormant</numerusform></translation>
    </message>
    </context>
</TS>