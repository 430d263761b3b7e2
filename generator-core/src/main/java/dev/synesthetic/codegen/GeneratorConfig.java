package dev.synesthetic.codegen;

import dev.synesthetic.codegen.load.Draft;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What to generate.
 *
 * @param schemaFolder the corpus folder ({@code *.json} files below it are schemas)
 * @param packageName the Java package of the generated types
 * @param idPrefixes optional {@code $id} prefix → folder (relative to {@code schemaFolder}) for
 *     referenced {@code $id}s no corpus file declares
 * @param jackson the oldest Jackson the records must compile and bind with
 * @param validators also generate one validator per schema file (opt-in while validators mature)
 * @param formatAssertions generated validators assert {@code format} for {@link #ASSERTED_FORMATS};
 *     off, {@code format} is an annotation (the draft 2020-12 default); other formats always are
 * @param readers also generate, per root record, an {@code XReader} that parses, validates and binds
 *     in one call with a Jackson 2 {@code ObjectMapper} (needs jackson-databind; implies validators)
 * @param defaultDraft the draft of schema files that declare no {@code $schema} (2020-12 unless set)
 * @param strict unknown keywords (and keywords the draft ignores) are errors, not warnings;
 *     {@code x-} extension keywords stay silent
 */
public record GeneratorConfig(Path schemaFolder, String packageName, Map<String, Path> idPrefixes,
    JacksonBaseline jackson, boolean validators, boolean formatAssertions, boolean readers, Draft defaultDraft, boolean strict) {
  /** The formats {@link #withFormatAssertions()} makes validators check (RFC 3339 section 5.6). */
  public static final java.util.Set<String> ASSERTED_FORMATS = java.util.Set.of("date-time", "date", "time");

  public GeneratorConfig {
    Objects.requireNonNull(schemaFolder, "schemaFolder");
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(jackson, "jackson");
    Objects.requireNonNull(defaultDraft, "defaultDraft");
    if (!packageName.isEmpty() && !packageName.matches("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*")) {
      throw new IllegalArgumentException("not a Java package name: '" + packageName + "'");
    }
    for (String segment : packageName.isEmpty() ? new String[0] : packageName.split("\\.")) {
      if (dev.synesthetic.codegen.naming.Identifiers.isKeyword(segment)) {
        throw new IllegalArgumentException("not a Java package name: '" + packageName + "' ('" + segment + "' is a keyword)");
      }
    }
    idPrefixes = java.util.Collections.unmodifiableMap(new TreeMap<>(idPrefixes));
    validators |= readers;
  }

  public GeneratorConfig(Path schemaFolder, String packageName, Map<String, Path> idPrefixes) {
    this(schemaFolder, packageName, idPrefixes, JacksonBaseline.DEFAULT, false, false, false, Draft.DRAFT_2020_12, false);
  }

  public GeneratorConfig(Path schemaFolder, String packageName) {
    this(schemaFolder, packageName, Map.of());
  }

  public GeneratorConfig withJackson(JacksonBaseline baseline) {
    return new GeneratorConfig(schemaFolder, packageName, idPrefixes, baseline, validators, formatAssertions, readers, defaultDraft, strict);
  }

  /** This configuration with validators generated next to the records. */
  public GeneratorConfig withValidators() {
    return new GeneratorConfig(schemaFolder, packageName, idPrefixes, jackson, true, formatAssertions, readers, defaultDraft, strict);
  }

  /**
   * This configuration with generated validators asserting {@code format} {@code date-time},
   * {@code date} and {@code time} (RFC 3339); every other format stays an annotation.
   */
  public GeneratorConfig withFormatAssertions() {
    return new GeneratorConfig(schemaFolder, packageName, idPrefixes, jackson, validators, true, readers, defaultDraft, strict);
  }

  /**
   * This configuration with validators and, for each root schema that became a record, an
   * {@code XReader}: bytes or a String in, the record or the violations out ({@code ReadResult}).
   * Readers use jackson-databind 2 (the records and validators still do not).
   */
  public GeneratorConfig withReaders() {
    return new GeneratorConfig(schemaFolder, packageName, idPrefixes, jackson, true, formatAssertions, true, defaultDraft, strict);
  }

  /** This configuration refusing unknown keywords ({@link dev.synesthetic.codegen.diagnostic.Diagnostics#STRICT}). */
  public GeneratorConfig withStrict() {
    return new GeneratorConfig(schemaFolder, packageName, idPrefixes, jackson, validators, formatAssertions, readers,
        defaultDraft, true);
  }

  /** This configuration reading schema files without {@code $schema} as {@code draft}. */
  public GeneratorConfig withDefaultDraft(Draft draft) {
    return new GeneratorConfig(schemaFolder, packageName, idPrefixes, jackson, validators, formatAssertions, readers, draft, strict);
  }
}
