#!/usr/bin/env python3
"""Writes N lines of the machine format for the units and indicators of a ktxh database (one figure per
unit, indicator and month, going back month by month). Usage: make_figures_csv.py DB N > out.csv"""
import sqlite3
import sys

db, n = sys.argv[1], int(sys.argv[2])
con = sqlite3.connect(db)
units = [r[0] for r in con.execute("SELECT code FROM admin_units ORDER BY code")]
indicators = [r[0] for r in con.execute("SELECT code FROM indicators ORDER BY code")]
out = sys.stdout
out.write("unit,indicator,period,kind,value,numerator,denominator,note\n")
written, month = 0, 0
while written < n:
    year, m = 2024 - month // 12, 12 - month % 12
    period = f"{year}-{m:02d}"
    for unit in units:
        for indicator in indicators:
            if written >= n:
                break
            out.write(f"{unit},{indicator},{period},actual,{(written * 37) % 100000 / 10},,,\n")
            written += 1
    month += 1
