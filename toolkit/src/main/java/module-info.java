/**
 * The Folkestyre participation toolkit — universell verktøykasse for medvirkning: the catalogue of
 * participation methods and its plug-in SPI, activity planning on district budgets,
 * participatory budgeting, grant pools and citizen initiatives.
 */
module org.folkestyre.toolkit {
  requires transitive org.folkestyre.core;
  requires org.slf4j;
  requires static org.immutables.value.annotations;
  requires static com.fasterxml.jackson.databind;

  exports org.folkestyre.toolkit.method;
  exports org.folkestyre.toolkit.budgeting;
  exports org.folkestyre.toolkit.activity;
  exports org.folkestyre.toolkit.initiative;
  exports org.folkestyre.toolkit.identity;
  exports org.folkestyre.toolkit.identity.spi;
  exports org.folkestyre.toolkit.testing;
  exports org.folkestyre.toolkit.grant;
  exports org.folkestyre.toolkit.method.spi;
  exports org.folkestyre.toolkit.recommend;
  exports org.folkestyre.toolkit.governance;
  exports org.folkestyre.toolkit.budgeting.pabulib;

  uses org.folkestyre.toolkit.method.spi.MethodProvider;
}
