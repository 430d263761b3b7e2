package dev.synesthetic.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A flattened block renders exactly as JavaPoet renders the original, with the text args in its format. */
class FlatCodeTest {
    private static final ClassName LIST = ClassName.get("java.util", "List");
    private static final ClassName HELPER = ClassName.get("p", "Helper");

    @Test
    void textArgumentsMoveIntoTheFormatAndTypesAndBlocksStay() {
        FlatCode.Flat flat = FlatCode.flatten(
                "$T.$N($S, $L, $L, $L) $$ $T", HELPER, "check", "a\"$b", 7, CodeBlock.of("$T.of()", LIST), 'x', LIST);

        assertThat(flat.format()).isEqualTo("$T.check(\"a\\\"$$b\", 7, $L, x) $$ $T");
        assertThat(flat.args()).containsExactly(HELPER, CodeBlock.of("$T.of()", LIST), LIST);
    }

    @Test
    void stringsJavaPoetBreaksAcrossLinesAndIndexedFormatsAreLeftToJavaPoet() {
        assertThat(FlatCode.flatten("x($S)", "a\nb").format()).isEqualTo("x($S)");
        assertThat(FlatCode.flatten("x($S)", "a\u2028b").format()).isEqualTo("x($S)");
        assertThat(FlatCode.flatten("x($1S, $1S)", "a").format()).isEqualTo("x($1S, $1S)");
        assertThat(FlatCode.flatten("x($S)", (Object) null).format()).isEqualTo("x(null)");
    }

    @Test
    void randomBlocksRenderAsTheirOriginalsInAFile() {
        Random random = new Random(13);
        String[] texts = {
            "",
            "plain",
            "q\"uote",
            "back\\slash",
            "tab\there",
            "ctl\u0001\u007f\u0085",
            "é😀",
            "dol$lar",
            "multi\nline",
            "end\n",
            "'single'",
            "cr\rlf",
            "\u2029",
            "$$",
            "$S"
        };
        for (int round = 0; round < 300; round++) {
            StringBuilder format = new StringBuilder();
            List<Object> args = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                switch (random.nextInt(9)) {
                    case 0 -> format.append("$S");
                    case 1 -> format.append("$N");
                    case 2 -> format.append("$L");
                    case 3 -> format.append("$T");
                    case 4 -> format.append(", ");
                    case 5 -> format.append("$W");
                    case 6 -> format.append("\n$>");
                    case 7 -> format.append("$$");
                    default -> format.append("$L");
                }
                char kind = format.charAt(format.length() - 1);
                if (kind == 'S' || kind == 'N') {
                    args.add(texts[random.nextInt(texts.length)].replace("\n", kind == 'N' ? "" : "\n"));
                } else if (kind == 'T') {
                    args.add(random.nextBoolean() ? LIST : HELPER);
                } else if (kind == 'L') {
                    args.add(
                            switch (random.nextInt(4)) {
                                case 0 -> random.nextInt(1000) - 500;
                                case 1 -> texts[random.nextInt(texts.length)];
                                case 2 -> CodeBlock.of("$T.of($S)", LIST, "in");
                                default -> random.nextBoolean();
                            });
                }
            }
            String f = format + "$<".repeat(format.toString().split("\\$>", -1).length - 1);
            Object[] a = args.toArray();
            assertThat(render(FlatCode.of(f, a))).as(f + " " + args).isEqualTo(render(CodeBlock.of(f, a)));
        }
    }

    private static String render(CodeBlock code) {
        TypeSpec type = TypeSpec.classBuilder("T")
                .addMethod(MethodSpec.methodBuilder("m")
                        .addStatement("$L", code)
                        .addJavadoc("Doc: $L.\n", code)
                        .build())
                .build();
        return JavaFile.builder("p", type).build().toString();
    }
}
