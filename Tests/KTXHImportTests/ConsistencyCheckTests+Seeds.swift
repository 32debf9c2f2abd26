import Foundation
import KTXHImport

/// The findings expected for the seeds, each read against the seed by hand.
extension ConsistencyCheckTests {
    /// Seed 001, the six-month report of Bắc Kạn city.
    static let seed001: [Expected] = [
        // "6.969/6ha đạt 116%KH": 6,969 ha written with a thousands dot.
        e(.percentage, [71], ["6.969/6", "116%", "116.150%"]),
        // Spending 130,928 of 512,594 tỷ đồng is 25,54% of the estimate, not 25,2%.
        e(.percentage, [109], ["130,928", "512,594", "25,2%", "25,54%"]),
        // "DVCTT toàn trình là 150/189, chiếm 80%": 79,37%.
        e(.percentage, [269], ["150/189", "80%", "79,37%"]),
        // National new-rural programme: 5.780 triệu đồng allotted, disbursement reported over 6.480.
        e(.restatement, [327], ["5.780", "93,295/6.480"]),
        // "20 trường học công lập¹⁷", footnote 17: 08 + 06 + 06 + 02 = 22 schools.
        e(.partsSum, [185, 193], ["20", "22"]),
        // Forest: target 140 ha in the text, 142 in the table.
        e(.textTable, [79, 473], ["140", "142"]),
        // Footnote 6: "trâu, bò, ngựa: 584/905 con"; the table's plan for đại gia súc is 580.
        e(.textTable, [87, 460], ["905", "580"]),
        // Jobs: 475/700 in the text, 423 in the table.
        e(.textTable, [235, 491], ["475", "423"]),
        // Line 307 states the civil-status work twice: 33 then 25 files of changes to civil status, 02 then 03
        // marriages with foreigners, 427 then 419 certified copies, 102 then 107 of them electronic.
        e(.restatement, [307], ["33", "25"]),
        e(.restatement, [307], ["02", "03"]),
        e(.restatement, [307], ["427", "419"]),
        e(.restatement, [307], ["102", "107"]),
    ]

    /// Seed 003, the report on completing the New Rural programme.
    static let seed003: [Expected] = [
        e(.percentage, [359], ["21/26", "82,35%", "80,77%"]),
        e(.percentage, [386], ["13/15", "93,33%", "86,67%"]),
        e(.percentage, [418], ["430/435", "90,86%", "98,85%"]),
        // The appendix (and its copy further down): Nông Thượng 2011 "96% (796/796 hộ)".
        e(.percentage, [795], ["796/796", "96%", "100%"]),
        e(.percentage, [799], ["2/3", "70%", "66,67%"]),
        e(.percentage, [818], ["2.619/2.817", "93,61%", "92,97%"]),
        // The text says 56/392 children (14,28%); the table 56/292.
        e(.percentage, [827], ["56/292", "14,29%", "19,18%"]),
        // The text says 75/80 households (93,75%); the table 78/80.
        e(.percentage, [836], ["78/80", "93,75%", "97,5%"]),
        // People in work: 2.373 + 2.169 = 4.542, the text says 4.528.
        e(.partsSum, [361], ["4.528", "4.542"]),
        e(.averagedRate, [335, 818], ["92,37 %", "5.066/5.502 = 92,08%"]),
        e(.averagedRate, [359], ["91,175%", "61/66 = 92,42%"]),
        e(.averagedRate, [362, 824], ["37,03 %", "1.659/4.542 = 36,53%"]),
        // Village culture: 7/9 and 13/15 villages are 20/24, not 96%.
        e(.groupRate, [386], ["96%", "20/24 = 83,33%"]),
        // The text against the appendix's 2020 column of each commune (Dương Quang first, Nông Thượng second):
        // Nông Thượng has 02 cooperatives in the text, 01 in row 13.1 (Dương Quang's 2 agree).
        e(.textTable, [341, 819], ["02", "01"]),
        // Nông Thượng's stunted children: 56/392 (14,28%, right) in the text, 56/292 in row 15.3.
        e(.textTable, [376, 827], ["56/392", "56/292"]),
        // Dương Quang's cultural villages: 7/9 = 77,8% in the text, 80% in row 16 (Nông Thượng's 93,33% and
        // 93,30% agree to the table's digits).
        e(.textTable, [386, 828], ["77,8%", "80%"]),
        // Nông Thượng's hygienic livestock pens: 75/80 (93,75%, right) in the text, 78/80 in row 17.7.
        e(.textTable, [418, 836], ["75/80", "78/80"]),
        // Row 11 in 2011: 7,2% and 4% both meet "<12%", yet the row counts 0/2 communes.
        e(.criteriaCount, [817], ["0/2 xã", "2/2 xã"]),
        // Nông Thượng in 2011: the summary marks criterion 8 (line 60) and totals 4/19 (line 72, and the text
        // at line 50), but sub-criterion 8.2 is "Chưa đạt" (line 808), so criterion 8 was not met: 3/19.
        e(.criteriaCount, [50, 60, 72, 808], ["4/19", "3/19"]),
    ]

    /// Seed 000, the council's 2025 resolution: its text against its own appendix.
    static let seed000: [Expected] = [
        // Vaccination "từ 90% trở lên" (line 73) but ">90" in the appendix (line 214): 90% meets one, not the other.
        // Wording only, not reported: trained labour "75% trở lên" beside "75" (both met from 75 up); traffic
        // accidents "giảm … so với năm 2024" beside "Giảm 03 tiêu chí so với cùng kỳ" (no size in the text).
        e(.targetMismatch, [73, 214], ["từ 90% trở lên", ">90"])
    ]
}
