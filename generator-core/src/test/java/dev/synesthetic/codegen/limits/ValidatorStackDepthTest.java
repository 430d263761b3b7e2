package dev.synesthetic.codegen.limits;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.naming.Identifiers;
import dev.synesthetic.codegen.testing.HangGuard;
import dev.synesthetic.codegen.validation.InMemoryJava;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated validators recurse a few frames per level (object or array nesting, {@code $ref} hop);
 * {@code ValidationContext.MAX_DEPTH} stops them with one {@code maxDepth} violation. This proves
 * the limit fits the JVM's default 1 MiB thread stack (Linux x64 {@code -Xss}) with
 * {@value #CALLER_KIB} KiB left for the caller's frames, even before the JIT compiles the
 * validators: for each schema shape that costs the most stack per level, a document at the limit
 * and one just past it are validated on a {@value #STACK_KIB} KiB thread, in a child JVM run with
 * {@code -Xint} (every frame interpreted: deterministic; with the JIT on, fresh code overflowed at
 * most 11% sooner) with the classes loaded afresh for each document (so call sites are linked, too,
 * at the deepest level). At the limit: no {@code StackOverflowError}, the document's own verdict;
 * past it, and at 100,000 levels: one {@code maxDepth} violation. Raising the limit past about 700,
 * or 40% more stack per step, fails this test.
 *
 * <p>Measured (OpenJDK 17, Linux x64, {@code -Xint}, limit lifted), stack per counted step — a
 * nesting level counts two, its push and its {@code $ref}: 512 B for nested objects, arrays and
 * {@code $ref} chains, 700 B for {@code allOf [$ref]}, 780 B for {@code anyOf}/{@code oneOf
 * [$ref, null]} and {@code if}/{@code then}, 970 B for {@code allOf [anyOf [$ref, null]]}; plus
 * about 100 KiB whatever the depth (96 KiB of it the JVM's guard zones). So 1 MiB holds 970 to
 * 1,840 steps, 768 KiB 700 to 1,330, 512 KiB only 430 to 820.
 */
// The stack budget rests on Linux x64 HotSpot figures (guard zones, 4 KiB pages); elsewhere they differ.
@EnabledOnOs(OS.LINUX)
@EnabledIfSystemProperty(named = "os.arch", matches = "amd64|x86_64")
@EnabledIfSystemProperty(named = "java.vm.name", matches = ".*64-Bit Server VM") // HotSpot, not OpenJ9
class ValidatorStackDepthTest {
    /** The JVM's default thread stack less {@link #CALLER_KIB}. */
    static final int STACK_KIB = 768;

    static final int CALLER_KIB = 1024 - STACK_KIB;
    private static final String DRAFT = "\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"";

    /** File name (without .schema.json) → schema; validated with nested maps, or arrays for "arrays". */
    private static final Map<String, String> SHAPES = shapes();

    @TempDir
    Path temp;

    private static Map<String, String> shapes() {
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("objects", "{\"type\": \"object\", \"properties\": {\"child\": {\"$ref\": \"#\"}}}");
        shapes.put("arrays", "{\"type\": \"array\", \"items\": {\"$ref\": \"#\"}}");
        shapes.put("nullable", child("{\"anyOf\": [{\"$ref\": \"#\"}, {\"type\": \"null\"}]}"));
        shapes.put("all-of", child("{\"allOf\": [{\"$ref\": \"#\"}]}"));
        shapes.put("one-of", child("{\"oneOf\": [{\"$ref\": \"#\"}, {\"type\": \"null\"}]}"));
        shapes.put("all-of-nullable", child("{\"allOf\": [{\"anyOf\": [{\"$ref\": \"#\"}, {\"type\": \"null\"}]}]}"));
        shapes.put(
                "if-then",
                child("{\"if\": {\"type\": \"object\"}, \"then\": {\"$ref\": \"#\"}, \"else\": {\"type\": \"null\"}}"));
        return shapes;
    }

    private static String child(String schema) {
        return "{\"type\": \"object\", \"properties\": {\"child\": " + schema + "}}";
    }

    @Test
    void theDepthLimitFitsTheDefaultThreadStackInterpretedWithRoomForTheCaller() throws Exception {
        Path shapes = Files.createDirectories(temp.resolve("shapes"));
        for (Map.Entry<String, String> shape : SHAPES.entrySet()) {
            Files.writeString(
                    shapes.resolve(shape.getKey() + ".schema.json"),
                    "{" + DRAFT + ", " + shape.getValue().substring(1));
        }
        List<GeneratedFile> sources = new ArrayList<>(new Generator()
                .generateValidators(GeneratorConfig.builder(shapes, "shapes").build())
                .files());
        int limit = maxDepth(sources);
        // $ref hops alone: the root's $ref and the aliases d0 … d(n-1), each naming the next, are n + 1 hops
        Path chains = Files.createDirectories(temp.resolve("chains"));
        Files.writeString(chains.resolve("at-limit.schema.json"), chain(limit - 1));
        Files.writeString(chains.resolve("past-limit.schema.json"), chain(limit));
        sources.addAll(new Generator()
                .generateValidators(GeneratorConfig.builder(chains, "chains").build())
                .files());
        Path classes = write(InMemoryJava.compile(sources, "--release", "17"), temp.resolve("classes"));

        // every nesting level is two steps (the push into the child, the $ref); the limit allows `limit` steps
        int atLimit = limit / 2;
        List<String> cases = new ArrayList<>();
        Map<String, String> expected = new LinkedHashMap<>();
        for (String shape : SHAPES.keySet()) {
            String validator = "shapes." + Identifiers.pascal(shape) + "Validator";
            String kind = shape.equals("arrays") ? "list" : "map";
            add(cases, expected, shape + " at the limit", validator, kind, atLimit, "valid", "valid");
            add(
                    cases,
                    expected,
                    shape + " at the limit, invalid at the bottom",
                    validator,
                    kind,
                    atLimit,
                    "invalid",
                    "invalid");
            add(
                    cases,
                    expected,
                    shape + " one level past the limit",
                    validator,
                    kind,
                    atLimit + 1,
                    "valid",
                    "maxDepth");
            add(cases, expected, shape + " 100,000 levels deep", validator, kind, 100_000, "valid", "maxDepth");
        }
        add(cases, expected, "$ref chain at the limit", "chains.AtLimitValidator", "string", 0, "valid", "valid");
        add(
                cases,
                expected,
                "$ref chain at the limit, invalid at the end",
                "chains.AtLimitValidator",
                "string",
                0,
                "invalid",
                "invalid");
        add(
                cases,
                expected,
                "$ref chain one hop past the limit",
                "chains.PastLimitValidator",
                "string",
                0,
                "valid",
                "maxDepth");

        assertThat(limit).isEven();
        assertThat(probe(classes, cases)).containsExactlyEntriesOf(expected);
    }

    private static void add(
            List<String> cases,
            Map<String, String> expected,
            String name,
            String validator,
            String kind,
            int levels,
            String bottom,
            String outcome) {
        cases.add(String.join("|", name, validator, kind, Integer.toString(levels), bottom));
        expected.put(name, outcome);
    }

    /** Runs {@link StackProbe} with {@code -Xint} on a {@link #STACK_KIB} KiB thread: case name → outcome. */
    private static Map<String, String> probe(Path classes, List<String> cases) throws Exception {
        Path testClasses = Path.of(StackProbe.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xint",
                "-cp",
                testClasses.toString(),
                StackProbe.class.getName(),
                classes.toString(),
                Integer.toString(STACK_KIB)));
        command.addAll(cases);
        HangGuard.Finished probe = HangGuard.run(new ProcessBuilder(command), "the stack probe");
        String output = probe.output();
        assertThat(probe.exitCode()).as(output).isZero();
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                outcomes.put(line.substring(0, tab), line.substring(tab + 1).strip());
            }
        }
        return outcomes;
    }

    private static int maxDepth(List<GeneratedFile> sources) {
        String context = sources.stream()
                .filter(f -> f.relativePath().endsWith("/ValidationContext.java"))
                .map(GeneratedFile::content)
                .findFirst()
                .orElseThrow();
        Matcher limit =
                Pattern.compile("static final int MAX_DEPTH = ([0-9_]+);").matcher(context);
        assertThat(limit.find()).as("MAX_DEPTH in ValidationContext").isTrue();
        return Integer.parseInt(limit.group(1).replace("_", ""));
    }

    /** A root {@code $ref} to {@code d0}, aliases {@code d0 … d(aliases-1)} each naming the next, a string at the end. */
    private static String chain(int aliases) {
        StringBuilder defs = new StringBuilder();
        for (int i = 0; i < aliases; i++) {
            defs.append("\"d")
                    .append(i)
                    .append("\": {\"$ref\": \"#/$defs/d")
                    .append(i + 1)
                    .append("\"}, ");
        }
        return "{" + DRAFT + ", \"$ref\": \"#/$defs/d0\", \"$defs\": {" + defs + "\"d" + aliases
                + "\": {\"type\": \"string\"}}}";
    }

    private static Path write(Compilation compilation, Path folder) throws IOException {
        assertThat(compilation).succeeded();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                Path target = folder.resolve(file.getName().replaceFirst("^/CLASS_OUTPUT/", ""));
                Files.createDirectories(target.getParent());
                try (InputStream in = file.openInputStream()) {
                    Files.write(target, in.readAllBytes());
                }
            }
        }
        return folder;
    }
}
