import CEdit
import Foundation
import ShsShell
import Testing

/// libedit's history is process-global, so these tests take turns.
@Suite("history kept in libedit's file format", .serialized)
struct HistoryStoreTests {
    @Test("SHS_HISTORY wins, then XDG_STATE_HOME, then HOME")
    func pathResolution() {
        let all = ["SHS_HISTORY": "/h/file", "XDG_STATE_HOME": "/state", "HOME": "/home/a"]
        #expect(HistoryStore.defaultPath(environment: all) == "/h/file")
        #expect(HistoryStore.defaultPath(environment: ["XDG_STATE_HOME": "/state", "HOME": "/x"])
            == "/state/shs/history")
        #expect(HistoryStore.defaultPath(environment: ["XDG_STATE_HOME": "rel", "HOME": "/home/a"])
            == "/home/a/.local/state/shs/history")
        #expect(HistoryStore.defaultPath(environment: [:]) == nil)
    }

    @Test("missing directories are created and the file is private to the user")
    func createsPrivateFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try HistoryStore(path: directory.path + "/state/shs/history")
        store.record("print 1")
        let attributes = try FileManager.default.attributesOfItem(atPath: store.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(directory.contents(of: "state/shs/history") == "_HiStOrY_V2_\nprint\\0401\n")
    }

    @Test("a multi-line statement is one entry in the file and after reloading")
    func multiLineRoundTrip() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        let block = "for x in [1, 2] do\n\tprint \"a\\b\" + 'é'\nend"
        do {
            let store = try HistoryStore(path: path)
            store.record("print 1")
            store.record(block)
        }
        let lines = directory.contents(of: "history")?.split(separator: "\n")
        #expect(lines?.count == 3)
        let reloaded = try HistoryStore(path: path)
        #expect(reloaded.entries == ["print 1", block])
    }

    @Test("entries appended by the shell read back through libedit's own read_history")
    func libeditReadsAppendedEntries() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        let block = "for x do\nprint x\nend"
        try HistoryStore(path: path).record(block)
        clear_history()
        #expect(read_history(path) == 0)
        #expect(cedit_history_length() == 1)
        #expect(history_get(cedit_history_base()).map { String(cString: $0.pointee.line) } == block)
    }

    @Test("a file written by libedit's write_history loads with the newline intact")
    func loadsLibeditWrittenFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        clear_history()
        _ = add_history("one")
        _ = add_history("two\nlines")
        #expect(write_history(path) == 0)
        #expect(directory.contents(of: "history")?.contains("two\\012lines") == true)
        #expect(try HistoryStore(path: path).entries == ["one", "two\nlines"])
    }

    @Test("blank statements and immediate repeats are not recorded")
    func skipsBlankAndRepeats() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try HistoryStore(path: directory.path + "/history")
        for statement in ["print 1", "print 1", "  ", "print 2", "print 1"] {
            store.record(statement)
        }
        #expect(store.entries == ["print 1", "print 2", "print 1"])
    }

    @Test("memory keeps the newest entries and the file is compacted when it grows")
    func boundedSize() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        let store = try HistoryStore(path: path, limit: 3)
        for number in 1...7 {
            store.record("print \(number)")
        }
        #expect(store.entries == ["print 5", "print 6", "print 7"])
        let lineCount = directory.contents(of: "history")?.split(separator: "\n").count ?? 0
        #expect(lineCount <= 1 + 2 * 3)
        #expect(try HistoryStore(path: path, limit: 3).entries == ["print 5", "print 6", "print 7"])
    }

    @Test("a file in another format is refused and left untouched")
    func refusesForeignFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        try "ls -l\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: HistoryError.unrecognizedFormat(path: path)) {
            try HistoryStore(path: path)
        }
        #expect(directory.contents(of: "history") == "ls -l\n")
    }

    @Test("the loop with a real store never writes a statement carrying a token")
    func secretNeverInFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try HistoryStore(path: directory.path + "/history")
        let input = """
            shop "x" url "https://x.myshopify.com" token "shpat_secret1234"
            print 1

            """
        let pipe = pipeHolding(input)
        defer { pipe.close() }
        let source = StreamLineSource(fileDescriptor: pipe.readEnd, interrupts: InterruptFlag())
        let repl = REPL(session: FakeSession(), source: source, history: store,
                        interrupts: InterruptFlag())
        #expect(repl.run() == 0)
        #expect(store.entries == ["print 1"])
        #expect(directory.contents(of: "history")?.contains("shpat") == false)
    }

    @Test("entries loaded from the file survive setting up line editing afterwards")
    func historySurvivesEditLineSetup() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        try "_HiStOrY_V2_\nprint\\04077\n".write(toFile: path, atomically: true, encoding: .utf8)
        let store = try HistoryStore(path: path)
        _ = EditLineSource(interrupts: InterruptFlag()) { _, _ in [] }
        #expect(store.entries == ["print 77"])
    }
}
