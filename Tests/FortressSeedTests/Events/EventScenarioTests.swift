import Testing
@testable import FortressSeed

@Suite struct EventScenarioTests {
    @Test("events: keys are read with their defaults and ranges")
    func keys() throws {
        let d = try devDataset(seed: 1).scenario.events
        #expect(d == Scenario.Events())
        let s = try devDataset(seed: 1, extra: """
            events:
              publish_delay_ms: 40
              pending_lag_seconds: 1.5
              failed_share: 0.01
              max_attempts: 3
              backlog_hours: 72
            """).scenario.events
        #expect(s.publishDelayMillis == 40 && s.pendingLagSeconds == 1.5 && s.failedShare == 0.01 && s.maxAttempts == 3 && s.backlogHours == 72)
    }

    @Test("Out-of-range and unknown events keys are reported with their path")
    func errors() throws {
        let text = try ScenarioLibrary.load("dev").text + "\nevents: {failed_share: 0.9, backlog_hour: 3}\n"
        #expect(throws: ScenarioError.self) { try Scenario.parse(yaml: text, file: "x.yaml") }
        do {
            _ = try Scenario.parse(yaml: text, file: "x.yaml")
        } catch {
            let message = "\(error)"
            #expect(message.contains("events.failed_share"), "\(message)")
            #expect(message.contains("did you mean 'backlog_hours'"), "\(message)")
        }
    }
}
