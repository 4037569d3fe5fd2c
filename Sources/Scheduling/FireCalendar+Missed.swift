import ShopSyncCore
/// Counting the slots a schedule passed while no worker ran it, for `Schedule.catchUp`.
extension FireCalendar {
    /// The slots within a span of time: how many, and the newest.
    struct Missed: Equatable {
        var count = 0
        var newest: Int?
    }

    /// The slots in `start <.. end`.
    ///
    /// A day wholly inside the span, with no clock change near it, is counted without
    /// listing its instants, so a year of every-minute downtime costs a year of days,
    /// not half a million slots, and a `lastFire` decades old still answers at once.
    func missed(after start: Double, through end: Double) -> Missed {
        var missed = Missed()
        guard Self.isUsable(start), Self.isUsable(end), start < end else { return missed }
        var date = rules.localDate(of: Int(start.rounded(.down))).adding(days: -1)
        let lastDate = rules.localDate(of: Int(end.rounded(.down)))
        var newestWholeDay: CivilDate?
        while date <= lastDate {
            if let count = wholeDayCount(on: date, after: start, through: end) {
                missed.count += count
                if count > 0 { newestWholeDay = date }
            } else {
                for fire in fires(on: date) where Double(fire) > start && Double(fire) <= end {
                    missed.count += 1
                    missed.newest = fire
                    newestWholeDay = nil
                }
            }
            date = nextCandidate(after: date)
        }
        if let newestWholeDay { missed.newest = fires(on: newestWholeDay).last }
        return missed
    }

    /// The number of slots on `date` when the whole day lies inside the span and its
    /// clock does not change; `nil` when its instants must be listed.
    private func wholeDayCount(on date: CivilDate, after start: Double,
                               through end: Double) -> Int? {
        // A day's instants lie within a day either side of its local midnight.
        let midnight = date.localMidnight
        guard Double(midnight - CivilDate.secondsPerDay) > start,
              Double(midnight + 2 * CivilDate.secondsPerDay) <= end else { return nil }
        guard dayMatches(date) else { return 0 }
        guard LocalDay(date, rules: rules).isSteady else { return nil }
        guard case .every(let seconds) = schedule.recurrence else { return dayTimes.count }
        guard let window = schedule.window else {
            return (CivilDate.secondsPerDay + seconds - 1) / seconds
        }
        return (window.end.secondsIntoDay - window.start.secondsIntoDay) / seconds + 1
    }
}
