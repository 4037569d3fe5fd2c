import Glibc

/// The IMF-fixdate form of RFC 9110 section 5.6.7, e.g. `Sun, 06 Nov 1994 08:49:37 GMT`.
///
/// Built from `gmtime_r` fields rather than `strftime`, whose day and month names follow the
/// process locale, and rather than a Foundation formatter, which is not Sendable.
enum HTTPDate {
    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// The date for `seconds` since 1970 (now by default).
    static func format(secondsSince1970 seconds: Int = time(nil)) -> String {
        var clock = time_t(seconds)
        var fields = tm()
        guard gmtime_r(&clock, &fields) != nil else { return "" }
        return "\(days[Int(fields.tm_wday)]), \(twoDigits(fields.tm_mday)) "
            + "\(months[Int(fields.tm_mon)]) \(1900 + fields.tm_year) "
            + "\(twoDigits(fields.tm_hour)):\(twoDigits(fields.tm_min)):"
            + "\(twoDigits(fields.tm_sec)) GMT"
    }

    private static func twoDigits(_ value: Int32) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
