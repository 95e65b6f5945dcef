/**
 * The public face of the platform: home page, the action plan's four axes, and the pages
 * editors keep up to date (about, privacy).
 */
package org.uclg.carta.site;
