package org.lurewatch.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused start as what is wrong and what to do, instead of a wall of stack trace. */
class StorageRefusalAnalyzer extends AbstractFailureAnalyzer<StorageRefusal> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StorageRefusal cause) {
        return new FailureAnalysis(cause.problem(), cause.action(), cause);
    }
}
