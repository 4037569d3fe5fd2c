import ShsShell
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("Ctrl-C as a flag")
struct InterruptFlagTests {
    @Test("take reads and clears; isRaised only reads")
    func takeClears() {
        let flag = InterruptFlag()
        #expect(!flag.take())
        flag.raise()
        #expect(flag.isRaised)
        #expect(flag.isRaised)
        #expect(flag.take())
        #expect(!flag.isRaised)
        #expect(!flag.take())
    }

    @Test("a SIGINT after install raises the shared flag instead of killing the process")
    func signalRaisesSharedFlag() {
        _ = InterruptFlag.shared.take()
        #expect(SignalHandling.install())
        // Test threads come from a pool that blocks signals; unblock SIGINT here so the
        // handler runs on this thread before raise() returns.
        var only = sigset_t()
        var previous = sigset_t()
        sigemptyset(&only)
        sigaddset(&only, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &only, &previous)
        let sent = raise(SIGINT)
        pthread_sigmask(SIG_SETMASK, &previous, nil)
        #expect(sent == 0)
        #expect(InterruptFlag.shared.take())
    }
}
