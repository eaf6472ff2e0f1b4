import ArgumentParser
import CMemory

#if canImport(Glibc)
  import Glibc
#endif

@main
struct DocParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "docparse",
    abstract: "Turn Chinese government documents (公文) into structured JSON.",
    discussion: """
      Reads plain text (UTF-8, GB18030/GBK or UTF-16), Markdown, saved web
      pages (HTML, any declared charset), Word (.docx), PDF and OFD files; the
      format is sniffed from the content (a .doc/.wps gets the command that
      converts it). Every span in the output is a [start, end) range of Unicode
      scalar offsets into the text docparse read, which `docparse text FILE`
      prints (for a plain-text file: the decoded file).

      Examples:
        docparse parse Fixtures/qianjiang-2023-work-plan.txt --pretty
        docparse tree Fixtures/qijiang-2022-work-plan-notice.txt
        cat notice.txt | docparse parse
        docparse facts --kinds money,count Fixtures/*.txt
        docparse targets Fixtures/qianjiang-2023-work-plan.txt
        docparse track Fixtures/track/county-2023-work-plan.txt Fixtures/track/county-2023-work-summary.txt
        docparse view Fixtures/qianjiang-2023-work-plan.txt -o plan.html
        docparse parse notices/ --jobs 4 > notices.jsonl

      Errors are one line on stderr (`docparse: FILE: problem`) with exit
      status 1; in a batch the other files are still processed.
      """,
    version: "0.1.0 (schema docparse/1)",
    subcommands: [Parse.self, Text.self, Tree.self, Facts.self, Targets.self, Track.self, View.self, Tokens.self]
  )

  /// Runs the command; a usage error exits with status 2 (as most Unix tools
  /// do), a failed document with 1.
  static func main() {
    // Arrays of a megabyte and more (a large document's text, lines, facts)
    // get their own mappings and go back to the system when freed; with glibc's
    // moving threshold a 32 MiB document peaked 15 MB higher.
    cmemory_map_large_allocations(1 << 20)
    // Memory freed between documents stays for the next one (up to 16 MiB an
    // arena): giving it back and faulting it in again cost a batch on two
    // cores 4% more CPU (3,900 page faults against 3,600).
    cmemory_keep_freed_memory(16 << 20)
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        var message = fullMessage(for: error) + "\n"
        message.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
        Glibc.exit(2)
      }
      exit(withError: error)
    }
  }
}
