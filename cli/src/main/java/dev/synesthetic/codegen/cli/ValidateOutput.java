package dev.synesthetic.codegen.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** How {@code validate} prints its verdicts on stdout: {@code --format text|json|github}. */
interface ValidateOutput {
    void document(DocumentReport report);

    /** Called once after the last document. */
    default void finish() {}

    /** The format's name, checked: a wrong {@code --format} fails before the validators are compiled. */
    static String checked(String format) throws CliFailure {
        String name = format.toLowerCase(Locale.ROOT);
        if (!name.equals("text") && !name.equals("json") && !name.equals("github")) {
            throw new CliFailure(ExitCodes.USAGE, "error: --format must be text, json or github, not '" + format + "'");
        }
        return name;
    }

    static ValidateOutput of(String checkedFormat, PrintWriter out, SchemaCatalog catalog) {
        return switch (checkedFormat) {
            case "json" -> new BasicJsonOutput(out, catalog);
            case "github" -> new GithubOutput(out);
            default -> new TextOutput(out);
        };
    }
}
