package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;

/** Ordinary bad input gives a positioned CardException, never another exception type. */
class BadInputTest {
  private final CardMapper mapper = CardMapper.builder().build();

  private CardParseException parseError(String text) {
    Throwable thrown = catchThrowable(() -> mapper.read(text));
    assertThat(thrown).isInstanceOf(CardParseException.class);
    return (CardParseException) thrown;
  }

  private CardBindingException bindingError(String text) {
    Throwable thrown = catchThrowable(() -> mapper.read(text).card());
    assertThat(thrown).isInstanceOf(CardBindingException.class);
    return (CardBindingException) thrown;
  }

  @Test
  void missingOpeningDelimiter() {
    CardParseException e = parseError("title: x\n---\n");

    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e).hasMessageContaining("missing opening delimiter").hasMessageContaining("1 | title: x");
  }

  @Test
  void missingClosingDelimiterNamesTheOpeningLine() {
    CardParseException e = parseError("---\ntitle: x\nbody\n");

    assertThat(e.line()).isEqualTo(1);
    assertThat(e).hasMessageContaining("missing closing delimiter: the front matter opened on line 1");
  }

  @Test
  void malformedYamlIsPositionedInTheFileNotTheFrontMatter() {
    CardParseException e = parseError("---\ntitle: x\nbad: [1, 2\nnext: y\n---\n");

    assertThat(e.line()).isEqualTo(3); // the '[' never closed: line 2 of the front matter
    assertThat(e.column()).isEqualTo(6);
    assertThat(e).hasMessageStartingWith("line " + e.line() + ", column " + e.column() + ": malformed YAML");
  }

  @Test
  void duplicateKeyNamesBothLines() {
    CardParseException e = parseError("---\ntitle: a\nquality: 1\ntitle: b\n---\n");

    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e).hasMessageContaining("duplicate key 'title' (first defined on line 2)")
        .hasMessageContaining("4 | title: b");
  }

  @Test
  void frontMatterThatIsAListIsRejected() {
    CardParseException e = parseError("---\n- a\n- b\n---\n");

    assertThat(e.line()).isEqualTo(2);
    assertThat(e).hasMessageContaining("must be a mapping of keys to values, found a list");
  }

  @Test
  void tabIndentationIsExplained() {
    CardParseException e = parseError("---\nprovider:\n\tname: x\n---\n");

    assertThat(e.line()).isEqualTo(3);
    assertThat(e).hasMessageContaining("tabs cannot be used for indentation");
  }

  @Test
  void typeMismatchNamesThePathLineAndColumn() {
    CardBindingException e = bindingError("---\ntitle: t\nquality: high\n---\n");

    assertThat(e.path()).isEqualTo("quality");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(10);
    assertThat(e).hasMessageContaining("quality: expected a whole number, found \"high\"")
        .hasMessageContaining("3 | quality: high");
  }

  @Test
  void nestedTypeMismatchNamesTheFullPath() {
    CardBindingException e = bindingError("---\ntitle: t\nrelated:\n  - title: a\n  - title: b\n"
        + "    images:\n      - url: \"u\"\n        width: wide\n---\n");

    assertThat(e.path()).isEqualTo("related[1].images[0].width");
    assertThat(e.line()).isEqualTo(8);
    assertThat(e.column()).isEqualTo(16);
  }

  @Test
  void badDateAndNotAList() {
    assertThat(bindingError("---\npublishedDateTime: yesterday\n---\n"))
        .hasMessageContaining("expected an ISO-8601 instant such as 2021-03-14T13:26:00Z, found \"yesterday\"");
    assertThat(bindingError("---\nimages: \"not a list\"\n---\n").path()).isEqualTo("images");
  }
}
