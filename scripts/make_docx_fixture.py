"""Writes Tests/Fixtures/resolutions/bullets-under-headings.docx from the .txt fixture of the same name,
one Word paragraph a line, then the signature block as Word lays it out, in a two-column table, so the
.docx reader is tested on a file Word's own format produced (python-docx), table cells included, and the
file imports exactly as its text does. Run: python3 scripts/make_docx_fixture.py"""
import pathlib
import docx

root = pathlib.Path(__file__).resolve().parent.parent / "Tests" / "Fixtures" / "resolutions"
document = docx.Document()
for line in (root / "bullets-under-headings.txt").read_text(encoding="utf-8").split("\n"):
    document.add_paragraph(line)
table = document.add_table(rows=3, cols=2)
for row, cells in zip(table.rows, [["Nơi nhận:", "TM. HỘI ĐỒNG NHÂN DÂN"],
                                   ["- Thường trực HĐND tỉnh;", "CHỦ TỊCH"],
                                   ["- Lưu: VT.", "Hoàng Văn Nam"]]):
    for cell, text in zip(row.cells, cells):
        cell.text = text
import datetime
document.core_properties.created = datetime.datetime(2025, 1, 1)
document.save(root / "bullets-under-headings.docx")
