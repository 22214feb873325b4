package io.github.articlecard.jackson.internal.usertype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link JekyllDates}: the space-separated date-times of YAML and Jekyll read as the same values
 * as their ISO forms, for each {@code java.time} type and either time-zone setting; everything
 * else is jsr310's.
 */
class JekyllDatesTest {
  private static final ObjectMapper ADJUSTING = mapper(true);
  private static final ObjectMapper KEEPING = mapper(false);

  private static ObjectMapper mapper(boolean adjust) {
    return JsonMapper.builder().addModule(new JavaTimeModule()).addModule(JekyllDates.module())
        .configure(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE, adjust).build();
  }

  private static <T> T read(ObjectMapper mapper, String text, Class<T> type) throws Exception {
    return mapper.readValue(mapper.writeValueAsString(text), type);
  }

  record Pattern(@JsonFormat(pattern = "dd.MM.yyyy HH:mm") LocalDateTime at) {}

  @Test
  void aSpaceSeparatedTextWithoutAnOffsetIsALocalDateTime() throws Exception {
    for (String text : List.of("2021-03-14 10:00", "2021-03-14\t10:00", "2021-03-14   10:00:00",
        " 2021-03-14 10:00 ")) {
      assertThat(read(ADJUSTING, text, LocalDateTime.class)).as("'%s'", text)
          .isEqualTo(LocalDateTime.parse("2021-03-14T10:00"));
    }
    assertThat(read(ADJUSTING, "2021-03-14 10:00:05.25", LocalDateTime.class))
        .isEqualTo(LocalDateTime.parse("2021-03-14T10:00:05.250"));
  }

  private static final List<String[]> WITH_OFFSETS = List.of(
      new String[] {"2021-03-14 10:00:00 +0100", "2021-03-14T10:00:00+01:00"},
      new String[] {"2021-03-14 10:00 -05:30", "2021-03-14T10:00:00-05:30"},
      new String[] {"2021-03-14 23:30:00.5Z", "2021-03-14T23:30:00.5Z"},
      new String[] {"2021-03-14\t10:00 +1", "2021-03-14T10:00:00+01:00"});

  @Test
  void aSpaceSeparatedTextWithAnOffsetReadsAsItsIsoFormDoesForEveryZonedType() throws Exception {
    for (String[] pair : WITH_OFFSETS) {
      for (Class<?> type : List.of(OffsetDateTime.class, ZonedDateTime.class, Instant.class)) {
        assertThat(read(KEEPING, pair[0], type)).as("%s as %s", pair[0], type.getSimpleName())
            .isEqualTo(read(KEEPING, pair[1], type));
      }
    }
  }

  @Test
  void adjustedToTheContextTimeZoneItIsTheSameInstantAtTheSameOffset() throws Exception {
    for (String[] pair : WITH_OFFSETS) {
      assertThat(read(ADJUSTING, pair[0], OffsetDateTime.class)).as(pair[0])
          .isEqualTo(read(ADJUSTING, pair[1], OffsetDateTime.class));
      assertThat(read(ADJUSTING, pair[0], ZonedDateTime.class).toOffsetDateTime()).as(pair[0])
          .isEqualTo(read(ADJUSTING, pair[1], ZonedDateTime.class).toOffsetDateTime());
      assertThat(read(ADJUSTING, pair[0], Instant.class)).as(pair[0])
          .isEqualTo(read(ADJUSTING, pair[1], Instant.class));
    }
  }

  @Test
  void theContextTimeZoneSettingDecidesTheOffsetOfTheValue() throws Exception {
    String text = "2021-03-14 10:00:00 +0100";

    assertThat(read(KEEPING, text, OffsetDateTime.class))
        .isEqualTo(OffsetDateTime.parse("2021-03-14T10:00:00+01:00"));
    assertThat(read(ADJUSTING, text, OffsetDateTime.class))
        .isEqualTo(OffsetDateTime.parse("2021-03-14T09:00:00Z"));
    assertThat(read(ADJUSTING, text, Instant.class)).isEqualTo(Instant.parse("2021-03-14T09:00:00Z"));
  }

  @Test
  void aTextWithAnOffsetIsNoLocalDateTimeAndOneWithoutIsNoInstant() {
    assertThatThrownBy(() -> read(ADJUSTING, "2021-03-14 10:00 +0100", LocalDateTime.class))
        .isInstanceOf(JsonMappingException.class);
    for (Class<?> type : List.of(OffsetDateTime.class, ZonedDateTime.class, Instant.class)) {
      assertThatThrownBy(() -> read(ADJUSTING, "2021-03-14 10:00", type)).as(type.getSimpleName())
          .isInstanceOf(JsonMappingException.class);
    }
  }

  @Test
  void isoTextsAndNumbersAreLeftToJsr310() throws Exception {
    assertThat(read(ADJUSTING, "2021-03-14T10:00", LocalDateTime.class))
        .isEqualTo(LocalDateTime.parse("2021-03-14T10:00"));
    assertThat(ADJUSTING.readValue("1615716000", Instant.class))
        .isEqualTo(Instant.parse("2021-03-14T10:00:00Z"));
    assertThat(ADJUSTING.readValue("null", Instant.class)).isNull();
    assertThatThrownBy(() -> read(ADJUSTING, "2021-02-30 10:00", LocalDateTime.class))
        .isInstanceOf(JsonMappingException.class);
  }

  @Test
  void aPropertyWithAFormatPatternReadsByItsPatternOnly() throws Exception {
    assertThat(KEEPING.readValue("{\"at\": \"14.03.2021 10:00\"}", Pattern.class))
        .isEqualTo(new Pattern(LocalDateTime.parse("2021-03-14T10:00")));
    assertThatThrownBy(() -> KEEPING.readValue("{\"at\": \"2021-03-14 10:00\"}", Pattern.class))
        .isInstanceOf(JsonMappingException.class);
  }
}
