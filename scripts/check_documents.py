#!/usr/bin/env python3
"""Reads the documents ktxh wrote back with tools ktxh did not write.

openpyxl and python-docx check cells, number types and formats, merges, styles, page setup, paragraphs and
the narrative against the table; LibreOffice converts every file to PDF, pdftotext finds the expected text,
and pdftoppm renders each first page into the artefacts folder for a person to look at.

Usage: check_documents.py DOCUMENTS_DIR SEEDS_DIR ARTIFACTS_DIR
"""
import re
import subprocess
import shutil
import sys
import tempfile
import traceback
from pathlib import Path

import docx
import openpyxl
from docx.shared import Mm

DOCS, SEEDS, ARTIFACTS = (Path(p) for p in sys.argv[1:4])
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


# --- the seeds' tables ---------------------------------------------------------------------------------------

def seed_rows(number, header_start):
    """The indicator rows of a seed's appendix table: (STT, name without "- ", unit, plan, value, label)."""
    path = next(SEEDS.glob(f"{number}_*.txt"))
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.replace("<b>", "").replace("</b>", "").startswith(header_start))
    rows = []
    for line in lines[start + 1:]:
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 4 or cells[0].startswith("<b>") or not (cells[0] or cells[1]):
            continue
        name = cells[1][2:] if cells[1].startswith("- ") else cells[1]
        rows.append((cells[0], name, *cells[2:6], *[""] * (6 - len(cells))))
    return rows


SEED_001 = seed_rows("001", "STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch 2024")
SEED_000 = seed_rows("000", "STT\tChỉ tiêu\tĐơn vị tính\tKH 2025")


def vietnamese_number(text):
    """1.857,4 → 1857.4; None when the text is not a plain figure."""
    if not re.fullmatch(r"-?\d{1,3}(\.\d{3})*(,\d+)?|-?\d+(,\d+)?", text):
        return None
    return float(text.replace(".", "").replace(",", "."))


def shown(value, number_format):
    """What a spreadsheet shows for `value` under `number_format` in Vietnamese: [$-42A]#,##0.0 → 1.857,4."""
    fmt = number_format.replace("[$-42A]", "")
    prefix = ""
    match = re.match(r'^"([^"]*)"', fmt)
    if match:
        prefix, fmt = match.group(1), fmt[match.end():]
    if fmt.endswith("%"):
        value, fmt, suffix = value * 100, fmt[:-1], "%"
    else:
        suffix = ""
    if fmt == "00":
        return prefix + f"{int(round(value)):02d}" + suffix
    digits = len(fmt.split(".")[1]) if "." in fmt else 0
    text = f"{value:,.{digits}f}" if "," in fmt else f"{value:.{digits}f}"
    text = text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
    return prefix + text + suffix


def find(rows, number, name, by_number=False):
    """The row with this STT and name; by STT alone where the catalogue's wording may differ from the seed's."""
    for row in rows:
        if row[0] == number and (by_number and number or row[1] in (name, "- " + name)):
            return row
    raise AssertionError(f"row {number} «{name}» is missing")


# --- the checks ----------------------------------------------------------------------------------------------

def check_progress_xlsx():
    book = openpyxl.load_workbook(DOCS / "progress.xlsx")
    sheet = book.active
    assert sheet["A1"].value == "BIỂU TIẾN ĐỘ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT 6 THÁNG ĐẦU NĂM 2024", sheet["A1"].value
    assert sheet["A1"].font.b and sheet["A1"].font.name == "Times New Roman"
    assert sheet["A2"].value.startswith("(Kèm theo Báo cáo số") and sheet["A2"].font.i
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A1:G1", "A2:G2", "A4:A5", "E4:F4"} <= merged, merged
    assert sheet["E4"].value == "Tiến độ thực hiện" and sheet["E5"].value == "Thực hiện" and sheet["F5"].value == "% KH"
    assert sheet.freeze_panes == "A6", sheet.freeze_panes
    assert sheet.page_setup.orientation == "landscape" and str(sheet.page_setup.paperSize) == "9"
    assert sheet.print_title_rows == "$4:$5", sheet.print_title_rows
    assert "$A$1:$G$" in str(sheet.print_area), sheet.print_area
    assert 40 <= sheet.column_dimensions["B"].width <= 60, sheet.column_dimensions["B"].width
    rows = [[c for c in r] for r in sheet.iter_rows(min_row=6)]
    texts = [[("" if c.value is None else str(c.value)) for c in r] for r in rows]
    numbers = 0
    for number, name, _unit, plan, value, label in SEED_001:
        row = rows[texts.index(find(texts, number, name))]
        for cell, expected in ((row[3], plan), (row[4], value)):
            if not expected:
                continue
            if vietnamese_number(expected) is not None:
                assert isinstance(cell.value, (int, float)), f"row {number}: {cell.value!r} is not a number"
                assert shown(cell.value, cell.number_format) == expected, \
                    f"row {number}: {cell.value} under {cell.number_format} shows {shown(cell.value, cell.number_format)}, seed {expected}"
                numbers += 1
            else:
                assert cell.value == expected, f"row {number}: {cell.value!r} != {expected!r}"
        if label:
            assert str(row[6].value).startswith(label), f"row {number}: label {row[6].value!r}, seed {label!r}"
    assert numbers >= 60, numbers
    sections = [r for r in rows if r[0].value in ("A", "B", "C", "I", "II", "III", "IV", "D", "E")]
    assert len(sections) == 9 and all(r[1].font.b for r in sections)
    revenue = rows[texts.index(find(texts, "2", "Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ"))]
    assert abs(revenue[5].value - 0.5105) < 1e-9 and shown(revenue[5].value, revenue[5].number_format) == "51,05%"


def check_plan_xlsx():
    sheet = openpyxl.load_workbook(DOCS / "plan.xlsx").active
    assert sheet["A1"].value == "MỘT SỐ CHỈ TIÊU NHIỆM VỤ KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH THÀNH PHỐ BẮC KẠN NĂM 2025"
    assert [sheet.cell(4, c).value for c in range(1, 5)] == ["STT", "Chỉ tiêu", "Đơn vị tính", "KH 2025"]
    texts = [[("" if c.value is None else str(c.value)) for c in r] for r in sheet.iter_rows(min_row=5)]
    cells = list(sheet.iter_rows(min_row=5))
    for number, name, unit, plan, *_ in SEED_000:
        expected = plan or unit  # seed 000 row 42 writes its target in the unit column
        # The appendix prints the catalogue's name: seed 000 row 10 words it "thôn đạt chuẩn thôn nông thôn mới".
        cell = cells[texts.index(find(texts, number, name, by_number=True))][3]
        if vietnamese_number(expected) is not None:
            assert isinstance(cell.value, (int, float)) and shown(cell.value, cell.number_format) == expected, \
                f"row {number}: {cell.value} {cell.number_format}"
        else:
            assert (cell.value or "") == expected, f"row {number}: {cell.value!r} != {expected!r}"


def table_texts(table):
    return [[cell.text for cell in row.cells] for row in table.rows]


def is_repeated_header(row):
    properties = row._tr.trPr
    return properties is not None and properties.find(W + "tblHeader") is not None


def check_progress_docx():
    document = docx.Document(DOCS / "progress.docx")
    section = document.sections[0]
    assert section.orientation == 1 and round(section.page_width.mm) == 297, (section.orientation, section.page_width.mm)
    texts = [p.text for p in document.paragraphs]
    assert "BIỂU TIẾN ĐỘ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT 6 THÁNG ĐẦU NĂM 2024" in texts
    table = document.tables[0]
    assert is_repeated_header(table.rows[0]) and is_repeated_header(table.rows[1]) and not is_repeated_header(table.rows[2])
    rows = table_texts(table)
    for number, name, _unit, plan, value, label in SEED_001:
        row = find(rows, number, name)
        assert row[3] == plan, f"row {number}: {row[3]!r} != {plan!r}"
        if value:
            assert row[4] == value, f"row {number}: {row[4]!r} != {value!r}"
        if label:
            assert row[6].startswith(label), f"row {number}: {row[6]!r}"
    run = table.rows[0].cells[0].paragraphs[0].runs[0]
    assert run.bold


NUMBER = r"(\d[\d.]*(?:,\d+)?)"


def check_draft_docx():
    document = docx.Document(DOCS / "draft.docx")
    first, appendix = document.sections[0], document.sections[-1]
    # Nghị định 30/2020/NĐ-CP: A4, top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
    assert round(first.page_width.mm) == 210 and round(first.page_height.mm) == 297
    assert 20 <= round(first.top_margin.mm) <= 25 and 20 <= round(first.bottom_margin.mm) <= 25
    assert 30 <= round(first.left_margin.mm) <= 35 and 15 <= round(first.right_margin.mm) <= 20
    assert first.different_first_page_header_footer, "no page number on the first page"
    assert "PAGE" in first.header._element.xml, "page numbers in the header"
    assert appendix.orientation == 1, "the table on a landscape section"
    frame = [p.text for t in document.tables[:2] for row in t.rows for c in row.cells for p in c.paragraphs]
    for expected in ("ỦY BAN NHÂN DÂN", "THÀNH PHỐ BẮC KẠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nơi nhận:", "Hoàng Hà Bắc"):
        assert expected in frame, f"{expected!r} not in the frame"
    assert "TP. Bắc Kạn, ngày 20 tháng 6 năm 2024" in frame and "Số: 123/BC-UBND" in frame
    body = [p for p in document.paragraphs if p.text]
    assert any(p.text == "BÁO CÁO" for p in body)
    fonts = {r.font.size.pt for p in body for r in p.runs if r.font.size}
    assert fonts <= {13, 14}, fonts
    if shutil.which("rsvg-convert"):
        pictures = document.inline_shapes
        assert len(pictures) == 2, f"the dashboard's two charts after the appendix, found {len(pictures)}"
        assert pictures[0].width > pictures[0].height, "the label chart lies across the page"
    assert document.styles["Normal"].font.name == "Times New Roman" or \
        "Times New Roman" in document.styles.element.xml
    headings = [p.text for p in body]
    for heading in ("I. LĨNH VỰC KINH TẾ", "II. LĨNH VỰC VĂN HÓA - XÃ HỘI"):
        assert heading in headings, heading
    sentences = [p.text[2:] for p in body if p.text.startswith("- ")]
    rows = [r for r in table_texts(document.tables[-1])[2:] if r[0] not in ("A", "B", "C", "I", "II", "III", "IV", "D", "E")]
    said = 0
    for number, name, unit, plan, value, percent, label in rows:
        name = name[2:] if name.startswith("- ") else name
        name = name.removesuffix(", trong đó:").rstrip(".:")
        if not plan:
            continue
        sentence = next((s for s in sentences if s.startswith(name + " ") or s.startswith(name + ":")), None)
        assert sentence, f"no sentence for «{name}»"
        figure = value.removeprefix("Ước ")
        if vietnamese_number(figure) is not None:
            match = re.search(r"(?:đạt|còn|giảm còn|tăng lên|giữ ở mức) " + NUMBER, sentence[len(name):])
            assert match and match.group(1) == figure, f"«{sentence}» says {match and match.group(1)}, table {figure}"
            said += 1
        share = re.search(r"bằng " + NUMBER + "% KH", sentence)
        if share:
            assert share.group(1) + "%" == percent, f"«{sentence}»: {share.group(1)}% KH, table {percent}"
    assert said >= 20, said


def check_pdfs():
    pdfs = ARTIFACTS / "pdf"
    pdfs.mkdir(parents=True, exist_ok=True)
    expected = {
        "progress.xlsx": ["BIỂU TIẾN ĐỘ THỰC HIỆN", "1.889", "51,05%", "72,4", "322.780", "Kèm theo Báo cáo số"],
        "progress.docx": ["BIỂU TIẾN ĐỘ THỰC HIỆN", "1.889", "51,05%", "Chưa đạt", "Tiến độ thực hiện"],
        "plan.xlsx": ["MỘT SỐ CHỈ TIÊU NHIỆM VỤ", "338.300", "≥4.000", "KH 2025"],
        "plan.docx": ["MỘT SỐ CHỈ TIÊU NHIỆM VỤ", "338.300", "Kèm theo Nghị quyết số"],
        "draft.docx": ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", "TM. ỦY BAN NHÂN DÂN",
                       "đạt 1.889 tỷ đồng, bằng 51,05% KH", "BIỂU TIẾN ĐỘ THỰC HIỆN"],
    }
    # One name per source, so that progress.xlsx and progress.docx do not both become progress.pdf.
    staged = []
    for source in expected:
        copy = pdfs / source.replace(".", "-", 1).replace("-xlsx", "-xlsx.xlsx").replace("-docx", "-docx.docx")
        copy.write_bytes((DOCS / source).read_bytes())
        staged.append(copy)
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation={Path(profile).as_uri()}",
                               "--convert-to", "pdf", "--outdir", str(pdfs)] + [str(f) for f in staged],
                              capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    for copy, needles in zip(staged, expected.values()):
        pdf = copy.with_suffix(".pdf")
        assert pdf.exists(), f"LibreOffice wrote no PDF for {copy.name}: {done.stdout} {done.stderr}"
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        flat = re.sub(r"\s+", "", text)
        for needle in needles:
            assert re.sub(r"\s+", "", needle) in flat, f"{copy.name}: «{needle}» not in the PDF"
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", str(pdf), str(ARTIFACTS / pdf.stem)],
                       check=True)


def main():
    checks = [check_progress_xlsx, check_plan_xlsx, check_progress_docx, check_draft_docx, check_pdfs]
    failed = 0
    for check in checks:
        try:
            check()
            print(f"ok   {check.__name__}")
        except Exception:  # noqa: BLE001 - every failure is reported, then counted
            failed += 1
            print(f"FAIL {check.__name__}")
            traceback.print_exc()
    print(f"documents: {len(checks) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
