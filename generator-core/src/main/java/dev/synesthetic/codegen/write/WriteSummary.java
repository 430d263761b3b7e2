package dev.synesthetic.codegen.write;

import java.util.List;

/** What {@link OutputWriter} did, each list sorted by path. */
public record WriteSummary(List<String> written, List<String> unchanged, List<String> deleted) {
    public WriteSummary {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        deleted = List.copyOf(deleted);
    }

    /** {@code 3 written, 44 unchanged, 1 deleted}. */
    public String describe() {
        return written.size() + " written, " + unchanged.size() + " unchanged, " + deleted.size() + " deleted";
    }
}
