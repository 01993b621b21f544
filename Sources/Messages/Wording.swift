/// One text of the catalog in both languages: Chinese, the default, and English.
typealias Wording = (zh: String, en: String)
