import FortressSeed
import Foundation

enum TestSHA {
    static func hex(_ data: Data) -> String {
        var h = SHA256()
        h.update([UInt8](data))
        return h.hexDigest()
    }
}
