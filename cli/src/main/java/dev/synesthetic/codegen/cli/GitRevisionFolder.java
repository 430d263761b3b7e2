package dev.synesthetic.codegen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code compat --old-git REV:PATH}: the {@code *.json} files below PATH as revision REV has them,
 * copied into a temporary folder (deleted on close) with {@code git ls-tree} and {@code git show}, which
 * read the object store only: the index and the working tree are never touched.
 */
final class GitRevisionFolder implements AutoCloseable {
    private final Path temp;
    private final Path folder;

    private GitRevisionFolder(Path temp, Path folder) {
        this.temp = temp;
        this.folder = folder;
    }

    /**
     * Where the copy lives, for a cache key: the temporary folder differs every run, the layout below
     * it (what a relative {@code $ref} climbing out and back in resolves by) does not.
     */
    String place() {
        return "a temporary copy of a git revision, at ./" + temp.relativize(folder);
    }

    /** The schema folder to read as the old side. */
    Path folder() {
        return folder;
    }

    /** Extracts {@code spec} ({@code REV:PATH}, PATH a folder of the working tree as of REV). */
    static GitRevisionFolder extract(String spec) throws CliFailure {
        int colon = spec.indexOf(':');
        if (colon <= 0 || colon == spec.length() - 1) {
            throw usage("--old-git " + spec + " is not REV:PATH (e.g. v1.2.0:schemas)");
        }
        String revision = spec.substring(0, colon);
        Path path = Path.of(spec.substring(colon + 1)).toAbsolutePath().normalize();
        Path base = path;
        while (base != null && !Files.isDirectory(base)) {
            base = base.getParent(); // the folder may be gone from the working tree; git runs from what is left
        }
        if (base == null) {
            throw usage("--old-git " + spec + ": no folder of " + path + " exists to run git in");
        }
        String pathspec = base.equals(path) ? "." : base.relativize(path).toString();
        List<String> names = new ArrayList<>();
        for (String name : new String(
                        git(base, revision, "ls-tree", "-r", "-z", "--name-only", revision, "--", pathspec),
                        StandardCharsets.UTF_8)
                .split("\0")) {
            if (name.endsWith(".json")) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            throw usage("--old-git " + spec + ": revision " + revision + " has no *.json below " + path);
        }
        Path temp = null;
        try {
            temp = Files.createTempDirectory("compat-old-git-");
            for (String name : names) {
                Path target = temp.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, git(base, revision, "show", revision + ":./" + name));
            }
            return new GitRevisionFolder(temp, pathspec.equals(".") ? temp : temp.resolve(pathspec));
        } catch (IOException e) {
            delete(temp);
            throw CliFailure.io("cannot copy the schemas of " + spec + " into a temporary folder", e);
        } catch (CliFailure e) {
            delete(temp);
            throw e;
        }
    }

    /** One git command's standard output; a failure names the revision (exit 2: the user's input). */
    private static byte[] git(Path directory, String revision, String... args) throws CliFailure {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
            byte[] out;
            byte[] err;
            try (InputStream stdout = process.getInputStream();
                    InputStream stderr = process.getErrorStream()) {
                out = stdout.readAllBytes();
                err = stderr.readAllBytes();
            }
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroy();
                throw usage("--old-git: git cannot read revision " + revision + " in " + directory + ": "
                        + new String(err, StandardCharsets.UTF_8).strip());
            }
            return out;
        } catch (IOException e) {
            throw usage("--old-git needs git on the PATH (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitCodes.IO, "error: interrupted while running git");
        }
    }

    private static CliFailure usage(String message) {
        return new CliFailure(ExitCodes.USAGE, "error: " + message);
    }

    @Override
    public void close() {
        delete(temp);
    }

    private static void delete(Path tree) {
        if (tree == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the report for
        }
    }
}
