package dev.synesthetic.codegen.drift;

import java.util.List;

/** One way the committed output differs from what the generator produces now. */
public sealed interface Drift extends Comparable<Drift> {
    /** Path relative to the output folder, with {@code /}. */
    String path();

    @Override
    default int compareTo(Drift other) {
        return path().compareTo(other.path());
    }

    /**
     * The file exists but its content differs.
     *
     * @param diff a unified diff from the committed file ({@code a/}) to the generated one ({@code b/}),
     *     for people: capped, line endings normalised, whitespace made visible when only that changed
     * @param patch the same change uncapped and byte-exact (carriage returns kept), for {@code git apply}
     */
    record Changed(String path, ChangeKind kind, DriftCause cause, List<String> diff, List<String> patch)
            implements Drift {
        public Changed {
            diff = List.copyOf(diff);
            patch = List.copyOf(patch);
        }
    }

    /** The generator produces this file but it is not there (never committed, or deleted). */
    record Missing(String path, List<String> diff, List<String> patch) implements Drift {
        public Missing {
            diff = List.copyOf(diff);
            patch = List.copyOf(patch);
        }
    }

    /** The file carries the generated-file marker but is no longer produced (its schema went away). */
    record Orphan(String path, List<String> patch) implements Drift {
        public Orphan {
            patch = List.copyOf(patch);
        }
    }

    /**
     * Something generate did not write stands where a generated file goes (a hand-written file without
     * the marker line, a folder): generate refuses to replace it, and no patch touches it.
     *
     * @param reason what is there, as generate's refusal says it
     */
    record InTheWay(String path, String reason) implements Drift {
        @Override
        public List<String> patch() {
            return List.of();
        }
    }

    /** The patch lines that repair this drift; concatenated over a report they form one git patch. */
    List<String> patch();
}
