/// One `audit_logs` row before it is written: what happened, when, and what changed.
struct AuditEntry {
    enum Action: UInt8 {
        /// Sign-up: `after` holds the contact fields as first stored.
        case userCreated
        case accountCreated
        /// First login from a device the ledger shows the user using (android, ios, web).
        case loginNewDevice
        case emailChanged
        case phoneChanged
        case passwordChanged
        /// Churned users flagged `is_active = false` after the grace period (system).
        case deactivated
        /// Erasure on request (system).
        case anonymized
        /// Checkout: `after` holds the new order's status and total (by the buyer).
        case orderCreated
        /// The order moved to another status: `before`/`after` hold `status`.
        case orderStatusChanged

        var entity: StaticString {
            switch self {
            case .accountCreated: "account"
            case .orderCreated, .orderStatusChanged: "order"
            default: "user"
            }
        }

        /// `audit_logs.action`.
        var label: StaticString {
            switch self {
            case .userCreated, .accountCreated, .orderCreated: "create"
            case .orderStatusChanged: "status_change"
            case .loginNewDevice: "login_new_device"
            case .emailChanged: "email_change"
            case .phoneChanged: "phone_change"
            case .passwordChanged: "password_change"
            case .deactivated: "deactivate"
            case .anonymized: "anonymize"
            }
        }

        /// Whether the user acted (else the system did: `user_id` NULL). Order status
        /// changes decide per entry (`AuditEntry.byUser`).
        var byUser: Bool { self != .deactivated && self != .anonymized && self != .orderStatusChanged }
    }

    var action: Action
    var at: Int64
    /// Position as collected: the address of the entry's id.
    var index: Int
    /// The account (`accountCreated`) or 0.
    var account = 0
    /// `before`/`after` values of a contact change, or the device of a login.
    var before: String? = nil
    var after: String? = nil
    /// `userCreated`: the email and phone first stored ("[erased]" once the user was anonymized).
    var email: String? = nil
    var phone: String? = nil
    /// `loginNewDevice`: the city the login came from (the user's own, or a takeover's).
    var city: String? = nil
    /// Orders: the cart, the status entered, the one left (nil at creation), the total,
    /// and whether the buyer acted (checkout, a cancellation by the customer).
    var cart = 0
    var status = OrderStatusLabel.created
    var previousStatus: OrderStatusLabel? = nil
    var totalCents: Int64 = 0
    var buyerActed = false

    /// Whether the user acted: the actor column is the user, else NULL (system).
    var byUser: Bool { action == .orderStatusChanged ? buyerActed : action.byUser }
}
