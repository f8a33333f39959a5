package org.lurewatch.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts the next test's Chromium while this test runs, and closes a used one while the next test
 * runs. Every test still gets a brand-new browser with a fresh profile (nothing carries over:
 * service worker, storage, cookies); only its start and its end, about a second of waiting per
 * test, overlap another test instead of adding to the suite's time. A spare started for another
 * address or languages than the next test asks is closed unused. Before the JVM ends, every
 * browser is closed: no Chromium outlives the tests.
 */
final class SpareBrowser {

    private record Wanted(String base, String languages) {
    }

    private static final SpareBrowser INSTANCE = new SpareBrowser();

    private Wanted wanted;
    private CompletableFuture<Browser> next;
    private CompletableFuture<Void> closing = CompletableFuture.completedFuture(null);

    private SpareBrowser() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::discard, "spare-chromium-closer"));
    }

    /** Closes a browser a test is done with, in the background. */
    static void giveBack(Browser used) {
        INSTANCE.closeLater(used);
    }

    private synchronized void closeLater(Browser used) {
        closing = CompletableFuture.allOf(closing, CompletableFuture.runAsync(used::close));
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
        boolean ending = Thread.currentThread().getName().equals("spare-chromium-closer");
        if (ending) {
            closing.exceptionally(e -> null).join(); // the JVM is ending: used browsers go before it does
        }
        if (unused == null) {
            return;
        }
        if (ending) {
            try {
                unused.join().close();
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
