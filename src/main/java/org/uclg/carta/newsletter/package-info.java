/**
 * The newsletter: public sign-up without an account (double opt-in, a preference page reached by
 * a signed link from every email, one-click unsubscribe, a suppression list), editors' issues with
 * live blocks pulled from the Resource Space and the calendar, previews and test sends, a background
 * sender that survives restarts without sending anyone an issue twice, and a public archive.
 */
package org.uclg.carta.newsletter;
