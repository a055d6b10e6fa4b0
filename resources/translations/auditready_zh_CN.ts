<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BasisLabel</name>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="119"/>
        <source>not a requirement of the standard</source>
        <translation>并非标准要求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="120"/>
        <source>Chinese certification bodies often ask for this in their audit-preparation lists. The standard itself does not require it.</source>
        <translation>国内认证机构常在审核准备清单中要求提供此项，但标准本身并不要求。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="124"/>
        <source>Good practice auditors like to see; the standard does not require it.</source>
        <translation>审核员乐于看到的良好做法；标准本身并不要求。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="127"/>
        <source>The standard requires this.</source>
        <translation>这是标准的要求。</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../desktop/ui/checklist_panel.py" line="116"/>
        <source>Integrated</source>
        <comment>tab: three or more standards</comment>
        <translation>三体系整合</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_panel.py" line="118"/>
        <source>Integrated</source>
        <comment>tab: two standards</comment>
        <translation>体系整合</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_panel.py" line="120"/>
        <source>Integrated management system: requirements the standards share appear once; status, owner, dates and files set here apply to every standard.</source>
        <translation>整合管理体系：各标准共有的要求只列出一次；在此设置的状态、负责人、日期和文件适用于每个标准。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_panel.py" line="244"/>
        <source>Standards</source>
        <translation>标准</translation>
    </message>
</context>
<context>
    <name>ChecklistTreeModel</name>
    <message>
        <location filename="../../desktop/ui/models/checklist.py" line="209"/>
        <source>Clause / checklist item</source>
        <translation>条款 / 检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/checklist.py" line="209"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/checklist.py" line="209"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/checklist.py" line="210"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/checklist.py" line="210"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/checklist.py" line="236"/>
        <source>%1 of %2 applicable items ready</source>
        <translation>适用的 %2 项中已就绪 %1 项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/checklist.py" line="264"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="172"/>
        <source>AuditReady — unexpected error</source>
        <translation>审核就绪助手 — 意外错误</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="174"/>
        <source>Something went wrong inside AuditReady. Your project is saved after every change, so your work is safe. Please copy the report below and send it to your AuditReady contact.</source>
        <translation>审核就绪助手内部发生了意外错误。项目在每次修改后都会自动保存，您的工作不会丢失。请复制下方的错误报告，并发送给您的技术支持联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="177"/>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
</context>
<context>
    <name>CustomContentCommands</name>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="78"/>
        <source>Under %1 “%2” (%3)</source>
        <translation>在 %1“%2”之下（%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="82"/>
        <source>Top of the checklist “%1”</source>
        <translation>检查表“%1”的顶层</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="84"/>
        <source>A new checklist</source>
        <translation>新建检查表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="88"/>
        <source>Custom content</source>
        <translation>自定义内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="112"/>
        <source>Select a custom item in the tree first. Items of the standards themselves cannot be edited.</source>
        <translation>请先在树中选择一个自定义条目。标准本身的条目不能编辑。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="133"/>
        <source>Select a custom item in the tree first. Items of the standards themselves cannot be removed.</source>
        <translation>请先在树中选择一个自定义条目。标准本身的条目不能删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="137"/>
        <source>Remove the custom item %1 “%2”? Its status and links to evidence files are removed too; the files stay in the project.</source>
        <translation>删除自定义条目 %1“%2”？其状态和与证据文件的关联也会一并删除；文件本身仍保留在项目中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="140"/>
        <source>Remove custom item</source>
        <translation>删除自定义条目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="150"/>
        <source>Show the tab of a custom checklist first.</source>
        <translation>请先切换到一个自定义检查表的标签页。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="152"/>
        <source>Remove the custom checklist “%1” with all its items? Their status and links to evidence files are removed too; the files stay in the project.</source>
        <translation>删除自定义检查表“%1”及其全部条目？这些条目的状态和与证据文件的关联也会一并删除；文件本身仍保留在项目中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="155"/>
        <source>Remove custom checklist</source>
        <translation>删除自定义检查表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="169"/>
        <location filename="../../desktop/ui/custom_content.py" line="176"/>
        <source>Import checklist from Excel</source>
        <translation>从 Excel 导入检查表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="170"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="177"/>
        <source>Name of the new checklist:</source>
        <translation>新检查表的名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="202"/>
        <source>This tab has no custom items to save. Show a custom checklist, or a standard you added custom items to.</source>
        <translation>此标签页中没有可保存的自定义条目。请切换到自定义检查表，或已添加了自定义条目的标准。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="208"/>
        <source>Save items as template</source>
        <translation>将条目保存为模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="209"/>
        <source>AuditReady templates (*.json)</source>
        <translation>审核就绪助手模板 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="218"/>
        <source>Template saved: %1</source>
        <translation>模板已保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="226"/>
        <source>Apply template</source>
        <translation>应用模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="227"/>
        <source>AuditReady templates (*.json);;All files (*)</source>
        <translation>审核就绪助手模板 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>CustomItemDialog</name>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="151"/>
        <source>Edit custom item</source>
        <translation>编辑自定义条目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="152"/>
        <source>Add custom item</source>
        <translation>添加自定义条目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="153"/>
        <source>&amp;Place:</source>
        <translation>位置(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="153"/>
        <source>Checklist &amp;name:</source>
        <translation>检查表名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="153"/>
        <source>&amp;Clause:</source>
        <translation>条款号(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="154"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="154"/>
        <source>Title (&amp;Chinese):</source>
        <translation>中文标题(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="154"/>
        <source>Title (&amp;English):</source>
        <translation>英文标题(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="155"/>
        <source>Description (Chinese):</source>
        <translation>中文说明：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="155"/>
        <source>Description (English):</source>
        <translation>英文说明：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="160"/>
        <source>e.g. 7.1.5 or S-1</source>
        <translation>例如 7.1.5 或 S-1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="161"/>
        <source>Chinese or English title, or both</source>
        <translation>填写中文或英文标题，也可两者都填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="162"/>
        <source>e.g. Supplier audit / 供应商审核</source>
        <translation>例如 供应商审核 / Supplier audit</translation>
    </message>
</context>
<context>
    <name>EditionCommands</name>
    <message>
        <location filename="../../desktop/ui/editions.py" line="221"/>
        <source>Change edition</source>
        <translation>换版</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editions.py" line="225"/>
        <source>No newer edition with a transition map is available for this project&apos;s standards.</source>
        <translation>本项目所选标准暂无带换版对照的新版本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editions.py" line="233"/>
        <source>Move the project to:</source>
        <translation>将项目换为：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editions.py" line="253"/>
        <source>Move this project from %1 to %2?</source>
        <translation>将本项目从 %1 换为 %2？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editions.py" line="254"/>
        <source>Your work is carried over: every checklist item that continues in %2 keeps its status, owner, due date, notes and evidence files. Items that are new in %2 start as not started; Standards ▸ Transition gaps lists what changed. What you recorded for %1 stays in the project file.</source>
        <translation>已完成的工作会保留：%2 中延续旧版的每个检查项都保留其状态、负责人、截止日期、备注和证据文件。%2 中新增的检查项从“未开始”起步；“标准 ▸ 换版差异”列出了全部变化。您为 %1 记录的内容仍保存在项目文件中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editions.py" line="263"/>
        <source>%1 is a draft. %2</source>
        <translation>%1 为草案。%2</translation>
    </message>
</context>
<context>
    <name>Editions</name>
    <message>
        <location filename="../../desktop/ui/editions.py" line="50"/>
        <source>%1 (draft)</source>
        <extracomment>Text, background and border of the note on the new edition: a draft warns.</extracomment>
        <translation>%1（草案）</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="90"/>
        <source>AuditReady</source>
        <translation>审核就绪助手</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="125"/>
        <source>Attach evidence</source>
        <translation>附加证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="126"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="177"/>
        <location filename="../../desktop/ui/evidence_box.py" line="178"/>
        <source>Evidence files</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="179"/>
        <source>Attach…</source>
        <translation>附加证据…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="159"/>
        <source>Store a file in the project as evidence for this checklist item</source>
        <translation>将文件保存到项目中，作为本检查项的证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="155"/>
        <source>Store a file once in the project as evidence for this item of every standard listed</source>
        <translation>将文件在项目中只存一份，作为所列各标准中该项的证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="181"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="182"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>EvidenceHints</name>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="85"/>
        <source>Typical evidence</source>
        <extracomment>Foreground, background and border colours of each basis (only &quot;cb_requested&quot; is drawn as a framed banner; the others are coloured text).</extracomment>
        <translation>典型证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="86"/>
        <source>Keep evidence current:</source>
        <translation>证据时效：</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="77"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="77"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="77"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="77"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="99"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/evidence.py" line="101"/>
        <source>%1 — used by %n checklist item(s)</source>
        <translation>
            <numerusform>%1 — 用于 %n 个检查项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="128"/>
        <source>The report was written:</source>
        <translation>报告已生成：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="142"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="143"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="144"/>
        <source>Save report as</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="157"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="158"/>
        <source>Report language:</source>
        <translation>报告语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="159"/>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="160"/>
        <source>PDF report:</source>
        <translation>PDF 报告：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="161"/>
        <source>Excel workbook:</source>
        <translation>Excel 工作簿：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="162"/>
        <location filename="../../desktop/ui/export_dialog.py" line="163"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="164"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="165"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="51"/>
        <source>Documented information to maintain (a controlled document)</source>
        <translation>应保持的文件化信息（受控文件）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="54"/>
        <source>Documented information to retain (a record)</source>
        <translation>应保留的文件化信息（记录）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="57"/>
        <source>Evidence auditors expect (no documented information required)</source>
        <translation>审核员期望看到的证据（标准未要求文件化信息）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="59"/>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="65"/>
        <source>[Document]</source>
        <translation>[文件]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="67"/>
        <source>[Record]</source>
        <translation>[记录]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="69"/>
        <source>[Evidence]</source>
        <translation>[证据]</translation>
    </message>
</context>
<context>
    <name>GuidanceView</name>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="215"/>
        <source>What the auditor looks for</source>
        <translation>审核员关注什么</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="218"/>
        <source>Questions an auditor may ask</source>
        <translation>审核员可能提出的问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="223"/>
        <source>The knowledge base has no guidance for this item yet.</source>
        <translation>知识库中暂无此项的指南。</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="206"/>
        <source>Checklist not imported</source>
        <translation>检查表未导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/custom_dialogs.py" line="209"/>
        <source>Nothing was imported: the workbook has %n problem(s). Correct these rows in Excel and import it again.</source>
        <translation>
            <numerusform>未导入任何内容：工作簿中有 %n 处问题。请在 Excel 中修正这些行后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="211"/>
        <source>Problems in the workbook</source>
        <translation>工作簿中的问题</translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <location filename="../../desktop/ui/models/import_problems.py" line="67"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/import_problems.py" line="67"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/import_problems.py" line="67"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>IntegratedTreeModel</name>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="294"/>
        <source>Requirement</source>
        <extracomment>The value of ``StatusRole`` for a shared item whose targets differ.</extracomment>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="294"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="294"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="295"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="295"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="295"/>
        <source>Standards</source>
        <translation>适用标准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="314"/>
        <source>%1 specific requirements</source>
        <translation>%1 特有要求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="325"/>
        <source>%1 of %2 applicable entries ready</source>
        <translation>%2 个适用条目中 %1 个已就绪</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="327"/>
        <source>Requirements of %1 under clause %2 that no other standard of the project shares</source>
        <translation>%1 第 %2 章中、本项目其他标准没有的要求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="375"/>
        <source>Mixed</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="406"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="409"/>
        <source>Earliest of the standards&apos; due dates:</source>
        <translation>取各标准截止日期中最早的一个：</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="292"/>
        <source>No checklist item selected</source>
        <translation>未选择检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="295"/>
        <source>Choose a clause or checklist item in the tree on the left to see what auditors expect and record your progress.</source>
        <translation>请在左侧条款树中选择条款或检查项，查看审核员的关注点并记录准备进度。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="308"/>
        <source>This is a clause heading. Choose one of its checklist items to record status, owner, due date and evidence.</source>
        <translation>这是条款标题。请选择其下的检查项，以记录状态、负责人、截止日期和证据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="328"/>
        <source>Evidence (%1)</source>
        <translation>证据（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="329"/>
        <location filename="../../desktop/ui/item_panel.py" line="543"/>
        <source>Audit guidance</source>
        <translation>审核指南</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="372"/>
        <source>Differs between the standards; type to set it for all</source>
        <translation>各标准不一致；在此输入即统一设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="376"/>
        <source>The standards have different due dates; set one here to use it for all</source>
        <translation>各标准的截止日期不同；在此设置即统一采用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="384"/>
        <source>Status, owner, due date, notes and files entered here apply to the item of every standard listed above.</source>
        <translation>在此填写的状态、负责人、截止日期、备注和文件同时适用于上表所列各标准的对应检查项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="472"/>
        <source>Required: why this requirement does not apply to your organization</source>
        <translation>必填：说明该要求为何不适用于本组织</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="525"/>
        <source>Status and details</source>
        <translation>状态与详情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="526"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="526"/>
        <source>Justification:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="526"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="527"/>
        <source>Due date:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="527"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="327"/>
        <location filename="../../desktop/ui/item_panel.py" line="530"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="531"/>
        <source>Justification for not applicable</source>
        <translation>不适用的理由</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="532"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="533"/>
        <source>Mark the item not applicable with this justification</source>
        <translation>以此理由将该检查项标记为不适用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="535"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="374"/>
        <source>Department and person responsible</source>
        <translation>责任部门及负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="288"/>
        <source>Integrated requirement for %1</source>
        <translation>整合要求，适用于 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="380"/>
        <source>Status, owner, due date, notes and files entered here apply to the item of every standard listed above. Fields on which the standards differ are shown blank.</source>
        <translation>在此填写的状态、负责人、截止日期、备注和文件同时适用于上表所列各标准的对应检查项。各标准不一致的字段显示为空白。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="537"/>
        <source>Mixed: choose a status to set it for every standard</source>
        <translation>不一致：选择一个状态即统一设置到各标准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="539"/>
        <source>What the auditor looks for and questions an auditor may ask</source>
        <translation>审核员关注的要点及可能提出的问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="541"/>
        <source>Standards this item serves</source>
        <translation>本项适用的标准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="544"/>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="545"/>
        <source>Has a due date</source>
        <translation>设定截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="546"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="547"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="548"/>
        <source>Save notes</source>
        <translation>保存备注</translation>
    </message>
</context>
<context>
    <name>KnowledgeDisplay</name>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="258"/>
        <source>Guidance for %1 %2 “%3”. Select another standard in the table above to see its guidance.</source>
        <translation>以下为 %1 %2“%3”的指南。在上表中选择其他标准可查看其指南。</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="154"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="155"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="156"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="157"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="161"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="162"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="163"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="164"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="165"/>
        <source>&amp;Recent projects</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="166"/>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="167"/>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="168"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="169"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="170"/>
        <source>Copy the project to a new file and continue there</source>
        <translation>将项目复制为新文件，并在新文件中继续工作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="171"/>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="172"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="173"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="174"/>
        <source>&amp;About AuditReady</source>
        <translation>关于审核就绪助手(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="175"/>
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="176"/>
        <source>S&amp;tandards</source>
        <translation>标准(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="177"/>
        <source>&amp;Change edition…</source>
        <translation>换版(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="178"/>
        <source>Move the project to a newer edition of one of its standards, carrying the work over</source>
        <translation>将项目换为所含某一标准的新版本，已完成的工作随之保留</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="180"/>
        <source>&amp;Transition gaps…</source>
        <translation>换版差异(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="181"/>
        <source>What changes from one edition of a standard to the next</source>
        <translation>标准从一个版本到下一版本的变化</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="187"/>
        <source>&amp;Checklist</source>
        <translation>检查表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="188"/>
        <source>&amp;Add custom item…</source>
        <translation>添加自定义条目(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="189"/>
        <source>Add your own clause or checklist item, under a clause or in a new checklist</source>
        <translation>在某一条款下或新的检查表中添加自己的条款或检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="191"/>
        <source>&amp;Edit custom item…</source>
        <translation>编辑自定义条目(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="192"/>
        <source>&amp;Remove custom item</source>
        <translation>删除自定义条目(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="193"/>
        <source>Remove custom &amp;checklist…</source>
        <translation>删除自定义检查表(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="194"/>
        <source>&amp;Import checklist from Excel…</source>
        <translation>从 Excel 导入检查表(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="195"/>
        <source>Add a checklist from an Excel workbook (see the README for the columns)</source>
        <translation>从 Excel 工作簿添加检查表（各列说明见 README）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="197"/>
        <source>&amp;Save items as template…</source>
        <translation>将条目保存为模板(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="198"/>
        <source>Save the custom items of this tab to a file for use in other projects</source>
        <translation>将此标签页的自定义条目保存为文件，供其他项目使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="200"/>
        <source>A&amp;pply template…</source>
        <translation>应用模板(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="124"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="125"/>
        <source>AuditReady projects (*.auditready);;All files (*)</source>
        <translation>审核就绪助手项目 (*.auditready);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="140"/>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="141"/>
        <source>AuditReady projects (*.auditready)</source>
        <translation>审核就绪助手项目 (*.auditready)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="170"/>
        <source>About AuditReady</source>
        <translation>关于审核就绪助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="171"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>Audit preparation for ISO 9001, ISO 14001 and ISO 45001: checklists, evidence and readiness reports.</source>
        <translation>ISO 9001、ISO 14001 和 ISO 45001 认证审核准备工具：检查表、证据管理与就绪度报告。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="174"/>
        <source>Chinese text uses the WenQuanYi Micro Hei font (Apache License 2.0).</source>
        <translation>中文显示使用文泉驿微米黑字体（Apache License 2.0）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="263"/>
        <source>Every change is saved in the project file as soon as you make it.</source>
        <translation>所有修改均即时保存到项目文件中。</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="173"/>
        <source>New project file</source>
        <translation>新项目文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="174"/>
        <source>AuditReady projects (*.auditready)</source>
        <translation>审核就绪助手项目 (*.auditready)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="186"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="187"/>
        <source>Company name:</source>
        <translation>公司名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="187"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="187"/>
        <source>Sites (one per line):</source>
        <translation>场所（每行一个）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="188"/>
        <source>Headcount:</source>
        <translation>人数：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="188"/>
        <source>Scope statement:</source>
        <translation>认证范围：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="188"/>
        <source>Project file:</source>
        <translation>项目文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="191"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="192"/>
        <source>Legal name as on the business licence</source>
        <translation>营业执照上的法定名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="193"/>
        <source>Scope as it should appear on the certificate</source>
        <translation>拟在证书上显示的认证范围</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="194"/>
        <source>Default: the company name in your documents folder</source>
        <translation>默认：以公司名称保存在“文档”文件夹中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="195"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="196"/>
        <source>Standards and editions</source>
        <translation>标准及版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="204"/>
        <source>Edition of %1</source>
        <translation>%1 的版本</translation>
    </message>
</context>
<context>
    <name>PitfallBox</name>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="179"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="184"/>
        <source>Common audit problems</source>
        <translation>常见审核问题</translation>
    </message>
</context>
<context>
    <name>ProgressFeedback</name>
    <message>
        <location filename="../../desktop/ui/workers.py" line="133"/>
        <source>AuditReady</source>
        <translation>审核就绪助手</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="105"/>
        <source>AuditReady</source>
        <translation>审核就绪助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="106"/>
        <source>Please wait until the current task has finished.</source>
        <translation>请等待当前任务完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="198"/>
        <location filename="../../desktop/ui/actions.py" line="233"/>
        <source>Set %1 to “%2”</source>
        <translation>将 %1 设为“%2”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="290"/>
        <location filename="../../desktop/ui/actions.py" line="302"/>
        <source>Attaching “%1”…</source>
        <translation>正在附加“%1”…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="326"/>
        <source>Opening “%1”…</source>
        <translation>正在打开“%1”…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="337"/>
        <source>Remove “%1” from this project?</source>
        <translation>从本项目中删除“%1”？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/actions.py" line="341"/>
        <source>It also serves %n other checklist item(s); it will be removed there too.</source>
        <translation>
            <numerusform>该文件还用于另外 %n 个检查项，也将从这些检查项中一并删除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="343"/>
        <source>Remove evidence</source>
        <translation>删除证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="375"/>
        <source>Importing “%1”…</source>
        <translation>正在导入“%1”…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="400"/>
        <source>Writing the reports…</source>
        <translation>正在生成报告…</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="120"/>
        <location filename="../../desktop/ui/readiness_panel.py" line="122"/>
        <source>%1 ready (%2 of %3)</source>
        <translation>已就绪 %1（%3 项中 %2 项）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="125"/>
        <source>%1: applicable items ready</source>
        <translation>%1：适用检查项就绪度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="128"/>
        <source>%1: mandatory documented information ready</source>
        <translation>%1：强制性文件化信息就绪度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="130"/>
        <source>%1 applicable checklist items, %2 in progress, %3 not applicable</source>
        <translation>适用检查项 %1 项，进行中 %2 项，不适用 %3 项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="141"/>
        <source>Readiness</source>
        <translation>就绪度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="142"/>
        <source>Applicable checklist items ready</source>
        <translation>适用检查项就绪度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="143"/>
        <source>Mandatory documented information ready</source>
        <translation>强制性文件化信息就绪度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="144"/>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="63"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="64"/>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="65"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="66"/>
        <source>Reports have their own language, chosen when you export them. Checklist texts follow the interface language.</source>
        <translation>报告语言在导出时单独选择。检查表内容随界面语言显示。</translation>
    </message>
</context>
<context>
    <name>SharedTargetsModel</name>
    <message>
        <location filename="../../desktop/ui/models/shared_targets.py" line="97"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/shared_targets.py" line="97"/>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/shared_targets.py" line="97"/>
        <source>Checklist item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/shared_targets.py" line="98"/>
        <source>Own status</source>
        <translation>本标准状态</translation>
    </message>
</context>
<context>
    <name>TransitionGapsDialog</name>
    <message>
        <location filename="../../desktop/ui/editions.py" line="151"/>
        <source>No newer edition with a transition map is available for this project&apos;s standards.</source>
        <translation>本项目所选标准暂无带换版对照的新版本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editions.py" line="164"/>
        <source>Transition period: %1</source>
        <translation>过渡期：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editions.py" line="168"/>
        <source>%1 is a draft. %2</source>
        <translation>%1 为草案。%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editions.py" line="177"/>
        <source>Move the project to %1…</source>
        <translation>将项目换为 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editions.py" line="192"/>
        <source>Transition gaps</source>
        <translation>换版差异</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editions.py" line="193"/>
        <source>Edition change:</source>
        <translation>版本变更：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editions.py" line="194"/>
        <source>Changes between the editions</source>
        <translation>两个版本之间的变化</translation>
    </message>
</context>
<context>
    <name>TransitionGapsModel</name>
    <message>
        <location filename="../../desktop/ui/models/transitions.py" line="94"/>
        <source>Change</source>
        <extracomment>The change kind&apos;s value (&quot;new&quot;, &quot;moved&quot; …) of a row.</extracomment>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transitions.py" line="94"/>
        <source>Old clause</source>
        <translation>旧版条款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transitions.py" line="94"/>
        <source>New clause</source>
        <translation>新版条款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transitions.py" line="95"/>
        <source>What to do</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transitions.py" line="95"/>
        <source>Checklist items of the new edition</source>
        <translation>新版检查项</translation>
    </message>
</context>
</TS>
