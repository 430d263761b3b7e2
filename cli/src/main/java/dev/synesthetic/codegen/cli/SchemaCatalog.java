package dev.synesthetic.codegen.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.support.JsonEquivalence;
import dev.synesthetic.codegen.support.JsonTrees;
import dev.synesthetic.codegen.support.PlainValues;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The compiled validators and root types of a corpus, by schema file: finds the schema an
 * instance names, runs its validator, and binds it for a round trip.
 */
final class SchemaCatalog {
    private final CompiledValidators generated;
    private final ClassLoader loader;
    private final Path schemas;
    private final Map<String, String> bases = new HashMap<>();

    SchemaCatalog(CompiledValidators generated, Path schemas) {
        this.generated = generated;
        this.loader = generated.loader();
        this.schemas = schemas;
    }

    /** The corpus file to validate against: {@code --schema}, else the instance's root "$schema". */
    String schemaFor(String instance, JsonNode json, @Nullable String requested) throws CliFailure {
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

    List<Problem> validate(String schemaFile, JsonNode json) throws CliFailure {
        Object value = PlainValues.of(json);
        Object violations;
        try {
            violations = invoke(generated.validators().get(schemaFile), "validate", value);
        } catch (InvocationTargetException e) {
            // A static initialiser that throws is this corpus's failure (per document, as any other), not a
            // class compiled against another runtime.
            if (e.getCause() instanceof LinkageError linkage && !(linkage instanceof ExceptionInInitializerError)) {
                throw notLinking(linkage);
            }
            return List.of(Problem.validatorFailure(String.valueOf(e.getCause()))); // this document's, not the run's
        }
        List<Problem> problems = new ArrayList<>();
        for (Object violation : (List<?>) violations) {
            try {
                problems.add(Problem.ofViolation(violation));
            } catch (ReflectiveOperationException e) {
                throw new CliFailure(ExitCodes.IO, "error: internal: cannot read a violation: " + e);
            }
        }
        return problems;
    }

    /**
     * A keyword's location ({@code file#/pointer}) as an absolute URI: the schema file's root
     * {@code $id} when it has an absolute one, else the file's URI; null when there is no location.
     */
    @Nullable
    String absoluteLocation(String schemaLocation) {
        int hash = schemaLocation.indexOf('#');
        if (hash < 0) {
            return null;
        }
        String file = schemaLocation.substring(0, hash);
        String base = bases.computeIfAbsent(file, this::baseOf);
        return base + schemaLocation.substring(hash);
    }

    private String baseOf(String file) {
        Path path = schemas.resolve(file);
        try {
            String id = JsonTrees.parse(Files.readAllBytes(path)).path("$id").asText("");
            URI uri = URI.create(id);
            if (uri.isAbsolute()) {
                return new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null).toString();
            }
        } catch (IOException | IllegalArgumentException | URISyntaxException e) {
            // no usable $id: the file's own URI names it
        }
        return path.toAbsolutePath().normalize().toUri().toString();
    }

    /**
     * Binds to the root type (a record, a root's value record, a union, an enum) and writes back; a
     * difference is reported like a violation.
     */
    List<Problem> roundTripProblems(String schemaFile, JsonNode json) throws CliFailure {
        String record = generated.rootRecords().get(schemaFile);
        if (record == null) {
            return List.of(Problem.roundTrip(schemaFile + " has no root type to bind to"
                    + " (its root accepts any value; its definitions are its types)"));
        }
        try {
            Object bound = JsonDocuments.MAPPER.treeToValue(json, loader.loadClass(record));
            JsonNode written = JsonDocuments.MAPPER.readTree(JsonDocuments.MAPPER.writeValueAsString(bound));
            return JsonEquivalence.same(json, written)
                    ? List.of()
                    : List.of(Problem.roundTrip("binding to " + record + " and writing back gives " + written));
        } catch (JsonProcessingException e) {
            return List.of(Problem.roundTrip("does not bind to " + record + ": " + e.getOriginalMessage()));
        } catch (ClassNotFoundException e) {
            throw new CliFailure(ExitCodes.IO, "error: internal: " + record + " was not compiled");
        } catch (LinkageError e) {
            throw notLinking(e);
        }
    }

    /**
     * Classes that do not link with this runtime (compiled against another build of it: a cache
     * entry kept across builds) give no verdict: an internal error, never an invalid document.
     */
    static CliFailure notLinking(LinkageError e) {
        return new CliFailure(
                ExitCodes.IO,
                "error: internal: the validators do not link with this runtime (" + e + "). Run again with"
                        + " --no-cache; if that works, delete the validator cache folder (see --cache-dir), which is"
                        + " always safe, and report the problem.",
                e);
    }

    private Object invoke(String className, String method, Object argument)
            throws CliFailure, InvocationTargetException {
        try {
            Method validate = loader.loadClass(className).getMethod(method, Object.class);
            return validate.invoke(null, argument);
        } catch (InvocationTargetException e) {
            throw e;
        } catch (LinkageError e) {
            throw notLinking(e);
        } catch (ReflectiveOperationException e) {
            throw new CliFailure(ExitCodes.IO, "error: internal: " + className + "." + method + " is missing: " + e);
        }
    }
}
