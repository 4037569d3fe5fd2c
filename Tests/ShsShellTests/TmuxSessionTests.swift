import Testing

@Suite("the tmux harness", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TmuxSessionTests {
    @Test("keys reach the program, the screen is read back, the exit status is kept")
    func drivesAProgram() throws {
        let script = "printf 'name? '; read name; echo \"hello $GREETING $name\"; exit 3"
        let tmux = try TmuxSession(command: ["/bin/sh", "-c", script], columns: 60, rows: 10,
                                   environment: ["GREETING": "dear"])
        defer { tmux.kill() }
        #expect(try tmux.waitFor("name?"), "screen: \((try? tmux.screen()) ?? [])")
        try tmux.type("ada")
        try tmux.press("Enter")
        #expect(try tmux.waitFor("hello dear ada"), "screen: \((try? tmux.screen()) ?? [])")
        #expect(try tmux.exitStatus() == 3)
    }
}
