internal import CLibXML2

/// An element of a parsed HTML page: lower-case tag name, attributes and content.
///
/// A plain Swift tree copied out of libxml2's, so no libxml2 type leaves this
/// module (callers import Foundation, which must not see libxml2's C types).
public final class HTMLElement: Sendable {
  /// The tag name in lower case (`p`, `td`, `meta`).
  public let name: String
  /// Attributes, names in lower case, in document order.
  public let attributes: [(name: String, value: String)]
  /// Child elements and text, in document order.
  public let children: [HTMLContent]

  init(name: String, attributes: [(name: String, value: String)], children: [HTMLContent]) {
    self.name = name
    self.attributes = attributes
    self.children = children
  }

  /// The value of the attribute `name` (lower case), if present.
  public func attribute(_ name: String) -> String? {
    attributes.first { $0.name == name }?.value
  }
}

/// One piece of an element's content.
public enum HTMLContent: Sendable {
  case element(HTMLElement)
  /// Text with entities decoded (`&nbsp;` is U+00A0).
  case text(String)
}

/// Why a page could not be parsed.
public struct HTMLError: Error, Sendable, CustomStringConvertible {
  public let description: String
}

/// libxml2's HTML parser, which recovers from the broken markup real pages have.
public enum HTMLParser {
  /// Elements nested deeper than this are flattened into their ancestor at
  /// that depth (their text is kept), so hostile nesting cannot exhaust the stack.
  public static let maximumDepth = 200

  /// Parses UTF-8 bytes of an HTML page (already converted from its charset).
  /// Elements named in `emptying` (lower case: `script`, `nav`) are kept
  /// without attributes or content, and only the attributes named in
  /// `keepingAttributes` are copied (all when nil), for a caller that never
  /// reads the rest (long `href`s and `onclick`s are most of a page's markup).
  public static func parse(utf8 bytes: [UInt8], emptying: Set<String> = [], keepingAttributes: Set<String>? = nil)
    throws(HTMLError) -> HTMLElement
  {
    clibxml2_quiet()
    guard bytes.count < Int(Int32.max) else { throw HTMLError(description: "page too large for the HTML parser") }
    let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", clibxml2_html_options())
      }
    }
    guard let doc else { throw HTMLError(description: "not an HTML page (the HTML parser found no document)") }
    defer { xmlFreeDoc(doc) }
    return TreeCopy(lowercaseNames: true, keepTextBelowLimit: true, emptied: emptying, attributes: keepingAttributes)
      .document(doc)
  }
}

/// libxml2's XML parser for the XML inside office containers (`.docx`
/// parts, OFD pages). Element and attribute names are local names, case kept
/// (`w:p` → `p`, `ofd:TextCode` → `TextCode`). External entities and DTDs are
/// never loaded and the network is never used.
public enum XMLParser {
  /// Parses UTF-8 (or declared-encoding) XML bytes.
  public static func parse(_ bytes: [UInt8]) throws(HTMLError) -> HTMLElement {
    clibxml2_quiet()
    guard bytes.count < Int(Int32.max) else { throw HTMLError(description: "XML part too large") }
    let doc: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        xmlReadMemory(chars.baseAddress, Int32(chars.count), nil, nil, clibxml2_xml_options())
      }
    }
    guard let doc else { throw HTMLError(description: "not well-formed XML") }
    defer { xmlFreeDoc(doc) }
    return TreeCopy(lowercaseNames: false, keepTextBelowLimit: false, emptied: [], attributes: nil).document(doc)
  }
}

/// Copies libxml2's tree into `HTMLElement`s, for both parsers: names lower-cased
/// for HTML and kept for XML; below `HTMLParser.maximumDepth` an HTML element's
/// text is kept as one run, an XML element's content dropped.
private struct TreeCopy {
  let lowercaseNames: Bool
  let keepTextBelowLimit: Bool
  /// Names of elements copied without attributes or content.
  let emptied: Set<String>
  /// Names of the attributes copied; nil: all.
  let attributes: Set<String>?

  func document(_ doc: xmlDocPtr) -> HTMLElement {
    var children: [HTMLContent] = []
    var node = doc.pointee.children
    while let current = node {
      if let content = copy(current, depth: 0) { children.append(content) }
      node = current.pointee.next
    }
    return HTMLElement(name: "#document", attributes: [], children: children)
  }

  private func name(_ raw: UnsafePointer<xmlChar>?) -> String {
    guard let raw else { return "" }
    guard lowercaseNames else { return String(cString: raw) }
    // Tag and attribute names are ASCII; lower-case them byte by byte.
    let length = Int(xmlStrlen(raw))
    return String(unsafeUninitializedCapacity: length) { buffer in
      for i in 0..<length {
        let b = raw[i]
        buffer[i] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
      }
      return length
    }
  }

  private func copy(_ node: xmlNodePtr, depth: Int) -> HTMLContent? {
    switch node.pointee.type {
    case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
      guard let content = node.pointee.content else { return nil }
      return .text(String(cString: content))
    case XML_ELEMENT_NODE:
      let elementName = name(node.pointee.name)
      if emptied.contains(elementName) { return .element(HTMLElement(name: elementName, attributes: [], children: [])) }
      var attributes: [(name: String, value: String)] = []
      var attribute = node.pointee.properties
      while let a = attribute {
        let attributeName = name(a.pointee.name)
        if let wanted = self.attributes, !wanted.contains(attributeName) {
          attribute = a.pointee.next
          continue
        }
        var value = ""
        var child = a.pointee.children
        while let c = child {
          if let content = c.pointee.content { value += String(cString: content) }
          child = c.pointee.next
        }
        attributes.append((attributeName, value))
        attribute = a.pointee.next
      }
      var children: [HTMLContent] = []
      if depth < HTMLParser.maximumDepth {
        var child = node.pointee.children
        while let c = child {
          if let content = copy(c, depth: depth + 1) { children.append(content) }
          child = c.pointee.next
        }
      } else if keepTextBelowLimit, let text = xmlNodeGetContent(node) {
        // Too deep: keep the text of everything below as one run.
        children.append(.text(String(cString: text)))
        clibxml2_free(text)
      }
      return .element(HTMLElement(name: elementName, attributes: attributes, children: children))
    default:
      return nil
    }
  }
}

extension HTMLElement {
  /// The child elements, in order.
  public var elements: [HTMLElement] {
    children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
  }

  /// The first child element named `name`.
  public func child(_ name: String) -> HTMLElement? {
    for case .element(let e) in children where e.name == name { return e }
    return nil
  }

  /// All descendants named `name`, in document order (iterative, any depth).
  public func descendants(_ name: String) -> [HTMLElement] {
    var found: [HTMLElement] = []
    var stack: [HTMLElement] = [self]
    while let e = stack.popLast() {
      for case .element(let c) in e.children.reversed() { stack.append(c) }
      if e !== self && e.name == name { found.append(e) }
    }
    return found
  }

  /// The text of the element and everything in it.
  public var text: String {
    var out = ""
    var stack: [HTMLContent] = children.reversed()
    while let c = stack.popLast() {
      switch c {
      case .text(let t): out += t
      case .element(let e): stack.append(contentsOf: e.children.reversed())
      }
    }
    return out
  }
}
