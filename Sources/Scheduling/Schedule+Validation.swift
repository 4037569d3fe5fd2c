import Foundation
import ShopSyncCore

extension Schedule {
    /// Throws the first reason the schedule is impossible: an interval under a
    /// minute, over a day or not a whole number of minutes; no daily times; no
    /// weekdays; a window that does not end after it starts; a daily time outside the
    /// window or a cron that never fires inside it; an unknown time zone; a negative
    /// grace period; or a combination that can never fire (cron `0 0 29 2 *` on
    /// Mondays only fires in some years, so it passes; Mondays-only on a cron for
    /// Tuesdays does not).
    public func validate() throws(ScheduleError) {
        try validateRecurrence()
        if let weekdays, weekdays.isEmpty { throw .noWeekdays }
        try validateWindow()
        guard TimeZone(identifier: timeZoneIdentifier) != nil else {
            throw .unknownTimeZone(timeZoneIdentifier)
        }
        guard graceSeconds >= 0 else { throw .negativeGrace(seconds: graceSeconds) }
        // Any 400 years repeat the calendar's weekday pattern, so a schedule that does
        // not fire within 401 years from here never fires.
        guard nextFire(after: Self.validationEpoch) != nil else { throw .neverFires }
    }

    /// 2000-01-01T00:00:00Z, an arbitrary start for the never-fires search.
    private static let validationEpoch = Date(timeIntervalSince1970: 946_684_800)

    private func validateRecurrence() throws(ScheduleError) {
        switch recurrence {
        case .every(let seconds):
            guard seconds >= 60 else { throw .intervalTooShort(seconds: seconds) }
            guard seconds % 60 == 0 else { throw .intervalNotWholeMinutes(seconds: seconds) }
            guard seconds <= CivilDate.secondsPerDay else {
                throw .intervalTooLong(seconds: seconds)
            }
        case .dailyAt(let times):
            guard !times.isEmpty else { throw .noDailyTimes }
        case .cron:
            break
        }
    }

    private func validateWindow() throws(ScheduleError) {
        guard let window else { return }
        guard window.start < window.end else {
            throw .windowEndsBeforeStart(start: window.start, end: window.end)
        }
        switch recurrence {
        case .every:
            break
        case .dailyAt(let times):
            if let outside = times.first(where: { !window.contains($0) }) {
                throw .timeOutsideWindow(outside, window: window)
            }
        case .cron(let expression):
            guard expression.timesOfDay.contains(where: window.contains) else {
                throw .cronOutsideWindow(window: window)
            }
        }
    }
}
