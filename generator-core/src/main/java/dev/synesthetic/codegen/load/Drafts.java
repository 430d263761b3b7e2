package dev.synesthetic.codegen.load;

import java.util.Map;
import java.util.Optional;

/** Recognises {@code $schema} values. Only draft 2020-12 is generated today. */
final class Drafts {
  static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

  private static final Map<String, String> KNOWN =
      Map.of(
          "http://json-schema.org/draft-04/schema", "draft-04",
          "http://json-schema.org/draft-06/schema", "draft-06",
          "http://json-schema.org/draft-07/schema", "draft-07",
          "https://json-schema.org/draft/2019-09/schema", "2019-09",
          DRAFT_2020_12, "2020-12");

  private Drafts() {}

  /** The draft's short name, or empty for an unrecognised URI. */
  static Optional<String> name(String schemaUri) {
    String key = schemaUri.endsWith("#") ? schemaUri.substring(0, schemaUri.length() - 1) : schemaUri;
    return Optional.ofNullable(KNOWN.get(key));
  }
}
