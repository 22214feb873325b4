package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which date-time texts of YAML and Jekyll each {@code java.time} type reads with the default
 * {@code ObjectMapper}, and that every form comes back as it was, and in its own shape when changed.
 */
class OwnTypesDatesTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();
  private static final String TEXT = TestFiles.resource("own-types/jekyll-forms.md");

  record Local(LocalDateTime local_minutes, LocalDateTime local_seconds,
      LocalDateTime local_fraction) {}

  record Offsets(OffsetDateTime offset_compact, OffsetDateTime offset_colon,
      OffsetDateTime offset_attached, OffsetDateTime offset_hours, OffsetDateTime utc,
      OffsetDateTime iso) {}

  record Zoned(ZonedDateTime offset_compact, ZonedDateTime offset_colon,
      ZonedDateTime offset_attached, ZonedDateTime offset_hours, ZonedDateTime utc,
      ZonedDateTime iso) {}

  record Instants(Instant offset_compact, Instant offset_colon, Instant offset_attached,
      Instant offset_hours, Instant utc, Instant iso) {}

  @Test
  void spaceSeparatedTextsWithoutAnOffsetReadAsLocalDateTime() {
    CardDocument doc = MAPPER.read(TEXT);
    Local local = doc.as(Local.class);

    assertThat(local).isEqualTo(new Local(LocalDateTime.parse("2021-03-14T10:00"),
        LocalDateTime.parse("2021-03-14T10:00:05"), LocalDateTime.parse("2021-03-14T10:00:05.25")));
    assertThat(doc.with(local).text()).isEqualTo(TEXT);
    assertThat(doc.with(new Local(local.local_minutes().plusDays(1),
        local.local_seconds().plusDays(1), local.local_fraction().plusDays(1))).text())
        .isEqualTo(TEXT.replace("local_minutes: 2021-03-14", "local_minutes: 2021-03-15")
            .replace("local_seconds: 2021-03-14", "local_seconds: 2021-03-15")
            .replace("local_fraction: 2021-03-14", "local_fraction: 2021-03-15"));
  }

  @Test
  void textsWithAnOffsetReadAsOffsetDateTimeZonedDateTimeAndInstant() {
    CardDocument doc = MAPPER.read(TEXT);
    Offsets offsets = doc.as(Offsets.class);
    Zoned zoned = doc.as(Zoned.class);
    Instants instants = doc.as(Instants.class);

    OffsetDateTime ten = OffsetDateTime.parse("2021-03-14T10:00:00+01:00");
    assertThat(List.of(offsets.offset_compact(), offsets.offset_colon(),
        offsets.offset_attached(), offsets.iso())).containsOnly(ten);
    assertThat(offsets.offset_hours()).isEqualTo(OffsetDateTime.parse("2001-12-14T21:59:43.10-05:00"));
    assertThat(offsets.utc()).isEqualTo(OffsetDateTime.parse("2021-03-14T09:00:00Z"));
    assertThat(zoned.offset_compact().toOffsetDateTime()).isEqualTo(ten);
    assertThat(instants.offset_compact()).isEqualTo(ten.toInstant());
    assertThat(instants.utc()).isEqualTo(ten.toInstant());

    for (Object value : List.of(offsets, zoned, instants)) {
      assertThat(doc.with(value).text()).isEqualTo(TEXT);
    }
  }

  @Test
  void changedInstantsKeepEveryOffsetStyle() {
    CardDocument doc = MAPPER.read(TEXT);
    Instants i = doc.as(Instants.class);
    Duration hour = Duration.ofHours(1);

    String edited = doc.with(new Instants(i.offset_compact().plus(hour), i.offset_colon().plus(hour),
        i.offset_attached().plus(hour), i.offset_hours().plus(hour), i.utc().plus(hour),
        i.iso().plus(hour))).text();

    assertThat(edited).isEqualTo(TEXT
        .replace("2021-03-14 10:00:00 +0100", "2021-03-14 11:00:00 +0100")
        .replace("2021-03-14 10:00:00 +01:00", "2021-03-14 11:00:00 +01:00")
        .replace("2021-03-14 10:00:00+01:00", "2021-03-14 11:00:00+01:00")
        .replace("2001-12-14 21:59:43.10 -5", "2001-12-14 22:59:43.10 -5")
        .replace("2021-03-14 09:00:00 Z", "2021-03-14 10:00:00 Z")
        .replace("2021-03-14T10:00:00+01:00", "2021-03-14T11:00:00+01:00"));
  }

  record LocalFromOffset(LocalDateTime offset_compact) {}

  record OffsetFromLocal(OffsetDateTime local_minutes) {}

  record DateFromDateTime(LocalDate local_minutes) {}

  @Test
  void aTypeThatCannotHoldTheTextIsABindingError() {
    CardDocument doc = MAPPER.read(TEXT);

    assertThatThrownBy(() -> doc.as(LocalFromOffset.class))
        .isInstanceOfSatisfying(CardBindingException.class,
            e -> assertThat(e.path()).isEqualTo("offset_compact"));
    assertThatThrownBy(() -> doc.as(OffsetFromLocal.class))
        .isInstanceOfSatisfying(CardBindingException.class, e -> {
          assertThat(e.path()).isEqualTo("local_minutes");
          assertThat(e.line()).isEqualTo(2);
        });
    assertThatThrownBy(() -> doc.as(DateFromDateTime.class))
        .isInstanceOf(CardBindingException.class);
  }
}
