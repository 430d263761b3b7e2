package dev.synesthetic.codegen.compat;

import dev.synesthetic.codegen.emit.JacksonBaseline;

/**
 * {@code --jackson 2.18} on jackson-databind 2.20.0, the line {@code --jackson 2.21} cannot serve:
 * the baseline to pick there, compiled against jackson-annotations 2.18.2 as on its floor.
 */
class Jackson218OnJackson220CompatibilityTest extends JacksonCompatibility {
    @Override
    JacksonBaseline baseline() {
        return JacksonBaseline.JACKSON_2_18;
    }

    @Override
    String compileJars() {
        return "jackson-2.18";
    }

    @Override
    String runtimeJars() {
        return "jackson-2.20";
    }

    @Override
    String databindJar() {
        return "jackson-databind-2.20.0.jar";
    }
}
