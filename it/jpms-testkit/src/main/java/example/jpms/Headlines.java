package example.jpms;

import io.github.articlecard.ArticleCard;
import java.util.Locale;

/** The application's edit: titles in capitals. */
public final class Headlines {
  private Headlines() {}

  /** The card with its title in capitals. */
  public static ArticleCard shout(ArticleCard card) {
    return card.toBuilder().title(card.title().toUpperCase(Locale.ROOT)).build();
  }
}
