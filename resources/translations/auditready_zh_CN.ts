<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Audit preparation for ISO 9001, ISO 14001 and ISO 45001: checklists, evidence and readiness reports.</source>
        <translation>为 ISO 9001、ISO 14001 和 ISO 45001 认证审核做准备：检查表、证据和就绪度报告。</translation>
    </message>
    <message>
        <source>AuditReady is built on these components, each under its own licence:</source>
        <translation>审核就绪助手使用了以下组件，各自遵循其许可证：</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>The licence texts of the bundled font are in resources/fonts; Qt and PySide6 can be replaced with your own build under the LGPL.</source>
        <translation>随附字体的许可证全文位于 resources/fonts；按照 LGPL，可以用您自己构建的 Qt 和 PySide6 替换随附的版本。</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="140" />
        <source>New action</source>
        <translation>新增行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="141" />
        <source>Edit action</source>
        <translation>编辑行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="142" />
        <source>Action:</source>
        <translation>行动：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="142" />
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="142" />
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="142" />
        <source>Due:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="143" />
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="143" />
        <source>Root cause:</source>
        <translation>根本原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="143" />
        <source>Effectiveness:</source>
        <translation>有效性：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="144" />
        <source>Effectiveness checked on:</source>
        <translation>有效性验证日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="147" />
        <source>What is to be done</source>
        <translation>需要做什么</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="148" />
        <source>Department and person responsible</source>
        <translation>负责部门和人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="149" />
        <source>For a corrective action: the cause found</source>
        <translation>纠正措施：查明的原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="150" />
        <source>How effectiveness was checked and the result</source>
        <translation>如何验证有效性及验证结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="152" />
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="153" />
        <source>Effectiveness checked on</source>
        <translation>有效性验证日期</translation>
    </message>
</context>
<context>
    <name>ActionPlanPanel</name>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="242" />
        <source>Finding #%1</source>
        <translation>审核发现 #%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="309" />
        <source>Delete the action "%1" from the action plan?</source>
        <translation>要从行动计划中删除行动“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="310" />
        <source>Delete action</source>
        <translation>删除行动</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/action_plan.py" line="330" />
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n 项未关闭的行动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/action_plan.py" line="332" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项已逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="347" />
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="348" />
        <source>Show closed</source>
        <translation>显示已关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="349" />
        <source>Also list done and cancelled actions</source>
        <translation>同时列出已完成和已取消的行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="350" />
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="351" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_plan.py" line="352" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ActionsTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/actions.py" line="132" />
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/actions.py" line="132" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/actions.py" line="132" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/actions.py" line="132" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/actions.py" line="133" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/actions.py" line="133" />
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/actions.py" line="133" />
        <source>Effectiveness</source>
        <translation>有效性</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/actions.py" line="200" />
        <source>Due %n day(s) ago</source>
        <translation>
            <numerusform>已超过截止日期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/actions_model.py" line="1" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>AssessmentArea</name>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="129" />
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="129" />
        <source>Gates &amp;&amp; action plan</source>
        <translation>认证前提与行动计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="130" />
        <source>Internal audits</source>
        <translation>内部审核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="130" />
        <source>Management reviews</source>
        <translation>管理评审</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="131" />
        <source>Certificates</source>
        <translation>认证证书</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="131" />
        <source>Audit time</source>
        <translation>审核时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="131" />
        <source>Readiness trend</source>
        <translation>就绪度趋势</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="132" />
        <source>Clause by clause: status, owner, due date and evidence</source>
        <translation>逐条款记录：状态、负责人、截止日期和证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="133" />
        <source>What a certification body checks before the audit, and the actions to close the gaps</source>
        <translation>认证机构在审核前检查的条件，以及弥补差距的行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="135" />
        <source>Audit programme, audits held, findings and clause coverage (ISO 9001:2015 9.2)</source>
        <translation>审核方案、已实施的审核、审核发现和条款覆盖（ISO 9001:2015 9.2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="137" />
        <source>Management reviews and the inputs each standard requires (9.3)</source>
        <translation>管理评审及各标准要求的输入（9.3）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="138" />
        <source>Certificates, surveillance and recertification deadlines</source>
        <translation>认证证书、监督审核和再认证期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="139" />
        <source>Estimate of auditor-days (IAF MD 5, MD 11, MD 1)</source>
        <translation>审核人日估算（IAF MD 5、MD 11、MD 1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="140" />
        <source>Readiness layers over time</source>
        <translation>各就绪层级随时间的变化</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="144" />
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="145" />
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="147" />
        <source>Readiness is recorded once a day when the project is opened or changed. Lines: each standard's weighted readiness (items ready, with mandatory documented information counting double), and the integrated system's documented, implemented and sustained layers.</source>
        <translation>每天打开或修改项目时记录一次就绪度。曲线：各标准的加权就绪度（检查项就绪率中强制性文件化信息按双倍权重计），以及整合体系的已文件化、已实施和持续运行三个层次。</translation>
    </message>
</context>
<context>
    <name>AssessmentCommands</name>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="279" />
        <source>Choose a checklist item first.</source>
        <translation>请先选择一个检查项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="285" />
        <source>Only a checklist item that is not ready yet can be added to the action plan.</source>
        <translation>只有尚未就绪的检查项才能加入行动计划。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="292" />
        <source>The action "%1" for this item is still open.</source>
        <translation>针对该检查项的行动“%1”尚未关闭。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="296" />
        <source>Close the gap: %1</source>
        <translation>弥补差距：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="318" />
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="224" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="224" />
        <source>Department</source>
        <translation>所属部门</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="280" />
        <source>Edit internal audit</source>
        <translation>编辑内部审核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="281" />
        <source>New internal audit</source>
        <translation>新建内部审核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="282" />
        <source>&amp;Programme:</source>
        <translation>审核方案(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="282" />
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="282" />
        <source>Planned:</source>
        <translation>计划：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="283" />
        <source>Held from:</source>
        <translation>实施开始：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="283" />
        <source>Held to:</source>
        <translation>实施结束：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="284" />
        <source>Audit team (lead first):</source>
        <translation>审核组（组长在前）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="284" />
        <source>Au&amp;ditees:</source>
        <translation>受审核部门(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="285" />
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="286" />
        <source>(no programme)</source>
        <translation>（不属于任何方案）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="287" />
        <source>Planned</source>
        <translation>计划于</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="288" />
        <source>Held</source>
        <translation>已实施</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="289" />
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="291" />
        <source>Add auditor</source>
        <translation>添加审核员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="292" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="293" />
        <source>Departments audited, e.g. 生产部、品质部</source>
        <translation>受审核的部门，例如：生产部、品质部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="294" />
        <source>e.g. 2026 first internal audit (integrated)</source>
        <translation>例如：2026 年第一次内部审核（三体系整合）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="295" />
        <source>Sites audited</source>
        <translation>审核的场所</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="296" />
        <source>The company profile names no sites: the audit covers the single site.</source>
        <translation>企业信息中未列出场所：本次审核覆盖唯一的场所。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="298" />
        <source>Clauses covered</source>
        <translation>覆盖的条款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="299" />
        <source>Select all of clause</source>
        <translation>全选该章条款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="300" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="301" />
        <source>%1 at %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_dialogs.py" line="305" />
        <source>⚠ This audit did not cover every ticked clause at every ticked site: %n gap(s), e.g. %1. The gaps are kept when you save; clauses and sites you tick now are covered everywhere.</source>
        <translation>
            <numerusform>⚠ 本次审核并未在每个勾选的场所审核每个勾选的条款：共 %n 处缺口，例如 %1。保存时这些缺口会保留；现在新勾选的条款和场所视为在所有勾选场所均已审核。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_dialogs.py" line="308" />
        <source>(%n more)</source>
        <translation>
            <numerusform>（另有 %n 处）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="309" />
        <source>Cover every ticked clause at every ticked site</source>
        <translation>视为所有勾选条款在所有勾选场所均已审核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="310" />
        <source>Main clause to select in every standard</source>
        <translation>在所有标准中全选的章号</translation>
    </message>
</context>
<context>
    <name>AuditTimePanel</name>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="201" />
        <source>Factor</source>
        <translation>调整因素</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="201" />
        <source>Change (%)</source>
        <translation>调整幅度（%）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="265" />
        <source>Complexity, %1:</source>
        <translation>复杂程度，%1：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="285" />
        <source>This is an estimate for budgeting; the certification body sets the audit time in its contract.</source>
        <translation>此结果仅为预算用的估算值；审核时间由认证机构在合同中确定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="294" />
        <source>%1: %2 auditor-days</source>
        <translation>%1：%2 审核人日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="296" />
        <source>%1 auditor-days (stage 1 + stage 2)</source>
        <translation>%1 审核人日（第一阶段 + 第二阶段）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="298" />
        <source>%1 auditor-days per audit</source>
        <translation>每次 %1 审核人日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="300" />
        <source>%1 auditor-days</source>
        <translation>%1 审核人日</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_time_view.py" line="303" />
        <source>%1 of %n site(s) at the initial audit</source>
        <translation>
            <numerusform>初次审核需审核 %n 个场所中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="369" />
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="370" />
        <source>Estimated certification audit time</source>
        <translation>认证审核时间估算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="371" />
        <source>Full-time staff:</source>
        <translation>全职人数：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="371" />
        <source>Part-time staff:</source>
        <translation>兼职人数：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="372" />
        <source>Part-time hours per week:</source>
        <translation>兼职每周工时：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="372" />
        <source>Full-time hours per week:</source>
        <translation>全职每周工时：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="373" />
        <source>Integration of the systems:</source>
        <translation>体系整合程度：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="373" />
        <source>Sites in the scope:</source>
        <translation>认证范围内的场所数：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="376" />
        <source>Everyone in the scope, all shifts</source>
        <translation>认证范围内所有班次的全部人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="378" />
        <source>How far one integrated system serves all standards (IAF MD 11): 100 % gives the full 20 % reduction.</source>
        <translation>一套整合体系在多大程度上同时满足各标准（IAF MD 11）：100% 时减少 20%（上限）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="380" />
        <source>Adjustment factors (e.g. +10 % several buildings, -10 % no design):</source>
        <translation>调整因素（例如：多处建筑物 +10%，无设计开发 -10%）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="382" />
        <source>Add factor</source>
        <translation>添加因素</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="383" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="384" />
        <source>Reset from the company profile</source>
        <translation>按企业信息重新填写</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="389" />
        <source>Effective personnel:</source>
        <translation>有效人数：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="389" />
        <source>Per system:</source>
        <translation>各体系：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="390" />
        <source>Initial certification:</source>
        <translation>初次认证：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="390" />
        <source>Each surveillance audit:</source>
        <translation>每次监督审核：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="391" />
        <source>Recertification:</source>
        <translation>再认证：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_time_view.py" line="391" />
        <source>Sites to visit:</source>
        <translation>需审核的场所：</translation>
    </message>
</context>
<context>
    <name>AuditsModel</name>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="139" />
        <source>Audit</source>
        <translation>内部审核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="139" />
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="139" />
        <source>Held</source>
        <translation>实施日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="139" />
        <source>Lead auditor</source>
        <translation>审核组长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="140" />
        <source>Auditees</source>
        <translation>受审核部门</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="140" />
        <source>Sites</source>
        <translation>场所</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="140" />
        <source>Clauses</source>
        <translation>条款数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="141" />
        <source>Findings</source>
        <translation>审核发现</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="154" />
        <source>○ Not held yet</source>
        <translation>○ 尚未实施</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="165" />
        <source>Single site</source>
        <translation>单一场所</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="170" />
        <source>%1 finding(s), %2 open</source>
        <translation>%1 项审核发现，%2 项未关闭</translation>
    </message>
</context>
<context>
    <name>AuditsPanel</name>
    <message>
        <location filename="../../desktop/ui/audits_view.py" line="273" />
        <location filename="../../desktop/ui/audits_view.py" line="404" />
        <location filename="../../desktop/ui/audits_view.py" line="407" />
        <location filename="../../desktop/ui/audits_view.py" line="410" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audits_view.py" line="300" />
        <source>Delete the audit programme "%1"? Its audits are kept.</source>
        <translation>删除内部审核方案“%1”？其下的审核记录会保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audits_view.py" line="334" />
        <source>Delete the internal audit "%1"?</source>
        <translation>删除内部审核“%1”？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audits_view.py" line="336" />
        <source>Its %n finding(s) will be deleted too.</source>
        <translation>
            <numerusform>其 %n 项审核发现也将一并删除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audits_view.py" line="371" />
        <source>Delete the finding "%1"?</source>
        <translation>删除审核发现“%1”？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audits_view.py" line="382" />
        <source>Correct: %1</source>
        <translation>纠正：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audits_view.py" line="399" />
        <source>Internal audit programmes</source>
        <translation>内部审核方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audits_view.py" line="400" />
        <location filename="../../desktop/ui/audits_view.py" line="412" />
        <source>Internal audits</source>
        <translation>内部审核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audits_view.py" line="401" />
        <location filename="../../desktop/ui/audits_view.py" line="413" />
        <source>Findings of the selected audit</source>
        <translation>所选审核的审核发现</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audits_view.py" line="402" />
        <source>New programme…</source>
        <translation>新建方案…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audits_view.py" line="403" />
        <location filename="../../desktop/ui/audits_view.py" line="406" />
        <location filename="../../desktop/ui/audits_view.py" line="409" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audits_view.py" line="405" />
        <source>New audit…</source>
        <translation>新建审核…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audits_view.py" line="408" />
        <source>New finding…</source>
        <translation>新建审核发现…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audits_view.py" line="411" />
        <source>Corrective action…</source>
        <translation>纠正措施…</translation>
    </message>
</context>
<context>
    <name>BackupOffer</name>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="263" />
        <source>Open the latest backup (%1, %2)? It is restored as a new file next to the project; the damaged file is left as it is.</source>
        <translation>打开最新的备份（%1，%2）？备份会恢复为项目旁边的一个新文件；已损坏的文件保持原样。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="263" />
        <source>Open the latest backup</source>
        <translation>打开最新的备份</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="203" />
        <source>Restore backup as</source>
        <translation>将备份恢复为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="204" />
        <source>AuditReady projects (*.auditready)</source>
        <translation>审核就绪助手项目 (*.auditready)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="214" />
        <source>The backup was restored as a new file:
%1

Open it now?</source>
        <translation>备份已恢复为新文件：
%1

现在打开吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="216" />
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="1" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="239" />
        <source>AuditReady backs up the project before each import, edition change and file format update, and before the first change of each day. A backup is restored as a new file; the project itself is never replaced.</source>
        <translation>审核就绪助手会在每次导入、换版和文件格式升级之前，以及每天首次修改之前备份项目。备份恢复为新文件，绝不会覆盖项目本身。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="242" />
        <source>Backups kept per project:</source>
        <translation>每个项目保留的备份数：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="243" />
        <source>Restore as new file…</source>
        <translation>恢复为新文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="244" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="79" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="107" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="107" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="108" />
        <source>Readiness then</source>
        <translation>当时就绪度</translation>
    </message>
</context>
<context>
    <name>BatchSteps</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/undo_batches.py" line="0" />
        <source>Attach %n file(s) to %1</source>
        <translation>
            <numerusform>附加 %n 个文件 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/undo_batches.py" line="0" />
        <source>Apply template &quot;%1&quot;</source>
        <translation>应用模板“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/undo_batches.py" line="0" />
        <source>Import checklist &quot;%1&quot;</source>
        <translation>导入检查表“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/undo_batches.py" line="0" />
        <source>Remove custom checklist &quot;%1&quot;</source>
        <translation>删除自定义检查表“%1”</translation>
    </message>
</context>
<context>
    <name>BasisLabel</name>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="119" />
        <source>not a requirement of the standard</source>
        <translation>并非标准要求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="120" />
        <source>Chinese certification bodies often ask for this in their audit-preparation lists. The standard itself does not require it.</source>
        <translation>国内认证机构常在审核准备清单中要求提供此项，但标准本身并不要求。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="124" />
        <source>Good practice auditors like to see; the standard does not require it.</source>
        <translation>审核员乐于看到的良好做法；标准本身并不要求。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="136" />
        <source>The clause is a requirement. This item names what usually shows that it is met; the documents listed are examples, not requirements.</source>
        <translation>该条款是标准要求。本检查项列出的是通常用于证实其得到满足的证据；所列文件仅为示例，并非要求。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="140" />
        <source>The standard requires this documented information ("maintain" or "retain documented information").</source>
        <translation>标准要求具备这项成文信息（“保持”或“保留”成文信息）。</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../desktop/ui/certificate_dialog.py" line="154" />
        <source>Optional. Format CNCA-R-YYYY-NNN; check the body on the CNCA platform (cx.cnca.cn).</source>
        <translation>选填。格式为 CNCA-R-YYYY-NNN；可在认监委平台（cx.cnca.cn）查询该机构。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificate_dialog.py" line="158" />
        <source>✔ Format of a CNCA approval number.</source>
        <translation>✔ 符合认监委批准号格式。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificate_dialog.py" line="162" />
        <source>✘ "%1" is not a CNCA approval number: the form is CNCA-R-YYYY-NNN, e.g. CNCA-R-2002-001.</source>
        <translation>✘ “%1”不是认监委批准号：格式应为 CNCA-R-YYYY-NNN，例如 CNCA-R-2002-001。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificate_dialog.py" line="219" />
        <source>Edit certificate</source>
        <translation>编辑证书</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificate_dialog.py" line="220" />
        <source>New certificate</source>
        <translation>新建证书</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificate_dialog.py" line="221" />
        <source>&amp;Standard:</source>
        <translation>标准(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificate_dialog.py" line="221" />
        <source>Certification &amp;body:</source>
        <translation>认证机构(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificate_dialog.py" line="222" />
        <source>CNCA &amp;approval no.:</source>
        <translation>认监委批准号(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificate_dialog.py" line="222" />
        <source>Certificate &amp;no.:</source>
        <translation>证书编号(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificate_dialog.py" line="223" />
        <source>Sco&amp;pe:</source>
        <translation>认证范围(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificate_dialog.py" line="223" />
        <source>Stage 1 audit:</source>
        <translation>第一阶段审核：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificate_dialog.py" line="223" />
        <source>Stage 2 audit:</source>
        <translation>第二阶段审核：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificate_dialog.py" line="224" />
        <source>Issued:</source>
        <translation>发证：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificate_dialog.py" line="224" />
        <source>Expires:</source>
        <translation>到期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificate_dialog.py" line="228" />
        <source>The certification body (认证机构)</source>
        <translation>认证机构名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificate_dialog.py" line="229" />
        <source>Empty while not issued</source>
        <translation>未发证时留空</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificate_dialog.py" line="230" />
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificate_dialog.py" line="231" />
        <source>Issued on</source>
        <translation>发证于</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificate_dialog.py" line="232" />
        <source>Expires on</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificate_dialog.py" line="234" />
        <source>Events (surveillance audits, suspension …)</source>
        <translation>证书事项（监督审核、暂停等）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificate_dialog.py" line="235" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificate_dialog.py" line="236" />
        <source>Add event</source>
        <translation>添加事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificate_dialog.py" line="237" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <location filename="../../desktop/ui/models/certificates.py" line="95" />
        <source>Standard</source>
        <extracomment>A symbol per certificate state, so the state reads without colour. The due date (``datetime.date``) of a deadline row.</extracomment>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/certificates.py" line="95" />
        <source>Certification body</source>
        <translation>认证机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/certificates.py" line="96" />
        <source>CNCA approval no.</source>
        <translation>认监委批准号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/certificates.py" line="96" />
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/certificates.py" line="96" />
        <source>Issued</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/certificates.py" line="97" />
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/certificates.py" line="97" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/certificates.py" line="97" />
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/certificates.py" line="109" />
        <source>(not issued)</source>
        <translation>（未发证）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/certificates.py" line="133" />
        <source>in %n day(s)</source>
        <translation>
            <numerusform>还有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/certificates.py" line="135" />
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/certificates.py" line="136" />
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatesPanel</name>
    <message>
        <location filename="../../desktop/ui/certificates_view.py" line="180" />
        <source>Certificate cycle rules in force: %1</source>
        <translation>现行证书周期规则：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificates_view.py" line="183" />
        <source>Suspension period: %1 months. %2</source>
        <translation>暂停期：%1 个月。%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificates_view.py" line="186" />
        <source>No certificate recorded yet for: %1</source>
        <translation>以下标准尚无证书记录：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificates_view.py" line="297" />
        <source>Delete the certificate record of %1 (%2)?</source>
        <translation>删除 %1 的证书记录（%2）？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificates_view.py" line="298" />
        <source>not issued</source>
        <translation>未发证</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificates_view.py" line="299" />
        <location filename="../../desktop/ui/certificates_view.py" line="318" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificates_view.py" line="314" />
        <location filename="../../desktop/ui/certificates_view.py" line="319" />
        <source>Certificates</source>
        <translation>认证证书</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificates_view.py" line="315" />
        <source>Certificate calendar</source>
        <translation>证书日程</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificates_view.py" line="316" />
        <source>New certificate…</source>
        <translation>新建证书…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificates_view.py" line="317" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificates_view.py" line="320" />
        <source>Deadlines in date order</source>
        <translation>按日期排列的期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certificates_view.py" line="324" />
        <source>Bold, shaded days have deadlines: point at one to see them.</source>
        <translation>加粗并带底色的日期有期限事项：将鼠标停在日期上可查看。</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../desktop/ui/checklist_panel.py" line="116" />
        <source>Integrated</source>
        <comment>tab: three or more standards</comment>
        <translation>三体系整合</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_panel.py" line="118" />
        <source>Integrated</source>
        <comment>tab: two standards</comment>
        <translation>体系整合</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_panel.py" line="120" />
        <source>Integrated management system: requirements the standards share appear once; status, owner, dates and files set here apply to every standard.</source>
        <translation>整合管理体系：各标准共有的要求只列出一次；在此设置的状态、负责人、日期和文件适用于每个标准。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_panel.py" line="244" />
        <source>Standards</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/checklist_panel.py" line="0" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/checklist_panel.py" line="0" />
        <source>Find and filter the checklist items</source>
        <translation>查找和筛选检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/checklist_panel.py" line="0" />
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/checklist_panel.py" line="0" />
        <source>Find &amp;previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ChecklistTreeModel</name>
    <message>
        <location filename="../../desktop/ui/models/checklist.py" line="209" />
        <source>Clause / checklist item</source>
        <translation>条款 / 检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/checklist.py" line="209" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/checklist.py" line="209" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/checklist.py" line="210" />
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/checklist.py" line="210" />
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/checklist.py" line="236" />
        <source>%1 of %2 applicable items ready</source>
        <translation>适用的 %2 项中已就绪 %1 项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/checklist.py" line="264" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>CorrectiveActionDialog</name>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="147" />
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="148" />
        <source>Finding:</source>
        <translation>审核发现：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="148" />
        <source>&amp;Action:</source>
        <translation>措施(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="148" />
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="149" />
        <source>Due:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="149" />
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="149" />
        <source>&amp;Root cause:</source>
        <translation>根本原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="150" />
        <source>&amp;Effectiveness check:</source>
        <translation>有效性验证(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="150" />
        <source>Checked:</source>
        <translation>验证：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="151" />
        <source>Due by</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="152" />
        <source>Checked on</source>
        <translation>验证于</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="153" />
        <source>Why it happened (e.g. 5 whys)</source>
        <translation>为什么会发生（例如用 5 个为什么分析）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="155" />
        <source>How you checked that it does not recur, and the result</source>
        <translation>如何验证问题不再发生，以及验证结果</translation>
    </message>
</context>
<context>
    <name>CoverageTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/gates.py" line="213" />
        <location filename="../../desktop/ui/models/gates.py" line="223" />
        <source>Whole organization</source>
        <translation>整个组织</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/gates.py" line="221" />
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/gates.py" line="245" />
        <source>No held internal audit covered this clause at this site</source>
        <translation>已实施的内部审核均未覆盖该场所的此条款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certification/gates_model.py" line="1" />
        <source>Not covered</source>
        <translation>未覆盖</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="172" />
        <source>AuditReady — unexpected error</source>
        <translation>审核就绪助手 — 意外错误</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="174" />
        <source>Something went wrong inside AuditReady. Your project is saved after every change, so your work is safe. Please copy the report below and send it to your AuditReady contact.</source>
        <translation>审核就绪助手内部发生了意外错误。项目在每次修改后都会自动保存，您的工作不会丢失。请复制下方的错误报告，并发送给您的技术支持联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="177" />
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
</context>
<context>
    <name>CustomContentCommands</name>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="78" />
        <source>Under %1 "%2" (%3)</source>
        <translation>在 %1“%2”之下（%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="82" />
        <source>Top of the checklist "%1"</source>
        <translation>检查表“%1”的顶层</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="84" />
        <source>A new checklist</source>
        <translation>新建检查表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="88" />
        <source>Custom content</source>
        <translation>自定义内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="112" />
        <source>Select a custom item in the tree first. Items of the standards themselves cannot be edited.</source>
        <translation>请先在树中选择一个自定义条目。标准本身的条目不能编辑。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="133" />
        <source>Select a custom item in the tree first. Items of the standards themselves cannot be removed.</source>
        <translation>请先在树中选择一个自定义条目。标准本身的条目不能删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="137" />
        <source>Remove the custom item %1 "%2"? Its status and links to evidence files are removed too; the files stay in the project.</source>
        <translation>删除自定义条目 %1“%2”？其状态和与证据文件的关联也会一并删除；文件本身仍保留在项目中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="140" />
        <source>Remove custom item</source>
        <translation>删除自定义条目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="150" />
        <source>Show the tab of a custom checklist first.</source>
        <translation>请先切换到一个自定义检查表的标签页。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="152" />
        <source>Remove the custom checklist "%1" with all its items? Their status and links to evidence files are removed too; the files stay in the project.</source>
        <translation>删除自定义检查表“%1”及其全部条目？这些条目的状态和与证据文件的关联也会一并删除；文件本身仍保留在项目中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="155" />
        <source>Remove custom checklist</source>
        <translation>删除自定义检查表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="169" />
        <location filename="../../desktop/ui/custom_content.py" line="176" />
        <source>Import checklist from Excel</source>
        <translation>从 Excel 导入检查表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="170" />
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="177" />
        <source>Name of the new checklist:</source>
        <translation>新检查表的名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="202" />
        <source>This tab has no custom items to save. Show a custom checklist, or a standard you added custom items to.</source>
        <translation>此标签页中没有可保存的自定义条目。请切换到自定义检查表，或已添加了自定义条目的标准。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="208" />
        <source>Save items as template</source>
        <translation>将条目保存为模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="209" />
        <source>AuditReady templates (*.json)</source>
        <translation>审核就绪助手模板 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="218" />
        <source>Template saved: %1</source>
        <translation>模板已保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="226" />
        <source>Apply template</source>
        <translation>应用模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_content.py" line="227" />
        <source>AuditReady templates (*.json);;All files (*)</source>
        <translation>审核就绪助手模板 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>CustomItemDialog</name>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="151" />
        <source>Edit custom item</source>
        <translation>编辑自定义条目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="152" />
        <source>Add custom item</source>
        <translation>添加自定义条目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="153" />
        <source>&amp;Place:</source>
        <translation>位置(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="153" />
        <source>Checklist &amp;name:</source>
        <translation>检查表名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="153" />
        <source>&amp;Clause:</source>
        <translation>条款号(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="154" />
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="154" />
        <source>Title (&amp;Chinese):</source>
        <translation>中文标题(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="154" />
        <source>Title (&amp;English):</source>
        <translation>英文标题(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="155" />
        <source>Description (Chinese):</source>
        <translation>中文说明：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="155" />
        <source>Description (English):</source>
        <translation>英文说明：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="160" />
        <source>e.g. 7.1.5 or S-1</source>
        <translation>例如 7.1.5 或 S-1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="161" />
        <source>Chinese or English title, or both</source>
        <translation>填写中文或英文标题，也可两者都填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="162" />
        <source>e.g. Supplier audit / 供应商审核</source>
        <translation>例如 供应商审核 / Supplier audit</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <location filename="../../desktop/ui/models/certificates.py" line="210" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/certificates.py" line="210" />
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/certificates.py" line="210" />
        <source>Deadline</source>
        <translation>期限事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/certificates.py" line="210" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/certificates.py" line="223" />
        <source>✔ Done %1</source>
        <translation>✔ %1 已完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/certificates.py" line="226" />
        <source>⚠ Overdue by %n day(s)</source>
        <translation>
            <numerusform>⚠ 已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/certificates.py" line="228" />
        <source>◷ Due today</source>
        <translation>◷ 今天到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/certificates.py" line="229" />
        <source>◷ In %n day(s)</source>
        <translation>
            <numerusform>◷ 还有 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditionCommands</name>
    <message>
        <location filename="../../desktop/ui/editions.py" line="221" />
        <source>Change edition</source>
        <translation>换版</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editions.py" line="225" />
        <source>No newer edition with a transition map is available for this project's standards.</source>
        <translation>本项目所选标准暂无带换版对照的新版本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editions.py" line="233" />
        <source>Move the project to:</source>
        <translation>将项目换为：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editions.py" line="254" />
        <source>Move this project from %1 to %2?</source>
        <translation>将本项目从 %1 换为 %2？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editions.py" line="255" />
        <source>Your work is carried over: every checklist item that continues in %2 keeps its status, owner, due date, notes and evidence files. Items that are new in %2 start as not started; Standards ▸ Transition gaps lists what changed. What you recorded for %1 stays in the project file.</source>
        <translation>已完成的工作会保留：%2 中延续旧版的每个检查项都保留其状态、负责人、截止日期、备注和证据文件。%2 中新增的检查项从“未开始”起步；“标准 ▸ 换版差异”列出了全部变化。您为 %1 记录的内容仍保存在项目文件中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editions.py" line="264" />
        <source>%1 is a draft. %2</source>
        <translation>%1 为草案。%2</translation>
    </message>
</context>
<context>
    <name>Editions</name>
    <message>
        <location filename="../../desktop/ui/editions.py" line="50" />
        <source>%1 (draft)</source>
        <extracomment>Text, background and border of the note on the new edition: a draft warns.</extracomment>
        <translation>%1（草案）</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="90" />
        <source>AuditReady</source>
        <translation>审核就绪助手</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../desktop/ui/models/certificates.py" line="269" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/certificates.py" line="269" />
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/certificates.py" line="269" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>AttachPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/checklist/evidence_drop.py" line="0" />
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/checklist/evidence_drop.py" line="0" />
        <source>Attach %n file(s) to &quot;%1&quot;?</source>
        <translation>
            <numerusform>将 %n 个文件附加到“%1”？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/checklist/evidence_drop.py" line="0" />
        <source>%n hidden or temporary file(s) left out.</source>
        <translation>
            <numerusform>已略过 %n 个隐藏或临时文件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/evidence_drop.py" line="0" />
        <source>Attach</source>
        <translation>附加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/evidence_drop.py" line="0" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="206" />
        <source>Attach evidence</source>
        <translation>附加证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="207" />
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="259" />
        <location filename="../../desktop/ui/evidence_box.py" line="260" />
        <source>Evidence files</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="261" />
        <source>Attach…</source>
        <translation>附加证据…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="265" />
        <source>Edit details…</source>
        <translation>编辑详情…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="266" />
        <source>Say whether the file is a document or a record, its version, the period it covers and when it must be reviewed</source>
        <translation>说明该文件是文件还是记录、版本、覆盖期间以及评审期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="240" />
        <source>Store files in the project as evidence for this checklist item (you can also drop files or folders here, or paste copied files with Ctrl+V)</source>
        <translation>将文件保存到项目中，作为本检查项的证据（也可以把文件或文件夹拖放到这里，或用 Ctrl+V 粘贴已复制的文件）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="236" />
        <source>Store a file once in the project as evidence for this item of every standard listed</source>
        <translation>将文件在项目中只存一份，作为所列各标准中该项的证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="263" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_box.py" line="264" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/evidence_box.py" line="0" />
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/evidence_box.py" line="0" />
        <source>No files to attach were found there (hidden and temporary files are left out).</source>
        <translation>那里没有可附加的文件（隐藏文件和临时文件不计在内）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/evidence_box.py" line="0" />
        <source>Used by:</source>
        <translation>使用于：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/evidence_box.py" line="0" />
        <source>Click an item to show it</source>
        <translation>点击检查项即可转到该项</translation>
    </message>
</context>
<context>
    <name>EvidenceHints</name>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="85" />
        <source>Typical evidence</source>
        <extracomment>Foreground, background and border colours of each basis (only "cb_requested" is drawn as a framed banner; the others are coloured text).</extracomment>
        <translation>典型证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="86" />
        <source>Keep evidence current:</source>
        <translation>证据时效：</translation>
    </message>
</context>
<context>
    <name>EvidenceMetaDialog</name>
    <message>
        <location filename="../../desktop/ui/evidence_meta_dialog.py" line="175" />
        <source>Evidence details</source>
        <translation>证据详情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_meta_dialog.py" line="176" />
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_meta_dialog.py" line="177" />
        <source>Document or record:</source>
        <translation>文件或记录：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_meta_dialog.py" line="177" />
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_meta_dialog.py" line="177" />
        <source>Approved on:</source>
        <translation>批准日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_meta_dialog.py" line="178" />
        <source>Effective from:</source>
        <translation>生效/起始日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_meta_dialog.py" line="178" />
        <source>Effective to:</source>
        <translation>截止/结束日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_meta_dialog.py" line="178" />
        <source>Review by:</source>
        <translation>评审期限：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_meta_dialog.py" line="181" />
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_meta_dialog.py" line="182" />
        <source>A document is maintained (it has a version); a record is retained (it covers a period of operation).</source>
        <translation>文件需要保持（有版本号）；记录需要保留（覆盖一段运行期间）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_meta_dialog.py" line="184" />
        <source>As printed on the document, e.g. A/2</source>
        <translation>按文件上印刷的版本填写，例如 A/2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_meta_dialog.py" line="185" />
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_meta_dialog.py" line="186" />
        <source>Effective from</source>
        <translation>生效/起始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_meta_dialog.py" line="187" />
        <source>Effective to</source>
        <translation>截止/结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_meta_dialog.py" line="188" />
        <source>First day the record covers or the document takes effect (not the upload date)</source>
        <translation>记录覆盖期间的第一天或文件生效日期（不是上传日期）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_meta_dialog.py" line="190" />
        <source>Last day a record covers; leave unset for a single day</source>
        <translation>记录覆盖期间的最后一天；只涉及一天时不必设定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_meta_dialog.py" line="192" />
        <source>Use the checklist item's freshness rule</source>
        <translation>采用检查项的时效规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_meta_dialog.py" line="193" />
        <source>This item has no freshness rule: the file does not expire.</source>
        <translation>该检查项没有时效规则：此文件不会过期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evidence_meta_dialog.py" line="195" />
        <source>Review by</source>
        <translation>评审期限</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="126" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="126" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="126" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="126" />
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="127" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="127" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="127" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="128" />
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="155" />
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/evidence.py" line="157" />
        <source>%1 — used by %n checklist item(s)</source>
        <translation>
            <numerusform>%1 — 用于 %n 个检查项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="166" />
        <source>Superseded</source>
        <translation>已被替代</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="166" />
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="191" />
        <source>Not stated: the file counts for no readiness layer until you say whether it is a document or a record (Edit details…).</source>
        <translation>未说明：在说明其为文件还是记录之前，该文件不计入任何就绪层级（编辑详情…）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="194" />
        <source>Approved on %1</source>
        <translation>批准日期 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="197" />
        <source>No longer counts towards readiness: renew it or set a new review date.</source>
        <translation>不再计入就绪度：请更新该证据或设定新的评审期限。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="200" />
        <source>Does not expire</source>
        <translation>不会过期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/evidence.py" line="201" />
        <source>Counts towards readiness up to and including this day</source>
        <translation>截至并包括该日计入就绪度</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/exchange/export_dialog.py" line="0" />
        <source>Prepared by:</source>
        <translation>编制人：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_dialog.py" line="0" />
        <source>Prepared by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="173" />
        <source>The report was written:</source>
        <translation>报告已生成：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="181" />
        <source>Export cancelled. No file was written or changed.</source>
        <translation>导出已取消。未写入或更改任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="192" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="194" />
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="196" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="197" />
        <source>Save report as</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="210" />
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="211" />
        <source>Report language:</source>
        <translation>报告语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="212" />
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="213" />
        <source>Paper size:</source>
        <translation>纸张尺寸：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="214" />
        <source>Paper size</source>
        <translation>纸张尺寸</translation>
    </message>
    <message>
        <source>Action plan:</source>
        <translation>行动计划：</translation>
    </message>
    <message>
        <source>Open actions by owner</source>
        <translation>未关闭的行动按负责人分组</translation>
    </message>
    <message>
        <source>Open actions by standard</source>
        <translation>未关闭的行动按标准分组</translation>
    </message>
    <message>
        <source>Action plan grouping</source>
        <translation>行动计划分组方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="215" />
        <source>Full PDF report:</source>
        <translation>完整 PDF 报告：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="216" />
        <source>One-page summary (PDF):</source>
        <translation>一页摘要（PDF）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="217" />
        <source>Evidence pack (zip):</source>
        <translation>证据包（zip）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="219" />
        <source>Every evidence file arranged by standard and clause, with an index PDF: what an auditor's document request asks for</source>
        <translation>按标准和条款整理的全部证据文件，附索引 PDF，即审核员文件调阅清单所要求的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="221" />
        <source>Excel workbook:</source>
        <translation>Excel 工作簿：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="223" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="224" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="225" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_dialog.py" line="1" />
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_dialog.py" line="1" />
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter（8.5 × 11 英寸）</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/ui/checklist/find_bar.py" line="0" />
        <source>Find clause, title, owner, file… (Ctrl+F)</source>
        <translation>查找条款、标题、负责人、文件…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/find_bar.py" line="0" />
        <source>Finds clause numbers, titles, descriptions, guidance, notes, owners and evidence file names, in English and Chinese.
Enter or F3: next match; Shift+F3: previous; Escape: clear.</source>
        <translation>查找条款号、标题、说明、审核要点、备注、负责人和证据文件名，中英文均可。
回车或 F3：下一个匹配项；Shift+F3：上一个；Esc：清除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/find_bar.py" line="0" />
        <source>Find in the checklist</source>
        <translation>在检查表中查找</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/find_bar.py" line="0" />
        <source>Number of matches</source>
        <translation>匹配项数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/find_bar.py" line="0" />
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/find_bar.py" line="0" />
        <source>Show only items with this status</source>
        <translation>只显示此状态的检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/find_bar.py" line="0" />
        <source>Any due date</source>
        <translation>全部截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/find_bar.py" line="0" />
        <source>Due within 14 days or overdue</source>
        <translation>14 天内到期或已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/find_bar.py" line="0" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/find_bar.py" line="0" />
        <source>Open items by due date</source>
        <translation>按截止日期筛选未完成的检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/find_bar.py" line="0" />
        <source>Show only items of this owner</source>
        <translation>只显示此负责人的检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/find_bar.py" line="0" />
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/find_bar.py" line="0" />
        <source>More filters</source>
        <translation>更多筛选条件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/find_bar.py" line="0" />
        <source>Mandatory documented information only</source>
        <translation>仅强制性成文信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/find_bar.py" line="0" />
        <source>No evidence yet</source>
        <translation>尚无证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/find_bar.py" line="0" />
        <source>Expired evidence</source>
        <translation>证据已过期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/find_bar.py" line="0" />
        <source>Mine (%1)</source>
        <translation>我负责的（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/find_bar.py" line="0" />
        <source>Mine (set your name in Preferences)</source>
        <translation>我负责的（请先在首选项中填写姓名）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/find_bar.py" line="0" />
        <source>Any owner</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist/find_bar.py" line="0" />
        <source>No owner</source>
        <translation>未指定负责人</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/checklist/find_bar.py" line="0" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 项匹配</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="77" />
        <source>Edit finding</source>
        <translation>编辑审核发现</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="78" />
        <source>New finding</source>
        <translation>新建审核发现</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="79" />
        <source>&amp;Grade:</source>
        <translation>等级(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="79" />
        <source>&amp;Clause:</source>
        <translation>条款(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="79" />
        <source>&amp;Site:</source>
        <translation>场所(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="80" />
        <source>S&amp;tatement and evidence:</source>
        <translation>事实描述及证据(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="80" />
        <source>Closed:</source>
        <translation>关闭：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="81" />
        <source>(no clause)</source>
        <translation>（未指定条款）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="82" />
        <source>(no site)</source>
        <translation>（未指定场所）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="83" />
        <source>Closed on</source>
        <translation>关闭于</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/finding_dialogs.py" line="84" />
        <source>A nonconformity can be closed once its corrective action is done.</source>
        <translation>不符合项须在其纠正措施完成后才能关闭。</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="225" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="225" />
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="225" />
        <source>Site</source>
        <translation>场所</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="225" />
        <source>Statement</source>
        <translation>事实描述</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="226" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="226" />
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="240" />
        <source>○ Open</source>
        <translation>○ 未关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="241" />
        <source>● Closed %1</source>
        <translation>● %1 已关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="245" />
        <source>⚠ None yet</source>
        <translation>⚠ 尚未制定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="250" />
        <source>⚠ Overdue since %1</source>
        <translation>⚠ 自 %1 起逾期</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="51" />
        <source>Documented information to maintain (a controlled document)</source>
        <translation>应保持的文件化信息（受控文件）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="54" />
        <source>Documented information to retain (a record)</source>
        <translation>应保留的文件化信息（记录）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="57" />
        <source>Evidence auditors expect (no documented information required)</source>
        <translation>审核员期望看到的证据（标准未要求文件化信息）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="59" />
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="65" />
        <source>[Document]</source>
        <translation>[文件]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="67" />
        <source>[Record]</source>
        <translation>[记录]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="69" />
        <source>[Evidence]</source>
        <translation>[证据]</translation>
    </message>
</context>
<context>
    <name>FreshnessEditor</name>
    <message>
        <location filename="../../desktop/ui/freshness_editor.py" line="78" />
        <source>Freshness rule in this project</source>
        <translation>本项目的时效规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/freshness_editor.py" line="79" />
        <source>Apply this rule</source>
        <translation>采用此规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/freshness_editor.py" line="80" />
        <source>When off, this item's evidence does not expire by date in this project.</source>
        <translation>关闭后，本项目中该检查项的证据不会因时间而过期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/freshness_editor.py" line="82" />
        <source>Period (months):</source>
        <translation>周期（月）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/freshness_editor.py" line="83" />
        <source>The period this project uses; stored in the project file.</source>
        <translation>本项目采用的周期，保存在项目文件中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/freshness_editor.py" line="85" />
        <source>Use the default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/freshness_editor.py" line="113" />
        <source>This project uses the default rule.</source>
        <translation>本项目采用默认规则。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/freshness_editor.py" line="114" />
        <source>This project uses the default period: %1 months.</source>
        <translation>本项目采用默认周期：%1 个月。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/freshness_editor.py" line="170" />
        <source>Change the freshness rule of %1</source>
        <translation>修改 %1 的时效规则</translation>
    </message>
</context>
<context>
    <name>GatesPanel</name>
    <message>
        <location filename="../../desktop/ui/gates_view.py" line="217" />
        <location filename="../../desktop/ui/gates_view.py" line="277" />
        <source>Create action</source>
        <translation>创建行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/gates_view.py" line="218" />
        <source>The action "%1" for this gate is still open.</source>
        <translation>针对该前提条件的行动“%1”尚未关闭。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/gates_view.py" line="239" />
        <source>Select a gate to see the checklist items it concerns.</source>
        <translation>选择一项前提条件，查看其涉及的检查项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/gates_view.py" line="242" />
        <source>"%1" concerns no particular checklist item.</source>
        <translation>“%1”不涉及具体检查项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/gates_view.py" line="245" />
        <source>Items concerned by "%1" (double-click to open):</source>
        <translation>“%1”涉及的检查项（双击打开）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/gates_view.py" line="253" />
        <location filename="../../desktop/ui/gates_view.py" line="276" />
        <source>Internal audit coverage</source>
        <translation>内部审核覆盖情况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/gates_view.py" line="255" />
        <source>Internal audit coverage: ✔ every clause was audited at every site.</source>
        <translation>内部审核覆盖情况：✔ 所有条款均已在所有场所审核。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/gates_view.py" line="259" />
        <source>Internal audit coverage: ✘ %n clause/site pair(s) not yet covered by a held internal audit.</source>
        <translation>
            <numerusform>内部审核覆盖情况：✘ 尚有 %n 个“条款/场所”组合未被已实施的内部审核覆盖。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/gates_view.py" line="274" />
        <source>Certification gates</source>
        <translation>认证前提条件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/gates_view.py" line="275" />
        <source>Checklist items concerned</source>
        <translation>涉及的检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/gates_view.py" line="278" />
        <source>Add an action to the action plan to make the selected gate pass</source>
        <translation>在行动计划中新增一项行动，使所选前提条件得到满足</translation>
    </message>
</context>
<context>
    <name>GatesTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/gates.py" line="102" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/gates.py" line="102" />
        <source>Gate</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/gates.py" line="102" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/gates.py" line="124" />
        <source>Source: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certification/gates_model.py" line="1" />
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/certification/gates_model.py" line="1" />
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
</context>
<context>
    <name>GuidanceView</name>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="215" />
        <source>What the auditor looks for</source>
        <translation>审核员关注什么</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="218" />
        <source>Questions an auditor may ask</source>
        <translation>审核员可能提出的问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="223" />
        <source>The knowledge base has no guidance for this item yet.</source>
        <translation>知识库中暂无此项的指南。</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>AuditReady user guide</source>
        <translation>审核就绪助手使用指南</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>搜索指南</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="206" />
        <source>Checklist not imported</source>
        <translation>检查表未导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/custom_dialogs.py" line="209" />
        <source>Nothing was imported: the workbook has %n problem(s). Correct these rows in Excel and import it again.</source>
        <translation>
            <numerusform>未导入任何内容：工作簿中有 %n 处问题。请在 Excel 中修正这些行后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/custom_dialogs.py" line="211" />
        <source>Problems in the workbook</source>
        <translation>工作簿中的问题</translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <location filename="../../desktop/ui/models/import_problems.py" line="67" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/import_problems.py" line="67" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/import_problems.py" line="67" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>IntegratedTreeModel</name>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="294" />
        <source>Requirement</source>
        <extracomment>The value of ``StatusRole`` for a shared item whose targets differ.</extracomment>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="294" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="294" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="295" />
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="295" />
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="295" />
        <source>Standards</source>
        <translation>适用标准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="314" />
        <source>%1 specific requirements</source>
        <translation>%1 特有要求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="325" />
        <source>%1 of %2 applicable entries ready</source>
        <translation>%2 个适用条目中 %1 个已就绪</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="327" />
        <source>Requirements of %1 under clause %2 that no other standard of the project shares</source>
        <translation>%1 第 %2 章中、本项目其他标准没有的要求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="375" />
        <source>Mixed</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="406" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/integrated.py" line="409" />
        <source>Earliest of the standards' due dates:</source>
        <translation>取各标准截止日期中最早的一个：</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="292" />
        <source>No checklist item selected</source>
        <translation>未选择检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="295" />
        <source>Choose a clause or checklist item in the tree on the left to see what auditors expect and record your progress.</source>
        <translation>请在左侧条款树中选择条款或检查项，查看审核员的关注点并记录准备进度。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="308" />
        <source>This is a clause heading. Choose one of its checklist items to record status, owner, due date and evidence.</source>
        <translation>这是条款标题。请选择其下的检查项，以记录状态、负责人、截止日期和证据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="328" />
        <source>Evidence (%1)</source>
        <translation>证据（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="329" />
        <location filename="../../desktop/ui/item_panel.py" line="543" />
        <source>Audit guidance</source>
        <translation>审核指南</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="372" />
        <source>Differs between the standards; type to set it for all</source>
        <translation>各标准不一致；在此输入即统一设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="376" />
        <source>The standards have different due dates; set one here to use it for all</source>
        <translation>各标准的截止日期不同；在此设置即统一采用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="384" />
        <source>Status, owner, due date, notes and files entered here apply to the item of every standard listed above.</source>
        <translation>在此填写的状态、负责人、截止日期、备注和文件同时适用于上表所列各标准的对应检查项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="472" />
        <source>Required: why this requirement does not apply to your organization</source>
        <translation>必填：说明该要求为何不适用于本组织</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="525" />
        <source>Status and details</source>
        <translation>状态与详情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="526" />
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="526" />
        <source>Justification:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="526" />
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="527" />
        <source>Due date:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="527" />
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="327" />
        <location filename="../../desktop/ui/item_panel.py" line="530" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="531" />
        <source>Justification for not applicable</source>
        <translation>不适用的理由</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="532" />
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="533" />
        <source>Mark the item not applicable with this justification</source>
        <translation>以此理由将该检查项标记为不适用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="535" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="374" />
        <source>Department and person responsible</source>
        <translation>责任部门及负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="288" />
        <source>Integrated requirement for %1</source>
        <translation>整合要求，适用于 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="380" />
        <source>Status, owner, due date, notes and files entered here apply to the item of every standard listed above. Fields on which the standards differ are shown blank.</source>
        <translation>在此填写的状态、负责人、截止日期、备注和文件同时适用于上表所列各标准的对应检查项。各标准不一致的字段显示为空白。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="537" />
        <source>Mixed: choose a status to set it for every standard</source>
        <translation>不一致：选择一个状态即统一设置到各标准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="539" />
        <source>What the auditor looks for and questions an auditor may ask</source>
        <translation>审核员关注的要点及可能提出的问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="541" />
        <source>Standards this item serves</source>
        <translation>本项适用的标准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="544" />
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="545" />
        <source>Has a due date</source>
        <translation>设定截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="546" />
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="547" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_panel.py" line="548" />
        <source>Save notes</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <source>Differs between standards</source>
        <translation>各标准不一致</translation>
    </message>
</context>
<context>
    <name>KnowledgeDisplay</name>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="258" />
        <source>Guidance for %1 %2 "%3". Select another standard in the table above to see its guidance.</source>
        <translation>以下为 %1 %2“%3”的指南。在上表中选择其他标准可查看其指南。</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translation>由您选择</translation>
    </message>
    <message>
        <source>Already in the project</source>
        <translation>已在项目中</translation>
    </message>
    <message>
        <source>No item proposed</source>
        <translation>没有建议的检查项</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Same content as:</source>
        <translation>内容相同的文件：</translation>
    </message>
</context>
<context>
    <name>FolderReviewDialog</name>
    <message>
        <source>Import existing documents</source>
        <translation>导入现有文件</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 file(s) read, %3 different. Nothing is written before Apply; no item is set to ready.</source>
        <translation>“%1”：已读取 %2 个文件，其中 %3 个内容不同。点击“应用”之前不会写入任何内容；不会把任何检查项设为就绪。</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Skipped (%1)</source>
        <translation>已跳过 (%1)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Change items…</source>
        <translation>更改检查项(&amp;C)…</translation>
    </message>
    <message>
        <source>Accept all at or &amp;above</source>
        <translation>全部接受，可信度不低于(&amp;A)</translation>
    </message>
    <message>
        <source>Lowest confidence accepted</source>
        <translation>接受的最低可信度</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>应用(&amp;P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 accepted, %2 skipped, %3 already in the project</source>
        <translation>接受 %1 个，跳过 %2 个，%3 个已在项目中</translation>
    </message>
</context>
<context>
    <name>ItemPickerDialog</name>
    <message>
        <source>Choose checklist items</source>
        <translation>选择检查项</translation>
    </message>
    <message>
        <source>Search clause or title…</source>
        <translation>搜索条款号或标题…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LacksDialog</name>
    <message>
        <source>What the folder lacks</source>
        <translation>文件夹中缺少的文件</translation>
    </message>
    <message>
        <source>%1 of %2 required or commonly requested documents were not found in the folder. Add them, or attach them later to their items.</source>
        <translation>在 %2 项标准要求或认证机构常要求的文件中，有 %1 项未在文件夹中找到。请补充这些文件，或稍后附加到相应检查项。</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Why listed</source>
        <translation>列出原因</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;workbook…</source>
        <translation>导出工作簿(&amp;W)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export as workbook</source>
        <translation>导出为工作簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FolderImport</name>
    <message>
        <source>AuditReady</source>
        <translation>审核就绪助手</translation>
    </message>
    <message>
        <source>Please wait until the current task has finished.</source>
        <translation>请等待当前任务完成。</translation>
    </message>
    <message>
        <source>Import existing documents</source>
        <translation>导入现有文件</translation>
    </message>
    <message>
        <source>Reading the folder &quot;%1&quot;…</source>
        <translation>正在读取文件夹“%1”…</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>正在附加 %n 个文件…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import folder (%n file(s))</source>
        <translation>
            <numerusform>导入文件夹 (%n 个文件)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;Company profile…</source>
        <translation>公司概况(&amp;C)…</translation>
    </message>
    <message>
        <source>The company, its sites and scope, and who prepares and approves the reports</source>
        <translation>公司、场所与认证范围，以及报告的编制人和批准人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="166" />
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="167" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="168" />
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="169" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="173" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="174" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="175" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="176" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="177" />
        <source>&amp;Recent projects</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="178" />
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="179" />
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="180" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="181" />
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="182" />
        <source>Copy the project to a new file and continue there</source>
        <translation>将项目复制为新文件，并在新文件中继续工作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="183" />
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="184" />
        <source>&amp;Import filled-in workbook…</source>
        <translation>导入已填写的工作簿(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="186" />
        <source>Read back a checklist workbook the client filled in: preview every change, then apply</source>
        <translation>读回客户已填写的检查表工作簿：先预览每项变更，再应用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="188" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Import existing &amp;documents…</source>
        <translation>导入现有文件(&amp;D)…</translation>
    </message>
    <message>
        <source>Scan a folder of existing documents, review where each belongs, then attach them</source>
        <translation>扫描现有文件所在的文件夹，逐个确认归属的检查项，然后附加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="189" />
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="190" />
        <source>&amp;About AuditReady</source>
        <translation>关于审核就绪助手(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="192" />
        <source>S&amp;tandards</source>
        <translation>标准(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="193" />
        <source>&amp;Change edition…</source>
        <translation>换版(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="194" />
        <source>Move the project to a newer edition of one of its standards, carrying the work over</source>
        <translation>将项目换为所含某一标准的新版本，已完成的工作随之保留</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="196" />
        <source>&amp;Transition gaps…</source>
        <translation>换版差异(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="197" />
        <source>What changes from one edition of a standard to the next</source>
        <translation>标准从一个版本到下一版本的变化</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="199" />
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="200" />
        <source>&amp;Management system…</source>
        <translation>管理体系(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="201" />
        <source>When the system went live and the climate change decision (Amd 1:2024)</source>
        <translation>体系开始运行的日期以及关于气候变化的决定（Amd 1:2024）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="207" />
        <source>&amp;Checklist</source>
        <translation>检查表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="208" />
        <source>Create a&amp;ction for this item</source>
        <translation>为此检查项创建行动(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="209" />
        <source>Add the selected checklist item, not ready yet, to the action plan</source>
        <translation>将所选的尚未就绪的检查项加入行动计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="211" />
        <source>&amp;Add custom item…</source>
        <translation>添加自定义条目(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="212" />
        <source>Add your own clause or checklist item, under a clause or in a new checklist</source>
        <translation>在某一条款下或新的检查表中添加自己的条款或检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="214" />
        <source>&amp;Edit custom item…</source>
        <translation>编辑自定义条目(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="215" />
        <source>&amp;Remove custom item</source>
        <translation>删除自定义条目(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="216" />
        <source>Remove custom &amp;checklist…</source>
        <translation>删除自定义检查表(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="217" />
        <source>&amp;Import checklist from Excel…</source>
        <translation>从 Excel 导入检查表(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="220" />
        <source>&amp;Save items as template…</source>
        <translation>将条目保存为模板(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="221" />
        <source>Save the custom items of this tab to a file for use in other projects</source>
        <translation>将此标签页的自定义条目保存为文件，供其他项目使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="223" />
        <source>A&amp;pply template…</source>
        <translation>应用模板(&amp;P)…</translation>
    </message>
    <message>
        <source>AuditReady &amp;help</source>
        <translation>审核就绪助手帮助(&amp;H)</translation>
    </message>
    <message>
        <source>The user guide; F1 opens the page of the view you are in</source>
        <translation>使用指南；按 F1 打开当前界面对应的页面</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Open in new &amp;window…</source>
        <translation>在新窗口中打开(&amp;W)…</translation>
    </message>
    <message>
        <source>Open another project in a second window, beside this one</source>
        <translation>在第二个窗口中打开另一个项目，与当前项目并排</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>Add a checklist from an Excel workbook (columns: Help ▸ AuditReady help ▸ Export and Excel)</source>
        <translation>从 Excel 工作簿添加检查表（列说明：帮助 ▸ 审核就绪助手帮助 ▸ 导出与 Excel 往返）</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>下一项(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next checklist item of the tree, from anywhere in the window</source>
        <translation>转到树中的下一个检查项，在窗口任何位置均可使用</translation>
    </message>
    <message>
        <source>Pre&amp;vious item</source>
        <translation>上一项(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the previous checklist item of the tree, from anywhere in the window</source>
        <translation>转到树中的上一个检查项，在窗口任何位置均可使用</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="145" />
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="146" />
        <source>AuditReady projects (*.auditready);;All files (*)</source>
        <translation>审核就绪助手项目 (*.auditready);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="161" />
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="162" />
        <source>AuditReady projects (*.auditready)</source>
        <translation>审核就绪助手项目 (*.auditready)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="188" />
        <source>Import filled-in workbook</source>
        <translation>导入已填写的工作簿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="189" />
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="220" />
        <source>About AuditReady</source>
        <translation>关于审核就绪助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="221" />
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="222" />
        <source>Audit preparation for ISO 9001, ISO 14001 and ISO 45001: checklists, evidence and readiness reports.</source>
        <translation>ISO 9001、ISO 14001 和 ISO 45001 认证审核准备工具：检查表、证据管理与就绪度报告。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="224" />
        <source>Chinese text uses the WenQuanYi Micro Hei font (Apache License 2.0).</source>
        <translation>中文显示使用文泉驿微米黑字体（Apache License 2.0）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="348" />
        <source>Every change is saved in the project file as soon as you make it.</source>
        <translation>所有修改均即时保存到项目文件中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_frame.py" line="87" />
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window_frame.py" line="90" />
        <source>Starting AuditReady…</source>
        <translation>审核就绪助手正在启动…</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="171" />
        <source>New project file</source>
        <translation>新项目文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="172" />
        <source>AuditReady projects (*.auditready)</source>
        <translation>审核就绪助手项目 (*.auditready)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="184" />
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="185" />
        <source>Company name:</source>
        <translation>公司名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="185" />
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="185" />
        <source>Sites (one per line):</source>
        <translation>场所（每行一个）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="186" />
        <source>Headcount:</source>
        <translation>人数：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="186" />
        <source>Scope statement:</source>
        <translation>认证范围：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="186" />
        <source>Project file:</source>
        <translation>项目文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="189" />
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="190" />
        <source>Legal name as on the business licence</source>
        <translation>营业执照上的法定名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="191" />
        <source>Scope as it should appear on the certificate</source>
        <translation>拟在证书上显示的认证范围</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="192" />
        <source>Default: the company name in your documents folder</source>
        <translation>默认：以公司名称保存在“文档”文件夹中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="193" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="194" />
        <source>Standards and editions</source>
        <translation>标准及版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_project_dialog.py" line="202" />
        <source>Edition of %1</source>
        <translation>%1 的版本</translation>
    </message>
    <message>
        <source>Reports prepared by:</source>
        <translation>报告编制人：</translation>
    </message>
    <message>
        <source>Reports approved by:</source>
        <translation>报告批准人：</translation>
    </message>
    <message>
        <source>Name, e.g. Wang Min</source>
        <translation>姓名，如：王敏</translation>
    </message>
    <message>
        <source>Name of the person who prepares the reports</source>
        <translation>报告编制人姓名</translation>
    </message>
    <message>
        <source>Job title, e.g. Quality manager</source>
        <translation>职务，如：品质部经理</translation>
    </message>
    <message>
        <source>Job title of the person who prepares the reports</source>
        <translation>报告编制人职务</translation>
    </message>
    <message>
        <source>Name, e.g. Zhou Wenhua</source>
        <translation>姓名，如：周文华</translation>
    </message>
    <message>
        <source>Name of the person who approves the reports</source>
        <translation>报告批准人姓名</translation>
    </message>
    <message>
        <source>Job title, e.g. General manager</source>
        <translation>职务，如：总经理</translation>
    </message>
    <message>
        <source>Job title of the person who approves the reports</source>
        <translation>报告批准人职务</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../desktop/ui/evidence_meta_dialog.py" line="64" />
        <source>Set</source>
        <translation>设定</translation>
    </message>
</context>
<context>
    <name>PitfallBox</name>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="179" />
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_view.py" line="184" />
        <source>Common audit problems</source>
        <translation>常见审核问题</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="91" />
        <source>Edit audit programme</source>
        <translation>编辑内部审核方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="92" />
        <source>New audit programme</source>
        <translation>新建内部审核方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="93" />
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="93" />
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="93" />
        <source>&amp;Approved by:</source>
        <translation>批准人(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="94" />
        <source>Criteria, method, frequency:</source>
        <translation>准则、方法、频次：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="95" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_dialogs.py" line="96" />
        <source>e.g. 2026 internal audit programme</source>
        <translation>例如：2026 年度内部审核方案</translation>
    </message>
</context>
<context>
    <name>ProgrammesModel</name>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="78" />
        <source>Programme</source>
        <extracomment>Symbols of finding grades, so a grade reads without colour.</extracomment>
        <translation>审核方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="78" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="78" />
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="79" />
        <source>Notes</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ProgressFeedback</name>
    <message>
        <location filename="../../desktop/ui/workers.py" line="133" />
        <source>AuditReady</source>
        <translation>审核就绪助手</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>A task is still running</source>
        <translation>仍有任务在进行</translation>
    </message>
    <message>
        <source>An export, import or attached file is still being written. Wait until it has finished (the window then closes by itself), or cancel it and close now? A cancelled task leaves nothing half-written.</source>
        <translation>导出、导入或附加文件仍在写入中。要等待它完成（完成后窗口自动关闭），还是取消该任务并立即关闭？取消的任务不会留下写了一半的文件。</translation>
    </message>
    <message>
        <source>An export, import or attached file is still being written. Wait until it has finished (the project then closes by itself), or cancel it and close the project now? A cancelled task leaves nothing half-written.</source>
        <translation>导出、导入或附加文件仍在写入中。要等待它完成（完成后项目自动关闭），还是取消该任务并立即关闭项目？取消的任务不会留下写了一半的文件。</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Cancel it and close</source>
        <translation>取消任务并关闭</translation>
    </message>
</context>
<context>
    <name>UndoSteps</name>
    <message>
        <source>Set owner %1</source>
        <translation>设置负责人 %1</translation>
    </message>
    <message>
        <source>Set due date %1</source>
        <translation>设置截止日期 %1</translation>
    </message>
    <message>
        <source>Edit notes %1</source>
        <translation>编辑备注 %1</translation>
    </message>
    <message>
        <source>Edit details %1</source>
        <translation>编辑详情 %1</translation>
    </message>
    <message>
        <source>Attach &quot;%1&quot; to %2</source>
        <translation>将“%1”附加到 %2</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>移除“%1”</translation>
    </message>
    <message>
        <source>Edit details of &quot;%1&quot;</source>
        <translation>编辑“%1”的详细信息</translation>
    </message>
    <message>
        <source>Edit the management system facts</source>
        <translation>编辑管理体系基本信息</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>audit programme</source>
        <translation>审核方案</translation>
    </message>
    <message>
        <source>internal audit</source>
        <translation>内部审核</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>审核发现</translation>
    </message>
    <message>
        <source>management review</source>
        <translation>管理评审</translation>
    </message>
    <message>
        <source>action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Remove custom item %1</source>
        <translation>删除自定义条目 %1</translation>
    </message>
    <message>
        <source>Change the audit time inputs</source>
        <translation>更改审核时间输入</translation>
    </message>
    <message>
        <source>Change the setting &quot;%1&quot;</source>
        <translation>更改设置“%1”</translation>
    </message>
    <message>
        <source>Link &quot;%1&quot; to %2</source>
        <translation>将“%1”关联到 %2</translation>
    </message>
    <message>
        <source>Unlink &quot;%1&quot; from %2</source>
        <translation>取消“%1”与 %2 的关联</translation>
    </message>
    <message>
        <source>Add custom item %1</source>
        <translation>添加自定义条目 %1</translation>
    </message>
    <message>
        <source>Edit custom item %1</source>
        <translation>编辑自定义条目 %1</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="106" />
        <source>AuditReady</source>
        <translation>审核就绪助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="107" />
        <source>Please wait until the current task has finished.</source>
        <translation>请等待当前任务完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="199" />
        <location filename="../../desktop/ui/actions.py" line="234" />
        <source>Set %1 to "%2"</source>
        <translation>将 %1 设为“%2”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="291" />
        <location filename="../../desktop/ui/actions.py" line="303" />
        <source>Attaching "%1"…</source>
        <translation>正在附加“%1”…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="327" />
        <source>Opening "%1"…</source>
        <translation>正在打开“%1”…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="338" />
        <source>Remove "%1" from this project?</source>
        <translation>从本项目中删除“%1”？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/actions.py" line="342" />
        <source>It also serves %n other checklist item(s); it will be removed there too.</source>
        <translation>
            <numerusform>该文件还用于另外 %n 个检查项，也将从这些检查项中一并删除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="344" />
        <source>Remove evidence</source>
        <translation>删除证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="408" />
        <source>Importing "%1"…</source>
        <translation>正在导入“%1”…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="435" />
        <source>Reading "%1"…</source>
        <translation>正在读取“%1”…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="478" />
        <source>Writing the reports…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/actions.py" line="0" />
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>正在附加 %n 个文件…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectCard</name>
    <message>
        <source>%1 (file not found)</source>
        <translation>%1（找不到文件）</translation>
    </message>
    <message>
        <source>Readiness %1%</source>
        <translation>就绪度 %1%</translation>
    </message>
    <message>
        <source>Next deadline: %1 %2</source>
        <translation>下一个期限：%1 %2</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Last opened: %1</source>
        <translation>上次打开：%1</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="174" />
        <source>Integrated system</source>
        <translation>整合体系</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/readiness_panel.py" line="181" />
        <source>%n evidence link(s) expired: they no longer count towards the layers. Open the item's evidence to renew or review them.</source>
        <translation>
            <numerusform>有 %n 项证据已过期，不再计入各层级。请打开相应检查项的证据进行更新或评审。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="186" />
        <source>Documented: weighted share of items that need a document and are ready with an approved, current document attached.</source>
        <translation>已成文：需要文件的检查项中，已就绪且附有已批准的现行有效文件的加权比例。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="188" />
        <source>Implemented: weighted share of items that need records and are ready with a current record showing the activity took place.</source>
        <translation>已实施：需要记录的检查项中，已就绪且附有证明活动已开展的有效记录的加权比例。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="191" />
        <source>Sustained: implemented items whose records reach back at least 3 months, in a system operating for at least 3 months.</source>
        <translation>持续运行：已实施的检查项中，记录至少可追溯 3 个月、且体系已运行至少 3 个月的加权比例。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="198" />
        <source>Integrated system (all standards)</source>
        <translation>整合体系（全部标准）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="201" />
        <source>The three layers over every checklist item of every standard; a shared requirement counts once for each standard it serves.</source>
        <translation>按所有标准的全部检查项计算的三个层级；共有要求按其适用的每个标准各计一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="215" />
        <location filename="../../desktop/ui/readiness_panel.py" line="217" />
        <source>%1 ready (%2 of %3)</source>
        <translation>已就绪 %1（%3 项中 %2 项）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="220" />
        <source>%1: applicable items ready</source>
        <translation>%1：适用检查项就绪度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="223" />
        <source>%1: mandatory documented information ready</source>
        <translation>%1：强制性文件化信息就绪度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="225" />
        <source>%1 applicable checklist items, %2 in progress, %3 not applicable</source>
        <translation>适用检查项 %1 项，进行中 %2 项，不适用 %3 项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="236" />
        <source>Readiness</source>
        <translation>就绪度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="237" />
        <source>Items ready</source>
        <translation>检查项就绪率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="238" />
        <source>Items ready: applicable checklist items marked ready, as a share of all applicable items (items marked not applicable are left out).</source>
        <translation>检查项就绪率：标为“就绪”的适用检查项占全部适用检查项的比例（不含标为“不适用”的检查项）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="238" />
        <source>Mandatory documented information ready</source>
        <translation>强制性文件化信息就绪度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="239" />
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="242" />
        <source>Documented</source>
        <translation>已成文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="242" />
        <source>Implemented</source>
        <translation>已实施</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_panel.py" line="243" />
        <source>Sustained</source>
        <translation>持续运行</translation>
    </message>
</context>
<context>
    <name>RepairOffer</name>
    <message>
        <location filename="../../desktop/ui/repair_offer.py" line="30" />
        <source>AuditReady</source>
        <translation>审核就绪助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repair_offer.py" line="32" />
        <source>Repair a copy…</source>
        <translation>修复副本…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repair_offer.py" line="42" />
        <source>Save the repaired copy</source>
        <translation>保存修复后的副本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/repair_offer.py" line="43" />
        <source>AuditReady projects (*.auditready)</source>
        <translation>审核就绪助手项目 (*.auditready)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../desktop/ui/review_dialog.py" line="188" />
        <source>⚠ Tick the standards this review covered.</source>
        <translation>⚠ 请勾选本次评审覆盖的标准。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/review_dialog.py" line="190" />
        <source>⚠ %n required input(s) not considered yet:</source>
        <translation>
            <numerusform>⚠ 尚有 %n 项要求的输入未评审：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_dialog.py" line="193" />
        <source>✔ Every required input of the covered standards was considered.</source>
        <translation>✔ 所覆盖标准要求的输入均已评审。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_dialog.py" line="217" />
        <source>Edit management review</source>
        <translation>编辑管理评审</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_dialog.py" line="218" />
        <source>New management review</source>
        <translation>新建管理评审</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_dialog.py" line="219" />
        <source>&amp;Held on:</source>
        <translation>评审日期(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_dialog.py" line="219" />
        <source>&amp;Chaired by:</source>
        <translation>主持人(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_dialog.py" line="220" />
        <source>&amp;Attendees:</source>
        <translation>参加人员(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_dialog.py" line="221" />
        <source>Standards covered:</source>
        <translation>覆盖的标准：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_dialog.py" line="223" />
        <source>Top management, e.g. 总经理 周文华</source>
        <translation>最高管理者，例如：总经理 周文华</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_dialog.py" line="224" />
        <source>Names or roles, separated by commas</source>
        <translation>姓名或职务，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_dialog.py" line="225" />
        <source>Required inputs considered</source>
        <translation>已评审的输入（标准要求）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_dialog.py" line="226" />
        <source>Tick all</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_dialog.py" line="227" />
        <source>&amp;Outputs (decisions and actions):</source>
        <translation>输出（决定和措施）(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="313" />
        <source>Held on</source>
        <translation>评审日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="313" />
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="313" />
        <source>Standards</source>
        <translation>覆盖标准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="314" />
        <source>Inputs considered</source>
        <translation>已评审输入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="314" />
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="328" />
        <source>Every required input was considered.</source>
        <translation>所有要求的输入均已评审。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/records.py" line="329" />
        <source>%n required input(s) not considered.</source>
        <translation>
            <numerusform>%n 项要求的输入未评审。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewsPanel</name>
    <message>
        <location filename="../../desktop/ui/reviews_view.py" line="148" />
        <source>No management review has been held yet. Certification bodies expect at least one before the stage 1 audit, considering every input the standards require (ISO 9001:2015 9.3.2, ISO 14001:2015 and ISO 45001:2018 9.3).</source>
        <translation>尚未开展管理评审。认证机构通常要求在第一阶段审核前至少开展一次管理评审，并评审标准要求的全部输入（ISO 9001:2015 9.3.2、ISO 14001:2015 和 ISO 45001:2018 9.3）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_view.py" line="167" />
        <source>⚠ %1: not considered:</source>
        <translation>⚠ %1：以下输入未评审：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_view.py" line="170" />
        <source>✔ %1: every required input considered.</source>
        <translation>✔ %1：要求的输入均已评审。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_view.py" line="172" />
        <source>Outputs:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_view.py" line="173" />
        <source>(none recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_view.py" line="207" />
        <source>Delete the management review of %1?</source>
        <translation>删除 %1 的管理评审？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_view.py" line="209" />
        <location filename="../../desktop/ui/reviews_view.py" line="225" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_view.py" line="222" />
        <location filename="../../desktop/ui/reviews_view.py" line="226" />
        <source>Management reviews</source>
        <translation>管理评审</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_view.py" line="223" />
        <source>New review…</source>
        <translation>新建管理评审…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_view.py" line="224" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
</context>
<context>
    <name>RoundTripChangesModel</name>
    <message>
        <location filename="../../desktop/ui/models/roundtrip.py" line="103" />
        <source>Sheet, row</source>
        <extracomment>The item id (str) a row belongs to.</extracomment>
        <translation>工作表、行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/roundtrip.py" line="103" />
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/roundtrip.py" line="103" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/roundtrip.py" line="104" />
        <source>Project → workbook</source>
        <translation>项目 → 工作簿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/roundtrip.py" line="104" />
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/roundtrip.py" line="105" />
        <source>Take workbook value</source>
        <translation>采用工作簿的值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/roundtrip.py" line="134" />
        <source>This item changed in the project after the workbook was exported. The project's value is kept unless you tick "Take workbook value".</source>
        <translation>导出工作簿之后，该检查项在项目中又有改动。除非勾选“采用工作簿的值”，否则保留项目中的值。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/roundtrip.py" line="155" />
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/roundtrip.py" line="161" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/roundtrip.py" line="164" />
        <source>⚠ changed in the project since export</source>
        <translation>⚠ 导出后项目中已有改动</translation>
    </message>
</context>
<context>
    <name>RoundTripDialog</name>
    <message>
        <location filename="../../desktop/ui/roundtrip_dialog.py" line="133" />
        <source>Import filled-in workbook</source>
        <translation>导入已填写的工作簿</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/roundtrip_dialog.py" line="135" />
        <source>%n change(s) to %1 item(s) from "%2".</source>
        <translation>
            <numerusform>来自“%2”的 %n 处变更，涉及 %1 个检查项。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/roundtrip_dialog.py" line="139" />
        <source>%n item(s) changed in the project since the export (⚠): the project's value is kept unless you tick "Take workbook value".</source>
        <translation>
            <numerusform>有 %n 个检查项在导出后已在项目中改动（⚠）：除非勾选“采用工作簿的值”，否则保留项目中的值。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/roundtrip_dialog.py" line="144" />
        <source>Nothing can be applied: the workbook has %n error(s). Correct them in Excel and import it again.</source>
        <translation>
            <numerusform>无法应用任何变更：工作簿中有 %n 处错误。请在 Excel 中更正后重新导入。</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roundtrip_dialog.py" line="147" />
        <source>The workbook changes nothing in the project.</source>
        <translation>该工作簿不会改变项目中的任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roundtrip_dialog.py" line="149" />
        <source>Apply writes every change at once; Cancel writes nothing.</source>
        <translation>“应用”将一次性写入全部变更；“取消”不写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roundtrip_dialog.py" line="151" />
        <source>Problems and notes (✕ errors block applying):</source>
        <translation>问题和提示（✕ 错误会阻止应用）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roundtrip_dialog.py" line="152" />
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roundtrip_dialog.py" line="153" />
        <source>Changes in the workbook</source>
        <translation>工作簿中的变更</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roundtrip_dialog.py" line="154" />
        <source>Problems in the workbook</source>
        <translation>工作簿中的问题</translation>
    </message>
</context>
<context>
    <name>RoundTripProblemsModel</name>
    <message>
        <location filename="../../desktop/ui/models/roundtrip.py" line="217" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/roundtrip.py" line="217" />
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/roundtrip.py" line="217" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/roundtrip.py" line="229" />
        <source>✕ Error</source>
        <translation>✕ 错误</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/roundtrip.py" line="229" />
        <source>ℹ Note</source>
        <translation>ℹ 提示</translation>
    </message>
</context>
<context>
    <name>SafetyCommands</name>
    <message>
        <location filename="../../desktop/ui/safety.py" line="144" />
        <source>AuditReady</source>
        <translation>审核就绪助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="145" />
        <source>Please wait until the current task has finished.</source>
        <translation>请等待当前任务完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="157" />
        <source>Verifying the project…</source>
        <translation>正在校验项目…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="1" />
        <source>Verify project</source>
        <translation>校验项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="168" />
        <source>No problems found in "%1": its structure is intact and all %2 stored evidence files (%3) match their SHA-256 fingerprints.</source>
        <translation>“%1”未发现问题：文件结构完好，全部 %2 份存储的证据文件（%3）与其 SHA-256 指纹一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="181" />
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="182" />
        <source>List the project's backups and restore one as a new file</source>
        <translation>列出项目的备份，并将其中一份恢复为新文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="184" />
        <source>T&amp;ools</source>
        <translation>工具(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="185" />
        <source>&amp;Verify project</source>
        <translation>校验项目(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="186" />
        <source>Check the file and every stored evidence file against its SHA-256 fingerprint</source>
        <translation>检查文件本身，并按 SHA-256 指纹核对每一份存储的证据文件</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter（8.5 × 11 英寸）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="63" />
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="64" />
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="65" />
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="66" />
        <source>Reports have their own language, chosen when you export them. Checklist texts follow the interface language.</source>
        <translation>报告语言在导出时单独选择。检查表内容随界面语言显示。</translation>
    </message>
    <message>
        <source>Default report language:</source>
        <translation>默认报告语言：</translation>
    </message>
    <message>
        <source>Default paper size:</source>
        <translation>默认纸张：</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>您的姓名：</translation>
    </message>
    <message>
        <source>Backups kept per project:</source>
        <translation>每个项目保留的备份数：</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>与界面语言相同</translation>
    </message>
    <message>
        <source>The system&apos;s (A4, Letter in the US)</source>
        <translation>系统默认（A4，美国为 Letter）</translation>
    </message>
    <message>
        <source>As written in the owner fields</source>
        <translation>与负责人栏中的写法一致</translation>
    </message>
    <message>
        <source>Used by the &quot;mine&quot; filter and as the default name for report sign-off</source>
        <translation>用于“我的”筛选，并作为报告签批的默认姓名</translation>
    </message>
    <message>
        <source>Warn about expired evidence when a project opens</source>
        <translation>打开项目时提示已过期的证据</translation>
    </message>
    <message>
        <source>Checklist texts follow the interface language. The export dialog starts with the default report language and paper size; you can change them there for one export.</source>
        <translation>检查表内容跟随界面语言。导出对话框以默认报告语言和纸张开始，可在其中为单次导出更改。</translation>
    </message>
</context>
<context>
    <name>SharedMode</name>
    <message>
        <source>Differs between standards:</source>
        <translation>各标准不一致：</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>SharedTargetsModel</name>
    <message>
        <location filename="../../desktop/ui/models/shared_targets.py" line="97" />
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/shared_targets.py" line="97" />
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/shared_targets.py" line="97" />
        <source>Checklist item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/shared_targets.py" line="98" />
        <source>Own status</source>
        <translation>本标准状态</translation>
    </message>
</context>
<context>
    <name>ShellCommands</name>
    <message>
        <source>Open project in new window</source>
        <translation>在新窗口中打开项目</translation>
    </message>
    <message>
        <source>AuditReady projects (*.auditready);;All files (*)</source>
        <translation>审核就绪项目 (*.auditready);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Next match in the user guide</source>
        <translation>使用指南中的下一处匹配</translation>
    </message>
    <message>
        <source>About AuditReady</source>
        <translation>关于审核就绪助手</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to AuditReady</source>
        <translation>欢迎使用审核就绪助手</translation>
    </message>
    <message>
        <source>No project is open. Start a new project for a company, open an existing project file, or look around in the sample project first. Press F1 for the user guide.</source>
        <translation>当前没有打开的项目。可以为一家企业新建项目、打开已有的项目文件，或先在示例项目中看看。按 F1 打开使用指南。</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open sample project</source>
        <translation>打开示例项目</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>Projects you open will be listed here.</source>
        <translation>打开过的项目会列在这里。</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../../desktop/ui/models/audit_time.py" line="73" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/audit_time.py" line="73" />
        <source>How it is computed</source>
        <translation>计算过程</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/audit_time.py" line="74" />
        <source>Auditor-days</source>
        <translation>审核人日</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <source>Readiness: %1</source>
        <translation>就绪度：%1</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>Share of applicable checklist items marked ready; unfold the details for the layers</source>
        <translation>适用检查项中已标记为就绪的比例；展开详情可查看成文、实施、保持三个层次</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 项需要关注</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>收起详情</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Show or hide the readiness summary and the warnings</source>
        <translation>显示或隐藏就绪度汇总和需要关注的事项</translation>
    </message>
    <message>
        <source>Readiness details</source>
        <translation>就绪度详情</translation>
    </message>
</context>
<context>
    <name>SystemDialog</name>
    <message>
        <location filename="../../desktop/ui/system_dialog.py" line="117" />
        <source>Management system</source>
        <translation>管理体系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/system_dialog.py" line="118" />
        <source>Facts about the management system as a whole. They are checked by the certification gates.</source>
        <translation>关于整个管理体系的基本情况，认证前提条件会据此进行检查。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/system_dialog.py" line="120" />
        <source>Operation</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/system_dialog.py" line="121" />
        <source>Operating since:</source>
        <translation>运行起始日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/system_dialog.py" line="122" />
        <source>Operating since</source>
        <translation>运行起始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/system_dialog.py" line="123" />
        <source>The day the system started to run as documented. Certification bodies usually expect at least three months of operation before the certification audit.</source>
        <translation>体系开始按文件化要求运行的日期。认证机构通常要求认证审核前体系至少已运行三个月。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/system_dialog.py" line="127" />
        <source>Climate change (clause 4.1, Amd 1:2024)</source>
        <translation>气候变化（4.1 条款，Amd 1:2024）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/system_dialog.py" line="128" />
        <source>Relevant issue?</source>
        <translation>是否为相关议题？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/system_dialog.py" line="128" />
        <source>Decided on:</source>
        <translation>决定日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/system_dialog.py" line="128" />
        <source>Rationale:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/system_dialog.py" line="131" />
        <source>Yes, relevant</source>
        <translation>是，相关</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/system_dialog.py" line="132" />
        <source>No, not relevant</source>
        <translation>否，不相关</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/system_dialog.py" line="133" />
        <source>Not decided yet</source>
        <translation>尚未决定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/system_dialog.py" line="134" />
        <source>Climate decision date</source>
        <translation>气候变化决定日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/system_dialog.py" line="135" />
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/system_dialog.py" line="136" />
        <source>Why climate change is or is not relevant to the organization's purpose and its ability to achieve the intended outcomes</source>
        <translation>说明气候变化为何与组织的宗旨及其实现预期结果的能力相关或不相关</translation>
    </message>
</context>
<context>
    <name>TransitionGapsDialog</name>
    <message>
        <location filename="../../desktop/ui/editions.py" line="151" />
        <source>No newer edition with a transition map is available for this project's standards.</source>
        <translation>本项目所选标准暂无带换版对照的新版本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editions.py" line="164" />
        <source>Transition period: %1</source>
        <translation>过渡期：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editions.py" line="168" />
        <source>%1 is a draft. %2</source>
        <translation>%1 为草案。%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editions.py" line="177" />
        <source>Move the project to %1…</source>
        <translation>将项目换为 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editions.py" line="192" />
        <source>Transition gaps</source>
        <translation>换版差异</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editions.py" line="193" />
        <source>Edition change:</source>
        <translation>版本变更：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editions.py" line="194" />
        <source>Changes between the editions</source>
        <translation>两个版本之间的变化</translation>
    </message>
</context>
<context>
    <name>TransitionGapsModel</name>
    <message>
        <location filename="../../desktop/ui/models/transitions.py" line="94" />
        <source>Change</source>
        <extracomment>The change kind's value ("new", "moved" …) of a row.</extracomment>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transitions.py" line="94" />
        <source>Old clause</source>
        <translation>旧版条款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transitions.py" line="94" />
        <source>New clause</source>
        <translation>新版条款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transitions.py" line="95" />
        <source>What to do</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transitions.py" line="95" />
        <source>Checklist items of the new edition</source>
        <translation>新版检查项</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop/ui/trend_chart.py" line="95" />
        <source>Integrated: documented</source>
        <translation>整合体系：已成文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trend_chart.py" line="95" />
        <source>Integrated: implemented</source>
        <translation>整合体系：已实施</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trend_chart.py" line="96" />
        <source>Integrated: sustained</source>
        <translation>整合体系：持续运行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trend_chart.py" line="247" />
        <source>The trend appears once readiness has been recorded on two different days. AuditReady records it each day the project is opened or changed.</source>
        <translation>在两个不同日期记录了就绪度之后才会显示趋势。每天打开或修改项目时，审核就绪助手都会记录当天的就绪度。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trend_chart.py" line="250" />
        <source>Share ready</source>
        <translation>就绪比例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trend_chart.py" line="251" />
        <source>Readiness trend</source>
        <translation>就绪度趋势</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop/ui/safety.py" line="1" />
        <source>Verify project</source>
        <translation>校验项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="71" />
        <source>%1 problem(s) found in "%2". Restore a backup (File ▸ Backups…) or attach the named evidence files again.</source>
        <translation>在“%2”中发现 %1 个问题。请恢复一份备份（文件 ▸ 备份…），或重新添加所列的证据文件。</translation>
    </message>
</context>
<context>
    <name>WarningBanner</name>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="189" />
        <location filename="../../desktop/ui/assessment_area.py" line="190" />
        <source>Close this message</source>
        <translation>关闭此提示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/assessment_area.py" line="191" />
        <source>Things that need attention</source>
        <translation>需要关注的事项</translation>
    </message>
</context>
<context>
    <name>DepartmentCommands</name>
    <message>
        <source>Make %1 responsible for %2</source>
        <translation>将 %2 的主责部门设为%1</translation>
    </message>
    <message>
        <source>Make %1 involved in %2</source>
        <translation>将%1设为 %2 的相关部门</translation>
    </message>
    <message>
        <source>Clear %1 for %2</source>
        <translation>清除%1在 %2 中的职责</translation>
    </message>
    <message>
        <source>Propose the responsibility matrix</source>
        <translation>生成职能分配表建议</translation>
    </message>
    <message>
        <source>Add department %1</source>
        <translation>添加部门“%1”</translation>
    </message>
    <message>
        <source>Edit department %1</source>
        <translation>编辑部门“%1”</translation>
    </message>
    <message>
        <source>Remove department %1</source>
        <translation>删除部门“%1”</translation>
    </message>
    <message>
        <source>Set department of %1</source>
        <translation>设置 %1 的责任部门</translation>
    </message>
</context>
<context>
    <name>DepartmentEditor</name>
    <message>
        <source>Edit department</source>
        <translation>编辑部门</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <source>e.g. Quality department</source>
        <translation>例如：质量部</translation>
    </message>
    <message>
        <source>the person leading it</source>
        <translation>部门负责人姓名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>场所</translation>
    </message>
</context>
<context>
    <name>DepartmentPicker</name>
    <message>
        <source>(no department)</source>
        <translation>（未指定部门）</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>The department that owns this item; the owner below names the person in it</source>
        <translation>负责此检查项的部门；下面的负责人填写该部门中的具体人员</translation>
    </message>
</context>
<context>
    <name>DepartmentsDialog</name>
    <message>
        <source>Folder for the department workbooks</source>
        <translation>部门工作簿的保存文件夹</translation>
    </message>
    <message>
        <source>Department workbooks</source>
        <translation>部门工作簿</translation>
    </message>
    <message>
        <source>%1 workbook(s) written to %2. Send each to its department and import it when it comes back (File ▸ Import filled-in workbook…).</source>
        <translation>已在 %2 中生成 %1 个工作簿。请发给各部门，收回后导入（文件 ▸ 导入已填写的工作簿…）。</translation>
    </message>
    <message>
        <source>&amp;Workbooks…</source>
        <translation>部门工作簿(&amp;W)…</translation>
    </message>
    <message>
        <source>Write one workbook per department with only its items, actions and findings</source>
        <translation>为每个部门生成一个工作簿，只含该部门的检查项、行动和不符合项</translation>
    </message>
    <message>
        <source>Integrated view (all standards)</source>
        <translation>整合视图（全部标准）</translation>
    </message>
    <message>
        <source>Propose the matrix</source>
        <translation>生成职能分配表建议</translation>
    </message>
    <message>
        <source>Replace the whole matrix by a proposal from the items' owners and the usual split of duties? You can undo it.</source>
        <translation>用根据检查项负责人和常见职责分工生成的建议替换整个职能分配表吗？此操作可以撤销。</translation>
    </message>
    <message>
        <source>Export the responsibility matrix</source>
        <translation>导出职能分配表</translation>
    </message>
    <message>
        <source>Responsibility matrix.pdf</source>
        <translation>职能分配表.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Responsibility matrix</source>
        <translation>职能分配表</translation>
    </message>
    <message>
        <source>Please wait until the current task has finished.</source>
        <translation>请等待当前任务完成。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Departments and responsibilities</source>
        <translation>部门与职能分配</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Clauses of:</source>
        <translation>条款来源：</translation>
    </message>
    <message>
        <source>&amp;Propose from owners</source>
        <translation>按负责人生成建议(&amp;P)</translation>
    </message>
    <message>
        <source>Fill the matrix from the departments that own each clause's items, completed by the usual split of duties; you can undo it</source>
        <translation>根据各条款检查项的责任部门填写职能分配表，并按常见职责分工补全；此操作可以撤销</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>● responsible   ○ involved. Click a cell, or press Space, to go from empty to responsible to involved; R, I and Delete set a cell directly.</source>
        <translation>● 主责   ○ 相关。单击单元格或按空格键，可在空白、主责、相关之间切换；按 R、I 或 Del 键直接设置。</translation>
    </message>
</context>
<context>
    <name>DepartmentsUi</name>
    <message>
        <source>&amp;Departments and responsibilities…</source>
        <translation>部门与职能分配(&amp;D)…</translation>
    </message>
    <message>
        <source>The departments and the responsibility matrix (职能分配表)</source>
        <translation>部门与职能分配表</translation>
    </message>
</context>
<context>
    <name>DepartmentsModel</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>场所</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>%1: responsible for %2</source>
        <translation>%1：%2 主责</translation>
    </message>
    <message>
        <source>%1: involved in %2</source>
        <translation>%1：%2 相关</translation>
    </message>
    <message>
        <source>Click, or press Space, to assign</source>
        <translation>单击或按空格键分配职责</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
</context>
<context>
    <name>RoundTripChangesModel</name>
    <message>
        <source>%1 and %2 both changed this field since the export. The project keeps %1's value unless you tick &quot;Take workbook value&quot;.</source>
        <translation>%1和%2在导出后都修改了此字段。除非勾选“采用工作簿的值”，否则保留%1的值。</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>本项目</translation>
    </message>
    <message>
        <source>%1 (%2) → %3 (%4)</source>
        <translation>%1（%2）→ %3（%4）</translation>
    </message>
</context>
<context>
    <name>RoundTripDialog</name>
    <message>
        <source>The workbook of the department %1.</source>
        <translation>这是%1的工作簿。</translation>
    </message>
</context>
<context>
    <name>KitJobs</name>
    <message>
        <source>AuditReady</source>
        <translation>AuditReady</translation>
    </message>
    <message>
        <source>Please wait until the current task has finished.</source>
        <translation>请等待当前任务完成。</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>完成期限（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>措施状态</translation>
    </message>
</context>
<context>
    <name>ReviewOutputsDialog</name>
    <message>
        <source>Review inputs and outputs</source>
        <translation>管理评审输入与输出</translation>
    </message>
    <message>
        <source>Input for the meeting, by topic</source>
        <translation>按主题填写的评审输入</translation>
    </message>
    <message>
        <source>Input topic</source>
        <translation>输入主题</translation>
    </message>
    <message>
        <source>Input note</source>
        <translation>输入说明</translation>
    </message>
    <message>
        <source>Decisions (with an owner or a due date, a decision becomes an action)</source>
        <translation>评审决定（填写负责人或完成期限的决定将成为行动计划中的措施）</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>评审决定</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>添加决定</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>删除决定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReviewPackControls</name>
    <message>
        <source>Edit the management review's inputs and outputs</source>
        <translation>编辑管理评审的输入与输出</translation>
    </message>
    <message>
        <source>Save the management review input report as</source>
        <translation>管理评审输入报告另存为</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Management review input report</source>
        <translation>管理评审输入报告</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Writing the management review input report…</source>
        <translation>正在生成管理评审输入报告…</translation>
    </message>
    <message>
        <source>Inputs and outputs…</source>
        <translation>输入与输出…</translation>
    </message>
    <message>
        <source>Export input report…</source>
        <translation>导出评审输入报告…</translation>
    </message>
    <message>
        <source>The management review input report as PDF, with a signature line for the chair</source>
        <translation>管理评审输入报告（PDF），附主持人签字栏</translation>
    </message>
</context>
<context>
    <name>ChecklistResultDialog</name>
    <message>
        <source>Checklist result</source>
        <translation>检查表结果</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Checklist line:</source>
        <translation>检查项：</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>场所：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Finding and evidence:</source>
        <translation>审核发现及证据：</translation>
    </message>
    <message>
        <source>Conforms (no finding)</source>
        <translation>符合（无审核发现）</translation>
    </message>
    <message>
        <source>Major nonconformity</source>
        <translation>严重不符合</translation>
    </message>
    <message>
        <source>Minor nonconformity</source>
        <translation>一般不符合</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>观察项</translation>
    </message>
    <message>
        <source>Opportunity for improvement</source>
        <translation>改进机会</translation>
    </message>
</context>
<context>
    <name>AuditKitControls</name>
    <message>
        <source>Folder for the internal audit kit</source>
        <translation>内审资料保存文件夹</translation>
    </message>
    <message>
        <source>Internal audit kit</source>
        <translation>内审资料</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Writing the internal audit kit…</source>
        <translation>正在生成内审资料…</translation>
    </message>
    <message>
        <source>Record a checklist result</source>
        <translation>记录检查表结果</translation>
    </message>
    <message>
        <source>Audit kit…</source>
        <translation>内审资料…</translation>
    </message>
    <message>
        <source>Annual programme, audit plan and one checklist per audited department, as PDF and a workbook</source>
        <translation>年度内审计划、审核实施计划及各受审核部门的检查表（PDF 和 Excel 工作簿）</translation>
    </message>
    <message>
        <source>Checklist result…</source>
        <translation>检查表结果…</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Edit company profile</source>
        <translation>修改公司概况</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>公司概况</translation>
    </message>
    <message>
        <source>The company as the reports name it. Headcount and sites also set the audit-time estimate.</source>
        <translation>报告中所写的公司信息。人数和场所也用于估算审核时间。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>公司名称(&amp;C)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Sites (one per line):</source>
        <translation>场所，每行一个(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Headcount:</source>
        <translation>人数(&amp;H)：</translation>
    </message>
    <message>
        <source>Sco&amp;pe statement:</source>
        <translation>认证范围(&amp;P)：</translation>
    </message>
    <message>
        <source>Legal name as on the business licence</source>
        <translation>营业执照上的法定名称</translation>
    </message>
    <message>
        <source>Whole number, e.g. 120</source>
        <translation>整数，如：120</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Sites, one per line</source>
        <translation>场所，每行一个</translation>
    </message>
    <message>
        <source>Scope statement</source>
        <translation>认证范围</translation>
    </message>
    <message>
        <source>Scope as it should appear on the certificate</source>
        <translation>拟在证书上显示的认证范围</translation>
    </message>
    <message>
        <source>Reports are signed by</source>
        <translation>报告签署人</translation>
    </message>
    <message>
        <source>P&amp;reparer:</source>
        <translation>编制人(&amp;R)：</translation>
    </message>
    <message>
        <source>Preparer&apos;s &amp;job title:</source>
        <translation>编制人职务(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Approver:</source>
        <translation>批准人(&amp;A)：</translation>
    </message>
    <message>
        <source>Approver&apos;s job tit&amp;le:</source>
        <translation>批准人职务(&amp;L)：</translation>
    </message>
    <message>
        <source>Name, e.g. Wang Min</source>
        <translation>姓名，如：王敏</translation>
    </message>
    <message>
        <source>Job title, e.g. Quality manager</source>
        <translation>职务，如：品质部经理</translation>
    </message>
    <message>
        <source>Name, e.g. Zhou Wenhua</source>
        <translation>姓名，如：周文华</translation>
    </message>
    <message>
        <source>Job title, e.g. General manager</source>
        <translation>职务，如：总经理</translation>
    </message>
</context>
</TS>
