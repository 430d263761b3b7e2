package dev.synesthetic.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.golden.GoldenCorpus;
import dev.synesthetic.codegen.naming.GeneratedImports;
import dev.synesthetic.codegen.naming.RuntimeClasses;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the record emitter imports is on the one list the type namer keeps names off: a library
 * type imported beside a record of the same simple name would shadow the record.
 */
class GeneratedImportsTest {
    private static final Pattern IMPORT = Pattern.compile("(?m)^import ([\\w.]+);$");

    @Test
    void everyTypeTheRecordEmitterImportsIsListed() throws Exception {
        SortedSet<String> imported = new TreeSet<>();
        for (GoldenCorpus corpus : GoldenCorpus.all()) {
            for (JacksonBaseline jackson : JacksonBaseline.values()) {
                GeneratorConfig config = corpus.config().toBuilder()
                        .jackson(jackson)
                        .emit(GeneratorConfig.Emit.RECORDS)
                        .build();
                for (GeneratedFile file : new Generator().generate(config).files()) {
                    String simple =
                            file.relativePath().substring(file.relativePath().lastIndexOf('/') + 1);
                    if (simple.endsWith(".java") && !RuntimeClasses.RECORDS.contains(simple.replace(".java", ""))) {
                        Matcher matcher = IMPORT.matcher(file.content());
                        while (matcher.find()) {
                            imported.add(matcher.group(1));
                        }
                    }
                }
            }
        }
        assertThat(imported)
                .as("imports of the generated records, enums and unions")
                .isNotEmpty()
                .isSubsetOf(GeneratedImports.ALL);
    }
}
