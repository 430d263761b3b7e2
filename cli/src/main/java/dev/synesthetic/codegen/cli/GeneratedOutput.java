package dev.synesthetic.codegen.cli;

import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code ensure-clean} uses of a generator run, and what its {@link GenerationCache} entry
 * holds: the generated files (path, declaring schema file, text) and the warnings as printed.
 */
record GeneratedOutput(List<GeneratedFile> files, List<String> warnings) {
    /** Bumped with any change to {@link #encode}'s format. */
    private static final int FORMAT = 1;

    GeneratedOutput {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    static GeneratedOutput of(GenerationResult result) {
        return new GeneratedOutput(
                result.files(),
                result.warnings().stream().map(Diagnostic::render).toList());
    }

    /**
     * One block of bytes (read in one go, checked by one digest): length-prefixed UTF-8 strings, not
     * JSON, so a hit decodes 700 KB of Java text without escaping it. Fails on text UTF-8 cannot hold
     * (a lone surrogate copied from a schema's string): a hit must give back exactly what a run gives.
     */
    byte[] encode() throws CacheStore.Unstorable {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt(files.size());
            for (GeneratedFile file : files) {
                write(out, file.relativePath(), file.relativePath());
                write(out, file.sourceFile().orElse(""), file.relativePath());
                write(out, file.content(), file.relativePath());
            }
            out.writeInt(warnings.size());
            for (String warning : warnings) {
                write(out, warning, "a warning");
            }
        } catch (CacheStore.Unstorable e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory fails only on a bug", e);
        }
        return bytes.toByteArray();
    }

    /** @param where what the text is of, for the failure */
    private static void write(DataOutputStream out, String text, String where) throws IOException {
        ByteBuffer utf8;
        try {
            // a new encoder reports what it cannot encode, where String.getBytes would write '?'
            utf8 = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
        } catch (CharacterCodingException e) {
            throw new CacheStore.Unstorable(
                    "the text of " + where + " holds a character UTF-8 cannot encode (a lone surrogate)");
        }
        out.writeInt(utf8.remaining());
        out.write(utf8.array(), utf8.arrayOffset() + utf8.position(), utf8.remaining());
    }

    /** The output {@link #encode} gave these bytes for; a block of another shape is corrupt. */
    static GeneratedOutput decode(byte[] block) throws CacheManifest.CorruptEntry {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(block))) {
            if (in.readInt() != FORMAT) {
                throw new CacheManifest.CorruptEntry("its generated files are in another format");
            }
            List<GeneratedFile> files = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                String path = read(in);
                String source = read(in);
                files.add(new GeneratedFile(path, read(in), source.isEmpty() ? Optional.empty() : Optional.of(source)));
            }
            List<String> warnings = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                warnings.add(read(in));
            }
            if (in.available() > 0) {
                throw new CacheManifest.CorruptEntry("its generated files run on past their end");
            }
            return new GeneratedOutput(files, warnings);
        } catch (IOException e) {
            throw new CacheManifest.CorruptEntry("its generated files are cut short (" + e + ")");
        }
    }

    private static String read(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("a string of " + length + " bytes where " + in.available() + " are left");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
