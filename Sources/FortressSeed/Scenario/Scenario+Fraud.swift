import Yams

extension Scenario {
    /// Fraud injected into the ledger (README, "Fraud patterns"), and whether its ground truth is written.
    ///
    /// Rates are cases per 1,000 user-months (users of a tenant × `history_months`),
    /// so they hold whatever the scenario's size; the defaults give a fraud share of
    /// transactions of a few per mille, the order of real card and PIX fraud
    /// (PaySim: 0.13%).
    public struct Fraud: Sendable, Equatable {
        /// Write the `fraud_labels` table (ground truth). Off: no table, no file.
        public var labels = false
        /// Also put `{"fraud": {case_id, pattern, role}}` into fraud rows' `metadata` (debugging only: it leaks the label).
        public var markMetadata = false
        /// The reporting threshold structuring stays under, in cents (R$ 10.000 by default).
        public var structuringThresholdCents: Int64 = 1_000_000
        /// Settings per pattern, in `FraudPattern.allCases` order.
        public var patterns: [Pattern] = FraudPattern.allCases.map(Pattern.defaults)

        public init() {}

        /// One pattern's rate, size and timing.
        public struct Pattern: Sendable, Equatable {
            /// Expected cases per 1,000 user-months.
            public var rate: Double
            /// The case's size: attempts, transfers, accounts, orders... (per pattern, README).
            public var size: ClosedRange<Int>
            /// How long a case lasts from its first to its last transaction, at most, in hours.
            public var windowHours: Double

            static func defaults(_ p: FraudPattern) -> Pattern {
                switch p {
                case .cardTesting: Pattern(rate: 0.8, size: 8...24, windowHours: 1)
                case .accountTakeover: Pattern(rate: 0.6, size: 1...3, windowHours: 3)
                case .velocityBurst: Pattern(rate: 0.6, size: 10...30, windowHours: 4)
                case .structuring: Pattern(rate: 0.4, size: 6...14, windowHours: 336)
                case .fanOut, .fanIn, .cycle: Pattern(rate: 0.15, size: 4...7, windowHours: 48)
                case .scatterGather, .gatherScatter: Pattern(rate: 0.12, size: 5...8, windowHours: 72)
                case .bipartite: Pattern(rate: 0.1, size: 4...8, windowHours: 72)
                case .stack: Pattern(rate: 0.1, size: 6...9, windowHours: 96)
                case .muleAccount: Pattern(rate: 0.3, size: 6...20, windowHours: 72)
                case .bustOut: Pattern(rate: 0.3, size: 4...10, windowHours: 2_160)
                case .refundAbuse: Pattern(rate: 0.4, size: 5...12, windowHours: 1_440)
                case .merchantCollusion: Pattern(rate: 0.15, size: 2...5, windowHours: 1_440)
                }
            }
        }

        public subscript(_ p: FraudPattern) -> Pattern {
            get { patterns[p.ordinal] }
            set { patterns[p.ordinal] = newValue }
        }

        /// Whether any pattern can produce a case.
        public var isEnabled: Bool { patterns.contains { $0.rate > 0 } }

        /// Reads the `fraud:` mapping of a scenario (every key optional).
        static func read(_ r: inout ScenarioReader, _ top: ScenarioReader.Fields) -> Fraud {
            var f = Fraud()
            let fields = r.fields(top.values["fraud"], path: "fraud", keys: ["labels", "mark_metadata", "structuring_threshold", "patterns"])
            f.labels = r.flag(fields, "labels", default: f.labels)
            f.markMetadata = r.flag(fields, "mark_metadata", default: f.markMetadata)
            let threshold = r.double(fields, "structuring_threshold", default: Double(f.structuringThresholdCents) / 100, in: 100...100_000_000)
            f.structuringThresholdCents = Int64((threshold * 100).rounded())
            let names = FraudPattern.allCases.map(\.rawValue)
            let ps = r.fields(fields.values["patterns"], path: fields.child("patterns"), keys: names)
            for p in FraudPattern.allCases {
                let d = f[p]
                let one = r.fields(ps.values[p.rawValue], path: ps.child(p.rawValue), keys: ["rate", "size", "window_hours"])
                f[p] = Pattern(
                    rate: r.double(one, "rate", default: d.rate, in: 0...1_000),
                    size: r.intRange(one, "size", default: d.size, in: p.sizeBounds),
                    windowHours: r.double(one, "window_hours", default: d.windowHours, in: p.windowBounds))
            }
            return f
        }
    }
}

extension FraudPattern {
    /// Sizes a pattern accepts (graph typologies: accounts; rings: users; others: transactions).
    var sizeBounds: ClosedRange<Int> {
        switch self {
        case .accountTakeover: 1...10
        case .merchantCollusion: 2...50
        case .fanOut, .fanIn, .cycle, .bipartite: 3...50
        case .scatterGather, .gatherScatter, .stack: 4...50
        default: 1...500
        }
    }

    /// Case durations a pattern accepts, in hours.
    var windowBounds: ClosedRange<Double> {
        switch self {
        case .cardTesting, .accountTakeover, .velocityBurst: 0.1...48
        case .bustOut, .refundAbuse, .merchantCollusion: 240...8_760
        default: 1...2_160
        }
    }
}

extension ScenarioReader {
    /// `true` or `false`.
    mutating func flag(_ f: Fields, _ key: String, default fallback: Bool) -> Bool {
        guard let node = f.values[key] else { return fallback }
        switch node.scalar?.string {
        case "true": return true
        case "false": return false
        default:
            report(node.mark, f.child(key), "expected true or false, found \(Self.describe(node))")
            return fallback
        }
    }
}
