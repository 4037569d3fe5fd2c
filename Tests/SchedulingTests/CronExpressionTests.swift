import Foundation
import Testing
@testable import Scheduling
import ShopSyncCore

@Suite("cron expressions")
struct CronExpressionTests {
    @Test("stars, lists, ranges and steps expand to the values they name")
    func expandsFields() {
        let expression = cron("*/15 6-22/4 1,15,31 * 1-5")
        #expect(expression.values(of: .minute) == [0, 15, 30, 45])
        #expect(expression.values(of: .hour) == [6, 10, 14, 18, 22])
        #expect(expression.values(of: .dayOfMonth) == [1, 15, 31])
        #expect(expression.values(of: .month) == Array(1...12))
        #expect(expression.values(of: .dayOfWeek) == [1, 2, 3, 4, 5])
    }

    @Test("a value with a step runs from that value to the end of the field")
    func valueWithStep() {
        #expect(cron("5/20 * * * *").values(of: .minute) == [5, 25, 45])
        #expect(cron("1-30/10 * * * *").values(of: .minute) == [1, 11, 21])
        #expect(cron("* * * * */2").values(of: .dayOfWeek) == [0, 2, 4, 6])
    }

    @Test("months and weekdays take names in any letter case")
    func names() {
        let expression = cron("0 9 * JAN,jul-Sep mon-FRI")
        #expect(expression.values(of: .month) == [1, 7, 8, 9])
        #expect(expression.values(of: .dayOfWeek) == [1, 2, 3, 4, 5])
    }

    @Test("day-of-week 0 and 7 both mean Sunday")
    func sundayTwice() {
        #expect(cron("0 0 * * 7").values(of: .dayOfWeek) == [0])
        #expect(cron("0 0 * * 0").values(of: .dayOfWeek) == [0])
        #expect(cron("0 0 * * 5-7").values(of: .dayOfWeek) == [0, 5, 6])
    }

    @Test("shorthands expand to their five fields")
    func shorthands() {
        #expect(cron("@daily").timesOfDay == [at("00:00")])
        #expect(cron("@hourly").timesOfDay.count == 24)
        #expect(cron("@weekly").values(of: .dayOfWeek) == [0])
        #expect(cron("@yearly").values(of: .month) == [1])
        #expect(cron("@Monthly").text == "@Monthly")
    }

    @Test("when both day fields are restricted, either one matching is enough")
    func dayFieldsOrRule() {
        let expression = cron("0 0 13 * fri")
        #expect(expression.matches(CivilDate(year: 2026, month: 1, day: 2)!))   // a Friday
        #expect(expression.matches(CivilDate(year: 2026, month: 1, day: 13)!))  // a Tuesday
        #expect(!expression.matches(CivilDate(year: 2026, month: 1, day: 14)!))
    }

    @Test("when one day field is a star, the other alone decides")
    func dayFieldsAndRule() {
        let byWeekday = cron("0 0 * * fri")
        #expect(byWeekday.matches(CivilDate(year: 2026, month: 1, day: 2)!))
        #expect(!byWeekday.matches(CivilDate(year: 2026, month: 1, day: 13)!))
        let byMonthDay = cron("0 0 13 * *")
        #expect(!byMonthDay.matches(CivilDate(year: 2026, month: 1, day: 2)!))
        #expect(byMonthDay.matches(CivilDate(year: 2026, month: 1, day: 13)!))
        let stepped = cron("0 0 */10 * fri")
        #expect(stepped.matches(CivilDate(year: 2026, month: 1, day: 11)!))  // 11 = 1 + 10, a Sunday
    }

    @Test("cron text survives a round trip through JSON")
    func codable() throws {
        let expression = cron("*/15 6-22 * * 1-5")
        let data = try JSONEncoder().encode(expression)
        #expect(String(decoding: data, as: UTF8.self) == #""*\/15 6-22 * * 1-5""#)
        #expect(try JSONDecoder().decode(CronExpression.self, from: data) == expression)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(CronExpression.self, from: Data(#""61 * * * *""#.utf8))
        }
    }
}

@Suite("cron expression errors")
struct CronErrorTests {
    /// Each impossible expression, the error it gives, and the text under the caret.
    static let cases: [(text: String, error: ScheduleError, culprit: String)] = [
        ("61 * * * *", .cronValueOutOfRange(field: .minute, value: 61, range: 0..<2), "61"),
        ("*/15 25 * * *", .cronValueOutOfRange(field: .hour, value: 25, range: 5..<7), "25"),
        ("0 0 32 * *", .cronValueOutOfRange(field: .dayOfMonth, value: 32, range: 4..<6), "32"),
        ("0 0 0 * *", .cronValueOutOfRange(field: .dayOfMonth, value: 0, range: 4..<5), "0"),
        ("0 0 * 13 *", .cronValueOutOfRange(field: .month, value: 13, range: 6..<8), "13"),
        ("0 0 * * 8", .cronValueOutOfRange(field: .dayOfWeek, value: 8, range: 8..<9), "8"),
        ("*/0 * * * *", .cronZeroStep(field: .minute, range: 2..<3), "0"),
        ("0 22-6 * * *",
         .cronReversedRange(field: .hour, lower: 22, upper: 6, range: 2..<6), "22-6"),
        ("0 0 * foo *", .cronUnknownName(field: .month, name: "foo", range: 6..<9), "foo"),
        ("0 0 * * 1,,2", .cronMissingValue(field: .dayOfWeek, range: 10..<11), ","),
        ("0 0 * * 1-", .cronMissingValue(field: .dayOfWeek, range: 10..<11), ""),
        ("1x * * * *", .cronUnexpectedText("1x", field: .minute, range: 0..<2), "1x"),
        ("0 0 * *", .cronFieldCount(found: 4, range: 0..<7), "0 0 * *"),
        ("0 0 * * * 2026", .cronFieldCount(found: 6, range: 10..<14), "2026"),
        ("0 0 31 2 *", .cronDayNeverOccurs(range: 4..<6), "31"),
        ("0 0 30,31 feb *", .cronDayNeverOccurs(range: 4..<9), "30,31"),
        ("@reboot", .cronUnknownMacro("@reboot", range: 0..<7), "@reboot"),
    ]

    @Test("an impossible cron expression is an error pointing at its culprit",
          arguments: cases.indices)
    func pointsAtCulprit(index: Int) {
        let (text, expected, culprit) = Self.cases[index]
        let error = scheduleError { _ = try CronExpression(parsing: text) }
        #expect(error == expected)
        let characters = Array(text)
        let range = error?.range ?? 0..<0
        let marked = range.upperBound <= characters.count ? String(characters[range]) : ""
        #expect(marked == culprit)
    }

    @Test("cron error messages name the field and the value")
    func messages() {
        let error = scheduleError { _ = try CronExpression(parsing: "61 * * * *") }
        #expect(error?.description == "minute 61 is out of range 0-59")
        #expect(ScheduleError.cronReversedRange(field: .hour, lower: 22, upper: 6, range: 0..<1)
            .description == "hour range 22-6 ends before it starts")
        #expect(ScheduleError.cronFieldCount(found: 4, range: 0..<1).description
            == "expected 5 cron fields (minute hour day-of-month month day-of-week), found 4")
        #expect(error?.clause == .recurrence)
    }

    @Test("a day-of-month that only leap years have is not an error")
    func leapDayIsPossible() {
        #expect(scheduleError { _ = try CronExpression(parsing: "0 0 29 2 *") } == nil)
        #expect(scheduleError { _ = try CronExpression(parsing: "0 0 31 2 mon") } == nil)
    }
}
