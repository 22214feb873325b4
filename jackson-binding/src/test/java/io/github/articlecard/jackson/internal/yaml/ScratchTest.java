package io.github.articlecard.jackson.internal.yaml;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void print() throws Exception {
    StringBuilder out = new StringBuilder();
    for (String folder : new String[] {"valid", "refused", "invalid"}) {
      for (SuiteCase c : SuiteCase.of(folder)) {
        List<String> rules = new ArrayList<>();
        String o = YamlTestSuiteTest.outcome(c, folder, YamlTestSuiteTest.SNAKEYAML, rules);
        out.append(folder).append(' ').append(c.id()).append(' ').append(o == null ? "OK" : "FAIL " + o.replace('\n', ' ')).append(rules.isEmpty() ? "" : " RULES " + rules).append('\n');
      }
    }
    java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/suite-out.txt"), out);
  }
}
