import Foundation
import ShopSyncCore

/// How the wall-clock times of one zone map to instants, including the two clock
/// change rules the schedules promise:
///
/// - a local time that does not exist (the clock jumps over it) maps to the first
///   instant after the jump;
/// - a local time that occurs twice (the clock goes back) maps to its first
///   occurrence.
///
/// Instants and local times are whole seconds since 1970-01-01T00:00; a "local"
/// value is read on the zone's wall clock as if it were UTC.
struct ZoneRules: Sendable {
    let zone: TimeZone

    /// Seconds the zone's clock is ahead of UTC at an instant.
    func offset(at instant: Int) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
    }

    /// The local day an instant falls on.
    func localDate(of instant: Int) -> CivilDate {
        let local = instant + offset(at: instant)
        let days = local >= 0 ? local / CivilDate.secondsPerDay
            : (local + 1) / CivilDate.secondsPerDay - 1
        return CivilDate(daysSinceEpoch: days)
    }

    /// The instant a local time fires at, by the rules above.
    func instant(atLocal local: Int) -> Int {
        // No zone changes its offset twice within a day, so the offsets a day before
        // and a day after are the only ones this local time can carry.
        let before = offset(at: local - CivilDate.secondsPerDay)
        let after = offset(at: local + CivilDate.secondsPerDay)
        let valid = [local - before, local - after].filter { offset(at: $0) == local - $0 }
        if let first = valid.min() { return first }
        guard after > before else { return local - before }
        return transition(from: before, between: local - after, and: local - before)
    }

    /// The first instant in `low...high` whose offset is no longer `old`; the offset
    /// is `old` at `low` and has changed by `high`.
    private func transition(from old: Int, between low: Int, and high: Int) -> Int {
        var low = low
        var high = high
        while low < high {
            let middle = low + (high - low) / 2
            if offset(at: middle) != old { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

/// One local day in a zone, turning its wall-clock times into instants.
struct LocalDay {
    let date: CivilDate
    private let rules: ZoneRules
    /// The offset in force all day, when the clock does not change around it.
    private let steadyOffset: Int?

    init(_ date: CivilDate, rules: ZoneRules) {
        self.date = date
        self.rules = rules
        // The day's instants lie within a day either side of its local midnight; the
        // same offset at both ends and in the middle means no clock change between.
        let midnight = date.localMidnight
        let samples = [-1, 0, 1, 2].map {
            rules.offset(at: midnight + $0 * CivilDate.secondsPerDay)
        }
        steadyOffset = Set(samples).count == 1 ? samples[0] : nil
    }

    /// Whether the clock keeps one offset all day (and the day around it).
    var isSteady: Bool { steadyOffset != nil }

    /// The instant this day's `time` fires at.
    func instant(at time: LocalTime) -> Int {
        instant(atSecondsIntoDay: time.secondsIntoDay)
    }

    /// Like `instant(at:)`, also accepting 86 400 for the next day's midnight.
    func instant(atSecondsIntoDay seconds: Int) -> Int {
        let local = date.localMidnight + seconds
        if let steadyOffset { return local - steadyOffset }
        return rules.instant(atLocal: local)
    }
}
