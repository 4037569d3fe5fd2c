import ShopSyncCore

/// The schedule engine walks local days with plain integer arithmetic on ShopSyncCore's
/// `CivilDate` instead of `Calendar`, so that stepping a day or a month is exact and cheap, and no
/// Foundation rule about missing or repeated local times can interfere: those rules are applied
/// once, explicitly, by `ZoneRules`.
extension CivilDate {
    static let secondsPerDay = 86_400

    init(daysSinceEpoch days: Int) {
        self.init(daysSinceEpoch: Int64(days))
    }

    /// Seconds from 1970-01-01T00:00 to this date's midnight, on a clock with no offset.
    var localMidnight: Int { Int(daysSinceEpoch) * Self.secondsPerDay }

    /// The day of the week.
    var weekday: Weekday { Weekday.allCases[isoWeekday - 1] }

    var next: CivilDate { adding(days: 1) }

    /// The first day of the following month.
    var firstOfNextMonth: CivilDate {
        CivilDate(daysSinceEpoch: daysSinceEpoch + Int64(CivilDate.daysIn(month: month, year: year) - day + 1))
    }
}
