<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionPlanPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/action_plan.py" line="330" />
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n open action</numerusform>
            <numerusform>%n open actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/action_plan.py" line="332" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/checklist/evidence_drop.py" line="0" />
        <source>Attach %n file(s) to &quot;%1&quot;?</source>
        <translation>
            <numerusform>Attach %n file to &quot;%1&quot;?</numerusform>
            <numerusform>Attach %n files to &quot;%1&quot;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/checklist/evidence_drop.py" line="0" />
        <source>%n hidden or temporary file(s) left out.</source>
        <translation>
            <numerusform>%n hidden or temporary file left out.</numerusform>
            <numerusform>%n hidden or temporary files left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsTableModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/actions.py" line="200" />
        <source>Due %n day(s) ago</source>
        <translation>
            <numerusform>Due %n day ago</numerusform>
            <numerusform>Due %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_dialogs.py" line="305" />
        <source>⚠ This audit did not cover every ticked clause at every ticked site: %n gap(s), e.g. %1. The gaps are kept when you save; clauses and sites you tick now are covered everywhere.</source>
        <translation>
            <numerusform>⚠ This audit did not cover every ticked clause at every ticked site: %n gap, e.g. %1. The gaps are kept when you save; clauses and sites you tick now are covered everywhere.</numerusform>
            <numerusform>⚠ This audit did not cover every ticked clause at every ticked site: %n gaps, e.g. %1. The gaps are kept when you save; clauses and sites you tick now are covered everywhere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_dialogs.py" line="308" />
        <source>(%n more)</source>
        <translation>
            <numerusform>(%n more)</numerusform>
            <numerusform>(%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTimePanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_time_view.py" line="303" />
        <source>%1 of %n site(s) at the initial audit</source>
        <translation>
            <numerusform>%1 of %n site at the initial audit</numerusform>
            <numerusform>%1 of %n sites at the initial audit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditsPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/audits_view.py" line="336" />
        <source>Its %n finding(s) will be deleted too.</source>
        <translation>
            <numerusform>Its %n finding will be deleted too.</numerusform>
            <numerusform>Its %n findings will be deleted too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchSteps</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/undo_batches.py" line="0" />
        <source>Attach %n file(s) to %1</source>
        <translation>
            <numerusform>Attach %n file to %1</numerusform>
            <numerusform>Attach %n files to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/certificates.py" line="133" />
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/certificates.py" line="136" />
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/certificates.py" line="226" />
        <source>⚠ Overdue by %n day(s)</source>
        <translation>
            <numerusform>⚠ Overdue by %n day</numerusform>
            <numerusform>⚠ Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/certificates.py" line="229" />
        <source>◷ In %n day(s)</source>
        <translation>
            <numerusform>◷ In %n day</numerusform>
            <numerusform>◷ In %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/evidence.py" line="157" />
        <source>%1 — used by %n checklist item(s)</source>
        <translation>
            <numerusform>%1 — used by %n checklist item</numerusform>
            <numerusform>%1 — used by %n checklist items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/checklist/find_bar.py" line="0" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatesPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/gates_view.py" line="259" />
        <source>Internal audit coverage: ✘ %n clause/site pair(s) not yet covered by a held internal audit.</source>
        <translation>
            <numerusform>Internal audit coverage: ✘ %n clause/site pair not yet covered by a held internal audit.</numerusform>
            <numerusform>Internal audit coverage: ✘ %n clause/site pairs not yet covered by a held internal audit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/custom_dialogs.py" line="209" />
        <source>Nothing was imported: the workbook has %n problem(s). Correct these rows in Excel and import it again.</source>
        <translation>
            <numerusform>Nothing was imported: the workbook has %n problem. Correct this row in Excel and import it again.</numerusform>
            <numerusform>Nothing was imported: the workbook has %n problems. Correct these rows in Excel and import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderImport</name>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>Attaching %n file…</numerusform>
            <numerusform>Attaching %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import folder (%n file(s))</source>
        <translation>
            <numerusform>Import folder (%n file)</numerusform>
            <numerusform>Import folder (%n files)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/actions.py" line="342" />
        <source>It also serves %n other checklist item(s); it will be removed there too.</source>
        <translation>
            <numerusform>It also serves %n other checklist item; it will be removed there too.</numerusform>
            <numerusform>It also serves %n other checklist items; it will be removed there too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/actions.py" line="0" />
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>Attaching %n file…</numerusform>
            <numerusform>Attaching %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/readiness_panel.py" line="181" />
        <source>%n evidence link(s) expired: they no longer count towards the layers. Open the item's evidence to renew or review them.</source>
        <translation>
            <numerusform>%n evidence link expired: they no longer count towards the layers. Open the item's evidence to renew or review them.</numerusform>
            <numerusform>%n evidence links expired: they no longer count towards the layers. Open the item's evidence to renew or review them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/review_dialog.py" line="190" />
        <source>⚠ %n required input(s) not considered yet:</source>
        <translation>
            <numerusform>⚠ %n required input not considered yet:</numerusform>
            <numerusform>⚠ %n required inputs not considered yet:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/records.py" line="329" />
        <source>%n required input(s) not considered.</source>
        <translation>
            <numerusform>%n required input not considered.</numerusform>
            <numerusform>%n required inputs not considered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundTripDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/roundtrip_dialog.py" line="135" />
        <source>%n change(s) to %1 item(s) from "%2".</source>
        <translation>
            <numerusform>%n change to %1 item from “%2”.</numerusform><numerusform>%n changes to %1 items from “%2”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/roundtrip_dialog.py" line="139" />
        <source>%n item(s) changed in the project since the export (⚠): the project's value is kept unless you tick "Take workbook value".</source>
        <translation>
            <numerusform>%n item changed in the project since the export (⚠): the project's value is kept unless you tick “Take workbook value”.</numerusform><numerusform>%n items changed in the project since the export (⚠): the project's value is kept unless you tick “Take workbook value”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/roundtrip_dialog.py" line="144" />
        <source>Nothing can be applied: the workbook has %n error(s). Correct them in Excel and import it again.</source>
        <translation>
            <numerusform>Nothing can be applied: the workbook has %n error. Correct them in Excel and import it again.</numerusform><numerusform>Nothing can be applied: the workbook has %n errors. Correct them in Excel and import it again.</numerusform></translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
</TS>
