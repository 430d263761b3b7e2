package dev.synesthetic.codegen.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.support.JsonEquivalence;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The compiled validators and root types of a corpus, by schema file: finds the schema an
 * instance names, runs its validator, and binds it for a round trip.
 */
final class SchemaCatalog {
    private final GenerationResult generated;
    private final ClassLoader loader;

    SchemaCatalog(GenerationResult generated, ClassLoader loader) {
        this.generated = generated;
        this.loader = loader;
    }

    /** The corpus file to validate against: {@code --schema}, else the instance's root "$schema". */
    String schemaFor(Path instance, JsonNode json, String requested) throws CliFailure {
        String wanted = requested != null ? requested : json.path("$schema").asText("");
        if (wanted.isEmpty()) {
            throw new CliFailure(
                    ExitCodes.USAGE, "error: " + instance + " has no root \"$schema\"; pass --schema FILE");
        }
        if (generated.validators().containsKey(wanted)) {
            return wanted;
        }
        String name = wanted.substring(wanted.lastIndexOf('/') + 1);
        List<String> matches = generated.validators().keySet().stream()
                .filter(file -> file.equals(name) || file.endsWith("/" + name))
                .toList();
        if (matches.size() != 1) {
            throw new CliFailure(
                    ExitCodes.USAGE,
                    "error: " + instance + ": '" + wanted + "' names " + (matches.isEmpty() ? "no" : "more than one")
                            + " schema file of the corpus "
                            + generated.validators().keySet());
        }
        return matches.get(0);
    }

    /** Whether the root schema of {@code schemaFile} declares the instance's "$schema" key. */
    boolean keepsSchemaKey(String schemaFile) {
        return generated.keepsSchemaKey().contains(schemaFile);
    }

    List<String> validate(String schemaFile, JsonNode json) throws CliFailure {
        Object value = JsonDocuments.MAPPER.convertValue(json, Object.class);
        Object violations = invoke(generated.validators().get(schemaFile), "validate", value);
        List<String> lines = new ArrayList<>();
        for (Object violation : (List<?>) violations) {
            lines.add(violation.toString());
        }
        return lines;
    }

    /**
     * Binds to the root type (a record, a root's value record, a union, an enum) and writes back; a
     * difference is reported like a violation.
     */
    List<String> roundTripProblems(String schemaFile, JsonNode json) throws CliFailure {
        String record = generated.rootRecords().get(schemaFile);
        if (record == null) {
            return List.of("(root): --round-trip: " + schemaFile + " has no root type to bind to"
                    + " (its root accepts any value; its definitions are its types)");
        }
        try {
            Object bound = JsonDocuments.MAPPER.treeToValue(json, loader.loadClass(record));
            JsonNode written = JsonDocuments.MAPPER.readTree(JsonDocuments.MAPPER.writeValueAsString(bound));
            return JsonEquivalence.same(json, written)
                    ? List.of()
                    : List.of("(root): --round-trip: binding to " + record + " and writing back gives " + written);
        } catch (JsonProcessingException e) {
            return List.of("(root): --round-trip: does not bind to " + record + ": " + e.getOriginalMessage());
        } catch (ClassNotFoundException e) {
            throw new CliFailure(ExitCodes.IO, "error: internal: " + record + " was not compiled");
        }
    }

    private Object invoke(String className, String method, Object argument) throws CliFailure {
        try {
            Method validate = loader.loadClass(className).getMethod(method, Object.class);
            return validate.invoke(null, argument);
        } catch (InvocationTargetException e) {
            throw new CliFailure(ExitCodes.IO, "error: internal: the validator failed: " + e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new CliFailure(ExitCodes.IO, "error: internal: " + className + "." + method + " is missing: " + e);
        }
    }
}
