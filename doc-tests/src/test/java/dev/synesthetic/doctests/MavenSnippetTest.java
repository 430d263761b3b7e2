package dev.synesthetic.doctests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The documented Maven snippets are the POMs the plugin's integration tests build: the README's
 * consumer POM is {@code maven-plugin/src/it/consumer/pom.xml}, and the same POM with
 * docs/maven-plugin.md's committed-sources plugin block in place of its plugin is
 * {@code src/it/committed-sources/pom.xml} — each after the invoker's {@code @token@} filtering,
 * with this build's values.
 */
class MavenSnippetTest {
    private static final Pattern TOKEN = Pattern.compile("@([\\w.]+)@");
    private static final String PLUGIN_ARTIFACT = "<artifactId>synesthetic-codegen-maven-plugin</artifactId>";

    @Test
    void theConsumerPomIsTheIntegrationTestsPom() throws IOException {
        String readme = Markdown.read(Project.readme()).snippet("consumer-pom").text();

        assertThat(readme).isEqualTo(filteredItPom("consumer"));
    }

    @Test
    void theCommittedSourcesVariantIsTheIntegrationTestsPom() throws IOException {
        String pom = Markdown.read(Project.readme()).snippet("consumer-pom").text();
        String plugin = Markdown.read(Project.page("maven-plugin.md"))
                .snippet("check-plugin")
                .text();

        assertThat(replacePlugin(pom, plugin)).isEqualTo(filteredItPom("committed-sources"));
    }

    @Test
    void filteringLeavesNoTokenAndSplicingKeepsTheRest() {
        assertThat(filter("<version>@project.version@</version>\n"))
                .isEqualTo("<version>" + System.getProperty("it.project.version") + "</version>\n");
        String pom = "<plugins>\n  <plugin>\n    " + PLUGIN_ARTIFACT + "\n    <x/>\n  </plugin>\n</plugins>\n";
        assertThat(replacePlugin(pom, "<plugin>\n  <y/>\n</plugin>\n"))
                .isEqualTo("<plugins>\n  <plugin>\n    <y/>\n  </plugin>\n</plugins>\n");
    }

    private static String filteredItPom(String project) throws IOException {
        Path pom =
                Project.root().resolve("maven-plugin/src/it").resolve(project).resolve("pom.xml");
        return filter(Files.readString(pom, StandardCharsets.UTF_8));
    }

    /** What the invoker does to a test POM (maven-plugin/pom.xml, filterProperties; project.version is built in). */
    static String filter(String pom) {
        Map<String, String> values = Map.of(
                "project.version", System.getProperty("it.project.version"),
                "jackson.version", System.getProperty("it.jackson.version"),
                "jspecify.version", System.getProperty("it.jspecify.version"),
                "junit.version", System.getProperty("it.junit.version"));
        Matcher token = TOKEN.matcher(pom);
        StringBuilder filtered = new StringBuilder();
        while (token.find()) {
            String value = values.get(token.group(1));
            assertThat(value).as("a value for the token %s", token.group()).isNotNull();
            token.appendReplacement(filtered, Matcher.quoteReplacement(value));
        }
        return token.appendTail(filtered).toString();
    }

    /** The POM with its synesthetic-codegen {@code <plugin>} element replaced by {@code plugin}, indented to fit. */
    static String replacePlugin(String pom, String plugin) {
        List<String> lines = new ArrayList<>(pom.lines().toList());
        int artifact = lines.stream().map(String::strip).toList().indexOf(PLUGIN_ARTIFACT);
        int start = artifact;
        while (start >= 0 && !lines.get(start).strip().equals("<plugin>")) {
            start--;
        }
        assertThat(start)
                .as("a <plugin> element around the plugin's artifactId")
                .isNotNegative();
        String indent = lines.get(start).substring(0, lines.get(start).indexOf('<'));
        int end = lines.subList(start, lines.size()).indexOf(indent + "</plugin>") + start;
        assertThat(end).as("the end of the plugin element").isGreaterThan(start);
        List<String> replaced = new ArrayList<>(lines.subList(0, start));
        plugin.lines().forEach(line -> replaced.add(line.isEmpty() ? line : indent + line));
        replaced.addAll(lines.subList(end + 1, lines.size()));
        return String.join("\n", replaced) + "\n";
    }
}
