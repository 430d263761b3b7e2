package dev.synesthetic.codegen.normalize;

import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.Comparator;
import java.util.List;

/**
 * The documented key order of a schema object (docs/cli.md): identity and documentation first, then
 * what the value is, then every other key by Unicode code point, then the definitions. One order for
 * every draft, so a file's layout never depends on which draft it declares.
 */
final class KeyOrder {
    static final List<Keyword> HEAD = List.of(
            Keywords.SCHEMA,
            Keywords.ID,
            Keywords.DRAFT_04_ID,
            Keywords.ANCHOR,
            Keywords.DYNAMIC_ANCHOR,
            Keywords.RECURSIVE_ANCHOR,
            Keywords.VOCABULARY,
            Keywords.COMMENT,
            Keywords.TITLE,
            Keywords.DESCRIPTION,
            Keywords.REF,
            Keywords.DYNAMIC_REF,
            Keywords.RECURSIVE_REF,
            Keywords.TYPE,
            Keywords.ENUM,
            Keywords.CONST);

    static final List<Keyword> TAIL = Keywords.definitionContainers();

    static final Comparator<String> ORDER =
            Comparator.comparingInt(KeyOrder::rank).thenComparing(KeyOrder::byCodePoint);

    private KeyOrder() {}

    /** Head keys by position, the sorted rest after them, the tail last. */
    private static int rank(String name) {
        for (int i = 0; i < HEAD.size(); i++) {
            if (HEAD.get(i).name().equals(name)) {
                return i;
            }
        }
        for (int i = 0; i < TAIL.size(); i++) {
            if (TAIL.get(i).name().equals(name)) {
                return HEAD.size() + 1 + i;
            }
        }
        return HEAD.size();
    }

    /** Unicode code point order: unlike {@link String#compareTo} it does not split characters past U+FFFF. */
    static int byCodePoint(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        return java.util.Arrays.compare(x, y);
    }
}
