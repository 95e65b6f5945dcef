package org.uclg.carta.library;

import org.uclg.carta.OnOpenSearch;

/** The tests of {@link ResourceImportTest}, on a real OpenSearch node. */
@OnOpenSearch
class ResourceImportOnOpenSearchTest extends ResourceImportTest {}
