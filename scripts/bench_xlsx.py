#!/usr/bin/env python3
"""The reference for `ktxh bench xlsx`: XlsxWriter in constant_memory mode writing exactly the same cells
(SyntheticSheet.swift: 3,321 units x 60 indicators, nine cells a row, from integer arithmetic on the row number).

Usage: bench_xlsx.py --rows N -o FILE
"""
import argparse
import time

import xlsxwriter

UNITS, INDICATORS = 3321, 60
HEADER = ["Mã đơn vị", "Đơn vị", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "% KH", "Đánh giá"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=UNITS * INDICATORS)
    parser.add_argument("-o", "--output", default="xlsxwriter.xlsx")
    args = parser.parse_args()
    start = time.perf_counter()
    book = xlsxwriter.Workbook(args.output, {"constant_memory": True})
    whole = book.add_format({"num_format": "#,##0"})
    tenths = book.add_format({"num_format": "#,##0.0"})
    percent = book.add_format({"num_format": "0.00"})
    sheet = book.add_worksheet("Số liệu")
    for column, width in enumerate([10, 16, 11, 44, 11, 11, 11, 9, 11]):
        sheet.set_column(column, column, width)
    sheet.freeze_panes(1, 0)
    sheet.write_row(0, 0, HEADER)
    units = [(f"{u + 1:05d}", f"Xã số {u + 1}") for u in range((args.rows + INDICATORS - 1) // INDICATORS)]
    indicators = [(f"CT{i + 1}", f"Chỉ tiêu phát triển kinh tế - xã hội số {i + 1}", "%" if i % 2 == 0 else "Tỷ đồng")
                  for i in range(INDICATORS)]
    for row in range(args.rows):
        unit, indicator = units[row // INDICATORS], indicators[row % INDICATORS]
        plan = 1000 + row % INDICATORS
        actual = (row * 7) % 13000
        hundredths = actual * 1000 // plan
        r = row + 1
        sheet.write_string(r, 0, unit[0])
        sheet.write_string(r, 1, unit[1])
        sheet.write_string(r, 2, indicator[0])
        sheet.write_string(r, 3, indicator[1])
        sheet.write_string(r, 4, indicator[2])
        sheet.write_number(r, 5, plan, whole)
        sheet.write_number(r, 6, actual / 10, tenths)
        sheet.write_number(r, 7, hundredths / 100, percent)
        sheet.write_string(r, 8, "Đạt" if actual >= plan * 10 else "Chưa đạt")
    book.close()
    print(f"{args.rows} rows in {time.perf_counter() - start:.3f} s")


if __name__ == "__main__":
    main()
