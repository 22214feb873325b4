package io.github.articlecard.jackson.internal.usertype;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date, a time or a date-time written as text, with the shape it was written in: ISO 8601
 * ({@code 2021-03-14T10:00:00+01:00}), YAML's timestamp and Jekyll's front matter form
 * ({@code 2021-03-14 10:00}, {@code 2021-03-14 10:00:00 +0100}), a bare date or a bare time. A
 * changed value is written in the shape of the text it replaces ({@link #reshape}).
 */
final class TimeText {
  private static final Pattern DATE_TIME = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})(?:([Tt]|[ \\t]+)" + time() + ")?");
  private static final Pattern TIME = Pattern.compile(time());

  private static String time() {
    return "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?"
        + "(?:([ \\t]*)(Z|z|[+-]\\d{1,2}(?::?\\d{2})?))?";
  }

  private final @Nullable LocalDate date;
  private final @Nullable LocalTime time;
  private final @Nullable ZoneOffset offset;
  /** Between date and time: {@code T}, {@code t} or white space. */
  private final String separator;
  private final int hourWidth;
  private final boolean seconds;
  private final int fractionDigits;
  /** Between time and offset: empty or white space. */
  private final String zoneSeparator;
  /** The offset as written, or null. */
  private final @Nullable String zone;

  private TimeText(@Nullable LocalDate date, @Nullable LocalTime time, @Nullable ZoneOffset offset,
      String separator, int hourWidth, boolean seconds, int fractionDigits, String zoneSeparator,
      @Nullable String zone) {
    this.date = date;
    this.time = time;
    this.offset = offset;
    this.separator = separator;
    this.hourWidth = hourWidth;
    this.seconds = seconds;
    this.fractionDigits = fractionDigits;
    this.zoneSeparator = zoneSeparator;
    this.zone = zone;
  }

  /** Reads a text as a date, time or date-time; null when it is none of them. */
  static @Nullable TimeText parse(String text) {
    if (text.length() < 4 || text.length() > 48 || !Character.isDigit(text.charAt(0))) {
      return null;
    }
    Matcher m = DATE_TIME.matcher(text);
    boolean withDate = m.matches();
    if (!withDate) {
      m = TIME.matcher(text);
      if (!m.matches()) {
        return null;
      }
    }
    int t = withDate ? 5 : 1;
    try {
      LocalDate date = withDate ? LocalDate.of(number(m.group(1)), number(m.group(2)),
          number(m.group(3))) : null;
      if (m.group(t) == null) {
        return new TimeText(date, null, null, "", 0, false, 0, "", null);
      }
      String fraction = m.group(t + 3);
      int nanos = fraction == null ? 0 : number((fraction + "00000000").substring(0, 9));
      LocalTime time = LocalTime.of(number(m.group(t)), number(m.group(t + 1)),
          m.group(t + 2) == null ? 0 : number(m.group(t + 2)), nanos);
      String zone = m.group(t + 5);
      return new TimeText(date, time, zone == null ? null : offset(zone),
          withDate ? m.group(4) : "", m.group(t).length(), m.group(t + 2) != null,
          fraction == null ? 0 : fraction.length(), zone == null ? "" : m.group(t + 4), zone);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int number(String digits) {
    return Integer.parseInt(digits);
  }

  private static ZoneOffset offset(String zone) {
    if (zone.equalsIgnoreCase("Z")) {
      return ZoneOffset.UTC;
    }
    int sign = zone.charAt(0) == '-' ? -1 : 1;
    String digits = zone.substring(1).replace(":", "");
    int hours = digits.length() <= 2 ? number(digits) : number(digits.substring(0, digits.length() - 2));
    int minutes = digits.length() <= 2 ? 0 : number(digits.substring(digits.length() - 2));
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  /** Tells whether the text separates date and time by white space (YAML's and Jekyll's form). */
  boolean spaceSeparated() {
    return date != null && time != null && !separator.equalsIgnoreCase("T");
  }

  /** Returns the local date-time; null for a bare date or time. */
  @Nullable LocalDateTime local() {
    return date != null && time != null ? LocalDateTime.of(date, time) : null;
  }

  /** Returns the offset written, or null. */
  @Nullable ZoneOffset offset() {
    return offset;
  }

  /**
   * Writes the value of {@code replacement} in the shape of {@code old}: separator, hour width,
   * seconds and fraction digits where the value needs no more, offset style. When the replacement
   * is in UTC, the old text had another offset and {@code keepOffset} is set, the same instant is
   * written at the old offset (an {@code Instant} field keeps its file's offset). Returns null when
   * either is not a date or time, or when the two differ in kind (a date for a date-time).
   */
  static @Nullable String reshape(String old, String replacement, boolean keepOffset) {
    TimeText from = parse(old);
    TimeText to = from == null ? null : parse(replacement);
    if (from == null || to == null || (from.date == null) != (to.date == null)
        || (from.time == null) != (to.time == null)) {
      return null;
    }
    LocalTime time = to.time;
    if (time == null) {
      return replacement;
    }
    LocalDate date = to.date;
    ZoneOffset offset = to.offset;
    ZoneOffset oldOffset = from.offset;
    if (keepOffset && date != null && offset != null && oldOffset != null
        && offset.getTotalSeconds() == 0 && oldOffset.getTotalSeconds() != 0) {
      LocalDateTime shifted = LocalDateTime.of(date, time).atOffset(offset)
          .withOffsetSameInstant(oldOffset).toLocalDateTime();
      date = shifted.toLocalDate();
      time = shifted.toLocalTime();
      offset = oldOffset;
    }
    if (offset != null && offset.getTotalSeconds() % 60 != 0) {
      return null;
    }
    StringBuilder out = new StringBuilder(32);
    if (date != null) {
      out.append(date).append(from.separator);
    }
    String hour = Integer.toString(time.getHour());
    out.append(from.hourWidth == 1 || hour.length() == 2 ? hour : "0" + hour).append(':');
    two(out, time.getMinute());
    int nanos = time.getNano();
    if (from.seconds || time.getSecond() != 0 || nanos != 0) {
      out.append(':');
      two(out, time.getSecond());
      String fraction = fraction(nanos, from.fractionDigits);
      if (!fraction.isEmpty()) {
        out.append('.').append(fraction);
      }
    }
    if (offset != null) {
      String fromZone = from.zone;
      out.append(fromZone != null ? from.zoneSeparator : from.spaceSeparated() ? " " : "");
      out.append(offsetText(offset, fromZone == null ? "+00:00" : fromZone));
    }
    return out.toString();
  }

  private static void two(StringBuilder out, int value) {
    if (value < 10) {
      out.append('0');
    }
    out.append(value);
  }

  /** The fraction of a second: the digits the value needs, at least as many as the old text had. */
  private static String fraction(int nanos, int oldDigits) {
    String digits = String.format("%09d", nanos);
    int needed = 9;
    while (needed > 0 && digits.charAt(needed - 1) == '0') {
      needed--;
    }
    return digits.substring(0, Math.max(needed, Math.min(oldDigits, 9)));
  }

  /** Writes an offset in the style of an old one: Z, +01:00, +0100, +01 or +1. */
  private static String offsetText(ZoneOffset offset, String style) {
    int total = offset.getTotalSeconds() / 60;
    if (total == 0 && style.equalsIgnoreCase("Z")) {
      return style;
    }
    String sign = total < 0 ? "-" : "+";
    int hours = Math.abs(total) / 60;
    int minutes = Math.abs(total) % 60;
    String hh = hours < 10 ? "0" + hours : Integer.toString(hours);
    String mm = minutes < 10 ? "0" + minutes : Integer.toString(minutes);
    if (style.equalsIgnoreCase("Z") || style.indexOf(':') >= 0) {
      return sign + hh + ":" + mm;
    }
    if (style.length() == 5) {
      return sign + hh + mm;
    }
    if (minutes != 0) {
      return sign + hh + ":" + mm;
    }
    return sign + (style.length() == 2 ? Integer.toString(hours) : hh);
  }
}
