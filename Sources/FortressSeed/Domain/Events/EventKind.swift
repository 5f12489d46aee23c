/// The event types the outbox carries, with the aggregate each belongs to.
///
/// Names are the contract with consumers: `event_type` is the PascalCase
/// name, `aggregate` the lowercase entity (the same words `audit_logs.entity`
/// uses), and `Sources/FortressSeed/Domain/Events/Schemas/<EventType>.schema.json` describes the payload.
/// Retail types follow the order's timeline (`OrderPlan.transitions`) and each
/// inventory row's last restock (`InventoryModel.stock`).
enum EventKind: UInt8, CaseIterable, Sendable {
    /// A user signed up (`users.created_at`).
    case userRegistered
    /// An account was opened (`accounts.created_at`).
    case accountOpened
    /// A card payment or boleto was authorized: the row was written as `pending` (`transactions.occurred_at`).
    case transactionAuthorized
    /// A row settled: it counts in the balance from `transactions.updated_at` on.
    case transactionPosted
    /// An attempt was declined (`metadata.failure_reason`): no money moved.
    case transactionFailed
    /// An authorization was voided before it settled (status `reversed`).
    case transactionReversed
    /// Both legs of a transfer between two accounts of the tenant are posted.
    case transferCompleted
    /// The user's personal data was erased on request (LGPD art. 18 / GDPR art. 17).
    case userAnonymized
    /// A cart was checked out: the order exists, awaiting payment (`orders.created_at`).
    case orderCreated
    /// The order's payment posted in the buyer's ledger (the payment row's `occurred_at`).
    case orderPaid
    /// The fulfilling location dispatched the order.
    case orderShipped
    /// The order reached the customer.
    case orderDelivered
    /// The order was cancelled (`data.reason`; refunded when it had been paid).
    case orderCancelled
    /// A delivery arrived at an inventory row (`inventory.last_restock_at`); no tenant.
    case inventoryRestocked

    /// `event_type`, and the name of the JSON Schema file.
    var name: StaticString {
        switch self {
        case .userRegistered: "UserRegistered"
        case .accountOpened: "AccountOpened"
        case .transactionAuthorized: "TransactionAuthorized"
        case .transactionPosted: "TransactionPosted"
        case .transactionFailed: "TransactionFailed"
        case .transactionReversed: "TransactionReversed"
        case .transferCompleted: "TransferCompleted"
        case .userAnonymized: "UserAnonymized"
        case .orderCreated: "OrderCreated"
        case .orderPaid: "OrderPaid"
        case .orderShipped: "OrderShipped"
        case .orderDelivered: "OrderDelivered"
        case .orderCancelled: "OrderCancelled"
        case .inventoryRestocked: "InventoryRestocked"
        }
    }

    /// `aggregate`: the entity whose version sequence the event extends.
    var aggregate: StaticString {
        switch self {
        case .userRegistered, .userAnonymized: "user"
        case .accountOpened: "account"
        case .transactionAuthorized, .transactionPosted, .transactionFailed, .transactionReversed: "transaction"
        case .transferCompleted: "transfer"
        case .orderCreated, .orderPaid, .orderShipped, .orderDelivered, .orderCancelled: "order"
        case .inventoryRestocked: "inventory"
        }
    }

    /// The event that puts an order in `status`.
    static func order(_ status: OrderStatusLabel) -> EventKind {
        switch status {
        case .created: .orderCreated
        case .paid: .orderPaid
        case .shipped: .orderShipped
        case .delivered: .orderDelivered
        case .cancelled: .orderCancelled
        }
    }

    /// The names as Swift strings (tests, docs).
    var nameString: String { name.description }
}
