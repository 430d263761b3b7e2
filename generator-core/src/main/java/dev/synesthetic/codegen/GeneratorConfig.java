package dev.synesthetic.codegen;

import dev.synesthetic.codegen.emit.JacksonBaseline;
import dev.synesthetic.codegen.naming.PackageNames;
import dev.synesthetic.codegen.vocabulary.Draft;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What to generate. Build one with {@link #builder(Path, String)}; every setting but the folder and
 * the package has a default.
 *
 * @param schemaFolder the corpus folder ({@code *.json} files below it are schemas)
 * @param packageName the Java package of the generated types ({@link PackageNames} says which are allowed)
 * @param idPrefixes {@code $id} prefix → folder (relative to {@code schemaFolder}) for referenced
 *     {@code $id}s no corpus file declares
 * @param jackson the oldest Jackson the records must compile and bind with
 * @param defaultDraft the draft of schema files that declare no {@code $schema}
 * @param strict unknown keywords (and keywords the draft ignores) are errors, not warnings;
 *     {@code x-} extension keywords stay silent
 * @param emit which kinds of code to generate
 * @param formatAssertions generated validators assert {@code format} for every format draft
 *     2020-12 and draft-07 define ({@link dev.synesthetic.codegen.vocabulary.Formats#ASSERTED});
 *     off, {@code format} is an annotation (the draft 2020-12 default); unknown formats always are
 * @param builders every record gets {@code builder()}, {@code toBuilder()} and a wither per
 *     component, every union a factory per variant (on by default)
 * @param beanValidation record components carry {@code jakarta.validation} constraint annotations
 *     for the constraints they express exactly (off by default)
 */
public record GeneratorConfig(
        Path schemaFolder,
        String packageName,
        Map<String, Path> idPrefixes,
        JacksonBaseline jackson,
        Draft defaultDraft,
        boolean strict,
        Emit emit,
        boolean formatAssertions,
        boolean builders,
        boolean beanValidation) {
    /** Which kinds of code a run generates. */
    public enum Emit {
        /** Records, enums and unions only ({@code --no-validators}): nothing enforces the assertions. */
        RECORDS(true, false, false),
        /** Records plus one validator per schema file (JDK only, no dependencies). */
        RECORDS_AND_VALIDATORS(true, true, false),
        /**
         * Records, validators and, per schema file whose root has a Java type, an {@code XReader}: bytes
         * or a String in, the root type or the violations out. Readers use jackson-databind 2 (records
         * and validators still do not).
         */
        RECORDS_VALIDATORS_AND_READERS(true, true, true),
        /** Validators alone, for corpora the record model refuses ({@code allOf}, {@code oneOf}, tuples, ...). */
        VALIDATORS_ONLY(false, true, false);

        private final boolean records;
        private final boolean validators;
        private final boolean readers;

        Emit(boolean records, boolean validators, boolean readers) {
            this.records = records;
            this.validators = validators;
            this.readers = readers;
        }

        public boolean records() {
            return records;
        }

        public boolean validators() {
            return validators;
        }

        public boolean readers() {
            return readers;
        }

        /** The mode the three user switches name: validators alone win, readers imply validators. */
        public static Emit of(boolean validators, boolean readers, boolean validatorsOnly) {
            if (validatorsOnly) {
                return VALIDATORS_ONLY;
            }
            return readers ? RECORDS_VALIDATORS_AND_READERS : validators ? RECORDS_AND_VALIDATORS : RECORDS;
        }
    }

    public GeneratorConfig {
        Objects.requireNonNull(schemaFolder, "schemaFolder");
        PackageNames.require(Objects.requireNonNull(packageName, "packageName"));
        Objects.requireNonNull(jackson, "jackson");
        Objects.requireNonNull(defaultDraft, "defaultDraft");
        Objects.requireNonNull(emit, "emit");
        idPrefixes = Collections.unmodifiableMap(new TreeMap<>(idPrefixes));
    }

    /**
     * A configuration with every default: records and validators, the default Jackson baseline, draft
     * 2020-12, lenient, no format assertions, builders.
     */
    public static Builder builder(Path schemaFolder, String packageName) {
        return new Builder(schemaFolder, packageName);
    }

    /** A builder holding this configuration, to change some settings. */
    public Builder toBuilder() {
        return toBuilder(schemaFolder);
    }

    /** A builder holding this configuration for another schema folder (the two sides of {@code compat}). */
    public Builder toBuilder(Path folder) {
        return toBuilder(folder, packageName);
    }

    /** A builder holding this configuration for another folder and package ({@code validate} compiles into the runtime's). */
    public Builder toBuilder(Path folder, String packageName) {
        return new Builder(folder, packageName)
                .idPrefixes(idPrefixes)
                .jackson(jackson)
                .defaultDraft(defaultDraft)
                .strict(strict)
                .emit(emit)
                .formatAssertions(formatAssertions)
                .builders(builders)
                .beanValidation(beanValidation);
    }

    /** Whether validators are generated (alone or next to the records). */
    public boolean validators() {
        return emit.validators();
    }

    /** Whether readers are generated. */
    public boolean readers() {
        return emit.readers();
    }

    /** Collects settings; {@link #build()} checks them. */
    public static final class Builder {
        private final Path schemaFolder;
        private final String packageName;
        private Map<String, Path> idPrefixes = Map.of();
        private JacksonBaseline jackson = JacksonBaseline.DEFAULT;
        private Draft defaultDraft = Draft.DRAFT_2020_12;
        private boolean strict;
        private Emit emit = Emit.RECORDS_AND_VALIDATORS;
        private boolean formatAssertions;
        private boolean builders = true;
        private boolean beanValidation;

        private Builder(Path schemaFolder, String packageName) {
            this.schemaFolder = schemaFolder;
            this.packageName = packageName;
        }

        public Builder idPrefixes(Map<String, Path> prefixes) {
            this.idPrefixes = prefixes;
            return this;
        }

        public Builder jackson(JacksonBaseline baseline) {
            this.jackson = baseline;
            return this;
        }

        public Builder defaultDraft(Draft draft) {
            this.defaultDraft = draft;
            return this;
        }

        public Builder strict(boolean on) {
            this.strict = on;
            return this;
        }

        public Builder emit(Emit what) {
            this.emit = what;
            return this;
        }

        public Builder formatAssertions(boolean on) {
            this.formatAssertions = on;
            return this;
        }

        public Builder builders(boolean on) {
            this.builders = on;
            return this;
        }

        public Builder beanValidation(boolean on) {
            this.beanValidation = on;
            return this;
        }

        public GeneratorConfig build() {
            return new GeneratorConfig(
                    schemaFolder,
                    packageName,
                    idPrefixes,
                    jackson,
                    defaultDraft,
                    strict,
                    emit,
                    formatAssertions,
                    builders,
                    beanValidation);
        }
    }
}
