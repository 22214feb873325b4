package io.github.articlecard.jackson.internal.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code InstantText} reads every text as {@code Instant.parse} does, its short way included. */
class InstantTextTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "2021-03-14T13:26:00Z", "1970-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
      "9999-12-31T23:59:59Z", "1969-12-31T23:59:59Z", "2024-02-29T12:00:00Z",
      "2000-02-29T00:00:00Z", "2021-03-14T24:00:00Z", "2021-12-31T23:59:60Z",
      "2021-03-14t13:26:00z", "2021-03-14T13:26:00.5Z", "2021-03-14T13:26:00.123456789Z",
      "2021-03-14T13:26:00.000Z", "2021-03-14T13:26:00.120Z", "1969-12-31T23:59:59.999999999Z",
      "2021-03-14T13:26:00.999999999Z", "2021-12-31T23:59:60.500Z",
      "2021-03-14T13:26:00.Z",
      "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "2021-03-14T13:26:00+01:00"})
  void readsWhatInstantParseReads(String text) {
    assertThat(InstantText.parse(text)).isEqualTo(Instant.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2023-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2021-04-31T00:00:00Z",
      "2021-13-01T00:00:00Z", "2021-00-10T00:00:00Z", "2021-01-00T00:00:00Z",
      "2021-03-14T25:00:00Z", "2021-03-14T24:00:01Z", "2021-03-14T13:60:00Z",
      "2021-03-14T13:26:61Z", "2021-03-14 13:26:00Z", "2021-03-14T13:26:00 ",
      "２０２１-03-14T13:26:00Z", "2021-0a-14T13:26:00Z", "2021/03/14T13:26:00Z",
      "2021-03-14T13:26:00X", "2021-03-14T13:26Z",
      "2021-03-14T13:26:00.1234567890Z", "2021-03-14T13:26:00,5Z", "2021-03-14T13:26:00.5",
      "2021-03-14T13:26:00.-5Z", "2021-03-14T13:26:00.5 Z", "2021-02-30T13:26:00.5Z",
      "yesterday", ""})
  void refusesWhatInstantParseRefuses(String text) {
    Throwable expected = catchThrowable(() -> Instant.parse(text));
    Throwable thrown = catchThrowable(() -> InstantText.parse(text));

    assertThat(expected).isNotNull();
    assertThat(thrown).isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
  }
}
