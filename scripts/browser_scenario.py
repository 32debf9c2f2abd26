#!/usr/bin/env python3
"""The issue's browser scenario, in headless Chromium driven by Selenium over Debian's chromedriver.

Against `ktxh serve` on a fresh database holding Bắc Kạn city's plans and one admin account, it goes through
the whole workflow: the admin creates the accounts, the planner assigns an indicator and opens the first half
of 2025, a reporter enters figures the Vietnamese way and sees the live label, a stale save is refused, the
reporter submits, the planner returns one figure and approves the rest in bulk, the reporter fixes the
returned one, a viewer reads the progress table and the audit trail. Screenshots go to ARTIFACT_DIR.

Usage: browser_scenario.py BASE_URL ARTIFACT_DIR LABEL   (the admin's password in KTXH_ADMIN_PASSWORD)
"""
import os
import re
import sys
import traceback

from selenium import webdriver
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE, OUT, LABEL = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
ADMIN_PASSWORD = os.environ["KTXH_ADMIN_PASSWORD"]
PASSWORD = "mat-khau-kich-ban-2025"
TCKH = "Phòng Tài chính - Kế hoạch"
os.makedirs(OUT, exist_ok=True)

checks = []


def check(name, ok, detail=""):
    checks.append((name, bool(ok)))
    print(("ok   " if ok else "FAIL ") + name + ("" if ok or not detail else f"  [{detail}]"), flush=True)
    return ok


def browser():
    options = webdriver.ChromeOptions()
    for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1366,768",
                "--lang=vi"]:
        options.add_argument(arg)
    service = webdriver.ChromeService(executable_path="/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


def shot(driver, name, width=1366, height=768, full=True):
    """Screenshots the page at a width; the whole page's height when `full`."""
    driver.set_window_size(width, height)
    if full:
        total = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(width, min(max(height, total + 120), 6000))
    driver.save_screenshot(os.path.join(OUT, f"{LABEL}-{name}.png"))
    driver.set_window_size(1366, 768)


def replaced(page):
    """True once `page` (the old <html>) is gone. Chromium reports a node of a replaced document either as
    stale or as an inspector error, depending on timing; both mean the next page has come."""
    def gone(_driver):
        try:
            page.is_enabled()
            return False
        except WebDriverException:
            return True
    return gone


def click(driver, element):
    """Clicks a submit button and waits for the next page to replace this one and finish loading."""
    page = driver.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(driver, 60).until(replaced(page))
    WebDriverWait(driver, 60).until(lambda d: d.execute_script("return document.readyState") == "complete")


def tick(driver, element):
    """Ticks a checkbox, scrolled to the middle so the sticky button bar does not cover it."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def press(driver, label):
    click(driver, driver.find_element(By.XPATH, f"//button[normalize-space()='{label}']"))


def text(driver):
    return driver.find_element(By.TAG_NAME, "body").text


def go(driver, path):
    driver.get(BASE + path)


def login(driver, username, password):
    go(driver, "/login")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(password)
    click(driver, driver.find_element(By.CSS_SELECTOR, "form button[type=submit]"))


def logout(driver):
    press(driver, "Đăng xuất")


def fill(driver, element_id, value):
    element = driver.find_element(By.ID, element_id)
    element.clear()
    element.send_keys(value)


def row_of(driver, name):
    """The fieldset of the indicator whose legend contains `name`."""
    return driver.find_element(By.XPATH, f"//fieldset[contains(@class,'figure')][legend[contains(., '{name}')]]")


def field(row, suffix):
    return row.find_element(By.CSS_SELECTOR, f"[name$='_{suffix}']")


def wait_text(driver, element, needle, seconds=30):
    try:
        WebDriverWait(driver, seconds).until(lambda d: needle in element.text)
        return True
    except TimeoutException:
        return False


def create_account(driver, username, name, role, scope=""):
    go(driver, "/accounts")
    fill(driver, "username", username)
    fill(driver, "displayName", name)
    Select(driver.find_element(By.ID, "role")).select_by_value(role)
    fill(driver, "scope", scope)
    fill(driver, "password", PASSWORD)
    press(driver, "Tạo tài khoản")
    return f"Đã tạo tài khoản «{username}»" in text(driver)


def scenario():
    admin = browser()
    try:
        go(admin, "/")
        check("an anonymous visitor is sent to the login page", "/login" in admin.current_url)
        shot(admin, "login", full=False)
        login(admin, "quantri", ADMIN_PASSWORD)
        for username, name, role, scope in [
            ("kehoach", "Phòng Tài chính - Kế hoạch thành phố", "planner", ""),
            ("tckh", "Cán bộ Phòng Tài chính - Kế hoạch", "reporter", f"058:{TCKH}"),
            ("hdnd", "Đại biểu HĐND thành phố", "viewer", ""),
        ]:
            check(f"the admin creates the {role} account {username}", create_account(admin, username, name, role, scope))
        shot(admin, "accounts")
    finally:
        admin.quit()

    planner = browser()
    reporter = browser()
    second = browser()
    viewer = browser()
    try:
        login(planner, "kehoach", PASSWORD)
        go(planner, "/")
        plan_link = planner.find_element(By.XPATH, "//a[contains(., 'năm 2025')]").get_attribute("href")
        plan_id = re.search(r"/plans/(\d+)", plan_link).group(1)
        go(planner, f"/plans/{plan_id}/assignments")
        Select(planner.find_element(By.XPATH, "//tr[td/label[contains(., 'Tổng mức bán lẻ')]]//select")).select_by_value(TCKH)
        press(planner, "Lưu phân công")
        check("the planner assigns retail sales to the finance office", "Đã lưu 1 thay đổi phân công" in text(planner))
        go(planner, "/periods")
        Select(planner.find_element(By.ID, "plan")).select_by_visible_text(
            next(o.text for o in Select(planner.find_element(By.ID, "plan")).options if o.text.startswith("058-2025")))
        Select(planner.find_element(By.ID, "kind")).select_by_value("H1")
        planner.execute_script("document.getElementById('deadline').value = '2025-06-20'")
        press(planner, "Mở kỳ báo cáo")
        check("the planner opens the first half of 2025", "14/6/2025" in text(planner) and "20/6/2025" in text(planner))
        shot(planner, "periods")
        go(planner, "/board")
        check("the board shows the finance office has not submitted, past the deadline",
              re.search(r"Phòng Tài chính - Kế hoạch \(058\)\s+Chưa nộp.*?Quá hạn \d+ ngày", text(planner), re.S))

        login(reporter, "tckh", PASSWORD)
        go(reporter, "/entry")
        click(reporter, reporter.find_element(By.LINK_TEXT, TCKH))
        form_url = reporter.current_url
        period_id = re.search(r"/entry/(\d+)/", form_url).group(1)
        revenue = row_of(reporter, "Thu ngân sách")
        check("the form shows the plan target and last year's figure",
              "Kế hoạch: 346" in revenue.text and "Cùng kỳ năm trước: 72,4" in revenue.text, revenue.text[:200])
        field(revenue, "value").send_keys("150,5")
        output = revenue.find_element(By.TAG_NAME, "output")
        check("the live label says Chưa đạt with % KH while typing", wait_text(reporter, output, "Chưa đạt · 43,5% KH"),
              output.text)
        households = row_of(reporter, "Số hộ kinh doanh")
        field(households, "value").send_keys("4.227")
        check("a bound met shows Đạt live", wait_text(reporter, households.find_element(By.TAG_NAME, "output"), "Đạt"))
        retail = row_of(reporter, "Tổng mức bán lẻ")
        field(retail, "value").send_keys("1.88,5")
        check("a malformed number is pointed out live",
              wait_text(reporter, retail.find_element(By.TAG_NAME, "output"), "không hợp lệ"))
        press(reporter, "Lưu")
        body = text(reporter)
        check("saving refuses the form, naming the field and the value",
              "Chưa lưu gì vì còn lỗi" in body and "«Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ», ô Giá trị: Số «1.88,5»" in body)
        shot(reporter, "entry-error")
        check("nothing was saved", "Đang nhập" not in row_of(reporter, "Thu ngân sách").text)
        retail = row_of(reporter, "Tổng mức bán lẻ")
        fill(reporter, field(retail, "value").get_attribute("id"), "1.889,5")
        press(reporter, "Lưu")
        check("the corrected form is saved", "Đã lưu 3 chỉ tiêu." in text(reporter), text(reporter)[:300])

        # Two windows of the same office: the second saves over a form loaded before the first's save.
        login(second, "tckh", PASSWORD)
        second.get(form_url)
        revenue = row_of(reporter, "Thu ngân sách")
        fill(reporter, field(revenue, "value").get_attribute("id"), "160")
        press(reporter, "Lưu")
        check("the first save goes through", "Đã lưu 1 chỉ tiêu." in text(reporter))
        stale = row_of(second, "Thu ngân sách")
        fill(second, field(stale, "value").get_attribute("id"), "170")
        press(second, "Lưu")
        stale = row_of(second, "Thu ngân sách")
        check("the stale save is refused with the newer value shown",
              "vừa được «tckh» lưu trước bạn: giá trị hiện tại là 160" in text(second)
              and field(stale, "value").get_attribute("value") == "160")
        shot(second, "conflict")
        second.quit()

        reporter.get(form_url)
        press(reporter, "Lưu và gửi duyệt")
        check("submitting a shortfall without an explanation is refused",
              "cần ghi nguyên nhân và giải pháp trước khi gửi duyệt" in text(reporter))
        for name, cause, remedy in [
            ("Thu ngân sách", "Thu tiền sử dụng đất chưa đạt tiến độ.", "Đẩy nhanh đấu giá quyền sử dụng đất quý III."),
            ("Tổng mức bán lẻ", "Sức mua giảm sau mưa lũ.", "Tổ chức hội chợ kích cầu tiêu dùng."),
        ]:
            row = row_of(reporter, name)
            field(row, "cause").send_keys(cause)
            field(row, "remedy").send_keys(remedy)
        shot(reporter, "entry")
        shot(reporter, "entry-phone", width=390, height=844)
        press(reporter, "Lưu và gửi duyệt")
        check("the reporter submits three figures", "Đã gửi 3 chỉ tiêu để duyệt." in text(reporter), text(reporter)[:300])

        go(reporter, f"/entry/{period_id}/phong-kinh-te")
        check("the reporter cannot open another department's form",
              "không có quyền xem hoặc thay đổi" in text(reporter) and "Tổng đàn" not in text(reporter))
        shot(reporter, "forbidden", full=False)

        go(planner, "/board")
        check("the board shows the finance office waiting for review", "Chờ duyệt" in text(planner))
        planner.get(BASE + f"/entry/{period_id}/phong-tai-chinh-ke-hoach")
        row = row_of(planner, "Thu ngân sách")
        field(row, "comment").send_keys("Số thu chưa khớp với Kho bạc, đề nghị kiểm tra lại.")
        click(planner, row.find_element(By.XPATH, ".//button[normalize-space()='Trả lại số liệu này']"))
        check("the planner returns revenue with a comment", "Bị trả lại" in row_of(planner, "Thu ngân sách").text)
        go(planner, "/board")
        tick(planner, planner.find_element(By.CSS_SELECTOR, "input[name='cells[]']"))
        click(planner, planner.find_element(By.XPATH, "//button[contains(., 'Duyệt tất cả')]"))
        check("the planner approves the rest in bulk", "Đã duyệt 2 số liệu." in text(planner), text(planner)[:300])
        shot(planner, "board")

        reporter.get(form_url)
        revenue = row_of(reporter, "Thu ngân sách")
        check("the reporter sees the returned figure with the comment",
              "Ý kiến trả lại: Số thu chưa khớp với Kho bạc" in revenue.text)
        check("approved figures are locked", field(row_of(reporter, "Số hộ kinh doanh"), "value").get_attribute("disabled"))
        fill(reporter, field(revenue, "value").get_attribute("id"), "158,2")
        press(reporter, "Lưu và gửi duyệt")
        check("the reporter resubmits the fixed figure", "Đã gửi 1 chỉ tiêu để duyệt." in text(reporter))

        go(planner, "/board")
        tick(planner, planner.find_element(By.CSS_SELECTOR, "input[name='cells[]']"))
        click(planner, planner.find_element(By.XPATH, "//button[contains(., 'Duyệt tất cả')]"))
        check("the planner approves the fixed figure", "Đã duyệt 1 số liệu." in text(planner))

        login(viewer, "hdnd", PASSWORD)
        go(viewer, f"/plans/{plan_id}/progress/2025-H1")
        def progress_row(name):
            return viewer.find_element(By.XPATH, f"//table[contains(@class,'progress')]//tr[td[contains(., '{name}')]]").text
        revenue_row, households_row = progress_row("Thu ngân sách"), progress_row("Số hộ kinh doanh")
        check("the viewer's progress table shows the approved figures with their labels",
              re.search(r"346 158,2.*45,72%.*Chưa đạt", revenue_row, re.S) and re.search(r"4\.227 .*Đạt", households_row, re.S),
              revenue_row + " | " + households_row)
        check("a superseded value is not listed beside the one that counts", "150,5" not in revenue_row, revenue_row)
        shot(viewer, "progress")
        shot(viewer, "progress-phone", width=390, height=844)
        check("the viewer has no entry buttons", "Lưu và gửi duyệt" not in text(viewer))
        go(viewer, "/audit")
        audit = text(viewer)
        for needle in ["Tạo tài khoản", "Phân công", "Mở kỳ báo cáo", "Lưu số liệu 	Giá trị thực hiện", "150,5 	160",
                       "160 	158,2", "Trả lại", "Số thu chưa khớp với Kho bạc", "Duyệt", "Gửi duyệt",
                       "Nguyên nhân", "Thu tiền sử dụng đất chưa đạt tiến độ."]:
            check(f"the audit page shows «{needle.replace(chr(9), ' ')}»", needle.replace(" \t", " ") in audit.replace("\t", " "))
        shot(viewer, "audit")
        go(viewer, "/accounts")
        check("the viewer cannot open the accounts page", "không có quyền xem hoặc thay đổi" in text(viewer))

        # The planner makes the plan's progress public; anyone then reads its approved figures without login.
        go(planner, f"/plans/{plan_id}")
        press(planner, "Công khai tiến độ (chỉ số liệu đã duyệt)")
        check("the plan page links its public page once public", f"/cong-khai/{plan_id}/2025-H1" in planner.page_source)
        anonymous = browser()
        try:
            go(anonymous, f"/cong-khai/{plan_id}/2025-H1")
            public = text(anonymous)
            check("the public page opens without login", "/login" not in anonymous.current_url and "công khai" in public.lower())
            check("the public page shows the approved figure and not the superseded one",
                  "158,2" in public and "150,5" not in public, public[:400])
            check("the public page links nothing behind the login", 'href="/plans/' not in anonymous.page_source)
            shot(anonymous, "public-page")
        finally:
            anonymous.quit()

        # The resolution's tasks: proposed from its text, saved, assigned; the office reports; the board lists the late.
        seeds = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Fixtures", "seeds")
        resolution_2025 = open(os.path.join(seeds, next(f for f in sorted(os.listdir(seeds)) if f.startswith("000_"))),
                               encoding="utf-8").read()
        go(planner, f"/plans/{plan_id}/tasks")
        planner.execute_script("document.getElementById('task-text').value = arguments[0];", resolution_2025)
        press(planner, "Xem trước")
        check("the resolution's tasks are proposed before anything is saved",
              re.search(r"Xem trước: [1-9]\d+ nhiệm vụ mới", text(planner))
              and planner.find_elements(By.XPATH, "//td[starts-with(., 'Thực hiện nghiêm Luật Ngân sách Nhà nước')]"),
              text(planner)[:300])
        shot(planner, "tasks-review")
        click(planner, planner.find_element(By.XPATH, "//button[starts-with(normalize-space(), 'Lưu ') and contains(., 'nhiệm vụ mới')]"))
        check("the planner saves the proposed tasks", re.search(r"Đã thêm \d+ nhiệm vụ", text(planner)), text(planner)[:300])
        click(planner, planner.find_element(By.PARTIAL_LINK_TEXT, "Đẩy mạnh thu hút và hỗ trợ đầu tư"))
        task_url = planner.current_url
        fill(planner, "lead", TCKH)
        fill(planner, "deadline", "31/3/2025")
        press(planner, "Lưu việc giao")
        check("the planner assigns the task to the finance office with a deadline",
              "Đã lưu việc giao nhiệm vụ." in text(planner) and "31/3/2025" in text(planner), text(planner)[:400])
        reporter.get(task_url)
        Select(reporter.find_element(By.ID, "status")).select_by_value("dang-thuc-hien")
        fill(reporter, "note", "Đã làm việc với 3 nhà đầu tư về cụm công nghiệp.")
        fill(reporter, "period", "2025-H1")
        press(reporter, "Gửi báo cáo")
        check("the finance office reports progress on its task",
              "Đã lưu báo cáo." in text(reporter) and "Đã làm việc với 3 nhà đầu tư" in text(reporter), text(reporter)[:400])
        shot(reporter, "task")
        go(planner, "/board")
        check("the board lists the task as overdue",
              "Nhiệm vụ quá hạn" in text(planner) and re.search(r"Đẩy mạnh thu hút và hỗ trợ đầu tư.*Quá hạn \d+ ngày", text(planner), re.S))
        go(planner, f"/plans/{plan_id}/tasks?loc=qua-han")
        shot(planner, "tasks-overdue")

        # A plan created from a resolution's text pasted in the browser: reviewed, then confirmed.
        seed = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Fixtures", "seeds")
        resolution = open(os.path.join(seed, next(f for f in sorted(os.listdir(seed)) if f.startswith("002_"))),
                          encoding="utf-8").read()
        go(planner, "/import")
        planner.execute_script("document.getElementById('text').value = arguments[0];", resolution)
        press(planner, "Xem trước")
        check("the pasted resolution is reviewed before anything is saved", "Xác nhận nhập" in text(planner),
              text(planner)[:300])
        shot(planner, "import-pasted-review")
        unsure = planner.find_elements(By.ID, "confirmMatches")
        if unsure:
            tick(planner, unsure[0])
        press(planner, "Xác nhận nhập")
        shot(planner, "import-pasted-done")
        check("confirming saves the plan read from the pasted text", "đã nhập xong" in text(planner).lower(),
              text(planner)[:600])
    finally:
        for d in (planner, reporter, viewer):
            d.quit()


try:
    scenario()
except Exception:
    traceback.print_exc()
    check("the scenario ran to its end", False)

failed = sum(1 for _, ok in checks if not ok)
print(f"browser scenario ({LABEL}): {len(checks) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
