package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlecard.ArticleCard;
import io.github.articlecard.Provider;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A house whose order ranks some keys the model does not know ({@code sourceUrl} of the older
 * schema) and orders a record's keys its own way: a card written new in it has its other unknown
 * keys after the known keys of their level, and no blank line where the house never puts one.
 */
class UnknownKeysInALearnedHouseTest {
  private static final String CARD = """
      ---
      title: "T"
      publishedDateTime: 2021-03-11T13:26:00Z
      sourceUrl: https://a.com/1
      type: article
      provider:
        domain: p.com
        name: P
      ---
      """;

  @TempDir
  Path folder;

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void unknownKeysGoLastAtEveryLevelWithoutBlankLinesTheHouseNeverWrites(String eol)
      throws Exception {
    Files.writeString(folder.resolve("a.md"), CARD.replace("\n", eol));
    Files.writeString(folder.resolve("b.md"), CARD.replace("\n", eol).replace("\"T\"", "\"U\""));
    CardMapper mapper = CardMapper.builder().houseStyle(HouseStyle.learnFrom(folder)).build();
    ArticleCard card = mapper.read(Files.readString(folder.resolve("a.md"))).card();
    Provider provider = java.util.Objects.requireNonNull(card.provider());

    for (boolean before : new boolean[] {true, false}) {
      ArticleCard.Builder more = card.toBuilder();
      if (before) { // the new unknown key first among the card's unknown keys, then after them
        more.extras(io.github.articlecard.Extras.builder().put("zzz", 1)
            .put("sourceUrl", "https://a.com/1").build());
      } else {
        more.extra("zzz", 1);
      }
      more.provider(provider.toBuilder().extra("qq", 2).build());

      assertThat(mapper.write(more.build())).isEqualTo(
          CARD.replace("  name: P\n", "  name: P\n  qq: 2\nzzz: 1\n").replace("\n", eol));
    }
  }
}
