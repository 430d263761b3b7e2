package dev.synesthetic.codegen.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The generator's own version, from the build; recorded in manifests to explain drift. */
public final class GeneratorVersion {
    private static final String VALUE = load();

    private GeneratorVersion() {}

    public static String value() {
        return VALUE;
    }

    private static String load() {
        try (InputStream in =
                GeneratorVersion.class.getResourceAsStream("/dev/synesthetic/codegen/generator.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
