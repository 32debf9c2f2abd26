#!/usr/bin/env python3
"""Drives the running demo (`ktxh demo`) in headless Chromium: signs in with a demo account printed in the
demo's log, reads the rendered pages and takes screenshots.

Usage: browser_check.py BASE_URL ARTIFACT_DIR DEMO_LOG
"""
import os
import re
import sys

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

BASE, OUT, LOG = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
checks = []


def check(name, ok):
    checks.append((name, bool(ok)))
    print(("ok   " if ok else "FAIL ") + name)


def accessibility(driver, path, name):
    """axe-core (axe-selenium-python's copy) on the page: no serious or critical WCAG 2 A/AA violation."""
    from axe_selenium_python import Axe
    driver.get(BASE + path)
    driver.set_script_timeout(120)
    axe = Axe(driver)
    axe.inject()
    results = axe.run(options="{runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}}")
    bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
    for violation in bad:
        print(f"     {name}: {violation['id']} ({violation['impact']}): {violation['help']}, "
              f"{len(violation['nodes'])} element(s), e.g. {violation['nodes'][0]['target']}")
    check(f"accessibility of the {name}: no serious WCAG 2 A/AA violation (axe-core)", not bad)


def screenshot(driver, path, name, width, height):
    driver.set_window_size(width, height)
    driver.get(BASE + path)
    target = os.path.join(OUT, name)
    driver.save_screenshot(target)
    return os.path.exists(target) and os.path.getsize(target) > 0


log = open(LOG, encoding="utf-8").read()
accounts = dict(re.findall(r"^  (\w+)\t(\S+)\t", log, re.M))
check("the demo printed one account of each of the five roles", len(accounts) == 5)

options = webdriver.ChromeOptions()
# The console: a Content-Security-Policy violation (an inline style or script the policy refuses) is logged there.
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1366,768"]:
    options.add_argument(arg)
driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"))
try:
    driver.get(BASE + "/")
    check("the home page asks for a login first", "/login" in driver.current_url)
    driver.find_element(By.ID, "username").send_keys("hdnd")
    driver.find_element(By.ID, "password").send_keys(accounts.get("hdnd", ""))
    page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    WebDriverWait(driver, 60).until(lambda d: "/login" not in d.current_url)
    WebDriverWait(driver, 60).until(lambda d: d.execute_script("return document.readyState") == "complete")
    home = driver.page_source
    links = re.findall(r'href="(/plans/\d+/progress/[^"]+)"', home)
    check("home lists the four demo plans", home.count('href="/plans/') >= 4 and "Hồng Lĩnh" in home)
    check("home links to a progress page", bool(links))
    progress = ""
    if links:
        driver.get(BASE + links[0])
        progress = driver.page_source
    check("progress page title", "Biểu tiến độ thực hiện các chỉ tiêu nghị quyết 6 tháng đầu năm 2024" in progress)
    check("budget revenue row: 72,4 of 317 is 22,84% and Chưa đạt",
          re.search(r"317</td><td[^>]*>72,4.*?22,84%.*?Chưa đạt", progress, re.S) is not None)
    check("households row: 4.227 against >4.000 is Đạt",
          re.search(r"&gt;4\.000</td><td[^>]*>4\.227.*?Đạt</span>", progress, re.S) is not None)
    check("screenshot of the home page", screenshot(driver, "/", "home-1366.png", 1366, 768))
    if links:
        check("screenshot of the progress page (office screen)", screenshot(driver, links[0], "progress-1366.png", 1366, 2400))
        check("screenshot of the progress page (phone)", screenshot(driver, links[0], "progress-phone.png", 390, 1600))
        widths = driver.execute_script(
            "const t = document.querySelector('main table');"
            "return [document.documentElement.scrollWidth, window.innerWidth, t.scrollWidth, t.clientWidth];")
        check("phone: the page does not scroll sideways; the long table scrolls in its own box",
              widths[0] <= widths[1] + 1 and widths[2] > widths[3])
        printable = re.search(r'href="(/plans/\d+/progress/[^"]+/print)"', progress)
        check("progress page links its print view", printable is not None)
        if printable:
            driver.get(BASE + printable.group(1))
            page = driver.page_source
            check("print view: the table with its header", "<th colspan=\"2\">Tiến độ thực hiện</th>" in page
                  and "BIỂU TIẾN ĐỘ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT" in page)
            check("screenshot of the print view", screenshot(driver, printable.group(1), "print-view-1366.png", 1366, 1400))
    # The dashboard of the same period, reached from the progress page: the same counts, charts, a filter chosen
    # with the keyboard, and an indicator opened from its list.
    dashboard_link = re.search(r'href="(/plans/\d+/dashboard/[^"]+)"', progress)
    check("progress page links its dashboard", dashboard_link is not None)
    if dashboard_link:
        driver.get(BASE + dashboard_link.group(1))
        board = driver.page_source
        check("dashboard counts: 3 Vượt, 11 Đạt, 9 Chưa đạt, 22 Đánh giá cuối năm",
              all(f"{label}</span>: {count} chỉ tiêu" in board
                  for label, count in [("Vượt", 3), ("Đạt", 11), ("Chưa đạt", 9), ("Đánh giá cuối năm", 22)]))
        check("dashboard charts are inline SVG with a title", board.count("<svg") >= 2 and "<title id=" in board)
        check("screenshot of the dashboard (office screen)", screenshot(driver, dashboard_link.group(1), "dashboard-1366.png", 1366, 2600))
        check("screenshot of the dashboard (phone)", screenshot(driver, dashboard_link.group(1), "dashboard-phone.png", 390, 2400))
        driver.set_window_size(1366, 768)
        driver.get(BASE + dashboard_link.group(1))
        from selenium.webdriver.common.keys import Keys
        label = driver.find_element(By.ID, "danh-gia")
        label.send_keys("Chưa đạt")
        label.send_keys(Keys.TAB)
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        WebDriverWait(driver, 30).until(lambda d: "danh-gia=" in d.current_url)
        filtered = driver.page_source
        check("a label chosen by keyboard keeps that label only",
              "Chưa đạt</span>: 9 chỉ tiêu" in filtered and "Vượt</span>: 3 chỉ tiêu" not in filtered)
        opened = re.search(r'href="(/plans/\d+/dashboard/[^"]+/indicators/[^"/]+)"', filtered)
        check("the dashboard links an indicator", opened is not None)
        # Drill-down by keyboard alone: Tab to the first indicator's link, Enter opens it.
        def indicator_page(href):
            return re.search(r"/indicators/[^/.]+$", href or "") is not None
        for _ in range(400):
            driver.switch_to.active_element.send_keys(Keys.TAB)
            if indicator_page(driver.switch_to.active_element.get_attribute("href")):
                break
        if indicator_page(driver.switch_to.active_element.get_attribute("href")):
            driver.switch_to.active_element.send_keys(Keys.ENTER)
            WebDriverWait(driver, 30).until(lambda d: "/indicators/" in d.current_url)
        check("an indicator opened from the dashboard by keyboard alone (Tab, Enter)",
              "/indicators/" in driver.current_url and "<h1" in driver.page_source)
        accessibility(driver, dashboard_link.group(1), "dashboard")
        communes = dashboard_link.group(1).replace("/dashboard/", "/communes/")
        check("screenshot of the communes compared", screenshot(driver, communes, "communes-1366.png", 1366, 1400))
        accessibility(driver, communes, "communes page")
        if opened:
            accessibility(driver, opened.group(1), "opened indicator")
            check("screenshot of an opened indicator", screenshot(driver, opened.group(1), "dashboard-indicator.png", 1366, 1800))
            check("an opened indicator shows its figure against the plan", "Thực hiện so với kế hoạch" in driver.page_source
                  or "thực hiện so với kế hoạch" in driver.page_source)
    # Seed 003's New Rural criteria (docs/criteria.md).
    driver.get(BASE + "/criteria/matrix/058/2020")
    matrix = driver.page_source
    check("criteria matrix 2020: both communes 19/19, 2/2 xã đạt chuẩn",
          matrix.count("<strong>19/19</strong>") == 2 and "2/2 xã đạt chuẩn" in matrix)
    check("screenshot of the criteria matrix", screenshot(driver, "/criteria/matrix/058/2011", "criteria-matrix-2011.png", 1366, 900))
    driver.get(BASE + "/criteria/units/01852/2020?so-voi=2011")
    sheet = driver.page_source
    check("commune sheet: 2020 beside the 2011 baseline under the 2009 set",
          "Đạt 19/19 tiêu chí" in sheet and "Năm 2011: đạt 4/19 tiêu chí theo Quyết định 491/QĐ-TTg" in sheet)
    check("screenshot of the commune sheet", screenshot(driver, "/criteria/units/01852/2020?so-voi=2011", "criteria-sheet.png", 1366, 2400))
    check("screenshot of the roadmap", screenshot(driver, "/criteria/roadmap/058", "criteria-roadmap.png", 1366, 1400))
    violations = [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e.get("message", "")]
    for message in violations[:5]:
        print(f"     {message}")
    check("no page broke the Content-Security-Policy (no inline style or script refused)", not violations)
finally:
    driver.quit()

failed = sum(1 for _, ok in checks if not ok)
print(f"browser: {len(checks) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
