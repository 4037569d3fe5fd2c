import ShopSyncCore

/// Shopify's `DateTime`: `2026-06-16T08:06:19Z`, optionally with a fraction or an offset.
public enum DateTimeText {
    public static func parse(_ text: String) -> Timestamp? {
        let characters = Array(text.utf8)
        guard characters.count >= 20, characters[4] == 45, characters[7] == 45, characters[10] == 84,
              characters[13] == 58, characters[16] == 58,
              let year = number(characters, 0, 4), let month = number(characters, 5, 2),
              let day = number(characters, 8, 2), let hour = number(characters, 11, 2),
              let minute = number(characters, 14, 2), let second = number(characters, 17, 2),
              let date = CivilDate(year: year, month: month, day: day),
              let time = TimeOfDay(hour: hour, minute: minute, second: min(second, 59)),
              let (milliseconds, zone) = fractionAndZone(characters, from: 19) else { return nil }
        let start = Timestamp(date: date, time: time, offsetSeconds: zone)
        return start.adding(TimeSpan(milliseconds: milliseconds))
    }

    static func number(_ characters: [UInt8], _ start: Int, _ length: Int) -> Int? {
        var value = 0
        for index in start..<(start + length) {
            let digit = Int(characters[index]) - 48
            guard (0...9).contains(digit) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// The milliseconds of an optional `.fff` and the zone offset in seconds (`Z` or `±hh:mm`).
    static func fractionAndZone(_ characters: [UInt8], from start: Int) -> (Int64, Int64)? {
        var index = start
        var milliseconds: Int64 = 0
        if index < characters.count, characters[index] == 46 {
            index += 1
            var scale: Int64 = 100
            while index < characters.count, (48...57).contains(characters[index]) {
                milliseconds += Int64(characters[index] - 48) * scale
                scale /= 10
                index += 1
            }
        }
        let rest = Array(characters[index...])
        if rest == [90] { return (milliseconds, 0) }
        guard rest.count == 6, rest[0] == 43 || rest[0] == 45, rest[3] == 58,
              let hours = number(rest, 1, 2), let minutes = number(rest, 4, 2) else { return nil }
        let offset = Int64(hours * 3600 + minutes * 60)
        return (milliseconds, rest[0] == 43 ? offset : -offset)
    }
}

extension NodeReader {
    public func optionalInstant(_ key: String) throws(DecodeProblem) -> Timestamp? {
        guard let text = try optionalString(key) else { return nil }
        guard let instant = DateTimeText.parse(text) else { throw problem(key, "'\(text)' is not a DateTime") }
        return instant
    }

    public func instant(_ key: String) throws(DecodeProblem) -> Timestamp {
        guard let instant = try optionalInstant(key) else { throw problem(key, "missing") }
        return instant
    }
}
