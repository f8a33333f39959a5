package org.lurewatch.tips.web;

import java.time.Instant;
import java.util.List;

import org.lurewatch.abuse.Challenge;
import org.lurewatch.abuse.ClientKey;
import org.lurewatch.abuse.ProofOfWork;
import org.lurewatch.common.CountryCodes;
import org.lurewatch.common.Language;
import org.lurewatch.tips.followup.TipFollowUp;
import org.lurewatch.tips.followup.TipStatusView;
import org.lurewatch.tips.submit.NewTip;
import org.lurewatch.tips.submit.SubmittedTip;
import org.lurewatch.tips.submit.TipSubmission;
import org.lurewatch.tips.texts.EmergencyNumbers;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The public tip API (schema/tips.graphqls); each method hands over to one service call. */
@Controller
class TipController {

    static final String ALGORITHM = "Find a nonce (1 to 64 characters of A-Z, a-z, 0-9, _ or -) such that "
            + "SHA-256(UTF-8 of challenge + \":\" + nonce) starts with `difficulty` zero bits; "
            + "send challenge and nonce as submitTip's proofOfWork.";

    private final ProofOfWork proofOfWork;
    private final TipSubmission submission;
    private final TipFollowUp followUp;
    private final EmergencyNumbers emergencyNumbers;

    TipController(ProofOfWork proofOfWork, TipSubmission submission, TipFollowUp followUp,
            EmergencyNumbers emergencyNumbers) {
        this.proofOfWork = proofOfWork;
        this.submission = submission;
        this.followUp = followUp;
        this.emergencyNumbers = emergencyNumbers;
    }

    record TipChallenge(String challenge, int difficulty, Instant expiresAt, String algorithm) {
    }

    @QueryMapping
    TipChallenge tipChallenge() {
        Challenge c = proofOfWork.issue(TipSubmission.PROOF_PURPOSE);
        return new TipChallenge(c.token(), c.difficulty(), c.expiresAt(), ALGORITHM);
    }

    @MutationMapping
    SubmittedTip submitTip(@Argument NewTip input, @Argument NewTip.Proof proofOfWork,
            @ContextValue(name = ClientKey.CONTEXT_KEY) ClientKey client) {
        return submission.submit(client, input, proofOfWork);
    }

    @QueryMapping
    TipStatusView tipStatus(@Argument String receipt, @Argument Language lang,
            @ContextValue(name = ClientKey.CONTEXT_KEY) ClientKey client) {
        return followUp.status(client, receipt, lang);
    }

    @MutationMapping
    TipStatusView addTipMessage(@Argument String receipt, @Argument String text, @Argument Language lang,
            @ContextValue(name = ClientKey.CONTEXT_KEY) ClientKey client) {
        return followUp.addMessage(client, receipt, text, lang);
    }

    @QueryMapping
    List<EmergencyNumbers.Number> emergencyNumbers(@Argument String country, @Argument Language lang) {
        return emergencyNumbers.of(CountryCodes.require(country, "country"), lang);
    }
}
