package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A new string that its plain siblings cannot hold takes the quotes the house style gives its key
 * (single-quoted excerpts stay single-quoted), where those quotes can hold it; through
 * {@code withCard} and {@code mapper.write(card)}.
 */
class HouseQuotesForStringsThatNeedThemTest {

  private static HouseStyle singleQuotedExcerpts(Path folder, String eol) throws Exception {
    for (int i = 0; i < 5; i++) {
      Files.writeString(folder.resolve("card-" + i + ".md"), ("---\ncategory: news\ntitle: Card " + i
          + "\nexcerpt: 'Words of card " + i + ".'\nquality: " + i + "\n---\n\n").replace("\n", eol));
    }
    return HouseStyle.learnFrom(folder);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void aNewExcerptNeedingQuotesBesidePlainSiblingsIsSingleQuotedAsTheHouseWritesExcerpts(
      String eol, @TempDir Path folder) throws Exception {
    CardMapper mapper = CardMapper.builder().houseStyle(singleQuotedExcerpts(folder, eol)).build();
    CardDocument doc = mapper.read(
        ("---\ncategory: news\ntitle: plain title\nquality: 5\n---\n\n").replace("\n", eol));
    for (List<String> expected : List.of(List.of("new: text", "'new: text'"),
        List.of("it's #1", "'it''s #1'"), List.of("yes", "'yes'"), List.of("- dash", "'- dash'"),
        List.of("plain words", "plain words"), List.of("tab\there: x", "\"tab\\there: x\""))) {
      String text = doc.withCard(doc.card().toBuilder().excerpt(expected.get(0)).build()).text();
      assertThat(text).as(expected.get(0))
          .contains(eol + "excerpt: " + expected.get(1) + eol)
          .startsWith(("---\ncategory: news\ntitle: plain title\n").replace("\n", eol));
      assertThat(mapper.read(text).card().excerpt()).isEqualTo(expected.get(0));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void aCardWrittenNewInThatHouseSingleQuotesItsExcerptAndPlainTitles(String eol,
      @TempDir Path folder) throws Exception {
    CardMapper mapper = CardMapper.builder().houseStyle(singleQuotedExcerpts(folder, eol)).build();
    String text = mapper.write(io.github.articlecard.ArticleCard.builder()
        .category(io.github.articlecard.Category.NEWS).title("A: title").excerpt("x: y").build());

    assertThat(text).contains("excerpt: 'x: y'" + eol).contains("title: \"A: title\"" + eol);
  }
}
