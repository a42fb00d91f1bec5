/**
 * The Folkestyre participation toolkit — universell verktøykasse for medvirkning: the catalogue of
 * participation methods and its plug-in SPI, activity planning on district budgets,
 * participatory budgeting, grant pools and citizen initiatives.
 */
module org.folkestyre.toolkit {
  requires transitive org.folkestyre.core;
  requires org.slf4j;
  requires static org.immutables.value.annotations;

  exports org.folkestyre.toolkit.method;
  exports org.folkestyre.toolkit.budgeting;
  exports org.folkestyre.toolkit.budgeting.pabulib;
  exports org.folkestyre.toolkit.testing;
}
