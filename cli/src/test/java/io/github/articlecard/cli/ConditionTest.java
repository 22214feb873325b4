package io.github.articlecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlecard.jackson.CardMapper;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The conditions of {@code --where} on a card ({@code cli/where/card.md}) with a list, nested
 * mappings, a number with a fraction, an instant with an offset, a key without a value and keys
 * whose names hold the operators' characters: each operator, its negation, lists matched by any
 * item, and the conditions that are wrong usage, naming the problem. LF and CRLF read alike.
 */
class ConditionTest {
  private static final String CARD = TestFiles.resource("cli/where/card.md");
  private static final CardMapper MAPPER = CardMapper.builder().build();

  private static boolean holds(String condition, String eol) {
    ObjectNode data = MAPPER.read(CARD.replace("\n", eol)).frontMatter();
    return Condition.parse(condition).holdsFor(data);
  }

  @ParameterizedTest(name = "{0} holds: {1}")
  @CsvSource(delimiter = '|', value = {
      // text: contains in any case, a phrase, JSON-quoted text, spaces around the operator
      "title~AI                                  | true",
      "title~ai                                  | true",
      "title~videos to                           | true",
      "'title~\"videos to\"'                     | true",
      "' title ~ Train '                         | true",
      "title~Google                              | false",
      "title!~Google                             | true",
      "title!~ai                                 | false",
      "originalUrl~?w=1200&strip=all             | true",
      // regular expressions: case-sensitive unless (?i)
      "title=~^Facebook                          | true",
      "title=~^facebook                          | false",
      "title=~(?i)^facebook                      | true",
      "title!=~\\bAI$                            | false",
      "title=~\\bA$                              | false",
      // equality, the value read as set reads it
      "title=Facebook will use your videos to train its AI | true",
      "title=Facebook                            | false",
      "provider.name=VentureBeat                 | true",
      "provider.name=venturebeat                 | false",
      "provider.name~venture                     | true",
      "quality=87                                | true",
      "quality=87.0                              | true",
      "'quality=\"87\"'                          | false",
      "quality!=87                               | false",
      "quality!=60                               | true",
      "published=true                            | true",
      "published=false                           | false",
      "published!=false                          | true",
      "excerpt=                                  | true",
      "'excerpt=\"\"'                            | true",
      "price=null                                | true",
      "heat=-1                                   | true",
      // lists: any item, or the whole list given as JSON
      "topics~intelligence                       | true",
      "topics~Apple                              | false",
      "topics!~Apple                             | true",
      "topics=Facebook                           | true",
      "topics=facebook                           | false",
      "topics!=Facebook                          | false",
      "'topics=[\"Artificial Intelligence\",\"Facebook\"]' | true",
      "'topics=[\"Facebook\"]'                   | false",
      "topics[0]=Artificial Intelligence         | true",
      "topics[-1]~book                           | true",
      "topics=~^Art                              | true",
      "images[0].width>1000                      | true",
      "images[-1].height<=630                    | true",
      // numbers
      "quality>=87                               | true",
      "quality>87                                | false",
      "quality<100                               | true",
      "quality<=86                               | false",
      "heat<0                                    | true",
      "heat>=-1                                  | true",
      "related[0].quality>12                     | true",
      "related[0].quality=12.50                  | true",
      "related[0].quality<12.5                   | false",
      "title>5                                   | false",
      // instants, instants with offsets, and dates (their start, UTC)
      "publishedDateTime>=2021-03-12             | true",
      "publishedDateTime<2021-03-12              | false",
      "publishedDateTime<2021-03-12T21:41:00Z    | false",
      "publishedDateTime<=2021-03-12T21:41:00Z   | true",
      "publishedDateTime>2021-03-12T22:00:00+02:00 | true",
      "related[0].publishedDateTime<2020-01-02T02:00:00Z | true",
      "related[0].publishedDateTime>2020-01-02   | true",
      "quality>2021-01-01                        | false",
      // presence: a key without a value is there; a missing key is none of the others
      "has:price                                 | true",
      "!has:price                                | false",
      "has:sourceUrl                             | false",
      "!has:sourceUrl                            | true",
      "has:provider.domain                       | true",
      "has:related[1]                            | false",
      "has:topics[-2]                            | true",
      "sourceUrl=x                               | false",
      "sourceUrl!=x                              | true",
      "sourceUrl~x                               | false",
      "sourceUrl!~x                              | true",
      "sourceUrl>1                               | false",
      "provider.name.first=x                     | false",
      // keys holding the operators' characters, in brackets and quotes
      "'params[\"og.title\"]~news'               | true",
      "'params[\"a=b\"]=1'                       | true",
      "'params[\"x~y<z\"]=yes'                   | true",
      "'has:params[\"a=b\"]'                     | true"})
  void eachOperatorAndItsNegation(String condition, boolean expected) {
    assertThat(holds(condition, "\n")).as(condition).isEqualTo(expected);
    assertThat(holds(condition, "\r\n")).as(condition + " (CRLF)").isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "title                  | no operator; conditions are KEY=VALUE, KEY~TEXT",
      "=AI                    | no KEY; conditions are",
      "has:                   | no KEY; conditions are",
      "title!AI               | '!' is no operator",
      "quality!<5             | '!' is no operator",
      "topics[+]~AI           | [+] names no item",
      "title~                 | no TEXT after ~",
      "`title~\"\"`           | no TEXT after ~",
      "title=~                | no REGEX after =~",
      "title=~(AI             | not a regular expression: Unclosed group",
      "quality>high           | 'high' is neither a number nor an instant (2021-03-12T21:41:00Z) or a date",
      "publishedDateTime<2021-13-01 | '2021-13-01' is neither a number nor an instant",
      "topics[x]=AI           | not a key path: 'topics[x]'",
      "`provider={\"name\":\"a\",\"name\":\"b\"}` | duplicate key \"name\""})
  void aConditionThatIsNotWellFormedIsWrongUsageNamingTheProblem(String condition,
      String problem) {
    assertThatThrownBy(() -> Condition.parse(condition))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("--where '" + condition + "': ")
        .hasMessageContaining(problem);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void allConditionsMustHold(String eol) {
    ObjectNode data = MAPPER.read(CARD.replace("\n", eol)).frontMatter();

    assertThat(Condition.allHold(Condition.parseAll(List.of("title~AI", "quality>=50"), false),
        data))
        .isTrue();
    assertThat(Condition.allHold(Condition.parseAll(List.of("title~AI", "quality>=90"), false),
        data))
        .isFalse();
    assertThat(Condition.allHold(List.of(), data)).isTrue();
  }
}
