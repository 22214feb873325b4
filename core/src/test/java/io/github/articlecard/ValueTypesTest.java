package io.github.articlecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

  @Test
  void knownCategoryIsTheNamedConstant() {
    assertThat(Category.of("news")).isSameAs(Category.NEWS);
    assertThat(Category.NEWS.isKnown()).isTrue();
  }

  @Test
  void unknownCategoryIsKeptVerbatim() {
    Category category = Category.of("Podcasts ");

    assertThat(category.value()).isEqualTo("Podcasts ");
    assertThat(category.isKnown()).isFalse();
    assertThat(category).isEqualTo(Category.of("Podcasts ")).isNotEqualTo(Category.NEWS);
  }

  @Test
  void contentTypesAreOpenAndCompareByValue() {
    assertThat(ContentType.of("article")).isSameAs(ContentType.ARTICLE);
    assertThat(ContentType.of("video")).isSameAs(ContentType.VIDEO);
    assertThat(ContentType.of("podcast").isKnown()).isFalse();
    assertThat(ContentType.of("podcast")).hasToString("podcast").isEqualTo(ContentType.of("podcast"));
    assertThat((Object) ContentType.of("news")).isNotEqualTo(Category.of("news"));
  }

  @Test
  void urlKeepsTheRawStringEvenWhenUriRejectsIt() {
    Url url = Url.of("https://example.com/a|b?q=caf\u00e9 ");

    assertThat(url.raw()).isEqualTo("https://example.com/a|b?q=caf\u00e9 ");
    assertThat(url).hasToString("https://example.com/a|b?q=caf\u00e9 ");
  }

  @Test
  void urlOffersAParsedViewWherePossible() {
    assertThat(Url.of("https://example.com/a?b=c").toUri()).contains(URI.create("https://example.com/a?b=c"));
    assertThat(Url.of("https://example.com/a|b").toUri()).contains(URI.create("https://example.com/a%7Cb"));
    assertThat(Url.of("https://example.com/caf\u00e9").toUri()).contains(URI.create("https://example.com/caf\u00e9"));
    assertThat(Url.of("https://exa mple.com/%zz").toUri()).isEmpty();
  }

  @Test
  void wellFormedUrlsNeedASchemeAndNoWhitespace() {
    assertThat(Url.of("https://example.com/a|b").isWellFormed()).isTrue();
    assertThat(Url.of("mailto:someone@example.com").isWellFormed()).isTrue();
    assertThat(Url.of("example.com/a").isWellFormed()).isFalse();
    assertThat(Url.of("https://example.com/a b").isWellFormed()).isFalse();
    assertThat(Url.of("https://example.com/\u00a0").isWellFormed()).isFalse();
    assertThat(Url.of("").isWellFormed()).isFalse();
  }

  @Test
  void securedIsOpaqueAndAbbreviatedInToString() {
    String blob = "b24SugAOKO8pztTI6vqtW0YSFna2H2Yc==;Hkkyzn3YYuPEhdTPyESv3w==";
    Secured secured = Secured.of(blob);

    assertThat(secured.value()).isEqualTo(blob);
    assertThat(secured.toString()).doesNotContain(blob).contains("b24SugAO").contains(blob.length() + " chars");
    assertThat(secured).isEqualTo(Secured.of(blob));
  }

  @Test
  void extrasKeepOrderAndNulls() {
    Extras extras = Extras.builder().put("z", 1).put("a", null).put("m", "x").build();

    assertThat(extras.keys()).containsExactly("z", "a", "m");
    assertThat(extras.containsKey("a")).isTrue();
    assertThat(extras.get("a")).isNull();
    assertThat(extras.asMap()).containsEntry("m", "x");
  }

  @Test
  void aBuilderUsedAfterBuildLeavesWhatItBuiltAlone() {
    Extras.Builder builder = Extras.builder().put("a", 1).put("b", 2);
    Extras first = builder.build();
    Extras second = builder.put("c", 3).remove("a").build();
    Extras third = builder.remove("not there").put("b", 20).build();
    Extras fourth = builder.build();

    assertThat(first.keys()).containsExactly("a", "b");
    assertThat(first.get("b")).isEqualTo(2);
    assertThat(second.keys()).containsExactly("b", "c");
    assertThat(second.get("b")).isEqualTo(2);
    assertThat(third.keys()).containsExactly("b", "c");
    assertThat(third.get("b")).isEqualTo(20);
    assertThat(fourth).isEqualTo(third);
    assertThat(builder.remove("b").remove("c").build()).isSameAs(Extras.empty());
    assertThat(fourth.keys()).containsExactly("b", "c");
  }

  @Test
  void extrasEqualityIsOrderSensitive() {
    Extras ab = Extras.builder().put("a", 1).put("b", 2).build();
    Extras ba = Extras.builder().put("b", 2).put("a", 1).build();

    assertThat(ab).isNotEqualTo(ba);
    assertThat(ab).isEqualTo(Extras.builder().put("a", 1).put("b", 2).build());
  }

  @Test
  void extrasNormaliseNumbers() {
    Extras extras = Extras.builder()
        .put("int", 1L)
        .put("long", 1L << 40)
        .put("big", BigInteger.valueOf(7))
        .put("huge", BigInteger.TEN.pow(30))
        .put("float", 1.5f)
        .put("decimal", new BigDecimal("1.50"))
        .build();

    assertThat(extras.get("int")).isEqualTo(1);
    assertThat(extras.get("long")).isEqualTo(1L << 40);
    assertThat(extras.get("big")).isEqualTo(7);
    assertThat(extras.get("huge")).isEqualTo(BigInteger.TEN.pow(30));
    assertThat(extras.get("float")).isEqualTo(1.5d);
    assertThat(extras.get("decimal")).isEqualTo(new BigDecimal("1.50"));
    assertThat(extras).isEqualTo(Extras.builder().put("int", 1).put("long", 1L << 40).put("big", 7L)
        .put("huge", BigInteger.TEN.pow(30)).put("float", 1.5d).put("decimal", new BigDecimal("1.50")).build());
  }

  @Test
  void extrasCopyNestedDataDeeplyAndImmutably() {
    List<Object> list = new ArrayList<>(Arrays.asList("a", null, 3));
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("list", list);
    Extras extras = Extras.of(Map.of("nested", map));

    list.add("later");

    @SuppressWarnings("unchecked")
    Map<String, Object> nested = (Map<String, Object>) extras.get("nested");
    assertThat(nested.get("list")).asList().containsExactly("a", null, 3);
    assertThatThrownBy(() -> nested.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<?>) nested.get("list")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void extrasCopyDataNestedAHundredThousandDeepWithoutRecursion() {
    Object list = "leaf";
    Object map = "leaf";
    for (int i = 0; i < 100_000; i++) {
      list = List.of(list);
      map = Map.of("k", map);
    }

    Extras extras = Extras.builder().put("list", list).put("map", map).build();

    Object inner = extras.get("list");
    int depth = 0;
    while (inner instanceof List<?> items) {
      inner = items.get(0);
      depth++;
    }
    assertThat(depth).isEqualTo(100_000);
    assertThat(inner).isEqualTo("leaf");
    Extras again = Extras.builder().put("list", list).put("map", map).build();
    assertThat(extras.equals(again)).isTrue();
    assertThat(extras.hashCode()).isEqualTo(again.hashCode());
    assertThat(extras.with("map", "other").equals(again)).isFalse();
    assertThat(extras.toString()).startsWith("{list=[[[[").endsWith("...")
        .hasSizeLessThan(PlainValues.MAX_TEXT + 10);
    ArticleCard card = ArticleCard.builder().title("t").extras(extras).build();
    assertThat(card).isEqualTo(ArticleCard.builder().title("t").extras(again).build())
        .hasSameHashCodeAs(ArticleCard.builder().title("t").extras(again).build());
    assertThat(card.toString()).contains("title");
  }

  @Test
  void extrasHashCompareAndPrintAsListsAndMapsDo() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("b", Arrays.asList(1, null, List.of("x", 2.5)));
    nested.put("a", Map.of("k", true));
    Extras extras = Extras.builder().put("n", nested).put("s", "t").put("z", null).build();
    Map<String, Object> plain = new LinkedHashMap<>();
    plain.put("n", nested);
    plain.put("s", "t");
    plain.put("z", null);

    assertThat(extras.hashCode()).isEqualTo(plain.hashCode());
    assertThat(extras.toString()).isEqualTo(plain.toString());
    Map<String, Object> reordered = new LinkedHashMap<>();
    reordered.put("a", Map.of("k", true));
    reordered.put("b", Arrays.asList(1, null, List.of("x", 2.5)));
    assertThat(Extras.builder().put("n", reordered).put("s", "t").put("z", null).build())
        .isEqualTo(extras); // nested maps compare as maps do, in any order
    assertThat(Extras.builder().put("s", "t").put("n", nested).put("z", null).build())
        .isNotEqualTo(extras); // the holder's own keys compare in order
    assertThat(Extras.builder().put("n", Map.of("b", List.of(1), "a", Map.of("k", true)))
        .put("s", "t").put("z", null).build()).isNotEqualTo(extras);
  }

  @Test
  void extrasCopySharedDataOnceAndRefuseDataHoldingItself() {
    Object level = List.of("x");
    for (int i = 0; i < 60; i++) {
      level = List.of(level, level); // 2^60 paths, 61 distinct lists
    }
    Extras extras = Extras.of(Map.of("shared", level));
    List<?> top = (List<?>) extras.get("shared");
    assertThat(top.get(0)).isSameAs(top.get(1));
    Object copy = List.of("x");
    for (int i = 0; i < 60; i++) {
      copy = List.of(copy, copy); // equal to level, shared no object with it
    }
    Extras other = Extras.of(Map.of("shared", copy));
    assertThat(extras).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(extras.toString()).hasSizeLessThan(PlainValues.MAX_TEXT + 10);

    List<Object> self = new ArrayList<>();
    self.add(1);
    self.add(self);
    assertThatThrownBy(() -> Extras.builder().put("loop", Map.of("a", self)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("loop.a[1]: the value contains itself");
  }

  @Test
  void extrasRejectNonPlainDataWithItsPath() {
    assertThatThrownBy(() -> Extras.builder().put("when", List.of(new Object())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("when[0]: not plain data");
    assertThatThrownBy(() -> Extras.of(Map.of("m", Map.of(1, "x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("m: map keys must be strings");
  }

  @Test
  void extrasWithAndWithoutReturnNewHolders() {
    Extras extras = Extras.builder().put("a", 1).put("b", 2).build();

    Extras replaced = extras.with("a", 9);
    Extras appended = extras.with("c", 3);
    Extras removed = extras.without("a");

    assertThat(replaced.keys()).containsExactly("a", "b");
    assertThat(replaced.get("a")).isEqualTo(9);
    assertThat(appended.keys()).containsExactly("a", "b", "c");
    assertThat(removed.keys()).containsExactly("b");
    assertThat(extras.without("zzz")).isSameAs(extras);
    assertThat(extras.get("a")).isEqualTo(1);
  }

  @Test
  void extrasAtEveryLevel() {
    Extras extras = Extras.builder().put("sourceUrl", "https://e.com").build();

    assertThat(Image.builder().extras(extras).build().extras()).isEqualTo(extras);
    assertThat(Provider.builder().extra("sourceUrl", "https://e.com").build().extras()).isEqualTo(extras);
    assertThat(RelatedArticle.builder().extra("sourceUrl", "https://e.com").build().extras()).isEqualTo(extras);
    assertThat(ArticleCard.builder().extra("sourceUrl", "https://e.com").build().extras()).isEqualTo(extras);
  }
}
