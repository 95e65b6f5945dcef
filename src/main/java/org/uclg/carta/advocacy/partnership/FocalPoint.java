package org.uclg.carta.advocacy.partnership;

/** A contact person at a partner; shown to signed-in members and the secretariat only. */
public record FocalPoint(long id, long partnerId, String name, String role, String email, String phone) {}
