<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AllegationRow</name>
    <message>
        <source>Allegation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (a date, or e.g. “last week”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleged perpetrator (category only, no names)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerButtons</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>جزئيًا</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>لم يُتحقق منه</translation>
    </message>
</context>
<context>
    <name>AnswerDetails</name>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: where, who, which register page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Cannot read the CA certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user interface failed to load.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphrasePage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished">رجوع</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished">تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short sentence is easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs more answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show guidance and rule reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit has been submitted: answers can be read but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ Team members answered this differently. The visit lead settles it under “Team”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleOverviewPage</name>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m²/person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per toilet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n facilities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Compliance by theme, in checklist order: N non-compliant, P partially compliant, C compliant, – not assessed. Urgent: urgent findings. Isolation: longest solitary confinement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DivergentItem</name>
    <message>
        <source>Settled before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this answer stands (e.g. re-checked together)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · source: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarlierRecommendation</name>
    <message>
        <source>To %1 · priority %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue – </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on this visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you see or were you shown? (evidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished">جزئيًا</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <source>Enrol this tablet</source>
        <translation>تسجيل هذا الجهاز اللوحي</translation>
    </message>
    <message>
        <source>Your administrator gives you the server address and a one-time enrolment code. The code works once and expires.</source>
        <translation>يعطيك المسؤول عنوان الخادم ورمز تسجيل لمرة واحدة. يعمل الرمز مرة واحدة وتنتهي صلاحيته.</translation>
    </message>
    <message>
        <source>Server address, e.g. custos.example.org:7443</source>
        <translation>عنوان الخادم، مثلًا custos.example.org:7443</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Enrolment code, e.g. 7KQ2-M9XD-4HTR</source>
        <translation>رمز التسجيل، مثلًا 7KQ2-M9XD-4HTR</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>رمز التسجيل</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Lock the app</source>
        <translation>قفل التطبيق</translation>
    </message>
</context>
<context>
    <name>EvidenceAnswer</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — team answers differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilityTrendPage</name>
    <message>
        <source>%1 · %2 · capacity %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards met (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — visit of %2, %3; %4 urgent findings, %5 flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandela Rules concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts, where and how they were established (triangulated sources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence it rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer checklist items or record interviews to link them here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Findings and recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate observations for the final talk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet. Findings marked “Urgent – immediate observation” appear here, numbered, ready to put to the management before the team leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finding: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Rules %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rests on %n piece(s) of evidence · by %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recommendations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1 · priority %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · based on %n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagList</name>
    <message>
        <source>Urgent: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority concern: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpItem</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · to %3 · priority %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status recorded on this tablet, waiting for sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide history (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: what the new status rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Recommendation follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendation matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 more of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>Interview %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain who you are, that taking part is voluntary, and what may be done with what the person says. Record their answer before anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else can be recorded until consent is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Who and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymous code, e.g. D-17 (never a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymous code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy: e.g. out of sight and hearing of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interpreter took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Allegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Risks and follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of reprisal against this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs follow-up (a later check on this person&apos;s safety or case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account in the person&apos;s words; no names of others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private interviews happen out of the hearing of staff. Ask for consent first, use a pseudonymous code, never a name. Group interviews give no confidentiality: keep sensitive topics for individual ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interviews recorded for this visit yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Consent: %1 · %n allegation(s) · by %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Risk of reprisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemInput</name>
    <message>
        <source>Decrease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what you observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Custos</source>
        <translation>كوستوس</translation>
    </message>
</context>
<context>
    <name>OverviewRow</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N %1 · P %2 · C %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Not on this tablet yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows people: awaiting the lead&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows people: approved by the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows people: not approved by the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives with the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead&apos;s note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, photo %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo %1 from this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo to this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) of people awaiting the lead&apos;s approval; they stay out of reports and exports until approved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Does the photo show people?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of people need the person&apos;s express consent and the visit lead&apos;s approval before any use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo shows no people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo shows people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pictures found in Pictures, Downloads, Documents or on removable media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the picture. Location and camera details are removed; the app keeps it only in its encrypted database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel adding a photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>This file is not a picture the app can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should change, measurably, and by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority, e.g. Facility director, Ministry of Justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewHomePage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits on this tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">الإعدادات</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished">قفل</translation>
    </message>
    <message>
        <source>Lock the app now</source>
        <translation type="unfinished">قفل التطبيق الآن</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>Recommendation follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit cycle has reached this device yet. Connect to the server and sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPageHeader</name>
    <message>
        <source>Back</source>
        <translation type="unfinished">رجوع</translation>
    </message>
    <message>
        <source>Loaded in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionCard</name>
    <message>
        <source>%1: %2 of %3 answered, %4 flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚑ %n flagged</source>
        <translation type="unfinished">
            <numerusform>⚑ لا تنبيهات</numerusform>
            <numerusform>⚑ تنبيه واحد</numerusform>
            <numerusform>⚑ تنبيهان</numerusform>
            <numerusform>⚑ %n تنبيهات</numerusform>
            <numerusform>⚑ %n تنبيهًا</numerusform>
            <numerusform>⚑ %n تنبيه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≠ %n divergent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SensitiveText</name>
    <message>
        <source>Visible now. It hides again when you let go or leave the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden. Hold “Show” to read it, or tap the field to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold to show the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>●●●●●●  content hidden  ●●●●●●</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to the previous screen</source>
        <translation>الرجوع إلى الشاشة السابقة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The screens change at once. Checklist questions and facility names stay as the server sent them.</source>
        <translation>تتغير الشاشات فورًا. تبقى أسئلة قائمة التحقق وأسماء المرافق كما أرسلها الخادم.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>الألوان</translation>
    </message>
    <message>
        <source>Dark is easier on the eyes in dim rooms and at night. High contrast is for bright light, such as a courtyard in the sun.</source>
        <translation>الوضع الداكن أريح للعينين في الغرف الخافتة وفي الليل. التباين العالي للضوء الساطع، مثل ساحة تحت الشمس.</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>القفل التلقائي</translation>
    </message>
    <message>
        <source>Custos locks itself when the tablet is not used for this long. Your passphrase opens it again.</source>
        <translation>يُقفل كوستوس نفسه إذا لم يُستخدم الجهاز اللوحي طوال هذه المدة. تفتحه عبارة المرور من جديد.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Everything is sent.</source>
        <translation>أُرسل كل شيء.</translation>
    </message>
    <message>
        <source>Last sync: %1.</source>
        <translation>آخر مزامنة: %1.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>لا تغييرات بانتظار الإرسال.</numerusform>
            <numerusform>تغيير واحد بانتظار الإرسال.</numerusform>
            <numerusform>تغييران بانتظار الإرسال.</numerusform>
            <numerusform>%n تغييرات بانتظار الإرسال.</numerusform>
            <numerusform>%n تغييرًا بانتظار الإرسال.</numerusform>
            <numerusform>%n تغيير بانتظار الإرسال.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>تقدّم المزامنة</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team and submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) answered differently by team members</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No divergent answers: the team agrees on every item answered so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit lead decides which answer stands. Until then the latest answer counts, and every answer is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items answered · %3 flagged · %4 findings · %5 recommendations · %6 interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the divergent answers above first, or submit knowing that the latest answers count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After submission, monitors can no longer change this visit; a coordinator reviews it or returns it to the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s data for this visit is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Protect this tablet</source>
        <translation>احمِ هذا الجهاز اللوحي</translation>
    </message>
    <message>
        <source>Unlock Custos</source>
        <translation>فتح قفل كوستوس</translation>
    </message>
    <message>
        <source>Choose a passphrase. Everything you record is encrypted with it. It cannot be recovered if forgotten, so keep it somewhere safe — never on the tablet.</source>
        <translation>اختر عبارة مرور. كل ما تسجّله يُشفَّر بها. لا يمكن استعادتها إذا نسيتها، فاحفظها في مكان آمن، وليس على الجهاز اللوحي أبدًا.</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your visits.</source>
        <translation>أدخل عبارة المرور لفتح زياراتك.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>اكتب عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>تأكيد عبارة المرور</translation>
    </message>
    <message>
        <source>Encrypt and continue</source>
        <translation>شفّر وتابع</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
</context>
<context>
    <name>VisitHeader</name>
    <message>
        <source>Back</source>
        <translation type="unfinished">رجوع</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitHomePage</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished">%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit has been submitted. Its data can be read but no longer changed on this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the whole checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1) and recommendations (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Team: %n divergent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Team and submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist of this visit has not been received yet. Sync when you have a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population at the time of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet: ask management for the official capacity and today&apos;s population by category (section “Population”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier recommendations to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open recommendations from earlier visits to this facility.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitListPage</name>
    <message>
        <source>My visits</source>
        <translation>زياراتي</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No visits yet. Visits assigned to you appear here after a sync.</source>
        <translation>لا توجد زيارات بعد. تظهر هنا الزيارات المسندة إليك بعد المزامنة.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>أُجيب عن %1 من %2</translation>
    </message>
    <message>
        <source>checklist not received yet</source>
        <translation>لم تصل قائمة التحقق بعد</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Lock the app now</source>
        <translation>قفل التطبيق الآن</translation>
    </message>
    <message numerus="yes">
        <source>⚑ %n flagged</source>
        <translation>
            <numerusform>⚑ لا تنبيهات</numerusform>
            <numerusform>⚑ تنبيه واحد</numerusform>
            <numerusform>⚑ تنبيهان</numerusform>
            <numerusform>⚑ %n تنبيهات</numerusform>
            <numerusform>⚑ %n تنبيهًا</numerusform>
            <numerusform>⚑ %n تنبيه</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitReviewPage</name>
    <message>
        <source>Visit review — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · team: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked reviewed on this tablet, waiting for sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by the team, waiting for your review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team has not submitted this visit yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report (French)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1 in %2 ms. The PDF is not encrypted: keep it only where the report may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers · %2 findings (%3 urgent) · %4 recommendations · %5 flagged answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview %1 (consent: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — to %3, priority %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::app::ChecklistModel</name>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit&apos;s checklist has not been received yet. Sync when you have a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a former team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered under an earlier version of the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question is no longer asked; the answer is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check under: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid answer for this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2026-11-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown source “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the visit lead can settle divergent answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is locked; unlock it to record answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit has been submitted; its answers can no longer be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::app::PhotoImporter</name>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::app::PhotoListModel</name>
    <message>
        <source>The app is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::app::ReviewClient</name>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remand centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigration detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychiatric institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juvenile centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the app to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved to %1. Check that there is space and that the folder can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the recommendation stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the new status rests on (a document, a visit, the authority&apos;s answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not visited yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::app::Session</name>
    <message>
        <source>Use at least %1 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>استخدم %1 أحرف على الأقل. الجملة القصيرة سهلة التذكر وصعبة التخمين.</translation>
    </message>
    <message>
        <source>Too repetitive: mix more different letters, words or numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are different. Type the same passphrase twice.</source>
        <translation>عبارتا المرور مختلفتان. اكتب العبارة نفسها مرتين.</translation>
    </message>
    <message>
        <source>The encrypted database could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Wait %n second(s) before trying again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong passphrase. Wait %n second(s) before trying again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase. Check it and try again; your data is safe.</source>
        <translation>عبارة مرور خاطئة. تحقق منها وحاول مجددًا؛ بياناتك في أمان.</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are different. Type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be changed; the old one still opens your data. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address and the enrolment code you were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tablet&apos;s storage is full, so this was not saved. Everything saved before is safe. Free some space (other apps&apos; files, old downloads), then enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted database is damaged, so this was not saved. Sync as soon as you can and tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::app::SyncController</name>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>إرسال التغييرات</translation>
    </message>
    <message>
        <source>Sending photos</source>
        <translation>إرسال الصور</translation>
    </message>
    <message>
        <source>Receiving the team&apos;s changes</source>
        <translation>استلام تغييرات الفريق</translation>
    </message>
    <message>
        <source>Receiving photos</source>
        <translation>استلام الصور</translation>
    </message>
</context>
<context>
    <name>custos::app::VisitListModel</name>
    <message>
        <source>planned</source>
        <translation>مخطط لها</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>جارية</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>مُقدَّمة</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>مُراجَعة</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::app::VisitWorkspace</name>
    <message>
        <source>The visit&apos;s records could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted (waiting for sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is locked; unlock it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is not on this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit has been submitted; it can no longer be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the visit lead can submit the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent – immediate observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent: the team&apos;s own knowledge only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal use by the monitoring body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be raised with the authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be published, anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodial staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other detainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical ill-treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats or verbal abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excessive use of force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denial of health care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prolonged solitary confinement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corruption or extortion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the person&apos;s consent first: it decides who may ever see this interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the interviewer or the visit lead can change this interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person a pseudonymous code (for example D-17). Never a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding needs a theme and a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how serious the finding is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recommendation needs a text and the authority it is addressed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the due date as YYYY-MM-DD, e.g. 2027-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate observations – %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the recommendation stands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Custos — detention monitoring visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the encrypted database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address to enrol with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate (PEM) to trust for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every screen, report problems and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code to pre-fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the screens: en, fr or ar (default: the saved choice, else the system language; unsupported languages show English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours: light, dark or contrast (bright light); default: the saved choice, else light.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
