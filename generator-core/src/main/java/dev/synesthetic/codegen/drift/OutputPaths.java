package dev.synesthetic.codegen.drift;

import dev.synesthetic.codegen.support.ShellWords;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How a drift report names the output folder, seen from the working folder the user ran in.
 * Messages name it relative to that folder when it is below it, else as the user gave it ({@code
 * ../src/main/java}, an absolute path). The patch must name files so that {@code git apply} takes
 * them, and git refuses {@code ..} and absolute paths: below the working folder the patch names them
 * from there (so {@code | git apply} run in the same folder repairs the drift, in a repository
 * subfolder too), otherwise from the output folder itself, applied with {@code git -C <output> apply}.
 *
 * @param display the output folder in messages and in the diffs shown to people ({@code .} for the working folder)
 * @param patchPrefix what goes before each file's path in the patch, empty or ending in {@code /}
 * @param applyFrom the folder to run {@code git apply} in, when it is not the working folder
 */
public record OutputPaths(String display, String patchPrefix, Optional<String> applyFrom) {
    /** {@code output} as the user gave it (relative to {@code workingFolder}, or absolute). */
    public static OutputPaths of(Path output, Path workingFolder) {
        Path absolute = workingFolder.toAbsolutePath().resolve(output).normalize();
        Path cwd = workingFolder.toAbsolutePath().normalize();
        if (absolute.startsWith(cwd)) {
            String relative = slashes(cwd.relativize(absolute));
            return new OutputPaths(
                    relative.isEmpty() ? "." : relative, relative.isEmpty() ? "" : relative + "/", Optional.empty());
        }
        String asGiven = slashes(output.isAbsolute() ? absolute : output.normalize());
        return new OutputPaths(asGiven, "", Optional.of(asGiven));
    }

    /** The output folder seen from the process's working folder. */
    public static OutputPaths of(Path output) {
        return of(output, Path.of(""));
    }

    /** In diffs shown to people: the path as messages name it. */
    String displayPrefix() {
        return display.equals(".") ? "" : display + "/";
    }

    /**
     * The command that applies {@code --format patch} output piped into it, when plain {@code git
     * apply} in the working folder would not: e.g. {@code git -C ../src/main/java apply}.
     */
    public Optional<String> applyCommand() {
        return applyFrom.map(folder -> ShellWords.join(List.of("git", "-C", folder, "apply")));
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
