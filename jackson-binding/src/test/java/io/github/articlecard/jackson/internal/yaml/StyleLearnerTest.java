package io.github.articlecard.jackson.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.jackson.internal.document.CardReader;
import io.github.articlecard.jackson.internal.text.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The learner on its own: learners of parts of a repository, merged, learn what one learner
 * learns from all of it, in any split and whatever a learner counts after a merge.
 */
class StyleLearnerTest {
  /** The front matters of the resources beside this test, each split at its "---" lines, LF and CRLF. */
  private static List<SourceMap> cards() throws IOException {
    List<SourceMap> cards = new ArrayList<>();
    for (String name : List.of("cards-to-learn-from.yaml", "keys-that-need-brackets.yaml")) {
      String text;
      try (InputStream in = StyleLearnerTest.class.getResourceAsStream(name)) {
        text = new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
      }
      String[] parts = text.split("(?m)^---\\n");
      for (int i = 1; i < parts.length; i++) {
        cards.add(parse(parts[i]));
        cards.add(parse(parts[i].replace("\n", "\r\n")));
      }
    }
    return cards;
  }

  private static SourceMap parse(String text) {
    return CardReader.readFrontMatter(text, ReadLimits.DEFAULTS, SourceText.of(text), 0);
  }

  private static StyleLearner learnerOf(List<SourceMap> cards, int from, int to) {
    StyleLearner learner = new StyleLearner();
    for (SourceMap card : cards.subList(from, to)) {
      learner.add(card, card.text().contains("\r\n") ? "\r\n" : "\n", "");
    }
    return learner;
  }

  @Test
  void learnersOfPartsMergedLearnWhatOneLearnerLearnsFromAll() throws IOException {
    List<SourceMap> cards = cards();
    int n = cards.size();
    HouseRules all = learnerOf(cards, 0, n).rules();
    assertThat(all.quoting()).containsKeys("tags[]", "images[].url", "[\"og.title\"]",
        "params.back\\slash[]", "extra[\"c[]\"]");

    for (int split = 0; split <= n; split++) {
      assertThat(learnerOf(cards, 0, split).merge(learnerOf(cards, split, n)).rules())
          .as("split at %d", split).isEqualTo(all);
    }
  }

  @Test
  void aLearnerThatGoesOnCountingAfterAMergeLearnsWhatOneLearnerLearnsFromAll()
      throws IOException {
    List<SourceMap> cards = cards();
    int n = cards.size();
    HouseRules all = learnerOf(cards, 0, n).rules();

    for (int split = 0; split < n; split++) {
      StyleLearner learner = learnerOf(cards, 0, split / 2).merge(learnerOf(cards, split / 2, split));
      for (SourceMap card : cards.subList(split, n)) {
        learner.add(card, card.text().contains("\r\n") ? "\r\n" : "\n", "");
      }
      assertThat(learner.rules()).as("merged at %d", split).isEqualTo(all);
    }
  }

  @Test
  void aLearnerMergedWithOneThatSawOtherPlacesCountsThemAsItsOwnThereafter() throws IOException {
    List<SourceMap> cards = cards();
    int n = cards.size();
    // the second half first, then the first half, then the second half again: each place's
    // counts are found again whichever learner met it first
    StyleLearner merged = learnerOf(cards, n / 2, n).merge(learnerOf(cards, 0, n / 2));
    for (SourceMap card : cards.subList(n / 2, n)) {
      merged.add(card, card.text().contains("\r\n") ? "\r\n" : "\n", "");
    }
    StyleLearner straight = learnerOf(cards, n / 2, n);
    for (SourceMap card : cards) {
      straight.add(card, card.text().contains("\r\n") ? "\r\n" : "\n", "");
    }

    assertThat(merged.rules()).isEqualTo(straight.rules());
  }
}
