/// The state's reporting regime (Nghị định 09/2019/NĐ-CP) cuts a period's data on the 14th:
/// 6 months run from 15/12 of the previous year to 14/6, the year from 15/12 to 14/12.
extension Period {
    /// The first and last day whose data belong to this period under Nghị định 09/2019/NĐ-CP.
    public var reportingWindow: (start: CalendarDay, end: CalendarDay) {
        let startMonth = months.lowerBound
        let start =
            startMonth == 1
            ? CalendarDay(checked: year - 1, 12, 15)
            : CalendarDay(checked: year, startMonth - 1, 15)
        return (start, CalendarDay(checked: lastYear, months.upperBound, 14))
    }

    /// Vietnamese name of the period as a report title writes it: "6 tháng đầu năm 2024", "năm 2024".
    public var vietnameseName: String {
        switch kind {
        case .year: "năm \(year)"
        case .half(1): "6 tháng đầu năm \(year)"
        case .half: "6 tháng cuối năm \(year)"
        case .nineMonths: "9 tháng năm \(year)"
        case .quarter(let q): "quý \(["I", "II", "III", "IV"][max(0, min(3, q - 1))]) năm \(year)"
        case .month(let m): "tháng \(m) năm \(year)"
        case .term(let last): "giai đoạn \(year) - \(last)"
        }
    }
}
