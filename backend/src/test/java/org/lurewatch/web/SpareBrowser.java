package org.lurewatch.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts the next test's Chromium while this test runs. Every test still gets a brand-new browser
 * with a fresh profile (nothing carries over: service worker, storage, cookies); only its start,
 * about a second of waiting per test, overlaps the previous test instead of adding to the suite's
 * time. A spare started for another address or languages than the next test asks is closed unused.
 */
final class SpareBrowser {

    private record Wanted(String base, String languages) {
    }

    private static final SpareBrowser INSTANCE = new SpareBrowser();

    private Wanted wanted;
    private CompletableFuture<Browser> next;

    private SpareBrowser() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::discard, "spare-chromium-closer"));
    }

    /** A fresh browser for {@code base} and {@code languages}, and the start of another like it. */
    static Browser take(String base, String languages) throws IOException {
        return INSTANCE.takeAndPrepare(new Wanted(base, languages));
    }

    private Browser takeAndPrepare(Wanted asked) throws IOException {
        CompletableFuture<Browser> ready;
        synchronized (this) {
            ready = asked.equals(wanted) ? next : null;
            if (ready == null) {
                discard();
            }
            wanted = asked;
            next = CompletableFuture.supplyAsync(() -> start(asked));
        }
        if (ready != null) {
            try {
                return ready.join();
            } catch (CompletionException e) {
                // started badly in the background: start again below, where the error reaches the test
            }
        }
        return Browser.start(Chromium.CHROMIUM, Chromium.CHROMEDRIVER, asked.base(), asked.languages());
    }

    private synchronized void discard() {
        CompletableFuture<Browser> unused = next;
        next = null;
        wanted = null;
        if (unused == null) {
            return;
        }
        if (Thread.currentThread().getName().equals("spare-chromium-closer")) {
            try {
                unused.join().close(); // the JVM is ending: close it before it goes
            } catch (RuntimeException e) {
                // it never started: nothing to close
            }
        } else {
            unused.thenAccept(Browser::close);
        }
    }

    private static Browser start(Wanted asked) {
        try {
            return Browser.start(Chromium.CHROMIUM, Chromium.CHROMEDRIVER, asked.base(), asked.languages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
