package dev.synesthetic.codegen.realworld;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.GeneratorConfig.Emit;
import dev.synesthetic.codegen.ModelledValidators;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.diagnostic.Severity;
import dev.synesthetic.codegen.emit.bytecode.BytecodeEmitter;
import dev.synesthetic.codegen.testing.Locations;
import dev.synesthetic.codegen.testing.ReadmeMapper;
import dev.synesthetic.codegen.validation.InMemoryJava;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real-world-shaped schemas (manifests, CI workflows, OpenAPI fragments, compose files, lint
 * configs, GeoJSON, Kubernetes resources…, {@code real-world/} in the test resources), one row of
 * {@code real-world/expectations.tsv} per corpus folder. A {@code COMPILES} corpus generates records
 * and validators that compile with every lint an error, with exactly the listed warnings; a
 * {@code REFUSED} corpus fails with exactly the listed errors (each documented in the README) and
 * its validators alone still generate and compile. Where {@code real-world-instances/<folder>/}
 * holds {@code valid.json} and {@code invalid.json}, the valid instance binds to the root record and
 * writes back unchanged (COMPILES only) and passes the validator; the invalid one fails it with the
 * violation it names. An optional sixth cell maps {@code $id} prefixes to folders of the shared data
 * ({@code PREFIX=DIR}, {@code " ; "} between), as {@code --map-id} would: e.g. the official meta-schemas
 * for a schema whose property is a schema.
 */
class RealWorldCorpusTest {
    private static final String PACKAGE = "com.example.realworld";
    private static final Path ROOT = resource("/real-world");
    private static final Path INSTANCES = resource("/real-world-instances");
    private static final Map<String, String> DRAFTS = Map.of(
            "http://json-schema.org/draft-04/schema#", "04",
            "http://json-schema.org/draft-06/schema#", "06",
            "http://json-schema.org/draft-07/schema#", "07",
            "https://json-schema.org/draft/2019-09/schema", "2019-09",
            "https://json-schema.org/draft/2020-12/schema", "2020-12");
    private static final ObjectMapper MAPPER = ReadmeMapper.jackson2();
    private static final Pattern DIAGNOSTIC = Pattern.compile("([A-Z_]+) ([^#\\s]+)#(\\S*)");

    enum Outcome {
        COMPILES,
        REFUSED
    }

    /**
     * One row: a corpus folder, the draft of its files, the outcome, the schema file instances
     * follow ({@code -}: none), and the diagnostics: for COMPILES every warning, for REFUSED every
     * error, each {@code CODE file#pointer}.
     */
    record Row(
            String folder,
            String draft,
            Outcome outcome,
            String instanceSchema,
            List<String> diagnostics,
            Map<String, Path> idPrefixes) {
        @Override
        public String toString() {
            return folder + " (" + draft + ", " + outcome + ")";
        }
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve("expectations.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            assertThat(cells.length)
                    .as("five or six tab-separated cells: %s", line)
                    .isBetween(5, 6);
            List<String> diagnostics = cells[4].equals("-")
                    ? List.of()
                    : Arrays.stream(cells[4].split(" ; ")).map(String::strip).toList();
            Map<String, Path> prefixes = new java.util.TreeMap<>();
            if (cells.length == 6) {
                for (String pair : cells[5].split(" ; ")) {
                    String[] parts = pair.strip().split("=", 2);
                    prefixes.put(parts[0], Locations.shared().resolve(parts[1]));
                }
            }
            rows.add(new Row(cells[0], cells[1], Outcome.valueOf(cells[2]), cells[3], diagnostics, prefixes));
        }
        return rows;
    }

    @Test
    void everyFixtureFolderHasExactlyOneRowAndTheCorpusIsLargeEnough() throws IOException {
        List<String> folders;
        try (Stream<Path> list = Files.list(ROOT)) {
            folders = list.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
        List<String> listed = rows().stream().map(Row::folder).sorted().toList();
        assertThat(listed).isEqualTo(folders);
        assertThat(folders).hasSizeGreaterThanOrEqualTo(30);
        try (Stream<Path> list = Files.list(INSTANCES)) {
            assertThat(list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md")))
                    .allMatch(folders::contains);
        }
    }

    /** The docs (README and docs/) document every expected diagnostic's code, and for an unsupported keyword the keyword. */
    @Test
    void everyExpectedErrorIsDocumentedInTheDocs() throws IOException {
        StringBuilder docs = new StringBuilder(Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8));
        try (Stream<Path> pages = Files.list(Path.of("..", "docs"))) {
            for (Path page :
                    pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                docs.append('\n').append(Files.readString(page, StandardCharsets.UTF_8));
            }
        }
        String readme = docs.toString();
        for (Row row : rows()) {
            for (String expected : row.diagnostics()) {
                Matcher m = DIAGNOSTIC.matcher(expected);
                assertThat(m.matches()).as("%s: %s", row.folder(), expected).isTrue();
                assertThat(readme.contains("`" + m.group(1) + "`"))
                        .as("docs document %s", m.group(1))
                        .isTrue();
                // a warning may name any keyword (an unknown one, any sibling of $ref); an error names one the README
                // lists
                if (m.group(1).equals("UNSUPPORTED_KEYWORD")) {
                    String pointer = m.group(3);
                    String keyword = pointer.substring(pointer.lastIndexOf('/') + 1)
                            .replace("~1", "/")
                            .replace("~0", "~");
                    assertThat(readme.contains("`" + keyword + "`"))
                            .as("docs name keyword %s (%s)", keyword, row.folder())
                            .isTrue();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void generatesCodeThatCompilesOrFailsWithTheDocumentedDiagnostics(Row row) throws Exception {
        Path corpus = ROOT.resolve(row.folder());
        assertThat(draftsOf(corpus)).as("drafts of %s", row.folder()).containsExactly(row.draft());
        GeneratorConfig config = GeneratorConfig.builder(corpus, PACKAGE)
                .emit(Emit.RECORDS_AND_VALIDATORS)
                .idPrefixes(row.idPrefixes())
                .build();
        if (row.outcome() == Outcome.COMPILES) {
            GenerationResult result = new Generator().generate(config);
            assertThat(rendered(result.warnings())).isEqualTo(new TreeSet<>(row.diagnostics()));
            assertThat(result.warnings()).allMatch(d -> d.severity() == Severity.WARNING);
            assertThat(result.rootRecords()).isNotEmpty();
            Map<String, byte[]> compiled = compile(result);
            checkInstances(row, result, InMemoryJava.load(compiled), true);
            checkWrittenDirectly(row, config, result, compiled);
        } else {
            GenerationException refused =
                    catchThrowableOfType(GenerationException.class, () -> new Generator().generate(config));
            assertThat(refused).as("records are refused").isNotNull();
            List<Diagnostic> errors =
                    refused.diagnostics().stream().filter(Diagnostic::isError).toList();
            assertThat(rendered(errors)).isEqualTo(new TreeSet<>(row.diagnostics()));
            assertThat(errors).allSatisfy(d -> assertThat(d.hint()).isNotBlank());
            // validators support every keyword: the same corpus still gets them
            GenerationResult validators = new Generator().generateValidators(config);
            assertThat(validators.validators()).isNotEmpty();
            Map<String, byte[]> compiled = compile(validators);
            checkInstances(row, validators, InMemoryJava.load(compiled), false);
            checkWrittenDirectly(row, config, validators, compiled);
        }
    }

    private static Map<String, byte[]> compile(GenerationResult result) {
        Compilation compilation = InMemoryJava.compile(result.files(), "--release", "17", "-Xlint:all", "-Werror");
        assertThat(compilation).succeededWithoutWarnings();
        return InMemoryJava.classes(compilation);
    }

    /**
     * The validators as {@code validate} writes them (class files from the validator model, no
     * javac), loaded beside the runtime compiled into the package, give both instances exactly the
     * compiled validator's violations (keyword location, instance location, message).
     */
    private static void checkWrittenDirectly(
            Row row, GeneratorConfig config, GenerationResult result, Map<String, byte[]> compiled) throws Exception {
        if (row.instanceSchema().equals("-")) {
            return;
        }
        ModelledValidators modelled = new Generator().modelValidators(config);
        Map<String, byte[]> classes = new HashMap<>(compiled);
        classes.putAll(new BytecodeEmitter().emit(modelled.model(), modelled.companions(), PACKAGE));
        Class<?> expected =
                InMemoryJava.load(compiled).loadClass(result.validators().get(row.instanceSchema()));
        Class<?> written = InMemoryJava.load(classes)
                .loadClass(modelled.result().validators().get(row.instanceSchema()));
        Path folder = INSTANCES.resolve(row.folder());
        List<Object> instances = List.of(
                MAPPER.readValue(folder.resolve("valid.json").toFile(), Object.class),
                MAPPER.treeToValue(
                        MAPPER.readTree(folder.resolve("invalid.json").toFile()).get("instance"), Object.class));
        for (Object instance : instances) {
            assertThat(violations(written, instance))
                    .as("written directly: %s", instance)
                    .isEqualTo(violations(expected, instance));
        }
    }

    /** Every violation, as its record's {@code toString()}. */
    private static List<String> violations(Class<?> validator, Object json) throws Exception {
        List<String> all = new ArrayList<>();
        ((List<?>) validator.getMethod("validate", Object.class).invoke(null, json))
                .forEach(v -> all.add(v.toString()));
        return all;
    }

    private static void checkInstances(Row row, GenerationResult result, ClassLoader loader, boolean bind)
            throws Exception {
        Path folder = INSTANCES.resolve(row.folder());
        if (row.instanceSchema().equals("-")) {
            assertThat(folder).doesNotExist();
            return;
        }
        String validJson = Files.readString(folder.resolve("valid.json"), StandardCharsets.UTF_8);
        JsonNode invalid = MAPPER.readTree(folder.resolve("invalid.json").toFile());
        Class<?> validator = loader.loadClass(result.validators().get(row.instanceSchema()));
        assertThat(validate(validator, MAPPER.readValue(validJson, Object.class)))
                .as("valid instance")
                .isEmpty();
        List<String> violations = validate(validator, MAPPER.treeToValue(invalid.get("instance"), Object.class));
        assertThat(violations)
                .as("invalid instance")
                .contains(invalid.get("violation").textValue());
        if (bind) {
            Class<?> root = loader.loadClass(result.rootRecords().get(row.instanceSchema()));
            Object record = MAPPER.readValue(validJson, root);
            assertThat(MAPPER.readTree(MAPPER.writeValueAsString(record)))
                    .as("round trip")
                    .isEqualTo(MAPPER.readTree(validJson));
        }
    }

    /** Each violation as {@code instanceLocation keyword}. */
    private static List<String> validate(Class<?> validator, Object json) throws Exception {
        try {
            List<?> violations =
                    (List<?>) validator.getMethod("validate", Object.class).invoke(null, json);
            List<String> located = new ArrayList<>();
            for (Object violation : violations) {
                located.add(violation.getClass().getMethod("instanceLocation").invoke(violation) + " "
                        + violation.getClass().getMethod("keyword").invoke(violation));
            }
            return located;
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static Set<String> rendered(List<Diagnostic> diagnostics) {
        TreeSet<String> out = new TreeSet<>();
        for (Diagnostic d : diagnostics) {
            out.add(d.code() + " " + d.location().map(Object::toString).orElse("?"));
        }
        return out;
    }

    private static Set<String> draftsOf(Path corpus) throws IOException {
        TreeSet<String> drafts = new TreeSet<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String schema = MAPPER.readTree(file.toFile()).path("$schema").asText("");
                drafts.add(DRAFTS.getOrDefault(schema, "unknown " + schema));
            }
        }
        return drafts;
    }

    private static Path resource(String name) {
        try {
            return Path.of(RealWorldCorpusTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
