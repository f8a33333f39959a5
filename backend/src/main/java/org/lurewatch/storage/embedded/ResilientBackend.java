package org.lurewatch.storage.embedded;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.exception.MongoServerException;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.lurewatch.storage.StorageFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded server answering when its file cannot be written. H2 closes a store for good
 * after a failed write ("This store is closed"), which used to take the portal down until a restart.
 * Here a failed store is dropped: the write that failed was not acknowledged (its sync failed, so the
 * client gets an error), every later command is refused at once with MongoDB's {@code OutOfDiskSpace}
 * code, which the portal answers as {@code SERVICE_UNAVAILABLE}, and the file is reopened from its
 * last durable state every few seconds (and on the next command) until that works. Commands that need
 * no data ({@code hello}, {@code ping}) are answered by an empty in-memory backend, so the driver keeps
 * its connections and a refusal is quick.
 *
 * <p>The server has one worker thread; the lock only orders it with the recovery thread.
 */
final class ResilientBackend implements MongoBackend {

    private static final Logger log = LoggerFactory.getLogger(ResilientBackend.class);
    private static final Set<String> NO_DATA = Set.of("hello", "ismaster", "ping", "buildinfo", "getparameter",
            "whatsmyuri", "getcmdlineopts", "hostinfo", "connectionstatus", "endsessions", "getlog", "getfreemonitoringstatus");
    static final Duration RETRY_EVERY = Duration.ofSeconds(5);

    private final ReentrantLock lock = new ReentrantLock();
    private final Supplier<DurableH2Backend> reopen;
    private final StoreStatus status;
    private final Duration giveUpAfter;
    private final DurableH2Backend standby = new DurableH2Backend(new MVStore.Builder().open());
    private DurableH2Backend current;
    private boolean failed;
    private long nextAttemptNanos;
    /** {@link System#nanoTime}; a test moves its own past {@link #RETRY_EVERY} instead of waiting for it. */
    private final LongSupplier nanoTime;

    ResilientBackend(DurableH2Backend first, Supplier<DurableH2Backend> reopen, StoreStatus status, Duration giveUpAfter) {
        this(first, reopen, status, giveUpAfter, System::nanoTime);
    }

    ResilientBackend(DurableH2Backend first, Supplier<DurableH2Backend> reopen, StoreStatus status, Duration giveUpAfter,
            LongSupplier nanoTime) {
        this.current = first;
        this.reopen = reopen;
        this.status = status;
        this.giveUpAfter = giveUpAfter;
        this.nanoTime = nanoTime;
    }

    /** The backend in use, for backups; null while the store is failed. */
    DurableH2Backend current() {
        lock.lock();
        try {
            return failed ? null : current;
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code action} on the working store, with no command in between. */
    <T> T withStore(Function<DurableH2Backend, T> action) {
        return call(action);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        String command = message.getDocument().keySet().stream().findFirst().orElse("").toLowerCase(Locale.ROOT);
        if (NO_DATA.contains(command)) {
            return standby.handleMessage(message);
        }
        return call(b -> b.handleMessage(message));
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (NO_DATA.contains(command.toLowerCase(Locale.ROOT))) {
            return standby.handleCommand(channel, database, command, query);
        }
        return call(b -> b.handleCommand(channel, database, command, query));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return call(b -> b.handleQuery(query));
    }

    @Override
    public void handleClose(Channel channel) {
        standby.handleClose(channel);
        lock.lock();
        try {
            if (!failed) {
                current.handleClose(channel);
            }
        } catch (RuntimeException e) {
            log.debug("Closing a connection's cursors failed: {}", e.toString());
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void dropDatabase(String database) {
        call(b -> {
            b.dropDatabase(database);
            return null;
        });
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        return List.of();
    }

    @Override
    public Document getServerStatus() {
        return standby.getServerStatus();
    }

    @Override
    public void close() {
        lock.lock();
        try {
            standby.close();
            if (!failed) {
                current.close();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        call(b -> {
            b.closeCursors(cursorIds);
            return null;
        });
    }

    @Override
    public Clock getClock() {
        return standby.getClock();
    }

    @Override
    public void enableOplog() {
        throw new UnsupportedOperationException("the embedded store keeps no oplog");
    }

    @Override
    public void disableOplog() {
        // none is kept
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return call(b -> b.resolveDatabase(database));
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        standby.version(version);
        lock.lock();
        try {
            current.version(version);
        } finally {
            lock.unlock();
        }
        return this;
    }

    /** From the recovery thread: reopens the store when it is failed and a try is due. */
    void recoverIfDue() {
        lock.lock();
        try {
            if (failed && nanoTime.getAsLong() >= nextAttemptNanos) {
                tryReopen();
            }
        } finally {
            lock.unlock();
        }
    }

    private <T> T call(Function<DurableH2Backend, T> operation) {
        lock.lock();
        try {
            if (failed && (nanoTime.getAsLong() < nextAttemptNanos || !tryReopen())) {
                throw refusal();
            }
            DurableH2Backend backend = current;
            try {
                return operation.apply(backend);
            } catch (MongoServerException e) {
                if (isStoreFailure(e, backend)) {
                    fail(backend, e);
                    throw refusal();
                }
                throw e;
            } catch (RuntimeException e) {
                if (isStoreFailure(e, backend)) {
                    fail(backend, e);
                    throw refusal();
                }
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    private static boolean isStoreFailure(RuntimeException e, DurableH2Backend backend) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MVStoreException) {
                return true;
            }
        }
        return backend.getMvStore().isClosed() || backend.getMvStore().getPanicException() != null;
    }

    private void fail(DurableH2Backend backend, RuntimeException cause) {
        failed = true;
        nextAttemptNanos = nanoTime.getAsLong() + RETRY_EVERY.toNanos();
        try {
            backend.getMvStore().closeImmediately();
        } catch (RuntimeException ignored) {
            // already closed by H2's own panic
        }
        String reason = DiskErrors.isDiskFull(cause) ? "no space is left on the device that holds the data file"
                : "the data file could not be written or read (" + DiskErrors.firstLine(cause) + ")";
        status.unavailable(reason);
        log.error("The embedded database failed: {}. The command that hit it was not acknowledged; every write is now"
                + " refused with SERVICE_UNAVAILABLE while the file is reopened from its last durable state every {} s.",
                reason, RETRY_EVERY.toSeconds(), cause);
    }

    /** @return whether the store works again */
    private boolean tryReopen() {
        nextAttemptNanos = nanoTime.getAsLong() + RETRY_EVERY.toNanos();
        try {
            DurableH2Backend reopened = reopen.get();
            current = reopened;
            failed = false;
            String after = status.unavailableFor().toSeconds() + " s";
            status.available();
            log.warn("The embedded database works again: reopened its file after {} unavailable", after);
            return true;
        } catch (RuntimeException e) {
            boolean diskFull = DiskErrors.isDiskFull(e);
            Duration down = status.unavailableFor();
            if (!diskFull && !(e instanceof MVStoreException mv && mv.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_FILE_LOCKED)) {
                status.broken("the data file cannot be reopened: " + DiskErrors.firstLine(e));
                log.error("The embedded database cannot reopen its file ({}); liveness is DOWN so that the portal is"
                        + " restarted, and the start-up will say what to do", DiskErrors.firstLine(e));
            } else if (down.compareTo(giveUpAfter) > 0) {
                status.broken("unavailable for " + down.toMinutes() + " min: " + DiskErrors.firstLine(e));
                log.error("The embedded database has been unavailable for {} min; liveness is DOWN", down.toMinutes());
            } else {
                log.debug("The embedded database cannot reopen yet: {}", e.toString());
            }
            return false;
        }
    }

    private MongoServerError refusal() {
        StoreStatus.Snapshot s = status.snapshot();
        MongoServerError error = new MongoServerError(StorageFailures.OUT_OF_DISK_SPACE, "OutOfDiskSpace",
                "The embedded database cannot store anything right now (" + s.reason() + "); nothing was stored."
                        + " It reopens by itself once the file can be written again.");
        error.setLogError(false);
        return error;
    }
}
