package org.uclg.carta.advocacy.signature;

/** What a person gives to sign: their name, whether it is shown, their address, country and language. */
public record SignatureRequest(String name, boolean showName, String email, String country, String language) {}
