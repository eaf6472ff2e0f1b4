import ArgumentParser
import DocParse

struct Parse: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse",
    abstract: "Print the docparse/1 JSON (metadata, section tree, facts) of each document.",
    discussion: """
      With no FILE, or with -, reads standard input. A directory is read
      recursively (hidden files skipped, names in order).

      One document prints one JSON object. A batch (several files, a
      directory, --files-from or --jsonl) prints JSON Lines in input order,
      each object starting with "id" (the path, or the record's id); with
      --pretty it prints one JSON array instead. Documents are parsed by
      --jobs workers at once; the output does not depend on their number.

      A document that cannot be read or decoded is reported on stderr
      (`docparse: FILE: problem`) and the others are still parsed. When
      docparse lists the inputs itself (a directory, --files-from, --jsonl)
      or prints one JSON array (--pretty), the failure also stands in the
      output, in its place, as {"id", "error"}. Exit status: 0 when every
      document was parsed, 1 when some failed, 2 on a usage error.

      With --jsonl each input line is a record {"id", "text"} (the document
      itself) or {"id", "path"} (a file to read): docparse as a long-lived
      filter in a pipeline (Spark's RDD.pipe, GNU parallel --pipe).

      Examples:
        docparse parse Fixtures/qianjiang-2023-work-plan.txt --pretty
        docparse parse notices/ > notices.jsonl
        find notices -name '*.html' | docparse parse --files-from - --jobs 4
        docparse parse --jsonl records.jsonl
        iconv -f utf-8 -t gb18030 a.txt | docparse parse
      """
  )

  @OptionGroup var inputs: BatchOptions

  @Flag(help: "Indent the JSON for people (a batch becomes one JSON array).")
  var pretty = false

  @Option(help: "Reference year for dates written without one (default: the document's year).")
  var year: Int?

  func run() throws {
    let batch = Batch.isBatch(inputs)
    let pretty = self.pretty
    // Facts are found as the JSON is written: memory follows the text, not the number of figures.
    let options = ParseOptions(referenceYear: year, defersFacts: true)
    let array = batch && pretty
    // A JSON array always has an element per document; JSON Lines has one for
    // a failure when docparse listed the inputs itself.
    let errorRecords = array || Batch.writesErrorRecords(inputs)
    if array { Input.emit("[\n") }
    let ok = Batch.run(
      inputs,
      work: { item, sink in
        let source = try item.load()
        let result = DocParser.parse(source, options: options)
        if array && item.index > 0 { sink(Array(",\n".utf8)) }
        ContractJSON.write(result, pretty: pretty, id: batch ? item.id : nil, flush: sink)
        sink(array ? [] : [0x0A])
      },
      failure: { item, error, sink in
        guard batch && errorRecords else { return }
        let record = JSON.object([("id", item.id), ("error", .string(error.problem))])
        if array && item.index > 0 { sink(Array(",\n".utf8)) }
        sink(Array(record.serialized(pretty: pretty).utf8) + (array ? [] : [0x0A]))
      })
    if array { Input.emit("\n]\n") }
    if !ok { throw ExitCode(1) }
  }
}
