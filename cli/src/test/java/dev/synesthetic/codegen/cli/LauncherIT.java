package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution's POSIX launcher ({@code cli/target/synesthetic-codegen/bin/synesthetic-codegen}),
 * run as a user runs it: exit codes, arguments passed through as given, the class-data archive made by
 * the first run and mapped by the next, and every way the archive can fail leaving the command working.
 */
class LauncherIT {
    private static final Path HOME = Path.of(System.getProperty("dist.home", "target/synesthetic-codegen"))
            .toAbsolutePath();
    private static final Path LAUNCHER = HOME.resolve("bin/synesthetic-codegen");
    private static final String VERSION_LINE = "synesthetic-codegen ";

    @TempDir
    Path temp;

    @Test
    void distributionHoldsBothLaunchersAndTheJar() {
        assertThat(LAUNCHER).isExecutable();
        assertThat(HOME.resolve("bin/synesthetic-codegen.cmd")).isRegularFile();
        assertThat(HOME.resolve("lib/synesthetic-codegen.jar")).isRegularFile();
    }

    @Test
    void exitCodesAreThePrograms() throws Exception {
        Path schemas = Files.createDirectories(temp.resolve("schemas"));
        Files.writeString(schemas.resolve("point.schema.json"), """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Point", "type": "object",
                 "properties": {"x": {"type": "number"}}}
                """);
        Path broken = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(broken.resolve("bad.schema.json"), "{\"type\": ");
        String out = Files.createDirectories(temp.resolve("out")).toString();

        Run version = launch(env(), "--version");
        assertThat(version.exit).as(version.toString()).isZero();
        assertThat(version.out).startsWith(VERSION_LINE);
        assertThat(launch(env(), "--no-such-option").exit).isEqualTo(ExitCodes.USAGE);
        Run drift = launch(env(), "ensure-clean", "--schemas", schemas.toString(), "--output", out);
        assertThat(drift.exit).as(drift.toString()).isEqualTo(ExitCodes.DRIFT);
        Run corpus = launch(env(), "generate", "--schemas", broken.toString(), "--output", out);
        assertThat(corpus.exit).as(corpus.toString()).isEqualTo(ExitCodes.SCHEMA);
        assertThat(corpus.err).contains("bad.schema.json");
    }

    @Test
    void argumentsReachTheJvmExactlyAsGiven() throws Exception {
        Path jdk = fakeJdk(7);
        Map<String, String> env = env();
        env.put("JAVA_HOME", jdk.toString());
        env.put("SYNESTHETIC_CODEGEN_OPTS", "-Xmx64m -Dfrom.opts=1");
        List<String> args = List.of("a b\"c", "it's", "", "*", "$HOME", "--x=y  z", "back\\slash", "ünï");

        Run run = launch(env, args.toArray(String[]::new));

        assertThat(run.exit).as("the program's exit code").isEqualTo(7);
        List<String> seen = Files.readAllLines(jdk.resolve("args"), StandardCharsets.UTF_8);
        assertThat(seen)
                .endsWith(Stream.concat(
                                Stream.of(
                                        "-jar",
                                        HOME.resolve("lib/synesthetic-codegen.jar")
                                                .toString()),
                                args.stream())
                        .toArray(String[]::new));
        assertThat(seen).contains("-XX:TieredStopAtLevel=1");
        assertThat(seen.indexOf("-Dfrom.opts=1"))
                .as("user options come after the launcher's, so they win")
                .isGreaterThan(seen.indexOf("-XX:TieredStopAtLevel=1"))
                .isLessThan(seen.indexOf("-jar"));
        assertThat(seen).as("a fake JDK without a release file gets no archive").noneMatch(a -> a.contains("Archive"));

        Run real = launch(env(), "a b\"c", "it's");
        assertThat(real.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(real.err).contains("'a b\"c', 'it's'");
    }

    @Test
    void javaComesFromThePathWithoutJavaHome() throws Exception {
        Path jdk = fakeJdk(0);
        Map<String, String> env = env();
        env.remove("JAVA_HOME");
        env.put("PATH", jdk.resolve("bin") + ":/usr/bin:/bin");

        assertThat(launch(env, "--version").exit).isZero();
        assertThat(Files.readAllLines(jdk.resolve("args"))).endsWith("--version");
    }

    @Test
    void aJavaHomeWithoutJavaIsAClearError() throws Exception {
        Map<String, String> env = env();
        env.put("JAVA_HOME", Files.createDirectories(temp.resolve("no-jdk")).toString());

        Run run = launch(env, "--version");

        assertThat(run.exit).isEqualTo(ExitCodes.IO);
        assertThat(run.err).contains("JAVA_HOME").contains("no-jdk");
    }

    @Test
    void firstRunMakesTheArchiveAndTheSecondMapsIt() throws Exception {
        Map<String, String> env = env();

        Run first = launch(env, "--version");

        assertThat(first.exit).isZero();
        assertThat(first.out).startsWith(VERSION_LINE);
        assertThat(first.err).isEmpty();
        List<Path> archives = archives();
        assertThat(archives)
                .singleElement()
                .satisfies(a -> assertThat(a.getFileName().toString())
                        .startsWith("main-" + Runtime.version().feature()));
        assertThat(leftovers()).isEmpty();

        env.put("SYNESTHETIC_CODEGEN_OPTS", "-Xlog:class+load=info");
        Run second = launch(env, "--version");

        assertThat(second.exit).isZero();
        assertThat(second.out).contains("dev.synesthetic.codegen.cli.Main source: shared objects file");
        assertThat(archives()).isEqualTo(archives);
    }

    @Test
    void aJarOfAnotherTimeGetsAnArchiveOfItsOwn() throws Exception {
        Path copy = copyOfTheDistribution();
        Map<String, String> env = env();
        launch(copy, env, "--version");
        List<Path> first = archives();
        Files.setLastModifiedTime(
                copy.resolve("lib/synesthetic-codegen.jar"),
                FileTime.from(Instant.now().minus(Duration.ofDays(2))));

        Run run = launch(copy, env, "--version");

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(archives()).hasSize(2).containsAll(first);
        env.put("SYNESTHETIC_CODEGEN_OPTS", "-Xshare:on"); // fails the JVM if the archive cannot be mapped
        assertThat(launch(copy, env, "--version").exit).isZero();
    }

    @Test
    void withoutHomeTheArchiveGoesWhereValidateCaches() throws Exception {
        Path jdk = fakeJdk(0);
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"17.0.99\"\n");
        Map<String, String> env = env();
        env.put("JAVA_HOME", jdk.toString());
        env.remove("HOME");
        env.remove("XDG_CACHE_HOME");
        Path cds = CacheFolder.of(Map.of(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")))
                .resolve("cds");
        try {
            launch(env, "--version");

            assertThat(Files.readAllLines(jdk.resolve("args")))
                    .as("every java the launcher ran; the first runs the command")
                    .anyMatch(arg -> arg.startsWith("-XX:DumpLoadedClassList=" + cds.resolve(".main-")));
        } finally {
            if (Files.isDirectory(cds)) { // the fake JDK's archive, under its own key and version
                try (Stream<Path> made = Files.list(cds)) {
                    for (Path file : made.filter(f -> f.getFileName().toString().startsWith("main-17.0.99-"))
                            .toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
    }

    @Test
    void eachSubcommandHasItsOwnArchive() throws Exception {
        Map<String, String> env = env();
        launch(env, "--version");
        launch(env, "generate", "--help");

        assertThat(archives())
                .extracting(a -> a.getFileName().toString().replaceAll("-.*", ""))
                .containsExactlyInAnyOrder("main", "generate");
    }

    @Test
    void anUnwritableCacheFolderOnlyCostsTheArchive() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
        Map<String, String> env = env();
        env.put("XDG_CACHE_HOME", file.resolve("below").toString());

        Run run = launch(env, "--version");

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).startsWith(VERSION_LINE);
        assertThat(run.err).isEmpty();
    }

    @Test
    void aCutArchiveIsDroppedAndRemade() throws Exception {
        Map<String, String> env = env();
        launch(env, "--version");
        Path archive = archives().get(0);
        byte[] whole = Files.readAllBytes(archive);
        archive.toFile().setWritable(true);
        Files.write(archive, java.util.Arrays.copyOf(whole, whole.length / 3));

        Run run = launch(env, "--version");

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).startsWith(VERSION_LINE);
        assertThat(run.err).isEmpty();
        assertThat(archives()).singleElement().satisfies(a -> assertThat(a).hasSize(whole.length));
    }

    @Test
    void aDamagedArchiveOfTheRightSizeIsIgnoredSilently() throws Exception {
        Map<String, String> env = env();
        launch(env, "--version");
        Path archive = archives().get(0);
        // the header and the size stay whole: only the file's date tells (a checked archive is dated 1970)
        byte[] bytes = Files.readAllBytes(archive);
        byte[] noise = new byte[4096];
        new java.util.Random(13).nextBytes(noise);
        for (int start : new int[] {bytes.length / 3, bytes.length * 2 / 3}) {
            System.arraycopy(noise, 0, bytes, start, Math.min(noise.length, bytes.length - start));
        }
        archive.toFile().setWritable(true);
        Files.write(archive, bytes);

        Run run = launch(env, "--version");

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo(launch(optedOut(), "--version").out);
        assertThat(run.err).isEmpty();
    }

    @Test
    void optionsThatRuleOutAnArchiveRunWithoutOne() throws Exception {
        for (String options : List.of("-Xshare:off", "-XX:-UseSharedSpaces", "-Xint -Xshare:off")) {
            Map<String, String> env = env();
            env.put("SYNESTHETIC_CODEGEN_OPTS", options);
            Run first = launch(env, "--version");
            Run second = launch(env, "--version");

            assertThat(first.exit).as(options + ": " + first).isZero();
            assertThat(second.exit).as(options + ": " + second).isZero();
            assertThat(second.out).isEqualTo(launch(optedOut(), "--version").out);
            assertThat(archives()).as(options).isEmpty();
        }
    }

    @Test
    void concurrentFirstRunsLeaveOneWholeArchive() throws Exception {
        Map<String, String> env = env();
        List<Launched> processes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            processes.add(start(env, temp.resolve("run" + i), "--version"));
        }
        for (Launched process : processes) {
            assertThat(finish(process).exit).isZero();
        }

        assertThat(archives()).hasSize(1);
        assertThat(leftovers()).isEmpty();
        env.put("SYNESTHETIC_CODEGEN_OPTS", "-Xshare:on"); // fails the JVM if the archive cannot be mapped
        assertThat(launch(env, "--version").exit).isZero();
    }

    @Test
    void theOptOutRunsWithoutArchiveOrFlags() throws Exception {
        Run run = launch(optedOut(), "--version");
        assertThat(run.exit).isZero();
        assertThat(temp.resolve("cache/synesthetic-codegen/cds")).doesNotExist();

        Path jdk = fakeJdk(0);
        Map<String, String> env = optedOut();
        env.put("JAVA_HOME", jdk.toString());
        launch(env, "--version");
        assertThat(Files.readAllLines(jdk.resolve("args")))
                .containsExactly(
                        "-jar", HOME.resolve("lib/synesthetic-codegen.jar").toString(), "--version");
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        env.remove("SYNESTHETIC_CODEGEN_OPTS");
        env.remove("SYNESTHETIC_CODEGEN_FAST_START");
        return env;
    }

    private Map<String, String> optedOut() {
        Map<String, String> env = env();
        env.put("SYNESTHETIC_CODEGEN_FAST_START", "off");
        return env;
    }

    private List<Path> archives() throws IOException {
        Path folder = temp.resolve("cache/synesthetic-codegen/cds");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".jsa")).sorted().toList();
        }
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(temp.resolve("cache/synesthetic-codegen/cds"))) {
            return files.filter(f -> !f.toString().endsWith(".jsa")).toList();
        }
    }

    /** The distribution copied to a folder of its own (its jar may be changed). */
    private Path copyOfTheDistribution() throws IOException {
        Path copy = temp.resolve("dist");
        for (String file : List.of("bin/synesthetic-codegen", "lib/synesthetic-codegen.jar")) {
            Files.createDirectories(copy.resolve(file).getParent());
            Files.copy(HOME.resolve(file), copy.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
        }
        return copy;
    }

    /** A JAVA_HOME whose java appends its arguments, one a line, to {@code args} and exits with {@code exit}. */
    private Path fakeJdk(int exit) throws IOException {
        Path jdk = Files.createDirectories(temp.resolve("fake-jdk"));
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Files.writeString(
                java, "#!/bin/sh\nprintf '%s\\n' \"$@\" >> '" + jdk.resolve("args") + "'\nexit " + exit + "\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        return jdk;
    }

    private Run launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return launch(HOME, env, args);
    }

    private Run launch(Path home, Map<String, String> env, String... args) throws IOException, InterruptedException {
        return finish(start(home, env, temp.resolve("run"), args));
    }

    private static Launched start(Map<String, String> env, Path folder, String... args) throws IOException {
        return start(HOME, env, folder, args);
    }

    private static Launched start(Path home, Map<String, String> env, Path folder, String... args) throws IOException {
        Files.createDirectories(folder);
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/synesthetic-codegen").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectOutput(folder.resolve("stdout").toFile())
                .redirectError(folder.resolve("stderr").toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        return new Launched(builder.start(), folder);
    }

    private static Run finish(Launched launched) throws IOException, InterruptedException {
        if (!launched.process.waitFor(5, TimeUnit.MINUTES)) { // a hang guard, not a timing assertion
            launched.process.destroyForcibly();
            throw new IllegalStateException("the launcher hung");
        }
        return new Run(
                launched.process.exitValue(),
                Files.readString(launched.folder.resolve("stdout")),
                Files.readString(launched.folder.resolve("stderr")));
    }

    private record Launched(Process process, Path folder) {}

    private record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
