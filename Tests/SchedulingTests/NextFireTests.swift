import Foundation
import Testing
import Scheduling

@Suite("next fire times")
struct NextFireTests {
    @Test("every N minutes fires on the N-minute grid counted from midnight")
    func everyMinutes() {
        let schedule = Schedule(.every(seconds: 600))
        #expect(next(schedule, after: "2026-06-01T10:03:20Z") == "2026-06-01T10:10:00Z")
        #expect(next(schedule, after: "2026-06-01T23:55:00Z") == "2026-06-02T00:00:00Z")
    }

    @Test("the next fire is strictly after the given instant")
    func strictlyAfter() {
        let schedule = Schedule(.every(seconds: 600))
        #expect(next(schedule, after: "2026-06-01T10:10:00Z") == "2026-06-01T10:20:00Z")
        let fractional = instant("2026-06-01T10:09:59Z").addingTimeInterval(0.999)
        #expect(iso(schedule.nextFire(after: fractional)) == "2026-06-01T10:10:00Z")
    }

    @Test("an interval that does not divide the day restarts at midnight")
    func intervalRestartsAtMidnight() {
        let schedule = Schedule(.every(seconds: 7 * 60))
        let fires = schedule.nextFires(after: instant("2026-06-01T23:50:00Z"), count: 3)
        #expect(fires.map(iso) == ["2026-06-01T23:55:00Z", "2026-06-02T00:00:00Z",
                                   "2026-06-02T00:07:00Z"])
    }

    @Test("daily times fire each day in order")
    func dailyTimes() {
        let schedule = Schedule(.dailyAt([at("12:30"), at("06:00")]))
        let fires = schedule.nextFires(after: instant("2026-06-01T07:00:00Z"), count: 3)
        #expect(fires.map(iso) == ["2026-06-01T12:30:00Z", "2026-06-02T06:00:00Z",
                                   "2026-06-02T12:30:00Z"])
    }

    @Test("next runs previews five computed times")
    func previewOfFive() {
        let schedule = Schedule(.cron(cron("*/15 6-22 * * 1-5")), timeZone: "America/New_York")
        let fires = schedule.nextFires(after: instant("2026-06-05T22:40:00-04:00"), count: 5)
        #expect(fires.map { wall($0, in: "America/New_York") } == [
            "2026-06-05 22:45 -0400", "2026-06-08 06:00 -0400", "2026-06-08 06:15 -0400",
            "2026-06-08 06:30 -0400", "2026-06-08 06:45 -0400",
        ])
    }

    @Test("weekdays keep a schedule to the chosen days")
    func weekdaysOnly() {
        let schedule = Schedule(.dailyAt([at("09:00")]), weekdays: .workdays)
        let fires = schedule.nextFires(after: instant("2026-06-05T10:00:00Z"), count: 2)
        #expect(fires.map(iso) == ["2026-06-08T09:00:00Z", "2026-06-09T09:00:00Z"])
    }

    @Test("a wrapped weekday range fires from Friday to Monday")
    func wrappedWeekdays() throws {
        let weekdays = try WeekdaySet(parsing: "fri..mon")
        let schedule = Schedule(.dailyAt([at("09:00")]), weekdays: weekdays)
        let fires = schedule.nextFires(after: instant("2026-06-02T00:00:00Z"), count: 5)
        #expect(fires.map(iso) == ["2026-06-05T09:00:00Z", "2026-06-06T09:00:00Z",
                                   "2026-06-07T09:00:00Z", "2026-06-08T09:00:00Z",
                                   "2026-06-12T09:00:00Z"])
    }

    @Test("a window starts the day's runs at its start and includes its end")
    func windowBounds() {
        let window = DailyWindow(start: at("06:00"), end: at("22:00"))
        let schedule = Schedule(.every(seconds: 600), weekdays: .workdays, window: window)
        #expect(next(schedule, after: "2026-06-01T01:00:00Z") == "2026-06-01T06:00:00Z")
        #expect(next(schedule, after: "2026-06-01T21:55:00Z") == "2026-06-01T22:00:00Z")
        #expect(next(schedule, after: "2026-06-01T22:00:00Z") == "2026-06-02T06:00:00Z")
        #expect(next(schedule, after: "2026-06-05T22:00:00Z") == "2026-06-08T06:00:00Z")
    }

    @Test("intervals in a window count from the window's start")
    func windowAnchorsInterval() {
        let window = DailyWindow(start: at("06:05"), end: at("07:00"))
        let schedule = Schedule(.every(seconds: 25 * 60), window: window)
        let fires = schedule.nextFires(after: instant("2026-06-01T00:00:00Z"), count: 4)
        #expect(fires.map(iso) == ["2026-06-01T06:05:00Z", "2026-06-01T06:30:00Z",
                                   "2026-06-01T06:55:00Z", "2026-06-02T06:05:00Z"])
    }

    @Test("a cron in a window only fires inside it")
    func cronInWindow() {
        let window = DailyWindow(start: at("08:30"), end: at("10:00"))
        let schedule = Schedule(.cron(cron("0,30 * * * *")), window: window)
        let fires = schedule.nextFires(after: instant("2026-06-01T00:00:00Z"), count: 5)
        #expect(fires.map(iso) == ["2026-06-01T08:30:00Z", "2026-06-01T09:00:00Z",
                                   "2026-06-01T09:30:00Z", "2026-06-01T10:00:00Z",
                                   "2026-06-02T08:30:00Z"])
    }

    @Test("local times are read in the schedule's time zone")
    func timeZones() {
        let summerParis = Schedule(.dailyAt([at("06:00")]), timeZone: "Europe/Paris")
        #expect(next(summerParis, after: "2026-07-01T00:00:00Z") == "2026-07-01T04:00:00Z")
        #expect(next(summerParis, after: "2026-01-01T00:00:00Z") == "2026-01-01T05:00:00Z")
        let kolkata = Schedule(.dailyAt([at("06:00")]), timeZone: "Asia/Kolkata")
        #expect(next(kolkata, after: "2026-07-01T00:00:00Z") == "2026-07-01T00:30:00Z")
        let tokyo = Schedule(.dailyAt([at("00:15")]), weekdays: [.monday], timeZone: "Asia/Tokyo")
        // Monday 00:15 in Tokyo is still Sunday in UTC.
        #expect(next(tokyo, after: "2026-06-01T00:00:00Z") == "2026-06-07T15:15:00Z")
    }

    @Test("a leap-day cron jumps to the next Feb 29, skipping 2100")
    func leapDayCron() {
        let schedule = Schedule(.cron(cron("0 0 29 2 *")))
        #expect(next(schedule, after: "2026-01-01T00:00:00Z") == "2028-02-29T00:00:00Z")
        #expect(next(schedule, after: "2096-02-29T00:00:00Z") == "2104-02-29T00:00:00Z")
    }

    @Test("a sparse cron on a weekday finds its rare days")
    func sparseCronWithWeekdays() {
        // Feb 29 falls on a Monday in 2016, 2044, 2072...
        let schedule = Schedule(.cron(cron("30 12 29 feb *")), weekdays: [.monday])
        let fires = schedule.nextFires(after: instant("2017-01-01T00:00:00Z"), count: 2)
        #expect(fires.map(iso) == ["2044-02-29T12:30:00Z", "2072-02-29T12:30:00Z"])
    }

    @Test("the day rule fires on the 13th and on Fridays")
    func cronOrRuleFires() {
        let schedule = Schedule(.cron(cron("0 8 13 * fri")))
        let fires = schedule.nextFires(after: instant("2026-01-01T00:00:00Z"), count: 4)
        #expect(fires.map(iso) == ["2026-01-02T08:00:00Z", "2026-01-09T08:00:00Z",
                                   "2026-01-13T08:00:00Z", "2026-01-16T08:00:00Z"])
    }

    @Test("an invalid schedule has no next fire")
    func invalidHasNoFire() {
        #expect(next(Schedule(.every(seconds: 0)), after: "2026-01-01T00:00:00Z") == "nil")
        let marsTime = Schedule(.every(seconds: 60), timeZone: "Mars/Olympus")
        #expect(marsTime.nextFire(after: instant("2026-01-01T00:00:00Z")) == nil)
        #expect(marsTime.nextFires(after: instant("2026-01-01T00:00:00Z"), count: 5).isEmpty)
    }

    @Test("instants at the edges of time get an answer, not a crash")
    func edgesOfTime() {
        let schedule = Schedule(.every(seconds: 60))
        #expect(iso(schedule.nextFire(after: .distantFuture)) == "4001-01-01T00:01:00Z")
        #expect(schedule.nextFire(after: Date(timeIntervalSince1970: .infinity)) == nil)
    }
}
