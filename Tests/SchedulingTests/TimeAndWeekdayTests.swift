import Foundation
import Testing
@testable import Scheduling
import ShopSyncCore

@Suite("times of day and weekdays")
struct TimeAndWeekdayTests {
    @Test("a time of day is read from HH:MM or HH:MM:SS and printed back")
    func parsesTimes() throws {
        #expect(try LocalTime(parsing: "06:00") == LocalTime(hour: 6))
        #expect(try LocalTime(parsing: "6:05").description == "06:05")
        #expect(try LocalTime(parsing: "23:59:30").description == "23:59:30")
        #expect(try LocalTime(parsing: "12:30").secondsIntoDay == 45_000)
    }

    @Test("a time of day outside 00:00:00-23:59:59 is an error")
    func rejectsImpossibleTimes() {
        #expect(scheduleError { _ = try LocalTime(hour: 0, minute: 61) }
            == .timeOutOfRange(hour: 0, minute: 61, second: 0))
        #expect(scheduleError { _ = try LocalTime(parsing: "24:00") }
            == .timeOutOfRange(hour: 24, minute: 0, second: 0))
        #expect(ScheduleError.timeOutOfRange(hour: 6, minute: 61, second: 0).description
            == "06:61 is not a time of day (hours run 0-23, minutes and seconds 0-59)")
        for text in ["6h", "06:0", "06:00:", "06-00", "", "０6:00", "1:2:3:4"] {
            #expect(scheduleError { _ = try LocalTime(parsing: text) } == .invalidTimeText(text))
        }
    }

    @Test("weekdays are read from short or full names in any letter case")
    func parsesWeekdays() {
        #expect(Weekday(parsing: "mon") == .monday)
        #expect(Weekday(parsing: "Monday") == .monday)
        #expect(Weekday(parsing: "SUN") == .sunday)
        #expect(Weekday(parsing: "mo") == nil)
        #expect(Weekday.sunday.cronNumber == 0 && Weekday.saturday.cronNumber == 6)
    }

    @Test("a weekday range includes both ends")
    func weekdayRange() throws {
        let set = try WeekdaySet(parsing: "mon..fri")
        #expect(set == .workdays)
        #expect(set.days == [.monday, .tuesday, .wednesday, .thursday, .friday])
        #expect(set.description == "Mon-Fri")
    }

    @Test("a weekday range that ends before it starts wraps over the weekend")
    func weekdayWrapAround() throws {
        let set = try WeekdaySet(parsing: "fri..mon")
        #expect(set.days == [.monday, .friday, .saturday, .sunday])
        #expect(set.description == "Fri-Mon")
        #expect(try WeekdaySet(parsing: "sun..sun").days == [.sunday])
    }

    @Test("weekday lists mix single days and ranges")
    func weekdayLists() throws {
        #expect(try WeekdaySet(parsing: "mon, wed,Friday").description == "Mon, Wed, Fri")
        #expect(try WeekdaySet(parsing: "sat..sun,wed").description == "Wed, Sat-Sun")
        #expect(try WeekdaySet(parsing: "mon..sun").description == "every day")
    }

    @Test("an unknown weekday is an error pointing at its name")
    func unknownWeekday() {
        #expect(scheduleError { _ = try WeekdaySet(parsing: "mon..fry") }
            == .unknownWeekday("fry", range: 5..<8))
        #expect(scheduleError { _ = try WeekdaySet(parsing: "mon, tues") }
            == .unknownWeekday("tues", range: 5..<9))
        #expect(scheduleError { _ = try WeekdaySet(parsing: "mon,,tue") }
            == .unknownWeekday("", range: 4..<5))
    }

    @Test("civil dates agree with Foundation's Gregorian calendar")
    func civilDatesMatchFoundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        for days in stride(from: -130_000, through: 800_000, by: 997) {
            let date = CivilDate(daysSinceEpoch: days)
            let parts = calendar.dateComponents(
                [.year, .month, .day, .weekday],
                from: Date(timeIntervalSince1970: TimeInterval(days * 86_400)))
            #expect([date.year, date.month, date.day] == [parts.year, parts.month, parts.day])
            #expect(date.weekday.cronNumber + 1 == parts.weekday)
            #expect(date.daysSinceEpoch == days)
        }
    }
}
