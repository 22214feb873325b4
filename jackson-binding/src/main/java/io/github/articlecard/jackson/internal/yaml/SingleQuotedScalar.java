package io.github.articlecard.jackson.internal.yaml;

/** Reads a single-quoted scalar: {@code ''} stands for a quote, nothing else is escaped. */
final class SingleQuotedScalar extends QuotedScalar {
  SingleQuotedScalar(Cursor cursor, MistakeHints hints) {
    super(cursor, hints);
  }

  @Override
  char quote() {
    return '\'';
  }

  @Override
  int special(int i, StringBuilder value) {
    if (cursor.at(i + 1) == '\'') {
      value.append('\'');
      return i + 2;
    }
    return -1;
  }
}
