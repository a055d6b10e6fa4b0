<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EvidenceTableModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/evidence.py" line="101"/>
        <source>%1 — used by %n checklist item(s)</source>
        <translation>
            <numerusform>%1 — used by %n checklist item</numerusform>
            <numerusform>%1 — used by %n checklist items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/custom_dialogs.py" line="209"/>
        <source>Nothing was imported: the workbook has %n problem(s). Correct these rows in Excel and import it again.</source>
        <translation>
            <numerusform>Nothing was imported: the workbook has %n problem. Correct this row in Excel and import it again.</numerusform>
            <numerusform>Nothing was imported: the workbook has %n problems. Correct these rows in Excel and import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/actions.py" line="341"/>
        <source>It also serves %n other checklist item(s); it will be removed there too.</source>
        <translation>
            <numerusform>It also serves %n other checklist item; it will be removed there too.</numerusform>
            <numerusform>It also serves %n other checklist items; it will be removed there too.</numerusform>
        </translation>
    </message>
</context>
</TS>
