import JobQueue
import Ledger
import ShopSyncCore
import ShopSyncTesting
import ShsInterpreter
import Testing

@Suite("schedules in the language")
struct ScheduleCommandTests {
    /// The fire times `next runs` printed.
    func fires(_ fixture: QueueFixture, _ name: String, _ count: Int = 5) -> [Timestamp] {
        let run = fixture.run("next runs \"\(name)\" \(count)")
        guard case .table(let table)? = run.results.first else { return [] }
        return table.rows.compactMap { row in
            if case .dateTime(let t) = row[0] { return t }
            return nil
        }
    }

    @Test("every N minutes counts from midnight; the first run is the next slot")
    func everyMinutes() {
        let fixture = QueueFixture()
        fixture.run("schedule \"a\" every 25 minutes do\n version\nend")
        #expect(fires(fixture, "a", 3) == [.utc(2026, 12, 1, 9, 10), .utc(2026, 12, 1, 9, 35),
                                           .utc(2026, 12, 1, 10, 0)])
    }

    @Test("every N hours and a duration both read as an interval")
    func everyHoursAndDuration() {
        let fixture = QueueFixture()
        fixture.run("schedule \"h\" every 2 hours do\n version\nend\nschedule \"d\" every 15m do\n version\nend")
        #expect(fires(fixture, "h", 2) == [.utc(2026, 12, 1, 10, 0), .utc(2026, 12, 1, 12, 0)])
        #expect(fires(fixture, "d", 2) == [.utc(2026, 12, 1, 9, 15), .utc(2026, 12, 1, 9, 30)])
    }

    @Test("daily at several times fires at each, day after day")
    func dailyAt() {
        let fixture = QueueFixture()
        fixture.run("schedule \"d\" daily at 06:00, 12:30 do\n version\nend")
        #expect(fires(fixture, "d", 3) == [.utc(2026, 12, 1, 12, 30), .utc(2026, 12, 2, 6, 0),
                                           .utc(2026, 12, 2, 12, 30)])
    }

    @Test("a cron expression fires on its own fields")
    func cron() {
        let fixture = QueueFixture()
        fixture.run("schedule \"c\" cron \"*/15 6-22 * * 1-5\" do\n version\nend")
        #expect(fires(fixture, "c", 2) == [.utc(2026, 12, 1, 9, 15), .utc(2026, 12, 1, 9, 30)])
    }

    @Test("weekdays and a daily window narrow an interval")
    func weekdaysAndWindow() {
        let fixture = QueueFixture()
        fixture.run("schedule \"w\" every 30 minutes on sat..sun, wed between 10:00 and 11:00 do\n version\nend")
        #expect(fires(fixture, "w", 4) == [.utc(2026, 12, 2, 10, 0), .utc(2026, 12, 2, 10, 30),
                                           .utc(2026, 12, 2, 11, 0), .utc(2026, 12, 5, 10, 0)])
    }

    @Test("the mission's example with a line continuation works")
    func missionExample() throws {
        let fixture = QueueFixture()
        let run = fixture.run("""
            schedule "orders" every 10 minutes on mon..fri between 06:00 and 22:00 \\
                category "SHOPIFY" attempts 3 rerun delay 60s do
              version
            end
            """)
        #expect(run.status == .success)
        let entry = try fixture.entry("orders")
        #expect(entry.category == "SHOPIFY")
        #expect(entry.maxAttempts == 3)
        #expect(entry.rerunDelaySeconds == 60)
        #expect(entry.source == "version")
        #expect(entry.earliestStart == Timestamp.utc(2026, 12, 1, 9, 10).milliseconds)
    }

    @Test("in a named zone a daily time neither skips nor doubles over the clock changes")
    func daylightSaving() {
        let fixture = QueueFixture(start: .utc(2027, 3, 26, 12, 0))
        fixture.run("schedule \"p\" daily at 02:30 in \"Europe/Paris\" do\n version\nend")
        // 27 March 02:30 CET = 01:30Z; 28 March 02:30 does not exist: 03:00 CEST = 01:00Z.
        #expect(fires(fixture, "p", 3) == [.utc(2027, 3, 27, 1, 30), .utc(2027, 3, 28, 1, 0),
                                           .utc(2027, 3, 29, 0, 30)])
        fixture.clock.set(.utc(2027, 10, 30, 12, 0))
        fixture.run("job \"p\" reset")
        // 31 October 02:30 occurs twice; it fires once, at the first (CEST) one.
        #expect(fires(fixture, "p", 3) == [.utc(2027, 10, 31, 0, 30), .utc(2027, 11, 1, 1, 30),
                                           .utc(2027, 11, 2, 1, 30)])
    }

    @Test("impossible schedules are refused when saved, with their location")
    func impossibleSchedules() {
        let fixture = QueueFixture()
        let cases: [(String, String, String)] = [
            ("schedule \"x\" every 0 minutes do\n version\nend", "1:14",
             "an interval of 0 seconds is too short, the minimum is 1 minute"),
            ("schedule \"x\" cron \"61 * * * *\" do\n version\nend", "1:20", "minute 61 is out of range 0-59"),
            ("schedule \"x\" every 5 minutes between 22:00 and 06:00 do\n version\nend", "1:30",
             "the window ends at 06:00, which is not after its start at 22:00"),
            ("schedule \"x\" every 5 minutes on mon..funday do\n version\nend", "1:38",
             "expected a weekday (mon, tue, wed, thu, fri, sat, sun) in the schedule"),
        ]
        for (text, location, message) in cases {
            let run = fixture.run(text)
            #expect(run.status == .scriptError)
            #expect(run.locations == [location])
            #expect(run.messages == [message])
        }
        #expect(fixture.run("jobs").standardOutput.split(separator: "\n").count == 1)
    }

    @Test("a block that does not bind is refused when the schedule is saved")
    func blockChecked() {
        let fixture = QueueFixture()
        let run = fixture.run("schedule \"x\" every 5 minutes do\n  frobnicate orders\nend")
        #expect(run.status == .scriptError)
        #expect(run.locations == ["2:3"])
    }

    @Test("saving a schedule of the same name again updates it instead of adding one")
    func resaveUpdates() throws {
        let fixture = QueueFixture()
        fixture.run("schedule \"a\" every 10 minutes attempts 2 do\n version\nend")
        let second = fixture.run("schedule \"a\" every 10 minutes attempts 5 do\n shops\nend")
        #expect(second.standardOutput.hasPrefix("schedule 'a' updated"))
        let entries = try fixture.ledger().jobEntries()
        #expect(entries.count == 1)
        #expect(entries.first?.maxAttempts == 5)
        #expect(entries.first?.source == "shops")
    }

    @Test("next runs of an entry without a schedule says so")
    func previewOneOff() {
        let fixture = QueueFixture()
        fixture.run("enqueue version")
        let run = fixture.run("next runs 1")
        #expect(run.messages == ["'#1' has no schedule; it runs once at its next start"])
    }

    @Test("a schedule runs for the current shop, in its sync category unless it names one")
    func shopAndCategory() throws {
        let fixture = QueueFixture()
        fixture.run("shop \"demo\" sandbox\nschedule \"a\" every 10 minutes do\n version\nend")
        let entry = try fixture.entry("a")
        #expect(entry.shop == "demo")
        #expect(entry.category == "SHOPIFY")
    }

    @Test("'starting' sets the first run; a start on a slot is that slot")
    func starting() throws {
        let fixture = QueueFixture()
        fixture.run("schedule \"a\" daily at 06:00 starting 2026-12-10T06:00Z do\n version\nend")
        #expect(try fixture.entry("a").earliestStart == Timestamp.utc(2026, 12, 10, 6, 0).milliseconds)
    }
}
