package dev.synesthetic.codegen.config;

import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.emit.JacksonBaseline;
import dev.synesthetic.codegen.naming.PackageNames;
import dev.synesthetic.codegen.vocabulary.Draft;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Every option the CLI, the Maven plugin and the settings file share, and where each goes in a
 * {@link GeneratorConfig}. A new option is one constant here, its place in {@link #GENERATE} (or
 * {@link #CORPUS}) and in {@link #generatorConfig}; the CLI offers it and the settings file accepts
 * it from this list, the plugin needs a parameter for it.
 */
public final class CodegenOptions {
    public static final Option<Path> SCHEMAS = Option.folder("schemas", "Folder of *.json schemas.");

    public static final Option<Path> OUTPUT =
            Option.folder("output", "Source folder of the generated code, e.g. src/main/java.");

    public static final Option<String> PACKAGE = Option.value(
            "package", "PKG", "Java package of the generated types.", PackageNames::require, name -> name, null);

    public static final Option<Map<String, Path>> ID_PREFIXES = Option.pairs(
            "idPrefixes",
            "--map-id",
            "Resolve $ids starting with PREFIX from DIR (relative to the schemas folder; outside it, e.g. a copy of"
                    + " the meta-schemas for https://json-schema.org/, only what $refs reach gets code); repeatable.");

    public static final Option<List<String>> IGNORE_LINES = Option.list(
            "ignoreLines",
            "--ignore-line",
            "REGEX",
            "Leave lines matching REGEX out of the comparison (both sides); repeatable.");

    public static final Option<JacksonBaseline> JACKSON = Option.value(
            "jackson",
            "VERSION",
            "Oldest jackson-databind the records bind with: 2.21 (default; also Jackson 3) or 2.18 (any Jackson 2.18+,"
                    + " for 2.18-2.20); 3: records as 2.21, readers on Jackson 3 (tools.jackson).",
            JacksonBaseline::parse,
            JacksonBaseline::version,
            JacksonBaseline.DEFAULT);

    public static final Option<Draft> DEFAULT_DRAFT = Option.value(
            "defaultDraft",
            "DRAFT",
            "Draft of schema files without $schema: 04, 06, 07, 2019-09 or 2020-12.",
            Draft::parse,
            Draft::optionName,
            Draft.DRAFT_2020_12);

    public static final Option<Boolean> STRICT = Option.toggle(
            "strict",
            "Unknown keywords (and keywords the draft ignores) are errors, not warnings; x- keywords stay silent.");

    public static final Option<Boolean> VALIDATORS = Option.toggle(
            "validators",
            "Generate one validator per schema file next to the records (JDK only, no dependencies); on by default,"
                    + " --no-validators (validators=false) generates records alone.",
            true);

    public static final Option<Boolean> VALIDATORS_ONLY = Option.toggle(
            "validatorsOnly",
            "Generate the validators alone, no records: for corpora the record model refuses (allOf, oneOf, if,"
                    + " tuples, ...). In compat: compare documents only, not the generated Java API (which needs a"
                    + " JDK).");

    public static final Option<Boolean> READERS = Option.toggle(
            "readers",
            "Also generate, per schema file whose root has a Java type, a reader that parses, validates and binds in"
                    + " one call (implies validators; needs jackson-databind 2, or 3 with --jackson 3).");

    public static final Option<Boolean> FORMAT_ASSERTIONS = Option.toggle(
            "formatAssertions",
            "Generated validators assert every format draft 2020-12 and draft-07 define (date-time, email, hostname, uri, regex, ...,"
                    + " each by its RFC); otherwise format is an annotation. Unknown formats stay annotations.");

    public static final Option<Boolean> BUILDERS = Option.toggle(
            "builders",
            "Give every record builder(), toBuilder() and a wither per component, every union a factory per variant;"
                    + " on by default, --no-builders (builders=false) leaves them out.",
            true);

    public static final Option<Boolean> BEAN_VALIDATION = Option.toggle(
            "beanValidation",
            "Put jakarta.validation annotations (@NotNull, @Size, @Pattern, @DecimalMin/@DecimalMax, @Valid) on record"
                    + " components for what they express exactly, for frameworks that validate with Hibernate Validator;"
                    + " the generated validators stay the complete check. Needs jakarta.validation-api 3.");

    /** What reading a corpus needs (validating instances needs no more). */
    public static final List<Option<?>> CORPUS = List.of(SCHEMAS, ID_PREFIXES, DEFAULT_DRAFT, STRICT);

    /** What decides the generated files and where they go. */
    public static final List<Option<?>> GENERATE = List.of(
            SCHEMAS,
            OUTPUT,
            PACKAGE,
            ID_PREFIXES,
            JACKSON,
            DEFAULT_DRAFT,
            STRICT,
            VALIDATORS,
            VALIDATORS_ONLY,
            READERS,
            FORMAT_ASSERTIONS,
            BUILDERS,
            BEAN_VALIDATION);

    /** What decides the generated API where {@code compat} compares two corpora (each side is its own folder). */
    public static final List<Option<?>> COMPAT = List.of(
            PACKAGE,
            ID_PREFIXES,
            JACKSON,
            DEFAULT_DRAFT,
            STRICT,
            VALIDATORS,
            VALIDATORS_ONLY,
            READERS,
            BUILDERS,
            BEAN_VALIDATION);

    /** Every option: {@link #GENERATE} and what only comparing with committed output reads. */
    public static final List<Option<?>> ALL = java.util.stream.Stream.concat(
                    GENERATE.stream(), java.util.stream.Stream.of(IGNORE_LINES))
            .toList();

    private CodegenOptions() {}

    static GeneratorConfig generatorConfig(ResolvedOptions options) {
        return GeneratorConfig.builder(options.get(SCHEMAS), options.get(PACKAGE))
                .idPrefixes(options.get(ID_PREFIXES))
                .jackson(options.get(JACKSON))
                .defaultDraft(options.get(DEFAULT_DRAFT))
                .strict(options.get(STRICT))
                .emit(GeneratorConfig.Emit.of(
                        options.get(VALIDATORS), options.get(READERS), options.get(VALIDATORS_ONLY)))
                .formatAssertions(options.get(FORMAT_ASSERTIONS))
                .builders(options.get(BUILDERS))
                .beanValidation(options.get(BEAN_VALIDATION))
                .build();
    }
}
