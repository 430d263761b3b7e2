package dev.synesthetic.codegen.compat;

import dev.synesthetic.codegen.emit.JacksonBaseline;

/** {@code --jackson 2.18} on its floor: the real 2.18.2 jars. */
class Jackson218CompatibilityTest extends JacksonCompatibility {
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
        return "jackson-2.18";
    }

    @Override
    String databindJar() {
        return "jackson-databind-2.18.2.jar";
    }
}
