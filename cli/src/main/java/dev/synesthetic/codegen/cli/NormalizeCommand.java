package dev.synesthetic.codegen.cli;

import dev.synesthetic.codegen.config.CodegenOptions;
import dev.synesthetic.codegen.normalize.Normalization;
import dev.synesthetic.codegen.normalize.Normalizer;
import dev.synesthetic.codegen.support.ShellWords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code normalize [--check]}: every schema file in the one canonical layout, meaning untouched. */
@Command(
        name = "normalize",
        mixinStandardHelpOptions = true,
        description = {
            "Rewrites each schema file in canonical form: documented key order in every schema object, data and"
                    + " property order as written, numbers and strings as written, 2-space indents, LF, a final"
                    + " newline. Only changed files are written, each atomically; meaning never changes.",
            "--check writes nothing: it lists the files that are not canonical with a unified diff of each."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Normalized, or (--check) already canonical.",
            "1:--check: some files are not canonical.",
            "2:Usage error (a path that does not exist).",
            "3:A file is not JSON (file, line, column); nothing is written.",
            "4:I/O or internal error."
        })
final class NormalizeCommand extends CodegenCommand {
    @Option(
            names = "--check",
            description = "Write nothing; exit 1 listing each file that is not canonical and its diff.")
    boolean check;

    @Parameters(
            arity = "0..*",
            paramLabel = "PATH",
            description = "Schema files, or folders searched for *.json (their version.json left out)."
                    + " Default: the --schemas folder.")
    List<Path> paths = new ArrayList<>();

    @Override
    List<dev.synesthetic.codegen.config.Option<?>> sharedOptions() {
        return List.of(CodegenOptions.SCHEMAS, CodegenOptions.DEFAULT_DRAFT);
    }

    @Override
    int run() throws CliFailure {
        CliOptions options = options();
        List<Path> targets = paths.isEmpty() ? List.of(options.schemas()) : paths;
        for (Path target : targets) {
            if (!Files.exists(target)) {
                throw new CliFailure(
                        ExitCodes.USAGE, "error: " + target + " does not exist (check the paths or --schemas)");
            }
        }
        Normalizer.Result result;
        try {
            result = new Normalizer(options.resolved().get(CodegenOptions.DEFAULT_DRAFT))
                    .normalize(Normalizer.schemaFiles(targets));
        } catch (IOException e) {
            throw CliFailure.io("cannot read the schema files", e);
        }
        if (!result.refused().isEmpty()) {
            result.refused().forEach(r -> err().println("error: " + shown(r.file()) + ": not JSON: " + r.reason()));
            throw new CliFailure(
                    ExitCodes.SCHEMA, result.refused().size() + " file(s) are not JSON; nothing was written.");
        }
        List<Normalization> changed =
                result.files().stream().filter(Normalization::changed).toList();
        return check
                ? report(changed, result.files().size(), targets, options)
                : write(changed, result.files().size());
    }

    private int report(List<Normalization> changed, int total, List<Path> targets, CliOptions options) {
        if (changed.isEmpty()) {
            err().println("normalize: " + total + " schema file(s) in canonical form");
            return ExitCodes.OK;
        }
        changed.forEach(n -> out().println("not normalized: " + shown(n.file())));
        changed.forEach(n -> n.diff(shown(n.file())).forEach(out()::println));
        out().flush();
        err().println("normalize: " + changed.size() + " of " + total + " schema file(s) not in canonical form;"
                + " run '" + fix(targets, options) + "' to fix them");
        return ExitCodes.DRIFT;
    }

    private int write(List<Normalization> changed, int total) throws CliFailure {
        for (Normalization normalization : changed) {
            try {
                normalization.write();
            } catch (IOException e) {
                throw CliFailure.io("cannot write " + shown(normalization.file()), e);
            }
            out().println("normalized: " + shown(normalization.file()));
        }
        out().flush();
        err().println("normalize: " + changed.size() + " normalized, " + (total - changed.size()) + " unchanged");
        return ExitCodes.OK;
    }

    /** The command that fixes what --check found: the same paths, or the same schema folder. */
    private String fix(List<Path> targets, CliOptions options) {
        List<String> words = new ArrayList<>(FixCommand.launcher());
        words.add("normalize");
        if (common.config != null) {
            words.add("--config");
            words.add(common.config.toString());
        }
        options.flags().get(CodegenOptions.DEFAULT_DRAFT).ifPresent(draft -> {
            words.add(CodegenOptions.DEFAULT_DRAFT.flag());
            words.addAll(CodegenOptions.DEFAULT_DRAFT.print(draft));
        });
        if (paths.isEmpty()) {
            words.add(CodegenOptions.SCHEMAS.flag());
        }
        targets.forEach(t -> words.add(t.toString()));
        return ShellWords.join(words);
    }

    /** A path as given on the command line (or below a folder given), without {@code ./}, with {@code /} on every OS. */
    private static String shown(Path file) {
        return file.normalize().toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
