package org.uclg.carta.advocacy.initiative;

import java.util.List;

import org.uclg.carta.kit.i18n.TranslatableText;

/**
 * What a proposer or an editor writes about an initiative.
 *
 * @param outputIds Resource Space items shown publicly as its outputs
 * @param documentIds Resource Space items listed for members only
 * @param meetingIds events of the meeting point where members meet
 * @param debateIds policy debates the members hold
 */
public record InitiativeData(
        InitiativeKind kind,
        TranslatableText title,
        TranslatableText purpose,
        TranslatableText activities,
        String coordinatorName,
        List<Long> articleIds,
        List<Long> outputIds,
        List<Long> documentIds,
        List<Long> meetingIds,
        List<Long> debateIds) {

    public InitiativeData {
        articleIds = List.copyOf(articleIds);
        outputIds = List.copyOf(outputIds);
        documentIds = List.copyOf(documentIds);
        meetingIds = List.copyOf(meetingIds);
        debateIds = List.copyOf(debateIds);
    }
}
