/// Why a fault configuration was refused.
public enum FaultConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownFault(String)
    case rateOutOfRange(Double)
    case invalidRate(String)
    case ratesAboveOne(total: Double)
    case invalidSeed(String)
    case unknownShopState(String)
    /// A clause that is none of `off`, `<fault> rate <r>`, `next <faults>`, `seed <n>`.
    case unreadableClause(String)

    public var description: String {
        switch self {
        case .unknownFault(let word):
            "unknown fault '\(word)'; faults are " + FaultKind.words.joined(separator: ", ")
        case .rateOutOfRange(let rate): "a fault rate is between 0 and 1, not \(rate)"
        case .invalidRate(let text): "'\(text)' is not a rate; write a decimal such as 0.05"
        case .ratesAboveOne(let total): "fault rates add up to \(total), more than 1"
        case .invalidSeed(let text): "'\(text)' is not a seed; write a whole number"
        case .unknownShopState(let text):
            "unknown shop state '\(text)'; states are active, frozen, fraud, locked"
        case .unreadableClause(let text):
            "cannot read '\(text)'; write 'off', '<fault> rate <r>', 'next <faults>', "
                + "'seed <n>' or 'shop <state>'"
        }
    }
}

extension FaultPlan {
    /// Applies a configuration written as clauses separated by `;`, in order:
    ///
    ///     off                      no rates, empty queue, the shop active
    ///     http503 rate 0.05        stage a fault on a share of requests (0 removes it)
    ///     next throttled http429:1 drop_after none slow:2
    ///                              the next requests get these faults, in order
    ///     seed 42                  restart the random draws
    ///     shop frozen              the shop's standing: active, frozen (402), fraud (403),
    ///                              locked (423)
    ///
    /// This is the text of `shs sandbox serve --faults` and `sandbox faults`. Nothing is
    /// changed when any clause is wrong.
    public func configure(_ text: String) throws(FaultConfigurationError) {
        let trial = FaultPlan(copying: self)
        let clauses = text.split(separator: ";").map { $0.split(separator: " ").map(String.init) }
        var actions: [FaultClause] = []
        for words in clauses where !words.isEmpty {
            let clause = try FaultClause(words)
            try clause.apply(to: trial)
            actions.append(clause)
        }
        for clause in actions { try clause.apply(to: self) }
    }
}

/// One clause of a fault configuration, read but not yet applied.
enum FaultClause {
    case off
    case rate(FaultKind, Double)
    case next([FaultKind])
    case seed(UInt64)
    case shop(ShopState)

    init(_ words: [String]) throws(FaultConfigurationError) {
        switch words.first {
        case "off" where words.count == 1:
            self = .off
        case "next":
            var kinds: [FaultKind] = []
            for word in words.dropFirst() { kinds.append(try FaultClause.kind(word)) }
            self = .next(kinds)
        case "shop" where words.count == 2:
            guard let state = ShopState(rawValue: words[1]) else {
                throw .unknownShopState(words[1])
            }
            self = .shop(state)
        case "seed" where words.count == 2:
            guard let seed = UInt64(words[1]) else { throw .invalidSeed(words[1]) }
            self = .seed(seed)
        case let word? where words.count == 3 && words[1] == "rate":
            guard let rate = Double(words[2]) else { throw .invalidRate(words[2]) }
            self = .rate(try FaultClause.kind(word), rate)
        default:
            throw .unreadableClause(words.joined(separator: " "))
        }
    }

    static func kind(_ word: String) throws(FaultConfigurationError) -> FaultKind {
        guard let kind = FaultKind(word: word) else { throw .unknownFault(word) }
        return kind
    }

    func apply(to plan: FaultPlan) throws(FaultConfigurationError) {
        switch self {
        case .off: plan.clear()
        case .rate(let kind, let rate): try plan.setRate(rate, for: kind)
        case .next(let kinds): plan.script(kinds)
        case .seed(let seed): plan.reseed(seed)
        case .shop(let state): plan.shopState = state
        }
    }
}
