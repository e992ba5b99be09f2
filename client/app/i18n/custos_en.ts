<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CycleOverviewPage</name>
    <message numerus="yes">
        <source>%n facilities</source>
        <translation>
            <numerusform>%n facility</numerusform>
            <numerusform>%n facilities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message numerus="yes">
        <source>Rests on %n piece(s) of evidence · by %1</source>
        <translation>
            <numerusform>Rests on %n piece of evidence · by %1</numerusform>
            <numerusform>Rests on %n pieces of evidence · by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · based on %n finding(s)</source>
        <translation>
            <numerusform> · based on %n finding</numerusform>
            <numerusform> · based on %n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>%n recommendation</numerusform>
            <numerusform>%n recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message numerus="yes">
        <source>Consent: %1 · %n allegation(s) · by %2</source>
        <translation>
            <numerusform>Consent: %1 · %n allegation · by %2</numerusform>
            <numerusform>Consent: %1 · %n allegations · by %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message numerus="yes">
        <source>%n photo(s) of people awaiting the lead&apos;s approval; they stay out of reports and exports until approved.</source>
        <translation>
            <numerusform>%n photo of people awaiting the lead&apos;s approval; it stays out of reports and exports until approved.</numerusform>
            <numerusform>%n photos of people awaiting the lead&apos;s approval; they stay out of reports and exports until approved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionCard</name>
    <message numerus="yes">
        <source>⚑ %n flagged</source>
        <translation>
            <numerusform>⚑ %n flagged</numerusform>
            <numerusform>⚑ %n flagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≠ %n divergent</source>
        <translation>
            <numerusform>≠ %n divergent</numerusform>
            <numerusform>≠ %n divergent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message numerus="yes">
        <source>%n item(s) answered differently by team members</source>
        <translation>
            <numerusform>%n item answered differently by team members</numerusform>
            <numerusform>%n items answered differently by team members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitHomePage</name>
    <message numerus="yes">
        <source>Team: %n divergent</source>
        <translation>
            <numerusform>Team: %n divergent</numerusform>
            <numerusform>Team: %n divergent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitListPage</name>
    <message numerus="yes">
        <source>⚑ %n flagged</source>
        <translation>
            <numerusform>⚑ %n flagged</numerusform>
            <numerusform>⚑ %n flagged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::app::Session</name>
    <message numerus="yes">
        <source>Too many wrong passphrases. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Too many wrong passphrases. Wait %n second before trying again.</numerusform>
            <numerusform>Too many wrong passphrases. Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong passphrase. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Wrong passphrase. Wait %n second before trying again.</numerusform>
            <numerusform>Wrong passphrase. Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
</TS>
