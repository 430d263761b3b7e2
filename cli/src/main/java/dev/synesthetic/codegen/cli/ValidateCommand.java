package dev.synesthetic.codegen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.config.CodegenOptions;
import dev.synesthetic.codegen.emit.RuntimeSources;
import dev.synesthetic.codegen.validation.InstanceSchemaKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate}: checks JSON, YAML and TOML instances with the generated validators, built in memory. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Checks JSON, YAML and TOML instances against the corpus with the generated validators.",
            "Instances are files, or folders searched for *.json, *.yaml, *.yml and *.toml; a YAML stream's documents are"
                    + " reported as FILE#1, FILE#2, ... The validators are built in memory as class files, from the"
                    + " same keyword table and runtime as the code generate writes (tests hold the two to the same"
                    + " violations), and kept in a cache keyed by the schemas' bytes, the options and the generator. Each instance's schema comes from its root \"$schema\""
                    + " (matched by file name) unless --schema is given; that root key is metadata and is set aside,"
                    + " unless the root schema declares it (properties or patternProperties): then it is validated."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every instance is valid (and round-trips, with --round-trip).",
            "1:An instance is invalid, is not a document of its format (syntax, duplicate key, YAML key that is not a"
                    + " string, aliases past the bound), or does not round-trip.",
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

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (a verdict line per document, then its violations), json (JSON Schema's basic output"
                    + " per document, with file and document number) or github (GitHub Actions ::error annotations)."
                    + " Default: ${DEFAULT-VALUE}.")
    String format;

    @Mixin
    CacheOptions cache = new CacheOptions();

    @Parameters(
            arity = "1..*",
            paramLabel = "INSTANCE",
            description =
                    "JSON, YAML (every document of a stream) or TOML files, by extension (.json, .yaml/.yml, .toml;"
                            + " others are read as JSON), or folders searched for those"
                            + " (except, below a folder given here, folders named _*, such as examples/_skip: name one to check it).")
    List<Path> instances = new ArrayList<>();

    @Override
    List<dev.synesthetic.codegen.config.Option<?>> sharedOptions() {
        return CodegenOptions.CORPUS;
    }

    @Override
    int run() throws CliFailure {
        String outputFormat = ValidateOutput.checked(format);
        InstanceFiles found = InstanceFiles.of(instances);
        List<Path> files = found.files();
        int setAside = found.setAside();
        CliOptions options = options();
        schemas = options.schemas();
        // Validators alone unless records are needed to bind: then every keyword a validator honours
        // works, even in corpora the record model refuses (oneOf, tuples, ...). Alone, they go into the
        // runtime's own package: its classes are this JVM's (read as bytes by the loader, so no file
        // and no compiler is needed), and only the validators' class files are written, from the model.
        GeneratorConfig base = options.generatorConfig();
        GeneratorConfig config = base.toBuilder(
                        base.schemaFolder(), roundTrip ? base.packageName() : RuntimeSources.PACKAGE)
                .emit(roundTrip ? GeneratorConfig.Emit.RECORDS_AND_VALIDATORS : GeneratorConfig.Emit.VALIDATORS_ONLY)
                .formatAssertions(!noFormatAssertions)
                .build();
        ValidatorSupply supply = cache.supply(this::verboseNote, config);
        ValidatorSupply.Generation generation = () -> generateValidators(options.schemas(), config);
        ValidatorSupply.Supplied supplied = supply.supply(config, generation);
        supplied.validators().warnings().forEach(err()::println);
        Tally tally;
        try {
            tally = supplied.fromCache()
                    ? checkBuffered(supplied.validators(), files, outputFormat)
                    : checkAll(supplied.validators(), files, outputFormat, out(), err());
        } catch (BrokenValidators broken) {
            if (!supplied.fromCache()) {
                throw broken.failure;
            }
            verboseNote("the cached validators failed without a verdict ("
                    + broken.failure.getMessage().replaceFirst("^error: ", "") + "); building them again");
            try {
                tally = checkAll(supply.rebuild(config, generation), files, outputFormat, out(), err());
            } catch (BrokenValidators again) {
                throw again.failure;
            }
        }
        err().println("validate: " + tally.valid + " valid, " + tally.invalid + " invalid, " + tally.unchecked
                + " not checked" + (setAside == 0 ? "" : ", " + setAside + " set aside in _* folders"));
        if (tally.unchecked > 0) {
            return ExitCodes.USAGE;
        }
        return tally.invalid == 0 ? ExitCodes.OK : ExitCodes.DRIFT;
    }

    /**
     * Checks with cached validators, holding the output back until every document has its verdict:
     * if the classes fail without one, nothing they said is printed and the run starts over.
     */
    private Tally checkBuffered(CompiledValidators compiled, List<Path> files, String outputFormat)
            throws CliFailure, BrokenValidators {
        StringWriter heldOut = new StringWriter();
        StringWriter heldErr = new StringWriter();
        Tally tally;
        try {
            tally = checkAll(compiled, files, outputFormat, new PrintWriter(heldOut), new PrintWriter(heldErr));
        } catch (CliFailure failure) {
            out().print(heldOut); // an unreadable instance: what came before it stands
            err().print(heldErr);
            throw failure;
        }
        out().print(heldOut);
        err().print(heldErr);
        return tally;
    }

    private Tally checkAll(
            CompiledValidators compiled, List<Path> files, String outputFormat, PrintWriter out, PrintWriter err)
            throws CliFailure, BrokenValidators {
        SchemaCatalog catalog = new SchemaCatalog(compiled, schemas);
        ValidateOutput output = ValidateOutput.of(outputFormat, out, catalog);
        Tally tally = new Tally();
        for (Path instance : files) {
            check(instance, catalog, output, tally, err);
        }
        output.finish();
        out.flush();
        return tally;
    }

    /** Validates every document of one instance file; hands each verdict to the output. */
    private void check(Path instance, SchemaCatalog catalog, ValidateOutput output, Tally tally, PrintWriter err)
            throws CliFailure, BrokenValidators {
        List<InstanceDocument> documents;
        try {
            documents = DocumentReader.read(instance);
        } catch (UnreadableDocument e) {
            output.document(DocumentReport.unreadable(instance, DocumentFormat.of(instance), e));
            tally.invalid++;
            return;
        } catch (IOException e) {
            throw CliFailure.io("cannot read " + instance, e);
        }
        for (InstanceDocument document : documents) {
            String schemaFile;
            try {
                schemaFile = catalog.schemaFor(document.label(), document.value(), schema);
            } catch (CliFailure failure) {
                err.println(failure.getMessage()); // one document without a schema does not stop the others
                tally.unchecked++;
                continue;
            }
            JsonNode json = document.value();
            if (json instanceof ObjectNode object && !catalog.keepsSchemaKey(schemaFile)) {
                object.remove(InstanceSchemaKey.NAME); // document metadata, unless the root schema declares it
            }
            List<Problem> problems = verdict(catalog, schemaFile, json);
            List<DocumentReport.Located> located = new ArrayList<>();
            for (Problem problem : problems) {
                located.add(new DocumentReport.Located(problem, document.position(problem.instanceLocation())));
            }
            output.document(new DocumentReport(
                    instance,
                    document.number(),
                    document.count(),
                    DocumentFormat.of(instance),
                    schemaFile,
                    located,
                    null));
            if (problems.isEmpty()) {
                tally.valid++;
            } else {
                tally.invalid++;
            }
        }
    }

    /** A document's problems; the validators' own failure (an internal error) is {@link BrokenValidators}. */
    private List<Problem> verdict(SchemaCatalog catalog, String schemaFile, JsonNode json) throws BrokenValidators {
        try {
            List<Problem> problems = catalog.validate(schemaFile, json);
            if (problems.isEmpty() && roundTrip) {
                problems = catalog.roundTripProblems(schemaFile, json);
            }
            return problems;
        } catch (CliFailure failure) {
            throw new BrokenValidators(failure);
        }
    }

    /** The loaded validators failed without a verdict: an internal error, or a cache entry to rebuild. */
    private static final class BrokenValidators extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient CliFailure failure;

        BrokenValidators(CliFailure failure) {
            super(failure);
            this.failure = failure;
        }
    }

    /** Documents counted by verdict. */
    private static final class Tally {
        int valid;
        int invalid;
        int unchecked;
    }

    /** The corpus folder, for the schema locations the output prints. */
    private Path schemas;
}
