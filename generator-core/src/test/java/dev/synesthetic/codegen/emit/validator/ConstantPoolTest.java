package dev.synesthetic.codegen.emit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.GeneratorForTests;
import dev.synesthetic.codegen.load.CorpusLoader;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A validator's constants are shared by value, never by how a list prints. */
class ConstantPoolTest {
    private static final Pattern FIELD = Pattern.compile("static final \\S+ (\\w+) = ([^;]+);");

    @Test
    void listsThatPrintAlikeAreConstantsOfTheirOwn(@TempDir Path schemas) throws Exception {
        Files.writeString(schemas.resolve("alike.schema.json"), SplitValidatorTest.LOOK_ALIKE_LISTS);
        GenerationResult result = new GeneratorForTests(new CorpusLoader())
                .generate(GeneratorConfig.builder(schemas, "p")
                        .emit(GeneratorConfig.Emit.VALIDATORS_ONLY)
                        .build());
        String source = result.files().stream()
                .filter(f -> f.content().contains("NAMES_"))
                .map(GeneratedFile::content)
                .findFirst()
                .orElseThrow();

        assertThat(initializers(source))
                .contains(
                        "List.of(\"a, b\")",
                        "List.of(\"a\", \"b\")",
                        "JsonConstants.nameSet(\"a, b\")",
                        "JsonConstants.nameSet(\"a\", \"b\")",
                        "Pattern.compile(\"^q, r\\\\z\")",
                        "Pattern.compile(\"^q\")",
                        "Pattern.compile(\"r\\\\z\")")
                .doesNotHaveDuplicates();
        assertThat(source).containsPattern("PATTERNS_\\d+ = List\\.of\\(PATTERN_\\d+\\);");
        assertThat(source).containsPattern("PATTERNS_\\d+ = List\\.of\\(PATTERN_\\d+, PATTERN_\\d+\\);");
    }

    private static List<String> initializers(String source) {
        Matcher field = FIELD.matcher(source);
        return field.results().map(m -> m.group(2).replaceAll("\\s+", " ")).toList();
    }
}
