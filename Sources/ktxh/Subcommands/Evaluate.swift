import ArgumentParser
import Foundation
import KTXHCore

struct Evaluate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Đánh giá một số liệu so với chỉ tiêu, theo đúng quy tắc của ktxh.",
        discussion: """
            Ví dụ: ktxh evaluate --target '>4.000' --actual '4.227' --period h1 --accumulation stock
                   ktxh evaluate --target 317 --actual 72,4 --period h1 --accumulation cumulative --json
            Số viết theo kiểu Việt Nam: dấu chấm phân nhóm nghìn, dấu phẩy thập phân (1.889,5).
            """)

    @Option(help: "Chỉ tiêu như văn bản viết: 317, '>4.000', '≥ 99', '02 - 2,5%', 'tăng 11%', 'Đạt'.")
    var target: String

    @Option(help: "Số liệu thực hiện: 72,4 hoặc 475/700 hoặc Đạt/Không.")
    var actual: String

    @Option(help: "Kỳ của số liệu: h1, 9m, q1…q4, m01…m12, year (cả năm, kỳ đã kết thúc).")
    var period: String = "year"

    @Option(help: "cumulative (lũy kế trong năm) hoặc stock (tại thời điểm).")
    var accumulation: Indicator.Accumulation = .stock

    @Option(help: "up (càng cao càng tốt) hoặc down (càng thấp càng tốt).")
    var direction: Indicator.Direction = .up

    @Option(help: "Số liệu cùng kỳ năm trước, để tính «so với cùng kỳ» và chỉ tiêu tăng/giảm.")
    var previous: String?

    @Flag(help: "In một đối tượng JSON: label, percentOfPlan, percentOfPrevious (làm tròn 2 chữ số).")
    var json = false

    func validate() throws {
        guard EvaluationRequest.period(period) != nil else {
            throw ValidationError("Kỳ «\(period)» không hợp lệ: dùng h1, 9m, q1…q4, m01…m12 hoặc year.")
        }
    }

    func run() async throws {
        let request = try EvaluationRequest(
            target: target, actual: actual, period: period, accumulation: accumulation, direction: direction,
            previous: previous)
        let evaluation = Evaluator.evaluate(request.input)
        print(json ? request.json(evaluation) : request.text(evaluation))
    }
}

extension Indicator.Accumulation: ExpressibleByArgument {}
extension Indicator.Direction: ExpressibleByArgument {}
