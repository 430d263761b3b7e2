package dev.synesthetic.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of generator-core form a graph without cycles, so each stage can be read, tested and
 * moved on its own. Edges come from the sources: every {@code import} and every fully qualified
 * name of a project type ({@code dev.synesthetic.codegen.x.Y}, also in comments: a {@code @link}
 * is a dependency a reader follows too).
 */
class PackageCyclesTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final String ROOT = "dev.synesthetic.codegen";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    /** A qualified project name: lower-case segments, then the first upper-case one (the type). */
    private static final Pattern QUALIFIED =
            Pattern.compile("\\b(dev\\.synesthetic\\.codegen(?:\\.[a-z_][a-z0-9_]*)*)\\.[A-Z]");

    @Test
    void noPackageCycle() throws IOException {
        SortedMap<String, SortedMap<String, SortedSet<String>>> graph = graph(SOURCES);
        assertThat(graph)
                .as("packages found under %s", SOURCES.toAbsolutePath())
                .hasSizeGreaterThan(5);
        List<List<String>> cycles = cycles(graph);
        StringBuilder why = new StringBuilder();
        for (List<String> cycle : cycles) {
            why.append("\ncycle among ").append(cycle);
            for (String from : cycle) {
                graph.get(from).forEach((to, files) -> {
                    if (cycle.contains(to)) {
                        why.append("\n  ")
                                .append(from)
                                .append(" -> ")
                                .append(to)
                                .append(" in ")
                                .append(files);
                    }
                });
            }
        }
        assertThat(cycles).as(why.toString()).isEmpty();
    }

    @Test
    void findsACycleWhereThereIsOne() {
        SortedMap<String, SortedMap<String, SortedSet<String>>> graph = new TreeMap<>();
        edge(graph, "a", "b");
        edge(graph, "b", "c");
        edge(graph, "c", "a");
        edge(graph, "c", "d");
        edge(graph, "d", "d");
        assertThat(cycles(graph)).containsExactly(List.of("a", "b", "c"));
    }

    private static void edge(SortedMap<String, SortedMap<String, SortedSet<String>>> graph, String from, String to) {
        graph.computeIfAbsent(from, k -> new TreeMap<>())
                .computeIfAbsent(to, k -> new TreeSet<>())
                .add(from + ".java");
        graph.computeIfAbsent(to, k -> new TreeMap<>());
    }

    /** package → package it uses → the files that use it. */
    static SortedMap<String, SortedMap<String, SortedSet<String>>> graph(Path sources) throws IOException {
        Map<Path, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                texts.put(file, Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        SortedMap<String, SortedMap<String, SortedSet<String>>> graph = new TreeMap<>();
        texts.forEach((file, text) -> graph.put(packageOf(file, text), new TreeMap<>()));
        texts.forEach((file, text) -> {
            String from = packageOf(file, text);
            Matcher matcher = QUALIFIED.matcher(text);
            while (matcher.find()) {
                String to = matcher.group(1);
                if (!to.equals(from) && graph.containsKey(to)) {
                    graph.get(from)
                            .computeIfAbsent(to, k -> new TreeSet<>())
                            .add(file.getFileName().toString());
                }
            }
        });
        return graph;
    }

    private static String packageOf(Path file, String text) {
        Matcher matcher = PACKAGE.matcher(text);
        assertThat(matcher.find()).as("package line in %s", file).isTrue();
        assertThat(matcher.group(1)).as("package of %s", file).startsWith(ROOT);
        return matcher.group(1);
    }

    /** Strongly connected components of more than one package (Tarjan), each sorted, in sorted order. */
    static List<List<String>> cycles(SortedMap<String, SortedMap<String, SortedSet<String>>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        List<List<String>> components = new ArrayList<>();
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, components);
            }
        }
        components.removeIf(component -> component.size() < 2);
        components.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return components;
    }

    private static void connect(
            String node,
            SortedMap<String, SortedMap<String, SortedSet<String>>> graph,
            Map<String, Integer> index,
            Map<String, Integer> low,
            Deque<String> stack,
            List<List<String>> components) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        for (String next : graph.get(node).keySet()) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, components);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (stack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            List<String> component = new ArrayList<>();
            String member;
            do {
                member = stack.pop();
                component.add(member);
            } while (!member.equals(node));
            component.sort(null);
            components.add(component);
        }
    }
}
