import GRDB
import StoreValues

extension RoundLock {
    init(_ row: Row) {
        self = RoundLockRecord(row: row).lock
    }
}
