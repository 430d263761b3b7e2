package dev.synesthetic.codegen.emit.validator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/** The emitted runtime classes (generator-runtime's sources, see {@code RuntimeSources}) as JavaPoet names. */
record RuntimeTypes(ClassName keywords, ClassName data, ClassName context, ClassName evaluated, ClassName rule,
    ClassName violation, ClassName formats) {
  /** The runtime classes every validator package gets, by simple class name. */
  static final List<String> TEMPLATES = List.of("JsonData", "JsonKeywords", "ValidationContext", "Violation");
  /** The runtime class emitted only when some schema asserts a {@code format}. */
  static final String FORMATS_TEMPLATE = "JsonFormats";

  static RuntimeTypes in(String packageName) {
    ClassName context = ClassName.get(packageName, "ValidationContext");
    return new RuntimeTypes(ClassName.get(packageName, "JsonKeywords"), ClassName.get(packageName, "JsonData"),
        context, context.nestedClass("Evaluated"), context.nestedClass("Rule"),
        ClassName.get(packageName, "Violation"), ClassName.get(packageName, FORMATS_TEMPLATE));
  }

  TypeName violations() {
    return ParameterizedTypeName.get(ClassName.get(List.class), violation);
  }
}
