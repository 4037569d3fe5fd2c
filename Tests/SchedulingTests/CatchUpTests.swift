import Foundation
import Testing
@testable import Scheduling

@Suite("missed runs")
struct CatchUpTests {
    @Test("three days of downtime give one run, for the newest missed slot")
    func oneRunAfterDowntime() {
        let schedule = Schedule(.every(seconds: 600))
        let result = schedule.catchUp(lastFire: instant("2026-06-01T10:00:00Z"),
                                      now: instant("2026-06-04T10:05:00Z"))
        #expect(iso(result.due) == "2026-06-04T10:00:00Z")
        #expect(result.missed == 3 * 144)
        #expect(result.skipped == 3 * 144 - 1)
        #expect(iso(result.next) == "2026-06-04T10:10:00Z")
    }

    @Test("a daily run missed within its grace period runs once, late")
    func dailyWithinGrace() {
        let schedule = Schedule(.dailyAt([at("06:00")]), timeZone: "Europe/Paris")
        let result = schedule.catchUp(lastFire: instant("2026-06-01T04:00:00Z"),
                                      now: instant("2026-06-04T04:40:00Z"))
        #expect(wall(result.due, in: "Europe/Paris") == "2026-06-04 06:00 +0200")
        #expect(result.missed == 3 && result.skipped == 2)
        #expect(wall(result.next, in: "Europe/Paris") == "2026-06-05 06:00 +0200")
    }

    @Test("a slot missed by more than the grace period is skipped and counted")
    func graceExpired() {
        let schedule = Schedule(.dailyAt([at("06:00")]))
        let result = schedule.catchUp(lastFire: instant("2026-06-01T06:00:00Z"),
                                      now: instant("2026-06-04T07:00:01Z"))
        #expect(result.due == nil && !result.isDue)
        #expect(result.missed == 3 && result.skipped == 3)
        #expect(iso(result.next) == "2026-06-05T06:00:00Z")
    }

    @Test("the grace period is the schedule's own, its end included")
    func customGrace() {
        var schedule = Schedule(.every(seconds: 3600), graceSeconds: 30 * 60)
        let last = instant("2026-06-01T08:00:00Z")
        #expect(schedule.catchUp(lastFire: last, now: instant("2026-06-01T09:30:00Z")).isDue)
        #expect(!schedule.catchUp(lastFire: last, now: instant("2026-06-01T09:30:01Z")).isDue)
        schedule.graceSeconds = 0
        #expect(schedule.catchUp(lastFire: last, now: instant("2026-06-01T09:00:00Z")).isDue)
        #expect(!schedule.catchUp(lastFire: last, now: instant("2026-06-01T09:00:01Z")).isDue)
    }

    @Test("a worker polling on time sees one due slot and nothing skipped")
    func onTimePoll() {
        let schedule = Schedule(.every(seconds: 600))
        let result = schedule.catchUp(lastFire: instant("2026-06-01T10:00:00Z"),
                                      now: instant("2026-06-01T10:10:02Z"))
        #expect(iso(result.due) == "2026-06-01T10:10:00Z")
        #expect(result.missed == 1 && result.skipped == 0)
        #expect(iso(result.next) == "2026-06-01T10:20:00Z")
    }

    @Test("before the next slot nothing is due")
    func nothingMissed() {
        let schedule = Schedule(.every(seconds: 600))
        let result = schedule.catchUp(lastFire: instant("2026-06-01T10:00:00Z"),
                                      now: instant("2026-06-01T10:09:59Z"))
        #expect(result == CatchUp(due: nil, missed: 0, next: instant("2026-06-01T10:10:00Z")))
    }

    @Test("a schedule that never ran has nothing to catch up")
    func neverRan() {
        let schedule = Schedule(.every(seconds: 600))
        let result = schedule.catchUp(lastFire: nil, now: instant("2026-06-01T10:05:00Z"))
        #expect(result == CatchUp(due: nil, missed: 0, next: instant("2026-06-01T10:10:00Z")))
    }

    @Test("a clock that went back never re-runs a slot")
    func clockWentBack() {
        let schedule = Schedule(.every(seconds: 600))
        let result = schedule.catchUp(lastFire: instant("2026-06-01T10:20:00Z"),
                                      now: instant("2026-06-01T10:05:00Z"))
        #expect(result.due == nil && result.missed == 0)
        #expect(iso(result.next) == "2026-06-01T10:30:00Z")
    }

    @Test("downtime across a clock change counts each slot once")
    func downtimeAcrossChange() {
        let schedule = Schedule(.cron(cron("30 2 * * *")), timeZone: "Europe/Paris")
        let result = schedule.catchUp(lastFire: instant("2026-10-23T00:30:00Z"),
                                      now: instant("2026-10-27T02:00:00Z"))
        // 24th, 25th (once, at the first 02:30), 26th, 27th.
        #expect(result.missed == 4)
        #expect(wall(result.due, in: "Europe/Paris") == "2026-10-27 02:30 +0100")
    }

    @Test("weeks of every-minute downtime are counted without a minute-by-minute search")
    func longDowntime() {
        let schedule = Schedule(.cron(cron("* * * * *")), timeZone: "America/New_York")
        let result = schedule.catchUp(lastFire: instant("2026-01-01T00:00:00Z"),
                                      now: instant("2026-04-01T00:00:00Z"))
        // Every minute of 90 days: the skipped local hour in March removes no instant.
        #expect(result.missed == 90 * 1440)
        #expect(iso(result.due) == "2026-04-01T00:00:00Z")
    }

    @Test("counting missed slots by whole days agrees with listing every slot", arguments: [
        Schedule(.every(seconds: 600), timeZone: "Europe/Paris"),
        Schedule(.every(seconds: 7 * 60), window: DailyWindow(start: at("01:30"), end: at("03:10")),
                 timeZone: "America/New_York"),
        Schedule(.dailyAt([at("02:30"), at("02:30"), at("09:00")]), weekdays: .workdays,
                 timeZone: "Europe/Paris"),
        Schedule(.cron(cron("*/20 1-3 * * *")), timeZone: "America/New_York"),
    ])
    func countingMatchesListing(schedule: Schedule) {
        let last = instant("2026-02-20T00:00:00Z")
        let now = instant("2026-04-10T12:00:00Z")
        // One slot at a time, as a worker polling every slot would see them.
        guard let calendar = FireCalendar(schedule) else { Issue.record("invalid"); return }
        var listed: [Date] = []
        while let fire = calendar.nextFire(after: (listed.last ?? last).timeIntervalSince1970),
              Double(fire) <= now.timeIntervalSince1970 {
            listed.append(Date(timeIntervalSince1970: Double(fire)))
        }
        let result = schedule.catchUp(lastFire: last, now: now)
        #expect(result.missed == listed.count)
        #expect(result.due == nil || result.due == listed.last)
    }

    @Test("a last fire from long ago is still answered, with every slot counted")
    func ancientLastFire() {
        let schedule = Schedule(.cron(cron("0 0 1 * *")))
        let result = schedule.catchUp(lastFire: instant("1900-01-01T00:00:00Z"),
                                      now: instant("2026-06-01T00:30:00Z"))
        #expect(result.missed == 126 * 12 + 5)
        #expect(iso(result.due) == "2026-06-01T00:00:00Z")
        let never = Schedule(.every(seconds: 60)).catchUp(lastFire: .distantPast, now: .distantPast)
        #expect(never.missed == 0 && never.due == nil)
    }
}
