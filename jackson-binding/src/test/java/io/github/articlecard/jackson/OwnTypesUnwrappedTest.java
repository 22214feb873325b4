package io.github.articlecard.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@code with(value)} through a type with a {@code @JsonUnwrapped} property: its flattened keys are
 * the type's own, so a changed value there keeps its old form as any other does, on a field or a
 * setter, with or without a prefix.
 */
class OwnTypesUnwrappedTest {
  private static final CardMapper MAPPER = CardMapper.builder().build();

  static final class Price {
    public double amount;
    public @Nullable String currency;
  }

  static final class Page {
    public @Nullable String title;
    @JsonUnwrapped public @Nullable Price price;
  }

  static final class Prefixed {
    public @Nullable String title;
    private @Nullable Price price;

    public @Nullable Price getPrice() {
      return price;
    }

    @JsonUnwrapped(prefix = "price_")
    public void setPrice(Price price) {
      this.price = price;
    }
  }

  @Test
  void aChangedUnwrappedValueKeepsItsOldDecimals() {
    String text = "---\r\ntitle: T\r\namount: 1.50 # net\r\ncurrency: EUR\r\nnote: kept\r\n---\r\n";
    CardDocument doc = MAPPER.read(text);
    Page page = doc.as(Page.class);
    page.price.amount = 2.5;

    assertThat(doc.with(page).text()).isEqualTo(text.replace("1.50", "2.50"));
  }

  @Test
  void aChangedValueUnwrappedWithAPrefixThroughASetterKeepsItsOldDecimals() {
    String text = "---\ntitle: T\nprice_amount: 1.500\nprice_currency: EUR\n---\nbody\n";
    CardDocument doc = MAPPER.read(text);
    Prefixed page = doc.as(Prefixed.class);
    page.getPrice().amount = 0.25;

    assertThat(doc.with(page).text()).isEqualTo(text.replace("1.500", "0.250"));
  }
}
