#!/usr/bin/env python3
"""Drives the running web app in headless Chromium: reads the rendered pages and takes screenshots.

Usage: browser_check.py BASE_URL ARTIFACT_DIR
"""
import os
import re
import subprocess
import sys
import tempfile

BASE, OUT = sys.argv[1], sys.argv[2]


def chromium(*args):
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             f"--user-data-dir={profile}", *args],
            capture_output=True, text=True, timeout=120,
        )


def dom(path):
    return chromium("--dump-dom", BASE + path).stdout


def screenshot(path, name, size):
    target = os.path.join(OUT, name)
    chromium(f"--screenshot={target}", f"--window-size={size}", BASE + path)
    return os.path.exists(target) and os.path.getsize(target) > 0


checks = []


def check(name, ok):
    checks.append((name, ok))
    print(("ok   " if ok else "FAIL ") + name)


home = dom("/")
links = re.findall(r'href="(/plans/\d+/progress/[^"]+)"', home)
check("home lists the four demo plans", home.count('href="/plans/') >= 4 and "Hồng Lĩnh" in home)
check("home links to a progress page", bool(links))
progress = dom(links[0]) if links else ""
check("progress page title", "Biểu tiến độ thực hiện các chỉ tiêu nghị quyết 6 tháng đầu năm 2024" in progress)
check("budget revenue row: 72,4 of 317 is 22,84% and Chưa đạt",
      re.search(r"317</td><td[^>]*>72,4.*?22,84%.*?Chưa đạt", progress, re.S) is not None)
check("households row: 4.227 against >4.000 is Đạt",
      re.search(r"&gt;4\.000</td><td[^>]*>4\.227.*?Đạt</span>", progress, re.S) is not None)
check("screenshot of the home page", screenshot("/", "home-1366.png", "1366,768"))
if links:
    check("screenshot of the progress page (office screen)", screenshot(links[0], "progress-1366.png", "1366,2400"))
    check("screenshot of the progress page (phone)", screenshot(links[0], "progress-phone.png", "390,1600"))
    printable = re.search(r'href="(/plans/\d+/progress/[^"]+/print)"', progress)
    check("progress page links its print view", printable is not None)
    if printable:
        page = dom(printable.group(1))
        check("print view: the table with its header", "<th colspan=\"2\">Tiến độ thực hiện</th>" in page
              and "BIỂU TIẾN ĐỘ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT" in page)
        check("screenshot of the print view", screenshot(printable.group(1), "print-view-1366.png", "1366,1400"))

failed = sum(1 for _, ok in checks if not ok)
print(f"browser: {len(checks) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
