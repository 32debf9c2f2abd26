import ArgumentParser
import Foundation
import KTXHDocuments

struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Đo hiệu năng: ghi một bảng lớn ra XLSX (xem scripts/bench_xlsx.sh và BENCHMARKS.md).",
        subcommands: [XLSX.self, BenchRollUp.self])

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
