import Foundation
import Scheduling
import ShopSyncCore
import ShsInterpreter
import ShsLanguage

/// The `<when:schedule>` argument of `schedule`: a recurrence, then optional clauses in any
/// order.
///
///     every 10 minutes | every 2 hours | every 15m | daily at 06:00, 12:30 | cron "0 6 * * *"
///     [on mon..fri | on mon, wed] [between 06:00 and 22:00] [in "Europe/Paris"] [grace 30m]
///
/// The value is the schedule's stored JSON. An impossible schedule is a problem pointing at
/// the clause at fault (for cron text, at the field inside the quotes).
public struct ScheduleSlot: CustomSlot {
    public init() {}

    public var expectation: String { "a schedule ('every 10 minutes', 'daily at 06:00', 'cron \"...\"')" }

    public func read(_ terms: [BindTerm], from start: Int) -> CustomSlotMatch? {
        guard start < terms.count, let first = terms[start].word,
              ["every", "daily", "cron"].contains(first) else { return nil }
        var reader = ScheduleTermReader(terms: terms, position: start)
        do {
            let schedule = try reader.readSchedule()
            let problem = reader.validate(schedule)
            let value: Value = problem == nil ? .string(try ScheduleCoding.encode(schedule)) : .null
            return CustomSlotMatch(value: value, count: reader.position - start, problem: problem)
        } catch let failure as ScheduleTermReader.Failure {
            // Take the rest of the phrase, so the problem is reported rather than a mismatch
            // of the words after it.
            var end = max(start + 1, reader.position)
            while end < terms.count, !Self.followingWords.contains(terms[end].word ?? "") { end += 1 }
            return CustomSlotMatch(value: .null, count: end - start,
                                   problem: (failure.message, failure.range))
        } catch {
            return CustomSlotMatch(value: .null, count: reader.position - start,
                                   problem: ("\(error)", terms[start].range))
        }
    }

    /// Words of the `schedule` command that may follow the phrase.
    static let followingWords: Set<String> = ["category", "attempts", "rerun", "timeout", "starting",
                                              "until", "description"]

    public func completions(after terms: [BindTerm]) -> [String] {
        guard let first = terms.first?.word, ["every", "daily", "cron"].contains(first) else {
            return ["every", "daily", "cron"]
        }
        return ["on", "between", "in", "grace"]
    }
}

/// The schedule's JSON, as entries store it and the slot's value carries it.
public enum ScheduleCoding {
    public static func encode(_ schedule: Schedule) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(schedule), as: UTF8.self)
    }

    public static func decode(_ json: String) throws -> Schedule {
        try JSONDecoder().decode(Schedule.self, from: Data(json.utf8))
    }
}
