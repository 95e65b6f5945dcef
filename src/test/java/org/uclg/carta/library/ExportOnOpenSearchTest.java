package org.uclg.carta.library;

import org.uclg.carta.OnOpenSearch;

/** The tests of {@link ExportTest}, on a real OpenSearch node. */
@OnOpenSearch
class ExportOnOpenSearchTest extends ExportTest {}
