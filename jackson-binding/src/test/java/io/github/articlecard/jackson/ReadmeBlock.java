package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a README code block against the test that compiles and runs it: the block shows the
 * imports the code needs, a blank line, then exactly the code between the test's
 * {@code // MARKER start} and {@code // MARKER end} lines. Every import shown must be one the test
 * compiles with (or a type of this package, which the test needs no import for), and every type
 * or static method the code uses that takes an import must have it shown, so that the block can
 * be pasted into a file as it is.
 */
final class ReadmeBlock {
  private static final Pattern IMPORT = Pattern.compile("(?m)^import (static )?([\\w.]+)\\.(\\w+);$");
  private static final Pattern NAME = Pattern.compile("\\b[A-Za-z_]\\w*\\b");

  private ReadmeBlock() {}

  /**
   * Asserts that the README shows the example of a test in this module.
   *
   * @param test the test class, whose source is under {@code src/test/java}
   * @param marker the marker text, such as {@code README example}
   */
  static void assertShown(Class<?> test, String marker) {
    String source = read(Path.of("src/test/java", test.getName().replace('.', '/') + ".java"));
    Matcher start = Pattern.compile("(?m)^( *)// " + Pattern.quote(marker) + " start\n").matcher(source);
    assertThat(start.find()).as("%s has a line // %s start", test.getSimpleName(), marker).isTrue();
    String indent = start.group(1);
    int end = source.indexOf(indent + "// " + marker + " end\n", start.end());
    StringBuilder code = new StringBuilder();
    source.substring(start.end(), end).lines().forEach(line ->
        code.append(line.startsWith(indent) ? line.substring(indent.length()) : line).append('\n'));
    String readme = read(Path.of("..", "README.md"));

    String block = "\n\n" + code + "```\n";
    assertThat(readme).as("the README shows the code of %s", test.getSimpleName()).contains(block);
    int at = readme.indexOf(block);
    String shown = readme.substring(readme.lastIndexOf("```java\n", at) + "```java\n".length(), at + 1);
    List<String> shownImports = shown.lines().toList();
    assertThat(shownImports).as("the README block of %s starts with its imports", test.getSimpleName())
        .isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("import "));
    for (String line : shownImports) {
      assertThat(source.contains("\n" + line + "\n")
          || line.matches("import " + Pattern.quote(test.getPackageName()) + "\\.[A-Z]\\w*;"))
          .as("the README imports what %s compiles with: %s", test.getSimpleName(), line).isTrue();
    }
    assertThat(shownImports).as("the imports %s's README code needs", test.getSimpleName())
        .containsAll(needed(source, test.getPackageName(), code.toString()));
  }

  /** The imports the code needs: those of the test it uses, and the types of the package it uses. */
  private static Set<String> needed(String source, String packageName, String code) {
    Set<String> used = new LinkedHashSet<>();
    Matcher name = NAME.matcher(code.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
        .replaceAll("//.*", ""));
    while (name.find()) {
      used.add(name.group());
    }
    Set<String> needed = new LinkedHashSet<>();
    Matcher imported = IMPORT.matcher(source);
    List<String> importedNames = new ArrayList<>();
    while (imported.find()) {
      importedNames.add(imported.group(3));
      if (used.contains(imported.group(3))) {
        needed.add(imported.group());
      }
    }
    for (String type : used) {
      if (Character.isUpperCase(type.charAt(0)) && !importedNames.contains(type)
          && exists(packageName + "." + type)) {
        needed.add("import " + packageName + "." + type + ";");
      }
    }
    return needed;
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className, false, ReadmeBlock.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static String read(Path path) {
    try {
      return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
