package io.github.articlecard.jackson.internal.usertype;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.jackson.internal.bind.StandardStyle;
import io.github.articlecard.jackson.internal.document.CardEditor;
import io.github.articlecard.jackson.internal.document.CardReader;
import io.github.articlecard.jackson.internal.document.EditStep;
import io.github.articlecard.jackson.internal.document.Edited;
import io.github.articlecard.jackson.internal.document.ParsedCard;
import io.github.articlecard.jackson.internal.patch.Width;
import io.github.articlecard.jackson.internal.yaml.HouseRules;
import io.github.articlecard.jackson.internal.yaml.ReadLimits;
import io.github.articlecard.jackson.internal.yaml.StyleDecision;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edit ladder records which step wrote each edit of a user's type: which data (the value in the
 * old text's forms, with only instants at the old offsets, as serialized, without the read model)
 * and which width. Each input here needs a known step, LF and CRLF.
 */
class EditLadderTest {
  private static final CardReader READER = new CardReader(ReadLimits.DEFAULTS);
  private static final CardEditor EDITOR = new CardEditor(READER,
      StyleDecision.of(HouseRules.NONE, StandardStyle.INSTANCE));

  /** The event of {@code ladder/event.md}, as a user's type. */
  record Event(String title, OffsetDateTime when, Instant at, BigDecimal price, List<String> tags,
      boolean draft) {}

  private static ParsedCard event(String eol) throws IOException {
    try (InputStream in = EditLadderTest.class.getResourceAsStream("ladder/event.md")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return READER.read(text.replace("\n", eol));
    }
  }

  private static Edited edit(String eol, UnaryOperator<Event> change) throws IOException {
    ParsedCard parsed = event(eol);
    UserTypes types = UserTypes.defaults();
    Event before = (Event) types.bind(parsed, types.type(Event.class));
    return types.with(parsed, change.apply(before), EDITOR);
  }

  private static final EditStep OLD_FORMS =
      new EditStep(EditStep.Data.VALUE_IN_OLD_FORMS, Width.MINIMAL);
  private static final EditStep INSTANT_OFFSETS =
      new EditStep(EditStep.Data.VALUE_IN_OLD_FORMS_INSTANT_OFFSETS, Width.MINIMAL);

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void valuesInTheOldTextsFormsAreTheFirstStepAndPatchOnlyWhatChanged(String eol)
      throws IOException {
    assertThat(edit(eol, e -> new Event("New title", e.when(), e.at(), e.price(), e.tags(),
        e.draft())).step()).isEqualTo(OLD_FORMS);
    assertThat(edit(eol, e -> new Event(e.title(), e.when(), e.at().plusSeconds(3600), e.price(),
        e.tags(), e.draft())).step()).as("an instant at the old offset").isEqualTo(OLD_FORMS);
    assertThat(edit(eol, e -> new Event(e.title(), e.when(), e.at(), new BigDecimal("2.125"),
        e.tags(), e.draft())).step()).as("more decimals than the old text").isEqualTo(OLD_FORMS);
    assertThat(edit(eol, e -> new Event(e.title(), e.when(), e.at(), e.price(),
        List.of("launch", "news"), !e.draft())).step()).as("a flow list reordered, a flag")
        .isEqualTo(OLD_FORMS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void anOffsetDateTimeMovedToUtcNeedsTheStepWhereOnlyInstantsKeepTheOldOffset(String eol)
      throws IOException {
    // at the old offset (+01:00) it would read back as another OffsetDateTime than the value's;
    // with only instants at their old offsets it keeps the old text's shape, at UTC
    Edited moved = edit(eol, e -> new Event(e.title(), e.when().withOffsetSameInstant(
        ZoneOffset.UTC), e.at(), e.price(), e.tags(), e.draft()));
    assertThat(moved.step()).isEqualTo(INSTANT_OFFSETS);
    assertThat(moved.card().layout().text()).contains("when: 2021-03-14T09:00:00+00:00" + eol)
        .contains("at: 2021-03-14T10:00:00+01:00" + eol);
    Edited later = edit(eol, e -> new Event(e.title(), e.when().withOffsetSameInstant(
        ZoneOffset.UTC).plusHours(1), e.at().plusSeconds(60), e.price(), e.tags(), e.draft()));
    assertThat(later.step()).isEqualTo(INSTANT_OFFSETS);
    assertThat(later.card().layout().text()).contains("when: 2021-03-14T10:00:00+00:00" + eol)
        .as("an instant keeps the old offset at that step too")
        .contains("at: 2021-03-14T10:01:00+01:00" + eol);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void anUnchangedValueKeepsTheTextAtTheStepThatKeepsIt(String eol) throws IOException {
    ParsedCard parsed = event(eol);
    Edited same = edit(eol, UnaryOperator.identity());
    assertThat(same.step()).isEqualTo(EditStep.TEXT_KEPT);
    assertThat(same.card().layout().text()).isEqualTo(parsed.layout().text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void anEditOfDataClimbsOnlyTheStepsOfData(String eol) throws IOException {
    ParsedCard parsed = event(eol);
    com.fasterxml.jackson.databind.node.ObjectNode data = parsed.source().data().deepCopy();
    data.put("title", "New title");
    Edited edited = EDITOR.withFrontMatter(parsed, data, parsed.layout().body());
    assertThat(edited.step()).isEqualTo(new EditStep(EditStep.Data.DATA, Width.MINIMAL));
    assertThat(EditStep.LADDER.stream().filter(step -> !step.data().isValue()).map(EditStep::width))
        .containsExactly(Width.values());
    assertThat(EditStep.LADDER.stream().map(EditStep::data).distinct())
        .containsExactly(EditStep.Data.values());
  }
}
