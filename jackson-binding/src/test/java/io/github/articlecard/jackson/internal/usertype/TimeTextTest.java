package io.github.articlecard.jackson.internal.usertype;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link TimeText}: which texts are dates, times and date-times, and how a changed value is written
 * in the shape of the text it replaces.
 */
class TimeTextTest {

  @Test
  void isoYamlAndJekyllDateTimesReadAsTheSameLocalDateTimeAndOffset() {
    LocalDateTime ten = LocalDateTime.parse("2021-03-14T10:00");
    for (String text : List.of("2021-03-14T10:00+01:00", "2021-03-14t10:00:00+0100",
        "2021-03-14 10:00 +01", "2021-03-14  10:00:00.000 +1", "2021-03-14\t10:00+01:00")) {
      TimeText time = TimeText.parse(text);

      assertThat(time).as(text).isNotNull();
      assertThat(time.local()).as(text).isEqualTo(ten);
      assertThat(time.offset()).as(text).isEqualTo(ZoneOffset.ofHours(1));
    }
  }

  @Test
  void negativeAndHalfHourOffsetsAndZuluAreOffsets() {
    assertThat(TimeText.parse("2021-03-14T10:00:00-05:30").offset())
        .isEqualTo(ZoneOffset.ofHoursMinutes(-5, -30));
    assertThat(TimeText.parse("2021-03-14 10:00:00 -0530").offset())
        .isEqualTo(ZoneOffset.ofHoursMinutes(-5, -30));
    assertThat(TimeText.parse("2021-03-14T10:00:00Z").offset()).isEqualTo(ZoneOffset.UTC);
    assertThat(TimeText.parse("2021-03-14T10:00:00z").offset()).isEqualTo(ZoneOffset.UTC);
    assertThat(TimeText.parse("2021-03-14T10:00:00").offset()).isNull();
  }

  @Test
  void onlyWhiteSpaceBetweenDateAndTimeIsTheSpaceSeparatedForm() {
    assertThat(TimeText.parse("2021-03-14 10:00").spaceSeparated()).isTrue();
    assertThat(TimeText.parse("2021-03-14\t10:00").spaceSeparated()).isTrue();
    assertThat(TimeText.parse("2021-03-14T10:00").spaceSeparated()).isFalse();
    assertThat(TimeText.parse("2021-03-14t10:00").spaceSeparated()).isFalse();
    assertThat(TimeText.parse("2021-03-14").spaceSeparated()).isFalse();
    assertThat(TimeText.parse("10:00").spaceSeparated()).isFalse();
  }

  @Test
  void aBareDateOrTimeHasNoLocalDateTime() {
    assertThat(TimeText.parse("2021-03-14")).isNotNull();
    assertThat(TimeText.parse("2021-03-14").local()).isNull();
    assertThat(TimeText.parse("9:05:30.5")).isNotNull();
    assertThat(TimeText.parse("9:05:30.5").local()).isNull();
    assertThat(TimeText.parse("10:00 +01:00").offset()).isEqualTo(ZoneOffset.ofHours(1));
  }

  @Test
  void textsThatAreNoDateOrTimeOrNoRealOneAreNull() {
    for (String text : List.of("", "abc", "2021", "2021-03", "2021-02-30", "2021-13-01",
        "25:00", "10:60", "2021-03-14T10", "2021-03-14T10:00+25:00", "２０２１-03-14",
        "٢٠٢١-03-14", "2021-03-14 10:00 CET", "2021-03-14T10:00:00.1234567890",
        "2021-03-14T10:00:00" + " ".repeat(40) + "Z", "T2021-03-14", " 2021-03-14")) {
      assertThat(TimeText.parse(text)).as("'%s'", text).isNull();
    }
  }

  @Test
  void aChangedDateTimeKeepsTheOldSeparatorHourWidthAndSeconds() {
    assertThat(TimeText.reshape("2021-03-14 10:00", "2021-03-15T11:30:00", false))
        .isEqualTo("2021-03-15 11:30");
    assertThat(TimeText.reshape("2021-03-14\t10:00", "2021-03-15T11:30:00", false))
        .isEqualTo("2021-03-15\t11:30");
    assertThat(TimeText.reshape("2021-03-14t10:00:00", "2021-03-15T11:30", false))
        .isEqualTo("2021-03-15t11:30:00");
    assertThat(TimeText.reshape("2021-03-14 9:05", "2021-03-14T08:00:00", false))
        .isEqualTo("2021-03-14 8:00");
    assertThat(TimeText.reshape("2021-03-14 09:05", "2021-03-14T08:00", false))
        .isEqualTo("2021-03-14 08:00");
    assertThat(TimeText.reshape("2021-03-14 9:05", "2021-03-14T18:00", false))
        .isEqualTo("2021-03-14 18:00");
  }

  @Test
  void secondsAndFractionsAreWrittenWhereTheValueNeedsThemWithAtLeastTheOldDigits() {
    assertThat(TimeText.reshape("2021-03-14 10:00", "2021-03-14T10:00:05", false))
        .isEqualTo("2021-03-14 10:00:05");
    assertThat(TimeText.reshape("2021-03-14 10:00", "2021-03-14T10:00:00.25", false))
        .isEqualTo("2021-03-14 10:00:00.25");
    assertThat(TimeText.reshape("10:00:00.500", "11:00:00.25", false)).isEqualTo("11:00:00.250");
    assertThat(TimeText.reshape("10:00:00.5", "11:00:00.123456789", false))
        .isEqualTo("11:00:00.123456789");
    assertThat(TimeText.reshape("10:00:00.000", "11:00", false)).isEqualTo("11:00:00.000");
  }

  @Test
  void anInstantInUtcIsWrittenAtTheOldOffsetWhenAsked() {
    assertThat(TimeText.reshape("2021-03-14T10:00:00+01:00", "2021-03-14T12:00:00Z", true))
        .isEqualTo("2021-03-14T13:00:00+01:00");
    assertThat(TimeText.reshape("2021-03-14 10:00:00 +0530", "2021-03-14T20:00:00Z", true))
        .isEqualTo("2021-03-15 01:30:00 +0530");
    assertThat(TimeText.reshape("2021-03-14T10:00:00-08:00", "2021-03-14T03:00:00Z", true))
        .isEqualTo("2021-03-13T19:00:00-08:00");
    assertThat(TimeText.reshape("2021-03-14T10:00:00+01:00", "2021-03-14T12:00:00Z", false))
        .isEqualTo("2021-03-14T12:00:00+00:00");
    assertThat(TimeText.reshape("2021-03-14T10:00:00+01:00", "2021-03-14T12:00:00+02:00", true))
        .isEqualTo("2021-03-14T12:00:00+02:00");
  }

  @Test
  void theOffsetTakesTheOldOffsetsStyle() {
    String value = "2021-03-14T10:00:00+02:00";
    assertThat(TimeText.reshape("2021-03-14T09:00:00Z", value, false))
        .isEqualTo("2021-03-14T10:00:00+02:00");
    assertThat(TimeText.reshape("2021-03-14T09:00:00+0100", value, false))
        .isEqualTo("2021-03-14T10:00:00+0200");
    assertThat(TimeText.reshape("2021-03-14 09:00:00 +01", value, false))
        .isEqualTo("2021-03-14 10:00:00 +02");
    assertThat(TimeText.reshape("2021-03-14 09:00:00 +1", value, false))
        .isEqualTo("2021-03-14 10:00:00 +2");
    assertThat(TimeText.reshape("2021-03-14 09:00:00 +1", "2021-03-14T10:00:00+05:30", false))
        .isEqualTo("2021-03-14 10:00:00 +05:30");
    assertThat(TimeText.reshape("2021-03-14T09:00:00z", "2021-03-14T10:00:00Z", false))
        .isEqualTo("2021-03-14T10:00:00z");
  }

  @Test
  void anOffsetTheOldTextHadNoneOfIsWrittenInIsoForm() {
    assertThat(TimeText.reshape("2021-03-14 10:00", "2021-03-14T10:00:00Z", false))
        .isEqualTo("2021-03-14 10:00 +00:00");
    assertThat(TimeText.reshape("2021-03-14T10:00", "2021-03-14T10:00:00-03:00", false))
        .isEqualTo("2021-03-14T10:00-03:00");
  }

  @Test
  void aBareDateIsWrittenAsItIs() {
    assertThat(TimeText.reshape("2021-03-14", "2022-01-01", false)).isEqualTo("2022-01-01");
  }

  @Test
  void valuesOfAnotherKindOrNoTimeAtAllAreNotReshaped() {
    assertThat(TimeText.reshape("2021-03-14", "2021-03-14T10:00", false)).isNull();
    assertThat(TimeText.reshape("2021-03-14T10:00", "2021-03-14", false)).isNull();
    assertThat(TimeText.reshape("10:00", "2021-03-14T10:00", false)).isNull();
    assertThat(TimeText.reshape("soon", "2021-03-14T10:00", false)).isNull();
    assertThat(TimeText.reshape("2021-03-14T10:00", "soon", false)).isNull();
  }
}
