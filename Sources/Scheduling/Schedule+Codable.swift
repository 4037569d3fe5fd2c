/// Stored form, as the job queue keeps it (JSON shown):
///
///     {"recurrence": {"every": 600}, "weekdays": ["mon", "tue"],
///      "window": {"start": "06:00", "end": "22:00"},
///      "timeZone": "Europe/Paris", "grace": 1800}
///
/// `recurrence` is one of `{"every": seconds}`, `{"dailyAt": ["06:00"]}` or
/// `{"cron": "*/15 * * * *"}`. Decoding validates: a stored schedule that is no
/// longer valid (a zone removed from the system's tz data, say) fails to decode
/// with the validation message.
extension Schedule {
    private enum CodingKeys: String, CodingKey {
        case recurrence, weekdays, window, timeZone, grace
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            try container.decode(Recurrence.self, forKey: .recurrence),
            weekdays: try container.decodeIfPresent(WeekdaySet.self, forKey: .weekdays),
            window: try container.decodeIfPresent(DailyWindow.self, forKey: .window),
            timeZone: try container.decodeIfPresent(String.self, forKey: .timeZone) ?? "UTC",
            graceSeconds: try container.decodeIfPresent(Int.self, forKey: .grace)
                ?? Self.defaultGraceSeconds)
        do {
            try validate()
        } catch {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(recurrence, forKey: .recurrence)
        try container.encodeIfPresent(weekdays, forKey: .weekdays)
        try container.encodeIfPresent(window, forKey: .window)
        try container.encode(timeZoneIdentifier, forKey: .timeZone)
        try container.encode(graceSeconds, forKey: .grace)
    }
}

extension Schedule.Recurrence: Codable {
    private enum CodingKeys: String, CodingKey {
        case every, dailyAt, cron
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let seconds = try container.decodeIfPresent(Int.self, forKey: .every) {
            self = .every(seconds: seconds)
        } else if let times = try container.decodeIfPresent([LocalTime].self, forKey: .dailyAt) {
            self = .dailyAt(times)
        } else if let cron = try container.decodeIfPresent(CronExpression.self, forKey: .cron) {
            self = .cron(cron)
        } else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "expected one of 'every', 'dailyAt' or 'cron'"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .every(let seconds): try container.encode(seconds, forKey: .every)
        case .dailyAt(let times): try container.encode(times, forKey: .dailyAt)
        case .cron(let expression): try container.encode(expression, forKey: .cron)
        }
    }
}
