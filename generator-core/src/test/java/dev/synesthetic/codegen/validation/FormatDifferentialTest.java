package dev.synesthetic.codegen.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Held-out format cases of our own ({@code differential/formats.tsv}: format, verdict by the RFC,
 * the string, and where networknt disagrees, why), none copied from the suite: each format's schema
 * is generated with format assertion on and compiled ({@code -Xlint:all -Werror}, as users may), and
 * every row's verdict must be the RFC's; networknt json-schema-validator (format assertion on) must
 * give the same verdict except on the rows that say why it does not, and such a row must still differ.
 */
class FormatDifferentialTest {
    private static final String PREFIX = "https://formats.test/";

    record Row(String format, boolean valid, String json, String networkntDiffers) {}

    @Test
    void ourVerdictsAreTheRfcsAndNetworkntsDifferOnlyWhereListed(@TempDir Path corpus) throws Exception {
        List<Row> rows = rows();
        TreeSet<String> formats = new TreeSet<>();
        rows.forEach(r -> formats.add(r.format()));
        assertThat(formats).hasSize(19);

        List<GeneratedFile> sources = new ArrayList<>();
        for (String format : formats) {
            Path folder = corpus.resolve(packageOf(format));
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("schema.json"), schema(format));
            sources.addAll(new Generator()
                    .generateValidators(GeneratorConfig.builder(folder, packageOf(format))
                            .formatAssertions(true)
                            .build())
                    .files());
            Files.writeString(corpus.resolve(format + ".json"), schema(format));
        }
        Compilation compilation = InMemoryJava.compile(sources, "--release", "17", "-Xlint:all", "-Werror");
        assertThat(compilation.status()).as(compilation.errors().toString()).isEqualTo(Compilation.Status.SUCCESS);
        ClassLoader loader = InMemoryJava.load(compilation);
        ReferenceValidator networknt = new ReferenceValidator(PREFIX, corpus);

        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            Object value = SuiteRunner.MAPPER.readValue(row.json(), Object.class);
            GeneratedValidator ours = new GeneratedValidator(loader, packageOf(row.format()) + ".SchemaValidator");
            boolean oursValid = ours.isValid(value);
            boolean theirsValid =
                    networknt.validate(row.format() + ".json", row.json()).isEmpty();
            if (oursValid != row.valid()) {
                wrong.add("ours " + row.format() + " " + row.json() + ": " + ours.validate(value));
            }
            boolean theyAgree = theirsValid == row.valid();
            if (theyAgree != row.networkntDiffers().isEmpty()) {
                wrong.add("networknt " + row.format() + " " + row.json() + " says "
                        + (theirsValid ? "valid" : "invalid") + (theyAgree ? ", listed as differing" : ", not listed"));
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static String packageOf(String format) {
        return "formats." + format.replace('-', '_').toLowerCase(Locale.ROOT);
    }

    private static String schema(String format) {
        return "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"format\": \"" + format + "\"}";
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = FormatDifferentialTest.class.getResourceAsStream("/differential/formats.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                if (parts.length != 4 || !parts[1].matches("valid|invalid")) {
                    throw new IllegalStateException("formats.tsv: want format, verdict, JSON, note: " + line);
                }
                rows.add(new Row(parts[0], parts[1].equals("valid"), parts[2], parts[3]));
            }
        }
        return rows;
    }
}
