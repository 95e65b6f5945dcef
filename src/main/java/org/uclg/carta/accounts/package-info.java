/**
 * People and what they may do: registration with email confirmation, sign-in with throttling,
 * password reset, profiles, roles (registered person, representative of a local government,
 * partner representative, editor, admin), invitations, personal API tokens, outgoing mail and
 * the security rules of the whole platform.
 */
package org.uclg.carta.accounts;
