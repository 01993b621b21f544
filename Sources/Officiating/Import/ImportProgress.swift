/// Where a long import tells how far it is: called often, the status built only when shown.
public typealias ImportProgress = (_ status: () -> String) -> Void
