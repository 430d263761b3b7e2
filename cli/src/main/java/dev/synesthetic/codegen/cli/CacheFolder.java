package dev.synesthetic.codegen.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The per-user folder {@code validate} keeps compiled validators in, when {@code --cache-dir} does
 * not name one: {@code $XDG_CACHE_HOME/synesthetic-codegen} on every OS when that variable holds an
 * absolute path (the XDG base-directory rule), else the OS's own cache folder, below {@code $HOME}
 * when that is an absolute path, else below {@code user.home}: where the {@code bin/} launcher keeps
 * its class-data archives.
 */
final class CacheFolder {
    static final String NAME = "synesthetic-codegen";

    private CacheFolder() {}

    /** The folder for this process's user. */
    static Path forUser() {
        return of(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /**
     * @param env the environment ({@code XDG_CACHE_HOME}, {@code HOME}, {@code LOCALAPPDATA})
     * @param osName the {@code os.name} system property
     * @param home the user's home folder ({@code user.home}), when {@code HOME} is unset
     */
    static Path of(Map<String, String> env, String osName, Path home) {
        Path xdg = absolute(env.get("XDG_CACHE_HOME"));
        if (xdg != null) {
            return xdg.resolve(NAME);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path local = absolute(env.get("LOCALAPPDATA"));
            return (local != null ? local : home.resolve("AppData").resolve("Local"))
                    .resolve(NAME)
                    .resolve("cache");
        }
        // HOME as the shell sees it, as the bin/ launcher reads it (the JVM's user.home ignores it)
        Path user = Objects.requireNonNullElse(absolute(env.get("HOME")), home);
        if (os.startsWith("mac")) {
            return user.resolve("Library").resolve("Caches").resolve(NAME);
        }
        return user.resolve(".cache").resolve(NAME);
    }

    /** A relative value is ignored, as the XDG specification says. */
    private static Path absolute(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? path : null;
    }
}
