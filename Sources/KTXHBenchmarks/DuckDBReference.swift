import Foundation

/// The roll-up's outside reference: the same figures exported from the SQLite file to CSV, loaded into DuckDB
/// (PyPI `duckdb`) in memory, and the same aggregation (current version of each figure, summed per province and
/// indicator) timed warm, median of five.
enum DuckDBReference {
    static func seconds(database: String, period: String, work: URL) throws -> Double? {
        guard MeasuredProcess.find("python3") != nil else { return nil }
        let output = work.appendingPathComponent("duckdb-seconds.txt")
        try? FileManager.default.removeItem(at: output)
        let csv = work.appendingPathComponent("rollup-figures.csv").path
        try MeasuredProcess.run(["python3", "-c", script, database, period, csv, output.path])
        let text = try String(contentsOf: output, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        return Double(text)
    }

    static let script = """
        import csv, sqlite3, statistics, sys, time
        import duckdb
        db, period, path, out = sys.argv[1:5]
        rows = sqlite3.connect(db).execute(
            "SELECT o.id, o.unit_code, v.parent_code, o.indicator_code, o.kind, o.value, o.numerator, o.denominator "
            "FROM observations o JOIN admin_unit_versions v ON v.code = o.unit_code AND v.valid_to IS NULL "
            "WHERE o.period = ? AND LENGTH(o.unit_code) = 5", (period,))
        with open(path, "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["id", "unit", "province", "indicator", "kind", "value", "numerator", "denominator"])
            w.writerows(rows)
        con = duckdb.connect()
        con.execute(f"CREATE TABLE o AS SELECT * FROM read_csv('{path}', header = true, types = {{'value': 'DOUBLE', "
                    "'numerator': 'DOUBLE', 'denominator': 'DOUBLE', 'unit': 'VARCHAR', 'province': 'VARCHAR'})")
        query = '''
            WITH current AS (
                SELECT *, ROW_NUMBER() OVER (PARTITION BY unit, indicator
                    ORDER BY CASE kind WHEN 'actual' THEN 1 ELSE 0 END DESC, id DESC) AS rank FROM o)
            SELECT province, indicator, SUM(value), SUM(numerator), SUM(denominator), COUNT(*)
            FROM current WHERE rank = 1 GROUP BY province, indicator'''
        con.execute(query).fetchall()
        times = []
        for _ in range(5):
            start = time.perf_counter()
            con.execute(query).fetchall()
            times.append(time.perf_counter() - start)
        open(out, "w").write(str(statistics.median(times)))
        """
}
