import ArgumentParser

/// Table formats shared by `targets` and `track`.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
  case markdown, csv, jsonl
}
