package dev.synesthetic.codegen.drift;

/** Why a file drifted, when the manifest lets us tell. */
public record DriftCause(Reason reason, String detail) {
    public enum Reason {
        /** The committed file no longer matches what the generator wrote: someone edited it. */
        EDITED_BY_HAND,
        /** version.json's schemaVersion changed since the files were generated. */
        SCHEMA_VERSION_BUMPED,
        /** The schema file declaring this type changed. */
        SCHEMA_CHANGED,
        /** Another schema this type refers to changed. */
        REFERENCED_SCHEMA_CHANGED,
        /** The generator is a different version. */
        GENERATOR_CHANGED,
        /** Same schemas, same generator: the options (package, mappings) differ. */
        OPTIONS_CHANGED,
        /** The manifest itself: it records the new generation and changes with the files above. */
        MANIFEST_UPDATED,
        /** No manifest to compare with. */
        UNKNOWN
    }

    public static DriftCause unknown() {
        return new DriftCause(Reason.UNKNOWN, "no manifest from the last generation to compare with");
    }

    @Override
    public String toString() {
        return detail;
    }
}
