/**
 * Advocacy: campaigns with a versioned statement that local governments endorse officially
 * (verified by editors, withdrawals kept on record) and people sign (double opt-in), collective
 * initiatives and working groups that members propose and join, and the partnerships with UN and
 * international institutions (agreements, focal points, and what was done together).
 */
package org.uclg.carta.advocacy;
