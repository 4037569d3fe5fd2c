import Scheduling
import ShopSyncCore
import ShsInterpreter
import ShsLanguage

/// Reads a schedule phrase term by term, remembering where each clause was written so that a
/// validation error can point at it.
struct ScheduleTermReader {
    struct Failure: Error {
        let message: String
        let range: SourceRange
    }

    let terms: [BindTerm]
    var position: Int
    /// Where each clause was written.
    var clauseRanges: [ScheduleClause: SourceRange] = [:]
    /// The cron text's term, to place errors inside the quotes.
    var cronTerm: BindTerm?

    init(terms: [BindTerm], position: Int) {
        self.terms = terms
        self.position = position
    }

    var current: BindTerm? { position < terms.count ? terms[position] : nil }

    /// schedule = recurrence { "on" weekdays | "between" time "and" time | "in" string
    ///            | "grace" duration }
    mutating func readSchedule() throws(Failure) -> Schedule {
        let start = terms[position].range
        var schedule = Schedule(try readRecurrence())
        clauseRanges[.recurrence] = start.union(terms[position - 1].range)
        while let word = current?.word {
            let clauseStart = terms[position].range
            switch word {
            case "on": schedule.weekdays = try readWeekdays()
            case "between": schedule.window = try readWindow()
            case "in": schedule.timeZoneIdentifier = try readString("a time zone such as \"Europe/Paris\"")
            case "grace": schedule.graceSeconds = Int(try readDuration("a grace period such as 30m") / 1000)
            default: return schedule
            }
            clauseRanges[clause(for: word)] = clauseStart.union(terms[position - 1].range)
        }
        return schedule
    }

    func clause(for word: String) -> ScheduleClause {
        switch word {
        case "on": .weekdays
        case "between": .window
        case "in": .timeZone
        default: .grace
        }
    }

    /// recurrence = "every" [ integer ] unit | "every" duration | "daily" "at" time { "," time }
    ///            | "cron" string
    mutating func readRecurrence() throws(Failure) -> Schedule.Recurrence {
        let word = terms[position].word ?? ""
        position += 1
        switch word {
        case "every": return try readEvery()
        case "daily":
            try expectWord("at")
            var times = [try readTime()]
            while current?.kind.isComma == true {
                position += 1
                times.append(try readTime())
            }
            return .dailyAt(times)
        default:
            guard let term = current, case .constant(.string(let text)) = term.kind else {
                throw failure("a cron expression in quotes, such as \"*/15 6-22 * * 1-5\"")
            }
            cronTerm = term
            position += 1
            do {
                return .cron(try CronExpression(parsing: text))
            } catch {
                throw Failure(message: error.description, range: cronRange(error.range, term))
            }
        }
    }

    /// `every minute`, `every 10 minutes`, `every 2 hours`, `every 15m`.
    mutating func readEvery() throws(Failure) -> Schedule.Recurrence {
        if let term = current, case .constant(.duration(let span)) = term.kind {
            position += 1
            return .every(seconds: Int(span.milliseconds / 1000))
        }
        var count: Int64 = 1
        if let term = current, case .constant(.int(let n)) = term.kind {
            count = n
            position += 1
        }
        let units: [String: Int64] = ["minute": 60, "minutes": 60, "hour": 3600, "hours": 3600]
        guard let unit = current?.word, let size = units[unit] else {
            throw failure("'minutes' or 'hours'")
        }
        position += 1
        return .every(seconds: Int(clamping: count.multipliedReportingOverflow(by: size).partialValue))
    }

    /// weekdays = weekday [ ".." weekday ] { "," weekday [ ".." weekday ] }
    mutating func readWeekdays() throws(Failure) -> WeekdaySet {
        position += 1
        var set = WeekdaySet()
        repeat {
            if current?.kind.isComma == true { position += 1 }
            let first = try readWeekday()
            if case .symbol(.range)? = current?.kind {
                position += 1
                let last = try readWeekday()
                for day in WeekdaySet(range: first, last).days { set.insert(day) }
            } else {
                set.insert(first)
            }
        } while current?.kind.isComma == true
        return set
    }

    mutating func readWeekday() throws(Failure) -> Weekday {
        guard let word = current?.word, let day = Weekday(parsing: word) else {
            throw failure("a weekday (mon, tue, wed, thu, fri, sat, sun)")
        }
        position += 1
        return day
    }

    mutating func readWindow() throws(Failure) -> DailyWindow {
        position += 1
        let start = try readTime()
        try expectWord("and")
        return DailyWindow(start: start, end: try readTime())
    }

    mutating func readTime() throws(Failure) -> LocalTime {
        guard let term = current, case .constant(.time(let time)) = term.kind,
              let local = try? LocalTime(hour: time.hour, minute: time.minute, second: time.second)
        else { throw failure("a time of day such as 06:00") }
        position += 1
        return local
    }

    mutating func readString(_ what: String) throws(Failure) -> String {
        position += 1
        guard let term = current, case .constant(.string(let text)) = term.kind else { throw failure(what) }
        position += 1
        return text
    }

    mutating func readDuration(_ what: String) throws(Failure) -> Int64 {
        position += 1
        guard let term = current, case .constant(.duration(let span)) = term.kind else {
            throw failure(what)
        }
        position += 1
        return span.milliseconds
    }

    mutating func expectWord(_ word: String) throws(Failure) {
        guard current?.word == word else { throw failure("'\(word)'") }
        position += 1
    }

    func failure(_ expected: String) -> Failure {
        let range = current?.range ?? terms[max(0, min(position, terms.count) - 1)].range
        let found = current.map { _ in "" } ?? " here"
        return Failure(message: "expected \(expected)\(found) in the schedule", range: range)
    }

    /// A validation error as a problem at the clause (or cron field) it concerns.
    func validate(_ schedule: Schedule) -> (message: String, range: SourceRange)? {
        do {
            try schedule.validate()
            return nil
        } catch {
            if let cronTerm, let inner = error.range {
                return (error.description, cronRange(inner, cronTerm))
            }
            let range = clauseRanges[error.clause] ?? clauseRanges[.recurrence] ?? terms[position - 1].range
            return (error.description, range)
        }
    }

    /// Character offsets inside the cron text as the script's byte range, inside the quotes.
    func cronRange(_ inner: Range<Int>?, _ term: BindTerm) -> SourceRange {
        guard let inner, case .constant(.string(let text)) = term.kind else { return term.range }
        let characters = Array(text)
        func bytes(_ count: Int) -> Int {
            String(characters.prefix(min(count, characters.count))).utf8.count
        }
        let base = term.range.start + 1
        return SourceRange(base + bytes(inner.lowerBound), base + bytes(inner.upperBound))
    }
}

extension BindTerm.Kind {
    var isComma: Bool {
        if case .symbol(.comma) = self { return true }
        return false
    }
}
