package dev.synesthetic.doctests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of one Markdown page the doc tests check: the fenced blocks named by a
 * {@code <!-- snippet: NAME [FILE] -->} line right above them, the links outside code, and the
 * anchors its headings get (GitHub's rule).
 */
final class Markdown {
    /** One named fenced block; {@code source} is the file it quotes (relative to the project root), or null. */
    record Snippet(String name, String source, String language, String text, int line) {}

    /** One {@code [text](target)} link outside code, with its line. */
    record Link(String target, int line) {}

    private static final Pattern MARKER = Pattern.compile("^<!-- snippet: (\\S+)(?: (\\S+))? -->$");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} +(.*?) *#*$");

    final Path file;
    private final List<String> lines;

    private Markdown(Path file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    static Markdown read(Path file) throws IOException {
        return new Markdown(file, Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    List<Snippet> snippets() {
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i));
            if (!marker.matches()) {
                continue;
            }
            int open = i + 1;
            if (open >= lines.size() || !lines.get(open).startsWith("```")) {
                throw new IllegalStateException(
                        file + ":" + (i + 1) + ": a snippet marker must stand right above a fenced block");
            }
            StringBuilder text = new StringBuilder();
            int close = open + 1;
            while (close < lines.size() && !lines.get(close).equals("```")) {
                text.append(lines.get(close)).append('\n');
                close++;
            }
            if (close == lines.size()) {
                throw new IllegalStateException(file + ":" + (open + 1) + ": unclosed fenced block");
            }
            snippets.add(new Snippet(
                    marker.group(1), marker.group(2), lines.get(open).substring(3), text.toString(), open + 2));
            i = close;
        }
        return snippets;
    }

    /** The one snippet of that name; fails when there is none or several. */
    Snippet snippet(String name) {
        List<Snippet> found =
                snippets().stream().filter(s -> s.name().equals(name)).toList();
        if (found.size() != 1) {
            throw new IllegalStateException(file + ": expected one snippet '" + name + "', found " + found.size());
        }
        return found.get(0);
    }

    List<Link> links() {
        List<Link> links = new ArrayList<>();
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            Matcher link = LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
            while (link.find()) {
                links.add(new Link(link.group(1), i + 1));
            }
        }
        return links;
    }

    /** Heading anchors as GitHub makes them: lower case, punctuation dropped, spaces to '-', repeats numbered. */
    Set<String> anchors() {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : lines) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            }
            Matcher heading = HEADING.matcher(line);
            if (fenced || !heading.matches()) {
                continue;
            }
            String slug = heading.group(1)
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N} _-]", "")
                    .replace(' ', '-');
            int n = seen.merge(slug, 1, Integer::sum);
            anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
        }
        return anchors;
    }
}
