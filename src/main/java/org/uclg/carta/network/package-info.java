/**
 * The directory of the network: member local governments (cities, metropolises, regions,
 * associations) and partner organisations, with its public pages, editors' forms, CSV import
 * and JSON API. Other modules read it through {@link org.uclg.carta.network.Directory}.
 */
package org.uclg.carta.network;
