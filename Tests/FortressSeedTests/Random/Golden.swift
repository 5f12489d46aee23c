import FortressSeed
import Testing

extension Tag {
    /// Tests that pin exact output; they fail on any change to the engine. If another test
    /// folder needs this tag too, keep this single declaration (the module shares it).
    @Tag static var golden: Self
}

/// The generator every golden test starts from.
func goldenRandomStream() -> RandomStream {
    StreamKey(seed: 42, stream: "golden").generator(0)
}
