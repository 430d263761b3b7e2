package dev.synesthetic.codegen.compat;

import java.util.Locale;

/** What a change does to one direction. UNDECIDED is never reported as safe. */
public enum Verdict {
    BREAKS,
    UNDECIDED,
    SAFE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
