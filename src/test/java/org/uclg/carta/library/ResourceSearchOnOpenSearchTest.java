package org.uclg.carta.library;

import org.uclg.carta.OnOpenSearch;

/** The search suite of {@link ResourceSearchTest}, on a real OpenSearch node. */
@OnOpenSearch
class ResourceSearchOnOpenSearchTest extends ResourceSearchTest {}
