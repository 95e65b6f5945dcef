/**
 * Follow-up of the charters: adherences to the Global Charter-Agenda, the European Charter and the
 * Gwangju principles (withdrawals kept on record), the commitments of local action plans, the
 * indicator library, reporting cycles with their invitation and reminder emails, self-assessment
 * reports and their review, public indicator values, and what the public sees of them: dashboards
 * with charts and an offline world map, comparisons, PDF and CSV/Excel downloads and the JSON API.
 */
package org.uclg.carta.monitoring;
