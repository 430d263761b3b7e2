package dev.synesthetic.codegen.validation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.testing.compile.Compilation;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.ModelledValidators;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.emit.bytecode.BytecodeEmitter;
import dev.synesthetic.codegen.emit.validator.ValidatorEmitter;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Runs JSON Schema Test Suite files through generated validators: each group's schema is staged
 * as {@code schema.json} in its own corpus folder (with the suite's {@code remotes/} when it
 * refers to {@code http://localhost:1234/}), generated into its own package, and everything is
 * compiled in a single javac call. The same validators are also emitted as class files directly
 * ({@link BytecodeEmitter}, what {@code validate} runs) and loaded beside the javac-compiled runtime:
 * every case must get the same verdicts and the same violations (keyword location, instance location,
 * message) from both, or the run fails whatever the known failures say.
 */
final class SuiteRunner {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final String REMOTE = "http://localhost:1234/";
    /** The official meta-schemas, mapped as a user would with {@code --map-id}: read in place, never copied. */
    private static final Path METASCHEMAS =
            dev.synesthetic.codegen.testing.Locations.shared().resolve("json-schema-metaschemas");
    /** The suite's per-draft remote folders; a run serves only its own draft's one (and the shared files). */
    private static final Set<String> DRAFT_FOLDERS =
            Set.of("draft3", "draft4", "draft6", "draft7", "draft2019-09", "draft2020-12", "v1");

    record Group(String file, int index, String description, JsonNode schema, List<Case> cases) {
        String packageName() {
            return "suite.t_"
                    + file.replace(".json", "").replaceAll("[^A-Za-z0-9]", "_").toLowerCase(Locale.ROOT) + ".g" + index;
        }
    }

    record Case(String description, JsonNode data, boolean valid) {}

    /** One case's result; {@code detail} says why it failed. */
    record Outcome(String file, String group, String testCase, boolean passed, String detail) {
        String key() {
            return file + "\t" + group + "\t" + testCase;
        }
    }

    private final Path remotes;
    private final Path staging;
    private final UnaryOperator<GeneratorConfig> options;
    private final String draftFolder;

    SuiteRunner(Path remotes, Path staging) {
        this(remotes, staging, UnaryOperator.identity());
    }

    /** With {@code options} applied to every group's configuration (e.g. format assertion). */
    SuiteRunner(Path remotes, Path staging, UnaryOperator<GeneratorConfig> options) {
        this(remotes, staging, options, "draft2020-12");
    }

    /**
     * @param draftFolder the suite's folder name of the draft under test ({@code draft7}): the
     *     remotes in that folder are served, those of other drafts are not
     */
    SuiteRunner(Path remotes, Path staging, UnaryOperator<GeneratorConfig> options, String draftFolder) {
        this.remotes = remotes;
        this.staging = staging;
        this.options = options;
        this.draftFolder = draftFolder;
    }

    static List<Group> read(Path file) throws IOException {
        List<Group> groups = new ArrayList<>();
        JsonNode root = MAPPER.readTree(file.toFile());
        for (int i = 0; i < root.size(); i++) {
            JsonNode group = root.get(i);
            List<Case> cases = new ArrayList<>();
            group.get("tests")
                    .forEach(t -> cases.add(new Case(
                            t.get("description").asText(),
                            t.get("data"),
                            t.get("valid").asBoolean())));
            groups.add(new Group(
                    file.getFileName().toString(), i, group.get("description").asText(), group.get("schema"), cases));
        }
        return groups;
    }

    List<Outcome> run(List<Group> groups) throws IOException, ReflectiveOperationException {
        List<GeneratedFile> sources = new ArrayList<>();
        Map<String, byte[]> direct = new HashMap<>();
        Map<Group, String> generationErrors = new HashMap<>();
        for (Group group : groups) {
            try {
                // One front-end run, rendered twice: as generateValidators' sources and as class files.
                ModelledValidators modelled = new Generator().modelValidators(stage(group));
                sources.addAll(
                        new ValidatorEmitter().emit(modelled.model(), modelled.companions(), group.packageName()));
                direct.putAll(new BytecodeEmitter().emit(modelled.model(), modelled.companions(), group.packageName()));
            } catch (GenerationException e) {
                generationErrors.put(
                        group, "generation error: " + e.getMessage().replace('\n', ' '));
            }
        }
        Compilation compilation = InMemoryJava.compile(sources, "--release", "17");
        if (compilation.status() != Compilation.Status.SUCCESS) {
            throw new AssertionError("generated validators do not compile: "
                    + compilation
                            .errors()
                            .subList(0, Math.min(5, compilation.errors().size())));
        }
        Map<String, byte[]> compiled = InMemoryJava.classes(compilation);
        ClassLoader loader = InMemoryJava.load(compiled);
        // The runtime as javac compiled it into each group's package, the validators as written directly.
        Map<String, byte[]> withDirect = new HashMap<>(compiled);
        withDirect.putAll(direct);
        ClassLoader directLoader = InMemoryJava.load(withDirect);
        List<Outcome> outcomes = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        for (Group group : groups) {
            String error = generationErrors.get(group);
            String name = group.packageName() + ".SchemaValidator";
            GeneratedValidator validator = error == null ? new GeneratedValidator(loader, name) : null;
            GeneratedValidator directValidator = error == null ? new GeneratedValidator(directLoader, name) : null;
            for (Case c : group.cases()) {
                if (error != null) {
                    outcomes.add(new Outcome(group.file(), group.description(), c.description(), false, error));
                    continue;
                }
                outcomes.add(runCase(validator, group, c));
                String javac = results(validator, c);
                String bytecode = results(directValidator, c);
                if (!javac.equals(bytecode)) {
                    disagreements.add(group.file() + " / " + group.description() + " / " + c.description()
                            + ":\n  javac:    " + javac + "\n  bytecode: " + bytecode);
                }
            }
        }
        if (!disagreements.isEmpty()) {
            throw new AssertionError(disagreements.size() + " cases where the directly written validators disagree"
                    + " with the compiled ones, e.g.\n"
                    + String.join("\n", disagreements.subList(0, Math.min(10, disagreements.size()))));
        }
        return outcomes;
    }

    /** Everything a validator says of a case: its verdict, every violation, the fail-fast one (or what it threw). */
    private static String results(GeneratedValidator validator, Case c) {
        Object data = MAPPER.convertValue(c.data(), Object.class);
        try {
            return validator.isValid(data) + " " + validator.validate(data) + " " + validator.validateFailFast(data);
        } catch (RuntimeException | StackOverflowError e) {
            return "threw " + e.getClass().getName();
        }
    }

    private static Outcome runCase(GeneratedValidator validator, Group group, Case c) {
        Object data = MAPPER.convertValue(c.data(), Object.class);
        String detail;
        try {
            boolean valid = validator.isValid(data);
            List<String> violations = validator.validate(data);
            List<String> first = validator.validateFailFast(data);
            if (valid != violations.isEmpty() || valid != first.isEmpty() || first.size() > 1) {
                detail = "modes disagree: isValid " + valid + ", validate " + violations + ", fail-fast " + first;
            } else {
                detail = valid == c.valid()
                        ? ""
                        : "expected " + (c.valid() ? "valid" : "invalid") + ", got " + violations;
            }
        } catch (RuntimeException | StackOverflowError e) {
            detail = "threw " + e;
        }
        return new Outcome(group.file(), group.description(), c.description(), detail.isEmpty(), detail);
    }

    private GeneratorConfig stage(Group group) throws IOException {
        Path folder = staging.resolve(group.packageName());
        Files.createDirectories(folder);
        String text = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(group.schema());
        Files.writeString(folder.resolve("schema.json"), text);
        if (text.contains(REMOTE)) {
            copyRemotes(folder.resolve("remotes"), text);
        }
        return options.apply(GeneratorConfig.builder(folder, group.packageName())
                .idPrefixes(Map.of(
                        REMOTE,
                        Path.of("remotes"),
                        "https://json-schema.org/",
                        METASCHEMAS,
                        "http://json-schema.org/",
                        METASCHEMAS))
                .build());
    }

    /**
     * Only the remotes of the draft under test (and those every draft shares), and another draft's
     * remote only when the schema names it by its URL (the cross-draft cases); a custom meta-schema (and the
     * format-assertion ones) only for the schema that names it: each would be a root of its own, with validators for the
     * official meta-schemas it refers to.
     */
    private void copyRemotes(Path target, String schemaText) throws IOException {
        try (Stream<Path> files = Files.walk(remotes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = remotes.relativize(file);
                String name = file.getFileName().toString();
                String top = relative.getName(0).toString();
                boolean named = schemaText.contains(REMOTE + relative.toString().replace('\\', '/'));
                if ((DRAFT_FOLDERS.contains(top) && !top.equals(draftFolder) && !named)
                        || ((name.startsWith("metaschema-") || name.startsWith("format-assertion-"))
                                && !schemaText.contains(name))) {
                    continue;
                }
                Files.createDirectories(target.resolve(relative).getParent());
                Files.copy(file, target.resolve(relative));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
