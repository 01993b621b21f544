import Foundation
import Hummingbird

/// The session cookie: HttpOnly, SameSite=Strict, the whole site. Only its hash is stored.
enum SessionCookie {
    static let name = "judge_session"

    static func set(_ token: String, maxAge: Int) -> Cookie {
        Cookie(name: name, value: token, maxAge: maxAge, path: "/", httpOnly: true, sameSite: .strict)
    }

    static func cleared() -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict)
    }
}
