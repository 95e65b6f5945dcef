package org.uclg.carta.advocacy.campaign;

import java.time.Instant;
import java.time.LocalDate;

import org.uclg.carta.kit.i18n.TranslatableText;

/** A short news post on a campaign. */
public record CampaignUpdate(
        long id,
        long campaignId,
        LocalDate postedOn,
        TranslatableText title,
        TranslatableText body,
        Instant createdAt) {}
