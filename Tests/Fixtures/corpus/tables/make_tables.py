#!/usr/bin/env python3
"""Builds the table corpus: 16 progress/plan tables laid out the way Vietnamese local offices make them
(9 .xlsx, 4 .docx, 3 .txt), each from one public source's published figures, plus the hand-written
expectations `tables.tsv` and the provenance list `sources.tsv`.

Every figure below was transcribed by hand from the source named in SOURCES (news reports of district and
commune councils, a provincial investment portal, a city statistics page). Nothing is invented: where a source
gives only "đạt X% kế hoạch" the plan is NOT back-computed, the table shows the published percentage in a
check column and leaves the plan out. The few "cùng kỳ" figures marked in sources.tsv are the published figure
minus the published increase ("tăng 105 con so với cùng kỳ"). Names under signatures are placeholders and
report numbers are left blank, as in drafts.

Cells are written as Vietnamese people type them: "2.453,29" (dot for thousands, comma for decimals). In the
workbooks such strings become real numbers with a matching number format, unless the cell is marked T(...)
(kept as text) or the whole workbook is a "text" one; P(...) becomes a number formatted as a percentage.

Usage: python3 make_tables.py            (writes next to this script)
Needs: openpyxl, python-docx.
"""
import os
import re
from decimal import Decimal

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- cells

class T(str):
    """A cell kept as text in a workbook even when it looks like a number."""


class P(str):
    """A percentage written "99,59": stored as 0.9959 with a percent format in a workbook."""


NUM = re.compile(r"^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$")


def is_num(s):
    return isinstance(s, str) and bool(NUM.match(s.strip())) and not (s.startswith("0") and len(s) > 1
                                                                        and not s.startswith("0,"))


def dec(s):
    """'2.453,29' → Decimal('2453.29'); '63,13%' → 63.13; '-0,2' → -0.2."""
    t = s.strip().replace("%", "").replace(" ", "").replace("+", "")
    return Decimal(t.replace(".", "").replace(",", "."))


def plain(s):
    """The figure as a plain decimal with a dot, trailing zeros dropped: '12,30' → '12.3'."""
    if s is None or str(s).strip() == "":
        return ""
    out = format(dec(str(s)), "f")
    if "." in out:
        out = out.rstrip("0").rstrip(".")
    return out


def decimals(s):
    t = s.strip().replace("%", "")
    return len(t.split(",")[1]) if "," in t else 0


def xlsx_value(v, text_mode):
    """(value, number_format) for a workbook cell."""
    if v is None or v == "":
        return None, None
    if isinstance(v, P):
        d = decimals(v)
        return float(dec(v) / 100), "0" + ("." + "0" * d if d else "") + "%"
    if isinstance(v, T) or text_mode or not is_num(v):
        return str(v), None
    d = decimals(v)
    x = dec(v)
    value = int(x) if d == 0 else float(x)
    return value, "#,##0" + ("." + "0" * d if d else "")


# ---------------------------------------------------------------- tables

class Table:
    """roles: one per column — 'stt', 'name', 'unit', 'plan', 'actual', 'prev', 'chk' (a percentage that
    checks the figures), 'text' (Ghi chú, Đánh giá), or 'year:2021' (a column per year).
    header: one or two rows of header texts; merges: (row, col, row, col) inside the header, 0-based."""

    def __init__(self, roles, header, rows, title=None, merges=(), numbering=False):
        self.roles, self.header, self.rows = roles, header, rows
        self.title, self.merges, self.numbering = title, merges, numbering

    def expected(self, document, number):
        out = []
        col = {r: i for i, r in enumerate(self.roles)}
        years = [(i, r.split(":")[1]) for i, r in enumerate(self.roles) if r.startswith("year:")]

        def get(row, role):
            i = col.get(role)
            return "" if i is None or i >= len(row) or row[i] is None else str(row[i])

        for row in self.rows:
            row = list(row) + [""] * (len(self.roles) - len(row))
            stt, name, unit = get(row, "stt"), get(row, "name"), get(row, "unit")
            label = stt if stt else ("-" if name.startswith("-") else "")
            if years:
                for i, year in years:
                    if row[i] not in (None, ""):
                        out.append([document, number, label, name, unit, "", plain(row[i]), "", year])
                continue
            plan, actual, prev = get(row, "plan"), get(row, "actual"), get(row, "prev")
            if plan or actual or prev:
                out.append([document, number, label, name, unit, plan, plain(actual), plain(prev), ""])
        return out


class Doc:
    def __init__(self, name, kind, above, tables, below, between=None, text_mode=False, sheet="Biểu"):
        self.name, self.kind, self.above, self.tables, self.below = name, kind, above, tables, below
        self.between = between or []  # lines between table 1 and table 2 (besides its title)
        self.text_mode, self.sheet = text_mode, sheet


def block(issuer, sub_issuer=None):
    """The usual two-column heading: issuing body left, national motto right."""
    rows = [("split", issuer, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    rows.append(("split", sub_issuer or "", "Độc lập - Tự do - Hạnh phúc"))
    return rows


def signature(left, right_lines, names):
    return [("blank",), ("split", left, right_lines[0])] + [("split", "", r) for r in right_lines[1:]] + \
        [("blank",), ("blank",), ("blank",), ("split", names[0], names[1])]


# ---------------------------------------------------------------- the sixteen documents

DOCS = []

# t-01 Vĩnh Linh (Quảng Trị), ước thực hiện 2022 against the plan ranges — tinhuyquangtri.vn
DOCS.append(Doc(
    "t-01-vinh-linh-2022", "xlsx",
    block("UBND HUYỆN VĨNH LINH") + [
        ("blank",),
        ("title", "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2022"),
        ("center", "(Kèm theo Báo cáo số       /BC-UBND ngày      /12/2022 của UBND huyện Vĩnh Linh)"),
        ("blank",), ("blank",)],
    [Table(["stt", "name", "unit", "plan", "actual", "text"],
           [["TT", "Chỉ tiêu", "ĐVT", "KH năm 2022", "Ước TH năm 2022", "Đánh giá"]],
           [["I", "Tăng trưởng và cơ cấu kinh tế"],
            ["1", "Tốc độ tăng tổng giá trị sản xuất (giá so sánh 2010)", "%", T("8-9"), "11,07", "Vượt"],
            ["", "- Nông, lâm nghiệp và thủy sản", "%", T("3-4"), "8,31", "Vượt"],
            ["", "- Công nghiệp và xây dựng", "%", T("7,5-8,5"), "10,85", "Vượt"],
            ["", "- Thương mại - dịch vụ", "%", T("9-10"), "12,30", "Vượt"],
            ["2", "Cơ cấu giá trị sản xuất", "", "", "", ""],
            ["", "- Nông, lâm nghiệp và thủy sản", "%", T("24,5-25,5"), P("23,4"), ""],
            ["", "- Công nghiệp - xây dựng", "%", T("31,0-31,5"), P("31,6"), ""],
            ["", "- Thương mại - dịch vụ", "%", T("43,0-44,5"), P("45,0"), ""],
            ["3", "Thu nhập bình quân đầu người", "Triệu đồng", T("55-56"), "55,3", "Đạt"],
            ["4", "Thu ngân sách trên địa bàn", "Tỷ đồng", "", "285", ""],
            ["5", "Tốc độ tăng thu ngân sách trên địa bàn", "%", T("10-12"), "18,4", "Vượt"],
            ["6", "Tổng nguồn vốn đầu tư phát triển toàn xã hội", "Tỷ đồng", T("2.000-2.100"), "2.337", "Vượt"],
            ["II", "Sản xuất nông nghiệp"],
            ["7", "Tổng sản lượng lương thực có hạt", "Tấn", T("41.000-42.000"), "38.198", "Không đạt"],
            ["8", "Năng suất lúa bình quân", "Tạ/ha", T("55-56"), "50,4", "Không đạt"],
            ["9", "Tổng đàn trâu, bò", "Con", T("16.200-16.500"), "16.133", "Không đạt"],
            ["10", "Tổng đàn lợn", "Con", T("43.000-45.000"), "61.280", "Vượt"],
            ["11", "Tổng đàn gia cầm", "Con", T("750.000-795.000"), "1.031.200", "Vượt"],
            ["12", "Diện tích nuôi trồng thủy sản", "Ha", T("850-875"), "869,7", "Đạt"]],
           numbering=True)],
    [("blank",),
     ("left", "Ghi chú: Số liệu năm 2022 là số ước thực hiện; cơ cấu tính trong tổng giá trị sản xuất."),
     ("left", "(1) Giá trị sản xuất tính theo giá so sánh năm 2010."),
     ("left", "Nguồn: Chi cục Thống kê huyện Vĩnh Linh; Phòng Tài chính - Kế hoạch huyện.")] +
    signature("NGƯỜI LẬP BIỂU", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], ["Nguyễn Văn A", "Trần Văn B"]),
    sheet="Biểu 01"))

# t-02 xã Tam Hợp (Tương Dương, Nghệ An), 2022 and mid-term — baonghean.vn
DOCS.append(Doc(
    "t-02-tam-hop-2022", "docx",
    [("left", "UBND HUYỆN TƯƠNG DƯƠNG"), ("left", "ỦY BAN NHÂN DÂN XÃ TAM HỢP"),
     ("center", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("center", "Độc lập - Tự do - Hạnh phúc"), ("blank",),
     ("title", "BIỂU KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU SẢN XUẤT NÔNG NGHIỆP NĂM 2022"),
     ("center", "(Kèm theo Báo cáo số      /BC-UBND ngày     /12/2022 của UBND xã Tam Hợp)")],
    [Table(["stt", "name", "unit", "plan", "actual", "chk", "text"],
           [["TT", "Nội dung", "Đơn vị tính", "Kế hoạch năm 2022", "Thực hiện năm 2022", "So với KH (%)",
             "Ghi chú"]],
           [["A", "Trồng trọt"],
            ["1", "Diện tích lúa ruộng", "Ha", "52", "53,5", "102,9", ""],
            ["2", "Diện tích cây ngô", "Ha", "70", "73", "104,3", ""],
            ["3", "Diện tích cây sắn", "Ha", "54", "80", "148,1", ""],
            ["4", "Diện tích cây nghệ đỏ", "Ha", "15", "18", "120", "Sản lượng thu về 367 tấn"],
            ["5", "Diện tích cây gừng", "Ha", "8", "8", "100", ""],
            ["B", "Chăn nuôi"],
            ["6", "Tổng đàn trâu", "Con", "", "368", "", ""],
            ["7", "Tổng đàn bò", "Con", "", "1.276", "", ""],
            ["8", "Tổng đàn lợn", "Con", "", "902", "", ""],
            ["9", "Tổng đàn dê", "Con", "", "217", "", ""],
            ["10", "Tổng đàn gia cầm", "Con", "", "14.478", "", ""]]),
     Table(["stt", "name", "unit", "plan", "actual", "chk"],
           [["TT", "Nội dung", "Đơn vị tính", "Chỉ tiêu Nghị quyết", "Thực hiện", "Tỷ lệ (%)"]],
           [["1", "Thu nhập bình quân đầu người", "Triệu đồng", "23", "22", "96"],
            ["2", "Thu ngân sách trên địa bàn", "Triệu đồng", "75", "1.809,5", "2.413"]],
           title="KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ NHIỆM KỲ 2020 - 2025 "
                 "(ĐẾN GIỮA NHIỆM KỲ)")],
    [("blank",),
     ("left", "Ghi chú: Giữa nhiệm kỳ có 16/30 chỉ tiêu đạt và vượt, 12/30 chỉ tiêu có khả năng đạt vào cuối "
              "nhiệm kỳ."),
     ("left", "Tổng đàn gia súc, gia cầm tăng so với kế hoạch và cùng kỳ năm trước."),
     ("blank",), ("right", "TM. ỦY BAN NHÂN DÂN"), ("right", "CHỦ TỊCH"), ("blank",), ("blank",),
     ("right", "Nguyễn Văn A")]))

# t-03 tỉnh Quảng Trị, chỉ tiêu KT-XH chủ yếu 2018–2023, a column per year — csdldautu.quangtri.gov.vn
Y = ["year:2018", "year:2019", "year:2020", "year:2021", "year:2022", "year:2023"]
DOCS.append(Doc(
    "t-03-quang-tri-2018-2023", "xlsx",
    [("title", "CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU TỈNH QUẢNG TRỊ GIAI ĐOẠN 2018 - 2023"), ("blank",)],
    [Table(["stt", "name", "unit"] + Y,
           [["STT", "Chỉ tiêu", "ĐVT", "2018", "2019", "2020", "2021", "2022", "Sơ bộ 2023"]],
           [["1", "Dân số trung bình", "Người", "629.734", "633.440", "637.386", "647.790", "649.708", "654.198"],
            ["", "- Nam", "Người", "312.076", "314.056", "316.012", "321.786", "323.905", "325.830"],
            ["", "- Nữ", "Người", "317.658", "319.384", "321.374", "326.004", "325.803", "328.368"],
            ["2", "Tỷ lệ tăng tự nhiên dân số", "%", "7,55", "8,52", "9,55", "8,22", "7,19", "7,42"],
            ["3", "Mật độ dân số", "Ng/km2", "133", "135", "136", "138", "138", ""],
            ["4", "Tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành", "Triệu đồng", "28.647.783",
             "31.888.677", "33.681.843", "36.604.565", "40.767.442", "46.431.000"],
            ["", "- Nông, lâm nghiệp và thủy sản", "Triệu đồng", "6.217.271", "6.742.108", "7.457.584",
             "7.885.616", "8.277.165", ""],
            ["", "- Công nghiệp, xây dựng", "Triệu đồng", "6.721.452", "7.968.605", "8.313.625", "9.815.045",
             "11.904.530", ""],
            ["", "- Dịch vụ", "Triệu đồng", "14.413.618", "15.781.875", "16.364.310", "17.205.669",
             "18.741.692", ""],
            ["5", "Tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh 2010", "Triệu đồng", "17.762.393",
             "19.120.218", "19.834.086", "21.149.201", "22.644.296", ""],
            ["", "- Nông, lâm nghiệp và thủy sản", "Triệu đồng", "3.952.024", "4.193.638", "4.273.117",
             "4.411.076", "4.457.833", ""],
            ["", "- Công nghiệp, xây dựng", "Triệu đồng", "4.039.816", "4.560.500", "4.883.930", "5.590.602",
             "6.300.827", ""],
            ["", "- Dịch vụ", "Triệu đồng", "8.964.051", "9.527.364", "9.760.877", "10.147.421", "10.843.030",
             ""],
            ["6", "GRDP bình quân đầu người", "Triệu đồng", "45,5", "50,3", "52,8", "56,5", "62,7", "71"],
            ["7", "Thu ngân sách Nhà nước", "", "13.994.749", "14.938.831", "17.590.802", "18.859.030",
             "19.136.142", "3.399.430"],
            ["8", "Chi ngân sách địa phương", "", "12.868.238", "14.088.298", "16.634.333", "16.588.299",
             "14.556.238", "9.812.730"],
            ["9", "Vốn đầu tư thực hiện trên địa bàn theo giá hiện hành", "", "13.271.483", "16.555.708",
             "19.370.620", "29.849.870", "27.115.340", "24.234.900"],
            ["10", "Sản lượng lương thực có hạt", "Tấn", "289.867,1", "286.480,7", "289.441,1", "294.438,9",
             "249.121,2", "305.919,2"],
            ["", "Trong đó: Lúa", "Tấn", "275.498,7", "273.310,5", "276.451,6", "279.318,0", "235.600,7",
             "291.315,6"]])],
    [("blank",), ("left", "Ghi chú: Số liệu năm 2023 là số liệu sơ bộ."),
     ("left", "Nguồn: Cục Thống kê tỉnh Quảng Trị.")],
    sheet="Chỉ tiêu KT-XH"))

# t-04 thành phố Đà Nẵng, một số chỉ tiêu xã hội 2018–2022, a column per year — danang.gov.vn
DOCS.append(Doc(
    "t-04-da-nang-2018-2022", "txt",
    [("left", "MỘT SỐ CHỈ TIÊU XÃ HỘI CHỦ YẾU"),
     ("left", "(Niên giám thống kê thành phố Đà Nẵng - Đăng ngày 06-12-2023)"), ("blank",)],
    [Table(["stt", "name", "unit", "year:2018", "year:2019", "year:2020", "year:2021", "year:2022"],
           [["STT", "Chỉ tiêu", "Đơn vị tính", "2018", "2019", "2020", "2021", "Sơ bộ - 2022"]],
           [["1", "Chỉ số phát triển con người", "", "0,773", "0,778", "0,779", "0,790", "0,800"],
            ["2", "Thu nhập bình quân đầu người một tháng theo giá hiện hành", "Nghìn đồng", "5.505", "6.057",
             "5.284", "5.230", "5.807"],
            ["3", "Tỷ lệ hộ nghèo tiếp cận đa chiều", "%", "0,89", "0,69", "0,51", "0,38", "0,93"],
            ["4", "Hệ số bất bình đẳng trong phân phối thu nhập (GINI)", "", "0,3482", "0,3344", "0,3097",
             "0,3032", "0,3133"],
            ["5", "Tỷ lệ dân số đô thị được cung cấp nước sạch qua hệ thống cấp nước tập trung", "%", "97,83",
             "99,00", "99,00", "100,00", "100,00"],
            ["6", "Tỷ lệ dân số nông thôn sử dụng nước sạch đáp ứng quy chuẩn", "%", "", "", "", "100,00",
             "100,00"],
            ["7", "Tỷ lệ dân số được sử dụng nguồn nước hợp vệ sinh", "%", "99,50", "99,50", "99,50", "99,40",
             "100,00"]])],
    [("blank",),
     ("left", "Ghi chú: Năm 2022: chỉ số phát triển con người 0,800; thu nhập bình quân đầu người một tháng "
              "5.807 nghìn đồng; tỷ lệ hộ nghèo tiếp cận đa chiều 0,93%."),
     ("left", "Nguồn: Cục Thống kê thành phố Đà Nẵng."), ("blank",),
     ("tabs", ["NGƯỜI LẬP BIỂU", "", "", "THỦ TRƯỞNG ĐƠN VỊ"]), ("blank",), ("left", "Trang 1/1")]))

# t-05 thị xã Ayun Pa (Gia Lai), 6 tháng đầu năm 2024 — baogialai.com.vn
DOCS.append(Doc(
    "t-05-ayun-pa-6t-2024", "xlsx",
    block("UBND THỊ XÃ AYUN PA") + [
        ("blank",),
        ("title", "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2024"),
        ("center", "(Số liệu đến ngày 30/6/2024)"), ("blank",)],
    [Table(["stt", "name", "unit", "actual", "chk", "chk", "text"],
           [["STT", "Chỉ tiêu", "ĐVT", "Thực hiện 6 tháng đầu năm 2024", "", "", "Ghi chú"],
            ["", "", "", "Số lượng", "% KH năm", "% tăng so cùng kỳ", ""]],
           [["I", "Chỉ tiêu kinh tế"],
            ["1", "Tổng giá trị sản xuất (giá so sánh 2010)", "Tỷ đồng", "2.453,29", "53,86", P("9,72"), ""],
            ["", "- Công nghiệp - xây dựng", "Tỷ đồng", "1.521", "56,07", "", ""],
            ["", "- Thương mại - dịch vụ", "Tỷ đồng", "730,54", "50,92", "", ""],
            ["", "- Nông - lâm - thủy sản", "Tỷ đồng", "201,75", "49,5", "", ""],
            ["2", "Tổng diện tích gieo trồng", "Ha", "5.339,3", "46,13", "", ""],
            ["3", "Tổng thu ngân sách nhà nước", "Tỷ đồng", "222", "65,1", P("10,15"),
             "Đạt 65,1% dự toán tỉnh giao và dự toán HĐND thị xã giao"],
            ["II", "Chỉ tiêu nội chính, xây dựng Đảng"],
            ["4", "Số vụ phạm pháp hình sự", "Vụ", "14", "", P("0"), "Không tăng, không giảm so với cùng kỳ"],
            ["5", "Đơn khiếu nại, tố cáo đã giải quyết", "Đơn", "16", "", "",
             "Tiếp nhận 22 đơn, đang giải quyết 6 đơn"],
            ["6", "Kết nạp đảng viên mới", "Đảng viên", "50", "", "", ""]],
           merges=[(0, 3, 0, 5), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 6, 1, 6)])],
    [("blank",),
     ("left", "Ghi chú: Thu ngân sách so với dự toán tỉnh giao; các chỉ tiêu còn lại so với kế hoạch năm 2024."),
     ("left", "Nguồn: Phòng Tài chính - Kế hoạch thị xã; Chi cục Thống kê khu vực.")] +
    signature("NGƯỜI LẬP BIỂU", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
              ["Lê Thị C", "Nguyễn Văn D"]),
    sheet="6 thang"))

# t-06 huyện Hướng Hóa (Quảng Trị), 6 tháng đầu năm 2024 — huonghoa.tinhuyquangtri.vn
DOCS.append(Doc(
    "t-06-huong-hoa-6t-2024", "docx",
    [("left", "UBND HUYỆN HƯỚNG HÓA"), ("center", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
     ("center", "Độc lập - Tự do - Hạnh phúc"), ("blank",),
     ("title", "TÌNH HÌNH THỰC HIỆN MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2024"),
     ("center", "(Số liệu tính đến ngày 30/6/2024)")],
    [Table(["stt", "name", "unit", "actual", "chk", "chk", "text"],
           [["STT", "Nội dung", "Đơn vị", "Thực hiện 6 tháng", "Đạt % dự toán/KH", "Tăng so cùng kỳ (%)",
             "Ghi chú"]],
           [["1", "Tổng thu ngân sách nhà nước", "Đồng", "832.270.966.973", "104,11", "",
             "Đạt 100,26% dự toán của huyện"],
            ["2", "Thu cân đối ngân sách trên địa bàn", "Đồng", "41.360.691.533", "60,82", "",
             "Đạt 55,15% dự toán của huyện"],
            ["3", "Tổng chi ngân sách nhà nước", "Đồng", "453.093.071.970", "57,15", "",
             "Đạt 55,04% dự toán của huyện"],
            ["4", "Tổng giá trị sản xuất", "Tỷ đồng", "3.807,927", "46,4", "5,1",
             ""],
            ["5", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "Tỷ đồng", "5.233,102", "45,9", "6,7", ""],
            ["6", "Lượt khách du lịch", "Lượt", "170.000", "", "",
             "Trên 170.000 lượt, khoảng 1.000 khách tham quan, lưu trú"],
            ["7", "Doanh thu du lịch", "Tỷ đồng", "60", "", "", "Ước trên 60 tỷ đồng"]])],
    [("blank",),
     ("left", "Ghi chú: Thu, chi ngân sách so với dự toán tỉnh giao; giá trị sản xuất và bán lẻ so với kế "
              "hoạch năm."),
     ("left", "Nguồn: Phòng Tài chính - Kế hoạch huyện Hướng Hóa."), ("blank",),
     ("left", "NGƯỜI LẬP BIỂU"), ("right", "TM. ỦY BAN NHÂN DÂN"), ("right", "CHỦ TỊCH"), ("blank",),
     ("blank",), ("right", "Nguyễn Văn A")]))

# t-07 huyện Chư Sê (Gia Lai), ước thực hiện năm 2023 — baogialai.com.vn
DOCS.append(Doc(
    "t-07-chu-se-2023", "xlsx",
    block("UBND HUYỆN CHƯ SÊ") + [
        ("blank",),
        ("title", "BIỂU KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ CHỦ YẾU NĂM 2023"),
        ("center", "(Kèm theo Báo cáo số       /BC-UBND ngày      /12/2023 của UBND huyện Chư Sê)"),
        ("blank",)],
    [Table(["stt", "name", "unit", "actual", "chk", "chk", "text"],
           [["Số TT", "Tên chỉ tiêu", "ĐVT", "Ước thực hiện cả năm 2023", "So sánh (%)", "", "Ghi chú"],
            ["", "", "", "", "TH/KH", "TH/CK", ""]],
           [["1", "Tổng giá trị sản xuất (giá so sánh 2010)", "Tỷ đồng", "14.759,03", P("99,59"), P("108,44"), ""],
            ["1.1", "Nông - lâm nghiệp, thủy sản", "Tỷ đồng", "4.598,03", P("100"), "", ""],
            ["1.2", "Công nghiệp - xây dựng", "Tỷ đồng", "5.395,80", P("98,99"), "", ""],
            ["1.3", "Thương mại - dịch vụ", "Tỷ đồng", "4.765,20", P("99,88"), "", ""],
            ["2", "Tổng diện tích gieo trồng", "Ha", "38.040,76", P("101,53"), P("100,45"), ""],
            ["3", "Tổng sản lượng lương thực", "Tấn", "40.869,6", "", P("99,6"),
             "Vượt 204,4 tấn so với kế hoạch"],
            ["4", "Số lượt khám, chữa bệnh", "Lượt người", "102.133", "", "", ""]],
           merges=[(0, 4, 0, 5), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 6, 1, 6)])],
    [("blank",),
     ("left", "Ghi chú: TH/KH: ước thực hiện so với kế hoạch năm 2023; TH/CK: so với thực hiện năm 2022."),
     ("left", "Nguồn: Chi cục Thống kê huyện Chư Sê.")] +
    signature("NGƯỜI LẬP BIỂU", ["THỦ TRƯỞNG ĐƠN VỊ"], ["Trần Thị B", "Nguyễn Văn A"])))

# t-08 huyện Chư Păh (Gia Lai), kết quả năm 2023 — baogialai.com.vn (text as copied from a PDF)
DOCS.append(Doc(
    "t-08-chu-pah-2023", "txt",
    [("tabs", ["ỦY BAN NHÂN DÂN", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
     ("tabs", ["HUYỆN CHƯ PĂH", "", "Độc lập - Tự do - Hạnh phúc"]), ("blank",),
     ("left", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2023"),
     ("left", "(Kèm theo Báo cáo số      /BC-UBND ngày     /12/2023 của UBND huyện Chư Păh)"), ("blank",)],
    [Table(["stt", "name", "unit", "actual", "chk", "chk", "text"],
           [["TT", "Chỉ tiêu", "ĐVT", "Kết quả năm 2023", "% KH", "Tăng so năm 2022 (%)", "Ghi chú"]],
           [["A", "Kinh tế"],
            ["1", "Tốc độ tăng trưởng giá trị sản xuất", "%", "11,01", "", "",
             "Tăng 0,26% so với năm 2022"],
            ["2", "Tổng giá trị sản xuất", "Tỷ đồng", "8.185", "100,01", "11,01", ""],
            ["3", "Tổng diện tích gieo trồng", "Ha", "26.936,4", "99,6", "0,56", "So với kế hoạch huyện"],
            ["4", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "106,811", "108,64", "143,15", ""],
            ["5", "Thu nhập bình quân đầu người", "Triệu đồng/năm", "50,5", "101", "6,31", ""],
            ["B", "Xã hội"],
            ["6", "Tỷ lệ hộ nghèo", "%", "7,16", "", "", ""],
            ["7", "Tỷ lệ hộ cận nghèo", "%", "16,96", "", "", ""]])],
    [("blank",), ("left", "Ghi chú: Số liệu ước thực hiện đến 31/12/2023."),
     ("left", "(1) Giá trị sản xuất tính theo giá so sánh năm 2010."),
     ("left", "Nguồn: Chi cục Thống kê huyện Chư Păh."), ("blank",),
     ("tabs", ["NGƯỜI LẬP BIỂU", "", "", "TM. ỦY BAN NHÂN DÂN"]),
     ("tabs", ["", "", "", "CHỦ TỊCH"]), ("blank",), ("blank",),
     ("tabs", ["Lê Thị C", "", "", "Nguyễn Văn A"])]))

# t-09 huyện Chư Păh (Gia Lai), chỉ tiêu kế hoạch năm 2024 — baogialai.com.vn (plan only)
DOCS.append(Doc(
    "t-09-chu-pah-kh-2024", "xlsx",
    block("UBND HUYỆN CHƯ PĂH") + [
        ("blank",),
        ("title", "BIỂU CHỈ TIÊU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024"),
        ("center", "(Kèm theo Nghị quyết số      /NQ-HĐND ngày     /12/2023 của HĐND huyện Chư Păh)"),
        ("blank",), ("blank",)],
    [Table(["stt", "name", "unit", "plan", "text"],
           [["STT", "Danh mục", "Đơn vị tính", "Mục tiêu năm 2024", "Ghi chú"]],
           [["1", "Tốc độ tăng trưởng giá trị sản xuất", "%", T("≥ 9,5"), "Từ 9,5% trở lên"],
            ["2", "Tổng giá trị sản xuất", "Tỷ đồng", "8.962,72", ""],
            ["", "- Ngành nông - lâm nghiệp, thủy sản", "Tỷ đồng", "3.621,68", "Tăng 8,53% so với năm 2023"],
            ["", "- Ngành công nghiệp - xây dựng", "Tỷ đồng", "3.671,79", "Tăng 10,53% so với năm 2023"],
            ["", "- Ngành thương mại - dịch vụ", "Tỷ đồng", "1.669,24", "Tăng 9,38% so với năm 2023"],
            ["3", "Cơ cấu kinh tế (theo giá hiện hành)", "", "", ""],
            ["", "- Nông - lâm nghiệp, thủy sản", "%", "38,10", "Giảm 0,07% so với năm 2023"],
            ["", "- Công nghiệp - xây dựng", "%", "36,50", "Tăng 0,06% so với năm 2023"],
            ["", "- Thương mại - dịch vụ", "%", "25,40", "Tăng 0,01% so với năm 2023"]])],
    [("blank",), ("left", "Ghi chú: Giá trị sản xuất tính theo giá so sánh năm 2010.")] +
    signature("", ["TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH"], ["", "Nguyễn Văn A"]),
    sheet="KH 2024"))

# t-10 huyện Nông Sơn (Quảng Nam), 6 tháng đầu năm 2024 — baoquangnam.vn (every cell typed as text)
DOCS.append(Doc(
    "t-10-nong-son-6t-2024", "xlsx",
    block("UBND HUYỆN NÔNG SƠN") + [
        ("blank",),
        ("title", "BIỂU TIẾN ĐỘ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2024"),
        ("center", "(Kèm theo Báo cáo số      /BC-UBND ngày     /7/2024 của UBND huyện Nông Sơn)"), ("blank",)],
    [Table(["stt", "name", "unit", "actual", "chk", "chk", "text"],
           [["TT", "Chỉ tiêu", "ĐVT", "Ước TH 6 tháng", "% KH năm", "So CK (%)", "Ghi chú"]],
           [["1", "Tổng sản lượng lương thực có hạt", "Tấn", "7.900", "63,13%", "tăng 10,4%", ""],
            ["2", "Tổng đàn gia súc, gia cầm", "Con", "15.000", "", "tăng 7,2%", "Hơn 15 nghìn con"],
            ["3", "Sản phẩm đăng ký OCOP", "Sản phẩm", "8", "", "", ""],
            ["4", "Giá trị sản xuất ngành công nghiệp - xây dựng", "Tỷ đồng", "466", "44,82%", "tăng 13,33%", ""],
            ["5", "Giá trị sản xuất ngành dịch vụ", "Tỷ đồng", "367", "", "tăng 14,33%", ""],
            ["6", "Tổng thu ngân sách nhà nước", "Tỷ đồng", "36", "48,82%", "", "So với kế hoạch tỉnh giao"]])],
    [("blank",), ("left", "Ghi chú: Số liệu ước thực hiện đến 30/6/2024.")] +
    signature("NGƯỜI LẬP BIỂU", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], ["Lê Thị C", "Trần Văn B"]),
    text_mode=True))

# t-11 thị xã Nghi Sơn (Thanh Hóa), 6 tháng đầu năm 2024 — baothanhhoa.vn
DOCS.append(Doc(
    "t-11-nghi-son-6t-2024", "docx",
    [("left", "UBND THỊ XÃ NGHI SƠN"), ("center", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
     ("center", "Độc lập - Tự do - Hạnh phúc"), ("blank",),
     ("title", "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2024"),
     ("center", "(Kèm theo Báo cáo số      /BC-UBND ngày     /7/2024)")],
    [Table(["stt", "name", "unit", "actual", "chk", "chk", "text"],
           [["TT", "Chỉ tiêu", "ĐVT", "Thực hiện 6 tháng năm 2024", "Đạt % KH", "Tăng so CK (%)", "Ghi chú"]],
           [["1", "Tổng huy động vốn đầu tư toàn xã hội", "Tỷ đồng", "12.060", "48,2", "6,1", ""],
            ["2", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "945,5", "62", "150",
             "Đạt 96% dự toán HĐND tỉnh giao, 62% dự toán HĐND thị xã giao"],
            ["3", "Giá trị sản xuất công nghiệp - xây dựng", "Tỷ đồng", "399,5", "45", "6,79", ""],
            ["4", "Tổng mức bán lẻ hàng hóa", "Tỷ đồng", "7.936", "", "13,7", ""],
            ["5", "Tổng sản lượng lương thực có hạt", "Tấn", "34.313,7", "68", "", ""],
            ["6", "Tổng sản lượng khai thác, nuôi trồng thủy sản", "Tấn", "19.458", "48,64", "", ""],
            ["7", "Số doanh nghiệp thành lập mới", "Doanh nghiệp", "87", "52,7", "", "So với chỉ tiêu tỉnh giao"],
            ["8", "Diện tích đã bàn giao mặt bằng", "Ha", "207,23", "53,59", "", "Tại 29 dự án"]])],
    [("blank",), ("left", "Ghi chú: Số liệu ước thực hiện đến 30/6/2024."),
     ("left", "Nguồn: Phòng Tài chính - Kế hoạch; Chi cục Thống kê khu vực Nghi Sơn."), ("blank",),
     ("right", "TM. ỦY BAN NHÂN DÂN"), ("right", "CHỦ TỊCH"), ("blank",), ("blank",),
     ("right", "Trần Văn B")]))

# t-12 huyện Tuyên Hóa (Quảng Bình), 6 tháng đầu năm 2024 — two tables on one sheet — thrt.quangbinh.gov.vn
DOCS.append(Doc(
    "t-12-tuyen-hoa-6t-2024", "xlsx",
    block("UBND HUYỆN TUYÊN HÓA") + [
        ("blank",),
        ("title", "BIỂU 01: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ 6 THÁNG ĐẦU NĂM 2024"), ("blank",)],
    [Table(["stt", "name", "unit", "actual", "chk", "text"],
           [["STT", "Chỉ tiêu", "ĐVT", "Kết quả 6 tháng", "% KH", "Ghi chú"]],
           [["1", "Tổng sản lượng lương thực vụ Đông Xuân", "Tấn", "16.819,8", "125", ""],
            ["2", "Tổng đàn gia súc", "Con", "46.857", "91,88", ""],
            ["3", "Diện tích rừng trồng mới", "Ha", "750", "", ""],
            ["4", "Diện tích khai thác rừng trồng", "Ha", "750", "", "Giá trị gỗ khai thác trên 67,5 tỷ đồng"],
            ["5", "Giá trị sản xuất công nghiệp, tiểu thủ công nghiệp", "Tỷ đồng", "275", "113,2",
             "Tăng 13,2% so với kế hoạch"],
            ["6", "Thu ngân sách trên địa bàn", "Tỷ đồng", "57,4", "59", "Đạt 56% dự toán huyện giao"],
            ["7", "Tiêu chí nông thôn mới đạt chuẩn (toàn huyện)", "Tiêu chí", "314", "", ""]]),
     Table(["stt", "name", "unit", "actual", "chk", "text"],
           [["STT", "Chỉ tiêu", "ĐVT", "Kết quả 6 tháng", "% KH", "Ghi chú"]],
           [["1", "Số lao động được giải quyết việc làm", "Lao động", "2.730", "78", "So với kế hoạch năm"],
            ["2", "Xuất khẩu lao động có thời hạn", "Người", "256", "56,9", "So với kế hoạch năm"]],
           title="BIỂU 02: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU XÃ HỘI 6 THÁNG ĐẦU NĂM 2024")],
    [("blank",), ("left", "Ghi chú: % KH so với kế hoạch năm 2024; thu ngân sách so với dự toán tỉnh giao.")] +
    signature("NGƯỜI LẬP BIỂU", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], ["Lê Thị C", "Nguyễn Văn D"]),
    between=[("blank",), ("blank",)], sheet="Sheet1"))

# t-13 huyện Tương Dương (Nghệ An), ước thực hiện năm 2023 — baonghean.vn (text as exported from Word)
DOCS.append(Doc(
    "t-13-tuong-duong-2023", "txt",
    [("left", "UBND HUYỆN TƯƠNG DƯƠNG"), ("blank",),
     ("left", "**BIỂU ƯỚC THỰC HIỆN MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2023**"),
     ("left", "*(Kèm theo Báo cáo số      /BC-UBND ngày     /12/2023 của UBND huyện)*"), ("blank",)],
    [Table(["stt", "name", "unit", "actual", "chk", "chk", "text"],
           [["Số TT", "Nội dung", "ĐVT", "Ước thực hiện năm 2023", "% NQ HĐND", "Tăng so cùng kỳ (%)",
             "Ghi chú"]],
           [["1", "Tổng giá trị sản xuất (giá so sánh 2010)", "Tỷ đồng", "5.750", "91,12", "", ""],
            ["2", "Tốc độ tăng trưởng", "%", "1,34", "", "", ""],
            ["", "- Nông - lâm - thủy sản", "%", "4,55", "", "", ""],
            ["", "- Công nghiệp - xây dựng", "%", "-0,2", "", "", "Giảm 0,2%"],
            ["", "- Thương mại - dịch vụ", "%", "5,97", "", "", ""],
            ["3", "Thu nhập bình quân đầu người", "Triệu đồng", "36,02", "98,4", "5,94", ""],
            ["4", "Tổng thu ngân sách nhà nước", "Tỷ đồng", "1.112", "", "17",
             "Tăng 64,1% dự toán tỉnh, tăng 62,3% dự toán HĐND huyện giao"],
            ["", "- Trong đó: Thu ngân sách trên địa bàn", "Tỷ đồng", "38", "", "",
             "Tăng 65,0% dự toán tỉnh giao, tăng 26,4% dự toán HĐND huyện giao, bằng 88,3% so với cùng kỳ"],
            ["5", "Giải quyết việc làm", "Lao động", "4.200", "168", "", "Đạt 300% kế hoạch"],
            ["6", "Trường đạt kiểm định chất lượng mức độ 2, chuẩn quốc gia mức độ 1", "Trường", "4", "", "",
             ""]])],
    [("blank",),
     ("left", "Ghi chú: % NQ HĐND: so với chỉ tiêu Nghị quyết HĐND huyện năm 2023."),
     ("left", "(1) Năm 2023 thành lập thêm 3 trường phổ thông dân tộc bán trú cấp tiểu học."), ("blank",),
     ("left", "**TM. ỦY BAN NHÂN DÂN**"), ("left", "**CHỦ TỊCH**"), ("blank",), ("left", "**Nguyễn Văn A**")]))

# t-14 tỉnh Lào Cai, 25 chỉ tiêu kế hoạch năm 2024 — laocaitv.vn (plan only)
DOCS.append(Doc(
    "t-14-lao-cai-kh-2024", "xlsx",
    block("HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI") + [
        ("blank",),
        ("title", "CÁC CHỈ TIÊU CHỦ YẾU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024"),
        ("center", "(Kèm theo Nghị quyết số      /NQ-HĐND ngày     /12/2023 của HĐND tỉnh Lào Cai)"),
        ("blank",)],
    [Table(["stt", "name", "unit", "plan", "text"],
           [["TT", "Nội dung", "ĐVT", "Chỉ tiêu giao năm 2024", "Ghi chú"]],
           [["I", "CHỈ TIÊU KINH TẾ"],
            ["1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", T("Trên 10"), ""],
            ["2", "Cơ cấu kinh tế", "", "", ""],
            ["2.1", "Nông, lâm, ngư nghiệp", "%", "12,1", ""],
            ["2.2", "Công nghiệp - xây dựng", "%", "42,3", ""],
            ["2.3", "Dịch vụ", "%", "35,6", ""],
            ["2.4", "Thuế sản phẩm", "%", "10", ""],
            ["3", "GRDP bình quân đầu người", "Triệu đồng/năm", "104", ""],
            ["4", "Tổng vốn đầu tư toàn xã hội", "Tỷ đồng", "60.000", ""],
            ["5", "Thu ngân sách nhà nước", "Tỷ đồng", "12.800", ""],
            ["6", "Giá trị sản phẩm/1 ha đất canh tác", "Triệu đồng", "98", ""],
            ["7", "Giá trị sản xuất công nghiệp", "Tỷ đồng", "52.200", ""],
            ["8", "Tổng khách du lịch", "Triệu lượt", T("Trên 8"), ""],
            ["-", "Doanh thu du lịch", "Tỷ đồng", "25.700", ""],
            ["9", "Tổng mức bán lẻ hàng hóa, doanh thu dịch vụ", "Tỷ đồng", "39.000", ""],
            ["10", "Giá trị xuất, nhập khẩu", "Tỷ USD", "4,5", ""],
            ["11", "Tỷ lệ đô thị hóa", "%", "33,5", ""],
            ["12", "Hộ gia đình được sử dụng điện lưới quốc gia", "%", "97,8", ""],
            ["II", "CHỈ TIÊU XÃ HỘI"],
            ["13", "Tỷ lệ trường học đạt chuẩn quốc gia", "%", "68", ""],
            ["14", "Số giường bệnh trên 1 vạn dân", "Giường", "45,7", ""],
            ["15", "Số bác sĩ trên 1 vạn dân", "Bác sĩ", "14,5", ""],
            ["16", "Tỷ lệ tăng dân số tự nhiên", "%", T("Dưới 1,2"), ""],
            ["17", "Tỷ lệ giảm nghèo đa chiều", "%", T("Trên 4"), ""],
            ["18", "Tỷ lệ lao động qua đào tạo", "%", "68,8", ""],
            ["19", "Tỷ lệ bao phủ bảo hiểm y tế", "%", T("Trên 97"), ""],
            ["20", "Tỷ lệ gia đình văn hóa", "%", T("≥ 86"), "Từ 86% trở lên"],
            ["21", "Số xã đạt 19 tiêu chí nông thôn mới", "Xã", "72", ""],
            ["III", "CHỈ TIÊU MÔI TRƯỜNG"],
            ["22", "Tỷ lệ che phủ rừng", "%", "59,2", ""],
            ["23", "Tỷ lệ thu gom rác thải", "", "", ""],
            ["-", "Khu vực đô thị", "%", "96", ""],
            ["-", "Khu vực nông thôn", "%", "80", ""],
            ["24", "Tỷ lệ dân cư thành thị được sử dụng nước sạch", "%", "94", ""]],
           numbering=True)],
    [("blank",),
     ("left", "Ghi chú: Gồm 25 nhóm chỉ tiêu: 11 chỉ tiêu kinh tế, 8 chỉ tiêu xã hội, 3 chỉ tiêu môi trường, "
              "3 chỉ tiêu thuộc các lĩnh vực khác."),
     ("left", "Nguồn: Kỳ họp thứ 16, HĐND tỉnh Lào Cai.")],
    sheet="Chỉ tiêu 2024"))

# t-15 huyện Ninh Giang (Hải Dương), 9 tháng năm 2023 — ninhgiang1.haiduong.gov.vn
DOCS.append(Doc(
    "t-15-ninh-giang-9t-2023", "xlsx",
    block("UBND HUYỆN NINH GIANG") + [
        ("blank",),
        ("title", "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU KINH TẾ 9 THÁNG NĂM 2023"),
        ("center", "(Số liệu đến ngày 30/9/2023)"), ("blank",)],
    [Table(["stt", "name", "unit", "actual", "chk", "prev", "text"],
           [["STT", "Chỉ tiêu", "ĐVT", "Lũy kế 9 tháng", "% KH", "Cùng kỳ năm 2022", "Tăng (+)/giảm (-) so CK"]],
           [["1", "Giá trị sản xuất ngành nông nghiệp", "Tỷ đồng", "2.129", T("65,9%"), "2.122", T("+7")],
            ["2", "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp", "Tỷ đồng", "6.110", T("74,5%"), "4.870",
             T("+1.240")],
            ["3", "Giá trị ngành xây dựng", "Tỷ đồng", "3.620", T("71,2%"), "3.292", T("+328")],
            ["4", "Giá trị ngành dịch vụ", "Tỷ đồng", "3.327", T("75,6%"), "2.979", T("+348")],
            ["5", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "150", "", "", ""]])],
    [("blank",), ("left", "Ghi chú: % KH so với kế hoạch năm 2023.")] +
    signature("NGƯỜI LẬP BIỂU", ["THỦ TRƯỞNG ĐƠN VỊ"], ["Lê Thị C", "Trần Văn B"])))

# t-16 xã Đức Giang (Vũ Quang, Hà Tĩnh), sản xuất nông nghiệp 6 tháng đầu năm 2021 — vuquang.hatinh.gov.vn
DOCS.append(Doc(
    "t-16-duc-giang-6t-2021", "docx",
    [("left", "UBND HUYỆN VŨ QUANG"), ("left", "UBND XÃ ĐỨC GIANG"),
     ("center", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("center", "Độc lập - Tự do - Hạnh phúc"), ("blank",),
     ("title", "BIỂU KẾT QUẢ SẢN XUẤT NÔNG NGHIỆP 6 THÁNG ĐẦU NĂM 2021"),
     ("center", "(Kèm theo Báo cáo số      /BC-UBND ngày     /6/2021 của UBND xã Đức Giang)")],
    [Table(["stt", "name", "unit", "plan", "actual", "chk", "prev"],
           [["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", "Năm trước"]],
           [["I", "Vụ Xuân"],
            ["1", "Tổng diện tích gieo trồng vụ Xuân", "Ha", "", "226", "", ""],
            ["2", "Diện tích lúa", "Ha", "116", "115", "99,13", ""],
            ["-", "Năng suất lúa", "Tạ/ha", "", "62,58", "", ""],
            ["-", "Sản lượng lúa", "Tấn", "", "719,67", "", ""],
            ["3", "Diện tích lạc", "Ha", "31,5", "33", "", ""],
            ["-", "Năng suất lạc", "Tạ/ha", "", "30", "", ""],
            ["-", "Sản lượng lạc", "Tấn", "", "99", "", ""],
            ["4", "Diện tích ngô", "Ha", "", "72", "", ""],
            ["-", "Năng suất ngô", "Tạ/ha", "", "55,92", "", ""],
            ["-", "Sản lượng ngô", "Tấn", "", "281,3", "", ""],
            ["5", "Diện tích rau màu", "Ha", "", "7,2", "", ""],
            ["II", "Vụ Hè thu"],
            ["6", "Tổng diện tích gieo trồng vụ Hè thu", "Ha", "", "96", "", ""],
            ["7", "Diện tích lúa", "Ha", "38", "40", "", ""],
            ["8", "Diện tích đậu", "Ha", "25", "25", "", ""],
            ["9", "Diện tích ngô", "Ha", "35", "31", "", ""],
            ["III", "Chăn nuôi - Thú y"],
            ["10", "Tổng đàn trâu, bò", "Con", "", "1.095", "", ""],
            ["11", "Tổng đàn lợn", "Con", "", "1.450", "", "1.345"],
            ["12", "Tổng đàn gia cầm", "Con", "", "49.550", "", "48.700"],
            ["13", "Tổng đàn ong", "Đàn", "", "867", "", "855"],
            ["14", "Tiêm phòng viêm da nổi cục cho trâu, bò", "Con", "876", "971", "110,8", ""],
            ["IV", "Lương thực"],
            ["15", "Tổng sản lượng lương thực quy thóc", "Tấn", "", "1.001,16", "", "1.163,16"]])],
    [("blank",),
     ("left", "Ghi chú: Ngô vụ Xuân 72 ha, trong đó 50,3 ha ngô hạt, 21,7 ha ngô sinh khối; đàn trâu, bò gồm "
              "970 con bò và 125 con trâu."),
     ("left", "Năm trước: số liệu 6 tháng đầu năm 2020."), ("blank",),
     ("right", "TM. ỦY BAN NHÂN DÂN"), ("right", "CHỦ TỊCH"), ("blank",), ("blank",), ("right", "Nguyễn Văn A")]))

SOURCES = {
    "t-01-vinh-linh-2022": (
        "https://tinhuyquangtri.vn/huyen-vinh-linh-nhieu-chi-tieu-kinh-te-xa-hoi-dat-va-vuot-so-voi-ke-hoach-de-ra",
        "huyện Vĩnh Linh, tỉnh Quảng Trị", "2022",
        "title-block, blank-rows, column-numbering-row, section-rows, dash-sub-rows, parent-without-target, "
        "plan-ranges-as-text, percent-formatted-figures, danh-gia, footer-note, footnote, source-line, signature",
        "built from published figures (ước đạt X/KH Y); Đánh giá compares each figure with its plan range"),
    "t-02-tam-hop-2022": (
        "https://baonghean.vn/khoi-sac-vung-bien-tam-hop-post269168.html",
        "xã Tam Hợp, huyện Tương Dương, tỉnh Nghệ An", "2022",
        "docx, commune, title-paragraphs, two-tables, section-rows, figures-without-plan, "
        "plan-header-starting-chi-tieu, footer-note, signature",
        "built from published figures (53,5/52 ha …); table 2 is mid-term 2020-2025 against the congress resolution"),
    "t-03-quang-tri-2018-2023": (
        "https://csdldautu.quangtri.gov.vn/about/cac-chi-tieu-kinh-te-xa-hoi-chu-yeu.html",
        "tỉnh Quảng Trị", "2018-2023",
        "column-per-year, so-bo-year-header, dash-sub-rows, trong-do-sub-row, blank-unit-cells, gaps, "
        "large-integers, source-line",
        "built from published figures; urban/rural population rows left out (2021 urban figure misprinted as "
        "10960); 2023 budget revenue 3.399.430 as published"),
    "t-04-da-nang-2018-2022": (
        "https://www.danang.gov.vn/web/chuyen-trang-thong-tin-kinh-te-xa-hoi/nien-giam-thong-ke/danh-sach/"
        "chi-tiet?id=5714&_c=94677500,94677503,94677504,94677518,94677560",
        "thành phố Đà Nẵng", "2018-2022",
        "txt, column-per-year, so-bo-year-header, blank-unit-cells, leading-empty-years, footer-note, "
        "source-line, tabbed-signature-line, page-line",
        "built from published figures (Một số chỉ tiêu xã hội chủ yếu); the page gives the rural clean-water "
        "rate only twice, read as 2021 and 2022"),
    "t-05-ayun-pa-6t-2024": (
        "https://baogialai.com.vn/ayun-pa-gia-tri-san-xuat-6-thang-dau-nam-tang-gan-10-post284921.html",
        "thị xã Ayun Pa, tỉnh Gia Lai", "2024-H1",
        "title-block, so-lieu-den-ngay, two-row-header, merged-header, no-plan-column, percent-check-columns, "
        "percent-formatted-cells, dash-sub-rows, section-rows, footer-note, source-line, signature-kt",
        "built from published figures; the source gives % of plan, not the plan, so no plan column"),
    "t-06-huong-hoa-6t-2024": (
        "https://huonghoa.tinhuyquangtri.vn/hoi-nghi-ban-chap-hanh-dang-bo-huyen-huong-hoa-lan-thu-19-khoa-xvii",
        "huyện Hướng Hóa, tỉnh Quảng Trị", "2024-H1",
        "docx, title-paragraphs, so-lieu-den-ngay, figures-in-dong, no-plan-column, percent-check-columns, "
        "footer-note, source-line, signature",
        "built from published figures (thu, chi ngân sách đến 30/6/2024 in đồng)"),
    "t-07-chu-se-2023": (
        "https://baogialai.com.vn/chu-se-tong-gia-tri-san-xuat-dat-9959-ke-hoach-post258877.html",
        "huyện Chư Sê, tỉnh Gia Lai", "2023",
        "title-block, two-row-header, so-sanh-th-kh-th-ck, percent-formatted-cells, numbered-sub-rows-1.1, "
        "no-plan-column, footer-note, source-line, signature",
        "built from published figures; TH/CK 100,45% is the published 'tăng 0,45%'"),
    "t-08-chu-pah-2023": (
        "https://baogialai.com.vn/chu-pah-nhieu-chi-tieu-kinh-te-xa-hoi-dat-va-vuot-ke-hoach-nam-2023-post257893.html",
        "huyện Chư Păh, tỉnh Gia Lai", "2023",
        "txt, tabbed-title-block, ket-qua-header, section-rows-letters, no-plan-column, three-decimals "
        "(106,811), footnote, source-line, tabbed-signature",
        "built from published figures"),
    "t-09-chu-pah-kh-2024": (
        "https://baogialai.com.vn/chu-pah-phan-dau-toc-do-tang-truong-gia-tri-san-xuat-nam-2024-dat-95-tro-"
        "len-post260272.html",
        "huyện Chư Păh, tỉnh Gia Lai", "2024",
        "plan-only, danh-muc-header, muc-tieu-header, ge-target-as-text, dash-sub-rows, parent-without-target, "
        "title-block, signature",
        "built from published figures (chỉ tiêu kế hoạch năm 2024)"),
    "t-10-nong-son-6t-2024": (
        "https://baoquangnam.vn/nong-son-gia-tri-san-xuat-cong-nghiep-xay-dung-dich-vu-deu-tang-3137969.html",
        "huyện Nông Sơn, tỉnh Quảng Nam", "2024-H1",
        "numbers-as-text, percent-as-text (63,13%), uoc-th-header, no-plan-column, title-block, footer-note, "
        "signature",
        "built from published figures ('hơn 7.900 tấn' written 7.900)"),
    "t-11-nghi-son-6t-2024": (
        "https://baothanhhoa.vn/thi-xa-nghi-son-thu-ngan-sach-nha-nuoc-dat-hon-945-ty-dong-218428.htm",
        "thị xã Nghi Sơn, tỉnh Thanh Hóa", "2024-H1",
        "docx, title-paragraphs, no-plan-column, percent-check-columns, footer-note, source-line, signature",
        "built from published figures"),
    "t-12-tuyen-hoa-6t-2024": (
        "http://thrt.quangbinh.gov.vn/tin-tuc-su-kien/giao-ban-kinh-te-xa-hoi-6-thang-dau-nam-2024-2937.html",
        "huyện Tuyên Hóa, tỉnh Quảng Bình", "2024-H1",
        "two-tables-one-sheet, titled-second-table, blank-rows-between, ket-qua-header, no-plan-column, "
        "title-block, footer-note, signature",
        "built from published figures"),
    "t-13-tuong-duong-2023": (
        "https://baonghean.vn/tuong-duong-giai-quyet-viec-lam-cho-4200-lao-dong-post282289.html",
        "huyện Tương Dương, tỉnh Nghệ An", "2023",
        "txt, markdown-bold-marks, so-tt-header, noi-dung-header, negative-figure, trong-do-sub-row, "
        "dash-sub-rows, no-plan-column, footnote, signature",
        "built from published figures"),
    "t-14-lao-cai-kh-2024": (
        "http://laocaitv.vn/tin-trong-nuoc/25-chi-tieu-phan-dau-nam-2024",
        "tỉnh Lào Cai", "2024",
        "plan-only, chi-tieu-giao-header, noi-dung-header, roman-sections, numbered-sub-rows-2.1, "
        "stt-dash-sub-rows, targets-as-text (Trên 10, Dưới 1,2, ≥ 86), column-numbering-row, title-block, "
        "footer-note",
        "built from published figures; the page's last three targets (other fields) were not in the excerpt"),
    "t-15-ninh-giang-9t-2023": (
        "http://ninhgiang1.haiduong.gov.vn/Article/Z7nEubZ9Lkw@/h%E1%BB%99i-ngh%E1%BB%8B-ubnd-huy%E1%BB%87n-"
        "m%E1%BB%9F-r%E1%BB%99ng-%C4%91%C3%A1nh-gi%C3%A1-th%E1%BB%B1c-hi%E1%BB%87n-nhi%E1%BB%87m-v%E1%BB%A5-"
        "ph%C3%A1t-tri%E1%BB%83n-ktxh-9-th%C3%A1ng-n%C4%83m-2023.html",
        "huyện Ninh Giang, tỉnh Hải Dương", "2023-9M",
        "luy-ke-header, cung-ky-column, percent-as-text, signed-differences-as-text, no-plan-column, "
        "so-lieu-den-ngay, title-block, signature",
        "built from published figures; Cùng kỳ = published figure minus the published increase"),
    "t-16-duc-giang-6t-2021": (
        "https://vuquang.hatinh.gov.vn/ducgiang/KenhTin/Phat-trien-Kinh-te-Xa-hoi-462831.aspx",
        "xã Đức Giang, huyện Vũ Quang, tỉnh Hà Tĩnh", "2021-H1",
        "docx, commune, roman-sections, stt-dash-sub-rows, repeated-indicator-names, nam-truoc-column, "
        "figures-without-plan, footer-note, signature",
        "built from published figures (115/116 ha …); Năm trước = published figure minus the published increase"),
}


# ---------------------------------------------------------------- writers

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def is_section(row):
    stt = str(row[0]) if row else ""
    return bool(re.fullmatch(r"[IVX]+|[A-E]", stt)) and all(c in ("", None) for c in row[2:])


def write_xlsx(doc, path):
    wb = Workbook()
    ws = wb.active
    ws.title = doc.sheet
    width = max(len(t.roles) for t in doc.tables)
    r = 1

    def line(item):
        nonlocal r
        kind = item[0]
        if kind == "blank":
            r += 1
            return
        if kind == "split":
            left, right = item[1], item[2]
            half = max(2, width // 2)
            if left:
                c = ws.cell(row=r, column=1, value=left)
                c.font, c.alignment = Font(bold=True), Alignment(horizontal="center")
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=half)
            if right:
                c = ws.cell(row=r, column=half + 1, value=right)
                c.font, c.alignment = Font(bold=True), Alignment(horizontal="center")
                ws.merge_cells(start_row=r, start_column=half + 1, end_row=r, end_column=width)
            r += 1
            return
        c = ws.cell(row=r, column=1, value=item[1])
        if kind in ("title", "center"):
            c.font = Font(bold=kind == "title", italic=kind == "center", size=12 if kind == "title" else 11)
            c.alignment = Alignment(horizontal="center", wrap_text=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
        else:
            c.font = Font(italic=item[1].startswith(("Ghi chú", "Nguồn", "(")))
        r += 1

    for item in doc.above:
        line(item)
    for n, table in enumerate(doc.tables):
        if n:
            for item in doc.between:
                line(item)
            if table.title:
                line(("title", table.title))
                r += 1
        top = r
        for hrow in table.header:
            for j, text in enumerate(hrow):
                c = ws.cell(row=r, column=j + 1, value=text or None)
                c.font, c.border = Font(bold=True), BOX
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            r += 1
        for (r1, c1, r2, c2) in table.merges:
            ws.merge_cells(start_row=top + r1, start_column=c1 + 1, end_row=top + r2, end_column=c2 + 1)
        if table.numbering:
            for j in range(len(table.roles)):
                c = ws.cell(row=r, column=j + 1, value=f"({j + 1})")
                c.alignment, c.border, c.font = Alignment(horizontal="center"), BOX, Font(italic=True)
            r += 1
        for row in table.rows:
            section = is_section(row)
            for j in range(len(table.roles)):
                v = row[j] if j < len(row) else None
                value, fmt = (v, None) if j <= 1 else xlsx_value(v, doc.text_mode)
                if j <= 1 and isinstance(v, str) and v == "":
                    value = None
                if j == 0 and isinstance(v, str) and v.isdigit() and not doc.text_mode:
                    value = int(v)  # a typed row number is a number in Excel
                c = ws.cell(row=r, column=j + 1, value=value)
                c.border = BOX
                if fmt:
                    c.number_format = fmt
                if section:
                    c.font = Font(bold=True)
                if j == 0:
                    c.alignment = Alignment(horizontal="center")
            r += 1
    for item in doc.below:
        line(item)
    ws.column_dimensions["A"].width = 7
    ws.column_dimensions["B"].width = 52
    for j in range(3, width + 1):
        ws.column_dimensions[get_column_letter(j)].width = 15
    wb.save(path)


def write_docx(doc, path):
    d = Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)

    def para(item):
        kind = item[0]
        if kind == "blank":
            d.add_paragraph("")
            return
        p = d.add_paragraph()
        run = p.add_run(item[1])
        if kind == "title":
            run.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.italic = item[1].startswith("(")
            run.bold = not run.italic
        elif kind == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run.bold = True
        elif kind == "left":
            run.bold = item[1].isupper()
            run.italic = item[1].startswith(("Ghi chú", "Nguồn", "("))

    for item in doc.above:
        para(item)
    for n, table in enumerate(doc.tables):
        if n:
            for item in doc.between:
                para(item)
            if table.title:
                d.add_paragraph("")
                para(("title", table.title))
        t = d.add_table(rows=0, cols=len(table.roles))
        t.style = "Table Grid"
        for hrow in table.header:
            cells = t.add_row().cells
            for j, text in enumerate(hrow):
                cells[j].text = text
                for run in cells[j].paragraphs[0].runs:
                    run.bold = True
        for row in table.rows:
            cells = t.add_row().cells
            section = is_section(row)
            for j in range(len(table.roles)):
                v = row[j] if j < len(row) else ""
                cells[j].text = "" if v is None else str(v)
                if section:
                    for run in cells[j].paragraphs[0].runs:
                        run.bold = True
    for item in doc.below:
        para(item)
    d.save(path)


def write_txt(doc, path):
    out = []

    def line(item):
        kind = item[0]
        if kind == "blank":
            out.append("")
        elif kind == "tabs":
            out.append("\t".join(item[1]))
        elif kind == "split":
            out.append(item[1] + "\t\t" + item[2])
        else:
            out.append(item[1])

    for item in doc.above:
        line(item)
    for n, table in enumerate(doc.tables):
        if n:
            for item in doc.between:
                line(item)
            if table.title:
                out.append(table.title)
        for hrow in table.header:
            out.append("\t".join(hrow))
        for row in table.rows:
            cells = [("" if v is None else str(v)) for v in row] + [""] * (len(table.roles) - len(row))
            out.append("\t".join(cells))
    for item in doc.below:
        line(item)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main():
    expected = [["document", "table", "row", "indicator", "unit", "plan", "actual", "previous", "note"]]
    sources = [["document", "source", "place", "year", "layout", "note"]]
    for doc in DOCS:
        path = os.path.join(HERE, f"{doc.name}.{doc.kind}")
        {"xlsx": write_xlsx, "docx": write_docx, "txt": write_txt}[doc.kind](doc, path)
        for n, table in enumerate(doc.tables, start=1):
            expected += [[str(x) for x in e] for e in table.expected(doc.name, n)]
        url, place, year, layout, note = SOURCES[doc.name]
        sources.append([doc.name, url, place, year, layout, note])
    for name, rows in (("tables.tsv", expected), ("sources.tsv", sources)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for row in rows:
                assert all("\t" not in c and "\n" not in c for c in row), row
                f.write("\t".join(row) + "\n")
    print(f"{len(DOCS)} documents, {len(expected) - 1} expected rows")


if __name__ == "__main__":
    main()
