import ArgumentParser
import DocParse

struct Tokens: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tokens",
    abstract: "Show ICU word (or sentence) segmentation of each document.",
    discussion: """
      One token per line as `start-end<TAB>kind<TAB>text`, where start-end
      is the token's span in Unicode scalars and kind is word, number or
      punctuation (blanks are left out). With --inline, the words of each
      line are printed separated by spaces. With --sentences, sentences
      instead of words.

      Examples:
        docparse tokens Fixtures/qianjiang-2023-work-plan.txt | head
        docparse tokens --inline Fixtures/qianjiang-2023-work-plan.txt
        echo '力争培育科技型企业50家以上。' | docparse tokens --inline
      """
  )

  @Argument(help: "Documents to segment (- for stdin).")
  var files: [String] = []

  @Flag(help: "Print the words of each line separated by spaces.")
  var inline = false

  @Flag(help: "Segment into sentences instead of words.")
  var sentences = false

  func run() throws {
    let tokenizer = try Tokenizer()
    var failed = false
    for path in files.isEmpty ? ["-"] : files {
      do {
        let source = try Input.source(path)
        Input.emit(try render(source.source, tokenizer))
      } catch let error as InputError {
        Input.report(error)
        failed = true
      }
    }
    if failed { throw ExitCode(1) }
  }

  private func render(_ source: SourceText, _ tokenizer: Tokenizer) throws -> String {
    let whole = Span(0, source.count)
    var out = ""
    if sentences {
      for span in try tokenizer.sentences(in: source, span: whole) {
        let text = source[span].trimmingTrailingNewlines
        out += inline ? text + "\n" : "\(span.start)-\(span.end)\tsentence\t\(text)\n"
      }
      return out
    }
    for token in try tokenizer.words(in: source, span: whole) {
      let text = source[token.span]
      if inline {
        if token.kind == .space {
          if text.contains("\n") || text.contains("\r") { out += "\n" }
        } else {
          if !out.isEmpty && out.last != "\n" { out += " " }
          out += text
        }
      } else if token.kind != .space {
        out += "\(token.span.start)-\(token.span.end)\t\(token.kind.rawValue)\t\(text)\n"
      }
    }
    if inline && out.last != "\n" { out += "\n" }
    return out
  }
}

extension String {
  fileprivate var trimmingTrailingNewlines: String {
    var s = self
    while let last = s.last, last.isNewline { s.removeLast() }
    return s
  }
}
