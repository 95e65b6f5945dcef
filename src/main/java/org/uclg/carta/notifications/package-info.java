/**
 * Follows, notifications and My Carta: signed-in people follow an article, a local government or
 * an event; what the other modules publish about it (their durable events) becomes a notice in
 * the person's notification centre and, as they choose per kind, an email at once or in a daily
 * or weekly digest. Mandatory notices (a returned report, a seat from the waiting list) always
 * reach them. My Carta gathers what waits for each person.
 */
package org.uclg.carta.notifications;
