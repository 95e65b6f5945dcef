package org.uclg.carta.library;

import org.uclg.carta.OnOpenSearch;

/** The tests of {@link PublishingTest}, on a real OpenSearch node. */
@OnOpenSearch
class PublishingOnOpenSearchTest extends PublishingTest {}
