/**
 * The search box on every page: one query across the platform, results grouped by kind
 * (resources, local governments, rights), each module answering through its public API.
 */
package org.uclg.carta.search;
