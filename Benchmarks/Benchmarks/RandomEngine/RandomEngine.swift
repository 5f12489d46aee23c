// The random engine (Sources/FortressSeed/Random): values/s.
//
// One iteration draws 1,000,000 values (scalingFactor .mega), so `Throughput (# / s)` is
// values/s and `Time (wall clock)` the time per value. Every value is folded into an
// accumulator that goes to `blackHole`, so no draw can be optimized away. The engine's
// methods are `@inlinable`, so these loops are specialized here as in the generators.
import Benchmark
import FortressSeed

let root = StreamKey(seed: 42, stream: "bench")

/// A benchmark that draws from a fresh stream per iteration (`body` loops over `scaledIterations`).
func drawing(_ name: String, _ body: @escaping (Benchmark, inout RandomStream) -> Void) {
    Benchmark(name) { benchmark in
        var rng = root.generator(benchmark.currentIteration)
        body(benchmark, &rng)
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .mallocCountTotal],
        timeUnits: .nanoseconds,
        warmupIterations: 2,
        scalingFactor: .mega,
        maxDuration: .seconds(2),
        maxIterations: 200
    )

    // The address of one entity's stream, as generators derive it per row:
    // key.child(tenant).child(user).generator(row), then one value.
    Benchmark("StreamKey child.child.generator + next") { benchmark in
        let column = root.child("amount")
        var acc: UInt64 = 0
        for i in benchmark.scaledIterations {
            var rng = column.child(i >> 10).child(i & 1_023).generator(UInt64(i))
            acc ^= rng.next()
        }
        blackHole(acc)
    }

    // A named child (FNV-1a of the name, then mixed): what a per-row `child("name")` costs.
    Benchmark("StreamKey child(name)") { benchmark in
        let key = root
        var acc: UInt64 = 0
        for i in benchmark.scaledIterations {
            acc ^= key.child(i & 1 == 0 ? "email" : "phone_number").rawValue &+ UInt64(i)
        }
        blackHole(acc)
    }

    drawing("RandomStream next (UInt64)") { benchmark, rng in
        var acc: UInt64 = 0
        for _ in benchmark.scaledIterations { acc ^= rng.next() }
        blackHole(acc)
    }

    drawing("uniform int (below 1000, unbiased)") { benchmark, rng in
        var acc = 0
        for _ in benchmark.scaledIterations { acc &+= rng.uniform(below: 1_000) }
        blackHole(acc)
    }

    drawing("uniform int64 range (cents 1...500000)") { benchmark, rng in
        var acc: Int64 = 0
        for _ in benchmark.scaledIterations { acc &+= rng.uniform(1...500_000 as ClosedRange<Int64>) }
        blackHole(acc)
    }

    drawing("unitDouble") { benchmark, rng in
        var acc = 0.0
        for _ in benchmark.scaledIterations { acc += rng.unitDouble() }
        blackHole(acc)
    }

    drawing("normal (polar, deterministic log)") { benchmark, rng in
        var acc = 0.0
        for _ in benchmark.scaledIterations { acc += rng.normal(mean: 0, sd: 1) }
        blackHole(acc)
    }

    drawing("logNormal (amounts)") { benchmark, rng in
        var acc = 0.0
        for _ in benchmark.scaledIterations { acc += rng.logNormal(mu: 4.2, sigma: 1.1) }
        blackHole(acc)
    }

    drawing("exponential (inter-arrival times)") { benchmark, rng in
        var acc = 0.0
        for _ in benchmark.scaledIterations { acc += rng.exponential(rate: 0.5) }
        blackHole(acc)
    }

    drawing("poisson (lambda 4)") { benchmark, rng in
        var acc = 0
        for _ in benchmark.scaledIterations { acc &+= rng.poisson(lambda: 4) }
        blackHole(acc)
    }

    let alias = AliasTable(weights: (1...64).map { 1 / Double($0) })
    drawing("AliasTable sample (64 weights)") { benchmark, rng in
        var acc = 0
        for _ in benchmark.scaledIterations { acc &+= alias.sample(using: &rng) }
        blackHole(acc)
    }

    let zipf = Zipf(n: 20_000, s: 1.07)
    drawing("Zipf sample (n 20000, s 1.07)") { benchmark, rng in
        var acc = 0
        for _ in benchmark.scaledIterations { acc &+= zipf.sample(using: &rng) }
        blackHole(acc)
    }
}
