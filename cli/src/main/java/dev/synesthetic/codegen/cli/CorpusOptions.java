package dev.synesthetic.codegen.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command needs to find and read the schema corpus. */
final class CorpusOptions {
  @Option(names = "--config", paramLabel = "FILE",
      description = "Settings file shared with the Maven plugin (default: ./synesthetic-codegen.json when present).")
  Path config;

  @Option(names = "--schemas", paramLabel = "DIR",
      description = "Folder of *.json schemas (default: ../shared/synesthetic-schemas/jsonschema).")
  Path schemas;

  @Option(names = "--package", paramLabel = "PKG",
      description = "Java package of the generated types (default: dev.synesthetic.schema).")
  String packageName;

  @Option(names = "--jackson", paramLabel = "VERSION",
      description = "Oldest jackson-databind the records bind with: 2.21 (default; also Jackson 3) or 2.18 (any Jackson 2.18+, for 2.18-2.20).")
  String jackson;

  @Option(names = "--default-draft", paramLabel = "DRAFT",
      description = "Draft of schema files without $schema: 04, 06, 07, 2019-09 or 2020-12 (default).")
  String defaultDraft;

  @Option(names = "--map-id", paramLabel = "PREFIX=DIR",
      description = "Resolve $ids starting with PREFIX from DIR (relative to --schemas); repeatable.")
  Map<String, Path> idPrefixes = new LinkedHashMap<>();

  @Option(names = "--validators", description = "Also generate one validator per schema file (JDK only, no dependencies).")
  boolean validators;

  @Option(names = "--validators-only",
      description = "Generate the validators alone, no records: for corpora the record model refuses (allOf, oneOf, not, if, tuples, ...).")
  boolean validatorsOnly;

  @Option(names = "--readers",
      description = "Also generate, per root record, a reader that parses, validates and binds in one call (implies --validators; needs jackson-databind 2).")
  boolean readers;

  @Option(names = "--format-assertions",
      description = "Generated validators assert format date-time, date and time (RFC 3339); otherwise format is an annotation.")
  boolean formatAssertions;

  @Option(names = "--strict",
      description = "Unknown keywords (and keywords the draft ignores) are errors, not warnings; x- keywords stay silent.")
  boolean strict;

  @Option(names = "--verbose", description = "Also print the stack trace of an I/O or internal error.")
  boolean verbose;
}
