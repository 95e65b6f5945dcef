package org.uclg.carta.library;

import org.uclg.carta.OnOpenSearch;

/** The hostile searches of {@link HostileSearchTest}, on a real OpenSearch node. */
@OnOpenSearch
class HostileSearchOnOpenSearchTest extends HostileSearchTest {}
