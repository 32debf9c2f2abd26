import ArgumentParser
import Foundation
import KTXHBenchmarks
import KTXHDocuments
import KTXHWorkflows

struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Đo hiệu năng của mọi phép đo, mỗi số bên cạnh công cụ tham chiếu đo trong cùng lần chạy.",
        subcommands: [All.self, XLSX.self, BenchRollUp.self], defaultSubcommand: All.self)

    /// `ktxh bench [--quick] [--json] [--db URL]`: the default, so that the subcommands keep their own `--json`.
    struct All: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "all",
            abstract: "Chạy mọi phép đo và ghi lại phần đầu của BENCHMARKS.md (mặc định của ktxh bench).",
            discussion: """
                Không có lệnh con: chạy tất cả (nhập 1.000.000 dòng so với sqlite3 .import và psql \\copy; tổng hợp \
                một tỉnh và 34 tỉnh so với câu GROUP BY viết tay và DuckDB; tải HTTP bằng wrk: danh sách kế hoạch, \
                bảng tiến độ, bảng tổng hợp của tỉnh và lưu số liệu của nhiều cán bộ cùng lúc, so với /healthz; ghi \
                XLSX so với XlsxWriter và libxlsxwriter; thời gian tổng hợp theo số xã và số năm) rồi ghi lại phần \
                đầu của BENCHMARKS.md. Chạy từ thư mục mã nguồn, với bản dựng release: \
                swift build -c release && .build/release/ktxh bench.
                """)

        @Flag(help: "Cỡ nhỏ, vài chục giây: để kiểm tra mã đo không hỏng; không ghi BENCHMARKS.md.")
        var quick = false

        @Flag(
            help:
                "In kết quả dạng JSON: {\"machine\": …, \"results\": [{\"name\", \"ktxh\", \"reference\", \"ratio\", \"unit\"}]}."
        )
        var json = false

        @Option(help: "Một cơ sở dữ liệu PostgreSQL trống dành riêng để đo (postgres://…); nội dung của nó bị xóa.")
        var db: String?

        @Option(help: "Tệp kết quả để ghi lại (mặc định BENCHMARKS.md, trừ khi --quick hoặc --only).")
        var output: String?

        @Option(
            parsing: .upToNextOption,
            help: "Chỉ chạy các phần này (import, rollup, http, xlsx, scaling); không ghi BENCHMARKS.md trừ khi có --output.")
        var only: [String] = []

        func validate() throws {
            for part in only where BenchmarkPart(rawValue: part) == nil {
                throw ValidationError("--only nhận import, rollup, http, xlsx, scaling; không có phần «\(part)».")
            }
        }

        func run() async throws {
            if let db, !db.hasPrefix("postgres") {
                throw ValidationError("--db chỉ nhận một địa chỉ postgres://; SQLite luôn được đo trên tệp tạm.")
            }
            let report: BenchmarkReport
            do {
                report = try await BenchmarkSuite.run(
                    sizes: quick ? .quick : .full, quick: quick, postgres: db,
                    parts: only.isEmpty ? Set(BenchmarkPart.allCases) : Set(only.compactMap(BenchmarkPart.init)),
                    now: CLIClock.now(), progress: ProgressOutput.line)
            } catch let error as BenchmarkError {
                throw CommandError(userMessage: error.description)
            }
            if let path = output ?? (quick || !only.isEmpty ? nil : "BENCHMARKS.md") {
                let current = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "# Benchmarks\n\n"
                try BenchmarksMarkdown.rewrite(current, with: report).write(toFile: path, atomically: true, encoding: .utf8)
            }
            print(json ? JSONText.encode(report.jsonObject) : BenchmarksMarkdown.section(report))
        }
    }

    struct XLSX: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "xlsx",
            abstract: "Ghi bảng 3.321 đơn vị × 60 chỉ tiêu (199.260 dòng, 9 cột) ra tệp XLSX và in thời gian.")

        @Option(help: "Số dòng số liệu (mặc định 199260 = 3.321 × 60).")
        var rows = SyntheticSheet.units * SyntheticSheet.indicators

        @Option(name: [.customShort("o"), .customLong("output")], help: "Tệp kết quả.")
        var output = "bench.xlsx"

        @Flag(help: "In kết quả dạng JSON.")
        var json = false

        func validate() throws {
            guard rows > 0 else { throw ValidationError("--rows phải lớn hơn 0.") }
        }

        func run() async throws {
            let summary = try SyntheticSheet.write(rows: rows, to: URL(fileURLWithPath: output))
            if json {
                print(
                    JSONText.encode([
                        "rows": summary.rows, "cells": summary.cells, "seconds": summary.seconds, "bytes": summary.bytes,
                    ]))
            } else {
                print("\(summary.rows) dòng, \(summary.cells) ô, \(summary.bytes) byte trong \(summary.seconds) giây.")
            }
        }
    }
}
