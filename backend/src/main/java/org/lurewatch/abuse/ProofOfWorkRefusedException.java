package org.lurewatch.abuse;

import java.util.Map;

import org.lurewatch.common.UserInputException;

/**
 * A proof of work that does not count: {@code BAD_USER_INPUT} with {@code extensions.field}
 * ("proofOfWork") and {@code extensions.reason}, so a client knows whether to fetch a new challenge.
 */
public class ProofOfWorkRefusedException extends UserInputException {

    /** Why a proof was refused. */
    public enum Reason { MISSING, MALFORMED, FORGED, WRONG_PURPOSE, EXPIRED, INSUFFICIENT, REUSED }

    public static final String FIELD = "proofOfWork";

    private final Reason reason;

    public ProofOfWorkRefusedException(Reason reason, String message) {
        super(FIELD, message);
        this.reason = reason;
    }

    /** The challenge was accepted once already. */
    public static ProofOfWorkRefusedException reused() {
        return new ProofOfWorkRefusedException(Reason.REUSED,
                "proofOfWork.challenge has already been used: each challenge counts once; ask tipChallenge for a new one");
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("field", FIELD, "reason", reason.name());
    }
}
