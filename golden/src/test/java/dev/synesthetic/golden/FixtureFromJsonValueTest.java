package dev.synesthetic.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synesthetic.fixtures.annotations.AnnotatedThingFriends;
import dev.synesthetic.fixtures.draft04.Sensor;
import dev.synesthetic.fixtures.draft07.Address;
import dev.synesthetic.fixtures.draft07.Order;
import dev.synesthetic.fixtures.naming.Defs;
import dev.synesthetic.fixtures.naming.EnumCases;
import dev.synesthetic.fixtures.naming.MemberClashes;
import dev.synesthetic.fixtures.naming.OpenMethods;
import dev.synesthetic.fixtures.naming.OtherNames;
import dev.synesthetic.fixtures.naming.ReservedWords;
import dev.synesthetic.fixtures.presence.ObjectShapes;
import dev.synesthetic.fixtures.presence.ObjectShapesAnyExtras;
import dev.synesthetic.fixtures.presence.ObjectShapesNullableExtras;
import dev.synesthetic.fixtures.presence.ObjectShapesObjectExtras;
import dev.synesthetic.fixtures.presence.ObjectShapesScalarExtras;
import dev.synesthetic.fixtures.presence.Part;
import dev.synesthetic.fixtures.presence.PresenceMatrix;
import dev.synesthetic.fixtures.presence.TypedExtras;
import dev.synesthetic.fixtures.recursion.Folder;
import dev.synesthetic.fixtures.recursion.Outline;
import dev.synesthetic.fixtures.recursion.Section;
import dev.synesthetic.fixtures.recursion.TreeNode;
import dev.synesthetic.fixtures.refs.LocalWithoutId;
import dev.synesthetic.fixtures.refs.Palette;
import dev.synesthetic.fixtures.refs.RefMain;
import dev.synesthetic.fixtures.refs.Units;
import dev.synesthetic.fixtures.regressions.Tree;
import dev.synesthetic.fixtures.regressions.Widget;
import dev.synesthetic.fixtures.unions.Label;
import dev.synesthetic.fixtures.unions.UnionCases;
import java.lang.reflect.InvocationTargetException;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code fromJsonValue} builds the very record Jackson databind builds, from Jackson 2 and Jackson 3
 * plain values, for documents of the fixture corpora (schemas/&lt;corpus&gt;): presence and
 * nullability, every union shape (a record variant is tried only when the object has all its
 * required members, so both sides of that rule are here), regressions, recursion, naming, refs,
 * annotations and the older drafts; Jackson 3 databind builds the same record too. Every document
 * is valid for its schema (checked with the CLI's {@code validate}, format assertions on). Each
 * case is named corpus/record: what it covers. Also pinned here: the valid date-times neither path
 * binds, and the two places the paths differ (integers past 1,000 digits, additional members'
 * order).
 */
class FixtureFromJsonValueTest {
    /** Jackson 3 set up as the README says: exact decimals, each date-time's own offset. */
    private static final ObjectMapper JACKSON3 = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    /** The presence matrix's required members, every nullable one null; a document adds to it. */
    private static final String MATRIX_REQUIRED_NULLS = """
      "stringRequired": "s", "stringRequiredNullable": null, "stringRequiredTypeList": null,
      "integerRequired": 0, "integerRequiredNullable": null, "integerRequiredTypeList": null,
      "numberRequired": 0, "numberRequiredNullable": null, "numberRequiredTypeList": null,
      "booleanRequired": false, "booleanRequiredNullable": null, "booleanRequiredTypeList": null,
      "dateTimeRequired": "2024-01-01T00:00:00Z", "dateTimeRequiredNullable": null, "dateTimeRequiredTypeList": null,
      "arrayRequired": [], "arrayRequiredNullable": null, "arrayRequiredTypeList": null,
      "refRequired": {"id": "r"}, "refRequiredNullable": null,
      "enumRequired": "red", "enumRequiredNullable": null, "enumRequiredTypeList": null""";

    /** The members every union-cases document needs. */
    private static final String UNION_REQUIRED = "\"requiredUnion\": 1, \"requiredNullableUnion\": null";

    static Stream<Arguments> documents() {
        return Stream.of(presence(), unions(), regressions(), recursion(), naming(), refs(), others())
                .flatMap(s -> s);
    }

    private static Stream<Arguments> presence() {
        return Stream.of(
                doc(
                        "presence/PresenceMatrix: required only, every nullable an explicit null",
                        PresenceMatrix.class,
                        "{" + MATRIX_REQUIRED_NULLS + "}"),
                doc("presence/PresenceMatrix: required only, every nullable a value", PresenceMatrix.class, """
            {"stringRequired": "", "stringRequiredNullable": "n", "stringRequiredTypeList": "t",
             "integerRequired": -3, "integerRequiredNullable": 12345678901234567890, "integerRequiredTypeList": 2147483648,
             "numberRequired": 1.50, "numberRequiredNullable": -0.0, "numberRequiredTypeList": 7,
             "booleanRequired": true, "booleanRequiredNullable": false, "booleanRequiredTypeList": true,
             "dateTimeRequired": "2025-10-14T12:30:45.123456+05:30", "dateTimeRequiredNullable": "2024-02-29T23:59:59Z",
             "dateTimeRequiredTypeList": "1999-12-31T23:00:00-08:00",
             "arrayRequired": ["a", ""], "arrayRequiredNullable": [], "arrayRequiredTypeList": ["x"],
             "refRequired": {"id": "r", "extra": [1, null]}, "refRequiredNullable": {"id": "n"},
             "enumRequired": "green", "enumRequiredNullable": "red", "enumRequiredTypeList": "green"}
            """),
                doc(
                        "presence/PresenceMatrix: every optional present with a value",
                        PresenceMatrix.class,
                        "{" + MATRIX_REQUIRED_NULLS + """
            , "stringOptional": "text", "stringOptionalNullable": "y",
             "integerOptional": 7, "integerOptionalNullable": 8,
             "numberOptional": 0.5, "numberOptionalNullable": 1e-7,
             "booleanOptional": true, "booleanOptionalNullable": false,
             "dateTimeOptional": "2024-01-01T00:00:00Z", "dateTimeOptionalNullable": "2024-06-01T08:00:00.5+02:00",
             "arrayOptional": [], "arrayOptionalNullable": ["z"],
             "refOptional": {"id": "o"}, "refOptionalNullable": {"id": "on", "k": {"deep": true}},
             "enumOptional": "red", "enumOptionalNullable": "green"}
            """),
                doc(
                        "presence/PresenceMatrix: every optional nullable an explicit null (absent ones stay absent)",
                        PresenceMatrix.class,
                        "{" + MATRIX_REQUIRED_NULLS + """
            , "stringOptionalNullable": null, "integerOptionalNullable": null, "numberOptionalNullable": null,
             "booleanOptionalNullable": null, "dateTimeOptionalNullable": null, "arrayOptionalNullable": null,
             "refOptionalNullable": null, "enumOptionalNullable": null}
            """),
                doc(
                        "presence/PresenceMatrix: integers written as decimals and exponents, long-overflowing numbers",
                        PresenceMatrix.class,
                        """
            {"stringRequired": "s", "stringRequiredNullable": null, "stringRequiredTypeList": null,
             "integerRequired": 1.0, "integerRequiredNullable": 2.50e1, "integerRequiredTypeList": 1e2,
             "integerOptional": -0.0, "integerOptionalNullable": 1e400,
             "numberRequired": 1E+2, "numberRequiredNullable": 123456789012345678901234567890.000,
             "numberRequiredTypeList": 9223372036854775808, "numberOptional": 1e-18, "numberOptionalNullable": -2147483649,
             "booleanRequired": false, "booleanRequiredNullable": null, "booleanRequiredTypeList": null,
             "dateTimeRequired": "2024-01-01T00:00:00Z", "dateTimeRequiredNullable": null, "dateTimeRequiredTypeList": null,
             "arrayRequired": [], "arrayRequiredNullable": null, "arrayRequiredTypeList": null,
             "refRequired": {"id": "r", "n": 1.10, "big": 98765432109876543210}, "refRequiredNullable": null,
             "enumRequired": "red", "enumRequiredNullable": null, "enumRequiredTypeList": null}
            """),
                doc("presence/PresenceMatrix: date-times in other RFC 3339 spellings", PresenceMatrix.class, """
            {"stringRequired": "s", "stringRequiredNullable": null, "stringRequiredTypeList": null,
             "integerRequired": 0, "integerRequiredNullable": null, "integerRequiredTypeList": null,
             "numberRequired": 0, "numberRequiredNullable": null, "numberRequiredTypeList": null,
             "booleanRequired": false, "booleanRequiredNullable": null, "booleanRequiredTypeList": null,
             "dateTimeRequired": "2024-01-01t00:00:00z", "dateTimeRequiredNullable": "2024-01-01T00:00:00-00:00",
             "dateTimeRequiredTypeList": "2024-01-01T00:00:00.123456789+14:00",
             "dateTimeOptional": "2000-02-29T12:00:00.1-12:30", "dateTimeOptionalNullable": "1970-01-01T00:00:00+00:00",
             "arrayRequired": [], "arrayRequiredNullable": null, "arrayRequiredTypeList": null,
             "refRequired": {"id": "r"}, "refRequiredNullable": null,
             "enumRequired": "red", "enumRequiredNullable": null, "enumRequiredTypeList": null}
            """),
                doc(
                        "presence/PresenceMatrix: a Part member named additionalProperties",
                        PresenceMatrix.class,
                        "{"
                                + MATRIX_REQUIRED_NULLS.replace(
                                        "\"refRequired\": {\"id\": \"r\"}",
                                        "\"refRequired\": {\"id\": \"r\", \"additionalProperties\": {\"a\": 1}}")
                                + "}"),
                doc("presence/Part: only the required id", Part.class, """
            {"id": "p"}
            """),
                doc("presence/Part: additional members of every kind", Part.class, """
            {"id": "p", "n": 1, "f": 1.25, "s": "x", "b": false, "z": null, "nested": {"a": [null, true, {"e": 1e400}]}}
            """),
                doc("presence/Part: an additional member named additionalProperties", Part.class, """
            {"id": "p", "additionalProperties": {"a": 1}}
            """),
                doc(
                        "presence/Part: a member named additionalProperties after another additional member",
                        Part.class,
                        """
            {"id": "p", "b": 2, "additionalProperties": "text"}
            """),
                doc("presence/TypedExtras: Part-typed additional members", TypedExtras.class, """
            {"label": "l", "a": {"id": "x"}, "b": {"id": "y", "z": [1]}}
            """),
                doc("presence/TypedExtras: empty", TypedExtras.class, "{}"),
                doc("presence/TypedExtras: a Part-typed member named additionalProperties", TypedExtras.class, """
            {"label": "l", "additionalProperties": {"id": "q"}}
            """),
                doc(
                        "presence/ObjectShapes: only the required name no property declares, null",
                        ObjectShapes.class,
                        """
            {"declaredOnlyInRequired": null}
            """),
                doc("presence/ObjectShapes: every member", ObjectShapes.class, """
            {"declaredOnlyInRequired": {"any": ["thing", 1.5]},
             "typedExtras": {"label": "t", "p": {"id": "p1"}},
             "scalarExtras": {"name": "n", "a": 1, "b": 2.0},
             "nullableExtras": {"name": "n", "a": null, "b": 1.5},
             "objectExtras": {"name": "n", "o": {"k": [1]}},
             "anyExtras": {"name": "n", "x": null, "y": [1, "a"]},
             "pureMap": {"k": {"id": "k", "more": true}},
             "inlineMap": {"a": "b", "c": ""},
             "mapOfLists": {"a": [1, 2], "b": []},
             "mapOfInlineRecords": {"a": {"weight": 1.5, "x": 1}, "b": {}},
             "freeForm": [1, "two", null, {"3": 4.0}],
             "freeFormTrue": "yes",
             "freeObject": {"nested": {"deep": [null]}},
             "freeObjectNullable": {"k": 1},
             "closedEmpty": {},
             "nullableItems": ["a", null, ""],
             "nullableRefItems": [null, {"id": "x"}],
             "listOfLists": [[1, 2.5], [], [-0.0]],
             "untypedItems": [1, "a", null, {}, [], true, 1.0],
             "inlineRecordItems": [{"k": "v", "x": 1}, {"k": "w"}],
             "implicitObject": {"a": "s", "b": 2},
             "implicitArray": [true, false],
             "extra": {"kept": "as is"}}
            """),
                doc("presence/ObjectShapes: free-form members an explicit null", ObjectShapes.class, """
            {"declaredOnlyInRequired": 0, "freeForm": null, "freeFormTrue": null, "freeObjectNullable": null,
             "untypedItems": [null]}
            """),
                doc("presence/ObjectShapes: free-form members scalars and Java-named extras", ObjectShapes.class, """
            {"declaredOnlyInRequired": "x", "freeForm": 12345678901234567890, "freeFormTrue": false,
             "additionalProperties": 1, "typedExtrasValue": 2}
            """),
                doc(
                        "presence/ObjectShapesScalarExtras: integer extras written as decimals",
                        ObjectShapesScalarExtras.class,
                        """
            {"name": "n", "a": 1, "b": 2.0, "c": 1e3, "d": 12345678901234567890}
            """),
                doc(
                        "presence/ObjectShapesScalarExtras: an integer extra named additionalProperties",
                        ObjectShapesScalarExtras.class,
                        """
            {"name": "n", "additionalProperties": 3}
            """),
                doc(
                        "presence/ObjectShapesNullableExtras: null and number extras",
                        ObjectShapesNullableExtras.class,
                        """
            {"a": null, "b": 1.5, "c": 0}
            """),
                doc("presence/ObjectShapesObjectExtras: object extras", ObjectShapesObjectExtras.class, """
            {"x": {"k": [1]}, "y": {}}
            """),
                doc(
                        "presence/ObjectShapesAnyExtras: extras of any kind, null included",
                        ObjectShapesAnyExtras.class,
                        """
            {"name": "n", "x": null, "y": [1, "a"], "z": {"w": 2.50}}
            """));
    }

    private static Stream<Arguments> unions() {
        return Stream.of(
                doc(
                        "unions/UnionCases: only the required members, requiredNullableUnion null",
                        UnionCases.class,
                        "{" + UNION_REQUIRED + "}"),
                doc("unions/requiredNullableUnion: string, then integer", UnionCases.class, """
            {"requiredUnion": "50%", "requiredNullableUnion": "s", "sharedA": 2.5}
            """),
                doc("unions/requiredNullableUnion: an integer written as a decimal", UnionCases.class, """
            {"requiredUnion": 1e2, "requiredNullableUnion": 7.0}
            """),
                doc(
                        "unions/scalars, typeList, typeListNullable, stringOrDateTime, enumOrString",
                        UnionCases.class,
                        "{" + UNION_REQUIRED + """
            , "scalars": 3, "typeList": "t", "typeListNullable": 5, "stringOrDateTime": "2024-01-01T00:00:00Z",
             "enumOrString": "fast", "integerOrBoolean": true, "enumOrNumber": "slow"}
            """),
                doc("unions/scalars and type lists: other kinds", UnionCases.class, "{" + UNION_REQUIRED + """
            , "scalars": false, "typeList": 1.0, "typeListNullable": null, "enumOrString": "neither",
             "integerOrBoolean": 2.0, "enumOrNumber": 2.5}
            """),
                doc("unions/typeListNullable: a string", UnionCases.class, "{" + UNION_REQUIRED + """
            , "scalars": "s", "typeListNullable": "text", "enumOrNumber": 3}
            """),
                doc(
                        "unions/recordOrObject: Point when x and y are present",
                        UnionCases.class,
                        "{" + UNION_REQUIRED + """
            , "recordOrObject": {"x": 1, "y": 2.5, "tag": null, "when": "2024-03-04T05:06:07+01:00", "mode": "fast"}}
            """),
                doc(
                        "unions/recordOrObject: the object when Point's required y is missing",
                        UnionCases.class,
                        "{" + UNION_REQUIRED + """
            , "recordOrObject": {"x": 1, "tag": "t"}}
            """),
                doc(
                        "unions/recordOrObject: the object when Point's members are all there but it is closed",
                        UnionCases.class,
                        "{" + UNION_REQUIRED + """
            , "recordOrObject": {"x": 1, "y": 2, "z": 3}}
            """),
                doc(
                        "unions/recordOrObject: the object when Point's x is not a number",
                        UnionCases.class,
                        "{" + UNION_REQUIRED + """
            , "recordOrObject": {"x": "1", "y": 2}}
            """),
                doc(
                        "unions/recordOrObject: the object when Point's when is a leap second java.time cannot hold",
                        UnionCases.class,
                        "{" + UNION_REQUIRED + """
            , "recordOrObject": {"x": 1, "y": 2, "when": "1990-12-31T23:59:60Z"}}
            """),
                doc("unions/twoRecords: Point", UnionCases.class, "{" + UNION_REQUIRED + """
            , "twoRecords": {"x": -1, "y": 0, "tag": "p"}}
            """),
                doc("unions/twoRecords: Label when Point's y is missing", UnionCases.class, "{" + UNION_REQUIRED + """
            , "twoRecords": {"text": "t", "x": "1"}}
            """),
                doc(
                        "unions/twoRecords: Label when Point's members are there but do not fit",
                        UnionCases.class,
                        "{" + UNION_REQUIRED + """
            , "twoRecords": {"x": "1", "y": "2", "text": "t", "sizes": [1, 2.0], "extra": {"w": 0.5}}}
            """),
                doc("unions/mapOrRecord: Label when text is present", UnionCases.class, "{" + UNION_REQUIRED + """
            , "mapOrRecord": {"text": "t", "sizes": [3], "k": "v"}}
            """),
                doc(
                        "unions/mapOrRecord: the map when Label's required text is missing",
                        UnionCases.class,
                        "{" + UNION_REQUIRED + """
            , "mapOrRecord": {"a": "b", "c": "d"}}
            """),
                doc(
                        "unions/mapOrRecord: the map when text is present but Label does not fit",
                        UnionCases.class,
                        "{" + UNION_REQUIRED + """
            , "mapOrRecord": {"text": "t", "sizes": "not a list"}}
            """),
                doc(
                        "unions/inlineObjects: Option1 with a, Option2 with b",
                        UnionCases.class,
                        "{" + UNION_REQUIRED + """
            , "inlineObjects": {"a": "x"}, "nested": true}
            """),
                doc(
                        "unions/inlineObjects: Option2 when Option1's required a is missing",
                        UnionCases.class,
                        "{" + UNION_REQUIRED + """
            , "inlineObjects": {"b": 3}, "nested": "50%"}
            """),
                doc("unions/dateTimeOrInteger: a date-time", UnionCases.class, "{" + UNION_REQUIRED + """
            , "dateTimeOrInteger": "2024-05-06T07:08:09.123+02:00", "nested": 1.5}
            """),
                doc(
                        "unions/dateTimeOrInteger: an integer, written as a decimal",
                        UnionCases.class,
                        "{" + UNION_REQUIRED + """
            , "dateTimeOrInteger": 4.0}
            """),
                doc("unions/dateTimeOrInteger: a large integer", UnionCases.class, "{" + UNION_REQUIRED + """
            , "dateTimeOrInteger": 123456789012345678901234567890}
            """),
                doc("unions/listOrString and twoLists: the first list", UnionCases.class, "{" + UNION_REQUIRED + """
            , "listOrString": ["a", "b"], "twoLists": [1, 2]}
            """),
                doc(
                        "unions/listOrString and twoLists: a string, the second list",
                        UnionCases.class,
                        "{" + UNION_REQUIRED + """
            , "listOrString": "s", "twoLists": ["a"]}
            """),
                doc("unions/listOrString and twoLists: empty lists", UnionCases.class, "{" + UNION_REQUIRED + """
            , "listOrString": [], "twoLists": []}
            """),
                doc("unions/unionItems and unionValues: every variant", UnionCases.class, "{" + UNION_REQUIRED + """
            , "unionItems": [1, "a", {"x": 1, "y": 2}, 2.0], "unionValues": {"a": true, "b": 1.5, "c": 3}}
            """),
                doc("unions/numberObjectOrNull: an explicit null", UnionCases.class, "{" + UNION_REQUIRED + """
            , "numberObjectOrNull": null}
            """),
                doc("unions/numberObjectOrNull: a number", UnionCases.class, "{" + UNION_REQUIRED + """
            , "numberObjectOrNull": 3.25}
            """),
                doc("unions/numberObjectOrNull: an object", UnionCases.class, "{" + UNION_REQUIRED + """
            , "numberObjectOrNull": {"k": [1, null]}}
            """),
                doc("unions/shadowing: the string", UnionCases.class, "{" + UNION_REQUIRED + """
            , "shadowing": "str"}
            """),
                doc("unions/shadowing: the StringValue record, open", UnionCases.class, "{" + UNION_REQUIRED + """
            , "shadowing": {"s": "x", "extra": 1}}
            """),
                doc(
                        "unions/singleBranch and additional members of UnionCases",
                        UnionCases.class,
                        "{" + UNION_REQUIRED + """
            , "singleBranch": {"text": "t", "extra": {"a": 1}, "other": "o"}, "more": [1, {"two": 2}]}
            """),
                doc("unions/Label: an additional member named additionalProperties", Label.class, """
            {"text": "t", "additionalProperties": "s"}
            """));
    }

    private static Stream<Arguments> regressions() {
        return Stream.of(
                doc("regressions/Widget: FixtureBindingTest's recursive union and recursive map", Widget.class, """
            {"json": [1, null, {"a": null, "b": [true, "x"]}],
             "tree": {"left": {}, "right": {"leaf": {}}},
             "amount": null,
             "symbols": "-",
             "2nd-place": {"name": "silver"},
             "_": {"name": "under"}}
            """),
                doc(
                        "regressions/Widget: the stricter record, ObjectOrText and the java.lang-named record",
                        Widget.class,
                        """
            {"objectOrText": {"x": "a"}, "either": {"b": 1}, "shadow": {"reason": "r"}}
            """),
                doc("regressions/Widget: a string for ObjectOrText, the lenient record", Widget.class, """
            {"objectOrText": "plain", "either": {"a": 1}}
            """),
                doc("regressions/Widget: the lenient record when the strict one is closed", Widget.class, """
            {"either": {"a": 1, "b": 2}}
            """),
                doc(
                        "regressions/Widget: the lenient record when the strict one's b is not an integer",
                        Widget.class,
                        """
            {"either": {"b": "x"}, "objectOrText": {"x": "a", "y": 1}}
            """),
                doc("regressions/Widget: every other member", Widget.class, """
            {"symbolic": {"x": "s", "k": 1}, "amount": "5", "nested": false, "absorbed": "a", "-": "dash",
             "symbols": "", "other": {"size": 3, "more": true}, "json": 1.5, "tree": {"a": {"b": {"c": {}}}}}
            """),
                doc("regressions/Widget: null json, a number amount, string and number nested", Widget.class, """
            {"json": null, "amount": 2.50, "nested": "s", "symbols": "EMPTY"}
            """),
                doc("regressions/Widget: json an object of every kind", Widget.class, """
            {"json": {"n": null, "b": true, "i": 1, "d": 1.0, "s": "", "l": [[]], "o": {"p": {}}}, "nested": 3}
            """),
                doc("regressions/Widget: additional members named like Java components", Widget.class, """
            {"_2ndPlace": 1, "lowLine": 2, "hyphenMinus": 3, "additionalProperties": 4, "json2": null}
            """),
                doc("regressions/Tree: nested maps", Tree.class, """
            {"a": {"b": {}}, "c": {}}
            """),
                doc("regressions/Tree: a key named additionalProperties", Tree.class, """
            {"additionalProperties": {"x": {}}}
            """));
    }

    private static Stream<Arguments> recursion() {
        return Stream.of(
                doc("recursion/TreeNode: children, parent, byName", TreeNode.class, """
            {"label": "root",
             "children": [{"label": "a", "children": [{"label": "a1"}]}, {"label": "b", "x": 1}],
             "parent": {"label": "up", "parent": {"label": "top"}},
             "byName": {"k": {"label": "mapped", "byName": {}}}}
            """),
                doc(
                        "recursion/TreeNode: a linked list ending in null, mutual recursion with a null ceo",
                        TreeNode.class,
                        """
            {"label": "l",
             "list": {"value": 1, "next": {"value": 2.0, "next": {"value": 3, "next": null}}},
             "person": {"name": "p", "employer": {"name": "c", "ceo": null,
               "employees": [{"name": "e", "employer": {"name": "c2", "ceo": {"name": "boss"}}}]}}}
            """),
                doc("recursion/TreeNode: the recursive JSON value and expression unions", TreeNode.class, """
            {"label": "u",
             "data": {"a": [true, 1, 1.5, "s", {"b": []}], "c": {}},
             "expr": {"op": "+", "args": [1, {"op": "*", "args": [2.5, {"op": "-", "args": []}]}]}}
            """),
                doc("recursion/TreeNode: an expression that is a number, data a list", TreeNode.class, """
            {"label": "n", "expr": 42, "data": [[], [1e2]]}
            """),
                doc("recursion/Folder: folders and files across two files", Folder.class, """
            {"name": "root",
             "files": [{"name": "f", "parent": null, "links": [{"name": "g"}]},
                       {"name": "h", "parent": {"name": "p", "folders": [{"name": "q"}]}}],
             "folders": [{"name": "sub", "files": [], "extra": true}]}
            """),
                doc("recursion/Outline: a section nesting outlines", Outline.class, """
            {"title": "t", "section": {"heading": "h",
              "nested": {"title": "n", "section": {"sibling": {"title": "s"}}},
              "sibling": {"title": "s2", "more": 1}}}
            """),
                doc("recursion/Section: a section with no members", Section.class, "{}"));
    }

    private static Stream<Arguments> naming() {
        return Stream.of(
                doc("naming/ReservedWords: every keyword-named and odd member", ReservedWords.class, """
            {"default": "d", "class": "c", "new": true, "record": 1, "var": 1.5, "yield": "y", "_": "u",
             "enum": "e", "hashCode": 7, "toString": "t", "getClass": "g", "equals": false,
             "foo-bar": "x", "foo_bar": "q", "fooBar": "fb", "a.b": "ab", "with space": "ws", "1st": 1,
             "2nd-place": "second", "URL": "u", "HTTPServer": "h", "größe": 1.80,
             "additionalProperties": "declared", "owner": {"id": "o", "more": 1}, "extra": [1]}
            """),
                doc("naming/ReservedWords: additional members named like Java components", ReservedWords.class, """
            {"default": "d", "class": "c", "defaultValue": "x", "classValue": "y", "lowLine": "z",
             "_2ndPlace": "q", "fooBar2": 1, "größeValue": null}
            """),
                doc(
                        "naming/ReservedWords: an additional member named like the additional-members component",
                        ReservedWords.class,
                        """
            {"default": "d", "class": "c", "additionalProperties2": {"k": "v"}}
            """),
                doc("naming/Defs: every oddly named definition", Defs.class, """
            {"snake": {"a": "a"}, "kebab": {"b": "b"}, "lower": {"c": "c"}, "digit": {"x": 1, "y": 2, "z": 3.5},
             "string": {"text": "t"}, "object": {"any": null}, "number": "two", "record": {"id": 5},
             "shadowed": {"copy": true}, "original": {"default": "d", "class": "c"}, "ownerLike": {"given": false}}
            """),
                doc(
                        "naming/EnumCases: colliding, odd, case-only and nullable enum values, a const",
                        EnumCases.class,
                        """
            {"collide": "A B", "odd": "", "method": "Get", "toggle": null, "kind": "fixed-kind"}
            """),
                doc("naming/EnumCases: other enum values", EnumCases.class, """
            {"collide": "a_b", "odd": "日本", "method": "get", "toggle": "off", "x": 1}
            """),
                doc("naming/EnumCases: more odd enum values", EnumCases.class, """
            {"collide": "aB", "odd": "straße", "method": "GET", "toggle": "on"}
            """),
                doc(
                        "naming/MemberClashes: the closed record whose members are named like generated members",
                        MemberClashes.class,
                        """
            {"closed": {"value": "v", "fromJson": null, "fromJsonValue": "f", "rejectUnknownProperty": "r",
              "json": "j", "object": "o", "name": "n", "v": ["1"], "v0": [], "Objects": "O", "JsonValues": "J",
              "values": "vs", "valueOf": "vo"},
             "open": {"fromJson": "f", "additionalProperties": "a", "additionalProperties2": "b", "n": 1}}
            """),
                doc(
                        "naming/MemberClashes: strings when the records' required members are missing",
                        MemberClashes.class,
                        """
            {"closed": "c", "open": "o", "other": {}}
            """),
                doc(
                        "naming/MemberClashes: the open record binds anything without a required member",
                        MemberClashes.class,
                        """
            {"open": {"fromJson": null, "additionalProperties3": 3, "z": 2.0}}
            """),
                doc("naming/OpenMethods: integer extras named like Java components", OpenMethods.class, """
            {"additionalProperties3": 5, "fromJsonValue": 1}
            """),
                doc("naming/OtherNames: a root named after its file", OtherNames.class, """
            {"x": "x", "y": [null]}
            """));
    }

    private static Stream<Arguments> refs() {
        return Stream.of(
                doc("refs/RefMain: every way to write a $ref", RefMain.class, """
            {"byAbsoluteId": {"length": {"value": 1, "unit": "mm"}, "rate": {"count": 2}, "system": "metric",
                              "mass": {"grams": 1.5, "scale": "kilo"}},
             "byRelativePath": {},
             "byDotRelativePath": {"system": "imperial"},
             "lengthAbsolute": {"value": 2.5, "unit": "cm"},
             "lengthRelative": {"value": 3, "unit": "m", "note": "kept"},
             "local": {"length": {"value": 0, "unit": "m"}, "units": {}, "self": {"text": "t"}},
             "slashKey": {"slash": "/"}, "tildeKey": {"tilde": "~"}, "spaceKey": "two  spaces",
             "percentKey": {"ratio": 0.25}, "remoteEscaped": {"count": 1.0}, "localAnchor": {"found": true},
             "remoteAnchor": "metric", "legacy": {"old": false}, "embedded": {"grams": 1000},
             "fileWithOtherId": {"primary": {"hex": "#00ff00"}, "secondary": {"hex": "#abcdef"}},
             "paletteColor": {"hex": "#000000"}, "refToRef": {"value": 1e1, "unit": "mm"},
             "lengths": [{"value": 1, "unit": "mm"}, {"value": 2, "unit": "cm"}], "extra": null}
            """),
                doc("refs/RefMain: only the required members", RefMain.class, """
            {"byAbsoluteId": {}, "byRelativePath": {"mass": {}}}
            """),
                doc("refs/Units: a file in a subfolder", Units.class, """
            {"length": {"value": -1.5, "unit": "cm"}, "rate": {}, "mass": {"scale": "milli"}, "u": 1}
            """),
                doc("refs/LocalWithoutId: relative refs without an $id", LocalWithoutId.class, """
            {"length": {"value": 1, "unit": "m"}, "units": {"system": "imperial"}, "self": {"text": "n", "x": 1}}
            """),
                doc("refs/Palette: a file whose $id does not mirror its path", Palette.class, """
            {"primary": {"hex": "#123456", "name": "n"}}
            """));
    }

    private static Stream<Arguments> others() {
        return Stream.of(
                doc("annotations/AnnotatedThingFriends: every annotated member", AnnotatedThingFriends.class, """
            {"id": "6a2f41a3-c54c-fce8-32d2-0324e1c32e22", "name": "n", "code": "AB-12", "hostilePattern": "aa/b@@",
             "email": "a@b.c", "day": "2024-01-01", "link": "https://x.y/", "secret": "s", "legacyField": "l",
             "percent": 12.50, "open": 0.5, "count": 3, "huge": 123456789012345678901234567890,
             "precise": 0.1000000000000000055511151231257827, "tags": ["a", "b"], "meta": {"k": "v"},
             "nothing": null, "flag": false, "escapedDefault": "quote \\" backslash \\\\ end */",
             "quote\\"d": "q", "back\\\\slash": "b", "level": "line\\nbreak"}
            """),
                doc(
                        "annotations/AnnotatedThingFriends: only the id, nothing a string",
                        AnnotatedThingFriends.class,
                        """
            {"id": "i", "nothing": "x", "level": "quote\\"d"}
            """),
                doc("draft04/Sensor: DraftFixtureBindingTest's sensor", Sensor.class, """
            {"id": "s-1", "range": {"low": 0.5, "high": 100}, "unit": "kelvin", "tags": ["x"]}
            """),
                doc("draft04/Sensor: an empty range and additional members", Sensor.class, """
            {"id": "s-2", "range": {"x": 1}, "extra": {"a": [1.0]}}
            """),
                doc("draft07/Order: DraftFixtureBindingTest's order", Order.class, """
            {"id": "o-1", "status": "shipped", "lines": [{"sku": "a", "quantity": 2}],
             "customer": {"name": "Ada", "vip": true}, "note": null, "shipTo": {"city": "Oslo"}}
            """),
                doc("draft07/Order: a note, open lines and address", Order.class, """
            {"id": "o-2", "lines": [{"sku": "a", "quantity": 1.0, "x": 1}, {"sku": "b", "quantity": 3}],
             "note": "n", "shipTo": {"city": "Rome", "lines": ["l1"], "zip": "00100"}, "customer": {}}
            """),
                doc("draft07/Address: lines", Address.class, """
            {"city": "c", "lines": []}
            """));
    }

    private static Arguments doc(String name, Class<?> type, String json) {
        return Arguments.of(name, type, json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void buildsTheRecordDatabindBinds(String name, Class<?> type, String json) throws Exception {
        Object databind = outcome(() -> Json.MAPPER.readValue(json, type));

        Object fromJackson2 = outcome(() -> fromJsonValue(type, Json.MAPPER.readValue(json, Object.class)));
        Object fromJackson3 = outcome(() -> fromJsonValue(type, JACKSON3.readValue(json, Object.class)));

        assertThat(fromJackson2).as("%s, from Jackson 2 values: %s", name, json).isEqualTo(databind);
        assertThat(fromJackson3).as("%s, from Jackson 3 values: %s", name, json).isEqualTo(databind);
        assertThat(databind).as("%s: a valid document binds: %s", name, json).isNotInstanceOf(Refused.class);
        WrittenBack.assertWritesBack(type, Json.MAPPER.readValue(json, Object.class));
    }

    /** Jackson 3 databind, too, builds the record Jackson 2 databind builds. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void jackson3DatabindBuildsTheSameRecord(String name, Class<?> type, String json) {
        Object databind = outcome(() -> Json.MAPPER.readValue(json, type));

        assertThat(outcome(() -> JACKSON3.readValue(json, type)))
                .as("%s: %s", name, json)
                .isEqualTo(databind);
    }

    /** Valid documents java.time cannot hold: neither path binds them (the readers report {@code bind}). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("unbindable")
    void neitherPathBindsWhatJavaTimeCannotHold(String name, Class<?> type, String json) {
        assertThat(outcome(() -> Json.MAPPER.readValue(json, type)))
                .as("%s: databind", name)
                .isInstanceOf(Refused.class);
        assertThat(outcome(() -> fromJsonValue(type, Json.MAPPER.readValue(json, Object.class))))
                .as("%s: fromJsonValue", name)
                .isInstanceOf(Refused.class);
    }

    static Stream<Arguments> unbindable() {
        return Stream.of(
                doc(
                        "unions/twoRecords: a leap second in Point's when, and no text for Label",
                        UnionCases.class,
                        "{" + UNION_REQUIRED + """
            , "twoRecords": {"x": 1, "y": 2, "when": "1990-12-31T23:59:60Z"}}
            """),
                doc(
                        "presence/PresenceMatrix: a leap second",
                        PresenceMatrix.class,
                        "{" + MATRIX_REQUIRED_NULLS.replace("2024-01-01T00:00:00Z", "2016-12-31T23:59:60Z") + "}"),
                doc(
                        "presence/PresenceMatrix: an offset past 18 hours",
                        PresenceMatrix.class,
                        "{" + MATRIX_REQUIRED_NULLS.replace("2024-01-01T00:00:00Z", "2024-01-01T00:00:00+23:59") + "}"),
                doc(
                        "presence/PresenceMatrix: more than nine fraction digits",
                        PresenceMatrix.class,
                        "{" + MATRIX_REQUIRED_NULLS.replace("2024-01-01T00:00:00Z", "2024-01-01T00:00:00.1234567891Z")
                                + "}"));
    }

    /**
     * A difference by design: an integer of more than 1,000 digits (valid: {@code 1e1001} is an
     * integer) is spelt out by databind and refused by {@code fromJsonValue}, on purpose (see
     * {@code JsonValues.MAX_INTEGER_DIGITS}; the readers report it as a {@code bind} violation).
     */
    @Test
    void anIntegerOfMoreThanAThousandDigitsBindsOnlyWithDatabind() throws Exception {
        String json = "{\"text\": \"t\", \"sizes\": [1e1001]}";

        assertThat(Json.MAPPER.readValue(json, Label.class).sizes()).containsExactly(BigInteger.TEN.pow(1001));
        assertThatThrownBy(() -> Label.fromJsonValue(Json.MAPPER.readValue(json, Object.class)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("/sizes/0: an integer of more than 1000 digits is too large to bind");
    }

    /**
     * Where the two paths differ without the records being unequal: the members a record keeps are
     * documented as "in input order", which {@code fromJsonValue} keeps; databind hands its creator's
     * {@code @JsonAnySetter} map over as a {@code HashMap} on Jackson 2 (hash order) and fills it in
     * reverse on Jackson 3. Map equality ignores order, so the records are equal, but they write
     * their additional members back in different orders.
     */
    @Test
    void onlyFromJsonValueKeepsAdditionalMembersInInputOrder() throws Exception {
        String json =
                "{\"id\": \"p\", \"zz\": 1, \"b\": 2, \"yy\": 3, \"a\": 4, \"defaultValue\": 5, \"classValue\": 6}";
        List<String> inputOrder = List.of("zz", "b", "yy", "a", "defaultValue", "classValue");

        Part fromValues = Part.fromJsonValue(Json.MAPPER.readValue(json, Object.class));
        Part jackson2 = Json.MAPPER.readValue(json, Part.class);
        Part jackson3 = JACKSON3.readValue(json, Part.class);

        assertThat(fromValues).isEqualTo(jackson2).isEqualTo(jackson3);
        assertThat(fromValues.additionalProperties().keySet()).containsExactlyElementsOf(inputOrder);
        assertThat(List.copyOf(jackson2.additionalProperties().keySet()))
                .containsExactlyInAnyOrderElementsOf(inputOrder)
                .isNotEqualTo(inputOrder);
        // Jackson 3.1 reversed them; 3.3, the version tested now, keeps the input order like fromJsonValue
        assertThat(jackson3.additionalProperties().keySet()).containsExactlyElementsOf(inputOrder);
    }

    /** What a binding gave when it did not give a record. */
    private record Refused(String why) {}

    private static Object outcome(Callable<Object> bind) {
        try {
            return bind.call();
        } catch (Exception e) {
            return new Refused(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Object fromJsonValue(Class<?> type, Object json) throws Exception {
        try {
            return type.getMethod("fromJsonValue", Object.class).invoke(null, json);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }
}
