package dev.synesthetic.codegen.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.config.CodegenOptions;
import dev.synesthetic.codegen.support.JsonTrees;
import dev.synesthetic.codegen.validation.InstanceSchemaKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate}: checks JSON instances with the generated validators, compiled in memory. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Checks JSON instances against the corpus with the generated validators.",
            "Instances are files, or folders of *.json. The validators are generated and compiled in memory, so the"
                    + " CLI and the generated code cannot disagree. Each instance's schema comes from its root \"$schema\""
                    + " (matched by file name) unless --schema is given; that root key is metadata and is set aside,"
                    + " unless the root schema declares it (properties or patternProperties): then it is validated."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every instance is valid (and round-trips, with --round-trip).",
            "1:An instance is invalid, is not JSON, or does not round-trip.",
            "2:Usage error (no schema for an instance, unknown --schema).",
            "3:Schema corpus error; the message names the file and JSON Pointer.",
            "4:I/O or internal error."
        })
final class ValidateCommand extends CodegenCommand {
    @Option(
            names = "--schema",
            paramLabel = "FILE",
            description = "Validate every instance against this schema file of the corpus (e.g. tone.schema.json).")
    String schema;

    @Option(
            names = "--round-trip",
            description = "Also bind each valid instance to its root type and check it writes back the same JSON.")
    boolean roundTrip;

    @Option(
            names = "--no-format-assertions",
            negatable = false,
            description = "Treat format as an annotation, as draft 2020-12 does by default; without it every format"
                    + " draft 2020-12 and draft-07 define (date-time, email, uri, ...) is asserted by its RFC.")
    boolean noFormatAssertions;

    @Parameters(
            arity = "1..*",
            paramLabel = "INSTANCE",
            description =
                    "JSON files, or folders searched for *.json"
                            + " (except, below a folder given here, folders named _*, such as examples/_skip: name one to check it).")
    List<Path> instances = new ArrayList<>();

    @Override
    List<dev.synesthetic.codegen.config.Option<?>> sharedOptions() {
        return CodegenOptions.CORPUS;
    }

    @Override
    int run() throws CliFailure {
        CliOptions options = options();
        // Validators alone unless records are needed to bind: then every keyword a validator honours
        // works, even in corpora the record model refuses (oneOf, tuples, ...).
        GeneratorConfig config = options.generatorConfig().toBuilder()
                .emit(roundTrip ? GeneratorConfig.Emit.RECORDS_AND_VALIDATORS : GeneratorConfig.Emit.VALIDATORS_ONLY)
                .formatAssertions(!noFormatAssertions)
                .build();
        GenerationResult generated = generate(options, config);
        SchemaCatalog catalog = new SchemaCatalog(generated, InMemoryCompiler.compile(generated.files()));
        int valid = 0;
        int invalid = 0;
        int unchecked = 0;
        for (Path instance : instanceFiles()) {
            try {
                if (check(instance, catalog)) {
                    valid++;
                } else {
                    invalid++;
                }
            } catch (CliFailure failure) {
                if (failure.exitCode() != ExitCodes.USAGE) {
                    throw failure;
                }
                err().println(failure.getMessage()); // one instance without a schema does not stop the others
                unchecked++;
            }
        }
        err().println("validate: " + valid + " valid, " + invalid + " invalid, " + unchecked + " not checked"
                + (setAside == 0 ? "" : ", " + setAside + " set aside in _* folders"));
        if (unchecked > 0) {
            return ExitCodes.USAGE;
        }
        return invalid == 0 ? ExitCodes.OK : ExitCodes.DRIFT;
    }

    /** Validates one instance; prints its verdict and every violation. */
    private boolean check(Path instance, SchemaCatalog catalog) throws CliFailure {
        JsonNode json;
        try {
            json = JsonDocuments.MAPPER.readTree(Files.readAllBytes(instance));
        } catch (JsonProcessingException e) {
            out().println("invalid: " + instance + "\n    not valid JSON: " + JsonTrees.describe(e));
            return false;
        } catch (IOException e) {
            throw CliFailure.io("cannot read " + instance, e);
        }
        String schemaFile = catalog.schemaFor(instance, json, schema);
        if (json instanceof ObjectNode object && !catalog.keepsSchemaKey(schemaFile)) {
            object.remove(InstanceSchemaKey.NAME); // document metadata, unless the root schema declares it
        }
        List<String> violations = catalog.validate(schemaFile, json);
        if (violations.isEmpty() && roundTrip) {
            violations = catalog.roundTripProblems(schemaFile, json);
        }
        out().println((violations.isEmpty() ? "valid: " : "invalid: ") + instance + " (" + schemaFile + ")");
        violations.forEach(v -> out().println("    " + v));
        return violations.isEmpty();
    }

    /** Files left out below a folder given: see {@link #setAside(Path, Path)}. */
    private int setAside;

    private List<Path> instanceFiles() throws CliFailure {
        List<Path> files = new ArrayList<>();
        for (Path instance : instances) {
            if (Files.isDirectory(instance)) {
                try (Stream<Path> walk = Files.walk(instance)) {
                    List<Path> found = walk.filter(
                                    p -> Files.isRegularFile(p) && p.toString().endsWith(".json"))
                            .sorted()
                            .toList();
                    for (Path file : found) {
                        if (setAside(instance, file)) {
                            setAside++;
                        } else {
                            files.add(file);
                        }
                    }
                } catch (IOException e) {
                    throw CliFailure.io("cannot list " + instance, e);
                }
            } else if (Files.isRegularFile(instance)) {
                files.add(instance);
            } else {
                throw new CliFailure(ExitCodes.USAGE, "error: instance " + instance + " does not exist");
            }
        }
        return files;
    }

    /**
     * Below a folder given on the command line, a folder whose name starts with {@code _} holds
     * instances kept out of checks (the schema repository's {@code examples/_skip}); naming it checks it.
     */
    private static boolean setAside(Path given, Path file) {
        for (Path part : given.relativize(file.getParent() == null ? given : file.getParent())) {
            if (part.toString().startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
