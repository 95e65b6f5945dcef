/**
 * Follow-up of the charters: which local governments adhered to the Global Charter-Agenda, the
 * European Charter or the Gwangju principles, when and by which decision, with reservations and
 * withdrawals kept on record; public lists per framework, a section on each local government's
 * page and the JSON API. Commitments, reporting cycles and indicators build on it.
 */
package org.uclg.carta.monitoring;
