<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../desktop/ui/checklist_panel.py" line="185"/>
        <source>Standards</source>
        <translation>标准</translation>
    </message>
</context>
<context>
    <name>ChecklistTreeModel</name>
    <message>
        <location filename="../../desktop/ui/models/checklist.py" line="210"/>
        <source>Clause / checklist item</source>
        <translation>条款 / 检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/checklist.py" line="210"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/checklist.py" line="210"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/checklist.py" line="211"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/checklist.py" line="211"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/checklist.py" line="237"/>
        <source>%1 of %2 applicable items ready</source>
        <translation>适用的 %2 项中已就绪 %1 项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/checklist.py" line="265"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="163"/>
        <source>AuditReady — unexpected error</source>
        <translation>审核就绪助手 — 意外错误</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="165"/>
        <source>Something went wrong inside AuditReady. Your project is saved after every change, so your work is safe. Please copy the report below and send it to your AuditReady contact.</source>
        <translation>审核就绪助手内部发生了意外错误。项目在每次修改后都会自动保存，您的工作不会丢失。请复制下方的错误报告，并发送给您的技术支持联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="168"/>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="91"/>
        <source>AuditReady</source>
        <translation>审核就绪助手</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="109"/>
        <source>Attach evidence</source>
        <translation>附加证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="110"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="150"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="151"/>
        <source>Evidence files</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="152"/>
        <source>Attach…</source>
        <translation>附加证据…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="153"/>
        <source>Store a file in the project as evidence for this checklist item</source>
        <translation>将文件保存到项目中，作为本检查项的证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="155"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="156"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="78"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="78"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="78"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="78"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="100"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/evidence.py" line="102"/>
        <source>%1 — used by %n checklist item(s)</source>
        <translation>
            <numerusform>%1 — 用于 %n 个检查项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="129"/>
        <source>The report was written:</source>
        <translation>报告已生成：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="143"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="144"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="145"/>
        <source>Save report as</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="158"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="159"/>
        <source>Report language:</source>
        <translation>报告语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="160"/>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="161"/>
        <source>PDF report:</source>
        <translation>PDF 报告：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="162"/>
        <source>Excel workbook:</source>
        <translation>Excel 工作簿：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="163"/>
        <location filename="../../desktop/ui/export_dialog.py" line="164"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="165"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="166"/>
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
    <name>ItemPanel</name>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="161"/>
        <source>No checklist item selected</source>
        <translation>未选择检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="164"/>
        <source>Choose a clause or checklist item in the tree on the left to see what auditors expect and record your progress.</source>
        <translation>请在左侧条款树中选择条款或检查项，查看审核员的关注点并记录准备进度。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="175"/>
        <source>This is a clause heading. Choose one of its checklist items to record status, owner, due date and evidence.</source>
        <translation>这是条款标题。请选择其下的检查项，以记录状态、负责人、截止日期和证据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="261"/>
        <source>Required: why this requirement does not apply to your organization</source>
        <translation>必填：说明该要求为何不适用于本组织</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="314"/>
        <source>Status and details</source>
        <translation>状态与详情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="315"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="315"/>
        <source>Justification:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="315"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="316"/>
        <source>Due date:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="316"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="319"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="320"/>
        <source>Justification for not applicable</source>
        <translation>不适用的理由</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="321"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="322"/>
        <source>Mark the item not applicable with this justification</source>
        <translation>以此理由将该检查项标记为不适用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="324"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="325"/>
        <source>Department and person responsible</source>
        <translation>责任部门及负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="326"/>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="327"/>
        <source>Has a due date</source>
        <translation>设定截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="328"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="329"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="330"/>
        <source>Save notes</source>
        <translation>保存备注</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="124"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="125"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="126"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="127"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="131"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="132"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="133"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="134"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="135"/>
        <source>&amp;Recent projects</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="136"/>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="137"/>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="138"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="139"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="140"/>
        <source>Copy the project to a new file and continue there</source>
        <translation>将项目复制为新文件，并在新文件中继续工作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="141"/>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="142"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="143"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="144"/>
        <source>&amp;About AuditReady</source>
        <translation>关于审核就绪助手(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="145"/>
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="108"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="109"/>
        <source>AuditReady projects (*.auditready);;All files (*)</source>
        <translation>审核就绪助手项目 (*.auditready);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="124"/>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="125"/>
        <source>AuditReady projects (*.auditready)</source>
        <translation>审核就绪助手项目 (*.auditready)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="145"/>
        <source>About AuditReady</source>
        <translation>关于审核就绪助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="146"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147"/>
        <source>Audit preparation for ISO 9001, ISO 14001 and ISO 45001: checklists, evidence and readiness reports.</source>
        <translation>ISO 9001、ISO 14001 和 ISO 45001 认证审核准备工具：检查表、证据管理与就绪度报告。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="149"/>
        <source>Chinese text uses the WenQuanYi Micro Hei font (Apache License 2.0).</source>
        <translation>中文显示使用文泉驿微米黑字体（Apache License 2.0）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="223"/>
        <source>Every change is saved in the project file as soon as you make it.</source>
        <translation>所有修改均即时保存到项目文件中。</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="130"/>
        <source>New project file</source>
        <translation>新项目文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="131"/>
        <source>AuditReady projects (*.auditready)</source>
        <translation>审核就绪助手项目 (*.auditready)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="143"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="144"/>
        <source>Company name:</source>
        <translation>公司名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="144"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="144"/>
        <source>Sites (one per line):</source>
        <translation>场所（每行一个）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="145"/>
        <source>Headcount:</source>
        <translation>人数：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="145"/>
        <source>Scope statement:</source>
        <translation>认证范围：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="145"/>
        <source>Project file:</source>
        <translation>项目文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="148"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="149"/>
        <source>Legal name as on the business licence</source>
        <translation>营业执照上的法定名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="150"/>
        <source>Scope as it should appear on the certificate</source>
        <translation>拟在证书上显示的认证范围</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="151"/>
        <source>Default: the company name in your documents folder</source>
        <translation>默认：以公司名称保存在“文档”文件夹中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="152"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="153"/>
        <source>Standards</source>
        <translation>标准</translation>
    </message>
</context>
<context>
    <name>ProgressFeedback</name>
    <message>
        <location filename="../../desktop/ui/workers.py" line="135"/>
        <source>AuditReady</source>
        <translation>审核就绪助手</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="102"/>
        <source>AuditReady</source>
        <translation>审核就绪助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="103"/>
        <source>Please wait until the current task has finished.</source>
        <translation>请等待当前任务完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="195"/>
        <source>Set %1 to “%2”</source>
        <translation>将 %1 设为“%2”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="228"/>
        <source>Attaching “%1”…</source>
        <translation>正在附加“%1”…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="252"/>
        <source>Opening “%1”…</source>
        <translation>正在打开“%1”…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="263"/>
        <source>Remove “%1” from this project?</source>
        <translation>从本项目中删除“%1”？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/actions.py" line="267"/>
        <source>It also serves %n other checklist item(s); it will be removed there too.</source>
        <translation>
            <numerusform>该文件还用于另外 %n 个检查项，也将从这些检查项中一并删除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="269"/>
        <source>Remove evidence</source>
        <translation>删除证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="294"/>
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
</TS>
