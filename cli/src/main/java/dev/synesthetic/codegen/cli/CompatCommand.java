package dev.synesthetic.codegen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.compat.Category;
import dev.synesthetic.codegen.compat.CompatChecker;
import dev.synesthetic.codegen.compat.CompatFormat;
import dev.synesthetic.codegen.compat.CompatReport;
import dev.synesthetic.codegen.compat.CompiledSide;
import dev.synesthetic.codegen.compat.DocumentValidators;
import dev.synesthetic.codegen.compat.FailOn;
import dev.synesthetic.codegen.compat.api.BackgroundRun;
import dev.synesthetic.codegen.compat.api.JavaApiChange;
import dev.synesthetic.codegen.compat.api.JavaApiDiff;
import dev.synesthetic.codegen.config.CodegenOptions;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.emit.RuntimeSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code compat}: what a schema bump breaks for documents, proven with both sides' generated validators. */
@Command(
        name = "compat",
        mixinStandardHelpOptions = true,
        description = {
            "Reports every change between an old and a new schema corpus (files matched by $id without version"
                    + " segments, else by path) and whether it breaks old documents read by new code (backward) or"
                    + " new documents read by old code (forward). A breaking change carries a counterexample"
                    + " document that both sides' generated validators, built in memory (and cached as validate caches"
                    + " them), confirm."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:No change breaks (or may break) what --fail-on names.",
            "1:A change breaks (or may break) what --fail-on names.",
            "2:Usage error (bad option, a folder that does not exist, a git revision or path --old-git cannot read).",
            "3:Schema corpus error in either corpus; the message names the file and JSON Pointer.",
            "4:I/O or internal error."
        })
final class CompatCommand extends CodegenCommand {
    @Option(names = "--old", paramLabel = "DIR", description = "The old schema folder (the previous release).")
    Path oldFolder;

    @Option(
            names = "--old-git",
            paramLabel = "REV:PATH",
            description = "Instead of --old: the schema folder PATH as git revision REV has it (e.g. v1.2.0:schemas),"
                    + " read with git ls-tree and git show; the working tree and index are left alone.")
    String oldGit;

    /** How the cache names where the old side lives when it is a revision's temporary copy ({@link GitRevisionFolder#place}). */
    private @Nullable String oldPlace;

    @Option(names = "--new", required = true, paramLabel = "DIR", description = "The new schema folder.")
    Path newFolder;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text, json, github (::error/::warning annotations) or markdown (a pull-request comment)."
                    + " Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(
            names = "--fail-on",
            paramLabel = "WHAT",
            split = ",",
            description = "What makes the exit code 1: backward, forward, java (the generated Java API), or none;"
                    + " repeatable or comma-separated. Default: backward,java.")
    List<String> failOn = new ArrayList<>();

    @Option(
            names = "--no-format-assertions",
            negatable = false,
            description =
                    "Treat format as an annotation when proving counterexamples, as validate does with this flag.")
    boolean noFormatAssertions;

    @Mixin
    CacheOptions cache = new CacheOptions();

    @Override
    List<dev.synesthetic.codegen.config.Option<?>> sharedOptions() {
        return CodegenOptions.COMPAT;
    }

    @Override
    int run() throws CliFailure {
        if ((oldFolder == null) == (oldGit == null)) {
            throw new CliFailure(ExitCodes.USAGE, "error: give one of --old DIR or --old-git REV:PATH");
        }
        if (oldGit == null) {
            return compare();
        }
        try (GitRevisionFolder revision = GitRevisionFolder.extract(oldGit)) {
            oldFolder = revision.folder();
            oldPlace = revision.place();
            return compare();
        }
    }

    private int compare() throws CliFailure {
        CompatFormat output = CompatFormat.named(format)
                .orElseThrow(() -> new CliFailure(
                        ExitCodes.USAGE, "error: unknown --format " + format + " (text, json, github or markdown)"));
        Set<Category> failing = failOn();
        requireFolder("--old", oldFolder);
        requireFolder("--new", newFolder);
        GeneratorConfig base = options().generatorConfig();
        boolean compareJavaApi = base.emit() != GeneratorConfig.Emit.VALIDATORS_ONLY;
        if (compareJavaApi && !InMemoryCompiler.hasCompiler()) { // before either side is built
            throw new CliFailure(
                    ExitCodes.IO,
                    "error: compat compares the generated Java API by parsing its sources with javac, which needs"
                            + " a JDK, not a JRE: run it on a JDK, or pass --validators-only to compare what the"
                            + " documents may be only");
        }
        GeneratorConfig oldConfig = side(base, oldFolder);
        GeneratorConfig newConfig = side(base, newFolder);
        // the Java API comparison shares nothing with the documents': it runs meanwhile
        BackgroundRun<List<JavaApiChange>> javaApi = !compareJavaApi
                ? null
                : BackgroundRun.start(
                        "compat-java-api",
                        () -> new JavaApiDiff()
                                .compare(
                                        base.toBuilder(oldFolder).build(),
                                        base.toBuilder(newFolder).build()));
        CompatReport report;
        try {
            ValidatorSupply supply = cache.supply(this::verboseNote, oldConfig, newConfig);
            if (oldPlace != null) {
                supply = supply.placing(oldFolder, oldPlace);
            }
            SchemaCatalog oldCatalog = catalog(supply, oldFolder, oldConfig);
            SchemaCatalog newCatalog = catalog(supply, newFolder, newConfig);
            report = run(newFolder, () -> compare(oldConfig, newConfig, oldCatalog, newCatalog));
            report = withJavaApi(report, javaApi, failing.contains(Category.JAVA));
        } finally {
            if (javaApi != null) {
                javaApi.awaitQuietly(); // nothing reads the old folder once run() returns (--old-git deletes it)
            }
        }
        out().print(output.render(report, newFolder.toString().replace('\\', '/')));
        out().flush();
        err().println("compat: " + report.changes().size() + " document change(s), "
                + report.javaChanges().size() + " Java API change(s); fail on " + labels(failing));
        return report.fails(failing) ? ExitCodes.DRIFT : ExitCodes.OK;
    }

    /**
     * Adds what the change does to the Java API generated with the user's options. A corpus the record
     * model refuses fails the run when {@code java} decides the exit code (no safety claimed unproven);
     * otherwise the report says the API was not compared.
     */
    private CompatReport withJavaApi(
            CompatReport report, @Nullable BackgroundRun<List<JavaApiChange>> javaApi, boolean required)
            throws CliFailure {
        if (javaApi == null) {
            return report;
        }
        try {
            return report.withJava(javaApi.result());
        } catch (GenerationException e) {
            if (required) {
                e.diagnostics().forEach(d -> err().println(d.render()));
                throw new CliFailure(
                        ExitCodes.SCHEMA,
                        "error: the Java API cannot be generated from both corpora, so its compatibility is unknown;"
                                + " fix the errors above or pass --fail-on backward,forward to compare documents only.");
            }
            err().println("warning: the Java API was not compared: records cannot be generated from both corpora ("
                    + e.diagnostics().stream().filter(d -> d.isError()).count() + " error(s)).");
            return report;
        }
    }

    private static CompatReport compare(
            GeneratorConfig oldConfig, GeneratorConfig newConfig, SchemaCatalog oldCatalog, SchemaCatalog newCatalog)
            throws GenerationException {
        DocumentValidators validators =
                (oldSide, file, document) -> valid(oldSide ? oldCatalog : newCatalog, file, document);
        try {
            return CompatChecker.compare(oldConfig, newConfig, validators);
        } catch (ValidatorFailure e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    private static boolean valid(SchemaCatalog catalog, String file, JsonNode document) {
        try {
            List<Problem> problems = catalog.validate(file, document);
            if (problems.stream().anyMatch(Problem::validatorFailed)) {
                throw new ValidatorFailure(
                        new CliFailure(ExitCodes.IO, problems.get(0).message()));
            }
            return problems.isEmpty();
        } catch (CliFailure failure) {
            throw new ValidatorFailure(failure);
        }
    }

    /** A validator that could not run: an internal error, not a verdict. */
    private static final class ValidatorFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ValidatorFailure(CliFailure cause) {
            super(cause);
        }
    }

    /** A side's validators, from the cache when they are there (compiling both sides dominates a run). */
    private SchemaCatalog catalog(ValidatorSupply supply, Path folder, GeneratorConfig config) throws CliFailure {
        CompiledValidators compiled = supply.get(config, () -> generateValidators(folder, config));
        compiled.warnings().forEach(w -> err().println(sideOf(folder) + w));
        return new SchemaCatalog(compiled, folder);
    }

    /** An --old-git side lives in a temporary folder gone by the time the user reads the message. */
    @Override
    String corpusName(Path folder) {
        return oldGit != null && folder.equals(oldFolder) ? oldGit : folder.toString();
    }

    /** Both corpora share file names: each diagnostic says which side it is from. */
    @Override
    String sideOf(Path folder) {
        return folder.equals(oldFolder) ? "old: " : folder.equals(newFolder) ? "new: " : "";
    }

    /** compat writes nothing: say that nothing was compared, and where the fix goes. */
    @Override
    String outcome(Path folder) {
        return folder.equals(oldFolder) && !folder.equals(newFolder)
                ? "the old corpus cannot be read, so nothing was compared. Fix it there, or compare with another"
                        + " old version (--old DIR or --old-git REV:PATH)."
                : "the new corpus cannot be read, so nothing was compared. Fix the errors above and run compat again.";
    }

    /**
     * The shared settings with the side's folder; validators only, so any corpus validate takes works,
     * in the runtime's own package as validate writes them (their class files written directly, no runtime, no javac).
     */
    private GeneratorConfig side(GeneratorConfig base, Path folder) {
        GeneratorConfig config = CompiledSide.validatorConfig(base, folder, !noFormatAssertions);
        return config.toBuilder(folder, RuntimeSources.PACKAGE).build();
    }

    private Set<Category> failOn() throws CliFailure {
        try {
            return FailOn.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCodes.USAGE, "error: --fail-on: " + e.getMessage());
        }
    }

    private static String labels(Set<Category> categories) {
        return FailOn.labels(categories);
    }

    private static void requireFolder(String option, Path folder) throws CliFailure {
        if (!Files.isDirectory(folder)) {
            throw new CliFailure(
                    ExitCodes.USAGE,
                    "error: " + option + " " + folder
                            + (Files.exists(folder) ? " is a file, not a folder of schemas" : " does not exist"));
        }
    }
}
