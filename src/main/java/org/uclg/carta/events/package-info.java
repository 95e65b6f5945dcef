/**
 * The meeting point: network meetings, policy debates, learning sessions and World Human Rights
 * Cities Forum editions, with their public calendar, registration (forms, capacity, waiting list,
 * invitations), calendar and Atom feeds and the JSON API.
 */
package org.uclg.carta.events;
