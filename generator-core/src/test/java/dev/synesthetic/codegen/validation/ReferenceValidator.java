package dev.synesthetic.codegen.validation;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * networknt json-schema-validator 3.x, the reference the differential test compares our generated
 * validators with. The corpus's {@code $id} prefix is served from the local schema folder (nothing is
 * fetched), instance locations are JSON Pointers, and format assertion is on, as in our validators
 * under test: networknt then asserts every format it knows, which for the Synesthetic corpus
 * (only {@code date-time}) is the same set.
 */
final class ReferenceValidator {
    private final SchemaRegistry registry;
    private final String idPrefix;

    ReferenceValidator(String idPrefix, Path schemaFolder) {
        this.idPrefix = idPrefix;
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        // Only the corpus's own $ids are served, from the local files; networknt has no remote
        // fetching unless asked, and its metaschemas come from its own jar.
        this.registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config)
                        .schemas(iri -> iri.startsWith(idPrefix)
                                ? read(schemaFolder.resolve(iri.substring(idPrefix.length())))
                                : null));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every error networknt reports for {@code json} (text, parsed by networknt itself) against {@code schemaFile}. */
    List<Error> validate(String schemaFile, String json) {
        Schema schema = registry.getSchema(SchemaLocation.of(idPrefix + schemaFile));
        return schema.validate(json, InputFormat.JSON);
    }

    /**
     * Where the error is, as our violations say it ({@code ""} for the document). networknt puts an
     * unknown key's {@code additionalProperties} error at the object and names the key apart; we
     * report the key's own value (the {@code false} subschema it fails), so the key is appended.
     */
    static String pointer(Error error) {
        String at = error.getInstanceLocation().toString();
        if ("additionalProperties".equals(error.getKeyword()) && error.getProperty() != null) {
            return at + "/" + error.getProperty().replace("~", "~0").replace("/", "~1");
        }
        return at;
    }
}
