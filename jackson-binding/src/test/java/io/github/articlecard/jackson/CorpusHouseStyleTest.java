package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The shared corpus (the seed and the 192 real cards of its family) and house styles: with
 * {@link HouseStyle#standard()} named explicitly, {@code mapper.write(doc.card())} gives every
 * file back byte for byte, with the file's line ending; and the style learned from the corpus
 * itself is the standard's in every choice that shows, so it does too.
 */
@NeedsCorpus
class CorpusHouseStyleTest {
  private static final CardMapper READER = CardMapper.builder().build();

  /** The files the style writes otherwise than they are, each with a diff. */
  private static Map<Path, String> writtenDifferently(HouseStyle style) {
    CardMapper lf = CardMapper.builder().houseStyle(style).lineEnding(LineEnding.LF).build();
    CardMapper crlf = CardMapper.builder().houseStyle(style).lineEnding(LineEnding.CRLF).build();
    Map<Path, String> different = new TreeMap<>();
    for (Path file : Corpus.allCards()) {
      String text = TestFiles.read(file);
      CardDocument doc = READER.read(text);
      String written = (doc.lineEnding() == LineEnding.CRLF ? crlf : lf).write(doc.card());
      if (!written.equals(text)) {
        different.put(file, LineDiff.unified(file.toString(), "written", text, written, 1));
      }
    }
    return different;
  }

  @Test
  void theStandardStyleWritesEveryCorpusCardBackByteForByte() {
    assertThat(Corpus.allCards()).hasSize(193);
    Map<Path, String> different = writtenDifferently(HouseStyle.standard());

    assertThat(different).as(String.join("\n", different.values())).isEmpty();
  }

  @Test
  void theStyleLearnedFromTheCorpusWritesItBackByteForByte() {
    List<CardDocument> documents = Corpus.allCards().stream()
        .map(file -> READER.read(TestFiles.read(file))).toList();
    HouseStyle learned = HouseStyle.learnFrom(documents);
    Map<Path, String> different = writtenDifferently(learned);

    assertThat(learned.cards()).isEqualTo(193);
    assertThat(different).as(String.join("\n", different.values())).isEmpty();
  }
}
