package dev.synesthetic.codegen.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a TOML key defined twice stands. Jackson's TOML parser notices the repeat only after reading
 * the value, and reports where it stopped: after the value, often on a later line. The statement is
 * found by which prefixes of the text (whole lines) Jackson reads: the first prefix that holds the
 * repeat ends with the statement; walking back, the prefixes that cut its value fail to parse, and
 * the first that parses ends just before the statement. Only runs once a file has failed.
 */
final class TomlDuplicateKey {
    /** Jackson's message for a key defined twice. */
    static final String MESSAGE = "Duplicate key";

    private TomlDuplicateKey() {}

    private enum Outcome {
        READ,
        DUPLICATE,
        OTHER_ERROR
    }

    /** The 1-based line (and column of its first non-blank character) of the statement that repeats a key. */
    static Position position(String text, int reportedLine) {
        List<Integer> starts = lineStarts(text);
        int end = Math.max(1, Math.min(reportedLine, starts.size()));
        while (end > 1 && read(prefix(text, starts, end - 1)) == Outcome.DUPLICATE) {
            end--;
        }
        int start = end;
        while (start > 1 && read(prefix(text, starts, start - 1)) != Outcome.READ) {
            start--;
        }
        int from = starts.get(start - 1);
        int column = 1;
        while (from + column - 1 < text.length()
                && (text.charAt(from + column - 1) == ' ' || text.charAt(from + column - 1) == '\t')) {
            column++;
        }
        return new Position(start, column);
    }

    /** The longest statement text quoted; past it, the first characters and "...". */
    private static final int QUOTED = 60;

    /**
     * The first line of the statement at {@code at} as written (without its indentation; up to its
     * {@code =} unless the value is an inline table, where the repeated key is), cut to
     * {@value #QUOTED} characters: Jackson names neither the key nor its table, and the text names
     * both for a dotted key or an inline table as well as for a plain one.
     */
    static String statement(String text, Position at) {
        List<Integer> starts = lineStarts(text);
        int from = starts.get(Math.min(at.line(), starts.size()) - 1) + at.column() - 1;
        int end = text.indexOf('\n', from);
        String line = text.substring(from, end < 0 ? text.length() : end).stripTrailing();
        int equals = keyEnd(line);
        if (equals > 0
                && line.charAt(equals) == '='
                && !line.substring(equals + 1).strip().startsWith("{")) {
            line = line.substring(0, equals + 1); // the key, not its value (which may be a secret in a CI log)
        }
        if (line.length() <= QUOTED) {
            return line;
        }
        int cut = Character.isHighSurrogate(line.charAt(QUOTED - 1)) ? QUOTED - 1 : QUOTED; // whole characters
        return line.substring(0, cut) + "...";
    }

    /** Where the statement's key ends: its first {@code =} outside quotes, or the line's end. */
    private static int keyEnd(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '=') {
                return i;
            }
        }
        return line.length();
    }

    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && i + 1 < text.length()) {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    /** The first {@code lines} lines. */
    private static String prefix(String text, List<Integer> starts, int lines) {
        return lines < starts.size() ? text.substring(0, starts.get(lines)) : text;
    }

    private static Outcome read(String text) {
        try (JsonParser parser = DocumentFormat.TOML.factory.createParser(text)) {
            while (parser.nextToken() != null) {
                // read to the end
            }
            return Outcome.READ;
        } catch (JsonProcessingException e) {
            return MESSAGE.equals(e.getOriginalMessage()) ? Outcome.DUPLICATE : Outcome.OTHER_ERROR;
        } catch (IOException | RuntimeException e) {
            return Outcome.OTHER_ERROR;
        }
    }
}
