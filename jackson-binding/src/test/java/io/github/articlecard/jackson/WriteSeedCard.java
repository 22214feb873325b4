package io.github.articlecard.jackson;

import java.nio.file.Path;

/**
 * Writes the seed card over a file through {@link CardMapper#write(ArticleCard, Path)}, without
 * reading the file first, for tests that run it as another user: {@code allow|refuse FILE}. Prints
 * a refusal's kind and message and exits with 1.
 */
public final class WriteSeedCard {
  private WriteSeedCard() {}

  /** Writes the card; {@code args[0]} says whether attribute loss is allowed. */
  public static void main(String[] args) {
    CardMapper mapper = CardMapper.builder().allowAttributeLoss(args[0].equals("allow")).build();
    try {
      mapper.write(mapper.read(TestFiles.resource("cards/seed.md")).card(), Path.of(args[1]));
    } catch (CardException e) {
      System.out.println(e.kind() + ": " + e.getMessage());
      System.exit(1);
    }
  }
}
