import Foundation
import Testing
import Scheduling

/// Clock changes used below: in Europe/Paris 2026-03-29 02:00 → 03:00 and
/// 2026-10-25 03:00 → 02:00; in America/New_York 2026-03-08 02:00 → 03:00 and
/// 2026-11-01 02:00 → 01:00.
@Suite("clock changes")
struct DaylightSavingTests {
    static let paris = "Europe/Paris"
    static let newYork = "America/New_York"

    @Test("a daily time in the spring gap fires once, when the gap ends", arguments: [
        (paris, "2026-03-27T12:00:00Z", ["03-28 02:30", "03-29 03:00", "03-30 02:30"]),
        (newYork, "2026-03-06T12:00:00Z", ["03-07 02:30", "03-08 03:00", "03-09 02:30"]),
    ])
    func dailySpringForward(zone: String, from: String, expected: [String]) {
        let schedule = Schedule(.dailyAt([at("02:30")]), timeZone: zone)
        let fires = schedule.nextFires(after: instant(from), count: 3)
        #expect(fires.map { String(wall($0, in: zone).dropFirst(5).prefix(11)) } == expected)
    }

    @Test("a daily time repeated in autumn fires once, at its first occurrence")
    func dailyFallBack() {
        let paris = Schedule(.dailyAt([at("02:30")]), timeZone: Self.paris)
        let parisFires = paris.nextFires(after: instant("2026-10-24T12:00:00Z"), count: 2)
        #expect(parisFires.map { wall($0, in: Self.paris) }
            == ["2026-10-25 02:30 +0200", "2026-10-26 02:30 +0100"])
        let newYork = Schedule(.dailyAt([at("01:30")]), timeZone: Self.newYork)
        let newYorkFires = newYork.nextFires(after: instant("2026-10-31T12:00:00Z"), count: 2)
        #expect(newYorkFires.map(iso) == ["2026-11-01T05:30:00Z", "2026-11-02T06:30:00Z"])
    }

    @Test("a cron time in the spring gap fires once, when the gap ends", arguments: [
        (paris, "2026-03-29T00:00:00Z",
         ["2026-03-29 01:30 +0100", "2026-03-29 03:00 +0200", "2026-03-29 03:30 +0200"]),
        (newYork, "2026-03-08T06:15:00Z",
         ["2026-03-08 01:30 -0500", "2026-03-08 03:00 -0400", "2026-03-08 03:30 -0400"]),
    ])
    func cronSpringForward(zone: String, from: String, expected: [String]) {
        // 02:00 and 02:30 do not exist: one run at 03:00, then 03:30.
        let schedule = Schedule(.cron(cron("*/30 * * * *")), timeZone: zone)
        let fires = schedule.nextFires(after: instant(from), count: 3)
        #expect(fires.map { wall($0, in: zone) } == expected)
    }

    @Test("a cron time repeated in autumn fires only in the first pass of the hour", arguments: [
        (paris, "2026-10-24T23:45:00Z", [
            "2026-10-25 02:00 +0200", "2026-10-25 02:30 +0200",
            "2026-10-25 03:00 +0100", "2026-10-25 03:30 +0100",
        ]),
        (newYork, "2026-11-01T04:45:00Z", [
            "2026-11-01 01:00 -0400", "2026-11-01 01:30 -0400",
            "2026-11-01 02:00 -0500", "2026-11-01 02:30 -0500",
        ]),
    ])
    func cronFallBack(zone: String, from: String, expected: [String]) {
        let schedule = Schedule(.cron(cron("*/30 * * * *")), timeZone: zone)
        let fires = schedule.nextFires(after: instant(from), count: 4)
        #expect(fires.map { wall($0, in: zone) } == expected)
    }

    @Test("every N minutes stays N minutes apart through both clock changes",
          arguments: [
            (paris, "2026-03-28T23:00:00Z", 23), (paris, "2026-10-24T22:00:00Z", 25),
            (newYork, "2026-03-08T05:00:00Z", 23), (newYork, "2026-11-01T04:00:00Z", 25),
          ])
    func everyAcrossChange(zone: String, midnight: String, hours: Int) {
        let schedule = Schedule(.every(seconds: 600), timeZone: zone)
        let start = instant(midnight)
        let fires = schedule.nextFires(after: start.addingTimeInterval(-1), count: hours * 6 + 1)
        #expect(fires.first == start)
        #expect(gaps(fires).allSatisfy { $0 == 600 })
        #expect(fires.last == start.addingTimeInterval(TimeInterval(hours * 3600)))
    }

    @Test("a window across the spring change keeps its interval in absolute time")
    func windowAcrossSpringForward() {
        let window = DailyWindow(start: at("01:00"), end: at("04:00"))
        let schedule = Schedule(.every(seconds: 1200), window: window, timeZone: Self.newYork)
        let fires = schedule.nextFires(after: instant("2026-03-08T00:00:00Z"), count: 8)
        #expect(fires.map { wall($0, in: Self.newYork) } == [
            "2026-03-08 01:00 -0500", "2026-03-08 01:20 -0500", "2026-03-08 01:40 -0500",
            "2026-03-08 03:00 -0400", "2026-03-08 03:20 -0400", "2026-03-08 03:40 -0400",
            "2026-03-08 04:00 -0400", "2026-03-09 01:00 -0400",
        ])
    }

    @Test("a week of daily runs through a change neither skips nor doubles a day")
    func oneRunPerDay() {
        for zone in [Self.paris, Self.newYork] {
            for text in ["2026-03-04T12:00:00Z", "2026-10-22T12:00:00Z", "2026-10-29T12:00:00Z"] {
                let schedule = Schedule(.cron(cron("15 1,2 * * *")), timeZone: zone)
                let fires = schedule.nextFires(after: instant(text), count: 28)
                let days = fires.map { wall($0, in: zone).prefix(10) }
                let perDay = Dictionary(grouping: days, by: { $0 }).mapValues(\.count)
                #expect(perDay.count == 14, "\(zone) \(text)")
                #expect(perDay.values.allSatisfy { $0 == 2 }, "\(zone) \(text)")
                #expect(gaps(fires).allSatisfy { $0 > 0 })
            }
        }
    }

    @Test("a clock change at midnight moves a midnight run to the day's first instant")
    func midnightGap() {
        // America/Santiago: 2026-09-06 00:00 → 01:00.
        let zone = "America/Santiago"
        let daily = Schedule(.dailyAt([at("00:00")]), timeZone: zone)
        let fires = daily.nextFires(after: instant("2026-09-04T12:00:00Z"), count: 3)
        #expect(fires.map { wall($0, in: zone) }
            == ["2026-09-05 00:00 -0400", "2026-09-06 01:00 -0300", "2026-09-07 00:00 -0300"])
        let hourly = Schedule(.every(seconds: 3600), timeZone: zone)
        let hours = hourly.nextFires(after: instant("2026-09-06T02:30:00Z"), count: 3)
        #expect(hours.map { wall($0, in: zone) } == [
            "2026-09-05 23:00 -0400", "2026-09-06 01:00 -0300", "2026-09-06 02:00 -0300",
        ])
        #expect(gaps(hours) == [3600, 3600])
    }
}
