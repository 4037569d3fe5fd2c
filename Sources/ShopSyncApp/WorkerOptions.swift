/// The options of `shs worker`: `--once`, `--concurrency N`, `--name NAME`, and for tests and
/// tuning `--lease SECONDS` and `--poll MILLISECONDS`.
public struct WorkerOptions: Equatable, Sendable {
    public var once = false
    public var concurrency = 1
    public var name: String?
    public var leaseSeconds = 30
    public var pollMilliseconds = 500

    public init() {}

    /// Reads the words after `worker`; `options` holds the global ones already read.
    static func parse(_ words: [String], _ options: LaunchOptions) -> Result<LaunchOptions, UsageError> {
        var worker = WorkerOptions()
        var rest = words[...]
        while let word = rest.popFirst() {
            switch word {
            case "--once": worker.once = true
            case "--concurrency", "--name", "--lease", "--poll":
                guard let value = rest.popFirst() else {
                    return .failure(UsageError("\(word) needs a value"))
                }
                if word == "--name" {
                    worker.name = value
                    continue
                }
                guard let number = Int(value), number > 0, number <= 1_000_000 else {
                    return .failure(UsageError("\(word) needs a positive number, found '\(value)'"))
                }
                switch word {
                case "--concurrency": worker.concurrency = min(number, 64)
                case "--lease": worker.leaseSeconds = number
                default: worker.pollMilliseconds = number
                }
            default: return .failure(UsageError("unknown worker option '\(word)'"))
            }
        }
        var options = options
        options.mode = .worker(worker)
        return .success(options)
    }
}
