import Foundation
import Officiating
import ScoringCore

extension ServiceState {
    /// The database as the use cases take it, for a judge whose session the door checked: the
    /// CLI's use cases then ask no PIN again.
    func venue(signedIn judge: JudgeID) -> Venue {
        store.signedIn(as: judge)
    }

    /// Where the console's publications are written (and read back for printing): a folder beside
    /// the database, `2024-shunyi.sqlite` → `2024-shunyi-published/`.
    var publicationFolder: URL {
        let database = URL(fileURLWithPath: store.path)
        return database.deletingLastPathComponent()
            .appendingPathComponent(database.deletingPathExtension().lastPathComponent + "-published")
    }
}
