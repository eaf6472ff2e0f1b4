// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "docparse",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "DocParse", targets: ["DocParse"]),
    .executable(name: "docparse", targets: ["docparse"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    // ZIP containers of .docx and .ofd files (needs zlib1g-dev on Linux).
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    // System ICU (libicu-dev) through pkg-config, with a shim of unversioned names.
    .systemLibrary(
      name: "CICU",
      pkgConfig: "icu-uc icu-i18n",
      providers: [.apt(["libicu-dev"])]
    ),
    // Swift wrapper over ICU; never imports Foundation (see shared/ICU-NOTES.md).
    .target(name: "ICUKit", dependencies: ["CICU"]),
    // libxml2's HTML parser (libxml2-dev) for web pages; only HTMLKit sees it.
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    // Swift tree over libxml2's HTML parser; never imports Foundation.
    .target(name: "HTMLKit", dependencies: ["CLibXML2"]),
    // poppler's GLib interface (libpoppler-glib.so.8) for PDF text with positions, opened with
    // dlopen when the first PDF is read (its forty libraries are not loaded by every process);
    // only PopplerKit sees it.
    // DWARF 4: Debian 12's valgrind (callgrind, massif) cannot read clang's DWARF 5.
    .target(name: "CPoppler", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
    // Swift wrapper over poppler: pages of characters with boxes; never imports Foundation.
    .target(name: "PopplerKit", dependencies: ["CPoppler"]),
    // ZIP containers through ZIPFoundation, Foundation kept inside (internal imports).
    // Library evolution makes the implementation-only imports sound (no client needs their layouts).
    .target(
      name: "ZipKit", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
      swiftSettings: [.unsafeFlags(["-enable-library-evolution"])]),
    .target(name: "DocParse", dependencies: ["ICUKit", "HTMLKit", "PopplerKit", "ZipKit"]),
    // glibc's mallopt for the CLI: large arrays mapped and returned when freed.
    // DWARF 4: Debian 12's valgrind (callgrind, massif) cannot read clang's DWARF 5.
    .target(name: "CMemory", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
    .executableTarget(
      name: "docparse",
      dependencies: [
        "DocParse",
        "CMemory",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "docparse-bench", dependencies: ["DocParse"], path: "Benchmarks/docparse-bench"),
    // The fuzz target; `Fuzz/run.sh` builds it with libFuzzer, a plain build replays files.
    .executableTarget(
      name: "docparse-fuzz", dependencies: ["DocParse"], path: "Fuzz", exclude: ["run.sh", "dict.txt", "make-inputs.py", "README.md"]),
    .testTarget(name: "ICUKitTests", dependencies: ["ICUKit"]),
    .testTarget(name: "DocParseTests", dependencies: ["DocParse"]),
    // Runs the built `docparse` binary; `swift build` (or `swift test`) builds it first.
    .testTarget(name: "docparseCLITests", dependencies: ["docparse"]),
  ]
)
