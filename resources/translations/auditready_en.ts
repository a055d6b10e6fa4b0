<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EvidenceTableModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/evidence.py" line="102"/>
        <source>%1 — used by %n checklist item(s)</source>
        <translation>
            <numerusform>%1 — used by %n checklist item</numerusform>
            <numerusform>%1 — used by %n checklist items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/actions.py" line="267"/>
        <source>It also serves %n other checklist item(s); it will be removed there too.</source>
        <translation>
            <numerusform>It also serves %n other checklist item; it will be removed there too.</numerusform>
            <numerusform>It also serves %n other checklist items; it will be removed there too.</numerusform>
        </translation>
    </message>
</context>
</TS>
