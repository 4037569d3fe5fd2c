import Foundation
import Testing
import Scheduling

@Suite("schedule validation, description and storage")
struct ScheduleValidationTests {
    static let dayWindow = DailyWindow(start: at("06:00"), end: at("22:00"))

    /// Each impossible schedule and the error it gives.
    static let impossible: [(Schedule, ScheduleError)] = [
        (Schedule(.every(seconds: 0)), .intervalTooShort(seconds: 0)),
        (Schedule(.every(seconds: 30)), .intervalTooShort(seconds: 30)),
        (Schedule(.every(seconds: 90)), .intervalNotWholeMinutes(seconds: 90)),
        (Schedule(.every(seconds: 2 * 86_400)), .intervalTooLong(seconds: 172_800)),
        (Schedule(.dailyAt([])), .noDailyTimes),
        (Schedule(.every(seconds: 60), weekdays: WeekdaySet()), .noWeekdays),
        (Schedule(.every(seconds: 60), window: DailyWindow(start: at("22:00"), end: at("06:00"))),
         .windowEndsBeforeStart(start: at("22:00"), end: at("06:00"))),
        (Schedule(.every(seconds: 60), window: DailyWindow(start: at("06:00"), end: at("06:00"))),
         .windowEndsBeforeStart(start: at("06:00"), end: at("06:00"))),
        (Schedule(.dailyAt([at("07:00"), at("23:00")]), window: dayWindow),
         .timeOutsideWindow(at("23:00"), window: dayWindow)),
        (Schedule(.cron(cron("0 23 * * *")), window: dayWindow),
         .cronOutsideWindow(window: dayWindow)),
        (Schedule(.every(seconds: 60), timeZone: "Mars/Olympus"), .unknownTimeZone("Mars/Olympus")),
        (Schedule(.every(seconds: 60), graceSeconds: -5), .negativeGrace(seconds: -5)),
        (Schedule(.cron(cron("0 0 * * mon")), weekdays: [.tuesday]), .neverFires),
    ]

    @Test("an impossible schedule is an error saying why", arguments: impossible.indices)
    func rejectsImpossible(index: Int) {
        let (schedule, expected) = Self.impossible[index]
        #expect(scheduleError { try schedule.validate() } == expected)
    }

    @Test("errors name the clause they belong to and read as sentences")
    func errorClausesAndMessages() {
        let overnight = ScheduleError.windowEndsBeforeStart(start: at("22:00"), end: at("06:00"))
        #expect(overnight.description
            == "the window ends at 06:00, which is not after its start at 22:00")
        #expect(overnight.clause == .window)
        #expect(ScheduleError.intervalTooShort(seconds: 0).description
            == "an interval of 0 seconds is too short, the minimum is 1 minute")
        #expect(ScheduleError.unknownTimeZone("X").clause == .timeZone)
        #expect(ScheduleError.negativeGrace(seconds: -1).clause == .grace)
        #expect(ScheduleError.unknownWeekday("x", range: 0..<1).clause == .weekdays)
    }

    @Test("possible schedules pass, including rare ones")
    func acceptsPossible() {
        let schedules = [
            Schedule(.every(seconds: 60)),
            Schedule(.every(seconds: 86_400), timeZone: "Europe/Paris"),
            Schedule(.dailyAt([at("06:00"), at("22:00")]), window: Self.dayWindow),
            Schedule(.cron(cron("0 0 29 2 *")), weekdays: [.monday], graceSeconds: 0),
        ]
        for schedule in schedules {
            #expect(scheduleError { try schedule.validate() } == nil, "\(schedule)")
        }
    }

    @Test("a schedule describes itself in the words of the language")
    func descriptions() throws {
        let orders = Schedule(.every(seconds: 600), weekdays: try WeekdaySet(parsing: "mon..fri"),
                              window: Self.dayWindow, timeZone: "Europe/Paris")
        #expect(orders.description
            == "every 10 minutes on Mon-Fri between 06:00 and 22:00 (Europe/Paris)")
        let stock = Schedule(.dailyAt([at("06:00"), at("12:30")]), graceSeconds: 1800)
        #expect(stock.description == "daily at 06:00, 12:30 (UTC), grace 30m")
        let crons = Schedule(.cron(cron("*/15 6-22 * * 1-5")), timeZone: "America/New_York")
        #expect(crons.description == "cron \"*/15 6-22 * * 1-5\" (America/New_York)")
        #expect(Schedule(.every(seconds: 60)).description == "every minute (UTC)")
        let everyDay = Schedule(.every(seconds: 7200), weekdays: .all)
        #expect(everyDay.description == "every 2 hours (UTC)")
    }

    @Test("a schedule survives a round trip through JSON")
    func codableRoundTrip() throws {
        let schedules = [
            Schedule(.every(seconds: 600), weekdays: .workdays, window: Self.dayWindow,
                     timeZone: "Europe/Paris", graceSeconds: 1800),
            Schedule(.dailyAt([at("06:00"), at("12:30:15")])),
            Schedule(.cron(cron("@daily"))),
        ]
        for schedule in schedules {
            let data = try JSONEncoder().encode(schedule)
            #expect(try JSONDecoder().decode(Schedule.self, from: data) == schedule)
        }
    }

    @Test("a stored schedule is validated when it is read back")
    func decodingValidates() throws {
        let json = #"""
            {"recurrence": {"every": 600}, "weekdays": ["mon", "fri"], "timeZone": "Europe/Paris"}
            """#
        let schedule = try JSONDecoder().decode(Schedule.self, from: Data(json.utf8))
        #expect(schedule.weekdays == [.monday, .friday])
        #expect(schedule.graceSeconds == Schedule.defaultGraceSeconds)
        let broken = #"{"recurrence": {"every": 0}}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Schedule.self, from: Data(broken.utf8))
        }
    }
}
