"""Writes Tests/Fixtures/resolutions/bullets-under-headings.docx from the .txt fixture of the same name,
one Word paragraph a line, plus an appendix table, so the .docx reader is tested on a file Word's own
format produced (python-docx). Run: python3 scripts/make_docx_fixture.py"""
import pathlib
import docx

root = pathlib.Path(__file__).resolve().parent.parent / "Tests" / "Fixtures" / "resolutions"
document = docx.Document()
for line in (root / "bullets-under-headings.txt").read_text(encoding="utf-8").split("\n"):
    document.add_paragraph(line)
table = document.add_table(rows=3, cols=4)
for row, cells in zip(table.rows, [["STT", "Chỉ tiêu", "Đơn vị tính", "KH 2025"],
                                   ["1", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "65"],
                                   ["2", "Trồng rừng mới", "Ha", "1.200"]]):
    for cell, text in zip(row.cells, cells):
        cell.text = text
import datetime
document.core_properties.created = datetime.datetime(2025, 1, 1)
document.save(root / "bullets-under-headings.docx")
