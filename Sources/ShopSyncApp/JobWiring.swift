#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation
import JobQueue
import Ledger
import LedgerService
import ShopSyncCore
import ShsInterpreter

/// How the app gives the job queue its interpreters, and `shs worker`.
public enum JobWiring {
    /// Interpreters for job runs: the full registry (built once), the session's services on
    /// `path` with their own connections, and this factory again for jobs that queue jobs.
    public static func factory(path: String, clock: any Clock,
                               registry: CommandRegistry = ShopSyncRegistry.make())
        -> JobInterpreterFactory {
        JobInterpreterFactory { output, interrupt in
            let services = Services()
            SessionServices.register(in: services, path: path)
            services.register(factory(path: path, clock: clock, registry: registry))
            return Interpreter(registry: registry, output: output, clock: clock, services: services,
                               interruptCheck: interrupt)
        }
    }

    /// Registers the job queue's services for an interactive or scripted session.
    public static func register(in services: Services, path: String, clock: any Clock) {
        services.register(factory(path: path, clock: clock))
        services.register(InProcessWorker())
    }

    /// `shs worker`: runs until SIGTERM or SIGINT (or, with `--once`, until nothing is due).
    static func runWorker(_ options: WorkerOptions, path: String) -> Int32 {
        let clock = SystemClock()
        let pid = Int(getpid())
        let name = options.name ?? "\(ProcessInfo.processInfo.hostName)-\(pid)"
        let configuration = Worker.Configuration(
            name: name, concurrency: options.concurrency, lease: .seconds(Int64(options.leaseSeconds)),
            pollInterval: TimeSpan(milliseconds: Int64(options.pollMilliseconds)))
        let worker = Worker(databasePath: path, clock: clock, factory: factory(path: path, clock: clock),
                            configuration: configuration, pid: pid)
        let log = FileStream.standardError
        log.write("level=info event=worker_started worker=\(name) "
            + "concurrency=\(options.concurrency) db=\(path)\n")
        do {
            if options.once {
                let count = try worker.runUntilIdle()
                log.write("level=info event=worker_idle worker=\(name) ran=\(count)\n")
            } else {
                let stop = CancellationToken()
                let sources = [SIGTERM, SIGINT].map { stopOnSignal($0, stop) }
                try worker.run(until: stop)
                sources.forEach { $0.cancel() }
            }
        } catch {
            log.write("level=error event=worker_failed worker=\(name) error=\"\(error)\"\n")
            return 1
        }
        log.write("level=info event=worker_stopped worker=\(name)\n")
        return 0
    }

    /// Turns a signal into a stop request; the default action (dying at once) is switched off.
    static func stopOnSignal(_ number: Int32, _ stop: CancellationToken) -> any DispatchSourceSignal {
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler { stop.cancel() }
        source.resume()
        return source
    }
}
