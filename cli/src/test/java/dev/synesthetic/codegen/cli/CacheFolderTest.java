package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the validator cache lives when --cache-dir does not say. */
class CacheFolderTest {
    private static final Path HOME = Path.of("/home/ada").toAbsolutePath();

    @Test
    void xdgCacheHomeWinsOnEveryOs() {
        Path xdg = Path.of("/var/cache/ada").toAbsolutePath();
        for (String os : new String[] {"Linux", "Mac OS X", "Windows 11"}) {
            assertThat(CacheFolder.of(Map.of("XDG_CACHE_HOME", xdg.toString()), os, HOME))
                    .isEqualTo(xdg.resolve("synesthetic-codegen"));
        }
    }

    @Test
    void aRelativeXdgCacheHomeIsIgnored() {
        assertThat(CacheFolder.of(Map.of("XDG_CACHE_HOME", "cache"), "Linux", HOME))
                .isEqualTo(HOME.resolve(".cache/synesthetic-codegen"));
    }

    @Test
    void eachOsHasItsOwnDefault() {
        assertThat(CacheFolder.of(Map.of(), "Linux", HOME)).isEqualTo(HOME.resolve(".cache/synesthetic-codegen"));
        assertThat(CacheFolder.of(Map.of(), "Mac OS X", HOME))
                .isEqualTo(HOME.resolve("Library/Caches/synesthetic-codegen"));
        assertThat(CacheFolder.of(Map.of(), "Windows 11", HOME))
                .isEqualTo(HOME.resolve("AppData/Local/synesthetic-codegen/cache"));
        Path local = HOME.resolve("Local");
        assertThat(CacheFolder.of(Map.of("LOCALAPPDATA", local.toString()), "Windows 11", HOME))
                .isEqualTo(local.resolve("synesthetic-codegen/cache"));
    }

    @Test
    void homeFromTheEnvironmentWinsOverTheJvmsUserHomeAsInTheLauncher() {
        Path set = Path.of("/tmp/ci-home").toAbsolutePath();
        assertThat(CacheFolder.of(Map.of("HOME", set.toString()), "Linux", HOME))
                .isEqualTo(set.resolve(".cache/synesthetic-codegen"));
        assertThat(CacheFolder.of(Map.of("HOME", set.toString()), "Mac OS X", HOME))
                .isEqualTo(set.resolve("Library/Caches/synesthetic-codegen"));
        assertThat(CacheFolder.of(Map.of("HOME", "relative"), "Linux", HOME))
                .isEqualTo(HOME.resolve(".cache/synesthetic-codegen"));
    }
}
