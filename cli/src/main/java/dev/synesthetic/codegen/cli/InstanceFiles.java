package dev.synesthetic.codegen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The instance files {@code validate} checks, and how many it left out below the folders given
 * (see {@link #setAside(Path, Path)}).
 */
record InstanceFiles(List<Path> files, int setAside) {
    /** The files to check of the {@code INSTANCE} arguments, in order; a folder's sorted by path. */
    static InstanceFiles of(List<Path> instances) throws CliFailure {
        List<Path> files = new ArrayList<>();
        int setAside = 0;
        for (Path instance : instances) {
            if (Files.isDirectory(instance)) {
                try (Stream<Path> walk = Files.walk(instance)) {
                    List<Path> found = walk.filter(p -> Files.isRegularFile(p) && DocumentFormat.isInstance(p))
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
        return new InstanceFiles(files, setAside);
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
