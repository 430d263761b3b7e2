package dev.synesthetic.codegen.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One generate-like run per round into the same folder, for {@link OutputWriterConcurrencyTest}: in
 * a thread, or as a JVM of its own ({@code main FOLDER ROUNDS FIRST-VERSION}).
 */
final class ConcurrentWriter {
    static final int FILES = 150;
    private static final String BODY = GeneratedFile.MARKER + "\npackage p;\n";

    private ConcurrentWriter() {}

    public static void main(String[] args) throws Exception {
        run(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    }

    /** {@code rounds} writes, alternating between two versions starting with {@code version}: each write changes every file. */
    static void run(Path folder, int rounds, int version) throws Exception {
        for (int round = 0; round < rounds; round++) {
            new OutputWriter().write(folder, files((version + round) % 2));
        }
    }

    static List<GeneratedFile> files(int version) {
        List<GeneratedFile> files = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            files.add(new GeneratedFile(
                    "p/T" + i + ".java", BODY + "class T" + i + " { int version" + version + "; }\n"));
        }
        return files;
    }
}
