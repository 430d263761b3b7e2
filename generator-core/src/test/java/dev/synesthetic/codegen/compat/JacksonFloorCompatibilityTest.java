package dev.synesthetic.codegen.compat;

import dev.synesthetic.codegen.emit.JacksonBaseline;

/**
 * {@code --jackson 2.21} (the default) on its floor: compiled against jackson-annotations 2.20
 * (the first with {@code JacksonInject.optional}), bound by jackson-databind 2.21.0 (2.20 ignores
 * {@code optional} on creator parameters: every absent optional-nullable member fails there).
 */
class JacksonFloorCompatibilityTest extends JacksonCompatibility {
    @Override
    JacksonBaseline baseline() {
        return JacksonBaseline.JACKSON_2_21;
    }

    @Override
    String compileJars() {
        return "jackson-2.20";
    }

    @Override
    String runtimeJars() {
        return "jackson-2.21";
    }

    @Override
    String databindJar() {
        return "jackson-databind-2.21.0.jar";
    }
}
