package dev.synesthetic.codegen.compat.api;

import static dev.synesthetic.codegen.compat.api.Corpora.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The diff's claim, checked by the compiler: a client that uses what the old API offers compiles
 * against the old generated code, and against the new one exactly when the diff reports no
 * breaking change.
 */
class BreakingClaimsCompileTest {
    private static final String NAME = "\"name\": {\"type\": \"string\"}";
    private static final String COUNT = "\"count\": {\"type\": \"integer\"}";
    private static final String THING_CLIENT = """
            Thing thing = new Thing("n", java.math.BigInteger.ONE);
            String name = thing.name();
            java.math.BigInteger count = thing.count();
            Thing built = Thing.builder().name(name).count(count).build().withName("m");
            """;

    @TempDir
    Path temp;

    static Stream<Arguments> cases() {
        String both = NAME + ", " + COUNT;
        return Stream.of(
                Arguments.of("component removed", object("Thing", both, ""), object("Thing", NAME, ""), THING_CLIENT),
                Arguments.of(
                        "component added",
                        object("Thing", both, ""),
                        object("Thing", both + ", \"extra\": {\"type\": \"boolean\"}", ""),
                        THING_CLIENT),
                Arguments.of(
                        "integer becomes number",
                        object("Thing", both, ""),
                        object("Thing", NAME + ", \"count\": {\"type\": \"number\"}", ""),
                        THING_CLIENT),
                Arguments.of(
                        "optional becomes required",
                        object("Thing", both, ""),
                        object("Thing", both, "\"name\""),
                        THING_CLIENT),
                Arguments.of(
                        "required becomes optional",
                        object("Thing", both, "\"name\", \"count\""),
                        object("Thing", both, ""),
                        THING_CLIENT),
                Arguments.of(
                        "optional becomes nullable",
                        object("Thing", both, ""),
                        object("Thing", "\"name\": {\"type\": [\"string\", \"null\"]}, " + COUNT, ""),
                        THING_CLIENT),
                Arguments.of("nothing changes", object("Thing", both, ""), object("Thing", both, ""), THING_CLIENT),
                Arguments.of(
                        "enum constant added",
                        mode("\"fast\", \"slow\""),
                        mode("\"fast\", \"slow\", \"steady\""),
                        modeClient()),
                Arguments.of("enum constant removed", mode("\"fast\", \"slow\""), mode("\"fast\""), modeClient()),
                Arguments.of(
                        "type renamed",
                        object("Thing", both, ""),
                        object("Gadget", both, "").replace("gadget.schema", "thing.schema"),
                        THING_CLIENT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void clientBreaksExactlyWhenTheDiffSaysBreaking(String name, String old, String next, String client)
            throws Exception {
        // records alone: the validators' runtime is large to compile and clients here do not call it
        Corpora corpora = new Corpora(temp)
                .emit(GeneratorConfig.Emit.RECORDS)
                .old("a.schema.json", old)
                .next("a.schema.json", next);

        boolean breaking = new JavaApiDiff()
                .compare(corpora.oldConfig(), corpora.newConfig()).stream().anyMatch(JavaApiChange::breaking);

        assertThat(compile(corpora.oldConfig(), client).status())
                .as("the client against the old API")
                .isEqualTo(Compilation.Status.SUCCESS);
        assertThat(compile(corpora.newConfig(), client).status())
                .as("the client against the new API; the diff says breaking=%s", breaking)
                .isEqualTo(breaking ? Compilation.Status.FAILURE : Compilation.Status.SUCCESS);
    }

    private static String mode(String values) {
        return object("Thing", "\"mode\": {\"enum\": [" + values + "]}", "");
    }

    /** An exhaustive switch over the old constants, the idiomatic use of an enum. */
    private static String modeClient() {
        return """
                ThingMode mode = ThingMode.FAST;
                int speed = switch (mode) {
                  case FAST -> 2;
                  case SLOW -> 1;
                };
                """;
    }

    private static Compilation compile(GeneratorConfig config, String body) throws Exception {
        List<JavaFileObject> sources = new ArrayList<>();
        new Generator()
                .generate(config).files().stream()
                        .filter(file -> file.relativePath().endsWith(".java"))
                        .forEach(file -> sources.add(JavaFileObjects.forSourceString(
                                file.relativePath().replace(".java", "").replace('/', '.'), file.content())));
        sources.add(JavaFileObjects.forSourceString(
                "client.Client",
                "package client;\nimport p.*;\n" + "class Client {\n  @SuppressWarnings(\"unused\")\n  void use() {\n"
                        + body + "  }\n}\n"));
        return Compiler.javac().withOptions("--release", "17", "-proc:none").compile(sources);
    }
}
