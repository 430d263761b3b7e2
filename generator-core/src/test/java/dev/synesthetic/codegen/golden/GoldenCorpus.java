package dev.synesthetic.codegen.golden;

import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.emit.JacksonBaseline;
import dev.synesthetic.codegen.testing.Locations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A corpus whose generated output is committed under {@code golden/}: the Synesthetic schemas, and
 * each valid fixture corpus under {@code schemas/} (every folder but {@code schemas/invalid}); {@code
 * schemas/bean-validation} with {@code beanValidation} on; and the Synesthetic schemas again with
 * readers on Jackson 3 ({@code jackson=3}) under {@code golden/jackson3}, which the golden module
 * compiles with its tests, Jackson 3 being a test dependency there.
 */
public record GoldenCorpus(String name, Path schemas, String packageName, Path goldenFolder) {
    public static final String SYNESTHETIC_PACKAGE = "dev.synesthetic.schema";
    public static final String FIXTURE_PACKAGE = "dev.synesthetic.fixtures";
    /** The Synesthetic corpus generated with readers on Jackson 3. */
    public static final String JACKSON3_READERS_PACKAGE = "dev.synesthetic.schema.jackson3";

    /** The fixture generated with Bean Validation annotations on its records. */
    static final String BEAN_VALIDATION = "bean-validation";

    public GeneratorConfig config() {
        GeneratorConfig.Builder config = GeneratorConfig.builder(schemas, packageName)
                .beanValidation(schemas.getFileName().toString().equals(BEAN_VALIDATION));
        if (packageName.equals(JACKSON3_READERS_PACKAGE)) {
            config.jackson(JacksonBaseline.JACKSON_3).emit(GeneratorConfig.Emit.RECORDS_VALIDATORS_AND_READERS);
        }
        return config.build();
    }

    @Override
    public String toString() {
        return name;
    }

    public static List<GoldenCorpus> all() {
        List<GoldenCorpus> corpora = new ArrayList<>();
        corpora.add(new GoldenCorpus(
                "synesthetic",
                Locations.synestheticSchemas(),
                SYNESTHETIC_PACKAGE,
                Locations.golden().resolve("synesthetic")));
        corpora.add(new GoldenCorpus(
                "synesthetic readers on Jackson 3",
                Locations.synestheticSchemas(),
                JACKSON3_READERS_PACKAGE,
                Locations.golden().resolve("jackson3")));
        try (Stream<Path> folders = Files.list(Locations.fixtures())) {
            folders.filter(Files::isDirectory)
                    .filter(f -> !f.getFileName().toString().equals("invalid"))
                    .sorted()
                    .forEach(folder -> {
                        String name = folder.getFileName().toString();
                        corpora.add(new GoldenCorpus(
                                "fixture " + name,
                                folder,
                                FIXTURE_PACKAGE + "." + name.replace('-', '_'),
                                Locations.golden().resolve("fixtures")));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return corpora;
    }
}
