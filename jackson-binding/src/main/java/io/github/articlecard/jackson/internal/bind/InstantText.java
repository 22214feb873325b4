package io.github.articlecard.jackson.internal.bind;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Reads an ISO-8601 instant as {@link Instant#parse} does, with a short way for the form every
 * real card uses ({@code 2021-03-14T13:26:00Z}, also with a fraction of a second): that form is
 * read field by field, and anything else, or a field out of range, goes to {@code Instant.parse},
 * which decides and words the error.
 */
final class InstantText {
  /** {@code yyyy-MM-ddTHH:mm:ssZ}. */
  private static final int SHORT_FORM_LENGTH = 20;
  /** {@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ}. */
  private static final int LONGEST_FRACTION = 9;

  private InstantText() {}

  /**
   * Returns the instant the text stands for.
   *
   * @throws java.time.format.DateTimeParseException as {@link Instant#parse} does
   */
  static Instant parse(String text) {
    Instant instant = shortForm(text);
    return instant != null ? instant : Instant.parse(text);
  }

  /**
   * The instant of {@code yyyy-MM-ddTHH:mm:ssZ} or {@code yyyy-MM-ddTHH:mm:ss.nnnZ} (one to nine
   * digits of fraction) with every field in range, else null.
   */
  private static @Nullable Instant shortForm(String text) {
    int length = text.length();
    if (length < SHORT_FORM_LENGTH || length > SHORT_FORM_LENGTH + 1 + LONGEST_FRACTION
        || length == SHORT_FORM_LENGTH + 1 || text.charAt(4) != '-' || text.charAt(7) != '-'
        || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
        || text.charAt(length - 1) != 'Z'
        || (length > SHORT_FORM_LENGTH && text.charAt(19) != '.')) {
      return null;
    }
    int nanos = 0;
    if (length > SHORT_FORM_LENGTH) {
      int fractionDigits = length - SHORT_FORM_LENGTH - 1;
      nanos = digits(text, 20, fractionDigits);
      if (nanos < 0) {
        return null;
      }
      for (int i = fractionDigits; i < LONGEST_FRACTION; i++) {
        nanos *= 10;
      }
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    // hour 24 and second 60 are Instant.parse's to read (the next day, a leap second)
    if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59) {
      return null;
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException outOfRange) {
      return null;
    }
    return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
  }

  /** The number written by {@code length} ASCII digits at {@code from}, or -1. */
  private static int digits(String text, int from, int length) {
    int value = 0;
    for (int i = from; i < from + length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
