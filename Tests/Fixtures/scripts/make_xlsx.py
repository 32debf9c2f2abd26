#!/usr/bin/env python3
"""Writes seed 001's progress table as an XLSX a person might have made in Excel, with openpyxl (a tool ktxh
did not write): a title and a "Kèm theo" line above, header cells merged over two rows, a column-numbering
row, bold section rows, "- " sub-rows, blank cells, targets as real numbers where they are plain numbers,
figures stored as text in Vietnamese format, and a second sheet of notes.

Usage: make_xlsx.py SEED_TEXT OUT.xlsx
"""
import sys

from openpyxl import Workbook
from openpyxl.styles import Font

seed, out = sys.argv[1], sys.argv[2]
lines = open(seed, encoding="utf-8").read().split("\n")
start = next(i for i, l in enumerate(lines) if l.startswith("STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch 2024"))

wb = Workbook()
ws = wb.active
ws.title = "Biểu tiến độ"
ws["A1"] = "BIỂU TIẾN ĐỘ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT 6 THÁNG ĐẦU NĂM 2024"
ws.merge_cells("A1:F1")
ws["A2"] = "(Kèm theo Báo cáo số /BC-UBND ngày /6/2024 của UBND thành phố Bắc Kạn)"
ws.merge_cells("A2:F2")
header = lines[start].split("\t")
for col, title in enumerate(header, start=1):
    ws.cell(row=4, column=col, value=title)
    ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
for col in range(1, 7):
    ws.cell(row=6, column=col, value=f"({col})")


def plain_number(text):
    """'3.700' → 3700, '65,5' → 65.5; None for anything that is not a plain Vietnamese number."""
    t = text.strip()
    if not t or any(c not in "0123456789.," for c in t) or t.startswith("0") and len(t) > 1:
        return None
    return float(t.replace(".", "").replace(",", "."))


row = 7
for line in lines[start + 1:]:
    if not line.strip():
        continue
    cells = [c.replace("<b>", "").replace("</b>", "").replace("&amp;", "&") for c in line.split("\t")]
    bold = line.startswith("<b>")
    for col, text in enumerate(cells[:6], start=1):
        if text == "":
            continue
        value = text
        if col == 4 and not bold and plain_number(text) is not None:
            value = plain_number(text)
            if value == int(value):
                value = int(value)
        cell = ws.cell(row=row, column=col, value=value)
        if bold:
            cell.font = Font(bold=True)
    row += 1

notes = wb.create_sheet("Ghi chú")
notes["A1"] = "Số liệu thực hiện đến ngày 31/5/2024"
wb.save(out)
