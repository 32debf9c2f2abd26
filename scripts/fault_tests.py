#!/usr/bin/env python3
"""Fault tests (docs/reliability.md): the real binary, the real databases, real failures.

  kill -9 in the middle of a large import and of a burst of saves; two servers on one PostgreSQL with 50 clients
  saving the same figures; PostgreSQL stopped and started under load; SQLite held by another process; a full
  disk (a file-size limit) and a read-only database.

Each scenario is bounded (seconds, not minutes) and checks what it guarantees. Environment: KTXH_BIN (the ktxh
binary), KTXH_TEST_POSTGRES_URL (a superuser URL of a throw-away cluster), PGBIN, PGDATA, PGPORT and PGRUNAS (the
prefix that runs pg_ctl as the cluster's owner, empty when not root). Usage: fault_tests.py [SCENARIO...]
"""
import json
import os
import random
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ["KTXH_BIN"]
PG = os.environ.get("KTXH_TEST_POSTGRES_URL", "")
WORK = tempfile.mkdtemp(prefix="ktxh-faults.")
FIRST_PORT = int(os.environ.get("KTXH_FAULT_PORT", "18300"))
PORTS = iter(range(FIRST_PORT, FIRST_PORT + 100))
SERVERS = []


def log(text):
    print(f"  {text}", flush=True)


def ktxh(*args, check=True, **kwargs):
    result = subprocess.run([BIN, *args], capture_output=True, text=True, **kwargs)
    if check and result.returncode != 0:
        raise AssertionError(f"ktxh {' '.join(args)} failed: {result.stderr}")
    return result


def psql(url, sql):
    out = subprocess.run(["psql", url, "-tAc", sql], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def new_database(kind, name):
    """A database with the demo data: a SQLite path or a PostgreSQL URL."""
    if kind == "sqlite":
        db = os.path.join(WORK, f"{name}.sqlite")
    else:
        base = urllib.parse.urlsplit(PG)
        database = f"ktxh_fault_{name}_{random.randrange(10**6)}"
        psql(PG, f"CREATE DATABASE {database}")
        db = urllib.parse.urlunsplit(base._replace(path="/" + database))
    ktxh("demo", "--no-serve", "--db", db)
    return db


def scalar(db, sql):
    if db.startswith("postgres"):
        return int(psql(db, sql))
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def token(db, user):
    return json.loads(ktxh("token", "create", "--user", user, "--db", db, "--json").stdout)["token"]


def serve(db, port=None):
    port = port or next(PORTS)
    command = [BIN, "serve", "--db", db, "--port", str(port), "--log-format", "text"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    SERVERS.append(process)
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return process, port
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"ktxh serve on port {port} did not start")


def call(port, method, path, bearer=None, body=None, cookie=None, timeout=20):
    """(status, parsed JSON or text, headers); a connection that fails is status 0."""
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, method=method)
    if bearer:
        request.add_header("Authorization", f"Bearer {bearer}")
    if cookie:
        request.add_header("Cookie", cookie)
    if body is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, raw, headers = response.status, response.read(), response.headers
    except urllib.error.HTTPError as error:
        status, raw, headers = error.code, error.read(), error.headers
    except OSError:
        return 0, None, {}
    text = raw.decode("utf-8", "replace")
    try:
        return status, json.loads(text), headers
    except ValueError:
        return status, text, headers


def numeric_figures(port, bearer):
    """The reporter's form and the figures of it that take a plain number."""
    status, forms, _ = call(port, "GET", "/api/v1/entry", bearer)
    assert status == 200 and forms["forms"], forms
    form = forms["forms"][0]["path"]
    status, answer, _ = call(port, "GET", form, bearer)
    figures = {}
    for figure in answer["figures"]:
        probe = {"figures": [{"indicator": figure["indicator"], "value": 1, "revision": figure["revision"]}]}
        status, _, _ = call(port, "POST", form, bearer, probe)
        if status == 200:
            figures[figure["indicator"]] = figure["revision"] + (0 if figure["value"] == 1 else 1)
    assert len(figures) >= 3, f"too few numeric figures: {figures}"
    return form, figures


def current(port, bearer, form):
    status, answer, _ = call(port, "GET", form, bearer)
    assert status == 200, answer
    return {f["indicator"]: f for f in answer["figures"]}


def kill_import(kind):
    """kill -9 in the middle of a large import: nothing of it is saved, the database is whole, and an import then
    goes through."""
    db = new_database(kind, "import")
    demo = db if kind == "sqlite" else new_database("sqlite", "units")
    csv = os.path.join(WORK, "figures.csv")
    with open(csv, "w") as out:
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts/make_figures_csv.py"), demo, "300000"], stdout=out, check=True)
    small = os.path.join(WORK, "figures-small.csv")
    with open(csv) as big, open(small, "w") as out:
        out.writelines(line for _, line in zip(range(1001), big))
    before = scalar(db, "SELECT COUNT(*) FROM observations")
    process = subprocess.Popen([BIN, "import", csv, "--db", db], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2.5)
    assert process.poll() is None, "the import ended before the kill: make the file larger"
    process.send_signal(signal.SIGKILL)
    process.wait()
    after = scalar(db, "SELECT COUNT(*) FROM observations")
    assert after == before, f"a killed import left {after - before} figures"
    if kind == "sqlite":
        assert scalar(db, "PRAGMA integrity_check") == "ok"
    ktxh("import", small, "--db", db, timeout=600)
    assert scalar(db, "SELECT COUNT(*) FROM observations") == before + 1000
    log(f"{kind}: killed after 2,5 s, {before} figures before and after; an import then saved 1.000")


def kill_saves(kind):
    """kill -9 in a burst of saves: every save the server acknowledged is there after a restart."""
    db = new_database(kind, "saves")
    bearer = token(db, "kinhte")
    process, port = serve(db)
    form, revisions = numeric_figures(port, bearer)
    acknowledged, in_flight, stop = {}, {}, threading.Event()

    def client():
        n = 0
        while not stop.is_set():
            indicator = random.choice(list(revisions))
            n += 1
            value = 1000 + n
            in_flight[indicator] = value
            body = {"figures": [{"indicator": indicator, "value": value, "revision": revisions[indicator]}]}
            status, _, _ = call(port, "POST", form, bearer, body, timeout=5)
            if status == 200:
                revisions[indicator] += 1
                acknowledged[indicator] = (value, revisions[indicator])
                in_flight.pop(indicator, None)
            elif status == 0:
                return

    thread = threading.Thread(target=client)
    thread.start()
    time.sleep(1.5)
    process.send_signal(signal.SIGKILL)
    process.wait()
    stop.set()
    thread.join()
    _, port = serve(db)
    now = current(port, bearer, form)
    for indicator, (value, revision) in acknowledged.items():
        figure = now[indicator]
        if figure["revision"] == revision:
            assert figure["value"] == value, (indicator, figure, value)
        else:
            # The one save sent when the server died may have been committed without its answer.
            assert figure["revision"] == revision + 1 and figure["value"] == in_flight.get(indicator), (indicator, figure)
    log(f"{kind}: {sum(r for _, r in acknowledged.values())} revisions acknowledged over {len(acknowledged)} figures, all there")


def two_servers():
    """Two servers on one PostgreSQL, 50 clients saving the same few figures: every save applied or refused with the
    figure as it stands, one audit row per applied change, a session valid on both."""
    db = new_database("postgres", "two")
    bearer = token(db, "kinhte")
    _, first = serve(db)
    _, second = serve(db)
    form, _ = numeric_figures(first, bearer)
    start = current(first, bearer, form)
    chosen = sorted(indicator for indicator in start if start[indicator]["value"] is not None)[:3]
    audit_before = scalar(db, "SELECT COUNT(*) FROM audit_log WHERE entity = 'figure' AND field LIKE 'Giá trị%'")
    applied, refused, lock = {i: 0 for i in chosen}, [0], threading.Lock()

    def client(n):
        for round in range(8):
            port = random.choice([first, second])
            indicator = random.choice(chosen)
            status, answer, _ = call(port, "GET", form, bearer)
            revision = next(f["revision"] for f in answer["figures"] if f["indicator"] == indicator)
            body = {"figures": [{"indicator": indicator, "value": 100000 + n * 100 + round, "revision": revision}]}
            status, answer, _ = call(random.choice([first, second]), "POST", form, bearer, body)
            with lock:
                if status == 200:
                    applied[indicator] += 1
                else:
                    assert status == 409 and answer["current"]["indicator"] == indicator, (status, answer)
                    refused[0] += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    end = current(second, bearer, form)
    for indicator in chosen:
        grown = end[indicator]["revision"] - start[indicator]["revision"]
        assert grown == applied[indicator], f"{indicator}: revision grew by {grown}, {applied[indicator]} saves applied"
    audit = scalar(db, "SELECT COUNT(*) FROM audit_log WHERE entity = 'figure' AND field LIKE 'Giá trị%'") - audit_before
    assert audit == sum(applied.values()), f"{audit} audit rows for {sum(applied.values())} applied saves"
    # A session started on one server is good on the other.
    session = login(first, db)
    status, page, headers = call(second, "GET", "/", cookie=session)
    assert status == 200 and "Đăng xuất" in page, status
    log(f"two servers: {sum(applied.values())} saves applied, {refused[0]} refused with the current figure, no lost update")


def login(port, db):
    """Signs in a new planner through the login form; returns the session cookie."""
    password = "mat-khau-kiem-thu-12"
    subprocess.run(
        [BIN, "user", "add", "thu-phien", "--role", "planner", "--name", "Kiểm thử", "--password-stdin", "--db", db],
        input=password + "\n", capture_output=True, text=True, check=True)
    status, page, headers = call(port, "GET", "/login")
    csrf = headers["Set-Cookie"].split("ktxh_login=")[1].split(";")[0]
    form = urllib.parse.urlencode({"_csrf": csrf, "username": "thu-phien", "password": password, "next": "/"}).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}/login", data=form, method="POST")
    request.add_header("Cookie", f"ktxh_login={csrf}")
    request.add_header("Content-Type", "application/x-www-form-urlencoded")

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args):
            return None

    try:
        urllib.request.build_opener(NoRedirect).open(request)
    except urllib.error.HTTPError as answer:
        cookie = [c for c in answer.headers.get_all("Set-Cookie") if c.startswith("ktxh_session=")]
        assert answer.code == 303 and cookie, answer.code
        return cookie[0].split(";")[0]
    raise AssertionError("login did not redirect")


def postgres_restart():
    """PostgreSQL stopped and started under load: 503 in Vietnamese while it is down, 200 again after, the same
    server process throughout."""
    db = new_database("postgres", "restart")
    bearer = token(db, "kinhte")
    process, port = serve(db)
    statuses, stop = [], threading.Event()

    def load():
        while not stop.is_set():
            status, answer, _ = call(port, "GET", "/api/v1/plans", bearer, timeout=10)
            statuses.append((time.monotonic(), status, answer))
            time.sleep(0.05)

    thread = threading.Thread(target=load)
    thread.start()
    time.sleep(1)
    pg_ctl("stop", "-m", "fast")
    stopped = time.monotonic()
    time.sleep(3)
    # Down until the start is asked for: PostgreSQL may accept connections before pg_ctl returns.
    restarting = time.monotonic()
    pg_ctl("start")
    started = time.monotonic()
    deadline = started + 30
    while time.monotonic() < deadline and not any(t > started and s == 200 for t, s, _ in statuses):
        time.sleep(0.2)
    stop.set()
    thread.join()
    assert process.poll() is None, "ktxh serve exited while PostgreSQL was down"
    down = [(s, a) for t, s, a in statuses if stopped + 0.5 < t < restarting]
    assert down and all(s == 503 for s, _ in down), sorted({s for s, _ in down})
    assert all("Không kết nối được" in a["detail"] for _, a in down), down[0]
    assert all(s in (200, 503) for _, s, _ in statuses), sorted({s for _, s, _ in statuses})
    back = [t for t, s, _ in statuses if t > started and s == 200]
    assert back, "no request succeeded after PostgreSQL started"
    log(f"postgres restart: {len(down)} requests answered 503 while down, 200 again {back[0] - started:.1f} s after the start")


def pg_ctl(*args):
    runas = os.environ.get("PGRUNAS", "").split()
    options = ["-o", f"-p {os.environ['PGPORT']} -c listen_addresses=127.0.0.1 -k {os.environ['PGDATA']}"]
    command = runas + [os.path.join(os.environ["PGBIN"], "pg_ctl"), "-D", os.environ["PGDATA"], "-w"]
    command += list(args) + (options + ["-l", os.path.join(os.environ["PGDATA"], "log")] if args[0] == "start" else [])
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def sqlite_busy():
    """Another process holding SQLite's write lock: a save waits for it (up to 10 s) and succeeds; past the bound it
    is refused in Vietnamese and nothing is half-saved."""
    db = new_database("sqlite", "busy")
    bearer = token(db, "kinhte")
    _, port = serve(db)
    form, revisions = numeric_figures(port, bearer)
    indicator = sorted(revisions)[0]

    def hold(seconds):
        con = sqlite3.connect(db, timeout=30, isolation_level=None)
        con.execute("BEGIN IMMEDIATE")
        time.sleep(seconds)
        con.execute("ROLLBACK")
        con.close()

    def save_while_held(seconds, value):
        holder = threading.Thread(target=hold, args=(seconds,))
        holder.start()
        time.sleep(0.3)
        body = {"figures": [{"indicator": indicator, "value": value, "revision": revisions[indicator]}]}
        answer = call(port, "POST", form, bearer, body, timeout=30)
        holder.join()
        return body, answer[0], answer[1]

    _, status, answer = save_while_held(2, 4242)
    assert status == 200, (status, answer)
    revisions[indicator] += 1
    body, status, answer = save_while_held(12, 4343)
    assert status == 503 and "đang bận" in answer["detail"], (status, answer)
    assert current(port, bearer, form)[indicator]["value"] == 4242
    status, _, _ = call(port, "POST", form, bearer, body)
    assert status == 200
    log("sqlite busy: a 2 s lock waited out, a 12 s lock refused with 503 «đang bận», the retry saved")


def full_disk():
    """A full disk (a file-size limit on the process) during an import: a clear error, the database as it was."""
    db = new_database("sqlite", "full")
    csv = os.path.join(WORK, "figures-full.csv")
    with open(csv, "w") as out:
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts/make_figures_csv.py"), db, "200000"], stdout=out, check=True)
    before = scalar(db, "SELECT COUNT(*) FROM observations")
    limit = os.path.getsize(db) + 2_000_000

    def limited():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run([BIN, "import", csv, "--db", db], capture_output=True, text=True, preexec_fn=limited)
    assert result.returncode == 1 and "đĩa đầy" in result.stderr, (result.returncode, result.stderr[-500:])
    assert scalar(db, "SELECT COUNT(*) FROM observations") == before
    assert scalar(db, "PRAGMA integrity_check") == "ok"
    log(f"full disk: «{result.stderr.strip()[:90]}…», {before} figures before and after")


def read_only():
    """A database its process may not write: the command line and the server refuse in Vietnamese, nothing is lost."""
    if os.geteuid() != 0:
        log("read-only: skipped (needs root to run ktxh as another user)")
        return
    folder = tempfile.mkdtemp(prefix="ktxh-ro.", dir=WORK)
    os.chmod(WORK, 0o755)
    os.chmod(folder, 0o755)
    db = os.path.join(folder, "ro.sqlite")
    ktxh("demo", "--no-serve", "--db", db)
    bearer = token(db, "kinhte")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.chmod(db + suffix, 0o644)
    before = scalar(db, "SELECT COUNT(*) FROM observations")
    cli = subprocess.run(
        ["runuser", "-u", "nobody", "--", BIN, "user", "add", "moi", "--role", "viewer", "--name", "Mới", "--db", db],
        capture_output=True, text=True)
    assert cli.returncode == 1 and "chỉ cho đọc" in cli.stderr, cli.stderr
    # SQLite in WAL mode must write its shared-memory file even to read: the server refuses to start, saying why.
    server = subprocess.run(
        ["runuser", "-u", "nobody", "--", BIN, "serve", "--db", db, "--port", str(next(PORTS))],
        capture_output=True, text=True, timeout=30)
    assert server.returncode == 1 and "chỉ cho đọc" in server.stderr, server.stderr
    assert scalar(db, "SELECT COUNT(*) FROM observations") == before
    log(f"read-only: the command line and the server refused «{cli.stderr.strip()[:80]}…», nothing lost")


SCENARIOS = {
    "kill-import-sqlite": lambda: kill_import("sqlite"),
    "kill-import-postgres": lambda: kill_import("postgres"),
    "kill-saves-sqlite": lambda: kill_saves("sqlite"),
    "kill-saves-postgres": lambda: kill_saves("postgres"),
    "two-servers": two_servers,
    "postgres-restart": postgres_restart,
    "sqlite-busy": sqlite_busy,
    "full-disk": full_disk,
    "read-only": read_only,
}

if __name__ == "__main__":
    chosen = sys.argv[1:] or list(SCENARIOS)
    failed = []
    for name in chosen:
        if "postgres" in name or name == "two-servers":
            if not PG:
                log(f"{name}: skipped (no KTXH_TEST_POSTGRES_URL)")
                continue
        print(f"- {name}", flush=True)
        started = time.monotonic()
        try:
            SCENARIOS[name]()
        except Exception as error:
            failed.append(name)
            print(f"  FAILED {name}: {error!r}", flush=True)
        finally:
            for process in SERVERS:
                if process.poll() is None:
                    process.kill()
                    process.wait()
            SERVERS.clear()
        log(f"({time.monotonic() - started:.1f} s)")
    subprocess.run(["rm", "-rf", WORK])
    if failed:
        sys.exit(f"fault tests failed: {', '.join(failed)}")
    print(f"fault tests: {len(chosen)} scenarios passed")
