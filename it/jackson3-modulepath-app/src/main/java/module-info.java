/** A Jackson 3 application module that turns cards into JSON with a mapper that finds its own modules. */
module example.jackson3.modular {
  requires io.github.articlecard.jackson3;

  exports example.jackson3.modular;
}
