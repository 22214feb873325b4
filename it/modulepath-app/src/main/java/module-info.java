/** An application module that turns cards into JSON with a mapper that finds its own modules. */
module example.modular {
  requires io.github.articlecard.jackson;

  exports example.modular;
}
