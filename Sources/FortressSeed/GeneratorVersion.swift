/// The generator version: part of the determinism promise.
///
/// Same version + scenario + seed ⇒ same bytes. Bump it whenever generated
/// output changes (the golden fixtures change in the same commit).
public enum GeneratorVersion {
    public static let string = "0.5.0"
}
