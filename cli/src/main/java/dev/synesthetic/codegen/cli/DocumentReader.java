package dev.synesthetic.codegen.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.synesthetic.codegen.support.JsonTrees;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads an instance file into its documents: one for JSON and TOML, every document of a YAML
 * stream. Syntax errors and the refusals of {@link TreeBuilder} become {@link UnreadableDocument}.
 */
final class DocumentReader {
    private DocumentReader() {}

    static List<InstanceDocument> read(Path file) throws IOException, UnreadableDocument {
        DocumentFormat format = DocumentFormat.of(file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new UnreadableDocument("the file is not UTF-8 text", null);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte-order mark is no part of the document
        }
        List<TreeBuilder.InstanceDocumentParts> parts = new ArrayList<>();
        try (JsonParser parser = format.factory.createParser(new StringReader(text))) {
            while (parser.nextToken() != null) {
                if (format != DocumentFormat.YAML && !parts.isEmpty()) {
                    throw new UnreadableDocument("more than one " + format + " value", position(parser));
                }
                parts.add(TreeBuilder.read(parser));
            }
        } catch (JsonProcessingException e) {
            if (format == DocumentFormat.TOML && TomlDuplicateKey.MESSAGE.equals(e.getOriginalMessage())) {
                int reported = e.getLocation() == null
                        ? Integer.MAX_VALUE
                        : e.getLocation().getLineNr();
                Position at = TomlDuplicateKey.position(text, reported);
                throw new UnreadableDocument(
                        "duplicate key: the statement '" + TomlDuplicateKey.statement(text, at)
                                + "' defines a key its table already has",
                        at);
            }
            Position at = e.getLocation() == null || e.getLocation().getLineNr() < 1
                    ? null
                    : new Position(e.getLocation().getLineNr(), e.getLocation().getColumnNr());
            String why = JsonTrees.describe(e);
            throw new UnreadableDocument(at == null ? why : why.replaceFirst(" \\(line \\d+, column \\d+\\)$", ""), at);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark(); // SnakeYAML's marks count from 0
            throw new UnreadableDocument(
                    String.valueOf(e.getProblem()),
                    mark == null ? null : new Position(mark.getLine() + 1, mark.getColumn() + 1));
        } catch (RuntimeException e) {
            // The YAML and TOML parsers throw their own unchecked exceptions for some syntax errors.
            throw new UnreadableDocument(String.valueOf(e.getMessage()), null);
        }
        if (parts.isEmpty()) {
            throw new UnreadableDocument("the file holds no document", null);
        }
        List<InstanceDocument> documents = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            documents.add(new InstanceDocument(
                    file,
                    i + 1,
                    parts.size(),
                    parts.get(i).value(),
                    parts.get(i).positions()));
        }
        return documents;
    }

    private static Position position(JsonParser parser) {
        return new Position(
                parser.currentTokenLocation().getLineNr(),
                parser.currentTokenLocation().getColumnNr());
    }
}
