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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
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
    private static final String MAIN_CLASS = "dev/synesthetic/codegen/cli/Main.class";
    /** How many bytes of the jar's end the launcher's key reads (its {@code tail -c}). */
    private static final int KEYED_TAIL = 1 << 20;
    /** A time on a whole minute: the jar dated here and 30 s later looks the same to {@code ls -l}. */
    private static final Instant MINUTE = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path temp;

    @Test
    void distributionHoldsBothLaunchersAndTheJar() {
        assertThat(LAUNCHER).isExecutable();
        assertThat(HOME.resolve("bin/synesthetic-codegen.cmd")).isRegularFile();
        assertThat(HOME.resolve("lib/synesthetic-codegen.jar")).isRegularFile();
    }

    @Test
    void theJarCarriesAsmUnderItsOwnPackageAndValidateRunsWithIt() throws Exception {
        try (ZipFile jar =
                new ZipFile(HOME.resolve("lib/synesthetic-codegen.jar").toFile())) {
            List<String> names = jar.stream().map(ZipEntry::getName).toList();
            assertThat(names).noneMatch(n -> n.startsWith("org/objectweb/"));
            assertThat(names).contains("dev/synesthetic/codegen/shaded/asm/ClassWriter.class");
            assertThat(names).noneMatch(n -> n.startsWith("dev/synesthetic/codegen/shaded/asm/signature/"));
        }
        Path schemas = Files.createDirectories(temp.resolve("schemas"));
        Files.writeString(schemas.resolve("point.schema.json"), """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Point", "type": "object",
                 "required": ["x"], "properties": {"x": {"type": "number"}}}
                """);
        Path instance = temp.resolve("point.json");
        Files.writeString(instance, "{\"x\": \"one\"}");

        Run validate = launch(
                env(),
                "validate",
                "--no-cache",
                "--schemas",
                schemas.toString(),
                "--schema",
                schemas.resolve("point.schema.json").toString(),
                instance.toString());

        assertThat(validate.exit).as(validate.toString()).isEqualTo(ExitCodes.DRIFT);
        assertThat(validate.out).contains("/x");
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
    void aJarOfOtherClassesWithTheSameSizeAndTimeRunsItsOwnCode() throws Exception {
        Path copy = copyOfTheDistribution();
        Path jar = copy.resolve("lib/synesthetic-codegen.jar");
        Path original = Files.copy(jar, temp.resolve("original.jar"));
        rewriteJar(original, jar, false);
        Files.setLastModifiedTime(jar, FileTime.from(MINUTE));
        long size = Files.size(jar);
        Map<String, String> env = env();
        Run before = launch(copy, env, "--help");
        assertThat(before.out).as(before.toString()).contains("Generates Java 17");
        assertThat(archives()).as("the first run's archive").hasSize(1);

        rewriteJar(original, jar, true); // one string constant of Main.class changed, same length
        Files.setLastModifiedTime(jar, FileTime.from(MINUTE));
        assertThat(Files.size(jar)).isEqualTo(size);
        Run after = launch(copy, env, "--help");

        assertThat(after.exit).as(after.toString()).isZero();
        assertThat(after.out)
                .as("the new jar's code, not the archived classes of the old")
                .contains("Generatez Java 17");
    }

    @Test
    void theSameJarRedatedStillMapsAnArchive() throws Exception {
        Path copy = copyOfTheDistribution();
        Path jar = copy.resolve("lib/synesthetic-codegen.jar");
        Files.setLastModifiedTime(jar, FileTime.from(MINUTE));
        Map<String, String> env = env();
        launch(copy, env, "--version");
        assertThat(archives()).hasSize(1);
        // as a copy made within the minute `ls -l` shows: the same key, a time the JVM refuses
        Files.setLastModifiedTime(jar, FileTime.from(MINUTE.plusSeconds(30)));

        Run redated = launch(copy, env, "--version");
        env.put("SYNESTHETIC_CODEGEN_OPTS", "-Xlog:class+load=info");
        Run next = launch(copy, env, "--version");

        assertThat(redated.exit).as(redated.toString()).isZero();
        assertThat(next.exit).as(next.toString()).isZero();
        assertThat(next.out).contains("dev.synesthetic.codegen.cli.Main source: shared objects file");
        assertThat(archives()).hasSize(1);
    }

    @Test
    void aNewArchiveRemovesTheSubcommandsOldOnesAndStaleLeftovers() throws Exception {
        Path copy = copyOfTheDistribution();
        Map<String, String> env = env();
        launch(copy, env, "--version");
        List<Path> first = archives();
        assertThat(first).hasSize(1);
        Path cds = temp.resolve("cache/synesthetic-codegen/cds");
        FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
        List<Path> stale = List.of(cds.resolve(".main-1.tmp"), cds.resolve(".generate-2.classlist"));
        for (Path file : stale) {
            Files.setLastModifiedTime(Files.writeString(file, "killed"), twoDaysAgo);
        }
        Path fresh = Files.writeString(cds.resolve(".main-3.tmp"), "a run going on");
        Path otherCommand = Files.writeString(cds.resolve("generate-17-1-6.jsa"), "other");
        // Another JDK's archive stays: switching JAVA_HOME back and forth must not remake archives each time.
        Path otherJdk = Files.writeString(cds.resolve("main-99.0.1-1-1-9.jsa"), "other JDK");
        // So does another installation's on this JDK (main-VERSION-WHERE-KEY-SIZE.jsa).
        String version = first.get(0).getFileName().toString().split("-")[1];
        Path otherInstallation = Files.writeString(cds.resolve("main-" + version + "-1-1-9.jsa"), "other copy");
        Files.setLastModifiedTime(
                copy.resolve("lib/synesthetic-codegen.jar"),
                FileTime.from(Instant.now().minus(Duration.ofDays(2))));

        Run run = launch(copy, env, "--version");

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(archives())
                .as("the new key's archive replaces the old; another subcommand's, JDK's, installation's stay")
                .hasSize(4)
                .contains(otherCommand, otherJdk, otherInstallation)
                .doesNotContainAnyElementsOf(first);
        assertThat(stale).allSatisfy(file -> assertThat(file).doesNotExist());
        assertThat(fresh).exists();
        Files.delete(fresh);
        env.put("SYNESTHETIC_CODEGEN_OPTS", "-Xshare:on"); // fails the JVM if the archive cannot be mapped
        assertThat(launch(copy, env, "--version").exit).isZero();
    }

    @Test
    void theCommandReturnsBeforeTheArchiveIsMade() throws Exception {
        Path jdk = withRelease(fakeJdk(0));
        Map<String, String> env = env();
        env.put("JAVA_HOME", jdk.toString());

        Launched launched = start(env, temp.resolve("run"), "--version");
        Run run = finish(launched, false);

        assertThat(run.exit).isZero();
        assertThat(jdk.resolve("gave-up"))
                .as("the launcher did not wait for the dump")
                .doesNotExist();
        Files.writeString(jdk.resolve("go"), "");
        waitForBackground(launched);
        assertThat(Files.readAllLines(jdk.resolve("args"))).contains("-Xshare:dump");
        assertThat(jdk.resolve("gave-up")).doesNotExist();
    }

    @Test
    void onlyARunThatExitsZeroOrOneAndAsksNoHelpMakesAnArchive() throws Exception {
        Map<String, Boolean> dumps = new java.util.LinkedHashMap<>();
        for (int exit : new int[] {0, 1, 2, 3}) {
            for (String[] args : List.of(new String[] {"ensure-clean"}, new String[] {"ensure-clean", "--help"})) {
                Path jdk = withRelease(fakeJdk(exit));
                Files.deleteIfExists(jdk.resolve("args"));
                Files.writeString(jdk.resolve("go"), "");
                Map<String, String> env = env();
                env.put("JAVA_HOME", jdk.toString());
                env.put("XDG_CACHE_HOME", temp.resolve("cache-" + dumps.size()).toString()); // no archive yet
                assertThat(launch(env, args).exit).isEqualTo(exit);
                dumps.put(
                        exit + " " + String.join(" ", args),
                        Files.readAllLines(jdk.resolve("args")).contains("-Xshare:dump"));
            }
        }
        assertThat(dumps)
                .containsExactly(
                        Map.entry("0 ensure-clean", true),
                        Map.entry("0 ensure-clean --help", false),
                        Map.entry("1 ensure-clean", true),
                        Map.entry("1 ensure-clean --help", false),
                        Map.entry("2 ensure-clean", false),
                        Map.entry("2 ensure-clean --help", false),
                        Map.entry("3 ensure-clean", false),
                        Map.entry("3 ensure-clean --help", false));
    }

    @Test
    void theKeysTailHoldsTheJarsWholeCentralDirectory() throws IOException {
        byte[] jar = Files.readAllBytes(HOME.resolve("lib/synesthetic-codegen.jar"));
        java.nio.ByteBuffer end =
                java.nio.ByteBuffer.wrap(jar, jar.length - 22, 22).slice().order(java.nio.ByteOrder.LITTLE_ENDIAN);
        assertThat(end.getInt(0))
                .as("the jar ends in its end record (no comment)")
                .isEqualTo(0x06054b50);
        long directory = Integer.toUnsignedLong(end.getInt(12));
        assertThat(directory + 22)
                .as("the central directory (every entry's CRC-32) must fit the launcher's `tail -c`; raise both")
                .isLessThanOrEqualTo(KEYED_TAIL);
    }

    @Test
    void withoutHomeTheArchiveGoesWhereValidateCaches() throws Exception {
        Path jdk = withRelease(fakeJdk(0));
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
        Path schemas = Files.createDirectories(temp.resolve("schemas"));
        Files.writeString(schemas.resolve("point.schema.json"), """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Point", "type": "object"}
                """);
        launch(env, "--version");
        assertThat(launch(
                                env,
                                "generate",
                                "--schemas",
                                schemas.toString(),
                                "--output",
                                temp.resolve("out").toString())
                        .exit)
                .isZero();

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
        // the header and the size stay whole: only the file's date tells (a checked archive has the jar's)
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

    /**
     * {@code from} written anew to {@code to} with Main.class stored (not deflated) so both forms have one size;
     * {@code patch} changes one of its string constants for another of the same length.
     */
    private static void rewriteJar(Path from, Path to, boolean patch) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] data;
                try (var stream = in.getInputStream(entry)) {
                    data = stream.readAllBytes();
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                if (entry.getName().equals(MAIN_CLASS)) {
                    String text = new String(data, StandardCharsets.ISO_8859_1);
                    assertThat(text).contains("Generates Java 17");
                    if (patch) {
                        data = text.replace("Generates Java 17", "Generatez Java 17")
                                .getBytes(StandardCharsets.ISO_8859_1);
                    }
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(data.length);
                    copy.setCompressedSize(data.length);
                    copy.setCrc(crc.getValue());
                }
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
        }
    }

    /**
     * A JAVA_HOME whose java appends its arguments, one a line, to {@code args} and exits with {@code exit}; as
     * {@code -Xshare:dump} it first waits for a file {@code go} (and writes {@code gave-up} after a minute without).
     */
    private Path fakeJdk(int exit) throws IOException {
        Path jdk = Files.createDirectories(temp.resolve("fake-jdk"));
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Files.writeString(
                java,
                "#!/bin/sh\nprintf '%s\\n' \"$@\" >> '" + jdk.resolve("args") + "'\n"
                        + "case \" $* \" in *' -Xshare:dump '*) i=0\n"
                        + "  while [ ! -f '" + jdk.resolve("go")
                        + "' ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done\n"
                        + "  [ -f '" + jdk.resolve("go") + "' ] || : >'" + jdk.resolve("gave-up") + "' ;;\nesac\n"
                        + "exit " + exit + "\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        return jdk;
    }

    /** The fake JDK with a release file naming version 17.0.99 (so the launcher makes an archive for it). */
    private static Path withRelease(Path jdk) throws IOException {
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"17.0.99\"\n");
        return jdk;
    }

    /** The archives' folder the launcher uses under {@code env}. */
    private static Path cds(Map<String, String> env) {
        String xdg = env.getOrDefault("XDG_CACHE_HOME", "");
        if (xdg.startsWith("/")) {
            return Path.of(xdg, "synesthetic-codegen", "cds");
        }
        return CacheFolder.of(Map.of(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")))
                .resolve("cds");
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
        return new Launched(builder.start(), folder, cds(env));
    }

    /** The run's result, once its archive is made in the background too. */
    private static Run finish(Launched launched) throws IOException, InterruptedException {
        return finish(launched, true);
    }

    private static Run finish(Launched launched, boolean andArchive) throws IOException, InterruptedException {
        if (!launched.process.waitFor(5, TimeUnit.MINUTES)) { // a hang guard, not a timing assertion
            launched.process.destroyForcibly();
            throw new IllegalStateException("the launcher hung");
        }
        if (andArchive) {
            waitForBackground(launched);
        }
        return new Run(
                launched.process.exitValue(),
                Files.readString(launched.folder.resolve("stdout")),
                Files.readString(launched.folder.resolve("stderr")));
    }

    /**
     * Waits until the background making the run's archive is done: it removes the run's temporary files
     * ({@code .SUBCOMMAND-PID.tmp}, {@code .classlist}) last.
     */
    private static void waitForBackground(Launched launched) throws IOException, InterruptedException {
        String suffix = "-" + launched.process.pid() + ".";
        long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(5); // a hang guard, not a timing assertion
        while (Files.isDirectory(launched.cds)) {
            try (Stream<Path> files = Files.list(launched.cds)) {
                if (files.noneMatch(f -> f.getFileName().toString().contains(suffix))) {
                    return;
                }
            }
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException("the archive's background run hung");
            }
            Thread.sleep(50);
        }
    }

    private record Launched(Process process, Path folder, Path cds) {}

    private record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
