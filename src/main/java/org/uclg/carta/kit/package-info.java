/**
 * The shared content kit: translatable text, the publication workflow, the audit trail,
 * file storage and the web plumbing (languages, page context, errors) that every module reuses.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.uclg.carta.kit;
