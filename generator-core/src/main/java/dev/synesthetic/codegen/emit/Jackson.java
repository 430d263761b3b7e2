package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import dev.synesthetic.codegen.naming.GeneratedImports;

/**
 * The Jackson annotations generated code uses. Only {@code com.fasterxml.jackson.annotation}: it
 * is shared by Jackson 2 and Jackson 3, so the records work with either.
 */
final class Jackson {
    static final ClassName PROPERTY = ClassName.bestGuess(GeneratedImports.JSON_PROPERTY);
    static final ClassName CREATOR = ClassName.bestGuess(GeneratedImports.JSON_CREATOR);
    static final ClassName VALUE = ClassName.bestGuess(GeneratedImports.JSON_VALUE);
    static final ClassName INCLUDE = ClassName.bestGuess(GeneratedImports.JSON_INCLUDE);
    static final ClassName ANY_SETTER = ClassName.bestGuess(GeneratedImports.JSON_ANY_SETTER);
    static final ClassName ANY_GETTER = ClassName.bestGuess(GeneratedImports.JSON_ANY_GETTER);
    static final ClassName INJECT = ClassName.bestGuess(GeneratedImports.JACKSON_INJECT);
    static final ClassName OPT_BOOLEAN = ClassName.bestGuess(GeneratedImports.OPT_BOOLEAN);
    static final ClassName FORMAT = ClassName.bestGuess(GeneratedImports.JSON_FORMAT);
    static final ClassName UNWRAPPED = ClassName.bestGuess(GeneratedImports.JSON_UNWRAPPED);
    static final ClassName GENERATED = ClassName.bestGuess(GeneratedImports.GENERATED);

    private Jackson() {}

    static AnnotationSpec property(String wireName, boolean required) {
        AnnotationSpec.Builder spec =
                AnnotationSpec.builder(PROPERTY).addMember("value", JavaLiterals.string(wireName));
        if (required) {
            spec.addMember("required", "true");
        }
        return spec.build();
    }

    static AnnotationSpec include(String policy) {
        return AnnotationSpec.builder(INCLUDE)
                .addMember("value", "$T.Include.$L", INCLUDE, policy)
                .build();
    }

    /**
     * Marks a creator parameter so an absent key arrives as Java null on jackson-databind 2.21+ and
     * 3.x alike: absent creator properties are looked up as injectable values first, and an optional
     * injection that nobody configured yields null, while a JSON null still goes through the
     * parameter's own deserializer. (jackson-databind 2.20 ignores {@code optional} there and fails.)
     */
    static AnnotationSpec absentAsNull() {
        return AnnotationSpec.builder(INJECT)
                .addMember("value", "$S", "dev.synesthetic.codegen.absent")
                .addMember("useInput", "$T.TRUE", OPT_BOOLEAN)
                .addMember("optional", "$T.TRUE", OPT_BOOLEAN)
                .build();
    }

    /**
     * On every use of a date-time (and on lists and maps of them, whose elements Jackson formats
     * the same way): written as an RFC 3339 string and read keeping its own offset, whatever the
     * mapper's WRITE_DATES_AS_TIMESTAMPS and ADJUST_DATES_TO_CONTEXT_TIME_ZONE say, so a mapper with
     * no configuration round-trips it.
     */
    static AnnotationSpec dateTimeFormat() {
        return AnnotationSpec.builder(FORMAT)
                .addMember("shape", "$T.Shape.STRING", FORMAT)
                .addMember("without", "$T.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE", FORMAT)
                .build();
    }

    static AnnotationSpec generated() {
        return AnnotationSpec.builder(GENERATED)
                .addMember("value", "$S", "dev.synesthetic.codegen")
                .build();
    }

    static AnnotationSpec plain(ClassName type) {
        return AnnotationSpec.builder(type).build();
    }
}
