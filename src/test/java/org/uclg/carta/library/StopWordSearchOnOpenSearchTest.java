package org.uclg.carta.library;

import org.uclg.carta.OnOpenSearch;

/** The tests of {@link StopWordSearchTest}, on a real OpenSearch node. */
@OnOpenSearch
class StopWordSearchOnOpenSearchTest extends StopWordSearchTest {}
