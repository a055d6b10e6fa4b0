"""The full PDF report and the one-page summary for the sample project (both languages)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import letter

from desktop.catalog import load_catalog
from desktop.domain.model import Lang
from desktop.domain.records import Action, ActionStatus
from desktop.errors import CancelledError
from desktop.reports.model import ReportData
from desktop.reports.pdf.pdf import render_pdf
from desktop.reports.verdict import Tier, priority_gaps, verdict
from desktop.services.assessment import assess
from desktop.services.reporting.data import report_data
from desktop.services.sample.build import create_sample
from desktop.services.session import ProjectSession
from tests.tools import require_program

SAMPLE_DAY = dt.date(2026, 11, 22)
GENERATED = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
OVERDUE_ACTION = "对搬迁后的计量器具全部重新校准"  # due 2026-11-15, in progress


def _flat(value: str) -> str:
    return re.sub(r"\s+", "", value)


def _text(path: Path) -> str:
    return _flat("".join(page.extract_text() for page in PdfReader(path).pages))


@pytest.fixture(scope="module")
def sample_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProjectSession]:
    path = tmp_path_factory.mktemp("sample") / "sample.auditready"
    session = create_sample(path, load_catalog(), today=SAMPLE_DAY)
    yield session
    session.close()


@pytest.fixture(scope="module")
def sample_data(sample_session: ProjectSession) -> dict[Lang, ReportData]:
    """The sample's report data as on the sample day (not the day the tests run)."""
    assessment = assess(sample_session, SAMPLE_DAY)
    return {
        lang: dataclasses.replace(
            report_data(sample_session, lang), generated_at=GENERATED, assessment=assessment
        )
        for lang in ("zh", "en")
    }


@pytest.fixture(scope="module")
def pdfs(sample_data, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdf")
    paths = {}
    for lang in ("zh", "en"):
        for variant in ("full", "summary"):
            path = folder / f"{lang}-{variant}.pdf"
            render_pdf(sample_data[lang], path, variant=variant)
            paths[f"{lang}-{variant}"] = path
    return paths


def test_report_data_carries_the_sample_audits_findings_and_programme(sample_data):
    data = sample_data["en"]

    assert [p.title for p in data.programmes] == ["2026 年度内部审核方案（三体系）"]
    assert len(data.audits) == 1 and data.audits[0].held
    assert len(data.findings) == 3
    assert data.reviews == ()


def test_chinese_full_report_has_every_section(pdfs):
    text = _text(pdfs["zh-full"])

    for title in (
        "审核准备就绪报告",
        "管理层摘要",
        "三层就绪度",
        "认证前提条件",
        "差距清单（先列阻碍认证的项）",
        "ISO 14001:2015 检查表",
        "三体系整合检查表",
        "行动计划",
        "内部审核和管理评审",
        "证据清单",
        "审核时间估算",
        "签批",
        "GB/T 24001-2016 / ISO 14001:2015",
    ):
        assert _flat(title) in text, title
    assert _flat("✔ 通过") in text
    assert _flat("✘ 未通过") in text
    assert _flat(OVERDUE_ACTION) in text
    assert _flat("⊗ 逾期") in text
    assert _flat("一般不符合") in text
    assert _flat("尚未开展管理评审。") in text
    assert _flat("17.0 人日") in text  # initial audit of the sample (IAF MD 5 + MD 11)
    assert _flat("自我评估，不是认证证书") in text
    assert _flat("不带任何认证标志") in text


def test_english_full_report_prints_gates_dates_and_the_evidence_index(pdfs):
    text = _text(pdfs["en-full"])

    assert _flat("Executive summary") in text
    assert _flat("ISO 14001") in text
    assert _flat("✔ Passed") in text
    assert _flat("✘ Failed") in text
    assert _flat("4 of 7 conditions met") in text
    assert _flat("1 of 3 open actions are overdue.") in text
    assert _flat("First surveillance audit 2027-01-21") in text
    assert _flat("60 days") in text  # 2026-11-22 -> 2027-01-21
    assert _flat("Prepared with AuditReady") in text
    assert _flat("Major nonconformity") in text


def _outline(path: Path) -> list[tuple[int, str, int]]:
    reader = PdfReader(path)
    found: list[tuple[int, str, int]] = []

    def walk(entries: list, level: int) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, level + 1)
            else:
                found.append((level, entry.title, reader.get_destination_page_number(entry)))

    walk(reader.outline, 0)
    return found


def test_outline_has_every_section_and_each_standard_on_its_page(pdfs):
    outline = [entry for entry in _outline(pdfs["en-full"]) if entry[0] < 2]  # no clauses
    pages = PdfReader(pdfs["en-full"]).pages

    assert [(level, title) for level, title, _ in outline] == [
        (0, "Cover"),
        (0, "Contents"),
        (0, "Executive summary"),
        (0, "Checklists per standard"),
        (1, "ISO 9001:2015 checklist"),
        (1, "ISO 14001:2015 checklist"),
        (1, "ISO 45001:2018 checklist"),
        (0, "Integrated checklist (三体系)"),
        (0, "Action plan"),
        (0, "Internal audits and management reviews"),
        (0, "Evidence register"),
        (0, "Audit-time estimate"),
        (0, "Sign-off"),
    ]
    numbers = [page for _, _, page in outline]
    assert numbers == sorted(numbers)
    shown_as = {
        "Cover": "Audit readiness report",
        "Checklists per standard": "ISO 9001:2015 checklist",
    }
    for _, title, page in outline:
        heading = shown_as.get(title, title)
        assert _flat(heading) in _flat(pages[page].extract_text()), title


def test_metadata_and_letter_size(sample_data, tmp_path):
    path = tmp_path / "letter.pdf"
    render_pdf(sample_data["zh"], path, pagesize=letter)

    reader = PdfReader(path)
    assert reader.metadata.title == "审核准备就绪报告 – 江苏晨曦精密机械有限公司"
    assert reader.metadata.author == "王敏"  # the sample's preparer
    assert "GB/T 19001-2016" in reader.metadata["/Keywords"]
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)


def _font_files(path: Path) -> list[tuple[str, bool]]:
    """(font name, has an embedded TrueType program) for every font any page uses."""
    found = []
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found.append((str(font["/BaseFont"]), embedded))
    return found


@pytest.mark.parametrize("name", ["zh-full", "en-full", "zh-summary", "en-summary"])
def test_every_font_is_embedded(pdfs, name):
    fonts = _font_files(pdfs[name])

    assert fonts
    assert all(embedded for _, embedded in fonts), fonts
    assert all("WenQuanYi" in font for font, _ in fonts), fonts


def test_pdffonts_lists_only_embedded_fonts(pdfs):
    pdffonts = require_program("pdffonts", "poppler-utils")
    for path in pdfs.values():
        rows = subprocess.run(
            [pdffonts, path], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert rows
        assert all(row.split()[-5] == "yes" for row in rows), rows


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_summary_is_one_page_with_gates_overdue_action_and_next_deadline(pdfs, lang):
    path = pdfs[f"{lang}-summary"]
    text = _text(path)

    assert len(PdfReader(path).pages) == 1
    assert _flat(OVERDUE_ACTION) in text
    assert "2027-01-03" in text  # stage 1 of ISO 14001 and ISO 45001, the first deadline
    if lang == "zh":
        assert _flat("审核准备就绪概要") in text
        assert _flat("✘ 尚未具备审核条件") in text
        assert _flat("3 项未关闭行动中有 1 项逾期") in text
        assert _flat("（还有 42 天）") in text
        assert _flat("不是认证证书") in text
    else:
        assert _flat("Audit readiness at a glance") in text
        assert _flat("✘ NOT READY for the audit") in text
        assert _flat("(42 days)") in text
        assert _flat("not a certificate") in text
    assert [title for _, title, _ in _outline(path)] == [
        "审核准备就绪概要" if lang == "zh" else "Audit readiness at a glance"
    ]


def _with_overdue(data: ReportData, actions: tuple[Action, ...]) -> ReportData:
    """``data`` whose assessment holds exactly ``actions``, all of them overdue."""
    assert data.assessment is not None
    assessment = dataclasses.replace(data.assessment, actions=actions, overdue_actions=actions)
    return dataclasses.replace(data, assessment=assessment)


def _overdue_action(n: int, title: str, due_on: dt.date, status: ActionStatus) -> Action:
    return Action(id=n, title=title, owner="Quality", due_on=due_on, status=status)


def test_summary_stays_one_page_with_many_overdue_actions(sample_data, tmp_path):
    many = tuple(
        _overdue_action(n, f"Overdue action {n} " + "with a long description " * 6,
                        dt.date(2026, 1, 1), ActionStatus.OPEN)
        for n in range(1, 41)
    )
    path = tmp_path / "summary.pdf"

    render_pdf(_with_overdue(sample_data["en"], many), path, variant="summary")

    text = _text(path)
    assert len(PdfReader(path).pages) == 1
    assert _flat("40 of 40 open actions are overdue.") in text
    assert _flat("Overdue action 3 ") in text
    # Only the first three by name under "overdue", five as the next things to do.
    assert _flat("Overdue action 5 ") in text
    assert _flat("Overdue action 6 ") not in text


def test_executive_summary_lists_the_ten_most_overdue_and_the_plan_lists_all(sample_data, tmp_path):
    # Due dates run from 2026-10-01 (action 1, most overdue) to 2026-10-25 (action 25).
    late = tuple(
        _overdue_action(n, f"Late action {n:02d}", dt.date(2026, 10, n), ActionStatus.IN_PROGRESS)
        for n in range(25, 0, -1)
    )
    path = tmp_path / "full.pdf"

    render_pdf(_with_overdue(sample_data["en"], late), path)

    starts = {title: page for _level, title, page in _outline(path)}
    pages = PdfReader(path).pages
    summary = _flat("".join(
        pages[n].extract_text()
        for n in range(starts["Executive summary"], starts["Checklists per standard"])
    ))
    plan = _flat("".join(
        pages[n].extract_text()
        for n in range(starts["Action plan"], starts["Internal audits and management reviews"])
    ))
    listed = sorted(set(re.findall(r"Lateaction(\d\d)", summary)))
    assert listed == [f"{n:02d}" for n in range(1, 11)]
    more = "The 10 most overdue of 25 are listed; the action plan shows all of them."
    assert _flat(more) in summary
    assert sorted(set(re.findall(r"Lateaction(\d\d)", plan))) == [f"{n:02d}" for n in range(1, 26)]


def test_markup_in_action_titles_prints_literally(sample_data, tmp_path):
    data = sample_data["zh"]
    assert data.assessment is not None
    action = Action(
        id=99, title="<b>粗体</b> & <font>", owner="=SUM(A1)", due_on=dt.date(2026, 1, 1)
    )
    assessment = dataclasses.replace(data.assessment, actions=(action,), overdue_actions=(action,))
    path = tmp_path / "markup.pdf"

    render_pdf(dataclasses.replace(data, assessment=assessment), path)

    raw = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert "<b>粗体</b>" in raw
    assert "& <font>" in raw
    assert "=SUM(A1)" in raw


def _word_boxes(path: Path) -> list[tuple[float, float, float, str]]:
    """(page width, xMin, xMax, word) for every word, from pdftotext's bounding boxes."""
    pdftotext = require_program("pdftotext", "poppler-utils")
    out = subprocess.run(
        [pdftotext, "-bbox", path, "-"], capture_output=True, text=True, check=True
    ).stdout
    boxes = []
    width = 0.0
    for line in out.splitlines():
        page = re.search(r'<page width="([\d.]+)"', line)
        if page:
            width = float(page.group(1))
        word = re.search(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)".*?>(.*)</word>', line)
        if word:
            boxes.append(
                (width, float(word.group(1)), float(word.group(2)), html.unescape(word.group(3)))
            )
    return boxes


def test_long_chinese_note_and_unbroken_word_stay_inside_the_page(sample_data, tmp_path):
    data = sample_data["en"]
    assert data.assessment is not None
    word = "X" * 300
    note = ("审核发现的纠正措施需要验证有效性，" * 120)[:2000]
    long_action = Action(
        id=7, title=f"Fix {word} now", root_cause=note, owner=word[:80], due_on=dt.date(2027, 1, 1)
    )
    assessment = dataclasses.replace(data.assessment, actions=(long_action,), overdue_actions=())
    company = dataclasses.replace(data.company, scope=note, name="长名称" * 60)
    path = tmp_path / "long.pdf"

    render_pdf(dataclasses.replace(data, assessment=assessment, company=company), path)

    text = _text(path)
    assert _flat(f"Fix{word}now") in text  # the 300-letter word is whole, only wrapped
    assert _flat(note[:1400]) in text  # the 2,000-character note up to the cut
    assert _flat("the Excel export has the full text") in text
    margin = 18 * 72 / 25.4  # 18 mm in points
    boxes = _word_boxes(path)
    assert boxes
    for width, x_min, x_max, value in boxes:
        assert x_min >= margin - 1 and x_max <= width - margin + 1, (value, x_min, x_max)


def test_progress_reports_every_chapter(sample_data, tmp_path):
    calls: list[tuple[int, int]] = []

    render_pdf(sample_data["en"], tmp_path / "r.pdf", progress=lambda d, t: calls.append((d, t)))

    # cover, contents, summary, 3 checklists, integrated, actions, audits, evidence,
    # audit time, sign-off; then one step for the page numbers of the contents.
    assert calls == [(n, 13) for n in range(1, 14)]


def test_cancel_leaves_the_old_file_and_no_temporary_file(sample_data, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"old report")
    polls = 0

    def cancelled() -> bool:
        nonlocal polls
        polls += 1
        return polls > 30

    with pytest.raises(CancelledError):
        render_pdf(sample_data["zh"], path, cancelled=cancelled)

    assert path.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_unknown_variant_is_refused(sample_data, tmp_path):
    with pytest.raises(ValueError, match="variant"):
        render_pdf(sample_data["en"], tmp_path / "r.pdf", variant="poster")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_summary_without_assessment_shows_readiness_table(report_sample, tmp_path):
    path = tmp_path / "plain.pdf"

    render_pdf(report_sample.report("en"), path, variant="summary")

    text = _text(path)
    assert len(PdfReader(path).pages) == 1
    assert _flat("ISO 9001:2015") in text
    assert _flat("Mandatory documented information ready %") in text
    assert _flat("not a certificate") in text


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("variant", ["full", "summary"])
def test_page_one_states_the_verdict_target_audit_and_each_failed_reason(
    pdfs, sample_data, lang, variant
):
    data = sample_data[lang]
    page_one = _flat(PdfReader(pdfs[f"{lang}-{variant}"]).pages[0].extract_text())
    result = verdict(data)
    failed = [g for g in data.assessment.gates if not g.passed]

    assert failed and not result.ready
    word = "✘ 尚未具备审核条件" if lang == "zh" else "✘ NOT READY for the audit"
    assert _flat(word) in page_one
    # The sample's first deadline: stage 1 of ISO 14001, 42 days after the sample day.
    assert result.audit_date == dt.date(2027, 1, 3) and result.days_to_audit == 42
    target = "目标审核：第一阶段审核" if lang == "zh" else "Target audit: Stage 1 audit"
    assert _flat(target) in page_one and "2027-01-03" in page_one
    for gate in failed:
        assert _flat(gate.title.get(lang)) in page_one, gate.id
        assert _flat(gate.reason.get(lang)) in page_one, gate.id
    for step in result.steps:
        assert _flat(step.what)[:20] in page_one
    unplanned = ("项强制性文件化信息未就绪且没有对应的未关闭行动" if lang == "zh"
                 else "mandatory documented information items are not ready and have no open")
    assert _flat(f"{result.unplanned} {unplanned}") in page_one or _flat(unplanned) in page_one


def test_verdict_lists_open_actions_first_then_the_most_blocking_gaps(sample_data):
    data = sample_data["en"]
    result = verdict(data)
    open_actions = [a for a in data.assessment.actions if not a.status.is_closed]

    ordered = sorted(open_actions, key=lambda a: (a.due_on is None, a.due_on or dt.date.max, a.id))

    assert len(result.steps) == 5
    assert [s.what for s in result.steps[:len(ordered)]] == [a.title for a in ordered][:5]
    first = ordered[0]
    assert result.steps[0].days_left == (first.due_on - SAMPLE_DAY).days
    assert result.steps[0].owner == first.owner
    assert result.unplanned > 0


def test_gap_list_puts_failed_conditions_first_then_mandatory_with_days_left(sample_data):
    data = sample_data["en"]
    gaps = priority_gaps(data)
    tiers = [gap.tier for gap in gaps]

    assert tiers == sorted(tiers)
    assert tiers[0] is Tier.GATE and Tier.OTHER in tiers
    # Without an assessment no gate fails: mandatory documented information comes first.
    plain = [gap.tier for gap in priority_gaps(dataclasses.replace(data, assessment=None))]
    assert plain[0] is Tier.MANDATORY and plain == sorted(plain) and Tier.GATE not in plain
    gate_items = {i for g in data.assessment.gates if not g.passed for i in g.item_ids}
    assert all(gap.row.item_id in gate_items for gap in gaps if gap.tier is Tier.GATE)
    assert all(gap.row.kind.is_mandatory_documented for gap in gaps if gap.tier is Tier.MANDATORY)
    for gap in gaps:
        expected = None if gap.row.due_date is None else (gap.row.due_date - SAMPLE_DAY).days
        assert gap.days_left == expected


def test_executive_summary_explains_the_gap_order(pdfs):
    text = _text(pdfs["en-full"])

    assert _flat("Order: items of failed certification conditions, then mandatory") in text


def test_contents_page_lists_every_section_with_its_page_and_links_to_it(pdfs):
    reader = PdfReader(pdfs["en-full"])
    starts = {title: page for level, title, page in _outline(pdfs["en-full"]) if level <= 1}
    contents = reader.pages[starts["Contents"]]
    # Each entry reads "<title>", then its dot leader ending in the page number.
    text = re.sub(r"(\s*\.)+\s*", " … ", contents.extract_text())

    sections = [t for t in starts if t not in ("Contents",)]
    for title in sections:
        # Pages are printed from 1; text extraction puts the leader before or after the title
        # (and may indent a standard's title by a space).
        number, name = starts[title] + 1, re.escape(title)
        assert re.search(rf"… {number}\n ?{name}( …|\n|$)|{name} … {number}(\n|$)", text), title
    page_index = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages)}
    links, targets = 0, set()
    for annot in contents.get("/Annots") or []:
        link = annot.get_object()
        if link.get("/Subtype") == "/Link":
            dest = link["/Dest"] if "/Dest" in link else link["/A"]["/D"]
            links += 1
            targets.add(page_index[dest[0].idnum])
    # Every entry links (title and page number) to the page its section starts on.
    assert links >= 2 * len(sections)
    assert targets == {starts[title] for title in sections}


def test_checklist_bookmarks_go_down_to_clauses(pdfs):
    outline = _outline(pdfs["zh-full"])
    titles = [(level, title) for level, title, _ in outline]

    assert (1, "ISO 9001:2015 检查表") in titles
    assert (2, "5.2.2 沟通质量方针") in titles
    assert any(level == 2 and title.startswith("9.3") for level, title in titles)
    page = {title: p for _, title, p in outline}
    first, second = page["ISO 9001:2015 检查表"], page["ISO 14001:2015 检查表"]
    assert first <= page["5.2.2 沟通质量方针"] < second


def test_action_plan_lists_open_actions_before_closed_ones(sample_data, tmp_path):
    done = _overdue_action(90, "Closed action from last spring", dt.date(2026, 3, 1),
                           ActionStatus.DONE)
    late = _overdue_action(91, "Open action due next year", dt.date(2027, 6, 1),
                           ActionStatus.OPEN)
    path = tmp_path / "full.pdf"
    render_pdf(_with_overdue(sample_data["en"], (done, late)), path)

    starts = {title: page for level, title, page in _outline(path) if level == 0}
    pages = PdfReader(path).pages
    plan = _flat(pages[starts["Action plan"]].extract_text())
    appendix = _flat(pages[starts["Appendix: closed actions"]].extract_text())
    # Open actions in the plan; closed ones only in the appendix at the end.
    assert _flat("Open action due next year") in plan
    assert _flat("Closed action from last spring") not in plan
    assert _flat("Closed action from last spring") in appendix
    assert starts["Action plan"] < starts["Appendix: closed actions"]
