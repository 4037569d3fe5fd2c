import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion with `posix_spawn`.
///
/// Foundation's `Process` is not used: it notices a child's exit through a descriptor the
/// child inherits, and the tmux server (a daemonised grandchild) keeps that open forever.
/// Test threads also block signals, which children inherit; the child here starts with
/// nothing blocked and default dispositions, as a user's shell would start it.
enum ChildProcess {
    /// Runs `arguments` (the first is the executable's path) with stdin from /dev/null and
    /// stdout and stderr into `outputPath`, and waits for it.
    /// - Returns: the exit status, or 128 + the signal number if a signal ended it.
    static func run(_ arguments: [String], outputPath: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC,
                                         0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var nothing = sigset_t()
        sigemptyset(&nothing)
        posix_spawnattr_setsigmask(&attributes, &nothing)
        var reset = sigset_t()
        sigfillset(&reset)
        posix_spawnattr_setsigdefault(&attributes, &reset)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        return try spawnAndWait(arguments, actions: &actions, attributes: &attributes)
    }

    private static func spawnAndWait(
        _ arguments: [String], actions: inout posix_spawn_file_actions_t,
        attributes: inout posix_spawnattr_t
    ) throws -> Int32 {
        let argv = arguments.map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.map { strdup("\($0)=\($1)") } + [nil]
        defer { (argv + environment).forEach { free($0) } }
        var pid = pid_t()
        let code = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environment)
        guard code == 0 else { throw TmuxSession.Failure.cannotStart(errno: code) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
