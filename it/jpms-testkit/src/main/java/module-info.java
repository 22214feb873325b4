/** An application module that edits cards. */
module example.jpms {
  requires io.github.articlecard.jackson;

  exports example.jpms;
}
