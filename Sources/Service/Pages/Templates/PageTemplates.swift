import Mustache

/// The pages' mustache templates, parsed once. Swift constants rather than resource files, so
/// the binary carries them (see PageAsset); each template is in its own `PageTemplates+…` file.
enum PageTemplates {
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, text) in [
            ("layout", layout), ("header", header), ("signin", signIn), ("judge", judge), ("chief", chief),
            ("chief-rounds", chiefRounds), ("board", board),
        ] {
            // A template that does not parse is a programming error, caught by every page test.
            do { try library.register(text, named: name) } catch { fatalError("template \(name): \(error)") }
        }
        return library
    }()

    static func render(_ view: Any, _ name: String) -> String {
        library.render(view, withTemplate: name) ?? ""
    }
}
