package org.uclg.carta.library;

import org.uclg.carta.OnOpenSearch;

/** The tests of {@link DocumentsTest}, on a real OpenSearch node. */
@OnOpenSearch
class DocumentsOnOpenSearchTest extends DocumentsTest {}
